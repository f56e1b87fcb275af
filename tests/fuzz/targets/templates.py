"""Template loading: folders (``template.toml`` + assets) and ``.zip`` packages.

Cases are plausible templates — every layer type with its properties, fields,
per-aspect variants, text expressions from a small Jinja grammar — where any
value may be of the wrong type, out of range, huge, deeply nested or odd
unicode; the TOML text is then edited line by line (deep nesting, huge
numbers, broken syntax spliced in) and byte-mutated. Assets are small real
PNGs or something else under a ``.png`` name (PostScript, a 30000x30000
header, a truncated file). Packages zip such a folder with hostile member
names, link and directory attributes, every compression method, and then
bend the zip's own bytes.

A template that loads is then *used*: rendered for every aspect at a small
size with a photo and odd field values, written with the default file-name
pattern into the output folder, and saved back to TOML — what a PIC and a
designer would do next. Each step must work or raise the app's own error.
"""

from __future__ import annotations

import functools
import io
import stat
import tomllib
import warnings
import zipfile
from typing import Any

import tomli_w
from hypothesis import strategies as st
from PIL import Image

from studio.errors import StudioError
from tests.fuzz.harness import Case, Target, Workspace
from tests.fuzz.strategies import (
    any_text,
    chaos_level,
    interesting_float,
    mutate,
    mutate_text,
    odd_text,
    pick,
    png_chunk,
    wrong_value,
)

_ASPECTS = ("tall", "portrait", "square", "landscape")
_SIZES = {"tall": (108, 192), "portrait": (108, 135), "square": (96, 96),
          "landscape": (192, 108)}
_COLOURS = ("brand:primary", "brand:primary_dark", "brand:accent", "brand:white", "#06304F",
            "#06304FF0", "#fff", "brand:nope", "#GGGGGG", "red", "", "#12345")
_FONTS = ("brand:bold", "brand:regular", "brand:semibold", "brand:emoji", "brand:heading",
          "brand:nope", "Arial", "")
_KEYS = ("judul", "subjudul", "tanggal", "tanggal_selesai", "waktu", "zona", "lokasi",
         "penyelenggara", "deskripsi", "nama", "jabatan", "ucapan", "tagar", "kustom", "x")
_FILTERS = ("upper", "lower", "title", "trim", "length", "first", "last", "reverse",
            "tanggal_panjang", "tanggal_pendek", "hari", "jam", "rupiah", "tagar", "mention",
            "judul_kapital", "kalimat_pertama", "string", "list", "join", "unique", "sort",
            "truncate(5)", "replace('a', 'bb')", "default('x')", "int", "float", "round",
            "wordcount", "tanpa_ulangan({k})", "rentang_tanggal({k})")


_HOSTILE_ATOMS = (
    "range(100000)", "loop", "judul * 99999", "[judul] * 5000", "(judul ~ judul) * 600",
    "judul.__class__", "judul.format(1)", "'%s' % judul", "2 ** 64", "lipsum()", "cycler",
    "self", "namespace()", "[[1] * 200] * 200", "judul.__class__.__mro__", "tidak_ada",
    "range(10**9)", "'x' * 10**6", "judul | nope",
)
_PLAIN_ATOMS = ("'teks'", "1", "1000000", "[1, 2, 3]", "{{'a': 1}}", "range(5)", "none", "true",
                "{k} * 3", "{k}.upper()", "{k}[::-1]", "{k}.split()|join('-')",
                "{k} ~ ' ' ~ {k}", "{k} or 'kosong'", "{k}|length > 3")
_PLAIN_SHAPES = ("{{{{ {a} }}}}", "{{{{ {a} }}}} di {{{{ {k} }}}}",
                 "{{% if {a} %}}ya{{% else %}}tidak{{% endif %}}",
                 "{{% for x in {a} %}}{{{{ x }}}}{{% endfor %}}",
                 "{{% set y = {a} %}}{{{{ y }}}}", "{a}",
                 "{{% for x in range(3) %}}{{{{ loop.index }}}} {{{{ {a} }}}}{{% endfor %}}")
