"""The About box: version, purpose, and every component shipped with its licence.

The components are read from ``THIRD-PARTY-NOTICES.md``, which
``tools/third_party.py`` writes from what is installed (the Python packages,
the libraries inside them, the FFmpeg build, Qt, the fonts), so the box never
lists less than the app carries. "All notices…" opens the whole file in the
app's own document window. "Salin info dukungan" (copy support info) puts what
Diskominfo needs to help a PIC on the clipboard.
"""

from __future__ import annotations

import platform as _platform
import re
from pathlib import Path

import PySide6
from PySide6.QtCore import QEvent, QObject, Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import operations
from gui.help import GuideWindow
from gui.theme import set_role
from studio import __version__
from studio.paths import PROJECT_ROOT

NOTICES = PROJECT_ROOT / "THIRD-PARTY-NOTICES.md"
# The marks tools/third_party.py puts around the components table.
TABLE_START = "<!-- components -->"
TABLE_END = "<!-- /components -->"


def read_components(path: Path = NOTICES) -> list[dict[str, str]]:
    """The components table of the notices file: rows of column name → text."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return []
    start, end = text.find(TABLE_START), text.find(TABLE_END)
    if start < 0 or end < start:
        return []
    lines = [line.strip() for line in text[start:end].splitlines() if line.startswith("|")]
    if len(lines) < 3:
        return []

    def cells(line: str) -> list[str]:
        return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line.strip("|"))]

    header = cells(lines[0])
    return [dict(zip(header, cells(line), strict=False)) for line in lines[2:]]


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.title = set_role(QLabel(), "title")
        self.version = set_role(QLabel(), "muted")
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.components_heading = set_role(QLabel(), "heading")
        self.components = read_components()
        self.table = QTableWidget(len(self.components), 3)
        self.table.setObjectName("components")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(140)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, component in enumerate(self.components):
            name = QTableWidgetItem(component.get("component", ""))
            tip = " · ".join(part for part in (component.get("note", ""),
                                               component.get("homepage", "")) if part)
            name.setToolTip(tip)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(component.get("version", "")))
            licence = QTableWidgetItem(component.get("licence", ""))
            licence.setToolTip(tip)
            self.table.setItem(row, 2, licence)
        self.system = set_role(QLabel(f"Python {_platform.python_version()} · "
                                      f"{_platform.system()} {_platform.release()}"), "muted")
        self.logos = set_role(QLabel(), "muted")
        self.logos.setWordWrap(True)
        self.notices_button = QPushButton()
        self.notices_button.setObjectName("allNotices")
        self.notices_button.clicked.connect(self.show_notices)
        self.notices_button.setEnabled(NOTICES.is_file())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.notices_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.support = SupportInfo(self, self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        for widget in (self.title, self.version, self.purpose, self.components_heading):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        for widget in (self.logos, self.system, self.support.note):
            layout.addWidget(widget)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.resize(720, 600)
        self._retranslate()

    def show_notices(self) -> GuideWindow:
        window = GuideWindow(NOTICES, self)
        window.show()
        return window

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Studio Konten Cimahi"))
        self.title.setText(self.tr("Studio Konten Cimahi"))
        self.version.setText(self.tr("Version %1 · MIT licence").replace("%1", __version__))
        self.purpose.setText(self.tr("Branded photos, videos and captions for the social-media "
                                     "officers of the Cimahi city government. Works offline."))
        self.components_heading.setText(
            self.tr("Built with %n component(s), each under its own licence",
                    "", len(self.components)))
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"),
                                              self.tr("Licence")])
        self.logos.setText(self.tr("The logos in this build are stand-ins, not the official "
                                   "emblem of Kota Cimahi."))
        self.notices_button.setText(self.tr("All notices…"))
        self.notices_button.setToolTip(self.tr("Every component with its licence and where "
                                               "its source is (THIRD-PARTY-NOTICES.md)"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def component(self, name: str) -> dict[str, str] | None:
        """The row for ``name`` (tests)."""
        return next((c for c in self.components if c.get("component") == name), None)


class SupportInfo(QObject):
    """The About box's "Copy support info" button: versions, OS and the last errors of
    the support log (:func:`studio.support.support_info`, no field values) to the
    clipboard. Gathering it runs ffmpeg, so it runs on a worker."""

    copied = Signal(str)

    def __init__(self, parent: QWidget, buttons: QDialogButtonBox) -> None:
        super().__init__(parent)
        self.button = buttons.addButton(self.tr("Copy support info"),
                                        QDialogButtonBox.ButtonRole.ActionRole)
        self.button.setObjectName("copySupportInfo")
        self.button.clicked.connect(self._on_button_clicked)
        self.note = set_role(QLabel(), "muted")
        self.note.setWordWrap(True)
        self.note.setVisible(False)

    def _on_button_clicked(self) -> None:
        self.button.setEnabled(False)
        extra = {"Qt": qVersion(), "PySide6": PySide6.__version__}
        operations.run(_support_info_job, extra, pool_name="media",
                       on_success=self._on_info_ready, on_failure=self._on_info_failed)

    def _on_info_ready(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.button.setEnabled(True)
        self.note.setText(self.tr("Support info copied. Paste it into your message to "
                                  "Diskominfo; it holds no event details."))
        self.note.setVisible(True)
        self.copied.emit(text)

    def _on_info_failed(self, error) -> None:
        self.button.setEnabled(True)
        self.note.setText(self.tr("The support info could not be gathered."))
        self.note.setVisible(True)


def _support_info_job(extra: dict[str, str], *, progress, cancel) -> str:
    from studio.support import support_info

    return support_info(extra)


__all__ = ["AboutDialog", "SupportInfo", "read_components"]
