"""Producing the outputs of one input: decode once, render and write every platform.

This is the unit of work the command line, the batch engine and the GUI all
share. A photo is decoded once (at a reduced scale when the largest output
allows), its faces found once, and each platform's branding comes from the
cached composition, so the per-output cost is one resize, one paste and one
encode. Failures become :class:`OutputResult` errors, never exceptions, so the
rest of a batch goes on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from studio.brand import BrandKit
from studio.errors import StudioError
from studio.export import DEFAULT_PATTERN, export_image, output_path
from studio.media import open_photo
from studio.platforms import Platform
from studio.render.crop import Focus, detect_focus
from studio.render.layers import RenderWarning
from studio.render.photo import render_photo
from studio.template.loader import LoadedTemplate


@dataclass(frozen=True)
class ExportSettings:
    """How outputs are written; the same for every input of a run."""

    output_dir: Path
    pattern: str = DEFAULT_PATTERN
    quality: int = 90
    credit: str | None = None
    overwrite: bool = False
    strict: bool = False


@dataclass(frozen=True)
class OutputResult:
    source: Path | None
    platform_id: str
    path: Path | None
    warnings: tuple[RenderWarning, ...] = ()
    error: StudioError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class InputResult:
    source: Path | None
    outputs: tuple[OutputResult, ...] = ()
    error: StudioError | None = None  # the input itself failed (unreadable...)

    @property
    def ok(self) -> bool:
        return self.error is None and all(o.ok for o in self.outputs)

    @property
    def errors(self) -> list[StudioError]:
        found = [self.error] if self.error else []
        return found + [o.error for o in self.outputs if o.error]


@dataclass(frozen=True)
class PhotoJob:
    """One photo (or none, for a template that needs no media) for many platforms."""

    source: Path | None
    platforms: tuple[Platform, ...]
    index: int = 1
    focus: Focus | None = None  # explicit focal point; None = automatic
    fields: Mapping[str, str] = field(default_factory=dict)


def produce_photo(job: PhotoJob, loaded: LoadedTemplate, brand: BrandKit,
                  settings: ExportSettings) -> InputResult:
    """Render and write every platform for one photo."""
    image = None
    focus = job.focus
    if job.source is not None:
        largest = max(max(p.width, p.height) for p in job.platforms)
        try:
            image = open_photo(job.source, max_side=largest).image
        except StudioError as exc:
            return InputResult(job.source, error=exc)
        if focus is None:
            focus = detect_focus(image)
    outputs = []
    for platform in job.platforms:
        path = None
        try:
            path = output_path(settings.output_dir, settings.pattern, platform=platform,
                               source=job.source, template_id=loaded.id, index=job.index,
                               fields=job.fields)
            result = render_photo(loaded, brand, job.fields, platform, image, focus,
                                  strict=settings.strict,
                                  photo_name=job.source.name if job.source else None)
            export_image(result.image, path, platform, quality=settings.quality,
                         credit=settings.credit, overwrite=settings.overwrite)
            outputs.append(OutputResult(job.source, platform.id, path, result.warnings))
        except StudioError as exc:
            if exc.path is None:
                exc.path = job.source
            outputs.append(OutputResult(job.source, platform.id, path, error=exc))
    return InputResult(job.source, tuple(outputs))


def produce_photos(jobs: Sequence[PhotoJob], loaded: LoadedTemplate, brand: BrandKit,
                   settings: ExportSettings) -> list[InputResult]:
    return [produce_photo(job, loaded, brand, settings) for job in jobs]
