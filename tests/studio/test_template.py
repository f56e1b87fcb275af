"""Template model, loading, validation messages, variants and save round-trips."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio.errors import TemplateError
from studio.platforms import load_platforms
from studio.template.layout import layout_for_platform, resolve_layout
from studio.template.loader import load_template, save_template, template_to_toml
from studio.template.model import Template
from tests.studio.helpers import write_template


def test_loads_minimal_template(tmp_path):
    loaded = load_template(write_template(tmp_path / "uji"))
    assert loaded.id == "uji"
    assert [layer.id for layer in loaded.template.layers] == ["foto", "pita", "judul"]


def test_error_names_file_layer_and_field(tmp_path):
    folder = write_template(tmp_path / "uji", layers=[
        {"id": "foto", "type": "media"},
        {"id": "judul", "type": "text", "text": "x", "size": [90, 20]},
    ])
    with pytest.raises(TemplateError) as info:
        load_template(folder)
    message = info.value.one_line()
    assert "template.toml" in message
    assert "layer 'judul' (#2)" in message
    assert "size" in message


def test_unknown_layer_type_is_named(tmp_path):
    folder = write_template(tmp_path / "uji", layers=[{"id": "x", "type": "video3d"}])
    with pytest.raises(TemplateError, match="layer 'x'"):
        load_template(folder)


def test_syntax_error_is_reported_with_file(tmp_path):
    folder = tmp_path / "rusak"
    folder.mkdir()
    (folder / "template.toml").write_text("id = 'rusak\nname=", encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        load_template(folder)
    assert info.value.code == "template.syntax"
    assert info.value.path.name == "template.toml"


def test_id_must_match_folder(tmp_path):
    folder = write_template(tmp_path / "uji", id="lain")
    with pytest.raises(TemplateError, match="does not match the folder"):
        load_template(folder)


def test_missing_asset_is_named(tmp_path):
    folder = write_template(tmp_path / "uji", layers=[
        {"id": "bingkai", "type": "image", "source": "assets/bingkai.png"}])
    with pytest.raises(TemplateError, match=r"bingkai\.png"):
        load_template(folder)


@pytest.mark.parametrize("source", ["../luar.png", "/etc/passwd", "C:/x.png", "a\\b.png",
                                    "assets//x.png"])
def test_asset_paths_cannot_leave_the_folder(tmp_path, source):
    folder = write_template(tmp_path / "uji", layers=[
        {"id": "x", "type": "image", "source": source}])
    with pytest.raises(TemplateError):
        load_template(folder)


def test_variant_overrides_only_named_properties(tmp_path):
    folder = write_template(tmp_path / "uji", variants={
        "tall": {"judul": {"box": [0.1, 0.5, 0.8, 0.2], "max_lines": 5}}})
    template = load_template(folder).template
    tall = {la.id: la for la in template.layers_for("tall")}
    square = {la.id: la for la in template.layers_for("square")}
    assert tall["judul"].box.y == 0.5 and tall["judul"].max_lines == 5
    assert tall["judul"].size == square["judul"].size
    assert square["judul"].box.y == 0.72


def test_variant_for_unknown_layer_is_an_error(tmp_path):
    folder = write_template(tmp_path / "uji", variants={"tall": {"hilang": {"opacity": 0.5}}})
    with pytest.raises(TemplateError, match="hilang"):
        load_template(folder)


def test_layout_respects_safe_area(tmp_path):
    template = load_template(write_template(tmp_path / "uji")).template
    story = load_platforms()["instagram_story"]
    layout = layout_for_platform(template, story)
    text = next(r for r in layout.layers if r.layer.id == "judul")
    media = next(r for r in layout.layers if r.layer.id == "foto")
    assert media.rect == (0, 0, 1080, 1920)
    left, top, right, bottom = text.rect
    assert top >= story.safe.top and bottom <= 1920 - story.safe.bottom
    assert left >= story.safe.left and right <= 1080 - story.safe.right


def test_save_roundtrip_is_identical(tmp_path):
    loaded = load_template(write_template(tmp_path / "uji", variants={
        "landscape": {"foto": {"box": [0.4, 0, 0.6, 1]}}}))
    saved = save_template(loaded)
    again = load_template(saved.folder)
    assert again.template == loaded.template
    assert template_to_toml(again.template) == template_to_toml(loaded.template)


_box = st.tuples(*(st.floats(0, 0.9, allow_nan=False) for _ in range(2)),
                 *(st.floats(0.05, 1, allow_nan=False) for _ in range(2)))


@settings(max_examples=40, deadline=None)
@given(box=_box, size=st.tuples(st.integers(4, 100), st.integers(0, 200)),
       lines=st.integers(1, 40), text=st.text(max_size=200))
def test_format_roundtrip_property(box, size, lines, text):
    template = Template.model_validate({
        "id": "uji", "name": "Uji",
        "layers": [{"id": "t", "type": "text", "text": text, "box": list(box),
                    "size": [size[0], size[0] + size[1]], "max_lines": lines}],
    })
    assert Template.model_validate(tomllib.loads(template_to_toml(template))) == template


@settings(max_examples=60, deadline=None)
@given(width=st.integers(200, 4000), height=st.integers(200, 4000))
def test_layout_boxes_are_inside_the_canvas_for_any_size(width, height):
    template = Template.model_validate({
        "id": "uji", "name": "Uji",
        "layers": [{"id": "m", "type": "media"},
                   {"id": "t", "type": "text", "text": "x", "box": [0.05, 0.7, 0.9, 0.25]}],
    })
    layout = resolve_layout(template, width, height)
    for resolved in layout.layers:
        left, top, right, bottom = resolved.rect
        assert 0 <= left < right <= width and 0 <= top < bottom <= height


@pytest.mark.parametrize("expression", [
    "{{ judul.__class__.__mro__ }}",
    "{% macro x() %}{% endmacro %}",
    "{{ '{0.__class__}'.format(judul) }}",
])
def test_unsafe_text_expressions_are_refused(tmp_path, expression):
    from studio.brand import default_brand
    from studio.platforms import get_platform
    from studio.render.photo import render_photo

    folder = write_template(tmp_path / "uji", layers=[
        {"id": "t", "type": "text", "text": expression}])
    try:
        loaded = load_template(folder)
    except TemplateError as exc:
        assert "layer 't' (#1)" in exc.one_line()
        return
    with pytest.raises(TemplateError):
        render_photo(loaded, default_brand(), {"judul": "x"}, get_platform("x_post"), None)


def test_runaway_text_expression_is_stopped(tmp_path, monkeypatch):
    from studio.brand import default_brand
    from studio.platforms import get_platform
    from studio.render import expressions
    from studio.render.photo import render_photo
    from studio.template import sandbox

    # A billion loop turns cannot finish on any machine, and the small step budget
    # stops it long before the (generous) clock would: nothing depends on speed.
    monkeypatch.setattr(sandbox, "MAX_STEPS", 50_000)
    monkeypatch.setattr(expressions, "TIME_LIMIT", 3600.0)
    loop = ("{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(1000) %}"
            "{% endfor %}{% endfor %}{% endfor %}x")
    folder = write_template(tmp_path / "uji", layers=[{"id": "t", "type": "text", "text": loop}])
    loaded = load_template(folder)
    with pytest.raises(TemplateError) as info:
        render_photo(loaded, default_brand(), {}, get_platform("x_post"), None)
    assert info.value.code == "template.expression_timeout"
    # The app keeps working: a normal template still renders.
    ok = load_template(write_template(tmp_path / "ok"))
    render_photo(ok, default_brand(), {"judul": "Rapat"}, get_platform("x_post"), None)


def test_a_layer_shown_only_when_its_field_has_a_value(tmp_path):
    """``show_if``: the place's icon is left out with the place (no orphan icon)."""
    from studio.brand import default_brand
    from studio.platforms import get_platform
    from studio.render.photo import render_photo

    folder = write_template(tmp_path / "uji", background="#000000", fields=[
        {"key": "judul", "label": "Judul", "required": True},
        {"key": "lokasi", "label": "Tempat"}], layers=[
        {"id": "ikon", "type": "shape", "fill": "#FFFFFF", "box": [0.4, 0.4, 0.2, 0.2],
         "show_if": "lokasi"}])
    loaded = load_template(folder)
    platform = get_platform("instagram_square")
    centre = (platform.width // 2, platform.height // 2)
    with_place = render_photo(loaded, default_brand(), {"judul": "Rapat", "lokasi": "Aula"},
                              platform, None).image
    without = render_photo(loaded, default_brand(), {"judul": "Rapat", "lokasi": "  "},
                           platform, None).image
    assert with_place.getpixel(centre)[:3] == (255, 255, 255)
    assert without.getpixel(centre)[:3] == (0, 0, 0)
    with pytest.raises(TemplateError):
        load_template(write_template(tmp_path / "salah", layers=[
            {"id": "ikon", "type": "shape", "show_if": "Bukan Kunci"}]))


def test_shipped_icons_follow_their_details():
    from studio.template.library import default_library

    library = default_library()
    for template_id, layer_id, key in (("pengumuman", "ikon-lokasi", "lokasi"),
                                       ("info-layanan", "ikon-lokasi", "lokasi"),
                                       ("info-layanan", "ikon-kontak", "kontak"),
                                       ("undangan", "ikon-lokasi", "lokasi")):
        assert library.get(template_id).template.layer(layer_id).show_if == key
