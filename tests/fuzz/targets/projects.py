"""Event files (``*.kegiatan.toml``): what the app opens when a PIC double-clicks one.

Cases are plausible event files — schema, name, template, platforms, output
folder, pattern, fields, export options, a media list with focus, trim, skip
and per-item fields — where any value may be of the wrong type, out of range,
huge or odd unicode, paths may point anywhere (``..``, absolute, NUL, the
file itself), and the TOML text is edited and byte-mutated. A project that
loads is saved again into the output folder and planned as a batch (the
engine's pure first step: names, keys and captions of every output).
"""

from __future__ import annotations

from typing import Any

import tomli_w
from hypothesis import strategies as st

from tests.fuzz.harness import Case, Target, Workspace
from tests.fuzz.strategies import (
    any_text,
    chaos_level,
    interesting_float,
    mutate_text,
    odd_text,
    pick,
    wrong_value,
)

_PLATFORMS = ("instagram_portrait", "instagram_square", "x_post", "tiktok", "facebook_feed",
              "youtube_thumbnail", "nope", "")
_TEMPLATES = ("liputan-kegiatan", "ucapan", "pengumuman", "info-layanan", "undangan",
              "tidak-ada", "../templates/ucapan", "")
_PATHS = ("foto.jpg", "sub/foto.jpg", "../luar.jpg", "/etc/passwd", "C:/Windows/win.ini",
          "foto\\win.jpg", ".", "", "acara.kegiatan.toml", "hilang.jpg", "a" * 300 + ".jpg",
          "foto.jpg\x00.png", "~/foto.jpg", "//server/share/f.jpg", "klip.mp4")
_PATTERNS = ("{platform}/{name}", "{platform}/{index}-{judul}", "{name}", "{judul}/{tanggal}",
             "{nope}", "{name:>99999}", "{platform.__class__.__mro__}", "{0}", "{", "}",
             "{{name}}", "../{name}", "/abs/{name}", "{name}" * 50, "", " ", "{judul!r}",
             "{index:099999}")


def _pair(low: float, high: float) -> st.SearchStrategy[Any]:
    return st.lists(st.floats(low, high, allow_nan=False), min_size=2, max_size=2,
                    unique=True).map(sorted)


def _odd_pair() -> st.SearchStrategy[Any]:
    return st.lists(interesting_float(), min_size=1, max_size=3)


def _fields() -> st.SearchStrategy[Any]:
    keys = st.one_of(st.sampled_from(("judul", "tanggal", "lokasi", "waktu", "nama", "tagar",
                                      "deskripsi")), odd_text(6).filter(bool))
    values = st.one_of(odd_text(30), any_text(30),
                       st.sampled_from(("2026-11-30", "19:30", "1e999")))
    return st.dictionaries(keys, values, max_size=6)


@st.composite
def project_data(draw: st.DrawFn) -> dict[str, Any]:
    chaos = draw(chaos_level())
    schema = st.sampled_from((2, 0, -1)) if chaos and draw(st.integers(0, 20)) < chaos \
        else st.just(1)
    data: dict[str, Any] = {"schema": pick(draw, schema, chaos)}
    for key, strategy, weight in (
        ("name", any_text(20), 2), ("template", st.sampled_from(_TEMPLATES), 1),
        ("platforms", st.lists(st.sampled_from(_PLATFORMS), max_size=4), 1),
        ("output", st.sampled_from(("hasil", "../hasil", "/tmp/x", "", ".", "hasil/\x00")), 2),
        ("pattern", st.sampled_from(_PATTERNS), 2),
    ):
        if draw(st.integers(0, weight)) == 0 or key in ("template", "platforms"):
            data[key] = pick(draw, strategy, chaos)
    if draw(st.booleans()):
        data["fields"] = pick(draw, _fields(), chaos)
    if draw(st.booleans()):
        data["export"] = pick(draw, st.fixed_dictionaries({}, optional={
            "quality": st.integers(-5, 120), "credit": any_text(10),
            "overwrite": st.booleans(), "strict": st.booleans(), "captions": st.booleans(),
            "zip_per_platform": st.booleans()}), chaos)
    media = []
    for _ in range(draw(st.sampled_from((0, 1, 2, 3, 5)))):
        item: dict[str, Any] = {}
        if draw(st.integers(0, 5)):
            item["path"] = pick(draw, st.sampled_from(_PATHS), chaos)
        for key, strategy in (("template", st.sampled_from(_TEMPLATES[:5])),
                              ("focus", _pair(0, 1)), ("trim", _pair(0, 1e6)),
                              ("skip", st.booleans()), ("fields", _fields())):
            if draw(st.integers(0, 3)) == 0:
                if chaos and draw(st.integers(0, 10)) < chaos:
                    strategy = {"focus": _odd_pair(), "trim": _odd_pair()}.get(key, strategy)
                item[key] = pick(draw, strategy, chaos)
        media.append(item)
    if media:
        data["media"] = media
    if chaos and draw(st.integers(0, 10)) == 0:
        data[draw(st.sampled_from(("platfroms", "extra")))] = draw(wrong_value())
    return data


@st.composite
def project_case(draw: st.DrawFn) -> Case:
    data = draw(project_data())
    try:
        text = tomli_w.dumps(data, multiline_strings=draw(st.booleans()))
    except (TypeError, ValueError):
        text = 'schema = 1\ntemplate = "ucapan"\n'
    raw = draw(mutate_text(text))
    if draw(st.integers(0, 6)) == 0:
        raw = draw(st.sampled_from((b"\xef\xbb\xbf", b"\xff\xfe", b""))) + raw
    files = {"acara.kegiatan.toml": raw}
    # A photo the event may name (tiny, valid), and a sub-folder one.
    from tests.fuzz.targets.templates import _png

    files["foto.jpg"] = _png()
    if draw(st.booleans()):
        files["sub/foto.jpg"] = _png()
    return Case(files=files, params={})


def open_project(ws: Workspace, case: Case) -> str:
    from studio.project import load_project, save_project

    project = load_project(ws.inputs / "acara.kegiatan.toml")
    # Saving goes to the output folder (a "save as"); the original is never rewritten here.
    saved = save_project(project, ws.out / "salinan.kegiatan.toml")
    again = load_project(saved.path)
    assert again == saved, "a saved project does not read back as the same project"
    from studio.batch import plan_batch

    plan = plan_batch(saved)
    for planned in plan.inputs:
        for output in getattr(planned, "outputs", ()):
            path = getattr(output, "path", None)
            if path is not None:
                assert plan.output_dir in path.parents, f"an output leaves the folder: {path}"
    return f"planned {len(plan.inputs)} input(s)"


TARGET = Target("project", project_case(), open_project, ci_examples=50)
