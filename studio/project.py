"""Event projects ("kegiatan"): everything one event's export needs, in one file.

A :class:`Project` is an immutable value: the event's name, the template, the
field values typed once, the media list with each item's own choices (a
template override, a focal point, a video trim, a skip flag, field
overrides), the platforms, the output folder, the naming pattern and the
export options. Edits return new values, so the GUI's undo is a stack of them.

It is saved as TOML (``*.kegiatan.toml``), the same format as
``template.toml`` and ``brand.toml``: readable and fixable in any text editor
by an officer or a helpdesk, with multi-line strings for descriptions and
comments allowed. Media paths are stored relative to the project file when the
media sits in the project's folder tree (so a folder copied to a USB stick or
another laptop still works) and absolute otherwise, always with ``/``. Loading
never fails because media moved or vanished: each such item is reported in
:attr:`Project.problems` (and relinked when the file is found next to the
project), and the rest of the project opens. Saving is atomic and checked to
read back identically.
"""

from __future__ import annotations

import datetime as _dt
import math
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import Any, Literal

import tomli_w

from studio import tomltext
from studio.atomic import save_text
from studio.errors import ProjectError, StudioError
from studio.naming import DEFAULT_PATTERN, safe_name
from studio.values import clean_values

PROJECT_SCHEMA = 1
PROJECT_SUFFIX = ".kegiatan.toml"
DEFAULT_OUTPUT = "hasil"
MAX_PROJECT_BYTES = 8 * 1024 * 1024
MAX_MEDIA_ITEMS = 5000

_HEADER = (
    "# Proyek kegiatan Studio Konten Cimahi.\n"
    "# Boleh diedit dengan editor teks; jalur media relatif terhadap berkas ini.\n"
)

FieldValues = Mapping[str, str]


def _frozen_fields(values: Mapping[str, Any] | None, where: str) -> FieldValues:
    """Field values as a read-only mapping of str to str with ``\\n`` line breaks.

    Line breaks are normalised because TOML readers turn CRLF inside
    multi-line strings into LF; normalising first keeps saving exact.
    """
    if values is not None and not isinstance(values, Mapping):
        # A hand-edited file may write ``fields = [...]``: say so, naming the place.
        raise ProjectError(f"{where} must be a table of name = text", code="project.invalid",
                           hint="write the fields as [fields] with one name = \"text\" a line")
    result: dict[str, str] = {}
    for key, value in (values or {}).items():
        if not isinstance(key, str) or not key:
            raise ProjectError(f"{where}: field names must be text", code="project.invalid",
                               hint="fix the field names in the project file")
        result[key] = _field_text(value, f"{where}.{key}")
    try:
        # Control and bidi characters never get further (images, captions, names).
        return MappingProxyType(clean_values(result, where=f"{where}: "))
    except StudioError as exc:
        raise ProjectError(exc.message, hint=exc.hint, code=exc.code, **exc.params) from None


def _field_text(value: Any, where: str) -> str:
    # A hand-edited file may hold TOML dates or numbers; the model holds text.
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, _dt.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, int | float):
        return str(value)
    raise ProjectError(f"{where}: a field value must be text, not {type(value).__name__}",
                       code="project.invalid", hint="put the value in quotes")


def _fields_hash(values: FieldValues) -> int:
    return hash(tuple(sorted(values.items())))


# ---------------------------------------------------------------------------
# the model