_HOSTILE_SHAPES = (
    "{{{{ {a}", "{{% macro m() %}}{a}{{% endmacro %}}", "{{% include {a} %}}",
    "{{% for x in range(1000) %}}{{% for y in range(1000) %}}{{{{ {a} }}}}{{% endfor %}}"
    "{{% endfor %}}", "{{% for x in range(1000) recursive %}}{{{{ loop(x) }}}}{{% endfor %}}",
    "{{% raw %}}{a}", "{{% filter upper %}}{a}{{% endfilter %}}",
)


@st.composite
def expression(draw: st.DrawFn, keys: tuple[str, ...] = _KEYS, hostile: int = 3) -> str:
    """A template expression over ``keys``: filters, statements, and — ``hostile`` in 10
    of the time — the constructs the sandbox must refuse or bound."""
    key = draw(st.sampled_from(keys)) if keys else "'teks'"
    bad = draw(st.integers(0, 9)) < hostile
    atom = draw(st.sampled_from(_HOSTILE_ATOMS)) if bad and draw(st.booleans()) else \
        draw(st.one_of(st.just(key), st.sampled_from(_PLAIN_ATOMS))).format(k=key)
    for _ in range(draw(st.sampled_from((0, 0, 1, 2, 3)))):
        atom = f"{atom} | {draw(st.sampled_from(_FILTERS)).format(k=key)}"
    if bad and draw(st.booleans()):
        depth = draw(st.sampled_from((5, 25, 70)))
        atom = "(" * depth + atom + ")" * depth
    shapes = _HOSTILE_SHAPES if bad and draw(st.booleans()) else _PLAIN_SHAPES
    text = draw(st.sampled_from(shapes)).format(a=atom, k=key)
    if draw(st.integers(0, 5)) == 0:
        text += draw(odd_text(20))
    return text


def _either(draw: st.DrawFn, valid: st.SearchStrategy[Any], odd: st.SearchStrategy[Any],
            chaos: int) -> Any:
    """A valid value, or with ``chaos`` an odd one of the right type, or a wrong type."""
    if chaos and draw(st.integers(0, 20)) < chaos:
        return draw(odd)
    return pick(draw, valid, chaos)


_UNIT = st.floats(0, 1, allow_nan=False)
_ODD_UNIT = st.one_of(st.floats(-1.5, 3.5, allow_nan=False), interesting_float())


@st.composite
def _box(draw: st.DrawFn, chaos: int) -> list[float]:
    x, y = draw(_UNIT), draw(_UNIT)
    valid = st.just([x, y, max(0.01, min(1.0, draw(_UNIT))), max(0.01, min(1.0, draw(_UNIT)))])
    return _either(draw, valid, st.lists(_ODD_UNIT, min_size=3, max_size=5), chaos)


def _common(draw: st.DrawFn, layer_id: str, chaos: int) -> dict[str, Any]:
    data: dict[str, Any] = {"id": layer_id}
    if draw(st.booleans()):
        data["box"] = draw(_box(chaos))
    if draw(st.integers(0, 3)) == 0:
        data["area"] = _either(draw, st.sampled_from(("canvas", "safe")), st.just("bleed"),
                               chaos)
    if draw(st.integers(0, 3)) == 0:
        data["opacity"] = _either(draw, _UNIT, interesting_float(), chaos)
    if draw(st.integers(0, 5)) == 0:
        data["visible"] = pick(draw, st.booleans(), chaos)
    if draw(st.integers(0, 4)) == 0:
        data["animate"] = pick(draw, st.fixed_dictionaries({}, optional={
            "start": st.floats(0, 20), "end": st.floats(0, 30),
            "effect": st.sampled_from(("none", "fade", "slide_up", "slide_left")),
            "duration": st.floats(0, 5)}), chaos)
    if chaos and draw(st.integers(0, 8)) == 0:
        data[draw(st.sampled_from(("extra", "Type", "layers")))] = draw(wrong_value())
    return data


_KINDS = ("image", "image", "shape", "shape", "text", "text", "text")


