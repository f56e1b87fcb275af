"""Bulk sheets: CSV and XLSX read for a template, turned into an event, saved.

CSV cases are header + rows in every encoding and delimiter Excel and
friends write (UTF-8 with/without BOM, UTF-16, cp1252; comma, semicolon,
tab), with quoting, embedded newlines, NULs, huge cells and rows wider than
the limit, then byte-mutated. XLSX cases are real workbooks written by
openpyxl (strings, numbers, dates, times, booleans, formulas, very long
cells), then bent where a file from a stranger would be: a worksheet or the
workbook XML edited (DTDs and entities, broken tags, a lying ``<dimension>``),
members dropped, and the zip's bytes mutated. A sheet that reads becomes a
bulk event, which is saved into the output folder and read back.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from pathlib import Path

from hypothesis import strategies as st

from tests.fuzz.harness import Case, Target, Workspace
from tests.fuzz.strategies import any_text, interesting_float, interesting_int, mutate, odd_text

_HEADERS = ("judul", "Judul kegiatan", "nama", "Nama *", "tanggal", "waktu", "lokasi", "foto",
            "media", "kustom", "", "Nama", "x" * 300, "\ufeffjudul", "tagar")
_MEDIA = ("foto.jpg", "../luar.jpg", "/etc/passwd", "C:\\x.jpg", "sub/foto.jpg", "hilang.jpg",
          "foto.jpg\x00", "")


def _cell() -> st.SearchStrategy[object]:
    return st.one_of(
        any_text(20), st.sampled_from(_MEDIA), interesting_int(), interesting_float(),
        st.booleans(), st.none(),
        st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(9999, 12, 31)),
        st.datetimes(min_value=dt.datetime(1900, 3, 1)), st.times(),
        st.sampled_from(("=1+1", "=HYPERLINK(\"http://x\")", "@SUM(1)", "+cmd", "05/01/2026",
                         "31/02/2026", "19.30", "99:99")),
    )


@st.composite
def _grid(draw: st.DrawFn) -> list[list[object]]:
    headers = draw(st.lists(st.sampled_from(_HEADERS), min_size=1, max_size=6))
    rows = [list(headers)]
    for _ in range(draw(st.sampled_from((0, 1, 2, 3, 5)))):
        rows.append(draw(st.lists(_cell(), max_size=len(headers) + 2)))
    if draw(st.integers(0, 6)) == 0:
        rows.insert(0, [None, None])  # an empty first row: the header comes later
    return rows


def _text(cell: object) -> str:
    return "" if cell is None else str(cell)


@st.composite
def csv_bytes(draw: st.DrawFn) -> bytes:
    import csv

    grid = draw(_grid())
    wide = draw(st.sampled_from((0, 0, 0, 199, 201, 5000)))
    if wide:
        grid[0] = grid[0] + [f"k{n}" for n in range(wide)]
    many = draw(st.sampled_from((0, 0, 0, 4999, 5001)))
    if many:
        grid += [["Rapat", "2026-11-30"]] * many
    delimiter = draw(st.sampled_from((",", ";", "\t", "|")))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter,
                        quoting=draw(st.sampled_from((csv.QUOTE_MINIMAL, csv.QUOTE_ALL))),
                        lineterminator=draw(st.sampled_from(("\r\n", "\n", "\r"))))
    for row in grid:
        writer.writerow([_text(c) for c in row])
    text = buffer.getvalue()
    if draw(st.integers(0, 6)) == 0:
        text += '"unterminated, "quote\n'
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252")))
    data = text.encode(encoding, errors="replace")
    return draw(mutate(data, max_ops=3))


def _workbook(grid: list[list[object]]) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in grid:
        cells = []
        for cell in row:
            if isinstance(cell, str):
                cell = "".join(c for c in cell if c.isprintable() or c in "\n\t")[:32767]
            elif isinstance(cell, int) and abs(cell) > 2**53:
                cell = str(cell)
            elif isinstance(cell, float) and cell != cell:
                cell = "nan"
            cells.append(cell)
        try:
            sheet.append(cells)
        except (ValueError, TypeError):
            sheet.append([str(c) for c in cells])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _deterministic(buffer.getvalue())


_STAMP = re.compile(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?")


def _deterministic(data: bytes) -> bytes:
    """The workbook with its save time taken out (timestamps in docProps and the zip).

    Hypothesis replays a draw to shrink it: bytes that change with the clock
    would change the draws that follow (FlakyStrategyDefinition).
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            member = source.read(info)
            if info.filename.startswith("docProps/"):
                member = _STAMP.sub(b"2026-01-01T00:00:00Z", member)
            out.writestr(zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0)),
                         member, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


