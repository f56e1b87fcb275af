"""Where planned items are made: the lanes of a run.

Photos are CPU work in Pillow, OpenCV and the JPEG codec: they run in
worker processes (:class:`ProcessLane`, over a
:class:`~studio.batch.pool.WorkerPool`: started once and kept for the whole
run, or for the app's session) and, beside them, in this process; clips on a
thread of this process (:class:`ThreadLane`: ffmpeg uses the cores); small
jobs all here (:class:`InlineLane`). Every lane makes a task the same way
(:func:`studio.batch.tasks.execute`).

The pool is sized to the cores and to the memory the machine has free, and
photos are scheduled by their decode-memory estimate: the estimates of the
photos in flight stay within the budget, and a photo larger than the budget
runs alone.

A worker the system kills (out of memory) or a decoder crash breaks the pool.
The photo that worker was running is found through a shared table of
(worker, photo) slots; the photos that ran beside it are innocent and go
again as they were; the suspect is retried **once, alone**, and only if it
breaks the pool again is it failed - ``batch.memory`` when the system killed
it, ``media.crash`` otherwise. The rest of the run goes on.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from studio.batch.memory import MB, memory_budget
from studio.batch.pool import SLOTS, WorkerPool, exit_code
from studio.batch.tasks import (
    Task,
    WorkerConfig,
    WorkerState,
    brand_from_state,
    execute,
    ready_for_run,
    run_task,
)
from studio.brand import BrandKit
from studio.errors import Cancelled, MediaError, StudioError, as_studio_error
from studio.job import InputResult
from studio.progress import CancelToken
from studio.template.loader import LoadedTemplate

# After a cancel, running photo tasks get this long to finish before their
# workers are terminated, so cancel always returns within a second.
CANCEL_GRACE = 0.4
# This process renders photos too while the workers start and beside them - but
# only camera JPEGs (the most proven decoder) whose decode stays under this much
# memory: a crash or an out-of-memory kill here would take the whole app along.
HOME_MAX_MEMORY = 400 * 1024 * 1024
HOME_SUFFIXES = (".jpg", ".jpeg", ".jpe", ".jfif")


# -- in the parent ---------------------------------------------------------------------------


class Host(Protocol):
    """What a lane needs from the run it serves."""

    cancel: CancelToken

    def finish(self, pending: Any, result: InputResult) -> None: ...

    def drain(self) -> None: ...

    def rendering(self, pending: Any) -> None: ...


@dataclass
class Pending:
    """A planned input waiting to be made: its task and which outputs may overwrite."""

    planned: Any  # PlannedInput
    outputs: list[tuple[Any, bool]]  # (PlannedOutput, may overwrite)
    task: Task
    suspect: bool = False  # ran beside a worker that died; retried alone once


REAP_WAIT = 10.0  # seconds to wait for a dead worker's exit code

def _killed_by_system(code: int | None) -> bool:
    """Whether a worker's exit code says the system killed it (the out-of-memory killer)."""
    if code is None:
        return False
    if sys.platform == "win32":
        return False  # Windows raises MemoryError in the process instead
    return code == -signal.SIGKILL

class InlineLane:
    """Everything in this process: small jobs (spawning would cost more), and debugging."""

    def __init__(self, templates: Mapping[str, LoadedTemplate], brand: BrandKit) -> None:
        self.state = WorkerState(templates, brand)

    def run(self, host: Host, queue: list[Pending]) -> None:
        for pending in queue:
            host.drain()
            if host.cancel.cancelled:
                return
            host.rendering(pending)
            try:
                result = execute(pending.task, self.state, cancel=host.cancel)
            except Cancelled:
                return  # what was written is whole; the rest is reported as cancelled
            host.finish(pending, result)

    def close(self) -> None:
        pass

