"""Event projects: the value, its file, relative media paths and media problems."""

from __future__ import annotations

import math
import os
import shutil
import tomllib
from pathlib import Path

import pytest

from studio.errors import ProjectError
from studio.project import (
    PROJECT_SCHEMA,
    ExportOptions,
    MediaItem,
    Project,
    load_project,
    new_project,
    project_to_toml,
    save_project,
)


def _touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    return path


def _full_project(root: Path, outside: Path) -> Project:
    inside = _touch(root / "foto" / "hari 1" / "IMG_0001.jpg")
    clip = _touch(root / "video" / "pembukaan.mp4")
    far = _touch(outside / "kamera-2" / "DSC_9.JPG")
    return Project(
        name="Rapat Koordinasi “Kehumasan” 2026 🎉",
        template="liputan-kegiatan",
        output_dir=root / "hasil",
        platforms=("instagram_portrait", "x_post", "instagram_story"),
        fields={
            "judul": 'Rapat "Koordinasi" \\ Kehumasan',
            "tanggal": "2026-01-05",
            "deskripsi": "Baris satu\nBaris dua — café\n\n  menjorok\t(tab)\n",
            "lokasi": "Aula Gedung B",
            "kosong": "",
        },
        media=(
            MediaItem(inside, focus=(0.25, 0.75)),
            MediaItem(clip, trim=(2.5, 14.0), template="pengumuman"),
            MediaItem(far, skip=True, fields={"nama": "Dr. Sri Wahyuni, M.Si.", "jabatan": ""}),
            MediaItem(None, fields={"nama": "Tanpa foto"}),
            MediaItem(clip, trim=(3.0, math.inf)),
        ),
        pattern="{platform}/{index}-{name}",
        export=ExportOptions(quality=85, credit="Diskominfo Kota Cimahi", overwrite=True,
                             strict=True, captions=False, zip_per_platform=True),
    )


def test_round_trip_is_exact(tmp_path: Path) -> None:
    root = tmp_path / "kegiatan"
    project = _full_project(root, tmp_path / "elsewhere")
    saved = save_project(project, root / "rapat.kegiatan.toml")
    assert saved.path == root / "rapat.kegiatan.toml"
    loaded = load_project(saved.path)
    assert loaded == project
    assert loaded.problems == ()
    # Saving the loaded value writes the very same text.
    first = saved.path.read_text(encoding="utf-8")
    save_project(loaded)
    assert saved.path.read_text(encoding="utf-8") == first


def test_media_paths_relative_inside_absolute_outside(tmp_path: Path) -> None:
    root = tmp_path / "kegiatan"
    outside = tmp_path / "elsewhere"
    project = _full_project(root, outside)
    text = project_to_toml(project, root / "rapat.kegiatan.toml")
    data = tomllib.loads(text)
    assert data["schema"] == PROJECT_SCHEMA
    paths = [m.get("path") for m in data["media"]]
    assert paths[0] == "foto/hari 1/IMG_0001.jpg"  # posix separators, relative
    assert paths[1] == "video/pembukaan.mp4"
    assert Path(paths[2]) == Path(os.path.abspath(outside / "kamera-2" / "DSC_9.JPG"))
    assert "\\" not in paths[2]
    assert paths[3] is None
    assert data["output"] == "hasil"
    assert text.startswith("# ")  # a human-readable header


def test_folder_moved_with_its_media_still_opens(tmp_path: Path) -> None:
    root = tmp_path / "kegiatan"
    project = _full_project(root, tmp_path / "elsewhere")
    save_project(project, root / "rapat.kegiatan.toml")
    moved = tmp_path / "usb" / "kegiatan"
    shutil.move(str(root), str(moved))
    loaded = load_project(moved / "rapat.kegiatan.toml")
    assert loaded.media[0].path == moved / "foto" / "hari 1" / "IMG_0001.jpg"
    assert loaded.output_dir == moved / "hasil"
    assert loaded.problems == ()


def test_missing_and_moved_media_are_reported_not_fatal(tmp_path: Path) -> None:
    root = tmp_path / "kegiatan"
    outside = tmp_path / "elsewhere"
    project = _full_project(root, outside)
    save_project(project, root / "rapat.kegiatan.toml")
    # The far photo moves next to the project; the clip disappears.
    shutil.move(str(outside / "kamera-2"), str(root / "kamera-2"))
    (root / "video" / "pembukaan.mp4").unlink()

    loaded = load_project(root / "rapat.kegiatan.toml")
    kinds = {(p.index, p.kind) for p in loaded.problems}
    assert kinds == {(1, "missing"), (2, "moved"), (4, "missing")}
    moved = next(p for p in loaded.problems if p.kind == "moved")
    assert moved.found == root / "kamera-2" / "DSC_9.JPG"
    assert loaded.media[2].path == moved.found  # relinked
    assert loaded.media[1].path == root / "video" / "pembukaan.mp4"  # kept for the GUI to show
    assert all(p.code.startswith("project.media_") and p.message for p in loaded.problems)

    # Saving records the new place; the missing ones stay reported.
    resaved = save_project(loaded)
    assert {p.kind for p in resaved.problems} == {"missing"}
    data = tomllib.loads((root / "rapat.kegiatan.toml").read_text(encoding="utf-8"))
    assert data["media"][2]["path"] == "kamera-2/DSC_9.JPG"


