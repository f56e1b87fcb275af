"""The .ics read back by a calendar parser, and the .xlsx read back by openpyxl."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from studio.calendar.agenda import agenda
from studio.calendar.exports import write_ics, write_xlsx
from studio.calendar.plan import ContentPlan, PlanEntry
from studio.errors import StudioError

D = dt.date


@pytest.fixture
def plan(tmp_path):
    return ContentPlan(unit="Diskominfo Kota Cimahi", zone="WIB", entries=(
        PlanEntry("guru", D(2026, 11, 25), "Hari Guru Nasional", time=dt.time(7, 0),
                  pic="Rina", event=tmp_path / "kegiatan" / "guru.kegiatan.toml"),
        PlanEntry("pahlawan", D(2026, 11, 10), "Hari Pahlawan", status="diunggah"),
    ))


def test_the_ics_reads_back_with_times_zones_and_stable_uids(tmp_path, plan):
    path = write_ics(tmp_path / "kalender.ics", agenda(D(2026, 11, 1), D(2026, 11, 30), plan),
                     plan, detected={"guru": "dibuat"})
    calendar = Calendar.from_ical(path.read_bytes())
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    guru = events["guru@kalender.studio-konten-cimahi"]
    start = guru.decoded("dtstart")
    assert start == dt.datetime(2026, 11, 25, 7, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    assert start.utcoffset() == dt.timedelta(hours=7)
    assert guru["dtstart"].params["TZID"] == "Asia/Jakarta"
    assert str(guru["summary"]) == "Hari Guru Nasional [Dibuat]"
    assert "Jam tayang: 07.00 WIB" in str(guru["description"])
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Jakarta"]
    pahlawan = events["pahlawan@kalender.studio-konten-cimahi"]
    assert pahlawan.decoded("dtstart") == D(2026, 11, 10)  # all day
    assert str(pahlawan["status"]) == "CONFIRMED"
    # Commemorative days come as free all-day events with the suggested greeting.
    hkn = events["hari-2026-11-12-hari-kesehatan-nasional@kalender.studio-konten-cimahi"]
    assert "Selamat Hari Kesehatan Nasional ke-62" in str(hkn["description"])
    assert str(hkn["transp"]) == "TRANSPARENT"


def test_the_ics_of_a_wita_plan_keeps_its_zone(tmp_path):
    plan = ContentPlan(zone="WITA", entries=(PlanEntry("a", D(2027, 3, 10), "Lebaran",
                                                       time=dt.time(8, 0)),))
    path = write_ics(tmp_path / "k.ics", agenda(D(2027, 3, 8), D(2027, 3, 15), plan), plan)
    calendar = Calendar.from_ical(path.read_bytes())
    (event,) = [e for e in calendar.walk("VEVENT") if str(e["uid"]).startswith("a@")]
    assert event.decoded("dtstart").utcoffset() == dt.timedelta(hours=8)
    summaries = {str(e["summary"]) for e in calendar.walk("VEVENT")}
    assert "Idulfitri 1448 Hijriah" in summaries
    assert "Cuti Bersama Idulfitri 1448 Hijriah" in summaries


def test_only_the_plan_when_days_are_left_out(tmp_path, plan):
    path = write_ics(tmp_path / "k.ics", agenda(D(2026, 11, 1), D(2026, 11, 30), plan), plan,
                     include_days=False)
    uids = {str(e["uid"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    assert uids == {"guru@kalender.studio-konten-cimahi", "pahlawan@kalender.studio-konten-cimahi"}


def test_an_existing_export_is_not_replaced_unless_asked(tmp_path, plan):
    days = agenda(D(2026, 11, 1), D(2026, 11, 30), plan)
    path = write_ics(tmp_path / "k.ics", days, plan)
    with pytest.raises(StudioError) as info:
        write_ics(path, days, plan)
    assert info.value.code == "export.exists"
    write_ics(path, days, plan, overwrite=True)


def test_the_xlsx_is_one_readable_table(tmp_path, plan):
    path = write_xlsx(tmp_path / "kalender.xlsx", agenda(D(2026, 11, 1), D(2026, 11, 30), plan),
                      plan)
    sheet = load_workbook(path)["Kalender konten"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:8] == ("Tanggal", "Hari", "Jam", "Zona", "Jenis", "Judul", "Templat",
                           "Status")
    guru = next(r for r in rows if r[5] == "Hari Guru Nasional" and r[4] == "Rencana unggahan")
    assert guru[0].date() == D(2026, 11, 25) and guru[1] == "Rabu" and guru[2] == "07.00"
    assert guru[3] == "WIB" and guru[7] == "Rencana" and guru[10] == "Rina"
    commemoration = next(r for r in rows if r[5] == "Hari Guru Nasional" and r[4] ==
                         "Hari peringatan")
    assert commemoration[8] == "Selamat Hari Guru Nasional"
    assert sheet.freeze_panes == "A2"
    with pytest.raises(StudioError):
        write_xlsx(tmp_path / "kalender.csv", [], plan)
