"""Opening inputs safely.

Photos are identified by their content, not their extension, against an
allowlist; the pixel count is checked from the header before anything is
decoded; orientation, colour profile, bit depth and alpha are normalised so the
renderer always gets an upright 8-bit sRGB image (mode RGB or RGBA) and no
metadata (GPS above all) travels further than this module. Every failure
becomes a :class:`MediaError` naming the file, what went wrong and what to do,
with a stable ``code`` the GUI translates:

``media.not_found``, ``media.not_file``, ``media.permission``,
``media.unreadable``, ``media.empty``, ``media.not_image``,
``media.unsupported``, ``media.too_large``, ``media.truncated``,
``media.corrupt``.
"""

from __future__ import annotations

import errno
import io
import logging
import math
import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import Image, ImageChops, ImageCms, UnidentifiedImageError

from studio.errors import MediaError

log = logging.getLogger(__name__)

# Formats we accept by content (Pillow format ids). HEIF/HEIC comes through
# pillow-heif, AVIF through Pillow's own plugin; MPO is what Pillow calls a
# camera JPEG that carries extra (multi-picture) frames.
PHOTO_FORMATS = ("JPEG", "MPO", "PNG", "WEBP", "HEIF", "AVIF", "TIFF", "BMP", "GIF")
ACCEPTED_DESCRIPTION = "JPEG, PNG, WebP, HEIC/HEIF, AVIF, TIFF, BMP or GIF"

# For file dialogs and folder listings only: opening always trusts the content.
PHOTO_EXTENSIONS = (".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".heic", ".heif", ".hif",
                    ".avif", ".tif", ".tiff", ".bmp", ".gif", ".mpo")
VIDEO_EXTENSIONS = (".mp4", ".mov", ".m4v", ".mkv", ".avi", ".webm", ".3gp", ".mts", ".m2ts",
                    ".wmv")
# Many camera RAW files are TIFF inside; Pillow would decode only the small
# preview in their first directory, so they are refused rather than rendered blurry.
CAMERA_RAW_EXTENSIONS = (".dng", ".cr2", ".cr3", ".crw", ".nef", ".nrw", ".arw", ".srf", ".sr2",
                         ".orf", ".rw2", ".raf", ".pef", ".srw", ".3fr", ".erf", ".kdc", ".mrw",
                         ".x3f", ".iiq", ".rwl", ".raw")

# About 90 MP: a 48 or 50 MP phone photo is fine, a 30000x30000 PNG (a
# "decompression bomb": tiny on disk, gigabytes once decoded) is not.
MAX_PIXELS = 90_000_000

_ORIENTATION_TAG = 0x0112
_DNG_VERSION_TAG = 50706
# EXIF orientation -> the transpose that makes the image upright (as ImageOps.exif_transpose).
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_HEIF_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif",
                b"avis")
_FORMAT_HINT = f"use a photo in {ACCEPTED_DESCRIPTION} format"


@dataclass(frozen=True)
class SourcePhoto:
    """A decoded photo: upright, 8-bit, sRGB, mode RGB or RGBA, without metadata.

    ``original_size`` is the upright size of the full-resolution photo; ``image``
    may be smaller when it was opened with ``max_side``.
    """

    path: Path
    image: Image.Image
    original_size: tuple[int, int]
    format: str
    # Opened with ``defer_colour``: the colour profile's conversion to sRGB, still to
    # apply (with :meth:`to_srgb`) - at output size, where it costs a fraction.
    colour: ImageCms.ImageCmsTransform | None = None

    def to_srgb(self, image: Image.Image) -> Image.Image:
        """``image`` (cut or scaled from :attr:`image`) converted to sRGB, if still needed."""
        if self.colour is None:
            return image
        return _apply(image, self.colour, self.path) or image


def is_photo_path(path: str | Path) -> bool:
    """Whether the name looks like a photo (for file dialogs and listings only)."""
    return Path(path).suffix.lower() in PHOTO_EXTENSIONS


def is_video_path(path: str | Path) -> bool:
    """Whether the name looks like a video (for routing inputs, dialogs and listings)."""
    return Path(path).suffix.lower() in VIDEO_EXTENSIONS


