"""The event's undo is a stack of project values: every edit undoes and redoes exactly.

Field edits, the template, the platforms and every media edit — add, remove,
trim, focal point, skip — go through the same :class:`gui.undo.ValueCommand`
as the designer's edits; undo puts back the exact earlier value, and the views
(the media list model, the form) follow from what changed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from gui.resources import Resources
from gui.session import EventSession
from studio.brand import default_brand
from studio.platforms import load_platforms
from studio.template import default_library
from tests.gui.test_flow import start_new_event


def _session(tmp_path: Path) -> EventSession:
    session = EventSession(Resources(default_library(), default_brand(), load_platforms()))
    session.new_event(template="liputan-kegiatan", output_dir=tmp_path / "hasil")
    return session


def _paths(session: EventSession) -> list[str]:
    model = session.media_model
    return [model.item(row).path.name for row in range(model.rowCount())]


def test_typing_in_one_field_is_one_step_and_leaving_it_starts_another(app, tmp_path):
    session = _session(tmp_path)
    changed: list[str] = []
    session.fieldChanged.connect(changed.append)
    for text in ("R", "Ra", "Rapat"):
        session.set_field("judul", text)
    session.close_field_edit()
    session.set_field("judul", "Rapat Koordinasi")
    session.set_field("lokasi", "Aula")
    assert session.undo_stack.count() == 3
    session.undo_stack.undo()
    assert "lokasi" not in session.project.fields and changed[-1] == "lokasi"
    session.undo_stack.undo()
    assert session.project.fields["judul"] == "Rapat"
    session.undo_stack.undo()
    assert session.project.fields.get("judul", "") == ""
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert session.project.fields["judul"] == "Rapat Koordinasi"


def test_template_and_platforms_undo(app, tmp_path):
    session = _session(tmp_path)
    templates: list[str] = []
    session.templateChanged.connect(templates.append)
    session.set_template("ucapan")
    session.set_platforms(["x_post"])
    assert session.project.platforms == ("x_post",)
    session.undo_stack.undo()
    assert session.project.platforms != ("x_post",)
    session.undo_stack.undo()
    assert session.project.template == "liputan-kegiatan" and templates == ["ucapan",
                                                                            "liputan-kegiatan"]
    session.undo_stack.redo()
    assert session.project.template == "ucapan"


def test_adding_and_removing_media_undo_and_the_list_follows(app, qtbot, qtmodeltester,
                                                              tmp_path, photos):
    session = _session(tmp_path)
    model = session.media_model
    qtmodeltester.check(model)
    assert session.add_media(photos[:2]) == 2
    assert session.add_media(photos[2:]) == 1
    qtbot.waitUntil(lambda: not session.is_loading(), timeout=10000)
    names = [p.name for p in photos]
    assert _paths(session) == names
    session.remove_media([1])
    assert _paths(session) == [names[0], names[2]]
    qtmodeltester.check(model)

    session.undo_stack.undo()  # the removed photo comes back where it was
    assert _paths(session) == names
    qtbot.waitUntil(lambda: model.state(1).status == "ready", timeout=10000)
    assert model.index(1).data(Qt.ItemDataRole.DecorationRole) is not None
    session.undo_stack.undo()  # the third photo goes again
    assert _paths(session) == names[:2]
    session.undo_stack.undo()
    assert _paths(session) == [] and session.project.media == ()
    session.undo_stack.redo()
    assert _paths(session) == names[:2]
    qtbot.waitUntil(lambda: not session.is_loading(), timeout=10000)
    assert all(model.state(row).status == "ready" for row in range(2))
    qtmodeltester.check(model)


def test_trim_focus_and_skip_undo(app, qtbot, tmp_path, photos):
    session = _session(tmp_path)
    session.add_media(photos[:2])
    media_changes: list[bool] = []
    session.mediaChanged.connect(lambda: media_changes.append(True))
    changed_rows: list[int] = []
    session.media_model.dataChanged.connect(lambda a, b, *_: changed_rows.append(a.row()))

    session.set_trim(1, (1.0, 3.5))
    assert session.project.media[1].trim == (1.0, 3.5)
    # Dragging the focal point about merges into one step.
    session.set_focus(1, (0.2, 0.3))
    session.set_focus(1, (0.25, 0.35))
    session.set_skip(0, True)
    assert session.undo_stack.count() == 4  # add, trim, focus, skip
    assert changed_rows[-1] == 0

    session.undo_stack.undo()
    assert not session.project.media[0].skip
    session.undo_stack.undo()
    assert session.project.media[1].focus is None
    assert session.media_model.item(1).focus is None  # the model shows the value undone
    session.undo_stack.undo()
    assert session.project.media[1].trim is None
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert session.project.media[1].trim == (1.0, 3.5)
    assert session.project.media[1].focus == (0.25, 0.35)
    assert len(media_changes) == 9


def test_undo_back_to_the_saved_event_is_clean_and_keeps_its_file(app, tmp_path):
    session = _session(tmp_path)
    session.set_field("judul", "Apel Pagi")
    saved = session.save(tmp_path / "apel.kegiatan.toml")
    assert not session.is_dirty
    session.set_field("lokasi", "Lapangan")
    assert session.is_dirty
    session.undo_stack.undo()
    assert not session.is_dirty
    session.undo_stack.undo()  # before the first save: the file and name stay the event's
    assert session.is_dirty and session.path == saved and session.project.name == "apel"
    session.undo_stack.redo()
    assert not session.is_dirty


def test_the_edit_menu_undoes_media_edits(window, qtbot, photos):
    start_new_event(window, qtbot)
    session = window.session
    session.add_media(photos[:1])
    session.set_focus(0, (0.4, 0.6))
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert session.project.media[0].focus is None
    window.undo_action.trigger()
    assert session.project.media == ()
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert len(session.project.media) == 1
