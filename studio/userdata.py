"""The user's data folder across versions: its format number and the one-time migration.

Everything a PIC or designer makes lives in :func:`studio.paths.user_data_dir`
(own templates, the brand kit's copy, keys, the library cache, calendar files,
events, and the app's settings in ``pengaturan.ini``), never in the program
folder, so an upgrade replaces the program and leaves the data. When a newer
version changes how that data is laid out, it moves the old layout over once, at
start:

- ``format-data.toml`` in the data folder says which layout it holds
  (``format = N``). A folder without it and with something in it is format 1
  (every version before this file existed); an empty or new folder simply gets
  the current format.
- Before the first change a zip of the whole folder (without earlier backups and
  sample outputs; with the settings file) goes to ``cadangan/``
  (``format-1-ke-2-<time>.zip``), written under a temporary name and renamed, so a
  backup is whole or absent. The app copies the settings of versions that kept them
  in Qt's native store (the registry) into the settings file before it migrates
  (``gui.app_settings.adopt_old_settings``), so the first backup holds them too.
- The steps only move files and write new ones through a
  :class:`Transaction`, which logs each change; if a step fails, the log is
  played backwards and the folder is as it was (the zip stays as well). The
  format file is written last, atomically. A process killed half-way cannot run
  the undo, so each step is written to be run again over its own partial work:
  the next start finishes it.
- A lock file keeps two copies of the app started together from migrating at
  once; the second one waits for nothing and leaves the folder to the first.
- A folder written by a NEWER version (a higher format) is never touched; the
  result says so and the app goes on reading what it understands.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import time
import tomllib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from studio import __version__
from studio.paths import user_data_dir

log = logging.getLogger(__name__)

DATA_FORMAT = 2
FORMAT_FILE = "format-data.toml"
BACKUP_DIR = "cadangan"
LOCK_FILE = ".migrasi.lock"
# A lock older than this was left by a process that died; it is taken over.
STALE_LOCK_SECONDS = 600
# Left out of the backup: earlier backups, and exports of the sample event (outputs,
# made again by one click).
NOT_BACKED_UP = (BACKUP_DIR, LOCK_FILE, "hasil-contoh")


# -- moving things, undoably ------------------------------------------------------------
@dataclass
class Transaction:
    """The changes a migration made, so a failure can undo them in reverse order."""

    root: Path
    _undo: list[Callable[[], None]] = field(default_factory=list)

    def move(self, src: Path, dst: Path) -> None:
        """Rename ``src`` to ``dst`` (a folder is created for it); ``dst`` must not exist."""
        if dst.exists():
            raise FileExistsError(f"{dst} already exists")
        # Folders made for it, outermost first, so the undo removes the innermost first.
        made = [p for p in reversed(dst.parents) if not p.exists()]
        dst.parent.mkdir(parents=True, exist_ok=True)
        for folder in made:
            self._undo.append(functools.partial(_remove_if_empty, folder))
        os.replace(src, dst)
        self._undo.append(lambda: os.replace(dst, src))

    def write_text(self, path: Path, text: str) -> None:
        """Write a new file (atomically); an existing file is moved aside first."""
        if path.exists():
            self.move(path, path.with_name(path.name + ".vorig"))
        part = path.with_name(f".{path.name}.part")
        part.write_text(text, encoding="utf-8")
        os.replace(part, path)
        self._undo.append(lambda: path.unlink(missing_ok=True))

    def remove_empty_dir(self, folder: Path) -> None:
        folder.rmdir()
        self._undo.append(lambda: folder.mkdir(exist_ok=True))

    def rollback(self) -> None:
        while self._undo:
            self._undo.pop()()


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not empty or gone: leave it
        folder.rmdir()


# -- the steps, one per format ------------------------------------------------------------
# Where replaced brand kits go (format 2); studio.brand.store writes there.
BRAND_TRASH = Path("sampah") / "kit-merek"


@dataclass(frozen=True)
class Migration:
    """What moves a data folder from ``from_format`` to ``from_format + 1``."""

    from_format: int
    description: str
    apply: Callable[[Transaction], None]


def _brand_trash_to_sampah(tx: Transaction) -> None:
    """Format 1 kept replaced brand kits in ``.trash/branding-*`` at the top of the data
    folder, beside and easily confused with the template library's ``templates/.trash``.
    Format 2 keeps them in ``sampah/kit-merek/``, named as the designer's guide names it."""
    old = tx.root / ".trash"
    if not old.is_dir():
        return
    target = tx.root / BRAND_TRASH
    for entry in sorted(old.iterdir()):
        if entry.name.startswith("branding"):
            tx.move(entry, target / entry.name)
    if not any(old.iterdir()):
        tx.remove_empty_dir(old)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "replaced brand kits move from .trash to sampah/kit-merek",
              _brand_trash_to_sampah),
)


