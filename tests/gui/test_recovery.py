"""Autosave and restore after a crash (issue 14 item 5).

The crash is real: a child process opens the app offscreen, types an event,
lets the autosave write it and kills itself (SIGKILL - no close, no clean-up).
The next start offers the event back. Timers are fired by hand and workers
waited for, so nothing depends on the machine's speed.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from gui import operations
from gui.app_settings import AppSettings
from gui.recovery import AUTOSAVE_IDLE_MS, AUTOSAVE_LONGEST_MS, POOL
from studio.project import load_project, new_project, save_project
from studio.recovery import (
    Owner,
    pending_recoveries,
    read_recovery,
    recovery_dir,
    write_recovery,
)

ROOT = Path(__file__).resolve().parents[2]


def _settle() -> None:
    operations.pool(POOL).waitForDone()


def _files() -> list[Path]:
    folder = recovery_dir()
    return sorted(folder.glob("*.kegiatan.toml")) if folder.is_dir() else []


def test_an_edit_is_kept_once_the_officer_pauses_and_gone_once_saved(window, qtbot, tmp_path,
                                                                     fake_dialogs):
    saver = window.autosaver
    window.new_event()
    assert not saver.idle.isActive() and _files() == []
    window.session.set_field("judul", "Rapat koordinasi banjir")
    assert saver.idle.isActive() and saver.idle.interval() == AUTOSAVE_IDLE_MS
    assert saver.longest.isActive() and saver.longest.interval() == AUTOSAVE_LONGEST_MS
    first_longest = saver.longest.timerId()
    first_idle = saver.idle.timerId()
    window.session.set_field("judul", "Rapat koordinasi banjir Cimahi")
    # Typing restarts the pause, never the latest moment.
    assert saver.idle.timerId() != first_idle
    assert saver.longest.timerId() == first_longest
    saver.idle.timeout.emit()  # the pause is over
    qtbot.waitUntil(lambda: saver.path.exists(), timeout=20000)
    _settle()
    assert read_recovery(saver.path).project.fields["judul"] == "Rapat koordinasi banjir Cimahi"
    assert not saver.idle.isActive() and not saver.longest.isActive()

    fake_dialogs.save_path = tmp_path / "rapat.kegiatan.toml"
    assert window.save_event()
    qtbot.waitUntil(lambda: not saver.path.exists(), timeout=20000)
    assert _files() == []


def test_discarding_by_choice_on_close_keeps_nothing(window, qtbot, fake_dialogs):
    window.new_event()
    window.session.set_field("judul", "Tidak jadi")
    window.autosaver.autosave_now(wait=True)
    assert window.autosaver.path.exists()
    fake_dialogs.save_answer = "discard"
    window.close()
    assert _files() == []
    window.keep_unsaved()  # the app quitting after that keeps nothing either
    _settle()
    assert _files() == []


def test_a_failed_autosave_is_not_in_the_officers_way(window, qtbot, monkeypatch):
    from studio.errors import SaveError

    def full(*args, **kwargs):
        raise SaveError("the disk is full", code="save.disk_full")

    monkeypatch.setattr("gui.recovery.write_recovery", full)
    window.new_event()
    window.session.set_field("judul", "Rapat")
    with qtbot.waitSignal(window.autosaver.failed, timeout=20000) as failed:
        window.autosaver.autosave_now()
    assert failed.args[0].code == "save.disk_full"
    assert window.session.is_dirty and window.session.fields["judul"] == "Rapat"


CRASHING_APP = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from gui.app import create_main_window
    from gui.app_settings import AppSettings
    from gui.startup import create_application

    app = create_application([])
    settings = AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
    window = create_main_window(settings)
    window.show()
    window.new_event()
    window.session.set_field("judul", "Rapat darurat banjir Cimahi")
    window.session.set_field("lokasi", "Aula Gedung B")
    window.autosaver.idle.timeout.emit()  # the officer paused: kept on the worker
    from gui import operations
    operations.pool("autosave").waitForDone()
    window.session.set_field("lokasi", "Aula Gedung C")  # typed after: not yet kept
    sys.stdout.write("kept\\n")
    sys.stdout.flush()
    os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
""")


