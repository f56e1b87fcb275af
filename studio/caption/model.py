"""The caption template: an immutable value read from one TOML file.

A caption template names the fields it reads (required and optional, with
defaults), its own hashtags, a set of named *sections* (small Jinja texts,
each a paragraph of the caption) and one *variant* per platform caption key
(``instagram``, ``x``, ``threads`` …) plus a ``default``. A variant lists the
sections it shows, in order; what an editor gives up when the caption is too
long, in order (``shorten``: a section left out, or ``{a = "b"}``, section
``a`` written in its shorter form ``b``); which section may be cut after a
whole sentence (``trim``) and how many hashtags it wants at most. Loading
validates all of it and names the file, the variant and the section in
every error.
See ``docs/captions.md`` for the format.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from jinja2 import nodes

from studio import tomltext
from studio.caption import engine
from studio.caption.hashtags import normalise_hashtags
from studio.errors import CaptionError
from studio.paths import CAPTIONS_DIR

log = logging.getLogger(__name__)

CAPTION_SCHEMA = 1
MAX_TEMPLATE_BYTES = 64_000
DEFAULT_VARIANT = "default"

# Values every section can read besides the fields (see docs/captions.md).
BUILTIN_NAMES = frozenset({"semua_tagar", "semua_mention", "tagar_tetap", "kredit_foto",
                           "platform", "range"})

# The shared field vocabulary; a template may add keys of its own.
VOCABULARY = (
    "judul", "subjudul", "tanggal", "tanggal_selesai", "waktu", "zona", "lokasi",
    "penyelenggara", "deskripsi", "nama", "jabatan", "ucapan", "tagar",
)
# Caption keys there is a platform for today; platforms.toml may add more.
KNOWN_CAPTION_KEYS = ("instagram", "facebook", "x", "tiktok", "threads", "whatsapp", "youtube",
                      "linkedin")

_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_SECTION = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")
_TOP_KEYS = {"schema", "id", "name", "description", "version", "author", "hashtags", "fields",
             "defaults", "sections", "variants"}
_VARIANT_KEYS = {"sections", "shorten", "drop", "trim", "max_hashtags"}

# One step of shortening: a section left out, or (section, its shorter form).
ShortenStep = str | tuple[str, str]


@dataclass(frozen=True)
class CaptionVariant:
    """How one platform's caption is put together from the template's sections."""

    key: str
    sections: tuple[str, ...]
    shorten: tuple[ShortenStep, ...] = ()
    trim: str | None = None
    max_hashtags: int | None = None

    @property
    def drop(self) -> tuple[str, ...]:
        """The sections this variant may leave out, in order."""
        return tuple(step for step in self.shorten if isinstance(step, str))

    @property
    def all_sections(self) -> tuple[str, ...]:
        """Every section the variant may show: its own, then the shorter forms."""
        extra = tuple(step[1] for step in self.shorten if isinstance(step, tuple))
        return self.sections + tuple(name for name in extra if name not in self.sections)


@dataclass(frozen=True)
class CaptionTemplate:
    """A caption template. ``sections`` and ``defaults`` are (name, value) pairs in file order."""

    id: str
    name: str
    description: str = ""
    version: str = "1.0.0"
    author: str = ""
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    defaults: tuple[tuple[str, str], ...] = ()
    hashtags: tuple[str, ...] = ()
    sections: tuple[tuple[str, str], ...] = ()
    variants: tuple[CaptionVariant, ...] = ()
    path: Path | None = field(default=None, compare=False)

    @property
    def fields(self) -> tuple[str, ...]:
        """Every field key the template reads, required first."""
        return self.required + self.optional

    @property
    def default_values(self) -> Mapping[str, str]:
        return MappingProxyType(dict(self.defaults))

    @property
    def variant_keys(self) -> tuple[str, ...]:
        return tuple(v.key for v in self.variants)

    def section_shows(self, name: str) -> tuple[str, ...]:
        """The fields and built-in values section ``name`` prints (not those it only tests)."""
        return shown_names(self.section_source(name))

    def section_source(self, name: str) -> str:
        for key, source in self.sections:
            if key == name:
                return source
        raise KeyError(name)

    def variant_for(self, caption_key: str) -> CaptionVariant:
        """The variant for a platform's caption key, or the ``default`` one."""
        fallback = None
        for variant in self.variants:
            if variant.key == caption_key:
                return variant
            if variant.key == DEFAULT_VARIANT:
                fallback = variant
        if fallback is None:  # pragma: no cover - parse_caption_template requires it
            raise CaptionError("the caption template has no default variant", path=self.path,
                               code="caption.invalid", template=self.id)
        return fallback


