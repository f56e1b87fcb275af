"""Batch export: a whole event (or a bulk sheet) to every platform, resumable.

A project expands into a :class:`BatchPlan`: every (input × platform) output
with its final path and a key that hashes everything the file depends on,
plus the captions. :func:`run_batch` then renders photos in worker processes
(one task per photo covering all its platforms, so each photo is decoded once
and each worker reuses its composition cache), runs videos one or two at a
time beside them (ffmpeg is multi-threaded itself), and reports progress and
honours a cancel token within a second.

Nothing is lost and nothing is done twice. Before an output is written its
path is claimed in a journal in the output folder (``.studio-batch.jsonl``,
appended and fsync'd); once written, a ``done`` record with its key and hash
follows. A run killed at any moment (even ``kill -9``) leaves only whole files
(every write is temp file + ``os.replace``) and leftover ``.part-*`` temps,
which the next run removes before it skips every output whose key still
matches and redoes the rest. A claimed path is this batch's own file and may
be replaced; any other existing file is never overwritten unless the project
allows it. Each run ends with a manifest (CSV and JSON, one row per output)
and a short summary in Bahasa Indonesia for the officer.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import csv
import dataclasses
import hashlib
import io
import json
import multiprocessing
import os
import platform as _platform
import queue
import re
import signal
import threading
import time
import zipfile
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import psutil

from studio import __version__
from studio.brand import BrandKit, default_brand
from studio.errors import (
    Cancelled,
    CaptionError,
    ExportError,
    MediaError,
    ProjectError,
    StudioError,
    TemplateError,
)
from studio.export import output_path, safe_name, write_atomic
from studio.media import is_video_path
from studio.platforms import Platform, get_platform
from studio.produce import ExportSettings, InputResult, PhotoJob, produce_photo
from studio.progress import CancelToken, EtaEstimator, ProgressCallback, ProgressEvent, no_progress
from studio.project import MediaItem, Project
from studio.render.crop import Focus
from studio.render.photo import complete_fields
from studio.template.library import TemplateLibrary, default_library
from studio.template.loader import LoadedTemplate, load_template
from studio.template.model import STANDARD_FIELDS

JOURNAL_NAME = ".studio-batch.jsonl"
LOCK_NAME = ".studio-batch.lock"
MANIFEST_CSV = "manifest.csv"
MANIFEST_JSON = "manifest.json"
SUMMARY_NAME = "ringkasan.txt"
CAPTION_NAME = "caption.txt"
PART_PREFIX = ".part-"  # the temporary names studio.export.write_atomic uses
JOURNAL_FORMAT = 1

# A video output costs about as much as this many photo outputs (for the
# progress bar and ETA only).
VIDEO_WEIGHT = 30
# Worker processes are replaced after this many photos so fragmentation in
# the decoders cannot make a 500-photo batch grow. A new worker costs a second
# or two of imports, so not too often: memory stays flat at 100 (benchmarks/batch.py).
MAX_TASKS_PER_CHILD = 100
# What one photo worker may need at peak (a 48 MP decode plus compositions);
# caps the worker count on small laptops so they do not swap.
WORKER_MEMORY = 700 * 1024 * 1024
# After a cancel, running photo tasks get this long to finish before their
# workers are terminated, so cancel always returns within a second.
CANCEL_GRACE = 0.4
# A photo that crashes its worker process (e.g. a decoder bug) is retried in a
# fresh pool, then failed.
MAX_ATTEMPTS = 3

Status = Literal["ok", "kept", "failed", "cancelled"]
Kind = Literal["photo", "video", "caption", "zip"]


# ---------------------------------------------------------------------------
# the plan


@dataclass(frozen=True)
class PlannedOutput:
    platform_id: str
    path: Path
    key: str  # hash of everything the file depends on ("" when the input cannot run)


@dataclass(frozen=True)
class PlannedInput:
    """One media item (or none) with every output it makes."""

    number: int  # 1-based position in the project's media list; the {index} token
    source: Path | None
    kind: Literal["photo", "video"]
    template_id: str
    fields: Mapping[str, str]
    focus: tuple[float, float] | None
    trim: tuple[float, float] | None
    pattern: str  # the project's pattern with field tokens filled in
    outputs: tuple[PlannedOutput, ...]
    problem: StudioError | None = None  # known before rendering: missing file...

    @property
    def label(self) -> str:
        return self.source.name if self.source else f"#{self.number}"


@dataclass(frozen=True)
class PlannedCaption:
    platform_id: str
    path: Path
    caption_id: str
    fields: Mapping[str, str]
    source: Path | None = None  # None: the caption shared by the platform folder
    number: int = 0  # the input's PlannedInput.number for a per-item caption


@dataclass(frozen=True)
class BatchPlan:
    """Everything a run needs; build it with :func:`plan_batch`."""

    name: str
    output_dir: Path
    platform_ids: tuple[str, ...]
    inputs: tuple[PlannedInput, ...]
    captions: tuple[PlannedCaption, ...]
    brand: BrandKit
    quality: int = 90
    credit: str | None = None
    overwrite: bool = False
    strict: bool = False
    zip_per_platform: bool = False
    skipped_items: int = 0
    notes: tuple[str, ...] = ()  # e.g. captions are not available in this version
    templates: Mapping[str, LoadedTemplate] = field(default_factory=dict, compare=False)

    @property
    def output_count(self) -> int:
        return sum(len(i.outputs) for i in self.inputs)

    @property
    def photo_count(self) -> int:
        return sum(1 for i in self.inputs if i.kind == "photo" and i.problem is None)

    @property
    def video_count(self) -> int:
        return sum(1 for i in self.inputs if i.kind == "video" and i.problem is None)


_BUILTIN_TOKENS = {"platform", "name", "template", "index", "judul", "tanggal"}
_TOKEN = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def expand_field_tokens(pattern: str, fields: Mapping[str, str]) -> str:
    """Fill field tokens such as ``{nama}`` or ``{jabatan}`` into a naming pattern.

    The tokens :func:`studio.export.output_path` knows are left for it. A
    value cannot add folders or new tokens: ``/`` and braces are replaced.
    """

    def substitute(match: re.Match[str]) -> str:
        key = match.group(1)
        if key in _BUILTIN_TOKENS or (key not in fields and key not in STANDARD_FIELDS):
            return match.group(0)
        value = str(fields.get(key, "") or "")
        value = " ".join(value.replace("/", "-").replace("\\", "-").split())
        return value.replace("{", "(").replace("}", ")")

    return _TOKEN.sub(substitute, pattern)


def template_fingerprint(loaded: LoadedTemplate, brand: BrandKit) -> str:
    """A hash that changes when the template, its assets or the brand kit change."""
    digest = hashlib.sha256(f"{__version__}\0{JOURNAL_FORMAT}\0".encode())
    digest.update(loaded.template.model_dump_json().encode())
    files = sorted(p for p in loaded.folder.rglob("*") if p.is_file())[:1000]
    for path in files:
        stat = path.stat()
        digest.update(f"{path.relative_to(loaded.folder).as_posix()}\0{stat.st_size}\0"
                      f"{stat.st_mtime_ns}\n".encode())
    digest.update(json.dumps(_brand_state(brand), sort_keys=True, default=str).encode())
    for rel in (*brand.fonts.values(), *brand.logos.values()):
        try:
            stat = (brand.root / rel).stat()
            digest.update(f"{rel}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        except OSError:
            digest.update(f"{rel}\0missing\n".encode())
    return digest.hexdigest()


def _source_identity(path: Path | None) -> list[Any]:
    # Size and mtime, not a content hash: hashing 500 camera files would cost
    # minutes on a USB disk, and a changed photo always changes one of them.
    if path is None:
        return []
    stat = path.stat()
    return [path.name, stat.st_size, stat.st_mtime_ns]


def _output_key(*parts: Any) -> str:
    text = json.dumps([JOURNAL_FORMAT, *parts], ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _fold(path: Path) -> str:
    # Two names that differ only in case are the same file on Windows and macOS.
    return os.path.normcase(str(path)).casefold()


def _caption_api() -> Any | None:
    """``studio.caption`` when it is installed with ``render_caption``, else None."""
    try:
        import studio.caption as caption_module
    except ImportError:
        return None
    return caption_module if hasattr(caption_module, "render_caption") else None


def _video_api() -> tuple[Any, Callable[..., InputResult]] | None:
    try:
        from studio.video.produce import VideoOptions, produce_video
    except ImportError:
        return None
    return VideoOptions, produce_video


def plan_batch(project: Project, *, platforms: Iterable[str] | None = None,
               brand: BrandKit | None = None, library: TemplateLibrary | None = None
               ) -> BatchPlan:
    """Expand ``project`` into every output with its path and key.

    ``platforms`` overrides the project's choice. An unknown template or
    platform of the project itself is an error; a problem with one media item
    (missing file, unknown template override) is recorded on that input and
    the rest of the plan stands.
    """
    brand = brand or default_brand()
    library = library or default_library()
    platform_ids = tuple(platforms) if platforms is not None else project.platforms
    if not platform_ids:
        raise ProjectError("no platform is chosen", path=project.path,
                           code="project.no_platforms",
                           hint="choose at least one platform (see: python main.py platforms)")
    platform_objects = {pid: get_platform(pid) for pid in platform_ids}
    templates: dict[str, LoadedTemplate] = {}
    fingerprints: dict[str, str] = {}

    def template_for(template_id: str) -> LoadedTemplate:
        if template_id not in templates:
            loaded = library.get(template_id)
            templates[template_id] = loaded
            fingerprints[template_id] = template_fingerprint(loaded, brand)
        return templates[template_id]

    main = template_for(project.template)
    credit = project.export.credit
    if credit == "":
        credit = brand.credit or None
    settings_key = [project.export.quality, credit, project.export.strict]

    items: tuple[MediaItem, ...] = project.media or (MediaItem(None),)
    used: set[str] = set()
    inputs: list[PlannedInput] = []
    skipped = 0
    for number, item in enumerate(items, start=1):
        if item.skip:
            skipped += 1
            continue
        inputs.append(_plan_input(project, item, number, platform_ids, platform_objects,
                                  template_for, fingerprints, settings_key, used))

    notes: list[str] = []
    captions: list[PlannedCaption] = []
    if project.export.captions:
        api = _caption_api()
        if api is None:
            notes.append("captions are not available in this version; none were written")
        else:
            captions = _plan_captions(project, main, inputs, templates, platform_ids, used)
    return BatchPlan(
        name=project.name,
        output_dir=project.output_dir,
        platform_ids=platform_ids,
        inputs=tuple(inputs),
        captions=tuple(captions),
        brand=brand,
        quality=project.export.quality,
        credit=credit,
        overwrite=project.export.overwrite,
        strict=project.export.strict,
        zip_per_platform=project.export.zip_per_platform,
        skipped_items=skipped,
        notes=tuple(notes),
        templates=MappingProxyType(templates),
    )


def _plan_input(project: Project, item: MediaItem, number: int,
                platform_ids: tuple[str, ...], platform_objects: Mapping[str, Platform],
                template_for: Callable[[str], LoadedTemplate], fingerprints: Mapping[str, str],
                settings_key: list[Any], used: set[str]) -> PlannedInput:
    template_id = item.template or project.template
    fields = project.fields_for(item)
    kind: Literal["photo", "video"] = (
        "video" if item.path is not None and is_video_path(item.path) else "photo")
    problem: StudioError | None = None
    loaded: LoadedTemplate | None = None
    try:
        loaded = template_for(template_id)
    except StudioError as exc:
        problem = exc
    if problem is None and item.path is not None and not item.path.is_file():
        problem = MediaError("the file is not there any more", path=item.path,
                             code="media.missing",
                             hint="find it again in the project or remove it from the list")
    if problem is None and loaded is not None and kind == "video" \
            and "video" not in loaded.template.media:
        problem = TemplateError(f"the template {template_id!r} does not take videos",
                                path=item.path, code="template.no_video",
                                hint="choose a video template for this clip")
    identity: list[Any] = []
    if problem is None:
        try:
            identity = _source_identity(item.path)
        except OSError as exc:
            problem = MediaError(f"cannot read the file: {exc.strerror or exc}", path=item.path,
                                 code="media.unreadable", hint="check the file")
    pattern = expand_field_tokens(project.pattern, fields)

    def extension(platform: Platform) -> str | None:
        # A clip becomes an .mp4 where the platform takes video and a poster
        # image (the platform's own format) where it does not.
        return ".mp4" if kind == "video" and platform.video is not None else None

    def paths_for(candidate: str) -> list[Path]:
        return [output_path(project.output_dir, candidate, platform=platform_objects[pid],
                            source=item.path, template_id=template_id, index=number,
                            fields=fields, extension=extension(platform_objects[pid]))
                for pid in platform_ids]

    paths = paths_for(pattern)
    suffix = 2
    # Two phones both named IMG_0001.jpg must not overwrite each other.
    while any(_fold(p) in used for p in paths):
        candidate = f"{pattern}-{suffix}"
        paths = paths_for(candidate)
        if not any(_fold(p) in used for p in paths):
            pattern = candidate
            break
        suffix += 1
    used.update(_fold(p) for p in paths)
    if problem is None and item.path is not None \
            and _fold(item.path) in {_fold(p) for p in paths}:
        # Output folder = photo folder and a pattern of just {name}: with
        # overwrite on, the original would be replaced by its branded copy.
        problem = ProjectError("the output would replace the original file", path=item.path,
                               code="batch.output_is_source",
                               hint="choose another output folder or naming pattern")

    completed = complete_fields(loaded, fields) if loaded is not None else dict(fields)
    outputs = []
    for pid, path in zip(platform_ids, paths, strict=True):
        key = ""
        if problem is None:
            key = _output_key(kind, identity, fingerprints[template_id],
                              sorted(completed.items()), repr(platform_objects[pid]),
                              item.focus, item.trim, settings_key,
                              path.relative_to(project.output_dir).as_posix())
        outputs.append(PlannedOutput(pid, path, key))
    return PlannedInput(number=number, source=item.path, kind=kind, template_id=template_id,
                        fields=MappingProxyType(dict(fields)), focus=item.focus, trim=item.trim,
                        pattern=pattern, outputs=tuple(outputs), problem=problem)


def _plan_captions(project: Project, main: LoadedTemplate, inputs: list[PlannedInput],
                   templates: Mapping[str, LoadedTemplate], platform_ids: tuple[str, ...],
                   used: set[str]) -> list[PlannedCaption]:
    """One caption per platform folder, and one beside each output whose caption differs.

    An item differs when it uses another caption template or other field
    values than the event (a bulk row, an item with its own ``nama``).
    """
    shared_id = main.template.caption
    shared_fields = complete_fields(main, project.fields)
    captions: list[PlannedCaption] = []
    need_shared = False
    for planned in inputs:
        loaded = templates.get(planned.template_id)
        if loaded is None or planned.problem is not None or not loaded.template.caption:
            continue
        fields = complete_fields(loaded, planned.fields)
        if loaded.template.caption == shared_id and fields == shared_fields:
            need_shared = True
            continue
        for output in planned.outputs:
            path = output.path.with_name(f"{Path(output.path.name).stem}.caption.txt")
            number = 2
            while _fold(path) in used:
                path = output.path.with_name(f"{Path(output.path.name).stem}-{number}.caption.txt")
                number += 1
            used.add(_fold(path))
            captions.append(PlannedCaption(output.platform_id, path, loaded.template.caption,
                                           MappingProxyType(fields), planned.source,
                                           planned.number))
    if need_shared and shared_id:
        per_folder = project.pattern.replace("\\", "/").startswith("{platform}/")
        for pid in platform_ids:
            if per_folder:
                path = project.output_dir / safe_name(pid) / CAPTION_NAME
            else:
                path = project.output_dir / f"caption-{safe_name(pid)}.txt"
            used.add(_fold(path))
            captions.insert(0, PlannedCaption(pid, path, shared_id,
                                              MappingProxyType(shared_fields)))
    # Shared captions first, in platform order.
    shared = [c for c in captions if c.source is None]
    shared.sort(key=lambda c: platform_ids.index(c.platform_id))
    return shared + [c for c in captions if c.source is not None]


# ---------------------------------------------------------------------------
# report


@dataclass(frozen=True)
class ManifestRow:
    """One output of a run. ``path`` is relative to the output folder, with ``/``."""

    source: str
    platform: str
    kind: Kind
    path: str
    status: Status
    error: str = ""
    error_code: str = ""
    sha256: str = ""
    bytes: int = 0
    warnings: tuple[str, ...] = ()
    item: int = 0  # 1-based position in Project.media; 0: shared caption or zip

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "kept")


MANIFEST_COLUMNS = ("source", "platform", "kind", "path", "status", "error", "error_code",
                    "sha256", "bytes", "warnings", "item")


@dataclass(frozen=True)
class BatchReport:
    """What a run did. ``rows`` has one entry per output (files, captions, zips)."""

    name: str
    output_dir: Path
    rows: tuple[ManifestRow, ...]
    cancelled: bool
    elapsed: float
    skipped_items: int = 0
    notes: tuple[str, ...] = ()
    manifest_csv: Path | None = None
    manifest_json: Path | None = None
    summary_path: Path | None = None
    summary: str = ""

    def count(self, status: Status, kinds: tuple[Kind, ...] = ("photo", "video")) -> int:
        return sum(1 for r in self.rows if r.status == status and r.kind in kinds)

    @property
    def written(self) -> int:
        """Media outputs written by this run."""
        return self.count("ok")

    @property
    def kept(self) -> int:
        """Media outputs already finished by an earlier run and left as they were."""
        return self.count("kept")

    @property
    def failed(self) -> int:
        return sum(1 for r in self.rows if r.status == "failed")

    @property
    def ok(self) -> bool:
        return not self.cancelled and self.failed == 0

    @property
    def failures(self) -> tuple[ManifestRow, ...]:
        return tuple(r for r in self.rows if r.status == "failed")

    @property
    def exit_code(self) -> int:
        """0 all done, 1 some outputs failed, 130 cancelled (the CLI's exit status)."""
        if self.cancelled:
            return 130
        return 0 if self.failed == 0 else 1


@dataclass(frozen=True)
class BatchProgress(ProgressEvent):
    """A progress event with the batch's counts and, when one finished, its row."""

    done: int = 0  # outputs finished (any status) of ``total``
    total: int = 0
    failed: int = 0
    stage: str = ""  # prepare, captions, render, zip, report, done
    row: ManifestRow | None = None


# ---------------------------------------------------------------------------
# journal and lock


class _Journal:
    """Append-only record of which files this batch owns and which are finished."""

    def __init__(self, output_dir: Path) -> None:
        self.output_dir = output_dir
        self.path = output_dir / JOURNAL_NAME
        self.owned: set[str] = set()
        self.done: dict[str, dict[str, Any]] = {}
        self._fh: io.BufferedWriter | None = None

    def open(self) -> None:
        if self.path.exists():
            for raw in self.path.read_bytes().splitlines():
                try:
                    record = json.loads(raw)
                except ValueError:
                    continue  # the torn last line of a killed run
                if not isinstance(record, dict) or not isinstance(record.get("path"), str):
                    continue
                self.owned.add(record["path"])
                if record.get("op") == "done":
                    self.done[record["path"]] = record
        # Compact: one claim or done line per path, whatever the runs before did.
        lines = [{"op": "claim", "path": p} for p in sorted(self.owned - set(self.done))]
        lines += list(self.done.values())
        try:
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
        try:
            self._fh.write(_jsonl(records))
            self._fh.flush()
            os.fsync(self._fh.fileno())
        except OSError as exc:
            raise ExportError(f"cannot write the batch journal: {exc.strerror or exc}",
                              path=self.path, code="batch.journal",
                              hint="free some space on the disk, then run the batch again"
                              ) from None

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


def _process_started(pid: int) -> float | None:
    try:
        return psutil.Process(pid).create_time()
    except psutil.Error:
        return None


class _FolderLock:
    """One batch at a time per output folder; a lock left by a killed run is taken over."""

    def __init__(self, output_dir: Path) -> None:
        self.path = output_dir / LOCK_NAME
        self.stale = False  # a crashed run left it

    def acquire(self) -> None:
        me = {"pid": os.getpid(), "started": _process_started(os.getpid()),
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
        alive_since = _process_started(pid)
        return alive_since is not None and (started is None or abs(alive_since - started) < 1.0)

    def release(self) -> None:
        self.path.unlink(missing_ok=True)


def _remove_partials(folders: Iterable[Path]) -> int:
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


# ---------------------------------------------------------------------------
# worker processes


def _brand_state(brand: BrandKit) -> dict[str, Any]:
    # BrandKit holds read-only mappings, which do not pickle; send plain dicts.
    return {f.name: (dict(v) if isinstance(v := getattr(brand, f.name), Mapping) else v)
            for f in dataclasses.fields(brand)}


def _brand_from_state(state: Mapping[str, Any]) -> BrandKit:
    return BrandKit(**{k: (MappingProxyType(v) if isinstance(v, dict) else v)
                       for k, v in state.items()})


@dataclass(frozen=True)
class _WorkerConfig:
    templates: tuple[tuple[str, str], ...]  # (id, folder)
    brand: dict[str, Any]
    parent_pid: int
    parent_started: float | None


@dataclass(frozen=True)
class _PhotoTask:
    number: int
    source: str | None
    template_id: str
    fields: tuple[tuple[str, str], ...]
    focus: tuple[float, float] | None
    output_dir: str
    pattern: str
    quality: int
    credit: str | None
    strict: bool
    outputs: tuple[tuple[str, bool], ...]  # (platform id, may overwrite)


@dataclass(frozen=True)
class _Outcome:
    platform_id: str
    path: str | None
    error: dict[str, str] | None = None
    warnings: tuple[str, ...] = ()
    sha256: str = ""
    size: int = 0
    mtime_ns: int = 0


class _WorkerState:
    def __init__(self, templates: Mapping[str, LoadedTemplate | str], brand: BrandKit) -> None:
        self._templates = dict(templates)
        self.brand = brand
        self._last_key: Any = None

    def template(self, template_id: str) -> LoadedTemplate:
        loaded = self._templates[template_id]
        if not isinstance(loaded, LoadedTemplate):
            loaded = load_template(loaded)
            self._templates[template_id] = loaded
        return loaded

    def use_fields(self, key: Any) -> None:
        """Drop cached compositions when the field values change.

        A project's photos share one set of values, so the cache serves them
        all; every bulk row has its own, and 64 cached full-size compositions
        per worker would be most of a gigabyte.
        """
        if self._last_key is not None and key != self._last_key:
            from studio.render.photo import clear_composition_cache

            clear_composition_cache()
        self._last_key = key


_STATE: _WorkerState | None = None


def _init_worker(config: _WorkerConfig) -> None:
    """Process-pool initializer: load the brand once, watch the parent."""
    global _STATE
    # Ctrl+C in a terminal reaches the whole process group; the parent turns
    # it into a cancel, workers must not die of it half-way.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _STATE = _WorkerState(dict(config.templates), _brand_from_state(config.brand))
    threading.Thread(target=_watch_parent, args=(config.parent_pid, config.parent_started),
                     daemon=True, name="studio-parent-watch").start()


def _watch_parent(pid: int, started: float | None) -> None:
    # A parent killed with SIGKILL cannot stop its workers; they stop
    # themselves so a restarted batch is not racing orphans.
    while True:
        time.sleep(0.25)
        now = _process_started(pid)
        if now is None or (started is not None and abs(now - started) > 1.0):
            os._exit(3)


def _run_photo_task(task: _PhotoTask) -> tuple[_Outcome, ...]:
    """The worker entry point (top-level so it pickles under spawn)."""
    assert _STATE is not None, "worker not initialised"
    return _execute_photo(task, _STATE)


def _error_info(exc: BaseException) -> dict[str, str]:
    if isinstance(exc, StudioError):
        return {"code": exc.code, "message": exc.message, "hint": exc.hint,
                "path": str(exc.path) if exc.path else ""}
    if isinstance(exc, MemoryError):
        return {"code": "batch.memory", "message": "not enough memory for this photo",
                "hint": "close other programs or use fewer workers", "path": ""}
    return {"code": "batch.internal", "message": f"unexpected error: {exc!r}",
            "hint": "report this with the file", "path": ""}


def _file_digest(path: Path) -> tuple[str, int, int]:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    stat = path.stat()
    return digest.hexdigest(), stat.st_size, stat.st_mtime_ns


def _outcomes(result: InputResult, platform_ids: list[str]) -> list[_Outcome]:
    if result.error is not None:
        info = _error_info(result.error)
        return [_Outcome(pid, None, info) for pid in platform_ids]
    outcomes = []
    for out in result.outputs:
        if out.error is not None:
            outcomes.append(_Outcome(out.platform_id, str(out.path) if out.path else None,
                                     _error_info(out.error)))
            continue
        assert out.path is not None
        try:
            sha, size, mtime = _file_digest(out.path)
        except OSError as exc:
            outcomes.append(_Outcome(out.platform_id, str(out.path), _error_info(
                ExportError(f"the written file cannot be read back: {exc.strerror or exc}",
                            path=out.path, code="export.verify", hint="check the disk"))))
            continue
        outcomes.append(_Outcome(out.platform_id, str(out.path), None,
                                 tuple(w.message for w in out.warnings), sha, size, mtime))
    return outcomes


def _execute_photo(task: _PhotoTask, state: _WorkerState) -> tuple[_Outcome, ...]:
    platform_ids = [pid for pid, _ in task.outputs]
    try:
        loaded = state.template(task.template_id)
        state.use_fields((task.template_id, task.fields))
        fields = dict(task.fields)
        source = Path(task.source) if task.source else None
        focus = Focus(*task.focus) if task.focus else None
        outcomes: dict[str, _Outcome] = {}
        # Normally one group; an output this batch wrote before (now stale)
        # may be replaced while a stranger's file must not be.
        for overwrite in (False, True):
            group = [pid for pid, flag in task.outputs if flag is overwrite]
            if not group:
                continue
            settings = ExportSettings(output_dir=Path(task.output_dir), pattern=task.pattern,
                                      quality=task.quality, credit=task.credit,
                                      overwrite=overwrite, strict=task.strict)
            job = PhotoJob(source=source, platforms=tuple(get_platform(p) for p in group),
                           index=task.number, focus=focus, fields=fields)
            for outcome in _outcomes(produce_photo(job, loaded, state.brand, settings), group):
                outcomes[outcome.platform_id] = outcome
        return tuple(outcomes.get(pid) or _Outcome(pid, None, _error_info(
            StudioError("no result for this platform", code="batch.internal")))
            for pid in platform_ids)
    except Exception as exc:  # one bad photo must not stop the batch
        info = _error_info(exc)
        return tuple(_Outcome(pid, None, info) for pid in platform_ids)


def _terminate_pool(executor: cf.ProcessPoolExecutor) -> None:
    terminate = getattr(executor, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
    else:
        processes = list((getattr(executor, "_processes", None) or {}).values())
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(2.0)
    executor.shutdown(wait=True, cancel_futures=True)


def default_workers(photo_count: int) -> int:
    """Worker processes for ``photo_count`` photos: the cores, as memory allows."""
    cores = os.cpu_count() or 1
    by_memory = max(1, psutil.virtual_memory().available // WORKER_MEMORY)
    return max(1, min(cores, by_memory, photo_count))


# ---------------------------------------------------------------------------
# the run


@dataclass
class _Pending:
    """A media input waiting to be rendered: which outputs, and may they overwrite."""

    planned: PlannedInput
    outputs: list[tuple[PlannedOutput, bool]]
    attempts: int = 0


class _Run:
    def __init__(self, plan: BatchPlan, progress: ProgressCallback, cancel: CancelToken,
                 resume: bool) -> None:
        self.plan = plan
        self.progress = progress
        self.cancel = cancel
        self.resume = resume
        self.journal = _Journal(plan.output_dir)
        self.rows: dict[tuple[Any, ...], ManifestRow] = {}
        self.order: dict[str, int] = {pid: i for i, pid in enumerate(plan.platform_ids)}
        self.total_units = 0.0
        self.done_units = 0.0
        self.todo_units = 0.0
        self.run_units = 0.0
        self.partial: dict[int, float] = {}  # video number -> units done so far
        self.events: queue.Queue[tuple[str, Any]] = queue.Queue()
        self.eta = EtaEstimator()
        self.outputs_total = 0
        self.outputs_done = 0
        self.failed_count = 0
        self.last_emit = 0.0

    # -- helpers ---------------------------------------------------------------
    def rel(self, path: Path) -> str:
        return path.relative_to(self.plan.output_dir).as_posix()

    @staticmethod
    def weight(planned: PlannedInput) -> float:
        return float(VIDEO_WEIGHT if planned.kind == "video" else 1)

    def emit(self, stage: str, message: str = "", item: str | None = None,
             row: ManifestRow | None = None, force: bool = True) -> None:
        now = time.monotonic()
        if not force and now - self.last_emit < 0.25:
            return
        self.last_emit = now
        partial = sum(self.partial.values())
        if self.total_units:
            fraction = (self.done_units + partial) / self.total_units
        else:
            fraction = 1.0 if stage in ("report", "done") else 0.0
        run_fraction = ((self.run_units + partial) / self.todo_units) if self.todo_units else 1.0
        eta = self.eta.eta(run_fraction) if stage == "render" else None
        event = BatchProgress(fraction=min(1.0, fraction), message=message, eta_seconds=eta,
                              item=item, done=self.outputs_done, total=self.outputs_total,
                              failed=self.failed_count, stage=stage, row=row)
        try:
            self.progress(event)
        except Cancelled:
            # Some adapters stop work by raising from the callback: a cancel,
            # so the batch still ends cleanly with its report.
            self.cancel.cancel()

    def add_row(self, order: tuple[Any, ...], row: ManifestRow, units: float = 0.0,
                this_run: bool = True, item: str | None = None) -> None:
        self.rows[order] = row
        if row.status == "failed":
            self.failed_count += 1
        if row.kind in ("photo", "video"):
            self.outputs_done += 1
            self.done_units += units
            if this_run:
                self.run_units += units
        label = f"{item or row.source or row.platform} → {row.platform}: {row.status}"
        self.emit("render" if row.kind in ("photo", "video") else row.kind, label,
                  item=item, row=row)

    def output_row(self, planned: PlannedInput, output: PlannedOutput, status: Status,
                   error: dict[str, str] | None = None, sha: str = "", size: int = 0,
                   warnings: tuple[str, ...] = (), path: Path | None = None) -> ManifestRow:
        return ManifestRow(
            source=str(planned.source) if planned.source else "",
            platform=output.platform_id,
            kind=planned.kind,
            path=self.rel(path or output.path),
            status=status,
            error=_error_text(error) if error else "",
            error_code=error["code"] if error else "",
            sha256=sha,
            bytes=size,
            warnings=warnings,
            item=planned.number,
        )

    # -- the steps -------------------------------------------------------------
    def execute(self, workers: int | None) -> None:
        plan = self.plan
        self.emit("prepare", "preparing")
        pending_photos: list[_Pending] = []
        pending_videos: list[_Pending] = []
        claims: list[str] = []
        owned_before = set(self.journal.owned)

        def claim(path: Path) -> bool:
            # A path is claimed (ours to write and later replace) only if it is
            # free, already ours, or the project allows overwriting: a
            # stranger's file is never claimed, so a later run cannot replace
            # it either; writing there fails with "exists" instead.
            rel = self.rel(path)
            if plan.overwrite or rel in owned_before or not path.exists():
                claims.append(rel)
                return True
            return False

        for planned in plan.inputs:
            units = self.weight(planned)
            self.total_units += units * len(planned.outputs)
            self.outputs_total += len(planned.outputs)
        for planned in plan.inputs:
            units = self.weight(planned)
            if planned.problem is not None:
                info = _error_info(planned.problem)
                for output in planned.outputs:
                    self.add_row(self.order_of(planned, output),
                                 self.output_row(planned, output, "failed", info), units,
                                 this_run=False, item=planned.label)
                continue
            todo: list[tuple[PlannedOutput, bool]] = []
            for output in planned.outputs:
                rel = self.rel(output.path)
                record = self.journal.finished(rel, output.key) if self.resume else None
                if record is not None:
                    self.add_row(self.order_of(planned, output), self.output_row(
                        planned, output, "kept", sha=record.get("sha256", ""),
                        size=int(record.get("bytes", 0)),
                        warnings=tuple(record.get("warnings", ()))), units, this_run=False,
                        item=planned.label)
                    continue
                todo.append((output, claim(output.path)))
                self.todo_units += units
            if todo:
                target = pending_videos if planned.kind == "video" else pending_photos
                target.append(_Pending(planned, todo))
        for caption in plan.captions:
            claim(caption.path)
        if plan.zip_per_platform:
            for pid in plan.platform_ids:
                claim(plan.output_dir / f"{safe_name(pid)}.zip")
        # Claimed before anything is written: a file found at a claimed path
        # after a crash is ours to replace.
        self.journal.claim(claims)

        self.write_captions()
        self.eta = EtaEstimator()
        video_lane = _VideoLane(self, pending_videos) if pending_videos else None
        try:
            if video_lane:
                video_lane.start()
            self.run_photos(pending_photos, workers)
            if video_lane:
                video_lane.wait()
        finally:
            if video_lane:
                video_lane.stop()
            self.drain_events()
        for pending in (*pending_photos, *pending_videos):
            for output, _ in pending.outputs:
                order = self.order_of(pending.planned, output)
                if order not in self.rows:
                    status: Status = "cancelled" if self.cancel.cancelled else "failed"
                    error = None if status == "cancelled" else _error_info(
                        StudioError("the output was not produced", code="batch.internal"))
                    self.add_row(order, self.output_row(pending.planned, output, status, error),
                                 this_run=True, item=pending.planned.label)
        if plan.zip_per_platform and not self.cancel.cancelled:
            self.write_zips()

    def order_of(self, planned: PlannedInput, output: PlannedOutput) -> tuple[Any, ...]:
        return (1, planned.number, self.order.get(output.platform_id, 0))

    # -- captions --------------------------------------------------------------
    def write_captions(self) -> None:
        plan = self.plan
        if not plan.captions:
            return
        api = _caption_api()
        # Each caption template is read and checked once per run, not per row.
        templates: dict[str, Any] = {}
        for number, caption in enumerate(plan.captions):
            if self.cancel.cancelled:
                break
            rel = self.rel(caption.path)
            order = (0 if caption.source is None else 2, number)
            base = {"source": str(caption.source) if caption.source else "",
                    "platform": caption.platform_id, "kind": "caption", "path": rel,
                    "item": caption.number}
            try:
                if api is None:
                    raise CaptionError("captions are not available in this version",
                                       code="caption.unavailable")
                if caption.caption_id not in templates:
                    templates[caption.caption_id] = _caption_template(api, caption.caption_id)
                text, warnings = _render_caption(api, templates[caption.caption_id], caption,
                                                 plan.brand)
                data = text.encode("utf-8")
                target = caption.path
                if target.is_file() and self.journal.owns(rel) and target.read_bytes() == data:
                    status: Status = "kept"
                else:
                    write_atomic(target, data, overwrite=self.journal.owns(rel))
                    status = "ok"
                row = ManifestRow(**base, status=status,
                                  sha256=hashlib.sha256(data).hexdigest(), bytes=len(data),
                                  warnings=warnings)
            except StudioError as exc:
                info = _error_info(exc)
                row = ManifestRow(**base, status="failed", error=_error_text(info),
                                  error_code=info["code"])
            except Exception as exc:  # a caption bug must not stop the photos
                info = _error_info(exc)
                row = ManifestRow(**base, status="failed", error=_error_text(info),
                                  error_code=info["code"])
            self.add_row(order, row, item=caption.path.name)

    # -- photos ----------------------------------------------------------------
    def task_for(self, pending: _Pending) -> _PhotoTask:
        planned = pending.planned
        return _PhotoTask(
            number=planned.number,
            source=str(planned.source) if planned.source else None,
            template_id=planned.template_id,
            fields=tuple(sorted(planned.fields.items())),
            focus=planned.focus,
            output_dir=str(self.plan.output_dir),
            pattern=planned.pattern,
            quality=self.plan.quality,
            credit=self.plan.credit,
            strict=self.plan.strict,
            outputs=tuple((o.platform_id, flag) for o, flag in pending.outputs),
        )

    def finish_photo(self, pending: _Pending, outcomes: Iterable[_Outcome]) -> None:
        by_platform = {o.platform_id: o for o in outcomes}
        records = []
        rows = []
        for output, _ in pending.outputs:
            outcome = by_platform.get(output.platform_id)
            if outcome is None or outcome.error is not None:
                info = outcome.error if outcome else _error_info(
                    StudioError("no result for this platform", code="batch.internal"))
                rows.append((output, self.output_row(pending.planned, output, "failed", info)))
                continue
            path = Path(outcome.path) if outcome.path else output.path
            row = self.output_row(pending.planned, output, "ok", sha=outcome.sha256,
                                  size=outcome.size, warnings=outcome.warnings, path=path)
            records.append({"path": row.path, "key": output.key, "sha256": outcome.sha256,
                            "bytes": outcome.size, "mtime_ns": outcome.mtime_ns,
                            "source": row.source, "platform": row.platform,
                            "warnings": list(outcome.warnings)})
            rows.append((output, row))
        # One fsync per photo, after its files are in place.
        self.journal.record(records)
        units = self.weight(pending.planned)
        for output, row in rows:
            self.add_row(self.order_of(pending.planned, output), row, units,
                         item=pending.planned.label)

    def fail_pending(self, pending: _Pending, error: StudioError) -> None:
        self.finish_photo(pending, [_Outcome(o.platform_id, None, _error_info(error))
                                    for o, _ in pending.outputs])

    def run_photos(self, pending: list[_Pending], workers: int | None) -> None:
        if not pending:
            return
        count = default_workers(len(pending)) if workers is None else max(0, workers)
        if count == 0:
            self.run_photos_inline(pending)
        else:
            self.run_photos_pool(pending, min(count, len(pending)))

    def run_photos_inline(self, pending: list[_Pending]) -> None:
        """Everything in this process: the single-process baseline, and debugging."""
        state = _WorkerState(self.plan.templates, self.plan.brand)
        for item in pending:
            self.drain_events()
            if self.cancel.cancelled:
                return
            self.emit("render", f"rendering {item.planned.label}", item=item.planned.label,
                      force=False)
            self.finish_photo(item, _execute_photo(self.task_for(item), state))

    def run_photos_pool(self, pending: list[_Pending], workers: int) -> None:
        queue_: deque[_Pending] = deque(pending)
        config = _WorkerConfig(
            templates=tuple((tid, str(t.folder)) for tid, t in self.plan.templates.items()),
            brand=_brand_state(self.plan.brand),
            parent_pid=os.getpid(),
            parent_started=_process_started(os.getpid()),
        )
        # A small window of queued tasks keeps workers busy while holding only
        # a few tasks' arguments in memory, whatever the number of photos.
        window = workers * 2
        in_flight: dict[cf.Future[tuple[_Outcome, ...]], _Pending] = {}
        executor: cf.ProcessPoolExecutor | None = None
        try:
            while queue_ or in_flight:
                self.drain_events()
                if self.cancel.cancelled:
                    break
                if executor is None:
                    # Spawn, also on Linux: forking a process that runs Qt
                    # threads can deadlock, and it keeps Windows' behaviour.
                    executor = cf.ProcessPoolExecutor(
                        max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                        initializer=_init_worker, initargs=(config,),
                        max_tasks_per_child=MAX_TASKS_PER_CHILD)
                while queue_ and len(in_flight) < window:
                    item = queue_.popleft()
                    item.attempts += 1
                    in_flight[executor.submit(_run_photo_task, self.task_for(item))] = item
                done, _ = cf.wait(in_flight, timeout=0.1, return_when=cf.FIRST_COMPLETED)
                broken: list[_Pending] = []
                for future in done:
                    item = in_flight.pop(future)
                    try:
                        outcomes = future.result()
                    except cf.process.BrokenProcessPool:
                        broken.append(item)
                        continue
                    except Exception as exc:  # e.g. a result that did not pickle
                        self.fail_pending(item, StudioError(f"unexpected error: {exc!r}",
                                                            code="batch.internal"))
                        continue
                    self.finish_photo(item, outcomes)
                if broken:
                    # Every task in flight fails with the pool; they all go again
                    # in a fresh pool (their paths are claimed, so a half-done
                    # one may replace its own files) and the photo that keeps
                    # killing the pool is failed.
                    _terminate_pool(executor)
                    executor = None
                    for future, item in in_flight.items():
                        try:
                            self.finish_photo(item, future.result(timeout=0))
                        except Exception:  # broken with the pool
                            broken.append(item)
                    in_flight.clear()
                    for item in sorted(broken, key=lambda p: p.planned.number, reverse=True):
                        if item.attempts >= MAX_ATTEMPTS:
                            self.fail_pending(item, MediaError(
                                "this photo crashed the renderer", path=item.planned.source,
                                code="media.crash",
                                hint="open and save it again in a photo editor, or leave it "
                                     "out"))
                        else:
                            queue_.appendleft(item)
            if in_flight and executor is not None:
                # Cancelled: running photos may finish within the grace time.
                done, _ = cf.wait(in_flight, timeout=CANCEL_GRACE)
                for future in done:
                    item = in_flight.pop(future)
                    # A failed one is reported as cancelled below.
                    with contextlib.suppress(Exception):
                        self.finish_photo(item, future.result())
        finally:
            if executor is not None:
                if in_flight:
                    _terminate_pool(executor)
                else:
                    executor.shutdown(wait=True)

    # -- videos (results arrive through the events queue) --------------------------
    def drain_events(self) -> None:
        while True:
            try:
                kind, payload = self.events.get_nowait()
            except queue.Empty:
                return
            if kind == "video_progress":
                number, units, label = payload
                self.partial[number] = units
                self.emit("render", f"encoding {label}", item=label, force=False)
            elif kind == "video_done":
                pending, outcomes = payload
                self.partial.pop(pending.planned.number, None)
                if outcomes is not None:
                    self.finish_photo(pending, outcomes)

    # -- zips ------------------------------------------------------------------
    def write_zips(self) -> None:
        plan = self.plan
        for pid in plan.platform_ids:
            if self.cancel.cancelled:
                return
            members = [r for r in self.rows.values() if r.platform == pid and r.ok
                       and r.kind in ("photo", "video", "caption") and r.path]
            rel = f"{safe_name(pid)}.zip"
            base = {"source": "", "platform": pid, "kind": "zip", "path": rel}
            folder = f"{safe_name(pid)}/"
            names = [(r.path.removeprefix(folder), r) for r in members]
            key = _output_key("zip", sorted((n, r.sha256) for n, r in names))
            record = self.journal.finished(rel, key) if self.resume else None
            if record is not None:
                row = ManifestRow(**base, status="kept", sha256=record["sha256"],
                                  bytes=int(record["bytes"]))
                self.add_row((3, self.order.get(pid, 0)), row, item=rel)
                continue
            if not members:
                continue
            target = plan.output_dir / rel

            def write(tmp: Path, names: list[tuple[str, ManifestRow]] = names) -> None:
                with zipfile.ZipFile(tmp, "w") as archive:
                    for name, row in names:
                        # Photos and videos are compressed already.
                        method = zipfile.ZIP_DEFLATED if name.endswith(".txt") \
                            else zipfile.ZIP_STORED
                        archive.write(plan.output_dir / row.path, name, compress_type=method)

            try:
                write_atomic(target, write, overwrite=self.journal.owns(rel))
                sha, size, mtime = _file_digest(target)
                self.journal.record([{"path": rel, "key": key, "sha256": sha, "bytes": size,
                                      "mtime_ns": mtime, "source": "", "platform": pid,
                                      "warnings": []}])
                row = ManifestRow(**base, status="ok", sha256=sha, bytes=size)
            except StudioError as exc:
                info = _error_info(exc)
                row = ManifestRow(**base, status="failed", error=_error_text(info),
                                  error_code=info["code"])
            self.add_row((3, self.order.get(pid, 0)), row, item=rel)


class _VideoLane:
    """Videos one (or two on big machines) at a time, on threads of this process.

    ffmpeg does the work in its own process and uses every core, so more
    parallel videos would only make the machine thrash.
    """

    def __init__(self, run: _Run, pending: list[_Pending]) -> None:
        self.run = run
        self.pending = pending
        cores = os.cpu_count() or 1
        self.executor = cf.ThreadPoolExecutor(max_workers=2 if cores >= 8 else 1,
                                              thread_name_prefix="studio-video")
        self.futures: list[cf.Future[None]] = []

    def start(self) -> None:
        self.futures = [self.executor.submit(self._produce, p) for p in self.pending]

    def wait(self) -> None:
        while not all(f.done() for f in self.futures):
            self.run.drain_events()
            if self.run.cancel.cancelled:
                break
            cf.wait(self.futures, timeout=0.1, return_when=cf.FIRST_COMPLETED)

    def stop(self) -> None:
        # Running videos stop through the shared cancel token (ffmpeg killed,
        # partial file removed by the video module); queued ones never start.
        self.executor.shutdown(wait=True, cancel_futures=True)

    def _produce(self, pending: _Pending) -> None:
        run = self.run
        planned = pending.planned
        platform_ids = [o.platform_id for o, _ in pending.outputs]
        if run.cancel.cancelled:
            return
        api = _video_api()
        if api is None:
            info = _error_info(StudioError("video export is not available in this version",
                                           path=planned.source, code="video.unavailable",
                                           hint="export the photos now and the videos later"))
            run.events.put(("video_done", (pending, [_Outcome(p, None, info)
                                                      for p in platform_ids])))
            return
        video_options, produce_video = api
        units = run.weight(planned) * len(pending.outputs)

        def on_progress(event: ProgressEvent) -> None:
            run.events.put(("video_progress",
                            (planned.number, units * max(0.0, min(1.0, event.fraction)),
                             planned.label)))

        outcomes: list[_Outcome] = []
        try:
            loaded = run.plan.templates[planned.template_id]
            for overwrite in (False, True):
                group = [o.platform_id for o, flag in pending.outputs if flag is overwrite]
                if not group:
                    continue
                settings = ExportSettings(output_dir=run.plan.output_dir, pattern=planned.pattern,
                                          quality=run.plan.quality, credit=run.plan.credit,
                                          overwrite=overwrite, strict=run.plan.strict)
                options = video_options(trim=planned.trim, subtitles=None)
                result = produce_video(
                    planned.source, loaded, run.plan.brand, tuple(get_platform(p) for p in group),
                    dict(planned.fields), settings, options,
                    focus=Focus(*planned.focus) if planned.focus else None,
                    index=planned.number, progress=on_progress, cancel=run.cancel)
                outcomes += _outcomes(result, group)
        except Cancelled:
            run.events.put(("video_done", (pending, None)))
            return
        except Exception as exc:  # one bad clip must not stop the batch
            info = _error_info(exc)
            done = {o.platform_id for o in outcomes}
            outcomes += [_Outcome(p, None, info) for p in platform_ids if p not in done]
        if run.cancel.cancelled:
            # Whatever finished is whole (atomic writes); the rest was stopped.
            outcomes = [o for o in outcomes if o.error is None]
            if not outcomes:
                run.events.put(("video_done", (pending, None)))
                return
            kept = {o.platform_id for o in outcomes}
            pending = _Pending(planned, [(o, f) for o, f in pending.outputs
                                         if o.platform_id in kept])
        run.events.put(("video_done", (pending, outcomes)))


# ---------------------------------------------------------------------------
# captions, report files, summary


def _caption_template(api: Any, caption_id: str) -> Any:
    """The caption template object for ``caption_id`` (raises CaptionError when unknown)."""
    return api.get_caption_template(caption_id)


def _render_caption(api: Any, template: Any, caption: PlannedCaption, brand: BrandKit
                    ) -> tuple[str, tuple[str, ...]]:
    result = api.render_caption(template, dict(caption.fields), get_platform(caption.platform_id),
                                fixed_hashtags=brand.hashtags, mentions=brand.mentions)
    warnings = tuple(str(w) for w in (result.warnings or ()))
    if getattr(result, "shortened", False) and not warnings:
        warnings = ("the caption was shortened to fit the platform",)
    # The same text the export command writes: the caption and one final newline.
    return result.text.rstrip("\n") + "\n", warnings


def _error_text(info: Mapping[str, str]) -> str:
    return info["message"] + (f" ({info['hint']})" if info.get("hint") else "")


def _manifest_csv(rows: Iterable[ManifestRow]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(MANIFEST_COLUMNS)
    for r in rows:
        writer.writerow([r.source, r.platform, r.kind, r.path, r.status, r.error, r.error_code,
                         r.sha256, r.bytes, " | ".join(r.warnings), r.item])
    # The BOM makes Excel on Windows read the file as UTF-8 (names with é...).
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _manifest_json(report: BatchReport, finished: str) -> bytes:
    data = {
        "schema": 1,
        "name": report.name,
        "output_dir": str(report.output_dir),
        "finished": finished,
        "cancelled": report.cancelled,
        "elapsed_seconds": round(report.elapsed, 2),
        "counts": {"written": report.written, "kept": report.kept, "failed": report.failed,
                   "cancelled": report.count("cancelled"),
                   "skipped_items": report.skipped_items},
        "notes": list(report.notes),
        "outputs": [{**dataclasses.asdict(r), "warnings": list(r.warnings)}
                    for r in report.rows],
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# The summary is read by officers: Bahasa Indonesia, by error code.
_REASONS_ID = {
    "media.missing": "berkas tidak ditemukan",
    "media.unsupported": "jenis berkas tidak didukung",
    "media.unreadable": "berkas rusak atau bukan foto",
    "media.too_large": "foto terlalu besar",
    "media.crash": "foto ini membuat proses gambar berhenti",
    "media": "berkas tidak bisa dibaca",
    "export.disk_full": "disk penuh - kosongkan ruang atau pilih drive lain",
    "export.exists": "sudah ada file dengan nama sama - izinkan timpa atau pilih folder lain",
    "export.read_only": "folder tidak bisa ditulisi",
    "export.too_big": "ukuran file melebihi batas platform",
    "export": "gagal menyimpan file",
    "video.unavailable": "ekspor video belum tersedia di versi ini",
    "video": "video gagal diproses",
    "template.no_video": "template ini tidak untuk video",
    "template": "template bermasalah",
    "render": "gambar gagal dibuat",
    "caption": "keterangan (caption) gagal dibuat",
    "batch.memory": "memori tidak cukup",
}


def reason_id(code: str) -> str:
    """The Indonesian reason for an error code (the most specific one known)."""
    parts = code.split(".")
    for n in range(len(parts), 0, -1):
        reason = _REASONS_ID.get(".".join(parts[:n]))
        if reason:
            return reason
    return "terjadi kesalahan"


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _duration_id(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} detik"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} menit {seconds} detik"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} jam {minutes} menit"


def summary_text(report: BatchReport) -> str:
    """A short human summary in Bahasa Indonesia."""
    media_kinds: tuple[Kind, ...] = ("photo", "video")
    title = f'Ekspor "{report.name}"' if report.name else "Ekspor"
    if report.cancelled:
        head = f"{title} DIBATALKAN."
    elif report.failed:
        head = f"{title} selesai, tetapi ada yang gagal."
    else:
        head = f"{title} selesai tanpa masalah."
    lines = [head, f"Folder hasil: {report.output_dir}", ""]
    platforms = sorted({r.platform for r in report.rows if r.kind in media_kinds})
    lines.append(f"- Dibuat sekarang: {_number(report.written)} file"
                 + (f" untuk {len(platforms)} platform" if platforms else ""))
    if report.kept:
        lines.append(f"- Sudah jadi dari proses sebelumnya (tidak dibuat ulang): "
                     f"{_number(report.kept)} file")
    captions = sum(1 for r in report.rows if r.kind == "caption" and r.ok)
    if captions:
        lines.append(f"- Keterangan (caption): {_number(captions)} file")
    zips = sum(1 for r in report.rows if r.kind == "zip" and r.ok)
    if zips:
        lines.append(f"- Arsip ZIP per platform: {zips}")
    if report.failed:
        lines.append(f"- Gagal: {_number(report.failed)} file (lihat daftar di bawah)")
    cancelled = report.count("cancelled")
    if cancelled:
        lines.append(f"- Belum dibuat karena dibatalkan: {_number(cancelled)} file "
                     "(jalankan lagi untuk melanjutkan)")
    if report.skipped_items:
        lines.append(f"- Media yang ditandai 'lewati': {report.skipped_items}")
    lines.append(f"- Waktu: {_duration_id(report.elapsed)}")
    for note in report.notes:
        lines.append(f"- Catatan: {note}")
    failures = report.failures
    if failures:
        lines += ["", "Yang gagal:"]
        # One line per source when every platform failed for the same reason.
        grouped: dict[tuple[str, str, str], list[str]] = {}
        for row in failures:
            grouped.setdefault((row.source or row.path, row.error_code, row.error), []
                               ).append(row.platform)
        for (source, code, error), platform_ids in list(grouped.items())[:50]:
            name = Path(source).name if source else "(tanpa media)"
            lines.append(f"- {name} [{', '.join(platform_ids)}]: {reason_id(code)}"
                         f" (detail: {error})")
        if len(grouped) > 50:
            lines.append(f"- ... dan {len(grouped) - 50} lainnya (lihat {MANIFEST_CSV})")
    lines += ["", f"Daftar lengkap setiap file: {MANIFEST_CSV} / {MANIFEST_JSON}."]
    return "\n".join(lines) + "\n"


def _report_target(run: _Run, name: str) -> tuple[Path, bool]:
    """Where a report file goes: its usual name unless a stranger's file is there."""
    plan = run.plan
    candidate = plan.output_dir / name
    stem, suffix = os.path.splitext(name)
    number = 2
    while candidate.exists() and not (plan.overwrite or run.journal.owns(name)):
        name = f"{stem}-{number}{suffix}"
        candidate = plan.output_dir / name
        number += 1
    run.journal.claim([name])
    return candidate, True


def _write_report(run: _Run, started: float) -> BatchReport:
    rows = tuple(row for _, row in sorted(run.rows.items(), key=lambda kv: kv[0]))
    report = BatchReport(name=run.plan.name, output_dir=run.plan.output_dir, rows=rows,
                         cancelled=run.cancel.cancelled, elapsed=time.monotonic() - started,
                         skipped_items=run.plan.skipped_items, notes=run.plan.notes)
    summary = summary_text(report)
    finished = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    paths: dict[str, Path | None] = {}
    notes = list(report.notes)
    for label, name, data in (("csv", MANIFEST_CSV, _manifest_csv(rows)),
                              ("json", MANIFEST_JSON, _manifest_json(report, finished)),
                              ("summary", SUMMARY_NAME, summary.encode("utf-8"))):
        try:
            target, overwrite = _report_target(run, name)
            paths[label] = write_atomic(target, data, overwrite=overwrite)
        except StudioError as exc:
            paths[label] = None
            notes.append(f"the report file {name} could not be written: {exc.one_line()}")
    return dataclasses.replace(report, manifest_csv=paths["csv"], manifest_json=paths["json"],
                               summary_path=paths["summary"], summary=summary,
                               notes=tuple(notes))


# ---------------------------------------------------------------------------
# entry point


def run_batch(project_or_plan: Project | BatchPlan, *,
              progress: ProgressCallback = no_progress, cancel: CancelToken | None = None,
              workers: int | None = None, resume: bool = True,
              platforms: Iterable[str] | None = None, brand: BrandKit | None = None,
              library: TemplateLibrary | None = None) -> BatchReport:
    """Produce every output of a project (or a prepared plan) into its output folder.

    ``workers``: photo worker processes (None: as many as cores and memory
    allow; 0: render in this process). ``resume``: skip outputs a previous run
    finished and that are unchanged (False: redo them all; files this batch
    wrote are still replaced, others still protected). Errors of single items
    are in the report, never raised; a :class:`StudioError` is raised only when
    the batch cannot start (unknown template, another batch in the folder,
    output folder not writable) or the disk fails under the journal itself.
    ``progress`` is called on this thread with :class:`BatchProgress` events.
    """
    started = time.monotonic()
    cancel = cancel or CancelToken()
    if isinstance(project_or_plan, BatchPlan):
        plan = project_or_plan
    else:
        plan = plan_batch(project_or_plan, platforms=platforms, brand=brand, library=library)
    try:
        plan.output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create the output folder: {exc.strerror or exc}",
                          path=plan.output_dir, code="export.read_only",
                          hint="choose another output folder") from None
    folders = {plan.output_dir}
    folders.update(o.path.parent for i in plan.inputs for o in i.outputs)
    folders.update(c.path.parent for c in plan.captions)
    lock = _FolderLock(plan.output_dir)
    lock.acquire()
    run = _Run(plan, progress, cancel, resume)
    try:
        if lock.stale:
            # The killed run's workers stop themselves within a moment (they
            # watch their parent); let them, before their temp files go.
            cancel.wait(1.0)
        _remove_partials(folders)
        run.journal.open()
        try:
            run.execute(workers)
        finally:
            # Workers terminated mid-write leave temporary files; nothing else may.
            _remove_partials(folders)
        run.emit("report", "writing the report")
        report = _write_report(run, started)
        run.emit("done", "done")
        return report
    finally:
        run.journal.close()
        lock.release()
