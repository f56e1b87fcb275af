"""Regenerate the golden images of the shipped templates (tests/golden/*.png).

    python tools/regenerate_golden.py            # rewrite every golden image
    python tools/regenerate_golden.py --check    # only compare, rewrite nothing

Each golden is one shipped template rendered at one platform size with the
sample photo (or with no photo), downscaled to 270 px wide so the files stay
small, and stored as 256-colour PNGs (median cut, no dithering) so each stays
well under 60 KB. ``tests/studio/test_shipped_templates.py`` renders the same
cases and compares them with a tolerance. Look at every image you regenerate before you
commit it (see tests/golden/README.md).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from studio.brand import default_brand  # noqa: E402
from studio.carousel import page_fields, page_template  # noqa: E402
from studio.paths import SAMPLES_DIR, TEMPLATES_DIR  # noqa: E402
from studio.platforms import get_platform  # noqa: E402
from studio.render.crop import Focus  # noqa: E402
from studio.render.photo import render_photo  # noqa: E402
from studio.template.loader import load_template  # noqa: E402

GOLDEN_DIR = ROOT / "tests" / "golden"
GOLDEN_WIDTH = 270
GOLDEN_COLOURS = 256
# Mean absolute difference per channel (0..255) and the share of pixels that
# differ by more than HOT_LEVEL in some channel. The 256-colour palette alone
# costs up to ~2 levels of mean difference and almost no hot pixels; font
# rasterisers and resamplers differ a little between machines. A missing line
# of text (about 1-2 % of the pixels at this size) or a moved panel does not pass.
MAX_MEAN_DIFF = 3.0
HOT_LEVEL = 64
MAX_HOT_SHARE = 0.005

# Realistic long values (the longest an officer plausibly types), so the goldens
# and the every-platform test exercise shrink-to-fit and wrapping. The tests
# render these same values at every platform size and allow no text warning.
EVENT = {
    "judul": "Rapat Koordinasi Kehumasan Penguatan Pengelolaan Media Sosial Perangkat "
             "Daerah Kota Cimahi Tahun 2026",
    "subjudul": "Sosialisasi dan pendampingan teknis bagi seluruh pengelola akun media "
                "sosial perangkat daerah",
    "tanggal": "2026-09-30",
    "tanggal_selesai": "2026-10-02",
    "waktu": "13:30",
    "zona": "WIB",
    "lokasi": "Aula Gedung B Lantai 3, Kompleks Perkantoran Pemerintah Kota Cimahi, "
              "Jl. Demang Hardjakusumah",
    "penyelenggara": "Dinas Komunikasi dan Informatika Kota Cimahi",
    "deskripsi": "Rapat membahas penguatan pengelolaan akun media sosial perangkat daerah.",
    "tagar": "#CimahiMelayani #KotaCimahi",
}
VALUES: dict[str, dict[str, str]] = {
    "liputan-kegiatan": EVENT,
    "pengumuman": EVENT,
    "ucapan": {
        "ucapan": "Selamat Hari Guru Nasional 2026",
        "judul": "Terima kasih atas ilmu, kesabaran dan keteladanan yang menerangi masa "
                 "depan anak-anak Kota Cimahi",
        "tanggal": "2026-11-25",
        "nama": "Dr. Hj. Siti Nurhayati Wijayakusumah, S.H., M.Si.",
        "jabatan": "Kepala Dinas Pendidikan dan Kebudayaan Kota Cimahi",
        "penyelenggara": "Diskominfo Kota Cimahi",
    },
    "undangan": {**EVENT, "kontak": "Sekretariat Diskominfo, 0812-0000-3344"},
    "info-layanan": {
        "judul": "Perekaman KTP Elektronik Kini Dibuka di Seluruh Kantor Kecamatan",
        "subjudul": "Gratis, tanpa antre panjang, cukup membawa Kartu Keluarga",
        "deskripsi": (
            "Mulai 1 April 2026, perekaman KTP elektronik dilayani di kantor kecamatan "
            "setiap Senin sampai Jumat pukul 08.00–15.00 WIB.\n"
            "• Bawa fotokopi Kartu Keluarga dan surat pengantar dari kelurahan.\n"
            "• Seluruh layanan administrasi kependudukan tidak dipungut biaya.\n"
            "• Warga berkebutuhan khusus dapat meminta layanan jemput bola."
        ),
        "lokasi": "Kantor Kecamatan Cimahi Utara, Cimahi Tengah dan Cimahi Selatan",
        "kontak": "Call center Disdukcapil 022-6654321 · WhatsApp 0812-0000-1122",
        "penyelenggara": "Dinas Kependudukan dan Pencatatan Sipil Kota Cimahi",
    },
    "kutipan": {
        "kutipan": "Pelayanan publik yang cepat, ramah dan tanpa pungutan adalah janji kami "
                   "kepada seluruh warga Cimahi, dan janji itu akan kami tepati bersama.",
        "nama": "Dr. Hj. Siti Nurhayati Wijayakusumah, S.H., M.Si.",
        "jabatan": "Kepala Dinas Pendidikan dan Kebudayaan Kota Cimahi",
        "judul": "Rapat Paripurna DPRD dalam rangka Hari Jadi ke-25 Kota Cimahi",
        "tanggal": "2026-09-30",
        "penyelenggara": "Diskominfo Kota Cimahi",
    },
    "angka": {
        "judul": "Capaian Pelatihan Digital UMKM Kota Cimahi Sepanjang Tahun 2026 bersama "
                 "Perangkat Daerah dan Mitra",
        "angka_1": "1.250",
        "label_1": "peserta pelatihan digital",
        "angka_2": "48",
        "label_2": "UMKM naik kelas",
        "angka_3": "Rp2,1 M",
        "label_3": "transaksi selama pameran",
        "tanggal": "2026-09-30",
        "penyelenggara": "Dinas Koperasi, UKM, Perindustrian dan Perdagangan",
    },
}
# Sample photo per template, with an explicit focus so the goldens do not move
# when automatic face detection changes.
PHOTOS: dict[str, tuple[str, Focus]] = {
    "liputan-kegiatan": ("aula-rapat.jpg", Focus(0.5, 0.45)),
    "pengumuman": ("aula-rapat.jpg", Focus(0.5, 0.45)),
    "ucapan": ("potret-eileen-collins.jpg", Focus(0.45, 0.24)),
    "undangan": ("aula-rapat.jpg", Focus(0.5, 0.45)),
    "info-layanan": ("aula-rapat.jpg", Focus(0.5, 0.45)),
    "kutipan": ("potret-eileen-collins.jpg", Focus(0.45, 0.24)),
    "angka": ("aula-rapat.jpg", Focus(0.5, 0.45)),
}
# Platforms per template: one of each aspect class, plus no-photo renders where
# the template allows "none" (the designed brand background shows).
PLATFORMS = ("instagram_portrait", "instagram_story", "instagram_square", "x_post",
             "youtube_thumbnail")
NO_PHOTO_PLATFORMS = ("instagram_portrait", "facebook_landscape")


# Carousel pages (cover, slide, closing) of every template that declares them,
# at a portrait and a landscape feed size: page 2 of 5 for the slide.
CAROUSEL_PLATFORMS = ("instagram_portrait", "linkedin")
CAROUSEL_PAGES = {"cover": 1, "slide": 2, "closing": 5}
CAROUSEL_TOTAL = 5


@dataclass(frozen=True)
class GoldenCase:
    template_id: str
    platform_id: str
    with_photo: bool
    page: str | None = None  # a carousel page (cover, slide, closing)

    @property
    def name(self) -> str:
        if self.page is not None:
            return f"{self.template_id}__{self.platform_id}__carousel-{self.page}"
        kind = "foto" if self.with_photo else "tanpa-foto"
        return f"{self.template_id}__{self.platform_id}__{kind}"

    @property
    def path(self) -> Path:
        return GOLDEN_DIR / f"{self.name}.png"


def golden_cases() -> list[GoldenCase]:
    cases = []
    for template_id in VALUES:
        loaded = load_template(TEMPLATES_DIR / template_id)
        cases += [GoldenCase(template_id, p, True) for p in PLATFORMS]
        if "none" in loaded.template.media:
            cases += [GoldenCase(template_id, p, False) for p in NO_PHOTO_PLATFORMS]
        if loaded.template.carousel is not None:
            cases += [GoldenCase(template_id, p, page != "closing", page)
                      for p in CAROUSEL_PLATFORMS for page in CAROUSEL_PAGES]
    return cases


def render_case(case: GoldenCase) -> Image.Image:
    """The case rendered at the platform's full size (RGB), no warnings allowed."""
    loaded = load_template(TEMPLATES_DIR / case.template_id)
    values = VALUES[case.template_id]
    if case.page is not None:
        loaded = page_template(loaded, case.page)
        values = page_fields(values, case.page, CAROUSEL_PAGES[case.page], CAROUSEL_TOTAL,
                             default_brand())
    photo, focus = None, None
    if case.with_photo:
        name, focus = PHOTOS[case.template_id]
        if case.page == "slide":
            # The photo fills a slide: a portrait's fine detail over the whole frame
            # costs more than the 256-colour tolerance by itself; the hall does not.
            name, focus = PHOTOS["liputan-kegiatan"]
        with Image.open(SAMPLES_DIR / name) as im:
            photo = im.convert("RGB")
    result = render_photo(loaded, default_brand(), values,
                          get_platform(case.platform_id), photo, focus)
    # The samples are small photos: warnings about the photo itself are expected.
    text_warnings = [w for w in result.warnings if w.code not in ("photo_small", "face_hidden")]
    if text_warnings:
        raise AssertionError(f"{case.name}: {[w.message for w in text_warnings]}")
    return result.image


