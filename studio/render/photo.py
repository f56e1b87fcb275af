"""Photo rendering: (template, brand kit, fields, photo, focus, platform) -> image.

A template is compiled once per (template, fields, size) into a
:class:`Composition`: the opaque canvas under the media, the media's box and
one transparent overlay with every layer above it. Rendering a photo is then
one resize into the media box and one paste of the overlay, so a batch pays
for the branding once per platform, not once per photo. The video path uses
the same composition (with timed layers kept apart), so photo and video agree.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageEnhance, ImageFilter

from studio.brand import BrandKit
from studio.errors import RenderError
from studio.media import SourcePhoto
from studio.platforms import Platform, SafeArea
from studio.render.crop import (
    CENTER,
    MAX_UPSCALE,
    CropPlan,
    Focus,
    Visibility,
    cover_box,
    detect_focus,
    plan_cover,
)
from studio.render.flow import flow_layout
from studio.render.layers import RenderContext, RenderWarning, renderer_for
from studio.template.layout import Layout, ResolvedLayer, resolve_layout
from studio.template.loader import LoadedTemplate
from studio.template.model import Animation, MediaLayer
from studio.values import clean_value

RESAMPLE = Image.Resampling.LANCZOS


@dataclass(frozen=True)
class TimedLayer:
    """A layer shown only part of a video: its pixels (cropped to its ink) and timing."""

    layer_id: str
    image: Image.Image  # RGBA
    position: tuple[int, int]
    animation: Animation


@dataclass(frozen=True)
class Composition:
    layout: Layout
    below: Image.Image  # RGB: background and layers under the media
    media: ResolvedLayer | None
    above: Image.Image  # RGBA: static layers above the media
    timed: tuple[TimedLayer, ...]
    warnings: tuple[RenderWarning, ...]
    # What the layers above leave visible of a cover media box (None: all of it).
    visibility: Visibility | None = None

    @property
    def size(self) -> tuple[int, int]:
        return self.layout.size


@dataclass(frozen=True)
class RenderResult:
    image: Image.Image  # RGB at the platform's exact size
    warnings: tuple[RenderWarning, ...]


def complete_fields(loaded: LoadedTemplate, fields: Mapping[str, str]) -> dict[str, str]:
    """Field values for rendering: defaults for what was not given, locked fields kept.

    Keys the template does not use are kept too (harmless: one event form
    serves many templates).
    """
    # Whatever the caller, no control or bidi character reaches an image.
    values = {key: clean_value(str(value)) for key, value in fields.items()}
    for f in loaded.template.fields:
        given = str(values.get(f.key) or "")
        value = f.default if (f.locked or not given.strip()) else given
        values[f.key] = value[: f.max_length]
    return values


def _fingerprint(loaded: LoadedTemplate, brand: BrandKit) -> str:
    digest = hashlib.sha1(loaded.template.model_dump_json().encode())
    digest.update(str(loaded.folder).encode())
    digest.update(repr((brand.root, sorted(brand.colors.items()), sorted(brand.fonts.items()),
                        sorted(brand.logos.items()))).encode())
    return digest.hexdigest()


# Fingerprint -> the objects it was made from, for the cached planner. Bounded
# like the cache itself: the template editor makes a new value on every edit.
_objects: OrderedDict[str, tuple[LoadedTemplate, BrandKit]] = OrderedDict()
_OBJECTS_MAX = 128
_objects_lock = threading.Lock()


def plan_composition(loaded: LoadedTemplate, brand: BrandKit, fields: Mapping[str, str],
                     width: int, height: int, safe: SafeArea | None = None, *,
                     strict: bool = False, split_timed: bool = False,
                     variant: str | None = None) -> Composition:
    """Compile the template at one size (cached: a batch compiles once per platform).

    A field longer than its limit is an error (:func:`check_field_lengths`).
    """
    check_field_lengths(loaded, fields)
    key = _fingerprint(loaded, brand)
    with _objects_lock:
        _objects[key] = (loaded, brand)
        _objects.move_to_end(key)
        while len(_objects) > _OBJECTS_MAX:
            _objects.popitem(last=False)
    values = tuple(sorted(complete_fields(loaded, fields).items()))
    return _plan_cached(key, values, width, height, safe or SafeArea(), strict, split_timed,
                        variant)


def check_field_lengths(loaded: LoadedTemplate, fields: Mapping[str, str]) -> None:
    """Refuse a value longer than its field's limit (a title is never published cut).

    The app's form stops typing at the limit; a value that comes from elsewhere
    (the command line, a sheet, an older event file) is an error naming the field.
    """
    for f in loaded.template.fields:
        value = str(fields.get(f.key) or "")
        if not f.locked and len(value) > f.max_length:
            raise RenderError(
                f"the field {f.key!r} ({f.label}) is {len(value)} characters; this template "
                f"takes at most {f.max_length}",
                hint=f"shorten {f.key!r} to {f.max_length} characters",
                code="render.field_too_long", field=f.key, limit=f.max_length,
                length=len(value))


@lru_cache(maxsize=64)
def _plan_cached(key: str, values: tuple[tuple[str, str], ...], width: int, height: int,
                 safe: SafeArea, strict: bool, split_timed: bool,
                 variant: str | None = None) -> Composition:
    loaded, brand = _objects[key]
    layout = resolve_layout(loaded.template, width, height, safe, variant)
    ctx = RenderContext(brand=brand, template=loaded, fields=dict(values), layout=layout,
                        strict=strict)
    # Text boxes that grow move the layers that follow them (studio/render/flow.py).
    layout = ctx.layout = flow_layout(layout, ctx)
    r, g, b, _ = brand.color(loaded.template.background)
    below = Image.new("RGBA", (width, height), (r, g, b, 255))
    above = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    media: ResolvedLayer | None = None
    timed: list[TimedLayer] = []
    for resolved in layout.layers:
        layer = resolved.layer
        if isinstance(layer, MediaLayer):
            media = resolved
            continue
        if layer.show_if is not None and not str(ctx.fields.get(layer.show_if, "")).strip():
            continue  # an icon beside an empty detail would stand alone
        if split_timed and layer.animate is not None:
            tile = Image.new("RGBA", (width, height), (0, 0, 0, 0))
            renderer_for(layer.type)(tile, resolved, ctx)
            bbox = tile.getbbox()
            if bbox:
                timed.append(TimedLayer(layer.id, tile.crop(bbox), bbox[:2], layer.animate))
            continue
        renderer_for(layer.type)(above if media is not None else below, resolved, ctx)
    visibility = None
    if media is not None and isinstance(media.layer, MediaLayer) and media.layer.fit == "cover":
        visibility = Visibility.from_alpha(above.getchannel("A").crop(media.rect))
    return Composition(layout=layout, below=below.convert("RGB"), media=media, above=above,
                       timed=tuple(timed), warnings=tuple(ctx.warnings), visibility=visibility)


def clear_composition_cache() -> None:
    """Forget compiled compositions (e.g. between bulk rows, each with its own fields)."""
    _plan_cached.cache_clear()
    with _objects_lock:
        _objects.clear()


def fit_media(image: Image.Image, layer: MediaLayer, size: tuple[int, int], focus: Focus,
              brand: BrandKit, crop: tuple[float, float, float, float] | None = None
              ) -> Image.Image:
    """``image`` fitted into ``size`` the way the media layer asks (RGB).

    ``crop`` overrides the cover crop (a :class:`CropPlan` box that sees the overlays).
    """
    width, height = size
    if image.mode == "RGBA":
        # Transparent photos (PNG) sit on the media background colour.
        r, g, b, _ = brand.color(layer.background)
        flat = Image.new("RGB", image.size, (r, g, b))
        flat.paste(image, mask=image.getchannel("A"))
        image = flat
    if layer.fit == "cover":
        box = crop or cover_box(image.width, image.height, width, height, focus)
        return image.resize(size, RESAMPLE, box=box, reducing_gap=3.0)
    scale = min(width / image.width, height / image.height)
    inner = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    fitted = image.resize(inner, RESAMPLE, reducing_gap=3.0)
    if layer.fit == "blur":
        # A blurred, darkened cover of the same photo fills the bars.
        small = (max(1, width // 16), max(1, height // 16))
        box = cover_box(image.width, image.height, width, height, focus)
        back = image.resize(small, Image.Resampling.BILINEAR, box=box, reducing_gap=2.0)
        back = back.filter(ImageFilter.GaussianBlur(2))
        back = back.resize(size, Image.Resampling.BILINEAR)
        canvas = ImageEnhance.Brightness(back).enhance(0.6)
    else:
        r, g, b, _ = brand.color(layer.background)
        canvas = Image.new("RGB", size, (r, g, b))
    canvas.paste(fitted, ((width - inner[0]) // 2, (height - inner[1]) // 2))
    return canvas


def compose_frame(composition: Composition, media_image: Image.Image | None,
                  brand: BrandKit, focus: Focus = CENTER,
                  crop: tuple[float, float, float, float] | None = None) -> Image.Image:
    """The composition with ``media_image`` in its media box (RGB).

    Without ``crop`` a cover photo is cropped around the focus in the media box
    (as the video path does); :func:`render_photo` passes the crop from
    :func:`media_crop`, which also sees the layers over the box.
    """
    canvas = composition.below.copy()
    if composition.media is not None and media_image is not None:
        resolved = composition.media
        layer = resolved.layer
        assert isinstance(layer, MediaLayer)
        fitted = fit_media(media_image, layer, (resolved.width, resolved.height), focus, brand,
                           crop)
        canvas.paste(fitted, resolved.rect[:2])
    canvas.paste(composition.above, (0, 0), composition.above)
    for timed in composition.timed:
        canvas.paste(timed.image, timed.position, timed.image)
    return canvas


def media_crop(composition: Composition, source_size: tuple[int, int],
               focus: Focus = CENTER) -> CropPlan | None:
    """The cover crop of a photo of ``source_size`` in the composition (None: not cover).

    The focus and the faces go where the layers above the media box leave the
    photo seen (:func:`studio.render.crop.plan_cover`). The app's preview maps
    clicks on the photo with the same crop.
    """
    resolved = composition.media
    if resolved is None or not isinstance(resolved.layer, MediaLayer) \
            or resolved.layer.fit != "cover":
        return None
    return plan_cover(source_size[0], source_size[1], resolved.width, resolved.height, focus,
                      composition.visibility)


def media_warnings(composition: Composition, source_size: tuple[int, int],
                   plan: CropPlan | None, name: str | None = None) -> tuple[RenderWarning, ...]:
    """A face the design hides or cuts, and a photo enlarged so much it looks soft."""
    resolved = composition.media
    if resolved is None:
        return ()
    layer_id = resolved.layer.id
    label = f"photo {name!r}" if name else "the photo"
    warnings = []
    if plan is not None:
        crop_w = plan.box[2] - plan.box[0]
        enlarged = resolved.width / max(1e-9, crop_w)
        if plan.hidden_faces:
            warnings.append(RenderWarning(
                layer_id, "face_hidden",
                f"a face in {label} cannot be kept whole in this layout (it falls under the "
                "design or at the edge); set the focal point or choose another photo"))
    else:
        enlarged = min(resolved.width / source_size[0], resolved.height / source_size[1])
    if enlarged > MAX_UPSCALE:
        need = (round(source_size[0] * enlarged / MAX_UPSCALE),
                round(source_size[1] * enlarged / MAX_UPSCALE))
        warnings.append(RenderWarning(
            layer_id, "photo_small",
            f"{label} is {source_size[0]}x{source_size[1]} px and is enlarged "
            f"{enlarged:.1f}x here, so it will look soft; use a photo of at least "
            f"{need[0]}x{need[1]} px"))
    return tuple(warnings)


def render_photo(loaded: LoadedTemplate, brand: BrandKit, fields: Mapping[str, str],
                 platform: Platform, photo: SourcePhoto | Image.Image | None,
                 focus: Focus | None = None, *, strict: bool = False,
                 photo_name: str | None = None) -> RenderResult:
    """Render one photo for one platform at the platform's exact pixel size.

    Besides the template's own warnings: a face the design hides and a photo
    enlarged more than 1.5x (named by ``photo_name``, or the source file's name).
    """
    image = photo.image if isinstance(photo, SourcePhoto) else photo
    if isinstance(photo, SourcePhoto) and photo_name is None:
        photo_name = photo.path.name
    composition = plan_composition(loaded, brand, fields, platform.width, platform.height,
                                   platform.safe, strict=strict, variant=platform.variant)
    if focus is None:
        focus = detect_focus(image) if image is not None else CENTER
    if image is None:
        return RenderResult(image=compose_frame(composition, None, brand, focus),
                            warnings=composition.warnings)
    plan = media_crop(composition, image.size, focus)
    warnings = composition.warnings + media_warnings(composition, image.size, plan, photo_name)
    crop = plan.box if plan is not None else None
    return RenderResult(image=compose_frame(composition, image, brand, focus, crop),
                        warnings=warnings)
