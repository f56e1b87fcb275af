"""The template library: which folder each template id means on this computer.

Three kinds of templates meet here:

- **built-in** ones ship in ``templates/`` with the app (official: they come
  with the program, inside the same trust boundary as its code);
- **shared** ones from the city's shared library (official: their signature was
  checked against the trust store when they were copied in, and is checked
  again whenever the library is read — a key revoked later stops them);
- **local** ones the user imported or made, in the user data folder (not
  official, unless the folder carries a valid signature from a trusted key).

For one id the official template is used: the shared version in use, else the
built-in one. A local template with the id of an official one replaces it only
after an explicit choice (``templates use ID local``, the designer saving their
change to it, or importing with the choice); the official one stays available
and one choice brings it back. Without the choice the local copy is listed in
:attr:`TemplateLibrary.shadowed` and the official one is used.

An event pins the versions it was made with (:meth:`TemplateLibrary.with_pins`):
while the pinned version is still on this computer, the event renders with it.

The folder operations a designer needs are here too: a new template folder, a
duplicate, an asset copied into a template, and the recoverable trash (a
deleted or replaced template is moved to ``<library>/.trash``, never removed).
"""

from __future__ import annotations

import copy
import re
import shutil
import time
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from studio.assets import IMAGE_SUFFIXES, atomic_copy, check_image, free_name, safe_stem
from studio.atomic import (
    recover_folders,
    replace_folder,
    save_error,
    staging_folder,
    swapped_name,
)
from studio.errors import EditError, StudioError, TemplateError
from studio.paths import TEMPLATES_DIR, user_templates_dir
from studio.template.editing import set_template_info, unique_id, with_template_id
from studio.template.loader import (
    MANIFEST,
    LibraryProblem,
    LoadedTemplate,
    load_template,
    save_template,
    scan_library,
)
from studio.template.model import ID_PATTERN, Template

TRASH = ".trash"

OriginKind = Literal["built-in", "shared", "local"]


@dataclass(frozen=True)
class TemplateOrigin:
    """Where the template in use comes from and whether it is official."""

    kind: OriginKind
    official: bool
    version: str
    signer: str = ""  # the trusted signer's name (shared or signed local templates)
    key_id: str = ""
    problem: StudioError | None = None  # why a signed local template is not official
    replaces_official: bool = False  # a local template chosen over an official one


@dataclass
class TemplateLibrary:
    """Templates by id. ``dirs[0]`` holds the official built-in templates and later
    dirs the user's own; ``shared`` adds the shared library's versions in use."""

    dirs: tuple[Path, ...]
    shared: bool = False
    templates: dict[str, LoadedTemplate] = field(default_factory=dict)
    problems: list[LibraryProblem] = field(default_factory=list)
    origins: dict[str, TemplateOrigin] = field(default_factory=dict)
    shadowed: dict[str, LoadedTemplate] = field(default_factory=dict)
    pins: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    pin_misses: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.reload()

    def reload(self) -> None:
        for user_dir in self.dirs[1:]:
            # A save or an import a crash cut short between its two renames.
            recover_folders(user_dir, dispose=_trash_in(user_dir))
        builtin, problems = scan_library(self.dirs[0])
        local, local_problems = scan_library(*self.dirs[1:]) if len(self.dirs) > 1 else ({}, [])
        problems += local_problems
        shared: dict[str, tuple[LoadedTemplate, TemplateOrigin]] = {}
        choices: Mapping[str, str] = {}
        trust = None
        if self.shared:
            from studio.library.installed import shared_templates, template_choices
            from studio.library.trust import load_trust

            try:
                trust = load_trust()
            except StudioError as exc:
                problems.append(LibraryProblem(self.dirs[-1], _as_template_error(exc)))
            else:
                shared, shared_problems = shared_templates(trust)
                problems += shared_problems
            choices = template_choices()
        templates: dict[str, LoadedTemplate] = {}
        origins: dict[str, TemplateOrigin] = {}
        shadowed: dict[str, LoadedTemplate] = {}
        for template_id in sorted(set(builtin) | set(local) | set(shared)):
            official: tuple[LoadedTemplate, TemplateOrigin] | None = None
            if template_id in shared:
                official = shared[template_id]
            elif template_id in builtin:
                loaded = builtin[template_id]
                official = (loaded, TemplateOrigin("built-in", True, loaded.template.version))
            own = local.get(template_id)
            if own is not None and (official is None or choices.get(template_id) == "local"):
                templates[template_id] = own
                origins[template_id] = _local_origin(own, trust,
                                                     replaces=official is not None)
                if official is not None:
                    shadowed[template_id] = official[0]
            else:
                assert official is not None
                templates[template_id], origins[template_id] = official
                if own is not None:
                    shadowed[template_id] = own
        self.templates, self.problems = templates, problems
        self.origins, self.shadowed = origins, shadowed

    @property
    def user_dir(self) -> Path:
        return self.dirs[-1]

    def get(self, template_id: str) -> LoadedTemplate:
        try:
            loaded = self.templates[template_id]
        except KeyError:
            raise TemplateError(
                f"unknown template {template_id!r}",
                hint="available: " + ", ".join(sorted(self.templates)),
                code="template.unknown",
                template=template_id,
            ) from None
        pin = self.pins.get(template_id)
        if pin and pin != loaded.template.version:
            pinned = self.find_version(template_id, pin)
            if pinned is not None:
                return pinned
            self.pin_misses[template_id] = pin
        return loaded

    def ids(self) -> list[str]:
        return sorted(self.templates)

    def is_builtin(self, template_id: str) -> bool:
        loaded = self.templates.get(template_id)
        return loaded is not None and loaded.folder.parent.resolve() == self.dirs[0].resolve()

    def origin(self, template_id: str) -> TemplateOrigin | None:
        return self.origins.get(template_id)

    def is_official(self, template_id: str) -> bool:
        origin = self.origins.get(template_id)
        return origin is not None and origin.official

    # -- versions --------------------------------------------------------------------------
    def find_version(self, template_id: str, version: str) -> LoadedTemplate | None:
        """``version`` of ``template_id`` if this computer still has it (checked), else None."""
        from studio.library.versions import is_version, same_version

        if not is_version(version):
            return None
        candidates = [self.templates.get(template_id), self.shadowed.get(template_id)]
        builtin = self.dirs[0] / template_id
        for loaded in candidates:
            if loaded is not None and same_version(loaded.template.version, version):
                return loaded
        if self.shared:
            from studio.library.installed import cached_template

            loaded = cached_template(template_id, version)
            if loaded is not None:
                return loaded
        try:
            loaded = load_template(builtin)
        except TemplateError:
            return None
        return loaded if same_version(loaded.template.version, version) else None

    def with_pins(self, pins: Mapping[str, str]) -> TemplateLibrary:
        """A view of this library that renders pinned templates at their pinned version."""
        view = copy.copy(self)
        view.pins = MappingProxyType(dict(pins))
        view.pin_misses = {}
        return view

    def versions_in_use(self, template_ids: list[str] | tuple[str, ...] | set[str]
                        ) -> dict[str, str]:
        """The version each of ``template_ids`` renders with now (pins included)."""
        result = {}
        for template_id in template_ids:
            if template_id in self.templates:
                result[template_id] = self.get(template_id).template.version
        return result