def open_photo(path: str | Path, *, max_side: int | None = None, scale: float | None = None,
               defer_colour: bool = False) -> SourcePhoto:
    """Decode ``path`` into an upright 8-bit sRGB image (RGB, or RGBA when it has alpha).

    ``max_side`` is the longest side of the largest output the photo will feed.
    The photo is then decoded at a reduced scale when it is at least twice as
    large as needed — JPEG in the DCT (``Image.draft``), so a 24 MP camera JPEG
    decodes at 1/2 or 1/4 of the work — while its *shorter* side stays
    ``>= max_side``, so a cover crop at any aspect never has to upscale.
    ``scale`` says it exactly instead: the smallest share of the full size the
    caller needs (e.g. 0.3), worked out from the outputs' media boxes.

    ``defer_colour``: an RGB photo with a colour profile (Display P3, Adobe
    RGB) is returned unconverted, with the conversion in
    :attr:`SourcePhoto.colour`; the caller applies it with
    :meth:`SourcePhoto.to_srgb` to what it cuts from the photo, at output size.

    Raises :class:`MediaError` for anything that is not a readable, allowed,
    reasonably sized photo.
    """
    if max_side is not None and max_side < 1:
        raise ValueError(f"max_side must be positive, got {max_side}")
    if scale is not None and not scale > 0:
        raise ValueError(f"scale must be positive, got {scale}")
    path = Path(path)
    try:
        return _decode(path, max_side, scale, defer_colour)
    except MemoryError:
        raise _out_of_memory(path) from None


def _needed(size: tuple[int, int], max_side: int | None, scale: float | None
            ) -> tuple[int, int] | None:
    """The smallest (width, height) the decode must keep, in the stored orientation."""
    if scale is not None:
        return (max(1, math.ceil(size[0] * min(scale, 1.0))),
                max(1, math.ceil(size[1] * min(scale, 1.0))))
    if max_side is not None:
        # Both sides >= max_side keeps the short side covered whatever the orientation.
        return (max_side, max_side)
    return None


def _decode(path: Path, max_side: int | None, scale: float | None = None,
            defer_colour: bool = False) -> SourcePhoto:
    with _open_file(path) as fp, _open_image(fp, path) as im:
        fmt = im.format or "?"
        orientation = _orientation(im, path)
        original_size = _upright(im.size, orientation)
        needed = _needed(im.size, max_side, scale)
        if needed is not None and fmt in ("JPEG", "MPO"):
            # The DCT scales by 1/2, 1/4, 1/8 while both sides stay >= needed.
            im.draft("RGB", needed)
        _load(im, fp, path)
        icc = im.info.get("icc_profile") or None
        adobe = "adobe" in im.info
        try:
            image: Image.Image = _eight_bit(im)
        except ValueError:  # a pixel layout Pillow decodes but cannot convert
            raise MediaError(f"unsupported colour format {im.mode} in this {fmt} file",
                             path=path, hint="save the photo again as an 8-bit RGB JPEG or PNG",
                             code="media.unsupported", format=fmt) from None
        if image.mode == "CMYK" and fmt in ("JPEG", "MPO") and not adobe:
            # Pillow always reads JPEG CMYK as Adobe-inverted; without the Adobe
            # marker the file holds plain ink values (as browsers assume), so undo it.
            image = ImageChops.invert(image)
    if needed is not None:
        image = _shrink(image, needed)
    colour = None
    if defer_colour and icc and image.mode in ("RGB", "RGBA"):
        colour = _transform_for(icc, "RGB")
    else:
        image = _to_srgb(image, icc, path)
    if image.mode == "RGBA" and image.getchannel("A").getextrema() == (255, 255):
        image = image.convert("RGB")
    if orientation in _UPRIGHT:
        image = image.transpose(_UPRIGHT[orientation])
    if image is im:
        # Nothing above made a new image: empty its cached EXIF in place (a
        # copy would cost ~50 ms at 24 MP) so no GPS or orientation rides along.
        image.getexif().clear()
    # Pixels only from here on: no EXIF, no source ICC profile (they are sRGB now).
    image.info.clear()
    return SourcePhoto(path=path, image=image, original_size=original_size, format=fmt,
                       colour=colour)


def probe_photo(path: str | Path) -> tuple[int, int]:
    """The upright (width, height) of a photo, from its header only (nothing is decoded).

    Applies the same checks as :func:`open_photo` that need no decoding (file,
    format allowlist, pixel limit) and raises the same :class:`MediaError`.
    """
    path = Path(path)
    with _open_file(path) as fp, _open_image(fp, path) as im:
        return _upright(im.size, _orientation(im, path))


