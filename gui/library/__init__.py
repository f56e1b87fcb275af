"""The shared template library in the app: sources, updates, refusals, publishing.

``install(main_window)`` (called by the main window's extension hook, like the
designer's tools) adds the "Shared library" menu, a status in the status bar,
the line under the template gallery that offers to update an event, and reads
the library folders on start. Designers' publishing lives in
:mod:`gui.library.publish_dialog`, opened from the designer's tools.

Public API::

    install(main_window) -> LibraryController
    open_library_dialog(main_window) -> LibraryDialog
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from gui.library.controller import LibraryController

__all__ = ["LibraryController", "install", "open_library_dialog"]


def install(main_window: Any) -> LibraryController:
    controller = LibraryController(main_window.session.resources, main_window)
    main_window.library_controller = controller
    menu = _LibraryMenu(main_window, controller)
    main_window.add_menu(menu)
    main_window.library_menu = menu
    status = _LibraryStatus(controller, main_window)
    main_window.statusBar().addPermanentWidget(status)
    main_window.library_status = status
    production = getattr(main_window, "production", None)
    gallery = getattr(production, "gallery", None)
    if gallery is not None and gallery.layout() is not None:
        from gui.library.event_versions import EventVersionsBar

        bar = EventVersionsBar(main_window.session)
        gallery.layout().addWidget(bar)
        main_window.event_versions = bar
    controller.synced.connect(lambda report: _on_start_sync(main_window, report))
    if controller.has_sources():
        # After the window is shown: the first sync must not delay the start.
        QTimer.singleShot(0, controller.sync)
    return controller


def _on_start_sync(main_window: Any, report) -> None:
    """Show the updates once per run, the first time a sync finds them."""
    if getattr(main_window, "_library_updates_shown", False):
        return
    if report.updates or report.refusals:
        main_window._library_updates_shown = True
        open_library_dialog(main_window)


def open_library_dialog(main_window: Any):
    from gui.library.library_dialog import LibraryDialog

    dialog = getattr(main_window, "library_dialog", None)
    if dialog is None:
        dialog = LibraryDialog(main_window.library_controller,
                               main_window.session.resources.library,
                               main_window)
        dialog.settingsRequested.connect(main_window.show_settings)
        main_window.library_dialog = dialog
    dialog.rebuild()
    dialog.show()
    dialog.raise_()
    return dialog


class _LibraryMenu(QMenu):
    def __init__(self, main_window: Any, controller: LibraryController) -> None:
        super().__init__(main_window)
        self.setObjectName("libraryMenu")
        self._window = main_window
        self.check_action = self.addAction("")
        self.open_action = self.addAction("")
        self.addSeparator()
        self.folders_action = self.addAction("")
        self.check_action.triggered.connect(lambda: self._check(controller))
        self.open_action.triggered.connect(lambda: open_library_dialog(main_window))
        self.folders_action.triggered.connect(main_window.show_settings)
        self._retranslate()

    def _check(self, controller: LibraryController) -> None:
        open_library_dialog(self._window)
        controller.sync()

    def _retranslate(self) -> None:
        self.setTitle(self.tr("S&hared library"))
        self.check_action.setText(self.tr("Check for updates"))
        self.open_action.setText(self.tr("Updates and versions…"))
        self.folders_action.setText(self.tr("Library folders…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class _LibraryStatus(QLabel):
    """"Shared library: 2 updates" / "working from the local copy" in the status bar."""

    def __init__(self, controller: LibraryController, main_window: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryStatus")
        self._controller = controller
        self._window = main_window
        self.linkActivated.connect(self._on_link_activated)
        controller.syncStarted.connect(self.refresh)
        controller.synced.connect(self.refresh)
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        controller = self._controller
        report = controller.report
        if controller.is_syncing:
            text = self.tr("Shared library: reading…")
        elif report is None:
            text = ""
        elif report.offline:
            text = self.tr("Shared library: not reachable, using the local copy")
        else:
            updates = len(controller.pending_updates())
            text = self.tr("Shared library: %n update(s)", "", updates) if updates else \
                self.tr("Shared library: up to date")
        self.setText(f'<a href="library" style="color:#5B6B7B">{text}</a>' if text else "")

    def _on_link_activated(self, _link: str) -> None:
        open_library_dialog(self._window)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
