"""Hashtags and @mentions as an officer types them, made ready to post.

``normalise_hashtags("pemkot cimahi, #hari guru")`` gives
``("#PemkotCimahi", "#HariGuru")``: CamelCase, no spaces or punctuation,
duplicates removed case-insensitively (the first spelling wins). The rule for
splitting what was typed: commas, semicolons and line breaks separate tags;
inside one piece, a ``#`` starts a new tag, and without any ``#`` the words
of the piece make one tag. Acronyms the city uses keep their capitals
(``umkm`` → ``#UMKM``). Mentions keep the characters a handle can have.

:class:`HashtagPlan` is the policy for a post's tags: three groups — the
officer's own, the brand kit's official ones and the template's — shown in
that order, and kept under a cap in another: the official tags first (they
name the city on every channel and are never dropped while an officer's
own tag stays), then the officer's, then the template's generic ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from studio.caption.words import ACRONYMS

_PIECES = re.compile(r"[,;\n\r]+")
_WORD_SPLIT = re.compile(r"[\s\-–—./]+")
# Letters, digits and underscore are what hashtags keep everywhere.
_NOT_TAG_CHAR = re.compile(r"[^\w]")
_HANDLE_CHARS = re.compile(r"[^A-Za-z0-9._]")

HashtagInput = str | Iterable[str] | None


def _camel_word(word: str) -> str:
    if word.lower() in ACRONYMS:
        return _NOT_TAG_CHAR.sub("", ACRONYMS[word.lower()])
    core = _NOT_TAG_CHAR.sub("", word)
    if not core:
        return ""
    if core.lower() in ACRONYMS:
        return ACRONYMS[core.lower()]
    if core.islower() or (core.isupper() and len(core) > 4):
        # "cimahi" -> "Cimahi"; a shouted long word is not an acronym.
        return core[0].upper() + core[1:].lower()
    # Mixed case ("PemkotCimahi", "eKTP") or a short capitalised acronym: as typed.
    return core[0].upper() + core[1:]


def _tag_from_words(text: str) -> str:
    words = [w for w in _WORD_SPLIT.split(text.strip()) if w]
    # Hyphenated acronyms typed as two words ("ktp el" -> KTP-el -> "KTPel").
    merged: list[str] = []
    for word in words:
        pair = f"{merged[-1]}-{word}".lower() if merged else ""
        if pair in ACRONYMS:
            merged[-1] = ACRONYMS[pair]
        else:
            merged.append(word)
    body = "".join(_camel_word(w) for w in merged)
    # A tag needs at least one letter (platforms ignore "#2026").
    if not body or not any(ch.isalpha() for ch in body):
        return ""
    return "#" + body


def _flatten(values: Iterable[HashtagInput]) -> Iterable[str]:
    for value in values:
        if value is None:
            continue
        if isinstance(value, str):
            yield value
        else:
            yield from _flatten(value)


def split_hashtags(text: str) -> list[str]:
    """Tags in one typed value, normalised, in order (duplicates kept)."""
    tags: list[str] = []
    for piece in _PIECES.split(text or ""):
        if "#" in piece or "＃" in piece:
            parts = re.split(r"[#＃]", piece)
            # Text before the first "#" is a tag of its own ("cimahi #hut").
            candidates = [p for p in parts if p.strip()]
        else:
            candidates = [piece] if piece.strip() else []
        for candidate in candidates:
            tag = _tag_from_words(candidate)
            if tag:
                tags.append(tag)
    return tags


def normalise_hashtags(*values: HashtagInput) -> tuple[str, ...]:
    """All tags in ``values`` (strings or lists of strings), normalised and deduplicated."""
    seen: set[str] = set()
    result: list[str] = []
    for text in _flatten(values):
        for tag in split_hashtags(text):
            key = tag.casefold()
            if key not in seen:
                seen.add(key)
                result.append(tag)
    return tuple(result)


def normalise_mentions(*values: HashtagInput) -> tuple[str, ...]:
    """``"pemkotcimahi, @diskominfo.cimahi"`` → ``("@pemkotcimahi", "@diskominfo.cimahi")``."""
    seen: set[str] = set()
    result: list[str] = []
    for text in _flatten(values):
        for raw in re.split(r"[\s,;]+", text or ""):
            handle = _HANDLE_CHARS.sub("", raw.lstrip("@＠")).strip(".")
            if not handle:
                continue
            key = handle.casefold()
            if key not in seen:
                seen.add(key)
                result.append("@" + handle)
    return tuple(result)


@dataclass(frozen=True)
class HashtagPlan:
    """A post's hashtags in three groups, normalised, each tag in one group only."""

    own: tuple[str, ...] = ()
    official: tuple[str, ...] = ()
    template: tuple[str, ...] = ()

    @property
    def ordered(self) -> tuple[str, ...]:
        """As shown: the officer's, the official ones, the template's."""
        return self.own + self.official + self.template

    @property
    def priority(self) -> tuple[str, ...]:
        """From the most to the least important: official, the officer's, the template's."""
        return self.official + self.own + self.template

    def keep(self, cap: int | None) -> tuple[str, ...]:
        """The tags kept under ``cap`` (None: all), in the order they are shown."""
        if cap is None:
            return self.ordered
        kept = set(self.priority[: max(cap, 0)])
        return tuple(t for t in self.ordered if t in kept)

    def by_priority(self, tags: Sequence[str]) -> tuple[str, ...]:
        """``tags`` sorted from the most to the least important."""
        chosen = set(tags)
        return tuple(t for t in self.priority if t in chosen)


def plan_hashtags(typed: HashtagInput, official: HashtagInput = (),
                  template: HashtagInput = ()) -> HashtagPlan:
    """The groups of a post's tags. A tag typed by the officer that is also an
    official one counts as official (kept first), spelled as the brand kit does."""
    official_tags = normalise_hashtags(official)
    taken = {t.casefold() for t in official_tags}
    own = tuple(t for t in normalise_hashtags(typed) if t.casefold() not in taken)
    taken |= {t.casefold() for t in own}
    generic = tuple(t for t in normalise_hashtags(template) if t.casefold() not in taken)
    return HashtagPlan(own=own, official=official_tags, template=generic)
