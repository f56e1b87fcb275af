"""Photo worker processes, started once and kept for the whole run - or longer.

A run borrows a :class:`WorkerPool`'s processes; the app holds one for its
session (and starts it ahead of the first export), the command line one for
its run. Workers are spawned on every OS: forking a process that runs Qt
threads can deadlock, and it keeps Linux the same as Windows.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import multiprocessing
import os
import threading
from typing import Any

from studio.batch.journal import process_started
from studio.batch.tasks import boot_worker, init_worker

# Worker processes that can be told apart in the slot table (pool rebuilds included).
SLOTS = 64


def exit_code(process: Any) -> int | None:
    with contextlib.suppress(Exception):
        return process.exitcode
    return None


def _terminate(executor: cf.ProcessPoolExecutor) -> None:
    terminate = getattr(executor, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
    else:
        processes = list((getattr(executor, "_processes", None) or {}).values())
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(2.0)
    executor.shutdown(wait=True, cancel_futures=True)


class WorkerPool:
    """Photo worker processes that may outlive one run.

    A run borrows the pool's processes (starting them, or more of them, when
    it needs more than are up) and gives them back when it ends. The app holds
    one for its session and starts it ahead of the first export
    (:meth:`prestart`, while the officer fills in the event), so its exports
    find the workers up - with their imports, fonts and face detector loaded
    - instead of paying a second or so of a 2-core laptop's time for their
    start; after ``idle_seconds`` without a run they stop, handing their
    memory back. A run given no pool makes one of its own and closes it at its
    end (the command line). A pool a run had to terminate (a crash, a cancel
    with photos in flight) starts afresh at the next borrow.
    """

    def __init__(self, *, idle_seconds: float | None = 600.0) -> None:
        self.idle_seconds = idle_seconds
        self._executor: cf.ProcessPoolExecutor | None = None
        self._slots: Any = None
        self._size = 0
        self._users = 0  # borrows not yet given back
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self.spawned = 0  # worker processes started, over the pool's life (for tests)

    @property
    def running(self) -> int:
        """Worker processes up (or starting) now."""
        with self._lock:
            if self._executor is None:
                return 0
            processes = getattr(self._executor, "_processes", None) or {}
            return sum(1 for p in processes.values() if exit_code(p) is None)

    def borrow(self, workers: int) -> tuple[cf.ProcessPoolExecutor, Any]:
        """The executor (with room for ``workers`` processes) and the slot table.

        Every borrow is given back with :meth:`release` or :meth:`discard`.
        """
        with self._lock:
            return self._borrow(workers)

    def _borrow(self, workers: int) -> tuple[cf.ProcessPoolExecutor, Any]:
        self._users += 1
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._executor is not None and (
                self._size < workers or getattr(self._executor, "_broken", False)):
            # Too small for this run, or a worker died while idle: start afresh.
            _terminate(self._executor)
            self._executor = None
        if self._executor is None:
            context = multiprocessing.get_context("spawn")
            self._slots = context.Array("q", 2 * SLOTS, lock=True)
            self._executor = cf.ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=init_worker,
                initargs=(os.getpid(), process_started(os.getpid()), self._slots))
            self._size = workers
        processes = getattr(self._executor, "_processes", None) or {}
        self.spawned += max(0, workers - len(processes))
        return self._executor, self._slots

    def prestart(self, workers: int) -> bool:
        """Start ``workers`` processes now, ahead of the run that will use them.

        Does nothing while a run holds the pool or when as many are up already
        (checked and started at once: a run that starts meanwhile waits).
        Returns whether processes were started.
        """
        with self._lock:
            if workers < 1 or self._users or (self._executor is not None
                                              and self._size >= workers):
                return False
            executor, _ = self._borrow(workers)
            try:
                for _ in range(workers):  # one call each starts them all
                    executor.submit(boot_worker)
            finally:
                self._release()
        return True

    def discard(self) -> None:
        """Stop the workers now (a run in trouble); the next borrow starts new ones."""
        with self._lock:
            self._users = max(0, self._users - 1)
            executor, self._executor = self._executor, None
        if executor is not None:
            _terminate(executor)

    def release(self) -> None:
        """A run is done with the workers: they stay up for the next, until idle too long."""
        with self._lock:
            self._release()

    def _release(self) -> None:
        self._users = max(0, self._users - 1)
        if self._users or self._executor is None or self.idle_seconds is None:
            return
        if self._timer is not None:
            self._timer.cancel()
        self._timer = threading.Timer(self.idle_seconds, self._idle)
        self._timer.daemon = True
        self._timer.start()

    def _idle(self) -> None:
        with self._lock:
            if self._users:
                return  # borrowed again meanwhile
            executor, self._executor = self._executor, None
            self._timer = None
        if executor is not None:
            executor.shutdown(wait=True)

    def close(self) -> None:
        """Stop the workers - the app is closing, or the command line's run is over.

        Workers no run holds are idle or still starting: they are stopped at
        once (waiting for a start-up would hold the app's exit for a second
        or more). Those a run still holds finish what they make first.
        """
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            executor, self._executor = self._executor, None
            idle = not self._users
        if executor is None:
            return
        if idle:
            _terminate(executor)
        else:
            executor.shutdown(wait=True)
