"""The support log seen from the app: an export and an error leave file names, codes
and tracebacks in it, never what the officer typed; About copies the support info."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from gui import operations
from gui.about import AboutDialog
from studio.support import log_path, setup_logging
from studio.values import forget_private_values
from tests.gui.test_flow import choose_platforms, drop_files, start_new_event

TITLE = "Rapat Tertutup: Evaluasi Kinerja Pak Ngatiyana"
PLACE = "Rumah Dinas Wali Kota"
DESCRIPTION = "Membahas mutasi pejabat eselon III.\nHadir: Sekda Kota Cimahi"


def _private_in(text: str) -> list[str]:
    folded = text.casefold()
    forms = [TITLE, TITLE.replace(":", "_"), PLACE, "Membahas mutasi pejabat eselon III",
             "Hadir: Sekda Kota Cimahi"]
    return [form for form in forms if form.casefold() in folded]


def test_an_export_and_an_error_log_no_field_values(window, qtbot, tmp_path, photos,
                                                    broken_photo, fake_dialogs):
    forget_private_values()  # what earlier tests typed is theirs
    setup_logging("app")
    start_new_event(window, qtbot)
    form = window.production.form
    qtbot.keyClicks(form.editor("judul"), TITLE)
    qtbot.keyClicks(form.editor("lokasi"), PLACE)
    window.session.set_field("deskripsi", DESCRIPTION)
    drop_files(window.production.media.view, [photos[0], broken_photo])
    qtbot.waitUntil(lambda: not window.session.is_loading(), timeout=20000)
    choose_platforms(window, {"x_post"})
    fake_dialogs.output = tmp_path / TITLE.replace(":", "_")  # a folder named after it
    qtbot.mouseClick(window.production.export.folder_button, Qt.MouseButton.LeftButton)
    export = window.production.export
    with qtbot.waitSignal(export.exportFinished, timeout=60000) as finished:
        qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] is not None and finished.args[0].problems

    # An unexpected error in a worker, its message carrying the title (a bug's worst case).
    def buggy(*, progress, cancel):
        raise RuntimeError(f"could not lay out {TITLE!r}")

    operation = operations.run(buggy, pool_name="media")
    qtbot.waitUntil(lambda: not operation.is_running, timeout=20000)

    text = log_path().read_text(encoding="utf-8")
    assert _private_in(text) == []
    assert "export started: 2 input(s), platforms x_post, template" in text
    assert "foto-rusak.jpg [x_post]: media." in text  # the file and the code
    assert "Traceback" in text and "RuntimeError" in text

    # About > Salin info dukungan: versions and the last errors, nothing typed.
    about = AboutDialog(window)
    qtbot.addWidget(about)
    about.show()
    qtbot.waitExposed(about)
    button = about.support.button
    assert button.text() == "Salin info dukungan"
    with qtbot.waitSignal(about.support.copied, timeout=60000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    for expected in ("Studio Konten Cimahi", "Python", "Qt", "PySide6", "Pillow", "FFmpeg",
                     "OS", "foto-rusak.jpg", "RuntimeError"):
        assert expected in copied, expected
    assert _private_in(copied) == []
    assert about.support.note.isVisible() and "Diskominfo" in about.support.note.text()
