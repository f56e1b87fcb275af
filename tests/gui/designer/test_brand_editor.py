"""The brand kit editor: colours reach the previews at once, saving writes the user's kit."""

from __future__ import annotations

import hashlib
import shutil

import pytest
from PySide6.QtCore import QPointF

from gui.designer import open_brand_editor, open_template_editor, open_template_library
from gui.designer.brand_editor import BrandEditorWindow
from gui.i18n import install_language
from gui.labels import ratio_text
from studio.brand import load_brand
from studio.brand.store import active_brand_root, user_brand_dir
from studio.paths import BRANDING_DIR
from studio.template import editing


def tree_digest(root):
    digest = hashlib.sha1()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def builtin_digest():
    return tree_digest(BRANDING_DIR)


@pytest.fixture
def brand_copy(tmp_path, resources):
    """The editors work on a temp copy of the shipped kit (never on assets/branding)."""
    root = tmp_path / "branding"
    shutil.copytree(BRANDING_DIR, root)
    brand = load_brand(root)
    resources.set_brand(brand)
    return brand


def canvas_pixel(window, scene_point: QPointF):
    image = window.canvas._image.pixmap().toImage()
    scale = 1 / window.canvas._image.scale()
    return image.pixelColor(int(scene_point.x() * scale), int(scene_point.y() * scale))


def test_a_colour_change_reaches_open_previews_at_once(qtbot, resources, brand_copy,
                                                       builtin_digest):
    editor = open_template_editor(None)
    doc = editor.document
    editor.add_layer("shape")
    band = doc.template.layers[-1].id
    doc.edit(editing.set_layer_property, band, "fill", "brand:primary", text="t")
    qtbot.waitUntil(lambda: editor.renders > 0 and editor.canvas.has_image(), timeout=10000)
    rendered = editor.renders
    qtbot.waitUntil(lambda: editor.renders > rendered or editor.renders == rendered,
                    timeout=100)
    point = editor.canvas.item(band).rect().center()
    qtbot.waitUntil(lambda: canvas_pixel(editor, point).name().upper() == "#0B4F82",
                    timeout=10000)
    library = open_template_library()
    qtbot.waitUntil(lambda: library.model.pending() == 0, timeout=20000)
    thumbnails = library.model.rendered

    brand_editor = open_brand_editor()
    assert isinstance(brand_editor, BrandEditorWindow)
    brand_editor.select_colour("primary")
    brand_editor.colour_hex.setText("#D81B60")
    brand_editor.colour_hex.editingFinished.emit()
    assert resources.draft_brand.colors["primary"] == "#D81B60"
    # Not saved yet, and already in the preview, the strip and the library.
    qtbot.waitUntil(lambda: canvas_pixel(editor, point).name().upper() == "#D81B60",
                    timeout=10000)
    qtbot.waitUntil(lambda: library.model.rendered > thumbnails, timeout=20000)
    assert brand_editor.is_modified
    assert "passes" in brand_editor.contrast_white.text() or \
        "fails" in brand_editor.contrast_white.text() or brand_editor.contrast_white.text()

    # Undo restores the exact kit; redo brings the change back.
    brand_editor.undo_stack.undo()
    assert resources.draft_brand == brand_copy
    brand_editor.undo_stack.redo()
    assert resources.draft_brand.colors["primary"] == "#D81B60"

    assert brand_editor.save()
    user = user_brand_dir()
    assert load_brand(user).colors["primary"] == "#D81B60"
    assert active_brand_root() == user
    assert not brand_editor.is_modified
    assert tree_digest(BRANDING_DIR) == builtin_digest  # the shipped kit is untouched


def test_contrast_check_words_and_values(qtbot, resources, brand_copy, qtmodeltester):
    window = open_brand_editor()
    for model in (window.colours, window.fonts, window.logos):
        qtmodeltester.check(model)
    window.select_colour("accent")  # gold: fine with black text, not with white
    white = window.contrast_white.text()
    black = window.contrast_black.text()
    # One decimal, with the language's decimal sign, as in the list and the guide's "4,5:1".
    assert ratio_text(1.846) in white and window.tr("fails") in white
    assert ratio_text(11.38) in black and window.tr("passes") in black
    install_language("id")
    try:
        window.select_colour("primary")
        window.select_colour("accent")
        assert "1,8:1" in window.contrast_white.text()
        assert "11,4:1" in window.contrast_black.text()
    finally:
        install_language("id")


def test_import_font_logo_and_clip_into_the_users_kit(qtbot, resources, brand_copy, tmp_path,
                                                      builtin_digest):
    from PIL import Image

    window = open_brand_editor()
    font = BRANDING_DIR / "fonts" / "PlusJakartaSans-SemiBold.ttf"
    assert window.import_file("font", "judul_acara", font)
    user = user_brand_dir()
    assert resources.draft_brand.root == user
    assert (user / resources.draft_brand.fonts["judul_acara"]).is_file()
    assert window.fonts.row_of("judul_acara") >= 0
    logo = tmp_path / "logo-acara.png"
    Image.new("RGBA", (300, 100), (255, 255, 255, 255)).save(logo)
    assert window.import_file("logo", "acara", logo)
    assert resources.draft_brand.logo_path("brand:acara").is_file()
    clip = tmp_path / "pembuka.mp4"
    clip.write_bytes(b"\0" * 64)
    assert window.import_file("video", "intro", clip)
    assert resources.draft_brand.video["intro"] == "video/pembuka.mp4"
    song = tmp_path / "musik.mp3"
    song.write_bytes(b"\0" * 64)
    assert window.import_file("music", "music", song)  # the "Music bed" row's button
    assert resources.draft_brand.video["music"] == "video/musik.mp3"
    _title, shown_file, _choose, remove = window.clip_rows["music"]
    assert "video/musik.mp3" in shown_file.text() and remove.isEnabled()
    bad = tmp_path / "bukan-font.ttf"
    bad.write_bytes(b"nope")
    from gui.designer import dialogs

    shown = []
    original = dialogs.show_error
    dialogs.show_error = lambda parent, title, error: shown.append(error.code)
    try:
        assert not window.import_file("font", "rusak", bad)
    finally:
        dialogs.show_error = original
    assert shown == ["edit.bad_font"]
    window.tabs.setCurrentIndex(1)
    window.grab()  # the font list paints each font's sample
    assert window.save()
    assert load_brand(user).fonts["judul_acara"].startswith("fonts/")
    assert tree_digest(BRANDING_DIR) == builtin_digest


def test_discarding_unsaved_changes_puts_previews_back(qtbot, resources, brand_copy,
                                                       monkeypatch):
    from gui.designer import dialogs

    window = open_brand_editor()
    window.set_colour("accent", "#00AA00")
    assert resources.draft_brand.colors["accent"] == "#00AA00"
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: "discard")
    assert window.close()
    assert resources.draft_brand == brand_copy
    assert not (user_brand_dir() / "brand.toml").exists()
