"""Photo recap reels: an event's photos (and short clips) as one branded video.

Each photo is held for a few seconds with a slow pan toward its focal point
or faces (the same :func:`~studio.render.crop.detect_focus` the photo crops
use), the photos cross-fade into each other, the template's static overlay
(title lower third, logo) sits over all of it, the brand kit's intro and
outro open and close it and an optional music bed from the brand kit runs
under the photos, normalised and faded out at the end.

All of it is one ffmpeg process per output, built as one filter graph
(per still ``loop`` and a moving ``crop`` for each piece, an alpha-faded
``overlay`` on the frames of each transition, ``concat``, ``overlay`` of
one PNG, the brand clips joined, ``loudnorm``/``afade`` on the music): no
frame passes through Python. The stills are cut at their focus to the media
box plus the pan's travel and scaled with Pillow first (through
:mod:`studio.media`, the one photo loader, a few photos at a time in
threads) and handed to ffmpeg as plain RGB bytes, so a 24 MP camera file is
decoded once, here, and ffmpeg only moves a window over a small picture. A
photo that cannot be read is skipped and named in the output's warnings;
the rest goes on.
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
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
from studio.video.ffmpeg import input_args
from studio.video.plan import (
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
    graph_argv,
    join_segments,
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
# A still pans by this many pixels a frame (60 px/s at 30 fps: a tenth of a
# 1080 px frame in two seconds, slow). Even: 4:2:0 crops move in steps of two.
PAN_STEP = 2
# A pan travels at most this share of the box: a long hold moves every k-th
# frame instead (still whole even steps) rather than sweeping the photo past.
MAX_TRAVEL = 0.2
PROXY_SIDE = 512  # the first look at a photo: readable? faces?
MUSIC_FADE_IN = 0.5
MUSIC_FADE_OUT = 2.0
# Speech-free music bed for phones: -16 LUFS integrated, peaks at -1.5 dBTP.
MUSIC_LOUDNORM = "loudnorm=I=-16:TP=-1.5:LRA=11"
# A clip in a recap keeps its own sound (a speech, applause), at the music's
# loudness; the music bed is lowered by 12 dB while it plays, ramping over
# 0.4 s either side, and the sum is held under -1.5 dBTP.
CLIP_LOUDNORM = "loudnorm=I=-16:TP=-1.5:LRA=11"
CLIP_DUCK = 0.25
DUCK_RAMP = 0.4
MIX_LIMITER = "alimiter=limit=0.84:level=0:latency=1"
# A recap is mostly stills moved by whole even pixels: the exact motion vector
# is a whole number, next to its neighbours' (which x264 tries first). A
# diamond search with no sub-pixel refinement finds it as well as the preset's
# hexagon plus sub-pixel search: same SSIM and size within ~1 % on the
# benchmark's recap, a third less encoder CPU (see docs/video.md).
RECAP_ENCODER = EncoderSettings(x264_params="me=dia:subme=1")


@dataclass(frozen=True)
class Segment:
    """One photo (prepared still) or clip of the recap and how long it is shown."""

    source: Path
    length: float
    still: Path | None = None  # the prepared still (raw RGB bytes); None for a clip
    still_size: tuple[int, int] = (0, 0)
    focus: Focus = CENTER  # in the prepared still's (or clip's display) coordinates
    clip: VideoInfo | None = None
    # A still's pan: axis ("x"/"y"), pixels travelled, True when it moves right/down,
    # and every how many frames it moves by PAN_STEP.
    pan: tuple[str, int, bool, int] = ("x", 0, True, 1)


def media_box(loaded: LoadedTemplate, brand: BrandKit, fields: Mapping[str, str],
              platform: Platform) -> tuple[int, int]:
    """The even size of the template's media box on ``platform``: what the stills are cut to."""
    composition = plan_composition(loaded, brand, fields, *video_size(platform), platform.safe)
    assert composition.media is not None
    left, top, right, bottom = composition.media.rect
    return ((right - (left - left % 2)) // 2 * 2, (bottom - (top - top % 2)) // 2 * 2)


def seen_target(loaded: LoadedTemplate, brand: BrandKit, fields: Mapping[str, str],
                platform: Platform) -> tuple[float, float]:
    """Where a subject is best seen in the media box under the design (fractions)."""
    composition = plan_composition(loaded, brand, fields, *video_size(platform), platform.safe)
    return composition.visibility.target() if composition.visibility is not None else (0.5, 0.5)


def check_duration(seconds: float | None) -> None:
    if seconds is None:
        return
    if not MIN_DURATION <= seconds <= MAX_DURATION:
        raise VideoError(f"a recap is {MIN_DURATION:g} to {MAX_DURATION:g} s long, "
                         f"not {seconds:g} s", code="recap.bad_duration",
                         hint=f"choose a length from {MIN_DURATION:g} to {MAX_DURATION:g} "
                              "seconds", duration=seconds)


def prepare_segments(sources: Sequence[Path], box: tuple[int, int], spec: RecapSpec,
                     workdir: Path, cancel: CancelToken | None = None, fps: int = 30,
                     target: tuple[float, float] = (0.5, 0.5)
                     ) -> tuple[list[Segment], list[RenderWarning]]:
    """Stills cut at their focus with room for their pan, clips probed; the
    unusable ones skipped with a warning that names them.

    Two passes: a small decode of every photo (is it readable, where are the
    faces: JPEGs decode at 1/8 in the DCT) sets the hold of each photo from
    how many are usable; then each still is cut at its final size.
    """
    warnings: list[RenderWarning] = []

    def skip(source: Path, exc: StudioError) -> None:
        warnings.append(RenderWarning(source.name, "recap_skipped",
                                      f"{source.name} was left out of the recap: {exc.message}"))

    def look(source: Path) -> tuple[Path, Focus, tuple[int, int], VideoInfo | None]:
        if cancel is not None:
            cancel.raise_if_cancelled()
        if is_video_path(source):
            return (source, CENTER, (0, 0), probe_video(source))
        proxy = open_photo(source, max_side=PROXY_SIDE)
        return (source, detect_focus(proxy.image.convert("RGB")), proxy.image.size, None)

    # Decoding, face detection and resizing release the GIL: a few threads
    # use every core while ffmpeg has not started yet.
    with ThreadPoolExecutor(max_workers=_workers(len(sources))) as pool:
        found: list[tuple[Path, Focus, tuple[int, int], VideoInfo | None]] = []
        for source, future in [(s, pool.submit(look, s)) for s in sources]:
            try:
                found.append(future.result())
            except StudioError as exc:
                skip(source, exc)
        if not found:
            raise VideoError("no photo or clip of the recap can be read",
                             code="recap.no_media",
                             hint="add photos that open (JPEG, PNG, HEIC...) and try again")
        timed = _timed(found, spec)

        def cut(n: int, segment: Segment, focus: Focus, size: tuple[int, int]) -> Segment:
            if cancel is not None:
                cancel.raise_if_cancelled()
            if segment.clip is not None:
                return segment
            return _cut_still(segment, focus, size, box, workdir / f"still-{n:03d}.rgb", fps,
                              target)

        cuts = [pool.submit(cut, n, segment, focus, size)
                for n, (segment, (_, focus, size, _info)) in enumerate(zip(timed, found,
                                                                             strict=True))]
        segments: list[Segment] = []
        for segment, future in zip(timed, cuts, strict=True):
            try:
                segments.append(future.result())
            except StudioError as exc:  # read once, then failed: a file that changed meanwhile
                skip(segment.source, exc)
    if not segments:
        raise VideoError("no photo or clip of the recap can be read", code="recap.no_media",
                         hint="add photos that open (JPEG, PNG, HEIC...) and try again")
    return segments, warnings


def _workers(count: int) -> int:
    return max(1, min(count, os.cpu_count() or 1, 4))


def _cut_still(segment: Segment, focus: Focus, proxy_size: tuple[int, int],
               box: tuple[int, int], path: Path, fps: int,
               target: tuple[float, float] = (0.5, 0.5)) -> Segment:
    """The photo cut at its focus to the box plus the room its pan travels.

    The pan runs along the photo's spare side (a landscape photo in a tall
    box pans across, a tall one up or down) toward the focus (faces), and
    ends with the focus as near ``target`` (fractions of the box: where the
    design leaves the photo seen, :meth:`Visibility.target`) as the photo
    allows: a face is not parked under the title panel.
    """
    bw, bh = box
    pw, ph = proxy_size
    across = pw / ph >= bw / bh
    frames = segment_frames(segment, fps)
    every = pan_every(frames, bw if across else bh)
    travel = PAN_STEP * ((frames - 1) // every)
    ext = (bw + travel, bh) if across else (bw, bh + travel)
    photo = open_photo(segment.source, max_side=max(ext))
    image = photo.image if photo.image.mode == "RGB" else photo.image.convert("RGB")
    # The focus is in fractions of the photo: the same on the proxy and here.
    width, height = image.size
    scale = min(width / ext[0], height / ext[1])  # photo pixels per output pixel
    fx, fy = focus.x * width, focus.y * height
    # Toward the focus: rightward (downward) when it is in that half of the photo.
    forward = (focus.x if across else focus.y) >= 0.5
    end = travel if forward else 0  # where the last frame's window sits in the cut
    ox, oy = (end, 0) if across else (0, end)
    left = min(max(0.0, fx - (ox + target[0] * bw) * scale), width - ext[0] * scale)
    top = min(max(0.0, fy - (oy + target[1] * bh) * scale), height - ext[1] * scale)
    cut = image.resize(ext, Image.Resampling.BICUBIC,
                       box=(left, top, left + ext[0] * scale, top + ext[1] * scale))
    # Plain RGB bytes (input_args "raw"): nothing to encode here or to decode
    # in ffmpeg; a PNG cost more than the decode of the camera file.
    path.write_bytes(cut.tobytes())
    return Segment(segment.source, segment.length, still=path, still_size=cut.size,
                   pan=(("x" if across else "y"), travel, forward, every))


def still_image(segment: Segment) -> Image.Image:
    """The prepared still of a photo segment as the picture ffmpeg reads (RGB)."""
    assert segment.still is not None
    return Image.frombytes("RGB", segment.still_size, segment.still.read_bytes())


def pan_every(frames: int, side: int) -> int:
    """Every how many frames a pan moves so it stays within MAX_TRAVEL of ``side``."""
    limit = max(PAN_STEP, MAX_TRAVEL * side)
    return max(1, math.ceil(PAN_STEP * (frames - 1) / limit))


def _timed(found: Sequence[tuple[Path, Focus, tuple[int, int], VideoInfo | None]],
           spec: RecapSpec) -> list[Segment]:
    """Lengths: clips up to MAX_CLIP, photos share the rest of the wanted duration."""
    clips = [min(MAX_CLIP, info.playable_duration) for *_, info in found if info is not None]
    photos = sum(1 for *_, info in found if info is None)
    overlap = CROSSFADE * (len(found) - 1)
    hold = spec.hold
    if spec.duration is not None and photos:
        hold = max(MIN_HOLD, (spec.duration + overlap - sum(clips)) / photos)
    segments = []
    for source, focus, _, info in found:
        if info is None:
            segments.append(Segment(source, hold, focus=focus))
        else:
            segments.append(Segment(source, min(MAX_CLIP, info.playable_duration), clip=info))
    return segments


def segment_frames(segment: Segment, fps: int) -> int:
    """Frames of one segment: long enough for a cross-fade at each end."""
    return max(2 * round(CROSSFADE * fps) + 1, round(segment.length * fps))


def recap_length(segments: Sequence[Segment], fps: int = 30) -> float:
    """Seconds of the photo part: the segments less the cross-fades' overlap."""
    frames = sum(segment_frames(s, fps) for s in segments)
    return (frames - round(CROSSFADE * fps) * max(0, len(segments) - 1)) / fps


def _pan_position(segment: Segment, first: int) -> tuple[str, str]:
    """The crop's x and y for frame ``n`` of a piece that starts at frame ``first``."""
    axis, travel, forward, every = segment.pan
    frame = f"(n+{first})" if first else "n"
    step = f"{frame}*{PAN_STEP}" if every == 1 else f"floor({frame}/{every})*{PAN_STEP}"
    position = step if forward else f"{travel}-{step}"
    return (position, "0") if axis == "x" else ("0", position)


def _still_pieces(segment: Segment, index: int, name: str, box: tuple[int, int], fps: int,
                  scaler: str, pieces: Sequence[tuple[str, int, int]]) -> list[str]:
    """The still converted once and each piece (frames ``start``-``end``) panned on its own.

    Every piece loops the one converted picture and moves its window by a
    whole even step a frame: smooth (no sub-pixel rounding that judders), no
    scaling per frame, pure translation, which the encoder predicts almost
    for free (a zoompan scaled every frame and made the encode twice as
    slow). The pieces are made, not cut from one stream: a split stream
    queued up to a segment of frames for the branch that was not read yet.
    """
    converted = f"[{index}:v]{_to_bt709(None, scaler)},format=yuv420p,setsar=1"
    chains = []
    if len(pieces) > 1:
        chains.append(converted + f",split={len(pieces)}"
                      + "".join(f"[{name}{piece}in]" for piece, _, _ in pieces))
    for piece, start, end in pieces:
        x, y = _pan_position(segment, start)
        source = f"[{name}{piece}in]" if len(pieces) > 1 else converted + ","
        chains.append(f"{source}loop=loop={end - start - 1}:size=1,settb=1/{fps},setpts=N,"
                      f"crop={box[0]}:{box[1]}:x='{x}':y='{y}'[{name}{piece}]")
    return chains


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
            f"trim=end_frame={segment_frames(segment, fps)}")


def _duck_filter(windows: Sequence[tuple[float, float]], main: float) -> str:
    """``,volume=...`` that lowers the music bed to CLIP_DUCK while a clip speaks
    (ramping over DUCK_RAMP before and after), or "" when no clip has sound."""
    if not windows:
        return ""
    ramp = _fmt(DUCK_RAMP)
    shapes = [f"min(clip((t-{_fmt(a - DUCK_RAMP)})/{ramp},0,1),"
              f"clip(({_fmt(b + DUCK_RAMP)}-t)/{ramp},0,1))" for a, b in windows]
    during = shapes[0]
    for shape in shapes[1:]:
        during = f"max({during},{shape})"
    # Quoted: the graph parser keeps the expression's commas inside the option.
    expr = f"1-{_fmt(1 - CLIP_DUCK)}*{during}"
    return f",volume=volume='{expr}':eval=frame"


def _clip_sounds(sounds: Sequence[tuple[int, float, float]], main: float, rate: int,
                 fade: float) -> list[str]:
    """The clips' audio, normalised, faded with their picture's cross-fades, placed on
    the recap's time line and mixed over ``[bed]`` (the music or silence) into ``[maina]``."""
    chains = []
    audio_format = f"aformat=sample_fmts=fltp:sample_rates={rate}:channel_layouts=stereo"
    for n, (idx, at, length) in enumerate(sounds):
        chains.append(
            f"[{idx}:a]asetpts=PTS-STARTPTS,aresample={rate}:async=1:first_pts=0,"
            f"{audio_format},atrim=duration={_fmt(length)},{CLIP_LOUDNORM},aresample={rate},"
            f"{audio_format},apad,atrim=duration={_fmt(length)},afade=t=in:d={_fmt(fade)},"
            f"afade=t=out:st={_fmt(max(0.0, length - fade))}:d={_fmt(fade)},"
            f"adelay=delays={round(at * rate)}S:all=1[clipa{n}]")
    labels = "".join(f"[clipa{n}]" for n in range(len(sounds)))
    # normalize=0: each input keeps its level (amix would otherwise divide by the
    # count); the limiter keeps the sum's peaks under the loudness target's ceiling.
    chains.append(f"[bed]{labels}amix=inputs={len(sounds) + 1}:duration=first:"
                  f"dropout_transition=0:normalize=0,{MIX_LIMITER},"
                  f"atrim=duration={_fmt(main)}[maina]")
    return chains


def music_path(brand: BrandKit) -> Path | None:
    """The brand kit's music bed (``[video] music``), None when it has none or it is missing."""
    return brand.video_path("music")


def plan_recap(segments: Sequence[Segment], loaded: LoadedTemplate, brand: BrandKit,
               fields: Mapping[str, str], platform: Platform, spec: RecapSpec, *,
               credit: str | None = None, strict: bool = False,
               encoder: EncoderSettings | None = None, bitrate_scale: float = 1.0,
               workdir: Path | None = None) -> RenderPlan:
    """One ffmpeg command that makes the recap for ``platform``."""
    encoder = encoder or RECAP_ENCODER
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
    main = recap_length(segments, platform.video.fps)
    timeline = Timeline(intro=intro_len, main=main, outro=outro_len)
    limit = platform.video.max_duration
    if limit is not None and timeline.total > limit + 0.05:
        extra = " with the intro and outro" if intro_len or outro_len else ""
        raise VideoError(
            f"{platform.label} takes videos up to {limit:g} s; this recap would be "
            f"{timeline.total:.1f} s{extra}",
            hint=f"choose a shorter recap (at most {math.floor(limit - intro_len - outro_len)}"
                 " s) or fewer photos", code="recap.too_long", platform=platform.id,
            limit=int(limit) if float(limit).is_integer() else limit,
            duration=round(timeline.total, 1))
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

    # -- each photo or clip as the pieces the cross-fades need, the media box's
    # size at the output rate: the head (the fade in), the middle (shown as it
    # is) and the tail (the fade out). Only the frames of each transition are
    # blended; the rest of every segment is joined as it is.
    fade = round(CROSSFADE * fps)
    parts: list[str] = []
    frames = [segment_frames(s, fps) for s in segments]
    sounds: list[tuple[int, float, float]] = []  # a clip's input, start and length (s)
    for n, (segment, count) in enumerate(zip(segments, frames, strict=True)):
        first, last = n == 0, n == len(segments) - 1
        pieces = [("h", 0, fade)] if not first else []
        pieces.append(("m", 0 if first else fade, count if last else count - fade))
        if not last:
            pieces.append(("t", count - fade, count))
        if segment.still is not None:
            # The output rate on the input: the pieces are counted in its frames.
            idx = add_input("-framerate", str(fps),
                            *input_args(segment.still, kind="raw", size=segment.still_size))
            graph += _still_pieces(segment, idx, f"s{n}", box, fps, encoder.scaler, pieces)
        else:
            idx = add_input("-t", _fmt(segment.length + 1), *input_args(segment.source))
            if segment.clip is not None and segment.clip.has_audio:
                # Where the clip starts in the recap (the cross-fades overlap).
                sounds.append((idx, (sum(frames[:n]) - fade * n) / fps, count / fps))
            # The blend wants one time base and pixel shape on both sides.
            chain = _clip_chain(segment, idx, box, fps, encoder.scaler)
            graph.append(f"{chain},setsar=1,settb=1/{fps},setpts=N,"
                         f"split={len(pieces)}" + "".join(f"[c{n}{p}]" for p, _, _ in pieces))
            for piece, start, end in pieces:
                graph.append(f"[c{n}{piece}]trim=start_frame={start}:end_frame={end},"
                             f"setpts=PTS-STARTPTS[s{n}{piece}]")
        if not first:
            # The cross-fade: the incoming head, its alpha ramped up, over the
            # outgoing tail, all in 4:2:0 (xfade works in 4:4:4: three
            # conversions a frame, 1.5 CPU-s and 200 MB more for a 30 s recap).
            graph.append(f"[s{n}h]format=yuva420p,"
                         f"fade=t=in:st=0:d={_fmt(fade / fps)}:alpha=1[a{n}]")
            graph.append(f"[s{n - 1}t][a{n}]overlay=format=yuv420[f{n}]")
            parts.append(f"f{n}")
        parts.append(f"s{n}m")
    if len(parts) > 1:
        graph.append("".join(f"[{p}]" for p in parts)
                     + f"concat=n={len(parts)}:v=1:a=0,format=yuv420p[joined]")
        current = "joined"
    else:
        current = parts[0]
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
        idx = add_input(*input_args(path, kind="image"))
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
        warnings.append(RenderWarning("music", "recap_no_music",
                                      f"{what}: the recap was made without music"))
    if music is not None:
        idx = add_input("-stream_loop", "-1", *input_args(music, kind="audio"))
        fade_at = max(0.0, main - MUSIC_FADE_OUT)
        duck = _duck_filter([(at, at + length) for _, at, length in sounds], main)
        graph.append(
            f"[{idx}:a]asetpts=PTS-STARTPTS,atrim=duration={_fmt(main + 1)},"
            f"aresample={rate},{MUSIC_LOUDNORM},aresample={rate},"
            f"aformat=sample_fmts=fltp:sample_rates={rate}:channel_layouts=stereo,"
            f"apad,atrim=duration={_fmt(main)},afade=t=in:d={_fmt(MUSIC_FADE_IN)},"
            f"afade=t=out:st={_fmt(fade_at)}:d={_fmt(min(MUSIC_FADE_OUT, main))}{duck}"
            f"[{'bed' if sounds else 'maina'}]")
    else:
        graph.append(f"anullsrc=r={rate}:cl=stereo,atrim=duration={_fmt(main)}"
                     f"[{'bed' if sounds else 'maina'}]")
    if sounds:
        # -- the clips' own sound, each where its clip is shown, over the bed --
        graph += _clip_sounds(sounds, main, rate, fade / fps)

    # -- brand intro and outro around it --
    order = ["main"]
    for key, clip, length in (("intro", intro_clip, timeline.intro),
                              ("outro", outro_clip, timeline.outro)):
        if clip is None or length <= 0:
            continue
        idx = add_input(*input_args(clip.path))
        # A short intro keeps the clip's end (the brand already shown: a branded
        # first frame), a short outro its start.
        start = clip.duration - length if key == "intro" else 0.0
        graph += bumper_chains(clip, idx, key, length, (width, height), fps, rate, brand,
                               encoder.scaler, start)
        order.insert(0 if key == "intro" else len(order), key)
    graph_text = join_segments(graph, order)
    argv = graph_argv(inputs, graph_text, workdir)
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
        "-c:v", "libx264", "-profile:v", "high", *encoder.x264_args(),
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
    if settings.intro is not None and spec.intro is None and spec.outro is None:
        spec = replace(spec, intro=settings.intro, outro=settings.intro)
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
        prepared: dict[tuple[tuple[int, int], tuple[float, float]],
                       tuple[list[Segment], list[RenderWarning]]] = {}
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
                box = media_box(loaded, brand, job.fields, platform)
                seen = seen_target(loaded, brand, job.fields, platform)
                if (box, seen) not in prepared:
                    folder = workdir / f"stills-{len(prepared)}"
                    folder.mkdir()
                    prepared[box, seen] = prepare_segments(job.sources, box, spec, folder,
                                                           cancel, target=seen)
                segments, skipped = prepared[box, seen]
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
