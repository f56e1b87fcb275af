"""Starting the desktop app: Qt application, theme, language, the main window.

``run_app(argv)`` is what ``python main.py`` (no arguments) calls. The
built-in brand kit, template library and platform presets are loaded here
and handed to the window; a broken brand kit is reported calmly instead of
as a traceback.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import operations
from gui.app_settings import AppSettings
from gui.error_messages import describe
from gui.i18n import install_language
from gui.main_window import MainWindow
from gui.session import EventSession
from gui.theme import apply_theme
from studio import __version__
from studio.brand import BrandKit, default_brand
from studio.errors import StudioError
from studio.paths import BRANDING_DIR
from studio.platforms import load_platforms
from studio.template import default_library

ORGANIZATION = "Pemkot Cimahi"
APPLICATION = "Studio Konten Cimahi"


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with names, high-DPI policy and theme (reused if one exists)."""
    app = QApplication.instance()
    if app is None:
        # Fractional scaling (125 %, 150 % on office laptops) without rounding blur.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("studio-konten-cimahi")
    icon = BRANDING_DIR / "logos" / "mark.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    apply_theme(app)
    return app


def create_main_window(settings: AppSettings, brand: BrandKit | None = None) -> MainWindow:
    """The main window over the active brand kit, the templates and platforms (may raise)."""
    session = EventSession(default_library(), brand or active_brand(), load_platforms())
    return MainWindow(session, settings)


def active_brand() -> BrandKit:
    """The brand kit PICs produce with: the designers' saved kit when there is one."""
    try:
        from studio.template.editing import load_active_brand
    except ImportError:
        return default_brand()
    return load_active_brand()


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
    app.aboutToQuit.connect(operations.shutdown)
    window.show()
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_app(sys.argv))
