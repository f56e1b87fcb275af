"""Hostile spreadsheets: limits before work, the app's own error for broken XML, safe media paths.

An XLSX is a zip of XML. A 1.4 MB one once unpacked to 2.9 GB; one declaring a
million columns took 948 MB; broken, XXE and billion-laughs XML ended in a
``ParseError`` traceback. Each case here ends in a :class:`ProjectError` with a
``bulk.*`` code (or reads correctly), and never outside the limits.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

import studio.bulk as bulk
from studio.bulk import MAX_COLUMNS, read_bulk
from studio.errors import ProjectError
from studio.template.loader import load_template
from tests.studio.helpers import write_template

FIELDS = [{"key": "judul", "label": "Judul", "required": True},
          {"key": "nama", "label": "Nama"}]
LAYERS = [{"id": "nama", "type": "text", "text": "{{ nama }}", "box": [0.05, 0.6, 0.9, 0.2]}]


@pytest.fixture
def template(tmp_path: Path):
    return load_template(write_template(tmp_path / "t" / "kartu", fields=FIELDS,
                                        layers=LAYERS)).template


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def rewrite(path: Path, changes: dict[str, bytes]) -> Path:
    """The same XLSX with some members replaced."""
    data = io.BytesIO(path.read_bytes())
    with zipfile.ZipFile(data) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info.filename, changes.get(info.filename, source.read(info)))
    return path


SHEET = "xl/worksheets/sheet1.xml"
WORKBOOK = "xl/workbook.xml"


def sheet_xml(dimension: str, cells: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>'
            f'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<dimension ref="{dimension}"/><sheetData>{cells}</sheetData></worksheet>'
            ).encode()


def row(number: int, *cells: tuple[str, str]) -> str:
    body = "".join(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>' for ref, text in cells)
    return f'<row r="{number}">{body}</row>'


def expect(path: Path, template, code: str) -> ProjectError:
    with pytest.raises(ProjectError) as caught:
        read_bulk(path, template)
    assert caught.value.code == code, caught.value.one_line()
    assert caught.value.path == path
    return caught.value


def test_unpacked_size_is_checked_before_openpyxl_reads(tmp_path, template, monkeypatch):
    path = workbook(tmp_path / "besar.xlsx", [["judul", "nama"]] +
                    [[f"Kartu {n}", "x" * 200] for n in range(300)])
    monkeypatch.setattr(bulk, "MAX_XLSX_MEMBER_BYTES", 20_000)
    monkeypatch.setattr(openpyxl, "load_workbook",
                        lambda *a, **k: pytest.fail("openpyxl read an oversized workbook"))
    error = expect(path, template, "bulk.too_large")
    assert "unpacked" in error.message


def test_the_total_is_counted_too(tmp_path, template, monkeypatch):
    path = workbook(tmp_path / "besar.xlsx", [["judul"], ["a"]])
    monkeypatch.setattr(bulk, "MAX_XLSX_TOTAL_BYTES", 2_000)
    expect(path, template, "bulk.too_large")


def test_a_header_that_lies_about_its_size_is_an_error_not_a_bomb(tmp_path, template):
    path = workbook(tmp_path / "bohong.xlsx", [["judul"], ["Rapat"]])
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo(SHEET)
    # Shrink the declared size in the central directory: the real bytes are more.
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(SHEET.encode()))
    assert central > 0
    data[central + 24:central + 28] = (info.file_size // 2).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    expect(path, template, "bulk.unreadable")


def test_a_lying_dimension_does_not_pad_rows_to_16384_columns(tmp_path, template):
    path = workbook(tmp_path / "lebar.xlsx", [["judul"], ["x"]])
    rows = row(1, ("A1", "judul"), ("B1", "nama")) + row(2, ("A2", "Rapat"), ("B2", "Sri"))
    rewrite(path, {SHEET: sheet_xml("A1:XFD1048576", rows)})
    table = read_bulk(path, template)
    assert [dict(r.fields) for r in table.rows] == [{"judul": "Rapat", "nama": "Sri"}]


def test_more_columns_than_the_limit_are_refused(tmp_path, template):
    path = workbook(tmp_path / "lebar.xlsx", [["judul"], ["x"]])
    far = openpyxl.utils.get_column_letter(MAX_COLUMNS + 1)
    rows = row(1, ("A1", "judul"), (f"{far}1", "lain")) + row(2, ("A2", "Rapat"))
    rewrite(path, {SHEET: sheet_xml(f"A1:{far}2", rows)})
    error = expect(path, template, "bulk.too_large")
    assert str(MAX_COLUMNS) in error.message


def test_csv_columns_and_size_are_limited(tmp_path, template, monkeypatch):
    path = tmp_path / "lebar.csv"
    path.write_text("judul," + ",".join(f"k{n}" for n in range(MAX_COLUMNS + 5)) + "\nx\n",
                    encoding="utf-8")
    expect(path, template, "bulk.too_large")
    monkeypatch.setattr(bulk, "MAX_CSV_BYTES", 10)
    path.write_text("judul\nRapat koordinasi\n", encoding="utf-8")
    expect(path, template, "bulk.too_large")


LAUGH = '<!ENTITY {} "{}">'
BROKEN_XML = {
    "broken workbook.xml": (WORKBOOK, b"<workbook><sheets><sheet name="),
    "xxe": (WORKBOOK, b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">'
                      b']><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                      b'main"><sheets><sheet name="&x;" sheetId="1" r:id="rId1" xmlns:r="http://'
                      b'schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets>'
                      b'</workbook>'),
    "billion laughs": (SHEET, b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "lol">'
                              + b"".join(LAUGH.format(chr(98 + i), f"&{chr(97 + i)};" * 10)
                                         .encode() for i in range(9))
                              + b']><worksheet xmlns="http://schemas.openxmlformats.org/'
                                b'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" '
                                b't="inlineStr"><is><t>&j;</t></is></c></row></sheetData>'
                                b'</worksheet>'),
    "broken sheet": (SHEET, b"<worksheet><sheetData><row><c>"),
}


@pytest.mark.parametrize("case", BROKEN_XML, ids=BROKEN_XML.keys())
def test_hostile_or_broken_xml_is_the_apps_own_error(tmp_path, template, case):
    member, xml = BROKEN_XML[case]
    path = rewrite(workbook(tmp_path / "rusak.xlsx", [["judul"], ["Rapat"]]), {member: xml})
    error = expect(path, template, "bulk.unreadable")
    assert "root:" not in error.message  # nothing of /etc/passwd
    if case in ("xxe", "billion laughs"):
        assert "entities" in error.message


def test_utf16_csv_with_a_bom_is_read_correctly(tmp_path, template):
    path = tmp_path / "unicode.csv"
    path.write_bytes("judul\tnama\nRapat Koordinasi\tAndé “Ucok” Pratama 🎉\n".encode("utf-16"))
    table = read_bulk(path, template)
    assert dict(table.rows[0].fields) == {"judul": "Rapat Koordinasi",
                                          "nama": "Andé “Ucok” Pratama 🎉"}
    assert not table.warnings


def test_control_and_bidi_characters_never_leave_the_sheet(tmp_path, template):
    path = tmp_path / "kotor.csv"
    path.write_text("judul,nama\nRapat\x00 \x1b[31mMerah\x1b[0m,Sri\u202egpj.exe\n",
                    encoding="utf-8")
    fields = dict(read_bulk(path, template).rows[0].fields)
    assert fields == {"judul": "Rapat Merah", "nama": "Srigpj.exe"}


@pytest.mark.parametrize("cell", ["/etc/passwd", "../rahasia/foto.jpg", "C:\\Windows\\x.jpg",
                                  "foto/../../rahasia.jpg", "..\\..\\x.jpg"])
def test_media_column_stays_inside_the_sheets_folder(tmp_path, template, cell):
    folder = tmp_path / "acara"
    folder.mkdir()
    path = folder / "data.csv"
    path.write_text(f"judul,foto\nRapat,{cell}\n", encoding="utf-8")
    error = expect(path, template, "bulk.media_outside")
    assert "row 2" in error.message


def test_media_column_inside_the_folder_or_a_chosen_one(tmp_path, template):
    folder = tmp_path / "acara"
    (folder / "foto").mkdir(parents=True)
    path = folder / "data.csv"
    path.write_text("judul,foto\nRapat,foto/1.jpg\nRakor,foto\\2.jpg\n", encoding="utf-8")
    table = read_bulk(path, template)
    assert [r.media for r in table.rows] == [folder / "foto/1.jpg", folder / "foto/2.jpg"]
    chosen = tmp_path / "kamera"
    chosen.mkdir()
    table = read_bulk(path, template, media_folder=chosen)
    assert table.rows[0].media == chosen / "foto/1.jpg"
