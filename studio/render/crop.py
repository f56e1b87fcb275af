"""Where to crop: focal points, face-aware automatic focus, cover crop boxes.

Coordinates are fractions (0..1) of the upright source image so one focus
works at every output size. Automatic focus looks for frontal faces with
OpenCV's Haar cascade on a small grey proxy of the photo (a few hundred pixels
across: fast, and plenty for faces that matter to a crop); an explicit focal
point given by the officer always wins over detection, because the caller
simply does not ask for detection then.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PIL import Image

if TYPE_CHECKING:
    import cv2

log = logging.getLogger(__name__)

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Focus:
    """Where the interesting part of a photo is: a point and optional must-keep boxes."""

    x: float = 0.5
    y: float = 0.5
    # Boxes (left, top, right, bottom) as fractions that the crop should keep whole.
    keep: tuple[Box, ...] = ()


CENTER = Focus()

# The detection proxy's longest side. Faces smaller than MIN_FACE of its shorter
# side (and than the cascade's 24 px window) are background people, not what
# the crop must keep.
PROXY_SIDE = 512
MIN_FACE = 0.05
# Found by the first, confirmed by the second.
FACE_CASCADES = ("haarcascade_frontalface_default.xml", "haarcascade_frontalface_alt2.xml")
# A Haar face box runs from the brows to the chin; grow it to the whole head and
# the top of the shoulders (fractions of the box's width and height).
_PAD_SIDE, _PAD_TOP, _PAD_BOTTOM = 0.35, 0.5, 0.6

_local = threading.local()


def detect_focus(image: Image.Image) -> Focus:
    """Automatic focus for ``image``: its faces when found, else the centre.

    ``x, y`` is the centre of the faces weighted by their area (the biggest face
    pulls hardest); ``keep`` holds each face padded to head and shoulders. Never
    raises: an image it cannot analyse gets :data:`CENTER`.
    """
    try:
        grey = _proxy(image)
        if grey is None:
            return CENTER
        faces = _detect_faces(grey)
    except Exception:  # odd modes, a broken OpenCV install …: the crop just stays centred
        log.warning("face detection failed; using the centre", exc_info=True)
        return CENTER
    if not faces:
        return CENTER
    height, width = grey.shape
    total = sum(w * h for _, _, w, h in faces)
    cx = sum((x + w / 2) * w * h for x, _, w, h in faces) / total / width
    cy = sum((y + h / 2) * w * h for _, y, w, h in faces) / total / height
    keep = tuple(
        (
            max(0.0, (x - _PAD_SIDE * w) / width),
            max(0.0, (y - _PAD_TOP * h) / height),
            min(1.0, (x + w + _PAD_SIDE * w) / width),
            min(1.0, (y + h + _PAD_BOTTOM * h) / height),
        )
        for x, y, w, h in faces
    )
    return Focus(x=cx, y=cy, keep=keep)


def _proxy(image: Image.Image) -> np.ndarray | None:
    """A grey copy with its longest side at most PROXY_SIDE (None when too small)."""
    min_side = round(min(image.size) * min(1.0, PROXY_SIDE / max(image.size)))
    if min_side < 24:  # smaller than the cascade's window: nothing to find
        return None
    small = image
    if small.mode not in ("L", "LA", "RGB", "RGBA"):
        small = small.convert("RGB")
    factor = max(small.size) // PROXY_SIDE
    if factor >= 2:
        # A box reduction first: cheap on a 24 MP photo, and the resize after it is tiny.
        small = small.reduce(factor)
    scale = PROXY_SIDE / max(small.size)
    if scale < 1:
        size = (max(1, round(small.width * scale)), max(1, round(small.height * scale)))
        small = small.resize(size, Image.Resampling.BILINEAR)
    # Alpha is ignored: faces are in the colour. No histogram equalisation: the
    # cascade normalises each window's contrast itself, and a global stretch
    # driven by a large plain background (sky, wall) made faces fade.
    return np.asarray(small.convert("L"))


def _detect_faces(grey: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Face boxes (x, y, w, h) in proxy pixels, each confirmed by a second cascade."""
    cascades = _cascades()
    if cascades is None:
        return []
    finder, checker = cascades
    side = max(24, round(MIN_FACE * min(grey.shape)))
    # 1.15 between scales rather than OpenCV's usual 1.1: a third less work for
    # the same faces at this size (minNeighbors lowered to match).
    found = finder.detectMultiScale(grey, scaleFactor=1.15, minNeighbors=4,
                                    minSize=(side, side))
    faces = []
    for box in found:
        x, y, w, h = (int(v) for v in box)
        # The default cascade fires on coins, knots and patterned cloth; a
        # face that the differently trained alt2 cascade also sees around the
        # same spot and size is kept. A few milliseconds per candidate.
        pad = w // 3
        roi = grey[max(0, y - pad):y + h + pad, max(0, x - pad):x + w + pad]
        confirmed = checker.detectMultiScale(
            roi, scaleFactor=1.05, minNeighbors=2,
            minSize=(int(w * 0.7), int(h * 0.7)), maxSize=(int(w * 1.4) + 1, int(h * 1.4) + 1))
        if len(confirmed):
            faces.append((x, y, w, h))
    return faces


