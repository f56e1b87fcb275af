"""Running a plan: the one export loop of the app, the command line and every batch.

:func:`run_batch` takes an event project (or a prepared plan) and makes every
output into its folder. In order: the folder lock and the journal (which
event owns the folder; what an earlier run finished), the worker processes
started at once so their start-up overlaps with the rest, the captions, then
every planned item on its kind's lane - photos in the worker pool (or in this
process when the job is too small to pay for starting workers), clips on a
thread - and the zips and the report last.

Progress comes back on the calling thread as :class:`BatchProgress` events;
a cancel token stops it within a second. Per-item failures are rows of the
report, never exceptions; a :class:`~studio.errors.StudioError` is raised
only when the run cannot start (unknown template or platform, a bad naming
pattern, another event's folder, a folder busy or not writable) or the disk
fails under the journal itself.
"""

from __future__ import annotations

import dataclasses
import os
import queue
import time
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from studio.batch.captions import write_captions
from studio.batch.journal import FolderLock, Journal, remove_partials
from studio.batch.kinds import kind_for
from studio.batch.memory import (
    TYPICAL_PHOTO,
    memory_budget,
    return_photo_memory,
    workers_beside,
)
from studio.batch.plan import BatchPlan, PlannedInput, PlannedOutput, output_key, plan_batch
from studio.batch.pool import WorkerPool
from studio.batch.report import (
    MANIFEST_CSV,
    MANIFEST_JSON,
    SUMMARY_NAME,
    BatchProgress,
    BatchReport,
    ManifestRow,
    Note,
    OutputWarning,
    Status,
    error_text,
    manifest_csv,
    manifest_json,
    summary_text,
)
from studio.batch.tasks import Task, WarmUp, WorkerConfig, WorkerState, brand_state
from studio.batch.workers import InlineLane, Pending, ProcessLane, ThreadLane
from studio.brand import BrandKit
from studio.errors import Cancelled, ExportError, StudioError
from studio.export import write_atomic
from studio.job import InputJob, InputResult, RecapSpec, Target, written
from studio.naming import safe_name
from studio.platforms import get_platform
from studio.progress import CancelToken, EtaEstimator, ProgressCallback, no_progress
from studio.project import Project
from studio.render.crop import Focus
from studio.template.library import TemplateLibrary
from studio.wording import DEFAULT_LANGUAGE, Wording, wording

# Starting a worker process (interpreter, imports, template, compositions) takes
# about this long on a 2-core office laptop; a job smaller than what that buys
# back runs in this process.
SPAWN_SECONDS = 1.5
# Rough cost of one photo for that decision: per decoded megapixel and per output.
SECONDS_PER_MEGAPIXEL = 0.025
SECONDS_PER_OUTPUT = 0.04


def estimated_seconds(job: InputJob, scale: float) -> float:
    """What one photo job costs on one core, roughly, from its header."""
    from studio.media import probe_photo

    megapixels = 1.0
    if job.source is not None:
        try:
            width, height = probe_photo(job.source)
            draft = min(1.0, max(1 / 8, 2 * scale)) if job.source.suffix.lower() in (
                ".jpg", ".jpeg") else 1.0
            megapixels = width * height * draft * draft / 1e6
        except StudioError:
            return 0.01  # fails at once
    return megapixels * SECONDS_PER_MEGAPIXEL + len(job.targets) * SECONDS_PER_OUTPUT


def choose_workers(costs: list[float], cores: int | None = None, *, running: int = 0) -> int:
    """Worker processes beside this process for photos costing ``costs`` seconds each.

    This process renders too (from the first second, while the workers
    start), so ``cores - 1`` workers use every core. 0: the job is too small
    to pay for starting a worker - it all runs here. ``running``: workers
    already up (a :class:`~studio.batch.pool.WorkerPool` kept from an
    earlier run), which cost nothing to start.
    """
    cores = cores or os.cpu_count() or 1
    if cores < 2 or len(costs) < 2:
        return 0
    work = sum(costs)
    n = min(cores - 1, len(costs) - 1)
    # Each new worker joins after its start-up; until then this process works alone.
    parallel = (work + max(0, n - running) * SPAWN_SECONDS) / (n + 1)
    return n if parallel < work * 0.9 else 0


