"""Caption templates cannot reach Python internals or run away, and the app keeps working.

Each attack is a section of an otherwise valid caption template. It is refused
when the file loads (a construct captions may not use) or when it renders
(a CaptionError: unsafe, timeout, or too large); a normal render afterwards
still works. Nothing here depends on the machine's speed: runaway work is work
that cannot finish (a billion loop turns), stopped by a small injected step
budget, with the clock left at its generous default.
"""

from __future__ import annotations

import pytest

from studio.caption import engine, parse_caption_text, render_caption
from studio.errors import CaptionError
from studio.template import sandbox

FIELDS = {"judul": "Rapat Koordinasi", "tanggal": "2026-11-30"}


def template_with(section: str):
    text = (
        'name = "Uji"\n'
        '[fields]\nrequired = ["judul"]\noptional = ["tanggal"]\n'
        f"[sections]\nisi = '''{section}'''\n"
        '[variants.default]\nsections = ["isi"]\n'
    )
    return parse_caption_text(text, template_id="uji")


# Python lines one render may run in these tests: an ordinary caption needs a few
# thousand, so the normal render still works; a loop that cannot finish runs out.
SMALL_STEP_BUDGET = 50_000


@pytest.fixture
def small_budget(monkeypatch):
    monkeypatch.setattr(sandbox, "MAX_STEPS", SMALL_STEP_BUDGET)


def assert_normal_render_works(platforms):
    result = render_caption(template_with("{{ judul | upper }} {{ tanggal | tanggal_panjang }}"),
                            FIELDS, platforms["facebook_feed"])
    assert result.text == "RAPAT KOORDINASI Senin, 30 November 2026"


RENDER_ATTACKS = {
    "class": "{{ judul.__class__ }}",
    "mro walk": "{{ judul.__class__.__mro__[1].__subclasses__() }}",
    "globals walk": "{{ judul.upper.__globals__ }}",
    "getitem walk": "{{ judul['__class__'] }}",
    "loop internals": "{% for i in range(2) %}{{ loop.__class__ }}{% endfor %}",
    "template self": "{{ self.__init__ }}",
    "str.format attribute": '{{ "{0.__class__}".format(judul) }}',
    "str.format_map": '{{ "{x.__class__}".format_map({"x": judul}) }}',
    "str.format width bomb": '{{ "{:>999999999}".format(judul) }}',
    "percent format bomb": '{{ "%999999999d" % 1 }}',
    "huge range": "{% for i in range(10**9) %}{% endfor %}",
    "huge range literal": "{% for i in range(1000000000) %}x{% endfor %}",
    "string multiplication": '{{ "a" * 10**9 }}',
    "string multiplication literal": '{{ "a" * 1000000000 }}',
    "list multiplication": "{{ [1] * 1000000000 }}",
    "power": "{{ 9 ** 9 ** 9 }}",
    "concat doubling": "{% set a = judul ~ judul %}" + "".join(
        f"{{% set {b} = {a} ~ {a} %}}" for a, b in zip("abcdefghijkl", "bcdefghijklm", strict=True)
    ) + "{{ m }}",
    "plus doubling": "{% set a = judul + judul %}" + "".join(
        f"{{% set {b} = {a} + {a} %}}" for a, b in zip("abcdefghijkl", "bcdefghijklm", strict=True)
    ) + "{{ m }}",
    "replace bomb": '{{ ("x" * 10000) | replace("", "y" * 10000) }}',
    "method replace bomb": '{{ ("x" * 10000).replace("", "y" * 10000) }}',
    "join bomb": "{{ range(1000) | map('string') | join('x' * 10000) }}",
    "width method": "{{ judul.ljust(999999999) }}",
    "big numbers": "{% set a = 99999999999999999999999999999999999999 %}"
                   "{% set b = a * a %}{% set c = b * b %}{{ c * c }}",
    "output flood": "{% for i in range(1000) %}{% for j in range(1000) %}{{ judul }}"
                    "{% endfor %}{% endfor %}",
}