# -- the file ---------------------------------------------------------------------------------


@contextmanager
def _open_file(path: Path) -> Iterator[BinaryIO]:
    """The file opened for reading, after the checks that need no content."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise _not_found(path) from None
    except NotADirectoryError:  # a folder in the path is a file
        raise _not_found(path) from None
    except PermissionError:
        raise _permission(path) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise _folder(path)
    if not stat.S_ISREG(st.st_mode):
        # Opening a pipe or a device could block forever.
        raise MediaError("this is not a regular file", path=path,
                         hint="choose a photo file", code="media.not_file")
    if st.st_size == 0:
        raise MediaError("the file is empty (0 bytes)", path=path,
                         hint="copy the photo again from the camera or phone",
                         code="media.empty")
    try:
        fp = path.open("rb")
    except FileNotFoundError:
        raise _not_found(path) from None
    except IsADirectoryError:
        raise _folder(path) from None
    except PermissionError:
        raise _permission(path) from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    with fp:
        yield fp


def _folder(path: Path) -> MediaError:
    return MediaError("this is a folder, not a photo", path=path,
                      hint="choose the photo files inside the folder", code="media.not_file")


def _not_found(path: Path) -> MediaError:
    return MediaError("the file does not exist", path=path,
                      hint="check the name and folder, or whether the drive is connected",
                      code="media.not_found")


def _permission(path: Path) -> MediaError:
    return MediaError("permission denied: the file cannot be read", path=path,
                      hint="copy the photo to a folder of your own, or ask for read access",
                      code="media.permission")


def _unreadable(path: Path, exc: OSError) -> MediaError:
    reason = exc.strerror or errno.errorcode.get(exc.errno or 0) or str(exc)
    return MediaError(f"the file cannot be read ({reason})", path=path,
                      hint="copy the photo to the computer's own disk and try again",
                      code="media.unreadable")


# -- identifying and decoding ----------------------------------------------------------------

_plugins_lock = threading.Lock()
_allowed: tuple[str, ...] | None = None


def _allowed_formats() -> tuple[str, ...]:
    """The allowlist as far as this installation can decode it (HEIF registered once)."""
    global _allowed
    if _allowed is None:
        with _plugins_lock:
            if _allowed is None:
                try:
                    import pillow_heif

                    # Thumbnails, depth maps and auxiliary images are never used:
                    # not decoding them saves time and memory on phone photos.
                    pillow_heif.register_heif_opener(thumbnails=False, depth_images=False,
                                                     aux_images=False)
                except ImportError:  # pragma: no cover - pillow-heif is a dependency
                    log.warning("pillow-heif is not installed: HEIC/HEIF photos cannot be opened")
                Image.init()
                # Image.open raises KeyError for a format it does not know.
                _allowed = tuple(f for f in PHOTO_FORMATS if f in Image.OPEN)
    return _allowed


@contextmanager
def _open_image(fp: BinaryIO, path: Path) -> Iterator[Image.Image]:
    """The photo's header parsed (nothing decoded yet), allowlisted and size-checked."""
    head = fp.read(64)
    fp.seek(0)
    try:
        im = Image.open(fp, formats=_allowed_formats())
    except Image.DecompressionBombError:
        # Pillow refuses the largest bombs itself, from the header.
        raise _too_large(path, None) from None
    except UnidentifiedImageError:
        raise _unidentified(fp, path, head) from None
    except Exception as exc:  # OSError, EOFError, a plugin tripping over a malformed header …
        raise _decode_error(fp, path, exc) from None
    with im:
        width, height = im.size
        if width * height > MAX_PIXELS:
            raise _too_large(path, im.size)
        if width < 1 or height < 1:
            raise _corrupt(path, ValueError("the image has no pixels"))
        if im.format == "TIFF" and (path.suffix.lower() in CAMERA_RAW_EXTENSIONS
                                    or _DNG_VERSION_TAG in getattr(im, "tag_v2", {})):
            raise _camera_raw(path)
        yield im


def _load(im: Image.Image, fp: BinaryIO, path: Path) -> None:
    try:
        im.load()
    except MemoryError:
        raise _out_of_memory(path) from None
    except Exception as exc:  # decoders raise OSError, ValueError, SyntaxError, struct.error …
        raise _decode_error(fp, path, exc) from None


