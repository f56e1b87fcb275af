"""Editing templates and the brand kit: pure functions from one value to the next.

The designers' tools (``gui/designer``) never change a template in place: each
edit here takes a :class:`Template` (or :class:`BrandKit`) and returns a new,
validated one, so undo is a stack of values and a preview can be cached by the
value it shows. Per-aspect variants are edited through the same functions
(``aspect=...``): the change goes into that variant's overrides, stored in the
exact form ``template.toml`` reads back, so load -> save -> load is identical.

The file edges are here too: duplicating and creating template folders,
copying an asset into a template, the recoverable trash, and writing the brand
kit (``brand.toml`` atomically, assets copied into the kit's folders).
:func:`template_problems` lists what is wrong in words a designer can act on,
for inline display while editing.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import ValidationError

from studio.brand import (
    BrandKit,
    active_brand_root,
    load_brand,
    parse_brand,
    parse_hex_color,
    user_brand_dir,
)
from studio.errors import BrandError, TemplateError
from studio.paths import user_data_dir
from studio.platforms import ASPECTS, Aspect, Platform
from studio.template.layout import resolve_layout
from studio.template.loader import MANIFEST, LoadedTemplate, load_template, save_template
from studio.template.model import (
    ID_PATTERN,
    LAYER_TYPES,
    Box,
    ImageLayer,
    LayerBase,
    MediaLayer,
    ShapeLayer,
    Template,
    TemplateField,
    TextLayer,
)
from studio.template.package import TRASH, move_to_trash

# Properties that describe a layer itself, not where or how it shows at one
# aspect: a variant cannot override them.
NOT_OVERRIDABLE = frozenset({"id", "type", "name", "locked"})
# Fractions are rounded so template.toml stays readable (1e-4 of 1920 px = 0.2 px).
BOX_DIGITS = 4

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
FONT_SUFFIXES = (".ttf", ".otf")
CLIP_SUFFIXES = (".mp4", ".mov")
BRAND_FOLDERS = {"font": "fonts", "logo": "logos", "video": "video"}
MAX_ASSET_BYTES = 50 * 1024 * 1024


class EditError(TemplateError):
    """An edit the template (or brand kit) cannot take; the value is left as it was."""

    code = "edit"


# -- small helpers ---------------------------------------------------------------
def toml_value(value: Any) -> Any:
    """``value`` in the exact form template.toml reads it back (lists, not tuples)."""
    return tomllib.loads(tomli_w.dumps({"v": value}))["v"]


def slugify(text: str, fallback: str = "template") -> str:
    """A template/layer id from a name: ``"Liputan Kegiatan!"`` -> ``"liputan-kegiatan"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")
    if not slug or not re.match(ID_PATTERN, slug):
        slug = fallback
    return slug


def unique_id(base: str, taken: Iterable[str]) -> str:
    """``base`` or ``base-2``, ``base-3``... whichever is not ``taken``."""
    taken = set(taken)
    base = slugify(base, "lapisan") if not re.match(ID_PATTERN, base) else base
    if base not in taken:
        return base
    n = 2
    while f"{base[:58]}-{n}" in taken:
        n += 1
    return f"{base[:58]}-{n}"


def unique_field_key(base: str, taken: Iterable[str]) -> str:
    taken = set(taken)
    key = re.sub(r"[^a-z0-9_]", "_", base.lower()).strip("_")[:28] or "isian"
    if not key[0].isalpha():
        key = "f_" + key
    if key not in taken:
        return key
    n = 2
    while f"{key}_{n}" in taken:
        n += 1
    return f"{key}_{n}"


def _validated(template: Template, data: dict[str, Any] | None = None) -> Template:
    """Re-validate a template (model_copy does not), as an EditError in words."""
    try:
        return Template.model_validate(data if data is not None else _plain(template))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "template"
        raise EditError(f"{where}: {first['msg']}", code="edit.invalid", where=where,
                        detail=first["msg"]) from None


def _plain(template: Template) -> dict[str, Any]:
    data = template.model_dump(mode="python", by_alias=True)
    data["variants"] = _copy_variants(template.variants)
    return data


def _copy_variants(variants: Mapping[str, Mapping[str, Mapping[str, Any]]]
                   ) -> dict[str, dict[str, dict[str, Any]]]:
    # The model is frozen but its dicts are not: never share them between values.
    return {a: {lid: dict(props) for lid, props in layers.items()}
            for a, layers in variants.items()}


def _layer_index(template: Template, layer_id: str) -> int:
    for index, layer in enumerate(template.layers):
        if layer.id == layer_id:
            return index
    raise EditError(f"no layer {layer_id!r}", code="edit.no_layer", layer=layer_id)


def _field_index(template: Template, key: str) -> int:
    for index, f in enumerate(template.fields):
        if f.key == key:
            return index
    raise EditError(f"no field {key!r}", code="edit.no_field", field=key)


