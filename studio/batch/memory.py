"""How much memory a photo will take to decode, and how many workers the machine can hold.

The decode's peak comes from :func:`studio.media.estimate_photo_memory` (the
one estimator: the photo's header, bit depth x pixels x bands, the JPEG draft
scale the outputs need, and what the decoder keeps on the side); this module
adds what the outputs of one photo take on top. The run keeps the sum of the
estimates of the photos in flight under what the machine has free, so a 90 MP
16-bit scan waits until it can run alone instead of pushing a worker into the
out-of-memory killer, and the pool itself is sized to the free memory.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import sys
from pathlib import Path

import psutil

from studio.errors import StudioError
from studio.media import estimate_photo_memory

MB = 1024 * 1024
# A worker process after its imports (Pillow, numpy, OpenCV, the template) with
# the compositions of a 5-platform event cached: measured 180-230 MB.
WORKER_BASE = 230 * MB
# The outputs of one photo (5 platforms of up to 1080x1920 with their overlays
# and encoder buffers) on top of the decode.
OUTPUTS = 60 * MB
# A 24 MP camera JPEG decoded at its draft, with its outputs: for sizing a pool
# before the photos' headers are read.
TYPICAL_PHOTO = 40 * MB + OUTPUTS
# glibc's mallopt parameter for the size from which an allocation gets its own
# mapping, and the size we fix it at.
_M_MMAP_THRESHOLD = -3
_MMAP_THRESHOLD = 1 * MB


@functools.cache  # once a process: every run of the app's export calls it
def return_photo_memory() -> bool:
    """Let the memory of a finished photo go back to the system (glibc only).

    Pillow keeps a decoded photo in 16 MB blocks. glibc gives such a block a
    mapping of its own, but after the first one is freed it raises that
    threshold to 32 MB ("dynamic mmap threshold"), so the next photos' blocks
    come from the heap, which fragments and is never given back: a worker
    kept 100 MB more than it used. Fixing the threshold at 1 MB keeps every
    large block in a mapping returned on free, as the Windows heap does for
    large blocks anyway. Returns whether the setting was made; elsewhere a no-op.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and others: nothing to tune
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD))


# Share of the memory free at the start a run may plan to use.
USABLE_SHARE = 0.75


def decode_estimate(path: Path | None, scale: float = 1.0) -> int:
    """Bytes a worker needs at peak to make every output of this photo.

    ``scale`` is the share of the full size the outputs need (JPEG decodes at
    the draft above it, or smaller when the decode budget demands; other
    formats decode whole). An unreadable header gives the minimum: the photo
    will fail quickly anyway.
    """
    if path is None:
        return OUTPUTS
    try:
        estimate = estimate_photo_memory(path, scale=min(1.0, max(scale, 1e-3)))
    except StudioError:
        return OUTPUTS
    return estimate.bytes + OUTPUTS


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


def workers_beside(tasks: int, typical: int, *, cores: int | None = None,
                   available: int | None = None) -> int:
    """Worker processes beside this process, which renders photos too (at least one)."""
    return max(1, pool_size(tasks, typical, cores=cores, available=available) - 1)
