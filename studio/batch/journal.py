"""The output folder's memory: which event owns it, which files are ours, which are done.

``.studio-batch.jsonl`` in the output folder is appended and fsync'd: an
``owner`` record names the event the folder belongs to; a ``claim`` record
comes *before* a path is written (so a file found there after a crash is
ours to replace); a ``done`` record, with the key that hashes everything the
file depends on, its hash, size and mtime, comes after. A run killed at any
moment leaves a journal whose torn last line is ignored.

One event owns a folder: a second event exporting into it is refused with
``batch.folder_taken`` (the app asks, the command line says which folder to
use instead), so two events never overwrite each other's photos, captions,
zips or manifest. ``.studio-batch.lock`` keeps a second run out while one is
writing; a lock left by a killed run is taken over.
"""

from __future__ import annotations

import io
import json
import os
import platform as _platform
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import psutil

from studio.errors import ExportError, ProjectError, StudioError
from studio.export import write_atomic
from studio.naming import safe_name

JOURNAL_NAME = ".studio-batch.jsonl"
LOCK_NAME = ".studio-batch.lock"
PART_PREFIX = ".part-"  # the temporary names studio.export.write_atomic uses


def owner_key(name: str) -> str:
    """Two spellings of one event's name are the same owner ("Rapat  HUT" = "rapat hut")."""
    return " ".join(name.split()).casefold()


def subfolder_for(output_dir: Path, name: str) -> Path:
    """A folder of its own for event ``name`` inside ``output_dir`` (free or already its own)."""
    base = safe_name(name or "kegiatan", "kegiatan")
    candidate = output_dir / base
    number = 2
    while True:
        owner = read_owner(candidate)
        if owner is None or owner_key(owner) == owner_key(name):
            return candidate
        candidate = output_dir / f"{base}-{number}"
        number += 1


def read_owner(folder: Path) -> str | None:
    """The event that owns ``folder`` (None: nobody yet, or written before owners existed)."""
    try:
        with open(folder / JOURNAL_NAME, "rb") as fh:
            first = fh.readline()
    except OSError:
        return None
    try:
        record = json.loads(first)
    except ValueError:
        return None
    if isinstance(record, dict) and record.get("op") == "owner":
        return str(record.get("event", ""))
    return None


def folder_taken(output_dir: Path, owner: str, event: str) -> ProjectError:
    suggestion = subfolder_for(output_dir, event)
    return ProjectError(
        f"this output folder holds the export of another event ({owner!r})",
        path=output_dir, code="batch.folder_taken", owner=owner, event=event,
        suggestion=str(suggestion),
        hint=f"export into a folder of its own, e.g. --output {suggestion}")


