"""Commemorative days, greetings, time zones, the agenda and the reminders."""

from __future__ import annotations

import datetime as dt

import pytest

from studio.calendar import zones
from studio.calendar.agenda import agenda, reminder_text, reminders
from studio.calendar.commemorations import (
    BUILTIN_FILE,
    MAX_GREETING,
    load_commemorations,
    place,
    read_commemorations,
)
from studio.calendar.official import official_days
from studio.calendar.plan import ContentPlan, PlanEntry
from studio.errors import CalendarError
from studio.paths import TEMPLATES_DIR, user_data_dir
from studio.template import load_template

D = dt.date


def greetings(year: int):
    return {g.id: g for g in place(load_commemorations(), [year], official_days([year]))}


@pytest.mark.parametrize(("day_id", "date"), [
    ("hari-jadi-kota-cimahi", D(2026, 6, 21)),
    ("hari-kartini", D(2026, 4, 21)),
    ("hardiknas", D(2026, 5, 2)),
    ("hut-ri", D(2026, 8, 17)),
    ("hari-pahlawan", D(2026, 11, 10)),
    ("hari-kesehatan-nasional", D(2026, 11, 12)),
    ("hari-guru-nasional", D(2026, 11, 25)),
    ("hari-ibu", D(2026, 12, 22)),
    ("idulfitri", D(2026, 3, 21)),  # follows the decree, first day only
    ("natal", D(2026, 12, 25)),
])
def test_commemorative_days_fall_on_their_dates(day_id, date):
    assert greetings(2026)[day_id].date == date


def test_ordinals_and_years_are_filled_in():
    days = greetings(2026)
    assert days["hari-jadi-kota-cimahi"].greeting == "Selamat Hari Jadi ke-25 Kota Cimahi"
    assert days["hut-ri"].greeting == "Dirgahayu ke-81 Republik Indonesia"
    assert days["hari-kesehatan-nasional"].greeting == "Selamat Hari Kesehatan Nasional ke-62"
    assert days["natal"].greeting == "Selamat Hari Natal 2026 dan Tahun Baru 2027"
    assert days["tahun-baru"].hashtags == "#TahunBaru2026"


def test_a_holiday_twice_in_a_year_gets_two_greetings_and_a_two_day_one_gets_one():
    placed = place(load_commemorations(), [2027], official_days([2027]))
    assert [g.date for g in placed if g.id == "isra-mikraj"] == [D(2027, 1, 5), D(2027, 12, 26)]
    assert [g.date for g in placed if g.id == "idulfitri"] == [D(2027, 3, 10)]


def test_every_shipped_greeting_fits_the_ucapan_template():
    template = load_template(TEMPLATES_DIR / "ucapan").template
    limits = {f.key: f.max_length for f in template.fields}
    assert limits["ucapan"] == MAX_GREETING
    for year in (2026, 2027, 2099):
        for g in place(load_commemorations(), [year], official_days([year])):
            assert len(g.greeting) <= limits["ucapan"], g.id
            assert len(g.theme) <= limits["judul"], g.id
            assert len(g.hashtags) <= limits["tagar"], g.id
            assert len(g.message) <= limits["deskripsi"], g.id
            assert "{" not in g.greeting + g.theme + g.hashtags


def test_the_users_copy_and_the_shared_folder_layer_over_the_builtin(tmp_path):
    user = user_data_dir() / "kalender"
    user.mkdir(parents=True)
    (user / "hari-peringatan.toml").write_text(
        'schema = 1\n[[hari]]\nid = "hari-guru-nasional"\nnama = "Hari Guru Nasional"\n'
        'tanggal = "11-25"\nucapan = "Terima kasih, Guru!"\n'
        '[[hari]]\nid = "hari-pahlawan"\naktif = false\n', encoding="utf-8")
    shared = tmp_path / "bersama"
    shared.mkdir()
    (shared / "hari-peringatan.toml").write_text(
        'schema = 1\n[[hari]]\nid = "hut-dinas"\nnama = "HUT Dinas Pendidikan"\n'
        'tanggal = "03-14"\njenis = "kota"\nucapan = "Selamat HUT Dinas Pendidikan"\n',
        encoding="utf-8")
    entries = {c.id: c for c in load_commemorations(plan_file=shared / "x.kalender.toml")}
    assert entries["hari-guru-nasional"].greeting == "Terima kasih, Guru!"
    assert "hari-pahlawan" not in entries
    assert entries["hut-dinas"].month_day == (3, 14)
    assert "hari-kartini" in entries  # the rest of the built-in file still applies


