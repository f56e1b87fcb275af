"""Snapping a layer's rectangle while it is moved or resized (plain geometry).

Targets are the canvas edges, its centre lines and the platform's safe-area
edges. A moving rectangle snaps by its left edge, centre or right edge
(top, middle, bottom) to the nearest target within the threshold; a resized
one snaps only the edges being dragged. The guides say what snapped, for the
canvas to draw.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Rect = tuple[float, float, float, float]  # left, top, right, bottom


@dataclass(frozen=True)
class Guide:
    vertical: bool  # a vertical line at x = position, else horizontal at y = position
    position: float


def snap_targets(width: float, height: float, safe_rect: Rect) -> tuple[list[float],
                                                                       list[float]]:
    left, top, right, bottom = safe_rect
    xs = sorted({0.0, width / 2, float(width), float(left), float(right)})
    ys = sorted({0.0, height / 2, float(height), float(top), float(bottom)})
    return xs, ys


def _nearest(values: Iterable[float], targets: Sequence[float], threshold: float
             ) -> tuple[float, float] | None:
    """(offset to add, target) of the closest value/target pair within ``threshold``."""
    best: tuple[float, float] | None = None
    for value in values:
        for target in targets:
            offset = target - value
            if abs(offset) <= threshold and (best is None or abs(offset) < abs(best[0])):
                best = (offset, target)
    return best


def snap_move(rect: Rect, xs: Sequence[float], ys: Sequence[float], threshold: float
              ) -> tuple[Rect, list[Guide]]:
    left, top, right, bottom = rect
    guides: list[Guide] = []
    hit = _nearest((left, (left + right) / 2, right), xs, threshold)
    if hit:
        left, right = left + hit[0], right + hit[0]
        guides.append(Guide(True, hit[1]))
    hit = _nearest((top, (top + bottom) / 2, bottom), ys, threshold)
    if hit:
        top, bottom = top + hit[0], bottom + hit[0]
        guides.append(Guide(False, hit[1]))
    return (left, top, right, bottom), guides


def snap_resize(rect: Rect, edges: str, xs: Sequence[float], ys: Sequence[float],
                threshold: float, minimum: float = 1.0) -> tuple[Rect, list[Guide]]:
    """Snap the dragged ``edges`` (any of "l", "t", "r", "b")."""
    left, top, right, bottom = rect
    guides: list[Guide] = []
    for edge in edges:
        value = {"l": left, "r": right, "t": top, "b": bottom}[edge]
        hit = _nearest((value,), xs if edge in "lr" else ys, threshold)
        if not hit:
            continue
        snapped = hit[1]
        # Never snap an edge across the opposite one.
        if (edge == "l" and snapped > right - minimum) or \
                (edge == "r" and snapped < left + minimum) or \
                (edge == "t" and snapped > bottom - minimum) or \
                (edge == "b" and snapped < top + minimum):
            continue
        if edge == "l":
            left = snapped
        elif edge == "r":
            right = snapped
        elif edge == "t":
            top = snapped
        else:
            bottom = snapped
        guides.append(Guide(edge in "lr", snapped))
    return (left, top, right, bottom), guides


def resize_rect(rect: Rect, edges: str, dx: float, dy: float, minimum: float = 1.0) -> Rect:
    """``rect`` with the ``edges`` moved by (dx, dy), never thinner than ``minimum``."""
    left, top, right, bottom = rect
    if "l" in edges:
        left = min(left + dx, right - minimum)
    if "r" in edges:
        right = max(right + dx, left + minimum)
    if "t" in edges:
        top = min(top + dy, bottom - minimum)
    if "b" in edges:
        bottom = max(bottom + dy, top + minimum)
    return (left, top, right, bottom)
