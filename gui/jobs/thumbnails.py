"""Template thumbnails for the gallery, rendered from the real templates.

Each template is drawn by the same renderer as the export, small, with
sample values (its placeholders and defaults) over a sample photo, so the
gallery shows what the officer will get.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtGui import QImage

from gui.jobs.images import fit_within, to_qimage
from gui.jobs.preview import scaled_platform
from studio.brand import BrandKit
from studio.errors import StudioError
from studio.media import PHOTO_EXTENSIONS, open_photo
from studio.paths import SAMPLES_DIR
from studio.platforms import Platform
from studio.produce import render_photo
from studio.progress import CancelToken, ProgressCallback
from studio.template.loader import LoadedTemplate

THUMB_WIDTH = 96  # rendered at twice this, sharp on high-DPI screens


def sample_values(loaded: LoadedTemplate) -> dict[str, str]:
    values: dict[str, str] = {}
    for f in loaded.template.fields:
        if f.type == "date":
            values[f.key] = f.default or _dt.date.today().isoformat()
        elif f.type == "time":
            values[f.key] = f.default or "09:00"
        elif f.type == "choice":
            values[f.key] = f.default or f.choices[0]
        else:
            values[f.key] = f.default or f.placeholder or f.label
    return values


def sample_photo(folder: Path = SAMPLES_DIR) -> Image.Image:
    """The first sample photo, or a calm generated one when there is none."""
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in PHOTO_EXTENSIONS:
                try:
                    return fit_within(open_photo(path, max_side=800).image, 800).convert("RGB")
                except StudioError:
                    continue
    y, x = np.mgrid[0:600, 0:800]
    base = np.stack([90 + x * 60 / 800, 120 + y * 70 / 600, 150 + (x + y) * 40 / 1400], -1)
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))


def render_template_thumbnail(loaded: LoadedTemplate, brand: BrandKit, platform: Platform,
                              photo: Image.Image | None, *, progress: ProgressCallback,
                              cancel: CancelToken) -> QImage:
    small = scaled_platform(platform, THUMB_WIDTH * 2 / platform.width)
    cancel.raise_if_cancelled()
    uses_photo = "photo" in loaded.template.media or "video" in loaded.template.media
    result = render_photo(loaded, brand, sample_values(loaded), small,
                          photo if uses_photo else None)
    return to_qimage(result.image)