@dataclass(frozen=True)
class MediaItem:
    """One photo or video of the event with the choices made for it.

    ``path`` None is an item without media (a card rendered from fields only,
    as each row of a bulk sheet without a photo column).
    """

    path: Path | None
    template: str | None = None  # None: the project's template
    focus: tuple[float, float] | None = None  # None: automatic (faces or centre)
    trim: tuple[float, float] | None = None  # videos: seconds kept, (in, out)
    skip: bool = False
    # Videos: the second of the clip its cover image shows (None: the event's
    # first photo, or the clip's first good frame).
    cover_at: float | None = None
    fields: FieldValues = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if self.path is not None:
            # Absolute and normalised, so equal files compare equal and saving
            # can decide relative-or-absolute without knowing the cwd later.
            object.__setattr__(self, "path", Path(os.path.abspath(self.path)))
        where = f"media {self.path.name if self.path else '(no media)'}"
        if self.focus is not None:
            x, y = _pair(self.focus, f"{where}: focus")
            if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
                raise ProjectError(f"{where}: the focal point must be between 0 and 1",
                                   code="project.invalid", hint="focus = [x, y], 0..1")
            object.__setattr__(self, "focus", (x, y))
        if self.trim is not None:
            # The end may be infinite: "to the end of the clip".
            start, end = _pair(self.trim, f"{where}: trim", allow_inf_end=True)
            if not (0.0 <= start < end):
                raise ProjectError(f"{where}: trim must be [in, out] with 0 <= in < out",
                                   code="project.invalid", hint="trim = [2.5, 14.0]")
            object.__setattr__(self, "trim", (start, end))
        if self.cover_at is not None:
            if isinstance(self.cover_at, bool) or not isinstance(self.cover_at, int | float) \
                    or not math.isfinite(self.cover_at) or self.cover_at < 0:
                raise ProjectError(f"{where}: cover_at must be a time in seconds, 0 or more",
                                   code="project.invalid", hint="cover_at = 3.5")
            object.__setattr__(self, "cover_at", float(self.cover_at))
        if self.template is not None and not isinstance(self.template, str):
            raise ProjectError(f"{where}: template must be a template id",
                               code="project.invalid")
        object.__setattr__(self, "skip", bool(self.skip))
        object.__setattr__(self, "fields", _frozen_fields(self.fields, f"{where}: fields"))

    def __hash__(self) -> int:
        return hash((self.path, self.template, self.focus, self.trim, self.skip,
                     self.cover_at, _fields_hash(self.fields)))

    # -- edits return new values ---------------------------------------------
    def with_focus(self, focus: tuple[float, float] | None) -> MediaItem:
        return replace(self, focus=focus)

    def with_trim(self, trim: tuple[float, float] | None) -> MediaItem:
        return replace(self, trim=trim)

    def with_cover_at(self, seconds: float | None) -> MediaItem:
        return replace(self, cover_at=seconds)

    def with_skip(self, skip: bool) -> MediaItem:
        return replace(self, skip=skip)

    def with_template(self, template_id: str | None) -> MediaItem:
        return replace(self, template=template_id)

    def with_fields(self, fields: Mapping[str, str]) -> MediaItem:
        return replace(self, fields=fields)

    def with_path(self, path: Path | None) -> MediaItem:
        return replace(self, path=path)


def _pair(value: Any, where: str, *, allow_inf_end: bool = False) -> tuple[float, float]:
    try:
        a, b = value
        if isinstance(a, bool) or isinstance(b, bool):
            raise TypeError
        pair = (float(a), float(b))
    except (TypeError, ValueError):
        raise ProjectError(f"{where} must be two numbers", code="project.invalid",
                           hint="write it as [a, b]") from None
    if not math.isfinite(pair[0]) or math.isnan(pair[1]) \
            or (math.isinf(pair[1]) and not (allow_inf_end and pair[1] > 0)):
        raise ProjectError(f"{where} must be finite numbers", code="project.invalid")
    return pair


INTRO_CHOICES = ("auto", "on", "off")


@dataclass(frozen=True)
class ExportOptions:
    """How the files are written.

    ``credit``: None writes no credit; ``""`` writes the brand kit's credit;
    any other text is written as is (EXIF Artist/Copyright).
    """

    quality: int = 90
    credit: str | None = None
    overwrite: bool = False
    strict: bool = False
    captions: bool = True
    zip_per_platform: bool = False
    # The brand intro/outro on videos: "auto" (as each platform says: short or
    # none on Stories, Reels and TikTok), "on" (whole, everywhere) or "off".
    intro: str = "auto"
    # Photos on feed platforms as one carousel post instead of one post per photo
    # (studio.carousel); with a closing page (accounts to follow) or without.
    carousel: bool = False
    carousel_closing: bool = True
    # Every clip gets a cover image beside it (studio.video.cover).
    covers: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.quality, bool) or not isinstance(self.quality, int) \
                or not 1 <= self.quality <= 100:
            raise ProjectError("export.quality must be a whole number from 1 to 100",
                               code="project.invalid", hint="90 is a good default")
        if self.credit is not None and not isinstance(self.credit, str):
            raise ProjectError("export.credit must be text", code="project.invalid")
        if self.intro not in INTRO_CHOICES:
            raise ProjectError(f"export.intro must be one of {', '.join(INTRO_CHOICES)}",
                               code="project.invalid", hint='"auto" is a good default')
        for name in ("overwrite", "strict", "captions", "zip_per_platform", "carousel",
                     "carousel_closing", "covers"):
            if not isinstance(getattr(self, name), bool):
                raise ProjectError(f"export.{name} must be true or false",
                                   code="project.invalid")


