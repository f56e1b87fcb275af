"""Recovery files of unsaved events: written whole, offered only when their app is gone."""

from __future__ import annotations

import datetime as dt
import os
import socket
from pathlib import Path

from studio.project import load_project, new_project, save_project
from studio.recovery import (
    Owner,
    discard_recovery,
    new_slot,
    pending_recoveries,
    read_recovery,
    recovery_dir,
    write_recovery,
)

# A process of this computer that is gone: this pid with a start time it never had.
GONE = Owner(socket.gethostname(), os.getpid(), 1.0)


def _event(tmp_path: Path, title: str):
    photo = tmp_path / "foto" / "a.jpg"
    photo.parent.mkdir(exist_ok=True)
    photo.write_bytes(b"")
    return new_project("", "liputan-kegiatan", tmp_path / "hasil", media=[photo],
                       fields={"judul": title, "deskripsi": "Baris satu\nBaris dua"})


def test_a_recovery_file_is_an_event_file_that_knows_its_event(tmp_path):
    saved = save_project(_event(tmp_path, "Rapat"), tmp_path / "rapat.kegiatan.toml")
    edited = saved.with_field("judul", "Rapat koordinasi")
    path = write_recovery(edited, new_slot(), owner=GONE)
    assert path.parent == recovery_dir() and path.name.endswith(".kegiatan.toml")
    recovery = read_recovery(path)
    assert recovery.project == edited
    assert recovery.project.path == saved.path  # saving goes back to the event's own file
    assert recovery.owner == GONE
    # It opens like any event file; media paths are kept absolute from its own folder.
    assert load_project(path).media[0].path == tmp_path / "foto" / "a.jpg"


def test_only_the_files_of_apps_that_are_gone_are_offered_newest_first(tmp_path):
    older = write_recovery(_event(tmp_path, "Satu"), "a", owner=GONE,
                           now=dt.datetime(2026, 3, 2, 1, 0, tzinfo=dt.UTC))
    newer = write_recovery(_event(tmp_path, "Dua"), "b", owner=GONE,
                           now=dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC))
    write_recovery(_event(tmp_path, "Jendela yang masih terbuka"), "c")  # this process
    other = Owner(socket.gethostname(), os.getppid(), 0.0)
    assert not other.is_running()  # a wrong start time: the pid was taken by another
    pending = pending_recoveries()
    assert [r.path for r in pending] == [newer, older]
    assert [r.project.fields["judul"] for r in pending] == ["Dua", "Satu"]


def test_a_recovery_equal_to_its_saved_event_is_removed_without_asking(tmp_path):
    saved = save_project(_event(tmp_path, "Rapat"), tmp_path / "rapat.kegiatan.toml")
    # A crash between the save and the removal of the recovery file.
    path = write_recovery(saved, new_slot(), owner=GONE)
    assert pending_recoveries() == []
    assert not path.exists()


def test_a_damaged_recovery_file_is_left_alone(tmp_path):
    folder = recovery_dir()
    folder.mkdir(parents=True)
    (folder / "rusak.kegiatan.toml").write_text("# bukan pemulihan\nschema = 1\n")
    (folder / "setengah.kegiatan.toml").write_bytes(b"\xff\xfe")
    good = write_recovery(_event(tmp_path, "Rapat"), "x", owner=GONE)
    assert [r.path for r in pending_recoveries()] == [good]
    assert (folder / "rusak.kegiatan.toml").exists()


def test_discard_removes_the_file(tmp_path):
    path = write_recovery(_event(tmp_path, "Rapat"), "x", owner=GONE)
    discard_recovery(path)
    discard_recovery(path)  # twice is fine
    assert pending_recoveries() == []