@st.composite
def layer(draw: st.DrawFn, layer_id: str, assets: tuple[str, ...], chaos: int,
          keys: tuple[str, ...] = _KEYS) -> dict[str, Any]:
    kind = _either(draw, st.sampled_from(_KINDS), st.sampled_from(("video", "", "TEXT")), chaos)
    data = _common(draw, layer_id, chaos)
    data["type"] = kind
    if kind == "media":
        data["fit"] = _either(draw, st.sampled_from(("cover", "contain", "blur")),
                              st.just("stretch"), chaos)
        if draw(st.booleans()):
            data["background"] = draw(st.sampled_from(_COLOURS))
    elif kind == "image":
        data["source"] = _either(
            draw, st.sampled_from((*assets, "brand:logo", "brand:white", "brand:mark")
                                  if assets else ("brand:logo", "brand:white", "brand:mark")),
            st.sampled_from(("../luar.png", "/etc/passwd", "C:/x.png", "a\\b.png",
                             "sub/../x.png", "", ".", "a" * 300 + ".png", "brand:nope",
                             "/".join(["d"] * 12) + "/x.png", "hilang.png", "sub")), chaos)
        for key, values in (("fit", ("contain", "cover")),
                            ("align", ("left", "center", "right")),
                            ("valign", ("top", "middle", "bottom"))):
            if draw(st.booleans()):
                data[key] = _either(draw, st.sampled_from(values), st.just("fill"), chaos)
    elif kind == "shape":
        data["shape"] = _either(draw, st.sampled_from(("rect", "rounded", "gradient",
                                                       "ellipse")), st.just("star"), chaos)
        data["fill"] = draw(st.sampled_from(_COLOURS))
        if draw(st.booleans()):
            data["fill_to"] = draw(st.sampled_from(_COLOURS))
        if draw(st.booleans()):
            data["direction"] = pick(draw, st.sampled_from(("down", "up", "left", "right")),
                                     chaos)
        if draw(st.booleans()):
            data["radius"] = _either(draw, st.floats(0, 200), interesting_float(), chaos)
    elif kind == "text":
        data["text"] = draw(st.one_of(expression(keys, min(chaos, 5)),
                                      expression(keys, min(chaos, 5)), any_text(30)))
        if draw(st.booleans()):
            low = draw(st.floats(4, 200))
            data["size"] = _either(draw, st.just([low, low + draw(st.floats(0, 200))]),
                                   st.lists(interesting_float(), min_size=1, max_size=3),
                                   chaos)
        for key, valid, odd in (
            ("font", st.sampled_from(_FONTS[:4]), st.sampled_from(_FONTS)),
            ("color", st.sampled_from(_COLOURS[:6]), st.sampled_from(_COLOURS)),
            ("align", st.sampled_from(("left", "center", "right")), st.just("justify")),
            ("valign", st.sampled_from(("top", "middle", "bottom")), st.just("baseline")),
            ("max_lines", st.integers(1, 40), st.integers(-1, 99)),
            ("line_spacing", st.floats(0.7, 3.0), interesting_float()),
            ("transform", st.sampled_from(("none", "upper", "lower")), st.just("title")),
            ("shadow", st.booleans(), st.just(2)),
        ):
            if draw(st.booleans()):
                data[key] = _either(draw, valid, odd, chaos)
        if draw(st.integers(0, 3)) == 0:
            data["background"] = pick(draw, st.fixed_dictionaries({}, optional={
                "color": st.sampled_from(_COLOURS[:6]),
                "padding": st.lists(st.floats(0, 400), min_size=2, max_size=2),
                "radius": st.floats(0, 200), "opacity": _UNIT}), chaos)
    return data


