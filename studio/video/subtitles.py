"""Burned-in subtitles from an ``.srt`` file, drawn in the brand font.

Most social video is watched muted, so subtitles are part of the picture.
They are drawn by the project's own text renderer (shrink-to-fit, wrap, emoji
fallback) rather than by libass: the brand font is used whatever the ffmpeg
build has, and the preview shows exactly the same pixels. Each cue is one
transparent strip; the strips are joined with ffmpeg's concat demuxer into a
single overlay stream, so a clip with hundreds of cues still has one input.

Placement: the lowest stretch of the media that the template leaves clear
(no text, image or solid shape of the template crosses it; scrims are fine),
inside the platform's safe area, so a title or a band is never covered;
failing that, the bottom of the safe area.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from studio.brand import BrandKit
from studio.errors import VideoError
from studio.render.photo import Composition
from studio.render.text import FontChoice, TextShaper, draw_block, fit_text
from studio.template.model import ShapeLayer
from studio.values import clean_value

MAX_SRT_BYTES = 2_000_000
MAX_CUES = 5000
MAX_CUE_CHARS = 300

# Reference pixels (short side 1080), scaled to the canvas.
FONT_SIZE = (30, 46)
PAD = (22, 12)
RADIUS = 12
MARGIN = 28
LINE_SPACING = 1.18
MAX_LINES = 3
BOX_OPACITY = 0.82
# A row of the media is not clear when the overlay above it covers more than this
# on average (a dense curtain), even where no layer box crosses it.
CLEAR_ALPHA = 160

_TIME = r"(\d{1,2}):(\d{2}):(\d{2})[,.](\d{1,3})"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}")
_TAGS = re.compile(r"<[^>]*>|\{\\[^}]*\}")


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str


def _seconds(h: str, m: str, s: str, ms: str) -> float:
    return int(h) * 3600 + int(m) * 60 + int(s) + int(ms.ljust(3, "0")) / 1000


def _decode(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Old subtitle tools on Windows write cp1252.
        return data.decode("cp1252", "replace")


def parse_srt(path: str | Path) -> tuple[Cue, ...]:
    """The cues of an .srt file, in time order (a VideoError naming the line otherwise)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_SRT_BYTES:
            raise VideoError("the subtitle file is too large", path=path,
                             hint="use an .srt file under 2 MB", code="video.subtitles_invalid")
        text = _decode(path.read_bytes())
    except FileNotFoundError:
        raise VideoError("the subtitle file does not exist", path=path,
                         hint="check the file name", code="video.subtitles_missing") from None
    except OSError as exc:
        raise VideoError(f"cannot read the subtitle file: {exc.strerror or exc}", path=path,
                         code="video.subtitles_invalid") from None
    cues: list[Cue] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines):
        match = _TIMING.match(lines[i])
        if not match:
            i += 1
            continue
        start = _seconds(*match.groups()[:4])
        end = _seconds(*match.groups()[4:])
        body = []
        i += 1
        while i < len(lines) and lines[i].strip():
            body.append(_TAGS.sub("", lines[i]).strip())
            i += 1
        cue_text = clean_value("\n".join(b for b in body if b))[:MAX_CUE_CHARS]
        if end <= start:
            raise VideoError(f"a subtitle ends before it starts (line {i})", path=path,
                             hint="fix the times in the .srt file",
                             code="video.subtitles_invalid", line=i)
        if cue_text:
            cues.append(Cue(start, end, cue_text))
        if len(cues) > MAX_CUES:
            raise VideoError("the subtitle file has too many cues", path=path,
                             code="video.subtitles_invalid")
    if not cues:
        raise VideoError("no subtitles found in the file", path=path,
                         hint="use an .srt file (lines like 00:00:01,000 --> 00:00:03,000)",
                         code="video.subtitles_invalid")
    cues.sort(key=lambda c: c.start)
    # Overlapping cues cannot both show in one strip: the earlier one gives way.
    fixed = []
    for n, cue in enumerate(cues):
        end = min(cue.end, cues[n + 1].start) if n + 1 < len(cues) else cue.end
        if end - cue.start > 0.01:
            fixed.append(Cue(cue.start, end, cue.text))
    return tuple(fixed)


def shift_cues(cues: tuple[Cue, ...], offset: float, duration: float) -> tuple[Cue, ...]:
    """Cues moved by ``-offset`` (a trim) and clipped to ``[0, duration]``."""
    result = []
    for cue in cues:
        start, end = max(0.0, cue.start - offset), min(duration, cue.end - offset)
        if end - start > 0.01:
            result.append(Cue(start, end, cue.text))
    return tuple(result)


@dataclass(frozen=True)
class SubtitleStrip:
    """Where cue strips go on the canvas and how they are drawn."""

    rect: tuple[int, int, int, int]  # l, t, r, b on the canvas
    scale: float

    @property
    def size(self) -> tuple[int, int]:
        return (self.rect[2] - self.rect[0], self.rect[3] - self.rect[1])

    def px(self, reference: float) -> int:
        return max(1, round(reference * self.scale))