@dataclass
class ProcessLane:
    """Worker processes for the run, started once; memory-aware; crashes attributed.

    With ``home`` (a :class:`WorkerState` of this process), this process takes
    photos from the same queue too: from the first second, while the workers
    are still starting, and beside them after - so a 2-core machine runs one
    worker and this process instead of paying for a second worker's start.
    The processes come from ``pool`` (one of the lane's own, closed with it,
    when none is given).
    """

    config: WorkerConfig
    workers: int
    budget: int = field(default_factory=memory_budget)
    home: WorkerState | None = None
    pool: WorkerPool | None = None
    _own_pool: bool = False
    _executor: cf.ProcessPoolExecutor | None = None
    _slots: Any = None
    _home_pool: cf.ThreadPoolExecutor | None = None
    _booting: list[cf.Future[int]] = field(default_factory=list)
    made_at_home: int = 0  # photos this process made (for tests and the benchmark)
    start_failures: int = 0  # pools whose workers died before making anything

    def _templates(self) -> dict[str, str]:
        return dict(self.config.templates)

    @property
    def pool_usable(self) -> bool:
        return self.start_failures < 2

    def _home_safe(self, pending: Pending) -> bool:
        source = pending.task.job.source
        return self.home is not None and pending.task.memory <= HOME_MAX_MEMORY and (
            source is None or source.suffix.lower() in HOME_SUFFIXES)

    @property
    def spawned(self) -> int:
        """Worker processes started for this lane's pool (for tests and the benchmark)."""
        return self.pool.spawned if self.pool is not None else 0

    def start(self) -> None:
        """Start the workers now: their imports overlap with the parent's own work."""
        if self._executor is not None:
            return
        if self.pool is None:
            self.pool, self._own_pool = WorkerPool(idle_seconds=None), True
        self._executor, self._slots = self.pool.borrow(self.workers)
        # ProcessPoolExecutor spawns a worker per task submitted while none is
        # idle: one small task each starts them all now (and says when one is up);
        # workers already up just set themselves up for this run.
        self._booting = [self._executor.submit(ready_for_run, self.config)
                         for _ in range(self.workers)]

    def _discard(self) -> None:
        """Terminate the workers (a crash, or a cancel with photos in flight)."""
        if self.pool is not None and self._executor is not None:
            self.pool.discard()
        self._executor = None

    def _pool_room(self) -> int:
        """How many photos the pool may hold now.

        Beside this process, a worker gets a photo only once it is up and only
        one at a time: a photo queued behind a worker still starting, or behind
        a busy one, would wait there while this process sits idle at the end of
        the run. Without a home lane, one photo waits behind each worker so none
        is idle between two photos.
        """
        if self.home is None:
            return 2 * self.workers
        return sum(1 for f in self._booting if f.done())

    def _culprits(self) -> set[int] | None:
        """Photo numbers the dead workers were making.

        None: cannot tell (every photo in flight is a suspect); an empty set:
        the workers died making no photo at all (they could not start).
        """
        codes = self._exit_codes()
        if not codes or self._slots is None:
            return None
        terminated = -signal.SIGTERM if sys.platform != "win32" else None
        dead = {pid for pid, code in codes.items()
                if code is not None and code != 0 and code != terminated}
        if not dead:
            return None
        found = set()
        with self._slots.get_lock():
            for row in range(SLOTS):
                if self._slots[2 * row] in dead and self._slots[2 * row + 1]:
                    found.add(int(self._slots[2 * row + 1]))
        return found

    def _exit_codes(self) -> dict[int, int | None]:
        """The workers' exit codes once the dead one is reaped (it may take a moment).

        Only asked after the pool broke, so waiting is cheap; the wait is long because
        on a loaded machine the dead worker is reaped late (a short wait read "no
        code" and blamed a photo the system killed on the decoder)."""
        assert self._executor is not None
        processes = dict(getattr(self._executor, "_processes", None) or {})
        deadline = time.monotonic() + REAP_WAIT
        while True:
            codes = {pid: exit_code(p) for pid, p in processes.items()}
            if any(code not in (None, 0) for code in codes.values()) \
                    or time.monotonic() > deadline:
                return codes
            time.sleep(0.02)

    def _system_killed(self) -> bool:
        return any(_killed_by_system(code) for code in self._exit_codes().values())

    def run(self, host: Host, items: list[Pending]) -> None:
        queue: deque[Pending] = deque(items)
        alone: deque[Pending] = deque()  # suspects, each retried once with nothing beside it
        in_flight: dict[cf.Future[InputResult], Pending] = {}
        at_home: set[cf.Future[InputResult]] = set()
        reserved = 0
        if self.home is not None and self._home_pool is None:
            self._home_pool = cf.ThreadPoolExecutor(max_workers=1,
                                                    thread_name_prefix="studio-home")
        threads = _one_opencv_thread() if self.home is not None else None
        try:
            while queue or alone or in_flight:
                host.drain()
                if host.cancel.cancelled:
                    break
                if not self.pool_usable:
                    self._run_here(host, queue, alone, in_flight, at_home)
                    continue
                self.start()
                assert self._executor is not None
                # A worker that died since the last look breaks the pool at once:
                # the photo goes back, and the recovery below finds out why.
                pool_broke = False
                if alone:
                    if not in_flight:
                        pending = alone.popleft()
                        submitted = self._submit(pending)
                        if submitted is None:
                            alone.appendleft(pending)
                            pool_broke = True
                        else:
                            host.rendering(pending)
                            in_flight[submitted] = pending
                else:
                    # This process takes the next photo it may whenever it is free.
                    if self._home_pool is not None and self.home is not None \
                            and not at_home and queue and self._home_safe(queue[0]) \
                            and (not in_flight or reserved + queue[0].task.memory
                                 <= self.budget):
                        pending = queue.popleft()
                        reserved += pending.task.memory
                        host.rendering(pending)
                        future = self._home_pool.submit(execute, pending.task, self.home,
                                                        cancel=host.cancel)
                        at_home.add(future)
                        in_flight[future] = pending
                        self.made_at_home += 1
                    # Keep every worker busy, as far as the memory budget allows; a
                    # photo over the budget runs alone.
                    while queue and len(in_flight) - len(at_home) < self._pool_room():
                        need = queue[0].task.memory
                        if in_flight and reserved + need > self.budget:
                            break
                        submitted = self._submit(queue[0])
                        if submitted is None:
                            pool_broke = True
                            break
                        pending = queue.popleft()
                        reserved += need
                        host.rendering(pending)
                        in_flight[submitted] = pending
                # A worker coming up wakes this loop too, to hand it a photo.
                waits: list[cf.Future[Any]] = [*in_flight]
                waits += [f for f in self._booting if not f.done()]
                done, _ = cf.wait(waits, timeout=0.1,
                                  return_when=cf.FIRST_COMPLETED)
                broken: list[Pending] = []
                for future in done & in_flight.keys():
                    pending = in_flight.pop(future)
                    at_home.discard(future)
                    reserved -= pending.task.memory
                    try:
                        result = future.result()
                    except cf.process.BrokenProcessPool:
                        broken.append(pending)
                        continue
                    except Cancelled:
                        continue  # reported as cancelled by the run
                    except Exception as exc:  # e.g. a result that did not pickle
                        result = InputResult(pending.task.job.source,
                                             error=as_studio_error(exc))
                    host.finish(pending, result)
                if broken or pool_broke:
                    home = {f: p for f, p in in_flight.items() if f in at_home}
                    for future in home:
                        del in_flight[future]
                    self._recover(host, broken, in_flight, queue, alone)
                    in_flight.update(home)  # this process's photo was not in the pool
                    reserved = sum(p.task.memory for p in home.values())
            if in_flight and self._executor is not None:
                # Cancelled: running photos may finish within the grace time.
                done, _ = cf.wait(in_flight, timeout=CANCEL_GRACE)
                for future in done:
                    pending = in_flight.pop(future)
                    # A failed one is reported as cancelled by the run.
                    with contextlib.suppress(Exception):
                        host.finish(pending, future.result())
        finally:
            if self._home_pool is not None:
                # A photo made here stops at its next output when cancelled.
                self._home_pool.shutdown(wait=True, cancel_futures=True)
                self._home_pool = None
            if threads is not None:
                _set_opencv_threads(threads)
            if self._executor is not None and set(in_flight) - at_home:
                self._discard()

    def _submit(self, pending: Pending) -> cf.Future[InputResult] | None:
        """Hand a photo to the workers; None when the pool is already broken."""
        assert self._executor is not None
        try:
            return self._executor.submit(run_task, pending.task, self.config)
        except cf.process.BrokenProcessPool:
            return None

    def _run_here(self, host: Host, queue: deque[Pending], alone: deque[Pending],
                  in_flight: dict[cf.Future[InputResult], Pending],
                  at_home: set[cf.Future[InputResult]]) -> None:
        """The workers cannot start: make the rest in this process, one at a time."""
        assert self.home is not None
        for future in [f for f in in_flight if f in at_home]:
            pending = in_flight.pop(future)
            at_home.discard(future)
            with contextlib.suppress(Cancelled):
                host.finish(pending, future.result())
        if not (alone or queue):
            return
        pending = (alone or queue).popleft()
        host.rendering(pending)
        try:
            host.finish(pending, execute(pending.task, self.home, cancel=host.cancel))
        except Cancelled:
            host.cancel.cancel()

    def _recover(self, host: Host, broken: list[Pending],
                 in_flight: dict[cf.Future[InputResult], Pending], queue: deque[Pending],
                 alone: deque[Pending]) -> None:
        """A worker died: blame the photo it was making, not the ones beside it."""
        assert self._executor is not None
        for future, pending in list(in_flight.items()):
            try:
                host.finish(pending, future.result(timeout=0))
            except Exception:  # broken with the pool
                broken.append(pending)
        in_flight.clear()
        culprits = self._culprits()
        system_killed = self._system_killed()
        self._discard()
        if culprits == set():
            # The workers died before making anything: their start failed, not a
            # photo. Twice, and the rest is made in this process.
            self.start_failures += 1
            if self.start_failures >= 2 and self.home is None:
                self.home = WorkerState(self._templates(), brand_from_state(self.config.brand))
        for pending in sorted(broken, key=lambda p: p.planned.number, reverse=True):
            guilty = culprits is None or pending.planned.number in culprits
            if not guilty:
                queue.appendleft(pending)  # innocent: goes again as it was
            elif pending.suspect:
                # It broke the pool a second time, alone: it is this photo.
                host.finish(pending, InputResult(pending.task.job.source,
                                                 error=_crash_error(pending, system_killed)))
            else:
                pending.suspect = True
                alone.appendleft(pending)

    def close(self) -> None:
        held, self._executor = self._executor is not None, None
        if self.pool is None:
            return
        if self._own_pool:
            self.pool.close()
        elif held:
            self.pool.release()


