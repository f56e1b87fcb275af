"""Opening images safely: the one loader for every image the app decodes.

Photos, template assets, brand-kit logos and the frames ffmpeg hands back all
come through here; nothing else in the code calls ``Image.open`` (a ruff
``banned-api`` rule and a test keep it so). Each kind of image has its rules
(:class:`ImageRules`): an allowlist of formats identified by *content*, not by
extension (``Image.open(..., formats=[...])``), and pixel limits checked from
the header before anything is decoded. Ghostscript is switched off for good
(an EPS or PostScript file, whatever its name, is never rendered), and
Pillow's own ``DecompressionBombError`` becomes this module's error.

A photo's decode memory is estimated from its header (bit depth x pixels x
bands, plus what the decoder keeps on the side): :func:`estimate_photo_memory`
tells the batch engine what a photo will cost, and :func:`open_photo` decodes a
photo that would not fit :data:`PHOTO_MEMORY_BUDGET` at a reduced scale where
the format allows it (JPEG) and refuses it otherwise.

Orientation, colour profile, bit depth and alpha are normalised so the
renderer always gets an upright 8-bit sRGB image (mode RGB or RGBA) and no
metadata (GPS above all) travels further than this module. Every failure
becomes a :class:`MediaError` naming the file, what went wrong and what to do,
with a stable ``code`` the GUI translates:

``media.not_found``, ``media.not_file``, ``media.permission``,
``media.unreadable``, ``media.empty``, ``media.not_image``,
``media.unsupported``, ``media.too_large``, ``media.too_much_memory``,
``media.truncated``, ``media.corrupt``.
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

from PIL import EpsImagePlugin, Image, ImageChops, ImageCms, UnidentifiedImageError

from studio.errors import MediaError

log = logging.getLogger(__name__)

# Ghostscript is never started, whatever a file claims to be: Pillow runs it to
# render EPS/PostScript, and a PostScript "image" is a program (it can read
# files and loop forever). With ``gs_binary`` False Pillow believes it is not
# installed, so even a stray EPS load fails instead of running it.
EpsImagePlugin.gs_binary = False
EpsImagePlugin.gs_windows_binary = False
# Every header is checked against this module's own limits (lower than
# Pillow's) right after it is parsed, with the size in the message; Pillow's
# global check would refuse the largest bombs first, without saying how large.
Image.MAX_IMAGE_PIXELS = None

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

# Template and brand-kit assets (logos, icons, patterns): drawn by designers,
# a few hundred pixels to a full 4K canvas.
ASSET_FORMATS = ("PNG", "JPEG", "WEBP")
ASSET_DESCRIPTION = "PNG, JPEG or WebP"
MAX_ASSET_PIXELS = 25_000_000
MAX_ASSET_SIDE = 10_000

# Frames ffmpeg decodes for previews and posters come back as PNG.
FRAME_FORMATS = ("PNG",)
MAX_FRAME_PIXELS = 8192 * 8192

# A batch worker has about 700 MB; the interpreter, Pillow, OpenCV and the
# composition caches take about 150 MB of it, so one photo's decode may use the rest.
WORKER_MEMORY_BUDGET = 700 * 2**20
PHOTO_MEMORY_BUDGET = 550 * 2**20

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
class ImageRules:
    """What one kind of image may be: formats (by content), pixel limits, and the words for it."""

    what: str                       # "photo", "image asset", "video frame"
    formats: tuple[str, ...]
    description: str                # the formats in words, for messages
    max_pixels: int
    max_side: int | None = None
    resize_hint: str = "resize it to a camera-size photo (e.g. 6000x4000) and try again"

    @property
    def format_hint(self) -> str:
        return f"use {_article(self.what)} in {self.description} format"


PHOTO_RULES = ImageRules("photo", PHOTO_FORMATS, ACCEPTED_DESCRIPTION, MAX_PIXELS)
ASSET_RULES = ImageRules("image asset", ASSET_FORMATS, ASSET_DESCRIPTION, MAX_ASSET_PIXELS,
                         MAX_ASSET_SIDE,
                         resize_hint=f"save it at most {MAX_ASSET_SIDE} pixels on a side "
                                     f"({MAX_ASSET_PIXELS / 1e6:.0f} megapixels) as PNG")
FRAME_RULES = ImageRules("video frame", FRAME_FORMATS, "PNG", MAX_FRAME_PIXELS,
                         resize_hint="use a clip of at most 8K resolution")


@dataclass(frozen=True)
class AssetInfo:
    """An image asset as its header describes it (nothing decoded)."""

    path: Path
    format: str
    size: tuple[int, int]


@dataclass(frozen=True)
class DecodeEstimate:
    """What decoding a photo will cost, from its header only.

    ``full_bytes`` is the peak memory of a full-size decode; ``bytes`` the peak
    at ``scale`` (1, 2, 4 or 8: the reduction :func:`open_photo` will use, for
    the requested ``max_side`` and within :data:`PHOTO_MEMORY_BUDGET`).
    ``fits`` is False when even the smallest possible scale is over the budget:
    :func:`open_photo` refuses such a photo with ``media.too_much_memory``.
    """

    path: Path
    format: str
    mode: str
    size: tuple[int, int]
    full_bytes: int
    bytes: int
    scale: int
    fits: bool


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

    A photo whose decode would not fit :data:`PHOTO_MEMORY_BUDGET` is decoded
    at a smaller scale when its format allows (JPEG), else refused with
    ``media.too_much_memory`` (see :func:`estimate_photo_memory`).

    Raises :class:`MediaError` for anything that is not a readable, allowed,
    reasonably sized photo.
    """
    if max_side is not None and max_side < 1:
        raise ValueError(f"max_side must be positive, got {max_side}")
    if scale is not None and not scale > 0:
        raise ValueError(f"scale must be positive, got {scale}")
    path = Path(path)
    try:
        return _decode(path, max_side, PHOTO_RULES, scale=scale, defer_colour=defer_colour)
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