@pytest.mark.parametrize("source", RENDER_ATTACKS.values(), ids=RENDER_ATTACKS.keys())
def test_attack_is_refused_and_the_app_keeps_working(source, platforms, small_budget):
    template = template_with(source)
    with pytest.raises(CaptionError) as info:
        render_caption(template, FIELDS, platforms["facebook_feed"])
    assert info.value.code in {"caption.unsafe", "caption.undefined", "caption.timeout"}
    assert "uji" in info.value.params.get("template", "")
    assert_normal_render_works(platforms)


def test_nested_loops_are_stopped(platforms, small_budget):
    # A billion turns: no machine finishes this, so only the budget can end it.
    template = template_with(
        "{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(1000) %}"
        "{% endfor %}{% endfor %}{% endfor %}")
    with pytest.raises(CaptionError) as info:
        render_caption(template, FIELDS, platforms["x_post"])
    assert info.value.code == "caption.timeout"
    assert "variant 'default'" in info.value.message
    assert_normal_render_works(platforms)


def test_the_clock_stops_a_render_too(platforms, monkeypatch):
    # The deadline is the backstop for a slow C call the steps cannot see: with the
    # clock already past its limit the first traced line stops the render.
    monkeypatch.setattr(engine, "RENDER_TIME_LIMIT", -1.0)
    template = template_with("{% for a in range(10) %}{{ judul }}{% endfor %}")
    with pytest.raises(CaptionError) as info:
        render_caption(template, FIELDS, platforms["x_post"])
    assert info.value.code == "caption.timeout"


def test_deadline_restores_the_previous_trace_function():
    import sys

    calls = []

    def outer(frame, event, arg):
        calls.append(event)
        return None

    sys.settrace(outer)
    try:
        with engine.deadline(1.0):
            pass
        assert sys.gettrace() is outer
    finally:
        sys.settrace(None)


LOAD_ATTACKS = {
    "macro recursion": "{% macro f(s) %}{{ f(s ~ s) }}{% endmacro %}{{ f(judul) }}",
    "include": "{% include 'x' %}",
    "import": "{% import 'x' as x %}",
    "extends": "{% extends 'x' %}",
    "filter block": "{% filter upper %}{{ judul }}{% endfilter %}",
    "set block": "{% set x %}{{ judul }}{% endset %}",
    "recursive loop": "{% for x in [1] recursive %}{{ loop([1]) }}{% endfor %}",
    "unknown filter": '{{ judul | attr("__class__") }}',
    "center filter": "{{ judul | center(999999999) }}",
    "format filter": '{{ "%s" | format(judul) }}',
    "no lipsum": "{{ lipsum(1000) }}",
    "no namespace": "{% set ns = namespace(s='') %}",
    "no cycler": "{{ cycler }}",
}


@pytest.mark.parametrize("source", LOAD_ATTACKS.values(), ids=LOAD_ATTACKS.keys())
def test_refused_constructs_fail_when_the_file_loads(source):
    with pytest.raises(CaptionError) as info:
        template_with(source)
    assert info.value.code == "caption.invalid"
    assert "section 'isi'" in info.value.message


def test_ordinary_jinja_still_works(platforms):
    source = (
        "{{ judul | upper }}|{{ judul.replace('Rapat', 'Rakor') }}|"
        "{% for w in judul.split() %}{{ loop.index }}{{ w[0] }}{% endfor %}|"
        "{{ ['a', 'b'] | join(', ') }}|{{ 'x' * 3 }}|{{ 7 // 2 }}|"
        "{% set t = 'tanggal' %}{{ t ~ '!' }}|{{ judul | length }}"
    )
    result = render_caption(template_with(source), FIELDS, platforms["facebook_feed"])
    assert result.text == "RAPAT KOORDINASI|Rakor Koordinasi|1R2K|a, b|xxx|3|tanggal!|16"