@lru_cache(maxsize=512)
def shown_names(source: str) -> tuple[str, ...]:
    """Names a section's output prints, in order: ``{{ deskripsi | tanpa_ulangan(judul) }}``
    prints ``deskripsi`` (``judul`` only steers it); a name only tested in
    ``{% if %}`` is not printed. Warnings name what left the caption by these."""
    tree = engine.check_source(source)
    found: list[str] = []

    def visit(node: nodes.Node) -> None:
        if isinstance(node, nodes.Name):
            if node.ctx == "load" and node.name not in found:
                found.append(node.name)
        elif isinstance(node, nodes.Filter | nodes.Test):
            if node.node is not None:
                visit(node.node)  # arguments steer the filter; they are not printed
        elif isinstance(node, nodes.Call | nodes.Getattr | nodes.Getitem):
            visit(node.node)
        elif isinstance(node, nodes.CondExpr):
            visit(node.expr1)
            if node.expr2 is not None:
                visit(node.expr2)
        elif isinstance(node, nodes.Compare | nodes.Not):
            return  # a yes/no prints no field
        else:
            for child in node.iter_child_nodes():
                visit(child)

    for output in tree.find_all(nodes.Output):
        for expression in output.nodes:
            if not isinstance(expression, nodes.TemplateData):
                visit(expression)
    return tuple(found)


# -- parsing ----------------------------------------------------------------------

def _known_caption_keys() -> set[str]:
    keys = set(KNOWN_CAPTION_KEYS)
    try:
        from studio.platforms import load_platforms

        keys |= {p.caption.key for p in load_platforms().values()}
    except Exception:  # pragma: no cover - a broken platforms file is reported elsewhere
        log.debug("platform presets unavailable; using the built-in caption keys")
    return keys


class _Problem:
    """Builds the CaptionError for one file: each message names the file."""

    def __init__(self, template_id: str, path: Path | None) -> None:
        self.template_id = template_id
        self.path = path

    def __call__(self, message: str, hint: str = "", **params: Any) -> CaptionError:
        return CaptionError(message, path=self.path, hint=hint or "fix the caption template",
                            code="caption.invalid", template=self.template_id, **params)


def _string_list(data: Any, what: str, problem: _Problem) -> tuple[str, ...]:
    if data is None:
        return ()
    if not isinstance(data, list) or not all(isinstance(v, str) for v in data):
        raise problem(f"{what} must be a list of texts")
    return tuple(data)


def _parse_fields(data: dict, problem: _Problem) -> tuple[tuple[str, ...], tuple[str, ...]]:
    table = data.get("fields", {})
    if not isinstance(table, dict):
        raise problem("[fields] must be a table with 'required' and 'optional' lists")
    unknown = set(table) - {"required", "optional"}
    if unknown:
        raise problem(f"[fields] has unknown key(s): {', '.join(sorted(unknown))}",
                      hint="use 'required' and 'optional'")
    required = _string_list(table.get("required"), "fields.required", problem)
    optional = _string_list(table.get("optional"), "fields.optional", problem)
    keys = required + optional
    for key in keys:
        if not _KEY.match(key):
            raise problem(f"field key {key!r} is not valid",
                          hint="use lowercase letters, digits and _ (e.g. 'tanggal_selesai')")
        if key in BUILTIN_NAMES:
            raise problem(f"field key {key!r} is a built-in name", hint="choose another key")
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    if dupes:
        raise problem(f"field(s) listed twice: {', '.join(dupes)}")
    return required, optional


def _parse_variant(key: str, table: Any, section_names: set[str], problem: _Problem
                   ) -> CaptionVariant:
    where = f"variant {key!r}"
    if not isinstance(table, dict):
        raise problem(f"{where} must be a table", variant=key)
    unknown = set(table) - _VARIANT_KEYS
    if unknown:
        raise problem(f"{where} has unknown key(s): {', '.join(sorted(unknown))}",
                      hint=f"a variant has: {', '.join(sorted(_VARIANT_KEYS))}", variant=key)
    sections = _string_list(table.get("sections"), f"{where}: sections", problem)
    if not sections:
        raise problem(f"{where} lists no sections", variant=key)
    for name in sections:
        if name not in section_names:
            raise problem(f"{where} uses section {name!r}, which [sections] does not define",
                          variant=key, section=name)
    if len(set(sections)) != len(sections):
        raise problem(f"{where} lists a section twice", variant=key)
    shorten = _parse_shorten(table, sections, section_names, where, key, problem)
    trim = table.get("trim")
    if trim is not None and (not isinstance(trim, str) or trim not in sections):
        raise problem(f"{where}: trim must name one of its sections, got {trim!r}",
                      variant=key)
    max_hashtags = table.get("max_hashtags")
    if max_hashtags is not None and (not isinstance(max_hashtags, int)
                                     or isinstance(max_hashtags, bool) or max_hashtags < 0):
        raise problem(f"{where}: max_hashtags must be a whole number ≥ 0", variant=key)
    return CaptionVariant(key=key, sections=sections, shorten=shorten, trim=trim,
                          max_hashtags=max_hashtags)