ProblemKind = Literal["missing", "moved"]


@dataclass(frozen=True)
class MediaProblem:
    """A media item whose file is not where the project says.

    ``moved``: found elsewhere (``found``) and relinked in the loaded value;
    saving the project records the new place. ``missing``: not found; the item
    keeps its path and fails in a batch until relinked or removed.
    """

    index: int  # 0-based position in Project.media
    kind: ProblemKind
    stored: Path
    found: Path | None = None

    @property
    def code(self) -> str:
        return f"project.media_{self.kind}"

    @property
    def message(self) -> str:
        if self.kind == "moved":
            return f"{self.stored.name} was not at {self.stored}; found at {self.found}"
        return f"{self.stored.name} is missing ({self.stored})"


@dataclass(frozen=True)
class Project:
    """An event project. ``path`` (where it was loaded from or saved to) and
    ``problems`` (what loading found) are not part of the value's identity."""

    name: str
    template: str
    output_dir: Path
    platforms: tuple[str, ...] = ()
    fields: FieldValues = field(default_factory=lambda: MappingProxyType({}))
    media: tuple[MediaItem, ...] = ()
    pattern: str = DEFAULT_PATTERN
    export: ExportOptions = ExportOptions()
    # The template versions the event was made with (template id -> version): it keeps
    # rendering with them until the PIC chooses to update (studio.library.pins).
    template_versions: FieldValues = field(default_factory=lambda: MappingProxyType({}))
    path: Path | None = field(default=None, compare=False)
    problems: tuple[MediaProblem, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.name, str):
            raise ProjectError("name must be text", code="project.invalid")
        if not isinstance(self.template, str) or not self.template:
            raise ProjectError("the project has no template", code="project.invalid",
                               hint='set template = "<template id>"')
        if not isinstance(self.pattern, str) or not self.pattern.strip():
            raise ProjectError("the file-name pattern is empty", code="project.invalid",
                               hint=f'for example pattern = "{DEFAULT_PATTERN}"')
        object.__setattr__(self, "output_dir", Path(os.path.abspath(self.output_dir)))
        platforms = tuple(self.platforms)
        if not all(isinstance(p, str) and p for p in platforms):
            raise ProjectError("platforms must be a list of platform ids",
                               code="project.invalid")
        object.__setattr__(self, "platforms", platforms)
        object.__setattr__(self, "media", tuple(self.media))
        if len(self.media) > MAX_MEDIA_ITEMS:
            raise ProjectError(f"more than {MAX_MEDIA_ITEMS} media items",
                               code="project.too_large", hint="split the event in two projects")
        object.__setattr__(self, "fields", _frozen_fields(self.fields, "fields"))
        object.__setattr__(self, "template_versions",
                           _frozen_fields(self.template_versions, "template_versions"))

    def __hash__(self) -> int:
        return hash((self.name, self.template, self.output_dir, self.platforms,
                     _fields_hash(self.fields), self.media, self.pattern, self.export,
                     _fields_hash(self.template_versions)))

    # -- queries ---------------------------------------------------------------
    @property
    def active_media(self) -> tuple[MediaItem, ...]:
        return tuple(item for item in self.media if not item.skip)

    def fields_for(self, item: MediaItem) -> dict[str, str]:
        """The event's field values with the item's overrides on top."""
        return {**self.fields, **item.fields}

    # -- edits return new values -------------------------------------------------
    def with_fields(self, fields: Mapping[str, str]) -> Project:
        return replace(self, fields=fields)

    def with_field(self, key: str, value: str) -> Project:
        return replace(self, fields={**self.fields, key: value})

    def with_platforms(self, platforms: Iterable[str]) -> Project:
        return replace(self, platforms=tuple(platforms))

    def with_template(self, template_id: str) -> Project:
        return replace(self, template=template_id)

    def with_template_versions(self, versions: Mapping[str, str]) -> Project:
        return replace(self, template_versions=versions)

    def with_output(self, output_dir: Path, pattern: str | None = None) -> Project:
        return replace(self, output_dir=Path(output_dir), pattern=pattern or self.pattern)

    def with_export(self, **changes: Any) -> Project:
        return replace(self, export=replace(self.export, **changes))

    def with_media(self, media: Iterable[MediaItem]) -> Project:
        return replace(self, media=tuple(media))

    def with_item(self, index: int, item: MediaItem) -> Project:
        media = list(self.media)
        media[index] = item
        return replace(self, media=tuple(media))

    def add_media(self, paths: Iterable[Path]) -> Project:
        """Append media (absolute paths), skipping files already in the list."""
        known = {item.path for item in self.media}
        new = []
        for path in paths:
            path = Path(os.path.abspath(path))
            if path not in known:
                known.add(path)
                new.append(MediaItem(path))
        return replace(self, media=(*self.media, *new))

    def remove_media(self, indexes: Iterable[int]) -> Project:
        drop = set(indexes)
        return replace(self, media=tuple(m for i, m in enumerate(self.media) if i not in drop))


