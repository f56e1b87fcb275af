"""Caption templates cannot reach Python internals or run away, and the app keeps working.

Each attack is a section of an otherwise valid caption template. It is refused
when the file loads (a construct captions may not use) or when it renders
(a CaptionError: unsafe, timeout, or too large); a normal render afterwards
still works.
"""

from __future__ import annotations

import time

import pytest

from studio.caption import engine, parse_caption_text, render_caption
from studio.errors import CaptionError

FIELDS = {"judul": "Rapat Koordinasi", "tanggal": "2026-11-30"}


def template_with(section: str):
    text = (
        'name = "Uji"\n'
        '[fields]\nrequired = ["judul"]\noptional = ["tanggal"]\n'
        f"[sections]\nisi = '''{section}'''\n"
        '[variants.default]\nsections = ["isi"]\n'
    )
    return parse_caption_text(text, template_id="uji")


@pytest.fixture
def fast_deadline(monkeypatch):
    monkeypatch.setattr(engine, "RENDER_TIME_LIMIT", 0.3)


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
def test_attack_is_refused_and_the_app_keeps_working(source, platforms, fast_deadline):
    template = template_with(source)
    start = time.monotonic()
    with pytest.raises(CaptionError) as info:
        render_caption(template, FIELDS, platforms["facebook_feed"])
    assert time.monotonic() - start < 5  # generous: CI machines are shared
    assert info.value.code in {"caption.unsafe", "caption.undefined", "caption.timeout"}
    assert "uji" in info.value.params.get("template", "")
    assert_normal_render_works(platforms)


def test_nested_loops_are_stopped_in_time(platforms, fast_deadline):
    template = template_with(
        "{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(1000) %}"
        "{% endfor %}{% endfor %}{% endfor %}")
    start = time.monotonic()
    with pytest.raises(CaptionError) as info:
        render_caption(template, FIELDS, platforms["x_post"])
    elapsed = time.monotonic() - start
    assert info.value.code == "caption.timeout"
    assert "variant 'default'" in info.value.message
    assert 0.25 < elapsed < 5  # stopped at the 0.3 s deadline (plus a busy machine)
    assert_normal_render_works(platforms)


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
