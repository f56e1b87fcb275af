"""Image layers: logos, frames and decorations from the template or the brand kit.

Assets are decoded by the app's one image loader (:func:`studio.media.load_image_asset`):
PNG, JPEG or WebP by content, size-checked from the header; anything else is a
:class:`~studio.errors.TemplateError` naming the file (or a BrandError for a
brand-kit logo).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import Image

from studio.errors import BrandError, MediaError, TemplateError
from studio.media import load_image_asset
from studio.render.layers import RenderContext, register, with_opacity
from studio.render.text import composite_clipped
from studio.template.layout import ResolvedLayer
from studio.template.model import ImageLayer


@lru_cache(maxsize=64)
def _load_asset(path: Path, mtime: float) -> Image.Image:
    return load_image_asset(path)


def load_asset(path: Path, *, brand: bool = False) -> Image.Image:
    """The asset at ``path`` as RGBA (cached by path and modification time)."""
    try:
        return _load_asset(path, _mtime(path))
    except MediaError as exc:
        kind = BrandError if brand else TemplateError
        raise kind(f"cannot use image asset: {exc.message}", path=path,
                   hint=exc.hint or "replace it with a PNG or JPEG",
                   code="brand.bad_asset" if brand else "template.bad_asset",
                   reason=exc.code) from None


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0  # the loader reports the missing file in words


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
    image = load_asset(path, brand=layer.source.startswith("brand:"))
    box_w, box_h = resolved.width, resolved.height
    scale = (max if layer.fit == "cover" else min)(box_w / image.width, box_h / image.height)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    tile = _resized_asset(path, _mtime(path), size)
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
