"""The Qt application both entry points start from: names, high-DPI policy, icon, theme.

``python main.py`` (the PIC's app, :mod:`gui.app`) and ``python -m gui.designer``
(the designer's tools on their own) make the same QApplication here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from gui.theme import apply_theme
from studio import __version__
from studio.paths import BRANDING_DIR

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
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("studio-konten-cimahi")
    icon = BRANDING_DIR / "logos" / "mark.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    apply_theme(app)
    return app
