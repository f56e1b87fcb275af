"""Previews: a template for one platform at the size the screen needs.

One module for every preview in the app — the production view's big preview
and strip, the template gallery, the designer's canvas, strip and library
cards. The core renders a platform at its exact pixels; a preview renders the
same template for a *scaled copy* of the platform (same aspect, safe margins
scaled alike), so layout, variants and text fitting behave as in the export,
only cheaper: layouts are fractions and font sizes scale with the short side.
With the media item's proxy as the photo, a change of a field is back on
screen in well under the 150 ms an officer would notice.

A template being edited may be half-finished (a field not yet defined, a
colour removed from the brand kit): a *lenient* request leaves out the layers
that cannot be drawn and names them in :attr:`PreviewImage.left_out`, where an
officer's preview reports the error.

The result also carries the geometry of the media box and of the part of the
photo it shows, so a click on the preview can be turned into a focal point on
the photo itself.
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
from gui.jobs.samples import sample_photo, sample_photo_path, sample_values
from studio.brand import BrandKit
from studio.errors import StudioError, TemplateError
from studio.platforms import ASPECTS, Platform, SafeArea
from studio.produce import media_crop, plan_composition, render_photo
from studio.progress import CancelToken, ProgressCallback, ProgressEvent
from studio.render.crop import CENTER, Focus, cover_box
from studio.render.expressions import evaluate_text
from studio.render.layers import RenderWarning
from studio.template.editing import remove_layer
from studio.template.loader import LoadedTemplate
from studio.template.model import ImageLayer, LayerBase, MediaLayer, TextLayer

Rect = tuple[float, float, float, float]
# What a lenient preview paints when the template's background colour is not usable.
FALLBACK_BACKGROUND = "#282828"


@dataclass(frozen=True)
class MediaInput:
    """What fills the media layer: a decoded photo, a sample photo, or a clip at a time."""

    proxy: Image.Image | None = None  # the event item's photo, decoded already
    sample: bool = False  # the sample photo at ``photo`` (read once, on the worker)
    photo: Path | None = None
    video: Path | None = None
    t: float = 0.0
    trim: tuple[float, float] | None = None
    source_size: tuple[int, int] | None = None  # the clip's display size
    # A clip's animated layers as published (settled) or as at ``t`` (their timing).
    settled: bool = True

    @classmethod
    def sample_photo(cls, path: Path | None) -> MediaInput:
        """The sample photo at ``path`` (None: the generated stand-in)."""
        return cls(sample=True, photo=path)

    def photo_image(self) -> Image.Image | None:
        if self.proxy is not None:
            return self.proxy
        return sample_photo(self.photo) if self.sample else None


@dataclass(frozen=True)
class PreviewRequest:
    loaded: LoadedTemplate
    brand: BrandKit
    fields: Mapping[str, str]
    platform: Platform
    media: MediaInput | None
    focus: tuple[float, float] | None
    max_size: tuple[int, int]  # pixels available on screen (device pixels)
    lenient: bool = False  # a template being edited: leave out what cannot be drawn
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
    left_out: tuple[str, ...] = ()  # layers a lenient preview could not draw


@dataclass(frozen=True)
class StripItem:
    """One platform of a strip: its preview, or why it could not be drawn."""

    platform_id: str
    preview: PreviewImage | None
    error: StudioError | None = None

    @property
    def image(self) -> QImage | None:
        return self.preview.image if self.preview is not None else None


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
    focus = Focus(*request.focus) if request.focus else CENTER
    loaded, left_out = (drawable(request.loaded, request.fields, request.brand)
                        if request.lenient else (request.loaded, ()))
    media = request.media
    cancel.raise_if_cancelled()
    warnings: tuple[RenderWarning, ...] = ()
    if media is not None and media.video is not None:
        image = video.preview_frame(media.video, loaded, request.brand, request.fields, small,
                                    media.t, focus=focus, settled=media.settled)
        if image.size != small.size:
            image = image.resize(small.size, Image.Resampling.BILINEAR)
        source_size = media.source_size
    else:
        photo = media.photo_image() if media is not None else None
        result = render_photo(loaded, request.brand, request.fields, small, photo, focus)
        image, warnings = result.image, result.warnings
        source_size = photo.size if photo is not None else None
    cancel.raise_if_cancelled()
    media_rect, crop = _media_geometry(loaded, request, small, source_size, focus)
    progress(ProgressEvent(1.0))
    return PreviewImage(
        image=to_qimage(image), platform_id=request.platform.id,
        scale=small.width / request.platform.width, media_rect=media_rect, crop=crop,
        warnings=warnings, elapsed_ms=(time.perf_counter() - started) * 1000,
        tag=request.tag, left_out=left_out)


def render_strip(requests: tuple[PreviewRequest, ...], *, progress: ProgressCallback,
                 cancel: CancelToken) -> list[StripItem]:
    """Small previews of several platforms (the strip under a big preview); a platform
    that cannot be drawn says why and the others still come."""
    items = []
    for index, request in enumerate(requests):
        cancel.raise_if_cancelled()
        try:
            preview = render_preview(request, progress=lambda _event: None, cancel=cancel)
            items.append(StripItem(request.platform.id, preview))
        except StudioError as exc:
            items.append(StripItem(request.platform.id, None, exc))
        progress(ProgressEvent((index + 1) / len(requests), item=request.platform.id))
    return items


# -- a template being edited -----------------------------------------------------------------
def drawable(loaded: LoadedTemplate, fields: Mapping[str, str], brand: BrandKit
             ) -> tuple[LoadedTemplate, tuple[str, ...]]:
    """``loaded`` without the layers (and variants) that cannot be drawn now, and their ids."""
    template = loaded.template
    variants = {}
    for aspect, overrides in template.variants.items():
        try:
            template.layers_for(aspect)  # type: ignore[arg-type]
            variants[aspect] = overrides
        except ValueError:
            pass  # an invalid variant: that aspect shows the base layers
    if len(variants) != len(template.variants):
        template = template.model_copy(update={"variants": variants})
    left_out: set[str] = set()
    for aspect in (None, *ASPECTS):
        layers = template.layers if aspect is None else template.layers_for(aspect)
        for layer in layers:
            try:
                _check_drawable(layer, fields, brand, loaded.folder)
            except StudioError:
                left_out.add(layer.id)
    for layer_id in left_out:
        template = remove_layer(template, layer_id)
    try:
        brand.color(template.background)
    except StudioError:
        template = template.model_copy(update={"background": FALLBACK_BACKGROUND})
    return LoadedTemplate(template, loaded.folder), tuple(sorted(left_out))


def _check_drawable(layer: LayerBase, fields: Mapping[str, str], brand: BrandKit,
                    folder: Path) -> None:
    """Raise unless ``layer`` can be drawn with these fields and this brand kit."""
    if isinstance(layer, TextLayer):
        evaluate_text(layer.text, fields, layer_id=layer.id)
        brand.font_path(layer.font)
        brand.color(layer.color)
        if layer.background is not None:
            brand.color(layer.background.color)
    elif isinstance(layer, ImageLayer):
        path = brand.logo_path(layer.source) if layer.source.startswith("brand:") \
            else folder / layer.source
        if not path.is_file():
            raise TemplateError(f"layer {layer.id!r}: {layer.source} is missing", path=path,
                                code="template.asset_missing")
    else:
        for ref in (getattr(layer, "fill", None), getattr(layer, "fill_to", None),
                    getattr(layer, "background", None)):
            if isinstance(ref, str):
                brand.color(ref)


# -- where the photo shows -------------------------------------------------------------------
def _media_geometry(loaded: LoadedTemplate, request: PreviewRequest, small: Platform,
                    source_size: tuple[int, int] | None, focus: Focus
                    ) -> tuple[Rect | None, Rect | None]:
    """Where the photo shows on the preview and which part of it shows there."""
    if source_size is None:
        return None, None
    composition = plan_composition(loaded, request.brand, request.fields, small.width,
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



def card_request(loaded: LoadedTemplate, brand: BrandKit, platform: Platform, width: int, *,
                 lenient: bool = False) -> PreviewRequest:
    """A template's card in a gallery: sample values over the sample photo, ``width`` px wide."""
    uses_photo = "photo" in loaded.template.media or "video" in loaded.template.media
    return PreviewRequest(
        loaded=loaded, brand=brand, fields=sample_values(loaded.template), platform=platform,
        media=MediaInput.sample_photo(sample_photo_path()) if uses_photo else None, focus=None,
        max_size=(width, 10 * width), lenient=lenient, tag=loaded.id)
