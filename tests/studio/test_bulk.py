"""Bulk from a spreadsheet: CSV (BOM, ';', ANSI) and XLSX with Indonesian text,
empty cells, dates; one set of outputs per row."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import openpyxl
import pytest

from studio.batch import run_batch
from studio.bulk import bulk_project, default_bulk_pattern, read_bulk
from studio.cli import main as cli_main
from studio.errors import ProjectError
from studio.template.library import TemplateLibrary
from studio.template.loader import load_template
from studio.template.model import Template
from tests.studio.helpers import noisy_photo, write_template

FIELDS = [
    {"key": "judul", "label": "Judul ucapan", "required": True},
    {"key": "nama", "label": "Nama lengkap"},
    {"key": "jabatan", "label": "Jabatan", "default": "Pejabat Pemkot Cimahi"},
    {"key": "tanggal", "label": "Tanggal", "type": "date"},
    {"key": "waktu", "label": "Waktu", "type": "time"},
]
LAYERS = [
    {"id": "foto", "type": "media", "box": [0, 0, 1, 0.6]},
    {"id": "nama", "type": "text", "text": "{{ nama }}", "box": [0.05, 0.62, 0.9, 0.15],
     "size": [20, 60]},
    {"id": "jabatan", "type": "text", "text": "{{ jabatan }}", "box": [0.05, 0.8, 0.9, 0.1],
     "size": [14, 40]},
]
NAMES = ["Dr. Sri Wahyuni, M.Si.", "Andé “Ucok” Pratama 🎉", "Budi; Santoso"]


@pytest.fixture
def template_dir(tmp_path: Path) -> Path:
    return write_template(tmp_path / "templates" / "kartu", fields=FIELDS, layers=LAYERS)


@pytest.fixture
def library(template_dir: Path) -> TemplateLibrary:
    return TemplateLibrary(dirs=(template_dir.parent,))


def _template(template_dir: Path) -> Template:
    return load_template(template_dir).template


def _write_csv(path: Path, text: str, *, bom: bool = True, encoding: str = "utf-8") -> Path:
    data = text.encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def test_semicolon_csv_with_bom_labels_empty_cells_and_media(tmp_path: Path,
                                                             template_dir: Path) -> None:
    (tmp_path / "foto").mkdir()
    noisy_photo(800, 600).save(tmp_path / "foto" / "sri.jpg")
    data = _write_csv(tmp_path / "pejabat.csv", (
        "Nama lengkap;Jabatan;judul;Tanggal;Waktu;Foto;Catatan bebas\r\n"
        f"{NAMES[0]};Kepala Dinas;Selamat Hari Guru;05/01/2026;19.30;foto/sri.jpg;x\r\n"
        ";;;;;;\r\n"  # an empty row is skipped
        f"{NAMES[1]};;Selamat!;2026-01-06;;;\r\n"
        f'"{NAMES[2]}";"Camat\nCimahi Tengah";Selamat;;;;\r\n'
    ))
    table = read_bulk(data, _template(template_dir))
    assert table.media_column == "Foto"
    assert dict(table.columns) == {"Nama lengkap": "nama", "Jabatan": "jabatan",
                                   "judul": "judul", "Tanggal": "tanggal", "Waktu": "waktu"}
    assert any("Catatan bebas" in w for w in table.warnings)
    assert [r.line for r in table.rows] == [2, 4, 5]
    first, second, third = table.rows
    assert first.fields == {"nama": NAMES[0], "jabatan": "Kepala Dinas",
                            "judul": "Selamat Hari Guru", "tanggal": "2026-01-05",
                            "waktu": "19:30"}
    assert first.media == tmp_path / "foto" / "sri.jpg"
    assert second.fields["nama"] == NAMES[1]
    assert second.fields["jabatan"] == "" and second.fields["waktu"] == ""  # empty = empty
    assert second.media is None
    assert third.fields["nama"] == NAMES[2] and third.fields["jabatan"] == "Camat\nCimahi Tengah"


def test_comma_csv_without_bom_and_an_ansi_csv(tmp_path: Path, template_dir: Path) -> None:
    plain = _write_csv(tmp_path / "a.csv", "nama,judul\nAndé,Halo\n", bom=False)
    assert read_bulk(plain, _template(template_dir)).rows[0].fields == {"nama": "Andé",
                                                                         "judul": "Halo"}
    ansi = _write_csv(tmp_path / "b.csv", "nama;judul\nCafé Ré;Halo\n", bom=False,
                      encoding="cp1252")
    table = read_bulk(ansi, _template(template_dir))
    assert table.rows[0].fields["nama"] == "Café Ré"
    assert any("Windows-1252" in w for w in table.warnings)


def test_xlsx_with_dates_numbers_and_empty_cells(tmp_path: Path, template_dir: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Judul ucapan", "nama", "Jabatan", "Tanggal", "Waktu", "media", "nomor"])
    sheet.append(["Selamat “Hari Jadi”", NAMES[1], None, dt.datetime(2026, 1, 5),
                  dt.time(19, 30), None, 12.0])
    sheet.append([None, None, None, None, None, None, None])
    sheet.append(["Idul Fitri 🎉", NAMES[0], "Wali Kota", dt.date(2026, 3, 20),
                  dt.datetime(2026, 3, 20, 8, 5), None, 1.5])
    path = tmp_path / "ucapan.xlsx"
    workbook.save(path)

    table = read_bulk(path, _template(template_dir))
    assert table.media_column == "media"
    first, second = table.rows
    assert first.fields == {"judul": "Selamat “Hari Jadi”", "nama": NAMES[1], "jabatan": "",
                            "tanggal": "2026-01-05", "waktu": "19:30", "nomor": "12"}
    assert second.fields["tanggal"] == "2026-03-20" and second.fields["waktu"] == "08:05"
    assert second.fields["nomor"] == "1.5"
    assert (first.line, second.line) == (2, 4)


def test_one_set_of_outputs_per_row(tmp_path: Path, template_dir: Path,
                                    library: TemplateLibrary) -> None:
    data = _write_csv(tmp_path / "pejabat.csv", "nama;judul;jabatan\n" + "".join(
        f"\"{name}\";Selamat;{'Kadis' if i else ''}\n" for i, name in enumerate(NAMES)))
    table = read_bulk(data, _template(template_dir))
    project = bulk_project(table, _template(template_dir), platforms=["instagram_square",
                                                                       "x_post"],
                           output_dir=tmp_path / "hasil", fields={"judul": "dipakai?",
                                                                   "lokasi": "Cimahi"})
    assert project.pattern == default_bulk_pattern(["nama"]) == "{platform}/{index}-{nama}"
    assert project.fields == {"judul": "dipakai?", "lokasi": "Cimahi"}
    assert project.fields_for(project.media[0])["judul"] == "Selamat"  # the sheet wins

    report = run_batch(project, workers=2, library=library)
    assert report.ok, report.failures
    names = sorted(p.name for p in (tmp_path / "hasil" / "x_post").iterdir())
    # A trailing dot is dropped (Windows refuses it): "M.Si." -> "M.Si".
    assert names == ["001-Dr. Sri Wahyuni, M.Si.jpg", "002-Andé “Ucok” Pratama 🎉.jpg",
                     "003-Budi; Santoso.jpg"]
    assert report.written == 6


def test_bulk_command(tmp_path: Path) -> None:
    home = Path(os.environ["STUDIO_KONTEN_HOME"])
    write_template(home / "templates" / "kartu", fields=FIELDS, layers=LAYERS)
    data = _write_csv(tmp_path / "data.csv", "nama;judul\nAndé;Halo\nBudi;Halo\n")
    out = tmp_path / "hasil"
    code = cli_main(["bulk", "--template", "kartu", "--data", str(data), "--platform",
                     "x_post", "--output", str(out), "--set", "jabatan=Staf", "--workers",
                     "0", "--quiet", "--save-project", str(tmp_path / "kartu.kegiatan.toml")])
    assert code == 0
    assert sorted(p.name for p in (out / "x_post").iterdir()) == ["001-Andé.jpg",
                                                                  "002-Budi.jpg"]
    # The saved project re-runs as a batch: everything is already there.
    assert cli_main(["batch", str(tmp_path / "kartu.kegiatan.toml"), "--workers", "0",
                     "--quiet"]) == 0


@pytest.mark.parametrize(("name", "content", "code"), [
    ("lama.xls", b"\xd0\xcf\x11\xe0", "bulk.unsupported"),
    ("data.pdf", b"%PDF", "bulk.unsupported"),
    ("kosong.csv", b"", "bulk.empty"),
    ("kepala.csv", b"nama;judul\n", "bulk.empty"),
    ("rusak.xlsx", b"PK\x03\x04 not really", "bulk.unreadable"),
])
def test_unusable_sheets_give_clear_errors(tmp_path: Path, template_dir: Path, name: str,
                                           content: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ProjectError) as info:
        read_bulk(path, _template(template_dir))
    assert info.value.code == code and info.value.hint


def test_named_media_column_must_exist(tmp_path: Path, template_dir: Path) -> None:
    data = _write_csv(tmp_path / "a.csv", "nama;gambar\nA;a.jpg\n")
    assert read_bulk(data, _template(template_dir), media_column="GAMBAR").rows[0].media \
        == tmp_path / "a.jpg"
    with pytest.raises(ProjectError) as info:
        read_bulk(data, _template(template_dir), media_column="foto")
    assert info.value.code == "bulk.no_column"