def _check_aspect(aspect: str) -> Aspect:
    if aspect not in ASPECTS:
        raise EditError(f"unknown aspect {aspect!r}", code="edit.bad_aspect", aspect=aspect)
    return aspect  # type: ignore[return-value]


# -- new templates and layers --------------------------------------------------------
def new_template(template_id: str = "template-baru", name: str = "Template baru", *,
                 author: str = "") -> Template:
    """An empty template: no fields, no layers, every aspect."""
    return _validated(Template(id=slugify(template_id), name=name or template_id,
                               author=author))


def make_layer(kind: str, layer_id: str, **props: Any) -> LayerBase:
    """A layer of ``kind`` (media, image, shape, text) with ``props`` over the defaults."""
    if kind not in LAYER_TYPES:
        raise EditError(f"unknown layer type {kind!r}", code="edit.bad_layer_type", kind=kind)
    data: dict[str, Any] = {"id": layer_id, "type": kind}
    if kind == "image":
        data["source"] = "brand:main"
    elif kind == "text":
        data["text"] = ""
    data.update(props)
    try:
        return LAYER_TYPES[kind].model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise EditError(f"{where}: {first['msg']}", code="edit.invalid", where=where,
                        detail=first["msg"]) from None


def add_layer(template: Template, layer: LayerBase, index: int | None = None) -> Template:
    """``template`` with ``layer`` inserted at ``index`` (default: on top)."""
    if template.layer(layer.id) is not None:
        raise EditError(f"a layer {layer.id!r} exists already", code="edit.duplicate_layer",
                        layer=layer.id)
    if isinstance(layer, MediaLayer) and template.media_layer is not None:
        raise EditError("a template has at most one media layer", code="edit.second_media")
    layers = list(template.layers)
    layers.insert(len(layers) if index is None else max(0, min(index, len(layers))), layer)
    return _validated(template, {**_plain(template), "layers": layers})


def remove_layer(template: Template, layer_id: str) -> Template:
    """``template`` without the layer and without its variant overrides."""
    _layer_index(template, layer_id)
    variants = _copy_variants(template.variants)
    for aspect in list(variants):
        variants[aspect].pop(layer_id, None)
        if not variants[aspect]:
            del variants[aspect]
    layers = [la for la in template.layers if la.id != layer_id]
    return _validated(template, {**_plain(template), "layers": layers, "variants": variants})


def move_layer(template: Template, layer_id: str, index: int) -> Template:
    """``template`` with the layer at ``index`` (0 = bottom) in the stack."""
    layers = list(template.layers)
    layer = layers.pop(_layer_index(template, layer_id))
    layers.insert(max(0, min(index, len(layers))), layer)
    return template.model_copy(update={"layers": tuple(layers)})


def rename_layer(template: Template, layer_id: str, name: str) -> Template:
    """The layer's display name (its id, which variants refer to, stays)."""
    return set_layer_property(template, layer_id, "name", name.strip())


def change_layer_id(template: Template, layer_id: str, new_id: str) -> Template:
    """Give a layer a new id; its variant overrides follow."""
    if new_id == layer_id:
        return template
    if not re.match(ID_PATTERN, new_id):
        raise EditError(f"{new_id!r} is not a valid id", code="edit.bad_id", value=new_id)
    if template.layer(new_id) is not None:
        raise EditError(f"a layer {new_id!r} exists already", code="edit.duplicate_layer",
                        layer=new_id)
    index = _layer_index(template, layer_id)
    layers = list(template.layers)
    layers[index] = layers[index].model_copy(update={"id": new_id})
    variants = {a: {(new_id if lid == layer_id else lid): props for lid, props in lay.items()}
                for a, lay in _copy_variants(template.variants).items()}
    return _validated(template, {**_plain(template), "layers": layers, "variants": variants})


def duplicate_layer(template: Template, layer_id: str) -> Template:
    """A copy of the layer right above it (with copies of its overrides)."""
    index = _layer_index(template, layer_id)
    layer = template.layers[index]
    if isinstance(layer, MediaLayer):
        raise EditError("a template has at most one media layer", code="edit.second_media")
    new_id = unique_id(layer_id, (la.id for la in template.layers))
    copy = layer.model_copy(update={"id": new_id})
    result = add_layer(template, copy, index + 1)
    variants = _copy_variants(result.variants)
    for overrides in variants.values():
        if layer_id in overrides:
            overrides[new_id] = dict(overrides[layer_id])
    return _validated(result, {**_plain(result), "variants": variants})


# -- layer properties and variants ------------------------------------------------------
def _validate_layer(layer: LayerBase, changes: Mapping[str, Any]) -> LayerBase:
    data = layer.model_dump(mode="python")
    data.update(changes)
    try:
        return LAYER_TYPES[layer.type].model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise EditError(f"layer {layer.id!r}, {where}: {first['msg']}", code="edit.invalid",
                        layer=layer.id, where=where, detail=first["msg"]) from None


