"""Platform presets and the brand kit load from data and resolve references."""

from __future__ import annotations

import pytest

from studio.brand import default_brand, load_brand, parse_hex_color
from studio.errors import BrandError, StudioError
from studio.platforms import aspect_of, get_platform, load_platforms, parse_platform_list


def test_every_preset_is_complete():
    platforms = load_platforms()
    assert len(platforms) >= 13
    for p in platforms.values():
        assert p.width > 0 and p.height > 0 and p.caption.max_chars > 0
        assert p.safe.top + p.safe.bottom < p.height / 2
    assert get_platform("x_post").caption.counting == "x_weighted"
    assert get_platform("instagram_portrait").caption.max_hashtags == 5
    assert get_platform("whatsapp_status").video.max_bytes <= 16_000_000
    assert get_platform("youtube_thumbnail").max_bytes == 2_000_000


@pytest.mark.parametrize(("size", "aspect"), [
    ((1080, 1920), "tall"), ((1080, 1350), "portrait"), ((1080, 1080), "square"),
    ((1600, 900), "landscape"), ((1200, 627), "landscape"), ((1080, 1440), "portrait"),
])
def test_aspect_classes(size, aspect):
    assert aspect_of(*size) == aspect


def test_platform_list_parsing():
    assert [p.id for p in parse_platform_list("x_post, tiktok")] == ["x_post", "tiktok"]
    assert len(parse_platform_list("all")) == len(load_platforms())
    with pytest.raises(StudioError, match="unknown platform"):
        parse_platform_list("friendster")


def test_brand_references_resolve():
    brand = default_brand()
    assert brand.color("brand:primary") == parse_hex_color(brand.colors["primary"])
    assert brand.color("#FFFFFF80") == (255, 255, 255, 128)
    assert brand.font_path("brand:heading").is_file()
    assert brand.logo_path("brand:white").is_file()
    with pytest.raises(BrandError, match="no colour 'ungu'"):
        brand.color("brand:ungu")


def test_brand_edit_returns_new_value():
    brand = default_brand()
    changed = brand.with_color("primary", "#112233")
    assert changed.colors["primary"] == "#112233"
    assert brand.colors["primary"] != "#112233"


def test_bad_brand_kit_is_reported(tmp_path):
    (tmp_path / "brand.toml").write_text('schema = 1\n[colors]\nprimary = "biru"\n')
    with pytest.raises(BrandError, match="primary"):
        load_brand(tmp_path)
    with pytest.raises(BrandError, match="not found"):
        load_brand(tmp_path / "nowhere")
