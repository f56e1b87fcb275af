"""The shared library in the running app: syncing, updating and rolling back off the UI thread.

One :class:`LibraryController` per main window. It runs the core's
:func:`~studio.library.sync.sync_library` on a worker (on start when library
sources are set, and on demand), keeps the last report, and after an update
or a rollback re-reads the template library and the brand kit into the app's
:class:`~gui.resources.Resources`, so the open event and the designer's windows
render again. Every step goes through
:mod:`gui.operations`; nothing here touches a network path on the UI thread.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from gui import operations
from gui.resources import Resources
from studio.errors import StudioError
from studio.library.sources import load_sources

if TYPE_CHECKING:
    from studio.library.signing import Kind
    from studio.library.sync import SyncReport, VersionInfo

# studio.library.sync (signatures, packages, cryptography) is imported where it is
# used - on the workers and once a report exists - so the app starts without it.


def _sync_job(*, progress, cancel) -> SyncReport:
    from studio.library.sync import sync_library

    return sync_library(progress=progress, cancel=cancel)


def _update_job(kind: Kind | None, item_id: str | None, *, progress, cancel
                ) -> list[VersionInfo]:
    from studio.library.sync import update, update_all

    cancel.raise_if_cancelled()
    if kind is None or item_id is None:
        return update_all()
    return [update(kind, item_id)]


def _rollback_job(kind: Kind, item_id: str, *, progress, cancel) -> list[VersionInfo]:
    from studio.library.sync import rollback

    cancel.raise_if_cancelled()
    return [rollback(kind, item_id)]


class LibraryController(QObject):
    syncStarted = Signal()
    synced = Signal(object)  # SyncReport
    syncFailed = Signal(object)  # StudioError (the local copy itself is broken)
    changed = Signal(object)  # list[VersionInfo]: what is in use now (update, rollback)
    changeFailed = Signal(object)  # StudioError

    def __init__(self, resources: Resources | None = None, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._resources = resources
        self.report: SyncReport | None = None
        self._sync: operations.Operation | None = None
        self._change: operations.Operation | None = None

    @property
    def is_syncing(self) -> bool:
        return self._sync is not None and self._sync.is_running

    def has_sources(self) -> bool:
        try:
            return bool(load_sources())
        except StudioError:
            return False

    def sync(self) -> operations.Operation | None:
        """Read the library folders (again); None when a sync is already running."""
        if self.is_syncing:
            return None
        self._sync = operations.Operation(_sync_job, pool_name="library")
        self._sync.succeeded.connect(self._on_sync_succeeded)
        self._sync.failed.connect(self._on_sync_failed)
        self.syncStarted.emit()
        return self._sync.start()

    def pending_updates(self) -> list:
        from studio.library.sync import available_updates

        try:
            return available_updates()
        except StudioError:
            return []

    def update(self, kind: Kind | None = None, item_id: str | None = None
               ) -> operations.Operation:
        """Use the newest version of one template (or the brand kit), or of all."""
        return self._run_change(_update_job, kind, item_id)

    def rollback(self, kind: Kind, item_id: str) -> operations.Operation:
        return self._run_change(_rollback_job, kind, item_id)

    def _run_change(self, func, *args: Any) -> operations.Operation:
        self._change = operations.Operation(func, *args, pool_name="library")
        self._change.succeeded.connect(self._on_change_succeeded)
        self._change.failed.connect(self.changeFailed)
        return self._change.start()

    def wait(self, timeout: float = 60.0) -> None:
        """Tests: wait for the running work."""
        for operation in (self._sync, self._change):
            if operation is not None:
                operation.wait(timeout)

    # -- results --------------------------------------------------------------------------
    def _on_sync_succeeded(self, report: SyncReport) -> None:
        self.report = report
        if report.activated or report.trust_list is not None:
            self._refresh_resources()
        self.synced.emit(report)

    def _on_sync_failed(self, error: StudioError) -> None:
        self.syncFailed.emit(error)

    def _on_change_succeeded(self, infos: list[VersionInfo]) -> None:
        self._refresh_resources()
        self.changed.emit(infos)

    def _refresh_resources(self) -> None:
        # The app's one Resources object: the event screens and the designer follow it.
        if self._resources is None:
            return
        from studio.brand import default_brand

        self._resources.reload_library()
        # A damaged kit: the one in force stays (the library dialog says why).
        with contextlib.suppress(StudioError):
            self._resources.set_brand(default_brand())
