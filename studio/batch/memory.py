"""How much memory a photo will take to decode, and how many workers the machine can hold.

The estimate comes from the photo's header (its size, read without decoding)
and what its format decodes to: a camera JPEG is decoded at the draft scale
the outputs need, in 8 bits; a PNG, TIFF or WebP is decoded whole and may be
16-bit or float, which costs several times more per pixel while it is
brought to 8 bits. The run keeps the sum of the estimates of the photos in
flight under what the machine has free, so a 90 MP 16-bit scan waits until it
can run alone instead of pushing a worker into the out-of-memory killer, and
the pool itself is sized to the free memory.

(Interim: a header-based estimate in :mod:`studio.media` is coming; when it is
there, :func:`decode_estimate` asks it.)
"""

from __future__ import annotations

import os
from pathlib import Path

import psutil

from studio.errors import StudioError
from studio.media import probe_photo

MB = 1024 * 1024
# A worker process after its imports (Pillow, numpy, OpenCV, the template) with
# the compositions of a 5-platform event cached: measured 180-230 MB.
WORKER_BASE = 230 * MB
# What an 8-bit decode costs per pixel at its peak (the decoded image, its
# converted copy and the shared intermediate), and a 16-bit or float one
# (numpy widens it while it is scaled to 8 bits).
BYTES_PER_PIXEL = 3 * 2.5
WIDE_BYTES_PER_PIXEL = 11.0
# The outputs of one photo (5 platforms of up to 1080x1920 with their overlays
# and encoder buffers) on top of the decode.
OUTPUTS = 60 * MB
# Share of the memory free at the start a run may plan to use.
USABLE_SHARE = 0.75
_DRAFTED = (".jpg", ".jpeg", ".jpe", ".jfif", ".mpo")


def decode_estimate(path: Path | None, scale: float = 1.0) -> int:
    """Bytes a worker needs at peak to make every output of this photo.

    ``scale`` is the share of the full size the outputs need (JPEG decodes at
    the draft above it; other formats decode whole). An unreadable header
    gives the minimum: the photo will fail quickly anyway.
    """
    if path is None:
        return OUTPUTS
    try:
        width, height = probe_photo(path)
    except StudioError:
        return OUTPUTS
    pixels = width * height
    if path.suffix.lower() in _DRAFTED:
        # The DCT scales by 1/2, 1/4, 1/8: at most twice the needed size per side.
        draft = min(1.0, max(1 / 8, 2 * scale))
        return int(pixels * draft * draft * BYTES_PER_PIXEL) + OUTPUTS
    return int(pixels * WIDE_BYTES_PER_PIXEL) + OUTPUTS


def available_memory() -> int:
    return int(psutil.virtual_memory().available)


def memory_budget(available: int | None = None) -> int:
    """Bytes the photos in flight may take together (the workers' own base not counted)."""
    available = available_memory() if available is None else available
    return max(256 * MB, int(available * USABLE_SHARE))


def pool_size(tasks: int, typical: int, *, cores: int | None = None,
              available: int | None = None) -> int:
    """Worker processes for ``tasks`` photos whose typical estimate is ``typical`` bytes."""
    cores = cores or os.cpu_count() or 1
    budget = memory_budget(available)
    by_memory = max(1, budget // max(1, WORKER_BASE + typical))
    return max(1, min(cores, by_memory, tasks))
