"""Small builders shared by the core tests: templates and photos made in code."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import tomli_w
from PIL import Image

from studio.template.model import Template


def write_template(folder: Path, **overrides) -> Path:
    """A minimal valid template folder; ``overrides`` replace manifest keys."""
    data = {
        "schema": 1,
        "id": folder.name,
        "name": "Uji",
        "fields": [{"key": "judul", "label": "Judul", "required": True}],
        "layers": [
            {"id": "foto", "type": "media", "box": [0, 0, 1, 1]},
            {"id": "pita", "type": "shape", "fill": "#06304FF0", "box": [0, 0.7, 1, 0.3]},
            {"id": "judul", "type": "text", "text": "{{ judul }}", "box": [0.05, 0.72, 0.9, 0.25],
             "size": [20, 60]},
        ],
    }
    data.update(overrides)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "template.toml").write_text(tomli_w.dumps(data), encoding="utf-8")
    return folder


def noisy_photo(width: int = 1200, height: int = 800, seed: int = 1) -> Image.Image:
    """A photo-like image (smooth gradient plus noise) so JPEG sizes are realistic."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width]
    base = np.stack([x * 255 / width, y * 255 / height, (x + y) * 127 / (width + height)], -1)
    noise = rng.normal(0, 18, (height, width, 3))
    return Image.fromarray(np.clip(base + noise, 0, 255).astype(np.uint8))


def starter_template() -> Template:
    """A small template built by the editing functions: media, band, logo, title."""
    from studio.template import editing as E

    t = E.new_template("uji", "Uji")
    t = E.add_field(t, E.make_field(key="judul", label="Judul", required=True))
    t = E.add_field(t, E.make_field(key="lokasi", label="Lokasi"))
    t = E.add_layer(t, E.make_layer("media", "foto"))
    t = E.add_layer(t, E.make_layer("shape", "pita", box=[0, 0.7, 1, 0.3]))
    t = E.add_layer(t, E.make_layer("image", "logo", source="brand:white",
                                    box=[0.05, 0.05, 0.3, 0.08]))
    return E.add_layer(t, E.make_layer("text", "judul", text="{{ judul }}",
                                       box=[0.05, 0.72, 0.9, 0.2]))
