"""Reading and writing the brand kit: ``brand.toml`` and the kit's folders.

One loader (:func:`load_brand`; :func:`default_brand` is it over the kit in
force) and one serialiser (:func:`brand_to_toml`). The built-in kit in
``assets/branding`` is never written: the brand editor's first save copies it
to the user's data folder (:func:`ensure_user_brand_kit`), and from then on
:func:`default_brand` reads that copy, so the CLI, the app and batch workers all
follow a designer's change.
"""

from __future__ import annotations

import re
import shutil
import time
import tomllib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import tomli_w

from studio.assets import (
    CLIP_SUFFIXES,
    FONT_SUFFIXES,
    IMAGE_SUFFIXES,
    MUSIC_SUFFIXES,
    atomic_copy,
    check_font,
    check_image,
    free_name,
    safe_stem,
)
from studio.atomic import recover_folders, replace_folder, save_error, save_text, staging_folder
from studio.brand.model import BrandKit, parse_hex_color
from studio.errors import BrandError, EditError
from studio.paths import BRANDING_DIR, user_data_dir
from studio.userdata import BRAND_TRASH

BRAND_SCHEMA = 1
BRAND_FILE = "brand.toml"
# Where each kind of file goes inside the kit's folder.
# A music bed is kept beside the clips, in the [video] table as "music".
ASSET_FOLDERS = {"font": "fonts", "logo": "logos", "video": "video", "music": "video"}
_ASSET_SUFFIXES = {"font": FONT_SUFFIXES, "logo": IMAGE_SUFFIXES, "video": CLIP_SUFFIXES,
                   "music": MUSIC_SUFFIXES}
_BAD_SUFFIX_CODES = {"font": "edit.bad_font", "logo": "edit.bad_logo", "video": "edit.bad_video",
                     "music": "edit.bad_music"}
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
_HEADER = "# Brand kit, written by the brand kit editor of Studio Konten Cimahi.\n"


# -- reading -----------------------------------------------------------------------------------
def _parse(data: Mapping[str, Any], root: Path) -> BrandKit:
    source = root / BRAND_FILE
    schema = data.get("schema", BRAND_SCHEMA)
    if schema != BRAND_SCHEMA:
        raise BrandError(f"unsupported brand kit schema {schema}", path=source,
                         hint=f"this version reads schema {BRAND_SCHEMA}",
                         code="brand.schema", schema=schema)
    colors = data.get("colors", {})
    for key, value in colors.items():
        try:
            parse_hex_color(value)
        except (ValueError, TypeError):
            raise BrandError(f"colour {key!r} is not #RRGGBB: {value!r}", path=source,
                             hint="write colours as #RRGGBB", code="brand.bad_color",
                             value=str(value)) from None
    captions = data.get("captions", {})
    return BrandKit(
        root=root,
        name=str(data.get("name", "")),
        short_name=str(data.get("short_name", data.get("name", ""))),
        credit=str(data.get("credit", "")),
        colors=colors,
        fonts=data.get("fonts", {}),
        logos=data.get("logos", {}),
        video=data.get("video", {}),
        hashtags=tuple(captions.get("hashtags", ())),
        mentions=tuple(captions.get("mentions", ())),
    )


def load_brand(root: Path | None = None) -> BrandKit:
    """Load the brand kit in ``root`` (default: the built-in ``assets/branding``)."""
    root = Path(root) if root is not None else BRANDING_DIR
    source = root / BRAND_FILE
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
    return _parse(data, root)


def user_brand_dir() -> Path:
    """Where the designers' own copy of the brand kit lives once they edit it."""
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


# -- writing -----------------------------------------------------------------------------------
def brand_to_toml(brand: BrandKit, base: Mapping[str, Any] | None = None) -> str:
    """brand.toml text for ``brand``, keeping the keys of ``base`` this version does not know."""
    data: dict[str, Any] = dict(base or {})
    data.setdefault("schema", BRAND_SCHEMA)
    data.update(name=brand.name, short_name=brand.short_name, credit=brand.credit,
                colors=dict(brand.colors), fonts=dict(brand.fonts), logos=dict(brand.logos),
                video=dict(brand.video))
    captions = dict(data.get("captions") or {})
    captions.update(hashtags=list(brand.hashtags), mentions=list(brand.mentions))
    data["captions"] = captions
    return _HEADER + tomli_w.dumps(data)