# -- reading and writing the format --------------------------------------------------------
def data_format(root: Path) -> int | None:
    """The format of the data in ``root``: from its file, 1 for an older folder with
    data, None for a missing or empty folder (nothing to migrate)."""
    file = root / FORMAT_FILE
    if file.is_file():
        try:
            value = tomllib.loads(file.read_text(encoding="utf-8")).get("format")
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            value = None
        if isinstance(value, int) and value >= 1:
            return value
        log.warning("%s is damaged; taking the folder for format 1", file)
        return 1
    if not root.is_dir() or not any(p.name not in NOT_BACKED_UP for p in root.iterdir()):
        return None
    return 1


def write_format(root: Path, version: int = DATA_FORMAT) -> None:
    root.mkdir(parents=True, exist_ok=True)
    part = root / f".{FORMAT_FILE}.part"
    part.write_text(f'# The layout of this folder; the app moves older layouts over once.\n'
                    f'format = {version}\nwritten_by = "{__version__}"\n', encoding="utf-8")
    os.replace(part, root / FORMAT_FILE)


def backup(root: Path, label: str) -> Path:
    """A zip of the data folder (without backups and sample outputs) in ``cadangan/``."""
    folder = root / BACKUP_DIR
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{label}-{time.strftime('%Y%m%d-%H%M%S')}.zip"
    n = 2
    while target.exists():
        target = folder / f"{label}-{time.strftime('%Y%m%d-%H%M%S')}-{n}.zip"
        n += 1
    part = folder / f".{target.name}.part"
    with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(root.rglob("*")):
            rel = path.relative_to(root)
            if rel.parts[0] in NOT_BACKED_UP or not path.is_file() or path.is_symlink():
                continue
            archive.write(path, rel.as_posix())
    os.replace(part, target)
    return target


# -- the migration -------------------------------------------------------------------------
@dataclass(frozen=True)
class MigrationResult:
    """What happened at start: ``status`` is one of "current", "new", "migrated",
    "newer" (written by a newer version: left alone), "busy" (another copy is migrating),
    "failed" (undone; ``error`` says why)."""

    status: str
    from_format: int | None = None
    to_format: int = DATA_FORMAT
    backup: Path | None = None
    steps: tuple[str, ...] = ()
    error: str = ""


def migrate_user_data(root: Path | None = None, *,
                      migrations: tuple[Migration, ...] = MIGRATIONS,
                      target: int = DATA_FORMAT) -> MigrationResult:
    """Bring the data folder to ``target`` once (see the module's notes). Never raises
    for the data's sake: a failure is undone and reported in the result."""
    root = user_data_dir() if root is None else root
    current = data_format(root)
    if current is None:
        write_format(root, target)
        return MigrationResult("new", None, target)
    if current == target:
        return MigrationResult("current", current, target)
    if current > target:
        log.warning("the data in %s is format %d, newer than this version's %d; left alone",
                    root, current, target)
        return MigrationResult("newer", current, target)
    lock = root / LOCK_FILE
    if not _take_lock(lock):
        return MigrationResult("busy", current, target)
    try:
        # Read again under the lock: another copy may have just finished.
        current = data_format(root) or target
        if current >= target:
            return MigrationResult("current", current, target)
        steps = [m for m in migrations if current <= m.from_format < target]
        archive = backup(root, f"format-{current}-ke-{target}")
        tx = Transaction(root)
        try:
            for step in sorted(steps, key=lambda m: m.from_format):
                log.info("migrating %s: %s", root, step.description)
                step.apply(tx)
        except Exception as exc:  # any step's failure: undo all, keep the old layout
            log.exception("migration of %s failed; undoing it", root)
            tx.rollback()
            return MigrationResult("failed", current, target, archive,
                                   error=f"{type(exc).__name__}: {exc}")
        write_format(root, target)
        return MigrationResult("migrated", current, target, archive,
                               tuple(m.description for m in steps))
    finally:
        lock.unlink(missing_ok=True)


def _take_lock(lock: Path) -> bool:
    try:
        fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        try:
            age = time.time() - lock.stat().st_mtime
        except OSError:
            return False
        if age < STALE_LOCK_SECONDS:
            return False
        lock.unlink(missing_ok=True)  # left by a process that died: take it over
        return _take_lock(lock)
    with os.fdopen(fd, "w") as handle:
        handle.write(str(os.getpid()))
    return True


__all__ = ["BACKUP_DIR", "BRAND_TRASH", "DATA_FORMAT", "FORMAT_FILE", "MIGRATIONS", "Migration",
           "MigrationResult", "Transaction", "backup", "data_format", "migrate_user_data",
           "write_format"]
