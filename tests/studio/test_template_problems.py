"""Template problems: each names the layer and the cause, in a code the GUI translates."""

from __future__ import annotations

from studio.brand import load_brand
from studio.platforms import load_platforms
from studio.template import editing as E
from studio.template.problems import brand_refs, brand_usage, template_problems
from tests.studio.helpers import starter_template as starter


def test_problems_name_the_layer_and_the_cause(tmp_path):
    brand = load_brand()
    t = E.add_layer(starter(), E.make_layer("text", "info", text="{{ tanggal }} {{ judul }"))
    t = E.add_layer(t, E.make_layer("text", "sub", text="{{ subjudul }}", color="brand:ungu"))
    t = E.add_layer(t, E.make_layer("image", "hiasan", source="aset/tidak-ada.png"))
    t = E.set_layer_properties(t, "logo", {"box": [0.0, 0.0, 0.3, 0.05], "area": "canvas"},
                               "tall")
    problems = template_problems(t, brand, tmp_path, load_platforms().values())
    codes = {(p.code, p.layer_id) for p in problems}
    assert ("expression.syntax", "info") in codes
    assert ("field.undefined", "sub") in codes
    assert ("brand.missing_color", "sub") in codes
    assert ("asset.missing", "hiasan") in codes
    # The tall variant puts the logo under Instagram's story chrome.
    assert ("layer.outside_safe", "logo") in {(p.code, p.layer_id) for p in problems}
    assert all(p.message for p in problems)
    assert template_problems(starter(), brand, tmp_path) == []


def test_brand_refs_follow_variants():
    t = starter()
    t = E.set_layer_property(t, "pita", "fill", "brand:primary", "tall")
    refs = brand_refs(t)
    assert "primary" in refs["color"] and "white" in refs["logo"]
    assert brand_usage("color", "primary", [t]) == [t]
    assert brand_usage("logo", "tidak-ada", [t]) == []
