"""The template model: an immutable, validated description of one template.

A template is data (``template.toml`` plus its own assets). Layers are listed
bottom to top; their boxes are fractions of the canvas (or of the platform's
safe area) so one template adapts to every size, and per-aspect ``variants``
override only what must move. All values are frozen pydantic models: an edit
returns a new value (``model_copy(update=...)``), which makes undo a stack of
values and lets renders be cached by the hash of their inputs.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from studio.platforms import ASPECTS, Aspect

TEMPLATE_SCHEMA = 1

# Font sizes and radii are in "reference pixels": pixels on a canvas whose short
# side is 1080. A 1200x627 output scales them by 627/1080.
REFERENCE_SHORT_SIDE = 1080

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
FIELD_KEY_PATTERN = r"^[a-z][a-z0-9_]{0,31}$"

# The shared field vocabulary: one event form fills every template.
STANDARD_FIELDS = (
    "judul", "subjudul", "tanggal", "tanggal_selesai", "waktu", "zona", "lokasi",
    "penyelenggara", "deskripsi", "nama", "jabatan", "ucapan", "tagar",
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Box(_Frozen):
    """A rectangle as fractions of its area: left, top, width, height."""

    x: float = Field(0.0, ge=-1.0, le=2.0)
    y: float = Field(0.0, ge=-1.0, le=2.0)
    w: float = Field(1.0, gt=0.0, le=3.0)
    h: float = Field(1.0, gt=0.0, le=3.0)

    @model_validator(mode="before")
    @classmethod
    def _from_list(cls, value: Any) -> Any:
        # TOML keeps boxes compact as [x, y, w, h].
        if isinstance(value, list | tuple):
            if len(value) != 4:
                raise ValueError("a box is [x, y, w, h]")
            return dict(zip("xywh", value, strict=True))
        return value

    def as_list(self) -> list[float]:
        return [self.x, self.y, self.w, self.h]


class Animation(_Frozen):
    """When a layer shows in a video, and how it comes in and goes out."""

    start: float = Field(0.0, ge=0.0)
    end: float | None = Field(None, ge=0.0)
    effect: Literal["none", "fade", "slide_up", "slide_left"] = "fade"
    duration: float = Field(0.5, ge=0.0, le=5.0)


class LayerBase(_Frozen):
    id: str = Field(pattern=ID_PATTERN)
    name: str = ""
    box: Box = Box()
    area: Literal["canvas", "safe"] = "canvas"
    opacity: float = Field(1.0, ge=0.0, le=1.0)
    visible: bool = True
    # A locked layer cannot be changed or hidden by a PIC in the production view.
    locked: bool = True
    # Video only: when the layer is shown. None means the whole clip.
    animate: Animation | None = None


class MediaLayer(LayerBase):
    type: Literal["media"] = "media"
    fit: Literal["cover", "contain", "blur"] = "cover"
    # Behind a contained photo.
    background: str = "brand:primary_dark"


class ImageLayer(LayerBase):
    type: Literal["image"] = "image"
    source: str
    fit: Literal["contain", "cover"] = "contain"
    align: Literal["left", "center", "right"] = "center"
    valign: Literal["top", "middle", "bottom"] = "middle"
    area: Literal["canvas", "safe"] = "safe"

    @field_validator("source")
    @classmethod
    def _source_ok(cls, value: str) -> str:
        if value.startswith("brand:"):
            return value
        check_relative_path(value)
        return value


class ShapeLayer(LayerBase):
    type: Literal["shape"] = "shape"
    shape: Literal["rect", "rounded", "gradient", "ellipse"] = "rect"
    fill: str = "brand:primary"
    # Gradient: from ``fill`` to ``fill_to`` (default: ``fill`` fully transparent).
    fill_to: str | None = None
    direction: Literal["down", "up", "left", "right"] = "down"
    radius: float = Field(0.0, ge=0.0, le=2000.0)


class TextBackground(_Frozen):
    """A chip that hugs the text block (e.g. behind a date)."""

    color: str = "brand:accent"
    padding: tuple[float, float] = (24.0, 12.0)
    radius: float = Field(12.0, ge=0.0)
    opacity: float = Field(1.0, ge=0.0, le=1.0)


class TextLayer(LayerBase):
    type: Literal["text"] = "text"
    text: str = Field(max_length=2000)
    font: str = "brand:bold"
    color: str = "brand:white"
    size: tuple[float, float] = (32.0, 72.0)
    align: Literal["left", "center", "right"] = "left"
    valign: Literal["top", "middle", "bottom"] = "top"
    max_lines: int = Field(3, ge=1, le=40)
    line_spacing: float = Field(1.15, ge=0.7, le=3.0)
    transform: Literal["none", "upper", "lower"] = "none"
    background: TextBackground | None = None
    shadow: bool = False
    area: Literal["canvas", "safe"] = "safe"

    @field_validator("size")
    @classmethod
    def _size_range(cls, value: tuple[float, float]) -> tuple[float, float]:
        low, high = value
        if not (4 <= low <= high <= 800):
            raise ValueError("size is [min, max] with 4 <= min <= max <= 800")
        return value


Layer = Annotated[
    MediaLayer | ImageLayer | ShapeLayer | TextLayer, Field(discriminator="type")
]
LAYER_TYPES: dict[str, type[LayerBase]] = {
    "media": MediaLayer,
    "image": ImageLayer,
    "shape": ShapeLayer,
    "text": TextLayer,
}


class TemplateField(_Frozen):
    """A value the officer types; the same fields feed the captions."""

    key: str = Field(pattern=FIELD_KEY_PATTERN)
    label: str
    type: Literal["text", "multiline", "date", "time", "choice"] = "text"
    required: bool = False
    max_length: int = Field(200, ge=1, le=5000)
    default: str = ""
    choices: tuple[str, ...] = ()
    help: str = ""
    placeholder: str = ""
    # A locked field keeps its default; a PIC cannot change it.
    locked: bool = False

    @model_validator(mode="after")
    def _choices_ok(self) -> TemplateField:
        if self.type == "choice" and not self.choices:
            raise ValueError("a choice field needs choices")
        return self


class VideoSettings(_Frozen):
    intro: bool = True
    outro: bool = True
    max_duration: float | None = Field(None, gt=0)


# -- carousel pages: a cover, one slide per photo, an optional closing page ------------
# Kept apart from the core schema: a template without ``[carousel]`` makes no carousel.
CAROUSEL_PAGES = ("cover", "slide", "closing")
# Instagram's limit, the strictest of the networks that take carousels.
MAX_CAROUSEL_SLIDES = 20


class CarouselPage(_Frozen):
    """One kind of carousel page, made from the template's own layers.

    ``keep``: ids of the template's layers shown on this page, in the
    template's order (omitted: all of them); ``layers``: this page's own
    layers, drawn above them (a slide number, "follow us"); ``variants``:
    per-aspect overrides of either, applied over the template's variants.
    """

    keep: tuple[str, ...] | None = None
    layers: tuple[Layer, ...] = ()
    variants: dict[Aspect, dict[str, dict[str, Any]]] = Field(default_factory=dict)


class CarouselSpec(_Frozen):
    """The pages a template makes for a carousel post (``[carousel]`` in template.toml)."""

    cover: CarouselPage = CarouselPage()
    slide: CarouselPage = CarouselPage()
    closing: CarouselPage | None = None
    # The closing page is made unless the event turns it off.
    closing_default: bool = True
    max_slides: int = Field(MAX_CAROUSEL_SLIDES, ge=3, le=MAX_CAROUSEL_SLIDES)


class Template(_Frozen):
    schema_version: int = Field(TEMPLATE_SCHEMA, alias="schema")
    id: str = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=1, max_length=80)
    description: str = ""
    version: str = Field("1.0.0", pattern=r"^\d+(\.\d+){0,2}$")
    author: str = ""
    media: tuple[Literal["photo", "video", "none"], ...] = ("photo", "video")
    aspects: tuple[Aspect, ...] = ASPECTS
    caption: str | None = None
    # Background behind everything (visible where no layer covers the canvas).
    background: str = "brand:primary_dark"
    fields: tuple[TemplateField, ...] = ()
    layers: tuple[Layer, ...] = ()
    # aspect -> layer id -> overridden properties
    variants: dict[Aspect, dict[str, dict[str, Any]]] = Field(default_factory=dict)
    video: VideoSettings = VideoSettings()
    carousel: CarouselSpec | None = None

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @model_validator(mode="after")
    def _consistent(self) -> Template:
        if self.schema_version != TEMPLATE_SCHEMA:
            raise ValueError(f"schema {self.schema_version} is not supported "
                             f"(this version reads {TEMPLATE_SCHEMA})")
        ids = [layer.id for layer in self.layers]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ValueError(f"duplicate layer id(s): {', '.join(sorted(dupes))}")
        keys = [f.key for f in self.fields]
        dupes = {k for k in keys if keys.count(k) > 1}
        if dupes:
            raise ValueError(f"duplicate field key(s): {', '.join(sorted(dupes))}")
        if sum(1 for layer in self.layers if layer.type == "media") > 1:
            raise ValueError("a template has at most one media layer")
        for aspect, overrides in self.variants.items():
            for layer_id in overrides:
                if layer_id not in ids:
                    raise ValueError(f"variant {aspect!r} overrides unknown layer {layer_id!r}")
        if self.carousel is not None:
            _check_carousel(self.carousel, self.layers)
        return self

    # -- queries --------------------------------------------------------------
    def field(self, key: str) -> TemplateField | None:
        return next((f for f in self.fields if f.key == key), None)

    def layer(self, layer_id: str) -> LayerBase | None:
        return next((la for la in self.layers if la.id == layer_id), None)

    @property
    def media_layer(self) -> MediaLayer | None:
        return next((la for la in self.layers if isinstance(la, MediaLayer)), None)

    def layers_for(self, aspect: Aspect) -> tuple[LayerBase, ...]:
        """The layers with the ``aspect`` variant's overrides applied."""
        overrides = self.variants.get(aspect, {})
        if not overrides:
            return tuple(self.layers)
        result = []
        for layer in self.layers:
            change = overrides.get(layer.id)
            if change:
                data = layer.model_dump(mode="python", exclude_none=False)
                data.update(change)
                layer = LAYER_TYPES[layer.type].model_validate(data)
            result.append(layer)
        return tuple(result)

    def carousel_page(self, page: str) -> Template:
        """The template of one carousel page (``cover``, ``slide``, ``closing``).

        The kept layers and the page's own, with the template's variants for
        the kept layers and the page's variants over them. Raises KeyError for
        a page the template does not declare.
        """
        spec = self.carousel
        chosen = getattr(spec, page, None) if spec is not None and page in CAROUSEL_PAGES \
            else None
        if not isinstance(chosen, CarouselPage):
            raise KeyError(page)
        keep = set(chosen.keep) if chosen.keep is not None else {la.id for la in self.layers}
        layers = tuple(la for la in self.layers if la.id in keep) + chosen.layers
        variants: dict[Aspect, dict[str, dict[str, Any]]] = {}
        for aspect, overrides in self.variants.items():
            variants[aspect] = {k: dict(v) for k, v in overrides.items() if k in keep}
        for aspect, overrides in chosen.variants.items():
            merged = variants.setdefault(aspect, {})
            for layer_id, change in overrides.items():
                merged[layer_id] = {**merged.get(layer_id, {}), **change}
        return self.model_copy(update={"layers": layers, "variants": variants,
                                       "carousel": None})

    def default_values(self) -> dict[str, str]:
        return {f.key: f.default for f in self.fields}

    # -- edits return new values ------------------------------------------------
    def with_layer(self, layer: LayerBase) -> Template:
        layers = tuple(layer if la.id == layer.id else la for la in self.layers)
        return self.model_copy(update={"layers": layers})

    def to_data(self) -> dict[str, Any]:
        """Plain data for template.toml (round-trips through :func:`parse_template`)."""
        data = self.model_dump(mode="json", by_alias=True, exclude_none=True)
        pages = data.get("carousel") or {}
        own = [la for name in CAROUSEL_PAGES for la in (pages.get(name) or {}).get("layers", [])]
        for layer in (*data["layers"], *own):
            layer["box"] = [layer["box"][k] for k in "xywh"]
        return data


