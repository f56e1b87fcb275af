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
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from studio.platforms import ASPECTS, Aspect

TEMPLATE_SCHEMA = 1

# Font sizes and radii are in "reference pixels": pixels on a canvas whose short
# side is 1080. A 1200x627 output scales them by 627/1080.
REFERENCE_SHORT_SIDE = 1080

ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
FIELD_KEY_PATTERN = r"^[a-z][a-z0-9_]{0,31}$"

# -- limits: a template comes from anyone, so what it may ask of a render is bounded --
# Checked when the template loads (base layers and every variant alike), each
# with a message that names the limit.
MAX_LAYERS = 64                 # layers in one template (the shipped ones use 9-22)
MAX_FIELDS = 40                 # fields a template declares
# Areas are in canvases: a layer whose box is the whole canvas counts 1.0.
MAX_DRAWN_AREA = 16.0           # every layer's box, summed (shipped: at most 7.3)
MAX_SHADOW_AREA = 3.0           # shadowed text boxes, summed (each is blurred)
MAX_GRADIENT_AREA = 6.0         # gradient shapes, summed (shipped: at most 1.3)
MAX_TEXT_PADDING = 400.0        # reference pixels around a text chip
MAX_ASSET_PATH = 200            # characters of an asset's path inside the template
MAX_ASSET_PATH_DEPTH = 8        # folders an asset path may go down

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


# -- flowing layout: boxes that grow, layers that follow them ---------------------------
# Kept apart from the core schema above: these keys are optional, and a template
# that does not use them lays out exactly as before.

# Named variants applied on top of the aspect's variant for platforms that ask
# for them in platforms.toml (``variant = "thumbnail"``: a YouTube thumbnail is
# landscape but wants a design of its own: a few words, large).
NAMED_VARIANTS = ("thumbnail",)
VariantName = Literal["tall", "portrait", "square", "landscape", "thumbnail"]


class Grow(_Frozen):
    """How far a text box may grow into free space before its text shrinks.

    Fractions of the layer's area height, like the box. The box grows only as
    much as the text needs at its largest size, upwards first.
    """

    up: float = Field(0.0, ge=0.0, le=1.0)
    down: float = Field(0.0, ge=0.0, le=1.0)


class Follow(_Frozen):
    """A layer that moves (or stretches) with an edge of a text box that grows or collapses.

    ``edge = "top"``: when the text grows up by d pixels, this layer moves up by
    d (``mode = "move"``: a label above a title) or only its top edge does
    (``"stretch"``: the panel behind the title). ``"bottom"`` likewise downwards.
    A text layer may follow another one, so a stack of them moves as one.
    """

    layer: str = Field(pattern=ID_PATTERN)
    edge: Literal["top", "bottom"] = "top"
    mode: Literal["move", "stretch"] = "move"


