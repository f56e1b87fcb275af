"""Caption templates (``captions/<id>.toml``): loaded, then rendered for platforms.

Cases are plausible caption templates — fields, defaults, hashtags, Jinja
sections from a small grammar (fields, the Indonesian filters, loops,
conditions, and the hostile constructs the sandbox must refuse), variants
with shorten steps, trims and hashtag caps — with wrong types and odd values
anywhere, then edited and byte-mutated as text. A template that loads is
rendered for platforms of every caption family (the tight X limit, Instagram's
hashtag cap, Facebook's long limit) with odd field values, and the result
written to the output folder as ``caption.txt`` would be.
"""

from __future__ import annotations

from typing import Any

import tomli_w
from hypothesis import strategies as st

from tests.fuzz.harness import Case, Target, Workspace
from tests.fuzz.strategies import (
    any_text,
    chaos_level,
    mutate_text,
    odd_text,
    pick,
    wrong_value,
)
from tests.fuzz.targets.templates import _KEYS, expression

_VARIANT_KEYS = ("default", "instagram", "x", "facebook", "tiktok", "threads", "whatsapp",
                 "linkedin", "youtube", "myspace")
_SECTIONS = ("pembuka", "isi", "tagar", "penutup", "lead", "x")
_PLATFORMS = ("instagram_portrait", "x_post", "facebook_feed", "threads", "tiktok",
              "whatsapp_status", "linkedin", "youtube_thumbnail")


@st.composite
def section_source(draw: st.DrawFn, keys: tuple[str, ...], hostile: int) -> str:
    parts = draw(st.lists(st.one_of(
        expression(keys, hostile), st.sampled_from(("{{ semua_tagar }}", "{{ semua_mention }}",
                                       "{{ tagar_tetap }}", "{{ kredit_foto }}",
                                       "{{ platform }}", "#tagar #lain", "\n\n", "—")),
        odd_text(20)), min_size=1, max_size=4))
    return "\n".join(parts)


@st.composite
def caption_data(draw: st.DrawFn) -> dict[str, Any]:
    chaos = draw(chaos_level())
    data: dict[str, Any] = {"schema": pick(draw, st.just(1), chaos),
                            "name": pick(draw, st.sampled_from(("Uji", "Uji 🙂")), chaos)}
    fields = draw(st.lists(st.sampled_from(_KEYS), unique=True, max_size=6))
    cut = draw(st.integers(0, len(fields)))
    data["fields"] = pick(draw, st.just({"required": fields[:cut],
                                               "optional": fields[cut:]}), chaos)
    if fields and draw(st.booleans()):
        data["defaults"] = pick(draw, st.dictionaries(st.sampled_from(fields),
                                                            any_text(20), max_size=3), chaos)
    if draw(st.booleans()):
        data["hashtags"] = pick(draw, st.lists(st.one_of(
            st.sampled_from(("#Cimahi", "CimahiKota", "#", "##", "#a b", "#🙂", "#" + "x" * 300)),
            odd_text(8)), max_size=8), chaos)
    names = draw(st.lists(st.sampled_from(_SECTIONS), min_size=1, max_size=5, unique=True))
    readable = (*fields, "semua_tagar", "semua_mention", "tagar_tetap", "kredit_foto",
                "platform")
    # Sections read the declared fields (a stranger's name now and then, with chaos).
    keys = readable if not chaos else (*readable, "tidak_ada")
    data["sections"] = {name: pick(draw, section_source(keys, min(chaos, 5)), chaos)
                        for name in names}
    variants: dict[str, Any] = {}
    keys = draw(st.lists(st.sampled_from(_VARIANT_KEYS[1:-1] if not chaos else _VARIANT_KEYS),
                         max_size=3, unique=True))
    for key in [*keys, "default"]:
        pool = [*names, "tidak-ada"] if chaos else names
        shown = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=4, unique=not chaos))
        variant: dict[str, Any] = {"sections": shown}
        if draw(st.booleans()):
            steps = st.sampled_from(shown) if not chaos else st.one_of(
                st.sampled_from(shown), st.builds(lambda a, b: {a: b}, st.sampled_from(names),
                                                  st.sampled_from(names)))
            variant["shorten"] = draw(st.lists(steps, max_size=4, unique=not chaos))
        if draw(st.integers(0, 2)) == 0:
            variant["trim"] = pick(draw, st.sampled_from(shown), chaos)
        if draw(st.integers(0, 2)) == 0:
            variant["max_hashtags"] = pick(draw, st.integers(-2, 40), chaos)
        if chaos and draw(st.integers(0, 8)) == 0:
            variant["drop"] = draw(wrong_value())
        variants[key] = variant
    data["variants"] = pick(draw, st.just(variants), chaos)
    if chaos and draw(st.integers(0, 10)) == 0:
        data[draw(st.sampled_from(("id", "extra", "version")))] = draw(wrong_value())
    return data


@st.composite
def caption_case(draw: st.DrawFn) -> Case:
    data = draw(caption_data())
    try:
        text = tomli_w.dumps(data, multiline_strings=True)
    except (TypeError, ValueError):
        text = 'schema = 1\nname = "x"\n'
    raw = draw(mutate_text(text))
    fields = draw(st.dictionaries(st.sampled_from(_KEYS), st.one_of(
        any_text(30), st.sampled_from(("2026-11-30", "2026-02-30", "30/11/2026", "19:30",
                                       "09:00-12:00", "WIB", "PST", "#a #b #c #d #e #f #g"))),
        max_size=6))
    platforms = draw(st.lists(st.sampled_from(_PLATFORMS), min_size=1, max_size=3, unique=True))
    return Case(files={"uji.toml": raw}, params={"fields": fields, "platforms": platforms,
                                                 "credit": draw(odd_text(10))})


def render(ws: Workspace, case: Case) -> str:
    from studio.caption import load_caption_template, render_caption
    from studio.caption.files import caption_file_text
    from studio.export import write_atomic
    from studio.platforms import get_platform

    template = load_caption_template(ws.inputs / "uji.toml")
    counts = []
    for platform_id in case.params["platforms"]:
        platform = get_platform(platform_id)
        result = render_caption(template, case.params["fields"], platform,
                                fixed_hashtags=("#CimahiKota", "#PemkotCimahi"),
                                mentions=("@pemkotcimahi",), photo_credit=case.params["credit"])
        assert result.count <= platform.caption.max_chars or result.warnings, \
            f"{platform_id}: {result.count} characters over the limit without a warning"
        write_atomic(ws.out / platform_id / "caption.txt",
                     caption_file_text(result).encode("utf-8"), overwrite=True)
        counts.append(result.count)
    return f"rendered {counts}"


TARGET = Target("caption", caption_case(), render, ci_examples=50)
