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
import weakref
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
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

# Bicubic, as ffmpeg scales clips (studio.video.plan): photo and video outputs
# agree, and against Lanczos it costs a quarter less for no visible difference
# (54 dB PSNR on camera photos at 1.1-2x reduction).
RESAMPLE = Image.Resampling.BICUBIC
# Pillow's two-step resize: a box reduction by the whole factor first (cheap,
# and an area average, so nothing aliases), then the bicubic filter over what
# is left (less than 2x). On 4-24 MP camera photos against a one-step Lanczos:
# 44-46 dB PSNR (no visible difference), for about half the resize time of a
# one-step bicubic. Measured in benchmarks/photo.py.
REDUCING_GAP = 1.0


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
    # The overlay cut to the bands where it has ink, with their positions: a
    # template's branding is usually a band at the bottom and a logo at the top,
    # and pasting only those gives the same pixels as the whole transparent overlay.
    above_tiles: tuple[tuple[Image.Image, tuple[int, int]], ...] = ()
    # What the layers above leave visible of a cover media box (None: all of it).
    visibility: Visibility | None = None

    @property
    def size(self) -> tuple[int, int]:
        return self.layout.size

    @property
    def covered(self) -> bool:
        """Whether the media box fills the whole canvas (nothing below it shows)."""
        media = self.media
        return media is not None and media.rect == (0, 0, *self.size)


# Bands of the overlay closer than this (pixels) are pasted as one.
_TILE_GAP = 32


def overlay_tiles(overlay: Image.Image) -> tuple[tuple[Image.Image, tuple[int, int]], ...]:
    """``overlay`` (RGBA) as tiles around its inked rows, each cropped to its columns."""
    alpha = np.asarray(overlay.getchannel("A"))
    rows = np.flatnonzero(alpha.any(axis=1))
    if rows.size == 0:
        return ()
    breaks = np.flatnonzero(np.diff(rows) > _TILE_GAP)
    starts = [rows[0], *rows[breaks + 1]]
    ends = [*rows[breaks], rows[-1]]
    tiles = []
    for top, bottom in zip(starts, ends, strict=True):
        columns = np.flatnonzero(alpha[top:bottom + 1].any(axis=0))
        box = (int(columns[0]), int(top), int(columns[-1]) + 1, int(bottom) + 1)
        tiles.append((overlay.crop(box), box[:2]))
    return tuple(tiles)


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
                       timed=tuple(timed), warnings=tuple(ctx.warnings),
                       above_tiles=overlay_tiles(above), visibility=visibility)


def clear_composition_cache() -> None:
    """Forget compiled compositions (e.g. between bulk rows, each with its own fields)."""
    _plan_cached.cache_clear()
    with _objects_lock:
        _objects.clear()


def cover_resize(image: Image.Image, size: tuple[int, int],
                 box: tuple[float, float, float, float],
                 resample: Image.Resampling = RESAMPLE) -> Image.Image:
    """The ``box`` of ``image`` at ``size``; a plain cut when the box already has that size.

    A photo decoded at exactly the output's scale (a JPEG draft) is cut, not
    resampled (half a pixel at most moves).
    """
    left, top, right, bottom = box
    if abs((right - left) - size[0]) < 0.5 and abs((bottom - top) - size[1]) < 0.5:
        x = min(max(0, round(left)), image.width - size[0])
        y = min(max(0, round(top)), image.height - size[1])
        if x >= 0 and y >= 0:
            return image.crop((x, y, x + size[0], y + size[1]))
    return image.resize(size, resample, box=box, reducing_gap=REDUCING_GAP)


