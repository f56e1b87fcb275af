"""Contact sheets: every template x platform x text length x photo, on a few big PNGs.

    python tools/contact_sheet.py OUT_DIR                       # the standard set
    python tools/contact_sheet.py OUT_DIR --template pengumuman --platform tall
    python tools/contact_sheet.py OUT_DIR --photos FOLDER --texts pendek,normal,panjang

A template is signed off by looking at it, the way it will be published: with
real-looking photos (people left, right, low, a group; busy, plain and dark
scenes; a small and a CMYK photo) and with realistic Indonesian text of three
lengths (a short title such as "HUT Cimahi", a normal one, and a 150-character
official title). This script renders those combinations through the same path
the export uses (automatic face focus included) and lays them out as sheets,
one per template and view:

- ``<template>__formats.png``: rows = title lengths, columns = 4:5, 1:1, 16:9,
  YouTube thumbnail and 9:16, with one photo;
- ``<template>__tall.png``: rows = photos, columns = the five 9:16 platforms;
- ``<template>__photos.png``: rows = photos, columns = 4:5, 1:1 and 16:9;
- ``<template>__carousel.png``: rows = the feed formats that take carousels,
  columns = a post's cover, two slides and the closing page.

Each tile is labelled with the platform and, in red, every warning the render
gave (text shortened, photo too small, a face under an overlay). The photo set
comes from ``tools/make_test_photos.py`` (made on the fly unless ``--photos``
names a folder). Nothing here is shipped or tested; it is for eyes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from studio.brand import default_brand  # noqa: E402
from studio.carousel import CAROUSEL_PLATFORMS, page_fields, page_template  # noqa: E402
from studio.errors import StudioError  # noqa: E402
from studio.media import open_photo  # noqa: E402
from studio.paths import TEMPLATES_DIR  # noqa: E402
from studio.platforms import Platform, load_platforms  # noqa: E402
from studio.render.crop import detect_focus  # noqa: E402
from studio.render.photo import render_photo  # noqa: E402
from studio.template.loader import load_template  # noqa: E402
from tools.make_test_photos import write_photos  # noqa: E402

TILE_HEIGHT = 480
GAP = 16
LABEL = 44
FONT = ROOT / "assets" / "branding" / "fonts" / "PlusJakartaSans-SemiBold.ttf"

# Realistic event details; each template reads the keys it has.
EVENT = {
    "subjudul": "Sosialisasi dan pendampingan teknis bagi pengelola akun media sosial",
    "tanggal": "2026-09-30",
    "tanggal_selesai": "",
    "waktu": "13:30",
    "zona": "WIB",
    "lokasi": "Aula Gedung B Lantai 3, Kompleks Perkantoran Pemkot Cimahi",
    "penyelenggara": "Dinas Komunikasi dan Informatika Kota Cimahi",
    "deskripsi": (
        "Mulai 1 April 2026, perekaman KTP elektronik dilayani di kantor kecamatan setiap "
        "Senin sampai Jumat pukul 08.00–15.00 WIB.\n"
        "• Bawa fotokopi Kartu Keluarga dan surat pengantar dari kelurahan.\n"
        "• Seluruh layanan administrasi kependudukan tidak dipungut biaya."
    ),
    "kontak": "Call center 022-6654321 · WhatsApp 0812-0000-1122",
    "tagar": "#CimahiMelayani",
    "nama": "Ngatiyana",
    "jabatan": "Wali Kota Cimahi",
    "ucapan": "Selamat Hari Jadi Kota Cimahi ke-25",
    "kutipan": "Pelayanan publik yang cepat dan ramah adalah janji kami kepada seluruh "
               "warga Cimahi.",
    "angka_1": "1.250", "label_1": "peserta pelatihan",
    "angka_2": "48", "label_2": "UMKM naik kelas",
    "angka_3": "Rp2,1 M", "label_3": "transaksi pameran",
}
# Title lengths: short, normal and a 150-character official title.
TITLES = {
    "pendek": "HUT Cimahi",
    "normal": "Rapat Koordinasi Kehumasan Kota Cimahi 2026",
    "panjang": ("Rapat Koordinasi Penguatan Pengelolaan Media Sosial dan Keterbukaan Informasi "
                "Publik bersama Seluruh Perangkat Daerah Kota Cimahi Tahun 2026"),
}
# For templates whose big text is not the title.
BIG_TEXT_KEY = {"ucapan": "ucapan", "kutipan": "kutipan"}
FORMATS = ("instagram_portrait", "instagram_square", "x_post", "youtube_thumbnail",
           "instagram_story")
PHOTO_FORMATS = ("instagram_portrait", "instagram_square", "x_post")


def values_for(template_id: str, length: str) -> dict[str, str]:
    values = dict(EVENT)
    values["judul"] = TITLES[length]
    key = BIG_TEXT_KEY.get(template_id)
    if key == "ucapan":
        values["ucapan"] = {"pendek": "Selamat Idulfitri", "normal": EVENT["ucapan"],
                            "panjang": "Selamat Hari Jadi ke-25 Kota Cimahi, Kota Inovatif, "
                                       "Religius dan Sejahtera"}[length]
        values["judul"] = "Bersama membangun Cimahi yang inovatif dan sejahtera"
    elif key == "kutipan":
        values["kutipan"] = {"pendek": "Cimahi untuk semua.", "normal": EVENT["kutipan"],
                             "panjang": TITLES["panjang"][:149] + "."}[length]
        values["judul"] = "Rapat Paripurna Hari Jadi ke-25 Kota Cimahi"
    return values


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size)


def tile(template_id: str, platform: Platform, values: dict[str, str],
         photo: Image.Image | None, focus, page: tuple[str, int, int] | None = None
         ) -> Image.Image:
    """One render, labelled; ``page``: a carousel page (kind, number, total) instead."""
    loaded = load_template(TEMPLATES_DIR / template_id)
    if page is not None:
        loaded = page_template(loaded, page[0])
        values = page_fields(values, page[0], page[1], page[2], default_brand())
    try:
        result = render_photo(loaded, default_brand(), values, platform, photo, focus)
        image, warnings = result.image, [f"{w.code}: {w.message}" for w in result.warnings]
    except StudioError as exc:
        image = Image.new("RGB", platform.size, (90, 0, 0))
        warnings = [f"ERROR {exc.one_line()}"]
    scale = TILE_HEIGHT / image.height
    small = image.resize((max(1, round(image.width * scale)), TILE_HEIGHT),
                         Image.Resampling.LANCZOS)
    lines = [platform.id, *warnings]
    height = TILE_HEIGHT + LABEL + 18 * max(0, len(lines) - 1)
    out = Image.new("RGB", (max(small.width, 240), height), "white")
    out.paste(small, (0, 0))
    draw = ImageDraw.Draw(out)
    draw.text((4, TILE_HEIGHT + 6), platform.id, font=_font(20), fill=(20, 30, 45))
    for i, line in enumerate(warnings):
        draw.text((4, TILE_HEIGHT + 32 + 18 * i), line[:160], font=_font(13),
                  fill=(190, 20, 20))
    return out


def sheet(rows: Sequence[tuple[str, Sequence[Image.Image]]], title: str) -> Image.Image:
    label_w = 200
    width = label_w + max(sum(t.width + GAP for t in tiles) for _, tiles in rows)
    height = 70 + sum(max(t.height for t in tiles) + GAP for _, tiles in rows)
    out = Image.new("RGB", (width, height), (236, 238, 241))
    draw = ImageDraw.Draw(out)
    draw.text((16, 18), title, font=_font(32), fill=(6, 48, 79))
    y = 70
    for name, tiles in rows:
        draw.text((16, y + 8), name, font=_font(22), fill=(6, 48, 79))
        x = label_w
        for t in tiles:
            out.paste(t, (x, y))
            x += t.width + GAP
        y += max(t.height for t in tiles) + GAP
    return out


def load_photo_set(folder: Path | None) -> dict[str, tuple[Image.Image, object]]:
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="foto-uji-"))
        write_photos(folder)
    photos = {}
    for path in sorted(folder.glob("*.jpg")):
        image = open_photo(path, max_side=1920).image
        photos[path.stem] = (image, detect_focus(image))
    return photos


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--template", action="append", help="template id (repeatable)")
    parser.add_argument("--view", action="append",
                        choices=("formats", "tall", "photos", "carousel"),
                        help="which sheets (default: all four)")
    parser.add_argument("--photos", type=Path, help="folder of test photos")
    parser.add_argument("--photo", default="pembicara-kiri",
                        help="the photo of the formats sheet (a name in the set)")
    parser.add_argument("--texts", default="pendek,normal,panjang")
    parser.add_argument("--length", default="normal", help="title length on the photo sheets")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    platforms = load_platforms()
    tall = [p for p in platforms.values() if p.aspect == "tall"]
    templates = args.template or sorted(
        p.name for p in TEMPLATES_DIR.iterdir() if (p / "template.toml").is_file())
    photos = load_photo_set(args.photos)
    views = args.view or ["formats", "tall", "photos", "carousel"]
    for template_id in templates:
        loaded = load_template(TEMPLATES_DIR / template_id)
        chosen = dict(photos)
        if "none" in loaded.template.media:
            chosen["tanpa-foto"] = (None, None)
        if "formats" in views:
            image, focus = chosen.get(args.photo, next(iter(chosen.values())))
            rows = [(length, [tile(template_id, platforms[p], values_for(template_id, length),
                                   image, focus) for p in FORMATS])
                    for length in args.texts.split(",")]
            if "tanpa-foto" in chosen:
                rows.append(("tanpa foto", [tile(template_id, platforms[p],
                                                 values_for(template_id, "normal"), None, None)
                                            for p in FORMATS]))
            _save(sheet(rows, f"{template_id} — panjang judul × format ({args.photo})"),
                  args.out / f"{template_id}__formats.png")
        values = values_for(template_id, args.length)
        if "tall" in views:
            rows = [(name, [tile(template_id, p, values, image, focus) for p in tall])
                    for name, (image, focus) in chosen.items()]
            _save(sheet(rows, f"{template_id} — 9:16 × foto"),
                  args.out / f"{template_id}__tall.png")
        if "photos" in views:
            rows = [(name, [tile(template_id, platforms[p], values, image, focus)
                            for p in PHOTO_FORMATS])
                    for name, (image, focus) in chosen.items()]
            _save(sheet(rows, f"{template_id} — foto × format"),
                  args.out / f"{template_id}__photos.png")
        if "carousel" in views and loaded.template.carousel is not None:
            # Rows = the feed formats that take carousels; columns = the cover, two
            # slides and the closing page of a 4-page post, with the photo set's photos.
            pictures = [v for k, v in photos.items()][:3]
            rows = []
            for pid in CAROUSEL_PLATFORMS:
                pages = [("cover", 1, *pictures[0]), ("slide", 2, *pictures[1]),
                         ("slide", 3, *pictures[2]), ("closing", 4, None, None)]
                rows.append((pid, [tile(template_id, platforms[pid], values, image, focus,
                                        (kind, number, len(pages)))
                                   for kind, number, image, focus in pages]))
            _save(sheet(rows, f"{template_id} — carousel: sampul, slide, penutup"),
                  args.out / f"{template_id}__carousel.png")
    return 0


def _save(image: Image.Image, path: Path) -> None:
    image.save(path, optimize=True)
    print(f"wrote {path}  {image.width}x{image.height}")


if __name__ == "__main__":
    raise SystemExit(main())
