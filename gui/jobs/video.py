"""The GUI's door to clips: probing, source frames and branded preview frames.

Thin wrappers over :mod:`studio.video.probe` and :mod:`studio.video.preview`
(the core's public surface for showing clips) so the media list, the
thumbnails and the preview ask in one vocabulary. Exporting clips is the
export engine's (:mod:`studio.batch`), never this module's. The frame functions
import the renderers when first called, so the app starts without them.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PIL import Image

from studio.video.probe import VideoInfo, probe_video


def probe(path: Path) -> VideoInfo:
    """The core's VideoInfo (duration, display_size, has_audio...)."""
    return probe_video(path)


def source_frame(path: Path, t: float, max_side: int) -> Image.Image:
    """One upright frame of the clip itself at ``t`` seconds (for thumbnails and proxies)."""
    from studio.video.preview import grab_frame  # with the renderers: not needed at start

    frame = grab_frame(probe(path), t)
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
    from studio.video.preview import preview_frame as branded_frame

    return branded_frame(source, loaded, brand, fields, platform, t, focus=focus,
                         trim=None, intro=False, outro=False, all_layers=settled)