def _decode_error(fp: BinaryIO, path: Path, exc: BaseException) -> MediaError:
    """Truncated (the transfer stopped early: copy again) or otherwise damaged."""
    text = str(exc).lower()
    if isinstance(exc, EOFError) or "truncated" in text or "end of file" in text:
        return _truncated(path)
    if _cut_short(fp):
        return _truncated(path)
    return _corrupt(path, exc)


def _cut_short(fp: BinaryIO) -> bool:
    """Whether a RIFF (WebP) or ISO-BMFF (HEIF, AVIF) container claims more bytes than the file has.

    Their decoders only say "could not decode"; the container's own sizes tell
    an interrupted copy apart from damage.
    """
    try:
        size = os.fstat(fp.fileno()).st_size
        fp.seek(0)
        head = fp.read(12)
        if head[:4] == b"RIFF":
            return int.from_bytes(head[4:8], "little") + 8 > size
        if head[4:8] != b"ftyp":
            return False
        offset = 0
        while offset + 8 <= size:
            fp.seek(offset)
            box = fp.read(16)
            length = int.from_bytes(box[:4], "big")
            if length == 1:  # a 64-bit size follows the type
                length = int.from_bytes(box[8:16], "big")
            elif length == 0:  # the box runs to the end of the file
                return False
            if length < 8:
                return False
            offset += length
        return offset > size
    except (OSError, ValueError):
        return False


def _out_of_memory(path: Path) -> MediaError:
    return MediaError("not enough memory to open this photo", path=path,
                      hint="close other programs, or use a smaller copy of the photo",
                      code="media.too_large")


def _too_large(path: Path, size: tuple[int, int] | None) -> MediaError:
    limit = f"{MAX_PIXELS / 1e6:.0f} megapixels"
    if size is None:
        message = f"the image is far too large (more than {limit})"
    else:
        message = (f"the image is too large: {size[0]}x{size[1]} pixels "
                   f"({size[0] * size[1] / 1e6:.0f} megapixels, the limit is {limit})")
    return MediaError(message, path=path,
                      hint="resize it to a camera-size photo (e.g. 6000x4000) and try again",
                      code="media.too_large", size=size, limit=MAX_PIXELS)


def _truncated(path: Path) -> MediaError:
    return MediaError("the file is incomplete (truncated): part of the photo is missing",
                      path=path,
                      hint="copy the photo again from the camera, phone or chat; "
                           "the transfer stopped early",
                      code="media.truncated")


def _corrupt(path: Path, exc: BaseException) -> MediaError:
    detail = str(exc).strip() or type(exc).__name__
    return MediaError(f"the photo is damaged and cannot be decoded ({detail})", path=path,
                      hint="open it in a photo viewer and save a new copy as JPEG or PNG",
                      code="media.corrupt")


def _camera_raw(path: Path) -> MediaError:
    return MediaError("camera RAW files are not supported", path=path,
                      hint="export a JPEG from the camera or photo editor and use that",
                      code="media.unsupported", format="RAW")


def _unidentified(fp: BinaryIO, path: Path, head: bytes) -> MediaError:
    """Why an image that is not on the allowlist was refused, as precisely as we can tell."""
    if path.suffix.lower() in CAMERA_RAW_EXTENSIONS:
        return _camera_raw(path)
    other = _identify_any(fp)
    if other is not None:
        return MediaError(f"unsupported format {other}", path=path, hint=_FORMAT_HINT,
                          code="media.unsupported", format=other)
    known = _allowed_signature(head)
    if known is not None:
        if _cut_short(fp):
            return _truncated(path)
        return MediaError(f"the file has a {known} header but cannot be read (damaged)",
                          path=path,
                          hint="copy the photo again, or open it in a photo viewer and save "
                               "a new copy", code="media.corrupt", format=known)
    what, hint = _describe_other(head)
    return MediaError(f"not a photo: {what}", path=path, hint=hint, code="media.not_image")


def _identify_any(fp: BinaryIO) -> str | None:
    """The format Pillow knows this file as, allowlist or not (header only)."""
    fp.seek(0)
    try:
        with Image.open(fp) as other:
            return other.format
    except Exception:  # not an image Pillow knows, or a broken one: either way unknown
        return None


def _allowed_signature(head: bytes) -> str | None:
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "TIFF"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WebP"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "AVIF" if head[8:12].startswith(b"avi") else "HEIC/HEIF"
    return None