def _stored(layer: LayerBase, prop: str) -> Any:
    """A validated layer's property in template.toml form (what a variant stores)."""
    value = layer.model_dump(mode="json")[prop]
    if prop == "box":
        value = [value[k] for k in "xywh"]
    if isinstance(value, dict):
        value = {k: v for k, v in value.items() if v is not None}
    return toml_value(value)


def set_layer_properties(template: Template, layer_id: str, changes: Mapping[str, Any],
                         aspect: Aspect | None = None) -> Template:
    """Change properties of a layer: the base layer, or the ``aspect`` variant's overrides.

    Values may be given as the model holds them (``Box``, tuples) or as
    template.toml writes them (lists); overrides are stored in the latter form.
    """
    index = _layer_index(template, layer_id)
    if not changes:
        return template
    for prop in changes:
        if prop not in LAYER_TYPES[template.layers[index].type].model_fields:
            raise EditError(f"layers of this type have no property {prop!r}",
                            code="edit.bad_property", layer=layer_id, prop=prop)
    changes = {k: (v.as_list() if isinstance(v, Box) else v) for k, v in changes.items()}
    if aspect is None:
        if "id" in changes:
            raise EditError("use change_layer_id to change an id", code="edit.bad_property",
                            layer=layer_id, prop="id")
        layer = _validate_layer(template.layers[index], changes)
        layers = list(template.layers)
        layers[index] = layer
        result = template.model_copy(update={"layers": tuple(layers)})
        # Overrides are merged over the new base: they must still make a valid layer.
        return _validated(result)
    aspect = _check_aspect(aspect)
    fixed = NOT_OVERRIDABLE.intersection(changes)
    if fixed:
        raise EditError(f"{', '.join(sorted(fixed))} cannot differ per aspect",
                        code="edit.not_overridable", layer=layer_id, prop=sorted(fixed)[0])
    if any(v is None for v in changes.values()):
        raise EditError("a variant cannot set a property to nothing; reset the override",
                        code="edit.override_none", layer=layer_id)
    effective = effective_layer(template, layer_id, aspect)
    merged = _validate_layer(effective, changes)
    variants = _copy_variants(template.variants)
    overrides = variants.setdefault(aspect, {}).setdefault(layer_id, {})
    for prop in changes:
        overrides[prop] = _stored(merged, prop)
    return _validated(template, {**_plain(template), "variants": variants})


def set_layer_property(template: Template, layer_id: str, prop: str, value: Any,
                       aspect: Aspect | None = None) -> Template:
    return set_layer_properties(template, layer_id, {prop: value}, aspect)


def reset_override(template: Template, aspect: Aspect, layer_id: str,
                   prop: str | None = None) -> Template:
    """Remove one override (or all of the layer's, ``prop=None``) from a variant."""
    _check_aspect(aspect)
    _layer_index(template, layer_id)
    variants = _copy_variants(template.variants)
    overrides = variants.get(aspect, {})
    if layer_id not in overrides or (prop is not None and prop not in overrides[layer_id]):
        return template
    if prop is None:
        del overrides[layer_id]
    else:
        del overrides[layer_id][prop]
        if not overrides[layer_id]:
            del overrides[layer_id]
    if not overrides:
        variants.pop(aspect, None)
    return _validated(template, {**_plain(template), "variants": variants})


def overridden_properties(template: Template, layer_id: str, aspect: Aspect | None
                          ) -> frozenset[str]:
    if aspect is None:
        return frozenset()
    return frozenset(template.variants.get(aspect, {}).get(layer_id, {}))


def effective_layer(template: Template, layer_id: str, aspect: Aspect | None) -> LayerBase:
    """The layer as an output of ``aspect`` shows it (None: the base layer)."""
    index = _layer_index(template, layer_id)
    if aspect is None:
        return template.layers[index]
    change = template.variants.get(aspect, {}).get(layer_id)
    if not change:
        return template.layers[index]
    return _validate_layer(template.layers[index], change)


def effective_property(template: Template, layer_id: str, prop: str,
                       aspect: Aspect | None) -> tuple[Any, bool]:
    """(the value ``aspect`` shows, whether that aspect overrides it)."""
    layer = effective_layer(template, layer_id, aspect)
    return getattr(layer, prop), prop in overridden_properties(template, layer_id, aspect)


def base_template(template: Template) -> Template:
    """``template`` without variants: the base design at any size."""
    return template.model_copy(update={"variants": {}})


# -- fields ----------------------------------------------------------------------------
def make_field(**data: Any) -> TemplateField:
    try:
        return TemplateField.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "field"
        raise EditError(f"{where}: {first['msg']}", code="edit.bad_field", where=where,
                        detail=first["msg"]) from None


def add_field(template: Template, new: TemplateField, index: int | None = None) -> Template:
    if template.field(new.key) is not None:
        raise EditError(f"a field {new.key!r} exists already", code="edit.duplicate_field",
                        field=new.key)
    fields = list(template.fields)
    fields.insert(len(fields) if index is None else max(0, min(index, len(fields))), new)
    return _validated(template, {**_plain(template), "fields": fields})


