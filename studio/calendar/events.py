"""Event files made from the calendar: "Buat ucapan" and "Buat kegiatan" share this.

A post planned in the calendar becomes an ordinary event file
(:mod:`studio.project`) with its template and the fields the calendar knows —
``judul`` (the post's title), ``tanggal`` (ISO date), ``waktu`` (HH:MM, when
planned with a time) and ``zona`` (the plan's zone). The file is saved beside
the plan, in ``<plan folder>/kegiatan/``, so the whole unit reaches it from the
shared folder; its exports go to ``<plan folder>/hasil/<name>``. An existing
event file is never replaced: the name gets a number. The plan entry is then
linked to the file and moves on to ``dibuat`` (never back).

:mod:`studio.calendar.greeting` builds "Buat ucapan" on the same functions,
with the greeting's fields.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from studio.calendar.plan import ContentPlan, PlanEntry, later_status
from studio.errors import CalendarError
from studio.naming import safe_name
from studio.project import PROJECT_SUFFIX, Project, new_project, save_project

DEFAULT_PLATFORMS = ("instagram_portrait", "instagram_story", "x_post")
EVENTS_FOLDER = "kegiatan"
OUTPUT_FOLDER = "hasil"


@dataclass(frozen=True)
class MadeEvent:
    project: Project  # saved; ``project.path`` is the event file
    plan: ContentPlan | None  # the plan with the linked entry (not saved yet)
    entry: PlanEntry | None


def free_path(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``stem-2``, ``stem-3``... when taken."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def events_folder(plan: ContentPlan | None, folder: Path | None = None) -> Path:
    """Where an event made from the calendar is saved: ``folder``, else beside the plan."""
    if folder is not None:
        return Path(folder)
    if plan is None or plan.path is None:
        raise CalendarError("choose a folder for the event file", code="calendar.folder")
    return plan.path.parent / EVENTS_FOLDER


def create_event_file(name: str, day: _dt.date, template: str, fields: Mapping[str, str], *,
                      folder: Path, output_dir: Path | None = None,
                      platforms: Iterable[str] = DEFAULT_PLATFORMS,
                      fallback: str = "kegiatan", stem_name: str | None = None) -> Project:
    """Write a new event file ``<date> <name>.kegiatan.toml`` in ``folder`` (saved, returned).

    ``stem_name`` names the file when it should differ from the event's name.
    """
    stem = safe_name(f"{day.isoformat()} {stem_name or name}", fallback)
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CalendarError(f"cannot create the events folder: {exc.strerror or exc}",
                            path=folder, code="calendar.folder",
                            hint="check that the folder is writable") from None
    target = free_path(Path(folder), stem, PROJECT_SUFFIX)
    output = output_dir if output_dir is not None else \
        Path(folder).parent / OUTPUT_FOLDER / target.name.removesuffix(PROJECT_SUFFIX)
    project = new_project(name, template, output, platforms=platforms, fields=dict(fields))
    # The name was free a moment ago (free_path); two PICs making the same post's event
    # in the same second is the only way to collide.
    return save_project(project, target)


def entry_fields(entry: PlanEntry, zone: str) -> dict[str, str]:
    """The event-form values a planned post already knows."""
    fields = {"judul": entry.title, "tanggal": entry.date.isoformat(), "zona": zone}
    if entry.time is not None:
        fields["waktu"] = entry.time.strftime("%H:%M")
    return fields


def link_entry(entry: PlanEntry, event: Path | None) -> PlanEntry:
    """``entry`` linked to its new event file, its status at least ``dibuat``."""
    return entry.with_event(event).with_status(later_status(entry.status, "dibuat"))


def make_entry_event(plan: ContentPlan, entry_id: str, *, folder: Path | None = None,
                     base_fields: Mapping[str, str] | None = None,
                     platforms: Iterable[str] = DEFAULT_PLATFORMS) -> MadeEvent:
    """"Buat kegiatan": the event file for a planned post, and the plan with it linked.

    ``base_fields`` go under the post's own (a greeting's ``ucapan`` and ``tagar``
    for a post planned on a commemorative day). A post that already has an event
    file is refused (ValueError): its event is opened, not made twice.
    """
    entry = plan.entry(entry_id)
    if entry.event is not None:
        # The calendar offers "Buat kegiatan" only on posts without one; never make two.
        raise ValueError(f"planned post {entry.id!r} already has an event file")
    fields = {**(base_fields or {}), **entry_fields(entry, plan.zone)}
    project = create_event_file(entry.title, entry.date, entry.template, fields,
                                folder=events_folder(plan, folder), platforms=platforms)
    linked = link_entry(entry, project.path)
    return MadeEvent(project, plan.with_entry(linked), linked)
