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


def format_time(time: _dt.time, zone: str = DEFAULT_ZONE) -> str:
    """"07.00 WIB" (a dot, as Indonesian writes times)."""
    return f"{time.strftime('%H.%M')} {check_zone(zone)}"


def format_when(day: _dt.date, time: _dt.time | None, zone: str = DEFAULT_ZONE,
                locale: str = "id") -> str:
    """"Rabu, 25 November 2026, 07.00 WIB" or, without a time, the day with its zone."""
    if time is None:
        return format_day(day, zone, locale)
    return f"{format_date(day, LONG_DATE, locale=locale)}, {format_time(time, zone)}"


def localise(day: _dt.date, time: _dt.time, zone: str) -> _dt.datetime:
    """The aware moment of ``time`` on ``day`` in ``zone``."""
    return _dt.datetime.combine(day, time, tzinfo(zone))
