"""Producing one input: the one place that decides photo or video, and the photo pipeline.

:func:`produce_input` is the unit of work of the export engine
(:mod:`studio.batch`): one photo, clip or none, with the exact files to write
for each platform (:class:`~studio.job.Target`), becomes those files;
:func:`~studio.job.input_kind` decides photo or video and
:func:`~studio.job.export_settings` builds the settings (with the credit
rule), once each, so the command line, the app and every batch agree.

A photo is decoded once at the smallest JPEG draft that covers the largest
output's media box, and every platform is cut and resized from that decode
in Pillow's two steps (a box reduction by the whole factor, then bicubic over
the rest: :data:`~studio.render.photo.REDUCING_GAP`). A colour profile
(Display P3...) is applied at output size, faces are found once on a small
proxy, and each platform's branding comes from the composition cache
(rendered once per process). Failures become results with
a coded :class:`~studio.errors.StudioError`, never exceptions, so the rest of
a run goes on.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PIL import Image

from studio.brand import BrandKit
from studio.errors import StudioError, as_studio_error
from studio.export import encode_image, write_atomic
from studio.job import (
    ExportSettings,
    InputJob,
    InputKind,
    InputResult,
    OutputResult,
    Target,
    export_settings,
    input_kind,
    written,
)
from studio.media import SourcePhoto, open_photo, probe_photo
from studio.progress import CancelToken, ProgressCallback
from studio.render.crop import CENTER, CropPlan, cover_box, detect_focus
from studio.render.layers import RenderWarning
from studio.render.photo import RESAMPLE as RENDER_RESAMPLE
from studio.render.photo import (
    Composition,
    check_field_lengths,
    compose_frame,
    media_crop,
    media_warnings,
    plan_composition,
    render_photo,
)
from studio.template.loader import LoadedTemplate
from studio.template.model import MediaLayer
from studio.video.produce import produce_video

# The filter that brings the photo to each output's size: the renderer's own
# (bicubic, as ffmpeg scales clips).
RESAMPLE = RENDER_RESAMPLE

# Previews and thumbnails draw through the same functions the export uses;
# front ends import them from here (the engine's public surface), not from
# the renderers.
__all__ = [
    "Composition", "ExportSettings", "InputJob", "InputKind", "InputResult", "OutputResult",
    "Target", "check_field_lengths", "compose_frame", "export_settings", "input_kind",
    "media_crop", "needed_scale", "plan_composition", "produce_input", "produce_photo",
    "render_photo", "written",
]


def produce_input(job: InputJob, loaded: LoadedTemplate, brand: BrandKit,
                  settings: ExportSettings, *, progress: ProgressCallback | None = None,
                  cancel: CancelToken | None = None) -> InputResult:
    """Make every target of one input. Raises only :class:`~studio.errors.Cancelled`."""
    try:
        if job.kind == "video":
            return produce_video(job, loaded, brand, settings, progress=progress,
                                 cancel=cancel)
        return produce_photo(job, loaded, brand, settings, cancel=cancel)
    except StudioError as exc:
        return InputResult(job.source, error=as_studio_error(exc, path=job.source))
    except Exception as exc:  # any failure of one input is reported, coded
        if type(exc).__name__ == "Cancelled":
            raise
        return InputResult(job.source, error=as_studio_error(exc, path=job.source))


# -- photos -------------------------------------------------------------------------------


def needed_scale(size: tuple[int, int], compositions: list[Composition]) -> float:
    """The smallest share of the photo's full size that still covers every media box.

    A cover crop needs its cut of the photo at least as large as the box; a
    contained photo needs to fit the box. Beyond that, decoding more pixels
    only costs time.
    """
    width, height = size
    scale = 0.0
    for composition in compositions:
        media = composition.media
        if media is None or not isinstance(media.layer, MediaLayer):
            continue
        box_w, box_h = media.width, media.height
        if media.layer.fit == "cover":
            left, top, right, bottom = cover_box(width, height, box_w, box_h, CENTER)
            scale = max(scale, box_w / (right - left), box_h / (bottom - top))
        else:
            scale = max(scale, min(box_w / width, box_h / height))
    if scale == 0.0:  # no media box: the photo only has to be readable
        scale = min(1.0, 64 / max(1, min(size)))
    return min(1.0, scale)


def _zoomed_scale(compositions: list[Composition | StudioError],
                  plans: list[CropPlan | None]) -> float:
    """The share of the photo's full size the planned cover crops need (0: none planned)."""
    wanted = 0.0
    for composition, plan in zip(compositions, plans, strict=True):
        if plan is None or not isinstance(composition, Composition) \
                or composition.media is None:
            continue
        crop_w = plan.box[2] - plan.box[0]
        crop_h = plan.box[3] - plan.box[1]
        wanted = max(wanted, composition.media.width / max(1e-9, crop_w),
                     composition.media.height / max(1e-9, crop_h))
    return min(1.0, wanted)


