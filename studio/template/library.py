"""The template library: the installed templates and the folders they live in.

Built-in templates ship in ``templates/``; imported and user-made ones live in
the user's data folder and win over a built-in one with the same id. The
folder operations a designer needs are here too: a new template folder, a
duplicate, an asset copied into a template, and the recoverable trash (a
deleted or replaced template is moved to ``<library>/.trash``, never removed).
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from studio.assets import IMAGE_SUFFIXES, atomic_copy, check_image, free_name, safe_stem
from studio.errors import EditError, TemplateError
from studio.paths import TEMPLATES_DIR, user_templates_dir
from studio.template.editing import set_template_info, unique_id, with_template_id
from studio.template.loader import MANIFEST, LoadedTemplate, load_template, save_template
from studio.template.model import ID_PATTERN, Template

TRASH = ".trash"


# -- the library ---------------------------------------------------------------------------------
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


@dataclass
class TemplateLibrary:
    """Templates by id from ``dirs`` (later dirs override earlier ones)."""

    dirs: tuple[Path, ...]
    templates: dict[str, LoadedTemplate] = field(default_factory=dict)
    problems: list[LibraryProblem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.templates, self.problems = scan_library(*self.dirs)

    @property
    def user_dir(self) -> Path:
        return self.dirs[-1]

    def get(self, template_id: str) -> LoadedTemplate:
        try:
            return self.templates[template_id]
        except KeyError:
            raise TemplateError(
                f"unknown template {template_id!r}",
                hint="available: " + ", ".join(sorted(self.templates)),
                code="template.unknown",
                template=template_id,
            ) from None

    def ids(self) -> list[str]:
        return sorted(self.templates)

    def is_builtin(self, template_id: str) -> bool:
        loaded = self.templates.get(template_id)
        return loaded is not None and loaded.folder.parent.resolve() == self.dirs[0].resolve()


def default_library(extra_user_dir: Path | None = None) -> TemplateLibrary:
    return TemplateLibrary(dirs=(TEMPLATES_DIR, extra_user_dir or user_templates_dir()))


# -- template folders ----------------------------------------------------------------------------
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
def move_to_trash(folder: Path, library_dir: Path) -> Path:
    """Move a template folder to the library's trash (recoverable delete)."""
    trash = library_dir / TRASH
    trash.mkdir(parents=True, exist_ok=True)
    dest = trash / f"{folder.name}-{time.strftime('%Y%m%d-%H%M%S')}"
    n = 1
    while dest.exists():
        n += 1
        dest = trash / f"{folder.name}-{time.strftime('%Y%m%d-%H%M%S')}-{n}"
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
