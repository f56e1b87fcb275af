"""Exporting an event: every active media item for every chosen platform.

One call runs the whole export on a worker: the core's batch engine when it is
present (``studio.batch.run_batch``), otherwise the same unit of work the
command line uses (``produce_photo``/``produce_video``) item by item. Progress
is the fraction of outputs done; cancel stops between outputs, and the core's
atomic writes mean a cancelled export never leaves a half-written file.
Per-item failures are collected, not raised, so the rest of the event goes on.
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gui.jobs import video
from studio.brand import BrandKit
from studio.errors import Cancelled, StudioError
from studio.media import is_video_path
from studio.platforms import Platform
from studio.produce import ExportSettings, InputResult, PhotoJob, produce_photo
from studio.progress import CancelToken, EtaEstimator, ProgressCallback, ProgressEvent
from studio.project import MediaItem, Project
from studio.render.crop import Focus
from studio.template import TemplateLibrary

# From this many photos on, the batch engine renders in worker processes.
PROCESS_THRESHOLD = 6


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
    warnings: tuple[tuple[Path | None, str, str], ...] = ()  # (source, platform, code)
    captions: tuple[Path, ...] = ()
    kept: int = 0  # finished by an earlier run of the same event and left as they were
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled


@dataclass(frozen=True)
class ExportRequest:
    project: Project
    library: TemplateLibrary
    brand: BrandKit
    platforms: tuple[Platform, ...]


def export_settings(project: Project, brand: BrandKit) -> ExportSettings:
    options = project.export
    credit = None if options.credit is None else (options.credit or brand.credit)
    return ExportSettings(output_dir=project.output_dir, pattern=project.pattern,
                          quality=options.quality, credit=credit, overwrite=options.overwrite,
                          strict=options.strict)


def run_export(request: ExportRequest, *, progress: ProgressCallback,
               cancel: CancelToken) -> ExportReport:
    batch = _batch_module()
    if batch is not None:
        return _run_with_batch(batch, request, progress, cancel)
    return _run_items(request, progress, cancel)


# -- the fallback: the command line's unit of work, item by item ------------------------------
def _run_items(request: ExportRequest, progress: ProgressCallback,
               cancel: CancelToken) -> ExportReport:
    project, brand = request.project, request.brand
    settings = export_settings(project, brand)
    items = project.active_media or (MediaItem(None),)
    total = max(1, len(items) * len(request.platforms))
    eta = EtaEstimator()
    written: list[Path] = []
    problems: list[ExportProblem] = []
    warnings: list[tuple[Path | None, str, str]] = []
    done = 0
    progress(ProgressEvent(0.0, item=None))
    for index, item in enumerate(items, start=1):
        cancel.raise_if_cancelled()
        name = item.path.name if item.path else ""
        try:
            loaded = request.library.get(item.template or project.template)
        except StudioError as exc:
            problems.append(ExportProblem(item.path, None, exc))
            done += len(request.platforms)
            continue
        fields = project.fields_for(item)
        focus = Focus(*item.focus) if item.focus else None

        def item_progress(event: ProgressEvent, _base=done, _name=name) -> None:
            fraction = (_base + event.fraction * len(request.platforms)) / total
            progress(ProgressEvent(fraction, item=_name, eta_seconds=eta.eta(fraction)))

        if item.path is not None and is_video_path(item.path):
            result = _produce_video(item, loaded, request, fields, focus, settings, index,
                                    item_progress, cancel)
        else:
            job = PhotoJob(source=item.path, platforms=request.platforms, index=index,
                           focus=focus, fields=fields)
            result = produce_photo(job, loaded, brand, settings)
        _collect(result, written, problems, warnings)
        done += len(request.platforms)
        progress(ProgressEvent(done / total, item=name, eta_seconds=eta.eta(done / total)))
    cancel.raise_if_cancelled()
    captions = _write_captions(request, settings, problems)
    return ExportReport(project.output_dir, tuple(written), tuple(problems), tuple(warnings),
                        captions)


def _collect(result: InputResult, written: list[Path], problems: list[ExportProblem],
             warnings: list[tuple[Path | None, str, str]]) -> None:
    if result.error is not None:
        problems.append(ExportProblem(result.source, None, result.error))
        return
    for output in result.outputs:
        if output.error is not None:
            problems.append(ExportProblem(result.source, output.platform_id, output.error))
        elif output.path is not None:
            written.append(output.path)
        for warning in output.warnings:
            warnings.append((result.source, output.platform_id, warning.code))


def _produce_video(item: MediaItem, loaded: Any, request: ExportRequest, fields: dict,
                   focus: Focus | None, settings: ExportSettings, index: int,
                   progress: ProgressCallback, cancel: CancelToken) -> InputResult:
    if not video.can_export():
        return InputResult(item.path, error=video.unavailable(item.path))
    produce = importlib.import_module("studio.video.produce")
    options = _video_options(produce, item)
    kwargs: dict[str, Any] = {"focus": focus, "index": index}
    params = inspect.signature(produce.produce_video).parameters
    if "progress" in params:
        kwargs["progress"] = progress
    if "cancel" in params:
        kwargs["cancel"] = cancel
    try:
        return produce.produce_video(item.path, loaded, request.brand, request.platforms,
                                     fields, settings, options, **kwargs)
    except Cancelled:
        raise
    except StudioError as exc:
        return InputResult(item.path, error=exc)


def _video_options(produce: Any, item: MediaItem) -> Any:
    options_type = getattr(produce, "VideoOptions", None)
    if options_type is None:
        return None
    if item.trim is None:
        return options_type()
    try:
        return options_type(trim=item.trim)
    except TypeError:
        return options_type.from_cli(trim=f"{item.trim[0]},{item.trim[1]}", subtitles=None)


def _write_captions(request: ExportRequest, settings: ExportSettings,
                    problems: list[ExportProblem]) -> tuple[Path, ...]:
    project = request.project
    if not project.export.captions:
        return ()
    try:
        loaded = request.library.get(project.template)
    except StudioError:
        return ()
    caption_id = loaded.template.caption
    if not caption_id:
        return ()
    try:
        files = importlib.import_module("studio.caption.files")
    except ImportError:
        return ()
    paths = []
    try:
        for path, _warnings in files.write_caption_files(
                caption_id, dict(project.fields), request.platforms, settings.output_dir,
                brand=request.brand, overwrite=settings.overwrite):
            paths.append(Path(path))
    except StudioError as exc:
        problems.append(ExportProblem(None, None, exc))
    return tuple(paths)


# -- the batch engine, when present -----------------------------------------------------------
def _batch_module() -> Any | None:
    try:
        module = importlib.import_module("studio.batch")
    except ImportError:
        return None
    return module if hasattr(module, "run_batch") else None


def _run_with_batch(batch: Any, request: ExportRequest, progress: ProgressCallback,
                    cancel: CancelToken) -> ExportReport:
    project = request.project
    photos = sum(1 for item in project.active_media
                 if item.path is not None and not is_video_path(item.path))
    # Worker processes pay a start-up cost; a handful of photos render faster here.
    workers = None if photos >= PROCESS_THRESHOLD else 0
    report = batch.run_batch(project, progress=progress, cancel=cancel, workers=workers,
                             platforms=[p.id for p in request.platforms], brand=request.brand,
                             library=request.library)
    written: list[Path] = []
    captions: list[Path] = []
    problems: list[ExportProblem] = []
    warnings: list[tuple[Path | None, str, str]] = []
    for row in report.rows:
        source = Path(row.source) if row.source else None
        path = report.output_dir / row.path if row.path else None
        if row.status == "failed":
            problems.append(ExportProblem(source, row.platform or None, StudioError(
                row.error or row.error_code, path=source, code=row.error_code or "export")))
        elif row.status == "ok" and path is not None:
            (captions if row.kind == "caption" else written).append(path)
        for code in row.warnings:
            warnings.append((source, row.platform, code))
    return ExportReport(report.output_dir, tuple(written), tuple(problems), tuple(warnings),
                        tuple(captions), kept=report.kept, cancelled=report.cancelled)
