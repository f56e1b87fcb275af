"""Layout: resolving every layer's box to pixels for one output size.

Boxes are fractions of the canvas or of the platform's safe area (the canvas
minus the margins the platform's own buttons cover). The aspect class of the
output picks the template variant, so a 9:16 story can move the title up
while a 16:9 post puts it beside the photo; a platform may add a named variant
on top (a YouTube thumbnail is landscape with a design of its own). The
template editor's canvas uses the same conversion both ways, unrounded
(:func:`box_to_rect`, :func:`rect_to_box`).

Text is *fitted* in a geometry shared by every platform of the same class
(aspect and named variant): the smallest box, in reference pixels, that the
layer gets on any of them. So a title breaks into the same lines at the same
size on a Story, a Reel and a TikTok, and fits or fails the same way on all
of them, even though their safe areas differ. A text box may grow into free
space (``grow``), and layers may follow it (``follow``): :func:`apply_flow`
moves them once the text is measured.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from studio.platforms import Aspect, Platform, SafeArea, aspect_of, load_platforms
from studio.template.model import REFERENCE_SHORT_SIDE, Box, LayerBase, Template, TextLayer

Rect = tuple[int, int, int, int]  # left, top, right, bottom in pixels
FloatRect = tuple[float, float, float, float]  # the same, unrounded (the editor's canvas)
# Fractions are rounded so template.toml stays readable (1e-4 of 1920 px = 0.2 px).
BOX_DIGITS = 4


@dataclass(frozen=True)
class FitBox:
    """Where a text layer is fitted, in reference pixels (1080 short side).

    The smallest width and height (and growth room up and down) the layer has on
    any platform of the output's class, so every one of them sets it alike.
    """

    width: float
    height: float
    up: float = 0.0
    down: float = 0.0


@dataclass(frozen=True)
class ResolvedLayer:
    layer: LayerBase
    rect: Rect
    fit: FitBox | None = None  # text layers only

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
    variant: str | None = None

    @property
    def size(self) -> tuple[int, int]:
        return (self.width, self.height)

    def layer(self, layer_id: str) -> ResolvedLayer | None:
        return next((r for r in self.layers if r.layer.id == layer_id), None)


def _safe_rect(width: int, height: int, safe: SafeArea) -> Rect:
    # Templates also keep a small design margin inside the safe area.
    return (safe.left, safe.top, width - safe.right, height - safe.bottom)


def _area(layer: LayerBase, width: int, height: int, safe_rect: Rect) -> Rect:
    if layer.area == "safe":
        return safe_rect
    return (0, 0, width, height)


def _rect(layer: LayerBase, area: Rect) -> Rect:
    ax, ay, ar, ab = area
    aw, ah = ar - ax, ab - ay
    box = layer.box
    left = round(ax + box.x * aw)
    top = round(ay + box.y * ah)
    right = round(ax + (box.x + box.w) * aw)
    bottom = round(ay + (box.y + box.h) * ah)
    return (left, top, max(right, left + 1), max(bottom, top + 1))


def _fit_geometry(layer: TextLayer, width: int, height: int, safe: SafeArea
                  ) -> tuple[float, float, float, float]:
    """The layer's box and growth room in reference pixels at one size."""
    safe_rect = _safe_rect(width, height, safe)
    area = _area(layer, width, height, safe_rect)
    left, top, right, bottom = _rect(layer, area)
    unit = REFERENCE_SHORT_SIDE / min(width, height)
    area_h = area[3] - area[1]
    up = down = 0.0
    if layer.grow is not None:
        up, down = layer.grow.up * area_h, layer.grow.down * area_h
    return ((right - left) * unit, (bottom - top) * unit, up * unit, down * unit)


def _classmates(aspect: Aspect, variant: str | None) -> list[Platform]:
    return [p for p in load_platforms().values()
            if aspect_of(p.width, p.height) == aspect and p.variant == variant]


def resolve_layout(template: Template, width: int, height: int,
                   safe: SafeArea | None = None, variant: str | None = None) -> Layout:
    """Pixel rectangles for every visible layer of ``template`` at ``width`` x ``height``."""
    aspect = aspect_of(width, height)
    safe = safe or SafeArea()
    safe_rect = _safe_rect(width, height, safe)
    layers = template.layers_for(aspect, variant)
    mates = _classmates(aspect, variant)
    resolved = []
    for layer in layers:
        if not layer.visible:
            continue
        rect = _rect(layer, _area(layer, width, height, safe_rect))
        fit = None
        if isinstance(layer, TextLayer):
            geometries = [_fit_geometry(layer, width, height, safe)]
            geometries += [_fit_geometry(layer, p.width, p.height, p.safe) for p in mates]
            fit = FitBox(*(min(g[i] for g in geometries) for i in range(4)))
        resolved.append(ResolvedLayer(layer, rect, fit))
    return Layout(
        width=width,
        height=height,
        aspect=aspect,
        scale=min(width, height) / REFERENCE_SHORT_SIDE,
        safe_rect=safe_rect,
        layers=tuple(resolved),
        variant=variant,
    )


def apply_flow(layout: Layout, growth: Mapping[str, tuple[int, int]]) -> Layout:
    """The layout after text boxes grew by ``growth[id] = (up, down)`` pixels.

    The grown text layers get their taller rectangles; every layer that follows
    one moves (or stretches) by as much as the edge it follows moved. A text
    layer may itself follow another (a title stacked on the details below it),
    so the moves add up along the chain, leaders first.
    """
    if not any(up or down for up, down in growth.values()):
        return layout
    by_id = {r.layer.id: r for r in layout.layers}
    # Per layer: how far its top and bottom edges moved (pixels, down is positive).
    moved: dict[str, tuple[int, int]] = {}

    def edges(layer_id: str, depth: int = 0) -> tuple[int, int]:
        if layer_id in moved:
            return moved[layer_id]
        resolved = by_id.get(layer_id)
        top = bottom = 0
        if resolved is not None and depth < len(by_id):
            follow = resolved.layer.follow
            if follow is not None and follow.layer in by_id:
                lead_top, lead_bottom = edges(follow.layer, depth + 1)
                delta = lead_top if follow.edge == "top" else lead_bottom
                if follow.mode == "move":
                    top = bottom = delta
                elif follow.edge == "top":
                    top = delta
                else:
                    bottom = delta
        up, down = growth.get(layer_id, (0, 0))
        moved[layer_id] = (top - up, bottom + down)
        return moved[layer_id]

    layers = []
    for resolved in layout.layers:
        top_delta, bottom_delta = edges(resolved.layer.id)
        left, top, right, bottom = resolved.rect
        top, bottom = top + top_delta, bottom + bottom_delta
        layers.append(replace(resolved, rect=(left, top, right, max(bottom, top + 1))))
    return replace(layout, layers=tuple(layers))


def layout_for_platform(template: Template, platform: Platform) -> Layout:
    return resolve_layout(template, platform.width, platform.height, platform.safe,
                          platform.variant)


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
