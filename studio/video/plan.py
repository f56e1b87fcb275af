"""Compiling a template into one ffmpeg command per output (a :class:`RenderPlan`).

The photo renderer draws the static layers once into one transparent PNG (the
layers under the media, with a hole where the media goes, plus the layers
above it); ffmpeg does only what must happen per frame: decode, reframe the
clip into the media box (cover crop at the focal point with the same
rectangle as :func:`studio.render.crop.cover_box`, contain, or a blurred
backdrop), overlay that PNG, overlay each animated layer and the subtitle
strip at their times, join the brand intro/outro, and encode. One process and
one decode per output is what keeps a branded export near the speed of a
plain transcode.

Time inside the main clip starts at 0 after the intro: a layer animated from
``start = 1.0`` appears one second into the event footage, whatever intro
the brand kit has.
"""

from __future__ import annotations

import math
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from studio.brand import BrandKit
from studio.errors import VideoError
from studio.platforms import Platform
from studio.render.crop import CENTER, Focus, Visibility, cover_box, plan_cover
from studio.render.layers import RenderWarning
from studio.render.photo import Composition, plan_composition
from studio.template.loader import LoadedTemplate
from studio.template.model import MediaLayer
from studio.video.animation import (
    enable_expr,
    fade_filters,
    position_exprs,
    resolve_timing,
)
from studio.video.ffmpeg import ffmpeg_exe, has_filter, input_args
from studio.video.probe import VideoInfo, probe_video
from studio.video.subtitles import (
    Cue,
    SubtitleStrip,
    cue_image,
    parse_srt,
    shift_cues,
    subtitle_strip,
)

# The frame rate when no platform says otherwise (platforms.toml's [defaults.video]
# gives every platform its own ``fps``, ``audio_rate`` and ``audio_bitrate``).
FPS = 30
# Above this the filter graph goes into a file: Windows caps a command line at 32k chars.
MAX_INLINE_GRAPH = 6000
# The blurred backdrop is blurred small: 1/16 of the box, as the photo path does.
BLUR_REDUCTION = 16
BLUR_DARKEN = 0.6
# Short ramps at the joins keep the audio from clicking where clips meet.
AUDIO_EDGE = 0.02
# A clip's video may end a little before its container says (audio runs longer);
# up to this much is padded with the last frame. More means the file is cut short.
MAX_VIDEO_SHORTFALL = 0.5
LOUDNORM = "loudnorm=I=-14:TP=-1.5:LRA=11"
# A short brand intro/outro (Reels, TikTok, Shorts): this much of the clip.
SHORT_BUMPER = 1.0


@dataclass(frozen=True)
class EncoderSettings:
    """How outputs are encoded. ``veryfast`` was measured as the best speed/size
    trade-off on a 2-core machine (see docs/video.md); CRF keeps quality even
    and the platform's bitrate and size limits cap it through the VBV. Frame
    rate and audio are the platform's (``platforms.toml``), not settings here."""

    preset: str = "veryfast"
    crf: int = 20
    gop_seconds: float = 2.0
    # Share of a size limit the file may use (container overhead, AAC overshoot).
    size_headroom: float = 0.95
    # Peak video bitrate as a multiple of the platform's target when no size limit binds.
    peak_factor: float = 2.0
    scaler: str = "bicubic"
    # Extra libx264 options (``-x264-params``), "" for the preset's own.
    x264_params: str = ""

    def x264_args(self) -> list[str]:
        """The encoder's effort options: the preset, and the extra options if any."""
        extra = ["-x264-params", self.x264_params] if self.x264_params else []
        return ["-preset", self.preset, *extra]


@dataclass(frozen=True)
class Timeline:
    """The output's time line: intro, main clip, outro (seconds; 0 when absent)."""

    intro: float
    main: float
    outro: float
    trim_start: float = 0.0  # where the main clip starts in the source file
    intro_from: float = 0.0  # where the kept part of the intro clip starts (a short intro)

    @property
    def total(self) -> float:
        return self.intro + self.main + self.outro

    def locate(self, t: float) -> tuple[str, float]:
        """Which part ``t`` (output seconds) falls in and the time inside it."""
        t = min(max(t, 0.0), max(0.0, self.total - 1e-6))
        if t < self.intro:
            return ("intro", t)
        if t < self.intro + self.main or self.outro <= 0:
            return ("main", min(t - self.intro, self.main))
        return ("outro", t - self.intro - self.main)


