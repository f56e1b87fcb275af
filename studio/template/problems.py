"""What is wrong with a template, in codes a designer's tools can put in words.

:func:`template_problems` lists undefined fields, brand references the kit
lacks, missing files, invalid variants, layers off the canvas or outside a
platform's safe area: checked on every edit of the template editor and shown
inline. Each :class:`Problem` carries a code from
:data:`studio.errors.PROBLEM_CODES` and the params its words need; the English
``message`` is for logs and the command line. :func:`brand_refs` tells which
brand kit entries a template uses, so the brand editor can warn before one is
removed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from studio.brand import BrandKit, parse_hex_color
from studio.errors import EditError, TemplateError
from studio.platforms import ASPECTS, Platform
from studio.template.editing import effective_layer
from studio.template.layout import resolve_layout
from studio.template.model import (
    ImageLayer,
    LayerBase,
    MediaLayer,
    ShapeLayer,
    Template,
    TextLayer,
)


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
    if _check_colour(template.background, brand):
        problems.append(Problem("error", "background.invalid", f"background colour "
                                f"{template.background!r} is not usable",
                                params={"value": template.background}))
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
    for view_aspect, layer in layer_views:
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
        off_canvas = box.x >= 1 or box.y >= 1 or box.x + box.w <= 0 or box.y + box.h <= 0
        if layer.visible and off_canvas and once("layer.off_canvas", view_aspect or ""):
            problems.append(Problem("warning", "layer.off_canvas",
                                    f"layer {lid!r} is outside its area"
                                    + (f" ({view_aspect})" if view_aspect else ""), layer_id=lid,
                                    params={**params, "aspect": view_aspect or ""}))
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
