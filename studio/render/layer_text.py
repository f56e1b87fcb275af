"""Text layers: an expression over the fields, fitted into its box in a brand font.

How a text is set (:func:`fit_layer`):

1. It is fitted in *reference pixels* in the geometry every platform of the
   output's class shares (:class:`studio.template.layout.FitBox`), so a Story,
   a Reel and a TikTok break it into the same lines at the same size, and it
   fits or fails the same way on all of them.
2. Short text may be set larger than the layer's largest size, up to
   ``scale_up`` times, to fill its box ("HUT Cimahi" is not left small in a
   half-empty band).
3. Text that does not fit at the largest size first lets its box grow into the
   free space the template allows (``grow``); only then does it shrink, down to
   the smallest size.
4. Lines are broken balanced, never inside a word, never next to a separator
   (see :mod:`studio.render.linebreak`).
5. Text that cannot fit even at the smallest size is shortened after a whole
   word with an ellipsis and reported (a warning, or an error in strict mode);
   it is never clipped silently.

The block found in reference pixels is then drawn at this canvas's scale. An
optional chip hugs the text block.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageDraw

from studio.errors import RenderError
from studio.render.expressions import evaluate_text
from studio.render.layers import RenderContext, RenderWarning, register, with_opacity
from studio.render.text import (
    FontChoice,
    TextBlock,
    TextShaper,
    composite_clipped,
    draw_block,
    fit_text,
)
from studio.template.layout import FitBox, ResolvedLayer
from studio.template.model import REFERENCE_SHORT_SIDE, TextLayer


@dataclass(frozen=True)
class FittedText:
    """A text layer's text as set on this canvas."""

    text: str
    block: TextBlock  # in this canvas's pixels
    reference_size: int  # the size chosen, in reference pixels (the same on every classmate)
    growth: tuple[int, int]  # pixels the box grew up and down
    overflow: bool


def layer_text(layer: TextLayer, ctx: RenderContext) -> str:
    text = evaluate_text(layer.text, ctx.fields, layer_id=layer.id).strip()
    if layer.transform == "upper":
        text = text.upper()
    elif layer.transform == "lower":
        text = text.lower()
    return text


def shaper_for(layer: TextLayer, ctx: RenderContext) -> TextShaper:
    emoji = ctx.brand.fonts.get("emoji")
    return TextShaper(FontChoice(
        primary=ctx.brand.font_path(layer.font),
        emoji=ctx.brand.font_path("brand:emoji") if emoji else None,
    ))


def _padding(layer: TextLayer) -> tuple[float, float]:
    if layer.background is None:
        return (0.0, 0.0)
    return (float(layer.background.padding[0]), float(layer.background.padding[1]))


def fit_layer(resolved: ResolvedLayer, ctx: RenderContext,
              shaper: TextShaper | None = None) -> FittedText:
    """Set the layer's text (cached per composition, see the module's steps)."""
    layer = resolved.layer
    assert isinstance(layer, TextLayer)
    cached = ctx.fitted.get(layer.id)
    if isinstance(cached, FittedText):
        return cached
    text = layer_text(layer, ctx)
    shaper = shaper or shaper_for(layer, ctx)
    scale = ctx.layout.scale
    fit = resolved.fit or FitBox(resolved.width / scale, resolved.height / scale)
    pad_x, pad_y = _padding(layer)
    width = max(1.0, fit.width - 2 * pad_x)
    height = max(1.0, fit.height - 2 * pad_y)
    low, high = (max(4, round(v)) for v in layer.size)
    top = max(high, round(layer.size[1] * layer.scale_up))

    def setting(box_height: float, largest: int) -> TextBlock:
        return fit_text(shaper, text, width, box_height, low, largest, layer.max_lines,
                        layer.line_spacing, layer.wrap)

    block = setting(height, top)
    room = fit.up + fit.down
    if room > 0 and (block.overflow or block.size < high):
        grown = setting(height + room, high)
        if not grown.overflow and (block.overflow or grown.size > block.size):
            block = grown
    fitted = _on_canvas(layer, resolved, ctx, shaper, text, block)
    ctx.fitted[layer.id] = fitted
    return fitted


