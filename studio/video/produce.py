"""Producing the outputs of one video: every platform, each one ffmpeg encode.

The video counterpart of :func:`studio.produce.produce_photo`, returning the
same :class:`~studio.job.InputResult`. The clip is probed once; each
platform gets its own plan and encode into a temporary name in the target
folder, moved into place when complete. A platform that fails (too long,
ffmpeg error) is recorded and the others go on; a clip that cannot be read
fails as a whole. Platforms that take no video (a YouTube thumbnail, an
event cover) get a poster image of the clip through the same template.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from studio.brand import BrandKit
from studio.errors import StudioError, VideoError
from studio.export import write_atomic
from studio.job import ExportSettings, InputJob, InputResult, OutputResult, Target, written
from studio.progress import CancelToken, EtaEstimator, ProgressCallback, ProgressEvent
from studio.render.crop import Focus, detect_focus
from studio.render.layers import RenderWarning
from studio.template.loader import LoadedTemplate
from studio.video.plan import EncoderSettings, RenderPlan, check_trim, plan_video
from studio.video.preview import export_poster, grab_frame, poster_time
from studio.video.probe import VideoInfo, measure_video, probe_video
from studio.video.run import run_ffmpeg
from studio.video.subtitles import Cue, parse_srt

# The output may be this much shorter than planned (frame rounding); more means
# the source ended early: a file cut short while copying.
SHORT_TOLERANCE = 0.35
# When a size-limited file still comes out too big, encode once more at this share.
RETRY_BITRATE = 0.85

@dataclass(frozen=True)
class VideoOptions:
    """How clips are made beyond what the officer chose per clip (trim and
    subtitles travel with the :class:`~studio.produce.InputJob`)."""

    loudnorm: bool = False
    intro: bool | None = None  # None: as the settings, the template and the platform say
    outro: bool | None = None
    poster_time: float | None = None  # seconds into the kept clip; None: the middle
    encoder: EncoderSettings = field(default_factory=EncoderSettings)


class _TooBig(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def _encode(plan: RenderPlan, tmp: Path, report: ProgressCallback | None,
            cancel: CancelToken | None, label: str) -> None:
    result = run_ffmpeg(plan.command(tmp), duration=plan.duration, source=plan.source,
                        progress=report, cancel=cancel, label=label)
    # Frames, not the output clock: a join keeps the clock going on the audio alone.
    expected = round(plan.duration * plan.fps)
    if result.frames < expected - round(SHORT_TOLERANCE * plan.fps):
        raise VideoError(
            f"the clip ends early: {result.frames / plan.fps:.1f} s of {plan.duration:.1f} s "
            "could be read", path=plan.source,
            hint="the file seems cut short (an interrupted copy); copy it again from the phone",
            code="video.truncated", log=result.log)
    size = tmp.stat().st_size
    if plan.max_bytes and size > plan.max_bytes:
        raise _TooBig(size)


def produce_video(job: InputJob, loaded: LoadedTemplate, brand: BrandKit,
                  settings: ExportSettings, options: VideoOptions | None = None, *,
                  progress: ProgressCallback | None = None,
                  cancel: CancelToken | None = None) -> InputResult:
    """Render and write every target for one clip.

    Raises :class:`~studio.errors.Cancelled` when ``cancel`` is set (the
    output being written is removed); every other failure is in the result.
    """
    options = options or VideoOptions()
    if settings.intro is not None and options.intro is None and options.outro is None:
        options = replace(options, intro=settings.intro, outro=settings.intro)
    assert job.source is not None, "a video job needs its clip"
    source = Path(job.source)
    focus = job.focus
    try:
        info = measure_video(probe_video(source))
        check_trim(info, job.trim)
        cues = parse_srt(job.subtitles) if job.subtitles else None
        if focus is None:
            focus = detect_focus(grab_frame(info, poster_time(info, job.trim)
                                            + (job.trim[0] if job.trim else 0.0)))
    except StudioError as exc:
        return InputResult(source, error=exc)

    outputs: list[OutputResult] = []
    count = max(1, len(job.targets))
    reported = [0.0]
    eta = EtaEstimator()  # over all platforms, not the one being encoded
    for n, target in enumerate(job.targets):
        if cancel is not None:
            cancel.raise_if_cancelled()
        platform = target.platform
        label = f"{source.name} [{platform.id}]"

        def report(event: ProgressEvent, n: int = n, label: str = label) -> None:
            if progress is not None:
                reported[0] = (n + event.fraction) / count
                progress(ProgressEvent(reported[0], label, eta.eta(reported[0]),
                                       item=str(source)))

        try:
            if platform.video is None:
                # A platform that takes no video gets a poster image of the clip.
                export_poster(info, loaded, brand, job.fields, platform, target.path,
                              t=options.poster_time, focus=focus, trim=job.trim,
                              quality=settings.quality, credit=settings.credit,
                              overwrite=target.overwrite)
                outputs.append(written(source, platform.id, target.path))
                report(ProgressEvent(1.0))
                continue
            warnings = _write_video(info, target, loaded, brand, job.fields, settings,
                                    options, job.trim, focus, cues, report, cancel, label)
            outputs.append(written(source, platform.id, target.path, warnings=warnings))
        except StudioError as exc:
            if exc.path is None:
                exc.path = source
            outputs.append(OutputResult(source, platform.id, target.path, error=exc))
    if progress is not None and reported[0] < 1.0:
        progress(ProgressEvent(1.0, source.name, 0.0, item=str(source)))
    return InputResult(source, tuple(outputs))


def _write_video(info: VideoInfo, target: Target, loaded: LoadedTemplate, brand: BrandKit,
                 fields: Mapping[str, str], settings: ExportSettings, options: VideoOptions,
                 trim: tuple[float, float] | None, focus: Focus | None,
                 cues: tuple[Cue, ...] | None, report: ProgressCallback,
                 cancel: CancelToken | None, label: str) -> tuple[RenderWarning, ...]:
    platform = target.platform
    size = 0
    for scale in (1.0, RETRY_BITRATE):
        plan = plan_video(info, loaded, brand, fields, platform, focus=focus,
                          trim=trim, subtitles=cues, intro=options.intro,
                          outro=options.outro, loudnorm=options.loudnorm,
                          credit=settings.credit, strict=settings.strict,
                          encoder=options.encoder, bitrate_scale=scale)
        try:
            write_atomic(target.path,
                         lambda tmp, plan=plan: _encode(plan, tmp, report, cancel, label),
                         overwrite=target.overwrite)
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
