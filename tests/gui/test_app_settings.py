"""Where the app's settings live: a file in the user's data folder, the old native store
copied into it once, and the data folder's migration backing the file up with the rest."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from gui.app_settings import (
    COPIED_FROM_KEY,
    OLD_APPLICATION,
    OLD_ORGANIZATION,
    AppSettings,
    adopt_old_settings,
    open_store,
)
from gui.startup import APPLICATION, ORGANIZATION
from studio.paths import SETTINGS_FILE_NAME, settings_file, user_data_dir
from studio.userdata import DATA_FORMAT, data_format, migrate_user_data

ROOT = Path(__file__).resolve().parents[2]
GEOMETRY = QByteArray(b"\x01\xd9\xd0\xcb\x00\x03\x00\x00\x00\x00\x00\x00\xff\x00")


def _old_store(path: Path, events: list[Path]) -> QSettings:
    """What an earlier version left in its native store (here an .ini file: the same
    QSettings interface as the registry, which a test must not write to)."""
    old = QSettings(str(path), QSettings.Format.IniFormat)
    old.setValue("language", "en")
    old.setValue("recent/events", [str(p) for p in events])
    old.setValue("folders/media", str(path.parent / "Foto Kegiatan"))
    old.setValue("calendar/reminders_dismissed", "2026-03-02")
    old.setValue("window/geometry", GEOMETRY)
    old.sync()
    return old


def _old_data_folder(root: Path) -> None:
    """A data folder as format 1 left it (a replaced brand kit in .trash)."""
    (root / "templates" / "milik-saya").mkdir(parents=True)
    (root / "templates" / "milik-saya" / "template.toml").write_text('id = "milik-saya"\n')
    (root / ".trash" / "branding-20261101-101010").mkdir(parents=True)
    (root / ".trash" / "branding-20261101-101010" / "brand.toml").write_text("lama = 1\n")


def _assert_old_values(settings: AppSettings, events: list[Path], tmp_path: Path) -> None:
    assert settings.language == "en"
    assert settings.recent_events() == events
    assert settings.last_folder("media") == tmp_path / "Foto Kegiatan"
    assert settings.reminders_dismissed_on() == "2026-03-02"
    assert settings.store.value("window/geometry") == GEOMETRY


def test_the_default_store_is_an_ini_file_in_the_data_folder() -> None:
    settings = AppSettings()
    assert settings.store.format() == QSettings.Format.IniFormat
    assert Path(settings.store.fileName()) == settings_file() == user_data_dir() / "pengaturan.ini"
    settings.language = "en"
    assert settings_file().is_file()
    assert AppSettings().language == "en"


def test_the_old_store_is_the_one_earlier_versions_used() -> None:
    """QSettings() of the versions before took QCoreApplication's names (gui.startup)."""
    assert (OLD_ORGANIZATION, OLD_APPLICATION) == (ORGANIZATION, APPLICATION)


def test_old_settings_are_copied_once_and_the_old_store_is_left_alone(tmp_path: Path) -> None:
    events = [tmp_path / "rapat.kegiatan.toml", tmp_path / "Acara Satu.kegiatan.toml"]
    old_file = tmp_path / "old.conf"
    old = _old_store(old_file, events)
    old_bytes = old_file.read_bytes()
    target = tmp_path / "data" / SETTINGS_FILE_NAME

    assert adopt_old_settings(target, old)

    settings = AppSettings(open_store(target))
    _assert_old_values(settings, events, tmp_path)
    assert settings.store.value(COPIED_FROM_KEY) == str(old_file)
    assert old_file.read_bytes() == old_bytes  # read, never written
    # Once: the file exists now, so what the PIC changes afterwards stays.
    settings.language = "id"
    assert not adopt_old_settings(target, old)
    assert AppSettings(open_store(target)).language == "id"


def test_a_single_recent_event_and_an_empty_list_survive_the_copy(tmp_path: Path) -> None:
    """An .ini keeps a one-item list as a plain string and an empty one as @Invalid()."""
    old = QSettings(str(tmp_path / "old.conf"), QSettings.Format.IniFormat)
    old.setValue("recent/events", [str(tmp_path / "satu.kegiatan.toml")])
    old.setValue("calendar/plan", "")
    old.sync()
    assert adopt_old_settings(tmp_path / "a.ini", old)
    assert AppSettings(open_store(tmp_path / "a.ini")).recent_events() == [
        tmp_path / "satu.kegiatan.toml"]
    old.setValue("recent/events", [])
    old.sync()
    assert adopt_old_settings(tmp_path / "b.ini", old)
    copied = AppSettings(open_store(tmp_path / "b.ini"))
    assert copied.recent_events() == [] and copied.calendar_plan() is None


