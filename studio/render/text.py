"""Text: fitting, wrapping and drawing with font fallback.

Pillow has no font fallback, so text is split into runs by the font that has
each character (the brand font first, then the emoji font). A text block is
fitted into its box by trying sizes from the largest down (shrink-to-fit),
wrapping at spaces and never past ``max_lines``. Text that cannot fit even at
the smallest size is shortened with an ellipsis *and reported*; it is never
clipped silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from studio.errors import BrandError
from studio.render.linebreak import (
    Paragraph,
    break_lines,
    may_split,
    paragraph_units,
    split_long_token,
)

# Noto Color Emoji is a bitmap font that only renders at this size.
EMOJI_NATIVE_SIZE = 109
ELLIPSIS = "…"
# Characters that join or modify emoji and belong to the emoji run.
_EMOJI_JOINERS = {0x200D, 0xFE0F, 0xFE0E, 0x20E3}


@lru_cache(maxsize=256)
def get_font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(str(path), size)
    except (OSError, ValueError) as exc:  # FreeType: "unknown file format", a cut-short file
        raise _bad_font(path, exc) from None


@lru_cache(maxsize=16)
def font_codepoints(path: Path) -> frozenset[int]:
    """The characters a font has glyphs for (its cmap)."""
    from fontTools.ttLib import TTFont, TTLibError

    try:
        with TTFont(str(path), lazy=True) as font:
            cmap = font.getBestCmap() or {}
            return frozenset(cmap)
    except (TTLibError, OSError, KeyError, ValueError, AssertionError, EOFError) as exc:
        # fontTools raises TTLibError for "not a font", the others for damaged tables.
        raise _bad_font(path, exc) from None


def _bad_font(path: Path, exc: BaseException) -> BrandError:
    reason = str(exc).strip() or type(exc).__name__
    return BrandError(f"the font cannot be used: it is not a font file, or it is damaged "
                      f"({reason[:120]})", path=path,
                      hint="replace it with a TTF or OTF font in the brand kit",
                      code="brand.bad_font")


@dataclass(frozen=True)
class FontChoice:
    """The brand font for a text layer and the fallback for what it lacks."""

    primary: Path
    emoji: Path | None = None


Run = tuple[str, bool]  # (text, is_emoji)


def split_runs(text: str, fonts: FontChoice) -> list[Run]:
    """Split ``text`` into runs drawn by the primary or by the emoji font."""
    if fonts.emoji is None:
        return [(text, False)] if text else []
    primary = font_codepoints(fonts.primary)
    emoji = font_codepoints(fonts.emoji)
    runs: list[Run] = []
    current: list[str] = []
    current_emoji = False
    for char in text:
        cp = ord(char)
        if cp in _EMOJI_JOINERS or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F:
            is_emoji = current_emoji  # joiners, skin tones and tags stick to their emoji
        elif char.isspace() or cp in primary:
            is_emoji = False
        else:
            is_emoji = cp in emoji
        if current and is_emoji != current_emoji:
            runs.append(("".join(current), current_emoji))
            current = []
        current.append(char)
        current_emoji = is_emoji
    if current:
        runs.append(("".join(current), current_emoji))
    return runs


class TextShaper:
    """Measures and draws one font choice at any size."""

    def __init__(self, fonts: FontChoice) -> None:
        self.fonts = fonts
        # Fitting measures the same words at the same sizes many times over.
        self._widths: dict[tuple[str, int], float] = {}

    def font(self, size: int) -> ImageFont.FreeTypeFont:
        return get_font(self.fonts.primary, size)

    def measure(self, text: str, size: int) -> float:
        key = (text, size)
        cached = self._widths.get(key)
        if cached is not None:
            return cached
        width = self._measure(text, size)
        if len(self._widths) > 20000:
            self._widths.clear()
        self._widths[key] = width
        return width

    def _measure(self, text: str, size: int) -> float:
        width = 0.0
        for run, is_emoji in split_runs(text, self.fonts):
            if is_emoji and self.fonts.emoji is not None:
                native = get_font(self.fonts.emoji, EMOJI_NATIVE_SIZE).getlength(run)
                width += native * size / EMOJI_NATIVE_SIZE
            else:
                width += self.font(size).getlength(run)
        return width

    def metrics(self, size: int) -> tuple[int, int]:
        return self.font(size).getmetrics()

    def draw_line(self, canvas: Image.Image, x: float, baseline: float, text: str, size: int,
                  fill: tuple[int, int, int, int]) -> None:
        draw = ImageDraw.Draw(canvas)
        for run, is_emoji in split_runs(text, self.fonts):
            if is_emoji and self.fonts.emoji is not None:
                x += self._draw_emoji(canvas, x, baseline, run, size, fill[3])
            else:
                font = self.font(size)
                draw.text((x, baseline), run, font=font, fill=fill, anchor="ls")
                x += font.getlength(run)

    def _draw_emoji(self, canvas: Image.Image, x: float, baseline: float, run: str, size: int,
                    alpha: int) -> float:
        font = get_font(self.fonts.emoji, EMOJI_NATIVE_SIZE)
        width = font.getlength(run)
        ascent, descent = font.getmetrics()
        tile = Image.new("RGBA", (max(1, round(width)), ascent + descent), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((0, ascent), run, font=font, anchor="ls", embedded_color=True)
        scale = size / EMOJI_NATIVE_SIZE
        target = (max(1, round(tile.width * scale)), max(1, round(tile.height * scale)))
        tile = tile.resize(target, Image.Resampling.LANCZOS)
        if alpha < 255:
            tile.putalpha(tile.getchannel("A").point(lambda v: v * alpha // 255))
        # Emoji sit on the baseline like a capital letter with a small descent.
        composite_clipped(canvas, tile, round(x), round(baseline - ascent * scale))
        return width * scale


def composite_clipped(canvas: Image.Image, tile: Image.Image, x: int, y: int) -> None:
    """Alpha-composite ``tile`` at (x, y), clipping whatever falls off the canvas."""
    left, top = max(0, -x), max(0, -y)
    right = min(tile.width, canvas.width - x)
    bottom = min(tile.height, canvas.height - y)
    if right <= left or bottom <= top:
        return
    if (left, top, right, bottom) != (0, 0, tile.width, tile.height):
        tile = tile.crop((left, top, right, bottom))
    canvas.alpha_composite(tile, (x + left, y + top))


@dataclass(frozen=True)
class TextBlock:
    """A fitted block: the lines, the size chosen and whether it had to be cut."""

    lines: tuple[str, ...]
    size: int
    line_height: int
    ascent: int
    descent: int
    widths: tuple[float, ...]
    overflow: bool

    @property
    def height(self) -> int:
        if not self.lines:
            return 0
        return (len(self.lines) - 1) * self.line_height + self.ascent + self.descent


def _paragraph_for(shaper: TextShaper, paragraph: str, size: int, width: float,
                   break_words: bool) -> Paragraph | None:
    """The paragraph's units; with ``break_words``, links wider than the line are split."""
    para = paragraph_units(paragraph)
    if not break_words:
        return para
    units: list[str] = []
    gaps: list[str] = []
    for i, unit in enumerate(para.units):
        pieces = [unit]
        if shaper.measure(unit, size) > width:
            if not may_split(unit):
                return None  # a word is never broken: the text does not fit at this size
            pieces = split_long_token(unit, width, lambda t: shaper.measure(t, size)) or [unit]
        if i > 0:
            gaps.append(para.gaps[i - 1])
        units.append(pieces[0])
        for piece in pieces[1:]:
            gaps.append("")
            units.append(piece)
    return Paragraph(tuple(units), tuple(gaps), tuple(True for _ in gaps))


