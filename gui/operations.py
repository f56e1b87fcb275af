"""Long work off the UI thread: the one adapter between core functions and Qt.

Like Anki's ``CollectionOp``/``QueryOp``: the core offers plain functions that
take ``progress`` (a callback receiving :class:`~studio.progress.ProgressEvent`)
and ``cancel`` (a :class:`~studio.progress.CancelToken`); an :class:`Operation`
runs one such call on a named ``QThreadPool`` and turns what happens into Qt
signals delivered on the UI thread. No widget starts a thread of its own.

:class:`LatestOnly` serves work whose older requests become useless as soon as
a newer one is made (the live preview while the officer types): it runs one
call at a time, cancels the running one, keeps only the newest waiting request
and only ever reports the result of the newest.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from studio.errors import Cancelled, StudioError
from studio.progress import CancelToken, ProgressEvent

log = logging.getLogger(__name__)

# Pools by purpose, so a long export never queues in front of a preview and
# thumbnails never starve the preview. Sizes are thread counts.
POOL_SIZES = {
    "preview": 1,  # the big live preview
    "strip": 1,  # the strip of every chosen size
    "gallery": 1,  # template thumbnails
    "media": 2,  # thumbnails, probing videos
    "proxy": 1,  # the preview proxy of the item on screen (never behind the thumbnails)
    "captions": 1,
    "plan": 1,  # what an export would make now (the export panel's count)
    "export": 1,
    "autosave": 1,  # recovery files, written in order
}
_pools: dict[str, QThreadPool] = {}
# Operations stay referenced until they finish (nothing else may own them).
_live: set[Operation] = set()

# Progress is forwarded at most this often (the core may report per frame).
_PROGRESS_INTERVAL = 0.05


def pool(name: str) -> QThreadPool:
    """The thread pool for one kind of work (created on first use)."""
    if name not in _pools:
        threads = QThreadPool()
        threads.setMaxThreadCount(POOL_SIZES.get(name, 1))
        threads.setObjectName(f"studio-{name}")
        _pools[name] = threads
    return _pools[name]


def internal_error(exc: BaseException) -> StudioError:
    """An unexpected exception as a StudioError the GUI can show (never a traceback)."""
    return StudioError(f"unexpected problem: {exc!r}", hint="please report this",
                       code="internal", detail=repr(exc))


class Operation(QObject):
    """One call ``func(*args, progress=..., cancel=..., **kwargs)`` on a worker.

    Exactly one of ``succeeded(result)``, ``failed(StudioError)`` or
    ``cancelled()`` is emitted, then ``finished()``. ``progressed(ProgressEvent)``
    may come before. All are delivered on the UI thread.
    """

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, func: Callable[..., Any], *args: Any, pool_name: str = "media",
                 **kwargs: Any) -> None:
        super().__init__()
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self._pool_name = pool_name
        self.token = CancelToken()
        self._started = False
        self._ran = False
        self._done = threading.Event()
        self._last_progress = 0.0
        self.result: Any = None
        self.error: StudioError | None = None
        # First connection, so the operation is forgotten before others hear it finished.
        self.finished.connect(self._on_finished)

    # -- control (UI thread) -------------------------------------------------------------------
    def start(self) -> Operation:
        if self._started:
            raise RuntimeError("an operation runs once")
        self._started = True
        _live.add(self)
        pool(self._pool_name).start(_Runner(self))
        return self

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def is_running(self) -> bool:
        return self._started and not self._done.is_set()

    @property
    def is_cancelled(self) -> bool:
        return self.token.cancelled

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work is done (tests and shutdown only)."""
        return self._done.wait(timeout)

    def _on_finished(self) -> None:
        _live.discard(self)

    # -- the worker side -----------------------------------------------------------------------
    def _progress(self, event: ProgressEvent) -> None:
        now = time.monotonic()
        if event.fraction < 1.0 and now - self._last_progress < _PROGRESS_INTERVAL:
            return
        self._last_progress = now
        try:
            self.progressed.emit(event)
        except RuntimeError:  # shutting down
            self.token.cancel()

    def _run(self) -> None:
        self._ran = True
        outcome: tuple[Signal, tuple] | None = None
        try:
            if self.token.cancelled:
                raise Cancelled()
            result = self._func(*self._args, progress=self._progress, cancel=self.token,
                                **self._kwargs)
            if self.token.cancelled:
                raise Cancelled()
        except Cancelled:
            outcome = (self.cancelled, ())
        except StudioError as exc:
            self.error = exc
            outcome = (self.failed, (exc,))
        except Exception as exc:  # a bug: log it, show it calmly, keep the app alive
            log.error("operation %s failed:\n%s", getattr(self._func, "__name__", "?"),
                      traceback.format_exc())
            self.error = internal_error(exc)
            outcome = (self.failed, (self.error,))
        else:
            self.result = result
            outcome = (self.succeeded, (result,))
        self._done.set()
        signal, args = outcome
        try:
            signal.emit(*args)
            self.finished.emit()
        except RuntimeError:
            # The app is shutting down and the receiver side is gone: nothing to tell.
            _live.discard(self)