@st.composite
def template_data(draw: st.DrawFn, template_id: str, assets: tuple[str, ...]) -> dict:
    chaos = draw(chaos_level())
    data: dict[str, Any] = {"schema": _either(draw, st.just(1), st.sampled_from((0, 2)), chaos),
                            "id": template_id,
                            "name": _either(draw, st.sampled_from(("Uji", "Uji 🙂")),
                                            st.sampled_from(("", "x" * 81)), chaos)}
    for key, valid, odd in (
        ("description", odd_text(30), any_text(30)),
        ("version", st.sampled_from(("1.0.0", "2", "1.2")), st.sampled_from(("x", "1.0.0.0"))),
        ("author", odd_text(10), any_text(10)),
        ("media", st.lists(st.sampled_from(("photo", "video", "none")), max_size=3),
         st.just(["audio"])),
        ("aspects", st.lists(st.sampled_from(_ASPECTS), max_size=4), st.just(["round"])),
        ("caption", st.sampled_from(("liputan-kegiatan", "ucapan", "tidak-ada")),
         st.sampled_from(("../etc", "Bad Id"))),
        ("background", st.sampled_from(_COLOURS[:6]), st.sampled_from(_COLOURS)),
    ):
        if draw(st.integers(0, 2)) == 0:
            data[key] = _either(draw, valid, odd, chaos)
    fields = []
    for key in draw(st.lists(st.sampled_from(_KEYS), max_size=6, unique=True)):
        key = _either(draw, st.just(key), st.sampled_from(("Bad Key", "1x", "judul")), chaos)
        field: dict[str, Any] = {"key": key, "label": draw(odd_text(12)) or "Label"}
        kind = draw(st.sampled_from(("text", "text", "multiline", "date", "time", "choice")))
        field["type"] = _either(draw, st.just(kind), st.just("rich"), chaos)
        if kind == "choice":
            field["choices"] = draw(st.lists(odd_text(8), min_size=chaos == 0, max_size=3))
        for name, valid, odd in (
            ("required", st.booleans(), st.just("ya")),
            ("max_length", st.integers(1, 5000), st.integers(-5, 6000)),
            ("default", odd_text(20), any_text(20)), ("locked", st.booleans(), st.just(1)),
        ):
            if draw(st.integers(0, 2)) == 0:
                field[name] = _either(draw, valid, odd, chaos)
        fields.append(field)
    if fields:
        data["fields"] = fields
    count = draw(st.sampled_from((0, 1, 2, 3, 4, 6, 8, 8, 70)))
    names = ("foto", "logo", "judul", "pita", "x")
    ids = [str(_either(draw, st.just(f"{draw(st.sampled_from(names))}-{n}"),
                   st.sampled_from(("foto-0", "Bad Id", "a" * 70)), chaos)) for n in range(count)]
    declared = tuple(f["key"] for f in fields if isinstance(f["key"], str)) or ("judul",)
    data["layers"] = [draw(layer(layer_id, assets, chaos, declared)) for layer_id in ids]
    if data["layers"] and draw(st.integers(0, 3)):
        # One media layer (the photo), usually at the bottom; more than one with chaos.
        at = 0 if draw(st.integers(0, 3)) else draw(st.integers(0, len(ids) - 1))
        data["layers"][at] = {**_common(draw, ids[at], chaos), "type": "media",
                              "fit": _either(draw, st.sampled_from(("cover", "contain", "blur")),
                                             st.just("stretch"), chaos)}
        if chaos and draw(st.integers(0, 5)) == 0:
            data["layers"].append({"id": "foto-lagi", "type": "media"})
    if ids and draw(st.booleans()):
        variants: dict[str, Any] = {}
        for aspect in draw(st.lists(st.sampled_from(_ASPECTS), max_size=3, unique=True)):
            aspect = _either(draw, st.just(aspect), st.just("huge"), chaos)
            overrides = {}
            for layer_id in draw(st.lists(st.sampled_from(ids), max_size=3, unique=True)):
                layer_id = _either(draw, st.just(layer_id), st.just("tidak-ada"), chaos)
                change: dict[str, Any] = {}
                for key, valid, odd in (
                    ("box", _box(0), _box(8)),
                    ("size", st.just([20.0, 60.0]), st.lists(interesting_float(), min_size=2,
                                                             max_size=2)),
                    ("text", expression(declared, min(chaos, 5)), st.integers()),
                    ("source", st.sampled_from(assets or ("brand:logo",)),
                     st.sampled_from(("../../etc/passwd", "hilang.png"))),
                    ("visible", st.booleans(), st.just("no")),
                    ("type", st.just("text"), st.just("image")),
                    ("opacity", _UNIT, interesting_float()),
                    ("max_lines", st.integers(1, 40), st.integers(-3, 99)),
                    ("shadow", st.booleans(), st.just(None)),
                ):
                    if draw(st.integers(0, 3)) == 0:
                        change[key] = _either(draw, valid, odd, chaos)
                overrides[str(layer_id)] = change
            variants[str(aspect)] = overrides
        data["variants"] = variants
    if draw(st.integers(0, 4)) == 0:
        data["video"] = pick(draw, st.fixed_dictionaries({}, optional={
            "intro": st.booleans(), "outro": st.booleans(),
            "max_duration": st.floats(0.1, 600)}), chaos)
    if chaos and draw(st.integers(0, 10)) == 0:
        data[draw(st.sampled_from(("unknown", "Layers", "fields2")))] = draw(wrong_value())
    return data


