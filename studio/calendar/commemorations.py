"""Commemorative days and the greetings suggested for them, from a data file designers edit.

``studio/data/hari-peringatan.toml`` (schema 1) lists days the city marks: a
fixed date each year (``tanggal = "11-25"``) or a national holiday whose date
the decree sets (``libur = "idulfitri"``), each with a suggested greeting
(``ucapan``), a second line (``judul``), a caption message (``deskripsi``) and
hashtags. ``{tahun}``, ``{tahun_depan}`` and ``{ke}`` (years since ``sejak``)
are filled in per year.

Layers, later over earlier, entries matched by ``id``: the built-in file, the
user's copy (``<user data>/kalender/hari-peringatan.toml``) and one beside the
unit's plan file in the shared folder; ``aktif = false`` hides an entry.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.calendar.official import OfficialDay, _read_toml
from studio.errors import CalendarError
from studio.paths import user_data_dir

BUILTIN_FILE = Path(__file__).resolve().parent.parent / "data" / "hari-peringatan.toml"
FILE_NAME = "hari-peringatan.toml"
SCHEMA = 1
KINDS = ("kota", "provinsi", "nasional", "internasional", "keagamaan")
MAX_ENTRIES = 500
# The Ucapan template's limits for the fields a greeting fills.
MAX_GREETING = 80  # the big display text of Ucapan (its field takes at most 80)
MAX_THEME = 150
MAX_MESSAGE = 1500
MAX_TAGS = 120
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_ALLOWED = {"tahun", "tahun_depan", "ke"}
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_KEYS = {"id", "nama", "tanggal", "libur", "jenis", "sejak", "ucapan", "judul", "deskripsi",
         "tagar", "aktif"}


@dataclass(frozen=True)
class Commemoration:
    """One entry of the data file (not yet placed in a year)."""

    id: str
    name: str
    kind: str
    greeting: str
    theme: str = ""
    message: str = ""
    hashtags: str = ""
    month_day: tuple[int, int] | None = None  # fixed date, or
    holiday: str | None = None  # the key of the national holiday it follows
    since: int | None = None
    active: bool = True
    source: Path | None = None

    def ordinal(self, year: int) -> int | None:
        return year - self.since if self.since is not None else None

    def fill(self, text: str, year: int) -> str:
        ordinal = self.ordinal(year)
        values = {"tahun": str(year), "tahun_depan": str(year + 1),
                  "ke": str(ordinal) if ordinal is not None else ""}
        return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


@dataclass(frozen=True)
class DayGreeting:
    """A commemorative day placed on its date in one year, texts filled in."""

    id: str
    date: _dt.date
    name: str
    kind: str
    greeting: str
    theme: str
    message: str
    hashtags: str
    holiday: OfficialDay | None = None  # when it follows a national holiday


def _text(entry: dict[str, Any], key: str, where: str, path: Path, limit: int,
          required: bool = False) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str) or (required and not value.strip()):
        raise CalendarError(f"{where}: '{key}' must be text" + (" (required)" if required else ""),
                            path=path, code="calendar.data_invalid")
    for name in _PLACEHOLDER.findall(value):
        if name not in _ALLOWED:
            raise CalendarError(f"{where}: unknown placeholder {{{name}}} in '{key}'", path=path,
                                code="calendar.data_invalid",
                                hint="use {tahun}, {tahun_depan} or {ke}")
    # Checked with the longest filled-in values (four-digit years, three-digit ordinals).
    longest = value.replace("{tahun_depan}", "0000").replace("{tahun}", "0000") \
        .replace("{ke}", "000")
    if len(longest) > limit:
        raise CalendarError(f"{where}: '{key}' is longer than {limit} characters", path=path,
                            code="calendar.data_invalid", hint="shorten the text")
    return value.strip()


def _entry(entry: Any, number: int, path: Path) -> Commemoration:
    where = f"[[hari]] #{number}"
    if not isinstance(entry, dict):
        raise CalendarError(f"{where} must be a table", path=path, code="calendar.data_invalid")
    ident = entry.get("id")
    if not isinstance(ident, str) or not _ID.match(ident):
        raise CalendarError(f"{where}: id must be lower-case letters, digits and '-'", path=path,
                            code="calendar.data_invalid", hint='id = "hari-guru-nasional"')
    where = f"[[hari]] '{ident}'"
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise CalendarError(f"{where}: unknown key(s) {', '.join(unknown)}", path=path,
                            code="calendar.data_invalid",
                            hint=f"allowed: {', '.join(sorted(_KEYS))}")
    active = entry.get("aktif", True)
    if not isinstance(active, bool):
        raise CalendarError(f"{where}: aktif must be true or false", path=path,
                            code="calendar.data_invalid")
    if not active and set(entry) <= {"id", "aktif"}:
        # A bare switch-off of an entry from an earlier layer.
        return Commemoration(ident, ident, "nasional", "", active=False, source=path)
    fixed, holiday = entry.get("tanggal"), entry.get("libur")
    month_day = None
    if (fixed is None) == (holiday is None):
        raise CalendarError(f"{where}: give either tanggal = \"MM-DD\" or libur = \"<key>\"",
                            path=path, code="calendar.data_invalid")
    if fixed is not None:
        match = re.fullmatch(r"(\d{2})-(\d{2})", fixed) if isinstance(fixed, str) else None
        try:
            month_day = (int(match.group(1)), int(match.group(2))) if match else None
            if month_day is not None:
                _dt.date(2024, *month_day)  # a leap year accepts 02-29
        except ValueError:
            month_day = None
        if month_day is None:
            raise CalendarError(f"{where}: tanggal must be \"MM-DD\", e.g. \"11-25\"", path=path,
                                code="calendar.data_invalid")
    elif not isinstance(holiday, str) or not holiday:
        raise CalendarError(f"{where}: libur must be a holiday key", path=path,
                            code="calendar.data_invalid")
    kind = entry.get("jenis", "nasional")
    if kind not in KINDS:
        raise CalendarError(f"{where}: jenis must be one of {', '.join(KINDS)}", path=path,
                            code="calendar.data_invalid")
    since = entry.get("sejak")
    if since is not None and (not isinstance(since, int) or isinstance(since, bool)
                              or not 1000 <= since <= 2200):
        raise CalendarError(f"{where}: sejak must be a year", path=path,
                            code="calendar.data_invalid")
    greeting = _text(entry, "ucapan", where, path, MAX_GREETING, required=True)
    if "{ke}" in greeting and since is None:
        raise CalendarError(f"{where}: {{ke}} needs sejak = <first year>", path=path,
                            code="calendar.data_invalid")
    return Commemoration(
        id=ident,
        name=_text(entry, "nama", where, path, 120, required=True),
        kind=kind, greeting=greeting,
        theme=_text(entry, "judul", where, path, MAX_THEME),
        message=_text(entry, "deskripsi", where, path, MAX_MESSAGE),
        hashtags=_text(entry, "tagar", where, path, MAX_TAGS),
        month_day=month_day, holiday=holiday if fixed is None else None,
        since=since, active=active, source=path)


def read_commemorations(path: Path) -> tuple[Commemoration, ...]:
    """One data file's entries (validated)."""
    data = _read_toml(Path(path), "commemorative days")
    schema = data.get("schema")
    if schema != SCHEMA:
        raise CalendarError(f"unsupported schema {schema!r}", path=path, code="calendar.schema",
                            hint=f"this version reads schema {SCHEMA}")
    entries = data.get("hari", [])
    if not isinstance(entries, list) or len(entries) > MAX_ENTRIES:
        raise CalendarError(f"[[hari]] must be a list of at most {MAX_ENTRIES} entries",
                            path=path, code="calendar.data_invalid")
    result = [_entry(e, n, Path(path)) for n, e in enumerate(entries, start=1)]
    ids = [c.id for c in result]
    doubles = sorted({i for i in ids if ids.count(i) > 1})
    if doubles:
        raise CalendarError(f"id listed twice: {', '.join(doubles)}", path=path,
                            code="calendar.data_invalid")
    return tuple(result)


