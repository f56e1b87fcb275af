"""The brand kit's files: one serialiser that round-trips, assets taken safely, the user's copy."""

from __future__ import annotations

import shutil
import tomllib

import pytest
from PIL import Image

from studio.brand.model import contrast_ratio
from studio.brand.store import (
    active_brand_root,
    brand_to_toml,
    ensure_user_brand_kit,
    import_brand_asset,
    load_brand,
    save_brand,
)
from studio.errors import EditError
from studio.paths import BRANDING_DIR


@pytest.fixture
def brand_copy(tmp_path):
    """A copy of the shipped kit: tests never write assets/branding."""
    root = tmp_path / "branding"
    shutil.copytree(BRANDING_DIR, root, ignore=shutil.ignore_patterns("*.mp4", "NotoColor*"))
    return load_brand(root)


def test_save_brand_round_trips_and_keeps_unknown_settings(brand_copy):
    source = brand_copy.root / "brand.toml"
    source.write_text(source.read_text(encoding="utf-8") + "\n[extra]\nkeep = true\n",
                      encoding="utf-8")
    brand = load_brand(brand_copy.root).with_color("ungu", "#6A1B9A")
    brand = brand.with_info(hashtags=["#Cimahi", " ", "#Baru"])
    save_brand(brand)
    assert load_brand(brand.root) == brand
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    assert data["extra"] == {"keep": True}
    assert data["captions"]["hashtags"] == ["#Cimahi", "#Baru"]
    assert brand.without("color", "ungu").colors == brand_copy.colors


def test_import_brand_assets(brand_copy, tmp_path):
    font = BRANDING_DIR / "fonts" / "PlusJakartaSans-Regular.ttf"
    brand = import_brand_asset(brand_copy, "font", "teks", font)
    assert brand.fonts["teks"] == "fonts/PlusJakartaSans-Regular-2.ttf"
    assert brand.font_path("brand:teks").is_file()
    logo = tmp_path / "logo baru.png"
    Image.new("RGBA", (40, 40), (0, 0, 0, 0)).save(logo)
    brand = import_brand_asset(brand, "logo", "acara", logo)
    assert brand.logo_path("brand:acara").name == "logo-baru.png"
    fake = tmp_path / "palsu.ttf"
    fake.write_bytes(b"\0" * 100)
    with pytest.raises(EditError):
        import_brand_asset(brand, "font", "palsu", fake)
    with pytest.raises(EditError):
        import_brand_asset(brand, "logo", "x", fake)


def test_a_music_bed_goes_into_the_video_table_for_recaps(brand_copy, tmp_path):
    from studio.video.recap import music_path

    song = tmp_path / "Musik Latar.m4a"
    song.write_bytes(b"\0" * 100)
    brand = import_brand_asset(brand_copy, "music", "music", song)
    assert brand.video["music"] == "video/Musik-Latar.m4a"
    assert music_path(brand) == brand.root / "video" / "Musik-Latar.m4a"  # what a recap plays
    clip = tmp_path / "pembuka.mp4"
    clip.write_bytes(b"\0" * 100)
    with pytest.raises(EditError) as refused:
        import_brand_asset(brand, "music", "music", clip)  # a video is not a music bed
    assert refused.value.code == "edit.bad_music"


def test_user_brand_kit_is_a_copy(brand_copy, monkeypatch, tmp_path):
    monkeypatch.setenv("STUDIO_KONTEN_HOME", str(tmp_path / "home"))
    assert active_brand_root() == BRANDING_DIR
    user = ensure_user_brand_kit(brand_copy)
    assert user.root == tmp_path / "home" / "branding"
    assert (user.root / "brand.toml").is_file()
    assert active_brand_root() == user.root
    assert ensure_user_brand_kit(user) is user


def test_contrast_ratio():
    assert contrast_ratio("#FFFFFF", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#0B4F82", "#0B4F82") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_one_serialiser_reads_back_equal(brand_copy):
    text = brand_to_toml(brand_copy.with_color("ungu", "#6A1B9A"))
    (brand_copy.root / "brand.toml").write_text(text, encoding="utf-8")
    assert load_brand(brand_copy.root) == brand_copy.with_color("ungu", "#6A1B9A")


def test_brand_edits_refuse_unknown_properties(brand_copy):
    with pytest.raises(EditError):
        brand_copy.with_info(colour="#000000")
    with pytest.raises(EditError):
        brand_copy.without("sound", "intro")