def remove_field(template: Template, key: str) -> Template:
    _field_index(template, key)
    return template.model_copy(update={
        "fields": tuple(f for f in template.fields if f.key != key)})


def move_field(template: Template, key: str, index: int) -> Template:
    fields = list(template.fields)
    moved = fields.pop(_field_index(template, key))
    fields.insert(max(0, min(index, len(fields))), moved)
    return template.model_copy(update={"fields": tuple(fields)})


def replace_field(template: Template, key: str, new: TemplateField, *,
                  rename_references: bool = True) -> Template:
    """Put ``new`` in place of field ``key``; a changed key is followed in text layers."""
    index = _field_index(template, key)
    if new.key != key and template.field(new.key) is not None:
        raise EditError(f"a field {new.key!r} exists already", code="edit.duplicate_field",
                        field=new.key)
    fields = list(template.fields)
    fields[index] = new
    result = template.model_copy(update={"fields": tuple(fields)})
    if rename_references and new.key != key:
        result = rename_field_references(result, key, new.key)
    return _validated(result)


def set_field_property(template: Template, key: str, prop: str, value: Any) -> Template:
    current = template.fields[_field_index(template, key)]
    return replace_field(template, key, make_field(**{**current.model_dump(), prop: value}))


_JINJA_BLOCK = re.compile(r"({{.*?}}|{%.*?%})", re.S)


def rename_in_expression(text: str, old: str, new: str) -> str:
    """A field name replaced inside ``{{ }}``/``{% %}`` (not attributes, filters or text)."""
    name = re.compile(r"(?<![\w.|'\"])" + re.escape(old) + r"(?![\w'\"])")

    def block(match: re.Match[str]) -> str:
        return name.sub(new, match.group(0))

    return _JINJA_BLOCK.sub(block, text)


def rename_field_references(template: Template, old: str, new: str) -> Template:
    """Every text layer (and text override) that reads field ``old`` reads ``new``."""
    layers = [la.model_copy(update={"text": rename_in_expression(la.text, old, new)})
              if isinstance(la, TextLayer) else la for la in template.layers]
    variants = _copy_variants(template.variants)
    for overrides in variants.values():
        for props in overrides.values():
            if isinstance(props.get("text"), str):
                props["text"] = rename_in_expression(props["text"], old, new)
    return template.model_copy(update={"layers": tuple(layers), "variants": variants})


def fields_used(template: Template) -> set[str]:
    """Field keys the text layers (and their overrides) read."""
    from studio.template.sandbox import referenced_fields

    used: set[str] = set()
    for layer in template.layers:
        if isinstance(layer, TextLayer):
            used |= referenced_fields(layer.text)
    for overrides in template.variants.values():
        for props in overrides.values():
            if isinstance(props.get("text"), str):
                used |= referenced_fields(props["text"])
    return used


# -- the template header -------------------------------------------------------------------
HEADER_PROPERTIES = frozenset({"name", "description", "version", "author", "media", "aspects",
                               "caption", "background", "video"})


def set_template_info(template: Template, **changes: Any) -> Template:
    """Change header properties (name, version, author, media, aspects, background...)."""
    unknown = set(changes) - HEADER_PROPERTIES
    if unknown:
        raise EditError(f"not a header property: {', '.join(sorted(unknown))}",
                        code="edit.bad_property", prop=sorted(unknown)[0])
    data = _plain(template)
    data.update(changes)
    return _validated(template, data)


# -- geometry: boxes <-> pixels ---------------------------------------------------------------
Rect = tuple[float, float, float, float]  # left, top, right, bottom


def area_rect(layer: LayerBase, width: float, height: float,
              safe_rect: tuple[float, float, float, float]) -> Rect:
    """The rectangle a layer's box is a fraction of (the canvas or its safe area)."""
    return tuple(safe_rect) if layer.area == "safe" else (0.0, 0.0, width, height)  # type: ignore[return-value]


def box_to_rect(box: Box, area: Rect) -> Rect:
    """A box (fractions of ``area``) as pixels, unrounded (the layout rounds)."""
    ax, ay, ar, ab = area
    aw, ah = ar - ax, ab - ay
    return (ax + box.x * aw, ay + box.y * ah, ax + (box.x + box.w) * aw,
            ay + (box.y + box.h) * ah)


def rect_to_box(rect: Rect, area: Rect, digits: int = BOX_DIGITS) -> Box:
    """Pixels back to a box of ``area`` fractions (rounded, clamped to the model's limits)."""
    ax, ay, ar, ab = area
    aw, ah = max(ar - ax, 1e-9), max(ab - ay, 1e-9)
    left, top, right, bottom = rect
    x = min(max(round((left - ax) / aw, digits), -1.0), 2.0)
    y = min(max(round((top - ay) / ah, digits), -1.0), 2.0)
    w = min(max(round((right - left) / aw, digits), 10.0 ** -digits), 3.0)
    h = min(max(round((bottom - top) / ah, digits), 10.0 ** -digits), 3.0)
    return Box(x=x, y=y, w=w, h=h)


