"""Shape layers: rectangles, rounded rectangles, ellipses and gradient scrims."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from studio.render.layers import RenderContext, register
from studio.render.text import composite_clipped
from studio.template.layout import ResolvedLayer
from studio.template.model import ShapeLayer


def _gradient(size: tuple[int, int], start: tuple[int, ...], end: tuple[int, ...],
              direction: str) -> Image.Image:
    width, height = size
    steps = height if direction in ("down", "up") else width
    t = np.linspace(0.0, 1.0, max(steps, 1), dtype=np.float32)
    if direction in ("up", "left"):
        t = t[::-1]
    # Smoothstep eases the ends so a scrim has no visible edge where it starts.
    t = t * t * (3 - 2 * t)
    colors = (np.outer(1 - t, start) + np.outer(t, end)).round().astype(np.uint8)
    if direction in ("down", "up"):
        array = np.broadcast_to(colors[:, None, :], (height, width, 4))
    else:
        array = np.broadcast_to(colors[None, :, :], (height, width, 4))
    return Image.fromarray(np.ascontiguousarray(array))


@register("shape")
def draw_shape(canvas: Image.Image, resolved: ResolvedLayer, ctx: RenderContext) -> None:
    layer = resolved.layer
    assert isinstance(layer, ShapeLayer)
    width, height = resolved.width, resolved.height
    r, g, b, a = ctx.brand.color(layer.fill)
    a = round(a * layer.opacity)
    if layer.shape == "gradient":
        if layer.fill_to:
            r2, g2, b2, a2 = ctx.brand.color(layer.fill_to)
            a2 = round(a2 * layer.opacity)
        else:
            r2, g2, b2, a2 = r, g, b, 0
        tile = _gradient((width, height), (r, g, b, a), (r2, g2, b2, a2), layer.direction)
    else:
        tile = Image.new("RGBA", (width, height), (0, 0, 0, 0))
        draw = ImageDraw.Draw(tile)
        box = (0, 0, width - 1, height - 1)
        if layer.shape == "rounded":
            draw.rounded_rectangle(box, radius=ctx.px(layer.radius), fill=(r, g, b, a))
        elif layer.shape == "ellipse":
            draw.ellipse(box, fill=(r, g, b, a))
        else:
            tile.paste((r, g, b, a), (0, 0, width, height))
    composite_clipped(canvas, tile, resolved.rect[0], resolved.rect[1])