# Titles in suggested file and folder names: long enough to recognise the event,
# short enough for a folder inside a folder inside Documents on Windows.
MAX_TITLE_IN_NAME = 60
OUTPUT_FOLDER_PREFIX = "Hasil"


def short_title(text: str, limit: int = MAX_TITLE_IN_NAME) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters.

    "Rapat Koordinasi Kehumasan se-Kota Cimahi bersama Seluruh Perangkat Daerah"
    becomes "Rapat Koordinasi Kehumasan se-Kota Cimahi bersama Seluruh" rather
    than ending in "… Seluruh Perangk". A single word longer than the limit is
    cut where it must be. Trailing punctuation (",", "-", ":") is dropped.
    """
    # Characters a file name cannot hold are left out here rather than turned into "_":
    # "Rapat: A/B?" reads "Rapat A-B".
    text = re.sub(r'[<>:"|?*]', " ", str(text).replace("/", "-").replace("\\", "-"))
    words = " ".join(text.split())
    if len(words) <= limit:
        return words
    cut = words[: limit + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if space > 0 else words[:limit]
    return cut.rstrip(" ,.;:-–—(/")


def event_file_stem(title: str, date: str = "") -> str:
    """The suggested name of an event file (without ``.kegiatan.toml``): date and title."""
    return safe_name(f"{date} {short_title(title)}".strip(), "kegiatan")


def output_folder_name(title: str, date: str = "") -> str:
    """The default output folder of an event: "Hasil - <title> - <date>" (valid on Windows).

    >>> output_folder_name("Rapat Koordinasi Kehumasan", "2026-11-30")
    'Hasil - Rapat Koordinasi Kehumasan - 2026-11-30'
    """
    parts = [OUTPUT_FOLDER_PREFIX, short_title(title), date.strip()]
    return safe_name(" - ".join(p for p in parts if p), OUTPUT_FOLDER_PREFIX)


def new_project(name: str, template: str, output_dir: Path, *,
                media: Iterable[Path] = (), platforms: Iterable[str] = (),
                fields: Mapping[str, str] | None = None, pattern: str = DEFAULT_PATTERN,
                export: ExportOptions | None = None) -> Project:
    """A fresh project; media paths are made absolute."""
    project = Project(name=name, template=template, output_dir=Path(os.path.abspath(output_dir)),
                      platforms=tuple(platforms), fields=fields or {}, pattern=pattern,
                      export=export or ExportOptions())
    return project.add_media(media)


# ---------------------------------------------------------------------------
# file format


def _store_path(path: Path, base: Path) -> str:
    """``path`` relative to ``base`` when inside it (posix separators), else absolute."""
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(base)
    except ValueError:
        return absolute.as_posix()
    text = relative.as_posix()
    return text if text != "." else "."


def _load_path(text: str, base: Path, where: str) -> Path:
    if not isinstance(text, str) or not text.strip():
        raise ProjectError(f"{where}: path must be text", code="project.invalid")
    if "\x00" in text:
        raise ProjectError(f"{where}: path contains a NUL character", code="project.invalid")
    # Paths are written with "/", but a hand edit on Windows may use "\".
    if os.sep == "\\":
        text = text.replace("\\", "/")
    candidate = Path(text)
    if not candidate.is_absolute():
        candidate = base.joinpath(*PurePosixPath(text).parts)
    return Path(os.path.normpath(candidate))


def project_to_data(project: Project, project_file: Path) -> dict[str, Any]:
    """The TOML table of ``project`` as saved at ``project_file``."""
    base = Path(os.path.abspath(project_file)).parent
    data: dict[str, Any] = {
        "schema": PROJECT_SCHEMA,
        "name": project.name,
        "template": project.template,
        "platforms": list(project.platforms),
        "output": _store_path(project.output_dir, base),
        "pattern": project.pattern,
        "fields": dict(project.fields),
    }
    if project.template_versions:
        data["template_versions"] = dict(sorted(project.template_versions.items()))
    export: dict[str, Any] = {
        "quality": project.export.quality,
        "overwrite": project.export.overwrite,
        "strict": project.export.strict,
        "captions": project.export.captions,
        "zip_per_platform": project.export.zip_per_platform,
    }
    if project.export.intro != "auto":
        export["intro"] = project.export.intro
    if project.export.carousel:
        export["carousel"] = True
    if not project.export.carousel_closing:
        export["carousel_closing"] = False
    if not project.export.covers:
        export["covers"] = False
    if project.export.credit is not None:
        export["credit"] = project.export.credit
    data["export"] = export
    media = []
    for item in project.media:
        entry: dict[str, Any] = {}
        if item.path is not None:
            entry["path"] = _store_path(item.path, base)
        if item.template is not None:
            entry["template"] = item.template
        if item.focus is not None:
            entry["focus"] = list(item.focus)
        if item.trim is not None:
            entry["trim"] = list(item.trim)
        if item.skip:
            entry["skip"] = True
        if item.cover_at is not None:
            entry["cover_at"] = item.cover_at
        if item.fields:
            entry["fields"] = dict(item.fields)
        media.append(entry)
    if media:
        data["media"] = media
    return data


def project_to_toml(project: Project, project_file: Path) -> str:
    return _HEADER + tomli_w.dumps(project_to_data(project, project_file),
                                   multiline_strings=True)


_TOP_KEYS = {"schema", "name", "template", "platforms", "output", "pattern", "fields", "export",
             "media", "template_versions"}
_EXPORT_KEYS = {"quality", "credit", "overwrite", "strict", "captions", "zip_per_platform",
                "intro", "carousel", "carousel_closing", "covers"}
_ITEM_KEYS = {"path", "template", "focus", "trim", "skip", "fields", "cover_at"}


def _check_keys(table: Any, allowed: set[str], where: str) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise ProjectError(f"{where} must be a table", code="project.invalid")
    unknown = sorted(set(table) - allowed)
    if unknown:
        # A typo ("platfroms") silently ignored would lose the officer's choice.
        raise ProjectError(f"{where}: unknown key(s) {', '.join(unknown)}",
                           code="project.invalid",
                           hint=f"allowed: {', '.join(sorted(allowed))}")
    return table


def project_from_data(data: dict[str, Any], project_file: Path) -> Project:
    """Build a project from its TOML table; relative paths are resolved against the file."""
    base = Path(os.path.abspath(project_file)).parent
    schema = data.get("schema")
    if schema is None:
        raise ProjectError("this is not a project file (no schema)", path=project_file,
                           code="project.invalid", hint="open a .kegiatan.toml file")
    if not isinstance(schema, int) or schema < 1:
        raise ProjectError(f"bad schema {schema!r}", path=project_file, code="project.invalid")
    if schema > PROJECT_SCHEMA:
        raise ProjectError(f"the project was made by a newer version (schema {schema})",
                           path=project_file, code="project.schema",
                           hint="update Studio Konten Cimahi to open it")
    try:
        data = _check_keys(data, _TOP_KEYS, "project")
        export_table = _check_keys(data.get("export", {}), _EXPORT_KEYS, "export")
        export = ExportOptions(**export_table)
        items = data.get("media", [])
        if not isinstance(items, list):
            raise ProjectError("media must be a list of [[media]] tables", code="project.invalid")
        media = []
        for number, entry in enumerate(items, start=1):
            entry = _check_keys(entry, _ITEM_KEYS, f"media #{number}")
            path = entry.get("path")
            media.append(MediaItem(
                path=_load_path(path, base, f"media #{number}") if path is not None else None,
                template=entry.get("template"),
                focus=entry.get("focus"),
                trim=entry.get("trim"),
                skip=entry.get("skip", False),
                cover_at=entry.get("cover_at"),
                fields=entry.get("fields", {}),
            ))
        output = data.get("output", DEFAULT_OUTPUT)
        platforms = data.get("platforms", [])
        if not isinstance(platforms, list):
            raise ProjectError("platforms must be a list", code="project.invalid")
        name = data.get("name", project_file.name.removesuffix(PROJECT_SUFFIX))
        versions = data.get("template_versions", {})
        if not isinstance(versions, dict):
            raise ProjectError("template_versions must be a table of template id = version",
                               code="project.invalid")
        return Project(
            name=name,
            template=data.get("template", ""),
            output_dir=_load_path(output, base, "output"),
            platforms=tuple(platforms),
            fields=data.get("fields", {}),
            media=tuple(media),
            pattern=data.get("pattern", DEFAULT_PATTERN),
            export=export,
            template_versions=versions,
            path=Path(os.path.abspath(project_file)),
        )
    except StudioError as exc:
        if exc.path is None:
            exc.path = project_file
        if not exc.hint:
            exc.hint = "fix the project file or create it again"
        raise
    except TypeError as exc:  # e.g. a table where a value was expected
        raise ProjectError(f"invalid value: {exc}", path=project_file, code="project.invalid",
                           hint="fix the project file or create it again") from None


def find_media_problems(project: Project) -> tuple[Project, tuple[MediaProblem, ...]]:
    """Check every media file; relink the ones found next to the project.

    A file counts as moved when it is absent at its path but a file with the
    same name (and the same last folders) exists under the project's folder:
    the usual case is an event folder copied to another drive or laptop.
    """
    base = project.path.parent if project.path else None
    media = list(project.media)
    problems: list[MediaProblem] = []
    for index, item in enumerate(media):
        if item.path is None or _is_file(item.path):
            continue
        found = _relocate(item.path, base) if base else None
        if found is not None:
            problems.append(MediaProblem(index, "moved", item.path, found))
            media[index] = item.with_path(found)
        else:
            problems.append(MediaProblem(index, "missing", item.path))
    if not problems:
        return project, ()
    return replace(project, media=tuple(media)), tuple(problems)


def _is_file(path: Path) -> bool:
    """Whether ``path`` is a file; a name the OS refuses (too long, bad characters) is not.

    ``Path.is_file`` raises for those (ENAMETOOLONG, and on Windows a name it
    cannot parse) where a missing file only returns False.
    """
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def _relocate(path: Path, base: Path) -> Path | None:
    parts = path.parts
    # Longest matching tail first: "foto/hari-1/IMG_1.jpg" before "IMG_1.jpg".
    for keep in range(min(3, len(parts) - 1), 0, -1):
        candidate = base.joinpath(*parts[-keep:])
        if _is_file(candidate):
            return candidate
    return None


def load_project(path: str | Path) -> Project:
    """Read a project file. Moved or missing media are reported, never fatal."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_PROJECT_BYTES:
            raise ProjectError("the project file is too large", path=path,
                               code="project.too_large")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ProjectError("project file not found", path=path, code="project.not_found",
                           hint="check the path or open another project") from None
    except UnicodeDecodeError:
        raise ProjectError("the project file is not UTF-8 text", path=path,
                           code="project.encoding", hint="save the file as UTF-8") from None
    except OSError as exc:
        raise ProjectError(f"cannot read the project file: {exc.strerror or exc}", path=path,
                           code="project.unreadable", hint="check the file") from None
    try:
        data = tomltext.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProjectError(f"not valid TOML: {exc}", path=path, code="project.syntax",
                           hint="fix the syntax error at the line shown") from None
    project = project_from_data(data, path)
    project, problems = find_media_problems(project)
    return replace(project, problems=problems)


def save_project(project: Project, path: str | Path | None = None) -> Project:
    """Write ``project`` atomically (to ``path`` or where it came from).

    Returns the saved value with ``path`` set and no problems left to report
    (relinked media are now recorded in their new place).
    """
    target = Path(path) if path is not None else project.path
    if target is None:
        raise ProjectError("the project has not been saved yet", code="project.no_path",
                           hint="choose where to save it")
    target = Path(os.path.abspath(target))
    text = project_to_toml(project, target)
    # Refuse to write a file that would not read back as the same project.
    if project_from_data(tomllib.loads(text), target) != project:
        raise ProjectError("the project does not survive saving", path=target,
                           code="project.roundtrip",
                           hint="report this; the previous file was kept")
    save_text(target, text)
    missing = tuple(p for p in project.problems if p.kind == "missing")
    return replace(project, path=target, problems=missing)
