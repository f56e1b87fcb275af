"""The content plan: one file per unit, often in a shared folder, edited by several PICs.

A :class:`ContentPlan` is an immutable value: the unit, its time zone and the
planned posts (:class:`PlanEntry`: date, optional time, title, template,
status, the event file made for it). It is saved as TOML
(``<unit>.kalender.toml``), readable and fixable in a text editor.

Two PICs may have the same plan open on two laptops. :class:`PlanFile` keeps
what this program last read from or wrote to the file (the *base* and a
fingerprint: size, modification time, SHA-256). Saving takes a short lock
file, reads the file again and, when someone else saved in the meantime,
merges per entry and per field (three-way, against the base): different
entries, or different fields of one entry, combine; a status that both
changed takes the later stage (a post both made and uploaded is uploaded).
Only when both changed the same field of the same entry differently — or one
deleted an entry the other edited — does saving stop, with a
:class:`PlanConflict` naming the entries, and nothing is written until the PIC
chooses whose version to keep. Writes are atomic (temporary file, then rename).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import secrets
import time
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path, PurePosixPath
from typing import Any, Literal

import tomli_w

from studio.atomic import lock_note, lock_orphaned, save_error, save_file, write_file
from studio.calendar.zones import DEFAULT_ZONE, check_zone
from studio.errors import CalendarError, StudioError

PLAN_SCHEMA = 1
PLAN_SUFFIX = ".kalender.toml"
MAX_PLAN_BYTES = 4 * 1024 * 1024
MAX_ENTRIES = 5000
MAX_TITLE = 200
MAX_NOTE = 2000
LOCK_WAIT = 5.0  # seconds a save waits for another PIC's save to finish
LOCK_STALE = 60.0  # a lock older than this was left by a crashed save

Status = Literal["rencana", "dibuat", "diekspor", "diunggah"]
STATUSES: tuple[Status, ...] = ("rencana", "dibuat", "diekspor", "diunggah")
OnConflict = Literal["refuse", "mine", "theirs"]

_HEADER = (
    "# Kalender konten Studio Konten Cimahi (rencana unggahan satu unit).\n"
    "# Boleh diedit dengan editor teks; jalur kegiatan relatif terhadap berkas ini.\n"
)


def status_rank(status: str) -> int:
    return STATUSES.index(status) if status in STATUSES else 0


def later_status(a: str, b: str) -> Status:
    return STATUSES[max(status_rank(a), status_rank(b))]


def new_entry_id(day: _dt.date) -> str:
    """A unique, stable id: the date plus random hex (two laptops never collide)."""
    return f"{day.isoformat()}-{secrets.token_hex(3)}"


@dataclass(frozen=True)
class PlanEntry:
    """One planned post. ``event`` is the event file (absolute) once one is made."""

    id: str
    date: _dt.date
    title: str
    template: str = "ucapan"
    status: Status = "rencana"
    time: _dt.time | None = None
    event: Path | None = None
    day: str = ""  # the commemorative day it was planned for (its id), if any
    note: str = ""
    pic: str = ""
    changed: _dt.datetime | None = field(default=None, compare=False)
    changed_by: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        where = f"entry {self.id!r}"
        if not isinstance(self.id, str) or not self.id.strip():
            raise CalendarError("every entry needs an id", code="calendar.plan_invalid")
        if not isinstance(self.date, _dt.date) or isinstance(self.date, _dt.datetime):
            raise CalendarError(f"{where}: tanggal must be a date", code="calendar.plan_invalid",
                                hint="tanggal = 2026-11-25")
        if not isinstance(self.title, str) or not self.title.strip():
            raise CalendarError(f"{where}: judul is empty", code="calendar.plan_invalid")
        if len(self.title) > MAX_TITLE or len(self.note) > MAX_NOTE:
            raise CalendarError(f"{where}: the title or note is too long",
                                code="calendar.plan_invalid")
        if self.status not in STATUSES:
            raise CalendarError(f"{where}: unknown status {self.status!r}",
                                code="calendar.plan_invalid", hint=", ".join(STATUSES))
        if self.time is not None and not isinstance(self.time, _dt.time):
            raise CalendarError(f"{where}: jam must be HH:MM", code="calendar.plan_invalid")
        if self.event is not None:
            object.__setattr__(self, "event", Path(os.path.abspath(self.event)))

    def content(self) -> tuple[Any, ...]:
        """The fields two PICs can edit (the change stamps left out)."""
        return tuple(getattr(self, f) for f in _MERGE_FIELDS)

    def with_status(self, status: Status) -> PlanEntry:
        return replace(self, status=status)

    def with_event(self, event: Path | None) -> PlanEntry:
        return replace(self, event=event)


_MERGE_FIELDS = tuple(f.name for f in fields(PlanEntry) if f.name not in (
    "id", "changed", "changed_by"))


@dataclass(frozen=True)
class ContentPlan:
    """A unit's plan. ``path`` and ``revision`` say where and which save it came from."""

    unit: str = ""
    zone: str = DEFAULT_ZONE
    entries: tuple[PlanEntry, ...] = ()
    revision: int = field(default=0, compare=False)
    path: Path | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "zone", check_zone(self.zone))
        entries = tuple(sorted(self.entries, key=lambda e: (e.date, e.time or _dt.time(), e.id)))
        if len(entries) > MAX_ENTRIES:
            raise CalendarError(f"more than {MAX_ENTRIES} planned posts",
                                code="calendar.plan_too_large",
                                hint="start a plan file for the new year")
        ids = [e.id for e in entries]
        if len(set(ids)) != len(ids):
            raise CalendarError("two entries have the same id", code="calendar.plan_invalid",
                                hint="give each [[rencana]] its own id")
        object.__setattr__(self, "entries", entries)

    def entry(self, entry_id: str) -> PlanEntry:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise CalendarError(f"no planned post with id {entry_id!r}",
                            code="calendar.no_entry", entry=entry_id)

    def find(self, entry_id: str) -> PlanEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def between(self, start: _dt.date, end: _dt.date) -> tuple[PlanEntry, ...]:
        return tuple(e for e in self.entries if start <= e.date <= end)

    def on(self, day: _dt.date) -> tuple[PlanEntry, ...]:
        return self.between(day, day)

    # -- edits return new values -----------------------------------------------------------
    def with_entry(self, entry: PlanEntry) -> ContentPlan:
        """``entry`` added, or replacing the one with its id."""
        others = tuple(e for e in self.entries if e.id != entry.id)
        return replace(self, entries=(*others, entry))

    def without(self, entry_id: str) -> ContentPlan:
        return replace(self, entries=tuple(e for e in self.entries if e.id != entry_id))

    def with_status(self, entry_id: str, status: Status) -> ContentPlan:
        return self.with_entry(self.entry(entry_id).with_status(status))

    def with_settings(self, *, unit: str | None = None, zone: str | None = None) -> ContentPlan:
        return replace(self, unit=self.unit if unit is None else unit,
                       zone=self.zone if zone is None else zone)


