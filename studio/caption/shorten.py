"""Fitting a caption into a platform's length limit, and saying what it took.

The order is fixed so an officer can predict it: first leave out the
sections the variant marks as ``drop``, one at a time in the listed order,
re-counting after each (a section that is both ``drop`` and ``trim`` is
first cut after its last whole sentence that fits, and left out only when
not even one sentence fits); if still too long, shorten one section (the
variant's ``trim``, else the longest) at a sentence boundary, or a word
boundary with an ellipsis; as a last resort shorten the whole caption at a
word boundary. Every step adds a warning; nothing is cut mid-word unless no
space exists within the limit, and then the warning says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from studio.caption.counting import count_chars
from studio.caption.model import CaptionVariant
from studio.caption.result import CaptionWarning

ELLIPSIS = "…"
PARAGRAPH = "\n\n"
# Keep a sentence-boundary cut when it keeps at least this share of what a
# word-boundary cut would: a whole sentence reads better than a longer stub.
_SENTENCE_SHARE = 0.6
_SENTENCE_END = re.compile(r"[.!?…](?=[\"'”’)]*(?:\s|$))[\"'”’)]*|\n")
_WORD_GAP = re.compile(r"\s+")
_ONLY_TAGS = re.compile(r"^(?:[#@][^\s#@]+\s*)+$")
_TRAILING_JOINERS = " \t\n,;:–—-/("

Section = tuple[str, str]  # (name, rendered text)


@dataclass(frozen=True)
class Fitted:
    text: str
    count: int
    warnings: tuple[str, ...]
    shortened: bool


def join_sections(parts: Sequence[Section]) -> str:
    return PARAGRAPH.join(text for _, text in parts if text)


def _sentence_cuts(text: str) -> list[int]:
    return sorted({m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text)})


def _word_cuts(text: str) -> list[int]:
    return [m.start() for m in _WORD_GAP.finditer(text) if m.start() > 0]


def _with_ellipsis(prefix: str) -> str:
    return prefix.rstrip(_TRAILING_JOINERS) + ELLIPSIS


def _largest_fitting(cuts: list[int], build: Callable[[int], str], fits: Callable[[str], bool]
                     ) -> int | None:
    """The largest cut whose built text fits (binary search, then a careful step down)."""
    lo, hi, best = 0, len(cuts) - 1, None
    while lo <= hi:
        mid = (lo + hi) // 2
        if fits(build(cuts[mid])):
            best, lo = mid, mid + 1
        else:
            hi = mid - 1
    # Counting is monotone except around links; make sure the answer fits.
    while best is not None and not fits(build(cuts[best])):
        best = best - 1 if best > 0 else None
    return cuts[best] if best is not None else None


def _shorten_text(text: str, fits_with: Callable[[str], bool]) -> tuple[str, str] | None:
    """Shorten ``text`` so ``fits_with(shortened)``; returns (text, "sentence"|"word")."""
    sentence_cuts = _sentence_cuts(text)
    word_cuts = _word_cuts(text)

    def sentence(cut: int) -> str:
        return text[:cut].rstrip()

    def word(cut: int) -> str:
        return _with_ellipsis(text[:cut])

    best_word = _largest_fitting(word_cuts, word, fits_with)
    best_sentence = _largest_fitting(sentence_cuts, sentence, fits_with)
    if best_sentence is not None and (
            best_word is None or best_sentence >= _SENTENCE_SHARE * best_word):
        return sentence(best_sentence), "sentence"
    if best_word is not None and word(best_word).strip(ELLIPSIS).strip():
        return word(best_word), "word"
    return None


def _trim_target(parts: Sequence[Section], variant: CaptionVariant,
                 measure: Callable[[str], int]) -> int | None:
    names = [name for name, _ in parts]
    if variant.trim and variant.trim in names:
        return names.index(variant.trim)
    candidates = [(measure(text), i) for i, (_, text) in enumerate(parts)
                  if text and not _ONLY_TAGS.match(text)]
    return max(candidates)[1] if candidates else None


def fit_sections(parts: Sequence[Section], variant: CaptionVariant, limit: int,
                 counting: str) -> Fitted:
    """Join rendered sections and make them fit ``limit`` (see the module docstring)."""
    def measure(text: str) -> int:
        return count_chars(text, counting)

    parts = [(name, text) for name, text in parts if text]
    text = join_sections(parts)
    first_count = measure(text)
    if first_count <= limit:
        return Fitted(text, first_count, (), False)

    warnings: list[str] = []
    dropped: list[str] = []
    for name in variant.drop:
        if measure(join_sections(parts)) <= limit:
            break
        names = [n for n, _ in parts]
        if name not in names:
            continue
        if name == variant.trim:
            # Droppable and trimmable: whole sentences of it are better than
            # none, a sentence cut off mid-way is worse than none.
            i = names.index(name)
            sentence = _shorten_to_sentence(parts, i, limit, measure)
            if sentence is not None:
                parts = [*parts[:i], (name, sentence), *parts[i + 1:]]
                _note_dropped(warnings, dropped, first_count, limit)
                warnings.append(_shortened_section(name, "sentence", limit))
                text = join_sections(parts)
                return Fitted(text, measure(text), tuple(warnings), True)
        parts = [(n, t) for n, t in parts if n != name]
        dropped.append(name)
    _note_dropped(warnings, dropped, first_count, limit)
    text = join_sections(parts)
    if measure(text) <= limit:
        return Fitted(text, measure(text), tuple(warnings), True)

    target = _trim_target(parts, variant, measure)
    if target is not None:
        name = parts[target][0]

        def fits_in_place(candidate: str, i: int = target) -> bool:
            trial = [*parts[:i], (name, candidate), *parts[i + 1:]]
            return measure(join_sections(trial)) <= limit

        shortened = _shorten_text(parts[target][1], fits_in_place)
        if shortened is not None:
            new_text, how = shortened
            parts = [*parts[:target], (name, new_text), *parts[target + 1:]]
            text = join_sections(parts)
            warnings.append(_shortened_section(name, how, limit))
            return Fitted(text, measure(text), tuple(warnings), True)
        # Not even its first word fits beside the rest: shorten the whole caption.

    # Last resort: the whole caption, at a word boundary.
    shortened = _shorten_text(text, lambda candidate: measure(candidate) <= limit)
    if shortened is not None:
        text, how = shortened
        extra = " (ends with …)" if how == "word" else ""
        warnings.append(CaptionWarning(
            f"shortened at a {how} boundary to fit {limit}{extra}", "shortened", (limit,)))
    else:
        text = _cut_inside_word(text, limit, measure)
        warnings.append(CaptionWarning(
            f"cut inside a word to fit {limit}: no space within the limit", "shortened",
            (limit,)))
    return Fitted(text, measure(text), tuple(warnings), True)


def _note_dropped(warnings: list[str], dropped: list[str], first_count: int, limit: int
                  ) -> None:
    if dropped:
        names = ", ".join(f"'{n}'" for n in dropped)
        warnings.append(CaptionWarning(f"too long ({first_count}/{limit}): left out {names}",
                                       "sections_left_out", (first_count, limit, names)))


def _shortened_section(name: str, how: str, limit: int) -> CaptionWarning:
    extra = " (ends with …)" if how == "word" else ""
    return CaptionWarning(f"shortened '{name}' at a {how} boundary to fit {limit}{extra}",
                          "section_shortened", (name, limit))


def _shorten_to_sentence(parts: Sequence[Section], i: int, limit: int,
                         measure: Callable[[str], int]) -> str | None:
    """Section ``i`` cut after its last whole sentence that still fits, or None."""
    name, text = parts[i]

    def fits(candidate: str) -> bool:
        return measure(join_sections([*parts[:i], (name, candidate), *parts[i + 1:]])) <= limit

    cut = _largest_fitting(_sentence_cuts(text), lambda c: text[:c].rstrip(), fits)
    return text[:cut].rstrip() if cut is not None else None


def _cut_inside_word(text: str, limit: int, measure: Callable[[str], int]) -> str:
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid] + ELLIPSIS) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + ELLIPSIS if lo else ""
