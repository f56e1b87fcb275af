"""Field values as they enter the core: plain text, nothing that acts on a screen or a file.

Values reach the core from event files, bulk sheets, ``--set`` on the command
line and the desktop app's forms; they end up in images, ``caption.txt``, file
names and terminal output. :func:`clean_value` is the one function that makes
such a value safe to carry on: it removes control characters (NUL, the ANSI
escape sequences that recolour or rewrite a terminal, DEL, the C1 range) and the
bidirectional controls that reorder what a reader sees (U+202E makes
``gpj.exe`` read as ``exe.jpg``), keeps line breaks and tabs (as spaces), and
keeps the joiners emoji need. :func:`clean_values` does the same for a set of
values and bounds how many and how long they are.

Field values are personal or official data (names, titles, descriptions), so
:func:`clean_values` also remembers them, for this process only, in a small
registry (:func:`private_values`): the support log (:mod:`studio.support`)
removes every one of them from what it writes, whatever logged it.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Mapping

from studio.errors import StudioError

# One value (the longest a template field may declare) and one set of values.
MAX_VALUE_CHARS = 5_000
MAX_VALUES = 100

# ANSI/VT escape sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \),
# and the two-character ones (ESC and one more). Removed whole, so no "[31m" is left.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]"
                      r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")
# Bidirectional controls (embeddings, overrides, isolates, marks) and the BOM.
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_REMOVE: dict[int, str | None] = {
    code: None for code in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))}
_REMOVE.update({ord(c): None for c in _BIDI})
# Line breaks and tabs are text, not control: keep them as what they mean.
_REMOVE.update({ord("\n"): "\n", ord("\t"): " ", 0x2028: "\n", 0x2029: "\n"})


# The private-value registry: the most recent distinct values, bounded.
MAX_PRIVATE_VALUES = 2_000
_private: OrderedDict[str, None] = OrderedDict()
_private_lock = threading.Lock()
_private_generation = 0
_HAS_LETTER = re.compile(r"[^\W\d_]")


def remember_private(text: str) -> None:
    """Note ``text`` (a value the user typed) as personal data the log must never show.

    Values without a letter (dates, times, numbers) or shorter than three
    characters are not noted: they say nothing about a person, and removing them
    would garble the log's own times and counts.
    """
    text = text.strip()
    if len(text) < 3 or not _HAS_LETTER.search(text):
        return
    global _private_generation
    with _private_lock:
        if text in _private:
            _private.move_to_end(text)
            return
        _private[text] = None
        while len(_private) > MAX_PRIVATE_VALUES:
            _private.popitem(last=False)
        _private_generation += 1


def forget_private_values() -> None:
    """Empty the registry (tests start from nothing)."""
    global _private_generation
    with _private_lock:
        _private.clear()
        _private_generation += 1


def private_values() -> tuple[int, tuple[str, ...]]:
    """(generation, values): the generation changes whenever a value is added."""
    with _private_lock:
        return _private_generation, tuple(_private)


def clean_value(text: str) -> str:
    """``text`` without control characters, escape sequences or bidi controls.

    ``\\r\\n`` and ``\\r`` become ``\\n``; tabs become spaces; everything else
    (letters of every script, emoji with their joiners) is kept as it is.
    """
    if not text:
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isprintable():
        return text  # the common case: nothing to do
    return _ESCAPES.sub("", text).translate(_REMOVE)


def clean_values(values: Mapping[str, str], *, where: str = "") -> dict[str, str]:
    """Every value cleaned; more than :data:`MAX_VALUES` values or a value longer than
    :data:`MAX_VALUE_CHARS` characters is a :class:`StudioError` (``values.too_many``,
    ``values.too_long``) naming ``where`` and the field.
    """
    if len(values) > MAX_VALUES:
        raise StudioError(f"{where}{len(values)} field values; at most {MAX_VALUES} are "
                          "allowed", hint="keep only the fields the templates use",
                          code="values.too_many", count=len(values), limit=MAX_VALUES)
    result = {}
    for key, value in values.items():
        text = clean_value(value)
        if len(text) > MAX_VALUE_CHARS:
            raise StudioError(f"{where}field {clean_value(str(key))[:40]!r} is "
                              f"{len(text):,} characters long; at most {MAX_VALUE_CHARS:,} "
                              "are allowed", hint="shorten the text",
                              code="values.too_long", field=key, limit=MAX_VALUE_CHARS)
        result[key] = text
        remember_private(text)
    return result
