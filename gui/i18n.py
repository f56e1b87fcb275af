"""The app's languages: Bahasa Indonesia first, English second.

Source strings in the code are English (``self.tr``/``QCoreApplication.translate``);
``gui/i18n/studio_id.qm`` carries the Indonesian of the app and
``gui/i18n/designer_id.qm`` that of the designer's tools (kept apart so each
can be translated on its own). Qt ships no Indonesian translation of its own
widgets, so ``gui/i18n/qtbase_id.qm`` adds the few strings of Qt's that an
officer meets (standard buttons, the text-field context menu). One function
installs every catalogue of a language, for the whole app; Qt then sends every
widget — event screens and designer windows alike — a ``LanguageChange`` event
and each retranslates itself. ``tools/update_translations.py`` regenerates the
``.ts`` and ``.qm`` files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
DEFAULT_LANGUAGE = "id"
# Each language named in itself, so anyone can find their own.
LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
# Compiled catalogues per language (English is the source language; its catalogue
# only carries plural forms: "1 file", "2 files").
CATALOGUES: dict[str, tuple[str, ...]] = {
    "id": ("studio_id", "designer_id", "qtbase_id"),
    "en": ("studio_en",),
}
LOCALES: dict[str, QLocale] = {
    "id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

# Each language's catalogues, read from disk once; switching only swaps them.
_loaded: dict[str, list[QTranslator]] = {}
_loaded_for: QCoreApplication | None = None
_installed: list[QTranslator] = []
_current = "en"


def normalise(code: str | None) -> str:
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def install_language(code: str | None) -> str:
    """Make ``code`` the app's language (loads its catalogues); returns the code used."""
    global _current
    code = normalise(code)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for translator in _translators(app, code):
        app.installTranslator(translator)
        _installed.append(translator)
    # Month and day names in the date picker and formatted numbers follow it.
    QLocale.setDefault(LOCALES[code])
    _current = code
    return code


def _translators(app: QCoreApplication, code: str) -> list[QTranslator]:
    global _loaded_for
    if _loaded_for is not app:  # a new QApplication (tests): its own translators
        _loaded.clear()
        _loaded_for = app
    if code not in _loaded:
        found = []
        for name in CATALOGUES[code]:
            translator = QTranslator(app)
            if translator.load(str(I18N_DIR / f"{name}.qm")):
                found.append(translator)
        _loaded[code] = found
    return _loaded[code]


def locale() -> QLocale:
    return LOCALES[_current]
