"""Pillow images to Qt images (safe on a worker thread)."""

from __future__ import annotations

from PIL import Image
from PySide6.QtGui import QImage


def to_qimage(image: Image.Image) -> QImage:
    """A detached QImage copy of ``image`` (RGB or RGBA)."""
    if image.mode == "RGBA":
        data = image.tobytes("raw", "RGBA")
        qimage = QImage(data, image.width, image.height, image.width * 4,
                        QImage.Format.Format_RGBA8888)
    else:
        if image.mode != "RGB":
            image = image.convert("RGB")
        data = image.tobytes("raw", "RGB")
        qimage = QImage(data, image.width, image.height, image.width * 3,
                        QImage.Format.Format_RGB888)
    # The QImage only borrows ``data``; copy before it goes away.
    return qimage.copy()


def fit_within(image: Image.Image, side: int) -> Image.Image:
    """``image`` scaled down so its longer side is at most ``side`` (never up)."""
    if max(image.size) <= side:
        return image
    scale = side / max(image.size)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
