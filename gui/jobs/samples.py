"""Sample content for previews of a template without an event: field values and a photo.

The template gallery, the designer's library and the template editor show a
template as an officer's output would look, so they fill each field with its
default, else its placeholder, else a typical value of the shared field
vocabulary (Indonesian data, like the templates themselves), over the first
photo in ``samples/`` — or a calm generated gradient when there is none.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image

from studio.errors import StudioError
from studio.media import PHOTO_EXTENSIONS, open_photo
from studio.paths import SAMPLES_DIR
from studio.template.model import Template

# The sample photo is read at most this large (the editor's canvas is 1280 px).
SAMPLE_PHOTO_SIDE = 2000

# Typical values of the shared field vocabulary (data shown in previews, not UI text).
STANDARD_SAMPLES = {
    "judul": "Rapat Koordinasi Kehumasan se-Kota Cimahi",
    "subjudul": "Bersama perangkat daerah dan kecamatan",
    "tanggal": "2026-03-12",
    "tanggal_selesai": "2026-03-13",
    "waktu": "09:00",
    "zona": "WIB",
    "lokasi": "Aula Gedung A Pemkot Cimahi",
    "penyelenggara": "Diskominfo Kota Cimahi",
    "deskripsi": "Rapat membahas agenda publikasi kegiatan Pemkot Cimahi bulan depan.",
    "nama": "Dr. Siti Rahmawati, M.Si.",
    "jabatan": "Kepala Dinas Komunikasi dan Informatika",
    "ucapan": "Selamat Hari Jadi Kota Cimahi",
    "tagar": "#CimahiKreatif",
}


def sample_values(template: Template, given: Mapping[str, str] | None = None) -> dict[str, str]:
    """A value for every field: ``given`` first, then default, placeholder, a typical value."""
    values: dict[str, str] = {}
    for f in template.fields:
        value = (given or {}).get(f.key) or f.default or f.placeholder \
            or STANDARD_SAMPLES.get(f.key, "")
        if not value:
            if f.type == "date":
                value = STANDARD_SAMPLES["tanggal"]
            elif f.type == "time":
                value = STANDARD_SAMPLES["waktu"]
            elif f.type == "choice" and f.choices:
                value = f.choices[0]
            else:
                value = f.label
        values[f.key] = value[: f.max_length]
    return values


def sample_photo_path(folder: Path = SAMPLES_DIR) -> Path | None:
    """The first photo in the samples folder, or None."""
    if not folder.is_dir():
        return None
    photos = sorted(p for p in folder.iterdir() if p.suffix.lower() in PHOTO_EXTENSIONS)
    return photos[0] if photos else None


@cache
def sample_photo(path: Path | None) -> Image.Image:
    """The photo at ``path`` (RGB, read once), or the generated gradient."""
    if path is not None:
        try:
            image = open_photo(path, max_side=SAMPLE_PHOTO_SIDE).image.convert("RGB")
        except StudioError:
            return gradient_photo()
        image.thumbnail((SAMPLE_PHOTO_SIDE, SAMPLE_PHOTO_SIDE), Image.Resampling.LANCZOS)
        return image
    return gradient_photo()


@cache
def gradient_photo(width: int = 1600, height: int = 1200) -> Image.Image:
    """A photo-like stand-in: a soft blue-to-gold gradient with a few light blobs."""
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    t = (x / width * 0.6 + y / height * 0.4)[..., None]
    top = np.array([40, 90, 140], np.float32)
    bottom = np.array([226, 178, 90], np.float32)
    image = top * (1 - t) + bottom * t
    for cx, cy, r, strength in ((0.3, 0.35, 0.22, 60), (0.72, 0.6, 0.3, 45),
                                (0.55, 0.2, 0.12, 35)):
        d = ((x / width - cx) ** 2 + (y / height - cy) ** 2) / r ** 2
        image += (strength * np.exp(-d))[..., None]
    return Image.fromarray(np.clip(image, 0, 255).astype(np.uint8))
