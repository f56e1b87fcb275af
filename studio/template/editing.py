"""Editing a template: pure functions from one :class:`Template` value to the next.

The designers' tools (``gui/designer``) never change a template in place: each
edit here takes a template and returns a new, validated one, so undo is a
stack of values and a preview can be cached by the value it shows. Per-aspect
variants are edited through the same functions (``aspect=...``): the change
goes into that variant's overrides, stored in the exact form ``template.toml``
reads back, so load -> save -> load is identical.

What is wrong with a template, for inline display, is
:mod:`studio.template.problems`; folders, the trash and asset files are
:mod:`studio.template.library`.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

import tomli_w
from pydantic import ValidationError

from studio.errors import EditError
from studio.platforms import ASPECTS, Aspect
from studio.template.model import (
    ID_PATTERN,
    LAYER_TYPES,
    Box,
    LayerBase,
    MediaLayer,
    Template,
    TemplateField,
    TextLayer,
    VariantName,
)

# Properties that describe a layer itself, not where or how it shows at one
# aspect: a variant cannot override them.
NOT_OVERRIDABLE = frozenset({"id", "type", "name", "locked"})


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


def _copy_variants(variants: Mapping[VariantName, Mapping[str, Mapping[str, Any]]]
                   ) -> dict[VariantName, dict[str, dict[str, Any]]]:
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
    return aspect


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
    layers: list[LayerBase] = list(template.layers)
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
    layers: list[LayerBase] = list(template.layers)
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
    layers: list[LayerBase] = list(template.layers)
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
        layers: list[LayerBase] = list(template.layers)
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


def with_template_id(template: Template, template_id: str) -> Template:
    """``template`` under another id (the name of its folder in a library)."""
    if not re.match(ID_PATTERN, template_id):
        raise EditError(f"{template_id!r} is not a valid id", code="edit.bad_id",
                        value=template_id)
    return _validated(template, {**_plain(template), "id": template_id})
