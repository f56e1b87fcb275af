"""Desktop manners: language switch, save/open with recent events, unsaved-change prompt,
the About box, the sample event."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gui.about import AboutDialog
from gui.i18n import current_language
from gui.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]


def test_language_switch_shows_english_and_back(window, qtbot, settings):
    assert window.start.new_button.text() == "Kegiatan baru"
    assert window.file_menu.title() == "&Berkas"
    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert current_language() == "en" and settings.language == "en"
    # Qt tells every widget through a posted LanguageChange event.
    qtbot.waitUntil(lambda: window.start.new_button.text() == "New event", timeout=30000)
    assert window.start.sample_button.text() == "Try with the sample"
    assert window.file_menu.title() == "&File"
    window.new_event()
    production = window.production
    assert production.tabs.tabText(production.EXPORT_TAB) == "Export"
    assert production.export.export_button.text() == "Export all"
    assert production.media.add_button.text() == "Add photos or videos…"
    # Plural forms come from the English catalogue.
    assert production.export.summary.text().startswith("3 files will be made")
    # Field labels of the shared vocabulary follow the language too.
    assert "Title" in production.form._rows["judul"].label.text()

    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    dialog.accept()
    qtbot.waitUntil(lambda: production.export.export_button.text() == "Ekspor semua",
                    timeout=30000)
    assert "Judul kegiatan" in production.form._rows["judul"].label.text()


def test_save_open_recent_and_unsaved_prompt(window, qtbot, tmp_path, fake_dialogs, photos):
    window.new_event()
    session = window.session
    session.set_field("judul", "Musrenbang Kecamatan")
    session.add_media(photos[:2])
    session.set_focus(1, (0.3, 0.6))
    assert window.isWindowModified()
    target = tmp_path / "acara" / "musrenbang"
    target.parent.mkdir()
    fake_dialogs.save_path = target
    window.save_action.trigger()
    saved = target.with_name("musrenbang.kegiatan.toml")
    assert saved.is_file() and not session.is_dirty and not window.isWindowModified()
    assert window.settings.recent_events()[0] == saved.resolve()
    assert window.start.recent_model.rowCount() == 1

    # A change, then closing asks; "cancel" keeps the window open.
    session.set_field("lokasi", "Aula Kecamatan")
    fake_dialogs.save_answer = "cancel"
    assert not window.close()
    assert "save_changes" in fake_dialogs.asked
    # A new event asks too; "discard" drops the change.
    fake_dialogs.save_answer = "discard"
    window.new_event()
    assert session.project.fields.get("judul", "") == ""
    # Opening the recent event brings everything back.
    window.start.recentRequested.emit(saved)
    assert session.project.fields["judul"] == "Musrenbang Kecamatan"
    assert "lokasi" not in session.project.fields or not session.project.fields["lokasi"]
    assert session.project.media[1].focus == (0.3, 0.6)
    assert window.current_screen() == "production"
    assert not session.is_dirty


def test_open_a_broken_event_file_is_told_calmly(window, tmp_path, fake_dialogs):
    broken = tmp_path / "rusak.kegiatan.toml"
    broken.write_text("this is = = not toml", encoding="utf-8")
    assert window.open_event_file(broken) is False
    assert fake_dialogs.errors and fake_dialogs.errors[0].code == "project.syntax"
    assert window.current_screen() == "start"


def test_sample_event_opens_with_the_shipped_media(window, qtbot):
    qtbot.mouseClick(window.start.sample_button, Qt.MouseButton.LeftButton)
    session = window.session
    assert window.current_screen() == "production"
    assert session.project.fields["judul"]
    assert session.path is None  # a copy: saving asks where
    assert session.project.template in session.resources.library.templates


def test_about_box_lists_every_bundled_component_with_its_licence(app, qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    names = {c["component"] for c in dialog.components}
    # What the app carries, read from THIRD-PARTY-NOTICES.md (tests/gui/test_third_party.py
    # checks that file is current): fonts, Qt, FFmpeg, the libraries inside the wheels.
    for expected in ("Plus Jakarta Sans", "Noto Color Emoji", "Qt", "FFmpeg",
                     "opencv-python-headless", "pillow_heif", "libheif", "icalendar"):
        assert expected in names, expected
    assert dialog.component("Plus Jakarta Sans")["licence"] == "OFL-1.1"
    assert dialog.component("Qt")["licence"].startswith("LGPL-3.0")
    assert "GPL" in dialog.component("FFmpeg")["licence"]
    assert dialog.table.rowCount() == len(dialog.components)
    assert dialog.findChild(QDialogButtonBox) is not None
    window = dialog.show_notices()
    qtbot.addWidget(window)
    assert window.view.path.name == "THIRD-PARTY-NOTICES.md"
    assert "FFmpeg" in window.view.toPlainText()


def test_translations_are_complete_and_compiled():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"),
                             "--check"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