def _one_opencv_thread() -> int | None:
    """While this process renders beside the workers, OpenCV's face detection
    uses one thread here too (the cores are taken; a second thread would take
    turns with a worker and add its own overhead). Returns the count to restore."""
    try:
        import cv2
    except ImportError:
        return None
    threads = int(cv2.getNumThreads())
    cv2.setNumThreads(1)
    return threads


def _set_opencv_threads(threads: int) -> None:
    import cv2

    cv2.setNumThreads(threads)


def _crash_error(pending: Pending, system_killed: bool) -> StudioError:
    source = pending.task.job.source
    if system_killed:
        estimate = round(pending.task.memory / MB)
        return StudioError(
            "the computer ran out of memory while making this photo", path=source,
            code="batch.memory", estimate_mb=estimate,
            hint="close other programs and export again, or use a smaller copy of the photo")
    return MediaError("this photo crashed the image decoder", path=source, code="media.crash",
                      hint="open and save it again in a photo editor, or leave it out")


class ThreadLane:
    """Clips one (or two on big machines) at a time, on threads of this process.

    ffmpeg does the work in its own process and uses every core, so more
    parallel clips would only make the machine thrash. Results come back to
    the run's thread through ``post`` (the run drains them).
    """

    def __init__(self, templates: Mapping[str, LoadedTemplate], brand: BrandKit,
                 post: Callable[[str, Any], None], cancel: CancelToken) -> None:
        cores = os.cpu_count() or 1
        self.state = WorkerState(templates, brand)
        self.post = post
        self.cancel = cancel
        self.executor = cf.ThreadPoolExecutor(max_workers=2 if cores >= 8 else 1,
                                              thread_name_prefix="studio-video")
        self.futures: list[cf.Future[None]] = []

    def start(self, items: list[Pending], progress: Callable[[Pending, float], None]) -> None:
        self.futures = [self.executor.submit(self._make, p, progress) for p in items]

    def wait(self, host: Host) -> None:
        while not all(f.done() for f in self.futures):
            host.drain()
            if self.cancel.cancelled:
                break
            cf.wait(self.futures, timeout=0.1, return_when=cf.FIRST_COMPLETED)

    def close(self) -> None:
        # Running clips stop through the shared cancel token (ffmpeg killed,
        # partial file removed by the video module); queued ones never start.
        self.executor.shutdown(wait=True, cancel_futures=True)

    def _make(self, pending: Pending, progress: Callable[[Pending, float], None]) -> None:
        if self.cancel.cancelled:
            return
        self.post("started", pending)
        try:
            result = execute(pending.task, self.state,
                             progress=lambda event: progress(pending, event.fraction),
                             cancel=self.cancel)
        except Cancelled:
            self.post("done", (pending, None))
            return
        self.post("done", (pending, result))
