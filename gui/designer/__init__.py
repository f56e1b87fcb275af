"""The designers' tools: template library, template editor and brand kit editor.

Designers at Diskominfo make and change templates and the brand kit here
without code, see them at every platform size, and share templates as
packages. The windows work inside the PIC app (``install(main_window)`` adds a
"Designer" menu) and on their own (``python -m gui.designer``).

They read and change the app's one :class:`~gui.resources.Resources` (the
library, the brand kit, the platforms), so what a designer saves reaches the
PIC's open event without any bridge, and they speak the app's language
(:mod:`gui.i18n` installs their catalogue with the app's).

Public API (what the main app calls)::

    open_template_library(parent=None) -> QWidget
    open_template_editor(template_folder: Path | None, parent=None) -> QWidget | None
    open_brand_editor(parent=None) -> QWidget
    install(main_window)  # adds the "Designer" menu
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMenu, QWidget

__all__ = [
    "install",
    "open_brand_editor",
    "open_template_editor",
    "open_template_library",
]

# Windows opened without a parent stay referenced until they close.
_windows: set[QWidget] = set()


def _keep(window: QWidget) -> QWidget:
    _windows.add(window)
    window.destroyed.connect(lambda *_: _windows.discard(window))
    return window


def open_template_library(parent: QWidget | None = None) -> QWidget:
    """Show the template library window (one per process; raised if open)."""
    from gui.designer.library_window import TemplateLibraryWindow

    for window in list(_windows):
        if isinstance(window, TemplateLibraryWindow):
            window.show()
            window.raise_()
            window.activateWindow()
            return window
    window = TemplateLibraryWindow(parent=parent)
    _keep(window)
    window.show()
    return window


def open_template_editor(template_folder: Path | None, parent: QWidget | None = None
                         ) -> QWidget | None:
    """Show the editor for the template in ``template_folder`` (None: a new template).

    A template already open is raised instead of opened twice. A folder that
    does not hold a valid template is reported to the user; then None is
    returned.
    """
    from gui.designer import dialogs
    from gui.designer.editor_window import TemplateEditorWindow, new_document
    from gui.resources import app_resources
    from studio.errors import StudioError

    if template_folder is not None:
        wanted = Path(template_folder).resolve()
        for window in list(_windows):
            if isinstance(window, TemplateEditorWindow) and window.document.folder is not None \
                    and window.document.folder.resolve() == wanted:
                window.show()
                window.raise_()
                window.activateWindow()
                return window
    resources = app_resources()
    try:
        document = new_document(resources, Path(template_folder) if template_folder else None)
    except StudioError as exc:
        dialogs.show_error(parent, QCoreApplication.translate("Designer",
                                                              "The template cannot be opened"),
                           exc)
        return None
    window = TemplateEditorWindow(document, resources, parent)
    _keep(window)
    window.show()
    return window


def open_brand_editor(parent: QWidget | None = None) -> QWidget:
    """Show the brand kit editor (one per process; raised if open)."""
    from gui.designer.brand_editor import show_brand_editor

    return show_brand_editor(parent)


def open_windows() -> list[QWidget]:
    return list(_windows)


def install(main_window: Any) -> QMenu:
    """Add the "Designer" menu to the main window."""
    menu = _DesignerMenu(main_window)
    main_window.add_menu(menu)
    return menu


class _DesignerMenu(QMenu):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.library_action = self.addAction("")
        self.new_action = self.addAction("")
        self.addSeparator()
        self.brand_action = self.addAction("")
        self.publish_brand_action = self.addAction("")
        self.library_action.triggered.connect(lambda: open_template_library())
        self.publish_brand_action.triggered.connect(self._on_publish_brand_triggered)
        self.new_action.triggered.connect(lambda: open_template_editor(None))
        self.brand_action.triggered.connect(lambda: open_brand_editor())
        self._retranslate()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("&Designer"))
        self.library_action.setText(self.tr("Templates\u2026"))
        self.new_action.setText(self.tr("New template\u2026"))
        self.brand_action.setText(self.tr("Brand kit\u2026"))
        self.publish_brand_action.setText(self.tr("Publish the brand kit to the shared "
                                                  "library\u2026"))

    def _on_publish_brand_triggered(self) -> None:
        # The saved brand kit in force (unsaved edits in an open editor are not published).
        from gui.library.publish_dialog import PublishDialog
        from studio.brand.store import active_brand_root

        PublishDialog(active_brand_root(), self.parentWidget()).open()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
