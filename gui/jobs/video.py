"""The GUI's door to :mod:`studio.video`, which may be absent in a build.

Everything video goes through here so the rest of the GUI asks one question —
:func:`available` — and degrades cleanly (video items are flagged with a
translated "not available" error) when the video package is missing.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PIL import Image

from studio.errors import StudioError, VideoError


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def available() -> bool:
    """True when clips can be probed (the scrubber and thumbnails need no more)."""
    return _module("studio.video.probe") is not None


def can_preview() -> bool:
    return _module("studio.video.preview") is not None


def can_export() -> bool:
    return _module("studio.video.produce") is not None


def unavailable(path: Path | None = None) -> StudioError:
    return VideoError("video is not available in this version", path=path,
                      code="video.unavailable")


def probe(path: Path) -> Any:
    """The core's VideoInfo (duration, display_size, has_audio...)."""
    module = _module("studio.video.probe")
    if module is None:
        raise unavailable(path)
    return module.probe_video(path)


def source_frame(path: Path, t: float, max_side: int) -> Image.Image:
    """One upright frame of the clip itself at ``t`` seconds (for thumbnails and proxies)."""
    preview = _module("studio.video.preview")
    if preview is None:
        raise unavailable(path)
    # The core grabs it: its ffmpeg reads only allowlisted containers, its loader
    # checks the frame.
    frame = preview.grab_frame(probe(path), t)
    if max(frame.size) > max_side:
        frame.thumbnail((max_side, max_side), Image.Resampling.BICUBIC)
    return frame


def preview_frame(source: Path, loaded: Any, brand: Any, fields: Mapping[str, str],
                  platform: Any, t: float, focus: Any = None, *,
                  settled: bool = True) -> Image.Image:
    """The branded frame at ``t`` seconds *of the source clip* (what the scrubber points at).

    The core's preview takes a time on the output's timeline (intro first, then
    the kept part); the scrubber moves over the whole source, so intro, outro
    and trim are left out here and the trim is drawn on the scrubber instead.
    ``settled`` shows every animated layer (a title that slides in after 0.2 s)
    as it stands once it has come in: the branded frame as it is published, at
    any moment, 0:00 included. Without it, layers follow their timing at ``t``.
    """
    preview = _module("studio.video.preview")
    if preview is not None and hasattr(preview, "preview_frame"):
        return preview.preview_frame(source, loaded, brand, fields, platform, t, focus=focus,
                                     trim=None, intro=False, outro=False,
                                     all_layers=settled)
    from studio.render.photo import render_photo

    frame = source_frame(source, t, max(platform.width, platform.height))
    return render_photo(loaded, brand, fields, platform, frame, focus).image