def _on_canvas(layer: TextLayer, resolved: ResolvedLayer, ctx: RenderContext,
               shaper: TextShaper, text: str, block: TextBlock) -> FittedText:
    """The reference block at this canvas's scale, and how far its box must grow."""
    scale = ctx.layout.scale
    pad_x, pad_y = ctx.px(_padding(layer)[0]), ctx.px(_padding(layer)[1])
    inner_w = max(1, resolved.width - 2 * pad_x)
    inner_h = max(1, resolved.height - 2 * pad_y)
    lines = list(block.lines)
    size = max(1, round(block.size * scale))
    if scale != 1.0 and lines:
        # Glyph widths do not scale exactly with the size (hinting, rounding):
        # step down a pixel if a line would run past this canvas's box.
        while size > 1 and max(shaper.measure(line, size) for line in lines) > inner_w:
            size -= 1
    ascent, descent = shaper.metrics(size)
    px_block = TextBlock(
        lines=tuple(lines), size=size, line_height=max(1, round(size * layer.line_spacing)),
        ascent=ascent, descent=descent,
        widths=tuple(shaper.measure(line, size) for line in lines), overflow=block.overflow)
    need = max(0, px_block.height - inner_h)
    up = down = 0
    if need and layer.grow is not None:
        area_top, area_bottom = _area_span(layer, ctx)
        up_room = round(layer.grow.up * (area_bottom - area_top))
        up = min(need, up_room)
        down = min(need - up, round(layer.grow.down * (area_bottom - area_top)))
    return FittedText(text, px_block, block.size, (up, down), block.overflow)


def _area_span(layer: TextLayer, ctx: RenderContext) -> tuple[int, int]:
    if layer.area == "safe":
        return ctx.layout.safe_rect[1], ctx.layout.safe_rect[3]
    return 0, ctx.layout.height


@register("text")
def draw_text(canvas: Image.Image, resolved: ResolvedLayer, ctx: RenderContext) -> None:
    layer = resolved.layer
    assert isinstance(layer, TextLayer)
    shaper = shaper_for(layer, ctx)
    fitted = fit_layer(resolved, ctx, shaper)
    if not fitted.text:
        return  # an empty optional field leaves no trace (and no empty chip)
    block = fitted.block
    if fitted.overflow:
        message = (f"text of layer {layer.id!r} does not fit its box even at the smallest "
                   f"size; it was shortened to: {' '.join(block.lines)!r}")
        if ctx.strict:
            raise RenderError(message, hint="shorten the text", code="render.text_overflow",
                              layer=layer.id)
        if not any(w.layer_id == layer.id and w.code == "text_overflow" for w in ctx.warnings):
            ctx.warnings.append(RenderWarning(layer.id, "text_overflow", message))

    left, top, right, bottom = resolved.rect
    pad_x = pad_y = 0
    if layer.background is not None:
        pad_x = ctx.px(layer.background.padding[0])
        pad_y = ctx.px(layer.background.padding[1])
    inner = (left + pad_x, top + pad_y, right - pad_x, bottom - pad_y)
    r, g, b, a = ctx.brand.color(layer.color)
    fill = (r, g, b, round(a * layer.opacity))
    # Draw into a tile around the box only (not the whole canvas): a margin of one
    # line height leaves room for overhanging glyphs, the chip and the shadow.
    margin = block.line_height + max(pad_x, pad_y)
    ox, oy = max(0, left - margin), max(0, top - margin)
    tile = Image.new("RGBA", (max(1, min(canvas.width, right + margin) - ox),
                              max(1, min(canvas.height, bottom + margin) - oy)), (0, 0, 0, 0))
    local = (inner[0] - ox, inner[1] - oy, inner[2] - ox, inner[3] - oy)
    if layer.background is not None:
        # Measure first (draw into a scratch tile), then put the chip under the ink.
        scratch = Image.new("RGBA", (1, 1))
        ink = _ink_box(scratch, shaper, block, local, layer)
        chip = (ink[0] - pad_x, ink[1] - pad_y, ink[2] + pad_x, ink[3] + pad_y)
        cr, cg, cb, ca = ctx.brand.color(layer.background.color)
        ca = round(ca * layer.background.opacity * layer.opacity)
        ImageDraw.Draw(tile).rounded_rectangle(
            chip, radius=ctx.px(layer.background.radius), fill=(cr, cg, cb, ca))
    draw_block(tile, shaper, block, local, layer.align, layer.valign, fill, shadow=layer.shadow)
    composite_clipped(canvas, tile, ox, oy)


def _ink_box(scratch: Image.Image, shaper: TextShaper, block, inner, layer: TextLayer
             ) -> tuple[int, int, int, int]:
    # draw_block returns the box it used; drawing on a 1x1 scratch costs nothing.
    return draw_block(scratch, shaper, block, inner, layer.align, layer.valign,
                      (0, 0, 0, 0))


__all__ = ["REFERENCE_SHORT_SIDE", "FittedText", "draw_text", "fit_layer", "layer_text",
           "shaper_for", "with_opacity"]
