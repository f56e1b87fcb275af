"""The brand kit as a value: named colours, fonts, logos, intro/outro clips and hashtags.

Templates refer to entries as ``brand:<name>``; :class:`BrandKit` resolves those
references so a new logo or colour reaches every template without touching
them. A kit is immutable: every edit (``with_color``, ``without``,
``with_info``...) returns a new kit, so the brand editor's undo is a stack of
values. Reading and writing ``brand.toml`` is :mod:`studio.brand.store`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from studio.errors import BrandError, EditError

RGBA = tuple[int, int, int, int]
# Brand kit entries by kind, as the brand.toml tables name them.
TABLES = {"color": "colors", "font": "fonts", "logo": "logos", "video": "video"}
INFO_PROPERTIES = frozenset({"name", "short_name", "credit", "hashtags", "mentions"})
# WCAG 2: the contrast text needs against its background.
WCAG_TEXT_CONTRAST = 4.5
_HEX = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8}|[0-9a-fA-F]{3})$")


def parse_hex_color(text: str) -> RGBA:
    """``#RGB``, ``#RRGGBB`` or ``#RRGGBBAA`` to an RGBA tuple."""
    if not _HEX.match(text):
        raise ValueError(f"not a colour: {text!r} (use #RRGGBB)")
    digits = text[1:]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    if len(digits) == 6:
        digits += "ff"
    r, g, b, a = (int(digits[i : i + 2], 16) for i in range(0, 8, 2))
    return (r, g, b, a)


def relative_luminance(color: str) -> float:
    """WCAG 2 relative luminance of ``#RRGGBB`` (alpha ignored)."""
    r, g, b, _ = parse_hex_color(color)

    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours, 1.0 .. 21.0 (4.5 is the bar for text)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


_MISSING_CODES = {"font": "brand.missing_font", "logo": "brand.missing_logo"}


def _frozen(mapping: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class BrandKit:
    """An immutable brand kit. ``root`` is the folder the asset paths are relative to."""

    root: Path
    name: str
    short_name: str
    credit: str
    colors: Mapping[str, str] = field(default_factory=dict)
    fonts: Mapping[str, str] = field(default_factory=dict)
    logos: Mapping[str, str] = field(default_factory=dict)
    video: Mapping[str, str] = field(default_factory=dict)
    hashtags: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Read-only tables, whoever built the kit: a kit is a value.
        for table in TABLES.values():
            object.__setattr__(self, table, _frozen(getattr(self, table)))
        object.__setattr__(self, "hashtags", tuple(self.hashtags))
        object.__setattr__(self, "mentions", tuple(self.mentions))

    # -- references -------------------------------------------------------
    def color(self, ref: str) -> RGBA:
        """Resolve ``brand:<name>`` or a literal ``#RRGGBB[AA]`` colour."""
        if ref.startswith("brand:"):
            key = ref[6:]
            if key not in self.colors:
                raise BrandError(
                    f"the brand kit has no colour {key!r}",
                    path=self.root / "brand.toml",
                    hint=f"use one of: {', '.join(self.colors)}",
                    code="brand.missing_color",
                    name=key,
                )
            return parse_hex_color(self.colors[key])
        try:
            return parse_hex_color(ref)
        except ValueError as exc:
            raise BrandError(str(exc), code="brand.bad_color", value=ref) from None

    def _asset(self, table: Mapping[str, str], kind: str, ref: str) -> Path:
        key = ref[6:] if ref.startswith("brand:") else ref
        if key not in table:
            raise BrandError(
                f"the brand kit has no {kind} {key!r}",
                path=self.root / "brand.toml",
                hint=f"use one of: {', '.join(table) or '(none)'}",
                code=_MISSING_CODES[kind],
                name=key,
            )
        path = self.root / table[key]
        if not path.is_file():
            raise BrandError(
                f"brand {kind} file is missing: {table[key]}",
                path=path,
                hint="put the file back or change brand.toml",
                code="brand.missing_file",
            )
        return path

    def font_path(self, ref: str) -> Path:
        return self._asset(self.fonts, "font", ref)

    def logo_path(self, ref: str) -> Path:
        return self._asset(self.logos, "logo", ref)

    def video_path(self, ref: str) -> Path | None:
        """The intro/outro clip, or None when the kit has none (that is allowed)."""
        key = ref[6:] if ref.startswith("brand:") else ref
        if key not in self.video:
            return None
        path = self.root / self.video[key]
        return path if path.is_file() else None

    # -- edits return new values -------------------------------------------
    def with_color(self, name: str, value: str) -> BrandKit:
        parse_hex_color(value)
        return replace(self, colors={**self.colors, name: value})

    def with_font(self, name: str, relpath: str) -> BrandKit:
        return replace(self, fonts={**self.fonts, name: relpath})

    def with_logo(self, name: str, relpath: str) -> BrandKit:
        return replace(self, logos={**self.logos, name: relpath})

    def with_video(self, name: str, relpath: str) -> BrandKit:
        return replace(self, video={**self.video, name: relpath})

    def with_hashtags(self, hashtags: tuple[str, ...]) -> BrandKit:
        return replace(self, hashtags=tuple(hashtags))

    def without(self, kind: str, name: str) -> BrandKit:
        """The kit without a colour, font, logo or clip entry (a file stays on disk)."""
        if kind not in TABLES:
            raise EditError(f"unknown brand entry kind {kind!r}", code="edit.bad_kind",
                            kind=kind)
        table = TABLES[kind]
        mapping = dict(getattr(self, table))
        mapping.pop(name, None)
        changes: dict[str, Any] = {table: mapping}
        return replace(self, **changes)

    def with_info(self, **changes: Any) -> BrandKit:
        """Name, short name, credit, hashtags or mentions changed."""
        unknown = set(changes) - INFO_PROPERTIES
        if unknown:
            raise EditError(f"not a brand kit property: {', '.join(sorted(unknown))}",
                            code="edit.bad_property", prop=sorted(unknown)[0])
        for key in ("hashtags", "mentions"):
            if key in changes:
                changes[key] = tuple(str(v).strip() for v in changes[key] if str(v).strip())
        return replace(self, **changes)