# ---------------------------------------------------------------------------
# file format


def _store_path(path: Path, base: Path) -> str:
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(base).as_posix()
    except ValueError:
        return absolute.as_posix()


def _load_path(text: Any, base: Path, where: str) -> Path:
    if not isinstance(text, str) or not text.strip() or "\x00" in text:
        raise CalendarError(f"{where}: kegiatan must be a file path",
                            code="calendar.plan_invalid")
    if os.sep == "\\":
        text = text.replace("\\", "/")
    candidate = Path(text)
    if not candidate.is_absolute():
        candidate = base.joinpath(*PurePosixPath(text).parts)
    return Path(os.path.normpath(candidate))


def plan_to_data(plan: ContentPlan, plan_file: Path) -> dict[str, Any]:
    base = Path(os.path.abspath(plan_file)).parent
    data: dict[str, Any] = {"schema": PLAN_SCHEMA, "unit": plan.unit, "zona": plan.zone,
                            "revisi": plan.revision}
    entries = []
    for e in plan.entries:
        item: dict[str, Any] = {"id": e.id, "tanggal": e.date, "judul": e.title,
                                "templat": e.template, "status": e.status}
        if e.time is not None:
            item["jam"] = e.time.strftime("%H:%M")
        if e.event is not None:
            item["kegiatan"] = _store_path(e.event, base)
        for key, value in (("hari", e.day), ("catatan", e.note), ("pic", e.pic),
                           ("diubah_oleh", e.changed_by)):
            if value:
                item[key] = value
        if e.changed is not None:
            item["diubah"] = e.changed
        entries.append(item)
    if entries:
        data["rencana"] = entries
    return data