def test_nothing_is_written_without_old_settings(tmp_path: Path) -> None:
    old = QSettings(str(tmp_path / "old.conf"), QSettings.Format.IniFormat)
    assert not adopt_old_settings(tmp_path / "data" / SETTINGS_FILE_NAME, old)
    assert not (tmp_path / "data").exists()


def test_a_copy_that_cannot_be_written_leaves_no_file_and_is_tried_again(
        tmp_path: Path) -> None:
    old = _old_store(tmp_path / "old.conf", [])
    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be")
    assert not adopt_old_settings(blocked / SETTINGS_FILE_NAME, old)
    blocked.unlink()
    assert adopt_old_settings(blocked / SETTINGS_FILE_NAME, old)
    assert AppSettings(open_store(blocked / SETTINGS_FILE_NAME)).language == "en"


def test_a_data_folder_chosen_by_studio_konten_home_never_reads_the_old_store(
        tmp_path: Path) -> None:
    """Tests and portable installs: the installed app's registry is none of theirs."""
    assert os.environ["STUDIO_KONTEN_HOME"]
    old = _old_store(tmp_path / "old.conf", [tmp_path / "a.kegiatan.toml"])
    assert not adopt_old_settings(old=old)
    assert not settings_file().exists()


def test_an_upgrade_keeps_the_settings_and_the_backup_holds_them(tmp_path: Path) -> None:
    """An earlier version's PIC: settings in the native store, a format-1 data folder.
    The start (main.py) copies the settings, then migrates the folder with a backup."""
    root = user_data_dir()
    _old_data_folder(root)
    events = [tmp_path / "rapat.kegiatan.toml"]
    old = _old_store(tmp_path / "old.conf", events)

    assert adopt_old_settings(settings_file(), old)
    result = migrate_user_data()

    assert result.status == "migrated" and data_format(root) == DATA_FORMAT
    _assert_old_values(AppSettings(), events, tmp_path)
    assert result.backup is not None
    with zipfile.ZipFile(result.backup) as archive:
        assert SETTINGS_FILE_NAME in archive.namelist()
        archive.extract(SETTINGS_FILE_NAME, tmp_path / "dari-cadangan")
    _assert_old_values(AppSettings(open_store(tmp_path / "dari-cadangan" / SETTINGS_FILE_NAME)),
                       events, tmp_path)
    # A later version's migration backs up what the PIC has changed since.
    AppSettings().language = "id"
    later = migrate_user_data(target=DATA_FORMAT + 1, migrations=())
    assert later.status == "migrated" and later.backup is not None
    with zipfile.ZipFile(later.backup) as archive:
        assert archive.read(SETTINGS_FILE_NAME) == settings_file().read_bytes()
    assert AppSettings().language == "id"


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="Qt's native store is an .ini file only on Linux (the registry on "
                           "Windows, which a test must not touch)")
def test_the_app_takes_over_an_earlier_versions_native_settings(tmp_path: Path) -> None:
    """``main.py`` in a real process, with the home, config and data folders of the test:
    the native store an earlier version wrote is copied into the data folder before the
    migration, whose backup holds it; the old store stays as it was."""
    config, data_home = tmp_path / "config", tmp_path / "share"
    env = {k: v for k, v in os.environ.items() if k != "STUDIO_KONTEN_HOME"}
    env.update(HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(config),
               XDG_DATA_HOME=str(data_home), QT_QPA_PLATFORM="offscreen")
    native = config / OLD_ORGANIZATION / f"{OLD_APPLICATION}.conf"
    native.parent.mkdir(parents=True)
    events = [tmp_path / "rapat.kegiatan.toml"]
    _old_store(native, events)
    native_bytes = native.read_bytes()
    root = data_home / "StudioKontenCimahi"
    _old_data_folder(root)

    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--quit-after", "0.3"],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)

    assert done.returncode == 0, done.stdout + done.stderr
    assert "window closed (exit code 0)" in done.stdout
    ini = root / SETTINGS_FILE_NAME
    copied = AppSettings(open_store(ini))
    assert copied.language == "en" and copied.recent_events() == events
    assert copied.store.value(COPIED_FROM_KEY) == str(native)
    assert native.read_bytes() == native_bytes
    assert data_format(root) == DATA_FORMAT
    backups = list((root / "cadangan").glob("*.zip"))
    assert len(backups) == 1
    with zipfile.ZipFile(backups[0]) as archive:
        assert b"language=en" in archive.read(SETTINGS_FILE_NAME)
