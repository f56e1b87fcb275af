"""The event form is generated from the template: editors by type, locks, choices, limits."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from gui.production.field_form import FieldForm
from gui.production.time_edit import TimeEdit
from gui.resources import Resources
from gui.session import EventSession
from studio.brand import default_brand
from studio.platforms import load_platforms
from studio.template import TemplateLibrary
from tests.studio.helpers import write_template


def _session(tmp_path) -> EventSession:
    write_template(tmp_path / "lib" / "uji-form", fields=[
        {"key": "judul", "label": "Judul", "required": True, "max_length": 10},
        {"key": "penyelenggara", "label": "Penyelenggara", "default": "Diskominfo",
         "locked": True},
        {"key": "waktu", "label": "Waktu mulai", "type": "time"},
        {"key": "zona", "label": "Zona waktu", "type": "choice", "choices": ["WIB", "WITA"],
         "required": True, "default": "WIB"},
        {"key": "deskripsi", "label": "Ringkasan", "type": "multiline", "max_length": 20},
    ])
    library = TemplateLibrary(dirs=(tmp_path / "lib",))
    session = EventSession(Resources(library, default_brand(), load_platforms()))
    session.new_event(template="uji-form", output_dir=tmp_path / "hasil")
    return session


def test_editors_follow_the_field_types_and_locks(app, qtbot, tmp_path):
    session = _session(tmp_path)
    form = FieldForm(session)
    qtbot.addWidget(form)
    assert form.keys() == ["judul", "penyelenggara", "waktu", "zona", "deskripsi"]
    title = form.editor("judul")
    assert isinstance(title, QLineEdit)
    assert "*" in form._rows["judul"].label.text()

    locked = form.editor("penyelenggara")
    assert isinstance(locked, QLineEdit) and locked.isReadOnly()
    assert locked.text() == "Diskominfo"
    assert "ditetapkan desainer" in form._rows["penyelenggara"].label.text()

    time_edit = form.editor("waktu")
    assert isinstance(time_edit, TimeEdit)  # typed as text: tests/gui/test_time_field.py
    qtbot.keyClicks(time_edit, "19.30")
    assert session.project.fields["waktu"] == "19:30"

    zone = form.editor("zona")
    assert isinstance(zone, QComboBox)
    assert [zone.itemText(i) for i in range(zone.count())] == ["WIB", "WITA"]
    zone.setCurrentIndex(1)
    assert session.project.fields["zona"] == "WITA"

    text = form.editor("deskripsi")
    assert isinstance(text, QPlainTextEdit)
    text.setPlainText("x" * 20)
    assert form.counter("deskripsi").text() == "20/20"
    assert form.counter("deskripsi").property("state") == "over"
    text.setPlainText("y" * 30)  # pasted past the limit: refused whole, not cut
    assert session.project.fields["deskripsi"] == "x" * 20
    assert text.toPlainText() == "x" * 20
    assert form.message("deskripsi").isVisible() or form.message("deskripsi").text()
    assert "20" in form.message("deskripsi").text() and "30" in form.message("deskripsi").text()


def test_a_title_past_its_limit_is_refused_whole_not_cut(app, qtbot, tmp_path):
    session = _session(tmp_path)
    form = FieldForm(session)
    qtbot.addWidget(form)
    title = form.editor("judul")
    assert isinstance(title, QLineEdit)
    qtbot.keyClicks(title, "Rapat")
    title.selectAll()
    title.insert("Rapat Koordinasi")  # 16 characters into a field of 10: refused
    assert title.text() == "Rapat"
    assert session.project.fields["judul"] == "Rapat"
    assert "10" in form.message("judul").text()
    title.deselect()
    title.end(False)
    qtbot.keyClicks(title, " Kota")  # typing up to the limit still works
    assert title.text() == "Rapat Kota"
    assert form.counter("judul").text() == "10/10"
    qtbot.keyClicks(title, "X")  # one past the limit is refused too
    assert title.text() == "Rapat Kota"


def test_a_value_from_an_older_event_is_shown_whole_and_flagged(app, qtbot, tmp_path):
    session = _session(tmp_path)
    session.set_field("judul", "Rapat Koordinasi Kehumasan")  # 26 > 10, e.g. an old file
    form = FieldForm(session)
    qtbot.addWidget(form)
    assert form.editor("judul").text() == "Rapat Koordinasi Kehumasan"
    assert "26" in form.message("judul").text()
    assert form.editor("judul").property("invalid")


def test_undo_restores_values_in_the_editors(app, qtbot, tmp_path):
    session = _session(tmp_path)
    form = FieldForm(session)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.editor("judul"), "Rapat")
    form.editor("zona").setCurrentIndex(1)
    session.undo_stack.undo()
    assert form.editor("zona").currentText() == "WIB"
    session.undo_stack.undo()
    assert form.editor("judul").text() == ""
    assert form.counter("judul").text() == "0/10"
    session.undo_stack.redo()
    assert form.editor("judul").text() == "Rapat"
