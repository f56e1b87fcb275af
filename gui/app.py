"""Starting the desktop app: Qt application, language, the shared resources, the main window.

``run_app(argv)`` is what ``python main.py`` (no arguments) calls. The brand
kit in force, the template library and the platform presets are loaded once
here into the app's :class:`~gui.resources.Resources`, which the event screens
and the designer's tools share; a broken brand kit is reported calmly instead
of as a traceback.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from gui import operations
from gui.app_settings import AppSettings
from gui.error_messages import describe
from gui.i18n import install_language
from gui.main_window import MainWindow
from gui.resources import load_resources, set_app_resources
from gui.session import EventSession
from gui.startup import APPLICATION, create_application
from studio.brand import BrandKit
from studio.errors import StudioError


def create_main_window(settings: AppSettings, brand: BrandKit | None = None) -> MainWindow:
    """The main window over the kit in force (or ``brand``), the templates and platforms.

    The resources become the process's, so designer windows opened later share
    them (may raise StudioError for a damaged brand kit)."""
    resources = load_resources(brand)
    set_app_resources(resources)
    return MainWindow(EventSession(resources), settings)


def run_app(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = create_application(argv)
    settings = AppSettings()
    install_language(settings.language)
    try:
        window = create_main_window(settings)
    except StudioError as exc:
        text = describe(exc)
        QMessageBox.critical(None, APPLICATION,
                             "\n\n".join(p for p in (text.message, text.hint, text.detail) if p))
        return 1
    # Not closed cleanly (the OS ending the session): keep the unsaved event first.
    app.commitDataRequest.connect(lambda _manager: window.keep_unsaved())
    app.aboutToQuit.connect(window.keep_unsaved)
    app.aboutToQuit.connect(operations.shutdown)
    window.show()
    QTimer.singleShot(0, window.offer_recovery)
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_app(sys.argv))
