"""Text layers: an expression over the fields, fitted into its box in a brand font.

Shrinks from the largest size to the smallest, wraps, and never silently clips:
text that cannot fit is shortened with an ellipsis and reported as a warning
(or an error in strict mode). An optional chip hugs the text block.
"""

from __future__ import annotations

from PIL import Image, ImageDraw

from studio.errors import RenderError
from studio.render.expressions import evaluate_text
from studio.render.layers import RenderContext, RenderWarning, register, with_opacity
from studio.render.text import FontChoice, TextShaper, composite_clipped, draw_block, fit_text
from studio.template.layout import ResolvedLayer
from studio.template.model import TextLayer


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


@register("text")
def draw_text(canvas: Image.Image, resolved: ResolvedLayer, ctx: RenderContext) -> None:
    layer = resolved.layer
    assert isinstance(layer, TextLayer)
    text = layer_text(layer, ctx)
    if not text:
        return  # an empty optional field leaves no trace (and no empty chip)
    shaper = shaper_for(layer, ctx)
    left, top, right, bottom = resolved.rect
    pad_x = pad_y = 0
    if layer.background is not None:
        pad_x = ctx.px(layer.background.padding[0])
        pad_y = ctx.px(layer.background.padding[1])
    inner = (left + pad_x, top + pad_y, right - pad_x, bottom - pad_y)
    block = fit_text(
        shaper, text,
        width=max(1, inner[2] - inner[0]),
        height=max(1, inner[3] - inner[1]),
        min_size=max(4, ctx.px(layer.size[0])),
        max_size=max(4, ctx.px(layer.size[1])),
        max_lines=layer.max_lines,
        line_spacing=layer.line_spacing,
    )
    if block.overflow:
        message = (f"text of layer {layer.id!r} does not fit its box even at the smallest "
                   f"size; it was shortened to: {' '.join(block.lines)!r}")
        if ctx.strict:
            raise RenderError(message, hint="shorten the text", code="render.text_overflow",
                              layer=layer.id)
        ctx.warnings.append(RenderWarning(layer.id, "text_overflow", message))

    r, g, b, a = ctx.brand.color(layer.color)
    fill = (r, g, b, round(a * layer.opacity))
    # Draw into a tile around the box only (not the whole canvas): a margin of one
    # line height leaves room for overhanging glyphs, the chip and the shadow.
    margin = block.line_height + max(pad_x, pad_y)
    ox, oy = max(0, left - margin), max(0, top - margin)
    tile = Image.new("RGBA", (min(canvas.width, right + margin) - ox,
                              min(canvas.height, bottom + margin) - oy), (0, 0, 0, 0))
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


__all__ = ["draw_text", "layer_text", "shaper_for", "with_opacity"]
