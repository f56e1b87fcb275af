"""Design rules of the shipped templates that a designer checks by eye, made mechanical.

- every text is at least the platform's readable size (``min_text_px``);
- a title is at least 1.3x the body text around it;
- a text is set alike (same lines, same size, same overflow) on every platform of
  one class, so it fits or fails the same way on a Story, a Reel and a TikTok;
- short titles are set larger than the layer's usual largest size; a long title
  grows its box (and the panel behind it) before it shrinks;
- an empty key figure gives its room away (collapse);
- a 9:16 output has no flat empty band taller than 12 % of its height.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from studio.brand import default_brand
from studio.paths import SAMPLES_DIR
from studio.platforms import Platform, SafeArea, get_platform, load_platforms
from studio.render.layer_text import fit_layer
from studio.render.layers import RenderContext
from studio.render.photo import complete_fields, plan_composition, render_photo
from studio.template.layout import resolve_layout
from studio.template.model import TextLayer
from tests.studio.test_shipped_templates import SHIPPED, shipped
from tools import regenerate_golden as golden

# The layer that carries each template's title, and the layers that are display
# figures rather than body text (the key figures of `angka` are bigger than its title).
TITLE = {"ucapan": "ucapan", "kutipan": "kutipan"}
DISPLAY = {"angka-1", "angka-2", "angka-3", "tanda-kutip"}
TITLES = {
    "pendek": "HUT Cimahi",
    "normal": "Rapat Koordinasi Kehumasan Kota Cimahi 2026",
    "panjang": ("Rapat Koordinasi Penguatan Pengelolaan Media Sosial dan Keterbukaan Informasi "
                "Publik bersama Seluruh Perangkat Daerah Kota Cimahi Tahun 2026"),
}


def title_key(template_id: str) -> str:
    return TITLE.get(template_id, "judul")


def title_values(template_id: str, length: str) -> dict[str, str]:
    values = dict(golden.VALUES[template_id])
    field = shipped(template_id).template.field(title_key(template_id))
    assert field is not None
    values[field.key] = TITLES[length][: field.max_length].rstrip()
    return values


def context(template_id: str, values: dict[str, str], platform: Platform) -> RenderContext:
    loaded = shipped(template_id)
    layout = resolve_layout(loaded.template, platform.width, platform.height, platform.safe,
                            platform.variant)
    return RenderContext(brand=default_brand(), template=loaded,
                         fields=complete_fields(loaded, values), layout=layout)


def fitted_sizes(template_id: str, values: dict[str, str], platform: Platform
                 ) -> dict[str, int]:
    """Each non-empty text layer's size in pixels as set on ``platform``."""
    ctx = context(template_id, values, platform)
    sizes = {}
    for resolved in ctx.layout.layers:
        if isinstance(resolved.layer, TextLayer):
            fitted = fit_layer(resolved, ctx)
            if fitted.text:
                sizes[resolved.layer.id] = fitted.block.size
    return sizes


# -- readable sizes --------------------------------------------------------------------------
@pytest.mark.parametrize("template_id", SHIPPED)
def test_no_text_is_smaller_than_the_platform_reads(template_id):
    """The smallest size a layer may shrink to is readable where the platform shows it."""
    template = shipped(template_id).template
    problems = []
    for platform in load_platforms().values():
        layout = resolve_layout(template, platform.width, platform.height, platform.safe,
                                platform.variant)
        for resolved in layout.layers:
            layer = resolved.layer
            if isinstance(layer, TextLayer) and layer.id not in DISPLAY:
                smallest = round(layer.size[0] * layout.scale)
                if smallest < platform.min_text_px:
                    problems.append(f"{platform.id}/{layer.id}: {smallest} px < "
                                    f"{platform.min_text_px} px")
    assert not problems, problems


@pytest.mark.parametrize("template_id", SHIPPED)
def test_the_thumbnail_has_a_design_of_its_own(template_id):
    template = shipped(template_id).template
    assert "thumbnail" in template.variants
    sizes = fitted_sizes(template_id, title_values(template_id, "normal"),
                         get_platform("youtube_thumbnail"))
    # A few words, large: the title at least 1/12 of the thumbnail's height.
    big = max(sizes.get(title_key(template_id), 0), sizes.get("angka-1", 0))
    assert big >= 720 / 12, sizes


