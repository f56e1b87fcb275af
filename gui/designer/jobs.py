"""The designer's work on worker threads, as plain functions (run by gui.operations).

Each takes ``progress`` and ``cancel`` keywords and returns values; none touches
a widget. Previews render through the same core as the export
(:func:`studio.render.photo.plan_composition`), at a reduced size: layouts are
fractions and font sizes scale with the short side, so a small render is the
export in miniature. A template being edited may be half-finished (a field not
yet defined, a colour removed from the brand kit); the layers that cannot be
drawn are left out of the preview and the problem list says why.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QImage

from gui.designer.samples import load_sample_photo
from gui.jobs.images import to_qimage
from studio.brand import BrandKit
from studio.errors import StudioError
from studio.platforms import ASPECTS, Platform, SafeArea
from studio.produce import compose_frame, plan_composition
from studio.progress import CancelToken, ProgressCallback, ProgressEvent
from studio.render.crop import CENTER, Focus
from studio.render.expressions import evaluate_text
from studio.render.layers import RenderWarning
from studio.template.editing import remove_layer
from studio.template.loader import LoadedTemplate
from studio.template.model import ImageLayer, Template, TextLayer

STRIP_HEIGHT = 128


@dataclass(frozen=True)
class PreviewRequest:
    template: Template
    folder: Path  # where the template's own assets are
    brand: BrandKit
    width: int
    height: int
    safe: SafeArea
    fields: Mapping[str, str]
    photo_path: Path | None = None  # None: the generated stand-in photo
    focus: Focus = CENTER
    scale: float = 1.0  # render at width*scale x height*scale


@dataclass(frozen=True)
class Preview:
    image: QImage
    scale: float
    warnings: tuple[RenderWarning, ...] = ()
    left_out: tuple[str, ...] = ()  # layers that could not be drawn


@dataclass(frozen=True)
class StripItem:
    platform_id: str
    image: QImage | None
    warnings: tuple[RenderWarning, ...]
    error: StudioError | None = None


def _drawable(template: Template, fields: Mapping[str, str], brand: BrandKit, folder: Path
              ) -> tuple[Template, tuple[str, ...]]:
    """``template`` without the layers (and variants) that cannot be drawn now."""
    variants = {}
    for aspect, overrides in template.variants.items():
        try:
            template.layers_for(aspect)
            variants[aspect] = overrides
        except ValueError:
            pass  # an invalid variant: that aspect shows the base layers
    if len(variants) != len(template.variants):
        template = template.model_copy(update={"variants": variants})

    def check(layer) -> None:
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
                raise StudioError("missing", code="asset.missing")
        else:
            for ref in (getattr(layer, "fill", None), getattr(layer, "fill_to", None),
                        getattr(layer, "background", None)):
                if isinstance(ref, str):
                    brand.color(ref)

    left_out: set[str] = set()
    for aspect in (None, *ASPECTS):
        layers = template.layers if aspect is None else template.layers_for(aspect)
        for layer in layers:
            try:
                check(layer)
            except StudioError:
                left_out.add(layer.id)
    for layer_id in left_out:
        template = remove_layer(template, layer_id)
    return template, tuple(sorted(left_out))


def _render(request: PreviewRequest, width: int, height: int, safe: SafeArea
            ) -> tuple[Image.Image, tuple[RenderWarning, ...], tuple[str, ...]]:
    template, left_out = _drawable(request.template, request.fields, request.brand,
                                   request.folder)
    try:
        request.brand.color(template.background)
    except StudioError:
        template = template.model_copy(update={"background": "#282828"})
    loaded = LoadedTemplate(template, request.folder)
    composition = plan_composition(loaded, request.brand, request.fields, width, height, safe)
    photo = load_sample_photo(request.photo_path) if composition.media is not None else None
    image = compose_frame(composition, photo, request.brand, request.focus)
    return image, composition.warnings, left_out


def _scaled_safe(safe: SafeArea, scale: float) -> SafeArea:
    return SafeArea(top=round(safe.top * scale), bottom=round(safe.bottom * scale),
                    left=round(safe.left * scale), right=round(safe.right * scale))


def render_preview(request: PreviewRequest, *, progress: ProgressCallback,
                   cancel: CancelToken) -> Preview:
    """The canvas image of one template at one size."""
    cancel.raise_if_cancelled()
    width = max(16, round(request.width * request.scale))
    height = max(16, round(request.height * request.scale))
    scale = width / request.width
    image, warnings, left_out = _render(request, width, height,
                                        _scaled_safe(request.safe, scale))
    progress(ProgressEvent(1.0))
    return Preview(to_qimage(image), scale, warnings, left_out)


def render_strip(request: PreviewRequest, platforms: Sequence[Platform], *,
                 progress: ProgressCallback, cancel: CancelToken,
                 height: int = STRIP_HEIGHT) -> list[StripItem]:
    """Small renders of ``request`` for every platform, side by side."""
    items: list[StripItem] = []
    for index, platform in enumerate(platforms):
        cancel.raise_if_cancelled()
        scale = height / platform.height
        width = max(16, round(platform.width * scale))
        try:
            image, warnings, _ = _render(request, width, height,
                                         _scaled_safe(platform.safe, scale))
            items.append(StripItem(platform.id, to_qimage(image), warnings))
        except StudioError as exc:
            items.append(StripItem(platform.id, None, (), exc))
        progress(ProgressEvent((index + 1) / len(platforms), item=platform.id))
    return items


def render_thumbnail(request: PreviewRequest, *, progress: ProgressCallback,
                     cancel: CancelToken) -> QImage:
    """A library thumbnail (``request.scale`` picks its size)."""
    return render_preview(request, progress=progress, cancel=cancel).image
