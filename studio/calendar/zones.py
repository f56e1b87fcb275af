"""Indonesia's three time zones and how calendar dates are written with them.

Cimahi is in WIB. A content plan carries one zone (a unit in Makassar plans in
WITA); "today", the reminders and the times of planned posts are all read in
that zone, never in the laptop's own zone, so a PIC travelling with a laptop
set to another zone still sees the right day. Every date the calendar shows
names its zone: "Rabu, 25 November 2026 (WIB)", "Rabu, 25 November 2026,
07.00 WIB" (the house style's dot in times).
"""

from __future__ import annotations

import datetime as _dt
import re
from zoneinfo import ZoneInfo

from babel.dates import format_date

from studio.errors import CalendarError

DEFAULT_ZONE = "WIB"
# Name -> IANA zone. Indonesia keeps no daylight saving time.
ZONES: dict[str, str] = {
    "WIB": "Asia/Jakarta",
    "WITA": "Asia/Makassar",
    "WIT": "Asia/Jayapura",
}
UTC_OFFSETS = {"WIB": 7, "WITA": 8, "WIT": 9}
LONG_DATE = "EEEE, d MMMM y"


def check_zone(name: str) -> str:
    """``name`` upper-cased when it is WIB, WITA or WIT; otherwise a CalendarError."""
    zone = str(name or "").strip().upper()
    if zone not in ZONES:
        raise CalendarError(f"unknown time zone {name!r}", code="calendar.zone",
                            hint="use WIB, WITA or WIT", zone=str(name))
    return zone


def tzinfo(zone: str) -> ZoneInfo:
    return ZoneInfo(ZONES[check_zone(zone)])


def today_in(zone: str = DEFAULT_ZONE, now: _dt.datetime | None = None) -> _dt.date:
    """Today's date in ``zone`` (``now`` for tests: any aware datetime)."""
    moment = now if now is not None else _dt.datetime.now(_dt.UTC)
    if moment.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return moment.astimezone(tzinfo(zone)).date()


def format_day(day: _dt.date, zone: str = DEFAULT_ZONE, locale: str = "id") -> str:
    """"Rabu, 25 November 2026 (WIB)"."""
    return f"{format_date(day, LONG_DATE, locale=locale)} ({check_zone(zone)})"


def format_time(time: _dt.time, zone: str = DEFAULT_ZONE, locale: str = "id") -> str:
    """"07.00 WIB" (a dot, as Indonesian writes times); "07:00 WIB" in English."""
    return f"{time.strftime('%H:%M' if locale == 'en' else '%H.%M')} {check_zone(zone)}"


def format_when(day: _dt.date, time: _dt.time | None, zone: str = DEFAULT_ZONE,
                locale: str = "id") -> str:
    """"Rabu, 25 November 2026, 07.00 WIB" or, without a time, the day with its zone."""
    if time is None:
        return format_day(day, zone, locale)
    return f"{format_date(day, LONG_DATE, locale=locale)}, {format_time(time, zone, locale)}"


_CLOCK = re.compile(r"^(\d{1,2})(?:[.:](\d{2}))?$")
_CLOCK_DIGITS = re.compile(r"^(\d{1,2})(\d{2})$")
_CLOCK_ZONE = re.compile(r"^(.*?)\s*(WITA|WIB|WIT)$", re.IGNORECASE)


def parse_clock(text: str, zone: str | None = None) -> _dt.time | None:
    """A time as PICs type it: "19.30", "19:30", "1930", "9.30", "930" or "19".

    An empty text is no time (``None``). A zone after it ("19.30 WIB") is
    allowed when it is ``zone``; another zone is refused rather than silently
    dropped, since the plan reads every time in its own zone. Anything else
    raises ValueError.
    """
    value = " ".join(str(text or "").split())
    if not value:
        return None
    with_zone = _CLOCK_ZONE.match(value)
    if with_zone is not None and (zone is None
                                  or with_zone.group(2).upper() != check_zone(zone)):
        raise ValueError(f"{value!r}: times are read in the plan's zone ({zone})")
    clock = with_zone.group(1) if with_zone is not None else value
    match = _CLOCK.match(clock) or _CLOCK_DIGITS.match(clock)
    if match is not None:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return _dt.time(hour, minute)
    raise ValueError(f"{value!r} is not a time; write it as 19.30")


def localise(day: _dt.date, time: _dt.time, zone: str) -> _dt.datetime:
    """The aware moment of ``time`` on ``day`` in ``zone``."""
    return _dt.datetime.combine(day, time, tzinfo(zone))