def plan_to_toml(plan: ContentPlan, plan_file: Path) -> str:
    return _HEADER + tomli_w.dumps(plan_to_data(plan, plan_file), multiline_strings=True)


_TOP_KEYS = {"schema", "unit", "zona", "revisi", "rencana"}
_ENTRY_KEYS = {"id", "tanggal", "jam", "judul", "templat", "status", "kegiatan", "hari",
               "catatan", "pic", "diubah", "diubah_oleh"}


def _parse_time(value: Any, where: str) -> _dt.time | None:
    if value is None:
        return None
    if isinstance(value, _dt.time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, str):
        try:
            return _dt.time.fromisoformat(value.strip().replace(".", ":")).replace(second=0)
        except ValueError:
            pass
    raise CalendarError(f"{where}: jam must be HH:MM", code="calendar.plan_invalid",
                        hint='jam = "07:00"')


def plan_from_data(data: Mapping[str, Any], plan_file: Path) -> ContentPlan:
    base = Path(os.path.abspath(plan_file)).parent
    try:
        schema = data.get("schema")
        if not isinstance(schema, int) or schema < 1:
            raise CalendarError("this is not a content plan file (no schema)",
                                code="calendar.plan_invalid",
                                hint=f"open a {PLAN_SUFFIX} file")
        if schema > PLAN_SCHEMA:
            raise CalendarError(f"the plan was saved by a newer version (schema {schema})",
                                code="calendar.schema", hint="update Studio Konten Cimahi")
        unknown = sorted(set(data) - _TOP_KEYS)
        if unknown:
            raise CalendarError(f"unknown key(s) {', '.join(unknown)}",
                                code="calendar.plan_invalid",
                                hint=f"allowed: {', '.join(sorted(_TOP_KEYS))}")
        items = data.get("rencana", [])
        if not isinstance(items, list):
            raise CalendarError("rencana must be a list of [[rencana]] tables",
                                code="calendar.plan_invalid")
        entries = []
        for number, item in enumerate(items, start=1):
            where = f"[[rencana]] #{number}"
            if not isinstance(item, dict):
                raise CalendarError(f"{where} must be a table", code="calendar.plan_invalid")
            unknown = sorted(set(item) - _ENTRY_KEYS)
            if unknown:
                raise CalendarError(f"{where}: unknown key(s) {', '.join(unknown)}",
                                    code="calendar.plan_invalid",
                                    hint=f"allowed: {', '.join(sorted(_ENTRY_KEYS))}")
            changed = item.get("diubah")
            entries.append(PlanEntry(
                # PlanEntry checks that tanggal is a date (and says where it is not).
                id=str(item.get("id", "")), date=item.get("tanggal"),  # type: ignore[arg-type]
                title=str(item.get("judul", "")), template=str(item.get("templat", "ucapan")),
                status=item.get("status", "rencana"),
                time=_parse_time(item.get("jam"), where),
                event=_load_path(item["kegiatan"], base, where) if "kegiatan" in item else None,
                day=str(item.get("hari", "")), note=str(item.get("catatan", "")),
                pic=str(item.get("pic", "")),
                changed=changed if isinstance(changed, _dt.datetime) else None,
                changed_by=str(item.get("diubah_oleh", ""))))
        revision = data.get("revisi", 0)
        return ContentPlan(unit=str(data.get("unit", "")), zone=data.get("zona", DEFAULT_ZONE),
                           entries=tuple(entries),
                           revision=revision if isinstance(revision, int) else 0,
                           path=Path(os.path.abspath(plan_file)))
    except StudioError as exc:
        if exc.path is None:
            exc.path = Path(plan_file)
        raise


@dataclass(frozen=True)
class Fingerprint:
    """What a file looked like when read or written: a change by anyone alters it."""

    size: int
    mtime_ns: int
    sha256: str


def _fingerprint(data: bytes, path: Path) -> Fingerprint:
    stat = path.stat()
    return Fingerprint(stat.st_size, stat.st_mtime_ns, hashlib.sha256(data).hexdigest())


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_PLAN_BYTES:
            raise CalendarError("the plan file is too large", path=path,
                                code="calendar.plan_too_large")
        return path.read_bytes()
    except FileNotFoundError:
        raise CalendarError("the plan file was not found", path=path,
                            code="calendar.plan_not_found",
                            hint="check the shared folder or choose the plan file again") from None
    except OSError as exc:
        raise CalendarError(f"cannot read the plan file: {exc.strerror or exc}", path=path,
                            code="calendar.plan_unreadable",
                            hint="check that the shared folder is reachable") from None


