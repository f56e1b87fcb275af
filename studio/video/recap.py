"""Photo recap reels: an event's photos (and short clips) as one branded video.

Each photo is held for a few seconds with a slow zoom toward its focal point
or faces (the same :func:`~studio.render.crop.detect_focus` the photo crops
use), the photos cross-fade into each other, the template's static overlay
(title lower third, logo) sits over all of it, the brand kit's intro and
outro open and close it and an optional music bed from the brand kit runs
under the photos, normalised and faded out at the end.

All of it is one ffmpeg process per output, built as one filter graph
(``zoompan`` per still, ``xfade`` between segments, ``overlay`` of one PNG,
``concat`` of the brand clips, ``loudnorm``/``afade`` on the music): no frame
passes through Python. The stills are cut to the media box's aspect at their
focus and scaled down with Pillow first (through :mod:`studio.media`, the
one photo loader), so ``zoompan`` works on a modest image and the decode of
a 24 MP camera file happens once, here, not per frame. A photo that cannot
be read is skipped and named in the output's warnings; the rest goes on.
"""

from __future__ import annotations

import math
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from studio.brand import BrandKit
from studio.errors import Cancelled, StudioError, VideoError
from studio.export import write_atomic
from studio.job import ExportSettings, InputJob, InputResult, OutputResult, RecapSpec, written
from studio.media import is_video_path, open_photo
from studio.platforms import Platform
from studio.progress import CancelToken, EtaEstimator, ProgressCallback, ProgressEvent
from studio.render.crop import CENTER, Focus, cover_box, detect_focus
from studio.render.layers import RenderWarning
from studio.render.photo import plan_composition
from studio.template.loader import LoadedTemplate
from studio.video.ffmpeg import ffmpeg_exe
from studio.video.plan import (
    MAX_INLINE_GRAPH,
    MAX_VIDEO_SHORTFALL,
    EncoderSettings,
    RenderPlan,
    Timeline,
    _bitrate,
    _color_hex,
    _fmt,
    _to_bt709,
    audio_kbps,
    bumper_chains,
    even_box,
    plan_bumpers,
    static_overlay,
    video_size,
)
from studio.video.probe import VideoInfo, probe_video

# A recap runs 15-60 s of photos (the range: long enough to tell the
# event, short enough for Reels and Stories).
MIN_DURATION = 15.0
MAX_DURATION = 60.0
DEFAULT_HOLD = 3.0
MIN_HOLD = 1.5  # shorter and a photo cannot be looked at
CROSSFADE = 0.5
MAX_CLIP = 6.0  # a clip in a recap is a moment, not a film
# The still is cut and scaled to this many times the media box before ffmpeg:
# enough headroom for the zoom (no upscaling at the end of it) and sub-pixel
# smooth motion, small enough that zoompan's per-frame scale stays cheap.
PRESCALE = 1.25
ZOOM_END = 1.12  # zoom reached at the end of a hold: slow, not dizzying
MUSIC_FADE_IN = 0.5
MUSIC_FADE_OUT = 2.0
# Speech-free music bed for phones: -16 LUFS integrated, peaks at -1.5 dBTP.
MUSIC_LOUDNORM = "loudnorm=I=-16:TP=-1.5:LRA=11"


@dataclass(frozen=True)
class Segment:
    """One photo (prepared still) or clip of the recap and how long it is shown."""

    source: Path
    length: float
    still: Path | None = None  # the prepared JPEG; None for a clip
    focus: Focus = CENTER  # in the prepared still's (or clip's display) coordinates
    clip: VideoInfo | None = None


def check_duration(seconds: float | None) -> None:
    if seconds is None:
        return
    if not MIN_DURATION <= seconds <= MAX_DURATION:
        raise VideoError(f"a recap is {MIN_DURATION:g} to {MAX_DURATION:g} s long, "
                         f"not {seconds:g} s", code="recap.bad_duration",
                         hint=f"choose a length from {MIN_DURATION:g} to {MAX_DURATION:g} "
                              "seconds", duration=seconds)