def _check_carousel(spec: CarouselSpec, layers: tuple[LayerBase, ...]) -> None:
    ids = [la.id for la in layers]
    for name in CAROUSEL_PAGES:
        page = getattr(spec, name)
        if page is None:
            continue
        for layer_id in page.keep or ():
            if layer_id not in ids:
                raise ValueError(f"carousel page {name!r} keeps unknown layer {layer_id!r}")
        own = [la.id for la in page.layers]
        clash = sorted({i for i in own if i in ids or own.count(i) > 1})
        if clash:
            raise ValueError(f"carousel page {name!r}: layer id(s) used twice: "
                             f"{', '.join(clash)}")
        kept = [la for la in layers if page.keep is None or la.id in page.keep]
        if sum(1 for la in (*kept, *page.layers) if la.type == "media") > 1:
            raise ValueError(f"carousel page {name!r} has more than one media layer")
        known = {la.id for la in kept} | set(own)
        for aspect, overrides in page.variants.items():
            for layer_id in overrides:
                if layer_id not in known:
                    raise ValueError(f"carousel page {name!r}, variant {aspect!r} overrides "
                                     f"a layer the page does not show: {layer_id!r}")


def check_relative_path(value: str) -> str:
    """Refuse paths that could leave the template folder (absolute, ``..``, drives)."""
    if not value or "\\" in value or value.startswith("/") or re.match(r"^[A-Za-z]:", value):
        raise ValueError(f"asset path must be relative with forward slashes: {value!r}")
    if any(part in ("..", "") for part in value.split("/")):
        raise ValueError(f"asset path must stay inside the template folder: {value!r}")
    return value
