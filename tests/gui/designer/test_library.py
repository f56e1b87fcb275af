"""The template library window: thumbnails, search, duplicate/delete/restore, packages."""

from __future__ import annotations

import tomllib

from PySide6.QtWidgets import QInputDialog, QMessageBox

from gui.designer import open_template_library
from gui.designer.library_window import IdRole, TemplateLibraryWindow
from studio.paths import TEMPLATES_DIR
from studio.template.library import TRASH, trash_entries
from studio.template.loader import load_template
from studio.template.package import export_package
from tests.studio.helpers import write_template


def library_window(qtbot) -> TemplateLibraryWindow:
    window = open_template_library()
    assert isinstance(window, TemplateLibraryWindow)
    qtbot.waitExposed(window)
    return window


def visible_ids(window: TemplateLibraryWindow) -> list[str]:
    return [window.proxy.index(r, 0).data(IdRole) for r in range(window.proxy.rowCount())]


def test_thumbnails_search_and_versions(qtbot, resources, qtmodeltester):
    window = library_window(qtbot)
    builtin = sorted(p.name for p in TEMPLATES_DIR.iterdir() if (p / "template.toml").exists())
    assert sorted(visible_ids(window)) == builtin
    qtbot.waitUntil(lambda: window.model.rendered >= len(builtin), timeout=20000)
    qtmodeltester.check(window.model)
    window.search.setText("LIPUTAN")
    assert visible_ids(window) == ["liputan-kegiatan"]
    window.search.setText("diskominfo")  # the author
    assert len(visible_ids(window)) >= 1
    window.search.clear()
    window.select("liputan-kegiatan")
    assert not window.actions_by_name["delete"].isEnabled()  # built-in: duplicate only
    assert window.actions_by_name["duplicate"].isEnabled()


def test_duplicate_delete_and_restore(qtbot, resources, monkeypatch):
    from gui.designer import dialogs

    window = library_window(qtbot)
    window.select("liputan-kegiatan")
    copy = window.duplicate_selected(name="Liputan Rapat")
    assert copy is not None and copy.id == "liputan-rapat"
    assert "liputan-rapat" in visible_ids(window)
    assert window.selected().id == "liputan-rapat"
    assert window.actions_by_name["delete"].isEnabled()
    monkeypatch.setattr(dialogs, "ask_delete_template", lambda parent, name: True)
    assert window.delete_selected()
    assert "liputan-rapat" not in visible_ids(window)
    trashed = trash_entries(resources.library.user_dir)
    assert len(trashed) == 1 and trashed[0].parent.name == TRASH
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: (trashed[0].name, True)))
    restored = window.restore_dialog()
    assert restored is not None and restored.id == "liputan-rapat"
    assert "liputan-rapat" in visible_ids(window)


def _package(tmp_path, version: str):
    source = write_template(tmp_path / f"src-{version}" / "paket-acara", name="Paket Acara",
                            version=version)
    return export_package(load_template(source), tmp_path / f"paket-{version}.zip")


def test_import_with_a_clash_asks_before_replacing(qtbot, resources, monkeypatch, tmp_path):
    window = library_window(qtbot)
    first = _package(tmp_path, "1.0.0")
    operation = window.import_package_file(first)
    qtbot.waitUntil(lambda: not operation.is_running, timeout=10000)
    qtbot.waitUntil(lambda: "paket-acara" in visible_ids(window))
    installed = resources.library.user_dir / "paket-acara"
    assert load_template(installed).template.version == "1.0.0"

    asked = []

    def answer(value):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return value
        return staticmethod(question)

    # A newer package with the same id: the designer says no, nothing changes.
    second = _package(tmp_path, "2.0.0")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    operation = window.import_package_file(second)
    qtbot.waitUntil(lambda: not operation.is_running and len(asked) == 1, timeout=10000)
    assert "1.0.0" in asked[0] and "2.0.0" in asked[0]
    assert load_template(installed).template.version == "1.0.0"
    assert not (resources.library.user_dir / TRASH).exists()

    # Asked again, the designer says yes: replaced, the old one kept in the trash.
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    operation = window.import_package_file(second)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=10000)
    qtbot.waitUntil(lambda: load_template(installed).template.version == "2.0.0",
                    timeout=10000)
    # The old version goes to the trash once the new one is in place (one swap).
    qtbot.waitUntil(lambda: not window._import.is_running, timeout=10000)
    trashed = trash_entries(resources.library.user_dir)
    assert [tomllib.loads((t / "template.toml").read_text(encoding="utf-8"))["version"]
            for t in trashed] == ["1.0.0"]
    qtbot.waitUntil(lambda: window.selected() is not None
                    and window.selected().id == "paket-acara")


def test_a_bad_package_is_refused_with_a_message(qtbot, resources, monkeypatch, tmp_path):
    from gui.designer import dialogs

    window = library_window(qtbot)
    bad = tmp_path / "rusak.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, error: shown.append(error))
    operation = window.import_package_file(bad)
    qtbot.waitUntil(lambda: not operation.is_running and bool(shown), timeout=10000)
    assert shown[0].code == "package.bad_zip"
    assert not (resources.library.user_dir / "rusak").exists()


def test_export_selected_package(qtbot, resources, tmp_path):
    window = library_window(qtbot)
    window.select("liputan-kegiatan")
    written = window.export_selected(tmp_path / "liputan.zip")
    assert written is not None and written.is_file()
    from studio.template.package import import_package

    again = import_package(written, tmp_path / "lib")
    assert again.template == load_template(TEMPLATES_DIR / "liputan-kegiatan").template