def prepare_segments(sources: Sequence[Path], box: tuple[int, int], spec: RecapSpec,
                     workdir: Path, cancel: CancelToken | None = None
                     ) -> tuple[list[Segment], list[RenderWarning]]:
    """Stills cut at their focus and scaled for zoompan, clips probed; the
    unusable ones skipped with a warning that names them."""
    bw, bh = box
    tw, th = round(bw * PRESCALE), round(bh * PRESCALE)
    prepared: list[tuple[Path, Path | None, Focus, VideoInfo | None]] = []
    warnings: list[RenderWarning] = []
    for n, source in enumerate(sources):
        if cancel is not None:
            cancel.raise_if_cancelled()
        try:
            if is_video_path(source):
                info = probe_video(source)
                prepared.append((source, None, CENTER, info))
                continue
            photo = open_photo(source, max_side=max(tw, th))
            image = photo.image.convert("RGB")
            focus = detect_focus(image)
            left, top, right, bottom = cover_box(image.width, image.height, bw, bh, focus)
            cut = image.resize((tw, th), Image.Resampling.BICUBIC,
                               box=(left, top, right, bottom))
            still = workdir / f"still-{n:03d}.jpg"
            cut.save(still, quality=92)
            # Where the focus landed in the cut, so the zoom goes toward it.
            fx = min(1.0, max(0.0, (focus.x * image.width - left) / (right - left)))
            fy = min(1.0, max(0.0, (focus.y * image.height - top) / (bottom - top)))
            prepared.append((source, still, Focus(fx, fy), None))
        except StudioError as exc:
            warnings.append(RenderWarning(
                source.name, "recap.skipped",
                f"{source.name} was left out of the recap: {exc.message}"))
    if not prepared:
        raise VideoError("no photo or clip of the recap can be read",
                         code="recap.no_media",
                         hint="add photos that open (JPEG, PNG, HEIC...) and try again")
    return _timed(prepared, spec), warnings


def _timed(prepared: Sequence[tuple[Path, Path | None, Focus, VideoInfo | None]],
           spec: RecapSpec) -> list[Segment]:
    """Lengths: clips up to MAX_CLIP, photos share the rest of the wanted duration."""
    clips = [min(MAX_CLIP, info.playable_duration) for *_, info in prepared if info is not None]
    photos = sum(1 for *_, info in prepared if info is None)
    count = len(prepared)
    overlap = CROSSFADE * (count - 1)
    if spec.duration is None:
        hold = spec.hold
    elif photos:
        hold = max(MIN_HOLD, (spec.duration + overlap - sum(clips)) / photos)
    else:
        hold = spec.hold
    segments = []
    for source, still, focus, info in prepared:
        if info is None:
            segments.append(Segment(source, hold, still, focus))
        else:
            segments.append(Segment(source, min(MAX_CLIP, info.playable_duration), clip=info))
    return segments


def recap_length(segments: Sequence[Segment]) -> float:
    return sum(s.length for s in segments) - CROSSFADE * max(0, len(segments) - 1)


def _zoompan(segment: Segment, box: tuple[int, int], fps: int) -> str:
    """A slow zoom from the whole still toward its focus (clamped inside the still)."""
    frames = max(1, round(segment.length * fps))
    rate = (ZOOM_END - 1.0) / frames
    fx, fy = segment.focus.x, segment.focus.y
    # The window (iw/zoom) is centred on the focus, kept inside the still: at
    # zoom 1 it is the whole still, so the motion starts still and drifts
    # toward the subject as the window shrinks.
    x = f"max(0,min(iw-iw/zoom,{_fmt(fx)}*iw-iw/zoom/2))"
    y = f"max(0,min(ih-ih/zoom,{_fmt(fy)}*ih-ih/zoom/2))"
    return (f"zoompan=z='1+{rate:.7f}*on':x='{x}':y='{y}':d={frames}"
            f":s={box[0]}x{box[1]}:fps={fps}")


def _clip_chain(segment: Segment, index: int, box: tuple[int, int], fps: int,
                scaler: str) -> str:
    info = segment.clip
    assert info is not None
    dw, dh = info.display_size
    left, top, right, bottom = cover_box(dw, dh, box[0], box[1], segment.focus)
    crop = f"crop={round(right - left)}:{round(bottom - top)}:{round(left)}:{round(top)}:exact=1"
    return (f"[{index}:v]setpts=PTS-STARTPTS,fps={fps},{crop},"
            f"{_to_bt709(info, scaler, f'{box[0]}:{box[1]}')},format=yuv420p,"
            f"tpad=stop_mode=clone:stop_duration={_fmt(MAX_VIDEO_SHORTFALL)},"
            f"trim=duration={_fmt(segment.length)}")


def music_path(brand: BrandKit) -> Path | None:
    """The brand kit's music bed (``[video] music``), None when it has none or it is missing."""
    return brand.video_path("music")