def _trash_in(library_dir: Path) -> Callable[[Path], Path]:
    """Move an old folder left by an interrupted swap to ``library_dir``'s trash."""
    def dispose(old: Path) -> Path:
        return move_to_trash(old, library_dir, name=swapped_name(old))
    return dispose


def _as_template_error(exc: StudioError) -> TemplateError:
    error = TemplateError(exc.message, path=exc.path, hint=exc.hint, code=exc.code,
                          **exc.params)
    return error


def _local_origin(loaded: LoadedTemplate, trust: Any, *, replaces: bool) -> TemplateOrigin:
    version = loaded.template.version
    if trust is None:
        return TemplateOrigin("local", False, version, replaces_official=replaces)
    from studio.library.installed import folder_official

    status = folder_official(loaded.folder, trust, loaded.id)
    return TemplateOrigin("local", status.official, version, status.signer, status.key_id,
                          status.error if status.signed else None, replaces)


def default_library(extra_user_dir: Path | None = None) -> TemplateLibrary:
    """Built-in, shared (the versions in use) and the user's own templates."""
    return TemplateLibrary(dirs=(TEMPLATES_DIR, extra_user_dir or user_templates_dir()),
                           shared=True)


# -- template folders ----------------------------------------------------------------------------
def _copy_tree(source: Path, target: Path) -> None:
    """Copy a template folder (skipping dot-files such as old temp files)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".*"), dirs_exist_ok=True)


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
    # Built whole beside the library's folders, then moved in with one rename: a crash
    # leaves a staging folder nobody reads, never half a template.
    folder = staging_folder(target)
    try:
        if assets_from is not None and assets_from.is_dir():
            _copy_tree(assets_from, folder)
        save_template(LoadedTemplate(template, folder), template)
        replace_folder(target, folder)
    except OSError as exc:
        raise save_error(exc, target) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return load_template(target)


def duplicate_template(loaded: LoadedTemplate, library_dir: Path, new_id: str | None = None,
                       name: str | None = None) -> LoadedTemplate:
    """A copy of a template (folder and assets) under a new id in ``library_dir``."""
    taken = {p.name for p in library_dir.iterdir()} if library_dir.is_dir() else set()
    taken.add(loaded.id)
    new_id = new_id or unique_id(f"{loaded.id}-salinan", taken)
    template = set_template_info(loaded.template, name=name or loaded.template.name)
    return create_template_folder(with_template_id(template, new_id), library_dir,
                                  assets_from=loaded.folder)


def copy_template_asset(folder: Path, source: Path, subfolder: str = "aset") -> str:
    """Copy an image into a template folder; returns its path relative to the folder."""
    source = Path(source)
    if source.suffix.lower() not in IMAGE_SUFFIXES:
        raise EditError("only PNG, JPEG and WebP images can be template assets", path=source,
                        code="edit.bad_asset", hint="convert the file to PNG")
    check_image(source)
    target_dir = folder / subfolder
    target_dir.mkdir(parents=True, exist_ok=True)
    relpath = free_name(target_dir, safe_stem(source.stem, "gambar"), source.suffix.lower())
    atomic_copy(source, target_dir / relpath)
    return f"{subfolder}/{relpath}"


# -- the trash -----------------------------------------------------------------------------------
def move_to_trash(folder: Path, library_dir: Path, name: str | None = None) -> Path:
    """Move a template folder to the library's trash (recoverable delete); ``name``
    names it there (default: the folder's name)."""
    trash = library_dir / TRASH
    trash.mkdir(parents=True, exist_ok=True)
    name = name or folder.name
    dest = trash / f"{name}-{time.strftime('%Y%m%d-%H%M%S')}"
    n = 1
    while dest.exists():
        n += 1
        dest = trash / f"{name}-{time.strftime('%Y%m%d-%H%M%S')}-{n}"
    folder.rename(dest)
    return dest


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