def test_edits_return_new_values(tmp_path: Path) -> None:
    project = new_project("Acara", "liputan-kegiatan", tmp_path / "out",
                          media=[tmp_path / "a.jpg", tmp_path / "b.jpg", tmp_path / "a.jpg"],
                          platforms=["x_post"], fields={"judul": "A"})
    assert len(project.media) == 2  # duplicates are not added twice
    changed = project.with_field("judul", "B").with_item(
        0, project.media[0].with_focus((0.1, 0.9)).with_skip(True))
    assert project.fields["judul"] == "A" and changed.fields["judul"] == "B"
    assert project.media[0].focus is None and changed.media[0].focus == (0.1, 0.9)
    assert changed.active_media == (project.media[1],)
    assert hash(changed) != hash(project)  # values hash (undo stacks, caches)
    with pytest.raises(TypeError):
        changed.fields["judul"] = "C"  # type: ignore[index]
    assert changed.fields_for(changed.media[0].with_fields({"judul": "D"}))["judul"] == "D"


def test_line_breaks_are_normalised(tmp_path: Path) -> None:
    project = new_project("A", "t", tmp_path, fields={"deskripsi": "satu\r\ndua\rtiga"})
    assert project.fields["deskripsi"] == "satu\ndua\ntiga"


@pytest.mark.parametrize("item", [
    {"focus": (1.5, 0.5)},
    {"trim": (5.0, 2.0)},
    {"trim": (-1.0, 2.0)},
    {"focus": ("a", 0.5)},
])
def test_invalid_item_choices_are_refused(tmp_path: Path, item: dict) -> None:
    with pytest.raises(ProjectError):
        MediaItem(tmp_path / "a.jpg", **item)


@pytest.mark.parametrize(("text", "code"), [
    ("schema = 1\nname = 'x'\ntemplate = 't'\nplatfroms = []\n", "project.invalid"),
    ("schema = 99\nname = 'x'\ntemplate = 't'\n", "project.schema"),
    ("name = 'x'\n", "project.invalid"),
    ("schema = 1\nname = 'x\n", "project.syntax"),
    ("schema = 1\ntemplate = 't'\n[export]\nquality = 500\n", "project.invalid"),
    ("schema = 1\ntemplate = 't'\n[[media]]\npath = 'a.jpg'\nfocus = [2, 2]\n",
     "project.invalid"),
])
def test_bad_files_give_clear_errors(tmp_path: Path, text: str, code: str) -> None:
    path = tmp_path / "x.kegiatan.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        load_project(path)
    assert info.value.code == code
    assert info.value.path == path
    assert info.value.hint


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectError) as info:
        load_project(tmp_path / "nope.kegiatan.toml")
    assert info.value.code == "project.not_found"


def test_hand_written_file_with_toml_dates_and_defaults(tmp_path: Path) -> None:
    (tmp_path / "foto").mkdir()
    _touch(tmp_path / "foto" / "a.jpg")
    path = tmp_path / "tulis-tangan.kegiatan.toml"
    path.write_text(
        "schema = 1\ntemplate = 'liputan-kegiatan'\nplatforms = ['x_post']\n"
        "[fields]\ntanggal = 2026-01-05\njumlah = 30\n"
        "[[media]]\npath = 'foto\\\\a.jpg'\n" if os.sep == "\\" else
        "schema = 1\ntemplate = 'liputan-kegiatan'\nplatforms = ['x_post']\n"
        "[fields]\ntanggal = 2026-01-05\njumlah = 30\n"
        "[[media]]\npath = 'foto/a.jpg'\n",
        encoding="utf-8")
    project = load_project(path)
    assert project.name == "tulis-tangan"
    assert project.fields == {"tanggal": "2026-01-05", "jumlah": "30"}
    assert project.output_dir == tmp_path / "hasil"
    assert project.media[0].path == tmp_path / "foto" / "a.jpg"
    assert project.problems == ()


def test_save_is_atomic_and_keeps_the_old_file_on_failure(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    path = tmp_path / "a.kegiatan.toml"
    project = save_project(new_project("A", "t", tmp_path / "out"), path)
    before = path.read_bytes()

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("studio.atomic.os.replace", boom)
    with pytest.raises(Exception) as info:
        save_project(project.with_field("judul", "baru"))
    assert "disk is full" in str(info.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".part-")] == []
