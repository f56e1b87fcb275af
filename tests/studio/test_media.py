"""Opening photos: every input comes out upright, 8-bit sRGB RGB/RGBA, or as a clear MediaError.

All media is generated here with Pillow/numpy/OpenCV; nothing large is committed.
"""

from __future__ import annotations

import io
import os
import struct
import warnings
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageCms, ImageFile, features

from studio.errors import MediaError
from studio.media import (
    MAX_PIXELS,
    SourcePhoto,
    is_photo_path,
    is_video_path,
    open_photo,
    probe_photo,
)

RED, GREEN, BLUE, WHITE = (255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 255)

# -- builders --------------------------------------------------------------------------------


def quadrants(width: int = 80, height: int = 48) -> Image.Image:
    """An asymmetric upright pattern: red, green / blue, white quadrants."""
    im = Image.new("RGB", (width, height), WHITE)
    w, h = width // 2, height // 2
    im.paste(RED, (0, 0, w, h))
    im.paste(GREEN, (w, 0, width, h))
    im.paste(BLUE, (0, h, w, height))
    return im


def quadrant_colours(im: Image.Image) -> list[tuple[int, ...]]:
    """The colour at the middle of each quadrant: top-left, top-right, bottom-left, bottom-right."""
    w, h = im.size
    points = [(w // 4, h // 4), (3 * w // 4, h // 4), (w // 4, 3 * h // 4),
              (3 * w // 4, 3 * h // 4)]
    return [im.getpixel(p)[:3] for p in points]


def assert_close(actual, expected, tolerance: int = 12) -> None:
    for a, e in zip(actual, expected, strict=True):
        assert all(abs(x - y) <= tolerance for x, y in zip(a, e, strict=True)), (actual, expected)


# The transpose that stores an upright picture so that orientation N shows it upright again.
STORED = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def with_orientation(upright: Image.Image, orientation: int) -> tuple[Image.Image, bytes]:
    method = STORED[orientation]
    stored = upright if method is None else upright.transpose(method)
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Studio Test Camera"
    exif.get_ifd(0x8825)[2] = (6.0, 52.0, 12.0)  # GPS latitude: must never survive
    return stored, exif.tobytes()


def swapped_primaries_profile() -> bytes:
    """sRGB with its red and green primaries swapped: proves the ICC transform runs."""
    data = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    count = struct.unpack(">I", data[128:132])[0]
    entries = {}
    for i in range(count):
        at = 132 + 12 * i
        entries[bytes(data[at:at + 4])] = at
    red, green = entries[b"rXYZ"], entries[b"gXYZ"]
    data[red + 4:red + 12], data[green + 4:green + 12] = (data[green + 4:green + 12],
                                                          data[red + 4:red + 12])
    data[84:100] = bytes(16)  # the profile ID (an MD5) no longer matches: clear it
    return bytes(data)


def without_adobe_marker(jpeg: bytes) -> bytes:
    """The JPEG with its APP14 'Adobe' segment removed (plain, non-inverted CMYK convention)."""
    out, pos = bytearray(jpeg[:2]), 2
    while pos < len(jpeg):
        marker = jpeg[pos + 1]
        length = struct.unpack(">H", jpeg[pos + 2:pos + 4])[0]
        if marker == 0xDA:  # start of scan: the rest is image data
            out += jpeg[pos:]
            break
        if marker != 0xEE:
            out += jpeg[pos:pos + 2 + length]
        pos += 2 + length
    return bytes(out)


def png_header_only(path: Path, width: int, height: int) -> Path:
    """A PNG that claims ``width`` x ``height`` but holds a few bytes (a decompression bomb)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
                     + chunk(b"IDAT", zlib.compress(bytes(1000))) + chunk(b"IEND", b""))
    return path


def noisy(width: int, height: int, seed: int = 0) -> Image.Image:
    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 256, (height, width, 3), dtype=np.uint8))


def expect_error(path: Path, code: str, *words: str, **kwargs) -> MediaError:
    with pytest.raises(MediaError) as caught:
        open_photo(path, **kwargs)
    error = caught.value
    assert error.code == code, error.one_line()
    assert error.path == path
    assert str(path) in str(error)  # the CLI's one line names the file
    assert error.hint
    for word in words:
        assert word.lower() in error.message.lower(), error.message
    return error


# -- orientation -------------------------------------------------------------------------------


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientations_come_out_upright(tmp_path: Path, orientation: int) -> None:
    upright = quadrants()
    stored, exif = with_orientation(upright, orientation)
    path = tmp_path / f"o{orientation}.jpg"
    stored.save(path, quality=95, exif=exif)

    photo = open_photo(path)

    assert isinstance(photo, SourcePhoto)
    assert photo.image.size == upright.size == photo.original_size
    assert probe_photo(path) == upright.size
    assert_close(quadrant_colours(photo.image), [RED, GREEN, BLUE, WHITE])
    # No orientation (nor GPS, nor anything else) survives to be applied twice.
    assert not photo.image.getexif()
    assert "exif" not in photo.image.info


@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "TIFF"])
def test_orientation_in_other_formats(tmp_path: Path, fmt: str) -> None:
    upright = quadrants()
    stored, exif = with_orientation(upright, 6)
    path = tmp_path / f"o6.{fmt.lower()}"
    stored.save(path, format=fmt, exif=exif, **({"lossless": True} if fmt == "WEBP" else {}))
    photo = open_photo(path)
    assert photo.image.size == upright.size
    assert probe_photo(path) == upright.size
    assert_close(quadrant_colours(photo.image), [RED, GREEN, BLUE, WHITE], tolerance=2)


# -- colour: CMYK, ICC, bit depth, palette, alpha ---------------------------------------------


def test_cmyk_jpeg_adobe_inverted(tmp_path: Path) -> None:
    cmyk = Image.new("CMYK", (64, 64), (0, 255, 255, 0))  # red ink mix
    cmyk.paste((0, 0, 0, 255), (32, 0, 64, 64))  # black
    path = tmp_path / "cmyk.jpg"
    cmyk.save(path, quality=95)
    assert Image.open(path).info.get("adobe") is not None  # Photoshop's (inverted) convention

    photo = open_photo(path)

    assert photo.image.mode == "RGB"
    assert_close([photo.image.getpixel((8, 8)), photo.image.getpixel((56, 8))], [RED, (0, 0, 0)])


def test_cmyk_jpeg_without_adobe_marker_is_not_inverted(tmp_path: Path) -> None:
    # Pillow writes inverted values; inverting first leaves plain ink values in the file.
    plain = Image.eval(Image.new("CMYK", (64, 64), (0, 255, 255, 0)), lambda v: 255 - v)
    buffer = io.BytesIO()
    plain.save(buffer, "JPEG", quality=95)
    path = tmp_path / "plain-cmyk.jpg"
    path.write_bytes(without_adobe_marker(buffer.getvalue()))
    assert "adobe" not in Image.open(path).info

    assert_close([open_photo(path).image.getpixel((8, 8))], [RED])


def test_cmyk_with_a_mismatched_rgb_profile_is_still_right(tmp_path: Path) -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    path = tmp_path / "cmyk-rgb-profile.jpg"
    Image.new("CMYK", (32, 32), (0, 255, 255, 0)).save(path, quality=95, icc_profile=srgb)
    assert_close([open_photo(path).image.getpixel((8, 8))], [RED])


def test_cmyk_tiff(tmp_path: Path) -> None:
    path = tmp_path / "cmyk.tif"
    Image.new("CMYK", (16, 16), (255, 255, 0, 0)).save(path)  # cyan + magenta = blue
    assert open_photo(path).image.getpixel((4, 4)) == BLUE


def test_lab_tiff(tmp_path: Path) -> None:
    path = tmp_path / "lab.tif"
    Image.new("LAB", (8, 8), (128, 128, 128)).save(path)  # L* 50, neutral
    assert_close([open_photo(path).image.getpixel((2, 2))], [(119, 119, 119)], tolerance=2)


def test_icc_profile_is_converted_to_srgb(tmp_path: Path) -> None:
    path = tmp_path / "tagged.png"
    Image.new("RGB", (16, 16), (200, 30, 30)).save(path, icc_profile=swapped_primaries_profile())
    photo = open_photo(path)
    # In the swapped profile the first channel is green: sRGB must show green.
    assert_close([photo.image.getpixel((4, 4))], [(30, 200, 30)], tolerance=3)
    assert "icc_profile" not in photo.image.info  # the pixels are sRGB now


def test_icc_profile_on_rgba_keeps_alpha(tmp_path: Path) -> None:
    path = tmp_path / "tagged-alpha.png"
    Image.new("RGBA", (16, 16), (200, 30, 30, 77)).save(path,
                                                        icc_profile=swapped_primaries_profile())
    pixel = open_photo(path).image.getpixel((4, 4))
    assert pixel[3] == 77
    assert_close([pixel[:3]], [(30, 200, 30)], tolerance=3)


def test_icc_profile_on_jpeg_with_max_side(tmp_path: Path) -> None:
    path = tmp_path / "tagged.jpg"
    Image.new("RGB", (400, 300), (200, 30, 30)).save(path, quality=95,
                                                     icc_profile=swapped_primaries_profile())
    photo = open_photo(path, max_side=100)
    assert photo.image.size == (200, 150)
    assert_close([photo.image.getpixel((50, 50))], [(30, 200, 30)], tolerance=6)


def test_srgb_profile_leaves_pixels_alone(tmp_path: Path) -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    source = noisy(32, 32)
    path = tmp_path / "srgb.png"
    source.save(path, icc_profile=srgb)
    assert np.array_equal(np.asarray(open_photo(path).image), np.asarray(source))


def test_broken_profile_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "broken-profile.png"
    Image.new("RGB", (8, 8), (10, 120, 230)).save(path, icc_profile=b"not an icc profile" * 10)
    assert open_photo(path).image.getpixel((2, 2)) == (10, 120, 230)


def test_grey_profile_on_a_grey_image(tmp_path: Path) -> None:
    # A grey image tagged with an RGB profile (common from scanners) keeps its greys.
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    path = tmp_path / "grey.jpg"
    Image.new("L", (16, 16), 100).save(path, quality=95, icc_profile=srgb)
    photo = open_photo(path)
    assert photo.image.mode == "RGB"
    assert_close([photo.image.getpixel((4, 4))], [(100, 100, 100)], tolerance=2)


def test_16_bit_grey_png_is_scaled_not_clipped(tmp_path: Path) -> None:
    ramp = np.linspace(0, 65535, 256).round().astype(np.uint16)
    path = tmp_path / "grey16.png"
    Image.fromarray(np.tile(ramp, (4, 1))).save(path)
    assert Image.open(path).mode in ("I;16", "I")

    photo = open_photo(path)

    assert photo.image.mode == "RGB"
    values = np.asarray(photo.image)[0, :, 0].astype(int)
    assert values[0] == 0 and values[-1] == 255
    assert abs(values[128] - 128) <= 1  # the middle of the range, not clipped to white
    assert np.all(np.diff(values) >= 0)
    assert (values == 255).sum() <= 2


def test_16_bit_rgb_and_rgba_png(tmp_path: Path) -> None:
    colour = np.zeros((8, 8, 4), np.uint16)
    colour[...] = (65535, 32896, 0, 32896)  # RGBA: orange, half transparent
    rgb_path, rgba_path = tmp_path / "rgb16.png", tmp_path / "rgba16.png"
    cv2.imwrite(str(rgb_path), colour[..., [2, 1, 0]])  # OpenCV writes BGR(A)
    cv2.imwrite(str(rgba_path), colour[..., [2, 1, 0, 3]])

    assert open_photo(rgb_path).image.getpixel((2, 2)) == (255, 128, 0)
    assert open_photo(rgba_path).image.getpixel((2, 2)) == (255, 128, 0, 128)


def test_16_bit_grey_tiff(tmp_path: Path) -> None:
    path = tmp_path / "grey16.tif"
    cv2.imwrite(str(path), np.full((8, 8), 40000, np.uint16))
    assert open_photo(path).image.getpixel((2, 2)) == (156, 156, 156)  # 40000 >> 8


def test_palette_with_transparency_becomes_rgba(tmp_path: Path) -> None:
    im = Image.new("P", (20, 10), 0)
    im.putpalette([255, 0, 0, 0, 0, 255] + [0] * 762)
    im.paste(1, (10, 0, 20, 10))
    path = tmp_path / "palette.png"
    im.save(path, transparency=1)

    photo = open_photo(path)

    assert photo.image.mode == "RGBA"
    assert photo.image.getpixel((2, 2)) == (255, 0, 0, 255)
    assert photo.image.getpixel((15, 2))[3] == 0


def test_palette_without_transparency_becomes_rgb(tmp_path: Path) -> None:
    path = tmp_path / "palette.gif"
    quadrants().convert("P", palette=Image.Palette.ADAPTIVE, colors=4).save(path)
    photo = open_photo(path)
    assert photo.image.mode == "RGB"
    assert_close(quadrant_colours(photo.image), [RED, GREEN, BLUE, WHITE], tolerance=0)


def test_animated_gif_gives_its_first_frame(tmp_path: Path) -> None:
    path = tmp_path / "anim.gif"
    first, second = Image.new("RGB", (8, 8), RED), Image.new("RGB", (8, 8), BLUE)
    first.save(path, save_all=True, append_images=[second])
    assert open_photo(path).image.getpixel((2, 2)) == RED


@pytest.mark.parametrize(("mode", "colour", "expected_mode", "expected"), [
    ("RGBA", (10, 20, 30, 128), "RGBA", (10, 20, 30, 128)),
    ("RGBA", (10, 20, 30, 255), "RGB", (10, 20, 30)),  # all-opaque alpha dropped
    ("LA", (90, 200), "RGBA", (90, 90, 90, 200)),
    ("L", 90, "RGB", (90, 90, 90)),
    ("1", 1, "RGB", (255, 255, 255)),
])
def test_modes_become_rgb_or_rgba(tmp_path: Path, mode, colour, expected_mode, expected) -> None:
    path = tmp_path / "mode.png"
    Image.new(mode, (8, 8), colour).save(path)
    photo = open_photo(path)
    assert photo.image.mode == expected_mode
    assert photo.image.getpixel((2, 2)) == expected


def test_grey_with_colour_key_gets_alpha(tmp_path: Path) -> None:
    im = Image.new("L", (8, 8), 50)
    im.paste(200, (4, 0, 8, 8))
    path = tmp_path / "key.png"
    im.save(path, transparency=200)
    photo = open_photo(path)
    assert photo.image.getpixel((1, 1)) == (50, 50, 50, 255)
    assert photo.image.getpixel((6, 1))[3] == 0


def test_heic_opens_with_the_right_colours(tmp_path: Path) -> None:
    pillow_heif = pytest.importorskip("pillow_heif")
    upright = quadrants(128, 96)
    stored, exif = with_orientation(upright, 6)
    path = tmp_path / "IMG_0001.HEIC"
    pillow_heif.from_pillow(stored).save(path, quality=95, exif=exif)

    photo = open_photo(path)

    assert photo.format == "HEIF"
    assert photo.image.mode == "RGB"
    assert photo.image.size == upright.size
    assert probe_photo(path) == upright.size
    assert_close(quadrant_colours(photo.image), [RED, GREEN, BLUE, WHITE], tolerance=16)


@pytest.mark.skipif(not features.check("avif"), reason="Pillow built without AVIF")
def test_avif_opens_upright(tmp_path: Path) -> None:
    stored, exif = with_orientation(quadrants(128, 96), 6)
    path = tmp_path / "photo.avif"
    stored.save(path, quality=95, exif=exif)
    photo = open_photo(path)
    assert photo.format == "AVIF"
    assert photo.image.size == (128, 96) == probe_photo(path)
    assert_close(quadrant_colours(photo.image), [RED, GREEN, BLUE, WHITE], tolerance=16)


def test_mpo_from_a_camera_opens_its_first_picture(tmp_path: Path) -> None:
    path = tmp_path / "stereo.jpg"
    left, right = quadrants(), Image.new("RGB", (80, 48), BLUE)
    left.save(path, format="MPO", save_all=True, append_images=[right], quality=95)
    photo = open_photo(path, max_side=16)
    assert photo.format == "MPO"
    assert_close(quadrant_colours(photo.image), [RED, GREEN, BLUE, WHITE])


def test_content_decides_the_format_not_the_name(tmp_path: Path) -> None:
    path = tmp_path / "really-a-png.jpg"
    quadrants().save(path, format="PNG")
    photo = open_photo(path)
    assert photo.format == "PNG"
    assert quadrant_colours(photo.image) == [RED, GREEN, BLUE, WHITE]


# -- max_side ---------------------------------------------------------------------------------


def test_max_side_decodes_a_large_jpeg_at_reduced_scale(tmp_path: Path) -> None:
    path = tmp_path / "camera.jpg"
    noisy(2400, 1600).save(path, quality=80)

    assert open_photo(path).image.size == (2400, 1600)
    for max_side, expected in [(190, (300, 200)), (400, (600, 400)), (700, (1200, 800)),
                               (900, (2400, 1600)), (5000, (2400, 1600))]:
        photo = open_photo(path, max_side=max_side)
        assert photo.image.size == expected, max_side
        # The shorter side never drops below what was asked (a cover crop never upscales).
        assert min(photo.image.size) >= min(max_side, 1600)
        assert photo.original_size == (2400, 1600)


def test_max_side_keeps_orientation(tmp_path: Path) -> None:
    upright = quadrants(1200, 800)
    stored, exif = with_orientation(upright, 8)
    path = tmp_path / "rotated.jpg"
    stored.save(path, quality=90, exif=exif)
    photo = open_photo(path, max_side=300)
    assert photo.image.size == (600, 400)
    assert photo.original_size == (1200, 800)
    assert_close(quadrant_colours(photo.image), [RED, GREEN, BLUE, WHITE])


def test_max_side_reduces_other_formats_too(tmp_path: Path) -> None:
    path = tmp_path / "big.png"
    quadrants(1200, 800).save(path)
    photo = open_photo(path, max_side=250)
    assert photo.image.size == (400, 267)  # reduced by 3: still >= 250 on the short side
    assert quadrant_colours(photo.image) == [RED, GREEN, BLUE, WHITE]


def test_max_side_must_be_positive(tmp_path: Path) -> None:
    path = tmp_path / "p.png"
    quadrants().save(path)
    with pytest.raises(ValueError):
        open_photo(path, max_side=0)


# -- refusals ---------------------------------------------------------------------------------


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.jpg"
    path.touch()
    expect_error(path, "media.empty", "empty")


def test_truncated_jpeg(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    noisy(300, 200).save(buffer, "JPEG", quality=90)
    path = tmp_path / "cut.jpg"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) * 6 // 10])
    expect_error(path, "media.truncated", "incomplete", "truncated")


def test_truncated_png(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    noisy(300, 200).save(buffer, "PNG")
    path = tmp_path / "cut.png"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    expect_error(path, "media.truncated", "truncated")


@pytest.mark.parametrize("fmt", ["WEBP", "HEIF", "GIF", "TIFF"])
def test_truncated_other_formats(tmp_path: Path, fmt: str) -> None:
    source = noisy(200, 150)
    buffer = io.BytesIO()
    if fmt == "HEIF":
        pytest.importorskip("pillow_heif").from_pillow(source).save(buffer, format="HEIF")
    else:
        source.save(buffer, fmt)
    path = tmp_path / f"cut.{fmt.lower()}"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) * 7 // 10])
    expect_error(path, "media.truncated", "truncated")


def test_jpeg_cut_inside_its_header(tmp_path: Path) -> None:
    path = tmp_path / "stub.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    expect_error(path, "media.truncated", "incomplete")


def test_damaged_png_header(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    data[20] ^= 0xFF  # breaks the IHDR checksum
    path = tmp_path / "bad.png"
    path.write_bytes(bytes(data))
    expect_error(path, "media.corrupt", "PNG")


def test_text_file_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("Rapat koordinasi, Senin 30 November 2026\n" * 5, encoding="utf-8")
    expect_error(path, "media.not_image", "text")


def test_pdf_named_jpg(tmp_path: Path) -> None:
    path = tmp_path / "undangan.jpg"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n")
    expect_error(path, "media.not_image", "PDF")


def test_video_given_as_a_photo(tmp_path: Path) -> None:
    path = tmp_path / "clip.jpg"
    path.write_bytes(struct.pack(">I", 24) + b"ftypisom\x00\x00\x02\x00isomiso2" + bytes(64))
    expect_error(path, "media.not_image", "video")


def test_decompression_bomb_is_refused_from_the_header(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = png_header_only(tmp_path / "bomb.png", 30000, 30000)
    assert path.stat().st_size < 2000
    # Decoding 900 MP (2.7 GB) would take many seconds; the refusal must come from the
    # header alone, before any pixel is decoded (checked, not timed: no machine speed).
    decoded: list[object] = []
    real_load = ImageFile.ImageFile.load

    def load(image, *args, **kwargs):
        decoded.append(image)
        return real_load(image, *args, **kwargs)

    monkeypatch.setattr(ImageFile.ImageFile, "load", load)
    expect_error(path, "media.too_large", "too large")
    with pytest.raises(MediaError):
        probe_photo(path)
    assert decoded == []


def test_just_over_our_pixel_limit(tmp_path: Path) -> None:
    # Below Pillow's own hard limit, so this is our check: 100 MP > MAX_PIXELS.
    path = png_header_only(tmp_path / "huge.png", 10000, 10000)
    assert MAX_PIXELS < 10000 * 10000
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        error = expect_error(path, "media.too_large", "10000x10000")
    assert error.params["size"] == (10000, 10000)


@pytest.mark.parametrize(("fmt", "name"), [("ICO", "logo.jpg"), ("TGA", "scan.tga"),
                                           ("PCX", "old.pcx"), ("PPM", "raw.ppm")])
def test_unsupported_format(tmp_path: Path, fmt: str, name: str) -> None:
    path = tmp_path / name
    Image.new("RGB", (32, 32), RED).save(path, format=fmt)
    error = expect_error(path, "media.unsupported", f"unsupported format {fmt}")
    assert "JPEG" in error.hint and "HEIC" in error.hint


def test_camera_raw_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "DSC_0001.NEF"
    Image.new("RGB", (160, 120), RED).save(path, format="TIFF")  # RAWs are TIFF inside
    expect_error(path, "media.unsupported", "RAW")


def test_missing_file(tmp_path: Path) -> None:
    expect_error(tmp_path / "gone.jpg", "media.not_found", "does not exist")


def test_folder_instead_of_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "album.jpg"
    folder.mkdir()
    expect_error(folder, "media.not_file", "folder")


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.jpg"
    quadrants().save(path)

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    # Root reads anything, so the refusal is simulated where the file is opened.
    monkeypatch.setattr(Path, "open", refuse)
    expect_error(path, "media.permission", "permission denied")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = tmp_path / "locked.jpg"
    quadrants().save(path)
    path.chmod(0)
    expect_error(path, "media.permission")


@pytest.mark.filterwarnings("ignore::UserWarning")  # Pillow warns about the junk EXIF it skips
def test_errors_never_leak_a_raw_exception(tmp_path: Path) -> None:
    # Random bytes that start like every allowed format.
    rng = np.random.default_rng(7)
    starts = [b"\xff\xd8\xff\xdb", b"\x89PNG\r\n\x1a\n", b"GIF89a", b"II*\x00", b"BM",
              b"RIFF\x00\x00\x00\x00WEBPVP8 ", b"\x00\x00\x00\x18ftypheic"]
    for i, start in enumerate(starts):
        path = tmp_path / f"junk{i}.jpg"
        path.write_bytes(start + rng.integers(0, 256, 400, dtype=np.uint8).tobytes())
        with pytest.raises(MediaError):
            open_photo(path)


@pytest.mark.parametrize(("failure", "code"), [(MemoryError, "media.too_much_memory"),
                                               (ValueError, "media.unsupported")])
def test_failures_after_decoding_are_media_errors(tmp_path: Path, monkeypatch, failure,
                                                   code) -> None:
    import studio.media

    def fail(im):
        raise failure("simulated")

    monkeypatch.setattr(studio.media, "_eight_bit", fail)
    path = tmp_path / "p.png"
    quadrants().save(path)
    expect_error(path, code)


# -- helpers for listings ---------------------------------------------------------------------


def test_extension_helpers() -> None:
    assert is_photo_path("IMG_0001.HEIC") and is_photo_path(Path("a/b.jpeg"))
    assert not is_photo_path("clip.mp4") and not is_photo_path("notes.txt")
    assert is_video_path("VID_0001.MOV") and is_video_path("x.mp4")
    assert not is_video_path("IMG_0001.jpg")