def fit_media(image: Image.Image, layer: MediaLayer, size: tuple[int, int], focus: Focus,
              brand: BrandKit, colour: Callable[[Image.Image], Image.Image] | None = None,
              resample: Image.Resampling = RESAMPLE,
              crop: tuple[float, float, float, float] | None = None) -> Image.Image:
    """``image`` fitted into ``size`` the way the media layer asks (RGB).

    ``colour`` converts what is cut from the photo to sRGB (a photo opened
    with its conversion deferred): applied to the photo's pixels only, at
    output size, never to the brand's background colour. ``crop`` overrides
    the cover crop (a :class:`CropPlan` box that sees the overlays).
    """
    colour = colour or _same
    width, height = size
    if image.mode == "RGBA":
        # Transparent photos (PNG) sit on the media background colour.
        r, g, b, _ = brand.color(layer.background)
        flat = Image.new("RGB", image.size, (r, g, b))
        flat.paste(image, mask=image.getchannel("A"))
        image = flat
    if layer.fit == "cover":
        box = crop or cover_box(image.width, image.height, width, height, focus)
        return colour(cover_resize(image, size, box, resample))
    scale = min(width / image.width, height / image.height)
    inner = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    fitted = colour(image.resize(inner, resample, reducing_gap=REDUCING_GAP))
    if layer.fit == "blur":
        # A blurred, darkened cover of the same photo fills the bars.
        small = (max(1, width // 16), max(1, height // 16))
        box = cover_box(image.width, image.height, width, height, focus)
        back = image.resize(small, Image.Resampling.BILINEAR, box=box, reducing_gap=2.0)
        back = back.filter(ImageFilter.GaussianBlur(2))
        back = colour(back).resize(size, Image.Resampling.BILINEAR)
        canvas = ImageEnhance.Brightness(back).enhance(0.6)
    else:
        r, g, b, _ = brand.color(layer.background)
        canvas = Image.new("RGB", size, (r, g, b))
    canvas.paste(fitted, ((width - inner[0]) // 2, (height - inner[1]) // 2))
    return canvas


# Previews draw the same photo (a proxy) again and again while fields change:
# the photo fitted into its box is kept per image (a few sizes each), and
# forgotten with the image.
_FITTED_PER_IMAGE = 6
# By id: a PIL image compares by pixels and so cannot be a dict key; the weak
# reference drops the entry when the image goes.
_fitted: dict[int, tuple[weakref.ref[Image.Image], OrderedDict[Any, Image.Image]]] = {}
_fitted_lock = threading.RLock()  # a weakref callback may run inside the lock


def _forget(image_id: int) -> None:
    with _fitted_lock:
        _fitted.pop(image_id, None)


def _fit_remembered(image: Image.Image, layer: MediaLayer, size: tuple[int, int],
                    focus: Focus, brand: BrandKit,
                    crop: tuple[float, float, float, float] | None = None) -> Image.Image:
    key = (layer.fit, brand.color(layer.background), size, focus, crop)
    with _fitted_lock:
        entry = _fitted.get(id(image))
        if entry is not None and entry[0]() is image and key in entry[1]:
            entry[1].move_to_end(key)
            return entry[1][key]
    fitted = fit_media(image, layer, size, focus, brand, crop=crop)
    with _fitted_lock:
        entry = _fitted.get(id(image))
        if entry is None or entry[0]() is not image:
            image_id = id(image)
            entry = (weakref.ref(image, lambda _ref: _forget(image_id)), OrderedDict())
            _fitted[image_id] = entry
        entry[1][key] = fitted
        while len(entry[1]) > _FITTED_PER_IMAGE:
            entry[1].popitem(last=False)
    return fitted


def compose_frame(composition: Composition, media_image: Image.Image | None,
                  brand: BrandKit, focus: Focus = CENTER,
                  colour: Callable[[Image.Image], Image.Image] | None = None,
                  resample: Image.Resampling = RESAMPLE, *, remember: bool = False,
                  crop: tuple[float, float, float, float] | None = None) -> Image.Image:
    """The composition with ``media_image`` in its media box (RGB).

    Without ``crop`` a cover photo is cropped around the focus in the media box
    (as the video path does); :func:`render_photo` and the export pass the crop
    from :func:`media_crop`, which also sees the layers over the box.
    ``remember``: keep the fitted photo for the next frame of the same image
    (previews; the fitted image is shared, so it is never drawn on).
    """
    canvas: Image.Image | None = None
    if composition.media is not None and media_image is not None:
        resolved = composition.media
        layer = resolved.layer
        assert isinstance(layer, MediaLayer)
        size = (resolved.width, resolved.height)
        if remember and colour is None and resample == RESAMPLE:
            fitted = _fit_remembered(media_image, layer, size, focus, brand, crop)
        else:
            fitted = fit_media(media_image, layer, size, focus, brand, colour, resample, crop)
        if composition.covered and fitted.mode == "RGB" and fitted.size == composition.size \
                and not remember:
            canvas = fitted  # a new image that hides everything below it: no copy needed
        elif composition.covered and fitted.size == composition.size:
            canvas = fitted.copy()  # a remembered one is shared: draw on a copy
        else:
            canvas = composition.below.copy()
            canvas.paste(fitted, resolved.rect[:2])
    if canvas is None:
        canvas = composition.below.copy()
    for tile, position in composition.above_tiles:
        canvas.paste(tile, position, tile)
    for timed in composition.timed:
        canvas.paste(timed.image, timed.position, timed.image)
    return canvas


def _same(image: Image.Image) -> Image.Image:
    return image


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
        return RenderResult(image=compose_frame(composition, None, brand, focus, remember=True),
                            warnings=composition.warnings)
    plan = media_crop(composition, image.size, focus)
    warnings = composition.warnings + media_warnings(composition, image.size, plan, photo_name)
    crop = plan.box if plan is not None else None
    return RenderResult(image=compose_frame(composition, image, brand, focus, remember=True,
                                            crop=crop),
                        warnings=warnings)