class LayerBase(_Frozen):
    if TYPE_CHECKING:
        # Each kind of layer narrows this to its name (``Literal["media"]``...); declared
        # for the type checker only, so the fields' order in template.toml stays as it is.
        type: str

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
    # Drawn only when this field has a value: the place's icon is left out with the place.
    show_if: str | None = Field(None, pattern=FIELD_KEY_PATTERN)
    # Flowing layout: move with a growing text box (see Follow).
    follow: Follow | None = None


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
    radius: float = Field(12.0, ge=0.0, le=2000.0)
    opacity: float = Field(1.0, ge=0.0, le=1.0)

    @field_validator("padding")
    @classmethod
    def _padding_range(cls, value: tuple[float, float]) -> tuple[float, float]:
        if not all(0 <= v <= MAX_TEXT_PADDING for v in value):
            raise ValueError(f"padding is [x, y], each between 0 and {MAX_TEXT_PADDING:g}")
        return value


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
    # Flowing layout: the box may grow into free space before the text shrinks;
    # short text may be set up to ``scale_up`` times the largest size to fill
    # its box; how lines are broken (balanced titles, "pretty" body text).
    grow: Grow | None = None
    scale_up: float = Field(1.0, ge=1.0, le=3.0)
    wrap: Literal["auto", "balance", "pretty"] = "auto"
    # An empty text takes no room: layers that follow it close the gap (a
    # second or third key figure left empty).
    collapse: bool = False

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
    # The id of a caption template (a file name in the captions folder, never a path).
    caption: str | None = None
    # Background behind everything (visible where no layer covers the canvas).
    background: str = "brand:primary_dark"
    fields: tuple[TemplateField, ...] = ()
    layers: tuple[Layer, ...] = ()
    # aspect (or a named variant such as "thumbnail") -> layer id -> overridden properties
    variants: dict[VariantName, dict[str, dict[str, Any]]] = Field(default_factory=dict)
    video: VideoSettings = VideoSettings()
    carousel: CarouselSpec | None = None

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @field_validator("caption")
    @classmethod
    def _caption_id(cls, value: str | None) -> str | None:
        if value is not None and not re.match(ID_PATTERN, value):
            raise ValueError(f"{value[:60]!r} is not a caption template id (lower-case letters, "
                             "digits, - and _; never a path)")
        return value

    @property
    def needs_media(self) -> bool:
        """True when the design is made for a photo or clip and has none to show without
        one (``media`` leaves out ``"none"``): the app asks before exporting it bare."""
        return "none" not in self.media

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
        if len(self.fields) > MAX_FIELDS:
            raise TemplateLimitError(f"the template has {len(self.fields)} fields; at most "
                                     f"{MAX_FIELDS} are allowed")
        for aspect, overrides in self.variants.items():
            for layer_id, change in overrides.items():
                if layer_id not in ids:
                    raise ValueError(f"variant {aspect!r} overrides unknown layer {layer_id!r}")
                fixed = sorted({"id", "type"} & set(change))
                if fixed:
                    raise VariantError(f"variant {aspect!r}, layer {layer_id!r}: "
                                       f"{', '.join(fixed)} cannot change in a variant")
        if self.carousel is not None:
            _check_carousel(self.carousel, self.layers)
            for name in CAROUSEL_PAGES:
                if getattr(self.carousel, name) is None:
                    continue
                try:
                    self.carousel_page(name)
                except ValidationError as exc:
                    first = exc.errors()[0]
                    message = str(first["msg"]).removeprefix("Value error, ")
                    raise ValueError(f"carousel page {name!r}: {message}") from None
        check_render_budget(self.layers, "")
        for aspect in self.variants:
            # Overrides are validated exactly like base layers, now rather than at export;
            # a named variant (the thumbnail) on top of every aspect's.
            if aspect in NAMED_VARIANTS:
                for base in ASPECTS:
                    check_render_budget(self.layers_for(base, aspect),
                                        f"variant {base}/{aspect}: ")
            else:
                check_render_budget(self.layers_for(aspect), f"variant {aspect!r}: ")
        return self

    @model_validator(mode="after")
    def _flow_consistent(self) -> Template:
        # A layer follows a text layer; chains are fine (a title stacked on the
        # details below it, the panel following the title), cycles are not.
        named = [None, *(v for v in self.variants if v in NAMED_VARIANTS)]
        combos = [(a, v) for a in ASPECTS for v in named] if self.variants else [(None, None)]
        for aspect, variant in combos:
            layers = self.layers if aspect is None else self.layers_for(aspect, variant)
            by_id = {layer.id: layer for layer in layers}
            where_suffix = f" ({aspect}{'/' + variant if variant else ''})" if aspect else ""
            for layer in layers:
                if layer.follow is None:
                    continue
                target = by_id.get(layer.follow.layer)
                if target is None or not isinstance(target, TextLayer):
                    raise ValueError(f"layer {layer.id!r}{where_suffix} follows "
                                     f"{layer.follow.layer!r}, which is not a text layer "
                                     "of this template")
                seen = {layer.id}
                while target is not None and target.follow is not None:
                    if target.id in seen:
                        raise ValueError(f"layer {layer.id!r}{where_suffix}: 'follow' goes "
                                         "round in a circle")
                    seen.add(target.id)
                    target = by_id.get(target.follow.layer)
        return self

    # -- queries --------------------------------------------------------------
    def field(self, key: str) -> TemplateField | None:
        return next((f for f in self.fields if f.key == key), None)

    def layer(self, layer_id: str) -> LayerBase | None:
        return next((la for la in self.layers if la.id == layer_id), None)

    @property
    def media_layer(self) -> MediaLayer | None:
        return next((la for la in self.layers if isinstance(la, MediaLayer)), None)

    def layers_for(self, aspect: VariantName, variant: str | None = None
                   ) -> tuple[LayerBase, ...]:
        """The layers with the ``aspect`` variant's overrides applied.

        A named ``variant`` (e.g. ``"thumbnail"``) is applied on top of the aspect's.
        """
        overrides = {k: dict(v) for k, v in self.variants.get(aspect, {}).items()}
        if variant is not None:
            for layer_id, change in self.variants.get(variant, {}).items():  # type: ignore[call-overload]
                overrides.setdefault(layer_id, {}).update(change)
        if not overrides:
            return tuple(self.layers)
        return self._layers_with(overrides, aspect if variant is None else f"{aspect}/{variant}")

    def _layers_with(self, overrides: dict[str, dict[str, Any]], aspect: str
                     ) -> tuple[LayerBase, ...]:
        result: list[LayerBase] = []
        for layer in self.layers:
            change = overrides.get(layer.id)
            if change:
                data = layer.model_dump(mode="python", exclude_none=False)
                data.update(change)
                try:
                    result.append(LAYER_TYPES[layer.type].model_validate(data))
                except ValidationError as exc:
                    first = exc.errors()[0]
                    where = ".".join(str(part) for part in first["loc"]) or "layer"
                    message = str(first["msg"]).removeprefix("Value error, ")
                    raise VariantError(f"variant {aspect!r}, layer {layer.id!r}, {where}: "
                                       f"{message}") from None
            else:
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
        variants: dict[VariantName, dict[str, dict[str, Any]]] = {}
        for aspect, overrides in self.variants.items():
            variants[aspect] = {k: dict(v) for k, v in overrides.items() if k in keep}
        for aspect, overrides in chosen.variants.items():
            merged = variants.setdefault(aspect, {})
            for layer_id, change in overrides.items():
                merged[layer_id] = {**merged.get(layer_id, {}), **change}
        page_template = self.model_copy(update={"layers": layers, "variants": variants,
                                                "carousel": None})
        # Validated as a template of its own: the limits, the flowing layout
        # ("follow" needs its text layer on the page too) and the variants hold.
        return type(self).model_validate(page_template.model_dump(by_alias=True))

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


