"""Loading, validating and saving template folders.

A template folder holds ``template.toml`` and its own assets; the folder's
name is the template's id. Every problem is reported with the file, the layer
and the field it concerns, so a designer can fix it without reading code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import ValidationError

from studio import tomltext
from studio.atomic import save_text
from studio.errors import TemplateError
from studio.template.model import ImageLayer, LayerBase, Template, TextLayer

MANIFEST = "template.toml"
MAX_MANIFEST_BYTES = 512 * 1024


@dataclass(frozen=True)
class LoadedTemplate:
    """A template together with the folder its assets live in."""

    template: Template
    folder: Path

    @property
    def id(self) -> str:
        return self.template.id

    def asset_path(self, relpath: str) -> Path:
        return self.folder / relpath


def _describe_location(data: dict[str, Any], loc: tuple[Any, ...]) -> str:
    """Turn a pydantic error location into words: layer 'title' (#3), field 'size'."""
    parts: list[str] = []
    i = 0
    while i < len(loc):
        key = loc[i]
        if key in ("layers", "fields") and i + 1 < len(loc) and isinstance(loc[i + 1], int):
            index = loc[i + 1]
            items = data.get(key) or []
            item = items[index] if index < len(items) and isinstance(items[index], dict) else {}
            if key == "layers":
                parts.append(f"layer {item.get('id', '?')!r} (#{index + 1})")
                # Skip the discriminator tag pydantic inserts (the layer type).
                if i + 2 < len(loc) and loc[i + 2] in ("media", "image", "shape", "text"):
                    i += 1
            else:
                parts.append(f"field {item.get('key', '?')!r} (#{index + 1})")
            i += 2
            continue
        parts.append(f"{key}")
        i += 1
    return ", ".join(parts) if parts else "template"


def parse_template(data: dict[str, Any], source: Path) -> Template:
    """Validate manifest data; raise a TemplateError naming the file, layer and field."""
    try:
        return Template.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = _describe_location(data, tuple(first["loc"]))
        more = f" (and {exc.error_count() - 1} more problem(s))" if exc.error_count() > 1 else ""
        # A check of ours raised inside the model keeps its code (e.g. the render budget).
        cause = (first.get("ctx") or {}).get("error")
        message = str(first["msg"]).removeprefix("Value error, ")
        raise TemplateError(
            # A problem of the whole template needs no "template:" in front.
            f"{message}{more}" if where == "template" else f"{where}: {message}{more}",
            path=source,
            hint=getattr(cause, "hint", "") or "fix template.toml (see docs/template-format.md)",
            code=getattr(cause, "code", "template.invalid"),
            where=where,
        ) from None


def load_template(folder: str | Path) -> LoadedTemplate:
    """Load and validate the template in ``folder``."""
    folder = Path(folder)
    manifest = folder / MANIFEST
    if not manifest.is_file():
        raise TemplateError(
            "no template.toml in this folder",
            path=folder,
            hint="choose a template folder (it contains template.toml)",
            code="template.not_found",
        )
    if manifest.stat().st_size > MAX_MANIFEST_BYTES:
        raise TemplateError("template.toml is too large", path=manifest,
                            code="template.too_large")
    try:
        data = tomltext.loads(manifest.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise TemplateError("template.toml is not UTF-8 text", path=manifest,
                            hint="save the file as UTF-8", code="template.encoding") from None
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"not valid TOML: {exc}", path=manifest,
                            hint="fix the syntax error at the line shown",
                            code="template.syntax") from None
    data.setdefault("id", folder.name)
    template = parse_template(data, manifest)
    if template.id != folder.name:
        raise TemplateError(
            f"the id {template.id!r} does not match the folder name {folder.name!r}",
            path=manifest,
            hint="rename the folder or change id so they are the same",
            code="template.id_mismatch",
        )
    loaded = LoadedTemplate(template=template, folder=folder)
    _check_assets(loaded, manifest)
    return loaded


def _check_assets(loaded: LoadedTemplate, manifest: Path) -> None:
    """Every text expression and every image asset, of the base layers and of each variant.

    Image assets are checked from their headers by the app's image loader (the
    format allowlist and size limits a render would apply), so a template that
    validates is one whose every export can read its assets.
    """
    from studio.template.sandbox import check_expression

    template = loaded.template
    index_of = {layer.id: n for n, layer in enumerate(template.layers)}
    layer_sets: list[tuple[str, tuple[LayerBase, ...]]] = [("", template.layers)]
    for aspect, overrides in template.variants.items():
        merged = {layer.id: layer for layer in template.layers_for(aspect)}
        layer_sets.append((f"variant {aspect!r}, ", tuple(merged[i] for i in overrides)))
    checked: set[str] = set()
    for prefix, layers in layer_sets:
        for layer in layers:
            where = f"{prefix}layer {layer.id!r} (#{index_of[layer.id] + 1})"
            if isinstance(layer, TextLayer):
                try:
                    check_expression(layer.text, layer_id=layer.id)
                except TemplateError as exc:
                    exc.path = manifest
                    exc.message = exc.message.replace(f"layer {layer.id!r}", where, 1)
                    raise
            if isinstance(layer, ImageLayer) and not layer.source.startswith("brand:") \
                    and layer.source not in checked:
                _check_image_source(loaded, layer.source, where, manifest)
                checked.add(layer.source)


def _check_image_source(loaded: LoadedTemplate, source: str, where: str, manifest: Path
                        ) -> None:
    from studio.errors import MediaError
    from studio.media import check_image_asset

    root = loaded.folder.resolve()
    path = (loaded.folder / source).resolve()
    if root not in path.parents:
        raise TemplateError(f"{where}, source: leaves the template folder",
                            path=manifest, code="template.asset_outside")
    if not path.is_file():
        raise TemplateError(
            f"{where}, source: file {source!r} is missing",
            path=manifest,
            hint="put the file in the template folder or fix the path",
            code="template.asset_missing",
        )
    try:
        check_image_asset(path)
    except MediaError as exc:
        code = {"media.unsupported": "template.asset_format",
                "media.not_image": "template.asset_format",
                "media.too_large": "template.asset_too_large"}.get(exc.code,
                                                                   "template.bad_asset")
        raise TemplateError(f"{where}, source {source!r}: {exc.message}", path=manifest,
                            hint=exc.hint, code=code, asset=source,
                            format=exc.params.get("format")) from None


def template_to_toml(template: Template) -> str:
    return tomli_w.dumps(template.to_data())


def save_template(loaded: LoadedTemplate, template: Template | None = None) -> LoadedTemplate:
    """Write ``template`` (default: the loaded one) to the folder's template.toml atomically."""
    template = template or loaded.template
    text = template_to_toml(template)
    # Check it reads back identically before replacing the designer's file.
    if parse_template(tomllib.loads(text), loaded.folder / MANIFEST) != template:
        raise TemplateError("the template does not survive saving", path=loaded.folder,
                            code="template.roundtrip")
    save_text(loaded.folder / MANIFEST, text)
    return LoadedTemplate(template=template, folder=loaded.folder)


@dataclass(frozen=True)
class LibraryProblem:
    folder: Path
    error: TemplateError


def scan_library(*dirs: Path) -> tuple[dict[str, LoadedTemplate], list[LibraryProblem]]:
    """Every valid template under ``dirs`` (later dirs win on the same id) and the problems."""
    found: dict[str, LoadedTemplate] = {}
    problems: list[LibraryProblem] = []
    for directory in dirs:
        if not directory.is_dir():
            continue
        for folder in sorted(p for p in directory.iterdir() if p.is_dir()):
            if folder.name.startswith((".", "_")) or not (folder / MANIFEST).exists():
                continue
            try:
                loaded = load_template(folder)
            except TemplateError as exc:
                problems.append(LibraryProblem(folder, exc))
                continue
            found[loaded.id] = loaded
    return found, problems
