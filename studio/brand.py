"""The brand kit: named colours, fonts, logos, intro/outro clips and hashtags.

Loaded from ``assets/branding/brand.toml``. Templates refer to entries as
``brand:<name>``; :class:`BrandKit` resolves those references so a new logo or
colour reaches every template without touching them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType

from studio.errors import BrandError
from studio.paths import BRANDING_DIR

RGBA = tuple[int, int, int, int]

BRAND_SCHEMA = 1
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
                code=f"brand.missing_{kind}",
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
        return replace(self, colors=_frozen({**self.colors, name: value}))

    def with_font(self, name: str, relpath: str) -> BrandKit:
        return replace(self, fonts=_frozen({**self.fonts, name: relpath}))

    def with_logo(self, name: str, relpath: str) -> BrandKit:
        return replace(self, logos=_frozen({**self.logos, name: relpath}))

    def with_video(self, name: str, relpath: str) -> BrandKit:
        return replace(self, video=_frozen({**self.video, name: relpath}))

    def with_hashtags(self, hashtags: tuple[str, ...]) -> BrandKit:
        return replace(self, hashtags=tuple(hashtags))


def parse_brand(data: dict, root: Path) -> BrandKit:
    source = root / "brand.toml"
    schema = data.get("schema", BRAND_SCHEMA)
    if schema != BRAND_SCHEMA:
        raise BrandError(f"unsupported brand kit schema {schema}", path=source,
                         hint=f"this version reads schema {BRAND_SCHEMA}",
                         code="brand.schema")
    colors = data.get("colors", {})
    for key, value in colors.items():
        try:
            parse_hex_color(value)
        except (ValueError, TypeError):
            raise BrandError(f"colour {key!r} is not #RRGGBB: {value!r}", path=source,
                             hint="write colours as #RRGGBB", code="brand.bad_color") from None
    captions = data.get("captions", {})
    return BrandKit(
        root=root,
        name=str(data.get("name", "")),
        short_name=str(data.get("short_name", data.get("name", ""))),
        credit=str(data.get("credit", "")),
        colors=_frozen(colors),
        fonts=_frozen(data.get("fonts", {})),
        logos=_frozen(data.get("logos", {})),
        video=_frozen(data.get("video", {})),
        hashtags=tuple(captions.get("hashtags", ())),
        mentions=tuple(captions.get("mentions", ())),
    )


def load_brand(root: Path | None = None) -> BrandKit:
    """Load the brand kit in ``root`` (default: the built-in ``assets/branding``)."""
    root = Path(root) if root is not None else BRANDING_DIR
    source = root / "brand.toml"
    try:
        with open(source, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise BrandError("brand kit not found", path=source,
                         hint="choose a folder that contains brand.toml",
                         code="brand.not_found") from None
    except tomllib.TOMLDecodeError as exc:
        raise BrandError(f"brand.toml is not valid TOML: {exc}", path=source,
                         hint="fix the syntax error", code="brand.syntax") from None
    return parse_brand(data, root)


def user_brand_dir() -> Path:
    """Where the designers' own copy of the brand kit lives once they edit it."""
    from studio.paths import user_data_dir

    return user_data_dir() / "branding"


def active_brand_root() -> Path:
    """The brand kit in force: the designers' own copy when one was saved (unless the
    official kit was chosen), else the shared library's kit in use, else the built-in
    kit (see :func:`studio.library.official.brand_root`)."""
    from studio.library.official import brand_root

    return brand_root(user_brand_dir(), BRANDING_DIR)


def default_brand() -> BrandKit:
    """The brand kit in force: the designers' copy if saved, else the built-in one.

    Not cached: a brand.toml is read in well under a millisecond, and a designer's
    save must reach the next export without restarting anything.
    """
    return load_brand(active_brand_root())


def brand_to_toml(brand: BrandKit) -> str:
    """Serialise a brand kit back to brand.toml text (used by the brand editor)."""

    def q(value: str) -> str:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def table(name: str, mapping: Mapping[str, str]) -> list[str]:
        return [f"[{name}]", *(f"{k} = {q(v)}" for k, v in mapping.items()), ""]

    lines = [
        f"schema = {BRAND_SCHEMA}",
        f"name = {q(brand.name)}",
        f"short_name = {q(brand.short_name)}",
        f"credit = {q(brand.credit)}",
        "",
        *table("colors", brand.colors),
        *table("fonts", brand.fonts),
        *table("logos", brand.logos),
        *table("video", brand.video),
        "[captions]",
        "hashtags = [" + ", ".join(q(h) for h in brand.hashtags) + "]",
        "mentions = [" + ", ".join(q(m) for m in brand.mentions) + "]",
        "",
    ]
    return "\n".join(lines)