class Journal:
    """Append-only record of the folder's owner, which files are ours and which are done."""

    def __init__(self, output_dir: Path) -> None:
        self.output_dir = output_dir
        self.path = output_dir / JOURNAL_NAME
        self.owner: str | None = None
        self.owned: set[str] = set()
        self.done: dict[str, dict[str, Any]] = {}
        self._fh: io.BufferedWriter | None = None
        self.recreated = False  # the folder vanished during the run and was made again

    def open(self, event: str, *, take_over: bool = False) -> str | None:
        """Read, check the owner and compact the journal for a run of ``event``.

        Raises ``batch.folder_taken`` when another event owns the folder and
        ``take_over`` is not set. Returns the previous owner when it was taken over.
        """
        if self.path.exists():
            for raw in self.path.read_bytes().splitlines():
                try:
                    record = json.loads(raw)
                except ValueError:
                    continue  # the torn last line of a killed run
                if not isinstance(record, dict):
                    continue
                if record.get("op") == "owner":
                    self.owner = str(record.get("event", ""))
                    continue
                if not isinstance(record.get("path"), str):
                    continue
                self.owned.add(record["path"])
                if record.get("op") == "done":
                    self.done[record["path"]] = record
        previous = None
        if self.owner is not None and owner_key(self.owner) != owner_key(event):
            if not take_over:
                raise folder_taken(self.output_dir, self.owner, event)
            previous = self.owner
        self._write_whole(event)
        self.owner = event
        return previous

    def _write_whole(self, event: str) -> None:
        """The journal written anew, compact (the owner, then one claim or done line
        per path), and held open for appending."""
        lines: list[dict[str, Any]] = [{"op": "owner", "event": event}]
        lines += [{"op": "claim", "path": p} for p in sorted(self.owned - set(self.done))]
        lines += list(self.done.values())
        try:
            self.output_dir.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, _jsonl(lines), overwrite=True)
            self._fh = open(self.path, "ab")  # noqa: SIM115 - held for the whole run
        except (OSError, StudioError) as exc:
            raise ExportError(f"cannot write the batch journal: {exc}", path=self.path,
                              code="batch.journal",
                              hint="check that the output folder is writable and not full"
                              ) from None

    def _append(self, records: list[dict[str, Any]]) -> None:
        if not records:
            return
        assert self._fh is not None
        if self._gone():
            self._rewrite()
        try:
            self._fh.write(_jsonl(records))
            self._fh.flush()
            os.fsync(self._fh.fileno())
        except OSError as exc:
            raise ExportError(f"cannot write the batch journal: {exc.strerror or exc}",
                              path=self.path, code="batch.journal",
                              hint="free some space on the disk, then run the batch again"
                              ) from None

    def _gone(self) -> bool:
        """Whether the journal file was deleted under the run (its folder deleted or
        moved away): appending to the open handle would record nothing anyone reads."""
        assert self._fh is not None
        try:
            held = os.fstat(self._fh.fileno())
        except OSError:
            return True
        return held.st_nlink == 0 or not self.path.exists()

    def _rewrite(self) -> None:
        """The journal again, whole, where it belongs (the folder is made again)."""
        assert self._fh is not None
        self._fh.close()
        self._fh = None
        self.recreated = True
        self._write_whole(self.owner or "")

    def claim(self, rels: Iterable[str]) -> None:
        new = sorted({r for r in rels if r not in self.owned})
        self._append([{"op": "claim", "path": r} for r in new])
        self.owned.update(new)

    def record(self, records: list[dict[str, Any]]) -> None:
        self._append([{"op": "done", **r} for r in records])
        for r in records:
            self.owned.add(r["path"])
            self.done[r["path"]] = {"op": "done", **r}

    def owns(self, rel: str) -> bool:
        return rel in self.owned

    def finished(self, rel: str, key: str) -> dict[str, Any] | None:
        """The done record of ``rel`` if it was made with ``key`` and the file is intact."""
        record = self.done.get(rel)
        if not record or not key or record.get("key") != key:
            return None
        try:
            stat = (self.output_dir / rel).stat()
        except OSError:
            return None
        if stat.st_size != record.get("bytes") or stat.st_mtime_ns != record.get("mtime_ns"):
            return None
        return record

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def _jsonl(records: Iterable[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
                    for r in records)


def process_started(pid: int) -> float | None:
    try:
        return psutil.Process(pid).create_time()
    except psutil.Error:
        return None


class FolderLock:
    """One run at a time per output folder; a lock left by a killed run is taken over."""

    def __init__(self, output_dir: Path) -> None:
        self.path = output_dir / LOCK_NAME
        self.stale = False  # a crashed run left it

    def acquire(self) -> None:
        me = {"pid": os.getpid(), "started": process_started(os.getpid()),
              "host": _platform.node()}
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                if self._held_by_other():
                    raise ProjectError(
                        "another batch is writing into this output folder", path=self.path.parent,
                        code="batch.busy",
                        hint="wait until it finishes or choose another output folder") from None
                self.path.unlink(missing_ok=True)
                self.stale = True
                continue
            except OSError as exc:
                raise ExportError(f"cannot write into the output folder: {exc.strerror or exc}",
                                  path=self.path.parent, code="export.read_only",
                                  hint="choose another output folder") from None
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(me, fh)
            return
        raise ProjectError("cannot take the output folder's batch lock", path=self.path,
                           code="batch.busy", hint=f"delete {LOCK_NAME} if no batch is running")

    def _held_by_other(self) -> bool:
        try:
            info = json.loads(self.path.read_text(encoding="utf-8"))
            pid, started, host = int(info["pid"]), info.get("started"), info.get("host")
        except (OSError, ValueError, KeyError, TypeError):
            # Half-written by a run killed at that very moment: stale.
            return False
        if host and host != _platform.node():
            return True  # another computer on a shared folder: cannot check, assume alive
        alive_since = process_started(pid)
        return alive_since is not None and (started is None or abs(alive_since - started) < 1.0)

    def release(self) -> None:
        self.path.unlink(missing_ok=True)


def remove_partials(folders: Iterable[Path]) -> int:
    """Delete write_atomic's leftover temporary files (from a killed run)."""
    removed = 0
    for folder in folders:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(PART_PREFIX) and entry.is_file():
                try:
                    entry.unlink()
                    removed += 1
                except OSError:
                    pass
    return removed
