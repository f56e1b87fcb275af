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


def warm_up() -> None:
    """Load the face detector now (OpenCV and its cascades), before the first photo asks."""
    _cascades()


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


# -- crops that see the overlays -------------------------------------------------------
# A media box is often partly covered by opaque layers drawn over it (a text
# panel, a logo tab, a card). Centring the subject in the media box can then put
# a face under the panel. The photo path therefore looks at what stays visible
# and places the focus and the faces there, zooming in a little when the photo
# is large enough to allow it.

# Overlay alpha from which a pixel counts as hidden (a 70 % shade still shows the photo).
HIDDEN_ALPHA = 0.8
# The grid the visibility is kept at (cells over the media box).
VISIBILITY_GRID = 48
# How far the crop may zoom in to move a face out from under the design, and the
# enlargement beyond which a photo starts to look soft (also the small-photo warning).
MAX_ZOOM = 1.6
MAX_UPSCALE = 1.5
# A face core less visible than this is reported (when it is in the picture at all).
FACE_VISIBLE_ENOUGH = 0.85


@dataclass(frozen=True)
class Visibility:
    """Which parts of a media box stay visible under the layers drawn over it.

    ``hidden`` is a boolean grid (rows x columns) over the media box: True where
    the layers above cover the photo (alpha >= :data:`HIDDEN_ALPHA`).
    """

    hidden: np.ndarray

    @classmethod
    def from_alpha(cls, alpha: Image.Image) -> Visibility | None:
        """From the overlay's alpha over the media box (mode "L"); None when nothing hides."""
        if alpha.width < 1 or alpha.height < 1:
            return None
        cols = max(1, min(VISIBILITY_GRID, alpha.width))
        rows = max(1, min(VISIBILITY_GRID, alpha.height))
        small = alpha.resize((cols, rows), Image.Resampling.BOX)
        hidden = np.asarray(small) >= round(HIDDEN_ALPHA * 255)
        return cls(hidden) if hidden.any() else None

    def _table(self) -> np.ndarray:
        table = np.zeros((self.hidden.shape[0] + 1, self.hidden.shape[1] + 1))
        table[1:, 1:] = self.hidden.cumsum(0).cumsum(1)
        return table

    def target(self) -> tuple[float, float]:
        """Where a subject looks best in the visible part: (x, y) as fractions of the box.

        Across, the middle of the visible columns; down, a little above the middle
        of the visible band (a face wants headroom above it and the body below).
        """
        visible = ~self.hidden
        if not visible.any():
            return (0.5, 0.5)
        rows = np.flatnonzero(visible.mean(axis=1) > 0.5)
        if rows.size == 0:
            return (0.5, 0.5)
        n_rows, n_cols = self.hidden.shape
        # The largest run of visible rows (a band above a panel, not a sliver below it).
        runs = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
        band = max(runs, key=len)
        top, bottom = band[0] / n_rows, (band[-1] + 1) / n_rows
        cols = np.flatnonzero(visible[band[0]:band[-1] + 1].mean(axis=0) > 0.5)
        x = (cols.mean() + 0.5) / n_cols if cols.size else 0.5
        return (x, top + 0.45 * (bottom - top))


@dataclass(frozen=True)
class CropPlan:
    """A cover crop (source pixels) and what it leaves hidden."""

    box: tuple[float, float, float, float]
    # Per keep box of the focus: the share of the face inside the frame, and the
    # share that is seen (inside and not under an opaque layer), 0..1.
    face_inside: tuple[float, ...] = ()
    face_visible: tuple[float, ...] = ()

    @property
    def hidden_faces(self) -> tuple[int, ...]:
        """Faces in the picture but not whole (under the design or cut by the edge).

        A face wholly outside the crop (a group photo cut to a portrait) is not
        in the picture and not counted.
        """
        return tuple(i for i, (inside, seen) in enumerate(
            zip(self.face_inside, self.face_visible, strict=True))
            if inside > 0.0 and seen < FACE_VISIBLE_ENOUGH)


def _face_core(box: Box) -> Box:
    """The face itself inside a keep box (which was grown to head and shoulders)."""
    left, top, right, bottom = box
    w = (right - left) / (1 + 2 * _PAD_SIDE)
    h = (bottom - top) / (1 + _PAD_TOP + _PAD_BOTTOM)
    return (left + _PAD_SIDE * w, top + _PAD_TOP * h, right - _PAD_SIDE * w,
            bottom - _PAD_BOTTOM * h)


