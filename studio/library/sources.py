"""Library sources: the folders this computer reads shared templates from.

A source is any folder: a network share (``\\\\server\\konten\\templat``), a
folder synced by Nextcloud, OneDrive or Google Drive, or a USB stick. The list
lives in ``<user data>/library/sources.toml`` with what the last sync saw of
each (reachable or not, when), so Settings can show "working from the local
copy" without touching a slow network path on the UI thread. The app only
reads sources; publishing is the designers' separate step.
"""

from __future__ import annotations

import contextlib
import os
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import tomli_w

from studio.errors import LibraryError
from studio.library.files import lock_file, utc_now, write_atomic
from studio.library.trust import library_home

SOURCES_SCHEMA = 1
MAX_SOURCES = 20

_HEADER = (
    "# Sumber pustaka bersama Studio Konten Cimahi: folder yang dibaca (tidak pernah ditulis).\n"
    "# Diubah lewat Pengaturan atau: python main.py templates sources add|remove FOLDER\n"
)


@dataclass(frozen=True)
class LibrarySource:
    """One library folder and what the last look at it found."""

    path: Path
    name: str = ""
    checked: str = ""  # when it was last looked at (UTC)
    reachable: bool | None = None  # None: never looked at
    synced: str = ""  # when it was last read completely
    message: str = ""  # why it was unreachable

    @property
    def label(self) -> str:
        return self.name or str(self.path)


def sources_file() -> Path:
    return library_home() / "sources.toml"


def _same(a: Path, b: Path) -> bool:
    return os.path.normcase(os.path.normpath(str(a))) == os.path.normcase(
        os.path.normpath(str(b)))


def load_sources() -> tuple[LibrarySource, ...]:
    try:
        data = tomllib.loads(sources_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LibraryError(f"the list of library sources cannot be read: {exc}",
                           path=sources_file(), code="library.sources_invalid",
                           hint="fix or remove the file and add the folders again") from None
    result = []
    for entry in data.get("source", []):
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            continue
        reachable = entry.get("reachable")
        result.append(LibrarySource(
            Path(entry["path"]), str(entry.get("name", "")), str(entry.get("checked", "")),
            reachable if isinstance(reachable, bool) else None, str(entry.get("synced", "")),
            str(entry.get("message", ""))))
    return tuple(result)


def _entry(source: LibrarySource) -> dict[str, Any]:
    entry: dict[str, Any] = {"path": str(source.path)}
    if source.name:
        entry["name"] = source.name
    if source.reachable is not None:
        entry["reachable"] = source.reachable
    for key in ("checked", "synced", "message"):
        if getattr(source, key):
            entry[key] = getattr(source, key)
    return entry


def save_sources(sources: tuple[LibrarySource, ...] | list[LibrarySource]) -> None:
    data = {"schema": SOURCES_SCHEMA, "source": [_entry(s) for s in sources]}
    write_atomic(sources_file(), (_HEADER + tomli_w.dumps(data)).encode("utf-8"))


@contextlib.contextmanager
def _locked():
    library_home().mkdir(parents=True, exist_ok=True)
    with lock_file(library_home() / ".sources.lock"):
        yield


def add_source(path: Path | str, name: str = "") -> LibrarySource:
    """Add a folder (it need not be reachable now: a USB stick may be out)."""
    text = str(path).strip()
    if not text:
        raise LibraryError("choose a folder", code="library.bad_source")
    folder = Path(text)
    if not folder.is_absolute() and not text.startswith(("\\\\", "//")):
        folder = Path(os.path.abspath(folder))
    if _same(folder, library_home()) or library_home() in folder.parents:
        raise LibraryError("the app's own library copy cannot be a source", path=folder,
                           code="library.bad_source", hint="choose the shared folder")
    with _locked():
        sources = list(load_sources())
        for existing in sources:
            if _same(existing.path, folder):
                return existing
        if len(sources) >= MAX_SOURCES:
            raise LibraryError(f"at most {MAX_SOURCES} library sources", code="library.bad_source",
                               hint="remove one you no longer use")
        source = LibrarySource(folder, " ".join(name.split()))
        save_sources([*sources, source])
    return source


def remove_source(path: Path | str) -> bool:
    with _locked():
        sources = list(load_sources())
        kept = [s for s in sources if not _same(s.path, Path(path))]
        if len(kept) == len(sources):
            return False
        save_sources(kept)
    return True


def record_status(path: Path, *, reachable: bool, message: str = "",
                  synced: bool = False) -> None:
    """Remember what a sync saw of one source (a removed source is not brought back)."""
    with _locked():
        sources = list(load_sources())
        now = utc_now()
        for index, source in enumerate(sources):
            if _same(source.path, path):
                sources[index] = replace(source, checked=now, reachable=reachable,
                                         message="" if reachable else message,
                                         synced=now if synced else source.synced)
                save_sources(sources)
                return


def probe(path: Path) -> tuple[bool, str]:
    """Is the folder there and readable? (On a dead network path this can take a while.)"""
    try:
        if not Path(path).is_dir():
            return False, "the folder is not there (not connected?)"
        with os.scandir(path) as entries:
            next(entries, None)
    except OSError as exc:
        return False, exc.strerror or str(exc)
    return True, ""