@dataclass(frozen=True)
class RenderPlan:
    """One output's ffmpeg command, its temporary images and what to expect of it."""

    argv: tuple[str, ...]  # the command without the output path
    filter_graph: str
    workdir: Path
    overlays: tuple[Path, ...]
    timeline: Timeline
    size: tuple[int, int]
    maxrate_kbps: int
    max_bytes: int | None
    source: Path
    platform_id: str
    warnings: tuple[RenderWarning, ...] = ()
    info: VideoInfo | None = field(default=None, compare=False)
    fps: int = FPS

    @property
    def duration(self) -> float:
        return self.timeline.total

    def command(self, output: Path) -> list[str]:
        return [*self.argv, str(output)]

    def cleanup(self) -> None:
        """Remove the temporary images (call when the encode is over)."""
        shutil.rmtree(self.workdir, ignore_errors=True)


def video_size(platform: Platform) -> tuple[int, int]:
    """The output size: the platform's, rounded up to even (H.264 4:2:0 needs even sides)."""
    return (platform.width + platform.width % 2, platform.height + platform.height % 2)


def check_trim(info: VideoInfo, trim: tuple[float, float] | None) -> tuple[float, float]:
    """(start, duration) of the part of the clip to keep."""
    length = info.playable_duration
    if trim is None:
        return (0.0, length)
    start, end = trim
    if start < 0 or end <= start:
        raise VideoError(f"trim {start:g},{end:g} is not a range", path=info.path,
                         hint="give START,END in seconds with START < END",
                         code="video.bad_trim")
    if start >= length - 0.05:
        raise VideoError(f"trim starts at {start:g} s but the clip is {length:.1f} s long",
                         path=info.path, hint="choose a start inside the clip",
                         code="video.bad_trim", duration=length)
    # A little past the end is a rounding habit, not a mistake.
    end = min(end, length)
    return (start, end - start)


def brand_clip(brand: BrandKit, key: str, wanted: bool) -> VideoInfo | None:
    if not wanted:
        return None
    path = brand.video_path(key)
    if path is None:
        return None
    try:
        return probe_video(path)
    except VideoError as exc:
        raise VideoError(f"the brand {key} clip cannot be read: {exc.message}", path=path,
                         hint="replace it in the brand kit (assets/branding/video) or turn "
                              f"the {key} off", code="video.brand_clip") from None


def bumper_mode(platform: Platform | None, key: str, wanted: bool | None,
                template_default: bool) -> str:
    """How the brand ``key`` clip (intro/outro) is used: "full", "short" or "none".

    ``wanted`` is the officer's switch (True: the whole clip, False: none);
    None follows the template (off stays off) and then the platform
    (``platforms.toml``: short or none on Stories, Reels and TikTok).
    """
    if wanted is not None:
        return "full" if wanted else "none"
    if not template_default:
        return "none"
    if platform is None or platform.video is None:
        return "full"
    return str(getattr(platform.video, key))


def plan_bumpers(loaded: LoadedTemplate, brand: BrandKit, platform: Platform | None,
                 intro: bool | None = None, outro: bool | None = None
                 ) -> tuple[VideoInfo | None, VideoInfo | None, float, float]:
    """The brand intro/outro clips for ``platform`` and how long each one plays."""
    settings = loaded.template.video
    found: list[tuple[VideoInfo | None, float]] = []
    for key, wanted, default in (("intro", intro, settings.intro),
                                 ("outro", outro, settings.outro)):
        mode = bumper_mode(platform, key, wanted, default)
        clip = brand_clip(brand, key, mode != "none")
        length = 0.0 if clip is None else clip.duration
        if clip is not None and mode == "short":
            length = min(SHORT_BUMPER, clip.duration)
        found.append((clip, length))
    (intro_clip, intro_len), (outro_clip, outro_len) = found
    return intro_clip, outro_clip, intro_len, outro_len