# -- hierarchy -------------------------------------------------------------------------------
@pytest.mark.parametrize("template_id", SHIPPED)
@pytest.mark.parametrize("length", ["pendek", "normal", "panjang"])
def test_a_title_stays_at_least_1_3_times_the_body(template_id, length):
    title = title_key(template_id)
    problems = []
    for platform_id in ("instagram_portrait", "instagram_square", "instagram_story", "tiktok",
                        "x_post", "facebook_landscape", "youtube_thumbnail"):
        sizes = fitted_sizes(template_id, title_values(template_id, length),
                             get_platform(platform_id))
        if title not in sizes:
            continue  # the thumbnail of `angka` shows the first figure instead
        body = {k: v for k, v in sizes.items() if k not in DISPLAY and k != title}
        if body and sizes[title] < 1.3 * max(body.values()) - 1:
            problems.append((platform_id, sizes[title], body))
    assert not problems, problems


# -- the same text is set alike on every platform of a class -----------------------------------
CLASSES = {}
for _p in load_platforms().values():
    CLASSES.setdefault((_p.aspect, _p.variant), []).append(_p)


def setting(template_id: str, layer_id: str, values: dict[str, str], platform: Platform):
    ctx = context(template_id, values, platform)
    resolved = ctx.layout.layer(layer_id)
    assert resolved is not None
    fitted = fit_layer(resolved, ctx)
    return fitted.block.lines, fitted.reference_size, fitted.overflow


title_words = st.lists(st.sampled_from([
    "Rapat", "Koordinasi", "Kehumasan", "Penguatan", "Pengelolaan", "Media", "Sosial",
    "Perangkat", "Daerah", "Kota", "Cimahi", "Tahun", "2026", "HUT", "ke-25", "Pelayanan",
    "Kesejahteraan", "dan", "bersama", "Seluruh", "Warga", "UMKM", "–", "·",
]), min_size=1, max_size=24)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(template_id=st.sampled_from(SHIPPED), words=title_words)
def test_a_title_fits_or_fails_the_same_way_on_every_platform_of_a_class(template_id, words):
    key = title_key(template_id)
    field = shipped(template_id).template.field(key)
    assert field is not None
    values = dict(golden.VALUES[template_id])
    values[key] = " ".join(words)[: field.max_length]
    for (aspect, _variant), platforms in CLASSES.items():
        if len(platforms) < 2:
            continue
        settings_ = {p.id: setting(template_id, key, values, p) for p in platforms}
        first = next(iter(settings_.values()))
        for platform_id, other in settings_.items():
            assert other[0] == first[0] and other[2] == first[2], (aspect, platform_id)
            assert abs(other[1] - first[1]) <= 1, (aspect, platform_id, other[1], first[1])


# -- short titles fill, long ones grow before they shrink --------------------------------------
@pytest.mark.parametrize("template_id", ["pengumuman", "liputan-kegiatan", "info-layanan"])
def test_a_short_title_is_set_larger_than_the_usual_largest_size(template_id):
    platform = get_platform("instagram_portrait")
    ctx = context(template_id, title_values(template_id, "pendek"), platform)
    resolved = ctx.layout.layer("judul")
    assert resolved is not None and isinstance(resolved.layer, TextLayer)
    assert resolved.layer.scale_up > 1
    assert fit_layer(resolved, ctx).block.size > resolved.layer.size[1] * ctx.layout.scale


