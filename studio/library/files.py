"""Atomic writes and lock files for the local cache, the trust store and the share.

Every file the library writes goes through :mod:`studio.atomic` (a unique
temporary name in the target folder, fsync, one rename), so a crash, a full
disk or a second process never leaves half a file. A lock file (created with
``O_CREAT | O_EXCL``, which network shares honour) serialises the few
read-modify-write steps; it is held for milliseconds, so a lock older than
:data:`STALE_LOCK_SECONDS` was left by a killed process and is taken over.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

from studio import atomic
from studio.errors import LibraryError

STALE_LOCK_SECONDS = 120.0
LOCK_WAIT_SECONDS = 15.0
PART_PREFIX = atomic.PART_PREFIX


def utc_now() -> str:
    """Now as ISO 8601 UTC text (``2026-03-02T02:14:00Z``), as every library file writes it."""
    return _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_atomic(path: Path, data: bytes, *, private: bool = False) -> Path:
    """Write ``data`` to ``path`` through a temporary file and one rename.

    ``private``: the file is readable by its owner only (private key files).
    """
    path = Path(path)
    try:
        return atomic.write_file(path, data, private=private)
    except OSError as exc:
        raise _write_error(exc, path) from None


def write_new(path: Path, data: bytes, *, private: bool = False) -> Path:
    """Like :func:`write_atomic` but never replaces an existing file."""
    if Path(path).exists():
        raise LibraryError("the file already exists", path=path, code="library.file_exists",
                           hint="choose another name or remove the old file first")
    return write_atomic(path, data, private=private)


def _write_error(exc: OSError, path: Path) -> LibraryError:
    return LibraryError(f"cannot write the file: {exc.strerror or exc}", path=path,
                        code="library.write_failed",
                        hint="check that the folder exists, is writable and not full")


@contextlib.contextmanager
def lock_file(path: Path, *, wait: float | None = None,
              stale: float | None = None) -> Iterator[None]:
    """Hold ``path`` as a lock file for the duration of the ``with`` block.

    Waits up to ``wait`` seconds for another holder; a lock file older than
    ``stale`` seconds is taken over (its holder was killed).
    """
    path = Path(path)
    wait = LOCK_WAIT_SECONDS if wait is None else wait
    stale = STALE_LOCK_SECONDS if stale is None else stale
    deadline = time.monotonic() + wait
    note = atomic.lock_note(time.strftime("%Y-%m-%d %H:%M:%S"))
    while True:
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            if atomic.lock_orphaned(path) or _is_stale(path, stale):
                with contextlib.suppress(OSError):
                    path.unlink()
                continue
            if time.monotonic() >= deadline:
                raise LibraryError("the folder is busy: another computer is publishing into "
                                   "it right now", path=path.parent, code="library.busy",
                                   hint="try again in a minute") from None
            time.sleep(0.05)
            continue
        except OSError as exc:
            raise _write_error(exc, path) from None
        break
    try:
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(note)
        except OSError as exc:  # a full disk: the lock is released below, nothing written
            raise _write_error(exc, path) from None
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink()


def _is_stale(path: Path, stale: float) -> bool:
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        return False  # it went away: try again at once
    return age > stale
