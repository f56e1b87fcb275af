"""The designer tools' translations (``gui/i18n/designer_<language>.qm``).

The designer windows keep their own catalogue beside the app's, so the two can
be translated and released apart. English is the source language; Indonesian
is the default. The catalogue also carries the few Qt strings a designer meets
in the designer windows (standard buttons, the colour dialog), since Qt ships
no Indonesian translation of its own.

To update after changing strings (keeps the existing translations)::

    pyside6-lupdate gui/designer/*.py -ts gui/i18n/designer_id.ts -no-obsolete \
        -source-language en -target-language id -locations relative
    # translate the new entries (pyside6-linguist, or any text editor), then
    pyside6-lrelease gui/i18n/designer_id.ts -qm gui/i18n/designer_id.qm
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
DEFAULT_LANGUAGE = "id"
LANGUAGES = ("id", "en")

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def install_designer_translator(app: QCoreApplication | None = None,
                                language: str = DEFAULT_LANGUAGE) -> bool:
    """Use ``language`` ("id" or "en") in the designer windows; True if a catalogue loaded.

    Open windows follow (Qt sends them a ``LanguageChange`` event).
    """
    global _current
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language
    path = I18N_DIR / f"designer_{language}.qm"
    if language == "en" or not path.is_file():
        return False
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