_XML_EDITS = (
    ("prolog", b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
               b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'),
    ("xxe", b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'),
    ("cut", b""),
    ("dimension", b'<dimension ref="A1:XFD1048576"/>'),
    ("garbage", b"<<<>>>&&&\x00"),
)


@st.composite
def xlsx_bytes(draw: st.DrawFn) -> bytes:
    data = _workbook(draw(_grid()))
    if draw(st.integers(0, 2)) == 0:
        source = zipfile.ZipFile(io.BytesIO(data))
        names = source.namelist()
        victim = draw(st.sampled_from(names))
        edit, payload = draw(st.sampled_from(_XML_EDITS))
        buffer = io.BytesIO()
        method = draw(st.sampled_from((zipfile.ZIP_DEFLATED, zipfile.ZIP_DEFLATED,
                                       zipfile.ZIP_STORED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)))
        with zipfile.ZipFile(buffer, "w", method) as out:
            for name in names:
                member = source.read(name)
                if name == victim:
                    if edit == "cut":
                        member = member[: draw(st.integers(0, len(member)))]
                    elif edit == "dimension":
                        member = member.replace(b"<sheetData", payload + b"<sheetData", 1)
                    elif edit == "garbage":
                        at = draw(st.integers(0, len(member)))
                        member = member[:at] + payload + member[at:]
                    else:
                        member = payload + member.split(b"?>", 1)[-1]
                    if draw(st.integers(0, 4)) == 0:
                        continue  # the member is missing altogether
                out.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), member,
                             compress_type=method)
        data = buffer.getvalue()
    if draw(st.integers(0, 3)) == 0:
        data = draw(mutate(data, max_ops=3))
    return data


@st.composite
def sheet_case(draw: st.DrawFn) -> Case:
    kind = draw(st.sampled_from(("csv", "xlsx")))
    name = draw(st.sampled_from({"csv": ("data.csv", "data.tsv", "data.txt", "data.xlsx"),
                                 "xlsx": ("data.xlsx", "data.xlsm", "data.csv")}[kind]))
    data = draw(csv_bytes() if kind == "csv" else xlsx_bytes())
    from tests.fuzz.targets.templates import _png

    return Case(files={name: data, "foto.jpg": _png()},
                params={"name": name, "template": draw(st.sampled_from(
                    ("ucapan", "liputan-kegiatan", "pengumuman"))),
                    "media_column": draw(st.sampled_from((None, None, "foto", "Gambar", "x"))),
                    "fields": draw(st.dictionaries(st.sampled_from(("judul", "lokasi")),
                                                   odd_text(10), max_size=2))})


def read_sheet(ws: Workspace, case: Case) -> str:
    from studio.bulk import bulk_project, read_bulk
    from studio.project import load_project, save_project
    from studio.template.library import default_library

    template = default_library().get(case.params["template"]).template
    table = read_bulk(ws.inputs / case.params["name"], template,
                      media_column=case.params["media_column"])
    for row in table.rows:
        if row.media is not None:
            media = Path(os.path.normpath(os.path.abspath(row.media)))
            assert Path(os.path.abspath(ws.inputs)) in media.parents, \
                f"row {row.line}: media outside the sheet's folder: {row.media}"
    project = bulk_project(table, template, platforms=("instagram_square",),
                           output_dir=ws.out / "hasil", fields=case.params["fields"])
    saved = save_project(project, ws.out / "bulk.kegiatan.toml")
    assert load_project(saved.path) == saved, "the bulk event does not read back"
    return f"{len(table.rows)} row(s), {len(table.warnings)} warning(s)"


TARGET = Target("sheet", sheet_case(), read_sheet, ci_examples=50)