def parse_plan(data: bytes, path: Path) -> ContentPlan:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CalendarError("the plan file is not UTF-8 text", path=path,
                            code="calendar.plan_invalid", hint="save it as UTF-8") from None
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CalendarError(f"the plan file is not valid TOML: {exc}", path=path,
                            code="calendar.plan_invalid",
                            hint="fix the syntax error at the line shown") from None
    return plan_from_data(table, path)


def load_plan(path: str | Path) -> ContentPlan:
    path = Path(path)
    return parse_plan(_read_bytes(path), path)


# ---------------------------------------------------------------------------
# merging two PICs' saves


@dataclass(frozen=True)
class Conflict:
    """An entry both sides changed in the same field (or one deleted, one edited)."""

    entry_id: str
    title: str
    fields: tuple[str, ...]
    mine: PlanEntry | None
    theirs: PlanEntry | None

    @property
    def describe(self) -> str:
        if self.mine is None:
            return f"{self.title}: deleted here, changed by {self.theirs_by or 'another PIC'}"
        if self.theirs is None:
            return f"{self.title}: changed here, deleted by another PIC"
        return f"{self.title}: {', '.join(self.fields)} changed here and by " \
               f"{self.theirs_by or 'another PIC'}"

    @property
    def theirs_by(self) -> str:
        return self.theirs.changed_by if self.theirs is not None else ""


class PlanConflict(CalendarError):
    """Saving would overwrite another PIC's change; nothing was written."""

    code = "calendar.conflict"

    def __init__(self, path: Path, conflicts: tuple[Conflict, ...]) -> None:
        names = "; ".join(c.describe for c in conflicts)
        super().__init__(f"another PIC changed the same planned post(s): {names}", path=path,
                         hint="choose whose version to keep, then save again",
                         titles=", ".join(c.title for c in conflicts), count=len(conflicts))
        self.conflicts = conflicts


def _merge_entry(base: PlanEntry | None, mine: PlanEntry | None, theirs: PlanEntry | None
                 ) -> tuple[PlanEntry | None, tuple[str, ...] | None]:
    """(merged entry, None) or (None, conflicting field names)."""
    def key(entry: PlanEntry | None) -> tuple[Any, ...] | None:
        return None if entry is None else entry.content()

    if key(mine) == key(theirs):
        return mine, None
    if key(mine) == key(base):
        return theirs, None
    if key(theirs) == key(base):
        return mine, None
    if mine is None or theirs is None or base is None:
        return None, ("deleted",) if (mine is None or theirs is None) else ("added",)
    values: dict[str, Any] = {}
    clashes = []
    for name in _MERGE_FIELDS:
        b, m, t = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        if m == t or t == b:
            values[name] = m
        elif m == b:
            values[name] = t
        elif name == "status":
            values[name] = later_status(m, t)  # stages only move on
        else:
            clashes.append(name)
    if clashes:
        return None, tuple(clashes)
    newer = max((mine, theirs), key=lambda e: e.changed or _dt.datetime.min.replace(
        tzinfo=_dt.UTC))
    return replace(mine, **values, changed=newer.changed, changed_by=newer.changed_by), None


def merge_plans(base: ContentPlan, mine: ContentPlan, theirs: ContentPlan
                ) -> tuple[ContentPlan, tuple[Conflict, ...]]:
    """Three-way merge of two edits of ``base``. Conflicting entries keep *mine* in the
    returned plan; the conflicts say which they are."""
    b = {e.id: e for e in base.entries}
    m = {e.id: e for e in mine.entries}
    t = {e.id: e for e in theirs.entries}
    merged: list[PlanEntry] = []
    conflicts: list[Conflict] = []
    for entry_id in dict.fromkeys([*t, *m, *b]):
        result, clash = _merge_entry(b.get(entry_id), m.get(entry_id), t.get(entry_id))
        if clash is not None:
            some = m.get(entry_id) or t.get(entry_id) or b[entry_id]
            conflicts.append(Conflict(entry_id, some.title, clash, m.get(entry_id),
                                      t.get(entry_id)))
            result = m.get(entry_id)
        if result is not None:
            merged.append(result)
    settings = {}
    for name in ("unit", "zone"):
        bv, mv, tv = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        settings[name] = tv if mv == bv else mv
    plan = ContentPlan(entries=tuple(merged), revision=max(mine.revision, theirs.revision),
                       path=mine.path, **settings)
    return plan, tuple(conflicts)