def prestart_workers(pool: WorkerPool, work: BatchPlan | Project, *,
                     cores: int | None = None) -> int:
    """Start the workers an export of ``work`` will use, ahead of it.

    The app calls this while the officer fills in the event, the command line
    as soon as it has read the event (the workers start while it loads the
    templates and plans), so the run finds its workers up. As many as a run
    would start (``cores - 1``, as the free memory allows), none for fewer
    than two photos. Returns how many the pool now starts (0: none needed, or
    already up or in use).
    """
    from studio.job import input_kind

    cores = cores or os.cpu_count() or 1
    if isinstance(work, BatchPlan):
        photos = sum(1 for i in work.inputs
                     if i.problem is None and kind_for(i.kind).lane == "process")
    else:  # from the file names only: nothing is opened yet
        photos = sum(1 for m in work.active_media
                     if m.path is not None and input_kind(m.path) == "photo")
    if cores < 2 or photos < 2:
        return 0
    count = workers_beside(photos, TYPICAL_PHOTO, cores=cores)
    return count if pool.prestart(count) else 0


class _Run:
    """One run's state: rows, progress counts, the journal and the lanes' events."""

    def __init__(self, plan: BatchPlan, progress: ProgressCallback, cancel: CancelToken,
                 resume: bool, words: Wording) -> None:
        self.plan = plan
        self.progress = progress
        self.cancel = cancel
        self.resume = resume
        self.words = words
        self.journal = Journal(plan.output_dir)
        self.notes: list[Note] = []
        self.rows: dict[tuple[Any, ...], ManifestRow] = {}
        self.order: dict[str, int] = {pid: i for i, pid in enumerate(plan.platform_ids)}
        self.total_units = 0.0
        self.done_units = 0.0
        self.todo_units = 0.0
        self.run_units = 0.0
        self.partial: dict[int, float] = {}  # clip number -> units done so far
        self.events: queue.Queue[tuple[str, Any]] = queue.Queue()
        self.eta = EtaEstimator()
        self.outputs_total = 0
        self.outputs_done = 0
        self.failed_count = 0
        self.last_emit = 0.0

    # -- helpers ---------------------------------------------------------------------
    def rel(self, path: Path) -> str:
        return path.relative_to(self.plan.output_dir).as_posix()

    @staticmethod
    def weight(planned: PlannedInput) -> float:
        return kind_for(planned.kind).weight

    def emit(self, stage: str, message: str = "", item: str | None = None,
             row: ManifestRow | None = None, force: bool = True) -> None:
        now = time.monotonic()
        if not force and now - self.last_emit < 0.25:
            return
        self.last_emit = now
        partial = sum(self.partial.values())
        if self.total_units:
            fraction = (self.done_units + partial) / self.total_units
        else:
            fraction = 1.0 if stage in ("report", "done") else 0.0
        run_fraction = ((self.run_units + partial) / self.todo_units) if self.todo_units else 1.0
        eta = self.eta.eta(run_fraction) if stage == "render" else None
        event = BatchProgress(fraction=min(1.0, fraction), message=message, eta_seconds=eta,
                              item=item, done=self.outputs_done, total=self.outputs_total,
                              failed=self.failed_count, stage=stage, row=row)
        try:
            self.progress(event)
        except Cancelled:
            # Some adapters stop work by raising from the callback: a cancel,
            # so the run still ends cleanly with its report.
            self.cancel.cancel()

    def add_row(self, order: tuple[Any, ...], row: ManifestRow, units: float = 0.0,
                this_run: bool = True, item: str | None = None) -> None:
        self.rows[order] = row
        if row.status == "failed":
            self.failed_count += 1
        if row.kind not in ("caption", "zip"):
            self.outputs_done += 1
            self.done_units += units
            if this_run:
                self.run_units += units
        label = f"{item or row.source or row.platform} → {row.platform}: {row.status}"
        self.emit("render" if row.kind not in ("caption", "zip") else row.kind, label,
                  item=item, row=row)

    def output_row(self, planned: PlannedInput, output: PlannedOutput, status: Status,
                   error: StudioError | None = None, sha: str = "", size: int = 0,
                   warnings: tuple[OutputWarning, ...] = (), path: Path | None = None,
                   attempts: int = 1) -> ManifestRow:
        return ManifestRow(
            source=str(planned.source) if planned.source else "",
            platform=output.platform_id,
            kind=planned.kind,
            path=self.rel(path or output.path),
            status=status,
            error=error_text(error) if error else "",
            error_code=error.code if error else "",
            sha256=sha,
            bytes=size,
            warnings=warnings,
            item=planned.number,
            failure=error,
            attempts=attempts,
        )

    def order_of(self, planned: PlannedInput, output: PlannedOutput) -> tuple[Any, ...]:
        return (1, planned.number, self.order.get(output.platform_id, 0))

    # -- the lanes call these ------------------------------------------------------------
    def rendering(self, pending: Pending) -> None:
        self.emit("render", f"rendering {pending.planned.label}", item=pending.planned.label,
                  force=False)

    def finish(self, pending: Pending, result: InputResult) -> None:
        planned = pending.planned
        by_platform = {o.platform_id: o for o in result.outputs}
        # A photo the system killed a worker on was made again alone (a second attempt).
        tried = max(result.attempts, 2 if getattr(pending, "suspect", False) else 1)
        # The source changed since it was planned (replaced, edited): what was made
        # is whole, but not under the planned key, so a resume makes it again.
        changed = planned.source is not None and bool(planned.identity) \
            and _identity(planned.source) != planned.identity
        records = []
        rows = []
        for output, _ in pending.outputs:
            outcome = by_platform.get(output.platform_id)
            attempts = max(tried, outcome.attempts if outcome is not None else 1)
            error = result.error or (outcome.error if outcome is not None else None)
            if outcome is None or error is not None:
                error = error or StudioError("no result for this platform",
                                             code="batch.internal", path=planned.source)
                rows.append((output, self.output_row(planned, output, "failed", error,
                                                     attempts=attempts)))
                continue
            warnings = tuple(OutputWarning.of(w) for w in outcome.warnings)
            row = self.output_row(planned, output, "ok", sha=outcome.sha256,
                                  size=outcome.size, warnings=warnings, path=outcome.path,
                                  attempts=attempts)
            records.append({"path": row.path, "key": "" if changed else output.key,
                            "sha256": outcome.sha256,
                            "bytes": outcome.size, "mtime_ns": outcome.mtime_ns,
                            "source": row.source, "platform": row.platform,
                            "attempts": attempts,
                            "warnings": [w.to_data() for w in warnings]})
            rows.append((output, row))
        # One fsync per input, after its files are in place.
        self.journal.record(records)
        units = self.weight(planned)
        self.partial.pop(planned.number, None)
        for output, row in rows:
            self.add_row(self.order_of(planned, output), row, units, item=planned.label)

    def drain(self) -> None:
        """Results and progress posted by the clip threads, handled on this thread."""
        while True:
            try:
                kind, payload = self.events.get_nowait()
            except queue.Empty:
                return
            if kind == "progress":
                pending, fraction = payload
                units = self.weight(pending.planned) * len(pending.outputs)
                self.partial[pending.planned.number] = units * max(0.0, min(1.0, fraction))
                self.emit("render", f"encoding {pending.planned.label}",
                          item=pending.planned.label, force=False)
            elif kind == "started":
                self.rendering(payload)
            elif kind == "done":
                pending, result = payload
                self.partial.pop(pending.planned.number, None)
                if result is None:
                    continue  # cancelled: reported as cancelled below
                if self.cancel.cancelled:
                    # Whatever finished is whole (atomic writes); the rest was stopped.
                    finished = {o.platform_id for o in result.outputs if o.ok}
                    pending = dataclasses.replace(pending, outputs=[
                        (o, f) for o, f in pending.outputs if o.platform_id in finished])
                    if not pending.outputs:
                        continue
                self.finish(pending, result)

    # -- the steps ---------------------------------------------------------------------
    def prepare(self) -> list[Pending]:
        """Rows for what is known already (problems, kept outputs); the rest to make."""
        plan = self.plan
        self.emit("prepare", "preparing")
        owned_before = set(self.journal.owned)
        claims: list[str] = []

        def claim(path: Path) -> bool:
            # A path is claimed (ours to write and later replace) only if it is
            # free, already ours, or the project allows overwriting: a
            # stranger's file is never claimed, so a later run cannot replace
            # it either; writing there fails with "exists" instead.
            rel = self.rel(path)
            if plan.overwrite or rel in owned_before or not path.exists():
                claims.append(rel)
                return True
            return False

        for planned in plan.inputs:
            self.total_units += self.weight(planned) * len(planned.outputs)
            self.outputs_total += len(planned.outputs)
        pending: list[Pending] = []
        for planned in plan.inputs:
            units = self.weight(planned)
            if planned.problem is not None:
                for output in planned.outputs:
                    self.add_row(self.order_of(planned, output),
                                 self.output_row(planned, output, "failed", planned.problem),
                                 units, this_run=False, item=planned.label)
                continue
            todo: list[tuple[PlannedOutput, bool]] = []
            for output in planned.outputs:
                record = (self.journal.finished(self.rel(output.path), output.key)
                          if self.resume else None)
                if record is not None:
                    warnings = tuple(OutputWarning.of(w) for w in record.get("warnings", ()))
                    self.add_row(self.order_of(planned, output), self.output_row(
                        planned, output, "kept", sha=record.get("sha256", ""),
                        size=int(record.get("bytes", 0)), warnings=warnings), units,
                        this_run=False, item=planned.label)
                    continue
                todo.append((output, claim(output.path)))
                self.todo_units += units
            if todo:
                pending.append(Pending(planned, todo, self.task_for(planned, todo)))
        for caption in plan.captions:
            claim(caption.path)
        if plan.zip_per_platform:
            for pid in plan.platform_ids:
                claim(plan.output_dir / f"{safe_name(pid)}.zip")
        # Claimed before anything is written: a file found at a claimed path
        # after a crash is ours to replace.
        self.journal.claim(claims)
        return pending

    def task_for(self, planned: PlannedInput, todo: list[tuple[PlannedOutput, bool]]) -> Task:
        targets = tuple(Target(get_platform(o.platform_id), o.path, overwrite)
                        for o, overwrite in todo)
        job = InputJob(source=planned.source, targets=targets, fields=dict(planned.fields),
                       focus=Focus(*planned.focus) if planned.focus else None,
                       trim=planned.trim, subtitles=planned.subtitles,
                       sources=planned.sources, recap=planned.recap)
        kind = kind_for(planned.kind)
        memory, seconds = 0, 0.0
        if kind.lane == "process":
            scale = _needed_scale_guess(job)
            memory, seconds = kind.memory(job, scale), estimated_seconds(job, scale)
        return Task(planned.number, planned.kind, planned.template_id, job,
                    self.plan.settings, memory, seconds)

    def leftovers(self, pending: Iterable[Pending]) -> None:
        """Rows for outputs no lane finished: cancelled, or (never) lost."""
        for item in pending:
            for output, _ in item.outputs:
                order = self.order_of(item.planned, output)
                if order not in self.rows:
                    status: Status = "cancelled" if self.cancel.cancelled else "failed"
                    error = None if status == "cancelled" else StudioError(
                        "the output was not produced", code="batch.internal",
                        path=item.planned.source)
                    self.add_row(order, self.output_row(item.planned, output, status, error),
                                 this_run=True, item=item.planned.label)

    def vanished(self) -> None:
        """Rows of files that are not there any more (the output folder was deleted or
        moved during the run) become failures, so the report says what is on the disk;
        the journal's record of them no longer matches, so a resume makes them again."""
        for order, row in list(self.rows.items()):
            if not row.ok or not row.path or (self.plan.output_dir / row.path).is_file():
                continue
            error = StudioError("the file was made, then deleted or moved away with its "
                                "folder during the export", code="batch.output_gone",
                                path=self.plan.output_dir / row.path,
                                hint="export again: the missing files are made again")
            self.rows[order] = dataclasses.replace(
                row, status="failed", error=error_text(error), error_code=error.code,
                sha256="", bytes=0, failure=error)
            self.failed_count += 1

    def write_zips(self) -> None:
        plan = self.plan
        for pid in plan.platform_ids:
            if self.cancel.cancelled:
                return
            members = [r for r in self.rows.values() if r.platform == pid and r.ok
                       and r.kind != "zip" and r.path]
            rel = f"{safe_name(pid)}.zip"
            base: dict[str, Any] = {"source": "", "platform": pid, "kind": "zip", "path": rel}
            folder = f"{safe_name(pid)}/"
            names = [(r.path.removeprefix(folder), r) for r in members]
            key = output_key("zip", sorted((n, r.sha256) for n, r in names))
            record = self.journal.finished(rel, key) if self.resume else None
            if record is not None:
                row = ManifestRow(**base, status="kept", sha256=record["sha256"],
                                  bytes=int(record["bytes"]))
                self.add_row((3, self.order.get(pid, 0)), row, item=rel)
                continue
            if not members:
                continue
            target = plan.output_dir / rel

            def write(tmp: Path, names: list[tuple[str, ManifestRow]] = names) -> None:
                with zipfile.ZipFile(tmp, "w") as archive:
                    for name, row in names:
                        # Photos and videos are compressed already.
                        method = zipfile.ZIP_DEFLATED if name.endswith(".txt") \
                            else zipfile.ZIP_STORED
                        archive.write(plan.output_dir / row.path, name, compress_type=method)

            try:
                write_atomic(target, write, overwrite=self.journal.owns(rel))
                done = written(None, pid, target)
                self.journal.record([{"path": rel, "key": key, "sha256": done.sha256,
                                      "bytes": done.size, "mtime_ns": done.mtime_ns,
                                      "source": "", "platform": pid, "warnings": []}])
                row = ManifestRow(**base, status="ok", sha256=done.sha256, bytes=done.size)
            except StudioError as exc:
                row = ManifestRow.failed(base, exc)
            self.add_row((3, self.order.get(pid, 0)), row, item=rel)


