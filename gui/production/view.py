"""The production view: the parts of one event's work, side by side.

Left: the template gallery and the event form. Middle: the media strip, the
live preview and the column of every chosen size. Right: captions and export.
This module only arranges the parts and wires them to each other; each part
talks to the shared :class:`~gui.session.EventSession`.

The preview is the layout's priority: on a 1366x768 laptop (1366x728 once the
taskbar is taken, 1280x720 at 150 % on a full-HD screen) the side columns keep
their minimum widths and the form, captions and export list scroll, while the
preview takes whatever room is left. The side columns can be folded away by
dragging the splitter to the edge (or from the View menu) for a bigger preview.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QSplitter, QTabWidget, QVBoxLayout, QWidget

from gui.app_settings import AppSettings
from gui.production.caption_panel import CaptionPanel
from gui.production.export_panel import ExportPanel
from gui.production.field_form import FieldForm
from gui.production.media_list import MediaPanel
from gui.production.preview import PreviewPanel
from gui.production.template_gallery import TemplateGallery
from gui.session import EventSession

LEFT_WIDTH = 310
RIGHT_WIDTH = 330


def _card(*widgets: QWidget, stretch: tuple[int, ...] = ()) -> QFrame:
    frame = QFrame()
    frame.setProperty("card", "true")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 12, 12, 12)
    layout.setSpacing(10)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, stretch[index] if index < len(stretch) else 0)
    return frame


class ProductionView(QWidget):
    CAPTIONS_TAB = 0
    EXPORT_TAB = 1

    def __init__(self, session: EventSession, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productionView")
        self.session = session
        self.gallery = TemplateGallery(session)
        self.form = FieldForm(session)
        self.media = MediaPanel(session, settings)
        self.preview = PreviewPanel(session)
        self.captions = CaptionPanel(session)
        self.export = ExportPanel(session, settings, validate=self.form.validate)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sideTabs")
        self.tabs.setDocumentMode(False)
        self.tabs.addTab(self.captions, "")
        self.tabs.addTab(self.export, "")

        left = _card(self.gallery, self.form, stretch=(0, 1))
        middle = _card(self.media, self.preview, stretch=(0, 1))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("productionSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        # The side columns fold away when dragged to the edge; the preview never does.
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        self.splitter.setCollapsible(2, True)
        left.setMinimumWidth(LEFT_WIDTH)
        self.tabs.setMinimumWidth(RIGHT_WIDTH)
        self.splitter.setSizes([LEFT_WIDTH + 20, 700, RIGHT_WIDTH + 20])
        self._left, self._middle = left, middle
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        self.media.currentRowChanged.connect(self.preview.set_current_row)
        self.preview.renderWarnings.connect(self.form.show_render_warnings)
        self.export.exportStarted.connect(self._on_export_started)
        self.export.addMediaRequested.connect(self.media.choose_files)
        self.setAcceptDrops(False)
        self._retranslate()
        self.preview.set_current_row(self.media.current_row())

    def set_side_panels(self, left: bool | None = None, right: bool | None = None) -> None:
        """Show or fold the left (template, details) and right (captions, export) columns."""
        sizes = self.splitter.sizes()
        total = sum(sizes)
        wanted = [sizes[0], sizes[1], sizes[2]]
        if left is not None:
            wanted[0] = LEFT_WIDTH + 20 if left else 0
        if right is not None:
            wanted[2] = RIGHT_WIDTH + 20 if right else 0
        wanted[1] = max(1, total - wanted[0] - wanted[2])
        self.splitter.setSizes(wanted)

    def side_panels(self) -> tuple[bool, bool]:
        sizes = self.splitter.sizes()
        return sizes[0] > 0, sizes[2] > 0

    def show_export(self) -> None:
        self.tabs.setCurrentIndex(self.EXPORT_TAB)

    def show_captions(self) -> None:
        self.tabs.setCurrentIndex(self.CAPTIONS_TAB)

    def _on_export_started(self) -> None:
        self.show_export()

    def _retranslate(self) -> None:
        self.tabs.setTabText(self.CAPTIONS_TAB, self.tr("Captions"))
        self.tabs.setTabText(self.EXPORT_TAB, self.tr("Export"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
