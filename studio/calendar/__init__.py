"""The content calendar ("kalender konten"): plan posts around events and the days the city marks.

Qt-free, like the rest of the core:

- ``official``: national holidays and collective leave (the ``holidays`` package
  with the yearly SKB list in ``studio/data/libur-skb.toml`` laid over it);
- ``commemorations``: commemorative days and suggested greetings from
  ``studio/data/hari-peringatan.toml`` (designers edit it; layered copies);
- ``plan``: the unit's plan file, saved safely by several PICs at once;
- ``status``: made/exported found from event files and export manifests;
- ``agenda``: everything on each day of a range, and the reminders;
- ``events``: event files made from the calendar — "Buat kegiatan" for a
  planned post (its template, date, time and title filled in), linked in the plan;
- ``greeting``: "Buat ucapan" — a Ucapan event made from a day (on ``events``);
- ``exports``: ``.ics`` and ``.xlsx``;
- ``zones``: WIB, WITA and WIT on every date shown; times as PICs type them.

The package's names below are imported from their modules when first used (PEP 562),
so importing one light module (``zones`` for the start screen's reminders) does not
load the plan, the holidays and the exports with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.lazy import lazy_names

if TYPE_CHECKING:
    from studio.calendar.agenda import AgendaDay, Reminder, agenda, reminder_text, reminders
    from studio.calendar.commemorations import (
        Commemoration,
        DayGreeting,
        load_commemorations,
    )
    from studio.calendar.official import OfficialDay, official_days
    from studio.calendar.plan import (
        PLAN_SUFFIX,
        STATUSES,
        ContentPlan,
        PlanConflict,
        PlanEntry,
        PlanFile,
        load_plan,
    )

# name -> the module of this package that defines it
_HOME = {
    "AgendaDay": "agenda", "Reminder": "agenda", "agenda": "agenda",
    "reminder_text": "agenda", "reminders": "agenda",
    "Commemoration": "commemorations", "DayGreeting": "commemorations",
    "load_commemorations": "commemorations",
    "OfficialDay": "official", "official_days": "official",
    "PLAN_SUFFIX": "plan", "STATUSES": "plan", "ContentPlan": "plan", "PlanConflict": "plan",
    "PlanEntry": "plan", "PlanFile": "plan", "load_plan": "plan",
}


__getattr__ = lazy_names(__name__, _HOME, globals())


__all__ = [
    "PLAN_SUFFIX",
    "STATUSES",
    "AgendaDay",
    "Commemoration",
    "ContentPlan",
    "DayGreeting",
    "OfficialDay",
    "PlanConflict",
    "PlanEntry",
    "PlanFile",
    "Reminder",
    "agenda",
    "load_commemorations",
    "load_plan",
    "official_days",
    "reminder_text",
    "reminders",
]
