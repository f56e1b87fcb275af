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
from dataclasses import dataclass, replace
from functools import lru_cache

from PIL import Image, ImageEnhance, ImageFilter

from studio.brand import BrandKit
from studio.media import SourcePhoto
from studio.platforms import Platform, SafeArea
from studio.render.crop import CENTER, Focus, cover_box, detect_focus
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
                     strict: bool = False, split_timed: bool = False) -> Composition:
    """Compile the template at one size (cached: a batch compiles once per platform)."""
    key = _fingerprint(loaded, brand)
    with _objects_lock:
        _objects[key] = (loaded, brand)
        _objects.move_to_end(key)
        while len(_objects) > _OBJECTS_MAX:
            _objects.popitem(last=False)
    values = tuple(sorted(complete_fields(loaded, fields).items()))
    composition = _plan_cached(key, values, width, height, safe or SafeArea(), strict,
                               split_timed)
    cut = [f for f in loaded.template.fields
           if not f.locked and len(str(fields.get(f.key) or "")) > f.max_length]
    if not cut:
        return composition
    # complete_fields shortened these; say so rather than cut silently.
    extra = tuple(RenderWarning(f.key, "field_too_long",
                                f"field {f.key!r} is longer than {f.max_length} characters; "
                                "the rest was left out") for f in cut)
    return replace(composition, warnings=composition.warnings + extra)


@lru_cache(maxsize=64)
def _plan_cached(key: str, values: tuple[tuple[str, str], ...], width: int, height: int,
                 safe: SafeArea, strict: bool, split_timed: bool) -> Composition:
    loaded, brand = _objects[key]
    layout = resolve_layout(loaded.template, width, height, safe)
    ctx = RenderContext(brand=brand, template=loaded, fields=dict(values), layout=layout,
                        strict=strict)
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
        if split_timed and layer.animate is not None:
            tile = Image.new("RGBA", (width, height), (0, 0, 0, 0))
            renderer_for(layer.type)(tile, resolved, ctx)
            bbox = tile.getbbox()
            if bbox:
                timed.append(TimedLayer(layer.id, tile.crop(bbox), bbox[:2], layer.animate))
            continue
        renderer_for(layer.type)(above if media is not None else below, resolved, ctx)
    return Composition(layout=layout, below=below.convert("RGB"), media=media, above=above,
                       timed=tuple(timed), warnings=tuple(ctx.warnings))


def clear_composition_cache() -> None:
    """Forget compiled compositions (e.g. between bulk rows, each with its own fields)."""
    _plan_cached.cache_clear()
    with _objects_lock:
        _objects.clear()


def fit_media(image: Image.Image, layer: MediaLayer, size: tuple[int, int], focus: Focus,
              brand: BrandKit) -> Image.Image:
    """``image`` fitted into ``size`` the way the media layer asks (RGB)."""
    width, height = size
    if image.mode == "RGBA":
        # Transparent photos (PNG) sit on the media background colour.
        r, g, b, _ = brand.color(layer.background)
        flat = Image.new("RGB", image.size, (r, g, b))
        flat.paste(image, mask=image.getchannel("A"))
        image = flat
    if layer.fit == "cover":
        box = cover_box(image.width, image.height, width, height, focus)
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
                  brand: BrandKit, focus: Focus = CENTER) -> Image.Image:
    """The composition with ``media_image`` in its media box (RGB)."""
    canvas = composition.below.copy()
    if composition.media is not None and media_image is not None:
        resolved = composition.media
        layer = resolved.layer
        assert isinstance(layer, MediaLayer)
        fitted = fit_media(media_image, layer, (resolved.width, resolved.height), focus, brand)
        canvas.paste(fitted, resolved.rect[:2])
    canvas.paste(composition.above, (0, 0), composition.above)
    for timed in composition.timed:
        canvas.paste(timed.image, timed.position, timed.image)
    return canvas


def render_photo(loaded: LoadedTemplate, brand: BrandKit, fields: Mapping[str, str],
                 platform: Platform, photo: SourcePhoto | Image.Image | None,
                 focus: Focus | None = None, *, strict: bool = False) -> RenderResult:
    """Render one photo for one platform at the platform's exact pixel size."""
    image = photo.image if isinstance(photo, SourcePhoto) else photo
    composition = plan_composition(loaded, brand, fields, platform.width, platform.height,
                                   platform.safe, strict=strict)
    if focus is None:
        focus = detect_focus(image) if image is not None else CENTER
    return RenderResult(image=compose_frame(composition, image, brand, focus),
                        warnings=composition.warnings)