# -- problems, for inline display ---------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    """One thing wrong (``error``: outputs will fail) or doubtful (``warning``)."""

    severity: str  # "error" | "warning"
    code: str
    message: str  # English; the GUI translates by code with params
    layer_id: str | None = None
    field_key: str | None = None
    params: Mapping[str, str] = field(default_factory=dict)


def _colour_refs(layer: LayerBase) -> list[tuple[str, str]]:
    refs: list[tuple[str, str]] = []
    if isinstance(layer, MediaLayer):
        refs.append(("background", layer.background))
    elif isinstance(layer, ShapeLayer):
        refs.append(("fill", layer.fill))
        if layer.fill_to:
            refs.append(("fill_to", layer.fill_to))
    elif isinstance(layer, TextLayer):
        refs.append(("color", layer.color))
        if layer.background is not None:
            refs.append(("background.color", layer.background.color))
    return refs


def _check_colour(ref: str, brand: BrandKit | None) -> str | None:
    """The problem code of a colour reference, or None."""
    if ref.startswith("brand:"):
        if brand is not None and ref[6:] not in brand.colors:
            return "brand.missing_color"
        return None
    try:
        parse_hex_color(ref)
    except ValueError:
        return "color.invalid"
    return None


def template_problems(template: Template, brand: BrandKit | None = None,
                      folder: Path | None = None,
                      platforms: Iterable[Platform] = ()) -> list[Problem]:
    """What is wrong with ``template``: undefined fields, brand references, missing
    files, invalid variants, layers off the canvas or outside a platform's safe area."""
    from studio.template.sandbox import check_expression, referenced_fields

    problems: list[Problem] = []
    keys = {f.key for f in template.fields}
    background = _check_colour(template.background, brand)
    if background:
        problems.append(Problem("error", background, f"background colour {template.background!r}"
                                " is not usable", params={"value": template.background}))
    if template.media_layer is None and any(m in ("photo", "video") for m in template.media):
        problems.append(Problem("warning", "media.no_layer",
                                "the template takes a photo or video but has no media layer"))
    # The base layers, then every layer a variant changes (as that aspect shows it).
    layer_views: list[tuple[str | None, LayerBase]] = [(None, la) for la in template.layers]
    for aspect in ASPECTS:
        for layer_id in template.variants.get(aspect, {}):
            try:
                layer_views.append((aspect, effective_layer(template, layer_id, aspect)))
            except EditError as exc:
                problems.append(Problem("error", "variant.invalid",
                                        f"variant {aspect}: {exc.message}", layer_id=layer_id,
                                        params={"aspect": aspect, "layer": layer_id,
                                                "detail": str(exc.params.get("detail", ""))}))
    seen: set[tuple[str, str, str]] = set()
    for aspect, layer in layer_views:
        lid = layer.id
        params = {"layer": layer.name or lid}

        def once(code: str, detail: str, lid: str = lid) -> bool:
            key = (code, lid, detail)
            if key in seen:
                return False
            seen.add(key)
            return True

        for prop, ref in _colour_refs(layer):
            code = _check_colour(ref, brand)
            if code and once(code, ref):
                problems.append(Problem("error", code, f"layer {lid!r}: colour {ref!r} is not "
                                        "usable", layer_id=lid,
                                        params={**params, "value": ref, "prop": prop}))
        if isinstance(layer, TextLayer):
            try:
                check_expression(layer.text, layer_id=lid)
            except TemplateError as exc:
                if once("expression.syntax", layer.text):
                    detail = exc.message.split("text: ", 1)[-1]
                    problems.append(Problem("error", "expression.syntax",
                                            f"layer {lid!r}: the text expression is not valid "
                                            f"({detail})", layer_id=lid,
                                            params={**params, "detail": detail}))
            for name in sorted(referenced_fields(layer.text) - keys):
                if once("field.undefined", name):
                    problems.append(Problem("error", "field.undefined",
                                            f"layer {lid!r} uses the field {name!r}, which the "
                                            "template does not define", layer_id=lid,
                                            field_key=name, params={**params, "field": name}))
            if brand is not None and layer.font.removeprefix("brand:") not in brand.fonts \
                    and once("brand.missing_font", layer.font):
                problems.append(Problem("error", "brand.missing_font",
                                        f"layer {lid!r}: the brand kit has no font "
                                        f"{layer.font!r}", layer_id=lid,
                                        params={**params, "value": layer.font}))
        if isinstance(layer, ImageLayer):
            if layer.source.startswith("brand:"):
                if brand is not None and layer.source[6:] not in brand.logos \
                        and once("brand.missing_logo", layer.source):
                    problems.append(Problem("error", "brand.missing_logo",
                                            f"layer {lid!r}: the brand kit has no logo "
                                            f"{layer.source!r}", layer_id=lid,
                                            params={**params, "value": layer.source}))
            elif folder is not None and not (folder / layer.source).is_file() \
                    and once("asset.missing", layer.source):
                problems.append(Problem("error", "asset.missing",
                                        f"layer {lid!r}: the file {layer.source!r} is missing",
                                        layer_id=lid, params={**params, "value": layer.source}))
        box = layer.box
        if layer.visible and (box.x >= 1 or box.y >= 1 or box.x + box.w <= 0
                              or box.y + box.h <= 0) and once("layer.off_canvas", aspect or ""):
            problems.append(Problem("warning", "layer.off_canvas",
                                    f"layer {lid!r} is outside its area"
                                    + (f" ({aspect})" if aspect else ""), layer_id=lid,
                                    params={**params, "aspect": aspect or ""}))
    problems.extend(_safe_area_problems(template, platforms))
    return problems


