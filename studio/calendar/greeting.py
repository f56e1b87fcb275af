""""Buat ucapan": a greeting event made from a day of the calendar in one step.

The event is an ordinary event file (:mod:`studio.project`) with the Ucapan
template and its fields filled from the commemorative day: ``ucapan`` (the
suggested greeting), ``judul`` (the second line), ``tanggal`` (ISO date),
``deskripsi`` (the caption's message) and ``tagar``. Like every event the
calendar makes (:mod:`studio.calendar.events`) it is saved beside the plan —
``<plan folder>/kegiatan/`` — so the whole unit reaches it from the shared
folder; its exports go to ``<plan folder>/hasil/<name>``. An existing event
file is never replaced: the name gets a number. The plan gains (or updates)
the entry for that day, linked to the event, status ``dibuat``.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from studio.calendar.commemorations import DayGreeting
from studio.calendar.events import (
    DEFAULT_PLATFORMS,
    EVENTS_FOLDER,
    OUTPUT_FOLDER,
    MadeEvent,
    create_event_file,
    events_folder,
    free_path,
    link_entry,
)
from studio.calendar.plan import ContentPlan, PlanEntry, new_entry_id
from studio.project import Project

GREETING_TEMPLATE = "ucapan"
# What "Buat ucapan" returns: the event, the plan with its entry, the entry.
GreetingEvent = MadeEvent

__all__ = [
    "DEFAULT_PLATFORMS",
    "EVENTS_FOLDER",
    "GREETING_TEMPLATE",
    "OUTPUT_FOLDER",
    "GreetingEvent",
    "create_greeting_event",
    "event_exists",
    "free_path",
    "greeting_fields",
    "make_greeting",
    "planned_entry",
]


def greeting_fields(greeting: DayGreeting, organiser: str = "") -> dict[str, str]:
    """The Ucapan template's field values for ``greeting``."""
    fields = {"ucapan": greeting.greeting, "tanggal": greeting.date.isoformat()}
    for key, value in (("judul", greeting.theme), ("deskripsi", greeting.message),
                       ("tagar", greeting.hashtags), ("penyelenggara", organiser)):
        if value:
            fields[key] = value
    return fields


def create_greeting_event(greeting: DayGreeting, *, folder: Path,
                          output_dir: Path | None = None,
                          platforms: Iterable[str] = DEFAULT_PLATFORMS,
                          template: str = GREETING_TEMPLATE, organiser: str = "",
                          extra_fields: Mapping[str, str] | None = None) -> Project:
    """Write a new event file for ``greeting`` in ``folder`` and return it (saved)."""
    fields = {**greeting_fields(greeting, organiser), **(extra_fields or {})}
    return create_event_file(f"{greeting.name} {greeting.date.year}", greeting.date, template,
                             fields, folder=folder, output_dir=output_dir,
                             platforms=platforms, fallback="ucapan",
                             stem_name=greeting.name)


def make_greeting(greeting: DayGreeting, plan: ContentPlan | None = None, *,
                  folder: Path | None = None, **options) -> GreetingEvent:
    """The greeting event for ``greeting`` and, with a plan, the plan entry linked to it.

    ``folder`` defaults to ``<plan folder>/kegiatan``; without a plan it is required.
    An entry already planned for this day (same date and day id, not yet linked to an
    event) is reused, so planning first and making later stays one line in the plan.
    """
    folder = events_folder(plan, folder)
    project = create_greeting_event(greeting, folder=Path(folder), **options)
    if plan is None:
        return GreetingEvent(project, None, None)
    existing = next((e for e in plan.on(greeting.date)
                     if e.day == greeting.id and (e.event is None or not e.event.is_file())),
                    None)
    if existing is not None:
        entry = link_entry(existing, project.path)
    else:
        entry = PlanEntry(id=new_entry_id(greeting.date), date=greeting.date,
                          title=greeting.name, template=project.template, status="dibuat",
                          event=project.path, day=greeting.id)
    return GreetingEvent(project, plan.with_entry(entry), entry)


def planned_entry(greeting: DayGreeting, time: _dt.time | None = None) -> PlanEntry:
    """A plan entry for ``greeting`` (status ``rencana``), before anything is made."""
    return PlanEntry(id=new_entry_id(greeting.date), date=greeting.date, title=greeting.name,
                     template=GREETING_TEMPLATE, time=time, day=greeting.id)


def event_exists(entry: PlanEntry) -> bool:
    return entry.event is not None and os.path.isfile(entry.event)