def plan_recap(segments: Sequence[Segment], loaded: LoadedTemplate, brand: BrandKit,
               fields: Mapping[str, str], platform: Platform, spec: RecapSpec, *,
               credit: str | None = None, strict: bool = False,
               encoder: EncoderSettings | None = None, bitrate_scale: float = 1.0,
               workdir: Path | None = None) -> RenderPlan:
    """One ffmpeg command that makes the recap for ``platform``."""
    encoder = encoder or EncoderSettings()
    if platform.video is None:
        raise VideoError(f"{platform.label} takes no video",
                         hint="choose a platform for video (Reels, TikTok, Shorts...)",
                         code="video.platform_no_video", platform=platform.id)
    if "video" not in loaded.template.media or loaded.template.media_layer is None:
        raise VideoError(f"the template {loaded.id!r} is for photos only",
                         hint="choose a template that takes video",
                         code="video.template_no_video", template=loaded.id)
    intro_clip, outro_clip, intro_len, outro_len = plan_bumpers(
        loaded, brand, platform, spec.intro, spec.outro)
    main = recap_length(segments)
    timeline = Timeline(intro=intro_len, main=main, outro=outro_len)
    limit = platform.video.max_duration
    if limit is not None and timeline.total > limit + 0.05:
        extra = " with the intro and outro" if intro_len or outro_len else ""
        raise VideoError(
            f"{platform.label} takes videos up to {limit:g} s; this recap would be "
            f"{timeline.total:.1f} s{extra}",
            hint=f"choose a shorter recap (at most {math.floor(limit - intro_len - outro_len)}"
                 " s) or fewer photos", code="video.too_long", platform=platform.id,
            limit=limit, duration=timeline.total)
    width, height = video_size(platform)
    composition = plan_composition(loaded, brand, fields, width, height, platform.safe,
                                   strict=strict)
    media = composition.media
    assert media is not None
    maxrate, bufsize, max_bytes = _bitrate(platform, timeline.total, encoder, bitrate_scale)
    own = workdir is None
    workdir = workdir or Path(tempfile.mkdtemp(prefix="studio-recap-"))
    try:
        return _compile(segments, loaded, brand, platform, composition, timeline, spec,
                        workdir, intro_clip, outro_clip, credit, encoder, maxrate, bufsize,
                        max_bytes)
    except BaseException:
        if own:
            shutil.rmtree(workdir, ignore_errors=True)
        raise