def _identity(source: Path) -> tuple[Any, ...]:
    """A source's name, size and mtime now (as planned in PlannedInput.identity)."""
    try:
        stat = source.stat()
    except OSError:
        return ()
    return (source.name, stat.st_size, stat.st_mtime_ns)


def _largest_first(items: list[Pending]) -> list[Pending]:
    """The photos by their cost, largest first (ties keep their order).

    Several lanes then finish together: what is left at the end is the small
    photos, so no core waits long for the last large one.
    """
    return sorted(items, key=lambda p: p.task.seconds, reverse=True)


def _needed_scale_guess(job: InputJob) -> float:
    """The share of a photo's size its outputs need, from the header (for the estimates)."""
    from studio.media import probe_photo

    if job.source is None or not job.targets:
        return 1.0
    try:
        width, height = probe_photo(job.source)
    except StudioError:
        return 1.0
    largest = max(max(t.platform.width, t.platform.height) for t in job.targets)
    return min(1.0, largest / max(1, min(width, height)))


def _warm_ups(plan: BatchPlan, pending: list[Pending]) -> tuple[WarmUp, ...]:
    """The compositions the workers will need first: the event's template and fields."""
    seen: dict[tuple[str, tuple[tuple[str, str], ...]], set[str]] = {}
    for item in pending[:4]:
        key = (item.planned.template_id, tuple(sorted(item.task.job.fields.items())))
        seen.setdefault(key, set()).update(t.platform.id for t in item.task.job.targets)
    return tuple(WarmUp(tid, fields, tuple(get_platform(p) for p in sorted(ids)),
                        plan.settings.strict)
                 for (tid, fields), ids in list(seen.items())[:2])