def probe_photo(path: str | Path) -> tuple[int, int]:
    """The upright (width, height) of a photo, from its header only (nothing is decoded).

    Applies the same checks as :func:`open_photo` that need no decoding (file,
    format allowlist, pixel limit) and raises the same :class:`MediaError`.
    """
    path = Path(path)
    with _open_file(path) as fp, _open_image(fp, path, PHOTO_RULES) as im:
        return _upright(im.size, _orientation(im, path))


def estimate_photo_memory(path: str | Path, *, max_side: int | None = None,
                          scale: float | None = None,
                          budget: int | None = None) -> DecodeEstimate:
    """The peak memory :func:`open_photo` will need for ``path``, from its header only.

    For the batch engine's scheduling: a photo costs ``estimate.bytes`` while
    it is decoded. ``max_side`` and ``scale`` as for :func:`open_photo`.
    ``budget`` defaults to :data:`PHOTO_MEMORY_BUDGET`. Raises
    the same :class:`MediaError` as :func:`probe_photo` for a photo that cannot
    be opened at all; a photo too large for the budget is *not* an error here
    (``fits`` is False), so a scheduler can report it with the others.
    """
    path = Path(path)
    with _open_file(path) as fp, _open_image(fp, path, PHOTO_RULES) as im:
        return _estimate(im, path, max_side, PHOTO_MEMORY_BUDGET if budget is None else budget,
                         scale=scale)


def load_image_asset(path: str | Path) -> Image.Image:
    """A template or brand-kit image (logo, icon, pattern) as 8-bit sRGB RGBA.

    Only :data:`ASSET_FORMATS`, identified by content, at most
    :data:`MAX_ASSET_PIXELS`; raises :class:`MediaError` otherwise.
    """
    path = Path(path)
    try:
        image = _decode(path, None, ASSET_RULES).image
    except MemoryError:
        raise _out_of_memory(path) from None
    return image if image.mode == "RGBA" else image.convert("RGBA")


