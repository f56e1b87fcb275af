"""The plan file: saved atomically, read back exactly, and two PICs never lose a change."""

from __future__ import annotations

import datetime as dt
import os
import threading
from dataclasses import replace

import pytest

from studio.calendar.plan import (
    ContentPlan,
    PlanConflict,
    PlanEntry,
    PlanFile,
    load_plan,
    merge_plans,
    new_entry_id,
)
from studio.errors import CalendarError

D = dt.date
GURU_DAY = D(2026, 11, 25)


def entry(title: str, on: dt.date = GURU_DAY, **kw) -> PlanEntry:
    return PlanEntry(id=kw.pop("id", new_entry_id(on)), date=on, title=title, **kw)


@pytest.fixture
def shared(tmp_path):
    """A plan file in a 'shared folder' with two posts, opened by two PICs."""
    folder = tmp_path / "bersama"
    folder.mkdir()
    path = folder / "humas.kalender.toml"
    first = PlanFile.create(path, unit="Diskominfo Kota Cimahi")
    plan = first.plan.with_entry(entry("Hari Guru Nasional", id="guru")) \
        .with_entry(entry("Hari Pahlawan", D(2026, 11, 10), id="pahlawan"))
    first.save(plan, editor="Rina")
    return path


def test_a_plan_reads_back_as_saved(tmp_path):
    path = tmp_path / "unit.kalender.toml"
    store = PlanFile.create(path, unit="Bagian Prokompim", zone="WITA")
    event = tmp_path / "kegiatan" / "guru.kegiatan.toml"
    plan = store.plan.with_entry(entry("Hari Guru Nasional", time=dt.time(7, 30), event=event,
                                       day="hari-guru-nasional", note="pakai foto guru SD",
                                       pic="Rina", status="dibuat"))
    saved = store.save(plan, editor="Rina").plan
    loaded = load_plan(path)
    assert loaded == saved == plan
    assert loaded.zone == "WITA" and loaded.revision == 1
    (e,) = loaded.entries
    assert e.time == dt.time(7, 30) and e.event == event and e.changed_by == "Rina"
    text = path.read_text(encoding="utf-8")
    # The event path is stored relative to the plan (a shared folder moves as a whole).
    assert 'kegiatan = "kegiatan/guru.kegiatan.toml"' in text
    assert not list(tmp_path.glob(".part-*")) and not list(tmp_path.glob("*.lock"))


def test_create_never_replaces_a_plan(tmp_path):
    path = tmp_path / "unit.kalender.toml"
    PlanFile.create(path)
    with pytest.raises(CalendarError) as info:
        PlanFile.create(path)
    assert info.value.code == "calendar.plan_exists"


def test_two_pics_editing_different_posts_both_keep_their_change(shared):
    rina, budi = PlanFile.open(shared), PlanFile.open(shared)
    rina.save(rina.plan.with_status("guru", "diunggah"), editor="Rina")
    # Budi still has the old version open; his save must not undo Rina's.
    result = budi.save(budi.plan.with_entry(entry("Hari Kesehatan Nasional",
                                                  D(2026, 11, 12), id="hkn")), editor="Budi")
    final = load_plan(shared)
    assert final.entry("guru").status == "diunggah"
    assert final.entry("hkn").title == "Hari Kesehatan Nasional"
    assert result.merged == 1 and final.revision == 3


def test_two_pics_editing_different_fields_of_one_post_merge(shared):
    rina, budi = PlanFile.open(shared), PlanFile.open(shared)
    guru = rina.plan.entry("guru")
    rina.save(rina.plan.with_entry(replace(guru, note="foto dari Disdik")), editor="Rina")
    budi.save(budi.plan.with_entry(replace(guru, time=dt.time(8, 0))), editor="Budi")
    final = load_plan(shared).entry("guru")
    assert final.note == "foto dari Disdik" and final.time == dt.time(8, 0)


def test_the_later_save_refuses_to_overwrite_the_same_field(shared):
    rina, budi = PlanFile.open(shared), PlanFile.open(shared)
    guru = rina.plan.entry("guru")
    rina.save(rina.plan.with_entry(replace(guru, title="Hari Guru 2026")), editor="Rina")
    before = shared.read_bytes()
    with pytest.raises(PlanConflict) as info:
        budi.save(budi.plan.with_entry(replace(guru, title="Selamat Hari Guru")), editor="Budi")
    assert shared.read_bytes() == before  # nothing written
    (conflict,) = info.value.conflicts
    assert conflict.entry_id == "guru" and conflict.fields == ("title",)
    assert conflict.theirs.title == "Hari Guru 2026" and conflict.theirs_by == "Rina"
    assert "Rina" in info.value.message and info.value.code == "calendar.conflict"
    # The PIC decides: keep mine.
    budi.save(budi.plan.with_entry(replace(guru, title="Selamat Hari Guru")), editor="Budi",
              on_conflict="mine")
    assert load_plan(shared).entry("guru").title == "Selamat Hari Guru"