def plan_timeline(info: VideoInfo, loaded: LoadedTemplate, brand: BrandKit,
                  trim: tuple[float, float] | None = None, intro: bool | None = None,
                  outro: bool | None = None, platform: Platform | None = None
                  ) -> tuple[Timeline, VideoInfo | None, VideoInfo | None]:
    """The output's time line and the brand intro/outro clips it uses.

    ``intro``/``outro`` override the template's and the platform's choice when
    not None; a short intro keeps the end of the clip (the brand fully shown,
    so the first frame is branded), a short outro its start.
    """
    trim_start, main = check_trim(info, trim)
    intro_clip, outro_clip, intro_len, outro_len = plan_bumpers(loaded, brand, platform,
                                                                intro, outro)
    intro_from = intro_clip.duration - intro_len if intro_clip is not None else 0.0
    timeline = Timeline(intro=intro_len, main=main, outro=outro_len, trim_start=trim_start,
                        intro_from=max(0.0, intro_from))
    return timeline, intro_clip, outro_clip


def bumper_chains(clip: VideoInfo, index: int, key: str, length: float,
                  size: tuple[int, int], fps: int, rate: int, brand: BrandKit,
                  scaler: str, start: float = 0.0) -> list[str]:
    """``[{key}v][{key}a]``: ``length`` s of a brand clip from ``start``, whole on
    the brand background at the output size and rate."""
    width, height = size
    background = _color_hex(brand.color(brand.video.get("background", "brand:primary_dark")))
    cut = f"trim=start={_fmt(start)}:duration={_fmt(length)}," if start > 0 else ""
    chains = [
        f"[{index}:v]setpts=PTS-STARTPTS,fps={fps},{cut}setpts=PTS-STARTPTS,"
        f"{_to_bt709(clip, scaler, f'{width}:{height}')}"
        ":force_original_aspect_ratio=decrease:force_divisible_by=2,"
        f"pad={width}:{height}:(ow-iw)/2:(oh-ih)/2:color={background},format=yuv420p,"
        f"tpad=stop_mode=clone:stop_duration={_fmt(MAX_VIDEO_SHORTFALL)},"
        f"trim=duration={_fmt(length)},setsar=1[{key}v]"]
    chains += _audio_chain(clip, index, length, False, f"{key}a", rate, start)
    return chains


def _limit(platform: Platform, loaded: LoadedTemplate) -> float | None:
    limits = [v for v in (platform.video.max_duration if platform.video else None,
                          loaded.template.video.max_duration) if v]
    return min(limits) if limits else None


def _color_hex(rgba: tuple[int, int, int, int]) -> str:
    return "0x{:02X}{:02X}{:02X}".format(*rgba[:3])


def _fmt(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".") or "0"


def _to_bt709(info: VideoInfo | None, scaler: str, size: str = "",
              tonemapped: bool = False) -> str:
    """A scale filter that resizes and converts the clip's YUV matrix/range to BT.709 TV."""
    matrix = "bt709" if (info is None or tonemapped) else info.scale_matrix
    args = [size] if size else []
    args += [f"flags={scaler}", f"in_color_matrix={matrix}", "out_color_matrix=bt709",
             "out_range=tv"]
    return "scale=" + ":".join(args)


def tonemap_filters(info: VideoInfo) -> list[str]:
    """HDR (HLG/PQ, as iPhones record by default) to SDR BT.709; empty when not needed."""
    if not info.hdr or not (has_filter("zscale") and has_filter("tonemap")):
        return []
    return ["zscale=t=linear:npl=100", "format=gbrpf32le", "zscale=p=bt709",
            "tonemap=tonemap=hable:desat=0", "zscale=t=bt709:m=bt709:r=tv", "format=yuv420p"]