def _crash_an_app(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CRASHING_APP, str(tmp_path / "child.ini")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.stdout.strip() == "kept", done.stderr[-2000:]
    if hasattr(signal, "SIGKILL"):
        assert done.returncode == -signal.SIGKILL  # it really died, unclosed


def test_after_a_crash_the_next_start_offers_the_event_back(window, qtbot, tmp_path,
                                                           fake_dialogs):
    _crash_an_app(tmp_path)
    (left,) = _files()
    assert window.offer_recovery()
    assert fake_dialogs.restore_offers == [("Rapat darurat banjir Cimahi", 0)]
    session = window.session
    assert window.current_screen() == "production"
    assert session.fields["judul"] == "Rapat darurat banjir Cimahi"
    assert session.fields["lokasi"] == "Aula Gedung B"  # what was kept before the crash
    assert session.is_dirty and session.path is None  # never saved: Save asks where
    # The event now lives in this window's own recovery file; the crashed one is gone.
    assert not left.exists()
    assert _files() == [window.autosaver.path]
    # Nothing is offered twice.
    fake_dialogs.restore_offers.clear()
    assert not window.offer_recovery()
    assert fake_dialogs.restore_offers == []


def _left_by_a_crash(title: str, hour: int, event: Path | None = None) -> Path:
    """A recovery file as a crashed app leaves it (its process is gone)."""
    gone = Owner(socket.gethostname(), os.getpid(), 1.0)
    project = new_project("", "liputan-kegiatan", Path("hasil"), fields={"judul": title})
    if event is not None:
        project = save_project(project.with_field("judul", "Judul yang disimpan"), event)
        project = project.with_field("judul", title)
    return write_recovery(project, f"slot-{hour}", owner=gone,
                          now=dt.datetime(2026, 3, 2, hour, 0, tzinfo=dt.UTC))


@pytest.mark.parametrize("answer", ["discard", "later"])
def test_the_offer_can_be_declined(window, fake_dialogs, answer):
    _left_by_a_crash("Rapat", 1)
    fake_dialogs.restore_answer = answer
    assert not window.offer_recovery()
    assert window.current_screen() == "start" and not window.session.is_dirty
    assert len(pending_recoveries()) == (1 if answer == "later" else 0)


def test_several_unsaved_events_are_offered_newest_first(window, tmp_path, fake_dialogs):
    _left_by_a_crash("Lama", 1)
    newer = _left_by_a_crash("Baru", 2, event=tmp_path / "baru.kegiatan.toml")
    fake_dialogs.restore_answer = "discard"
    window.offer_recovery()
    assert fake_dialogs.restore_offers == [("Baru", 1), ("Lama", 0)]
    assert _files() == []
    # Restoring an event that had a file: Save writes that file again.
    newer = _left_by_a_crash("Baru", 2, event=tmp_path / "baru.kegiatan.toml")
    fake_dialogs.restore_answer = "restore"
    assert window.offer_recovery()
    assert window.session.path == tmp_path / "baru.kegiatan.toml"
    assert window.session.fields["judul"] == "Baru" and not newer.exists()
    assert window.save_event()
    assert load_project(tmp_path / "baru.kegiatan.toml").fields["judul"] == "Baru"


def test_qsettings_files_are_replaced_not_rewritten(tmp_path):
    """Recent events, language and folders live in QSettings; as a file it is written
    through a temporary file and a rename (QSaveFile), never in place: a hard link
    made before a change still holds the old contents afterwards."""
    path = tmp_path / "settings.ini"
    settings = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.add_recent_event(tmp_path / "satu.kegiatan.toml")
    before = path.read_bytes()
    os.link(path, tmp_path / "link.ini")
    settings.add_recent_event(tmp_path / "dua.kegiatan.toml")
    assert (tmp_path / "link.ini").read_bytes() == before
    assert b"dua.kegiatan.toml" in path.read_bytes()
    assert settings.store.isAtomicSyncRequired()
