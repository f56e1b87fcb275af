"""A frame of the finished video at any time t, and poster images.

The GUI's scrubber needs to show what the export will contain without
encoding it. A preview frame is built from the same parts as the export: the
time line (intro, main clip, outro) from the same plan rules, the static
layers from the same cached :class:`~studio.render.photo.Composition`, the
animated layers' opacity and offset from :mod:`studio.video.animation`, and
the same subtitle strips; ffmpeg only grabs the one source frame (upright,
tone-mapped and in the same colour matrix as the export decodes it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from PIL import Image

from studio.brand import BrandKit
from studio.errors import VideoError
from studio.export import export_image
from studio.media import decode_frame
from studio.platforms import Platform
from studio.render.crop import CENTER, Focus
from studio.render.layers import with_opacity
from studio.render.photo import compose_frame, plan_composition
from studio.render.text import composite_clipped
from studio.template.loader import LoadedTemplate
from studio.video.animation import resolve_timing, state_at
from studio.video.ffmpeg import input_args, run_quick
from studio.video.plan import check_trim, plan_timeline, tonemap_filters, video_size
from studio.video.probe import VideoInfo, probe_video
from studio.video.subtitles import cue_at, cue_image, parse_srt, shift_cues, subtitle_strip


def grab_frame(info: VideoInfo, t: float) -> Image.Image:
    """The source frame shown at ``t`` seconds of the file (RGB, upright)."""
    t = min(max(0.0, t), max(0.0, info.playable_duration - 1.0 / max(info.fps, 1.0)))
    tone = tonemap_filters(info)
    matrix = "bt709" if tone else info.scale_matrix
    chain = ",".join([*tone, f"scale=in_color_matrix={matrix}:flags=bicubic", "format=rgb24"])
    for seek in (t, max(0.0, t - 0.5)):
        result = run_quick(["-ss", f"{seek:.4f}", *input_args(info.path), "-frames:v", "1",
                            "-vf", chain, "-f", "image2pipe", "-c:v", "png", "pipe:1"],
                           timeout=60.0, path=info.path)
        if result.stdout:
            return decode_frame(result.stdout, source=info.path)
    raise VideoError(f"cannot read a frame at {t:.1f} s of {info.playable_duration:.1f} s",
                     path=info.path,
                     hint="the file seems cut short or damaged; copy it again from the phone",
                     code="video.no_frame")


def _fit_clip_frame(frame: Image.Image, size: tuple[int, int],
                    background: tuple[int, int, int, int]) -> Image.Image:
    # Intro/outro clips are shown whole on the brand background, as the export pads them.
    scale = min(size[0] / frame.width, size[1] / frame.height)
    inner = (max(2, round(frame.width * scale) // 2 * 2),
             max(2, round(frame.height * scale) // 2 * 2))
    canvas = Image.new("RGB", size, background[:3])
    canvas.paste(frame.resize(inner, Image.Resampling.BICUBIC),
                 ((size[0] - inner[0]) // 2, (size[1] - inner[1]) // 2))
    return canvas


def preview_frame(source: str | Path | VideoInfo, loaded: LoadedTemplate, brand: BrandKit,
                  fields: Mapping[str, str], platform: Platform, t: float,
                  focus: Focus | None = None, trim: tuple[float, float] | None = None, *,
                  subtitles: Path | None = None, intro: bool | None = None,
                  outro: bool | None = None, all_layers: bool = False) -> Image.Image:
    """The output for ``platform`` at ``t`` seconds (intro and outro included), RGB.

    ``all_layers`` shows every animated layer fully (posters, thumbnails).
    """
    info = source if isinstance(source, VideoInfo) else probe_video(source)
    timeline, intro_clip, outro_clip = plan_timeline(info, loaded, brand, trim, intro, outro)
    trim_start, main = timeline.trim_start, timeline.main
    size = video_size(platform) if platform.video is not None else platform.size
    part, local = timeline.locate(t)
    if part != "main":
        clip = intro_clip if part == "intro" else outro_clip
        assert clip is not None
        background = brand.color(brand.video.get("background", "brand:primary_dark"))
        return _fit_clip_frame(grab_frame(clip, local), size, background)

    composition = plan_composition(loaded, brand, fields, size[0], size[1], platform.safe,
                                   split_timed=True)
    frame = grab_frame(info, trim_start + local)
    canvas = compose_frame(replace(composition, timed=()), frame, brand, focus or CENTER)
    canvas = canvas.convert("RGBA")
    occupied = []
    for timed in composition.timed:
        timing = resolve_timing(timed.animation, main, size)
        if timing is None:
            continue
        occupied.append((*timed.position, timed.position[0] + timed.image.width,
                         timed.position[1] + timed.image.height))
        alpha, dx, dy = (1.0, 0, 0) if all_layers else state_at(timing, local)
        if alpha <= 0:
            continue
        composite_clipped(canvas, with_opacity(timed.image, alpha),
                          timed.position[0] + dx, timed.position[1] + dy)
    if subtitles is not None:
        cues = shift_cues(parse_srt(subtitles), trim_start, main)
        cue = cue_at(cues, local)
        if cue is not None:
            strip = subtitle_strip(composition, brand, tuple(occupied))
            image, _ = cue_image(cue.text, strip, brand)
            canvas.alpha_composite(image, strip.rect[:2])
    return canvas.convert("RGB")


def poster_time(info: VideoInfo, trim: tuple[float, float] | None = None) -> float:
    """A default moment for a poster: the middle of the kept clip."""
    _start, duration = check_trim(info, trim)
    return duration / 2


def export_poster(source: str | Path | VideoInfo, loaded: LoadedTemplate, brand: BrandKit,
                  fields: Mapping[str, str], platform: Platform, path: Path, *,
                  t: float | None = None, focus: Focus | None = None,
                  trim: tuple[float, float] | None = None, quality: int = 90,
                  credit: str | None = None, overwrite: bool = False) -> Path:
    """A poster/thumbnail of the clip through the template (e.g. YouTube 1280x720, < 2 MB).

    ``t`` is seconds into the kept clip (default: its middle); every animated
    layer is shown in full.
    """
    info = source if isinstance(source, VideoInfo) else probe_video(source)
    at = poster_time(info, trim) if t is None else t
    image = preview_frame(info, loaded, brand, fields, platform, at, focus, trim,
                          intro=False, outro=False, all_layers=True)
    return export_image(image, path, platform, quality=quality, credit=credit,
                        overwrite=overwrite)
