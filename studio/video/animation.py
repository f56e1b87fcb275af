"""How an animated layer looks at time t, stated once for ffmpeg and for the preview.

A timed layer (``animate`` in the template) is shown between ``start`` and
``end`` seconds of the main clip (after the intro). ``fade`` ramps its
opacity linearly; ``slide_up`` / ``slide_left`` also move it in with an
ease-out and back out with an ease-in while it fades. The export expresses
this as ffmpeg ``fade`` filters and overlay position expressions; the preview
evaluates :func:`state_at` in Python. Both come from the same
:class:`LayerTiming`, so the scrubber shows what the export will contain.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from studio.template.model import Animation

# How far a sliding layer travels, as a fraction of the canvas: far enough to
# read as motion, short enough that it never looks like it flies across.
SLIDE_UP_FRACTION = 0.05
SLIDE_LEFT_FRACTION = 0.08


@dataclass(frozen=True)
class LayerTiming:
    """An animation resolved against one clip length and canvas size."""

    start: float
    end: float
    ramp: float  # fade/slide duration, at most half the visible time
    effect: str
    dx: int  # offset (pixels) when fully out; 0 for no horizontal motion
    dy: int
    # False: the layer is already there at ``start`` / still there at ``end``:
    # the first and last frames of a video are branded, not caught mid-fade.
    ramp_in: bool = True
    ramp_out: bool = True

    @property
    def fades(self) -> bool:
        return self.effect != "none" and self.ramp > 0


# A layer that comes in this early is part of the opening frame when nothing
# comes before the clip (no intro): it is shown whole from frame 0 instead.
OPENING = 1.0


def resolve_timing(animation: Animation, main_duration: float,
                   canvas: tuple[int, int], *, first: bool = False,
                   last: bool = False) -> LayerTiming | None:
    """The timing inside a main clip of ``main_duration`` seconds; None if never shown.

    ``first``: the clip opens the video (no intro), so a layer that comes in
    within :data:`OPENING` is there from frame 0. ``last``: the clip ends the
    video (no outro), so a layer shown to the end stays to the last frame.
    """
    start = max(0.0, animation.start)
    end = main_duration if animation.end is None else min(animation.end, main_duration)
    ramp_in = not (first and start <= OPENING)
    ramp_out = not (last and end >= main_duration - 1e-3)
    if not ramp_in:
        start = 0.0
    if end - start <= 1e-3:
        return None
    ramp = min(animation.duration, (end - start) / 2) if animation.effect != "none" else 0.0
    dx = round(canvas[0] * SLIDE_LEFT_FRACTION) if animation.effect == "slide_left" else 0
    dy = round(canvas[1] * SLIDE_UP_FRACTION) if animation.effect == "slide_up" else 0
    return LayerTiming(start, end, ramp, animation.effect, dx, dy, ramp_in, ramp_out)


def _clip01(value: float) -> float:
    return min(1.0, max(0.0, value))


def state_at(timing: LayerTiming, t: float) -> tuple[float, int, int]:
    """(opacity 0..1, x offset, y offset) of the layer at main-clip time ``t``."""
    if t < timing.start or t > timing.end:
        return (0.0, 0, 0)
    if not timing.fades:
        return (1.0, 0, 0)
    p_in = _clip01((t - timing.start) / timing.ramp) if timing.ramp_in else 1.0
    p_out = _clip01((timing.end - t) / timing.ramp) if timing.ramp_out else 1.0
    alpha = min(p_in, p_out)
    motion = (1 - p_in) ** 3 + (1 - p_out) ** 3
    return (alpha, _even(timing.dx * motion), _even(timing.dy * motion))


def _even(value: float) -> int:
    # ffmpeg's overlay puts 4:2:0 layers on even pixels only; moving in steps of
    # two keeps the export exactly where the preview draws.
    return 2 * math.floor(value / 2 + 0.5)


def _num(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".") or "0"


def fade_filters(timing: LayerTiming) -> list[str]:
    """ffmpeg filters that ramp the alpha of a looped layer image (times in main-clip seconds)."""
    if not timing.fades:
        return []
    ramp = _num(timing.ramp)
    filters = []
    if timing.ramp_in:
        filters.append(f"fade=t=in:st={_num(timing.start)}:d={ramp}:alpha=1")
    if timing.ramp_out:
        filters.append(f"fade=t=out:st={_num(timing.end - timing.ramp)}:d={ramp}:alpha=1")
    return filters


def _motion_expr(timing: LayerTiming) -> str:
    ramp = _num(timing.ramp)
    terms = []
    if timing.ramp_in:
        terms.append(f"pow(1-clip((t-{_num(timing.start)})/{ramp},0,1),3)")
    if timing.ramp_out:
        terms.append(f"pow(1-clip(({_num(timing.end)}-t)/{ramp},0,1),3)")
    return "(" + "+".join(terms or ["0"]) + ")"


def position_exprs(timing: LayerTiming, x: int, y: int) -> tuple[str, str]:
    """Overlay x/y expressions for a layer whose resting position is (x, y) (even numbers)."""
    if not timing.fades or (timing.dx == 0 and timing.dy == 0):
        return (str(x), str(y))
    motion = _motion_expr(timing)
    x_expr = f"{x}+2*floor({timing.dx}*{motion}/2+0.5)" if timing.dx else str(x)
    y_expr = f"{y}+2*floor({timing.dy}*{motion}/2+0.5)" if timing.dy else str(y)
    return (x_expr, y_expr)


def enable_expr(timing: LayerTiming) -> str:
    return f"between(t,{_num(timing.start)},{_num(timing.end)})"