def layer_files(plan_file: Path | None = None) -> list[Path]:
    """The data files that apply, built-in first: user copy, then the plan's folder."""
    files = [BUILTIN_FILE, user_data_dir() / "kalender" / FILE_NAME]
    if plan_file is not None:
        files.append(Path(plan_file).parent / FILE_NAME)
    return files


def load_commemorations(files: Iterable[Path] | None = None, *, plan_file: Path | None = None
                        ) -> tuple[Commemoration, ...]:
    """Every active entry, later files replacing earlier ones with the same id."""
    chosen: dict[str, Commemoration] = {}
    for number, path in enumerate(files if files is not None else layer_files(plan_file)):
        if number > 0 and not Path(path).is_file():
            continue  # only the built-in file must exist
        for entry in read_commemorations(Path(path)):
            chosen[entry.id] = entry
    return tuple(c for c in chosen.values() if c.active)


def place(commemorations: Iterable[Commemoration], years: Iterable[int],
          official: Iterable[OfficialDay]) -> tuple[DayGreeting, ...]:
    """Each commemoration on its date(s) in ``years``.

    One that follows a holiday lands on the first day of each run of that
    holiday (Idulfitri's second day gets no second greeting; a year with two
    Isra Mikraj gets two).
    """
    holidays = sorted((d for d in official if d.kind == "libur"), key=lambda d: d.date)
    by_key: dict[str, list[OfficialDay]] = {}
    for day in holidays:
        by_key.setdefault(day.key, []).append(day)
    firsts: dict[str, list[OfficialDay]] = {}
    for key, days in by_key.items():
        firsts[key] = [d for i, d in enumerate(days)
                       if i == 0 or (d.date - days[i - 1].date).days > 1]
    years = sorted(set(years))
    placed: list[DayGreeting] = []
    for entry in commemorations:
        dates: list[tuple[_dt.date, OfficialDay | None]] = []
        if entry.month_day is not None:
            for year in years:
                try:
                    dates.append((_dt.date(year, *entry.month_day), None))
                except ValueError:  # 29 February in a common year
                    continue
        else:
            dates = [(d.date, d) for d in firsts.get(entry.holiday or "", [])
                     if d.date.year in years]
        for date, holiday in dates:
            year = date.year
            placed.append(DayGreeting(
                id=entry.id, date=date, name=entry.name, kind=entry.kind,
                greeting=entry.fill(entry.greeting, year), theme=entry.fill(entry.theme, year),
                message=entry.fill(entry.message, year),
                hashtags=entry.fill(entry.hashtags, year), holiday=holiday))
    return tuple(sorted(placed, key=lambda g: (g.date, g.name)))