def _toml(data: dict) -> str:
    try:
        return tomli_w.dumps(data)
    except (TypeError, ValueError):
        # tomli_w writes no None and no mixed shapes; the manifest without them still
        # exercises everything else.
        return tomli_w.dumps({k: v for k, v in data.items() if k in ("schema", "id", "name")})


def _png(size: tuple[int, int] = (8, 8), colour: tuple[int, ...] = (200, 30, 30, 255)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


@st.composite
def asset_bytes(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(("png",) * 8 + ("jpeg", "eps", "huge", "text", "gif", "ico",
                                                 "empty")))
    if kind == "png":
        return draw(mutate(_png((draw(st.integers(1, 40)), draw(st.integers(1, 40)))),
                           max_ops=2))
    if kind == "eps":
        return (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n"
                b"{ } loop\n/x (/etc/passwd) (r) file def\nshowpage\n")
    if kind == "huge":
        data = _png()
        ihdr = (30000).to_bytes(4, "big") * 2 + data[24:29]
        return data[:8] + png_chunk(b"IHDR", ihdr) + data[33:]
    if kind == "text":
        return b"bukan gambar\n"
    if kind == "empty":
        return b""
    buffer = io.BytesIO()
    Image.new("RGB", (6, 6), (1, 2, 3)).save(buffer, {"jpeg": "JPEG", "gif": "GIF",
                                                      "ico": "ICO"}[kind])
    return buffer.getvalue()


_IDS = ("uji", "uji-2", "liputan-kegiatan", "Uji", "a" * 64, "a" * 65, "", "../x", "con",
        "uji.zip")


@st.composite
def template_files(draw: st.DrawFn) -> tuple[str, dict[str, bytes]]:
    """(folder name, files by path relative to the folder) of one template."""
    template_id = draw(st.sampled_from(_IDS)) if draw(st.integers(0, 5)) == 0 else "uji"
    assets = tuple(draw(st.lists(st.sampled_from(("logo.png", "sub/pola.png", "ikon.png")),
                                 max_size=3, unique=True)))
    data = template_data(template_id, assets)
    text = _toml(draw(data))
    manifest = draw(mutate_text(text))
    files = {"template.toml": manifest}
    for name in assets:
        if draw(st.integers(0, 9)):  # now and then an asset the manifest names is missing
            files[name] = draw(asset_bytes())
    folder = template_id if template_id and all(c.isalnum() or c in "-_" for c in template_id) \
        else "uji"
    if draw(st.integers(0, 20)) == 0:
        folder = "uji-lain"  # the id does not match the folder
    return folder, files


@st.composite
def template_case(draw: st.DrawFn) -> Case:
    folder, files = draw(template_files())
    return Case(files={f"{folder}/{name}": data for name, data in files.items()},
                params={"folder": folder, "fields": draw(_field_values())})


def _field_values() -> st.SearchStrategy[dict[str, str]]:
    return st.dictionaries(st.sampled_from(_KEYS), st.one_of(
        any_text(20), st.sampled_from(("2026-11-30", "30/11/2026", "2026-02-30", "19:30",
                                       "25:99", "WIB", "WITA", "09:00-12:00", "-1", "1e9"))),
        max_size=5)


# -- using a loaded template ---------------------------------------------------------------

def use_template(loaded: Any, ws: Workspace, fields: dict[str, str]) -> str:
    """Render every aspect small, write one output, save the manifest: as the app would."""
    from studio.brand import default_brand
    from studio.export import encode_image, write_atomic
    from studio.naming import output_path
    from studio.platforms import load_platforms
    from studio.render.photo import compose_frame, plan_composition
    from studio.template.loader import parse_template, template_to_toml

    brand = default_brand()
    photo = Image.new("RGB", (40, 30), (90, 120, 150))
    warnings = 0
    for aspect in _ASPECTS:
        width, height = _SIZES[aspect]
        composition = plan_composition(loaded, brand, fields, width, height)
        frame = compose_frame(composition, photo, brand)
        assert frame.size == (width, height) and frame.mode == "RGB"
        warnings += len(composition.warnings)
    platform = next(iter(load_platforms().values()))
    target = output_path(ws.out, "{platform}/{name}", platform_id=platform.id, source=None,
                         extension=platform.extension,
                         template_id=loaded.id, fields=fields)
    assert ws.out in target.parents, f"output path {target} leaves the output folder"
    write_atomic(target, encode_image(frame, platform.format).data)
    # The designer saves it again: what loaded must survive being written out.
    text = template_to_toml(loaded.template)
    assert parse_template(tomllib.loads(text), ws.out / "template.toml") == loaded.template, \
        "a template that loaded does not read back identically after saving"
    return f"rendered ({warnings} warnings)"


def load_folder(ws: Workspace, case: Case) -> str:
    from studio.template.loader import load_template

    loaded = load_template(ws.inputs / case.params["folder"])
    return use_template(loaded, ws, dict(case.params["fields"]))


# -- packages ------------------------------------------------------------------------------

_MEMBER_NAMES = ("../evil.toml", "/abs.png", "C:/x.png", "a\\b.png", "x/../../y.png",
                 "./template.toml", "a" * 120 + ".png", "/".join(["d"] * 12) + "/x.png",
                 "nul\x00.png", "CON.png", "ok.exe", "ok.py", "template.toml/", "dir/",
                 "Template.TOML", "\u202egnp.exe", "ünï.png", "sub/template.toml", "x:y.png",
                 "//server/share.png", "logo.png ")


@st.composite
def package_case(draw: st.DrawFn) -> Case:
    folder, files = draw(template_files())
    prefix = draw(st.sampled_from((f"{folder}/", "", "a/b/")))
    members: list[tuple[str, bytes]] = [(prefix + name, data) for name, data in files.items()]
    for _ in range(draw(st.integers(0, 2))):
        members.insert(draw(st.integers(0, len(members))),
                       (draw(st.sampled_from(_MEMBER_NAMES)), draw(st.binary(max_size=32))))
    if draw(st.integers(0, 5)) == 0 and members:
        members.append(members[0])  # the same name twice
    buffer = io.BytesIO()
    warnings.simplefilter("ignore", UserWarning)  # zipfile warns about the duplicate names
    method = draw(st.sampled_from((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED,
                                   zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)))
    with zipfile.ZipFile(buffer, "w", compression=method) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = method
            attr = draw(st.sampled_from((None, None, None, "link", "dir", "exec")))
            if attr == "link":
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            elif attr == "dir":
                info.external_attr = (stat.S_IFDIR | 0o755) << 16 | 0x10
            elif attr == "exec":
                info.external_attr = (stat.S_IFREG | 0o755) << 16
            archive.writestr(info, data)
    data = buffer.getvalue()
    if draw(st.integers(0, 3)) == 0:
        data = draw(mutate(data))
    if draw(st.integers(0, 8)) == 0:
        data = _bomb(draw(st.sampled_from((60, 210))), folder)
    return Case(files={"paket.zip": data},
                params={"replace": draw(st.booleans()), "fields": draw(_field_values())})


@functools.cache
def _bomb(megabytes: int, folder: str) -> bytes:
    """A small zip that unpacks to ``megabytes`` MB (zeros compress about 1000:1)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo(f"{folder}/template.toml", (2026, 1, 1, 0, 0, 0)),
                         'schema = 1\nname = "Bom"\n')
        big = zipfile.ZipInfo(f"{folder}/besar.png", date_time=(2026, 1, 1, 0, 0, 0))
        big.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(big, "w", force_zip64=True) as member:
            block = bytes(1 << 20)
            for _ in range(megabytes):
                member.write(block)
    return buffer.getvalue()


def import_package(ws: Workspace, case: Case) -> str:
    from studio.template.package import import_package as do_import

    library = ws.out / "library"
    try:
        loaded = do_import(ws.inputs / "paket.zip", library, replace=case.params["replace"])
    except StudioError:
        _no_staging_left(ws)
        raise
    _no_staging_left(ws)
    assert library in loaded.folder.parents, f"imported into {loaded.folder}"
    return use_template(loaded, ws, dict(case.params["fields"]))


def _no_staging_left(ws: Workspace) -> None:
    library = ws.out / "library"
    left = [p.name for p in library.glob(".import-*")] if library.exists() else []
    assert not left, f"the import left its staging folder behind: {left}"


FOLDER_TARGET = Target("template", template_case(), load_folder, ci_examples=60)
PACKAGE_TARGET = Target("package", package_case(), import_package, ci_examples=40)
