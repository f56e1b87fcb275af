"""Official days off in Indonesia: national holidays and collective leave (cuti bersama).

Two sources, one answer per year:

- the ``holidays`` package (``country_holidays("ID")``): its ``public``
  category holds the national holidays (with Islamic, Chinese, Balinese Saka
  and Buddhist dates), its ``government`` category the collective-leave days
  of the years it knows. Dates it only computes are marked estimated;
- ``studio/data/libur-skb.toml``: the list of the year's joint decree of three
  ministers (SKB), typed in with its sources. For a year in this file, exactly
  its dates are used: the decree is the law, and the package may lag a year,
  estimate an Islamic date or mislabel a day.

Each day comes with a stable ``key`` (``idulfitri``, ``natal``) so greetings in
the commemorative-days file can follow a holiday wherever the decree puts it.
"""

from __future__ import annotations

import datetime as _dt
import functools
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from studio.errors import CalendarError

SKB_FILE = Path(__file__).resolve().parent.parent / "data" / "libur-skb.toml"
SKB_SCHEMA = 1
MAX_DATA_BYTES = 1024 * 1024

Kind = Literal["libur", "cuti"]  # national holiday, collective leave

# The package's English names (language en_US) -> our keys.
_PACKAGE_KEYS = {
    "New Year's Day": "tahun-baru",
    "Isra' and Mi'raj": "isra-mikraj",
    "Lunar New Year": "imlek",
    "Day of Silence": "nyepi",
    "Eid al-Fitr": "idulfitri",
    "Eid al-Fitr Second Day": "idulfitri",
    "Good Friday": "wafat-yesus",
    "Easter Sunday": "paskah",
    "International Labor Day": "hari-buruh",
    "Ascension Day": "kenaikan-yesus",
    "Ascension": "kenaikan-yesus",
    "Eid al-Adha": "iduladha",
    "Vesak Day": "waisak",
    "Vesak": "waisak",
    "Pancasila Day": "hari-lahir-pancasila",
    "Islamic New Year": "tahun-baru-islam",
    "Prophet's Birthday": "maulid",
    "Independence Day": "hut-ri",
    "Christmas Day": "natal",
    "Christmas": "natal",
}
# English names for the English UI, by key.
ENGLISH_NAMES = {
    "tahun-baru": "New Year's Day",
    "isra-mikraj": "Isra' and Mi'raj",
    "imlek": "Lunar New Year",
    "nyepi": "Day of Silence (Nyepi)",
    "idulfitri": "Eid al-Fitr",
    "wafat-yesus": "Good Friday",
    "paskah": "Easter Sunday",
    "hari-buruh": "International Labour Day",
    "kenaikan-yesus": "Ascension Day",
    "iduladha": "Eid al-Adha",
    "waisak": "Vesak Day",
    "hari-lahir-pancasila": "Pancasila Day",
    "tahun-baru-islam": "Islamic New Year",
    "hut-ri": "Independence Day",
    "maulid": "Prophet's Birthday",
    "natal": "Christmas Day",
}
_ESTIMATED = " (estimated)"
_JOINT = " Joint Holiday"


@dataclass(frozen=True)
class OfficialDay:
    """One day off: a national holiday (``libur``) or a collective-leave day (``cuti``)."""

    date: _dt.date
    key: str
    kind: Kind
    name: str  # Indonesian, as the decree writes it
    name_en: str
    estimated: bool = False  # computed, not yet decreed
    source: str = "skb"  # "skb" (the data file) or "package"

    @property
    def is_holiday(self) -> bool:
        return self.kind == "libur"


@dataclass(frozen=True)
class DecreeYear:
    """One year's SKB as typed into the data file."""

    year: int
    decree: str
    signed: _dt.date | None
    sources: tuple[str, ...]
    days: tuple[OfficialDay, ...]


def _read_toml(path: Path, what: str) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_DATA_BYTES:
            raise CalendarError(f"the {what} file is too large", path=path,
                                code="calendar.data_too_large")
        return tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        raise CalendarError(f"the {what} file is missing", path=path,
                            code="calendar.data_missing", hint="reinstall the app") from None
    except UnicodeDecodeError:
        raise CalendarError(f"the {what} file is not UTF-8 text", path=path,
                            code="calendar.data_invalid", hint="save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise CalendarError(f"the {what} file is not valid TOML: {exc}", path=path,
                            code="calendar.data_invalid",
                            hint="fix the syntax error at the line shown") from None
    except OSError as exc:
        raise CalendarError(f"cannot read the {what} file: {exc.strerror or exc}", path=path,
                            code="calendar.data_unreadable") from None