def test_deleted_by_one_edited_by_the_other_is_a_conflict(shared):
    rina, budi = PlanFile.open(shared), PlanFile.open(shared)
    rina.save(rina.plan.without("pahlawan"), editor="Rina")
    with pytest.raises(PlanConflict) as info:
        budi.save(budi.plan.with_status("pahlawan", "diunggah"), editor="Budi")
    assert info.value.conflicts[0].mine is not None and info.value.conflicts[0].theirs is None
    budi.save(budi.plan.with_status("pahlawan", "diunggah"), editor="Budi",
              on_conflict="theirs")
    assert load_plan(shared).find("pahlawan") is None


def test_a_status_both_changed_takes_the_later_stage(shared):
    rina, budi = PlanFile.open(shared), PlanFile.open(shared)
    rina.save(rina.plan.with_status("guru", "diunggah"), editor="Rina")
    budi.save(budi.plan.with_status("guru", "diekspor"), editor="Budi")
    assert load_plan(shared).entry("guru").status == "diunggah"


def test_deletion_by_one_is_kept_when_the_other_did_not_touch_it(shared):
    rina, budi = PlanFile.open(shared), PlanFile.open(shared)
    rina.save(rina.plan.without("pahlawan"), editor="Rina")
    budi.save(budi.plan.with_status("guru", "dibuat"), editor="Budi")
    final = load_plan(shared)
    assert final.find("pahlawan") is None and final.entry("guru").status == "dibuat"


def test_reload_brings_in_others_changes_and_keeps_unsaved_ones(shared):
    rina, budi = PlanFile.open(shared), PlanFile.open(shared)
    rina.save(rina.plan.with_status("guru", "diunggah"), editor="Rina")
    assert budi.changed_on_disk()
    mine = budi.plan.with_entry(entry("Hari Ibu", D(2026, 12, 22), id="ibu"))
    merged, conflicts = budi.reload(mine)
    assert not conflicts and merged.entry("guru").status == "diunggah" and merged.find("ibu")
    assert not budi.changed_on_disk()


def test_a_touched_but_unchanged_file_is_not_a_change(shared):
    store = PlanFile.open(shared)
    stat = shared.stat()
    os.utime(shared, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert not store.changed_on_disk()


def test_saves_from_two_threads_at_once_lose_nothing(shared):
    stores = [PlanFile.open(shared) for _ in range(4)]
    errors = []

    def add(number: int, store: PlanFile) -> None:
        try:
            store.save(store.plan.with_entry(entry(f"Pos {number}", id=f"pos-{number}")),
                       editor=f"PIC {number}")
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(n, s)) for n, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    ids = {e.id for e in load_plan(shared).entries}
    assert {f"pos-{n}" for n in range(4)} <= ids and {"guru", "pahlawan"} <= ids


def test_a_busy_lock_is_waited_for_then_reported(shared):
    lock = shared.with_name(shared.name + ".lock")
    lock.write_text("someone")
    store = PlanFile.open(shared)
    with pytest.raises(CalendarError) as info:
        store.save(store.plan.with_status("guru", "dibuat"), lock_wait=0.3)
    assert info.value.code == "calendar.plan_busy"
    # A lock left by a crash long ago is taken over.
    old = shared.stat().st_mtime - 3600
    os.utime(lock, (old, old))
    store.save(store.plan.with_status("guru", "dibuat"), lock_wait=0.3)
    assert load_plan(shared).entry("guru").status == "dibuat" and not lock.exists()


def test_merge_of_two_new_posts_and_plan_settings():
    base = ContentPlan(unit="A")
    mine = base.with_entry(entry("Satu", id="1")).with_settings(zone="WITA")
    theirs = base.with_entry(entry("Dua", id="2")).with_settings(unit="B")
    merged, conflicts = merge_plans(base, mine, theirs)
    assert not conflicts
    assert {e.id for e in merged.entries} == {"1", "2"}
    assert (merged.unit, merged.zone) == ("B", "WITA")


@pytest.mark.parametrize(("text", "message"), [
    ('schema = 1\n[[rencana]]\nid = "a"\ntanggal = 2026-11-25\njudul = "X"\nstatus = "selesai"\n',
     "unknown status"),
    ('schema = 1\n[[rencana]]\nid = "a"\ntanggal = "kemarin"\njudul = "X"\n', "tanggal"),
    ('schema = 1\nzona = "CET"\n', "time zone"),
    ('schema = 1\nplatfrom = 1\n', "unknown key"),
    ('schema = 9\n', "newer version"),
    ('judul = "bukan rencana"\n', "not a content plan"),
    ('schema = 1\n[[rencana]]\nid = "a"\ntanggal = 2026-11-25\njudul = "X"\njam = "pagi"\n',
     "jam"),
])
def test_a_broken_plan_file_is_reported_with_its_name(tmp_path, text, message):
    path = tmp_path / "rusak.kalender.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CalendarError) as info:
        load_plan(path)
    assert message in str(info.value) and info.value.path == path


def test_hand_written_times_with_a_dot_are_read(tmp_path):
    path = tmp_path / "tangan.kalender.toml"
    path.write_text('schema = 1\n[[rencana]]\nid = "a"\ntanggal = 2026-11-25\njudul = "X"\n'
                    'jam = "07.30"\n', encoding="utf-8")
    assert load_plan(path).entry("a").time == dt.time(7, 30)