def _safe_area_problems(template: Template, platforms: Iterable[Platform]) -> list[Problem]:
    problems: list[Problem] = []
    flagged: set[str] = set()
    for platform in platforms:
        safe = platform.safe
        if not (safe.top or safe.bottom or safe.left or safe.right):
            continue
        if platform.aspect not in template.aspects:
            continue
        try:
            layout = resolve_layout(template, platform.width, platform.height, safe)
        except ValidationError:
            continue  # reported as variant.invalid
        sl, st, sr, sb = layout.safe_rect
        for resolved in layout.layers:
            layer = resolved.layer
            # Text and logos must stay clear of the app's buttons; decorations may bleed.
            is_logo = isinstance(layer, ImageLayer) and layer.source.startswith("brand:")
            if not (isinstance(layer, TextLayer) or is_logo) or layer.id in flagged:
                continue
            left, top, right, bottom = resolved.rect
            # One pixel of rounding is not a problem.
            if left < sl - 1 or top < st - 1 or right > sr + 1 or bottom > sb + 1:
                flagged.add(layer.id)
                problems.append(Problem(
                    "warning", "layer.outside_safe",
                    f"layer {layer.id!r} reaches outside the safe area of {platform.label} "
                    "(the app's buttons may cover it)", layer_id=layer.id,
                    params={"layer": layer.name or layer.id, "platform": platform.label}))
    return problems


# -- template folders ------------------------------------------------------------------------
def _copy_tree(source: Path, target: Path) -> None:
    """Copy a template folder (skipping dot-files such as old temp files)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".*"))


def create_template_folder(template: Template, library_dir: Path, *,
                           assets_from: Path | None = None) -> LoadedTemplate:
    """A new template folder ``library_dir/<id>`` with ``template`` (and the assets of
    ``assets_from``, e.g. the folder it was opened from). Refuses to replace a folder."""
    library_dir.mkdir(parents=True, exist_ok=True)
    target = library_dir / template.id
    if target.exists():
        raise EditError(f"a template {template.id!r} exists already", path=target,
                        hint="choose another id", code="edit.template_exists",
                        template=template.id)
    staging = Path(tempfile.mkdtemp(prefix=".new-", dir=library_dir))
    try:
        folder = staging / template.id
        if assets_from is not None and assets_from.is_dir():
            _copy_tree(assets_from, folder)
        else:
            folder.mkdir()
        save_template(LoadedTemplate(template, folder), template)
        folder.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return load_template(target)


def duplicate_template(loaded: LoadedTemplate, library_dir: Path, new_id: str | None = None,
                       name: str | None = None) -> LoadedTemplate:
    """A copy of a template (folder and assets) under a new id in ``library_dir``."""
    taken = {p.name for p in library_dir.iterdir()} if library_dir.is_dir() else set()
    taken.add(loaded.id)
    new_id = new_id or unique_id(f"{loaded.id}-salinan", taken)
    template = set_template_info(loaded.template, name=name or loaded.template.name)
    template = template.model_copy(update={"id": new_id})
    return create_template_folder(_validated(template), library_dir, assets_from=loaded.folder)


def copy_template_asset(folder: Path, source: Path, subfolder: str = "aset") -> str:
    """Copy an image into a template folder; returns its path relative to the folder."""
    source = Path(source)
    if source.suffix.lower() not in IMAGE_SUFFIXES:
        raise EditError("only PNG, JPEG and WebP images can be template assets", path=source,
                        code="edit.bad_asset", hint="convert the file to PNG")
    _check_image(source)
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", source.stem).strip("-.") or "gambar"
    target_dir = folder / subfolder
    target_dir.mkdir(parents=True, exist_ok=True)
    relpath = _free_name(target_dir, name, source.suffix.lower())
    _atomic_copy(source, target_dir / relpath)
    return f"{subfolder}/{relpath}"


def trash_entries(library_dir: Path) -> list[Path]:
    """Template folders in the library's trash, newest first."""
    trash = library_dir / TRASH
    if not trash.is_dir():
        return []
    entries = [p for p in trash.iterdir() if (p / MANIFEST).is_file()]
    return sorted(entries, key=lambda p: p.stat().st_mtime, reverse=True)