def test_a_long_title_grows_its_box_and_the_panel_before_it_shrinks():
    loaded = shipped("pengumuman")
    platform = get_platform("instagram_portrait")
    values = title_values("pengumuman", "normal")
    values["judul"] = "Penutupan Sementara Jalan Gatot Subroto Selama Perbaikan Saluran Air"
    base = resolve_layout(loaded.template, platform.width, platform.height)
    comp = plan_composition(loaded, default_brand(), values, platform.width, platform.height)
    grown = {r.layer.id: r.rect for r in comp.layout.layers}
    before = {r.layer.id: r.rect for r in base.layers}
    assert grown["judul"][1] < before["judul"][1]  # the title box grew up…
    assert grown["judul"][3] == before["judul"][3]  # …from a fixed baseline
    rise = before["judul"][1] - grown["judul"][1]
    assert grown["panel"][1] == before["panel"][1] - rise  # the panel stretched with it
    assert grown["panel"][3] == before["panel"][3]
    assert grown["tirai"][1] == before["tirai"][1] - rise  # and its shade moved
    ctx = context("pengumuman", values, platform)
    fitted = fit_layer(ctx.layout.layer("judul"), ctx)
    assert fitted.block.size == 84  # the largest usual size: grown, not shrunk
    assert not comp.warnings


def test_an_empty_key_figure_gives_its_room_away():
    loaded = shipped("angka")
    platform = get_platform("instagram_portrait")
    full = dict(golden.VALUES["angka"])
    two = {**full, "angka_3": "", "label_3": ""}
    comp_full = plan_composition(loaded, default_brand(), full, platform.width, platform.height)
    comp_two = plan_composition(loaded, default_brand(), two, platform.width, platform.height)
    title_full = comp_full.layout.layer("judul").rect
    title_two = comp_two.layout.layer("judul").rect
    row = comp_full.layout.layer("angka-3").rect
    label = comp_full.layout.layer("label-3").rect
    # The stack moved down by the empty row; the footer stayed.
    assert title_two[1] - title_full[1] == (row[3] - row[1]) + (label[3] - label[1])
    assert comp_two.layout.layer("sumber").rect == comp_full.layout.layer("sumber").rect


# -- 9:16: the photo fills the frame, no flat empty band ------------------------------------------
TALL = [p for p in load_platforms().values() if p.aspect == "tall"]
EMPTY_BAND = 0.12


def half(platform: Platform) -> Platform:
    s = platform.safe
    return replace(platform, width=platform.width // 2, height=platform.height // 2,
                   safe=SafeArea(s.top // 2, s.bottom // 2, s.left // 2, s.right // 2))


@cache
def real_photos() -> tuple[Image.Image, Image.Image]:
    """Two different real-looking photos (the event scene; the coffee on wood)."""
    out = []
    for name in ("aula-rapat.jpg", "kopi.jpg"):
        with Image.open(SAMPLES_DIR / name) as im:
            out.append(im.convert("RGB"))
    return out[0], out[1].resize((1200, 800))


def longest_empty_band(a: Image.Image, b: Image.Image) -> float:
    """The tallest run of rows where no photo shows and nothing is drawn, as a share.

    A row shows no photo when two renders with different photos agree there; it
    is empty when it is also flat (no text, no picture, no pattern across it).
    """
    x = np.asarray(a.convert("L"), dtype=np.float32)
    y = np.asarray(b.convert("L"), dtype=np.float32)
    hidden = np.abs(x - y).mean(axis=1) < 3.0
    flat = x.std(axis=1) < 3.0
    empty = hidden & flat
    longest = run = 0
    for row in empty:
        run = run + 1 if row else 0
        longest = max(longest, run)
    return longest / len(empty)


@pytest.mark.parametrize("template_id", SHIPPED)
def test_9_16_has_no_flat_empty_band(template_id):
    loaded = shipped(template_id)
    aula, kopi = real_photos()
    worst = []
    for platform in TALL:
        small = half(platform)
        for length in ("pendek", "panjang"):
            values = title_values(template_id, length)
            a = render_photo(loaded, default_brand(), values, small, aula).image
            b = render_photo(loaded, default_brand(), values, small, kopi).image
            band = longest_empty_band(a, b)
            if band > EMPTY_BAND:
                worst.append((platform.id, length, round(band, 3)))
    assert not worst, worst


@pytest.mark.parametrize("template_id", SHIPPED)
def test_9_16_photo_fills_the_frame(template_id):
    template = shipped(template_id).template
    for platform in TALL:
        layout = resolve_layout(template, platform.width, platform.height, platform.safe)
        media = next(r for r in layout.layers if r.layer.type == "media")
        assert media.rect == (0, 0, platform.width, platform.height), platform.id