def _report_target(run: _Run, name: str) -> Path:
    """Where a report file goes: its usual name unless a stranger's file is there."""
    plan = run.plan
    candidate = plan.output_dir / name
    stem, suffix = os.path.splitext(name)
    number = 2
    while candidate.exists() and not (plan.overwrite or run.journal.owns(name)):
        name = f"{stem}-{number}{suffix}"
        candidate = plan.output_dir / name
        number += 1
    run.journal.claim([name])
    return candidate


def _write_report(run: _Run, started: float) -> BatchReport:
    rows = tuple(row for _, row in sorted(run.rows.items(), key=lambda kv: kv[0]))
    report = BatchReport(name=run.plan.name, output_dir=run.plan.output_dir, rows=rows,
                         cancelled=run.cancel.cancelled, elapsed=time.monotonic() - started,
                         skipped_items=run.plan.skipped_items, notes=tuple(run.notes),
                         language=run.words.language)
    finished = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    paths: dict[str, Path | None] = {}
    notes = list(report.notes)
    summary = summary_text(report, run.words)
    for label, name, data in (
            ("csv", MANIFEST_CSV, lambda: manifest_csv(rows, run.words)),
            ("json", MANIFEST_JSON, lambda: manifest_json(report, finished, run.words)),
            ("summary", SUMMARY_NAME, lambda: summary.encode("utf-8"))):
        try:
            target = _report_target(run, name)
            paths[label] = write_atomic(target, data(), overwrite=True)
        except StudioError as exc:
            paths[label] = None
            notes.append(Note("report_not_written", f"the report file {name} could not be "
                              f"written: {exc.one_line()}", {"name": name,
                                                             "detail": exc.message}))
    report = dataclasses.replace(report, notes=tuple(notes))
    if len(notes) != len(run.notes):
        summary = summary_text(report, run.words)
    return dataclasses.replace(report, manifest_csv=paths["csv"],
                               manifest_json=paths["json"], summary_path=paths["summary"],
                               summary=summary)


