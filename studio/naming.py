"""Output file names: a small pattern grammar and names every OS accepts.

A naming pattern such as ``{platform}/{index}-{nama}`` is text with field
tokens, nothing more: a token is a field name (the built-in ones below, the
shared field vocabulary, or the template's own keys). There is no attribute
or index access, no format spec and no conversion, so a pattern from an event
file or a sheet cannot reach into Python objects (``{platform.__class__}``)
or ask for a two-gigabyte padding (``{name:>2000000000}``); both are refused
with a message that says why. ``{{`` and ``}}`` stand for braces.

Only the pattern's own ``/`` makes folders. A field value never does: ``/``
and ``\\`` in a value become ``-``, control characters (DEL included) and
bidirectional overrides are dropped. Each part of the result is made safe for
Windows (reserved names such as ``NUL .txt`` and ``COM¹`` too) and cut to a
budget of UTF-8 *bytes*, not characters, at a character boundary: file
systems count bytes (ext4) or UTF-16 units (NTFS), and an emoji is four bytes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from studio.errors import ExportError

DEFAULT_PATTERN = "{platform}/{name}"
# The tokens every pattern knows; field keys of the template come on top.
BUILTIN_TOKENS = ("platform", "name", "template", "index", "judul", "tanggal")
# Limits on a pattern (from an event file, a sheet or the command line).
MAX_PATTERN_CHARS = 200
MAX_TOKENS = 16
MAX_DEPTH = 4  # folders + the file itself
# Bytes (UTF-8) one folder or file-name part may take before its extension. File
# systems allow 255; the rest is room for "-12", ".caption.txt" and the extension.
MAX_PART_BYTES = 200
# A field value is cut before it goes into a name (the part is cut again later).
MAX_VALUE_BYTES = MAX_PART_BYTES

# Windows refuses these names whatever the extension; superscript digits count
# as digits there, and a trailing space before the dot is ignored ("NUL .txt").
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"{d}{n}" for d in ("COM", "LPT") for n in "0123456789¹²³")}
_UNSAFE = re.compile(r'[<>:"/\\|?*]')
_TOKEN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Bidirectional controls let a name look like another one (U+202E turns
# "gpj.exe" around); they have no place in a file name.
_BIDI = {"\u061c", "\u200e", "\u200f", *map(chr, range(0x202A, 0x202F)),
         *map(chr, range(0x2066, 0x206A))}


# Characters that belong to the one before them (an emoji's joiner and style selectors).
_JOINERS = "\u200d\ufe0e\ufe0f"


def _clean(text: str) -> str:
    """NFC text without control characters (C0, DEL, C1) or bidirectional controls."""
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text
                   if c not in _BIDI and unicodedata.category(c) != "Cc")


def cut_to_bytes(text: str, budget: int) -> str:
    """``text`` cut to at most ``budget`` UTF-8 bytes at a character boundary.

    A cut never leaves a lone combining mark, joiner or variation selector at
    the end (half an emoji sequence or an accent without its letter).
    """
    data = text.encode("utf-8")
    if len(data) <= budget:
        return text
    cut = data[:budget].decode("utf-8", errors="ignore")

    def joins(char: str) -> bool:
        return bool(unicodedata.combining(char)) or char in _JOINERS

    # Back off to a cluster boundary: the next character must not belong to the last one.
    while cut and (joins(text[len(cut)]) or cut[-1] == "\u200d"):
        cut = cut[:-1]
    return cut


def _reserved(text: str) -> bool:
    base = text.split(".", 1)[0].rstrip(" ").upper()
    return base in _RESERVED


def safe_name(text: str, fallback: str = "output", *, budget: int = MAX_PART_BYTES) -> str:
    """A file or folder name every OS accepts (Windows is the strictest), in ``budget`` bytes."""
    text = _UNSAFE.sub("_", _clean(text))
    text = re.sub(r"\s+", " ", text).strip().rstrip(". ")
    if not text:
        text = fallback
    if _reserved(text):
        text = f"_{text}"
    return cut_to_bytes(text, budget).rstrip(". ") or fallback


def field_value(value: object) -> str:
    """A field value as it may appear inside a name: one line, no folders."""
    text = _clean(str(value or "")).replace("/", "-").replace("\\", "-")
    return cut_to_bytes(" ".join(text.split()), MAX_VALUE_BYTES)


# -- the grammar ---------------------------------------------------------------------


@dataclass(frozen=True)
class NamePattern:
    """A parsed naming pattern: literal text and field tokens, in order."""

    text: str
    parts: tuple[tuple[bool, str], ...]  # (is_token, literal text or token name)

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(value for is_token, value in self.parts if is_token)

    @property
    def per_platform_folder(self) -> bool:
        """Whether every platform gets its own folder (the pattern starts ``{platform}/``)."""
        return self.text.replace("\\", "/").startswith("{platform}/")

    def render(self, values: Mapping[str, str], *, extension: str, number: int = 1
               ) -> tuple[str, ...]:
        """The safe path parts (folders, then the file name with ``extension``).

        ``number`` > 1 appends ``-number`` to the file's name (two sources
        with the same name must not overwrite each other).
        """
        text = "".join(field_value(values.get(value, "")) if is_token else value
                       for is_token, value in self.parts)
        raw = [p for p in text.replace("\\", "/").split("/") if p.strip()]
        suffix = f"-{number}" if number > 1 else ""
        fallback = safe_name(field_value(values.get("name", ""))) or "output"
        parts = [safe_name(p) for p in raw[:-1]]
        stem = raw[-1] if raw else fallback
        # The number goes after the cut, so "-2" is never cut away.
        stem = safe_name(stem, budget=MAX_PART_BYTES - len(suffix)) + suffix
        # Append (not with_suffix): a stem like "IMG.0001" keeps its dot.
        return (*parts, stem + extension)


def _pattern_error(pattern: str, why: str, *, token: str = "", known: Iterable[str] = ()
                   ) -> ExportError:
    known = tuple(known)
    names = ", ".join("{" + k + "}" for k in known)
    return ExportError(f"bad file-name pattern {pattern[:80]!r}: {why}",
                       code="export.bad_pattern", pattern=pattern[:MAX_PATTERN_CHARS],
                       token=token, known=names,
                       hint=f"use only field names in braces, e.g. {DEFAULT_PATTERN}"
                            + (f"; known: {names}" if names else ""))


def parse_pattern(text: str, fields: Iterable[str] = ()) -> NamePattern:
    """Check ``text`` against the grammar; ``fields`` are the extra known field keys.

    Raises :class:`ExportError` (``export.bad_pattern``) naming what is wrong.
    """
    from studio.template.model import STANDARD_FIELDS

    known = tuple(dict.fromkeys((*BUILTIN_TOKENS, *STANDARD_FIELDS, *fields)))
    if not isinstance(text, str) or not text.strip():
        raise _pattern_error(str(text), "it is empty", known=known)
    if len(text) > MAX_PATTERN_CHARS:
        raise _pattern_error(text, f"it is longer than {MAX_PATTERN_CHARS} characters")
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise _pattern_error(text, "it contains control characters")
    parts: list[tuple[bool, str]] = []
    literal: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char in "{}" and text[i + 1:i + 2] == char:
            literal.append(char)
            i += 2
            continue
        if char == "}":
            raise _pattern_error(text, "a '}' has no matching '{'", known=known)
        if char != "{":
            literal.append(char)
            i += 1
            continue
        end = text.find("}", i + 1)
        if end < 0:
            raise _pattern_error(text, "a '{' is not closed", known=known)
        token = text[i + 1:end]
        if not _TOKEN_NAME.fullmatch(token):
            if ":" in token:
                why = f"{{{token}}}: format specifications are not allowed"
            elif "!" in token:
                why = f"{{{token}}}: conversions are not allowed"
            elif "." in token or "[" in token:
                why = f"{{{token}}}: only plain field names are allowed (no . or [ ])"
            else:
                why = f"{{{token}}} is not a field name"
            raise _pattern_error(text, why, token=token[:40], known=known)
        if token not in known:
            raise _pattern_error(text, f"unknown token {{{token}}}", token=token, known=known)
        if literal:
            parts.append((False, "".join(literal)))
            literal = []
        parts.append((True, token))
        i = end + 1
    if literal:
        parts.append((False, "".join(literal)))
    pattern = NamePattern(text, tuple(parts))
    if len(pattern.tokens) > MAX_TOKENS:
        raise _pattern_error(text, f"more than {MAX_TOKENS} tokens")
    depth = len([p for p in text.replace("\\", "/").split("/") if p.strip()])
    if depth > MAX_DEPTH:
        raise _pattern_error(text, f"more than {MAX_DEPTH - 1} folder levels")
    return pattern


def name_values(*, platform_id: str, source: Path | None, template_id: str, index: int,
                fields: Mapping[str, str]) -> dict[str, str]:
    """The values of every token for one output."""
    values = {key: str(value or "") for key, value in fields.items()}
    values.update({
        "platform": platform_id,
        "name": source.stem if source else template_id,
        "template": template_id,
        "index": f"{index:03d}",
        "judul": str(fields.get("judul", "") or "") or template_id,
        "tanggal": str(fields.get("tanggal", "") or ""),
    })
    return values


def output_path(output_dir: Path, pattern: str | NamePattern, *, platform_id: str,
                source: Path | None, template_id: str, extension: str, index: int = 1,
                fields: Mapping[str, str] | None = None, number: int = 1) -> Path:
    """Where one output goes, from a pattern like ``{platform}/{name}``."""
    fields = fields or {}
    parsed = pattern if isinstance(pattern, NamePattern) else parse_pattern(pattern, fields)
    values = name_values(platform_id=platform_id, source=source, template_id=template_id,
                         index=index, fields=fields)
    return Path(output_dir).joinpath(*parsed.render(values, extension=extension,
                                                    number=number))
