"""The template editor, driven through its own actions, canvas and panels."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from gui.designer import open_template_editor
from gui.designer.editor_window import TemplateEditorWindow
from studio.cli import main as cli_main
from studio.paths import TEMPLATES_DIR
from studio.template import editing
from studio.template.layout import resolve_layout
from studio.template.loader import load_template
from studio.template.model import Box, TextLayer


def wait_rendered(qtbot, window: TemplateEditorWindow, after: int = 0) -> None:
    qtbot.waitUntil(lambda: window.renders > after, timeout=10000)


def drag(canvas, start_scene, end_scene, *, steps: int = 6) -> None:
    """A real mouse drag on the canvas (press, several moves, release)."""
    viewport = canvas.viewport()
    start = canvas.mapFromScene(start_scene)
    end = canvas.mapFromScene(end_scene)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        point = start + (end - start) * i / steps
        QTest.mouseMove(viewport, QPoint(round(point.x()), round(point.y())))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def new_editor(qtbot, resources) -> TemplateEditorWindow:
    window = open_template_editor(None)
    assert isinstance(window, TemplateEditorWindow)
    qtbot.waitExposed(window)
    return window


def add_field_through_dialog(window: TemplateEditorWindow, key: str) -> None:
    dialog = window.field_panel.open_dialog(None)
    dialog.key.setCurrentText(key)
    assert dialog.label.text()  # the shared vocabulary fills in the label
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result_field is not None
    window.field_panel.add_field(dialog.result_field)


def test_build_save_reload_and_render_through_the_cli(qtbot, resources, tmp_path):
    window = new_editor(qtbot, resources)
    doc = window.document
    add_field_through_dialog(window, "judul")
    for name in ("add_media", "add_shape", "add_image", "add_text"):
        window.actions_by_name[name].trigger()
    t = doc.template
    assert [la.type for la in t.layers] == ["media", "shape", "image", "text"]
    logo = t.layers[2]
    assert logo.source == "brand:white"
    text_id = t.layers[3].id
    # Bind the text to the field through the property panel.
    doc.select(text_id)
    editor = window.properties.row("text").editor
    editor.edit.setPlainText("")
    editor.insert_snippet("{{ judul }}")
    assert doc.template.layer(text_id).text == "{{ judul }}"
    wait_rendered(qtbot, window)

    # A 9:16 variant that moves the text up, with the mouse on the canvas.
    window.set_target("tall")
    assert window.platform.aspect == "tall"
    base_box = doc.template.layer(text_id).box
    item = window.canvas.item(text_id)
    start = item.rect().center()
    drag(window.canvas, start, start - type(start)(0, 600))
    tall = doc.template.variants["tall"][text_id]
    assert tall["box"][1] < base_box.y - 0.2
    assert doc.template.layer(text_id).box == base_box  # the base did not move
    assert window.properties.is_overridden_shown("box")

    assert window.save(template_id="acara-baru", name="Acara Baru")
    folder = resources.library.user_dir / "acara-baru"
    assert (folder / "template.toml").is_file()
    reloaded = load_template(folder).template
    assert reloaded == doc.template
    assert not doc.is_modified
    # Undoing past the first save keeps the folder's id (the folder must still load).
    doc.undo_stack.undo()
    assert doc.template.id == "acara-baru" and doc.is_modified
    doc.undo_stack.redo()
    assert doc.template == reloaded

    photo = tmp_path / "foto.jpg"
    Image.new("RGB", (1600, 1200), (90, 120, 150)).save(photo)
    out = tmp_path / "hasil"
    code = cli_main(["export", "--template", "acara-baru", "--platform",
                     "instagram_story,instagram_portrait", "--set", "judul=Rapat Koordinasi",
                     "--output", str(out), "--no-captions", str(photo)])
    assert code == 0
    story = sorted((out / "instagram_story").iterdir())
    assert len(story) == 1
    with Image.open(story[0]) as image:
        assert image.size == (1080, 1920)
    assert len(list((out / "instagram_portrait").iterdir())) == 1
    # The story lays the title out higher than the feed post does.
    tall_layout = resolve_layout(reloaded, 1080, 1920)
    feed_layout = resolve_layout(reloaded, 1080, 1350)
    tall_rect = next(r.rect for r in tall_layout.layers if r.layer.id == text_id)
    feed_rect = next(r.rect for r in feed_layout.layers if r.layer.id == text_id)
    assert tall_rect[1] / 1920 < feed_rect[1] / 1350 - 0.2


def test_undo_redo_returns_the_exact_values(qtbot, resources):
    window = new_editor(qtbot, resources)
    doc = window.document
    stack = doc.undo_stack
    history = [doc.template]

    def step(action):
        action()
        assert doc.template != history[-1]
        history.append(doc.template)

    step(lambda: add_field_through_dialog(window, "judul"))
    step(lambda: window.add_layer("media"))
    step(lambda: window.add_layer("shape"))
    step(lambda: window.add_layer("text"))
    text_id = doc.template.layers[-1].id
    doc.select(text_id)
    step(lambda: window.properties.row("size").editor.high.setValue(90))
    step(lambda: window.layer_panel.model.setData(window.layer_panel.model.index(0), "Judul"))
    step(lambda: window.layer_panel.model.move_to_row(text_id, 2))
    window.set_target("landscape")
    step(lambda: window.properties.row("align").editor.combo.activated.emit(2))
    step(lambda: window.properties.reset_requested.emit("align"))
    window.set_target(None)
    step(lambda: window.move_selected_layer(1))
    step(window.duplicate_selected_layer)
    step(window.remove_selected_layer)

    assert stack.count() == len(history) - 1
    for expected in reversed(history[:-1]):
        stack.undo()
        assert doc.template == expected
    assert doc.template == history[0] == editing.new_template()
    for expected in history[1:]:
        stack.redo()
        assert doc.template == expected
    # Half way back and forth again: still the same values.
    stack.setIndex(4)
    assert doc.template == history[4]
    stack.setIndex(len(history) - 1)
    assert doc.template == history[-1]


def test_arrow_keys_nudge_and_merge_into_one_step(qtbot, resources):
    window = new_editor(qtbot, resources)
    doc = window.document
    window.add_layer("shape")
    layer_id = doc.template.layers[-1].id
    doc.select(layer_id)
    before = doc.template
    count = doc.undo_stack.count()
    window.canvas.setFocus()
    QTest.keyClick(window.canvas, Qt.Key.Key_Right)
    QTest.keyClick(window.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(window.canvas, Qt.Key.Key_Up)
    box = doc.template.layer(layer_id).box
    width, height = window.platform.width, window.platform.height
    assert box.x == pytest.approx(before.layer(layer_id).box.x + 11 / width, abs=1e-4)
    assert box.y == pytest.approx(before.layer(layer_id).box.y - 1 / height, abs=1e-4)
    assert doc.undo_stack.count() == count + 1
    doc.undo_stack.undo()
    assert doc.template == before


def test_dragging_snaps_to_the_centre_line_and_shows_guides(qtbot, resources):
    window = new_editor(qtbot, resources)
    doc = window.document
    window.add_layer("shape")
    layer_id = doc.template.layers[-1].id
    doc.select(layer_id)
    doc.edit(editing.set_layer_property, layer_id, "box", Box(x=0.1, y=0.1, w=0.3, h=0.2),
             text="test")
    canvas = window.canvas
    item = canvas.item(layer_id)
    rect = item.rect()
    centre_x = window.platform.width / 2
    # Press in the box and move so its centre lands 3 px from the canvas centre.
    canvas.begin_drag(item, "", rect.center())
    target = rect.center() + type(rect.center())(centre_x - rect.center().x() + 3, 0)
    canvas.drag_to(target)
    assert any(g.vertical and g.position == centre_x for g in canvas.guides)
    assert item.rect().center().x() == pytest.approx(centre_x)
    canvas.end_drag()
    assert canvas.guides == []
    box = doc.template.layer(layer_id).box
    assert box.x + box.w / 2 == pytest.approx(0.5, abs=1e-4)


def test_resize_with_a_handle(qtbot, resources):
    window = new_editor(qtbot, resources)
    doc = window.document
    window.add_layer("shape")
    layer_id = doc.template.layers[-1].id
    doc.select(layer_id)
    canvas = window.canvas
    item = canvas.item(layer_id)
    before = item.rect()
    handle = item.handle_rects()["lt"].center()
    drag(canvas, handle, handle + type(handle)(100, 50))
    after = doc.template.layer(layer_id).box
    width, height = window.platform.width, window.platform.height
    assert after.x * width == pytest.approx(before.left() + 100, abs=3)
    assert (after.x + after.w) * width == pytest.approx(before.right(), abs=2)
    assert after.y * height > before.top() / height * height


def test_variant_overrides_are_marked_and_reset(qtbot, resources):
    window = new_editor(qtbot, resources)
    doc = window.document
    add_field_through_dialog(window, "judul")
    window.add_layer("text")
    text_id = doc.template.layers[-1].id
    doc.select(text_id)
    window.set_target("tall")
    assert not window.properties.is_overridden_shown("size")
    window.properties.row("size").editor.low.setValue(50)
    assert doc.template.variants["tall"][text_id]["size"] == [50.0, 72.0]
    assert window.properties.is_overridden_shown("size")
    assert not window.properties.is_overridden_shown("box")
    # Names and locks are the same in every aspect: greyed out in a variant.
    assert not window.properties.row("locked").editor.isEnabled()
    window.properties.row("size").reset.click()
    assert doc.template.variants == {}
    assert not window.properties.is_overridden_shown("size")
    # Hiding a layer in a variant is an override, shown in the layer list.
    model = window.layer_panel.model
    row = model.row_of(text_id)
    from gui.designer.layer_list import OverriddenRole, VisibleRole

    model.setData(model.index(row), False, VisibleRole)
    assert doc.template.variants["tall"][text_id] == {"visible": False}
    assert model.index(row).data(OverriddenRole) is True
    assert doc.template.layer(text_id).visible


def test_locks_in_layer_list_and_field_dialog(qtbot, resources):
    window = new_editor(qtbot, resources)
    doc = window.document
    window.add_layer("shape")
    layer_id = doc.template.layers[-1].id
    from gui.designer.layer_list import LockedRole

    model = window.layer_panel.model
    assert doc.template.layer(layer_id).locked is True
    model.setData(model.index(0), False, LockedRole)
    assert doc.template.layer(layer_id).locked is False
    dialog = window.field_panel.open_dialog(None)
    dialog.key.setCurrentText("penyelenggara")
    dialog.locked.setChecked(True)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a locked field needs a default
    dialog.default.setText("Diskominfo Kota Cimahi")
    assert ok.isEnabled()
    ok.click()
    window.field_panel.add_field(dialog.result_field)
    assert doc.template.field("penyelenggara").locked is True


def test_problems_are_listed_inline_and_select_the_layer(qtbot, resources):
    window = new_editor(qtbot, resources)
    doc = window.document
    window.add_layer("text")
    text_id = doc.template.layers[-1].id
    doc.edit(editing.set_layer_property, text_id, "text", "{{ lokasi }}", text="t")
    codes = {(p.code, p.layer_id) for p in window.problems.problems}
    assert ("field.undefined", text_id) in codes
    assert ("media.no_layer", None) in codes
    row = next(i for i, p in enumerate(window.problems.problems) if p.layer_id == text_id)
    doc.select(None)
    window.problem_view.clicked.emit(window.problems.index(row))
    assert doc.selected == text_id
    # The preview still renders: the broken layer is left out and said so.
    wait_rendered(qtbot, window)
    qtbot.waitUntil(lambda: any(p.code == "left_out" for p in window.problems.problems))


def test_every_platform_strip_and_platform_switch(qtbot, resources):
    folder = TEMPLATES_DIR / "liputan-kegiatan"
    window = open_template_editor(folder)
    qtbot.waitUntil(lambda: window.strip_renders > 0, timeout=15000)
    assert window.strip_model.rendered() == len(resources.platforms)
    assert window.document.builtin
    index = window.strip_model.index(
        list(resources.platforms).index("instagram_story"))
    window.strip_view.clicked.emit(index)
    assert window.platform.id == "instagram_story"
    assert window.canvas.sceneRect().height() > 1920


def test_saving_a_builtin_template_writes_a_user_copy(qtbot, resources):
    folder = TEMPLATES_DIR / "liputan-kegiatan"
    original = (folder / "template.toml").read_bytes()
    window = open_template_editor(folder)
    doc = window.document
    doc.edit(editing.set_template_info, version="1.1.0", text="t")
    assert window.save()
    assert (folder / "template.toml").read_bytes() == original
    copy = resources.library.user_dir / "liputan-kegiatan"
    assert load_template(copy).template.version == "1.1.0"
    assert not resources.library.is_builtin("liputan-kegiatan")


def test_unsaved_changes_prompt_on_close(qtbot, resources, monkeypatch):
    from gui.designer import dialogs

    window = new_editor(qtbot, resources)
    window.add_layer("shape")
    asked = []
    monkeypatch.setattr(dialogs, "ask_save_changes",
                        lambda parent, name: asked.append(name) or "cancel")
    assert not window.close()
    assert asked and window.isVisible()
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: "discard")
    assert window.close()


def test_focal_point_of_the_sample_photo(qtbot, resources):
    window = new_editor(qtbot, resources)
    window.add_layer("media")
    media_id = window.document.template.layers[0].id
    window.document.select(media_id)
    point = window._focus_point()
    assert point is not None
    window.canvas.focus_moved.emit(point + type(point)(200, 0))
    assert window.focus[0] > 0.5 or window.focus == (1.0, 0.5)
    assert window.properties.row("focus").editor.x.value() == pytest.approx(
        window.focus[0] * 100, abs=0.6)
    assert window.document.undo_stack.count() == 1  # a preview setting, not an edit


def test_image_file_is_copied_into_the_template(qtbot, resources, tmp_path):
    window = new_editor(qtbot, resources)
    window.add_layer("image")
    layer_id = window.document.template.layers[-1].id
    png = tmp_path / "hiasan.png"
    Image.new("RGBA", (64, 32), (255, 200, 0, 255)).save(png)
    assert window.use_image_file(png)
    source = window.document.template.layer(layer_id).source
    assert source == "aset/hiasan.png"
    assert (window.document.asset_folder / source).is_file()
    assert window.save(template_id="dengan-gambar", name="Dengan gambar")
    assert (resources.library.user_dir / "dengan-gambar" / source).is_file()
    assert isinstance(load_template(resources.library.user_dir / "dengan-gambar"), object)


def test_models_pass_qt_model_checks(qtbot, resources, qtmodeltester):
    folder = TEMPLATES_DIR / "liputan-kegiatan"
    window = open_template_editor(folder)
    qtmodeltester.check(window.layer_panel.model)
    qtmodeltester.check(window.field_panel.model)
    qtmodeltester.check(window.problems)
    qtmodeltester.check(window.strip_model)
    assert isinstance(window.document.template.layer("judul"), TextLayer)
    assert Path(window.document.folder) == folder