def _occupied_rects(composition: Composition, brand: BrandKit
                    ) -> list[tuple[int, int, int, int]]:
    """Boxes of what the template draws over the media that subtitles must not cover:
    text, images and solid shapes. Gradient scrims only shade the picture."""
    layers = composition.layout.layers
    media = composition.media
    above = layers[layers.index(media) + 1:] if media in layers else layers
    rects = []
    for resolved in above:
        layer = resolved.layer
        if isinstance(layer, ShapeLayer):
            if layer.shape == "gradient":
                continue
            if brand.color(layer.fill)[3] * layer.opacity < 128:
                continue
        rects.append(resolved.rect)
    return rects


def subtitle_strip(composition: Composition, brand: BrandKit,
                   occupied: tuple[tuple[int, int, int, int], ...] = ()) -> SubtitleStrip:
    """The strip for cues: low in the clear part of the media, inside the safe area."""
    layout = composition.layout
    scale = layout.scale
    sl, st, sr, sb = layout.safe_rect
    if composition.media is not None:
        ml, mt, mr, mb = composition.media.rect
        sl, st, sr, sb = max(sl, ml), max(st, mt), min(sr, mr), min(sb, mb)
    if sr - sl < 50 or sb - st < 50:
        sl, st, sr, sb = layout.safe_rect
    sl += sl % 2  # 4:2:0 overlays sit on even pixels

    def px(value: float) -> int:
        return max(1, round(value * scale))

    height = 2 * round(FONT_SIZE[1] * scale * LINE_SPACING) + 2 * px(PAD[1]) + px(8)
    # A row is clear when nothing the template draws crosses it and the overlay
    # leaves the picture visible there (a dense curtain counts as covered).
    alpha = np.asarray(composition.above.getchannel("A"))[st:sb, sl:sr].astype(np.float32)
    clear = alpha.mean(axis=1) < CLEAR_ALPHA if alpha.size else np.zeros(0, bool)
    for ol, ot, orr, ob in (*_occupied_rects(composition, brand), *occupied):
        if orr <= sl or ol >= sr:
            continue
        clear[max(ot, st) - st:max(0, min(ob, sb) - st)] = False
    margin = px(MARGIN)
    # Walk up from the bottom to the lowest clear run tall enough for two lines.
    run_end = None
    for row in range(len(clear) - 1, -1, -1):
        if clear[row]:
            if run_end is None:
                run_end = row + 1
            if run_end - row >= height + 2 * margin:
                top = (st + run_end - margin - height) // 2 * 2
                return SubtitleStrip((sl, top, sr, top + height), scale)
        else:
            run_end = None
    top = max(st, sb - margin - height) // 2 * 2
    return SubtitleStrip((sl, top, sr, top + height), scale)


def cue_image(text: str, strip: SubtitleStrip, brand: BrandKit) -> tuple[Image.Image, bool]:
    """One cue drawn into a transparent strip; True as the second value if it was shortened."""
    width, height = strip.size
    tile = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    font_ref = "brand:semibold" if "semibold" in brand.fonts else "brand:bold"
    shaper = TextShaper(FontChoice(
        primary=brand.font_path(font_ref),
        emoji=brand.font_path("brand:emoji") if "emoji" in brand.fonts else None,
    ))
    pad_x, pad_y = strip.px(PAD[0]), strip.px(PAD[1])
    inner_w = width * 0.9 - 2 * pad_x
    block = fit_text(shaper, text, width=inner_w, height=height - 2 * pad_y,
                     min_size=strip.px(FONT_SIZE[0]), max_size=strip.px(FONT_SIZE[1]),
                     max_lines=MAX_LINES, line_spacing=LINE_SPACING)
    left = (width - inner_w) / 2
    rect = (left, pad_y, left + inner_w, height - pad_y)
    ink = draw_block(Image.new("RGBA", (1, 1)), shaper, block, rect, "center", "bottom",
                     (0, 0, 0, 0))
    r, g, b, _ = brand.color("brand:primary_dark") if "primary_dark" in brand.colors else (
        0, 0, 0, 255)
    ImageDraw.Draw(tile).rounded_rectangle(
        (ink[0] - pad_x, ink[1] - pad_y, ink[2] + pad_x, ink[3] + pad_y),
        radius=strip.px(RADIUS), fill=(r, g, b, round(255 * BOX_OPACITY)))
    draw_block(tile, shaper, block, rect, "center", "bottom", (255, 255, 255, 255))
    return tile, block.overflow


def cue_at(cues: tuple[Cue, ...], t: float) -> Cue | None:
    for cue in cues:
        if cue.start <= t < cue.end:
            return cue
    return None
