"""Settings → Shared library: the folders this computer reads templates from.

A list of folders with what the last look at each found (reachable, or
"working from the local copy" when it was not), and buttons to add a folder,
remove one and check again. The status comes from the core's record of the
last sync; checking runs the sync on a worker, never a network path on the UI
thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.error_messages import describe
from gui.library.controller import LibraryController
from gui.theme import set_role
from studio.errors import StudioError
from studio.library.sources import LibrarySource, add_source, load_sources, remove_source

PathRole = Qt.ItemDataRole.UserRole + 1


def choose_library_folder(parent: QWidget, start: Path | None = None) -> Path | None:
    """Tests replace this (a native folder dialog cannot be driven offscreen)."""
    title = QCoreApplication.translate("SourcesPanel", "Choose the shared library folder")
    name = QFileDialog.getExistingDirectory(parent, title, str(start or Path.home()))
    return Path(name) if name else None


def _dot(colour: str) -> QIcon:
    """A small round status light (green reachable, amber not, grey unknown)."""
    pixmap = QPixmap(24, 24)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(2, 2, 20, 20)
    painter.end()
    return QIcon(pixmap)


def local_time(stamp: str) -> str:
    """``2026-03-02T02:14:00Z`` in this computer's time, for people: "2 Maret 2026, 09.14"
    ("2 March 2026, 09:14" in English)."""
    import datetime as _dt

    from gui.labels import date_time_text

    try:
        when = _dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=_dt.UTC)
    except ValueError:
        return stamp
    return date_time_text(when.astimezone())


class SourcesPanel(QWidget):
    """The library folders with their status; changes are saved at once."""

    sourcesChanged = Signal()

    def __init__(self, controller: LibraryController | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("librarySources")
        self.controller = controller or LibraryController(parent=self)
        self._heading = set_role(QLabel(), "heading")
        self._intro = set_role(QLabel(), "muted")
        self._intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("sourceList")
        self.list.setMinimumHeight(96)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setIconSize(QSize(12, 12))
        self.list.currentRowChanged.connect(self._on_current_row_changed)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.check_button = QPushButton()
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.check_button.clicked.connect(self._on_check_clicked)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.controller.syncStarted.connect(self._on_sync_started)
        self.controller.synced.connect(self._on_synced)
        self.controller.syncFailed.connect(self._on_sync_failed)
        self._retranslate()
        self.reload()

    # -- the list -------------------------------------------------------------------------
    def sources(self) -> tuple[LibrarySource, ...]:
        try:
            return load_sources()
        except StudioError as exc:
            self._show_error(exc)
            return ()

    def reload(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        for source in self.sources():
            item = QListWidgetItem(self._item_text(source))
            item.setData(PathRole, str(source.path))
            item.setToolTip(str(source.path))
            colour = theme.MUTED if source.reachable is None else (
                theme.OK if source.reachable else theme.WARNING)
            item.setIcon(_dot(colour))
            lines = item.text().count("\n") + 1
            item.setSizeHint(QSize(0, lines * self.list.fontMetrics().lineSpacing() + 14))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(min(max(current, 0), self.list.count() - 1))
        self._update_buttons()

    def _item_text(self, source: LibrarySource) -> str:
        title = source.name or str(source.path)
        if source.reachable is None:
            status = self.tr("Not checked yet")
        elif source.reachable:
            status = self.tr("Reachable · last read %1").replace(
                "%1", local_time(source.synced) if source.synced else "—")
        else:
            status = self.tr("Not reachable — working from the local copy (checked %1)"
                             ).replace("%1", local_time(source.checked))
        lines = [title]
        if source.name:
            lines.append(str(source.path))
        lines.append(status)
        return "\n".join(lines)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
        self.check_button.setEnabled(self.list.count() > 0 and not self.controller.is_syncing)

    def _on_current_row_changed(self, _row: int) -> None:
        self._update_buttons()

    # -- actions --------------------------------------------------------------------------
    def add_folder(self, folder: Path) -> bool:
        try:
            add_source(folder)
        except StudioError as exc:
            self._show_error(exc)
            return False
        self.reload()
        self.list.setCurrentRow(self.list.count() - 1)
        self.sourcesChanged.emit()
        self.check()
        return True

    def _on_add_clicked(self) -> None:
        folder = choose_library_folder(self)
        if folder is not None:
            self.add_folder(folder)

    def _on_remove_clicked(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        remove_source(Path(item.data(PathRole)))
        self.reload()
        self.sourcesChanged.emit()
        self.message.clear()

    def check(self) -> None:
        if self.controller.sync() is not None:
            self._update_buttons()

    def _on_check_clicked(self) -> None:
        self.check()

    def _on_sync_started(self) -> None:
        set_role(self.message, "muted")
        self.message.setText(self.tr("Reading the shared library…"))
        self._update_buttons()

    def _on_synced(self, report) -> None:
        self.reload()
        if report.offline:
            set_role(self.message, "warning")
            self.message.setText(self.tr("No library folder can be reached. The app works "
                                         "from its local copy."))
        elif report.refusals:
            set_role(self.message, "warning")
            self.message.setText(self.tr("%n package(s) were refused: see Shared library.", "",
                                         len(report.refusals)))
        else:
            set_role(self.message, "ok")
            self.message.setText(self.tr("Up to date."))

    def _on_sync_failed(self, error: StudioError) -> None:
        self.reload()
        self._show_error(error)

    def _show_error(self, error: StudioError) -> None:
        text = describe(error)
        set_role(self.message, "error")
        self.message.setText(" ".join(p for p in (text.message, text.hint) if p))

    # -- language -------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Shared library"))
        self._intro.setText(self.tr("Folders the official templates and brand kit come from: "
                                    "a network share, a synced folder (Nextcloud, OneDrive, "
                                    "Google Drive) or a USB stick. The app only reads them "
                                    "and keeps a local copy."))
        self.add_button.setText(self.tr("Add folder…"))
        self.remove_button.setText(self.tr("Remove"))
        self.check_button.setText(self.tr("Check now"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
