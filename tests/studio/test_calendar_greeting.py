""""Buat ucapan" makes a real Ucapan event, and the plan's status follows the files."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from studio.calendar.agenda import agenda
from studio.calendar.greeting import make_greeting, planned_entry
from studio.calendar.plan import PlanFile, load_plan
from studio.calendar.status import (
    detect_status,
    detect_statuses,
    effective_status,
    with_detected_statuses,
)
from studio.cli import main as cli_main
from studio.project import load_project

D = dt.date


def guru_day():
    (day,) = [d for d in agenda(D(2026, 11, 25), D(2026, 11, 25))]
    return day.greeting("hari-guru-nasional")


def test_buat_ucapan_makes_an_ucapan_event_with_the_day_filled_in(tmp_path):
    store = PlanFile.create(tmp_path / "humas.kalender.toml", unit="Diskominfo")
    made = make_greeting(guru_day(), store.plan)
    project = load_project(made.project.path)
    assert project.template == "ucapan"
    assert project.fields["ucapan"] == "Selamat Hari Guru Nasional"
    assert project.fields["tanggal"] == "2026-11-25"
    assert project.fields["judul"] == "Terima kasih atas pengabdianmu, Guru"
    assert project.fields["tagar"] == "#HariGuruNasional"
    assert "guru di Kota Cimahi" in project.fields["deskripsi"]
    # Beside the plan, in the shared folder; exports go there too.
    assert project.path.parent == tmp_path / "kegiatan"
    assert project.path.name == "2026-11-25 Hari Guru Nasional.kegiatan.toml"
    assert project.output_dir == tmp_path / "hasil" / "2026-11-25 Hari Guru Nasional"
    assert made.entry.status == "dibuat" and made.entry.event == project.path
    store.save(made.plan, editor="Rina")
    assert load_plan(store.path).entry(made.entry.id).event == project.path


def test_a_second_greeting_for_the_same_day_never_replaces_the_first(tmp_path):
    store = PlanFile.create(tmp_path / "humas.kalender.toml")
    first = make_greeting(guru_day(), store.plan)
    second = make_greeting(guru_day(), first.plan)
    assert first.project.path != second.project.path
    assert second.project.path.name.endswith("Guru Nasional-2.kegiatan.toml")
    assert load_project(first.project.path).fields["ucapan"] == "Selamat Hari Guru Nasional"


def test_a_planned_entry_is_reused_when_the_greeting_is_made(tmp_path):
    store = PlanFile.create(tmp_path / "humas.kalender.toml")
    planned = planned_entry(guru_day(), dt.time(7, 0))
    plan = store.plan.with_entry(planned)
    made = make_greeting(guru_day(), plan)
    assert len(made.plan.entries) == 1
    entry = made.plan.entry(planned.id)
    assert entry.status == "dibuat" and entry.time == dt.time(7, 0)


@pytest.mark.slow
def test_status_follows_the_event_file_and_its_export(tmp_path, capsys):
    store = PlanFile.create(tmp_path / "humas.kalender.toml")
    planned = planned_entry(guru_day())
    assert detect_status(planned) == "rencana"
    made = make_greeting(guru_day(), store.plan.with_entry(planned))
    entry = made.plan.entry(planned.id)
    assert detect_status(entry) == "dibuat"
    # A real export through the engine writes the manifest the calendar reads.
    code = cli_main(["batch", str(made.project.path), "--platform", "instagram_square",
                     "--workers", "1", "--quiet"])
    assert code == 0, capsys.readouterr()
    assert detect_status(entry) == "diekspor"
    detected = detect_statuses(made.plan)
    assert detected == {planned.id: "diekspor"}
    assert with_detected_statuses(made.plan, detected).entry(planned.id).status == "diekspor"
    # Uploaded is the PIC's word, and what is found never takes it back.
    uploaded = entry.with_status("diunggah")
    assert effective_status(uploaded) == "diunggah"


def test_a_manifest_of_another_event_in_the_same_folder_does_not_count(tmp_path):
    store = PlanFile.create(tmp_path / "humas.kalender.toml")
    made = make_greeting(guru_day(), store.plan)
    output = made.project.output_dir
    output.mkdir(parents=True)
    (output / "manifest.json").write_text(json.dumps({
        "schema": 1, "name": "Rapat Lain",
        "outputs": [{"kind": "photo", "status": "ok"}]}), encoding="utf-8")
    assert detect_status(made.entry) == "dibuat"
    (output / "manifest-2.json").write_text(json.dumps({
        "schema": 1, "name": made.project.name,
        "outputs": [{"kind": "photo", "status": "failed"}]}), encoding="utf-8")
    assert detect_status(made.entry) == "dibuat"
    (output / "manifest-3.json").write_text("{ rusak", encoding="utf-8")
    assert detect_status(made.entry) == "dibuat"