def save_brand(brand: BrandKit) -> BrandKit:
    """Write ``brand.toml`` in the kit's folder atomically (checked to read back equal).

    Settings this version does not know are kept; comments are not.
    """
    source = brand.root / BRAND_FILE
    base: dict[str, Any] = {}
    if source.is_file():
        try:
            base = tomllib.loads(source.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            base = {}
    text = brand_to_toml(brand, base)
    if _parse(tomllib.loads(text), brand.root) != brand:
        raise BrandError("the brand kit does not survive saving", path=source,
                         code="brand.roundtrip")
    save_text(source, text)
    return brand


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def ensure_user_brand_kit(brand: BrandKit) -> BrandKit:
    """``brand`` re-rooted in the user's kit folder, copying the kit's files there first
    if needed. The built-in kit (read-only in an installed app) is never written."""
    target = user_brand_dir()
    if brand.root.resolve() == target.resolve():
        return brand
    if not (target / BRAND_FILE).is_file():
        # Built beside the target and swapped in whole; a folder there without a
        # brand.toml (a copy a crash cut short) goes to the trash, not away.
        recover_folders(target.parent, dispose=_to_trash)
        staged = staging_folder(target)
        try:
            shutil.copytree(brand.root, staged, ignore=shutil.ignore_patterns(".*"),
                            dirs_exist_ok=True)
            replace_folder(target, staged, dispose=_to_trash)
        except OSError as exc:
            shutil.rmtree(staged, ignore_errors=True)
            raise save_error(exc, target) from None
    return replace(brand, root=target)


def reset_user_brand_kit() -> Path | None:
    """Stop using the designers' kit: move it to the trash (the built-in one applies again).

    Returns where it went, or None when there was none."""
    folder = user_brand_dir()
    if not folder.exists():
        return None
    return _to_trash(folder)


def _to_trash(folder: Path) -> Path:
    """Move a kit folder to ``<user data>/sampah/kit-merek/branding-<time>`` (recoverable)."""
    trash = _mkdir(user_data_dir() / BRAND_TRASH)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = trash / f"branding-{stamp}"
    n = 2
    while target.exists():
        target = trash / f"branding-{stamp}-{n}"
        n += 1
    folder.rename(target)
    return target


def import_brand_asset(brand: BrandKit, kind: str, name: str, source: Path) -> BrandKit:
    """Copy a font, logo, clip or music bed into the kit's folder and name it ``name``.

    ``brand`` must already live in a writable folder (see
    :func:`ensure_user_brand_kit`); brand.toml is written by :func:`save_brand`.
    """
    if kind not in ASSET_FOLDERS:
        raise EditError(f"unknown brand asset kind {kind!r}", code="edit.bad_kind", kind=kind)
    if not _NAME.match(name):
        raise EditError(f"{name!r} is not a valid name (letters, digits, - and _)",
                        code="edit.bad_name", value=name)
    source = Path(source)
    suffix = source.suffix.lower()
    allowed = _ASSET_SUFFIXES[kind]
    if suffix not in allowed:
        raise EditError(f"{source.name}: use a {', '.join(allowed)} file", path=source,
                        code=_BAD_SUFFIX_CODES[kind], hint=", ".join(allowed))
    if not source.is_file():
        raise EditError("the file was not found", path=source, code="edit.not_found")
    if kind == "font":
        check_font(source)
    elif kind == "logo":
        check_image(source)
    folder = _mkdir(brand.root / ASSET_FOLDERS[kind])
    filename = free_name(folder, safe_stem(source.stem, name), suffix)
    atomic_copy(source, folder / filename)
    relpath = f"{ASSET_FOLDERS[kind]}/{filename}"
    return {"font": brand.with_font, "logo": brand.with_logo,
            "video": brand.with_video, "music": brand.with_video}[kind](name, relpath)
