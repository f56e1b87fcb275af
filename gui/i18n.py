"""The app's languages: Bahasa Indonesia first, English second.

Source strings in the code are English (``self.tr``/``QCoreApplication.translate``);
``gui/i18n/studio_id.qm`` carries the Indonesian. Qt ships no Indonesian
translation of its own widgets, so ``gui/i18n/qtbase_id.qm`` adds the few
strings of Qt's that an officer meets (standard buttons, the text-field
context menu). Switching language installs the other translators; Qt then
sends every widget a ``LanguageChange`` event and each retranslates itself.
``tools/update_translations.py`` regenerates the ``.ts`` and ``.qm`` files.
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
CATALOGUES: dict[str, tuple[str, ...]] = {"id": ("studio_id", "qtbase_id"), "en": ("studio_en",)}
LOCALES: dict[str, QLocale] = {
    "id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

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
    for name in CATALOGUES[code]:
        translator = QTranslator(app)
        if translator.load(str(I18N_DIR / f"{name}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
    # Month and day names in the date picker and formatted numbers follow it.
    QLocale.setDefault(LOCALES[code])
    _current = code
    _install_extension_catalogues(code)
    return code


def _install_extension_catalogues(code: str) -> None:
    """Let the designer's tools (``gui.designer``, own catalogue) follow the same switch."""
    try:
        from gui.designer.i18n import install_designer_translator
    except ImportError:
        return
    install_designer_translator(QCoreApplication.instance(), code)


def locale() -> QLocale:
    return LOCALES[_current]
