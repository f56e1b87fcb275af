"""``python main.py kalender ...``: the content calendar on the command line.

::

    kalender list --dari 2026-11-01 --sampai 2026-11-30 [--rencana FILE] [--semua]
    kalender ucapan 2026-11-25 [--hari hari-guru-nasional] [--rencana FILE | --folder DIR]
    kalender remind [--rencana FILE] [--dalam 7]
    kalender status ID diunggah --rencana FILE
    kalender export kalender.ics|kalender.xlsx --dari ... --sampai ... [--rencana FILE]
    kalender new FILE --unit "Diskominfo Kota Cimahi" [--zona WIB]

Every date printed names its time zone (the plan's, WIB without a plan).
"""

from __future__ import annotations

import argparse
import datetime as _dt
from pathlib import Path

from studio.calendar.agenda import agenda, reminder_text, reminders
from studio.calendar.greeting import make_greeting
from studio.calendar.plan import STATUSES, PlanFile
from studio.calendar.status import detect_statuses, effective_status
from studio.calendar.zones import DEFAULT_ZONE, format_day, format_time, today_in
from studio.errors import CalendarError

_STATUS_WORDS = {"rencana": "rencana", "dibuat": "dibuat", "diekspor": "diekspor",
                 "diunggah": "diunggah"}


