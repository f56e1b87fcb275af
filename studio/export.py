"""Writing outputs: metadata policy, size targets and atomic writes.

Every output is encoded in memory (or by ffmpeg into a temporary name), then
moved into place with one ``os.replace`` in the target folder, so a full disk
or a crash never leaves a half-written file under the real name. Nothing that
exists is overwritten unless the caller asks. Metadata is stripped (GPS above
all); only an optional credit/copyright is written. File names are
:mod:`studio.naming`'s.
"""

from __future__ import annotations

import errno
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageCms, ImageFile

from studio.atomic import write_file
from studio.errors import ExportError
from studio.platforms import Platform

_SRGB_ICC = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
# LittleCMS stamps the profile's creation time (bytes 24-35); zero it so the same
# render gives the same file in every process and run (resume compares hashes).
_SRGB_ICC = _SRGB_ICC[:24] + bytes(12) + _SRGB_ICC[36:]

EXIF_ARTIST = 0x013B
EXIF_COPYRIGHT = 0x8298
EXIF_SOFTWARE = 0x0131


def _exif_bytes(credit: str | None) -> bytes | None:
    if not credit:
        return None
    exif = Image.Exif()
    exif[EXIF_ARTIST] = credit
    exif[EXIF_COPYRIGHT] = credit
    return exif.tobytes()


@dataclass(frozen=True)
class EncodedImage:
    data: bytes
    format: str
    quality: int | None


def encode_image(image: Image.Image, fmt: str, *, quality: int = 90,
                 max_bytes: int | None = None, credit: str | None = None,
                 min_quality: int = 55) -> EncodedImage:
    """Encode ``image`` (RGB) with no metadata but sRGB and the optional credit.

    With ``max_bytes``, JPEG quality is searched (binary search) for the best
    quality under the limit.
    """
    if image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    exif = _exif_bytes(credit)
    if fmt == "png":
        buffer = io.BytesIO()
        params: dict = {"icc_profile": _SRGB_ICC, "compress_level": 6}
        if exif:
            params["exif"] = exif
        image.save(buffer, "PNG", **params)
        data = buffer.getvalue()
        if max_bytes and len(data) > max_bytes:
            raise ExportError(f"PNG is {len(data)} bytes, over the platform limit {max_bytes}",
                              hint="export as JPEG for this platform", code="export.too_big")
        return EncodedImage(data, "png", None)

    # Progressive JPEG needs the whole compressed image in one buffer; Pillow's
    # guess (1 byte a pixel) is too small for noisy photos at high quality.
    ImageFile.MAXBLOCK = max(ImageFile.MAXBLOCK, 3 * image.width * image.height)

    def jpeg(q: int) -> bytes:
        buffer = io.BytesIO()
        params: dict = {"quality": q, "progressive": True, "icc_profile": _SRGB_ICC,
                        "subsampling": "4:2:0" if q < 93 else "4:4:4"}
        if exif:
            params["exif"] = exif
        image.save(buffer, "JPEG", **params)
        return buffer.getvalue()

    data = jpeg(quality)
    if not max_bytes or len(data) <= max_bytes:
        return EncodedImage(data, "jpeg", quality)
    low, high, best = min_quality, quality - 1, None
    while low <= high:
        mid = (low + high) // 2
        candidate = jpeg(mid)
        if len(candidate) <= max_bytes:
            best = (mid, candidate)
            low = mid + 1
        else:
            high = mid - 1
    if best is None:
        raise ExportError(
            f"cannot get under {max_bytes // 1000} kB even at quality {min_quality}",
            hint="use a simpler photo or a platform with a larger limit",
            code="export.too_big",
        )
    return EncodedImage(best[1], "jpeg", best[0])


def write_atomic(path: Path, data: bytes | Callable[[Path], None], *,
                 overwrite: bool = False) -> Path:
    """Write ``data`` (bytes, or a function that writes a given temp path) to ``path``.

    :func:`studio.atomic.write_file` with the errors worded as outputs' errors:
    on any failure the temporary file is removed and the target is untouched.
    """
    path = Path(path)
    try:
        return write_file(path, data, overwrite=overwrite)
    except FileExistsError:
        raise ExportError("the file already exists", path=path,
                          hint="choose another output folder or allow overwriting",
                          code="export.exists") from None
    except OSError as exc:
        raise _os_error(exc, path) from None


def _os_error(exc: OSError, path: Path) -> ExportError:
    if exc.errno == errno.ENOSPC:
        return ExportError("the disk is full", path=path,
                           hint="free some space or choose another drive", code="export.disk_full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError("cannot write here (no permission or read-only)", path=path,
                           hint="choose another output folder", code="export.read_only")
    return ExportError(f"cannot write the file: {exc.strerror or exc}", path=path,
                       hint="check the output folder", code="export.os_error")


def export_image(image: Image.Image, path: Path, platform: Platform, *, quality: int = 90,
                 credit: str | None = None, overwrite: bool = False) -> Path:
    """Encode ``image`` for ``platform`` (format and size limit) and write it atomically."""
    encoded = encode_image(image, platform.format, quality=quality, max_bytes=platform.max_bytes,
                           credit=credit)
    return write_atomic(path, encoded.data, overwrite=overwrite)
