"""Template value edits: every edit returns a valid value that survives saving."""

from __future__ import annotations

import contextlib
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.errors import EditError
from studio.paths import TEMPLATES_DIR
from studio.platforms import ASPECTS
from studio.template import editing as E
from studio.template.layout import box_to_rect, rect_to_box
from studio.template.loader import (
    LoadedTemplate,
    load_template,
    parse_template,
    save_template,
    template_to_toml,
)
from studio.template.model import Box, Template
from tests.studio.helpers import starter_template as starter


def reread(template: Template) -> Template:
    return parse_template(tomllib.loads(template_to_toml(template)), Path("template.toml"))


# -- examples ------------------------------------------------------------------------
def test_layer_edits_and_variant_overrides():
    t = starter()
    assert [la.id for la in t.layers] == ["foto", "pita", "logo", "judul"]
    t2 = E.set_layer_property(t, "judul", "box", Box(x=0.1, y=0.3, w=0.8, h=0.2), "tall")
    assert t2.layers == t.layers  # the base is untouched
    assert t2.variants == {"tall": {"judul": {"box": [0.1, 0.3, 0.8, 0.2]}}}
    value, overridden = E.effective_property(t2, "judul", "box", "tall")
    assert overridden and value == Box(x=0.1, y=0.3, w=0.8, h=0.2)
    assert E.effective_property(t2, "judul", "box", "square") == (t.layer("judul").box, False)
    assert reread(t2) == t2
    assert E.reset_override(t2, "tall", "judul", "box") == t
    # Removing a layer takes its overrides with it.
    assert E.remove_layer(t2, "judul").variants == {}


def test_variant_values_are_stored_as_toml_reads_them():
    t = E.set_layer_properties(starter(), "judul", {"size": (40, 90), "max_lines": 2,
                                                   "animate": {"start": 1, "effect": "fade"}},
                               "landscape")
    stored = t.variants["landscape"]["judul"]
    assert stored["size"] == [40.0, 90.0] and stored["max_lines"] == 2
    assert stored["animate"] == {"start": 1.0, "effect": "fade", "duration": 0.5}
    assert reread(t) == t


def test_invalid_edits_are_refused_and_leave_the_value():
    t = starter()
    with pytest.raises(EditError):
        E.set_layer_property(t, "judul", "size", (90, 20))
    with pytest.raises(EditError):
        E.set_layer_property(t, "judul", "opacity", 2.0, "tall")
    with pytest.raises(EditError, match="cannot differ"):
        E.set_layer_property(t, "judul", "locked", False, "tall")
    with pytest.raises(EditError):
        E.add_layer(t, E.make_layer("media", "foto2"))
    with pytest.raises(EditError):
        E.add_field(t, E.make_field(key="judul", label="Lagi"))
    with pytest.raises(EditError):
        E.make_field(key="pilih", label="Pilih", type="choice")
    with pytest.raises(EditError):
        E.set_layer_property(t, "judul", "fill", "#fff")  # text layers have no fill


def test_renaming_a_field_follows_in_text_layers():
    t = E.set_layer_property(starter(), "judul", "text",
                             "{{ judul }}{% if lokasi %} di {{ lokasi }}{% endif %} lokasi")
    t = E.set_layer_property(t, "judul", "text", "{{ lokasi | upper }}", "tall")
    renamed = E.replace_field(t, "lokasi", E.make_field(key="tempat", label="Tempat"))
    assert renamed.layer("judul").text == \
        "{{ judul }}{% if tempat %} di {{ tempat }}{% endif %} lokasi"
    assert renamed.variants["tall"]["judul"]["text"] == "{{ tempat | upper }}"
    assert E.fields_used(renamed) == {"judul", "tempat"}


def test_builtin_templates_survive_every_edit_kind():
    for folder in sorted(TEMPLATES_DIR.iterdir()):
        if not (folder / "template.toml").is_file():
            continue
        t = load_template(folder).template
        for layer in t.layers:
            moved = E.set_layer_property(t, layer.id, "opacity", 0.5, "square")
            assert reread(moved) == moved
            assert E.reset_override(moved, "square", layer.id, "opacity") == \
                E.reset_override(t, "square", layer.id, "opacity")