def _date(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("kalender", help="the content calendar: holidays, commemorative days, "
                                        "planned posts, greetings")
    commands = p.add_subparsers(dest="kalender_command", metavar="COMMAND", required=True)

    def plan_option(parser: argparse.ArgumentParser, required: bool = False) -> None:
        parser.add_argument("--rencana", "--plan", type=Path, metavar="FILE", required=required,
                            dest="plan", help="the unit's plan file (*.kalender.toml)")

    ls = commands.add_parser("list", help="what falls on each day of a range")
    ls.add_argument("--dari", "--from", type=_date, dest="start", metavar="DATE",
                    help="first day (default: today)")
    ls.add_argument("--sampai", "--to", type=_date, dest="end", metavar="DATE",
                    help="last day (default: 30 days after --dari)")
    ls.add_argument("--semua", "--all", action="store_true", dest="all",
                    help="print every day, also the empty ones")
    plan_option(ls)
    ls.set_defaults(func=run_list)

    uc = commands.add_parser("ucapan", help="make a greeting event (Ucapan template) for a day")
    uc.add_argument("date", type=_date, metavar="TANGGAL", help="the day, YYYY-MM-DD")
    uc.add_argument("--hari", metavar="ID", dest="day_id",
                    help="which commemorative day when the date has several")
    uc.add_argument("--folder", type=Path, metavar="DIR",
                    help="where to write the event file (default: kegiatan/ beside the plan)")
    uc.add_argument("--platform", "-p", metavar="ID[,ID...]",
                    help="platforms of the event (default: instagram_portrait,"
                         "instagram_story,x_post)")
    plan_option(uc)
    uc.set_defaults(func=run_ucapan)

    rm = commands.add_parser("remind", help="what is due in the next days and not yet made")
    rm.add_argument("--dalam", "--days", type=int, default=7, dest="days", metavar="N",
                    help="how many days ahead (default 7)")
    plan_option(rm)
    rm.set_defaults(func=run_remind)

    st = commands.add_parser("status", help="set a planned post's status (e.g. diunggah)")
    st.add_argument("entry", metavar="ID", help="the planned post's id (see: kalender list)")
    st.add_argument("status", choices=STATUSES)
    plan_option(st, required=True)
    st.set_defaults(func=run_status)

    ex = commands.add_parser("export", help="write the range as .ics (calendars) or .xlsx")
    ex.add_argument("output", type=Path, metavar="FILE", help="kalender.ics or kalender.xlsx")
    ex.add_argument("--dari", "--from", type=_date, dest="start", metavar="DATE")
    ex.add_argument("--sampai", "--to", type=_date, dest="end", metavar="DATE")
    ex.add_argument("--tanpa-hari", "--plan-only", action="store_true", dest="plan_only",
                    help="only the planned posts, without holidays and commemorative days")
    ex.add_argument("--overwrite", action="store_true", help="replace an existing file")
    plan_option(ex)
    ex.set_defaults(func=run_export)

    nw = commands.add_parser("new", help="create an empty plan file for a unit")
    nw.add_argument("path", type=Path, metavar="FILE")
    nw.add_argument("--unit", default="", help="the unit's name")
    nw.add_argument("--zona", "--zone", default=DEFAULT_ZONE, dest="zone",
                    help="WIB, WITA or WIT")
    nw.set_defaults(func=run_new)


def _open(args: argparse.Namespace) -> PlanFile | None:
    return PlanFile.open(args.plan) if getattr(args, "plan", None) else None


def _range(args: argparse.Namespace, zone: str) -> tuple[_dt.date, _dt.date]:
    start = args.start or today_in(zone)
    end = args.end or start + _dt.timedelta(days=30)
    return start, end


def run_list(args: argparse.Namespace) -> int:
    store = _open(args)
    plan = store.plan if store else None
    zone = plan.zone if plan else DEFAULT_ZONE
    start, end = _range(args, zone)
    days = agenda(start, end, plan)
    detected = detect_statuses(plan) if plan else {}
    for day in days:
        if day.is_empty and not args.all:
            continue
        print(format_day(day.date, zone))
        for item in day.official:
            label = "libur nasional" if item.kind == "libur" else "cuti bersama"
            estimate = " (perkiraan)" if item.estimated else ""
            print(f"  [{label}] {item.name}{estimate}")
        for greeting in day.greetings:
            print(f"  [hari peringatan] {greeting.name} — usulan ucapan: {greeting.greeting}"
                  f"  (--hari {greeting.id})")
        for entry in day.entries:
            status = effective_status(entry, detected.get(entry.id, "rencana"))
            when = f" {format_time(entry.time, zone)}" if entry.time else ""
            print(f"  [rencana: {_STATUS_WORDS[status]}]{when} {entry.title}  (id {entry.id})")
    return 0


def run_ucapan(args: argparse.Namespace) -> int:
    store = _open(args)
    plan = store.plan if store else None
    zone = plan.zone if plan else DEFAULT_ZONE
    (day,) = agenda(args.date, args.date, plan)
    if not day.greetings:
        raise CalendarError(f"{format_day(args.date, zone)} has no commemorative day",
                            code="calendar.no_greeting",
                            hint="see: kalender list, or make the event in the app")
    if args.day_id is None and len(day.greetings) > 1:
        choices = ", ".join(g.id for g in day.greetings)
        raise CalendarError(f"{format_day(args.date, zone)} has several commemorative days",
                            code="calendar.several", hint=f"choose one with --hari: {choices}")
    greeting = day.greeting(args.day_id)
    if greeting is None:
        raise CalendarError(f"no commemorative day {args.day_id!r} on {args.date}",
                            code="calendar.no_greeting",
                            hint=f"choose: {', '.join(g.id for g in day.greetings)}")
    if plan is None and args.folder is None:
        args.folder = Path.cwd()
    options = {}
    if args.platform:
        options["platforms"] = [p.strip() for p in args.platform.split(",") if p.strip()]
    made = make_greeting(greeting, plan, folder=args.folder, **options)
    print(f"ok     {made.project.path}")
    print(f"       ucapan: {greeting.greeting}")
    if store is not None and made.plan is not None and made.entry is not None:
        store.save(made.plan)
        print(f"       rencana: {made.entry.title}, {format_day(made.entry.date, zone)} — dibuat")
    return 0


def run_remind(args: argparse.Namespace) -> int:
    store = _open(args)
    plan = store.plan if store else None
    zone = plan.zone if plan else DEFAULT_ZONE
    today = today_in(zone)
    days = agenda(today, today + _dt.timedelta(days=max(0, args.days)), plan)
    found = reminders(days, today, max(0, args.days), detect_statuses(plan) if plan else {})
    for reminder in found:
        print(f"{reminder_text(reminder)} · {format_day(reminder.date, zone)}")
    if not found:
        print(f"Tidak ada yang perlu dibuat dalam {args.days} hari ke depan.")
    return 0


def run_status(args: argparse.Namespace) -> int:
    store = PlanFile.open(args.plan)
    entry = store.plan.entry(args.entry)
    store.save(store.plan.with_status(entry.id, args.status))
    print(f"ok     {entry.title}: {args.status}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from studio.calendar.exports import write_ics, write_xlsx

    store = _open(args)
    plan = store.plan if store else None
    start, end = _range(args, plan.zone if plan else DEFAULT_ZONE)
    days = agenda(start, end, plan)
    detected = detect_statuses(plan) if plan else {}
    suffix = args.output.suffix.lower()
    if suffix == ".ics":
        path = write_ics(args.output, days, plan, include_days=not args.plan_only,
                         detected=detected, overwrite=args.overwrite)
    elif suffix == ".xlsx":
        path = write_xlsx(args.output, days, plan, include_days=not args.plan_only,
                          detected=detected, overwrite=args.overwrite)
    else:
        raise CalendarError("export to a .ics or .xlsx file", path=args.output,
                            code="calendar.export_suffix", hint="kalender.ics or kalender.xlsx")
    print(f"ok     {path}")
    return 0


def run_new(args: argparse.Namespace) -> int:
    store = PlanFile.create(args.path, unit=args.unit, zone=args.zone)
    print(f"ok     {store.path}")
    return 0
