"""The local copy of the shared library: verified versions and which one is in use.

Layout under ``<user data>/library/``::

    templates/<id>/<version>/<id>/   a verified template version (with signature.toml)
    brand/<version>/branding/        a verified brand kit version
    state.toml                       per template (and the brand kit): the version in
                                     use, the one before it (rollback) and the PIC's
                                     choice between an official template and their own
    .incoming/                       packages being unpacked and checked (never read)

A version folder appears in one rename after its package was unpacked and its
signature checked, so a crash never leaves half a version in the cache, and a
version folder is never changed afterwards. Every version stays: events made
with an older version keep rendering with it, and rollback needs no source.
``state.toml`` is written atomically under a lock file.
"""

from __future__ import annotations

import contextlib
import shutil
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import tomli_w

from studio.errors import LibraryError
from studio.library.files import lock_file, write_atomic
from studio.library.signing import Kind, read_signature
from studio.library.trust import library_home
from studio.library.versions import is_version, sort_versions

STATE_SCHEMA = 1
BRAND_ID = "brand"
BRAND_FOLDER = "branding"
INCOMING = ".incoming"

Choice = Literal["official", "local"]

_HEADER = (
    "# Pustaka bersama Studio Konten Cimahi: versi yang dipakai komputer ini.\n"
    "# Diubah oleh aplikasi (perbarui, kembalikan versi, pilih templat sendiri).\n"
)


def kind_root(kind: Kind) -> Path:
    return library_home() / ("templates" if kind == "template" else "brand")


def version_root(kind: Kind, item_id: str, version: str) -> Path:
    """The folder one cached version lives in (its content is one folder below)."""
    if kind == "template":
        return kind_root(kind) / item_id / version
    return kind_root(kind) / version


def content_folder(kind: Kind, item_id: str, version: str) -> Path:
    """The template folder (named as its id) or brand kit folder of a cached version."""
    name = item_id if kind == "template" else BRAND_FOLDER
    return version_root(kind, item_id, version) / name


def cached_versions(kind: Kind, item_id: str) -> list[str]:
    """The versions in the cache, oldest first."""
    base = kind_root(kind) / item_id if kind == "template" else kind_root(kind)
    if not base.is_dir():
        return []
    found = [p.name for p in base.iterdir()
             if is_version(p.name) and (content_folder(kind, item_id, p.name)).is_dir()]
    return sort_versions(found)


def cached_template_ids() -> list[str]:
    root = kind_root("template")
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir()
                  if p.is_dir() and not p.name.startswith(".") and cached_versions("template",
                                                                                    p.name))


def cached_digest(kind: Kind, item_id: str, version: str) -> str | None:
    try:
        signed = read_signature(content_folder(kind, item_id, version))
    except LibraryError:
        return None
    return signed.digest if signed else None


def incoming_dir() -> Path:
    path = library_home() / INCOMING
    path.mkdir(parents=True, exist_ok=True)
    return path


def clear_incoming() -> None:
    """Remove leftovers of a sync that was killed (nothing reads them)."""
    shutil.rmtree(library_home() / INCOMING, ignore_errors=True)


def install_version(staged_root: Path, kind: Kind, item_id: str, version: str,
                    digest: str) -> Path:
    """Move a verified ``staged_root`` (holding the content folder) into the cache.

    The same version already cached with the same content is kept as is; with
    different content (two packages claim one version) the cached one is kept
    and a ``library.version_conflict`` error says so.
    """
    target = version_root(kind, item_id, version)
    if target.exists():
        existing = cached_digest(kind, item_id, version)
        shutil.rmtree(staged_root, ignore_errors=True)
        if existing is not None and existing != digest:
            raise LibraryError(
                f"version {version} of {item_id!r} here differs from the copy already in use; "
                "the copy in use was kept", path=target, code="library.version_conflict",
                hint="ask the designer to publish a new version number", item=item_id,
                version=version)
        return content_folder(kind, item_id, version)
    target.parent.mkdir(parents=True, exist_ok=True)
    _rename_with_retry(staged_root, target)
    return content_folder(kind, item_id, version)


def _rename_with_retry(source: Path, target: Path, attempts: int = 5) -> None:
    """Rename a freshly unpacked folder; on Windows a virus scanner may hold one of its
    files for a moment, so a refused rename is tried again before giving up."""
    import time

    for attempt in range(attempts):
        try:
            source.rename(target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))