def downscale(image: Image.Image) -> Image.Image:
    height = round(image.height * GOLDEN_WIDTH / image.width)
    return image.resize((GOLDEN_WIDTH, height), Image.Resampling.LANCZOS)


def to_golden(image: Image.Image) -> Image.Image:
    """The stored form of a golden: downscaled, 256 colours (small files)."""
    return downscale(image).quantize(GOLDEN_COLOURS, method=Image.Quantize.MEDIANCUT,
                                     dither=Image.Dither.NONE)


def image_difference(a: Image.Image, b: Image.Image) -> tuple[float, float]:
    """(mean absolute difference, share of hot pixels) between two same-size images."""
    if a.size != b.size:
        return (255.0, 1.0)
    x = np.asarray(a.convert("RGB"), dtype=np.int16)
    y = np.asarray(b.convert("RGB"), dtype=np.int16)
    diff = np.abs(x - y)
    return float(diff.mean()), float((diff.max(axis=2) > HOT_LEVEL).mean())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare only; write nothing")
    args = parser.parse_args(argv)
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    failed = 0
    for case in golden_cases():
        image = render_case(case)
        if args.check:
            if not case.path.exists():
                print(f"MISSING {case.path.name}")
                failed += 1
                continue
            with Image.open(case.path) as golden:
                mean, hot = image_difference(downscale(image), golden)
            ok = mean <= MAX_MEAN_DIFF and hot <= MAX_HOT_SHARE
            failed += not ok
            print(f"{'ok  ' if ok else 'DIFF'} {case.path.name}  mean {mean:.2f}  hot {hot:.2%}")
            continue
        to_golden(image).save(case.path, optimize=True)
        print(f"wrote {case.path.relative_to(ROOT)}  {case.path.stat().st_size // 1024} KB")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
