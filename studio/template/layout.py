"""Layout: resolving every layer's box to pixels for one output size.

Boxes are fractions of the canvas or of the platform's safe area (the canvas
minus the margins the platform's own buttons cover). The aspect class of the
output picks the template variant, so a 9:16 story can move the title up
while a 16:9 post puts it beside the photo.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.platforms import Aspect, Platform, SafeArea, aspect_of
from studio.template.model import REFERENCE_SHORT_SIDE, LayerBase, Template

Rect = tuple[int, int, int, int]  # left, top, right, bottom in pixels


@dataclass(frozen=True)
class ResolvedLayer:
    layer: LayerBase
    rect: Rect

    @property
    def width(self) -> int:
        return self.rect[2] - self.rect[0]

    @property
    def height(self) -> int:
        return self.rect[3] - self.rect[1]


@dataclass(frozen=True)
class Layout:
    width: int
    height: int
    aspect: Aspect
    # Multiplies reference pixels (font sizes, radii, padding) for this canvas.
    scale: float
    safe_rect: Rect
    layers: tuple[ResolvedLayer, ...]

    @property
    def size(self) -> tuple[int, int]:
        return (self.width, self.height)


def _safe_rect(width: int, height: int, safe: SafeArea) -> Rect:
    # Templates also keep a small design margin inside the safe area.
    return (safe.left, safe.top, width - safe.right, height - safe.bottom)


def resolve_layout(template: Template, width: int, height: int,
                   safe: SafeArea | None = None) -> Layout:
    """Pixel rectangles for every visible layer of ``template`` at ``width`` x ``height``."""
    aspect = aspect_of(width, height)
    safe_rect = _safe_rect(width, height, safe or SafeArea())
    resolved = []
    for layer in template.layers_for(aspect):
        if not layer.visible:
            continue
        if layer.area == "safe":
            ax, ay, ar, ab = safe_rect
        else:
            ax, ay, ar, ab = 0, 0, width, height
        aw, ah = ar - ax, ab - ay
        box = layer.box
        left = round(ax + box.x * aw)
        top = round(ay + box.y * ah)
        right = round(ax + (box.x + box.w) * aw)
        bottom = round(ay + (box.y + box.h) * ah)
        resolved.append(ResolvedLayer(layer, (left, top, max(right, left + 1),
                                              max(bottom, top + 1))))
    return Layout(
        width=width,
        height=height,
        aspect=aspect,
        scale=min(width, height) / REFERENCE_SHORT_SIDE,
        safe_rect=safe_rect,
        layers=tuple(resolved),
    )


def layout_for_platform(template: Template, platform: Platform) -> Layout:
    return resolve_layout(template, platform.width, platform.height, platform.safe)
