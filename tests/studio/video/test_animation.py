"""The animation maths: one statement for ffmpeg's expressions and for the preview."""

from __future__ import annotations

import math
import re

import pytest

from studio.template.model import Animation
from studio.video.animation import (
    fade_filters,
    position_exprs,
    resolve_timing,
    state_at,
)


def evaluate(expr: str, t: float) -> float:
    """Evaluate an ffmpeg overlay expression (the subset we generate) in Python."""
    py = expr.replace("pow(", "_pow(").replace("clip(", "_clip(")
    return eval(py, {"_pow": math.pow, "_clip": lambda v, a, b: min(max(v, a), b),
                     "floor": math.floor, "t": t})


def fade_alpha(filters: list[str], t: float) -> float:
    """What ffmpeg's fade filters do to a pixel's alpha at time t."""
    alpha = 1.0
    for f in filters:
        kind, st, d = re.match(r"fade=t=(in|out):st=([\d.]+):d=([\d.]+)", f).groups()
        st, d = float(st), float(d)
        level = min(1.0, max(0.0, (t - st) / d))
        alpha *= level if kind == "in" else 1 - level
    return alpha


@pytest.mark.parametrize("effect", ["fade", "slide_up", "slide_left", "none"])
def test_ffmpeg_expressions_match_the_preview(effect):
    timing = resolve_timing(Animation(start=0.5, end=3.0, effect=effect, duration=0.6),
                            10.0, (1080, 1920))
    x_expr, y_expr = position_exprs(timing, 100, 200)
    filters = fade_filters(timing)
    for step in range(0, 41):
        t = 0.5 + step * 2.5 / 40
        alpha, dx, dy = state_at(timing, t)
        assert evaluate(x_expr, t) == pytest.approx(100 + dx, abs=1e-9)
        assert evaluate(y_expr, t) == pytest.approx(200 + dy, abs=1e-9)
        assert fade_alpha(filters, t) == pytest.approx(alpha, abs=1e-3)


def test_timing_is_clipped_to_the_clip():
    assert resolve_timing(Animation(start=5, effect="fade"), 4.0, (100, 100)) is None
    timing = resolve_timing(Animation(start=1, end=None, effect="fade", duration=2), 2.0,
                            (100, 100))
    assert (timing.start, timing.end, timing.ramp) == (1, 2.0, 0.5)
    assert state_at(timing, 0.5)[0] == 0
    assert state_at(timing, 1.5)[0] == pytest.approx(1.0)
    slide = resolve_timing(Animation(start=0, effect="slide_up", duration=0.5), 3.0,
                           (1080, 1920))
    assert state_at(slide, 0.0)[2] == slide.dy > 0  # starts below its place
    assert state_at(slide, 1.0) == (1.0, 0, 0)
