"""What the app remembers between runs, in QSettings: language, recent events,
last folders, window geometry and state. Nothing else lives here — choices that
belong to an event are saved in its project file by the core.

QSettings writes atomically: on Windows each value is one registry write; as a
file (Linux, macOS, tests' .ini) it is written through ``QSaveFile`` (a
temporary file renamed over the old one) as long as atomic sync is required,
which is Qt's default and is set here explicitly so a crash during a sync never
leaves a half-written settings file. A sync that cannot be atomic (a read-only
folder) fails and keeps the previous file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from gui.i18n import normalise

MAX_RECENT = 8
FOLDER_KINDS = ("media", "event", "output", "calendar")


class AppSettings:
    """Typed access to one QSettings store (tests pass an .ini file of their own)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()
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
