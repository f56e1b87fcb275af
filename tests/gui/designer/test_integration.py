"""The integration contract: public functions, the main window hook, the languages."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu

import gui.designer as designer
from gui.designer.library_window import TemplateLibraryWindow
from gui.i18n import I18N_DIR, current_language, install_language
from studio.paths import TEMPLATES_DIR


def test_public_api_opens_each_window_once(qtbot, resources):
    library = designer.open_template_library()
    assert designer.open_template_library() is library
    editor = designer.open_template_editor(TEMPLATES_DIR / "liputan-kegiatan")
    assert designer.open_template_editor(TEMPLATES_DIR / "liputan-kegiatan") is editor
    new = designer.open_template_editor(None)
    assert new is not editor
    brand = designer.open_brand_editor()
    assert designer.open_brand_editor() is brand


def test_a_folder_without_a_template_is_reported_not_raised(qtbot, resources, tmp_path,
                                                            monkeypatch):
    from gui.designer import dialogs

    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, error: shown.append(error))
    assert designer.open_template_editor(tmp_path) is None
    assert shown[0].code == "template.not_found"


def test_indonesian_by_default_english_on_request(qtbot, resources, qapp):
    assert (I18N_DIR / "designer_id.qm").is_file()
    try:
        assert install_language("id") == "id"
        window = designer.open_template_library()
        assert isinstance(window, TemplateLibraryWindow)
        assert window.actions_by_name["new"].text() == "Templat baru"
        assert window.search.placeholderText() == "Cari nama, id atau pembuat"
        # Switching language retranslates open windows.
        install_language("en")
        qapp.processEvents()
        assert current_language() == "en"
        assert window.actions_by_name["new"].text() == "New template"
        editor = designer.open_template_editor(TEMPLATES_DIR / "liputan-kegiatan")
        install_language("id")
        qapp.processEvents()
        assert editor.actions_by_name["save"].text() == "Simpan"
        assert editor.left_tabs.tabText(0) == "Lapisan"
    finally:
        install_language("en")


def test_main_window_hook_adds_a_designer_menu(qtbot, resources, qapp):
    class FakeMainWindow(QMainWindow):
        def __init__(self):
            super().__init__()
            self.menus: list[QMenu] = []

        def add_menu(self, menu: QMenu) -> None:
            self.menus.append(menu)
            self.menuBar().addMenu(menu)

    window = FakeMainWindow()
    qtbot.addWidget(window)
    try:
        menu = designer.install(window)
        assert window.menus == [menu]
        titles = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert len(titles) == 4  # library, new, brand kit, publish the brand kit
        menu.actions()[0].trigger()
        assert any(isinstance(w, TemplateLibraryWindow) for w in designer.open_windows())
    finally:
        install_language("en")
