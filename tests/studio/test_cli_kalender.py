"""``python main.py kalender ...``: list, ucapan, remind, status, export, new."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from studio.calendar import zones
from studio.calendar.plan import PlanEntry, PlanFile, load_plan
from studio.cli import main
from studio.project import load_project


def run(capsys, *args):
    code = main(["kalender", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_list_prints_each_day_with_its_zone(capsys):
    code, out, _ = run(capsys, "list", "--dari", "2026-03-18", "--sampai", "2026-03-22")
    assert code == 0
    assert "Rabu, 18 Maret 2026 (WIB)\n  [cuti bersama] Cuti Bersama Hari Suci Nyepi" in out
    assert "Sabtu, 21 Maret 2026 (WIB)\n  [libur nasional] Idulfitri 1447 Hijriah" in out
    assert "usulan ucapan: Selamat Hari Raya Idulfitri" in out
    assert "Selasa, 17 Maret" not in out  # empty days only with --semua
    code, out, _ = run(capsys, "list", "--dari", "2026-03-17", "--sampai", "2026-03-17",
                       "--semua")
    assert out.strip() == "Selasa, 17 Maret 2026 (WIB)"


def test_list_shows_planned_posts_in_the_plans_zone(tmp_path, capsys):
    store = PlanFile.create(tmp_path / "unit.kalender.toml", zone="WITA")
    store.save(store.plan.with_entry(PlanEntry("r1", dt.date(2026, 11, 25), "Video guru",
                                               time=dt.time(9, 0))))
    code, out, _ = run(capsys, "list", "--dari", "2026-11-25", "--sampai", "2026-11-25",
                       "--rencana", str(store.path))
    assert code == 0
    assert "Rabu, 25 November 2026 (WITA)" in out
    assert "[rencana: rencana] 09.00 WITA Video guru  (id r1)" in out


def test_ucapan_makes_the_event_and_records_it_in_the_plan(tmp_path, capsys):
    store = PlanFile.create(tmp_path / "unit.kalender.toml")
    code, out, _ = run(capsys, "ucapan", "2026-11-25", "--rencana", str(store.path))
    assert code == 0, out
    event = tmp_path / "kegiatan" / "2026-11-25 Hari Guru Nasional.kegiatan.toml"
    assert f"ok     {event}" in out
    project = load_project(event)
    assert project.template == "ucapan" and project.fields["ucapan"] == \
        "Selamat Hari Guru Nasional" and project.fields["tanggal"] == "2026-11-25"
    (entry,) = load_plan(store.path).entries
    assert entry.status == "dibuat" and entry.event == event


def test_ucapan_on_a_plain_day_or_an_ambiguous_one_says_what_to_do(tmp_path, capsys):
    code, _, err = run(capsys, "ucapan", "2026-03-17", "--folder", str(tmp_path))
    assert code == 1 and "has no commemorative day" in err
    # 20 May 2027: Hari Kebangkitan Nasional and Waisak.
    code, _, err = run(capsys, "ucapan", "2027-05-20", "--folder", str(tmp_path))
    assert code == 1 and "--hari" in err and "harkitnas" in err and "waisak" in err
    code, out, _ = run(capsys, "ucapan", "2027-05-20", "--hari", "waisak", "--folder",
                       str(tmp_path / "k"))
    assert code == 0 and "Selamat Hari Raya Waisak" in out
    with pytest.raises(SystemExit):
        run(capsys, "ucapan", "2026-13-01")
    assert "not a date" in capsys.readouterr().err


def test_remind_words_what_is_due(tmp_path, capsys, monkeypatch):
    store = PlanFile.create(tmp_path / "unit.kalender.toml")
    store.save(store.plan.with_entry(PlanEntry("g", dt.date(2026, 11, 25), "Hari Guru Nasional",
                                               day="hari-guru-nasional")))
    monkeypatch.setattr("studio.cli.kalender.today_in", lambda zone: dt.date(2026, 11, 22))
    code, out, _ = run(capsys, "remind", "--rencana", str(store.path))
    assert code == 0
    assert "3 hari lagi: Hari Guru Nasional — belum dibuat · Rabu, 25 November 2026 (WIB)" in out
    monkeypatch.setattr("studio.cli.kalender.today_in", lambda zone: dt.date(2026, 1, 20))
    code, out, _ = run(capsys, "remind", "--dalam", "3")
    assert "Tidak ada yang perlu dibuat" in out
    assert zones.today_in("WIB")  # the real one still works


def test_status_and_export(tmp_path, capsys):
    store = PlanFile.create(tmp_path / "unit.kalender.toml", unit="Diskominfo")
    store.save(store.plan.with_entry(PlanEntry("g", dt.date(2026, 11, 25), "Hari Guru")))
    code, _, _ = run(capsys, "status", "g", "diunggah", "--rencana", str(store.path))
    assert code == 0 and load_plan(store.path).entry("g").status == "diunggah"
    code, _, err = run(capsys, "status", "nope", "diunggah", "--rencana", str(store.path))
    assert code == 1 and "no planned post" in err
    ics = tmp_path / "k.ics"
    code, _, _ = run(capsys, "export", str(ics), "--dari", "2026-11-01", "--sampai",
                       "2026-11-30", "--rencana", str(store.path))
    assert code == 0
    summaries = {str(e["summary"]) for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")}
    assert "Hari Guru [Diunggah]" in summaries and "Hari Pahlawan" in summaries
    code, _, err = run(capsys, "export", str(ics), "--dari", "2026-11-01", "--sampai",
                       "2026-11-30")
    assert code == 1 and "already exists" in err
    xlsx = tmp_path / "k.xlsx"
    code, _, _ = run(capsys, "export", str(xlsx), "--dari", "2026-11-01", "--sampai",
                     "2026-11-30", "--rencana", str(store.path), "--tanpa-hari")
    rows = list(load_workbook(xlsx)["Kalender konten"].iter_rows(values_only=True))
    assert [r[5] for r in rows[1:]] == ["Hari Guru"]
    code, _, err = run(capsys, "export", str(tmp_path / "k.pdf"))
    assert code == 1 and ".ics or .xlsx" in err


def test_new_creates_a_plan_once(tmp_path, capsys):
    path = tmp_path / "humas.kalender.toml"
    code, _, _ = run(capsys, "new", str(path), "--unit", "Humas", "--zona", "wit")
    plan = load_plan(path)
    assert code == 0 and plan.unit == "Humas" and plan.zone == "WIT"
    code, _, err = run(capsys, "new", str(path))
    assert code == 1 and "already exists" in err
