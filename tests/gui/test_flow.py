"""The whole flow through the real widgets: new event, form, media, focus, captions, export.

Driven as an officer would: clicks, typing, a drop of files, a click on the
preview; the files written are checked on disk.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit

from gui.jobs.preview import source_point
from tests.gui.conftest import write_clip, write_photo

PORTRAIT = "instagram_portrait"
X_POST = "x_post"


def drop_files(widget, paths: list[Path]) -> None:
    """Drop files on ``widget`` the way a file manager does (drag enter, then drop)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    centre = target.rect().center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    with warnings.catch_warnings():  # the QPoint constructor is all PySide6 offers here
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, buttons, keys)
    assert QApplication.sendEvent(target, enter) and enter.isAccepted()
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(target, drop)


def choose_platforms(window, wanted: set[str]) -> None:
    model = window.production.export.platform_model
    for row in range(model.rowCount()):
        index = model.index(row)
        state = Qt.CheckState.Checked if model.platform(row).id in wanted else \
            Qt.CheckState.Unchecked
        if index.data(Qt.ItemDataRole.CheckStateRole) != state:
            model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)


def start_new_event(window, qtbot) -> None:
    qtbot.mouseClick(window.start.new_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "production"


def test_new_event_form_undo_and_validation(window, qtbot):
    start_new_event(window, qtbot)
    form = window.production.form
    title = form.editor("judul")
    assert isinstance(title, QLineEdit)
    # Required and empty: told next to the field when export is tried.
    assert window.production.export.start_export() is False
    message = form.message("judul")
    assert message.isVisible() and message.text() == "Wajib diisi."
    assert "Lengkapi dulu isian wajib" in window.production.export.result.text()

    qtbot.keyClicks(title, "Rapat Koordinasi")
    assert window.session.project.fields["judul"] == "Rapat Koordinasi"
    counter = form.counter("judul")
    assert counter.text() == "16/150"
    assert not message.isVisible()

    date = form.editor("tanggal")
    assert isinstance(date, QDateEdit) and date.calendarPopup()
    date.setDate(QDate(2026, 11, 30))
    assert window.session.project.fields["tanggal"] == "2026-11-30"

    # Undo takes back the date, then the whole typed title (one step), redo puts it back.
    window.undo_action.trigger()
    assert window.session.project.fields["tanggal"] != "2026-11-30"
    window.undo_action.trigger()
    assert title.text() == ""
    window.redo_action.trigger()
    assert title.text() == "Rapat Koordinasi"
    # Ctrl+Z typed in the field goes to the same undo.
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == ""
    assert window.isWindowModified() or window.session.is_dirty is False


def test_the_whole_flow(window, qtbot, tmp_path, photos, broken_photo, fake_dialogs):
    start_new_event(window, qtbot)
    session = window.session
    production = window.production
    qtbot.keyClicks(production.form.editor("judul"), "Rapat Koordinasi Kehumasan")
    qtbot.keyClicks(production.form.editor("lokasi"), "Aula Gedung B")

    # -- media: a drop of photos (and a broken file), a clip through the dialog -------------
    drop_files(production.media.view, [*photos, broken_photo])
    assert session.media_model.rowCount() == 4
    clip = write_clip(tmp_path / "klip.mp4")
    if clip is not None:
        fake_dialogs.media = [clip]
        qtbot.mouseClick(production.media.add_button, Qt.MouseButton.LeftButton)
        assert session.media_model.rowCount() == 5
    qtbot.waitUntil(lambda: not session.is_loading(), timeout=20000)
    states = [session.media_state(r) for r in range(session.media_model.rowCount())]
    assert [s.status for s in states[:3]] == ["ready"] * 3
    assert states[3].status == "error"
    # The broken file says why, in Indonesian, and nothing crashed.
    production.media.select_row(3)
    assert production.media.problem.isVisible()
    assert production.media.problem.text().startswith("foto-rusak.jpg: ")
    assert "photo" not in production.media.problem.text()

    if clip is not None:
        production.media.select_row(4)
        assert states[4].kind == "video"
        assert production.preview.scrubber.isVisible()
        scrubber = production.preview.scrubber
        scrubber.set_position(0.5)
        qtbot.mouseClick(scrubber.in_button, Qt.MouseButton.LeftButton)
        scrubber.set_position(1.5)
        qtbot.mouseClick(scrubber.out_button, Qt.MouseButton.LeftButton)
        assert session.project.media[4].trim == (0.5, 1.5)

    # -- focal point: click on the preview --------------------------------------------------
    production.media.select_row(0)
    production.preview.set_platform(PORTRAIT)
    canvas = production.preview.canvas
    qtbot.waitUntil(lambda: canvas.preview is not None and canvas.preview.crop is not None
                    and canvas.preview.platform_id == PORTRAIT, timeout=10000)
    target = canvas.widget_point_for_source(0.42, 0.55)
    assert target is not None
    with qtbot.waitSignal(production.preview.previewUpdated, timeout=10000):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=target.toPoint())
    focus = session.project.media[0].focus
    assert focus == pytest.approx((0.42, 0.55), abs=0.01)
    marker = canvas.focus_widget_point()
    assert marker is not None
    # The marker shows the chosen point of the photo where it now is on the preview.
    expected = canvas.widget_point_for_source(*focus)
    assert (marker - expected).manhattanLength() < 1.0
    image_point = ((marker.x() - canvas.image_rect().x()) / canvas.image_rect().width()
                   * canvas.preview.image.width(),
                   (marker.y() - canvas.image_rect().y()) / canvas.image_rect().height()
                   * canvas.preview.image.height())
    assert source_point(canvas.preview, *image_point) == pytest.approx(focus, abs=0.01)

    # -- captions ------------------------------------------------------------------------------
    choose_platforms(window, {PORTRAIT, X_POST})
    panel = production.captions
    assert set(panel.cards()) == {PORTRAIT, X_POST}
    if not panel.problem.isVisible():
        panel.refresh(now=True)
        qtbot.waitUntil(lambda: all(c.text.toPlainText() for c in panel.cards().values()),
                        timeout=10000)
        card = panel.cards()[PORTRAIT]
        assert "Rapat Koordinasi Kehumasan" in card.text.toPlainText()
        assert re.fullmatch(r"\d+(\.\d{3})?/2\.200", card.counter.text())  # Indonesian digits
        assert re.fullmatch(r"\d+/280", panel.cards()[X_POST].counter.text())
        qtbot.mouseClick(card.copy_button, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == card.text.toPlainText()
    else:
        assert panel.problem.isVisible() and panel.problem.text()

    # -- export two platforms ------------------------------------------------------------------
    output = tmp_path / "hasil"
    fake_dialogs.output = output
    qtbot.mouseClick(production.export.folder_button, Qt.MouseButton.LeftButton)
    assert session.project.output_dir == output
    export = production.export
    with qtbot.waitSignal(export.exportFinished, timeout=60000) as finished:
        qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert report is not None and not report.cancelled
    for photo in photos:
        for platform_id, size in ((PORTRAIT, (1080, 1350)), (X_POST, (1600, 900))):
            path = output / platform_id / f"{photo.stem}.jpg"
            assert path in report.written
            with Image.open(path) as written:
                assert written.size == size
    assert not list(output.rglob(".part-*"))
    # The broken photo is listed with its reason, in Indonesian; "Buka folder" is offered.
    assert export.problems.isVisible()
    rows = [export.problem_model.index(r).data() for r in range(export.problem_model.rowCount())]
    # One line for the file, naming both sizes it could not be made for.
    assert len(rows) == 1 and rows[0].startswith("foto-rusak.jpg · Instagram Feed 4:5, X")
    assert export.open_button.isVisible() and export.open_button.text() == "Buka folder"
    assert (output / PORTRAIT / "klip.mp4").exists()


def test_cancelled_export_leaves_no_partial_files(window, qtbot, tmp_path, fake_dialogs):
    start_new_event(window, qtbot)
    session = window.session
    qtbot.keyClicks(window.production.form.editor("judul"), "Pelantikan Pejabat")
    folder = tmp_path / "banyak"
    folder.mkdir()
    many = [write_photo(folder / f"foto-{i:02d}.jpg", (1200, 900), seed=i) for i in range(5)]
    session.add_media(many)
    choose_platforms(window, {PORTRAIT, X_POST, "instagram_story"})
    output = tmp_path / "batal"
    session.set_output_dir(output)
    export = window.production.export
    with qtbot.waitSignal(export.exportFinished, timeout=60000) as finished:
        with qtbot.waitSignal(export.exportStarted):
            window.export_action.trigger()
        qtbot.waitUntil(lambda: export.progress.value() > 0 or not export.is_running,
                        timeout=30000)
        qtbot.mouseClick(export.cancel_button, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert report is None or report.cancelled
    assert "dibatalkan" in export.result.text()
    files = [p for p in output.rglob("*") if p.is_file()] if output.exists() else []
    assert not [p for p in files if p.name.startswith(".part-")]
    written = [p for p in files if p.suffix == ".jpg"]
    assert len(written) < len(many) * 3  # it really stopped early
    for path in written:  # and what is there is whole
        with Image.open(path) as image:
            image.load()


def test_a_folder_with_another_events_export_is_asked_about(window, qtbot, tmp_path,
                                                            fake_dialogs):
    """Never a silent overwrite: the officer is asked, and the event gets its own folder."""
    from studio.batch import read_owner

    start_new_event(window, qtbot)
    session = window.session
    qtbot.keyClicks(window.production.form.editor("judul"), "Apel Pagi")
    folder = tmp_path / "foto"
    folder.mkdir()
    session.add_media([write_photo(folder / "apel.jpg", (1200, 900))])
    choose_platforms(window, {X_POST})
    output = tmp_path / "hasil"
    output.mkdir()
    (output / ".studio-batch.jsonl").write_text('{"op":"owner","event":"Rapat Lain"}\n',
                                                encoding="utf-8")
    session.set_output_dir(output)
    qtbot.waitUntil(lambda: not session.is_loading(), timeout=20000)
    export = window.production.export
    fake_dialogs.folder_taken = "subfolder"
    with qtbot.waitSignal(export.exportFinished, timeout=60000) as finished:
        assert export.start_export()
    report = finished.args[0]
    assert "folder_taken" in fake_dialogs.asked
    own = session.project.output_dir
    assert own.parent == output and read_owner(own) == session.project.name
    assert report is not None and report.output_dir == own and len(report.written) == 1
    assert read_owner(output) == "Rapat Lain"  # the other event's folder is untouched

    # Declined: nothing is exported and the panel says why, in the officer's language.
    qtbot.waitUntil(lambda: not export.is_running, timeout=60000)  # the panel is idle again
    session.set_output_dir(output)
    fake_dialogs.folder_taken = None
    with qtbot.waitSignal(export.exportFinished, timeout=60000) as finished:
        assert export.start_export()
    assert finished.args[0] is None
    assert "kegiatan lain" in export.result.text()
