"""The calendar's days: official days off, commemorative days and planned posts, together.

:func:`agenda` lays everything on each date of a range (what the month and
week views, the command line and the exports show); :func:`reminders` picks
what is due in the next days and not yet made — as data: the GUI and the CLI
word it ("3 hari lagi: Hari Guru Nasional — belum dibuat").
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from studio.calendar.commemorations import (
    Commemoration,
    DayGreeting,
    load_commemorations,
    place,
)
from studio.calendar.official import SKB_FILE, OfficialDay, official_days
from studio.calendar.plan import ContentPlan, PlanEntry, Status, later_status
from studio.errors import CalendarError

MAX_RANGE_DAYS = 1200
DEFAULT_HORIZON = 7


@dataclass(frozen=True)
class AgendaDay:
    date: _dt.date
    official: tuple[OfficialDay, ...] = ()
    greetings: tuple[DayGreeting, ...] = ()
    entries: tuple[PlanEntry, ...] = ()

    @property
    def is_holiday(self) -> bool:
        return any(d.kind == "libur" for d in self.official)

    @property
    def is_leave(self) -> bool:
        return any(d.kind == "cuti" for d in self.official)

    @property
    def is_weekend(self) -> bool:
        return self.date.weekday() >= 5

    @property
    def is_empty(self) -> bool:
        return not (self.official or self.greetings or self.entries)

    def greeting(self, day_id: str | None = None) -> DayGreeting | None:
        """The day's greeting (``day_id`` picks one when a date has several)."""
        for greeting in self.greetings:
            if day_id is None or greeting.id == day_id:
                return greeting
        return None


def check_range(start: _dt.date, end: _dt.date) -> None:
    if end < start:
        raise CalendarError("the end date is before the start date", code="calendar.range",
                            hint="--sampai must not be before --dari")
    if (end - start).days > MAX_RANGE_DAYS:
        raise CalendarError(f"the range is longer than {MAX_RANGE_DAYS} days",
                            code="calendar.range", hint="choose a shorter range")


def agenda(start: _dt.date, end: _dt.date, plan: ContentPlan | None = None,
           commemorations: Iterable[Commemoration] | None = None, *,
           skb_file: Path = SKB_FILE) -> tuple[AgendaDay, ...]:
    """Every day from ``start`` to ``end`` (inclusive) with what falls on it."""
    check_range(start, end)
    years = range(start.year, end.year + 1)
    official = official_days(years, skb_file)
    entries = commemorations if commemorations is not None else load_commemorations(
        plan_file=plan.path if plan is not None else None)
    greetings = place(entries, years, official)
    by_date: dict[_dt.date, list] = {}
    for item in official:
        by_date.setdefault(item.date, [[], [], []])[0].append(item)
    for greeting in greetings:
        by_date.setdefault(greeting.date, [[], [], []])[1].append(greeting)
    for entry in (plan.between(start, end) if plan is not None else ()):
        by_date.setdefault(entry.date, [[], [], []])[2].append(entry)
    days = []
    day = start
    while day <= end:
        official_, greetings_, entries_ = by_date.get(day, [[], [], []])
        days.append(AgendaDay(day, tuple(official_), tuple(greetings_), tuple(entries_)))
        day += _dt.timedelta(days=1)
    return tuple(days)


ReminderKind = Literal["planned", "unplanned"]


@dataclass(frozen=True)
class Reminder:
    """Something due within the horizon and not yet made.

    ``planned``: a planned post still at ``rencana``; ``unplanned``: a
    commemorative day with a suggested greeting and no post planned for it.
    """

    date: _dt.date
    days_left: int
    title: str
    kind: ReminderKind
    entry_id: str = ""
    day_id: str = ""

    @property
    def status(self) -> Status:
        return "rencana"


def reminders(days: Iterable[AgendaDay], today: _dt.date, horizon: int = DEFAULT_HORIZON,
              detected: Mapping[str, Status] | None = None) -> tuple[Reminder, ...]:
    """What is due from ``today`` to ``today + horizon`` days and not yet made.

    ``detected``: statuses found from the files (:func:`~studio.calendar.status.detect_statuses`),
    so a post whose event file exists is not reported even before the plan is saved.
    """
    detected = detected or {}
    last = today + _dt.timedelta(days=horizon)
    found: list[Reminder] = []
    for day in days:
        if not today <= day.date <= last:
            continue
        left = (day.date - today).days
        covered = set()
        for entry in day.entries:
            covered.add(entry.day)
            status = later_status(entry.status, detected.get(entry.id, "rencana"))
            if status == "rencana":
                found.append(Reminder(day.date, left, entry.title, "planned", entry_id=entry.id,
                                      day_id=entry.day))
        for greeting in day.greetings:
            if greeting.id not in covered:
                found.append(Reminder(day.date, left, greeting.name, "unplanned",
                                      day_id=greeting.id))
    return tuple(sorted(found, key=lambda r: (r.date, r.kind != "planned", r.title)))


def reminder_text(reminder: Reminder) -> str:
    """The Indonesian line the CLI prints: "3 hari lagi: Hari Guru Nasional — belum dibuat"."""
    if reminder.days_left == 0:
        when = "Hari ini"
    elif reminder.days_left == 1:
        when = "Besok"
    else:
        when = f"{reminder.days_left} hari lagi"
    return f"{when}: {reminder.title} — belum dibuat"
