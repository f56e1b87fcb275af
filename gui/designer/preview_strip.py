"""Every platform side by side: a strip of small renders under the canvas.

The renders come from a worker (:func:`gui.jobs.preview.render_strip`); the
model holds the last set, the view draws each at its own width under the
platform's name and size, and a click shows that platform on the canvas.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from gui.error_messages import describe
from gui.jobs.preview import StripItem
from gui.labels import platform_label
from studio.platforms import Platform

translate = QCoreApplication.translate
STRIP_HEIGHT = 88  # small: the canvas above is the priority on a laptop screen
PlatformIdRole = Qt.ItemDataRole.UserRole + 1
WarningRole = Qt.ItemDataRole.UserRole + 2
TEXT_HEIGHT = 34
PAD = 6


class PreviewStripModel(QAbstractListModel):
    def __init__(self, platforms: tuple[Platform, ...], parent=None) -> None:
        super().__init__(parent)
        self._platforms = platforms
        self._pixmaps: dict[str, QPixmap] = {}
        self._warnings: dict[str, tuple[str, ...]] = {}
        self.current: str | None = None

    def set_items(self, items: list[StripItem]) -> None:
        for item in items:
            if item.image is not None:
                self._pixmaps[item.platform_id] = QPixmap.fromImage(item.image)
            else:
                self._pixmaps.pop(item.platform_id, None)
            # Only failures are marked: a miniature's text fitting is not the output's
            # (fonts cannot be smaller than 4 px), so its overflow warnings would be false.
            self._warnings[item.platform_id] = () if item.error is None else (
                translate("PreviewStripModel", "This size cannot be drawn: %1")
                .replace("%1", describe(item.error).message),)
        if self._platforms:
            self.dataChanged.emit(self.index(0), self.index(len(self._platforms) - 1))

    def set_current(self, platform_id: str | None) -> None:
        self.current = platform_id
        if self._platforms:
            self.dataChanged.emit(self.index(0), self.index(len(self._platforms) - 1))

    def rendered(self) -> int:
        return len(self._pixmaps)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._platforms)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._platforms):
            return None
        platform = self._platforms[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return platform_label(platform)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join((f"{platform_label(platform)} \u00b7 "
                              f"{platform.width}\u00d7{platform.height}",
                              *self._warnings.get(platform.id, ())))
        if role == Qt.ItemDataRole.DecorationRole:
            return self._pixmaps.get(platform.id)
        if role == PlatformIdRole:
            return platform.id
        if role == WarningRole:
            return bool(self._warnings.get(platform.id))
        if role == Qt.ItemDataRole.SizeHintRole:
            width = round(platform.width * STRIP_HEIGHT / platform.height)
            return QSize(max(width, 96) + 2 * PAD, STRIP_HEIGHT + TEXT_HEIGHT + 2 * PAD)
        return None


class PreviewStripDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return index.data(Qt.ItemDataRole.SizeHintRole) or QSize(120, 200)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected) or \
            index.data(PlatformIdRole) == index.model().current
        if selected:
            painter.setPen(QPen(QColor("#0B4F82"), 2))
            painter.setBrush(QColor("#E3EEF7"))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        pixmap: QPixmap | None = index.data(Qt.ItemDataRole.DecorationRole)
        area = QRect(rect.left() + PAD, rect.top() + PAD, rect.width() - 2 * PAD, STRIP_HEIGHT)
        if pixmap is not None and not pixmap.isNull():
            target = pixmap.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = area.left() + (area.width() - target.width()) // 2
            painter.drawPixmap(QRect(x, area.top(), target.width(), target.height()), pixmap)
        else:
            painter.fillRect(area, QColor("#E4EAF0"))
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        painter.setPen(QColor("#12202D"))
        text_rect = QRect(rect.left() + 2, area.bottom() + 3, rect.width() - 4, TEXT_HEIGHT)
        metrics = painter.fontMetrics()
        name = metrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole),
                                  Qt.TextElideMode.ElideRight, text_rect.width())
        tip = index.data(Qt.ItemDataRole.ToolTipRole).splitlines()[0].split(" \u00b7 ")[-1]
        if index.data(WarningRole):
            tip = "\u26a0 " + tip
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         name + "\n" + tip)
        painter.restore()


class PreviewStripView(QListView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(4)
        self.setUniformItemSizes(False)
        self.setHorizontalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(PreviewStripDelegate(self))
        self.setFixedHeight(STRIP_HEIGHT + TEXT_HEIGHT + 2 * PAD + 30)