# ---------------------------------------------------------------------------
# state


@dataclass(frozen=True)
class Entry:
    """What this computer uses of one template (or the brand kit)."""

    active: str | None = None
    previous: str | None = None
    choice: Choice | None = None  # None: official when there is one


@dataclass(frozen=True)
class LibraryState:
    templates: Mapping[str, Entry] = field(default_factory=lambda: MappingProxyType({}))
    brand: Entry = Entry()

    def entry(self, kind: Kind, item_id: str) -> Entry:
        if kind == "brand":
            return self.brand
        return self.templates.get(item_id, Entry())

    def with_entry(self, kind: Kind, item_id: str, entry: Entry) -> LibraryState:
        if kind == "brand":
            return replace(self, brand=entry)
        templates = dict(self.templates)
        if entry == Entry():
            templates.pop(item_id, None)
        else:
            templates[item_id] = entry
        return replace(self, templates=MappingProxyType(templates))


def state_file() -> Path:
    return library_home() / "state.toml"


def _entry(data: Any) -> Entry:
    if not isinstance(data, dict):
        return Entry()
    active = data.get("active")
    previous = data.get("previous")
    choice = data.get("choice")
    return Entry(active if is_version(active) else None,
                 previous if is_version(previous) else None,
                 choice if choice in ("official", "local") else None)


def load_state() -> LibraryState:
    """The state file; a damaged one counts as empty (the cache is still there)."""
    path = state_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return LibraryState()
    templates = data.get("template", {})
    entries = {str(k): _entry(v) for k, v in templates.items()} \
        if isinstance(templates, dict) else {}
    return LibraryState(MappingProxyType(entries), _entry(data.get("brand")))


def _entry_data(entry: Entry) -> dict[str, str]:
    return {k: v for k, v in (("active", entry.active), ("previous", entry.previous),
                              ("choice", entry.choice)) if v}


def save_state(state: LibraryState) -> None:
    data: dict[str, Any] = {"schema": STATE_SCHEMA}
    if state.brand != Entry():
        data["brand"] = _entry_data(state.brand)
    data["template"] = {k: _entry_data(v) for k, v in sorted(state.templates.items())}
    write_atomic(state_file(), (_HEADER + tomli_w.dumps(data)).encode("utf-8"))


@contextlib.contextmanager
def _state_lock() -> Iterator[None]:
    library_home().mkdir(parents=True, exist_ok=True)
    with lock_file(library_home() / ".state.lock"):
        yield


def update_state(change: Callable[[LibraryState], LibraryState]) -> LibraryState:
    """Read, change and write the state as one step (two app windows may do it at once)."""
    with _state_lock():
        state = change(load_state())
        save_state(state)
    return state


def set_choice(template_id: str, choice: Choice | None) -> LibraryState:
    """Use the PIC's own template (``local``) or the official one for ``template_id``."""
    def change(state: LibraryState) -> LibraryState:
        return state.with_entry("template", template_id,
                                replace(state.entry("template", template_id), choice=choice))
    return update_state(change)


def set_brand_choice(choice: Choice | None) -> LibraryState:
    """Use the designers' own brand kit copy (``local``) or the official one (``official``);
    None: the own copy when there is one (the default)."""
    def change(state: LibraryState) -> LibraryState:
        return state.with_entry("brand", BRAND_ID, replace(state.brand, choice=choice))
    return update_state(change)


def activate(kind: Kind, item_id: str, version: str) -> Entry:
    """Use ``version`` (which must be cached) from now on; the one before is kept for rollback."""
    if version not in cached_versions(kind, item_id):
        raise LibraryError(f"version {version} of {item_id!r} is not on this computer",
                           code="library.version_missing",
                           hint="sync with the shared library first", item=item_id,
                           version=version)
    result: list[Entry] = []

    def change(state: LibraryState) -> LibraryState:
        old = state.entry(kind, item_id)
        previous = old.active if old.active and old.active != version else old.previous
        entry = replace(old, active=version, previous=previous)
        result.append(entry)
        return state.with_entry(kind, item_id, entry)

    update_state(change)
    return result[0]


def active_versions(state: LibraryState | None = None) -> Mapping[str, str]:
    state = state or load_state()
    return {k: e.active for k, e in state.templates.items() if e.active}
