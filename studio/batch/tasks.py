"""What one planned item is, and how a process makes it: this one, or a photo worker.

A :class:`Task` is one input for all its platforms (a photo is decoded once);
:func:`execute` makes it with the producer of its kind, retrying once what the
machine (not the input) made fail. A worker process is set up by the pool
(:func:`init_worker`: its slot in the crash table, a watch on its parent) and
then, once per run, by the run's :class:`WorkerConfig` sent with its tasks
(templates, brand kit, the compositions to render first, a run id): a pool
kept between runs serves each run with that run's templates and brand kit.

Errors cross the process boundary whole (:class:`~studio.errors.StudioError`
pickles with its code, hint, params and path), as do warnings.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import os
import signal
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from studio.batch.journal import process_started
from studio.batch.kinds import kind_for
from studio.batch.memory import return_photo_memory
from studio.brand import BrandKit
from studio.errors import Cancelled, StudioError, as_studio_error
from studio.job import ExportSettings, InputJob, InputResult, OutputResult
from studio.progress import CancelToken, ProgressCallback
from studio.template.loader import LoadedTemplate, load_template

# -- what crosses to a worker ------------------------------------------------------------


def brand_state(brand: BrandKit) -> dict[str, Any]:
    # BrandKit holds read-only mappings, which do not pickle; send plain dicts.
    return {f.name: (dict(v) if isinstance(v := getattr(brand, f.name), Mapping) else v)
            for f in dataclasses.fields(brand)}


def brand_from_state(state: Mapping[str, Any]) -> BrandKit:
    values: dict[str, Any] = {k: (MappingProxyType(v) if isinstance(v, dict) else v)
                              for k, v in state.items()}
    return BrandKit(**values)


@dataclass(frozen=True)
class WarmUp:
    """Compositions a worker renders before its first task (the overlays of the run)."""

    template_id: str
    fields: tuple[tuple[str, str], ...]
    platforms: tuple[Any, ...]  # Platform values
    strict: bool = False


@dataclass(frozen=True)
class WorkerConfig:
    """What a worker needs for one run (sent with each task: a few kilobytes)."""

    templates: tuple[tuple[str, str], ...]  # (id, folder)
    brand: dict[str, Any]
    warm: tuple[WarmUp, ...] = ()
    # A worker sets itself up again when this changes: a new run may use
    # templates or a brand kit edited since the last one.
    run: str = field(default_factory=lambda: uuid.uuid4().hex)
    # Modules that register the kinds of item this run makes (a new kind of
    # output lives in its own module; a worker imports it to know the kind).
    kind_modules: tuple[str, ...] = ()


@dataclass(frozen=True)
class Task:
    """One planned input to make: its kind, template, job and settings."""

    number: int
    kind: str
    template_id: str
    job: InputJob
    settings: ExportSettings
    memory: int = 0  # the decode-memory estimate, bytes
    seconds: float = 0.0  # what it costs on one core, roughly (photos: from the header)


class WorkerState:
    """What a worker keeps between tasks: templates, brand kit, the fields in use."""

    def __init__(self, templates: Mapping[str, LoadedTemplate | str], brand: BrandKit) -> None:
        self._templates = dict(templates)
        self.brand = brand
        self._last_key: Any = None

    def template(self, template_id: str) -> LoadedTemplate:
        loaded = self._templates[template_id]
        if not isinstance(loaded, LoadedTemplate):
            loaded = load_template(loaded)
            self._templates[template_id] = loaded
        return loaded

    def keep_fields_of(self, earlier: WorkerState) -> None:
        """Take over ``earlier``'s field values: the same ones keep their cached compositions."""
        self._last_key = earlier._last_key

    def use_fields(self, key: Any) -> None:
        """Drop cached compositions when the field values change.

        A project's photos share one set of values, so the cache serves them
        all; every bulk row has its own, and 64 cached full-size compositions
        per worker would be most of a gigabyte.
        """
        if self._last_key is not None and key != self._last_key:
            from studio.render.photo import clear_composition_cache

            clear_composition_cache()
        self._last_key = key

    def warm(self, warm: tuple[WarmUp, ...]) -> None:
        """Render the run's compositions now, before the first photo asks for them."""
        from studio.render.crop import warm_up as warm_faces
        from studio.render.photo import plan_composition

        warm_faces()
        for item in warm:
            try:
                loaded = self.template(item.template_id)
                self.use_fields((item.template_id, item.fields))
                for platform in item.platforms:
                    plan_composition(loaded, self.brand, dict(item.fields), platform.width,
                                     platform.height, platform.safe, strict=item.strict)
            except Exception:  # the task reports it, with its file
                continue


# Failures that come from the machine, not from the input - the disk, the
# folder, a file that moved or was being rewritten, ffmpeg stopped from outside:
# the output is made once more at once (only the outputs that failed), and only
# a second failure is reported. Bad input (a damaged photo...) is not retried.
RETRY_CODES = frozenset({
    "export.disk_full", "export.read_only", "export.os_error",
    "media.not_found", "media.missing", "media.unreadable", "media.permission",
    "media.truncated", "media.empty", "media.corrupt",
    "video.not_found", "video.unreadable", "video.ffmpeg_killed",
})


def _retryable(error: StudioError | None) -> bool:
    return error is not None and error.code in RETRY_CODES