def run_batch(project_or_plan: Project | BatchPlan, *,
              progress: ProgressCallback = no_progress, cancel: CancelToken | None = None,
              workers: int | None = None, resume: bool = True,
              platforms: Iterable[str] | None = None, brand: BrandKit | None = None,
              library: TemplateLibrary | None = None, language: str = DEFAULT_LANGUAGE,
              take_over: bool = False, subtitles: Path | None = None,
              recap: RecapSpec | None = None, pool: WorkerPool | None = None) -> BatchReport:
    """Make every output of a project (or a prepared plan) in its output folder.

    ``workers``: photo worker processes (None: as the job, cores and free
    memory call for - small jobs run in this process; 0: in this process).
    ``resume``: keep outputs a previous run finished and that are unchanged
    (False: redo them all; files this event wrote are still replaced, others
    still protected). ``language``: of the summary and the manifest's words
    (``id``, ``en``). ``take_over``: export into a folder another event owns
    (its files may then be replaced); without it that is refused with
    ``batch.folder_taken``, whose params name the owner and a ``suggestion``
    (a subfolder of its own). ``recap``: one recap reel of the event's photos
    per platform instead of one output per photo (:mod:`studio.video.recap`).
    ``pool``: photo worker processes kept between runs (the app's; without
    one, the run starts its own and stops them at its end).
    ``progress`` is called on this thread.
    """
    started = time.monotonic()
    cancel = cancel or CancelToken()
    return_photo_memory()  # this process renders photos too
    words = wording(language)
    if isinstance(project_or_plan, BatchPlan):
        plan = project_or_plan
    else:
        plan = plan_batch(project_or_plan, platforms=platforms, brand=brand, library=library,
                          subtitles=subtitles, recap=recap)
    try:
        plan.output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create the output folder: {exc.strerror or exc}",
                          path=plan.output_dir, code="export.read_only",
                          hint="choose another output folder") from None
    folders = {plan.output_dir}
    folders.update(o.path.parent for i in plan.inputs for o in i.outputs)
    folders.update(c.path.parent for c in plan.captions)
    lock = FolderLock(plan.output_dir)
    lock.acquire()
    run = _Run(plan, progress, cancel, resume, words)
    run.notes.extend(Note(code, message, dict(params)) for code, message, params in plan.notes)
    lanes: list[Any] = []
    try:
        previous = run.journal.open(plan.name, take_over=take_over)
        if previous is not None:
            run.notes.append(Note("folder_shared", f"this output folder is also used by the "
                                  f"event {previous!r}", {"owner": previous}))
        if lock.stale:
            # The killed run's workers stop themselves within a moment (they
            # watch their parent); let them, before their temp files go.
            cancel.wait(1.0)
        remove_partials(folders)
        try:
            pending = run.prepare()
            by_lane: dict[str, list[Pending]] = {"process": [], "thread": []}
            for item in pending:
                by_lane[kind_for(item.planned.kind).lane].append(item)
            photos = _photo_lane(plan, by_lane["process"], workers, pool)
            if photos is not None:
                lanes.append(photos)
                if isinstance(photos, ProcessLane):
                    by_lane["process"] = _largest_first(by_lane["process"])
                    photos.start()  # workers boot while the captions are written
            write_captions(plan, run.journal, cancel,
                           lambda order, row, item: run.add_row(order, row, item=item))
            run.eta = EtaEstimator()
            clips = None
            if by_lane["thread"]:
                clips = ThreadLane(plan.templates, plan.brand,
                                   lambda kind, payload: run.events.put((kind, payload)),
                                   cancel)
                lanes.append(clips)
                clips.start(by_lane["thread"],
                            lambda item, fraction: run.events.put(("progress",
                                                                   (item, fraction))))
            if photos is not None:
                photos.run(run, by_lane["process"])
            if clips is not None:
                clips.wait(run)
        finally:
            for lane in lanes:
                lane.close()
            run.drain()
            # Workers terminated mid-write leave temporary files; nothing else may.
            remove_partials(folders)
        run.leftovers(pending)
        run.vanished()
        if plan.zip_per_platform and not cancel.cancelled:
            run.write_zips()
        run.emit("report", "writing the report")
        report = _write_report(run, started)
        run.emit("done", "done")
        return report
    finally:
        run.journal.close()
        lock.release()


def _photo_lane(plan: BatchPlan, items: list[Pending], workers: int | None,
                pool: WorkerPool | None) -> ProcessLane | InlineLane | None:
    if not items:
        return None
    home = None
    if workers is None:
        costs = [p.task.seconds for p in items]
        typical = sorted(p.task.memory for p in items)[len(items) // 2]
        count = choose_workers(costs, running=pool.running if pool is not None else 0)
        if count:
            # The pool beside this process, as the free memory allows.
            count = min(count, workers_beside(len(items), typical))
            home = WorkerState(plan.templates, plan.brand)
    else:
        count = min(max(0, workers), len(items))
    if count == 0:
        return InlineLane(plan.templates, plan.brand)
    config = WorkerConfig(
        templates=tuple((tid, str(t.folder)) for tid, t in plan.templates.items()),
        brand=brand_state(plan.brand), warm=_warm_ups(plan, items),
        kind_modules=tuple(sorted({kind_for(p.planned.kind).produce.__module__
                                   for p in items})))
    return ProcessLane(config, count, memory_budget(), home=home, pool=pool)

