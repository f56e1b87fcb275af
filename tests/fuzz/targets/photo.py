"""Photo opening: every image the app decodes goes through ``studio.media``.

Cases are real images Pillow writes (every allowed format and several refused
ones, many modes, EXIF orientations, colour profiles, animation), then bent:
header fields patched to huge or zero sizes with valid checksums, truncated,
bytes flipped, chunks inserted; and stored under any extension. The action
runs every entry point of the loader on the file: header probe, memory
estimate, full decode at a few sizes, the template-asset rules and the
video-frame rules (from bytes).
"""

from __future__ import annotations

import io
import struct

from hypothesis import strategies as st
from PIL import Image, ImageCms

from studio.errors import MediaError
from tests.fuzz.harness import Case, Target, Workspace
from tests.fuzz.strategies import mutate, png_chunk

_FORMATS = ("PNG", "JPEG", "WEBP", "GIF", "TIFF", "BMP", "HEIF",  # allowed as photos
            "ICO", "PPM", "TGA", "PCX", "SGI", "EPS", "IM", "DDS", "QOI", "PDF")
_MODES = ("RGB", "RGBA", "L", "LA", "P", "1", "I;16", "I", "F", "CMYK", "YCbCr", "PA")
_EXTENSIONS = (".jpg", ".png", ".heic", ".webp", ".tif", ".gif", ".bmp", ".jpeg", ".dng",
               ".txt", "", ".JPG", ".avif", ".mpo")


def _srgb_icc() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _save(image: Image.Image, fmt: str, *, exif: int | None, icc: str, frames: int,
          extra: dict) -> bytes:
    buffer = io.BytesIO()
    params: dict = dict(extra)
    if exif is not None and fmt in ("JPEG", "PNG", "WEBP", "TIFF", "HEIF"):
        e = Image.Exif()
        e[0x0112] = exif
        params["exif"] = e.tobytes()
    if icc != "none" and fmt in ("JPEG", "PNG", "WEBP", "TIFF", "HEIF"):
        params["icc_profile"] = _srgb_icc() if icc == "srgb" else bytes(range(256)) * 2
    if frames > 1 and fmt in ("GIF", "PNG", "WEBP", "TIFF"):
        params["save_all"] = True
        params["append_images"] = [image.transpose(Image.Transpose.ROTATE_180)] * (frames - 1)
    if fmt == "HEIF":
        import pillow_heif

        pillow_heif.register_heif_opener()
    try:
        image.save(buffer, fmt, **params)
    except Exception:
        # This mode cannot be written in this format: a plain RGB one can.
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, fmt if fmt != "EPS" else "PNG")
    return buffer.getvalue()


@st.composite
def _image_bytes(draw: st.DrawFn) -> bytes:
    fmt = draw(st.sampled_from(_FORMATS))
    mode = draw(st.sampled_from(_MODES))
    width, height = draw(st.integers(1, 48)), draw(st.integers(1, 48))
    base = Image.new("RGB", (width, height), tuple(draw(st.lists(st.integers(0, 255),
                                                                  min_size=3, max_size=3))))
    base.putpixel((0, 0), (255, 0, 0))
    try:
        image = base.convert(mode)
    except ValueError:
        image = base
    exif = draw(st.one_of(st.none(), st.integers(0, 9), st.just(65535)))
    icc = draw(st.sampled_from(("none", "none", "srgb", "junk")))
    frames = draw(st.sampled_from((1, 1, 1, 2)))
    extra: dict = {}
    if fmt == "JPEG":
        extra = {"progressive": draw(st.booleans()), "quality": draw(st.integers(1, 95))}
    elif fmt == "TIFF":
        # libtiff's JPEG *writer* crashes the process on other modes (a Pillow bug in
        # writing, which the app never does): only 8-bit modes get JPEG compression.
        jpeg = ("jpeg",) if image.mode in ("RGB", "L", "CMYK", "YCbCr") else ()
        extra = {"compression": draw(st.sampled_from(("raw", "tiff_deflate", "packbits",
                                                        "tiff_lzw", *jpeg)))}
    return _save(image, fmt, exif=exif, icc=icc, frames=frames, extra=extra)


