"""Rendering previews: the design for one platform at the size the screen needs.

The core renders a platform at its exact pixels; the preview renders the same
template for a *scaled copy* of the platform (same aspect, safe margins scaled
alike), so layout, variants and text fitting behave as in the export, only
cheaper. With the media item's proxy as the photo, a change of a field is
back on screen in well under the 150 ms an officer would notice.

The result also carries the geometry of the media box and of the part of the
photo it shows, so a click on the preview can be turned into a focal point
on the photo itself.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QImage

from gui.jobs import video
from gui.jobs.images import to_qimage
from studio.brand import BrandKit
from studio.platforms import Platform, SafeArea
from studio.progress import CancelToken, ProgressCallback
from studio.render.crop import CENTER, Focus, cover_box
from studio.render.layers import RenderWarning
from studio.render.photo import media_crop, plan_composition, render_photo
from studio.template.loader import LoadedTemplate
from studio.template.model import MediaLayer

Rect = tuple[float, float, float, float]


@dataclass(frozen=True)
class MediaInput:
    """What fills the media layer: a photo proxy, or a clip at a time."""

    proxy: Image.Image | None = None
    video: Path | None = None
    t: float = 0.0
    trim: tuple[float, float] | None = None
    source_size: tuple[int, int] | None = None  # the clip's display size


@dataclass(frozen=True)
class PreviewRequest:
    loaded: LoadedTemplate
    brand: BrandKit
    fields: Mapping[str, str]
    platform: Platform
    media: MediaInput | None
    focus: tuple[float, float] | None
    max_size: tuple[int, int]  # pixels available on screen (device pixels)
    tag: object = None  # handed back unchanged (which item, which platform)


@dataclass(frozen=True)
class PreviewImage:
    image: QImage
    platform_id: str
    scale: float  # preview pixels per output pixel
    media_rect: Rect | None  # where the media shows, in preview pixels (l, t, r, b)
    crop: Rect | None  # which part of the source shows there, as fractions (l, t, r, b)
    warnings: tuple[RenderWarning, ...]
    elapsed_ms: float
    tag: object = None


def scaled_platform(platform: Platform, scale: float) -> Platform:
    """``platform`` at ``scale`` (same aspect; safe margins scaled too)."""
    if scale >= 1.0:
        return platform
    width = max(8, round(platform.width * scale))
    height = max(8, round(platform.height * scale))
    sx, sy = width / platform.width, height / platform.height
    safe = platform.safe
    return replace(platform, width=width, height=height, safe=SafeArea(
        top=round(safe.top * sy), bottom=round(safe.bottom * sy),
        left=round(safe.left * sx), right=round(safe.right * sx)))


def preview_scale(platform: Platform, max_size: tuple[int, int]) -> float:
    width, height = max_size
    return min(1.0, max(0.05, min(width / platform.width, height / platform.height)))


def render_preview(request: PreviewRequest, *, progress: ProgressCallback,
                   cancel: CancelToken) -> PreviewImage:
    started = time.perf_counter()
    scale = preview_scale(request.platform, request.max_size)
    small = scaled_platform(request.platform, scale)
    focus = Focus(*request.focus) if request.focus else None
    media = request.media
    cancel.raise_if_cancelled()
    source_size: tuple[int, int] | None = None
    if media is not None and media.video is not None:
        image = video.preview_frame(media.video, request.loaded, request.brand,
                                    request.fields, small, media.t, focus=focus)
        if image.size != small.size:
            image = image.resize(small.size, Image.Resampling.BILINEAR)
        warnings: tuple[RenderWarning, ...] = ()
        source_size = media.source_size
    else:
        proxy = media.proxy if media is not None else None
        result = render_photo(request.loaded, request.brand, request.fields, small, proxy,
                              focus or CENTER)
        image, warnings = result.image, result.warnings
        source_size = proxy.size if proxy is not None else None
    cancel.raise_if_cancelled()
    media_rect, crop = _media_geometry(request, small, source_size, focus or CENTER)
    return PreviewImage(
        image=to_qimage(image), platform_id=request.platform.id, scale=small.width /
        request.platform.width, media_rect=media_rect, crop=crop, warnings=warnings,
        elapsed_ms=(time.perf_counter() - started) * 1000, tag=request.tag)


def _media_geometry(request: PreviewRequest, small: Platform,
                    source_size: tuple[int, int] | None, focus: Focus
                    ) -> tuple[Rect | None, Rect | None]:
    """Where the photo shows on the preview and which part of it shows there."""
    if source_size is None:
        return None, None
    composition = plan_composition(request.loaded, request.brand, request.fields, small.width,
                                   small.height, small.safe, variant=small.variant)
    resolved = composition.media
    if resolved is None or not isinstance(resolved.layer, MediaLayer):
        return None, None
    left, top, right, bottom = resolved.rect
    box_w, box_h = right - left, bottom - top
    src_w, src_h = source_size
    if resolved.layer.fit == "cover":
        # The same crop the render used (it sees the layers over the photo).
        plan = media_crop(composition, (src_w, src_h), focus)
        cl, ct, cr, cb = plan.box if plan is not None else cover_box(src_w, src_h, box_w, box_h,
                                                                     focus)
        return (left, top, right, bottom), (cl / src_w, ct / src_h, cr / src_w, cb / src_h)
    # contain / blur: the whole photo, centred in the box.
    scale = min(box_w / src_w, box_h / src_h)
    inner_w, inner_h = src_w * scale, src_h * scale
    il = left + (box_w - inner_w) / 2
    it = top + (box_h - inner_h) / 2
    return (il, it, il + inner_w, it + inner_h), (0.0, 0.0, 1.0, 1.0)


def source_point(preview: PreviewImage, x: float, y: float) -> tuple[float, float] | None:
    """A point on the preview image (its pixels) as a point of the photo (0..1), if on it."""
    if preview.media_rect is None or preview.crop is None:
        return None
    left, top, right, bottom = preview.media_rect
    if not (left <= x <= right and top <= y <= bottom) or right <= left or bottom <= top:
        return None
    cl, ct, cr, cb = preview.crop
    fx = cl + (x - left) / (right - left) * (cr - cl)
    fy = ct + (y - top) / (bottom - top) * (cb - ct)
    return (min(1.0, max(0.0, fx)), min(1.0, max(0.0, fy)))


def preview_point(preview: PreviewImage, fx: float, fy: float) -> tuple[float, float] | None:
    """A point of the photo (0..1) on the preview image, if that part shows."""
    if preview.media_rect is None or preview.crop is None:
        return None
    cl, ct, cr, cb = preview.crop
    if not (cl <= fx <= cr and ct <= fy <= cb) or cr <= cl or cb <= ct:
        return None
    left, top, right, bottom = preview.media_rect
    return (left + (fx - cl) / (cr - cl) * (right - left),
            top + (fy - ct) / (cb - ct) * (bottom - top))


def render_strip(requests: tuple[PreviewRequest, ...], *, progress: ProgressCallback,
                 cancel: CancelToken) -> list[PreviewImage]:
    """Small previews of several platforms (the strip under the big preview)."""
    images = []
    for request in requests:
        cancel.raise_if_cancelled()
        images.append(render_preview(request, progress=progress, cancel=cancel))
    return images