def _to_image(box: tuple[float, float, float, float], full: tuple[int, int],
              size: tuple[int, int]) -> tuple[float, float, float, float]:
    """A box in the photo's full-size pixels as a box in an image of ``size``."""
    kx, ky = size[0] / full[0], size[1] / full[1]
    return (box[0] * kx, box[1] * ky, box[2] * kx, box[3] * ky)


_writer: ThreadPoolExecutor | None = None
_writer_lock = threading.Lock()


def _write_behind() -> ThreadPoolExecutor:
    """One thread that writes and fsyncs files while the next output is drawn."""
    global _writer
    with _writer_lock:
        if _writer is None:
            _writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="studio-write")
        return _writer


def produce_photo(job: InputJob, loaded: LoadedTemplate, brand: BrandKit,
                  settings: ExportSettings, *, cancel: CancelToken | None = None
                  ) -> InputResult:
    """Render and write every target for one photo (or none).

    ``cancel`` is checked before each output (raises Cancelled); what was
    written by then is whole.
    """
    compositions: list[Composition | StudioError] = []
    for target in job.targets:
        platform = target.platform
        try:
            compositions.append(plan_composition(
                loaded, brand, job.fields, platform.width, platform.height, platform.safe,
                strict=settings.strict, variant=platform.variant))
        except Exception as exc:  # one platform's layout problem
            compositions.append(as_studio_error(exc, path=job.source))
    photo: SourcePhoto | None = None
    image: Image.Image | None = None
    focus = job.focus or CENTER
    plans: list[CropPlan | None] = [None] * len(compositions)
    if job.source is not None:
        try:
            ready = [c for c in compositions if isinstance(c, Composition)]
            size = probe_photo(job.source)
            scale = needed_scale(size, ready)
            photo = open_photo(job.source, scale=scale, defer_colour=True)
            image = photo.image
            if job.focus is None:
                focus = detect_focus(image)
            # The crops see the layers over each media box (faces kept where the
            # design leaves them seen) and may zoom in; they are planned in the
            # photo's own pixels, so a zoomed crop is fed from enough pixels.
            plans = [media_crop(c, photo.original_size, focus)
                     if isinstance(c, Composition) else None for c in compositions]
            wanted = _zoomed_scale(compositions, plans)
            if wanted > scale * 1.001 \
                    and photo.image.width < photo.original_size[0] * wanted * 0.999:
                photo = open_photo(job.source, scale=wanted, defer_colour=True)
                image = photo.image
        except Exception as exc:  # an unreadable photo fails as a whole
            return InputResult(job.source, error=as_studio_error(exc, path=job.source))
    outputs: list[OutputResult | None] = [None] * len(job.targets)
    writes: list[tuple[int, Target, bytes, tuple[RenderWarning, ...], Future[Path]]] = []
    for n, (target, composition) in enumerate(zip(job.targets, compositions, strict=True)):
        if cancel is not None and cancel.cancelled:
            for _, _, _, _, future in writes:
                future.result()  # let started writes land whole before stopping
            cancel.raise_if_cancelled()
        try:
            if isinstance(composition, StudioError):
                raise composition
            warnings = composition.warnings
            crop = None
            if image is not None and photo is not None:
                plan = plans[n]
                crop = _to_image(plan.box, photo.original_size, image.size) if plan else None
                warnings += media_warnings(composition, photo.original_size, plan,
                                           job.source.name if job.source else None)
            canvas = compose_frame(composition, image, brand, focus,
                                   photo.to_srgb if photo is not None else None, RESAMPLE,
                                   crop=crop)
            encoded = encode_image(canvas, target.platform.format, quality=settings.quality,
                                   max_bytes=target.platform.max_bytes, credit=settings.credit)
            # Written (temp file, fsync, rename) on the writer thread while the
            # next platform is drawn; the result waits for it below.
            future = _write_behind().submit(write_atomic, target.path, encoded.data,
                                            overwrite=target.overwrite)
            writes.append((n, target, encoded.data, warnings, future))
        except Exception as exc:  # one platform fails, the others go on
            outputs[n] = OutputResult(job.source, target.platform.id, target.path,
                                      error=as_studio_error(exc, path=job.source))
    for n, target, data, warnings, future in writes:
        try:
            future.result()
            outputs[n] = written(job.source, target.platform.id, target.path, data, warnings)
        except Exception as exc:  # a full disk fails this file only
            outputs[n] = OutputResult(job.source, target.platform.id, target.path,
                                      error=as_studio_error(exc, path=job.source))
    return InputResult(job.source, tuple(o for o in outputs if o is not None))
