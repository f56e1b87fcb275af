"""Layout: resolving every layer's box to pixels for one output size.

Boxes are fractions of the canvas or of the platform's safe area (the canvas
minus the margins the platform's own buttons cover). The aspect class of the
output picks the template variant, so a 9:16 story can move the title up
while a 16:9 post puts it beside the photo. The template editor's canvas uses
the same conversion both ways, unrounded (:func:`box_to_rect`,
:func:`rect_to_box`).
"""

from __future__ import annotations

from dataclasses import dataclass

from studio.platforms import Aspect, Platform, SafeArea, aspect_of
from studio.template.model import REFERENCE_SHORT_SIDE, Box, LayerBase, Template

Rect = tuple[int, int, int, int]  # left, top, right, bottom in pixels
FloatRect = tuple[float, float, float, float]  # the same, unrounded (the editor's canvas)
# Fractions are rounded so template.toml stays readable (1e-4 of 1920 px = 0.2 px).
BOX_DIGITS = 4


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


# -- the editor's canvas: boxes <-> pixels, unrounded ------------------------------------------
def area_rect(layer: LayerBase, width: float, height: float, safe_rect: FloatRect
              ) -> FloatRect:
    """The rectangle a layer's box is a fraction of (the canvas or its safe area)."""
    if layer.area == "safe":
        left, top, right, bottom = safe_rect
        return (float(left), float(top), float(right), float(bottom))
    return (0.0, 0.0, float(width), float(height))


def box_to_rect(box: Box, area: FloatRect) -> FloatRect:
    """A box (fractions of ``area``) as pixels, unrounded (the layout rounds)."""
    ax, ay, ar, ab = area
    aw, ah = ar - ax, ab - ay
    return (ax + box.x * aw, ay + box.y * ah, ax + (box.x + box.w) * aw,
            ay + (box.y + box.h) * ah)


def rect_to_box(rect: FloatRect, area: FloatRect, digits: int = BOX_DIGITS) -> Box:
    """Pixels back to a box of ``area`` fractions (rounded, clamped to the model's limits)."""
    ax, ay, ar, ab = area
    aw, ah = max(ar - ax, 1e-9), max(ab - ay, 1e-9)
    left, top, right, bottom = rect
    x = min(max(round((left - ax) / aw, digits), -1.0), 2.0)
    y = min(max(round((top - ay) / ah, digits), -1.0), 2.0)
    w = min(max(round((right - left) / aw, digits), 10.0 ** -digits), 3.0)
    h = min(max(round((bottom - top) / ah, digits), 10.0 ** -digits), 3.0)
    return Box(x=x, y=y, w=w, h=h)