class _Runner(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self._operation = operation
        self.setAutoDelete(True)

    def run(self) -> None:
        self._operation._run()


def run(func: Callable[..., Any], *args: Any, pool_name: str = "media",
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[StudioError], None] | None = None,
        on_progress: Callable[[ProgressEvent], None] | None = None,
        on_cancel: Callable[[], None] | None = None, **kwargs: Any) -> Operation:
    """Create, connect and start an :class:`Operation` in one call."""
    operation = Operation(func, *args, pool_name=pool_name, **kwargs)
    if on_success is not None:
        operation.succeeded.connect(on_success)
    if on_failure is not None:
        operation.failed.connect(on_failure)
    if on_progress is not None:
        operation.progressed.connect(on_progress)
    if on_cancel is not None:
        operation.cancelled.connect(on_cancel)
    return operation.start()


class LatestOnly(QObject):
    """At most one running call for one purpose; newer requests supersede older ones.

    ``succeeded``/``failed`` carry the result of the newest request only;
    results of superseded calls are dropped. ``busy(bool)`` tells whether work
    is under way (for a spinner).
    """

    succeeded = Signal(object)
    failed = Signal(object)
    busy = Signal(bool)

    def __init__(self, pool_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool_name = pool_name
        self._running: Operation | None = None
        self._pending: tuple[Callable[..., Any], tuple, dict] | None = None
        self._generation = 0
        self._running_generation = 0

    def submit(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self._generation += 1
        self._pending = (func, args, kwargs)
        if self._running is not None:
            self._running.cancel()  # it reports nothing; the pending one starts after it
            return
        self._start_pending()

    def cancel(self) -> None:
        """Drop what waits and stop what runs (nothing will be reported)."""
        self._generation += 1
        self._pending = None
        if self._running is not None:
            self._running.cancel()

    @property
    def is_busy(self) -> bool:
        return self._running is not None or self._pending is not None

    def _start_pending(self) -> None:
        if self._pending is None:
            self.busy.emit(False)
            return
        func, args, kwargs = self._pending
        self._pending = None
        operation = Operation(func, *args, pool_name=self._pool_name, **kwargs)
        self._running = operation
        self._running_generation = self._generation
        operation.succeeded.connect(self._on_operation_succeeded)
        operation.failed.connect(self._on_operation_failed)
        operation.finished.connect(self._on_operation_finished)
        self.busy.emit(True)
        operation.start()

    def _current(self) -> bool:
        return self._running_generation == self._generation

    def _on_operation_succeeded(self, result: Any) -> None:
        if self._current():
            self.succeeded.emit(result)

    def _on_operation_failed(self, error: StudioError) -> None:
        if self._current():
            self.failed.emit(error)

    def _on_operation_finished(self) -> None:
        self._running = None
        self._start_pending()


def live_operations() -> list[Operation]:
    return list(_live)


def shutdown(timeout_ms: int = 5000) -> bool:
    """Cancel everything and wait for the workers (on quit and between tests)."""
    for operation in list(_live):
        operation.cancel()
    ok = True
    for threads in _pools.values():
        threads.clear()  # queued, not yet started: never run them
        ok = threads.waitForDone(timeout_ms) and ok
    for operation in list(_live):
        if not operation._done.is_set() and not operation._ran:
            # Cleared from its queue before it ran: it is over all the same.
            operation._done.set()
            _live.discard(operation)
    return ok
