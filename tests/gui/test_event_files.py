"""Saving an event and its outputs where a PIC expects them, under names that read well.

The save dialog opens beside the event's photos (else the last folder used, else
Documents — never the app's hidden data folder); the suggested name is the date
and the title cut at a word; the default output folder is named after the
event and its date ("Hasil - Rapat Koordinasi Kehumasan - 2026-11-30") and
follows the title until the officer picks a folder of their own.
"""

from __future__ import annotations

import re

from gui.session import documents_folder
from studio.project import PROJECT_SUFFIX, output_folder_name, short_title

LONG_TITLE = ("Rapat Koordinasi Kehumasan se-Kota Cimahi bersama Seluruh Perangkat Daerah "
              "dan Kecamatan")
WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')


def test_save_opens_beside_the_photos_with_a_name_cut_at_a_word(window, fake_dialogs,
                                                                 photos):
    window.new_event()
    session = window.session
    session.set_field("judul", LONG_TITLE)
    session.set_field("tanggal", "2026-11-30")
    session.add_media(photos)
    window.save_event_as()
    folder, suggested = fake_dialogs.save_offered
    assert folder == photos[0].parent
    assert suggested.endswith(PROJECT_SUFFIX)
    stem = suggested.removesuffix(PROJECT_SUFFIX)
    assert stem.startswith("2026-11-30 Rapat Koordinasi Kehumasan")
    # Every word in the name is a whole word of the title (no "Perangk").
    assert set(stem.split()[1:]) <= set(LONG_TITLE.split())
    assert len(stem) < len("2026-11-30 " + LONG_TITLE)


def test_without_photos_save_opens_in_documents_or_the_last_folder(window, fake_dialogs,
                                                                   tmp_path):
    window.new_event()
    window.session.set_field("judul", "Apel Pagi")
    window.save_event_as()
    assert fake_dialogs.save_offered[0] == documents_folder()
    last = tmp_path / "arsip-kegiatan"
    last.mkdir()
    window.settings.set_last_folder("event", last)
    window.save_event_as()
    assert fake_dialogs.save_offered[0] == last


def test_output_folder_is_named_after_the_event_and_follows_it(window, tmp_path):
    window.new_event()
    session = window.session
    base = session.project.output_dir.parent
    session.set_field("judul", "Rapat Koordinasi Kehumasan")
    session.set_field("tanggal", "2026-11-30")
    assert session.project.output_dir == base / "Hasil - Rapat Koordinasi Kehumasan - 2026-11-30"
    assert window.production.export.folder.text().endswith(
        "Hasil - Rapat Koordinasi Kehumasan - 2026-11-30")
    # One undo takes the title and its folder back together.
    session.set_field("judul", "Rapat Koordinasi Kehumasan Akhir Tahun")
    assert session.project.output_dir.name.startswith("Hasil - Rapat Koordinasi Kehumasan Akhir")
    session.undo_stack.undo()
    assert session.project.output_dir.name == "Hasil - Rapat Koordinasi Kehumasan - 2026-11-30"
    # A folder the officer chose is theirs: the title no longer moves it.
    chosen = tmp_path / "hasil-saya"
    session.set_output_dir(chosen)
    session.set_field("judul", "Rapat Lain")
    assert session.project.output_dir == chosen


def test_folder_names_are_valid_on_windows_and_cut_at_a_word():
    name = output_folder_name('Rapat: "Evaluasi" A/B? <2026> | Kota*Cimahi ' * 3, "2026-11-30")
    assert not WINDOWS_FORBIDDEN.search(name)
    assert name.startswith("Hasil - Rapat Evaluasi A-B") and name.endswith(" - 2026-11-30")
    assert short_title("Satu dua tiga empat", 12) == "Satu dua"
    assert short_title("Supercalifragilistik", 8) == "Supercal"
    assert short_title("Rapat, evaluasi", 7) == "Rapat"