def resolve(plan: ContentPlan, conflicts: Iterable[Conflict], keep: OnConflict) -> ContentPlan:
    """``plan`` (from :func:`merge_plans`) with each conflict decided for one side."""
    if keep == "refuse":
        return plan
    for conflict in conflicts:
        chosen = conflict.mine if keep == "mine" else conflict.theirs
        plan = plan.without(conflict.entry_id)
        if chosen is not None:
            plan = plan.with_entry(chosen)
    return plan


# ---------------------------------------------------------------------------
# the file on disk


@dataclass(frozen=True)
class SaveResult:
    plan: ContentPlan  # what is now in the file
    merged: int  # entries taken from other PICs' saves
    conflicts: tuple[Conflict, ...] = ()  # decided by ``on_conflict``


class _Lock:
    """A lock file beside the plan for the few milliseconds of one save.

    ``O_EXCL`` creation is atomic on local disks and SMB shares alike; a lock
    older than ``LOCK_STALE``, or one whose process on this computer is gone, was
    left by a crash and is taken over.
    """

    def __init__(self, plan_path: Path, wait: float) -> None:
        self.path = plan_path.with_name(plan_path.name + ".lock")
        self.wait = wait
        self.fd: int | None = None

    def __enter__(self) -> _Lock:
        deadline = time.monotonic() + self.wait
        while True:
            try:
                self.fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
                os.write(self.fd, lock_note(_editor_default()).encode("utf-8"))
                return self
            except FileExistsError:
                try:
                    age = time.time() - self.path.stat().st_mtime
                except FileNotFoundError:
                    continue
                if age > LOCK_STALE or lock_orphaned(self.path):
                    self.path.unlink(missing_ok=True)
                    continue
                if time.monotonic() > deadline:
                    raise CalendarError("another PIC is saving the plan right now",
                                        path=self.path, code="calendar.plan_busy",
                                        hint="try again in a moment") from None
                time.sleep(0.1)
            except OSError as exc:
                raise CalendarError(f"cannot write in the plan's folder: {exc.strerror or exc}",
                                    path=self.path, code="calendar.plan_unwritable",
                                    hint="check that the shared folder is writable") from None

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
        self.path.unlink(missing_ok=True)


def _editor_default() -> str:
    for name in ("STUDIO_KONTEN_PIC", "USERNAME", "USER"):
        if os.environ.get(name):
            return os.environ[name]
    return ""


def editor_name() -> str:
    """Who this computer's saves are stamped with (``diubah_oleh``)."""
    return _editor_default()


def last_pic(plan: ContentPlan, editor: str | None = None) -> str:
    """The PIC name on the post ``editor`` (this computer) changed last, or "".

    The plan already remembers who typed which PIC name, so a new post's form can
    offer it again without a setting of its own.
    """
    editor = editor_name() if editor is None else editor
    mine = [e for e in plan.entries if e.pic and editor and e.changed_by == editor]
    if not mine:
        return ""

    def when(entry: PlanEntry) -> _dt.datetime:
        # A hand-edited plan may carry a time without a zone: read it as UTC.
        moment = entry.changed or _dt.datetime.min
        return moment if moment.tzinfo is not None else moment.replace(tzinfo=_dt.UTC)

    return max(mine, key=when).pic


