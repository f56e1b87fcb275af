"""Atomic writes: one file, or one whole folder, replaced in a single step.

Everything the app writes for the user - an event file, a template and its
folder, the brand kit, the library's settings and trust store, the content
plan, every output - goes through here, so a crash, a power cut or a full disk
during a save leaves the previous version whole and loadable.

A file is written to a unique temporary name *in the target folder* (a rename
across drives is not atomic), flushed to the disk (``fsync``), then renamed over
the target with ``os.replace``, which is atomic on NTFS and every POSIX file
system; on POSIX the folder is synced too, so the rename itself survives a power
cut. On any failure the temporary file is removed and the target is untouched.

A folder (a template with its assets) is built complete in a sibling staging
folder and swapped in with two renames: the old folder is first renamed aside
(``.old-<tag>-<name>``), then the new one takes its name, and only then is the
old one disposed of (to the trash, or deleted). Windows has no atomic exchange
of two folders, so a crash can fall *between* the two renames; the names tell
:func:`recover_folders` what happened, and it puts the old folder back (the new
one never took its place) or finishes the disposal (it did). Nothing is lost in
either case. Staging folders (``.stage-<tag>-<name>``) left by a crash are
incomplete saves and are removed.

The primitives raise plain :class:`OSError`, which each family words in its own
codes (an output is ``export.disk_full``, the library's state
``library.write_failed``); :func:`save_file` and :func:`save_text` are for what
the user saves and raise :class:`~studio.errors.SaveError` (``save.*``), whose
words say that the previous version is still whole.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import socket
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from studio.errors import SaveError

PART_PREFIX = ".part-"
STAGE_PREFIX = ".stage-"
OLD_PREFIX = ".old-"
_TAG_LENGTH = 8  # hex digits of the random tag in staging and old-folder names
# A staging folder this old was left by a crash; a younger one may be a save under way
# in another process (the CLI beside the app).
STALE_STAGING_SECONDS = 600.0
# A temporary file a crash left beside a user's file is swept by the next save there
# once it is this old (a younger one may be another process's save under way).
STALE_PART_SECONDS = 24 * 3600.0


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows journals it on its own)."""
    if os.name == "nt" or not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):  # some file systems (network shares) refuse it
            os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_path(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def write_file(path: str | Path, data: bytes | Callable[[Path], object], *,
               overwrite: bool = True, private: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically and durably; returns ``path``.

    ``data`` is the bytes, or a function that writes a given temporary path
    (ffmpeg, an encoder writing a file). ``overwrite=False`` raises
    :class:`FileExistsError` when ``path`` exists (checked again just before the
    rename). ``private``: readable by the owner only (private keys).
    """
    path = Path(path)
    if not overwrite and path.exists():
        raise FileExistsError(17, "File exists", str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=PART_PREFIX, suffix=path.suffix or ".tmp",
                                    dir=path.parent)
    tmp = Path(tmp_name)
    try:
        if callable(data):
            os.close(fd)
            data(tmp)
            _fsync_path(tmp)
        else:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        if not overwrite and path.exists():
            raise FileExistsError(17, "File exists", str(path))
        # mkstemp makes the file private (0600); what the user makes is an ordinary file.
        os.chmod(tmp, 0o600 if private else 0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)
    return path


def write_text(path: str | Path, text: str, *, overwrite: bool = True,
               private: bool = False) -> Path:
    """:func:`write_file` for text: UTF-8, line ends as given (``\\n`` on every OS)."""
    return write_file(path, text.encode("utf-8"), overwrite=overwrite, private=private)


def copy_file(source: str | Path, target: str | Path, *, overwrite: bool = True) -> Path:
    """Copy ``source`` to ``target`` atomically (the target is whole or not there)."""
    return write_file(target, lambda tmp: shutil.copyfile(source, tmp), overwrite=overwrite)


def save_error(exc: OSError, path: Path) -> SaveError:
    """An OSError of a save as the user's words: what happened, and that nothing was lost."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return SaveError("the disk is full; nothing was saved (the previous version is "
                         "unchanged)", path=path, code="save.disk_full",
                         hint="free some space, then save again")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return SaveError("cannot write here (no permission or read-only); nothing was saved",
                         path=path, code="save.read_only",
                         hint="save into another folder")
    return SaveError(f"cannot save: {exc.strerror or exc}; the previous version is unchanged",
                     path=path, code="save.failed", hint="check the disk, then save again")


def save_file(path: str | Path, data: bytes | Callable[[Path], object], *,
              private: bool = False) -> Path:
    """:func:`write_file` (replacing the previous version) for what the user saves;
    a failure is a :class:`~studio.errors.SaveError` and the previous version stays."""
    try:
        written = write_file(path, data, overwrite=True, private=private)
    except OSError as exc:
        raise save_error(exc, Path(path)) from None
    sweep_parts(written.parent)
    return written


def sweep_parts(folder: Path, *, older_than: float = STALE_PART_SECONDS) -> None:
    """Remove temporary files a crash left in ``folder`` (only ones ``older_than``)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in Path(folder).iterdir():
            if entry.name.startswith(PART_PREFIX):
                with contextlib.suppress(OSError):
                    if entry.is_file() and now - entry.stat().st_mtime > older_than:
                        entry.unlink()


def save_text(path: str | Path, text: str) -> Path:
    """:func:`save_file` for UTF-8 text."""
    return save_file(path, text.encode("utf-8"))


# -- folders -----------------------------------------------------------------------------------
def staging_folder(target: Path) -> Path:
    """A new empty folder beside ``target`` to build its next version in."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staged = target.parent / f"{STAGE_PREFIX}{secrets.token_hex(_TAG_LENGTH // 2)}-{target.name}"
    staged.mkdir()
    return staged


def _old_name(target: Path) -> Path:
    return target.parent / f"{OLD_PREFIX}{secrets.token_hex(_TAG_LENGTH // 2)}-{target.name}"


def _remove(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def replace_folder(target: str | Path, staged: str | Path, *,
                   dispose: Callable[[Path], object] | None = None) -> Path:
    """Make the complete folder ``staged`` the folder ``target``, in one step as far
    as any reader can tell; the previous ``target`` (if any) is handed to ``dispose``
    (default: deleted) only after the new one is in place.

    ``staged`` must be on the same drive (best: from :func:`staging_folder`). If
    the swap fails, the previous folder is put back and the error is raised.
    """
    target, staged = Path(target), Path(staged)
    old: Path | None = None
    if target.exists():
        old = _old_name(target)
        os.rename(target, old)
    try:
        os.rename(staged, target)
    except BaseException:
        if old is not None:
            os.rename(old, target)
        raise
    sync_folder(target.parent)
    if old is not None:
        # The save is done; an old folder that cannot be moved now (a file in it held
        # open on Windows) keeps its name and recover_folders disposes of it later.
        with contextlib.suppress(OSError):
            (dispose or _remove)(old)
    return target


def _split(name: str, prefix: str) -> str | None:
    """The target name inside a staging/old name (``.old-1a2b3c4d-rapat`` -> ``rapat``)."""
    rest = name[len(prefix):]
    tag, sep, target = rest.partition("-")
    if not name.startswith(prefix) or not sep or len(tag) != _TAG_LENGTH or not target:
        return None
    return target


def swapped_name(folder: Path) -> str | None:
    """The target's name for a staging or old folder of a swap, else None."""
    name = Path(folder).name
    return _split(name, OLD_PREFIX) or _split(name, STAGE_PREFIX)


def recover_folders(parent: str | Path, *,
                    dispose: Callable[[Path], object] | None = None) -> list[Path]:
    """Finish or undo folder swaps in ``parent`` that a crash interrupted.

    An old folder whose target is missing goes back (the new one never took its
    place); one whose target exists goes to ``dispose`` (the swap was complete);
    staging folders older than :data:`STALE_STAGING_SECONDS` are unfinished saves
    and are removed. Returns the targets
    that were put back. Safe to call at any time no swap is running in ``parent``.
    """
    parent = Path(parent)
    restored: list[Path] = []
    try:
        entries = sorted(parent.iterdir(), key=lambda p: p.name)
    except OSError:
        return restored
    now = time.time()
    for entry in entries:
        if _split(entry.name, STAGE_PREFIX) is not None and entry.is_dir():
            with contextlib.suppress(OSError):
                if now - entry.stat().st_mtime > STALE_STAGING_SECONDS:
                    _remove(entry)
    for entry in entries:
        name = _split(entry.name, OLD_PREFIX)
        if name is None or not entry.is_dir():
            continue
        target = parent / name
        try:
            if target.exists():
                (dispose or _remove)(entry)
            else:
                os.rename(entry, target)
                restored.append(target)
        except OSError:
            continue  # held by another program now; the next start tries again
    return restored


# -- lock files ---------------------------------------------------------------------------------
# A read-modify-write save (the library's state, the content plan) holds a lock file
# for milliseconds. One left by a crash is taken over when it is old; these say at
# once whether its owner was a process of this computer that is gone.
_LOCK_NOTE = re.compile(r"host=(?P<host>\S+) pid=(?P<pid>\d+) started=(?P<started>[\d.]+)")


def process_started(pid: int) -> float | None:
    """When process ``pid`` started (seconds since the epoch), or None if it is not running."""
    import psutil

    try:
        return float(psutil.Process(pid).create_time())
    except psutil.Error:
        return None


def lock_note(extra: str = "") -> str:
    """The line a lock file holds: this computer, this process and when it started."""
    pid = os.getpid()
    note = f"host={socket.gethostname()} pid={pid} started={process_started(pid) or 0:.3f}"
    return f"{note} {extra}".rstrip() + "\n"


def lock_orphaned(path: str | Path) -> bool:
    """True when the lock file ``path`` was left by a process of this computer that is no
    longer running (a crash); False when it may still be held or cannot be told."""
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            match = _LOCK_NOTE.match(fh.readline())
    except OSError:
        return False
    if match is None or match["host"] != socket.gethostname():
        return False  # another computer on a shared folder: only its age can tell
    started = process_started(int(match["pid"]))
    # Gone, or the number now belongs to a process that started later.
    return started is None or abs(started - float(match["started"])) > 1.0