def _parse_shorten(table: dict, sections: tuple[str, ...], section_names: set[str], where: str,
                   key: str, problem: _Problem) -> tuple[ShortenStep, ...]:
    """``shorten`` (or the older ``drop``, names only), checked step by step."""
    if "shorten" in table and "drop" in table:
        raise problem(f"{where} has both 'shorten' and 'drop'",
                      hint="list every step in 'shorten'", variant=key)
    name = "shorten" if "shorten" in table else "drop"
    raw = table.get(name)
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise problem(f"{where}: {name} must be a list", variant=key)
    shown = list(sections)
    steps: list[ShortenStep] = []
    trim = table.get("trim")
    for index, step in enumerate(raw):
        if isinstance(step, str):
            if step not in shown:
                raise problem(f"{where} may leave out {step!r}, but does not show it",
                              hint=f"list only sections of this variant in '{name}'",
                              variant=key, section=step)
            # The trim section may be named more than once: cut early, left out late.
            if not (step == trim and step in raw[index + 1:]):
                shown.remove(step)
            steps.append(step)
            continue
        if name == "drop" or not isinstance(step, dict) or len(step) != 1:
            raise problem(f"{where}: each step of {name} is a section name"
                          + (' or one {section = "shorter form"}' if name == "shorten" else ""),
                          variant=key)
        (section, shorter), = step.items()
        if section not in shown:
            raise problem(f"{where} shortens {section!r}, but does not show it at that step",
                          variant=key, section=section)
        if not isinstance(shorter, str) or shorter not in section_names:
            raise problem(f"{where}: the shorter form of {section!r} must be a section of "
                          f"[sections], got {shorter!r}", variant=key, section=section)
        if shorter in shown:
            raise problem(f"{where}: {shorter!r} is shown already", variant=key,
                          section=shorter)
        shown[shown.index(section)] = shorter
        steps.append((section, shorter))
    return tuple(steps)


def parse_caption_template(data: dict, *, template_id: str, path: Path | None = None
                           ) -> CaptionTemplate:
    """Validate parsed TOML and build the template (``template_id`` is the file stem)."""
    problem = _Problem(template_id, path)
    if not _SECTION.match(template_id):
        raise problem(f"the file name {template_id!r} is not a valid template id",
                      hint="use lowercase letters, digits and '-' (e.g. info-layanan.toml)")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise problem(f"unknown key(s): {', '.join(sorted(unknown))}",
                      hint=f"a caption template has: {', '.join(sorted(_TOP_KEYS))}")
    schema = data.get("schema", CAPTION_SCHEMA)
    if schema != CAPTION_SCHEMA:
        raise problem(f"unsupported caption template schema {schema!r}",
                      hint=f"this version reads schema {CAPTION_SCHEMA}")
    if "id" in data and data["id"] != template_id:
        raise problem(f"id {data['id']!r} does not match the file name {template_id!r}",
                      hint="rename the file or fix the id")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise problem("the template needs a name")
    for key in ("description", "version", "author"):
        if not isinstance(data.get(key, ""), str):
            raise problem(f"{key} must be a text")

    required, optional = _parse_fields(data, problem)
    fields = set(required + optional)

    defaults_table = data.get("defaults", {})
    if not isinstance(defaults_table, dict):
        raise problem("[defaults] must be a table of field = text")
    for key, value in defaults_table.items():
        if key not in fields:
            raise problem(f"[defaults] sets {key!r}, which is not in [fields]")
        if not isinstance(value, str):
            raise problem(f"[defaults] {key} must be a text")
    hashtags = normalise_hashtags(_string_list(data.get("hashtags"), "hashtags", problem))

    sections_table = data.get("sections", {})
    if not isinstance(sections_table, dict) or not sections_table:
        raise problem("the template needs a [sections] table")
    sections: list[tuple[str, str]] = []
    for section, source in sections_table.items():
        if not _SECTION.match(section):
            raise problem(f"section name {section!r} is not valid",
                          hint="use lowercase letters, digits, '_' and '-'", section=section)
        if not isinstance(source, str):
            raise problem(f"section {section!r} must be a text", section=section)
        try:
            tree = engine.check_source(source)
        except engine.TemplateSyntaxError as exc:
            raise problem(f"section {section!r}, line {exc.lineno}: {exc.message}",
                          hint="fix the Jinja text of the section", section=section) from None
        strangers = sorted(engine.referenced_names(tree) - fields - BUILTIN_NAMES)
        if strangers:
            used = strangers[0]
            raise problem(
                f"section {section!r} uses {used!r}, which is not a field of this template",
                hint=f"add {used!r} to [fields] or fix the name", section=section, field=used)
        sections.append((section, source))

    variants_table = data.get("variants", {})
    if not isinstance(variants_table, dict) or DEFAULT_VARIANT not in variants_table:
        raise problem("the template needs [variants.default]")
    known = _known_caption_keys() | {DEFAULT_VARIANT}
    section_names = {s for s, _ in sections}
    variants = []
    for key, table in variants_table.items():
        if key not in known:
            raise problem(f"unknown variant {key!r}",
                          hint=f"variants are named after caption keys: {', '.join(sorted(known))}",
                          variant=key)
        variants.append(_parse_variant(key, table, section_names, problem))

    return CaptionTemplate(
        id=template_id,
        name=name.strip(),
        description=str(data.get("description", "")).strip(),
        version=str(data.get("version", "1.0.0")),
        author=str(data.get("author", "")),
        required=required,
        optional=optional,
        defaults=tuple((k, v) for k, v in defaults_table.items()),
        hashtags=hashtags,
        sections=tuple(sections),
        variants=tuple(variants),
        path=path,
    )