# -- properties (hypothesis) -------------------------------------------------------------------
fractions = st.floats(min_value=-0.5, max_value=1.5, allow_nan=False)
sizes = st.floats(min_value=0.01, max_value=1.5, allow_nan=False)
boxes = st.builds(lambda x, y, w, h: Box(x=round(x, 4), y=round(y, 4), w=round(w, 4),
                                         h=round(h, 4)), fractions, fractions, sizes, sizes)
layer_ids = st.sampled_from(["pita", "logo", "judul"])
aspects = st.sampled_from([None, *ASPECTS])
texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


def _op_strategy():
    return st.one_of(
        st.tuples(st.just("box"), layer_ids, boxes, aspects),
        st.tuples(st.just("opacity"), layer_ids,
                  st.floats(0, 1, allow_nan=False), aspects),
        st.tuples(st.just("visible"), layer_ids, st.booleans(), aspects),
        st.tuples(st.just("name"), layer_ids, texts, st.none()),
        st.tuples(st.just("move"), layer_ids, st.integers(0, 4), st.none()),
        st.tuples(st.just("text"), st.just("judul"), texts.map(lambda s: s + "{{ judul }}"),
                  aspects),
        st.tuples(st.just("size"), st.just("judul"),
                  st.tuples(st.integers(4, 100), st.integers(0, 200)), aspects),
        st.tuples(st.just("reset"), layer_ids, st.sampled_from(ASPECTS), st.none()),
        st.tuples(st.just("field"), st.just("lokasi"), texts, st.none()),
    )


def apply_op(t: Template, op) -> Template:
    kind, target, value, aspect = op
    if kind == "move":
        return E.move_layer(t, target, value)
    if kind == "name":
        return E.rename_layer(t, target, value)
    if kind == "reset":
        return E.reset_override(t, value, target)
    if kind == "field":
        return E.set_field_property(t, target, "default", value)
    if kind == "size":
        value = (value[0], value[0] + value[1])
    return E.set_layer_property(t, target, kind, value, aspect)


@settings(max_examples=80, deadline=None)
@given(st.lists(_op_strategy(), max_size=12))
def test_any_edit_sequence_round_trips_through_toml(ops):
    t = starter()
    for op in ops:
        try:
            t = apply_op(t, op)
        except EditError:
            continue  # refused edits leave the value; the next edit starts from it
        assert reread(t) == t
        for aspect in ASPECTS:
            t.layers_for(aspect)  # every variant still makes valid layers


@settings(max_examples=60, deadline=None)
@given(layer_ids, boxes, st.sampled_from(ASPECTS))
def test_override_then_reset_is_the_identity(layer_id, box, aspect):
    t = starter()
    changed = E.set_layer_property(t, layer_id, "box", box, aspect)
    assert E.effective_property(changed, layer_id, "box", aspect) == (box, True)
    assert E.reset_override(changed, aspect, layer_id, "box") == t


@settings(max_examples=60, deadline=None)
@given(layer_ids, st.integers(0, 3))
def test_move_and_move_back_is_the_identity(layer_id, index):
    t = starter()
    old = [la.id for la in t.layers].index(layer_id)
    assert E.move_layer(E.move_layer(t, layer_id, index), layer_id, old) == t


@settings(max_examples=100, deadline=None)
@given(boxes, st.tuples(st.integers(0, 90), st.integers(0, 90), st.integers(0, 90),
                        st.integers(0, 90)), st.integers(200, 2000), st.integers(200, 2000))
def test_box_and_rect_convert_both_ways(box, margins, width, height):
    area = (margins[0], margins[1], width - margins[2], height - margins[3])
    rect = box_to_rect(box, area)
    assert rect_to_box(rect, area) == box
    back = box_to_rect(rect_to_box(rect, area), area)
    assert all(abs(a - b) < 1e-6 * max(width, height) for a, b in zip(back, rect, strict=True))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_op_strategy(), max_size=8))
def test_save_then_load_is_identical(tmp_path, ops):
    t = starter()
    for op in ops:
        with contextlib.suppress(EditError):
            t = apply_op(t, op)
    folder = tmp_path / "uji"
    save_template(LoadedTemplate(t, folder), t)
    loaded = load_template(folder)
    assert loaded.template == t
    save_template(loaded)
    assert load_template(folder).template == t
    assert (folder / "template.toml").read_text(encoding="utf-8") == template_to_toml(t)
