"""Fitting a caption into a platform's length limit the way an editor would.

An editor gives up the least important words first and never leaves half a
sentence or a title ending in "…" while a label still stands. The order is
fixed so an officer can predict it:

1. the variant's ``shorten`` steps, in order, re-counting after each: a plain
   name leaves that section out (secondary lines: the subtitle, the source,
   a courtesy line); the ``trim`` section named there is first cut after its
   last whole sentence that fits and left out only when not even one does;
   ``{a = "b"}`` writes section ``a`` in its shorter form ``b`` (labels out,
   the address after the place's first comma out, a heading out);
2. the ``trim`` section, if still whole, is cut after its last whole sentence
   that fits;
3. hashtags, one at a time and only as many as it takes: the template's own
   first, then the officer's, the brand's official ones last;
4. last resort, announced: the ``trim`` section (else the longest one that
   does not show the title) is cut
   after a word and ends with "…"; if not even its first word fits beside the
   rest, the caption as a whole is cut after a sentence, else after a word;
   only a single word longer than the limit is cut inside.

What happened is returned as :class:`CaptionWarning` values with codes and
parameters (see :mod:`studio.caption.result`); parts are named by the fields
they show, never by section names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from studio.caption.counting import count_chars
from studio.caption.editorial import sentence_ends
from studio.caption.model import CaptionVariant
from studio.caption.result import CaptionWarning

ELLIPSIS = "…"
PARAGRAPH = "\n\n"
_WORD_GAP = re.compile(r"\s+")
_ONLY_TAGS = re.compile(r"^(?:[#@][^\s#@]+\s*)+$")
_TRAILING_JOINERS = " \t\n,;:–—-/("

Section = tuple[str, str]  # (name, rendered text)
TITLE_FIELD = "judul"
# Renders the named sections with the given hashtags (in display order).
Render = Callable[[Sequence[str], Sequence[str]], list[Section]]


@dataclass(frozen=True)
class Fitted:
    text: str
    count: int
    warnings: tuple[CaptionWarning, ...]
    shortened: bool


def join_sections(parts: Sequence[Section]) -> str:
    return PARAGRAPH.join(text for _, text in parts if text)


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


def cut_at_sentence(text: str, fits: Callable[[str], bool]) -> str | None:
    """``text`` up to its last sentence end that ``fits``, or None."""
    cut = _largest_fitting(sentence_ends(text), lambda c: text[:c].rstrip(), fits)
    return text[:cut].rstrip() if cut is not None else None


def cut_at_word(text: str, fits: Callable[[str], bool]) -> str | None:
    """``text`` up to its last word that ``fits``, ending with "…", or None."""
    cut = _largest_fitting(_word_cuts(text), lambda c: _with_ellipsis(text[:c]), fits)
    if cut is None:
        return None
    result = _with_ellipsis(text[:cut])
    return result if result.strip(ELLIPSIS).strip() else None


@dataclass
class _Draft:
    """The caption being shortened: which sections show, cut texts, hashtags."""

    render: Render
    measure: Callable[[str], int]
    limit: int
    shown: list[str]
    tags: list[str]
    trim: str | None = None
    cut: dict[str, str] = field(default_factory=dict)

    def parts(self, *, tags: Sequence[str] | None = None,
              override: tuple[str, str] | None = None) -> list[Section]:
        rendered = self.render(self.shown, self.tags if tags is None else tags)
        parts = []
        for name, text in rendered:
            if override is not None and name == override[0]:
                text = override[1]
            elif name in self.cut:
                text = self.cut[name]
            if text:
                parts.append((name, text))
        return parts

    def text(self, **kw) -> str:
        return join_sections(self.parts(**kw))

    def fits(self, **kw) -> bool:
        return self.measure(self.text(**kw)) <= self.limit

    def section_text(self, name: str) -> str:
        if name in self.cut:
            return self.cut[name]
        return dict(self.render([name], self.tags)).get(name, "")

    def sentence_cut(self, name: str, tags: Sequence[str] | None = None) -> str | None:
        """The section cut after its last whole sentence that lets the caption fit."""
        full = dict(self.render([name], self.tags if tags is None else tags)).get(name, "")
        return cut_at_sentence(
            full, lambda candidate: self.fits(tags=tags, override=(name, candidate)))


@dataclass
class _Notes:
    """What the shortening did, in order, to say it afterwards."""

    left_out: list[str] = field(default_factory=list)
    sentence_cut: list[str] = field(default_factory=list)
    swapped: list[tuple[str, str]] = field(default_factory=list)
    tags_out: list[str] = field(default_factory=list)
    word_cut: list[tuple[str, str, str]] = field(default_factory=list)  # name, whole, cut
    whole: str = ""  # "sentence" or "word": the whole caption was cut there
    inside_word: bool = False


def fit_caption(render: Render, variant: CaptionVariant, tags: Sequence[str],
                tag_priority: Sequence[str], limit: int, counting: str,
                describe: Callable[[str], tuple[str, ...]],
                official: Sequence[str] = (), values: Mapping[str, str] | None = None
                ) -> Fitted:
    """Render the variant and make it fit ``limit`` (see the module docstring).

    ``tags`` are the hashtags in display order; ``tag_priority`` the same tags
    from the most to the least important (the last goes first); ``official``
    the brand's. ``describe(section)`` names the fields a section shows
    (empty for fixed text), and ``values`` are the field values, for the
    warnings.
    """
    def measure(text: str) -> int:
        return count_chars(text, counting)

    draft = _Draft(render, measure, limit, list(variant.sections), list(tags), variant.trim)
    first = draft.text()
    first_count = measure(first)
    if first_count <= limit:
        return Fitted(first, first_count, (), False)

    notes = _Notes()
    trim = variant.trim
    shown_first = [name for name, _ in draft.parts()]
    last_trim_step = max((i for i, step in enumerate(variant.shorten) if step == trim),
                         default=-1)
    for index, step in enumerate(variant.shorten):
        if draft.fits():
            break
        if isinstance(step, tuple):
            name, shorter = step
            if name in draft.shown:
                before = draft.section_text(name)
                draft.shown[draft.shown.index(name)] = shorter
                draft.cut.pop(name, None)
                if before and draft.section_text(shorter) != before:
                    notes.swapped.append((name, shorter))
            continue
        if step not in draft.shown:
            continue
        if not draft.section_text(step):
            draft.shown.remove(step)
            continue
        if step == trim and step not in draft.cut:
            # Whole sentences of it are better than none, a sentence cut off
            # mid-way is worse than none. Named again later, it stays whole
            # for now: the steps in between may make room for a sentence.
            kept = draft.sentence_cut(step)
            if kept is not None:
                draft.cut[step] = kept
                notes.sentence_cut.append(step)
                continue
            if index < last_trim_step:
                continue
        draft.shown.remove(step)
        draft.cut.pop(step, None)
        notes.left_out.append(step)

    target = trim if trim in draft.shown and trim not in draft.cut else None
    if not draft.fits() and target is not None:
        kept = draft.sentence_cut(target)
        if kept is not None:
            draft.cut[target] = kept
            notes.sentence_cut.append(target)

    if not draft.fits():
        _drop_hashtags(draft, tag_priority, notes, target)

    text = draft.text() if draft.fits() else _last_resort(draft, tag_priority, notes, describe)
    # A caption cut as a whole is one stub: nothing more to say than that.
    lost = [] if notes.inside_word or notes.whole else _lost_fields(
        shown_first, [name for name, _ in draft.parts()], describe)
    # A section left out whose fields show elsewhere still took some of them.
    lost += [key for key in _fields_of(notes.left_out, describe) if key not in lost]
    warnings = _warnings(notes, lost, limit, describe, official, values or {})
    return Fitted(text, measure(text), warnings, True)


def _drop_hashtags(draft: _Draft, priority: Sequence[str], notes: _Notes,
                   target: str | None) -> None:
    """Leave out the fewest hashtags that let the caption fit, least important first.

    "Fit" counts a sentence cut of the ``trim`` section that has not been cut
    yet: a hashtag goes only when that is what it takes.
    """
    order = [t for t in reversed(priority) if t in draft.tags]
    for n in range(1, len(order) + 1):
        gone = set(order[:n])
        tags = [t for t in draft.tags if t not in gone]
        if draft.fits(tags=tags):
            kept = None
        elif target is not None and target not in draft.cut:
            kept = draft.sentence_cut(target, tags)
            if kept is None:
                continue
        else:
            continue
        draft.tags = tags
        notes.tags_out.extend(order[:n])
        if kept is not None and target is not None:
            draft.cut[target] = kept
            notes.sentence_cut.append(target)
        return


def _last_resort(draft: _Draft, priority: Sequence[str], notes: _Notes,
                 describe: Callable[[str], tuple[str, ...]]) -> str:
    """Cut one section after a word ("…"); failing that, the whole caption inside a word.

    The section is the ``trim`` one when it still shows, else the longest one
    that does not show the title (by now everything the variant could give up
    is gone, labels included); the title only when nothing else is left.
    Hashtags stay if they can, least important first otherwise.
    """
    target = _last_resort_target(draft, describe)
    if target is not None:
        full = draft.section_text(target)
        order = [t for t in reversed(priority) if t in draft.tags]
        for n in range(len(order) + 1):
            gone = set(order[:n])
            tags = [t for t in draft.tags if t not in gone]
            shorter = cut_at_word(
                full, lambda c, t=tags: draft.fits(tags=t, override=(target, c)))
            if shorter is not None:
                notes.tags_out.extend(order[:n])
                draft.tags = tags
                draft.cut[target] = shorter
                notes.word_cut.append((target, full, shorter))
                return draft.text()
    # Not even one word of it fits beside the rest: the caption as a whole.
    text = draft.text()

    def fits(candidate: str) -> bool:
        return draft.measure(candidate) <= draft.limit

    whole = cut_at_sentence(text, fits)
    if whole is not None:
        notes.whole = "sentence"
        return whole
    whole = cut_at_word(text, fits)
    if whole is not None:
        notes.whole = "word"
        return whole
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if draft.measure(text[:mid] + ELLIPSIS) <= draft.limit:
            lo = mid
        else:
            hi = mid - 1
    notes.inside_word = True
    return text[:lo] + ELLIPSIS if lo else ""


def _last_resort_target(draft: _Draft, describe: Callable[[str], tuple[str, ...]]) -> str | None:
    """The ``trim`` section, else the longest that is not the title (nor only hashtags)."""
    parts = draft.parts()
    if draft.trim in dict(parts):
        return draft.trim
    candidates = [(TITLE_FIELD in describe(name), -draft.measure(text), name)
                  for name, text in parts if not _ONLY_TAGS.match(text)]
    return min(candidates)[2] if candidates else None


# -- warnings -------------------------------------------------------------------

def _fields_of(names: Sequence[str], describe: Callable[[str], tuple[str, ...]]
               ) -> list[str]:
    """The fields the named sections show, in order, each once."""
    fields: list[str] = []
    for name in names:
        fields.extend(key for key in describe(name) if key not in fields)
    return fields


def _lost_fields(first: Sequence[str], last: Sequence[str],
                 describe: Callable[[str], tuple[str, ...]]) -> list[str]:
    """Fields the first draft showed that no section of the final one shows."""
    still = set(_fields_of(last, describe))
    return [key for key in _fields_of(first, describe) if key not in still]


def _warnings(notes: _Notes, lost: Sequence[str], limit: int,
              describe: Callable[[str], tuple[str, ...]], official: Sequence[str],
              values: Mapping[str, str]) -> tuple[CaptionWarning, ...]:
    out: list[CaptionWarning] = []
    if lost:
        out.append(CaptionWarning(
            f"left out {_english_list(lost)} to fit {limit}", "left_out", (limit, *lost)))
    if any(not describe(name) for name in notes.left_out):
        out.append(CaptionWarning(f"left out a closing line to fit {limit}",
                                  "closing_left_out", (limit,)))
    if notes.sentence_cut:
        cut = _fields_of(notes.sentence_cut, describe)
        out.append(CaptionWarning(
            f"{_english_list(cut) or 'the text'} ends after a whole sentence to fit {limit}",
            "cut_at_sentence", (limit, *cut)))
    # A shorter form that shows the same fields took labels or a heading out.
    if any(set(describe(a)) <= set(describe(b)) for a, b in notes.swapped):
        out.append(CaptionWarning(
            f"written more briefly to fit {limit} (labels or the full address left out)",
            "written_briefly", (limit,)))
    official_set = {t.casefold() for t in official}
    own_out = [t for t in notes.tags_out if t.casefold() not in official_set]
    official_out = [t for t in notes.tags_out if t.casefold() in official_set]
    if own_out:
        out.append(CaptionWarning(
            f"left out the hashtags {' '.join(own_out)} to fit {limit}"
            + ("; the official ones stay" if official and not official_out else ""),
            "hashtags_left_out_to_fit", (limit, " ".join(own_out))))
    if official_out:
        out.append(CaptionWarning(
            f"left out even the official hashtags {' '.join(official_out)} to fit {limit}",
            "official_hashtags_left_out_to_fit", (limit, " ".join(official_out))))
    for name, whole, cut in notes.word_cut:
        # Name the fields whose text the cut reached (a title kept whole is not named).
        shown = describe(name)
        reached = [key for key in shown
                   if values.get(key) and values[key] in whole and values[key] not in cut]
        fields = reached or list(shown)
        out.append(CaptionWarning(
            f"cut after a word to fit {limit} (ends with …): {_english_list(fields) or 'the text'}",
            "cut_at_word", (limit, *fields)))
    if notes.whole == "sentence":
        out.append(CaptionWarning(f"the caption ends after a whole sentence to fit {limit}",
                                  "cut_at_sentence", (limit,)))
    elif notes.whole == "word":
        out.append(CaptionWarning(f"the caption was cut after a word to fit {limit} "
                                  "(ends with …)", "cut_at_word", (limit,)))
    if notes.inside_word:
        out.append(CaptionWarning(f"cut inside a word to fit {limit}: no space within the limit",
                                  "cut_inside_word", (limit,)))
    return tuple(out)


# English names of the fields for the command line's sentences (the app words
# them from the form's own labels).
FIELD_NAMES_EN = {
    "judul": "the title", "subjudul": "the subtitle", "tanggal": "the date",
    "tanggal_selesai": "the end date", "waktu": "the time", "zona": "the time zone",
    "lokasi": "the place", "penyelenggara": "the organiser or source",
    "deskripsi": "the description", "nama": "the name", "jabatan": "the position",
    "ucapan": "the greeting", "tagar": "the hashtags", "kontak": "the contact",
    "tautan": "the link", "semua_mention": "the mentions", "kredit_foto": "the photo credit",
}


def field_name_en(key: str) -> str:
    return FIELD_NAMES_EN.get(key, f"'{key}'")


def _english_list(keys: Sequence[str]) -> str:
    names = [field_name_en(k) for k in keys]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
