"""The layout of a library folder, and writing into it without ever showing half a file.

::

    <library folder>/
      templates/<id>/<id>-<version>.zip     one signed template package per version
      brand/brand-<version>.zip             one signed brand kit per version
      keys/trust-<serial>.toml              the administrator's signed trust lists

Every version is its own file and is never rewritten. That suits synced
folders (Nextcloud, OneDrive, Google Drive move whole files, and there is no
index to fall out of step) and makes publishing safe:

1. the package is copied to a unique ``.part-<random>`` name in the target
   folder and flushed to disk — readers skip dot-files, so a publish killed
   here leaves only a leftover that nobody reads;
2. under a lock file (``.publish.lock``, created exclusively, held only for the
   next step) the folder is checked: the version must be newer than every
   version there, so two designers publishing at once cannot both win and an
   older version is never published over a newer one;
3. one rename gives the file its final name.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from studio.errors import LibraryError
from studio.library.files import PART_PREFIX, lock_file
from studio.library.signing import Kind
from studio.library.store import BRAND_ID
from studio.library.versions import version_key

TEMPLATES_FOLDER = "templates"
BRAND_FOLDER = "brand"
LOCK_NAME = ".publish.lock"
STALE_PART_SECONDS = 24 * 3600
# Test hook: after writing half of a package, touch this file and wait to be killed.
STALL_ENV = "STUDIO_KONTEN_TEST_STALL_PUBLISH"

_PACKAGE = re.compile(r"^(?P<id>[a-z0-9][a-z0-9_-]{0,63})-(?P<version>\d{1,6}(?:\.\d{1,6}){0,2})"
                      r"\.zip$")


@dataclass(frozen=True)
class PublishedPackage:
    """One package file in a library folder (what its name says; not yet checked)."""

    source: Path
    kind: Kind
    item_id: str
    version: str
    path: Path


def package_name(item_id: str, version: str) -> str:
    return f"{item_id}-{version}.zip"


def kind_folder(root: Path, kind: Kind, item_id: str) -> Path:
    if kind == "template":
        return Path(root) / TEMPLATES_FOLDER / item_id
    return Path(root) / BRAND_FOLDER


def _packages_in(root: Path, folder: Path, kind: Kind, item_id: str | None
                 ) -> list[PublishedPackage]:
    found = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    for path in entries:
        match = _PACKAGE.match(path.name)
        if not match or not path.is_file():
            continue  # dot-files (parts, locks) and anything else a person put there
        if item_id is not None and match.group("id") != item_id:
            continue
        found.append(PublishedPackage(Path(root), kind, match.group("id"),
                                      match.group("version"), path))
    return found


def list_published(root: Path) -> list[PublishedPackage]:
    """Every package in a library folder, newest version first per item.

    Raises OSError when the folder cannot be read (the caller reports the
    source as unreachable).
    """
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(2, "the folder is not there (not connected?)", str(root))
    found: list[PublishedPackage] = []
    templates = root / TEMPLATES_FOLDER
    if templates.is_dir():
        for folder in sorted(templates.iterdir()):
            if folder.is_dir() and not folder.name.startswith("."):
                found += _packages_in(root, folder, "template", folder.name)
    found += _packages_in(root, root / BRAND_FOLDER, "brand", BRAND_ID)
    return sorted(found, key=lambda p: (p.kind, p.item_id, [-n for n in version_key(p.version)]))


def _copy_part(data: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    part = folder / f"{PART_PREFIX}{uuid.uuid4().hex}.zip"
    stall = os.environ.get(STALL_ENV)
    try:
        with open(data, "rb") as src, open(part, "xb") as out:
            if stall:
                out.write(src.read(data.stat().st_size // 2))
                out.flush()
                os.fsync(out.fileno())
                Path(stall).write_text(str(part), encoding="utf-8")
                while True:  # pragma: no cover - killed by the test
                    time.sleep(1)
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return part


def clean_stale_parts(folder: Path) -> None:
    """Remove parts left by publishes killed more than a day ago (never a fresh one)."""
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            if path.name.startswith(PART_PREFIX):
                with contextlib.suppress(OSError):
                    if time.time() - path.stat().st_mtime > STALE_PART_SECONDS:
                        path.unlink()


def publish_file(root: Path, kind: Kind, item_id: str, version: str, data: Path) -> Path:
    """Put the signed package ``data`` into the library folder ``root`` as ``version``.

    Refused (``library.version_exists``) when that version or a newer one is
    already there.
    """
    folder = kind_folder(root, kind, item_id)
    try:
        part = _copy_part(Path(data), folder)
    except OSError as exc:
        raise LibraryError(f"cannot write into the library folder: {exc.strerror or exc}",
                           path=folder, code="library.publish_failed",
                           hint="check that the shared folder is connected and writable"
                           ) from None
    try:
        with lock_file(folder / LOCK_NAME):
            newest = max(_packages_in(Path(root), folder, kind, item_id),
                         key=lambda p: version_key(p.version), default=None)
            if newest is not None and version_key(newest.version) >= version_key(version):
                raise LibraryError(
                    f"version {newest.version} of {item_id!r} is already in the shared "
                    f"library; this one is {version}", path=newest.path,
                    code="library.version_exists",
                    hint="raise the version number (for example to "
                         f"{_bump(newest.version)}) and publish again",
                    item=item_id, version=version, existing=newest.version)
            target = folder / package_name(item_id, version)
            os.replace(part, target)
    except OSError as exc:
        raise LibraryError(f"cannot write into the library folder: {exc.strerror or exc}",
                           path=folder, code="library.publish_failed",
                           hint="check that the shared folder is connected and writable"
                           ) from None
    finally:
        part.unlink(missing_ok=True)
    clean_stale_parts(folder)
    return target


def publish_trust_list(root: Path, serial: int, text: str) -> Path:
    """Publish an administrator's trust list; its serial must be above every one there."""
    from studio.library.trustlist import KEYS_FOLDER, trust_list_files, trust_list_name

    folder = Path(root) / KEYS_FOLDER
    part = folder / f"{PART_PREFIX}{uuid.uuid4().hex}.toml"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(part, "xb") as out:
            out.write(text.encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        with lock_file(folder / LOCK_NAME):
            newest = max((s for s, _ in trust_list_files(root)), default=0)
            if newest >= serial:
                raise LibraryError(f"trust list {newest} is already in the shared library",
                                   path=folder, code="library.version_exists",
                                   hint="publish again: the next number is taken at once",
                                   item="trust-list", version=str(serial),
                                   existing=str(newest))
            target = folder / trust_list_name(serial)
            os.replace(part, target)
    except OSError as exc:
        raise LibraryError(f"cannot write into the library folder: {exc.strerror or exc}",
                           path=folder, code="library.publish_failed",
                           hint="check that the shared folder is connected and writable"
                           ) from None
    finally:
        part.unlink(missing_ok=True)
    return target


def _bump(version: str) -> str:
    from studio.library.versions import next_version

    return next_version(version)


def copy_in(package: PublishedPackage, target_folder: Path) -> Path:
    """Copy a package from its source into ``target_folder`` (read once, then checked)."""
    target = target_folder / package.path.name
    shutil.copyfile(package.path, target)
    return target
