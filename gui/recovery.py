"""Autosave of the open event, and the offer to restore it after a crash.

:class:`AutoSaver` watches the :class:`~gui.session.EventSession`: while the event
has unsaved changes it writes a recovery file (:mod:`studio.recovery`) once the
officer has paused for :data:`AUTOSAVE_IDLE_MS`, and at the latest every
:data:`AUTOSAVE_LONGEST_MS` while the changes keep coming; the writes run on
their own one-thread pool, in order, so a slow disk never holds up typing. When
the event is saved, or its changes are discarded by choice, the file is removed.
On the way out without a clean close (the OS ending the session, an unexpected
error) it is written at once.

:func:`offer_recovery` runs once at start: an event left by a crash is offered
back ("Pulihkan kegiatan yang belum disimpan?"), newest first.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from gui import dialogs, operations
from gui.i18n import locale
from gui.labels import untitled
from gui.session import EventSession
from studio.errors import StudioError
from studio.project import Project
from studio.recovery import (
    discard_recovery,
    new_slot,
    pending_recoveries,
    recovery_path,
    write_recovery,
)

log = logging.getLogger(__name__)

AUTOSAVE_IDLE_MS = 10_000  # after the last change
AUTOSAVE_LONGEST_MS = 60_000  # at the latest, while changes keep coming
POOL = "autosave"


def _write_job(project: Project, slot: str, *, progress, cancel) -> Path:
    return write_recovery(project, slot)


def _discard_job(slot: str, *, progress, cancel) -> None:
    discard_recovery(recovery_path(slot))


class AutoSaver(QObject):
    """Keeps the session's unsaved event in a recovery file of its own."""

    written = Signal(object)  # Path: the recovery file is up to date
    failed = Signal(object)  # StudioError: it could not be written (disk full...)

    def __init__(self, session: EventSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.slot = new_slot()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(AUTOSAVE_IDLE_MS)
        self.idle.timeout.connect(self.autosave_now)
        self.longest = QTimer(self)
        self.longest.setSingleShot(True)
        self.longest.setInterval(AUTOSAVE_LONGEST_MS)
        self.longest.timeout.connect(self.autosave_now)
        self._has_file = False
        self._closed = False  # a clean exit happened: nothing more is kept
        session.undo_stack.indexChanged.connect(self._on_changed)
        session.projectReplaced.connect(self._on_changed)
        session.dirtyChanged.connect(self._on_session_dirty_changed)

    @property
    def path(self) -> Path:
        return recovery_path(self.slot)

    # -- when ----------------------------------------------------------------------------------
    def _on_changed(self, *_args: object) -> None:
        if self._closed or not self.session.is_dirty:
            return
        self.idle.start()  # restarted by every change: written once the officer pauses
        if not self.longest.isActive():
            self.longest.start()

    def _on_session_dirty_changed(self, dirty: bool) -> None:
        if dirty:
            self._on_changed()
        else:
            self.discard()  # saved, or the changes were discarded by choice

    # -- what ----------------------------------------------------------------------------------
    def autosave_now(self, *, wait: bool = False) -> None:
        """Write the recovery file (on the autosave pool; ``wait``: before returning)."""
        self.idle.stop()
        self.longest.stop()
        if self._closed or not self.session.is_dirty:
            return
        project = self.session.project
        self._has_file = True
        if wait:
            operations.pool(POOL).waitForDone()
            try:
                self._on_written(write_recovery(project, self.slot))
            except StudioError as exc:
                self._on_failed(exc)
            return
        operations.run(_write_job, project, self.slot, pool_name=POOL,
                       on_success=self._on_written, on_failure=self._on_failed)

    def discard(self, *, wait: bool = False) -> None:
        """Remove the recovery file (after whatever write is under way)."""
        self.idle.stop()
        self.longest.stop()
        if not self._has_file:
            return
        self._has_file = False
        if wait:
            operations.pool(POOL).waitForDone()
            discard_recovery(self.path)
            return
        operations.run(_discard_job, self.slot, pool_name=POOL)

    def close(self) -> None:
        """A clean exit: the event was saved or its changes discarded by choice."""
        self.discard(wait=True)
        self._closed = True

    def _on_written(self, path: Path) -> None:
        self.written.emit(path)

    def _on_failed(self, error: StudioError) -> None:
        # Not in the officer's way: the event itself is untouched; the log tells support.
        log.warning("autosave failed: %s", error.code)
        self.failed.emit(error)


def offer_recovery(parent: QWidget, session: EventSession, autosaver: AutoSaver) -> bool:
    """Offer the events a crash left unsaved, newest first; True when one was restored."""
    try:
        pending = pending_recoveries()
    except StudioError:
        return False
    for number, recovery in enumerate(pending):
        project = recovery.project
        name = project.name or project.fields.get("judul", "").strip() or untitled()
        when = locale().toString(
            QDateTime.fromSecsSinceEpoch(int(recovery.saved_at.timestamp())),
            QLocale.FormatType.ShortFormat)
        answer = dialogs.ask_restore_event(parent, name, when, len(pending) - number - 1)
        if answer == "later":
            return False
        if answer == "discard":
            discard_recovery(recovery.path)
            continue
        session.adopt(project, dirty=True)
        # Kept under this window's own name first, then the old file goes.
        autosaver.autosave_now(wait=True)
        discard_recovery(recovery.path)
        return True
    return False
