"""The layer list: the template's layers, top layer first, as a Qt model over the
document's template value.

Each row shows the layer's kind, its name, whether a variant being edited
overrides it, and two toggles: the eye (shown in the output — per aspect when
a variant is edited) and the lock (officers cannot change the layer). Rows are
reordered by drag and drop or the buttons; a double click renames. The model
never changes the template itself: it asks the document for an undoable edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.designer.document import TemplateDocument
from gui.designer.texts import layer_type_names
from gui.designer.widgets import eye_pixmap, lock_pixmap
from studio.errors import EditError
from studio.template import editing

MIME = "application/x-studio-konten-layer"
LayerIdRole = Qt.ItemDataRole.UserRole + 1
TypeRole = Qt.ItemDataRole.UserRole + 2
VisibleRole = Qt.ItemDataRole.UserRole + 3
LockedRole = Qt.ItemDataRole.UserRole + 4
OverriddenRole = Qt.ItemDataRole.UserRole + 5


class LayerListModel(QAbstractListModel):
    def __init__(self, document: TemplateDocument, parent=None) -> None:
        super().__init__(parent)
        self._document = document
        self._ids = self._current_ids()
        document.changed.connect(self._on_document_changed)
        document.target_changed.connect(self._on_document_changed)

    def _current_ids(self) -> list[str]:
        return [la.id for la in reversed(self._document.template.layers)]

    def _on_document_changed(self, *_args: Any) -> None:
        ids = self._current_ids()
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        elif ids:
            self.dataChanged.emit(self.index(0), self.index(len(ids) - 1))

    # -- reading -------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def layer_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, layer_id: str | None) -> int:
        return self._ids.index(layer_id) if layer_id in self._ids else -1

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        template = self._document.template
        layer = template.layer(self._ids[index.row()])
        if layer is None:
            return None
        aspect = self._document.target
        if role == Qt.ItemDataRole.DisplayRole:
            return layer.name or layer.id
        if role == Qt.ItemDataRole.EditRole:
            return layer.name or layer.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{layer_type_names().get(layer.type, layer.type)} \u00b7 id: {layer.id}"
        if role == LayerIdRole:
            return layer.id
        if role == TypeRole:
            return layer.type
        if role == VisibleRole:
            try:
                return editing.effective_layer(template, layer.id, aspect).visible
            except EditError:
                return layer.visible
        if role == LockedRole:
            return layer.locked
        if role == OverriddenRole:
            return bool(editing.overridden_properties(template, layer.id, aspect))
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)

    # -- edits go to the document --------------------------------------------------------------
    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        layer_id = self.layer_id(index.row())
        if layer_id is None:
            return False
        if role == Qt.ItemDataRole.EditRole:
            return self._document.edit(editing.rename_layer, layer_id, str(value),
                                       text=self.tr("Rename layer"))
        if role == VisibleRole:
            return self._document.edit(editing.set_layer_property, layer_id, "visible",
                                       bool(value), self._document.target,
                                       text=self.tr("Show or hide layer"))
        if role == LockedRole:
            return self._document.edit(editing.set_layer_property, layer_id, "locked",
                                       bool(value), text=self.tr("Lock or unlock layer"))
        return False

    # -- drag and drop -------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = [self._ids[i.row()] for i in indexes if i.isValid()]
        data.setData(MIME, QByteArray(ids[0].encode() if ids else b""))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        layer_id = bytes(data.data(MIME).data()).decode()
        if layer_id not in self._ids:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._ids)
        self.move_to_row(layer_id, row)
        # False: the view must not remove the dragged row; the document redraws us.
        return False

    def move_to_row(self, layer_id: str, row: int) -> bool:
        """Put the layer at display ``row`` (0 = top); one undoable step."""
        display = list(self._ids)
        source = display.index(layer_id)
        display.remove(layer_id)
        if row > source:
            row -= 1
        display.insert(max(0, min(row, len(display))), layer_id)
        stack_index = len(display) - 1 - display.index(layer_id)
        return self._document.edit(editing.move_layer, layer_id, stack_index,
                                   text=self.tr("Reorder layers"))


class LayerDelegate(QStyledItemDelegate):
    """Kind icon, name, override mark, and the eye and lock toggles."""

    ICON = 18

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), 32))

    def _toggle_rects(self, rect: QRect) -> tuple[QRect, QRect]:
        s = self.ICON
        y = rect.top() + (rect.height() - s) // 2
        lock = QRect(rect.right() - s - 8, y, s, s)
        eye = QRect(lock.left() - s - 10, y, s, s)
        return eye, lock

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        kind = index.data(TypeRole)
        visible = bool(index.data(VisibleRole))
        icon_rect = QRectF(rect.left() + 8, rect.top() + (rect.height() - 18) / 2, 18, 18)
        _draw_kind(painter, kind, icon_rect, QColor("#0B4F82") if visible else QColor("#A8B3BE"))
        eye, lock = self._toggle_rects(rect)
        text_rect = QRect(int(icon_rect.right()) + 8, rect.top(),
                          eye.left() - int(icon_rect.right()) - 20, rect.height())
        font = QFont(option.font)
        if index.data(OverriddenRole):
            font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#12202D") if visible else QColor("#8696A5"))
        metrics = painter.fontMetrics()
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                            text_rect.width() - 14))
        if index.data(OverriddenRole):
            width = min(metrics.horizontalAdvance(text), text_rect.width() - 14)
            painter.setBrush(QColor("#F4B400"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(text_rect.left() + width + 8, rect.center().y() + 1),
                                3.5, 3.5)
        painter.drawPixmap(eye, eye_pixmap(visible, self.ICON))
        painter.drawPixmap(lock, lock_pixmap(bool(index.data(LockedRole)), self.ICON))
        painter.restore()

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem,
                    index: QModelIndex) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            eye, lock = self._toggle_rects(option.rect)
            pos = event.position().toPoint()
            if eye.adjusted(-4, -4, 4, 4).contains(pos):
                model.setData(index, not index.data(VisibleRole), VisibleRole)
                return True
            if lock.adjusted(-4, -4, 4, 4).contains(pos):
                model.setData(index, not index.data(LockedRole), LockedRole)
                return True
        return super().editorEvent(event, model, option, index)


def _draw_kind(painter: QPainter, kind: str, rect: QRectF, colour: QColor) -> None:
    pen = QPen(colour, 1.5)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    r = rect.adjusted(1, 2, -1, -2)
    if kind == "text":
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(15)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "T")
    elif kind == "shape":
        painter.setBrush(colour)
        painter.drawRoundedRect(r, 3, 3)
    elif kind == "image":
        painter.drawRoundedRect(r, 2, 2)
        painter.drawLine(QPointF(r.left() + 2, r.bottom() - 2),
                         QPointF(r.left() + r.width() * 0.45, r.top() + r.height() * 0.45))
        painter.drawLine(QPointF(r.left() + r.width() * 0.45, r.top() + r.height() * 0.45),
                         QPointF(r.right() - 2, r.bottom() - 2))
    else:  # media: a camera
        painter.drawRoundedRect(r, 3, 3)
        painter.drawEllipse(r.center(), r.height() * 0.28, r.height() * 0.28)


class LayerListPanel(QWidget):
    """The list with its buttons; the actions come from the editor window."""

    layer_activated = Signal(object)  # layer id or None

    def __init__(self, document: TemplateDocument, actions: dict[str, QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.model = LayerListModel(document, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.model.setParent(self.view)  # destroyed with its view
        self.view.setItemDelegate(LayerDelegate(self.view))
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        top = QHBoxLayout()
        self.add_button = QToolButton()
        self.add_button.setDefaultAction(actions["add_menu"])
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        top.addWidget(self.add_button)
        top.addStretch(1)
        column.addLayout(top)
        column.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        for name in ("raise", "lower", "duplicate", "remove"):
            button = QToolButton()
            button.setDefaultAction(actions[name])
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.hint)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.model.modelReset.connect(self._on_model_reset)
        document.selection_changed.connect(self._on_document_selection_changed)
        self._retranslate()

    def _retranslate(self) -> None:
        self.hint.setText(self.tr("Top layer first. Drag to reorder; the eye hides a layer in "
                                  "the output, the lock stops officers from changing it."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._document.select(self.model.layer_id(current.row()) if current.isValid()
                              else None)

    def _on_document_selection_changed(self, layer_id: str | None) -> None:
        row = self.model.row_of(layer_id)
        selection = self.view.selectionModel()
        if row < 0:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(),
                                      selection.SelectionFlag.NoUpdate)
            return
        index = self.model.index(row)
        if selection.currentIndex() != index:
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)

    def _on_model_reset(self) -> None:
        self._on_document_selection_changed(self._document.selected)
