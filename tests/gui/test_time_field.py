"""The time field takes times as officers type them, with real key presses on an empty field.

"19.30", "1930", "19:30" and "9.30" each give a time; the field can be emptied
again; what is not a time is said under the field once the officer leaves it.
(``QTimeEdit`` turned "19.30" typed into an empty optional field into
"(kosong)930" and no value.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.i18n import install_language
from gui.production.field_form import FieldForm
from gui.production.time_edit import parse_time
from gui.resources import Resources
from gui.session import EventSession
from studio.brand import default_brand
from studio.platforms import load_platforms
from studio.template import TemplateLibrary
from tests.studio.helpers import write_template


@pytest.fixture
def form(app, qtbot, tmp_path):
    write_template(tmp_path / "lib" / "uji-waktu", fields=[
        {"key": "judul", "label": "Judul", "required": True},
        {"key": "waktu", "label": "Waktu mulai", "type": "time"},
    ])
    library = TemplateLibrary(dirs=(tmp_path / "lib",))
    session = EventSession(Resources(library, default_brand(), load_platforms()))
    session.new_event(template="uji-waktu", output_dir=tmp_path / "hasil")
    form = FieldForm(session)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


@pytest.mark.parametrize(("typed", "stored", "shown"), [
    ("19.30", "19:30", "19.30"),
    ("1930", "19:30", "19.30"),
    ("19:30", "19:30", "19.30"),
    ("9.30", "09:30", "09.30"),
    ("930", "09:30", "09.30"),
    ("19,30", "19:30", "19.30"),
])
def test_typed_into_an_empty_field(form, qtbot, typed, stored, shown):
    session = form._session
    editor = form.editor("waktu")
    assert editor.text() == ""
    editor.setFocus()
    qtbot.keyClicks(editor, typed)
    assert session.project.fields["waktu"] == stored
    form.editor("judul").setFocus()  # leave the field: it is tidied
    qtbot.waitUntil(lambda: editor.text() == shown, timeout=10000)
    assert not form.message("waktu").isVisible()


def test_english_shows_a_colon(form, qtbot):
    install_language("en")
    try:
        editor = form.editor("waktu")
        editor.setFocus()
        qtbot.keyClicks(editor, "1930")
        form.editor("judul").setFocus()
        qtbot.waitUntil(lambda: editor.text() == "19:30", timeout=10000)
    finally:
        install_language("id")


def test_cleared_with_keys_and_with_the_clear_button(form, qtbot):
    session = form._session
    editor = form.editor("waktu")
    editor.setFocus()
    qtbot.keyClicks(editor, "19.30")
    assert session.project.fields["waktu"] == "19:30"
    for _ in range(5):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == ""
    assert session.project.fields["waktu"] == ""
    qtbot.keyClicks(editor, "8.15")
    assert session.project.fields["waktu"] == "08:15"
    editor.clear()  # what the clear button does
    assert session.project.fields["waktu"] == ""
    form.editor("judul").setFocus()
    assert not form.message("waktu").isVisible()  # an optional time may stay empty


def test_letters_do_not_get_in_and_a_wrong_time_is_said_on_leaving(form, qtbot):
    editor = form.editor("waktu")
    editor.setFocus()
    qtbot.keyClicks(editor, "jam 7")
    assert editor.text().strip() == "7"
    editor.clear()
    qtbot.keyClicks(editor, "25.00")
    assert form._session.project.fields.get("waktu", "") == ""
    assert not form.message("waktu").isVisible()  # not while typing
    form.editor("judul").setFocus()
    qtbot.waitUntil(form.message("waktu").isVisible, timeout=10000)
    assert "19.30" in form.message("waktu").text()


def test_undo_brings_the_time_back_into_the_field(form, qtbot):
    session = form._session
    editor = form.editor("waktu")
    editor.setFocus()
    qtbot.keyClicks(editor, "19.30")
    form.editor("judul").setFocus()
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "0800")
    assert session.project.fields["waktu"] == "08:00"
    session.undo_stack.undo()
    assert session.project.fields["waktu"] == "19:30"
    assert editor.text() == "19.30"


def test_no_red_message_before_the_officer_has_typed(form):
    for key in list(form.keys()):
        assert not form.message(key).isVisible(), key


def test_parse_time_rules():
    assert [parse_time(t) for t in ("19.30", "1930", "19:30", "9.30", "930", "9", "", " 7 ")] \
        == ["19:30", "19:30", "19:30", "09:30", "09:30", "09:00", "", "07:00"]
    assert [parse_time(t) for t in ("25.00", "19.60", "19.", "19.3", "12345", "x")] \
        == [None] * 6
