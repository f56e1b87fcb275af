""""Buat kegiatan" from a planned post, times as PICs type them, the PIC's name remembered."""

from __future__ import annotations

import datetime as dt

import pytest

from studio.calendar.agenda import agenda
from studio.calendar.events import entry_fields, make_entry_event
from studio.calendar.greeting import greeting_fields, make_greeting
from studio.calendar.plan import PlanEntry, PlanFile, last_pic, load_plan
from studio.calendar.zones import parse_clock
from studio.project import load_project

D = dt.date
T = dt.time


@pytest.mark.parametrize(("text", "expected"), [
    ("19.30", T(19, 30)), ("1930", T(19, 30)), ("19:30", T(19, 30)), ("9.30", T(9, 30)),
    ("930", T(9, 30)), ("09.05", T(9, 5)), ("7", T(7, 0)), ("0.00", T(0, 0)),
    ("23.59", T(23, 59)), (" 19.30 ", T(19, 30)), ("19.30 WIB", T(19, 30)),
    ("19.30wib", T(19, 30)), ("", None), ("   ", None),
])
def test_times_are_read_as_pics_type_them(text, expected):
    assert parse_clock(text, "WIB") == expected


@pytest.mark.parametrize("text", ["24.00", "19.60", "19.3", "12345", "1.2.3", "-1", "abc",
                                  "19,30", "WIB", "19.30 WITA", "7 pagi"])
def test_what_is_not_a_time_is_refused(text):
    with pytest.raises(ValueError):
        parse_clock(text, "WIB")


def test_a_time_in_another_zone_is_refused_not_dropped():
    assert parse_clock("19.30 WITA", "WITA") == T(19, 30)
    with pytest.raises(ValueError, match="zone"):
        parse_clock("19.30 WITA", "WIB")


def test_buat_kegiatan_fills_the_posts_template_date_time_and_title(tmp_path):
    store = PlanFile.create(tmp_path / "humas.kalender.toml", unit="Diskominfo")
    entry = PlanEntry("musren", D(2026, 3, 12), "Musrenbang Kecamatan Cimahi Tengah",
                      template="pengumuman", time=T(19, 30), note="Minta foto dari kecamatan",
                      pic="Rina")
    store.save(store.plan.with_entry(entry), editor="Rina")
    made = make_entry_event(store.plan, "musren")
    project = load_project(made.project.path)
    assert project.template == "pengumuman"
    assert project.name == "Musrenbang Kecamatan Cimahi Tengah"
    assert dict(project.fields) == {"judul": "Musrenbang Kecamatan Cimahi Tengah",
                                    "tanggal": "2026-03-12", "waktu": "19:30", "zona": "WIB"}
    # Beside the plan (shared folder), exports beside it too.
    assert project.path == \
        tmp_path / "kegiatan" / "2026-03-12 Musrenbang Kecamatan Cimahi Tengah.kegiatan.toml"
    assert project.output_dir == \
        tmp_path / "hasil" / "2026-03-12 Musrenbang Kecamatan Cimahi Tengah"
    # The entry is linked and made; what the PIC typed stays.
    linked = made.plan.entry("musren")
    assert linked.event == project.path and linked.status == "dibuat"
    assert (linked.note, linked.pic, linked.time) == ("Minta foto dari kecamatan", "Rina",
                                                      T(19, 30))
    store.save(made.plan, editor="Rina")
    assert load_plan(store.path).entry("musren").event == project.path


def test_an_all_day_post_has_no_time_and_a_second_event_never_replaces_the_first(tmp_path):
    store = PlanFile.create(tmp_path / "humas.kalender.toml", zone="WITA")
    plan = store.plan.with_entry(PlanEntry("a", D(2026, 5, 2), "Hardiknas", template="ucapan"))
    plan = plan.with_entry(PlanEntry("b", D(2026, 5, 2), "Hardiknas", template="ucapan"))
    first = make_entry_event(plan, "a")
    second = make_entry_event(first.plan, "b")
    assert "waktu" not in load_project(first.project.path).fields
    assert load_project(first.project.path).fields["zona"] == "WITA"
    assert second.project.path.name == "2026-05-02 Hardiknas-2.kegiatan.toml"
    assert first.project.path.is_file()


def test_a_post_with_an_event_is_never_made_twice(tmp_path):
    store = PlanFile.create(tmp_path / "humas.kalender.toml")
    plan = store.plan.with_entry(PlanEntry("a", D(2026, 5, 2), "Hardiknas"))
    made = make_entry_event(plan, "a")
    with pytest.raises(ValueError):
        make_entry_event(made.plan, "a")


def test_a_post_for_a_commemorative_day_takes_the_greeting_under_its_own_fields(tmp_path):
    (day,) = agenda(D(2026, 11, 25), D(2026, 11, 25))
    greeting = day.greeting("hari-guru-nasional")
    store = PlanFile.create(tmp_path / "humas.kalender.toml")
    plan = store.plan.with_entry(PlanEntry("guru", greeting.date, "Video terima kasih guru",
                                           time=T(7, 0), day=greeting.id))
    made = make_entry_event(plan, "guru", base_fields=greeting_fields(greeting))
    fields = load_project(made.project.path).fields
    assert fields["ucapan"] == "Selamat Hari Guru Nasional"
    assert fields["tagar"] == "#HariGuruNasional"
    assert fields["judul"] == "Video terima kasih guru"  # the post's title wins
    assert fields["waktu"] == "07:00"
    assert made.plan.entry("guru").day == "hari-guru-nasional"


def test_buat_ucapan_still_names_and_places_its_event_as_before(tmp_path):
    (day,) = agenda(D(2026, 11, 25), D(2026, 11, 25))
    store = PlanFile.create(tmp_path / "humas.kalender.toml")
    made = make_greeting(day.greeting("hari-guru-nasional"), store.plan)
    assert made.project.name == "Hari Guru Nasional 2026"
    assert made.project.path.name == "2026-11-25 Hari Guru Nasional.kegiatan.toml"


def test_entry_fields_are_the_shared_vocabulary():
    entry = PlanEntry("x", D(2026, 8, 17), "HUT RI ke-81", time=T(8, 0))
    assert entry_fields(entry, "WIT") == {"judul": "HUT RI ke-81", "tanggal": "2026-08-17",
                                          "waktu": "08:00", "zona": "WIT"}


def test_the_pic_name_is_remembered_from_this_computers_last_post(tmp_path):
    store = PlanFile.create(tmp_path / "humas.kalender.toml")
    store.save(store.plan.with_entry(PlanEntry("a", D(2026, 1, 5), "A", pic="Rina")),
               editor="laptop-1", now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    store.save(store.plan.with_entry(PlanEntry("b", D(2026, 1, 6), "B", pic="Budi")),
               editor="laptop-2", now=dt.datetime(2026, 1, 2, tzinfo=dt.UTC))
    store.save(store.plan.with_entry(PlanEntry("c", D(2026, 1, 1), "C", pic="Rina S.")),
               editor="laptop-1", now=dt.datetime(2026, 1, 3, tzinfo=dt.UTC))
    plan = load_plan(store.path)
    assert last_pic(plan, "laptop-1") == "Rina S."  # the latest change, not the latest date
    assert last_pic(plan, "laptop-2") == "Budi"
    assert last_pic(plan, "laptop-3") == ""
    assert last_pic(plan, "") == ""
