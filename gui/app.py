"""Starting the desktop app: Qt application, language, the shared resources, the main window.

``run_app(argv)`` is what ``python main.py`` (no arguments) calls. The brand
kit in force, the template library and the platform presets are loaded once
here into the app's :class:`~gui.resources.Resources`, which the event screens
and the designer's tools share; a broken brand kit is reported calmly instead
of as a traceback. The support log (:mod:`studio.support`) is set up first; an
event a crash left unsaved is offered back once the window shows, and an
exception nothing caught goes to the log while the open event goes to its
recovery file.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading

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
from studio.support import log_unexpected, setup_logging


def create_main_window(settings: AppSettings, brand: BrandKit | None = None) -> MainWindow:
    """The main window over the kit in force (or ``brand``), the templates and platforms.

    The resources become the process's, so designer windows opened later share
    them (may raise StudioError for a damaged brand kit)."""
    resources = load_resources(brand)
    set_app_resources(resources)
    return MainWindow(EventSession(resources), settings)


def install_error_hooks(window: MainWindow) -> None:
    """An exception nothing caught (a bug in a slot, a thread): into the support log, and
    the open event into its recovery file, in case the app does not survive it."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb) -> None:
        log_unexpected(exc_type, exc, tb)
        with contextlib.suppress(Exception):
            window.keep_unsaved()
        previous(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log_unexpected(args.exc_type, args.exc_value, args.exc_traceback,
                       where=f"thread {args.thread.name if args.thread else '?'}")

    sys.excepthook = hook
    threading.excepthook = thread_hook


def run_app(argv: list[str]) -> int:
    setup_logging("app", console_level=logging.WARNING)
    app = create_application(argv)
    settings = AppSettings()
    install_language(settings.language)
    try:
        window = create_main_window(settings)
    except StudioError as exc:
        logging.getLogger(__name__).error("cannot start: %s: %s", exc.code, exc.one_line())
        text = describe(exc)
        QMessageBox.critical(None, APPLICATION,
                             "\n\n".join(p for p in (text.message, text.hint, text.detail) if p))
        return 1
    # Not closed cleanly (the OS ending the session): keep the unsaved event first.
    app.commitDataRequest.connect(lambda _manager: window.keep_unsaved())
    app.aboutToQuit.connect(window.keep_unsaved)
    app.aboutToQuit.connect(operations.shutdown)
    install_error_hooks(window)
    window.show()
    QTimer.singleShot(0, window.offer_recovery)
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_app(sys.argv))
