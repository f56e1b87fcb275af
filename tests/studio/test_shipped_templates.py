"""The shipped templates: every platform, long Indonesian text, contrast and goldens.

A government channel's followers see these templates, so the checks are the
ones a designer would make by eye, made mechanical:

- every template loads, uses the shared field vocabulary and keeps its caption id;
- every template renders at every platform's exact pixel size, with a photo and
  (where allowed) without one, and realistic long Indonesian values fit without
  a ``text_overflow`` warning;
- for any field text (hypothesis: long titles, emoji, empty fields, odd
  whitespace) each text layer's ink stays inside its box, and text is either
  drawn whole or reported with a warning, never cut silently;
- every text layer has WCAG contrast >= 4.5:1 against what is behind its ink,
  over a white, a black and a noisy photo (and the brand background when the
  template allows no photo); white logos sit on a calm, dark enough area;
- small golden renders match ``tests/golden`` (``python tools/regenerate_golden.py``).

The heavy checks run on a few representative platforms per aspect class at
half size: layout is in fractions and sizes scale with the short side, so a
half-size canvas has the same geometry.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from studio.brand import default_brand
from studio.paths import SAMPLES_DIR, TEMPLATES_DIR
from studio.platforms import Platform, SafeArea, get_platform, load_platforms
from studio.render import layer_image, layer_shape  # noqa: F401 - see below
from studio.render.crop import Focus
from studio.render.flow import flow_layout
from studio.render.layer_text import fit_layer
from studio.render.layers import RenderContext, renderer_for
from studio.render.photo import complete_fields, compose_frame, plan_composition, render_photo
from studio.template.layout import Layout, resolve_layout
from studio.template.loader import LoadedTemplate, load_template, parse_template, scan_library
from studio.template.model import STANDARD_FIELDS, ImageLayer, MediaLayer, TextLayer
from tools import regenerate_golden as golden

# Importing layer_text (for layer_text/shaper_for) registers the text renderer;
# renderers.renderer_for only imports the other layer modules while its registry
# is empty, so import them too (reported: renderer_for should check the name).

SHIPPED = ("liputan-kegiatan", "pengumuman", "ucapan", "undangan", "info-layanan", "kutipan",
           "angka")
# Keys a template may add to the shared vocabulary, and why: a contact (phone,
# WhatsApp, person) and a web link; the quote of `kutipan`; the key figures and
# their labels of `angka`.
EXTRA_FIELDS = {"kontak", "tautan", "kutipan", "angka_1", "label_1", "angka_2", "label_2",
                "angka_3", "label_3"}
# Heavy checks: each aspect class, both tall safe-area shapes, both landscape ratios.
REPRESENTATIVE = ("instagram_portrait", "instagram_square", "instagram_story", "tiktok",
                  "x_post", "facebook_landscape")
WCAG_TEXT = 4.5
PHOTO_WARNINGS = {"photo_small", "face_hidden"}
WCAG_GRAPHIC = 3.0

# Realistic worst cases an officer types: long, but real.
LONG = {
    "judul": "Rapat Koordinasi Kehumasan Penguatan Pengelolaan Media Sosial Perangkat "
             "Daerah Kota Cimahi Tahun 2026",
    "subjudul": "Sosialisasi dan pendampingan teknis bagi seluruh pengelola akun media sosial "
                "perangkat daerah",
    "tanggal": "2026-09-30",
    "tanggal_selesai": "2026-10-02",
    "waktu": "13:30",
    "zona": "WITA",
    "lokasi": "Aula Gedung B Lantai 3, Kompleks Perkantoran Pemerintah Kota Cimahi, "
              "Jl. Demang Hardjakusumah",
    "penyelenggara": "Dinas Komunikasi dan Informatika Kota Cimahi",
    "deskripsi": (
        "Mulai 1 April 2026, pelayanan perekaman KTP elektronik di kantor kecamatan dibuka "
        "setiap Senin sampai Jumat pukul 08.00–15.00 WIB.\n"
        "Pemohon membawa fotokopi Kartu Keluarga dan surat pengantar dari kelurahan.\n"
        "Seluruh layanan administrasi kependudukan tidak dipungut biaya.\n"
        "Informasi lebih lanjut hubungi call center Disdukcapil."
    ),
    "nama": "Dr. Hj. Siti Nurhayati Wijayakusumah, S.H., M.Si.",
    "jabatan": "Kepala Dinas Pendidikan dan Kebudayaan Kota Cimahi",
    "ucapan": "Terima kasih, Guru. Jasamu menerangi masa depan anak-anak Kota Cimahi",
    "kontak": "Call center Disdukcapil 022-6654321 · WhatsApp 0812-0000-1122 (Senin–Jumat)",
    "tagar": "#CimahiMelayani #KotaCimahi",
    "tautan": "https://cimahikota.go.id/layanan/perekaman-ktp-elektronik",
    "kutipan": "Pelayanan publik yang cepat, ramah dan tanpa pungutan adalah janji kami kepada "
               "seluruh warga Cimahi, dan janji itu akan kami tepati.",
    "angka_1": "Rp12,75 M", "label_1": "nilai transaksi selama pameran",
    "angka_2": "1.250", "label_2": "peserta pelatihan digital",
    "angka_3": "98,7%", "label_3": "warga puas dengan layanan",
}


# -- shared fixtures and helpers ------------------------------------------------------
@cache
def shipped(template_id: str) -> LoadedTemplate:
    return load_template(TEMPLATES_DIR / template_id)


@cache
def sample_photo() -> Image.Image:
    with Image.open(SAMPLES_DIR / "aula-rapat.jpg") as im:
        return im.convert("RGB").resize((640, 427))


def flat_photo(rgb: tuple[int, int, int]) -> Image.Image:
    return Image.new("RGB", (320, 240), rgb)


@cache
def noise_photo() -> Image.Image:
    rng = np.random.default_rng(3)
    return Image.fromarray(rng.integers(0, 256, (240, 320, 3), dtype=np.uint8))


def probe_photos(template: LoadedTemplate) -> dict[str, Image.Image | None]:
    photos: dict[str, Image.Image | None] = {
        "putih": flat_photo((255, 255, 255)),
        "hitam": flat_photo((0, 0, 0)),
        "bising": noise_photo(),
    }
    if "none" in template.template.media:
        photos["tanpa-foto"] = None
    return photos


def half(platform: Platform) -> Platform:
    """The same platform at half size: same layout geometry, a quarter of the pixels."""
    s = platform.safe
    return replace(platform, width=platform.width // 2, height=platform.height // 2,
                   safe=SafeArea(s.top // 2, s.bottom // 2, s.left // 2, s.right // 2))


_C = np.arange(256) / 255.0
_LINEAR = np.where(_C <= 0.04045, _C / 12.92, ((_C + 0.055) / 1.055) ** 2.4)


def luminance(rgb) -> np.ndarray:
    """WCAG relative luminance of 8-bit sRGB values (..., 3)."""
    linear = _LINEAR[np.asarray(rgb, dtype=np.uint8)]
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def contrast(a: float, b: float) -> float:
    high, low = max(a, b), min(a, b)
    return (high + 0.05) / (low + 0.05)


def context(loaded: LoadedTemplate, values: dict[str, str], layout: Layout) -> RenderContext:
    return RenderContext(brand=default_brand(), template=loaded,
                         fields=complete_fields(loaded, values), layout=layout)


def layer_alone(resolved, ctx: RenderContext) -> Image.Image:
    tile = Image.new("RGBA", (ctx.layout.width, ctx.layout.height), (0, 0, 0, 0))
    renderer_for(resolved.layer.type)(tile, resolved, ctx)
    return tile


def squash(text: str) -> str:
    # Wrapping changes spaces, and a separator ("·", "–") where a line breaks is
    # dropped (the break separates).
    return re.sub(r"[\s\-·•|–—/~*◦‧∙]", "", text)


# -- the library ------------------------------------------------------------------------
def test_every_shipped_template_validates():
    found, problems = scan_library(TEMPLATES_DIR)
    assert not problems, [p.error.one_line() for p in problems]
    assert set(SHIPPED) <= set(found)


@pytest.mark.parametrize("template_id", SHIPPED)
def test_caption_id_matches_the_template(template_id):
    assert shipped(template_id).template.caption == template_id


@pytest.mark.parametrize("template_id", SHIPPED)
def test_fields_use_the_shared_vocabulary(template_id):
    template = shipped(template_id).template
    keys = {f.key for f in template.fields}
    assert keys <= set(STANDARD_FIELDS) | EXTRA_FIELDS
    by_key = {f.key: f for f in template.fields}
    if "zona" in by_key:
        assert by_key["zona"].default == "WIB"
    if "penyelenggara" in by_key:
        assert by_key["penyelenggara"].default == "Diskominfo Kota Cimahi"
    assert template.field("judul") or template.field("ucapan")
    for f in template.fields:
        assert f.label, f.key
        # Realistic long values must not be cut by the form's own limit.
        if f.key in LONG:
            assert len(LONG[f.key]) <= f.max_length, f.key


@pytest.mark.parametrize("template_id", SHIPPED)
def test_text_expressions_read_only_declared_fields(template_id):
    from studio.render.expressions import referenced_fields

    template = shipped(template_id).template
    keys = {f.key for f in template.fields}
    for layer in template.layers:
        if isinstance(layer, TextLayer):
            assert referenced_fields(layer.text) <= keys, layer.id


READS_AS = [
    # (template, layer, values, text drawn)
    ("pengumuman", "tanggal", {"tanggal": "2026-03-12"}, "Kamis, 12 Maret 2026"),
    ("pengumuman", "waktu", {"waktu": "09:00", "zona": "WIB"}, "Pukul 09.00 WIB"),
    ("pengumuman", "waktu", {"waktu": "", "zona": "WITA"}, "Sepanjang hari"),
    ("pengumuman", "tagar", {"tagar": "cimahi melayani, #KotaCimahi"},
     "#CimahiMelayani #KotaCimahi"),
    ("undangan", "tanggal", {"tanggal": "2026-03-12", "tanggal_selesai": "2026-03-13"},
     "Kamis–Jumat, 12–13 Maret 2026"),
    ("undangan", "tanggal", {"tanggal": "2026-03-12", "tanggal_selesai": ""},
     "Kamis, 12 Maret 2026"),
    ("undangan", "waktu", {"waktu": "08:30"}, "08.30 WIB s.d. selesai"),
    ("undangan", "penyelenggara", {"kontak": "Budi (0812-0000-0000)"},
     "Diselenggarakan oleh Diskominfo Kota Cimahi\nNarahubung: Budi (0812-0000-0000)"),
    ("undangan", "penyelenggara", {}, "Diselenggarakan oleh Diskominfo Kota Cimahi"),
    ("ucapan", "tanggal", {"tanggal": "2026-11-25"}, "25 November 2026"),
    ("ucapan", "nama", {"nama": ""}, "Diskominfo Kota Cimahi"),
    ("ucapan", "jabatan", {"nama": "", "jabatan": "Wali Kota Cimahi"}, ""),
    ("ucapan", "jabatan", {"nama": "Siti", "jabatan": "Wali Kota Cimahi"}, "Wali Kota Cimahi"),
    ("info-layanan", "kontak", {"kontak": "Call center 112", "tautan": "cimahikota.go.id"},
     "Call center 112 · cimahikota.go.id"),
    ("info-layanan", "kontak", {"kontak": "", "tautan": "cimahikota.go.id"}, "cimahikota.go.id"),
    ("info-layanan", "sumber", {"penyelenggara": "Disdukcapil Kota Cimahi"},
     "Sumber: Disdukcapil Kota Cimahi"),
]


@pytest.mark.parametrize(("template_id", "layer_id", "values", "expected"), READS_AS)
def test_text_layers_read_as_intended(template_id, layer_id, values, expected):
    """The expressions give the Indonesian a reader expects (dates, times, optional parts)."""
    from studio.render.expressions import evaluate_text

    loaded = shipped(template_id)
    layer = loaded.template.layer(layer_id)
    assert isinstance(layer, TextLayer)
    text = evaluate_text(layer.text, complete_fields(loaded, values), layer_id=layer_id)
    assert text.strip() == expected


@pytest.mark.parametrize("template_id", SHIPPED)
def test_template_survives_a_roundtrip(template_id):
    template = shipped(template_id).template
    assert parse_template(template.to_data(), Path("template.toml")) == template


# -- every platform, exact size, no overflow -------------------------------------------------
@pytest.mark.parametrize("template_id", SHIPPED)
def test_renders_every_platform_at_its_exact_size(template_id):
    """Long realistic values, every platform, with a photo and (where allowed) without.

    The values are the goldens' (tools/regenerate_golden.py): the longest an
    officer plausibly types. A composition does not depend on the photo, so the
    no-photo render and the golden tests below reuse the compiled one.
    """
    loaded = shipped(template_id)
    for platform in load_platforms().values():
        photos = [sample_photo()] + ([None] if "none" in loaded.template.media else [])
        for photo in photos:
            result = render_photo(loaded, default_brand(), golden.VALUES[template_id],
                                  platform, photo, Focus(0.5, 0.45))
            assert result.image.size == platform.size, platform.id
            assert result.image.mode == "RGB"
            # The sample photo is small on purpose (fast); warnings about the photo
            # itself (enlarged, a face under the design) are not the template's.
            text_warnings = [w for w in result.warnings if w.code not in PHOTO_WARNINGS]
            assert not text_warnings, (platform.id, [w.message for w in text_warnings])


# -- golden images ------------------------------------------------------------------------------
@pytest.mark.parametrize("case", golden.golden_cases(), ids=lambda c: c.name)
def test_matches_golden_image(case, tmp_path):
    assert case.path.is_file(), f"missing {case.path}; run python tools/regenerate_golden.py"
    assert case.path.stat().st_size < 60 * 1024, f"{case.path.name} is too large"
    actual = golden.downscale(golden.render_case(case))
    with Image.open(case.path) as expected:
        mean, hot = golden.image_difference(actual, expected)
    if mean > golden.MAX_MEAN_DIFF or hot > golden.MAX_HOT_SHARE:
        actual.save(tmp_path / case.path.name)
        pytest.fail(f"{case.name} differs from its golden (mean {mean:.2f}, hot pixels "
                    f"{hot:.2%}); the new render is {tmp_path / case.path.name}. If the change "
                    "is intended, run python tools/regenerate_golden.py and look at the result.")


@pytest.mark.parametrize("template_id", SHIPPED)
def test_text_and_logos_stay_inside_the_safe_area(template_id):
    """Everything a reader must see (text, logo, icons) avoids the app's buttons.

    Decorations drawn under the media layer (the no-photo background) may bleed.
    """
    template = shipped(template_id).template
    for platform in load_platforms().values():
        layout = resolve_layout(template, platform.width, platform.height, platform.safe)
        left, top, right, bottom = layout.safe_rect
        above_media = False
        for resolved in layout.layers:
            if isinstance(resolved.layer, MediaLayer):
                above_media = True
                continue
            if not above_media or not isinstance(resolved.layer, TextLayer | ImageLayer):
                continue
            x0, y0, x1, y1 = resolved.rect
            assert left <= x0 and top <= y0 and x1 <= right and y1 <= bottom, \
                (platform.id, resolved.layer.id, resolved.rect, layout.safe_rect)


# -- property: text stays inside its box or is reported ---------------------------------------
WORDS = (
    "Rapat", "Koordinasi", "Kehumasan", "Penguatan", "Pengelolaan", "Media", "Sosial",
    "Perangkat", "Daerah", "Kota", "Cimahi", "Tahun", "2026", "Pelayanan", "Administrasi",
    "Kependudukan", "Kecamatan", "Jl.", "Demang", "Hardjakusumah", "RT", "04/RW", "11",
    "UMKM", "Diskominfo", "Bapak/Ibu", "(Senin–Jumat)", "08.00–15.00", "Kesejahteraan",
    "Mempertanggungjawabkan", "ketidakberhasilannya", "https://cimahikota.go.id/layanan",
    "🎉", "🙏", "🇮🇩", "👩‍🏫", "❤️", "✨", "#PemkotCimahi", "@pemkotcimahi", "“Kutipan”",
)
SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\t", " \n", "\n"])
word = st.one_of(
    st.sampled_from(WORDS),
    st.text(st.characters(categories=("L", "N", "P", "S")), min_size=1, max_size=18),
)


@st.composite
def field_text(draw, max_words: int = 30) -> str:
    words = draw(st.lists(word, max_size=max_words))
    out = ""
    for w in words:
        out += w + draw(SEPARATORS)
    return draw(st.sampled_from(["", " ", "\n"])) + out


@st.composite
def field_values(draw) -> dict[str, str]:
    values = {key: draw(field_text()) for key in (*STANDARD_FIELDS, *EXTRA_FIELDS)}
    values["tanggal"] = draw(st.dates()).isoformat() if draw(st.booleans()) else ""
    values["tanggal_selesai"] = draw(st.sampled_from(["", values["tanggal"] or "2026-01-01"]))
    t = draw(st.times())
    values["waktu"] = draw(st.sampled_from(["", f"{t.hour:02d}:{t.minute:02d}"]))
    values["zona"] = draw(st.sampled_from(["WIB", "WITA", "WIT", ""]))
    return values


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(template_id=st.sampled_from(SHIPPED), platform_id=st.sampled_from(REPRESENTATIVE),
       values=field_values())
def test_text_stays_in_its_box_or_is_reported(template_id, platform_id, values):
    loaded = shipped(template_id)
    platform = half(get_platform(platform_id))
    layout = resolve_layout(loaded.template, platform.width, platform.height, platform.safe)
    ctx = context(loaded, values, layout)
    # Boxes that grow (and the layers following them) as the renderer lays them out.
    layout = ctx.layout = flow_layout(layout, ctx)
    for resolved in layout.layers:
        layer = resolved.layer
        if not isinstance(layer, TextLayer):
            continue
        before = len(ctx.warnings)
        tile = layer_alone(resolved, ctx)
        warned = any(w.layer_id == layer.id and w.code == "text_overflow"
                     for w in ctx.warnings[before:])
        ink = tile.getbbox()
        if ink is not None:
            left, top, right, bottom = resolved.rect
            # Antialiasing and glyph overhang: accents and side bearings may reach
            # a little past the advance box the fitter measures (see the report).
            slack = 2 + ctx.px(layer.size[1]) // 10
            assert (ink[0] >= left - slack and ink[1] >= top - slack
                    and ink[2] <= right + slack and ink[3] <= bottom + slack), \
                (layer.id, ink, resolved.rect)
        # The block the renderer drew: the whole text, or a warning.
        fitted = fit_layer(resolved, ctx)
        assert fitted.overflow == warned, layer.id
        if not warned:
            assert squash("".join(fitted.block.lines)) == squash(fitted.text), layer.id


# -- contrast ---------------------------------------------------------------------------------
@cache
def without_ink(template_id: str) -> LoadedTemplate:
    """The template with its text glyphs and logos invisible; all else stays.

    Drawing with a transparent colour would punch holes in a text layer's own
    chip (Pillow writes the ink's alpha), so text on a chip takes the chip's colour.
    """
    loaded = shipped(template_id)
    data = loaded.template.to_data()
    chips: dict[str, str] = {}
    logos = set()
    for layer in data["layers"]:
        if layer["type"] == "text":
            chip = layer.get("background")
            layer["color"] = chips[layer["id"]] = chip["color"] if chip else "#00000000"
        elif layer["type"] == "image" and layer["source"].startswith("brand:"):
            layer["opacity"] = 0.0
            logos.add(layer["id"])
    for overrides in data.get("variants", {}).values():
        for layer_id, props in overrides.items():
            if layer_id in chips:
                chip = props.get("background")
                props["color"] = chip["color"] if chip else chips[layer_id]
            if layer_id in logos:
                props.pop("opacity", None)
    return LoadedTemplate(parse_template(data, loaded.folder / "template.toml"), loaded.folder)


def _ink_mask(resolved, ctx: RenderContext) -> np.ndarray:
    """Where a text layer's glyphs are (plus a 2 px halo), without its chip."""
    layer = resolved.layer
    update = {"color": "#FFFFFFFF", "shadow": False}
    if layer.background is not None:
        update["background"] = layer.background.model_copy(update={"opacity": 0.0})
    tile = layer_alone(type(resolved)(layer.model_copy(update=update), resolved.rect), ctx)
    ink = np.asarray(tile.getchannel("A")) > 96
    halo = ink.copy()
    for dy in range(-2, 3):
        for dx in range(-2, 3):
            halo |= np.roll(ink, (dy, dx), axis=(0, 1))
    return halo


def _frame_luminance(loaded: LoadedTemplate, values: dict[str, str], platform: Platform,
                     photo: Image.Image | None) -> np.ndarray:
    brand = default_brand()
    comp = plan_composition(loaded, brand, values, platform.width, platform.height,
                            platform.safe)
    return luminance(np.asarray(compose_frame(comp, photo, brand, Focus(0.5, 0.5))))


@pytest.mark.parametrize("template_id", SHIPPED)
def test_text_contrast_and_calm_logo_area(template_id):
    """Text >= 4.5:1 against what is behind its ink; a logo on an even, dark enough area.

    Behind = the same frame with every text layer's glyphs and every logo made
    invisible (they do not overlap, so hiding all at once equals hiding each in
    turn), over a white, a black and a noisy photo and, when the template allows
    it, no photo. The 5th and 95th percentile of the luminance under the ink
    (plus a 2 px halo) must both contrast with the text colour. Behind a logo the
    spread between them stays small (a calm area), and a white logo keeps the
    3:1 that WCAG asks of graphics.
    """
    loaded = shipped(template_id)
    brand = default_brand()
    values = golden.VALUES[template_id]
    failures = []
    for platform_id in REPRESENTATIVE:
        platform = half(get_platform(platform_id))
        # The laid-out boxes as rendered: grown titles, and the layers that follow them.
        layout = plan_composition(loaded, brand, values, platform.width, platform.height,
                                  platform.safe).layout
        ctx = context(loaded, values, layout)
        texts = [(r.layer, _ink_mask(r, ctx)) for r in layout.layers
                 if isinstance(r.layer, TextLayer)]
        logos = [(r.layer, np.asarray(layer_alone(r, ctx).getchannel("A")) > 0)
                 for r in layout.layers
                 if isinstance(r.layer, ImageLayer) and r.layer.source.startswith("brand:")]
        for photo_name, photo in probe_photos(loaded).items():
            behind = _frame_luminance(without_ink(template_id), values, platform, photo)
            for layer, mask in texts:
                if not mask.any():
                    continue
                text_lum = float(luminance(brand.color(layer.color)[:3]))
                worst = min(contrast(text_lum, float(np.percentile(behind[mask], q)))
                            for q in (5, 95))
                if worst < WCAG_TEXT:
                    failures.append(f"{platform_id}/{photo_name}/{layer.id}: {worst:.2f}")
            for layer, mask in logos:
                p5, p95 = (float(np.percentile(behind[mask], q)) for q in (5, 95))
                where = f"{platform_id}/{photo_name}/{layer.id}"
                if layer.source == "brand:white" and contrast(1.0, p95) < WCAG_GRAPHIC:
                    failures.append(f"{where}: white logo contrast {contrast(1.0, p95):.2f}")
                if contrast(p5, p95) > 1.6:
                    failures.append(f"{where}: busy background {contrast(p5, p95):.2f}")
    assert not failures, failures