def parse_caption_text(text: str, *, template_id: str, path: Path | None = None
                       ) -> CaptionTemplate:
    """Parse TOML text (the editor's live preview and tests use this)."""
    problem = _Problem(template_id, path)
    if len(text.encode("utf-8")) > MAX_TEMPLATE_BYTES:
        raise problem(f"the file is larger than {MAX_TEMPLATE_BYTES // 1000} KB",
                      hint="a caption template is a few KB of text")
    try:
        data = tomltext.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise problem(f"not valid TOML: {exc}", hint="fix the syntax error") from None
    return parse_caption_template(data, template_id=template_id, path=path)


def load_caption_template(path: Path) -> CaptionTemplate:
    """Read and validate one caption template file; its id is the file stem."""
    path = Path(path)
    problem = _Problem(path.stem, path)
    try:
        size = path.stat().st_size
        if size > MAX_TEMPLATE_BYTES:
            raise problem(f"the file is larger than {MAX_TEMPLATE_BYTES // 1000} KB",
                          hint="a caption template is a few KB of text")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CaptionError("caption template not found", path=path,
                           hint="check the file name", code="caption.not_found",
                           template=path.stem) from None
    except OSError as exc:
        raise problem(f"cannot read the file: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise problem("the file is not UTF-8 text", hint="save it as UTF-8") from None
    return parse_caption_text(text, template_id=path.stem, path=path)


def list_caption_templates(directory: Path = CAPTIONS_DIR) -> dict[str, CaptionTemplate]:
    """Every valid caption template in ``directory`` by id, sorted by id.

    A broken file is skipped (and logged) so it cannot hide the others;
    :func:`get_caption_template` reports its problem when it is asked for.
    """
    result: dict[str, CaptionTemplate] = {}
    directory = Path(directory)
    if not directory.is_dir():
        return result
    for path in sorted(directory.glob("*.toml")):
        try:
            result[path.stem] = load_caption_template(path)
        except CaptionError as exc:
            log.warning("skipping caption template: %s", exc.one_line())
    return result


def get_caption_template(template_id: str, directory: Path = CAPTIONS_DIR) -> CaptionTemplate:
    """The caption template ``template_id``; a clear error listing the ids when unknown."""
    directory = Path(directory)
    path = directory / f"{template_id}.toml"
    if _SECTION.match(template_id or "") and path.is_file():
        return load_caption_template(path)
    available = sorted(p.stem for p in directory.glob("*.toml")) if directory.is_dir() else []
    raise CaptionError(
        f"unknown caption template {template_id!r}",
        hint=f"available: {', '.join(available) or '(none)'}",
        code="caption.unknown",
        caption=template_id,
    )