def _cascades() -> tuple[cv2.CascadeClassifier, cv2.CascadeClassifier] | None:
    """The two face cascades, loaded once per thread (a classifier is not thread-safe)."""
    if not hasattr(_local, "cascades"):
        import cv2

        loaded = []
        for name in FACE_CASCADES:
            # opencv's type stubs lack cv2.data, which the wheel has.
            path = Path(cv2.data.haarcascades) / name  # type: ignore[attr-defined]
            cascade = cv2.CascadeClassifier(str(path))
            if cascade.empty():
                # opencv-python-headless 5.x dropped the Haar files.
                log.warning("face cascade %s not found; automatic focus uses the centre", path)
                break
            loaded.append(cascade)
        _local.cascades = (loaded[0], loaded[1]) if len(loaded) == 2 else None
    cascades: tuple[cv2.CascadeClassifier, cv2.CascadeClassifier] | None = _local.cascades
    return cascades


def cover_box(
    src_w: int, src_h: int, dst_w: int, dst_h: int, focus: Focus = CENTER
) -> tuple[float, float, float, float]:
    """The source rectangle (l, t, r, b in pixels) that covers ``dst`` at its aspect.

    The rectangle is as large as possible, centred on the focus point, then
    shifted as little as needed to hold the ``keep`` boxes: all of them when
    they fit together, otherwise the largest and whichever others still fit
    with it. It always stays inside the image.
    """
    if min(src_w, src_h, dst_w, dst_h) <= 0:
        raise ValueError(f"sizes must be positive: {src_w}x{src_h} -> {dst_w}x{dst_h}")
    dst_ratio = dst_w / dst_h
    if src_w / src_h > dst_ratio:
        crop_h = float(src_h)
        crop_w = min(float(src_w), crop_h * dst_ratio)
    else:
        crop_w = float(src_w)
        crop_h = min(float(src_h), crop_w / dst_ratio)
    boxes = [_to_pixels(box, src_w, src_h) for box in focus.keep]
    span = _union(_fitting(boxes, crop_w, crop_h)) if boxes else None
    x = _clamp(focus.x) * src_w
    y = _clamp(focus.y) * src_h
    left = _place(x - crop_w / 2, crop_w, src_w, (span[0], span[2]) if span else None)
    top = _place(y - crop_h / 2, crop_h, src_h, (span[1], span[3]) if span else None)
    return (left, top, left + crop_w, top + crop_h)


def _clamp(value: float) -> float:
    return min(max(float(value), 0.0), 1.0)


def _to_pixels(box: Box, width: int, height: int) -> Box:
    left, top, right, bottom = (_clamp(v) for v in box)
    left, right = sorted((left, right))
    top, bottom = sorted((top, bottom))
    return (left * width, top * height, right * width, bottom * height)


def _union(boxes: list[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


def _fitting(boxes: list[Box], crop_w: float, crop_h: float) -> list[Box]:
    """All boxes if they fit in one crop, else the largest plus those that still fit with it."""

    def fits(group: list[Box]) -> bool:
        u = _union(group)
        return u[2] - u[0] <= crop_w + 1e-6 and u[3] - u[1] <= crop_h + 1e-6

    if fits(boxes):
        return boxes
    by_area = sorted(boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]), reverse=True)
    chosen = [by_area[0]]
    for box in by_area[1:]:
        if fits([*chosen, box]):
            chosen.append(box)
    return chosen


def _place(start: float, length: float, limit: float,
           span: tuple[float, float] | None) -> float:
    """Start of a crop ``length`` long on an axis ``limit`` long, moved to hold ``span``."""
    if span is not None:
        low, high = span
        if high - low <= length:
            # The smallest move that brings the span inside the crop.
            start = min(max(start, high - length), low)
        else:
            start = (low + high) / 2 - length / 2
    return min(max(start, 0.0), limit - length)
