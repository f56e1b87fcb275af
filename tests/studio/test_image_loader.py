"""The one image loader: every image the app decodes, by content, within limits, never Ghostscript.

Template assets and brand-kit logos used to be opened with a bare
``Image.open``: an EPS named ``logo.png`` ran its PostScript through
Ghostscript at every export, and a dozen other formats were decoded. Now an
asset is PNG, JPEG or WebP *by content*, its size is checked from the header,
template validation and package import name any other asset, and nothing but
``studio/media.py`` calls ``Image.open`` (ruff's banned-api rule and the scan
below).
"""

from __future__ import annotations

import io
import re
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import EpsImagePlugin, Image

import studio.media as media
from studio.brand import default_brand
from studio.errors import MediaError, PackageError, StudioError, TemplateError
from studio.media import (
    MAX_ASSET_PIXELS,
    check_image_asset,
    decode_frame,
    estimate_photo_memory,
    load_image_asset,
    open_photo,
)
from studio.platforms import get_platform
from studio.render.photo import render_photo
from studio.template.loader import load_template
from studio.template.package import import_package
from tests.studio.helpers import write_template

ROOT = Path(__file__).resolve().parents[2]
SMALL = Image.new("RGB", (16, 16), (200, 30, 30))


def encoded(fmt: str, image: Image.Image = SMALL, **params) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def eps() -> bytes:
    # PostScript that would list a folder and loop forever if it were ever run.
    return (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 16 16\n"
            b"(/tmp/*) { print } 256 string filenameforall\n{ } loop\nshowpage\n%%EOF\n")


def psd() -> bytes:
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, 16, 16, 8, 3)
    return header + struct.pack(">III", 0, 0, 0) + struct.pack(">H", 0) + bytes(3 * 16 * 16)


def fits() -> bytes:
    cards = ["SIMPLE  =                    T", "BITPIX  =                    8",
             "NAXIS   =                    2", "NAXIS1  =                   16",
             "NAXIS2  =                   16", "END"]
    header = "".join(card.ljust(80) for card in cards).ljust(2880).encode("ascii")
    return header + bytes(256).ljust(2880, b"\0")


FOREIGN = {
    "EPS": eps,
    "PSD": psd,
    "FITS": fits,
    "DDS": lambda: encoded("DDS"),
    "TGA": lambda: encoded("TGA"),
    "SGI": lambda: encoded("SGI"),
    "SPIDER": lambda: encoded("SPIDER", SMALL.convert("F")),
    "QOI": lambda: encoded("QOI"),
    "PCX": lambda: encoded("PCX"),
    "ICO": lambda: encoded("ICO", Image.new("RGB", (32, 32))),
    "JPEG2000": lambda: encoded("JPEG2000"),
    "PPM": lambda: encoded("PPM"),
    "XBM": lambda: encoded("XBM", SMALL.convert("1")),
}


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares ``width`` x ``height`` and holds almost no data (a bomb's header)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b""))
            + chunk(b"IEND", b""))


