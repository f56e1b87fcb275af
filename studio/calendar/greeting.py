""""Buat ucapan": a greeting event made from a day of the calendar in one step.

The event is an ordinary event file (:mod:`studio.project`) with the Ucapan
template and its fields filled from the commemorative day: ``ucapan`` (the
suggested greeting), ``judul`` (the second line), ``tanggal`` (ISO date),
``deskripsi`` (the caption's message) and ``tagar``. It is saved beside the
plan — ``<plan folder>/kegiatan/`` — so the whole unit reaches it from the
shared folder; its exports go to ``<plan folder>/hasil/<name>``. An existing
event file is never replaced: the name gets a number. The plan gains (or
updates) the entry for that day, linked to the event, status ``dibuat``.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from studio.calendar.commemorations import DayGreeting
from studio.calendar.plan import ContentPlan, PlanEntry, later_status, new_entry_id
from studio.errors import CalendarError
from studio.export import safe_name
from studio.project import PROJECT_SUFFIX, Project, new_project, save_project

GREETING_TEMPLATE = "ucapan"
DEFAULT_PLATFORMS = ("instagram_portrait", "instagram_story", "x_post")
EVENTS_FOLDER = "kegiatan"
OUTPUT_FOLDER = "hasil"


@dataclass(frozen=True)
class GreetingEvent:
    project: Project  # saved; ``project.path`` is the event file
    plan: ContentPlan | None  # the plan with the linked entry (not saved yet)
    entry: PlanEntry | None


def greeting_fields(greeting: DayGreeting, organiser: str = "") -> dict[str, str]:
    """The Ucapan template's field values for ``greeting``."""
    fields = {"ucapan": greeting.greeting, "tanggal": greeting.date.isoformat()}
    for key, value in (("judul", greeting.theme), ("deskripsi", greeting.message),
                       ("tagar", greeting.hashtags), ("penyelenggara", organiser)):
        if value:
            fields[key] = value
    return fields


def free_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``stem-2``, ``stem-3``... when taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def create_greeting_event(greeting: DayGreeting, *, folder: Path,
                          output_dir: Path | None = None,
                          platforms: Iterable[str] = DEFAULT_PLATFORMS,
                          template: str = GREETING_TEMPLATE, organiser: str = "",
                          extra_fields: Mapping[str, str] | None = None) -> Project:
    """Write a new event file for ``greeting`` in ``folder`` and return it (saved)."""
    name = f"{greeting.name} {greeting.date.year}"
    stem = safe_name(f"{greeting.date.isoformat()} {greeting.name}", "ucapan")
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CalendarError(f"cannot create the events folder: {exc.strerror or exc}",
                            path=folder, code="calendar.folder",
                            hint="check that the folder is writable") from None
    target = free_path(Path(folder), stem, PROJECT_SUFFIX)
    output = output_dir if output_dir is not None else \
        Path(folder).parent / OUTPUT_FOLDER / target.name.removesuffix(PROJECT_SUFFIX)
    fields = {**greeting_fields(greeting, organiser), **(extra_fields or {})}
    project = new_project(name, template, output, platforms=platforms, fields=fields)
    # The name was free a moment ago (free_path); two PICs making the same day's event
    # in the same second is the only way to collide.
    return save_project(project, target)


def make_greeting(greeting: DayGreeting, plan: ContentPlan | None = None, *,
                  folder: Path | None = None, **options) -> GreetingEvent:
    """The greeting event for ``greeting`` and, with a plan, the plan entry linked to it.

    ``folder`` defaults to ``<plan folder>/kegiatan``; without a plan it is required.
    An entry already planned for this day (same date and day id, not yet linked to an
    event) is reused, so planning first and making later stays one line in the plan.
    """
    if folder is None:
        if plan is None or plan.path is None:
            raise CalendarError("choose a folder for the event file", code="calendar.folder")
        folder = plan.path.parent / EVENTS_FOLDER
    project = create_greeting_event(greeting, folder=Path(folder), **options)
    if plan is None:
        return GreetingEvent(project, None, None)
    existing = next((e for e in plan.on(greeting.date)
                     if e.day == greeting.id and (e.event is None or not e.event.is_file())),
                    None)
    if existing is not None:
        entry = existing.with_event(project.path).with_status(
            later_status(existing.status, "dibuat"))
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
