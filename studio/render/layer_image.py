"""Image layers: logos, frames and decorations from the template or the brand kit."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import Image

from studio.errors import TemplateError
from studio.render.layers import RenderContext, register, with_opacity
from studio.render.text import composite_clipped
from studio.template.layout import ResolvedLayer
from studio.template.model import ImageLayer


@lru_cache(maxsize=64)
def _load_asset(path: Path, mtime: float) -> Image.Image:
    try:
        with Image.open(path) as im:
            im.load()
            return im.convert("RGBA")
    except (OSError, ValueError) as exc:
        raise TemplateError(f"cannot read image asset: {exc}", path=path,
                            hint="replace it with a PNG or JPEG",
                            code="template.bad_asset") from None


def load_asset(path: Path) -> Image.Image:
    return _load_asset(path, path.stat().st_mtime)


@lru_cache(maxsize=128)
def _resized_asset(path: Path, mtime: float, size: tuple[int, int]) -> Image.Image:
    # Patterns and logos are resized once per output size, not once per render.
    return _load_asset(path, mtime).resize(size, Image.Resampling.LANCZOS)


def asset_path(layer: ImageLayer, ctx: RenderContext) -> Path:
    if layer.source.startswith("brand:"):
        return ctx.brand.logo_path(layer.source)
    return ctx.template.asset_path(layer.source)


@register("image")
def draw_image(canvas: Image.Image, resolved: ResolvedLayer, ctx: RenderContext) -> None:
    layer = resolved.layer
    assert isinstance(layer, ImageLayer)
    path = asset_path(layer, ctx)
    image = load_asset(path)
    box_w, box_h = resolved.width, resolved.height
    scale = (max if layer.fit == "cover" else min)(box_w / image.width, box_h / image.height)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    tile = _resized_asset(path, path.stat().st_mtime, size)
    if layer.fit == "cover":
        left = (tile.width - box_w) // 2
        top = (tile.height - box_h) // 2
        tile = tile.crop((left, top, left + box_w, top + box_h))
        x, y = resolved.rect[0], resolved.rect[1]
    else:
        x = resolved.rect[0] + {"left": 0, "center": (box_w - tile.width) // 2,
                                "right": box_w - tile.width}[layer.align]
        y = resolved.rect[1] + {"top": 0, "middle": (box_h - tile.height) // 2,
                                "bottom": box_h - tile.height}[layer.valign]
    composite_clipped(canvas, with_opacity(tile, layer.opacity), x, y)
