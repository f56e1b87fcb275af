"""Small widgets the designer panels share: a brand-colour picker, swatches and the
eye/lock icons (drawn, so they look the same on every system and in any theme)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from gui.designer import dialogs
from gui.designer.texts import brand_role_name
from studio.brand import BrandKit, parse_hex_color

SWATCH = QSize(18, 18)
# Added to each designer window's style: disabled tool buttons must look disabled.
WINDOW_STYLE = "QToolButton:disabled { color: #9AA7B3; background: #F4F6F8; }"


def qcolor(value: str, brand: BrandKit | None = None) -> QColor:
    """A ``brand:`` reference or ``#RRGGBB[AA]`` as a QColor (grey when unknown)."""
    try:
        if value.startswith("brand:"):
            if brand is None or value[6:] not in brand.colors:
                return QColor("#9AA7B3")
            value = brand.colors[value[6:]]
        r, g, b, a = parse_hex_color(value)
        return QColor(r, g, b, a)
    except ValueError:
        return QColor("#9AA7B3")


def swatch_icon(colour: QColor, size: QSize = SWATCH) -> QIcon:
    """A rounded swatch; see-through colours over a checkerboard."""
    pixmap = QPixmap(size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(0.5, 0.5, size.width() - 1, size.height() - 1)
    path = QPainterPath()
    path.addRoundedRect(rect, 4, 4)
    painter.setClipPath(path)
    cell = size.width() / 4
    for i in range(4):
        for j in range(4):
            painter.fillRect(QRectF(i * cell, j * cell, cell, cell),
                             QColor("#FFFFFF") if (i + j) % 2 else QColor("#C9D1D9"))
    painter.fillRect(rect, colour)
    painter.setClipping(False)
    painter.setPen(QPen(QColor(0, 0, 0, 70), 1))
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


def eye_pixmap(open_: bool, size: int = 18, colour: QColor | None = None) -> QPixmap:
    colour = colour or QColor("#3D4C5B")
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour if open_ else QColor("#A8B3BE"), 1.6)
    p.setPen(pen)
    s = size
    path = QPainterPath()
    path.moveTo(1.5, s / 2)
    path.quadTo(s / 2, s * 0.05, s - 1.5, s / 2)
    path.quadTo(s / 2, s * 0.95, 1.5, s / 2)
    p.drawPath(path)
    if open_:
        p.setBrush(QBrush(colour))
        p.drawEllipse(QPointF(s / 2, s / 2), s * 0.16, s * 0.16)
    else:
        p.drawLine(QPointF(3, s - 3), QPointF(s - 3, 3))
    p.end()
    return pixmap


def lock_pixmap(locked: bool, size: int = 18, colour: QColor | None = None) -> QPixmap:
    colour = colour or QColor("#3D4C5B")
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = colour if locked else QColor("#A8B3BE")
    p.setPen(QPen(c, 1.6))
    s = size
    body = QRectF(s * 0.2, s * 0.45, s * 0.6, s * 0.45)
    arc = QRectF(s * 0.3, s * 0.1, s * 0.4, s * 0.6)
    if locked:
        p.drawArc(arc, 0, 180 * 16)
        p.drawLine(QPointF(arc.left(), s * 0.4), QPointF(arc.left(), s * 0.45))
        p.drawLine(QPointF(arc.right(), s * 0.4), QPointF(arc.right(), s * 0.45))
        p.setBrush(QBrush(c))
    else:
        p.drawArc(arc.translated(s * 0.18, -s * 0.04), 0, 180 * 16)
    p.drawRoundedRect(body, 2, 2)
    p.end()
    return pixmap


class ColorPicker(QWidget):
    """A brand colour by name, or a custom colour from the colour dialog."""

    color_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._combo = QComboBox(self)
        self._combo.setIconSize(SWATCH)
        self._combo.setMinimumContentsLength(10)
        self._combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._combo)
        self._value = ""
        self._brand: BrandKit | None = None
        self._combo.activated.connect(self._on_combo_activated)

    @property
    def value(self) -> str:
        return self._value

    def set_value(self, value: str, brand: BrandKit) -> None:
        self._value, self._brand = value, brand
        combo = self._combo
        combo.blockSignals(True)
        combo.clear()
        for name in brand.colors:
            combo.addItem(swatch_icon(qcolor(f"brand:{name}", brand)),
                          brand_role_name("color", name), f"brand:{name}")
        if not value.startswith("brand:") or value[6:] not in brand.colors:
            combo.addItem(swatch_icon(qcolor(value, brand)), value, value)
        combo.addItem(self.tr("Other colour\u2026"), None)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.setToolTip(value)
        combo.blockSignals(False)

    def _on_combo_activated(self, index: int) -> None:
        data = self._combo.itemData(index)
        if data is None:
            chosen = dialogs.choose_color(self, self._resolved())
            if chosen is None:
                self._combo.setCurrentIndex(max(0, self._combo.findData(self._value)))
                return
            data = chosen
        if data != self._value:
            self._value = data
            if self._brand is not None:
                self.set_value(data, self._brand)
            self.color_chosen.emit(data)

    def _resolved(self) -> str:
        if self._value.startswith("brand:") and self._brand is not None:
            return self._brand.colors.get(self._value[6:], "#0B4F82")
        return self._value or "#0B4F82"

    def combo(self) -> QComboBox:
        return self._combo
