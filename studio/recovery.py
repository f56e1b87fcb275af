"""Unsaved events kept for after a crash: the autosave's recovery files.

While an event has changes that are not saved, the app writes it every little
while to a *recovery file* in ``<user data>/pemulihan/``. A clean exit (saved,
or changes discarded by choice) removes it; after a crash or a power cut it is
still there, and the next start offers the event back.

A recovery file is an ordinary event file (``<slot>.kegiatan.toml``: it opens
like any other and goes through the same checks) whose first line, a comment,
records whose it is - this computer, the process and when that process started -
the event file it belongs to (none for an event never saved) and when it was
written. A file whose process still runs belongs to another open window and is
not offered; one equal to its saved event file is left over from a crash
between a save and the clean-up, and is removed without asking.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import secrets
import socket
from dataclasses import dataclass, replace
from pathlib import Path

from studio.atomic import process_started, save_text
from studio.errors import ProjectError, StudioError
from studio.paths import user_data_dir
from studio.project import PROJECT_SUFFIX, Project, load_project, project_to_toml

RECOVERY_FOLDER = "pemulihan"
_MARK = "# studio-konten-pemulihan: "
_HEADER = ("# Kegiatan yang belum disimpan, disimpan otomatis oleh Studio Konten Cimahi.\n"
           "# Berkas ini dihapus sendiri setelah kegiatan disimpan atau dibuang.\n")


@dataclass(frozen=True)
class Owner:
    """The process that writes a recovery file."""

    host: str
    pid: int
    started: float

    @classmethod
    def current(cls) -> Owner:
        pid = os.getpid()
        return cls(socket.gethostname(), pid, process_started(pid) or 0.0)

    def is_running(self) -> bool:
        """True while the process still runs (or it is on another computer: cannot tell,
        and a user data folder is one computer's)."""
        if self.host != socket.gethostname():
            return False
        started = process_started(self.pid)
        return started is not None and abs(started - self.started) < 1.0


@dataclass(frozen=True)
class Recovery:
    """An unsaved event found in the recovery folder."""

    path: Path  # the recovery file
    project: Project  # ``path`` is the event's own file (None: never saved)
    saved_at: _dt.datetime  # when it was written (UTC)
    owner: Owner


def recovery_dir() -> Path:
    return user_data_dir() / RECOVERY_FOLDER


def new_slot() -> str:
    """A name for one open event's recovery file, unique to this process and moment."""
    stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%d-%H%M%S")
    return f"{stamp}-{os.getpid()}-{secrets.token_hex(3)}"


def recovery_path(slot: str) -> Path:
    return recovery_dir() / f"{slot}{PROJECT_SUFFIX}"


def write_recovery(project: Project, slot: str, *, owner: Owner | None = None,
                   now: _dt.datetime | None = None) -> Path:
    """Write ``project`` (the event as it is now, unsaved) to its recovery file, atomically."""
    owner = owner or Owner.current()
    moment = (now or _dt.datetime.now(_dt.UTC)).astimezone(_dt.UTC).replace(microsecond=0)
    path = recovery_path(slot)
    meta = {"host": owner.host, "pid": owner.pid, "started": owner.started,
            "saved": moment.isoformat().replace("+00:00", "Z"),
            "event": str(project.path) if project.path is not None else ""}
    text = (_MARK + json.dumps(meta, ensure_ascii=True) + "\n" + _HEADER
            + project_to_toml(project, path))
    return save_text(path, text)


def read_recovery(path: Path) -> Recovery:
    """The unsaved event in the recovery file ``path`` (raises ProjectError)."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as fh:
            first = fh.readline(4096)
        if not first.startswith(_MARK):
            raise ValueError("no recovery line")
        meta = json.loads(first[len(_MARK):])
        owner = Owner(str(meta["host"]), int(meta["pid"]), float(meta["started"]))
        saved_at = _dt.datetime.fromisoformat(str(meta["saved"]).replace("Z", "+00:00"))
        event = str(meta.get("event") or "")
    except FileNotFoundError:
        raise ProjectError("recovery file not found", path=path,
                           code="project.not_found") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ProjectError(f"not a recovery file ({exc})", path=path,
                           code="project.invalid") from None
    project = load_project(path)
    project = replace(project, path=Path(event) if event else None)
    return Recovery(path, project, saved_at, owner)


def _already_saved(recovery: Recovery) -> bool:
    """The recovery equals its saved event file (a crash came between a save and the
    removal of the recovery file): nothing to offer."""
    if recovery.project.path is None:
        return False
    try:
        return load_project(recovery.project.path) == recovery.project
    except StudioError:
        return False


def pending_recoveries() -> list[Recovery]:
    """Unsaved events whose app is no longer running, newest first.

    Files of a window still open (this process or another) are not listed; files
    already saved are removed; a file that cannot be read is left alone (a newer
    version of the app may have written it).
    """
    folder = recovery_dir()
    try:
        candidates = sorted(folder.glob(f"*{PROJECT_SUFFIX}"))
    except OSError:
        return []
    me = Owner.current()
    found: list[Recovery] = []
    for path in candidates:
        try:
            recovery = read_recovery(path)
        except StudioError:
            continue
        if recovery.owner == me or recovery.owner.is_running():
            continue
        if _already_saved(recovery):
            discard_recovery(path)
            continue
        found.append(recovery)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def discard_recovery(path: Path) -> None:
    """Remove a recovery file (the event was saved, discarded, or restored elsewhere)."""
    with contextlib.suppress(FileNotFoundError):
        Path(path).unlink()
