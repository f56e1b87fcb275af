"""The expression sandbox (text layers and captions): single C-level operations stay small.

Each attack is refused quickly with the app's own error, and an ordinary render
works afterwards. Nothing here depends on the machine's speed: runaway work is
stopped by an injected step budget, and the refusals come from size checks made
before any large value is built.
"""

from __future__ import annotations

import pytest

from studio.caption import engine, parse_caption_text, render_caption
from studio.caption.indonesian import FILTERS
from studio.errors import CaptionError, TemplateError
from studio.platforms import load_platforms
from studio.render import expressions
from studio.render.expressions import evaluate_text
from studio.template import sandbox
from studio.template.sandbox import MAX_VALUE_SIZE, check_expression, value_size

FIELDS = {"judul": "Rapat Koordinasi", "tanggal": "2026-11-30"}

TEN = ",".join(["a"] * 10)
SIZE_ATTACKS = {
    "repetition of a repetition": "{{ [[1] * 20000] * 20000 }}",
    "one level more": "{{ [[[1] * 20000] * 20000] * 20000 }}",
    "string of a huge value": "{{ ([[1] * 20000] * 20000) | string }}",
    "join of a huge value": "{{ ([[1] * 20000] * 20000) | join(',') }}",
    "sum into a list": "{{ ([[1] * 200] * 200) | sum(start=[]) | length }}",
    "repetition by reference": "{% set a = [judul] * 2000 %}{{ [a] * 20 }}",
    "literals by reference": (
        f"{{% set a = [judul,{TEN.replace('a', 'judul')}] %}}"
        f"{{% set b = [{TEN}] %}}{{% set c = [{TEN.replace('a', 'b')}] %}}"
        f"{{% set d = [{TEN.replace('a', 'c')}] %}}{{{{ d == d }}}}"
    ),
    "concat of a huge list": "{{ ([1] * 15000) ~ ([1] * 15000) }}",
    "plus of lists": "{{ ([1] * 15000) + ([1] * 15000) }}",
    "huge range": "{{ range(1000000) | list }}",
    "dict of huge values": "{% set a = [1] * 15000 %}{{ {'x': a, 'y': a} }}",
}

DEPTH_ATTACKS = {
    "200 brackets": "{{ " + "[" * 200 + "1" + "]" * 200 + " }}",
    "200 parentheses": "{{ " + "(" * 200 + "1" + ")" * 200 + " }}",
    "2000 nots": "{{ " + "not " * 2000 + "1 }}",
    "1500 filters": "{{ judul" + "|upper" * 1500 + " }}",
    "3000 additions": "{{ " + "+".join(["1"] * 3000) + " }}",
    "3000 attributes": "{{ judul" + ".x" * 3000 + " }}",
}


def assert_text_layers_still_work() -> None:
    text = evaluate_text("{{ judul | upper }} {{ tanggal | tanggal_panjang }}", FIELDS)
    assert text == "RAPAT KOORDINASI Senin, 30 November 2026"


@pytest.mark.parametrize("source", SIZE_ATTACKS.values(), ids=SIZE_ATTACKS.keys())
def test_text_layer_values_are_sized_before_they_are_built(source, monkeypatch):
    # A tiny step budget: a refusal must come from the size checks, not from running out.
    monkeypatch.setattr(sandbox, "MAX_STEPS", 200_000)
    monkeypatch.setattr(expressions, "TIME_LIMIT", 3600.0)
    with pytest.raises(TemplateError) as info:
        evaluate_text(source, FIELDS, layer_id="judul")
    assert info.value.code in {"template.unsafe_expression", "template.bad_value"}, \
        info.value.message
    assert "judul" in info.value.message
    assert_text_layers_still_work()


@pytest.mark.parametrize("source", DEPTH_ATTACKS.values(), ids=DEPTH_ATTACKS.keys())
def test_deep_expressions_are_refused_when_the_template_loads(source):
    with pytest.raises(TemplateError) as info:
        check_expression(source, layer_id="judul")
    assert info.value.code == "template.bad_expression"
    assert "nested too deeply" in info.value.message
    # And at render time (no RecursionError escapes either way).
    with pytest.raises(TemplateError) as info:
        evaluate_text(source, FIELDS, layer_id="judul")
    assert info.value.code == "template.bad_expression"
    assert_text_layers_still_work()


def test_work_that_cannot_finish_is_stopped_by_the_step_budget(monkeypatch):
    # A billion iterations cannot finish; the clock is out of the picture (an hour).
    monkeypatch.setattr(sandbox, "MAX_STEPS", 50_000)
    monkeypatch.setattr(expressions, "TIME_LIMIT", 3600.0)
    loops = ("{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(1000) %}"
             "{% endfor %}{% endfor %}{% endfor %}")
    with pytest.raises(TemplateError) as info:
        evaluate_text(loops, FIELDS, layer_id="judul")
    assert info.value.code == "template.expression_timeout"
    assert_text_layers_still_work()


def test_ordinary_expressions_fit_the_default_budget():
    source = ("{% for w in judul.split() %}{{ w | upper }} {% endfor %}"
              "{{ tanggal | tanggal_panjang }} {{ ([judul] * 3) | join(', ') }}")
    text = evaluate_text(source, FIELDS)
    assert text.startswith("RAPAT KOORDINASI Senin, 30 November 2026")


@pytest.fixture(scope="module")
def platforms():
    return load_platforms()


def caption_with(section: str):
    text = ('name = "Uji"\n[fields]\nrequired = ["judul"]\noptional = ["tanggal"]\n'
            f"[sections]\nisi = '''{section}'''\n[variants.default]\nsections = [\"isi\"]\n")
    return parse_caption_text(text, template_id="uji")


@pytest.mark.parametrize("source", list(SIZE_ATTACKS.values())[:4],
                         ids=list(SIZE_ATTACKS.keys())[:4])
def test_caption_sandbox_sizes_values_the_same_way(source, platforms, monkeypatch):
    monkeypatch.setattr(sandbox, "MAX_STEPS", 200_000)
    monkeypatch.setattr(engine, "RENDER_TIME_LIMIT", 3600.0)
    with pytest.raises(CaptionError) as info:
        render_caption(caption_with(source), FIELDS, platforms["facebook_feed"])
    assert info.value.code in {"caption.unsafe", "caption.render"}
    good = render_caption(caption_with("{{ judul | upper }}"), FIELDS, platforms["x_post"])
    assert good.text == "RAPAT KOORDINASI"


def test_caption_with_a_deep_expression_fails_when_it_loads():
    with pytest.raises(CaptionError) as info:
        caption_with(DEPTH_ATTACKS["200 brackets"])
    assert info.value.code == "caption.invalid"


def test_value_size_counts_shared_references_and_stops_early():
    inner = [1] * 100
    assert value_size(inner) == 200
    assert value_size([inner] * 50) == 50 + 50 * 200
    huge = [[1] * 20000] * 20000
    assert MAX_VALUE_SIZE < value_size(huge) <= 2 * MAX_VALUE_SIZE + 20000
    assert value_size({"ab": "cde"}) == 1 + 2 + 3


def test_the_declared_filter_vocabulary_is_the_bound_one():
    # The template loader checks names against EXPRESSION_FILTERS; captions bind FILTERS.
    assert set(sandbox.EXPRESSION_FILTERS) == set(FILTERS)
    check_expression("{{ tanggal | tanggal_panjang }} {{ judul | judul_kapital }}")
    with pytest.raises(TemplateError):
        check_expression("{{ judul | no_such_filter }}")

