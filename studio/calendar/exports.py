"""The plan for phones and meetings: ``.ics`` (phone and Outlook calendars) and ``.xlsx``.

Both cover a date range and take what :func:`~studio.calendar.agenda.agenda`
lays on it. In the ``.ics`` every planned post is an event with a stable UID
(re-importing updates it instead of doubling it): all-day when it has no time,
otherwise at its time in the plan's zone (``TZID=Asia/Jakarta`` with the zone
definition included, so Outlook shows 07.00 WIB as 07.00 WIB). Holidays,
collective leave and commemorative days are optional all-day events marked
free time. The ``.xlsx`` is one table for the team's weekly meeting. Both are
written atomically.
"""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Iterable, Mapping
from pathlib import Path

from babel.dates import format_date

from studio.calendar.agenda import AgendaDay
from studio.calendar.plan import STATUSES, ContentPlan, Status, later_status
from studio.calendar.zones import ZONES, check_zone, format_time, localise
from studio.errors import CalendarError
from studio.export import write_atomic

PRODID = "-//Pemkot Cimahi//Studio Konten Cimahi//ID"
UID_DOMAIN = "kalender.studio-konten-cimahi"
STATUS_LABELS = {"rencana": "Rencana", "dibuat": "Dibuat", "diekspor": "Diekspor",
                 "diunggah": "Diunggah"}


def _status(entry, detected: Mapping[str, Status]) -> Status:
    return later_status(entry.status, detected.get(entry.id, "rencana"))


