"""The editor's canvas: the rendered template with a rectangle per layer.

Scene coordinates are the output's pixels (1080 x 1920 for a story), so moves
and snapping work in the numbers a designer knows; the rendered image (made
smaller on a worker) is scaled up to fit. Rectangles are selected, moved and
resized with the mouse (eight handles) or the arrow keys (Shift: 10 px), and
snap to the canvas edges, centre lines and the safe area, with the guides
shown while they hold (Alt while dragging: no snapping). The canvas never edits
the template: it reports the new rectangle (``geometry_committed``) and the
editor turns it into a box of the layer's area as one undoable step.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsObject,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from gui.designer.snapping import Guide, Rect, resize_rect, snap_move, snap_resize, snap_targets

HANDLE_PX = 9  # handle size on screen
SNAP_PX = 8  # snapping distance on screen
NUDGE = 1  # output pixels per arrow key press
NUDGE_BIG = 10  # with Shift
SELECT_COLOUR = QColor("#1E88E5")
GUIDE_COLOUR = QColor("#E91E63")
SAFE_COLOUR = QColor("#F4B400")

_HANDLES = {  # handle -> (edges it drags, position as fractions of the rect)
    "lt": (0.0, 0.0), "t": (0.5, 0.0), "rt": (1.0, 0.0), "r": (1.0, 0.5),
    "rb": (1.0, 1.0), "b": (0.5, 1.0), "lb": (0.0, 1.0), "l": (0.0, 0.5),
}
_CURSORS = {
    "lt": Qt.CursorShape.SizeFDiagCursor, "rb": Qt.CursorShape.SizeFDiagCursor,
    "rt": Qt.CursorShape.SizeBDiagCursor, "lb": Qt.CursorShape.SizeBDiagCursor,
    "t": Qt.CursorShape.SizeVerCursor, "b": Qt.CursorShape.SizeVerCursor,
    "l": Qt.CursorShape.SizeHorCursor, "r": Qt.CursorShape.SizeHorCursor,
}


@dataclass(frozen=True)
class LayerEntry:
    """What the canvas shows of one layer."""

    layer_id: str
    label: str
    rect: Rect  # in output pixels
    visible: bool
    kind: str


def _qrect(rect: Rect) -> QRectF:
    left, top, right, bottom = rect
    return QRectF(QPointF(left, top), QPointF(right, bottom))


def _tuple(rect: QRectF) -> Rect:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


class LayerItem(QGraphicsObject):
    """One layer's rectangle; dragging it (or a handle) asks the canvas where to go."""

    def __init__(self, canvas: TemplateCanvas, entry: LayerEntry) -> None:
        super().__init__()
        self._canvas = canvas
        self.entry = entry
        self._rect = _qrect(entry.rect)
        self.is_selected = False
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)

    @property
    def layer_id(self) -> str:
        return self.entry.layer_id

    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
            self.update()

    def set_selected(self, selected: bool) -> None:
        if selected != self.is_selected:
            self.prepareGeometryChange()
            self.is_selected = selected
            self.update()

    # -- geometry ------------------------------------------------------------------------------
    def _handle_size(self) -> float:
        return HANDLE_PX * self._canvas.scene_per_pixel()

    def handle_rects(self) -> dict[str, QRectF]:
        size = self._handle_size()
        rects = {}
        for name, (fx, fy) in _HANDLES.items():
            centre = QPointF(self._rect.left() + fx * self._rect.width(),
                             self._rect.top() + fy * self._rect.height())
            rects[name] = QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size)
        return rects

    def handle_at(self, pos: QPointF) -> str:
        if not self.is_selected:
            return ""
        for name, rect in self.handle_rects().items():
            if rect.adjusted(-1, -1, 1, 1).contains(pos):
                return name
        return ""

    def boundingRect(self) -> QRectF:
        margin = self._handle_size()
        return self._rect.adjusted(-margin, -margin, margin, margin)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        if self.is_selected:
            for rect in self.handle_rects().values():
                path.addRect(rect)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if self.is_selected:
            pen = QPen(SELECT_COLOUR, 2)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect)
            painter.setBrush(QBrush(Qt.GlobalColor.white))
            for rect in self.handle_rects().values():
                painter.drawRect(rect)
            return
        # Faint two-tone dashes show every box on light and dark designs alike.
        for colour, offset in ((QColor(0, 0, 0, 90), 0.0), (QColor(255, 255, 255, 150), 4.0)):
            pen = QPen(colour, 1, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            pen.setDashOffset(offset)
            painter.setPen(pen)
            painter.drawRect(self._rect)

    # -- the mouse -----------------------------------------------------------------------------
    def hoverMoveEvent(self, event) -> None:
        handle = self.handle_at(event.pos())
        self.setCursor(_CURSORS.get(handle, Qt.CursorShape.SizeAllCursor if self.is_selected
                                    else Qt.CursorShape.PointingHandCursor))

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        handle = self.handle_at(event.pos())
        self._canvas.begin_drag(self, handle, event.scenePos())
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        self._canvas.drag_to(event.scenePos(), event.modifiers())

    def mouseReleaseEvent(self, event) -> None:
        self._canvas.end_drag()


class FocusMarker(QGraphicsObject):
    """The sample photo's focal point: a crosshair the designer drags."""

    RADIUS_PX = 11

    def __init__(self, canvas: TemplateCanvas) -> None:
        super().__init__()
        self._canvas = canvas
        self.setZValue(2000)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._dragging = False

    def boundingRect(self) -> QRectF:
        r = (self.RADIUS_PX + 3) * self._canvas.scene_per_pixel()
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        r = self.RADIUS_PX * self._canvas.scene_per_pixel()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for colour, width in ((QColor(0, 0, 0, 160), 4), (QColor("#FFFFFF"), 2)):
            pen = QPen(colour, width)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawEllipse(QPointF(0, 0), r, r)
            painter.drawLine(QPointF(-r * 1.5, 0), QPointF(-r * 0.4, 0))
            painter.drawLine(QPointF(r * 0.4, 0), QPointF(r * 1.5, 0))
            painter.drawLine(QPointF(0, -r * 1.5), QPointF(0, -r * 0.4))
            painter.drawLine(QPointF(0, r * 0.4), QPointF(0, r * 1.5))

    def mousePressEvent(self, event) -> None:
        self._dragging = event.button() == Qt.MouseButton.LeftButton
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._dragging:
            self.setPos(event.scenePos())

    def mouseReleaseEvent(self, event) -> None:
        if self._dragging:
            self._dragging = False
            self._canvas.focus_moved.emit(self.pos())


class TemplateCanvas(QGraphicsView):
    layer_clicked = Signal(object)  # layer id, or None for the empty canvas
    # layer id, the new rect (left, top, right, bottom) in output pixels, a merge key
    geometry_committed = Signal(str, object, object)
    geometry_dragging = Signal(str, object)  # layer id, rect: while the mouse moves it
    focus_moved = Signal(QPointF)  # scene position of the focal point
    guides_changed = Signal(list)  # the guides shown while snapping

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#DDE3E9"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setMinimumSize(240, 240)
        self._width, self._height = 1080, 1080
        self._safe: Rect = (0, 0, 1080, 1080)
        self._page = QGraphicsRectItem()
        self._page.setBrush(QColor("#FFFFFF"))
        self._page.setPen(Qt.PenStyle.NoPen)
        self._page.setZValue(-20)
        self._image = QGraphicsPixmapItem()
        self._image.setZValue(-10)
        self._image.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._safe_item = QGraphicsRectItem()
        pen = QPen(SAFE_COLOUR, 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self._safe_item.setPen(pen)
        self._safe_item.setZValue(1500)
        self._focus = FocusMarker(self)
        self._focus.setVisible(False)
        for item in (self._page, self._image, self._safe_item, self._focus):
            self.scene().addItem(item)
        self._items: dict[str, LayerItem] = {}
        self._selected: str | None = None
        self._guide_items: list[QGraphicsLineItem] = []
        self.guides: list[Guide] = []
        self._drag: tuple[LayerItem, str, QPointF, QRectF] | None = None

    # -- content -------------------------------------------------------------------------------
    def set_canvas(self, width: int, height: int, safe_rect: Rect) -> None:
        changed = (width, height) != (self._width, self._height)
        self._width, self._height, self._safe = width, height, safe_rect
        self._page.setRect(0, 0, width, height)
        self._safe_item.setRect(_qrect(safe_rect))
        self._safe_item.setVisible(safe_rect != (0, 0, width, height))
        margin = max(width, height) * 0.03
        self.scene().setSceneRect(-margin, -margin, width + 2 * margin, height + 2 * margin)
        if changed:
            self._image.setPixmap(QPixmap())
        self.fit()

    def set_image(self, image: QImage, scale: float) -> None:
        self._image.setPixmap(QPixmap.fromImage(image))
        self._image.setScale(1.0 / scale if scale else 1.0)

    def has_image(self) -> bool:
        return not self._image.pixmap().isNull()

    def set_layers(self, entries: list[LayerEntry]) -> None:
        """Show these layers (bottom first); a rectangle being dragged is left alone."""
        dragged = self._drag[0] if self._drag else None
        wanted = {e.layer_id for e in entries}
        for layer_id in list(self._items):
            if layer_id not in wanted:
                item = self._items.pop(layer_id)
                if item is dragged:
                    self._drag = None
                self.scene().removeItem(item)
        for z, entry in enumerate(entries):
            item = self._items.get(entry.layer_id)
            if item is None:
                item = LayerItem(self, entry)
                self._items[entry.layer_id] = item
                self.scene().addItem(item)
            item.entry = entry
            item.setZValue(z)
            if item is not dragged:
                item.set_rect(_qrect(entry.rect))
            item.setVisible(entry.visible or entry.layer_id == self._selected)
            item.set_selected(entry.layer_id == self._selected)

    def set_selected(self, layer_id: str | None) -> None:
        self._selected = layer_id
        for item_id, item in self._items.items():
            item.set_selected(item_id == layer_id)
            item.setVisible(item.entry.visible or item_id == layer_id)

    @property
    def selected(self) -> str | None:
        return self._selected

    def item(self, layer_id: str) -> LayerItem | None:
        return self._items.get(layer_id)

    def set_focus_marker(self, point: QPointF | None) -> None:
        self._focus.setVisible(point is not None)
        if point is not None and not self._focus._dragging:
            self._focus.setPos(point)

    # -- view ----------------------------------------------------------------------------------
    def fit(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        for item in self._items.values():
            item.prepareGeometryChange()
        self._focus.prepareGeometryChange()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()

    def scene_per_pixel(self) -> float:
        scale = self.transform().m11()
        return 1.0 / scale if scale > 0 else 1.0

    # -- dragging ------------------------------------------------------------------------------
    def begin_drag(self, item: LayerItem, handle: str, scene_pos: QPointF) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if item.layer_id != self._selected:
            self.set_selected(item.layer_id)
            self.layer_clicked.emit(item.layer_id)
        self._drag = (item, handle, scene_pos, item.rect())

    def drag_to(self, scene_pos: QPointF, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier
                .NoModifier) -> None:
        if self._drag is None:
            return
        item, handle, start, start_rect = self._drag
        dx, dy = scene_pos.x() - start.x(), scene_pos.y() - start.y()
        rect = _tuple(start_rect)
        xs, ys = snap_targets(self._width, self._height, self._safe)
        threshold = SNAP_PX * self.scene_per_pixel()
        snap = not modifiers & Qt.KeyboardModifier.AltModifier
        if handle:
            proposed = resize_rect(rect, handle, dx, dy)
            new, guides = snap_resize(proposed, handle, xs, ys, threshold) if snap \
                else (proposed, [])
        else:
            proposed = (rect[0] + dx, rect[1] + dy, rect[2] + dx, rect[3] + dy)
            new, guides = snap_move(proposed, xs, ys, threshold) if snap else (proposed, [])
        item.set_rect(_qrect(new))
        self.show_guides(guides)
        self.geometry_dragging.emit(item.layer_id, new)

    def end_drag(self) -> None:
        if self._drag is None:
            return
        item, _handle, _start, start_rect = self._drag
        self._drag = None
        self.show_guides([])
        if item.rect() != start_rect:
            self.geometry_committed.emit(item.layer_id, _tuple(item.rect()), None)

    def cancel_drag(self) -> None:
        if self._drag is not None:
            item, _handle, _start, start_rect = self._drag
            self._drag = None
            item.set_rect(start_rect)
            self.show_guides([])

    def show_guides(self, guides: list[Guide]) -> None:
        for line in self._guide_items:
            self.scene().removeItem(line)
        self._guide_items.clear()
        self.guides = list(guides)
        rect = self.scene().sceneRect()
        for guide in guides:
            if guide.vertical:
                line = QGraphicsLineItem(guide.position, rect.top(), guide.position,
                                         rect.bottom())
            else:
                line = QGraphicsLineItem(rect.left(), guide.position, rect.right(),
                                         guide.position)
            pen = QPen(GUIDE_COLOUR, 1.5)
            pen.setCosmetic(True)
            line.setPen(pen)
            line.setZValue(3000)
            self.scene().addItem(line)
            self._guide_items.append(line)
        self.guides_changed.emit(list(guides))

    # -- mouse and keys on the view ------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self._drag is None \
                and not self._focus.isUnderMouse():
            hit = self.itemAt(event.position().toPoint())
            if not isinstance(hit, LayerItem | FocusMarker):
                self.set_selected(None)
                self.layer_clicked.emit(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self.cancel_drag()
            return
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                 Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in steps and self._selected in self._items and self._drag is None:
            step = NUDGE_BIG if event.modifiers() & Qt.KeyboardModifier.ShiftModifier \
                else NUDGE
            dx, dy = steps[key]
            item = self._items[self._selected]
            rect = item.rect().translated(dx * step, dy * step)
            item.set_rect(rect)
            self.geometry_committed.emit(item.layer_id, _tuple(rect),
                                         ("nudge", item.layer_id))
            return
        super().keyPressEvent(event)