def delete_template(loaded: LoadedTemplate, library_dir: Path) -> Path:
    """Move a user template to the trash (built-in folders are refused)."""
    if loaded.folder.parent.resolve() != library_dir.resolve():
        raise EditError("built-in templates cannot be deleted", path=loaded.folder,
                        hint="duplicate it and change the copy", code="edit.builtin")
    return move_to_trash(loaded.folder, library_dir)


def restore_from_trash(entry: Path, library_dir: Path) -> LoadedTemplate:
    """Put a trashed template back (refuses when its id is taken again)."""
    data = tomllib.loads((entry / MANIFEST).read_text(encoding="utf-8"))
    template_id = str(data.get("id", ""))
    if not re.match(ID_PATTERN, template_id):
        raise EditError("the trashed template has no valid id", path=entry,
                        code="edit.bad_id", value=template_id)
    target = library_dir / template_id
    if target.exists():
        raise EditError(f"a template {template_id!r} exists already", path=target,
                        hint="delete or rename it first", code="edit.template_exists",
                        template=template_id)
    entry.rename(target)
    return load_template(target)


# -- files -------------------------------------------------------------------------------------
def _free_name(folder: Path, stem: str, suffix: str) -> str:
    name = f"{stem}{suffix}"
    n = 2
    while (folder / name).exists():
        name = f"{stem}-{n}{suffix}"
        n += 1
    return name