_SIZES = (0, 1, 2, 255, 9_000, 10_001, 30_000, 65_535, 65_536, 2**31 - 1, 2**32 - 1)


@st.composite
def _patch_header(draw: st.DrawFn, data: bytes) -> bytes:
    """Width/height in the header set to limits, with the checksums still right."""
    w, h = draw(st.sampled_from(_SIZES)), draw(st.sampled_from(_SIZES))
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR":
        ihdr = struct.pack(">II", w, h) + data[24:29]
        patched = data[:8] + png_chunk(b"IHDR", ihdr) + data[33:]
        if draw(st.booleans()):
            # An extra chunk before the data: text, a profile, an unknown one.
            kind = draw(st.sampled_from((b"tEXt", b"iCCP", b"zTXt", b"eXIf", b"abCD", b"acTL")))
            payload = draw(st.binary(max_size=64))
            patched = patched[:33] + png_chunk(kind, payload) + patched[33:]
        return patched
    if data.startswith(b"\xff\xd8"):
        for marker in (b"\xff\xc0", b"\xff\xc2", b"\xff\xc1"):
            at = data.find(marker)
            if at > 0:
                return (data[:at + 5] + struct.pack(">HH", min(h, 65535), min(w, 65535))
                        + data[at + 9:])
    if data.startswith(b"BM") and len(data) >= 26:
        return data[:18] + struct.pack("<ii", min(w, 2**31 - 1), min(h, 2**31 - 1)) + data[26:]
    if data.startswith(b"GIF") and len(data) >= 10:
        return data[:6] + struct.pack("<HH", min(w, 65535), min(h, 65535)) + data[10:]
    return data


@st.composite
def photo_case(draw: st.DrawFn) -> Case:
    data = draw(_image_bytes())
    if draw(st.integers(0, 3)) == 0:
        data = draw(_patch_header(data))
    data = draw(mutate(data))
    name = "foto" + draw(st.sampled_from(_EXTENSIONS))
    max_side = draw(st.sampled_from((None, 1, 16, 1080)))
    return Case(files={name: data}, params={"name": name, "max_side": max_side})


def _check_photo(photo, name: str) -> None:
    image = photo.image
    assert image.mode in ("RGB", "RGBA"), f"{name}: decoded as mode {image.mode}"
    assert image.width >= 1 and image.height >= 1, f"{name}: empty image"
    assert not image.info, f"{name}: metadata left on the image: {sorted(image.info)}"
    assert min(photo.original_size) >= 1


def open_everything(ws: Workspace, case: Case) -> str:
    from studio import media

    path = ws.inputs / case.params["name"]
    outcomes = []
    for name, call in (
        ("probe", lambda: media.probe_photo(path)),
        ("estimate", lambda: media.estimate_photo_memory(path,
                                                         max_side=case.params["max_side"])),
        ("open", lambda: _check_photo(media.open_photo(path, max_side=case.params["max_side"]),
                                      "open_photo")),
        ("asset-check", lambda: media.check_image_asset(path)),
        ("asset", lambda: media.load_image_asset(path)),
        ("frame", lambda: media.decode_frame(path.read_bytes(), source=path)),
    ):
        try:
            call()
            outcomes.append(f"{name}:ok")
        except MediaError as exc:
            from tests.fuzz.harness import check_error

            problem = check_error(exc)
            if problem:
                raise AssertionError(f"{name}: {problem}") from exc
            outcomes.append(f"{name}:{exc.code}")
    # The full decode's outcome first: the runner counts outcomes by the first word.
    return " ".join(sorted(outcomes, key=lambda o: not o.startswith("open:")))


TARGET = Target("photo", photo_case(), open_everything, ci_examples=60)
