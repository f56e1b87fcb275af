"""Hostile templates and packages: validated at load, bounded before render, the app's own errors.

Variant overrides are validated exactly like base layers; a render budget
(layers, drawn area, shadows, gradients) is checked when the template loads;
package member names that would only fail deep in the file system
(RecursionError, ENAMETOOLONG) and brand fonts that are no fonts (TTLibError)
end in an error with a code, fast.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PIL import Image

from studio.brand import default_brand
from studio.errors import BrandError, PackageError, TemplateError
from studio.platforms import get_platform
from studio.render.photo import render_photo
from studio.template.loader import load_template
from studio.template.model import (
    MAX_DRAWN_AREA,
    MAX_GRADIENT_AREA,
    MAX_LAYERS,
    MAX_SHADOW_AREA,
)
from studio.template.package import MAX_MEMBER_DEPTH, import_package
from tests.studio.helpers import write_template

BASE = [
    {"id": "foto", "type": "media", "box": [0, 0, 1, 1]},
    {"id": "logo", "type": "image", "source": "logo.png", "box": [0.05, 0.05, 0.2, 0.1]},
    {"id": "judul", "type": "text", "text": "{{ judul }}", "box": [0.05, 0.7, 0.9, 0.2],
     "size": [20, 60]},
]


def template(folder: Path, **overrides) -> Path:
    write_template(folder, **{"layers": BASE, **overrides})
    Image.new("RGBA", (64, 32), (255, 255, 255, 255)).save(folder / "logo.png")
    return folder


def refused(folder: Path) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    return caught.value


VARIANT_ATTACKS = {
    "size": ("judul", {"size": [1, 99999]}, "size"),
    "text type": ("judul", {"text": 5}, "text"),
    "huge box": ("judul", {"box": [0, 0, 99999, 99999]}, "box"),
    "source outside": ("logo", {"source": "../../etc/passwd"}, "source"),
    "missing asset": ("logo", {"source": "tidak-ada.png"}, "missing"),
    "bad expression": ("judul", {"text": "{{ judul.__class__.__mro__ }}{% include 'x' %}"},
                       "include"),
    "type change": ("judul", {"type": "image"}, "type"),
}


@pytest.mark.parametrize("case", VARIANT_ATTACKS, ids=VARIANT_ATTACKS.keys())
def test_variant_overrides_are_validated_at_load_like_base_layers(tmp_path, case):
    layer, change, word = VARIANT_ATTACKS[case]
    folder = template(tmp_path / "uji", variants={"tall": {layer: change}})
    error = refused(folder)
    assert error.code.startswith("template."), error.code
    assert "tall" in error.message and repr(layer) in error.message, error.message
    assert word in error.message
    assert error.path is not None and error.path.name == "template.toml"


def test_a_valid_variant_still_loads_and_renders(tmp_path):
    folder = template(tmp_path / "uji", variants={"tall": {"judul": {"size": [30, 90]}}})
    loaded = load_template(folder)
    result = render_photo(loaded, default_brand(), {"judul": "Rapat"},
                          get_platform("instagram_story"), None)
    assert result.image.size == (1080, 1920)


def shadowed_text(n: int) -> dict:
    return {"id": f"t{n}", "type": "text", "text": "{{ judul }}", "box": [0, 0, 1, 1],
            "shadow": True}


def full_shape(n: int, shape: str = "rect") -> dict:
    return {"id": f"s{n}", "type": "shape", "shape": shape, "box": [0, 0, 1, 1]}


BUDGET_ATTACKS = {
    "3000 shadowed text layers": [shadowed_text(n) for n in range(3000)],
    "3000 full-canvas shapes": [full_shape(n) for n in range(3000)],
    "shadows under the layer limit": [shadowed_text(n) for n in range(int(MAX_SHADOW_AREA) + 1)],
    "shapes under the layer limit": [full_shape(n) for n in range(int(MAX_DRAWN_AREA) + 1)],
    "gradients": [full_shape(n, "gradient") for n in range(int(MAX_GRADIENT_AREA) + 1)],
    "three-canvas boxes": [{**full_shape(n), "box": [0, 0, 3, 3]} for n in range(2)],
}


@pytest.mark.parametrize("case", BUDGET_ATTACKS, ids=BUDGET_ATTACKS.keys())
def test_render_budget_is_checked_when_the_template_loads(tmp_path, case):
    folder = template(tmp_path / "uji", layers=BUDGET_ATTACKS[case])
    error = refused(folder)
    assert error.code == "template.over_limit", error.message
    assert "at most" in error.message


def test_the_budget_applies_to_each_variant(tmp_path):
    layers = [full_shape(n) for n in range(int(MAX_DRAWN_AREA) - 1)]
    overrides = {f"s{n}": {"box": [0, 0, 2, 2]} for n in range(5)}
    folder = template(tmp_path / "uji", layers=layers, variants={"landscape": overrides})
    error = refused(folder)
    assert error.code == "template.over_limit" and "landscape" in error.message


def test_limits_leave_room_for_real_designs():
    from studio.template import default_library

    for loaded in default_library().templates.values():
        assert len(loaded.template.layers) * 2 < MAX_LAYERS


def test_caption_must_be_an_id_not_a_path(tmp_path):
    folder = template(tmp_path / "uji", caption="../../rahasia")
    error = refused(folder)
    assert error.code == "template.invalid" and "caption" in error.message


# -- packages ----------------------------------------------------------------------------------


def package(tmp_path: Path, extra: dict[str, bytes]) -> Path:
    folder = template(tmp_path / "src" / "paket")
    path = tmp_path / "paket.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for item in folder.iterdir():
            archive.write(item, f"paket/{item.name}")
        for name, data in extra.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("name", [
    "paket/" + "a/" * 2000 + "x.png",
    "paket/" + "n" * 300 + ".png",
    "paket/" + "/".join(["d"] * (MAX_MEMBER_DEPTH + 1)) + "/x.png",
], ids=["2000 levels", "300 characters", "too deep"])
def test_package_member_names_are_bounded_before_the_file_system_sees_them(tmp_path, name):
    path = package(tmp_path, {name: b"x"})
    library = tmp_path / "library"
    with pytest.raises(PackageError) as caught:
        import_package(path, library)
    assert caught.value.code == "package.bad_member"
    assert caught.value.path == path
    assert not any((library / "paket").glob("*")) if library.exists() else True


# -- fonts -------------------------------------------------------------------------------------


def test_a_brand_font_that_is_not_a_font_is_the_apps_own_error(tmp_path):
    junk = tmp_path / "palsu.ttf"
    junk.write_bytes(b"this is not a font at all" * 40)
    brand = default_brand().with_font("bold", str(junk))
    folder = template(tmp_path / "uji")
    with pytest.raises(BrandError) as caught:
        render_photo(load_template(folder), brand, {"judul": "Rapat"},
                     get_platform("instagram_square"), None)
    assert caught.value.code == "brand.bad_font"
    assert caught.value.path == junk


def test_a_junk_emoji_font_is_the_same_error(tmp_path):
    from studio.render.text import font_codepoints

    junk = tmp_path / "emoji.ttf"
    junk.write_bytes(b"\0" * 100)
    with pytest.raises(BrandError) as caught:
        font_codepoints(junk)
    assert caught.value.code == "brand.bad_font"