class PlanFile:
    """A plan file on disk and the version of it this program last read or wrote."""

    def __init__(self, path: str | Path, base: ContentPlan, fingerprint: Fingerprint | None
                 ) -> None:
        self.path = Path(os.path.abspath(path))
        self.base = base
        self.fingerprint = fingerprint

    @classmethod
    def open(cls, path: str | Path) -> PlanFile:
        path = Path(path)
        data = _read_bytes(path)
        return cls(path, parse_plan(data, path), _fingerprint(data, path))

    @classmethod
    def create(cls, path: str | Path, unit: str = "", zone: str = DEFAULT_ZONE) -> PlanFile:
        """A new, empty plan file (never replacing an existing one)."""
        path = Path(path)
        if not path.name.endswith(PLAN_SUFFIX):
            path = path.with_name(path.name.removesuffix(".toml") + PLAN_SUFFIX)
        plan = ContentPlan(unit=unit, zone=zone, path=Path(os.path.abspath(path)))
        if path.exists():
            raise CalendarError("a plan file with this name already exists", path=path,
                                code="calendar.plan_exists", hint="open it instead")
        data = plan_to_toml(plan, path).encode("utf-8")
        try:
            write_file(path, data, overwrite=False)
        except FileExistsError:
            raise CalendarError("a plan file with this name already exists", path=path,
                                code="calendar.plan_exists", hint="open it instead") from None
        except OSError as exc:
            raise save_error(exc, path) from None
        return cls(path, plan, _fingerprint(data, path))

    @property
    def plan(self) -> ContentPlan:
        return self.base

    def changed_on_disk(self) -> bool:
        """True when someone else saved (or the file vanished) since we read or wrote it."""
        try:
            stat = self.path.stat()
        except OSError:
            return True
        fp = self.fingerprint
        if fp is None:
            return True
        if (stat.st_size, stat.st_mtime_ns) == (fp.size, fp.mtime_ns):
            return False
        # The time moved (a copy, a touch): the content decides.
        try:
            return hashlib.sha256(_read_bytes(self.path)).hexdigest() != fp.sha256
        except CalendarError:
            return True

    def reload(self, mine: ContentPlan | None = None) -> tuple[ContentPlan, tuple[Conflict, ...]]:
        """Read others' changes. With ``mine`` (unsaved edits) they are merged in;
        conflicting entries keep *mine* (see the conflicts)."""
        data = _read_bytes(self.path)
        theirs = parse_plan(data, self.path)
        conflicts: tuple[Conflict, ...] = ()
        result = theirs
        if mine is not None:
            result, conflicts = merge_plans(self.base, mine, theirs)
        self.base = theirs
        self.fingerprint = _fingerprint(data, self.path)
        return result, conflicts

    def save(self, plan: ContentPlan, *, editor: str | None = None,
             on_conflict: OnConflict = "refuse", now: _dt.datetime | None = None,
             lock_wait: float = LOCK_WAIT) -> SaveResult:
        """Write ``plan`` (an edit of :attr:`base`), merged with what others saved meanwhile."""
        editor = _editor_default() if editor is None else editor
        moment = (now or _dt.datetime.now(_dt.UTC)).astimezone(_dt.UTC).replace(microsecond=0)
        plan = _stamp(self.base, plan, editor, moment)
        with _Lock(self.path, lock_wait):
            merged_count = 0
            conflicts: tuple[Conflict, ...] = ()
            if self.path.exists() and self.changed_on_disk():
                data = _read_bytes(self.path)
                theirs = parse_plan(data, self.path)
                merged, conflicts = merge_plans(self.base, plan, theirs)
                if conflicts and on_conflict == "refuse":
                    raise PlanConflict(self.path, conflicts)
                merged = resolve(merged, conflicts, on_conflict)
                merged_count = sum(1 for e in merged.entries
                                   if (mine := plan.find(e.id)) is None
                                   or mine.content() != e.content())
                merged_count += sum(1 for e in plan.entries if merged.find(e.id) is None)
                plan = replace(merged, revision=max(theirs.revision, self.base.revision))
            plan = replace(plan, revision=max(plan.revision, self.base.revision) + 1,
                           path=self.path)
            text = plan_to_toml(plan, self.path)
            if plan_from_data(tomllib.loads(text), self.path) != plan:
                raise CalendarError("the plan does not survive saving", path=self.path,
                                    code="calendar.plan_roundtrip",
                                    hint="report this; the previous file was kept")
            data = text.encode("utf-8")
            save_file(self.path, data)
            self.base = plan
            self.fingerprint = _fingerprint(data, self.path)
        return SaveResult(plan, merged_count, conflicts)


def _stamp(base: ContentPlan, plan: ContentPlan, editor: str, moment: _dt.datetime
           ) -> ContentPlan:
    """Entries changed since ``base`` carry who changed them and when."""
    stamped = []
    for entry in plan.entries:
        before = base.find(entry.id)
        if before is None or before.content() != entry.content():
            entry = replace(entry, changed=moment, changed_by=editor)
        stamped.append(entry)
    return replace(plan, entries=tuple(stamped))