def ics_bytes(days: Iterable[AgendaDay], plan: ContentPlan | None, *,
              include_days: bool = True, detected: Mapping[str, Status] | None = None,
              now: _dt.datetime | None = None) -> bytes:
    """The range as an iCalendar file."""
    from icalendar import Calendar, Event

    detected = detected or {}
    zone = plan.zone if plan is not None else "WIB"
    stamp = (now or _dt.datetime.now(_dt.UTC)).astimezone(_dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    title = "Kalender konten" + (f" — {plan.unit}" if plan is not None and plan.unit else "")
    cal.add("x-wr-calname", title)
    cal.add("x-wr-timezone", ZONES[check_zone(zone)])
    for day in days:
        for entry in day.entries:
            status = _status(entry, detected)
            event = Event()
            event.add("uid", f"{entry.id}@{UID_DOMAIN}")
            event.add("dtstamp", stamp)
            event.add("summary", f"{entry.title} [{STATUS_LABELS[status]}]")
            if entry.time is not None:
                start = localise(entry.date, entry.time, zone)
                event.add("dtstart", start)
                event.add("dtend", start + _dt.timedelta(minutes=30))
            else:
                event.add("dtstart", entry.date)
                event.add("dtend", entry.date + _dt.timedelta(days=1))
            lines = [f"Status: {STATUS_LABELS[status]}", f"Templat: {entry.template}"]
            if entry.time is not None:
                lines.append(f"Jam tayang: {format_time(entry.time, zone)}")
            if entry.event is not None:
                lines.append(f"Berkas kegiatan: {entry.event}")
            if entry.pic:
                lines.append(f"PIC: {entry.pic}")
            if entry.note:
                lines.append(entry.note)
            event.add("description", "\n".join(lines))
            event.add("categories", ["Kalender konten", STATUS_LABELS[status]])
            event.add("status", "TENTATIVE" if status == "rencana" else "CONFIRMED")
            cal.add_component(event)
        if not include_days:
            continue
        for official in day.official:
            event = Event()
            event.add("uid", f"{official.kind}-{official.date.isoformat()}-{official.key}"
                             f"@{UID_DOMAIN}")
            event.add("dtstamp", stamp)
            event.add("summary", official.name)
            event.add("dtstart", official.date)
            event.add("dtend", official.date + _dt.timedelta(days=1))
            event.add("transp", "TRANSPARENT")
            event.add("categories", ["Libur nasional" if official.kind == "libur"
                                     else "Cuti bersama"])
            cal.add_component(event)
        for greeting in day.greetings:
            if greeting.holiday is not None:
                continue  # the holiday itself is already there
            event = Event()
            event.add("uid", f"hari-{greeting.date.isoformat()}-{greeting.id}@{UID_DOMAIN}")
            event.add("dtstamp", stamp)
            event.add("summary", greeting.name)
            event.add("dtstart", greeting.date)
            event.add("dtend", greeting.date + _dt.timedelta(days=1))
            event.add("transp", "TRANSPARENT")
            event.add("description", f"Usulan ucapan: {greeting.greeting}")
            event.add("categories", ["Hari peringatan"])
            cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()


def write_ics(path: Path, days: Iterable[AgendaDay], plan: ContentPlan | None, *,
              overwrite: bool = False, **options) -> Path:
    return write_atomic(Path(path), ics_bytes(days, plan, **options), overwrite=overwrite)


XLSX_COLUMNS = ("Tanggal", "Hari", "Jam", "Zona", "Jenis", "Judul", "Templat", "Status",
                "Usulan ucapan", "Berkas kegiatan", "PIC", "Catatan")
_WIDTHS = (12, 10, 7, 7, 16, 38, 12, 11, 46, 40, 14, 30)


def xlsx_bytes(days: Iterable[AgendaDay], plan: ContentPlan | None, *,
               include_days: bool = True, detected: Mapping[str, Status] | None = None) -> bytes:
    """The range as one sheet: a row per planned post (and per day off/commemoration)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    detected = detected or {}
    zone = plan.zone if plan is not None else "WIB"
    book = Workbook()
    sheet = book.active
    sheet.title = "Kalender konten"
    sheet.append(list(XLSX_COLUMNS))
    header_fill = PatternFill("solid", fgColor="0B4F82")
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center")
    fills = {"libur": PatternFill("solid", fgColor="FDE2E1"),
             "cuti": PatternFill("solid", fgColor="FFF1D6")}
    for day in days:
        weekday = format_date(day.date, "EEEE", locale="id")
        rows: list[tuple[list, str | None]] = []
        if include_days:
            for official in day.official:
                kind = "Libur nasional" if official.kind == "libur" else "Cuti bersama"
                rows.append(([day.date, weekday, "", zone, kind, official.name, "", "", "", "",
                              "", ""], official.kind))
            for greeting in day.greetings:
                rows.append(([day.date, weekday, "", zone, "Hari peringatan", greeting.name, "",
                              "", greeting.greeting, "", "", ""], None))
        for entry in day.entries:
            status = _status(entry, detected)
            rows.append(([day.date, weekday,
                          entry.time.strftime("%H.%M") if entry.time else "", zone,
                          "Rencana unggahan", entry.title, entry.template,
                          STATUS_LABELS[status], "", str(entry.event or ""), entry.pic,
                          entry.note], None))
        for values, fill in rows:
            sheet.append(values)
            row = sheet.max_row
            sheet.cell(row, 1).number_format = "DD/MM/YYYY"
            if fill in fills:
                for cell in sheet[row]:
                    cell.fill = fills[fill]
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    legend = book.create_sheet("Keterangan")
    legend.append(["Status", "Arti"])
    meanings = {"rencana": "direncanakan, belum dibuat", "dibuat": "berkas kegiatan sudah ada",
                "diekspor": "gambar/video sudah diekspor", "diunggah": "sudah diunggah oleh PIC"}
    for status in STATUSES:
        legend.append([STATUS_LABELS[status], meanings[status]])
    legend.column_dimensions["A"].width = 12
    legend.column_dimensions["B"].width = 40
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_xlsx(path: Path, days: Iterable[AgendaDay], plan: ContentPlan | None, *,
               overwrite: bool = False, **options) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise CalendarError("the spreadsheet must be an .xlsx file", path=path,
                            code="calendar.export_suffix", hint="name it e.g. kalender.xlsx")
    return write_atomic(path, xlsx_bytes(days, plan, **options), overwrite=overwrite)