def _decree_days(entries: Any, kind: Kind, year: int, path: Path) -> list[OfficialDay]:
    if not isinstance(entries, list):
        raise CalendarError(f"year {year}: '{kind}' must be a list", path=path,
                            code="calendar.data_invalid")
    days = []
    for number, entry in enumerate(entries, start=1):
        where = f"year {year}, {kind} #{number}"
        if not isinstance(entry, dict):
            raise CalendarError(f"{where} must be a table", path=path, code="calendar.data_invalid")
        day, key, name = entry.get("tanggal"), entry.get("kunci"), entry.get("nama")
        if not isinstance(day, _dt.date) or isinstance(day, _dt.datetime) or day.year != year:
            raise CalendarError(f"{where}: tanggal must be a date in {year}", path=path,
                                code="calendar.data_invalid", hint="tanggal = 2027-03-10")
        if not isinstance(key, str) or not key or not isinstance(name, str) or not name:
            raise CalendarError(f"{where}: kunci and nama are required", path=path,
                                code="calendar.data_invalid")
        english = ENGLISH_NAMES.get(key, name)
        if kind == "cuti":
            english = f"Collective leave: {english}"
        days.append(OfficialDay(day, key, kind, name, english, False, "skb"))
    return days


def load_decrees(path: Path = SKB_FILE) -> dict[int, DecreeYear]:
    """The SKB data file, by year (validated: every error names the file and the entry)."""
    data = _read_toml(path, "holiday")
    schema = data.get("schema")
    if schema != SKB_SCHEMA:
        raise CalendarError(f"unsupported schema {schema!r}", path=path, code="calendar.schema",
                            hint=f"this version reads schema {SKB_SCHEMA}")
    years: dict[int, DecreeYear] = {}
    for table in data.get("tahun", []):
        year = table.get("tahun") if isinstance(table, dict) else None
        if not isinstance(year, int) or not 1900 < year < 2200:
            raise CalendarError("every [[tahun]] needs tahun = <year>", path=path,
                                code="calendar.data_invalid")
        if year in years:
            raise CalendarError(f"year {year} is listed twice", path=path,
                                code="calendar.data_invalid")
        days = _decree_days(table.get("libur", []), "libur", year, path) + \
            _decree_days(table.get("cuti", []), "cuti", year, path)
        seen: set[tuple[_dt.date, str]] = set()
        for day in days:
            if (day.date, day.kind) in seen:
                raise CalendarError(f"year {year}: {day.date} is listed twice as {day.kind}",
                                    path=path, code="calendar.data_invalid")
            seen.add((day.date, day.kind))
        signed = table.get("ditetapkan")
        sources = table.get("sumber", [])
        years[year] = DecreeYear(
            year=year, decree=str(table.get("skb", "")),
            signed=signed if isinstance(signed, _dt.date) else None,
            sources=tuple(str(s) for s in sources) if isinstance(sources, list) else (),
            days=tuple(sorted(days, key=lambda d: (d.date, d.kind))))
    return years


@functools.lru_cache(maxsize=64)
def package_days(year: int) -> tuple[OfficialDay, ...]:
    """What the ``holidays`` package says for ``year`` (public + government categories)."""
    import holidays

    categories = ("public", "government")
    indonesian = holidays.country_holidays("ID", years=year, categories=categories,
                                           language="id")
    english = holidays.country_holidays("ID", years=year, categories=categories,
                                        language="en_US")
    days = []
    for date in sorted(english):
        for name_en, name_id in zip(english.get_list(date), indonesian.get_list(date),
                                    strict=False):
            estimated = name_en.endswith(_ESTIMATED)
            name_en = name_en.removesuffix(_ESTIMATED)
            name_id = name_id.removesuffix(" (perkiraan)")
            kind: Kind = "cuti" if name_en.endswith(_JOINT) else "libur"
            base = name_en.removesuffix(_JOINT)
            key = _PACKAGE_KEYS.get(base, base.lower().replace(" ", "-").replace("'", ""))
            if kind == "cuti":
                name_en = f"Collective leave: {ENGLISH_NAMES.get(key, base)}"
            days.append(OfficialDay(date, key, kind, name_id, name_en, estimated, "package"))
    return tuple(days)


@functools.lru_cache(maxsize=4)
def _decrees_cached(path: Path) -> dict[int, DecreeYear]:
    return load_decrees(path)


def official_days(years: Iterable[int], skb_file: Path = SKB_FILE) -> tuple[OfficialDay, ...]:
    """National holidays and collective leave of ``years``, date order.

    A year in the SKB file is taken from it whole; any other year from the package.
    """
    decrees = _decrees_cached(Path(skb_file))
    days: list[OfficialDay] = []
    for year in sorted(set(years)):
        if year in decrees:
            days.extend(decrees[year].days)
        else:
            days.extend(package_days(year))
    return tuple(sorted(days, key=lambda d: (d.date, d.kind != "libur")))


def decreed_years(skb_file: Path = SKB_FILE) -> tuple[int, ...]:
    """The years whose list comes from a decree (not from the package's estimate)."""
    return tuple(sorted(_decrees_cached(Path(skb_file))))


def compare_with_package(year: int, skb_file: Path = SKB_FILE
                         ) -> tuple[tuple[OfficialDay, ...], tuple[OfficialDay, ...]]:
    """(in the decree but not the package, in the package but not the decree), by date+kind.

    The yearly update uses it to see what a new ``holidays`` release or a new
    decree changes.
    """
    decree = load_decrees(Path(skb_file))[year].days
    package = package_days(year)
    ours = {(d.date, d.kind) for d in decree}
    theirs = {(d.date, d.kind) for d in package}
    return (tuple(d for d in decree if (d.date, d.kind) not in theirs),
            tuple(d for d in package if (d.date, d.kind) not in ours))
