"""Starting the desktop app: Qt application, language, the shared resources, the main window.

``run_app(argv)`` is what ``python main.py`` (no arguments) calls. The brand
kit in force, the template library and the platform presets are loaded once
here into the app's :class:`~gui.resources.Resources`, which the event screens
and the designer's tools share; a broken brand kit is reported calmly instead
of as a traceback. The support log (:mod:`studio.support`) is set up first; an
event a crash left unsaved is offered back once the window shows, and an
exception nothing caught goes to the log while the open event goes to its
recovery file.

``--quit-after SECONDS`` (for the packaged app's smoke test and the start-up
benchmark) opens the window as usual, prints one ``window ready`` line once the
window is shown and the event loop first goes idle, then closes the window
after SECONDS the way a user would; the exit code says whether it closed cleanly.
With ``STUDIO_SCREENSHOT=FILE.png`` set it also saves a picture of the window then.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import operations
from gui.app_settings import AppSettings
from gui.error_messages import describe
from gui.i18n import install_language
from gui.jobs.export import stop_workers
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


QUIT_AFTER = "--quit-after"
# With --quit-after: where to save a picture of the window once it is usable.
SCREENSHOT_ENV = "STUDIO_SCREENSHOT"


def gui_options(argv: list[str]) -> tuple[list[str], float | None]:
    """``argv`` without the app's own options, and ``--quit-after``'s seconds (or None).

    Event files named after the program (Explorer's "open" passes the double-clicked
    file) stay in the list; :func:`event_files` picks them out."""
    rest: list[str] = []
    quit_after: float | None = None
    args = iter(argv)
    for arg in args:
        if arg == QUIT_AFTER:
            quit_after = float(next(args, "0"))
        elif arg.startswith(QUIT_AFTER + "="):
            quit_after = float(arg.partition("=")[2])
        else:
            rest.append(arg)
    return rest, quit_after


def event_files(argv: list[str]) -> list[Path]:
    """The event files named on the command line (after the program's own name)."""
    return [Path(a) for a in argv[1:] if not a.startswith("-") and a.lower().endswith(".toml")]


def _since_process_start() -> float:
    """Seconds since this process was created (falls back to since import)."""
    try:
        import psutil

        return time.time() - psutil.Process().create_time()
    except Exception:  # psutil cannot read the process table: a rough figure will do
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()


def _quit_after(window: MainWindow, seconds: float) -> None:
    """Report when the window is usable, then close it like a user after ``seconds``."""

    def ready() -> None:
        print(f"window ready after {_since_process_start():.2f} s", flush=True)
        shot = os.environ.get(SCREENSHOT_ENV)
        if shot:
            window.grab().save(shot)
        QTimer.singleShot(int(seconds * 1000), close)

    def close() -> None:
        if not window.close():
            print("window refused to close", flush=True)
            QApplication.exit(3)

    # A zero timer fires once the loop has drawn the window and has nothing else queued.
    QTimer.singleShot(0, ready)


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
    argv, quit_after = gui_options(argv)
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
    app.aboutToQuit.connect(stop_workers)  # after the exports stopped
    install_error_hooks(window)
    window.show()
    QTimer.singleShot(0, window.offer_recovery)
    for path in event_files(argv)[:1]:
        # Once the window is up, as if the PIC had chosen it in "Buka kegiatan".
        QTimer.singleShot(0, lambda path=path: window.open_event_file(path))
    if quit_after is not None:
        _quit_after(window, quit_after)
    code = app.exec()
    if quit_after is not None:
        print(f"window closed (exit code {code})", flush=True)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_app(sys.argv))
