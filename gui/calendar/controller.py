"""The calendar screen's state: the plan file, the days on show, file access off the UI thread.

:class:`CalendarController` holds what the views draw — the days of the
visible range (:class:`~studio.calendar.agenda.AgendaDay`) and the statuses
found from event files — and runs every read and write of the plan, the data
files and the event files as an operation (:mod:`gui.operations`, pool
``calendar``): a plan in a shared folder on a slow network never freezes the
window. Each edit — a post added, changed or removed, a status, an event
made for a post — is saved at once through the same merging save; a save that
meets another PIC's change to the same post is reported as ``conflicted`` and
repeated with the PIC's choice.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from gui import operations
from gui.calendar import POOL
from studio.calendar.agenda import DEFAULT_HORIZON, AgendaDay, Reminder, agenda, reminders
from studio.calendar.commemorations import DayGreeting, load_commemorations
from studio.calendar.events import MadeEvent, make_entry_event
from studio.calendar.greeting import make_greeting
from studio.calendar.plan import ContentPlan, PlanConflict, PlanEntry, PlanFile, Status
from studio.calendar.status import detect_statuses, effective_status
from studio.calendar.zones import DEFAULT_ZONE, today_in
from studio.errors import StudioError


@dataclass(frozen=True)
class CalendarData:
    store: PlanFile | None
    start: _dt.date
    end: _dt.date
    days: tuple[AgendaDay, ...]
    detected: dict[str, Status]


def load_calendar(plan_path: Path | None, start: _dt.date, end: _dt.date, *, progress,
                  cancel) -> CalendarData:
    """Open the plan (if any), lay the range out and look at the event files."""
    store = PlanFile.open(plan_path) if plan_path is not None else None
    plan = store.plan if store is not None else None
    cancel.raise_if_cancelled()
    commemorations = load_commemorations(plan_file=plan_path)
    days = agenda(start, end, plan, commemorations)
    cancel.raise_if_cancelled()
    detected = detect_statuses(plan, cancel=cancel) if plan is not None else {}
    return CalendarData(store, start, end, days, detected)


def upcoming(plan_path: Path | None, horizon: int = DEFAULT_HORIZON, *, progress, cancel,
             now: _dt.datetime | None = None) -> tuple[str, tuple[Reminder, ...]]:
    """(the plan's zone, what is due in ``horizon`` days and not yet made)."""
    store = PlanFile.open(plan_path) if plan_path is not None else None
    zone = store.plan.zone if store is not None else DEFAULT_ZONE
    today = today_in(zone, now)
    data = load_calendar(plan_path, today, today + _dt.timedelta(days=horizon),
                         progress=progress, cancel=cancel)
    return zone, reminders(data.days, today, horizon, data.detected)


def save_edit(store: PlanFile, edit: Callable[[ContentPlan], ContentPlan], on_conflict: str,
              *, progress, cancel) -> ContentPlan:
    return store.save(edit(store.plan), on_conflict=on_conflict).plan


def _record_event(store: PlanFile | None, made: MadeEvent, on_conflict: str) -> Path:
    """Save the plan that links the new event file (when there is a plan)."""
    if store is not None and made.plan is not None:
        try:
            store.save(made.plan, on_conflict=on_conflict)
        except PlanConflict as exc:
            # The event file exists; a retry only has to record it in the plan.
            exc.entry = made.entry
            exc.event_path = made.project.path
            raise
    return made.project.path


def create_greeting(store: PlanFile | None, greeting: DayGreeting, folder: Path | None,
                    on_conflict: str, *, progress, cancel) -> Path:
    """Make the event; record it in the plan when there is one. Returns the event file."""
    made = make_greeting(greeting, store.plan if store is not None else None, folder=folder)
    return _record_event(store, made, on_conflict)


def create_entry_event(store: PlanFile, entry_id: str, base_fields: dict[str, str] | None,
                       on_conflict: str, *, progress, cancel) -> Path:
    """"Buat kegiatan": the planned post's event file, linked in the plan. Returns the file."""
    made = make_entry_event(store.plan, entry_id, base_fields=base_fields)
    return _record_event(store, made, on_conflict)


class CalendarController(QObject):
    changed = Signal()  # new days, plan or statuses: views redraw
    failed = Signal(object)  # StudioError
    conflicted = Signal(object, object)  # PlanConflict, retry(on_conflict: str)
    busyChanged = Signal(bool)
    eventCreated = Signal(object)  # Path of the new event file

    def __init__(self, plan_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan_path = plan_path
        self.store: PlanFile | None = None
        self.days: dict[_dt.date, AgendaDay] = {}
        self.detected: dict[str, Status] = {}
        self.start = self.end = today_in(DEFAULT_ZONE)
        self._loader = operations.LatestOnly(POOL, self)
        self._loader.succeeded.connect(self._on_loaded)
        self._loader.failed.connect(self._on_load_failed)
        self._loader.busy.connect(self.busyChanged)
        self._pending: set[operations.Operation] = set()

    # -- reading ---------------------------------------------------------------------------
    @property
    def plan(self) -> ContentPlan | None:
        return self.store.plan if self.store is not None else None

    @property
    def zone(self) -> str:
        return self.plan.zone if self.plan is not None else DEFAULT_ZONE

    def today(self) -> _dt.date:
        return today_in(self.zone)

    def day(self, date: _dt.date) -> AgendaDay:
        return self.days.get(date) or AgendaDay(date)

    def status_of(self, entry) -> Status:
        return effective_status(entry, self.detected.get(entry.id, "rencana"))

    @property
    def is_busy(self) -> bool:
        return self._loader.is_busy or bool(self._pending)

    # -- loading ---------------------------------------------------------------------------
    def show_range(self, start: _dt.date, end: _dt.date) -> None:
        self.start, self.end = start, end
        self.reload()

    def reload(self) -> None:
        self._loader.submit(load_calendar, self.plan_path, self.start, self.end)

    def set_plan_path(self, path: Path | None) -> None:
        self.plan_path = Path(path) if path is not None else None
        self.store = None
        self.reload()

    def create_plan(self, path: Path, unit: str, zone: str = DEFAULT_ZONE) -> None:
        def create(*, progress, cancel) -> Path:
            return PlanFile.create(path, unit=unit, zone=zone).path

        self._run(create, on_success=self.set_plan_path)

    def _on_loaded(self, data: CalendarData) -> None:
        self.store = data.store
        self.days = {day.date: day for day in data.days}
        self.detected = dict(data.detected)
        self.changed.emit()

    def _on_load_failed(self, error: StudioError) -> None:
        self.store = None
        self.days = {}
        self.detected = {}
        self.changed.emit()
        self.failed.emit(error)

    # -- editing ---------------------------------------------------------------------------
    def edit(self, change: Callable[[ContentPlan], ContentPlan],
             on_conflict: str = "refuse") -> None:
        """Apply ``change`` to the plan and save it (merged with others' saves)."""
        if self.store is None:
            return
        self._run(save_edit, self.store, change, on_conflict,
                  on_success=lambda _plan: self.reload(),
                  retry=lambda choice, _error: self.edit(change, choice))

    def set_status(self, entry_id: str, status: Status) -> None:
        self.edit(lambda plan: plan.with_status(entry_id, status))

    def add_entry(self, entry: PlanEntry) -> None:
        """A new planned post."""
        self.edit(lambda plan: plan.with_entry(entry))

    def update_entry(self, entry_id: str, **changes: Any) -> None:
        """Change the fields the PIC edited; the rest (its event, its day, its status) stays."""
        self.edit(lambda plan: plan.with_entry(replace(plan.entry(entry_id), **changes)))

    def remove_entry(self, entry_id: str) -> None:
        """Take a planned post out of the plan (its event file, if any, stays)."""
        self.edit(lambda plan: plan.without(entry_id))

    def make_greeting(self, greeting: DayGreeting, folder: Path | None = None,
                      on_conflict: str = "refuse") -> None:
        """"Buat ucapan": the event file is written, the plan records it, then ``eventCreated``."""
        self._make(create_greeting, self.store, greeting, folder, on_conflict)

    def make_event(self, entry_id: str, base_fields: dict[str, str] | None = None,
                   on_conflict: str = "refuse") -> None:
        """"Buat kegiatan" for a planned post: the event file, the plan links it (``dibuat``),
        then ``eventCreated``."""
        if self.store is None:
            return
        self._make(create_entry_event, self.store, entry_id, base_fields, on_conflict)

    def _make(self, func, *args: Any) -> None:
        def done(path: Path) -> None:
            self.reload()
            self.eventCreated.emit(path)

        def record(choice: str, error: PlanConflict) -> None:
            # The event file exists: only its entry is saved again, with the PIC's choice.
            entry, path = error.entry, error.event_path
            self._run(save_edit, self.store, lambda plan: plan.with_entry(entry), choice,
                      on_success=lambda _plan: done(path), retry=record)

        self._run(func, *args, on_success=done, retry=record)

    def export(self, path: Path, kind: str, start: _dt.date, end: _dt.date,
               on_done: Callable[[Path], None]) -> None:
        self._run(export_range, self.plan, self.plan_path, start, end, Path(path), kind,
                  dict(self.detected), on_success=on_done)

    def _run(self, func, *args: Any, on_success: Callable[[Any], None],
             retry: Callable[[str, PlanConflict], None] | None = None) -> None:
        def failed(error: StudioError) -> None:
            if isinstance(error, PlanConflict) and retry is not None:
                self.conflicted.emit(error, lambda choice: retry(choice, error))
            else:
                self.failed.emit(error)

        operation = operations.Operation(func, *args, pool_name=POOL)
        operation.succeeded.connect(on_success)
        operation.failed.connect(failed)
        operation.finished.connect(lambda: self._finished(operation))
        self._pending.add(operation)
        self.busyChanged.emit(True)
        operation.start()

    def _finished(self, operation: operations.Operation) -> None:
        self._pending.discard(operation)
        self.busyChanged.emit(self.is_busy)


def export_range(plan: ContentPlan | None, plan_path: Path | None, start: _dt.date,
                 end: _dt.date, path: Path, kind: str, detected: dict[str, Status], *,
                 progress, cancel) -> Path:
    """Write the range as .ics or .xlsx (the save dialog already asked about replacing)."""
    from studio.calendar.exports import write_ics, write_xlsx

    days = agenda(start, end, plan, load_commemorations(plan_file=plan_path))
    writer = write_ics if kind == "ics" else write_xlsx
    return writer(path, days, plan, detected=detected, overwrite=True)