class TemplateLimitError(ValueError):
    """A template asks more of a render than the limits allow (kept as the error's code)."""

    code = "template.over_limit"
    hint = "simplify the design: fewer or smaller layers"


class VariantError(ValueError):
    """A variant override that would not make a valid layer."""

    code = "template.bad_variant"
    hint = "fix the variant's overrides in template.toml, as for the base layer"


def check_render_budget(layers: tuple[LayerBase, ...] | list[LayerBase], where: str) -> None:
    """Refuse layers that would cost a render far more than any real design.

    ``where`` prefixes the message (``"variant 'tall': "``). Raises ValueError.
    """
    if len(layers) > MAX_LAYERS:
        raise TemplateLimitError(f"{where}{len(layers)} layers; a template may have at "
                                 f"most {MAX_LAYERS}")

    def area(layer: LayerBase) -> float:
        return layer.box.w * layer.box.h

    drawn = sum(area(layer) for layer in layers if layer.visible)
    if drawn > MAX_DRAWN_AREA:
        raise TemplateLimitError(f"{where}the layers cover {drawn:.1f} canvases in total; "
                                 f"at most {MAX_DRAWN_AREA:g} are allowed (fewer or smaller "
                                 "layers)")
    shadows = sum(area(layer) for layer in layers
                  if isinstance(layer, TextLayer) and layer.shadow and layer.visible)
    if shadows > MAX_SHADOW_AREA:
        raise TemplateLimitError(f"{where}shadowed text covers {shadows:.1f} canvases; at "
                                 f"most {MAX_SHADOW_AREA:g} are allowed (fewer shadows or "
                                 "smaller boxes)")
    gradients = sum(area(layer) for layer in layers
                    if isinstance(layer, ShapeLayer) and layer.shape == "gradient"
                    and layer.visible)
    if gradients > MAX_GRADIENT_AREA:
        raise TemplateLimitError(f"{where}gradients cover {gradients:.1f} canvases; at most "
                                 f"{MAX_GRADIENT_AREA:g} are allowed")


def check_relative_path(value: str) -> str:
    """Refuse paths that could leave the template folder (absolute, ``..``, drives)."""
    if len(value) > MAX_ASSET_PATH or value.count("/") >= MAX_ASSET_PATH_DEPTH:
        raise ValueError(f"asset path is too long (at most {MAX_ASSET_PATH} characters and "
                         f"{MAX_ASSET_PATH_DEPTH} folders deep)")
    if not value or "\\" in value or value.startswith("/") or re.match(r"^[A-Za-z]:", value):
        raise ValueError(f"asset path must be relative with forward slashes: {value!r}")
    if any(part in ("..", "") for part in value.split("/")):
        raise ValueError(f"asset path must stay inside the template folder: {value!r}")
    return value