def _atomic_copy(source: Path, target: Path) -> None:
    if source.stat().st_size > MAX_ASSET_BYTES:
        raise EditError("the file is too large", path=source, code="edit.too_large",
                        hint="use a file under 50 MB")
    fd, tmp = tempfile.mkstemp(prefix=".part-", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _check_image(path: Path) -> None:
    from studio.errors import MediaError
    from studio.media import load_image_asset

    try:
        load_image_asset(path)
    except MediaError as exc:
        raise EditError(f"not a usable image ({exc.message})", path=path, code="edit.bad_image",
                        hint=exc.hint or "use a PNG, JPEG or WebP file") from None


def _check_font(path: Path) -> None:
    from fontTools.ttLib import TTFont, TTLibError

    try:
        with TTFont(str(path), lazy=True) as font:
            if font.getBestCmap() is None:  # reading it proves the file is a font
                raise ValueError("no character map")
    except (TTLibError, OSError, KeyError, ValueError) as exc:
        raise EditError(f"not a readable font ({exc})", path=path, code="edit.bad_font",
                        hint="use a TTF or OTF font file") from None


# -- the brand kit -------------------------------------------------------------------------------
def load_active_brand() -> BrandKit:
    return load_brand(active_brand_root())


def ensure_user_brand_kit(brand: BrandKit) -> BrandKit:
    """``brand`` re-rooted in the user's kit folder, copying the kit's files there first
    if needed. The built-in kit (read-only in an installed app) is never written."""
    target = user_brand_dir()
    if brand.root.resolve() == target.resolve():
        return brand
    if not (target / "brand.toml").is_file():
        staging = Path(tempfile.mkdtemp(prefix=".branding-", dir=_mkdir(target.parent)))
        try:
            copy = staging / "branding"
            shutil.copytree(brand.root, copy, ignore=shutil.ignore_patterns(".*"))
            if target.exists():
                shutil.rmtree(target)
            copy.rename(target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return replace(brand, root=target)


def reset_user_brand_kit() -> Path | None:
    """Stop using the designers' kit: move it to the trash (the built-in one applies again).

    Returns where it went, or None when there was none."""
    import time

    folder = user_brand_dir()
    if not folder.exists():
        return None
    trash = _mkdir(user_data_dir() / TRASH)
    target = trash / f"branding-{time.strftime('%Y%m%d-%H%M%S')}"
    n = 2
    while target.exists():
        target = trash / f"branding-{time.strftime('%Y%m%d-%H%M%S')}-{n}"
        n += 1
    folder.rename(target)
    return target


def brand_refs(template: Template) -> dict[str, set[str]]:
    """The brand entries a template uses, by kind: {"color": {...}, "font": ..., "logo": ...}."""
    refs: dict[str, set[str]] = {"color": set(), "font": set(), "logo": set()}
    if template.background.startswith("brand:"):
        refs["color"].add(template.background[6:])
    layers = list(template.layers)
    for aspect in template.variants:
        for layer_id in template.variants[aspect]:
            with contextlib.suppress(EditError):  # an invalid variant adds nothing
                layers.append(effective_layer(template, layer_id, aspect))  # type: ignore[arg-type]
    for layer in layers:
        for _prop, ref in _colour_refs(layer):
            if ref.startswith("brand:"):
                refs["color"].add(ref[6:])
        if isinstance(layer, TextLayer):
            refs["font"].add(layer.font.removeprefix("brand:"))
        if isinstance(layer, ImageLayer) and layer.source.startswith("brand:"):
            refs["logo"].add(layer.source[6:])
    return refs


def brand_usage(kind: str, name: str, templates: Iterable[Template]) -> list[Template]:
    """The templates that use the brand ``kind`` ("color", "font", "logo") ``name``."""
    return [t for t in templates if name in brand_refs(t).get(kind, set())]


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def brand_data(brand: BrandKit, base: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """brand.toml data for ``brand``, keeping keys of ``base`` this version does not know."""
    data: dict[str, Any] = dict(base or {})
    data.setdefault("schema", 1)
    data.update(name=brand.name, short_name=brand.short_name, credit=brand.credit,
                colors=dict(brand.colors), fonts=dict(brand.fonts), logos=dict(brand.logos),
                video=dict(brand.video))
    captions = dict(data.get("captions") or {})
    captions.update(hashtags=list(brand.hashtags), mentions=list(brand.mentions))
    data["captions"] = captions
    return data


def save_brand(brand: BrandKit) -> BrandKit:
    """Write ``brand.toml`` in the kit's folder atomically (checked to read back equal).

    Settings this version does not know are kept; comments are not.
    """
    source = brand.root / "brand.toml"
    base: dict[str, Any] = {}
    if source.is_file():
        try:
            base = tomllib.loads(source.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            base = {}
    text = "# Brand kit, written by the brand kit editor of Studio Konten Cimahi.\n" \
        + tomli_w.dumps(brand_data(brand, base))
    if parse_brand(tomllib.loads(text), brand.root) != brand:
        raise BrandError("the brand kit does not survive saving", path=source,
                         code="brand.roundtrip")
    brand.root.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".brand-", suffix=".tmp", dir=brand.root)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, source)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return brand


def import_brand_asset(brand: BrandKit, kind: str, name: str, source: Path) -> BrandKit:
    """Copy a font, logo or clip into the kit's folder and name it ``name``.

    ``brand`` must already live in a writable folder (see
    :func:`ensure_user_brand_kit`); brand.toml is written by :func:`save_brand`.
    """
    if kind not in BRAND_FOLDERS:
        raise EditError(f"unknown brand asset kind {kind!r}", code="edit.bad_kind")
    if not re.match(r"^[A-Za-z0-9_-]{1,40}$", name):
        raise EditError(f"{name!r} is not a valid name (letters, digits, - and _)",
                        code="edit.bad_name", value=name)
    source = Path(source)
    suffix = source.suffix.lower()
    allowed = {"font": FONT_SUFFIXES, "logo": IMAGE_SUFFIXES, "video": CLIP_SUFFIXES}[kind]
    if suffix not in allowed:
        raise EditError(f"{source.name}: use a {', '.join(allowed)} file", path=source,
                        code=f"edit.bad_{kind}", hint=", ".join(allowed))
    if not source.is_file():
        raise EditError("the file was not found", path=source, code="edit.not_found")
    if kind == "font":
        _check_font(source)
    elif kind == "logo":
        _check_image(source)
    folder = _mkdir(brand.root / BRAND_FOLDERS[kind])
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", source.stem).strip("-.") or name
    filename = _free_name(folder, stem, suffix)
    _atomic_copy(source, folder / filename)
    relpath = f"{BRAND_FOLDERS[kind]}/{filename}"
    return {"font": brand.with_font, "logo": brand.with_logo,
            "video": brand.with_video}[kind](name, relpath)


def without_brand_entry(brand: BrandKit, kind: str, name: str) -> BrandKit:
    """``brand`` without a colour, font, logo or clip entry (its file stays on disk)."""
    table = {"color": "colors", "font": "fonts", "logo": "logos", "video": "video"}[kind]
    mapping = dict(getattr(brand, table))
    mapping.pop(name, None)
    from types import MappingProxyType

    return replace(brand, **{table: MappingProxyType(mapping)})


def with_brand_info(brand: BrandKit, **changes: Any) -> BrandKit:
    """Name, short name, credit, hashtags or mentions changed."""
    allowed = {"name", "short_name", "credit", "hashtags", "mentions"}
    if set(changes) - allowed:
        raise EditError("not a brand kit property", code="edit.bad_property")
    for key in ("hashtags", "mentions"):
        if key in changes:
            changes[key] = tuple(str(v).strip() for v in changes[key] if str(v).strip())
    return replace(brand, **changes)


def relative_luminance(color: str) -> float:
    """WCAG 2 relative luminance of ``#RRGGBB`` (alpha ignored)."""
    r, g, b, _ = parse_hex_color(color)

    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours, 1.0 .. 21.0 (4.5 is the bar for text)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


WCAG_TEXT_CONTRAST = 4.5