def _compile(segments, loaded, brand, platform, composition, timeline, spec, workdir,
             intro_clip, outro_clip, credit, encoder, maxrate, bufsize,
             max_bytes) -> RenderPlan:
    width, height = composition.size
    media = composition.media
    assert platform.video is not None
    fps = platform.video.fps
    rate = platform.video.audio_rate
    left, top, right, bottom = media.rect
    left, top = left - left % 2, top - top % 2
    box = ((right - left) // 2 * 2, (bottom - top) // 2 * 2)
    inputs: list[list[str]] = []
    graph: list[str] = []
    overlays: list[Path] = []
    warnings: list[RenderWarning] = list(composition.warnings)

    def add_input(*args: str) -> int:
        inputs.append(list(args))
        return len(inputs) - 1

    # -- one stream per photo or clip, all the media box's size at the output rate --
    for n, segment in enumerate(segments):
        if segment.still is not None:
            idx = add_input("-i", str(segment.still))
            chain = (f"[{idx}:v]{_zoompan(segment, box, fps)},"
                     f"{_to_bt709(None, encoder.scaler)},format=yuv420p")
        else:
            idx = add_input("-t", _fmt(segment.length + 1), "-i", str(segment.source))
            chain = _clip_chain(segment, idx, box, fps, encoder.scaler)
        # xfade wants one time base and pixel shape on both sides.
        graph.append(f"{chain},setsar=1,settb=1/{fps},setpts=N[s{n}]")

    # -- cross-fades: each one starts CROSSFADE before the end of what came before --
    current = "s0"
    clock = segments[0].length
    for n in range(1, len(segments)):
        offset = clock - CROSSFADE
        graph.append(f"[{current}][s{n}]xfade=transition=fade:duration={_fmt(CROSSFADE)}"
                     f":offset={_fmt(offset)}[x{n}]")
        current = f"x{n}"
        clock = offset + segments[n].length
    if box != (width, height):
        background = _color_hex(brand.color(loaded.template.background))
        graph.append(f"[{current}]pad={width}:{height}:{left}:{top}:color={background}[canvas]")
        current = "canvas"

    # -- the template's overlay (title, logo), drawn once: on every frame, first to last --
    static = static_overlay(composition)
    if static is not None:
        bbox = even_box(static.getbbox())
        path = workdir / "overlay.png"
        static.crop(bbox).save(path, compress_level=1)
        overlays.append(path)
        idx = add_input("-i", str(path))
        graph.append(f"[{idx}:v]{_to_bt709(None, 'bicubic')},format=yuva420p[ovl]")
        graph.append(f"[{current}][ovl]overlay=x={bbox[0]}:y={bbox[1]}:format=yuv420[branded]")
        current = "branded"
    main = timeline.main
    graph.append(f"[{current}]trim=duration={_fmt(main)},setsar=1,setpts=PTS-STARTPTS[mainv]")

    # -- the music bed under the photos, or silence --
    music = music_path(brand) if spec.music else None
    if spec.music and music is None:
        declared = brand.video.get("music")
        what = (f"the brand kit's music file {declared} is missing" if declared
                else "the brand kit has no music")
        warnings.append(RenderWarning("music", "recap.no_music",
                                      f"{what}: the recap was made without music"))
    if music is not None:
        idx = add_input("-stream_loop", "-1", "-i", str(music))
        fade_at = max(0.0, main - MUSIC_FADE_OUT)
        graph.append(
            f"[{idx}:a]asetpts=PTS-STARTPTS,atrim=duration={_fmt(main + 1)},"
            f"aresample={rate},{MUSIC_LOUDNORM},aresample={rate},"
            f"aformat=sample_fmts=fltp:sample_rates={rate}:channel_layouts=stereo,"
            f"apad,atrim=duration={_fmt(main)},afade=t=in:d={_fmt(MUSIC_FADE_IN)},"
            f"afade=t=out:st={_fmt(fade_at)}:d={_fmt(min(MUSIC_FADE_OUT, main))}[maina]")
    else:
        graph.append(f"anullsrc=r={rate}:cl=stereo,atrim=duration={_fmt(main)}[maina]")

    # -- brand intro and outro around it --
    order = ["main"]
    for key, clip, length in (("intro", intro_clip, timeline.intro),
                              ("outro", outro_clip, timeline.outro)):
        if clip is None or length <= 0:
            continue
        idx = add_input("-i", str(clip.path))
        # A short intro keeps the clip's end (the brand already shown: a branded
        # first frame), a short outro its start.
        start = clip.duration - length if key == "intro" else 0.0
        graph += bumper_chains(clip, idx, key, length, (width, height), fps, rate, brand,
                               encoder.scaler, start)
        order.insert(0 if key == "intro" else len(order), key)
    if len(order) > 1:
        pads = "".join(f"[{s}v][{s}a]" for s in order)
        graph.append(f"{pads}concat=n={len(order)}:v=1:a=1[joinv][aout]")
        last = "joinv"
    else:
        graph.append("[maina]anull[aout]")
        last = "mainv"
    graph.append(f"[{last}]setparams=range=tv:colorspace=bt709:color_primaries=bt709:"
                 f"color_trc=bt709[vout]")

    graph_text = ";\n".join(graph)
    argv = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y"]
    for args in inputs:
        argv += args
    if len(graph_text) > MAX_INLINE_GRAPH:
        script = workdir / "graph.txt"
        script.write_text(graph_text, encoding="utf-8")
        argv += ["-/filter_complex", str(script)]
    else:
        argv += ["-filter_complex", graph_text]
    argv += encode_args(platform, encoder, maxrate, bufsize, credit)
    return RenderPlan(
        argv=tuple(argv), filter_graph=graph_text, workdir=workdir, overlays=tuple(overlays),
        timeline=timeline, size=(width, height), maxrate_kbps=maxrate, max_bytes=max_bytes,
        source=segments[0].source, platform_id=platform.id, warnings=tuple(warnings),
        fps=fps)


def encode_args(platform: Platform, encoder: EncoderSettings, maxrate: int, bufsize: int,
                credit: str | None) -> list[str]:
    """The output half of the command: H.264 High yuv420p, AAC, faststart, progress."""
    assert platform.video is not None
    fps = platform.video.fps
    args = [
        "-map", "[vout]", "-map", "[aout]",
        "-c:v", "libx264", "-profile:v", "high", "-preset", encoder.preset,
        "-crf", str(encoder.crf), "-maxrate", f"{maxrate}k", "-bufsize", f"{bufsize}k",
        "-g", str(round(fps * encoder.gop_seconds)), "-keyint_min", str(fps),
        "-pix_fmt", "yuv420p", "-r", str(fps),
        "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
        "-color_range", "tv",
        "-c:a", "aac", "-b:a", f"{audio_kbps(platform)}k", "-ar", str(platform.video.audio_rate),
        "-ac", "2", "-map_metadata", "-1", "-map_chapters", "-1",
    ]
    if credit:
        args += ["-metadata", f"artist={credit}", "-metadata", f"copyright={credit}"]
    return [*args, "-movflags", "+faststart", "-f", "mp4", "-progress", "pipe:1", "-nostats"]


def produce_recap(job: InputJob, loaded: LoadedTemplate, brand: BrandKit,
                  settings: ExportSettings, options: object = None, *,
                  progress: ProgressCallback | None = None,
                  cancel: CancelToken | None = None) -> InputResult:
    """Make the recap of ``job.sources`` for every target (one encode each).

    The engine's producer for the ``recap`` kind. Raises
    :class:`~studio.errors.Cancelled` when cancelled; every other failure is in
    the result.
    """
    from studio.video.run import run_ffmpeg

    spec = job.recap or RecapSpec()
    anchor = job.sources[0] if job.sources else None
    outputs: list[OutputResult] = []
    count = max(1, len(job.targets))
    eta = EtaEstimator()
    workdir = Path(tempfile.mkdtemp(prefix="studio-recap-"))
    try:
        try:
            check_duration(spec.duration)
            if not job.sources:
                raise VideoError("a recap needs photos", code="recap.no_media",
                                 hint="add the event's photos first")
        except StudioError as exc:
            return InputResult(anchor, error=exc)
        prepared: dict[tuple[int, int], tuple[list[Segment], list[RenderWarning]]] = {}
        for n, target in enumerate(job.targets):
            if cancel is not None:
                cancel.raise_if_cancelled()
            platform = target.platform
            label = f"{target.path.name} [{platform.id}]"

            def report(event: ProgressEvent, n: int = n, label: str = label) -> None:
                if progress is not None:
                    done = (n + event.fraction) / count
                    progress(ProgressEvent(done, label, eta.eta(done), item=label))

            try:
                composition = plan_composition(loaded, brand, job.fields,
                                               *video_size(platform), platform.safe)
                assert composition.media is not None
                ml, mt, mr, mb = composition.media.rect
                box = ((mr - (ml - ml % 2)) // 2 * 2, (mb - (mt - mt % 2)) // 2 * 2)
                if box not in prepared:
                    folder = workdir / f"{box[0]}x{box[1]}"
                    folder.mkdir()
                    prepared[box] = prepare_segments(job.sources, box, spec, folder, cancel)
                segments, skipped = prepared[box]
                plan_dir = workdir / f"plan-{n}"
                plan_dir.mkdir()
                plan = plan_recap(segments, loaded, brand, job.fields, platform, spec,
                                  credit=settings.credit, strict=settings.strict,
                                  workdir=plan_dir)

                def encode(tmp: Path, plan: RenderPlan = plan, label: str = label) -> None:
                    result = run_ffmpeg(plan.command(tmp), duration=plan.duration,
                                        source=anchor, progress=report, cancel=cancel,
                                        label=label)
                    if result.frames < round(plan.duration * plan.fps) - plan.fps // 2:
                        raise VideoError("the recap came out short", path=anchor,
                                         code="video.truncated", log=result.log)

                write_atomic(target.path, encode, overwrite=target.overwrite)
                size = target.path.stat().st_size
                if plan.max_bytes and size > plan.max_bytes:
                    target.path.unlink(missing_ok=True)
                    raise VideoError(
                        f"the recap came out at {size / 1e6:.1f} MB, over {platform.label}'s "
                        f"{plan.max_bytes / 1e6:.1f} MB", path=anchor, code="video.too_big",
                        hint="choose a shorter recap", platform=platform.id)
                outputs.append(written(anchor, platform.id, target.path,
                                       warnings=(*skipped, *plan.warnings)))
            except Cancelled:
                raise
            except StudioError as exc:
                if exc.path is None:
                    exc.path = anchor
                outputs.append(OutputResult(anchor, platform.id, target.path, error=exc))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if progress is not None:
        progress(ProgressEvent(1.0, "", 0.0))
    return InputResult(anchor, tuple(outputs))