def wrap_text(shaper: TextShaper, text: str, size: int, width: float,
              break_words: bool = False, mode: str = "auto") -> list[str] | None:
    """Lines of ``text`` at ``size`` within ``width``; None when a unit does not fit.

    Breaks are balanced (see :mod:`studio.render.linebreak`); the officer's own
    line breaks (``\n``) are kept. Words are never broken; with ``break_words``
    a link or number wider than the line is split.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        para = _paragraph_for(shaper, paragraph, size, width, break_words)
        if para is None:
            return None
        wrapped = break_lines(para, width, lambda t: shaper.measure(t, size), mode)
        if wrapped is None:
            return None
        lines.extend(wrapped)
    return lines


# How far (a share of the size) a text may shrink to avoid a one-word line.
LONELY_SHRINK = 0.7


def _lonely(lines: list[str], text: str) -> bool:
    """Whether a wrapped line holds a single word although the paragraph has more."""
    if len(lines) < 2:
        return False
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if len(paragraphs) >= len(lines):
        return False  # the officer's own line breaks; nothing to improve
    return any(len(line.split()) == 1 for line in lines)


def _block(shaper: TextShaper, lines: list[str], size: int, line_spacing: float,
           overflow: bool) -> TextBlock:
    ascent, descent = shaper.metrics(size)
    return TextBlock(
        lines=tuple(lines),
        size=size,
        line_height=max(1, round(size * line_spacing)),
        ascent=ascent,
        descent=descent,
        widths=tuple(shaper.measure(line, size) for line in lines),
        overflow=overflow,
    )


def fit_text(shaper: TextShaper, text: str, width: float, height: float, min_size: int,
             max_size: int, max_lines: int, line_spacing: float,
             mode: str = "auto") -> TextBlock:
    """The largest size in [min_size, max_size] at which ``text`` fits the box.

    When nothing fits, the block at ``min_size`` is cut to what fits, ends in an
    ellipsis and has ``overflow`` set so the caller reports it.
    """
    text = text.strip()
    if not text:
        return _block(shaper, [], max_size, line_spacing, False)

    def fits(size: int, break_words: bool = False) -> list[str] | None:
        lines = wrap_text(shaper, text, size, width, break_words, mode)
        if lines is None or len(lines) > max_lines:
            return None
        block = _block(shaper, lines, size, line_spacing, False)
        return lines if block.height <= height else None

    # Binary search over sizes: fitting is monotonic in size for greedy wrapping
    # except at rare word-boundary ties, which the final linear check covers.
    low, high = min_size, max_size
    best: tuple[int, list[str]] | None = None
    while low <= high:
        mid = (low + high) // 2
        lines = fits(mid)
        if lines is not None:
            best = (mid, lines)
            low = mid + 1
        else:
            high = mid - 1
    if best is not None:
        size, lines = best
        if size < max_size and (more := fits(size + 1)) is not None:
            size, lines = size + 1, more
        if _lonely(lines, text):
            # A line of one word ("Rapat" above "Koordinasi Kehumasan") reads badly;
            # a slightly smaller size that sets every line with two words or more wins.
            for smaller in range(size - 1, max(min_size, round(size * LONELY_SHRINK)) - 1, -1):
                candidate = fits(smaller)
                if candidate is not None and not _lonely(candidate, text):
                    size, lines = smaller, candidate
                    break
        return _block(shaper, lines, size, line_spacing, False)
    lines = fits(min_size, break_words=True)
    if lines is not None:
        return _block(shaper, lines, min_size, line_spacing, False)
    return _truncate(shaper, text, width, height, min_size, max_lines, line_spacing)


def _truncate(shaper: TextShaper, text: str, width: float, height: float, size: int,
              max_lines: int, line_spacing: float) -> TextBlock:
    """What fits at ``size``, cut after a whole word and ended with an ellipsis."""
    ascent, descent = shaper.metrics(size)
    line_height = max(1, round(size * line_spacing))
    room = 1 + max(0, int((height - ascent - descent) // line_height))
    keep = max(1, min(max_lines, room))
    words = text.split()
    # The longest run of whole words (plus "…") that still sets in ``keep`` lines.
    low, high, best = 0, len(words), None
    while low <= high:
        mid = (low + high) // 2
        candidate = " ".join(words[:mid]).rstrip(" ,.;:-·–") + ELLIPSIS
        lines = wrap_text(shaper, candidate, size, width, break_words=True)
        if lines is not None and len(lines) <= keep:
            best, low = lines, mid + 1
        else:
            high = mid - 1
    if best is None:  # not even one word: as many characters as fit
        piece = words[0] if words else text
        while piece and shaper.measure(piece + ELLIPSIS, size) > width:
            piece = piece[:-1]
        best = [piece + ELLIPSIS]
    return _block(shaper, best, size, line_spacing, True)


def draw_block(canvas: Image.Image, shaper: TextShaper, block: TextBlock,
               rect: tuple[float, float, float, float], align: str, valign: str,
               fill: tuple[int, int, int, int], shadow: bool = False) -> tuple[int, int, int, int]:
    """Draw ``block`` inside ``rect``; returns the ink box (l, t, r, b) actually used."""
    left, top, right, bottom = rect
    if valign == "middle":
        y = top + (bottom - top - block.height) / 2
    elif valign == "bottom":
        y = bottom - block.height
    else:
        y = top
    xs = []
    for width in block.widths:
        if align == "center":
            xs.append(left + (right - left - width) / 2)
        elif align == "right":
            xs.append(right - width)
        else:
            xs.append(left)
    if shadow:
        _draw_shadow(canvas, shaper, block, xs, y, fill)
    for i, line in enumerate(block.lines):
        shaper.draw_line(canvas, xs[i], y + block.ascent + i * block.line_height, line,
                         block.size, fill)
    ink_left = min(xs) if xs else left
    ink_right = max(x + w for x, w in zip(xs, block.widths, strict=True)) if xs else left
    return (round(ink_left), round(y), round(ink_right), round(y + block.height))


def _draw_shadow(canvas: Image.Image, shaper: TextShaper, block: TextBlock, xs: list[float],
                 y: float, fill: tuple[int, int, int, int]) -> None:
    # A soft, low shadow lifts light text off a busy photo without a visible outline.
    layer = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    offset = max(1, round(block.size * 0.04))
    for i, line in enumerate(block.lines):
        shaper.draw_line(layer, xs[i] + offset, y + block.ascent + i * block.line_height + offset,
                         line, block.size, (0, 0, 0, 150 * fill[3] // 255))
    layer = layer.filter(ImageFilter.GaussianBlur(max(1, block.size * 0.08)))
    canvas.alpha_composite(layer)
