"""Field values enter the core clean: no NUL, ANSI escapes or bidi overrides reach images,
captions, file names or the terminal; one function does it, wherever the value comes from."""

from __future__ import annotations

import logging

import pytest
from PIL import Image

from studio.cli import parse_assignments
from studio.errors import ProjectError, StudioError
from studio.media import open_photo
from studio.project import MediaItem, Project, load_project, save_project
from studio.render.photo import complete_fields
from studio.template.loader import load_template
from studio.values import MAX_VALUE_CHARS, MAX_VALUES, clean_value, clean_values
from tests.studio.helpers import write_template

DIRTY = "Rapat\x00 \x1b[31mKoordinasi\x1b[0m \u202egpj.exe\u202c\x7f\x85"
CLEAN = "Rapat Koordinasi gpj.exe"


@pytest.mark.parametrize(("dirty", "clean"), [
    (DIRTY, CLEAN),
    ("\x1b]0;judul jendela\x07Halo", "Halo"),
    ("baris 1\r\nbaris 2\rbaris 3\u2028baris 4", "baris 1\nbaris 2\nbaris 3\nbaris 4"),
    ("a\tb", "a b"),
    ("👨\u200d👩\u200d👧 Keluarga ❤\ufe0f", "👨\u200d👩\u200d👧 Keluarga ❤\ufe0f"),
    ("Andé “Ucok” — ص 中文", "Andé “Ucok” — ص 中文"),
    ("\ufeffJudul", "Judul"),
])
def test_clean_value(dirty, clean):
    assert clean_value(dirty) == clean


def test_how_many_and_how_long():
    with pytest.raises(StudioError) as caught:
        clean_values({"judul": "x" * (MAX_VALUE_CHARS + 1)})
    assert caught.value.code == "values.too_long"
    with pytest.raises(StudioError) as caught:
        clean_values({f"k{n}": "x" for n in range(MAX_VALUES + 1)})
    assert caught.value.code == "values.too_many"


def test_project_files_are_cleaned_when_read(tmp_path):
    project = Project(name="acara", template="uji", output_dir=tmp_path / "hasil",
                      platforms=("instagram_square",), fields={"judul": DIRTY},
                      media=(MediaItem(None, fields={"nama": "Sri\u202eXYZ"}),))
    assert project.fields["judul"] == CLEAN
    assert project.media[0].fields["nama"] == "SriXYZ"
    path = tmp_path / "acara.toml"
    path.write_text(
        'schema = 1\nname = "acara"\ntemplate = "uji"\nplatforms = ["instagram_square"]\n'
        '[fields]\njudul = "Rapat\\u0000 \\u001b[31mMerah"\n', encoding="utf-8")
    assert load_project(path).fields["judul"] == "Rapat Merah"
    save_project(project, tmp_path / "simpan.toml")
    assert "\x1b" not in (tmp_path / "simpan.toml").read_text(encoding="utf-8")


def test_project_values_over_the_limit_are_a_project_error(tmp_path):
    with pytest.raises(ProjectError) as caught:
        Project(name="acara", template="uji", output_dir=tmp_path,
                platforms=("instagram_square",), fields={"judul": "x" * (MAX_VALUE_CHARS + 1)})
    assert caught.value.code == "values.too_long"


def test_command_line_values_are_cleaned():
    assert parse_assignments([f"judul={DIRTY}", "lokasi=Aula\\nLt. 2"]) == {
        "judul": CLEAN, "lokasi": "Aula\nLt. 2"}


def test_every_render_gets_clean_values(tmp_path):
    loaded = load_template(write_template(tmp_path / "uji"))
    assert complete_fields(loaded, {"judul": DIRTY})["judul"] == CLEAN


def test_a_junk_icc_profile_is_a_warning_not_a_traceback(tmp_path, caplog, capsys):
    path = tmp_path / "icc.jpg"
    Image.new("RGB", (32, 24), (200, 100, 50)).save(path, icc_profile=b"junk" * 40)
    with caplog.at_level(logging.WARNING, logger="studio.media"):
        photo = open_photo(path)
    assert photo.image.getpixel((5, 5))[0] > 150
    records = [r for r in caplog.records if r.name == "studio.media"]
    assert records and all(r.exc_info is None for r in records)
    assert "colour profile" in records[0].getMessage()
    assert "Traceback" not in capsys.readouterr().err
