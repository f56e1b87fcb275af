"""What the app remembers between runs: language, recent events, last folders, window
geometry and state, the content plan. Nothing else lives here — choices that belong to an
event are saved in its project file by the core.

Where: ``pengaturan.ini`` in the user's data folder (:func:`studio.paths.settings_file`,
``%LOCALAPPDATA%\\StudioKontenCimahi\\pengaturan.ini`` on Windows), a QSettings in
``IniFormat``. Being in the data folder, the settings go wherever the user's data goes:
into the migration's backup (``cadangan/``), through an upgrade, and past the
uninstaller, which keeps that folder.

Versions before kept them in Qt's native store: the registry key
``HKCU\\Software\\Pemkot Cimahi\\Studio Konten Cimahi`` on Windows,
``~/.config/Pemkot Cimahi/Studio Konten Cimahi.conf`` on Linux. :func:`adopt_old_settings`
copies that store into the file once, when the file does not exist yet — at start, before
the data folder's migration, so the migration's backup already holds them. The old store
is read and left as it was, never cleared: it is the copy's own backup (a copy that went
wrong is made again from it by deleting the file), and an older version, installed again
over this one, still finds its settings there. Nothing writes to it after the copy. A data
folder chosen by ``STUDIO_KONTEN_HOME`` (tests, portable installs) never reads it.

QSettings writes atomically: the file is written through ``QSaveFile`` (a temporary file
renamed over the old one) as long as atomic sync is required, which is Qt's default and is
set here explicitly so a crash during a sync never leaves a half-written settings file. A
sync that cannot be atomic (a read-only folder) fails and keeps the previous file.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from gui.i18n import normalise
from studio.paths import settings_file, user_data_dir_overridden

log = logging.getLogger(__name__)

# The names the native store of earlier versions was kept under (QCoreApplication's
# organisation and application names, see gui.startup).
OLD_ORGANIZATION = "Pemkot Cimahi"
OLD_APPLICATION = "Studio Konten Cimahi"
# Written into the file by the copy: where its first values came from, and when.
COPIED_FROM_KEY = "meta/copied_from"
COPIED_AT_KEY = "meta/copied_at"


def old_native_store() -> QSettings:
    """The store versions before the settings file used (the registry on Windows)."""
    return QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                     OLD_ORGANIZATION, OLD_APPLICATION)


def open_store(path: Path) -> QSettings:
    """The settings file at ``path`` (an .ini), with atomic sync."""
    store = QSettings(str(path), QSettings.Format.IniFormat)
    store.setAtomicSyncRequired(True)
    return store


def adopt_old_settings(path: Path | None = None, old: QSettings | None = None) -> bool:
    """Copy the old native store's values into the settings file once; True if copied.

    Nothing happens when the file exists (copied before, or written by this version), when
    the old store is empty, or — for the default file — when ``STUDIO_KONTEN_HOME`` chose
    the data folder. The old store is only read. A copy that cannot be written (a full or
    read-only disk) is logged and leaves no file, so the next start tries again; the app
    then runs with its defaults rather than not at all."""
    if path is None:
        if user_data_dir_overridden():
            return False
        path = settings_file()
    if path.exists():
        return False
    old = old_native_store() if old is None else old
    keys = old.allKeys()
    if not keys:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.warning("cannot make %s for the settings: %s", path.parent, exc)
        return False
    new = open_store(path)
    for key in keys:
        new.setValue(key, old.value(key))
    new.setValue(COPIED_FROM_KEY, old.fileName())
    new.setValue(COPIED_AT_KEY, time.strftime("%Y-%m-%d %H:%M:%S"))
    new.sync()
    if new.status() != QSettings.Status.NoError or not path.is_file():
        log.warning("could not copy the settings from %s to %s (%s)", old.fileName(), path,
                    new.status().name)
        return False
    log.info("settings copied from %s to %s (%d values)", old.fileName(), path, len(keys))
    return True


MAX_RECENT = 8
FOLDER_KINDS = ("media", "event", "output", "calendar")


class AppSettings:
    """Typed access to one QSettings store: by default the settings file in the data
    folder, with the old native store's values copied in on first use (tests pass an .ini
    file of their own)."""

    def __init__(self, store: QSettings | None = None) -> None:
        if store is None:
            adopt_old_settings()
            store = open_store(settings_file())
        self.store = store
        self.store.setAtomicSyncRequired(True)

    # -- language ------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return normalise(self.store.value("language", "", str) or None)

    @language.setter
    def language(self, code: str) -> None:
        self.store.setValue("language", normalise(code))
        self.store.sync()

    # -- recent events -------------------------------------------------------------------------
    def recent_events(self) -> list[Path]:
        value = self.store.value("recent/events", [], list) or []
        return [Path(v) for v in value if isinstance(v, str) and v]

    def add_recent_event(self, path: Path) -> None:
        path = Path(path).resolve()
        items = [p for p in self.recent_events() if p != path]
        self._set_recent([path, *items][:MAX_RECENT])

    def remove_recent_event(self, path: Path) -> None:
        self._set_recent([p for p in self.recent_events() if p != Path(path)])

    def clear_recent_events(self) -> None:
        self._set_recent([])

    def _set_recent(self, paths: list[Path]) -> None:
        self.store.setValue("recent/events", [str(p) for p in paths])
        self.store.sync()

    # -- folders -------------------------------------------------------------------------------
    def last_folder(self, kind: str) -> Path | None:
        value = self.store.value(f"folders/{kind}", "", str)
        return Path(value) if value else None

    def set_last_folder(self, kind: str, folder: Path) -> None:
        if kind not in FOLDER_KINDS:
            raise ValueError(kind)
        self.store.setValue(f"folders/{kind}", str(folder))

    # -- content calendar ---------------------------------------------------------------------
    def calendar_plan(self) -> Path | None:
        """The unit's plan file (often in a shared folder), if one was chosen."""
        value = self.store.value("calendar/plan", "", str)
        return Path(value) if value else None

    def set_calendar_plan(self, path: Path | None) -> None:
        self.store.setValue("calendar/plan", str(path) if path else "")
        self.store.sync()

    def reminders_dismissed_on(self) -> str:
        """The ISO date the PIC last closed the start screen's reminders ("" if never)."""
        return self.store.value("calendar/reminders_dismissed", "", str) or ""

    def dismiss_reminders(self, day: str) -> None:
        self.store.setValue("calendar/reminders_dismissed", day)
        self.store.sync()

    # -- window --------------------------------------------------------------------------------
    def save_window(self, window: QMainWindow) -> None:
        self.store.setValue("window/geometry", window.saveGeometry())
        self.store.setValue("window/state", window.saveState())
        self.store.sync()

    def restore_window(self, window: QMainWindow) -> bool:
        geometry = self.store.value("window/geometry")
        state = self.store.value("window/state")
        restored = False
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            restored = window.restoreGeometry(geometry)
        if isinstance(state, QByteArray) and not state.isEmpty():
            window.restoreState(state)
        return restored