@pytest.mark.parametrize(("body", "message"), [
    ('id = "X Y"\nnama = "a"\ntanggal = "01-01"\nucapan = "a"', "lower-case"),
    ('id = "a"\nnama = "a"\ntanggal = "13-01"\nucapan = "a"', "MM-DD"),
    ('id = "a"\nnama = "a"\nucapan = "a"', "either tanggal"),
    ('id = "a"\nnama = "a"\ntanggal = "01-01"\nucapan = "Selamat {nama}"', "placeholder"),
    ('id = "a"\nnama = "a"\ntanggal = "01-01"\nucapan = "ke-{ke}"', "sejak"),
    ('id = "a"\nnama = "a"\ntanggal = "01-01"\nucapan = "' + "x" * 121 + '"', "longer"),
    ('id = "a"\nnama = "a"\ntanggal = "01-01"\nucapan = "a"\njenis = "global"', "jenis"),
    ('id = "a"\nnama = "a"\ntanggal = "01-01"\nucapan = "a"\nwarna = "merah"', "unknown key"),
])
def test_a_designers_mistake_is_named(tmp_path, body, message):
    path = tmp_path / "hari-peringatan.toml"
    path.write_text(f"schema = 1\n[[hari]]\n{body}\n", encoding="utf-8")
    with pytest.raises(CalendarError) as info:
        read_commemorations(path)
    assert message in str(info.value) and info.value.path == path


def test_the_builtin_file_is_valid_and_versioned():
    entries = read_commemorations(BUILTIN_FILE)
    assert len(entries) >= 30
    assert 'version = "' in BUILTIN_FILE.read_text(encoding="utf-8")


# -- time zones -------------------------------------------------------------------------------

def test_today_depends_on_the_plans_zone_not_the_laptops():
    moment = dt.datetime(2026, 11, 24, 16, 30, tzinfo=dt.UTC)  # 23.30 WIB, 00.30 WITA
    assert zones.today_in("WIB", moment) == D(2026, 11, 24)
    assert zones.today_in("WITA", moment) == D(2026, 11, 25)
    assert zones.today_in("WIT", moment) == D(2026, 11, 25)


def test_every_shown_date_names_its_zone():
    assert zones.format_day(D(2026, 11, 25)) == "Rabu, 25 November 2026 (WIB)"
    assert zones.format_day(D(2026, 11, 25), "WITA", "en") == "Wednesday, 25 November 2026 (WITA)"
    assert zones.format_when(D(2026, 11, 25), dt.time(7, 0), "WIT") == \
        "Rabu, 25 November 2026, 07.00 WIT"
    assert zones.localise(D(2026, 11, 25), dt.time(7, 0), "WITA").utcoffset() == \
        dt.timedelta(hours=8)
    with pytest.raises(CalendarError):
        zones.check_zone("CET")


# -- agenda and reminders ---------------------------------------------------------------------

def test_the_agenda_lays_everything_on_its_day():
    plan = ContentPlan(entries=(PlanEntry("p1", D(2026, 3, 20), "Ucapan Lebaran"),))
    days = {d.date: d for d in agenda(D(2026, 3, 16), D(2026, 3, 24), plan)}
    assert len(days) == 9
    assert days[D(2026, 3, 21)].is_holiday and days[D(2026, 3, 21)].greeting().id == "idulfitri"
    assert days[D(2026, 3, 20)].is_leave and days[D(2026, 3, 20)].entries[0].title == \
        "Ucapan Lebaran"
    assert days[D(2026, 3, 17)].is_empty


def test_a_range_backwards_or_too_long_is_refused():
    with pytest.raises(CalendarError):
        agenda(D(2026, 5, 1), D(2026, 4, 1))
    with pytest.raises(CalendarError):
        agenda(D(2026, 1, 1), D(2030, 1, 1))


def test_reminders_name_what_is_due_and_not_yet_made():
    plan = ContentPlan(entries=(
        PlanEntry("guru", D(2026, 11, 25), "Hari Guru Nasional", day="hari-guru-nasional"),
        PlanEntry("rapat", D(2026, 11, 23), "Rapat paripurna", status="dibuat"),
        PlanEntry("jauh", D(2026, 12, 20), "Nanti saja"),
    ))
    days = agenda(D(2026, 11, 22), D(2026, 12, 31), plan)
    found = reminders(days, D(2026, 11, 22), horizon=7)
    texts = [reminder_text(r) for r in found]
    assert texts == ["3 hari lagi: Hari Guru Nasional — belum dibuat",
                     "7 hari lagi: HUT KORPRI — belum dibuat"]
    assert found[0].kind == "planned" and found[1].kind == "unplanned"
    # Once the event file exists (detected), the reminder goes away.
    found = reminders(days, D(2026, 11, 22), horizon=7, detected={"guru": "dibuat"})
    assert [r.title for r in found] == ["HUT KORPRI"]
    assert reminder_text(reminders(days, D(2026, 11, 25), horizon=0)[0]).startswith("Hari ini:")
    assert reminder_text(reminders(days, D(2026, 11, 24), horizon=1)[0]).startswith("Besok:")
