"""Producing the outputs of one video: every platform, each one ffmpeg encode.

The video counterpart of :func:`studio.produce.produce_photo`, returning the
same :class:`~studio.produce.InputResult`. The clip is probed once; each
platform gets its own plan and encode into a temporary name in the target
folder, moved into place when complete. A platform that fails (too long,
ffmpeg error) is recorded and the others go on; a clip that cannot be read
fails as a whole. Platforms that take no video (a YouTube thumbnail, an
event cover) get a poster image of the clip through the same template.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from studio.brand import BrandKit
from studio.errors import StudioError, VideoError
from studio.export import output_path, write_atomic
from studio.platforms import Platform
from studio.produce import ExportSettings, InputResult, OutputResult
from studio.progress import CancelToken, EtaEstimator, ProgressCallback, ProgressEvent
from studio.render.crop import Focus, detect_focus
from studio.render.layers import RenderWarning
from studio.template.loader import LoadedTemplate
from studio.video.plan import FPS, EncoderSettings, RenderPlan, check_trim, plan_video
from studio.video.preview import export_poster, grab_frame, poster_time
from studio.video.probe import VideoInfo, measure_video, probe_video
from studio.video.run import run_ffmpeg
from studio.video.subtitles import Cue, parse_srt

# The output may be this much shorter than planned (frame rounding); more means
# the source ended early: a file cut short while copying.
SHORT_TOLERANCE = 0.35
# When a size-limited file still comes out too big, encode once more at this share.
RETRY_BITRATE = 0.85

_TIME = re.compile(r"^\s*(?:(\d+):)?(?:(\d+):)?(\d+(?:[.,]\d+)?)\s*$")


def parse_time(text: str) -> float:
    """``"14"``, ``"2.5"``, ``"1:05"`` or ``"0:01:05.5"`` to seconds."""
    match = _TIME.match(text)
    if not match:
        raise ValueError(text)
    a, b, s = match.groups()
    seconds = float(s.replace(",", "."))
    parts = [int(p) for p in (a, b) if p is not None]
    if len(parts) == 2:
        return parts[0] * 3600 + parts[1] * 60 + seconds
    if len(parts) == 1:
        return parts[0] * 60 + seconds
    return seconds


@dataclass(frozen=True)
class VideoOptions:
    """What the officer chose for a clip, the same for every platform."""

    # Seconds of the source to keep; the end may be math.inf ("to the end").
    trim: tuple[float, float] | None = None
    subtitles: Path | None = None
    loudnorm: bool = False
    intro: bool | None = None  # None: as the template says
    outro: bool | None = None
    poster_time: float | None = None  # seconds into the kept clip; None: the middle
    encoder: EncoderSettings = field(default_factory=EncoderSettings)

    @classmethod
    def from_cli(cls, trim: str | None = None, subtitles: Path | None = None, *,
                 loudnorm: bool = False, intro: bool | None = None,
                 outro: bool | None = None) -> VideoOptions:
        """From ``--trim START,END`` (either side may be empty) and ``--subtitles``."""
        parsed = None
        if trim:
            start_text, sep, end_text = trim.partition(",")
            try:
                if not sep:
                    raise ValueError(trim)
                start = parse_time(start_text) if start_text.strip() else 0.0
                end = parse_time(end_text) if end_text.strip() else math.inf
            except ValueError:
                raise VideoError(f"--trim needs START,END in seconds, got {trim!r}",
                                 hint="e.g. --trim 2.5,14 or --trim 0:05,0:40",
                                 code="video.bad_trim") from None
            if end <= start:
                raise VideoError(f"--trim end must be after its start, got {trim!r}",
                                 hint="e.g. --trim 2.5,14", code="video.bad_trim")
            parsed = (start, end)
        return cls(trim=parsed, subtitles=Path(subtitles) if subtitles else None,
                   loudnorm=loudnorm, intro=intro, outro=outro)


class _TooBig(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def _encode(plan: RenderPlan, tmp: Path, report: ProgressCallback | None,
            cancel: CancelToken | None, label: str) -> None:
    result = run_ffmpeg(plan.command(tmp), duration=plan.duration, source=plan.source,
                        progress=report, cancel=cancel, label=label)
    # Frames, not the output clock: a join keeps the clock going on the audio alone.
    expected = round(plan.duration * FPS)
    if result.frames < expected - round(SHORT_TOLERANCE * FPS):
        raise VideoError(
            f"the clip ends early: {result.frames / FPS:.1f} s of {plan.duration:.1f} s could "
            "be read", path=plan.source,
            hint="the file seems cut short (an interrupted copy); copy it again from the phone",
            code="video.truncated", log=result.log)
    size = tmp.stat().st_size
    if plan.max_bytes and size > plan.max_bytes:
        raise _TooBig(size)


def produce_video(source: Path, loaded: LoadedTemplate, brand: BrandKit,
                  platforms: Sequence[Platform], fields: Mapping[str, str],
                  settings: ExportSettings, options: VideoOptions | None = None,
                  focus: Focus | None = None, index: int = 1, *,
                  progress: ProgressCallback | None = None,
                  cancel: CancelToken | None = None) -> InputResult:
    """Render and write every platform for one clip.

    Raises :class:`~studio.errors.Cancelled` when ``cancel`` is set (the
    output being written is removed); every other failure is in the result.
    """
    options = options or VideoOptions()
    source = Path(source)
    try:
        info = measure_video(probe_video(source))
        check_trim(info, options.trim)
        cues = parse_srt(options.subtitles) if options.subtitles else None
        if focus is None:
            focus = detect_focus(grab_frame(info, poster_time(info, options.trim)
                                            + (options.trim[0] if options.trim else 0.0)))
    except StudioError as exc:
        return InputResult(source, error=exc)

    outputs: list[OutputResult] = []
    count = max(1, len(platforms))
    reported = [0.0]
    eta = EtaEstimator()  # over all platforms, not the one being encoded
    for n, platform in enumerate(platforms):
        if cancel is not None:
            cancel.raise_if_cancelled()
        label = f"{source.name} [{platform.id}]"

        def report(event: ProgressEvent, n: int = n, label: str = label) -> None:
            if progress is not None:
                reported[0] = (n + event.fraction) / count
                progress(ProgressEvent(reported[0], label, eta.eta(reported[0]),
                                       item=str(source)))

        path = None
        try:
            if platform.video is None:
                path = output_path(settings.output_dir, settings.pattern, platform=platform,
                                   source=source, template_id=loaded.id, index=index,
                                   fields=fields)
                export_poster(info, loaded, brand, fields, platform, path,
                              t=options.poster_time, focus=focus, trim=options.trim,
                              quality=settings.quality, credit=settings.credit,
                              overwrite=settings.overwrite)
                outputs.append(OutputResult(source, platform.id, path))
                report(ProgressEvent(1.0))
                continue
            path = output_path(settings.output_dir, settings.pattern, platform=platform,
                               source=source, template_id=loaded.id, index=index,
                               fields=fields, extension=".mp4")
            warnings = _write_video(info, path, loaded, brand, platform, fields, settings,
                                    options, focus, cues, report, cancel, label)
            outputs.append(OutputResult(source, platform.id, path, warnings))
        except StudioError as exc:
            if exc.path is None:
                exc.path = source
            outputs.append(OutputResult(source, platform.id, path, error=exc))
    if progress is not None and reported[0] < 1.0:
        progress(ProgressEvent(1.0, source.name, 0.0, item=str(source)))
    return InputResult(source, tuple(outputs))


def _write_video(info: VideoInfo, path: Path, loaded: LoadedTemplate, brand: BrandKit,
                 platform: Platform, fields: Mapping[str, str], settings: ExportSettings,
                 options: VideoOptions, focus: Focus | None, cues: tuple[Cue, ...] | None,
                 report: ProgressCallback, cancel: CancelToken | None,
                 label: str) -> tuple[RenderWarning, ...]:
    size = 0
    for scale in (1.0, RETRY_BITRATE):
        plan = plan_video(info, loaded, brand, fields, platform, focus=focus,
                          trim=options.trim, subtitles=cues, intro=options.intro,
                          outro=options.outro, loudnorm=options.loudnorm,
                          credit=settings.credit, strict=settings.strict,
                          encoder=options.encoder, bitrate_scale=scale)
        try:
            write_atomic(path, lambda tmp, plan=plan: _encode(plan, tmp, report, cancel, label),
                         overwrite=settings.overwrite)
            return plan.warnings
        except _TooBig as too_big:
            size = too_big.size
        finally:
            plan.cleanup()
    limit = platform.video.max_bytes if platform.video else None
    raise VideoError(
        f"the video came out at {size / 1e6:.1f} MB, over {platform.label}'s "
        f"{(limit or 0) / 1e6:.1f} MB", path=info.path,
        hint="trim the clip shorter with --trim START,END", code="video.too_big",
        platform=platform.id)
