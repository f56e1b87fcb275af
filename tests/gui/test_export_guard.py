"""No surprise exports: a template made for a photo asks before it is exported without one.

A template declares it with its ``media`` list (``"none"`` means it also works
without a photo; ``Template.needs_media``). With nothing usable to show —
no photo added, every one left out or unreadable — the app asks: add photos,
export the bare design, or cancel. Templates that work without a photo just export.
"""

from __future__ import annotations

import pytest

from studio.template.library import default_library

WITHOUT_PHOTO = {"ucapan", "pengumuman", "info-layanan"}


def test_shipped_templates_declare_whether_they_need_a_photo():
    templates = default_library().templates
    for template_id in WITHOUT_PHOTO:
        assert not templates[template_id].template.needs_media, template_id
    # Coverage of an event is its photos.
    assert templates["liputan-kegiatan"].template.needs_media


@pytest.mark.parametrize(("answer", "started", "asked_for_media"), [
    ("cancel", False, False),
    ("add", False, True),
    ("export", True, False),
])
def test_a_photo_template_without_photos_asks_first(window, qtbot, fake_dialogs, tmp_path,
                                                    answer, started, asked_for_media):
    window.new_event()
    session = window.session
    session.set_template("liputan-kegiatan")
    session.set_field("judul", "Rapat Koordinasi")
    session.set_output_dir(tmp_path / "hasil")
    fake_dialogs.without_media = answer
    export = window.production.export
    assert export.start_export() is started
    assert "without_media" in fake_dialogs.asked
    assert ("media" in fake_dialogs.asked) is asked_for_media
    if started:
        qtbot.waitUntil(lambda: not export.is_running, timeout=120000)
    else:
        assert not export.is_running
        assert not export.result.isHidden() and not (tmp_path / "hasil").exists()


def test_unusable_photos_count_as_none(window, qtbot, fake_dialogs, broken_photo, tmp_path):
    window.new_event()
    session = window.session
    session.set_template("liputan-kegiatan")
    session.set_field("judul", "Rapat Koordinasi")
    session.add_media([broken_photo])
    qtbot.waitUntil(lambda: not session.is_loading(), timeout=60000)
    fake_dialogs.without_media = "cancel"
    assert not window.production.export.start_export()
    assert "without_media" in fake_dialogs.asked


def test_templates_that_work_without_a_photo_do_not_ask(window, qtbot, fake_dialogs, tmp_path):
    window.new_event()
    session = window.session
    session.set_template("ucapan")
    for key in ("judul", "ucapan", "nama", "jabatan"):
        session.set_field(key, "Selamat Hari Guru")
    session.set_output_dir(tmp_path / "hasil")
    export = window.production.export
    assert export.start_export(), export.result.text()
    assert "without_media" not in fake_dialogs.asked
    qtbot.waitUntil(lambda: not export.is_running, timeout=120000)
