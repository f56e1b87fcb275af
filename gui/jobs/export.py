"""Exporting an event: one call into the core's export engine, on a worker thread.

:func:`run_export` hands the event to :func:`studio.batch.run_batch` - the
same engine as the command line's ``export``, ``batch`` and ``bulk`` - with
the app's language for the summary and the manifest, and turns its report
into what the export panel shows. Progress and cancel are the engine's own
(it decides whether worker processes pay off); per-item failures come back as
whole errors (code, params, hint, file), so every message is complete in the
officer's language. An output folder that holds another event's export is
refused by the engine with ``batch.folder_taken``; the panel asks what to do
and calls again with a subfolder or ``take_over``.

The app keeps its photo worker processes between exports (the engine's
:class:`~studio.batch.WorkerPool`) and starts them ahead of the first one
(:func:`warm_workers`, when the export panel counts what an export would
make): exports find them up instead of waiting for their start. They stop
after ten idle minutes and when the app closes (:func:`stop_workers`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from studio.brand import BrandKit
from studio.errors import StudioError
from studio.job import RecapSpec
from studio.platforms import Platform
from studio.progress import CancelToken, ProgressCallback
from studio.project import Project
from studio.template import TemplateLibrary

if TYPE_CHECKING:
    from studio.batch import BatchPlan, OutputWarning, WorkerPool


@dataclass(frozen=True)
class ExportProblem:
    source: Path | None
    platform_id: str | None
    error: StudioError


@dataclass(frozen=True)
class ExportReport:
    output_dir: Path
    written: tuple[Path, ...] = ()
    problems: tuple[ExportProblem, ...] = ()
    warnings: tuple[tuple[Path | None, str, OutputWarning], ...] = ()  # (source, platform, w)
    captions: tuple[Path, ...] = ()
    kept: int = 0  # finished by an earlier run of the same event and left as they were
    cancelled: bool = False
    summary_path: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled


@dataclass(frozen=True)
class ExportRequest:
    project: Project
    library: TemplateLibrary
    brand: BrandKit
    platforms: tuple[Platform, ...]
    language: str = "id"  # of ringkasan.txt and the manifest's words
    take_over: bool = False  # the officer agreed to share a folder another event owns
    recap: RecapSpec | None = None  # one recap video of the photos instead of a file each


_workers: WorkerPool | None = None
_workers_lock = threading.Lock()
# Start the workers ahead of the first export. The GUI tests turn it off: most
# of them never export, and each would start processes for nothing.
PRESTART = True


def _session_workers() -> WorkerPool:
    global _workers
    with _workers_lock:
        if _workers is None:
            from studio.batch import WorkerPool

            _workers = WorkerPool()
        return _workers


def warm_workers(plan: BatchPlan) -> int:
    """Start the photo workers an export of ``plan`` will use, ahead of it (off the UI
    thread: the engine is imported here). Returns how many start now."""
    if not PRESTART:
        return 0
    from studio.batch import prestart_workers

    return prestart_workers(_session_workers(), plan)


def stop_workers() -> None:
    """Stop the photo workers kept between exports (the app is closing)."""
    global _workers
    with _workers_lock:
        workers, _workers = _workers, None
    if workers is not None:
        workers.close()


def run_export(request: ExportRequest, *, progress: ProgressCallback,
               cancel: CancelToken) -> ExportReport:
    # The engine is imported on the worker, when the first export runs: the app
    # starts without it.
    from studio.batch import run_batch

    report = run_batch(request.project, progress=progress, cancel=cancel,
                       platforms=[p.id for p in request.platforms], brand=request.brand,
                       library=request.library, language=request.language,
                       take_over=request.take_over, recap=request.recap,
                       pool=_session_workers())
    written: list[Path] = []
    captions: list[Path] = []
    problems: list[ExportProblem] = []
    warnings: list[tuple[Path | None, str, OutputWarning]] = []
    for row in report.rows:
        source = Path(row.source) if row.source else None
        path = report.output_dir / row.path if row.path else None
        if row.status == "failed":
            error = row.failure or StudioError(row.error, path=source,
                                               code=row.error_code or "internal")
            problems.append(ExportProblem(source, row.platform or None, error))
        elif row.status == "ok" and path is not None and row.kind != "zip":
            # Posts and clips are "written"; captions are counted on their own and a
            # zip only packs files already counted (the promise counts the same).
            (captions if row.kind == "caption" else written).append(path)
        for warning in row.warnings:
            warnings.append((source, row.platform, warning))
    return ExportReport(report.output_dir, tuple(written), tuple(problems), tuple(warnings),
                        tuple(captions), kept=report.kept, cancelled=report.cancelled,
                        summary_path=report.summary_path)