def _describe_other(head: bytes) -> tuple[str, str]:
    """(what the file seems to be, what to do) for content that is no image at all."""
    if head[4:8] == b"ftyp" or head.startswith(b"\x1aE\xdf\xa3") or (
            head[:4] == b"RIFF" and head[8:12] == b"AVI "):
        return "it is a video", "add it as a video (MP4, MOV), not as a photo"
    if head.startswith(b"%PDF"):
        return "it is a PDF document", "export the page as a JPEG or PNG image first"
    if head.startswith(b"PK\x03\x04"):
        return "it is a ZIP archive or an office document", "extract or export the photo first"
    sample = head.lstrip(b"\xef\xbb\xbf")
    if sample and all(b in b"\t\n\r" or 32 <= b < 127 or b >= 128 for b in sample):
        return "it is a text file", _FORMAT_HINT
    return "the content is not an image format we know", _FORMAT_HINT


# -- normalising ---------------------------------------------------------------------------


def _orientation(im: Image.Image, path: Path) -> int:
    """The EXIF (or XMP) orientation 1–8 still to apply; 1 when absent or unreadable."""
    if im.format == "TIFF":
        # Pillow's TIFF plugin reports the upright size and rotates while
        # loading; pillow-heif does the same for HEIF (and resets the tag).
        return 1
    try:
        # The base implementation reads what the header gave; PngImageFile's own
        # would decode the whole image just to look for a late eXIf chunk.
        value = Image.Image.getexif(im).get(_ORIENTATION_TAG, 1)
    except Exception:  # malformed EXIF must not cost the photo
        log.debug("%s: unreadable EXIF, orientation ignored", path, exc_info=True)
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _upright(size: tuple[int, int], orientation: int) -> tuple[int, int]:
    return (size[1], size[0]) if orientation >= 5 else size


def _eight_bit(im: Image.Image) -> Image.Image:
    """``im`` in one of L, LA, RGB, RGBA, CMYK, LAB: 8 bits a channel, alpha kept."""
    mode = im.mode
    if mode in ("L", "RGB") and "transparency" in im.info:
        return im.convert("RGBA")  # a colour key (PNG tRNS) becomes real alpha
    if mode in ("L", "LA", "RGB", "RGBA", "CMYK", "LAB"):
        return im
    if mode in ("P", "PA"):
        return im.convert("RGBA" if im.has_transparency_data else "RGB")
    if mode == "1":
        return im.convert("L")
    if mode.startswith("I") or mode.startswith("F"):
        return _grey_to_eight_bit(im)
    if mode in ("La",):
        return im.convert("LA")
    if mode in ("RGBa",):
        return im.convert("RGBA")
    return im.convert("RGB")  # RGBX, YCbCr, HSV


def _grey_to_eight_bit(im: Image.Image) -> Image.Image:
    """16-bit (or 32-bit) grey scaled to 8 bits — Pillow's own convert would clip at 255."""
    values = np.asarray(im)
    if im.mode.startswith("F"):
        top = float(values.max()) if values.size else 0.0
        # Float images are either 0..1 (the common convention) or 0..255.
        scaled = values * 255.0 if top <= 1.0 else values
        return Image.fromarray(np.clip(scaled + 0.5, 0, 255).astype(np.uint8))
    # I;16 (PNG, TIFF) and I (older Pillow, signed TIFF) hold 16-bit samples.
    wide = np.clip(values.astype(np.int64, copy=False), 0, 65535)
    return Image.fromarray((wide >> 8).astype(np.uint8))