def reframe_filters(info: VideoInfo, layer: MediaLayer, box: tuple[int, int], focus: Focus,
                    brand: BrandKit, scaler: str, label_in: str, label_out: str,
                    visibility: Visibility | None = None) -> list[str]:
    """Filter chains that fit the clip into the media box the way the layer asks.

    Mirrors :func:`studio.render.photo.fit_media` so a video frame and a photo
    render of the same frame agree: a cover crop sees the overlays
    (``visibility``: faces placed where the design leaves them seen).
    """
    bw, bh = box
    dw, dh = info.display_size
    tone = tonemap_filters(info)
    hdr = bool(tone)
    chains: list[str] = []
    if layer.fit == "cover":
        left, top, right, bottom = plan_cover(dw, dh, bw, bh, focus, visibility).box
        cw, ch = round(right - left), round(bottom - top)
        cx, cy = round(left), round(top)
        if hdr:
            # zscale refuses odd sizes of subsampled frames; half a source pixel is invisible.
            cw, ch, cx, cy = cw // 2 * 2, ch // 2 * 2, cx // 2 * 2, cy // 2 * 2
        steps = [f"crop={cw}:{ch}:{cx}:{cy}:exact=1", *tone,
                 _to_bt709(info, scaler, f"{bw}:{bh}", hdr), "format=yuv420p"]
        chains.append(f"[{label_in}]" + ",".join(steps) + f"[{label_out}]")
        return chains
    scale = min(bw / dw, bh / dh)
    iw, ih = max(2, round(dw * scale)), max(2, round(dh * scale))
    x, y = (bw - iw) // 2, (bh - ih) // 2
    if layer.fit == "contain":
        colour = _color_hex(brand.color(layer.background))
        steps = [*tone, _to_bt709(info, scaler, f"{iw}:{ih}", hdr),
                 f"pad={bw}:{bh}:{x}:{y}:color={colour}", "format=yuv420p"]
        chains.append(f"[{label_in}]" + ",".join(steps) + f"[{label_out}]")
        return chains
    # Blur: a darkened, blurred cover of the same clip fills the bars.
    left, top, right, bottom = cover_box(dw, dh, bw, bh, focus)
    cw, ch = round(right - left), round(bottom - top)
    sw, sh = max(2, bw // BLUR_REDUCTION), max(2, bh // BLUR_REDUCTION)
    dark = _fmt(BLUR_DARKEN)
    pre = ",".join(tone) + "," if tone else ""
    chains.append(f"[{label_in}]{pre}split=2[{label_out}_b][{label_out}_f]")
    chains.append(
        f"[{label_out}_b]crop={cw}:{ch}:{round(left)}:{round(top)}:exact=1,"
        f"{_to_bt709(info, 'area', f'{sw}:{sh}', hdr)},gblur=sigma=2,"
        f"scale={bw}:{bh}:flags=bilinear,format=yuv420p,"
        f"lutyuv=y='16+(val-16)*{dark}':u='128+(val-128)*{dark}':v='128+(val-128)*{dark}'"
        f"[{label_out}_bg]")
    chains.append(f"[{label_out}_f]{_to_bt709(info, scaler, f'{iw}:{ih}', hdr)},"
                  f"format=yuv420p[{label_out}_fg]")
    chains.append(f"[{label_out}_bg][{label_out}_fg]overlay={x}:{y}:format=yuv420[{label_out}]")
    return chains


def subject_rects(info: VideoInfo, box: tuple[int, int, int, int], focus: Focus,
                  visibility: Visibility | None = None
                  ) -> tuple[tuple[int, int, int, int], ...]:
    """The focus's keep boxes (faces, head and shoulders) where they land on the
    canvas after the cover crop into ``box`` (l, t, r, b); empty when none or
    when the layer does not cover."""
    if not focus.keep:
        return ()
    dw, dh = info.display_size
    left, top, right, bottom = box
    cl, ct, cr, cb = plan_cover(dw, dh, right - left, bottom - top, focus, visibility).box
    sx, sy = (right - left) / (cr - cl), (bottom - top) / (cb - ct)
    rects = []
    for kl, kt, kr, kb in focus.keep:
        rect = (round(left + (kl * dw - cl) * sx), round(top + (kt * dh - ct) * sy),
                round(left + (kr * dw - cl) * sx), round(top + (kb * dh - ct) * sy))
        if rect[2] > left and rect[0] < right and rect[3] > top and rect[1] < bottom:
            rects.append(rect)
    return tuple(rects)


def static_overlay(composition: Composition) -> Image.Image | None:
    """Everything static in one RGBA image: the layers under the media (with a hole
    where the media shows) and the layers above it. None when fully transparent."""
    width, height = composition.size
    media = composition.media
    if media is not None and media.rect[:2] == (0, 0) and media.rect[2:] == (width, height):
        image = composition.above
    else:
        image = composition.below.convert("RGBA")
        if media is not None:
            hole = Image.new("RGBA", (media.width, media.height), (0, 0, 0, 0))
            image.paste(hole, media.rect[:2])
        image.alpha_composite(composition.above)
    return image if image.getbbox() else None


def even_box(bbox: tuple[int, int, int, int] | None) -> tuple[int, int, int, int]:
    """``bbox`` grown to start on even pixels: ffmpeg places 4:2:0 overlays there only,
    so an odd position would move the branding a pixel away from the photo render."""
    assert bbox is not None
    left, top, right, bottom = bbox
    return (left - left % 2, top - top % 2, right, bottom)


def even_tile(image: Image.Image, position: tuple[int, int]
              ) -> tuple[Image.Image, tuple[int, int]]:
    """A layer tile padded with transparent pixels so it starts on even pixels."""
    x, y = position
    dx, dy = x % 2, y % 2
    if not dx and not dy:
        return image, position
    tile = Image.new("RGBA", (image.width + dx, image.height + dy), (0, 0, 0, 0))
    tile.paste(image, (dx, dy))
    return tile, (x - dx, y - dy)


def audio_kbps(platform: Platform) -> int:
    """The platform's AAC bitrate in kb/s (``"128k"`` in platforms.toml)."""
    assert platform.video is not None
    text = str(platform.video.audio_bitrate).strip().lower().removesuffix("k")
    try:
        return max(32, int(float(text)))
    except ValueError:
        raise VideoError(f"bad audio_bitrate {platform.video.audio_bitrate!r} for {platform.id}",
                         hint="fix platforms.toml (e.g. audio_bitrate = \"128k\")",
                         code="platforms.invalid") from None


def _bitrate(platform: Platform, total: float, encoder: EncoderSettings,
             scale: float) -> tuple[int, int, int | None]:
    """(maxrate kb/s, bufsize kb, size limit) for the platform and duration."""
    limits = platform.video
    assert limits is not None
    peak = min(limits.max_bitrate_kbps, round(limits.target_bitrate_kbps * encoder.peak_factor))
    max_bytes = limits.max_bytes
    bufsize = peak * 2
    if max_bytes:
        # Fit the file: video gets what the size allows after audio and ~1% container.
        # The VBV buffer (1 s) may be spent on top of the rate, so count it as a second.
        budget = max_bytes * 8 * encoder.size_headroom / 1000 * 0.99
        fitted = math.floor((budget - audio_kbps(platform) * total) / (max(total, 0.1) + 1.0))
        if fitted < peak:
            peak = fitted
            # A 1-second buffer keeps every stretch of the file within the rate.
            bufsize = peak
    peak = math.floor(peak * scale)
    bufsize = math.floor(bufsize * scale)
    if peak < 300:
        raise VideoError(
            f"{platform.label} allows {(max_bytes or 0) / 1e6:.1f} MB: a {total:.0f} s video "
            "would be too blurry to fit",
            hint="trim the clip shorter with --trim START,END",
            code="video.too_long_for_size", platform=platform.id)
    return (peak, bufsize, max_bytes)


def plan_video(source: Path | VideoInfo, loaded: LoadedTemplate, brand: BrandKit,
               fields: Mapping[str, str], platform: Platform, *, focus: Focus | None = None,
               trim: tuple[float, float] | None = None,
               subtitles: Path | Sequence[Cue] | None = None, intro: bool | None = None,
               outro: bool | None = None, loudnorm: bool = False, credit: str | None = None,
               strict: bool = False, encoder: EncoderSettings | None = None,
               bitrate_scale: float = 1.0) -> RenderPlan:
    """Compile the template into one ffmpeg command for one platform.

    Writes the overlay images into a new temporary folder (``plan.workdir``);
    call :meth:`RenderPlan.cleanup` when done with the plan.
    """
    encoder = encoder or EncoderSettings()
    info = source if isinstance(source, VideoInfo) else probe_video(source)
    template = loaded.template
    if platform.video is None:
        raise VideoError(f"{platform.label} takes no video", path=info.path,
                         hint="export a poster image for it instead",
                         code="video.platform_no_video", platform=platform.id)
    if "video" not in template.media or template.media_layer is None:
        raise VideoError(f"the template {loaded.id!r} is for photos only", path=info.path,
                         hint="choose a template that takes video",
                         code="video.template_no_video", template=loaded.id)
    timeline, intro_clip, outro_clip = plan_timeline(info, loaded, brand, trim, intro, outro,
                                                     platform)
    limit = _limit(platform, loaded)
    if limit is not None and timeline.total > limit + 0.05:
        room = limit - timeline.intro - timeline.outro
        extra = " with the intro and outro" if timeline.intro or timeline.outro else ""
        raise VideoError(
            f"{platform.label} takes videos up to {limit:g} s; this one would be "
            f"{timeline.total:.1f} s{extra}",
            path=info.path,
            hint=(f"keep at most {_fmt(math.floor(room * 10) / 10)} s of the clip with "
                  "--trim START,END" if room >= 0.5
                  else "turn the intro/outro off or choose another platform"),
            code="video.too_long", platform=platform.id, limit=limit,
            duration=timeline.total)

    width, height = video_size(platform)
    composition = plan_composition(loaded, brand, fields, width, height, platform.safe,
                                   strict=strict, split_timed=True)
    media = composition.media
    assert media is not None and isinstance(media.layer, MediaLayer)
    maxrate, bufsize, max_bytes = _bitrate(platform, timeline.total, encoder, bitrate_scale)

    workdir = Path(tempfile.mkdtemp(prefix="studio-video-"))
    try:
        return _compile(info, loaded, brand, platform, composition, timeline, workdir,
                        focus or CENTER, subtitles, intro_clip, outro_clip, loudnorm, credit,
                        encoder, maxrate, bufsize, max_bytes)
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise


def _compile(info: VideoInfo, loaded: LoadedTemplate, brand: BrandKit, platform: Platform,
             composition: Composition, timeline: Timeline, workdir: Path, focus: Focus,
             subtitles: Path | Sequence[Cue] | None, intro_clip: VideoInfo | None,
             outro_clip: VideoInfo | None, loudnorm: bool, credit: str | None,
             encoder: EncoderSettings, maxrate: int, bufsize: int,
             max_bytes: int | None) -> RenderPlan:
    width, height = composition.size
    media = composition.media
    assert media is not None and isinstance(media.layer, MediaLayer)
    main = timeline.main
    # Frame rate and audio as the platform delivers them (platforms.toml).
    assert platform.video is not None
    fps = platform.video.fps
    rate = platform.video.audio_rate
    inputs: list[list[str]] = []
    graph: list[str] = []
    overlays: list[Path] = []
    warnings = list(composition.warnings)

    def add_input(*args: str) -> int:
        inputs.append(list(args))
        return len(inputs) - 1

    # -- the main clip: decode once, constant 30 fps first (less work after) --
    src = add_input(*(["-ss", _fmt(timeline.trim_start)] if timeline.trim_start else []),
                    "-t", _fmt(main), *input_args(info.path))
    graph.append(f"[{src}:v]setpts=PTS-STARTPTS,fps={fps}[src]")
    # 4:2:0 frames are padded at even offsets only: a box starting on an odd pixel
    # grows by one towards the top/left, where the opaque static layers cover it.
    left, top, right, bottom = media.rect
    left, top = left - left % 2, top - top % 2
    graph += reframe_filters(info, media.layer, (right - left, bottom - top), focus, brand,
                             encoder.scaler, "src", "media", composition.visibility)
    current = "media"
    if (right - left, bottom - top) != (width, height):
        background = _color_hex(brand.color(loaded.template.background))
        graph.append(f"[media]pad={width}:{height}:{left}:{top}:color={background}[canvas]")
        current = "canvas"

    def overlay(label: str, x: str, y: str, extra: str = "") -> None:
        nonlocal current
        nxt = f"v{len(graph)}"
        graph.append(f"[{current}][{label}]overlay=x='{x}':y='{y}':format=yuv420{extra}[{nxt}]")
        current = nxt

    # -- static layers: one PNG, cropped to what it covers --
    static = static_overlay(composition)
    if static is not None:
        bbox = even_box(static.getbbox())
        path = workdir / "static.png"
        static.crop(bbox).save(path, compress_level=1)
        overlays.append(path)
        idx = add_input(*input_args(path, kind="image"))
        graph.append(f"[{idx}:v]{_to_bt709(None, 'bicubic')},format=yuva420p[static]")
        overlay("static", str(bbox[0]), str(bbox[1]))

    # -- animated layers: each its own looped PNG with fades and motion --
    occupied = []
    for n, timed in enumerate(composition.timed):
        # Frame 0 and the last frame show the branding whole when nothing comes
        # before or after the clip (no intro/outro on this platform).
        timing = resolve_timing(timed.animation, main, (width, height),
                                first=timeline.intro <= 0, last=timeline.outro <= 0)
        if timing is None:
            continue
        path = workdir / f"timed-{n:02d}.png"
        tile, position = even_tile(timed.image, timed.position)
        tile.save(path, compress_level=1)
        overlays.append(path)
        idx = add_input(*input_args(path, kind="image"))
        label = f"timed{n}"
        steps = [_to_bt709(None, "bicubic"), "format=yuva420p", "loop=loop=-1:size=1:start=0",
                 # An image's time base is 1/25 s: count frames at the output rate instead.
                 f"settb=1/{fps}", "setpts=N", f"trim=end={_fmt(timing.end + 1 / fps)}",
                 *fade_filters(timing)]
        graph.append(f"[{idx}:v]" + ",".join(steps) + f"[{label}]")
        x, y = position_exprs(timing, *position)
        overlay(label, x, y, f":eof_action=pass:enable='{enable_expr(timing)}'")
        occupied.append((*timed.position, timed.position[0] + timed.image.width,
                         timed.position[1] + timed.image.height))

    # -- subtitles: one strip per cue, joined into one stream by the concat demuxer --
    if subtitles is not None:
        cues = parse_srt(subtitles) if isinstance(subtitles, Path) else tuple(subtitles)
        cues = shift_cues(cues, timeline.trim_start, main)
        if cues:
            # Faces are occupied too: the strip goes to the lowest clear band that
            # leaves them visible (above them when they are low in the frame).
            faces = (subject_rects(info, (left, top, right, bottom), focus,
                                   composition.visibility)
                     if media.layer.fit == "cover" else ())
            strip = subtitle_strip(composition, brand, (*occupied, *faces))
            listing, shortened = write_cue_strips(cues, strip, brand, workdir)
            overlays.append(listing)
            if shortened:
                warnings.append(RenderWarning("subtitles", "text_overflow",
                                              f"{shortened} subtitle(s) were too long for "
                                              "three lines and were shortened"))
            idx = add_input(*input_args(listing, kind="cues"))
            graph.append(f"[{idx}:v]{_to_bt709(None, 'bicubic')},format=yuva420p[subs]")
            spans = "+".join(f"between(t,{_fmt(c.start)},{_fmt(c.end)})" for c in cues)
            overlay("subs", str(strip.rect[0]), str(strip.rect[1]),
                    f":eof_action=repeat:enable='{spans}'")

    # -- end of the main segment: exact length, square pixels --
    graph.append(f"[{current}]tpad=stop_mode=clone:stop_duration={_fmt(MAX_VIDEO_SHORTFALL)},"
                 f"trim=duration={_fmt(main)},setsar=1[mainv]")
    audio_main = _audio_chain(info, src, main, loudnorm, "maina", rate)
    graph += audio_main

    segments = []
    for key, clip, length in (("intro", intro_clip, timeline.intro),
                              ("outro", outro_clip, timeline.outro)):
        if clip is None or length <= 0:
            continue
        idx = add_input(*input_args(clip.path))
        start = timeline.intro_from if key == "intro" else 0.0
        graph += bumper_chains(clip, idx, key, length, (width, height), fps, rate, brand,
                               encoder.scaler, start)
        segments.append(key)
    order = [s for s in ("intro", "main", "outro") if s == "main" or s in segments]
    graph_text = join_segments(graph, order)
    argv = graph_argv(inputs, graph_text, workdir)
    gop = round(fps * encoder.gop_seconds)
    argv += [
        "-map", "[vout]", "-map", "[aout]",
        "-c:v", "libx264", "-profile:v", "high", "-preset", encoder.preset,
        "-crf", str(encoder.crf), "-maxrate", f"{maxrate}k", "-bufsize", f"{bufsize}k",
        "-g", str(gop), "-keyint_min", str(fps), "-pix_fmt", "yuv420p",
        "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
        "-color_range", "tv",
        "-c:a", "aac", "-b:a", f"{audio_kbps(platform)}k", "-ar", str(rate),
        "-ac", "2",
        # No metadata from the phone (GPS above all); only the optional credit.
        "-map_metadata", "-1", "-map_chapters", "-1",
    ]
    if credit:
        argv += ["-metadata", f"artist={credit}", "-metadata", f"copyright={credit}"]
    argv += ["-movflags", "+faststart", "-f", "mp4", "-progress", "pipe:1", "-nostats"]
    return RenderPlan(
        argv=tuple(argv), filter_graph=graph_text, workdir=workdir, overlays=tuple(overlays),
        timeline=timeline, size=(width, height), maxrate_kbps=maxrate, max_bytes=max_bytes,
        source=info.path, platform_id=platform.id, warnings=tuple(warnings), info=info,
        fps=fps)


def _audio_chain(info: VideoInfo, index: int, duration: float, loudnorm: bool,
                 label: str, rate: int = 48000, start: float = 0.0) -> list[str]:
    """Audio of one segment as ``rate`` Hz stereo of exactly ``duration`` (silence if none)."""
    edge = _fmt(min(AUDIO_EDGE, duration / 4))
    fade_out = _fmt(max(0.0, duration - min(AUDIO_EDGE, duration / 4)))
    tail = (f"apad,atrim=duration={_fmt(duration)},afade=t=in:d={edge},"
            f"afade=t=out:st={fade_out}:d={edge}")
    if not info.has_audio:
        return [f"anullsrc=r={rate}:cl=stereo,atrim=duration={_fmt(duration)}[{label}]"]
    audio_format = f"aformat=sample_fmts=fltp:sample_rates={rate}:channel_layouts=stereo"
    steps = [f"[{index}:a]asetpts=PTS-STARTPTS", f"aresample={rate}:async=1:first_pts=0",
             audio_format]
    if start > 0:
        steps += [f"atrim=start={_fmt(start)}", "asetpts=PTS-STARTPTS"]
    if loudnorm:
        steps += [LOUDNORM, f"aresample={rate}", audio_format]
    return [",".join(steps) + "," + tail + f"[{label}]"]


def write_cue_strips(cues: Sequence[Cue], strip: SubtitleStrip, brand: BrandKit,
                     workdir: Path) -> tuple[Path, int]:
    """Cue PNGs and the concat listing that times them (blank strips in the gaps)."""
    blank = workdir / "cue-blank.png"
    Image.new("RGBA", strip.size, (0, 0, 0, 0)).save(blank)
    lines = ["ffconcat version 1.0"]

    def entry(name: str, duration: float | None) -> list[str]:
        # An image's default time base (1/25 s) would move cues by up to 20 ms;
        # a fine one keeps every cue on the frame it was timed for.
        result = [f"file {name}", "option framerate 30000"]
        return result + ([f"duration {_fmt(duration)}"] if duration is not None else [])

    clock = 0.0
    shortened = 0
    for n, cue in enumerate(cues):
        if cue.start > clock + 1e-3:
            lines += entry(blank.name, cue.start - clock)
        image, cut = cue_image(cue.text, strip, brand)
        shortened += int(cut)
        path = workdir / f"cue-{n:04d}.png"
        image.save(path, compress_level=1)
        lines += entry(path.name, cue.end - cue.start)
        clock = cue.end
    # The last entry's duration is only honoured when a file follows it.
    lines += entry(blank.name, 1.0) + entry(blank.name, None)
    listing = workdir / "cues.ffconcat"
    listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return listing, shortened


def join_segments(graph: list[str], order: list[str]) -> str:
    """Join the segments (intro, main, outro; ``order``) into ``[vout]``/``[aout]``,
    tagged BT.709, and return the whole filter graph as text."""
    if len(order) > 1:
        pads = "".join(f"[{s}v][{s}a]" for s in order)
        graph.append(f"{pads}concat=n={len(order)}:v=1:a=1[joinv][aout]")
        last = "joinv"
    else:
        graph.append("[maina]anull[aout]")
        last = "mainv"
    graph.append(f"[{last}]setparams=range=tv:colorspace=bt709:color_primaries=bt709:"
                 f"color_trc=bt709[vout]")
    return ";\n".join(graph)


def graph_argv(inputs: list[list[str]], graph_text: str, workdir: Path) -> list[str]:
    """ffmpeg's command line up to the encoder: the inputs and the filter graph (in a
    script file when it is too long for a command line)."""
    argv = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y"]
    for args in inputs:
        argv += args
    if len(graph_text) > MAX_INLINE_GRAPH:
        script = workdir / "graph.txt"
        script.write_text(graph_text, encoding="utf-8")
        argv += ["-/filter_complex", str(script)]
    else:
        argv += ["-filter_complex", graph_text]
    return argv