def execute(task: Task, state: WorkerState, *, progress: ProgressCallback | None = None,
            cancel: CancelToken | None = None) -> InputResult:
    """Make one task with the producer of its kind; never raises but Cancelled.

    An output (or the whole input) that failed with one of :data:`RETRY_CODES`
    is made once more at once; its result then says ``attempts=2``.
    """
    first = _attempt(task, state, progress=progress, cancel=cancel)
    if _retryable(first.error):
        again_targets = task.job.targets
    else:
        failed = {o.platform_id for o in first.outputs if _retryable(o.error)}
        again_targets = tuple(t for t in task.job.targets if t.platform.id in failed)
    if not again_targets or (cancel is not None and cancel.cancelled):
        return first
    retry = dataclasses.replace(task, job=dataclasses.replace(task.job, targets=again_targets))
    try:
        again = _attempt(retry, state, progress=progress, cancel=cancel)
    except Cancelled:
        return first  # what the first attempt made is whole; the rest stays failed
    if first.error is not None:
        return dataclasses.replace(
            again, attempts=2,
            outputs=tuple(dataclasses.replace(o, attempts=2) for o in again.outputs))
    redone = {t.platform.id for t in again_targets}
    outputs = {o.platform_id: o for o in first.outputs if o.platform_id not in redone}
    by_platform = {o.platform_id: o for o in again.outputs}
    for target in again_targets:
        outcome = by_platform.get(target.platform.id)
        if again.error is not None or outcome is None:
            error = again.error or StudioError("no result for this platform",
                                               code="batch.internal", path=task.job.source)
            outcome = OutputResult(task.job.source, target.platform.id, target.path,
                                   error=error)
        outputs[target.platform.id] = dataclasses.replace(outcome, attempts=2)
    order = [t.platform.id for t in task.job.targets]
    return InputResult(first.source, tuple(outputs[pid] for pid in order if pid in outputs))


def _attempt(task: Task, state: WorkerState, *, progress: ProgressCallback | None = None,
             cancel: CancelToken | None = None) -> InputResult:
    try:
        loaded = state.template(task.template_id)
        state.use_fields((task.template_id, tuple(sorted(task.job.fields.items()))))
        return kind_for(task.kind).produce(task.job, loaded, state.brand, task.settings,
                                           progress=progress, cancel=cancel)
    except Cancelled:
        raise
    except Exception as exc:  # one bad input must not stop the run
        return InputResult(task.job.source, error=as_studio_error(exc, path=task.job.source))


# -- inside a worker process -------------------------------------------------------------

_STATE: WorkerState | None = None
_CONFIG: WorkerConfig | None = None
_SLOT: tuple[Any, int] | None = None  # (the shared table, this worker's row)


def init_worker(parent_pid: int, parent_started: float | None, slots: Any) -> None:
    """Process-pool initializer: claim a slot, watch the parent, one OpenCV thread."""
    global _SLOT
    # Ctrl+C in a terminal reaches the whole process group; the parent turns
    # it into a cancel, workers must not die of it half-way.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    return_photo_memory()
    threading.Thread(target=_watch_parent, args=(parent_pid, parent_started),
                     daemon=True, name="studio-parent-watch").start()
    with slots.get_lock():
        for row in range(len(slots) // 2):
            if slots[2 * row] == 0:
                slots[2 * row] = os.getpid()
                _SLOT = (slots, row)
                break
    # One OpenCV thread per worker: the workers already use every core.
    with contextlib.suppress(ImportError):
        import cv2

        cv2.setNumThreads(1)


def _configure(config: WorkerConfig) -> WorkerState:
    """This worker's state for ``config``'s run: set up at the run's first call, then kept."""
    global _STATE, _CONFIG
    if _STATE is not None and _CONFIG is not None and _CONFIG.run == config.run:
        return _STATE
    for module in config.kind_modules:
        importlib.import_module(module)
    state = WorkerState(dict(config.templates), brand_from_state(config.brand))
    if _STATE is not None and _CONFIG is not None:
        if (_CONFIG.templates, _CONFIG.brand) == (config.templates, config.brand):
            # The same event exported again: its compositions are still good
            # (they are keyed by the template's content and the field values).
            state.keep_fields_of(_STATE)
        else:
            from studio.render.photo import clear_composition_cache

            clear_composition_cache()
    _STATE, _CONFIG = state, config
    state.warm(config.warm)
    return state


def _watch_parent(pid: int, started: float | None) -> None:
    # A parent killed with SIGKILL cannot stop its workers; they stop
    # themselves so a restarted batch is not racing orphans.
    while True:
        time.sleep(0.25)
        now = process_started(pid)
        if now is None or (started is not None and abs(now - started) > 1.0):
            os._exit(3)


def boot_worker() -> int:
    """A worker's first call when started ahead of any run: what every photo needs."""
    from studio.render.crop import warm_up

    warm_up()
    return os.getpid()


def ready_for_run(config: WorkerConfig) -> int:
    """Set this worker up for a run (the start-up call: it says when a worker is up)."""
    _configure(config)
    return os.getpid()


def run_task(task: Task, config: WorkerConfig) -> InputResult:
    """The worker entry point (top-level so it pickles under spawn)."""
    state = _configure(config)
    if _SLOT is not None:
        _SLOT[0][2 * _SLOT[1] + 1] = task.number
    try:
        return execute(task, state)
    finally:
        if _SLOT is not None:
            _SLOT[0][2 * _SLOT[1] + 1] = 0