def plan_cover(src_w: int, src_h: int, dst_w: int, dst_h: int, focus: Focus = CENTER,
               visibility: Visibility | None = None) -> CropPlan:
    """A cover crop that places the focus and the faces where the design leaves them seen.

    Without ``visibility`` (nothing covers the media box) this is :func:`cover_box`.
    Otherwise crops of a few zoom levels (up to :data:`MAX_ZOOM`, and only while
    the photo is not enlarged past :data:`MAX_UPSCALE`) and positions are scored:
    a face under an opaque layer or cut by the edge costs most, then the focus
    away from the visible part, then zooming in.
    """
    plain = cover_box(src_w, src_h, dst_w, dst_h, focus)
    faces = [_to_pixels(_face_core(b), src_w, src_h) for b in focus.keep]
    if visibility is None:
        return CropPlan(plain, *_seen(plain, faces, None))
    base_w, base_h = plain[2] - plain[0], plain[3] - plain[1]
    # Zoom only while the crop keeps enough pixels for the output.
    zoom_limit = max(1.0, min(MAX_ZOOM, base_w / (dst_w / MAX_UPSCALE)))
    zooms = [z for z in (1.0, 1.12, 1.25, 1.4, 1.6) if z <= zoom_limit + 1e-9]
    table = visibility._table()
    rows, cols = visibility.hidden.shape
    tx, ty = visibility.target()
    fx, fy = _clamp(focus.x) * src_w, _clamp(focus.y) * src_h
    areas = np.array([(f[2] - f[0]) * (f[3] - f[1]) for f in faces] or [1.0])
    best: tuple[float, tuple[float, float, float, float]] | None = None
    for zoom in zooms:
        cw, ch = base_w / zoom, base_h / zoom
        xs = np.linspace(0.0, src_w - cw, 25) if src_w - cw > 0.5 else np.array([0.0])
        ys = np.linspace(0.0, src_h - ch, 25) if src_h - ch > 0.5 else np.array([0.0])
        left, top = np.meshgrid(xs, ys)  # every candidate position at this zoom
        # The focus point's place in the output, and how far it is from the target.
        px, py = (fx - left) / cw, (fy - top) / ch
        cost = np.hypot(px - tx, py - ty) + 1.5 * (zoom - 1.0)
        if faces:
            hidden_share = np.zeros_like(left)
            for face, area in zip(faces, areas, strict=True):
                _, seen = _shares(face, left, top, cw, ch, table, rows, cols)
                hidden_share += (1.0 - seen) * area / areas.max()
            cost = cost + 6.0 * hidden_share
        index = np.unravel_index(np.argmin(cost), cost.shape)
        score = float(cost[index])
        if best is None or score < best[0] - 1e-9:
            x0, y0 = float(left[index]), float(top[index])
            best = (score, (x0, y0, x0 + cw, y0 + ch))
    assert best is not None
    box = best[1]
    return CropPlan(box, *_seen(box, faces, visibility))


def _shares(face: Box, left: np.ndarray, top: np.ndarray, cw: float, ch: float,
            table: np.ndarray, rows: int, cols: int) -> tuple[np.ndarray, np.ndarray]:
    """For each candidate crop: the share of ``face`` in the picture, and the share seen."""
    area = max(1e-9, (face[2] - face[0]) * (face[3] - face[1]))
    # The face in output fractions, clipped to the frame.
    x0 = np.clip((face[0] - left) / cw, 0, 1)
    x1 = np.clip((face[2] - left) / cw, 0, 1)
    y0 = np.clip((face[1] - top) / ch, 0, 1)
    y1 = np.clip((face[3] - top) / ch, 0, 1)
    inside = (x1 - x0) * (y1 - y0) * cw * ch / area
    # Hidden cells under the clipped face (cell-rounded, from the summed-area table).
    c0, c1 = np.floor(x0 * cols).astype(int), np.ceil(x1 * cols).astype(int)
    r0, r1 = np.floor(y0 * rows).astype(int), np.ceil(y1 * rows).astype(int)
    hidden = table[r1, c1] - table[r0, c1] - table[r1, c0] + table[r0, c0]
    cells = np.maximum(1, (c1 - c0) * (r1 - r0))
    return inside, np.clip(inside * (1.0 - hidden / cells), 0.0, 1.0)


def _seen(box: tuple[float, float, float, float], faces: list[Box],
          visibility: Visibility | None) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """(inside, seen) shares of every face for one crop."""
    left, top, right, bottom = box
    cw, ch = right - left, bottom - top
    if visibility is None:
        visibility = Visibility(np.zeros((1, 1), dtype=bool))
    table = visibility._table()
    rows, cols = visibility.hidden.shape
    pairs = [_shares(face, np.array(left), np.array(top), cw, ch, table, rows, cols)
             for face in faces]
    return (tuple(float(a) for a, _ in pairs), tuple(float(b) for _, b in pairs))