def check_image_asset(path: str | Path) -> AssetInfo:
    """Header-only check of a template or brand-kit image: allowed format, sane size.

    What ``templates validate`` and package import run on every image a
    template uses; raises the :class:`MediaError` a render would.
    """
    path = Path(path)
    with _open_file(path) as fp, _open_image(fp, path, ASSET_RULES) as im:
        return AssetInfo(path=path, format=im.format or "?", size=im.size)


def decode_frame(data: bytes, *, source: Path | None = None) -> Image.Image:
    """A frame ffmpeg wrote to a pipe (PNG) as RGB, with the same checks as a file.

    ``source`` is the clip it came from, for messages.
    """
    path = source or Path("<frame>")
    fp = io.BytesIO(data)
    if not data:
        raise MediaError("ffmpeg returned an empty frame", path=path, hint=_COPY_AGAIN,
                         code="media.empty")
    try:
        with _open_image(fp, path, FRAME_RULES) as im:
            _load(im, fp, path)
            return im.convert("RGB")
    except MemoryError:
        raise _out_of_memory(path) from None


def _decode(path: Path, max_side: int | None, rules: ImageRules, *,
            scale: float | None = None, defer_colour: bool = False) -> SourcePhoto:
    with _open_file(path) as fp, _open_image(fp, path, rules) as im:
        fmt = im.format or "?"
        orientation = _orientation(im, path)
        original_size = _upright(im.size, orientation)
        needed = _needed(im.size, max_side, scale)
        if rules is PHOTO_RULES:
            estimate = _estimate(im, path, max_side, PHOTO_MEMORY_BUDGET, scale=scale)
            if not estimate.fits:
                raise _too_much_memory(path, estimate)
            if estimate.scale > 1:
                # JPEG decodes at 1/2, 1/4 or 1/8 in the DCT: far less work and memory.
                # The estimate's scale is what the outputs allow, or more when the
                # memory budget demands it.
                im.draft("RGB", (im.width // estimate.scale, im.height // estimate.scale))
        _load(im, fp, path)
        icc = im.info.get("icc_profile") or None
        adobe = "adobe" in im.info
        try:
            image: Image.Image = _eight_bit(im)
        except ValueError:  # a pixel layout Pillow decodes but cannot convert
            raise MediaError(f"unsupported colour format {im.mode} in this {fmt} file",
                             path=path, hint="save the image again as an 8-bit RGB JPEG or PNG",
                             code="media.unsupported", format=fmt) from None
        if image.mode == "CMYK" and fmt in ("JPEG", "MPO") and not adobe:
            # Pillow always reads JPEG CMYK as Adobe-inverted; without the Adobe
            # marker the file holds plain ink values (as browsers assume), so undo it.
            image = ImageChops.invert(image)
    # The decoded original goes as soon as an 8-bit copy exists: no two
    # full-size copies live longer than one conversion.
    del im
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
    else:
        # Nothing above may have made a new image: empty its cached EXIF in
        # place (a copy would cost ~50 ms at 24 MP) so no GPS or orientation rides along.
        image.getexif().clear()
    # Pixels only from here on: no EXIF, no source ICC profile (they are sRGB now).
    image.info.clear()
    return SourcePhoto(path=path, image=image, original_size=original_size, format=fmt,
                       colour=colour)


# -- memory -----------------------------------------------------------------------------------

# Bytes a pixel takes in Pillow's own storage, by mode (RGB is stored as 4 bytes).
_PILLOW_BYTES = {"1": 1, "L": 1, "P": 1, "I;16": 2, "I;16L": 2, "I;16B": 2, "I;16N": 2}
_GREY_MODES = ("1", "L", "I;16", "I;16L", "I;16B", "I;16N", "I", "F")
# What a decoder keeps beside the image while decoding, in bytes per pixel:
# libwebp holds its own canvas and hands Pillow a copy of it; libheif decodes
# into its own buffer first. The others decode straight into the image.
_DECODER_EXTRA = {"WEBP": 12, "HEIF": 4, "AVIF": 4}
_JPEG_SCALES = (1, 2, 4, 8)
# Interpreter-side buffers of one decode (file buffers, strip bands, LUTs).
_DECODE_OVERHEAD = 8 * 2**20


def _estimate(im: Image.Image, path: Path, max_side: int | None, budget: int, *,
              scale: float | None = None) -> DecodeEstimate:
    fmt = im.format or "?"
    width, height = im.size
    turn = _orientation(im, path) in _UPRIGHT
    icc = bool(im.info.get("icc_profile"))

    def peak(scale: int) -> int:
        return _peak_bytes(fmt, im.mode, _scaled_pixels(width, height, scale), turn=turn,
                           icc=icc)

    reducible = fmt in ("JPEG", "MPO")
    reduce = 1
    wanted = _needed((width, height), max_side, scale)
    if reducible and wanted is not None:
        # As many halvings as keep both sides >= what the outputs need (see open_photo).
        reduce = max(s for s in _JPEG_SCALES
                     if (width // s >= wanted[0] and height // s >= wanted[1]) or s == 1)
    needed = peak(reduce)
    while needed > budget and reducible and reduce < _JPEG_SCALES[-1]:
        reduce *= 2
        needed = peak(reduce)
    return DecodeEstimate(path=path, format=fmt, mode=im.mode, size=(width, height),
                          full_bytes=peak(1), bytes=needed, scale=reduce, fits=needed <= budget)


def _scaled_pixels(width: int, height: int, scale: int) -> int:
    return -(-width // scale) * -(-height // scale)


def _peak_bytes(fmt: str, mode: str, pixels: int, *, turn: bool, icc: bool) -> int:
    """Peak bytes of :func:`_decode` for ``pixels`` pixels stored in ``mode``.

    Stage by stage, in bytes per pixel: the decoder's buffers beside the image
    in its own mode; the 8-bit copy beside the decoded one (wide grey, palette);
    the RGB copy of a grey, CMYK or alpha image beside the 8-bit one (an RGB
    colour transform works in place); the turned copy beside the upright one.
    The largest stage is the peak. Checked against the process's real peak in
    benchmarks/decode_memory.py.
    """
    native = _PILLOW_BYTES.get(mode, 4)
    eight = 1 if mode in _GREY_MODES else 4
    stages = [native + _DECODER_EXTRA.get(fmt, 0)]
    if mode not in ("L", "LA", "RGB", "RGBA", "RGBX", "CMYK", "LAB"):
        stages.append(native + eight)
    if mode == "CMYK":
        stages += [8, 8]  # the ink inversion, then CMYK -> RGB beside it
    elif mode in ("RGBA", "LA", "PA", "La", "RGBa") or (mode == "P"):
        # Alpha kept apart, the colour converted, then the opaque test's copy.
        stages.append(13 if icc else 9)
    elif eight == 1:
        stages.append(1 + 4)  # grey -> RGB
    if turn:
        stages.append(8)
    return int(pixels * max(stages) * 1.15) + _DECODE_OVERHEAD


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
_heif_ready = False


def _allowed_formats(wanted: tuple[str, ...] = PHOTO_FORMATS) -> tuple[str, ...]:
    """The allowlist as far as this installation can decode it (HEIF registered once)."""
    global _heif_ready
    if not _heif_ready:
        with _plugins_lock:
            if not _heif_ready:
                try:
                    import pillow_heif

                    # Thumbnails, depth maps and auxiliary images are never used:
                    # not decoding them saves time and memory on phone photos.
                    pillow_heif.register_heif_opener(thumbnails=False, depth_images=False,
                                                     aux_images=False)
                except ImportError:  # pragma: no cover - pillow-heif is a dependency
                    log.warning("pillow-heif is not installed: HEIC/HEIF photos cannot be opened")
                Image.init()
                _heif_ready = True
    # Image.open raises KeyError for a format it does not know.
    return tuple(f for f in wanted if f in Image.OPEN)


@contextmanager
def _open_image(fp: BinaryIO, path: Path, rules: ImageRules) -> Iterator[Image.Image]:
    """The image's header parsed (nothing decoded yet), allowlisted and size-checked."""
    head = fp.read(64)
    fp.seek(0)
    formats = _allowed_formats(rules.formats)
    try:
        im = Image.open(fp, formats=formats)
    except Image.DecompressionBombError:
        # Pillow refuses the largest bombs itself, from the header.
        raise _too_large(path, None, rules) from None
    except UnidentifiedImageError:
        raise _unidentified(fp, path, head, rules) from None
    except RecursionError:  # a malformed header that nests without end
        raise _corrupt(path, ValueError("the header nests too deeply")) from None
    except Exception as exc:  # OSError, EOFError, a plugin tripping over a malformed header …
        raise _decode_error(fp, path, exc) from None
    with im:
        width, height = im.size
        if width * height > rules.max_pixels or (
                rules.max_side is not None and max(width, height) > rules.max_side):
            raise _too_large(path, im.size, rules)
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


_COPY_AGAIN = "copy the file again; if it keeps failing, the clip or image is damaged"


def _out_of_memory(path: Path) -> MediaError:
    return MediaError("not enough memory to open this image", path=path,
                      hint="close other programs, or use a smaller copy of the image",
                      code="media.too_much_memory")


def _too_much_memory(path: Path, estimate: DecodeEstimate) -> MediaError:
    mib = estimate.bytes / 2**20
    budget = PHOTO_MEMORY_BUDGET / 2**20
    return MediaError(
        f"the photo would need about {mib:,.0f} MB of memory to open "
        f"({estimate.size[0]}x{estimate.size[1]} pixels, {estimate.format} {estimate.mode}); "
        f"the limit for one photo is {budget:,.0f} MB", path=path,
        hint="save it as an 8-bit JPEG, or at a smaller size, and try again",
        code="media.too_much_memory", size=estimate.size, needed=estimate.bytes,
        limit=PHOTO_MEMORY_BUDGET)


def _too_large(path: Path, size: tuple[int, int] | None, rules: ImageRules = PHOTO_RULES
               ) -> MediaError:
    limit = f"{rules.max_pixels / 1e6:.0f} megapixels"
    if rules.max_side is not None:
        limit += f" or {rules.max_side} pixels on a side"
    if size is None:
        message = f"the {rules.what} is far too large (more than {limit})"
    else:
        message = (f"the {rules.what} is too large: {size[0]}x{size[1]} pixels "
                   f"({size[0] * size[1] / 1e6:.0f} megapixels, the limit is {limit})")
    return MediaError(message, path=path, hint=rules.resize_hint,
                      code="media.too_large", size=size, limit=rules.max_pixels)


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


def _unidentified(fp: BinaryIO, path: Path, head: bytes, rules: ImageRules) -> MediaError:
    """Why an image that is not on the allowlist was refused, as precisely as we can tell."""
    if rules is PHOTO_RULES and path.suffix.lower() in CAMERA_RAW_EXTENSIONS:
        return _camera_raw(path)
    other = _identify_any(fp)
    if other is not None:
        return MediaError(f"unsupported format {other}", path=path, hint=rules.format_hint,
                          code="media.unsupported", format=other)
    known = _allowed_signature(head)
    if known is not None:
        if _cut_short(fp):
            return _truncated(path)
        return MediaError(f"the file has a {known} header but cannot be read (damaged)",
                          path=path,
                          hint="copy the file again, or open it in a photo viewer and save "
                               "a new copy", code="media.corrupt", format=known)
    what, hint = _describe_other(head)
    if hint == _FORMAT_HINT:
        hint = rules.format_hint
    return MediaError(f"not {_article(rules.what)}: {what}", path=path, hint=hint,
                      code="media.not_image")


def _article(what: str) -> str:
    return ("an " if what[0] in "aeiou" else "a ") + what


def _identify_any(fp: BinaryIO) -> str | None:
    """The format Pillow knows this file as, allowlist or not (header only).

    Only to name what was refused: the header is parsed, nothing is decoded
    (and Ghostscript is switched off, see the top of this module).
    """
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


# Wide grey images are converted a band of rows at a time, so the conversion
# needs the 8-bit result and one small band beside the decoded image, never a
# second full-size wide copy.
_BAND_PIXELS = 1 << 20


def _grey_to_eight_bit(im: Image.Image) -> Image.Image:
    """16-bit (or 32-bit) grey scaled to 8 bits — Pillow's own convert would clip at 255."""
    import numpy as np  # here, not at import: the app's start does without it

    width, height = im.size
    out = Image.new("L", im.size)
    scale = 1.0
    if im.mode.startswith("F"):
        _low, high = im.getextrema()
        # Float images are either 0..1 (the common convention) or 0..255.
        scale = 255.0 if high <= 1.0 else 1.0
    rows = max(1, _BAND_PIXELS // max(1, width))
    for top in range(0, height, rows):
        box = (0, top, width, min(height, top + rows))
        values = np.asarray(im.crop(box))
        if im.mode.startswith("F"):
            band = np.clip(values * scale + 0.5, 0, 255).astype(np.uint8)
        else:
            # I;16 (PNG, TIFF) and I (older Pillow, signed TIFF) hold 16-bit samples.
            band = (np.clip(values, 0, 65535) >> 8).astype(np.uint8)
        out.paste(Image.fromarray(band), box[:2])
    return out


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
        converted = _apply(image, transform, path, in_place=True)
        if converted is not None:
            return converted
    # Untagged (or an unusable profile): L/LA/RGB are sRGB by convention; CMYK
    # gets Pillow's naive conversion, the best there is without a profile.
    if image.mode in ("RGB", "RGBA"):
        return image
    return image.convert("RGBA" if image.mode == "LA" else "RGB")


def _apply(image: Image.Image, transform: ImageCms.ImageCmsTransform, path: Path, *,
           in_place: bool = False) -> Image.Image | None:
    """``image`` through ``transform``, alpha kept; None when LittleCMS cannot apply it.

    ``in_place``: an RGB image may be converted where it is (no second full-size
    copy); only for an image nobody else holds.
    """
    colour_mode = image.mode.removesuffix("A") if image.mode in ("LA", "RGBA") else image.mode
    alpha = image.getchannel("A") if colour_mode != image.mode else None
    try:
        # LittleCMS converts the colour; the alpha is put back untouched.
        colour = image if alpha is None else image.convert(colour_mode)
        if colour_mode == "RGB" and (in_place or alpha is not None):
            ImageCms.applyTransform(colour, transform, inPlace=True)
            converted = colour
        else:
            converted = ImageCms.applyTransform(colour, transform)
    except Exception as exc:  # a profile LittleCMS accepted but cannot apply: sRGB
        # A warning, not a traceback: the photo is fine, only its profile is not.
        log.warning("%s: colour profile could not be applied (%s); assuming sRGB", path, exc)
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
    except Exception as exc:  # a broken profile: the pixels are still worth showing
        log.warning("ignoring an unreadable colour profile (%s: %s)", type(exc).__name__,
                    str(exc)[:200])
        return None
    if mode != "CMYK" and _acts_as_srgb(transform, mode):
        # Most tagged photos are already sRGB: skip ~0.1 s per photo of no-op work.
        return None
    return transform


def _acts_as_srgb(transform: ImageCms.ImageCmsTransform, mode: str) -> bool:
    """Whether the transform leaves every level of every channel within 2 of itself."""
    import numpy as np

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