@pytest.fixture
def no_subprocess(monkeypatch):
    """Fail the test if anything tries to start a program (Ghostscript above all)."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"a program was started: {args[0] if args else kwargs}")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(subprocess, "check_call", refuse)
    monkeypatch.setattr(subprocess, "call", refuse)


def test_ghostscript_is_switched_off():
    assert EpsImagePlugin.gs_binary is False
    assert not EpsImagePlugin.has_ghostscript()


@pytest.mark.parametrize("fmt", FOREIGN)
def test_foreign_formats_named_png_are_refused_as_assets(tmp_path, fmt, no_subprocess):
    path = tmp_path / "logo.png"
    path.write_bytes(FOREIGN[fmt]())
    for read in (check_image_asset, load_image_asset, open_photo):
        with pytest.raises(MediaError) as caught:
            read(path)
        assert caught.value.code in {"media.unsupported", "media.not_image"}, fmt
        assert caught.value.path == path


def test_the_refusal_names_the_real_format(tmp_path, no_subprocess):
    path = tmp_path / "logo.png"
    path.write_bytes(eps())
    with pytest.raises(MediaError) as caught:
        load_image_asset(path)
    assert caught.value.message == "unsupported format EPS"
    assert "PNG, JPEG or WebP" in caught.value.hint


def test_allowed_asset_formats_load_as_rgba(tmp_path):
    for fmt, name in (("PNG", "a.png"), ("JPEG", "a.jpg"), ("WEBP", "a.webp")):
        path = tmp_path / name
        path.write_bytes(encoded(fmt))
        image = load_image_asset(path)
        assert image.mode == "RGBA" and image.size == (16, 16)
        assert check_image_asset(path).format == fmt


def test_oversize_asset_is_refused_from_its_header(tmp_path, monkeypatch):
    path = tmp_path / "pola.png"
    path.write_bytes(png_header(20000, 20000))
    monkeypatch.setattr(media, "_load", lambda *a: pytest.fail("the asset was decoded"))
    for read in (check_image_asset, load_image_asset):
        with pytest.raises(MediaError) as caught:
            read(path)
        assert caught.value.code == "media.too_large"
        assert "20000x20000" in caught.value.message
    assert MAX_ASSET_PIXELS < 20000 * 20000


def test_a_bomb_past_pillows_own_limit_is_ours_to_refuse_with_its_size(tmp_path, monkeypatch):
    path = tmp_path / "bom.png"
    path.write_bytes(png_header(60000, 60000))  # past Pillow's own 2 x 89 MP refusal
    with pytest.raises(MediaError) as caught:
        open_photo(path)
    assert caught.value.code == "media.too_large"
    assert "60000x60000" in caught.value.message
    # Should Pillow's global check come back, its error is still the app's own.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    with pytest.raises(MediaError) as caught:
        open_photo(path)
    assert caught.value.code == "media.too_large"


# -- templates ---------------------------------------------------------------------------------


def template_with_asset(folder: Path, data: bytes, name: str = "logo.png",
                        variant: bool = False) -> Path:
    layers = [{"id": "foto", "type": "media", "box": [0, 0, 1, 1]},
              {"id": "logo", "type": "image", "source": "ok.png", "box": [0, 0, 0.2, 0.2]}]
    variants = {}
    if variant:
        variants = {"tall": {"logo": {"source": name}}}
    else:
        layers[1]["source"] = name
    write_template(folder, layers=layers, variants=variants)
    (folder / "ok.png").write_bytes(encoded("PNG"))
    (folder / name).write_bytes(data)
    return folder


@pytest.mark.parametrize("variant", [False, True], ids=["base", "variant"])
@pytest.mark.parametrize("fmt", FOREIGN)
def test_template_validation_names_an_asset_outside_the_allowlist(tmp_path, fmt, variant,
                                                                  no_subprocess):
    folder = template_with_asset(tmp_path / "uji", FOREIGN[fmt](), variant=variant)
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    error = caught.value
    assert error.code == "template.asset_format"
    assert "layer 'logo'" in error.message and "logo.png" in error.message
    if variant:
        assert "variant 'tall'" in error.message


def test_template_validation_names_an_oversize_asset(tmp_path):
    folder = template_with_asset(tmp_path / "uji", png_header(20000, 20000))
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert caught.value.code == "template.asset_too_large"
    assert "20000x20000" in caught.value.message


def test_package_import_refuses_an_eps_logo(tmp_path, no_subprocess):
    folder = template_with_asset(tmp_path / "src" / "paket", eps())
    package = tmp_path / "paket.zip"
    with zipfile.ZipFile(package, "w") as archive:
        for path in folder.iterdir():
            archive.write(path, f"paket/{path.name}")
    library = tmp_path / "library"
    with pytest.raises(PackageError) as caught:
        import_package(package, library)
    assert "EPS" in caught.value.message and "logo.png" in caught.value.message
    assert not (library / "paket").exists()


def test_render_never_runs_an_eps_brand_logo(tmp_path, no_subprocess):
    (tmp_path / "evil.png").write_bytes(eps())
    evil = default_brand().with_logo("white", str(tmp_path / "evil.png"))
    folder = write_template(tmp_path / "uji", layers=[
        {"id": "logo", "type": "image", "source": "brand:white", "box": [0, 0, 0.3, 0.2]}])
    loaded = load_template(folder)
    with pytest.raises(StudioError) as caught:
        render_photo(loaded, evil, {"judul": "x"}, get_platform("instagram_square"), None)
    assert caught.value.code == "brand.bad_asset"
    assert "EPS" in caught.value.message


# -- frames --------------------------------------------------------------------------------------


def test_frames_from_ffmpeg_go_through_the_loader(tmp_path):
    assert decode_frame(encoded("PNG")).size == (16, 16)
    with pytest.raises(MediaError) as caught:
        decode_frame(encoded("JPEG"), source=tmp_path / "klip.mkv")
    assert caught.value.code == "media.unsupported"
    with pytest.raises(MediaError) as caught:
        decode_frame(png_header(16000, 16000), source=tmp_path / "klip.mkv")
    assert caught.value.code == "media.too_large"
    assert caught.value.path == tmp_path / "klip.mkv"


# -- memory per photo ------------------------------------------------------------------------


def test_a_tiny_webp_declaring_9000_square_is_refused_before_decoding(tmp_path, monkeypatch):
    path = tmp_path / "kecil.webp"
    Image.new("RGB", (9000, 9000), (10, 120, 200)).save(path, lossless=True, quality=0,
                                                        method=0)
    assert path.stat().st_size < 200
    estimate = estimate_photo_memory(path)
    assert not estimate.fits and estimate.bytes > media.PHOTO_MEMORY_BUDGET
    monkeypatch.setattr(media, "_load", lambda *a: pytest.fail("the photo was decoded"))
    with pytest.raises(MediaError) as caught:
        open_photo(path)
    assert caught.value.code == "media.too_much_memory"
    assert "9000x9000" in caught.value.message and "MB" in caught.value.message


def test_a_wide_grey_png_over_the_budget_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "abu16.png"
    Image.new("I;16", (600, 400), 40000).save(path)
    estimate = estimate_photo_memory(path)
    # Decoded I;16 (2 bytes), 8-bit copy, then RGB: about 5 bytes a pixel.
    assert 5 * 600 * 400 <= estimate.bytes - media._DECODE_OVERHEAD <= 7 * 600 * 400
    monkeypatch.setattr(media, "PHOTO_MEMORY_BUDGET", estimate.bytes - 1)
    with pytest.raises(MediaError) as caught:
        open_photo(path)
    assert caught.value.code == "media.too_much_memory"
    monkeypatch.setattr(media, "PHOTO_MEMORY_BUDGET", estimate.bytes)
    photo = open_photo(path)
    assert photo.image.getpixel((0, 0)) == (156, 156, 156)  # 40000 >> 8, not clipped


def test_a_jpeg_over_the_budget_is_decoded_at_a_smaller_scale(tmp_path, monkeypatch):
    path = tmp_path / "besar.jpg"
    Image.new("RGB", (4000, 3000), (30, 90, 200)).save(path, quality=90)
    full = estimate_photo_memory(path)
    assert full.scale == 1 and full.fits
    monkeypatch.setattr(media, "PHOTO_MEMORY_BUDGET", full.bytes // 2)
    reduced = estimate_photo_memory(path)
    assert reduced.scale == 2 and reduced.fits and reduced.bytes <= full.bytes // 2
    photo = open_photo(path)
    assert photo.image.size == (2000, 1500)
    assert photo.original_size == (4000, 3000)


def test_float_tiff_is_scaled_in_bands_not_clipped(tmp_path):
    path = tmp_path / "float.tif"
    Image.new("F", (300, 2000), 0.5).save(path)
    image = open_photo(path).image
    assert image.mode == "RGB" and image.getpixel((10, 1999)) == (128, 128, 128)


# -- nothing else decodes images ---------------------------------------------------------------


def test_nothing_but_the_loader_calls_image_open():
    offenders = []
    for folder in ("studio", "gui"):
        for path in (ROOT / folder).rglob("*.py"):
            if path == ROOT / "studio" / "media.py":
                continue
            text = path.read_text(encoding="utf-8")
            if re.search(r"\bImage\s*\.\s*open\b|from PIL\.Image import[^\n]*\bopen\b|"
                         r"getattr\(\s*Image\s*,\s*['\"]open", text):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
