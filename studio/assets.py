"""Taking a designer's file into a template or the brand kit.

An image, font or clip a designer picks is checked by its content (not only its
name), capped in size, and copied atomically under a name that is free in the
target folder, so nothing there is overwritten. The template library
(:mod:`studio.template.library`) and the brand kit store
(:mod:`studio.brand.store`) both take files this way.
"""

from __future__ import annotations

import re
from pathlib import Path

from studio.atomic import copy_file, save_error
from studio.errors import EditError

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
FONT_SUFFIXES = (".ttf", ".otf")
CLIP_SUFFIXES = (".mp4", ".mov")
# A music bed (a recap's background music): what the ffmpeg audio input accepts.
MUSIC_SUFFIXES = (".mp3", ".m4a", ".aac", ".wav", ".ogg", ".flac")
MAX_ASSET_BYTES = 50 * 1024 * 1024


def safe_stem(stem: str, fallback: str) -> str:
    """A file stem with only letters, digits, ``.``, ``-`` and ``_`` (valid on Windows)."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.") or fallback


def free_name(folder: Path, stem: str, suffix: str) -> str:
    """``stem+suffix``, or ``stem-2+suffix``..., whichever does not exist in ``folder``."""
    name = f"{stem}{suffix}"
    n = 2
    while (folder / name).exists():
        name = f"{stem}-{n}{suffix}"
        n += 1
    return name


def atomic_copy(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` atomically (refuses very large files and never
    replaces a file: callers pick a free name)."""
    if source.stat().st_size > MAX_ASSET_BYTES:
        raise EditError("the file is too large", path=source, code="edit.too_large",
                        hint="use a file under 50 MB")
    try:
        copy_file(source, target, overwrite=False)
    except OSError as exc:
        raise save_error(exc, target) from None


def check_image(path: Path) -> None:
    """Raise unless ``path`` is an image the app's one image loader takes as an asset."""
    from studio.errors import MediaError
    from studio.media import load_image_asset

    try:
        load_image_asset(path)
    except MediaError as exc:
        raise EditError(f"not a usable image ({exc.message})", path=path, code="edit.bad_image",
                        hint=exc.hint or "use a PNG, JPEG or WebP file") from None


def check_font(path: Path) -> None:
    """Raise unless ``path`` is a readable TrueType/OpenType font."""
    from fontTools.ttLib import TTFont, TTLibError

    try:
        with TTFont(str(path), lazy=True) as font:
            if font.getBestCmap() is None:  # reading it proves the file is a font
                raise ValueError("no character map")
    except (TTLibError, OSError, KeyError, ValueError) as exc:
        raise EditError(f"not a readable font ({exc})", path=path, code="edit.bad_font",
                        hint="use a TTF or OTF font file") from None