def _shrink(image: Image.Image, needed: tuple[int, int]) -> Image.Image:
    """Integer box reduction when the photo is still at least twice as large as needed."""
    factor = min(image.width // needed[0], image.height // needed[1])
    if factor < 2 or image.mode not in ("L", "LA", "RGB", "RGBA", "CMYK"):
        return image
    if image.mode in ("LA", "RGBA"):
        # resize() weights colour by alpha; reduce() would bleed hidden pixels into edges.
        size = (image.width // factor, image.height // factor)
        return image.resize(size, Image.Resampling.BOX)
    return image.reduce(factor)


def _to_srgb(image: Image.Image, icc: bytes | None, path: Path) -> Image.Image:
    """``image`` (L, LA, RGB, RGBA, CMYK or LAB) in sRGB as RGB or RGBA."""
    if image.mode == "LAB":
        return ImageCms.applyTransform(image, _lab_transform())
    colour_mode = image.mode.removesuffix("A") if image.mode in ("LA", "RGBA") else image.mode
    transform = _transform_for(icc, colour_mode) if icc else None
    if transform is not None:
        converted = _apply(image, transform, path)
        if converted is not None:
            return converted
    # Untagged (or an unusable profile): L/LA/RGB are sRGB by convention; CMYK
    # gets Pillow's naive conversion, the best there is without a profile.
    if image.mode in ("RGB", "RGBA"):
        return image
    return image.convert("RGBA" if image.mode == "LA" else "RGB")


def _apply(image: Image.Image, transform: ImageCms.ImageCmsTransform, path: Path
           ) -> Image.Image | None:
    """``image`` through ``transform``, alpha kept; None when LittleCMS cannot apply it."""
    colour_mode = image.mode.removesuffix("A") if image.mode in ("LA", "RGBA") else image.mode
    alpha = image.getchannel("A") if colour_mode != image.mode else None
    try:
        # LittleCMS converts the colour; the alpha is put back untouched.
        colour = image if alpha is None else image.convert(colour_mode)
        converted = ImageCms.applyTransform(colour, transform)
    except Exception:  # a profile LittleCMS accepted but cannot apply: treat as sRGB
        log.warning("%s: colour profile could not be applied; assuming sRGB", path,
                    exc_info=True)
        return None
    if alpha is not None:
        converted.putalpha(alpha)
    return converted


@lru_cache(maxsize=1)
def _srgb_profile() -> ImageCms.ImageCmsProfile:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


@lru_cache(maxsize=1)
def _lab_transform() -> ImageCms.ImageCmsTransform:
    lab = ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB"))
    return ImageCms.buildTransform(lab, _srgb_profile(), "LAB", "RGB",
                                   ImageCms.Intent.RELATIVE_COLORIMETRIC,
                                   flags=ImageCms.Flags.NOCACHE)


_PROFILE_SPACES = {"L": "GRAY", "RGB": "RGB", "CMYK": "CMYK"}


@lru_cache(maxsize=8)
def _transform_for(icc: bytes, mode: str) -> ImageCms.ImageCmsTransform | None:
    """The transform from this embedded profile to sRGB; None when none is needed or possible.

    Cached by the profile's bytes: a batch from one camera builds it once.
    """
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        space = source.profile.xcolor_space.strip()
        if space != _PROFILE_SPACES.get(mode):
            # A profile that does not match the pixels (e.g. RGB profile on a
            # grey JPEG) is ignored, as browsers do.
            return None
        intent = (ImageCms.Intent.PERCEPTUAL
                  if source.profile.is_intent_supported(ImageCms.Intent.PERCEPTUAL,
                                                        ImageCms.Direction.INPUT)
                  else ImageCms.Intent.RELATIVE_COLORIMETRIC)
        # NOCACHE: LittleCMS's one-pixel cache is not safe when batch workers
        # apply the same transform at once.
        transform = ImageCms.buildTransform(source, _srgb_profile(), mode, "RGB", intent,
                                            flags=ImageCms.Flags.NOCACHE)
    except Exception:  # a broken profile: the pixels are still worth showing
        log.warning("ignoring an unreadable colour profile", exc_info=True)
        return None
    if mode != "CMYK" and _acts_as_srgb(transform, mode):
        # Most tagged photos are already sRGB: skip ~0.1 s per photo of no-op work.
        return None
    return transform


def _acts_as_srgb(transform: ImageCms.ImageCmsTransform, mode: str) -> bool:
    """Whether the transform leaves every level of every channel within 2 of itself."""
    ramp = np.arange(256, dtype=np.uint8)
    if mode == "L":
        probe = Image.fromarray(ramp[None, :])
        expected = np.repeat(ramp[None, :, None], 3, axis=2)
    else:
        zeros = np.zeros(256, dtype=np.uint8)
        rows = [np.stack(c, axis=-1) for c in (
            (ramp, zeros, zeros), (zeros, ramp, zeros), (zeros, zeros, ramp), (ramp, ramp, ramp),
            (ramp, ramp, zeros), (zeros, ramp, ramp), (ramp, zeros, ramp))]
        expected = np.stack(rows)
        probe = Image.fromarray(expected)
    result = np.asarray(ImageCms.applyTransform(probe, transform), dtype=np.int16)
    return bool(np.abs(result - expected.astype(np.int16)).max() <= 2)

