"""Video: branded clips for every platform through one ffmpeg process per output.

``probe`` reads what a clip really is (rotation, frame rate, codec, audio);
``plan`` compiles a template into an ffmpeg command (the static layers drawn
once by the photo renderer, animated layers and subtitles as timed overlays,
intro/outro joined); ``run`` executes it with progress and cancel; ``preview``
renders a frame of the finished output for the GUI's scrubber and posters;
``produce`` is the unit of work the CLI, the batch engine and the GUI share.

The names below come from their modules when first used (PEP 562): the GUI probes
clips (``probe``) at start without loading the planner and the renderers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.lazy import lazy_names

if TYPE_CHECKING:
    from studio.video.plan import EncoderSettings, RenderPlan, Timeline, plan_video
    from studio.video.preview import export_poster, preview_frame
    from studio.video.probe import VideoInfo, probe_video
    from studio.video.produce import VideoOptions, produce_video

# name -> the module of this package that defines it
_HOME = {
    "EncoderSettings": "plan", "RenderPlan": "plan", "Timeline": "plan", "plan_video": "plan",
    "export_poster": "preview", "preview_frame": "preview",
    "VideoInfo": "probe", "probe_video": "probe",
    "VideoOptions": "produce", "produce_video": "produce",
}


__getattr__ = lazy_names(__name__, _HOME, globals())

__all__ = [
    "EncoderSettings",
    "RenderPlan",
    "Timeline",
    "VideoInfo",
    "VideoOptions",
    "export_poster",
    "plan_video",
    "preview_frame",
    "probe_video",
    "produce_video",
]
