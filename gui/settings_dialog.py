"""Settings: the app's language (applied at once, remembered for the next start) and the
shared library's folders (:class:`gui.library.sources_panel.SourcesPanel`, saved at once)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gui.app_settings import AppSettings
from gui.i18n import LANGUAGES, current_language, install_language
from gui.theme import set_role


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._settings = settings
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self._language_label = QLabel()
        self._note = set_role(QLabel(), "muted")
        self._note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setSpacing(12)
        form.addRow(self._language_label, self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addWidget(self._note)
        from gui.library.sources_panel import SourcesPanel

        self.sources = SourcesPanel(getattr(parent, "library_controller", None), self)
        layout.addWidget(self.sources)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._retranslate()

    def accept(self) -> None:
        code = self.language.currentData()
        self._settings.language = code
        if code != current_language():
            install_language(code)
        super().accept()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self._language_label.setText(self.tr("Language"))
        self._note.setText(self.tr("The language changes at once. Templates and captions "
                                   "keep their own wording."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
