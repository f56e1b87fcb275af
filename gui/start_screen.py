"""The start screen: begin a new event, open one, try the sample, or pick a recent one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.models import RecentEventsModel, Roles
from gui.theme import set_role
from studio.paths import BRANDING_DIR


class RecentDelegate(QStyledItemDelegate):
    """A recent event as its name in bold over its folder in grey."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        self.initStyleOption(option, index)
        name, _, folder = (index.data() or "").partition("\n")
        painter.save()
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        rect = option.rect.adjusted(12, 8, -12, -8)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(colour if colour is not None else QColor(theme.INK))
        metrics = QFontMetrics(bold)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(option.font)
        painter.setPen(QColor(theme.MUTED))
        small = QFontMetrics(option.font)
        painter.drawText(rect.adjusted(0, metrics.height() + 2, 0, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                         small.elidedText(folder, Qt.TextElideMode.ElideMiddle, rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + 22)


class StartScreen(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    sampleRequested = Signal()
    recentRequested = Signal(object)  # Path

    def __init__(self, recent: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        logo = QLabel()
        pixmap = QPixmap(str(BRANDING_DIR / "logos" / "logo-color.png"))
        if not pixmap.isNull():
            logo.setPixmap(pixmap.scaledToHeight(56, Qt.TransformationMode.SmoothTransformation))
        self.title = set_role(QLabel(), "title")
        self.subtitle = set_role(QLabel(), "muted")
        self.subtitle.setWordWrap(True)

        self.new_button = self._big_button("newEvent", self.newRequested)
        set_role(self.new_button, "primary", big="true")
        self.open_button = self._big_button("openEvent", self.openRequested)
        self.sample_button = self._big_button("sampleEvent", self.sampleRequested)
        for button in (self.open_button, self.sample_button):
            set_role(button, "", big="true")

        self.recent_heading = set_role(QLabel(), "heading")
        self.recent_model = RecentEventsModel(recent, self)
        self.recent_list = QListView()
        self.recent_list.setObjectName("recentEvents")
        self.recent_list.setModel(self.recent_model)
        self.recent_list.setSpacing(4)
        self.recent_list.setItemDelegate(RecentDelegate(self.recent_list))
        self.recent_list.activated.connect(self._on_recent_activated)
        self.recent_list.clicked.connect(self._on_recent_activated)
        self.recent_empty = set_role(QLabel(), "muted")
        self.recent_empty.setWordWrap(True)
        self.recent_empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        actions = QVBoxLayout()
        actions.setSpacing(12)
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.sample_button)
        self._actions = actions
        actions.addStretch(1)
        recent_box = QVBoxLayout()
        recent_box.setSpacing(8)
        recent_box.addWidget(self.recent_heading)
        recent_box.addWidget(self.recent_list, 1)
        recent_box.addWidget(self.recent_empty, 1)

        card = QFrame()
        card.setProperty("card", "true")
        card.setMaximumWidth(980)
        grid = QGridLayout(card)
        grid.setContentsMargins(40, 36, 40, 36)
        grid.setHorizontalSpacing(40)
        grid.setVerticalSpacing(18)
        header = QVBoxLayout()
        header.setSpacing(6)
        header.addWidget(logo)
        header.addSpacing(8)
        header.addWidget(self.title)
        header.addWidget(self.subtitle)
        grid.addLayout(header, 0, 0, 1, 2)
        grid.addLayout(actions, 1, 0)
        grid.addLayout(recent_box, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(card)
        self._card = card
        self._column = column
        column.addStretch(2)
        outer.addLayout(column, 6)
        outer.addStretch(1)
        self._retranslate()
        self._update_recent_visibility()

    def _big_button(self, name: str, signal: Signal) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setMinimumHeight(52)
        button.clicked.connect(signal.emit)
        return button

    def add_action_button(self, button: QPushButton) -> None:
        """Another big button under the three (extensions: the content calendar)."""
        set_role(button, "", big="true")
        button.setMinimumHeight(52)
        self._actions.insertWidget(self._actions.count() - 1, button)

    def add_panel(self, widget: QWidget) -> None:
        """A panel under the card (extensions: the calendar's reminders)."""
        widget.setMaximumWidth(980)
        self._column.insertWidget(self._column.indexOf(self._card) + 1, widget)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent_model.set_paths(paths)
        self._update_recent_visibility()

    def _update_recent_visibility(self) -> None:
        has = self.recent_model.rowCount() > 0
        self.recent_list.setVisible(has)
        self.recent_empty.setVisible(not has)

    def _on_recent_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.recentRequested.emit(Path(index.data(Roles.KEY)))

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Studio Konten Cimahi"))
        self.subtitle.setText(self.tr("Branded photos, videos and captions for every platform "
                                      "— type the event details once."))
        self.new_button.setText(self.tr("New event"))
        self.new_button.setToolTip(self.tr("Start from an empty event (Ctrl+N)"))
        self.open_button.setText(self.tr("Open event…"))
        self.open_button.setToolTip(self.tr("Open a saved event file (Ctrl+O)"))
        self.sample_button.setText(self.tr("Try with the sample"))
        self.sample_button.setToolTip(self.tr("An example event with sample photos, to "
                                              "see how it works"))
        self.recent_heading.setText(self.tr("Recent events"))
        self.recent_empty.setText(self.tr("Events you save appear here."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
