"""The property panel: every setting of the selected layer, as the edit target sees it.

Rows show the effective value for the aspect being edited. In a variant, a row
whose property that variant overrides has a bold label and a reset button
(back to the base design); properties that cannot differ per aspect (name,
lock) are greyed there. The panel never changes the template: it emits
``property_edited(prop, value, continuous)`` and the editor makes it one
undoable step (continuous edits — spin boxes, typing — merge into one).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.designer.texts import brand_role_name, choice_names, layer_type_names
from gui.designer.widgets import ColorPicker
from studio.brand import BrandKit
from studio.template.editing import NOT_OVERRIDABLE, effective_layer, overridden_properties
from studio.template.model import (
    Animation,
    Box,
    ImageLayer,
    LayerBase,
    Template,
    TextBackground,
    TextLayer,
)

TYPE_PROPERTIES = {
    "media": ("fit", "background", "focus"),
    "image": ("source", "fit", "align", "valign"),
    "shape": ("shape", "fill", "fill_to", "direction", "radius"),
    "text": ("text", "font", "color", "size", "align", "valign", "max_lines", "line_spacing",
             "transform", "background", "shadow"),
}
COMMON_PROPERTIES = ("name", "area", "box", "opacity", "visible", "locked")
TEXT_COMMIT_MS = 600


def _spin(low: float, high: float, step: float, decimals: int, suffix: str = ""
          ) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(step)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)
    spin.setAccelerated(True)
    # Narrower than Qt's guess from the range: the panel must fit its dock.
    spin.setMinimumWidth(74)
    return spin


def _combo() -> QComboBox:
    # Long names (fonts, files) must not widen the panel beyond the window.
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


# -- editors: one widget per kind of value; each emits edited(value, continuous) --------------
class _Editor(QWidget):
    edited = Signal(object, bool)

    def set_value(self, value: Any, context: dict[str, Any]) -> None:
        raise NotImplementedError


class _LineEditor(_Editor):
    def __init__(self) -> None:
        super().__init__()
        self.line = QLineEdit()
        QHBoxLayout(self).addWidget(self.line)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.line.editingFinished.connect(self._on_line_editing_finished)

    def set_value(self, value: Any, context: dict[str, Any]) -> None:
        if not self.line.hasFocus() or self.line.text() == value:
            self.line.setText(str(value))

    def _on_line_editing_finished(self) -> None:
        self.edited.emit(self.line.text(), False)


class _ChoiceEditor(_Editor):
    def __init__(self, names: dict[str, str]) -> None:
        super().__init__()
        self.combo = _combo()
        for value, label in names.items():
            self.combo.addItem(label, value)
        QHBoxLayout(self).addWidget(self.combo)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.combo.activated.connect(self._on_combo_activated)

    def set_value(self, value: Any, context: dict[str, Any]) -> None:
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(max(0, self.combo.findData(value)))

    def _on_combo_activated(self, index: int) -> None:
        self.edited.emit(self.combo.itemData(index), False)


class _BoolEditor(_Editor):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.check = QCheckBox(text)
        QHBoxLayout(self).addWidget(self.check)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.check.toggled.connect(self._on_check_toggled)

    def set_value(self, value: Any, context: dict[str, Any]) -> None:
        with QSignalBlocker(self.check):
            self.check.setChecked(bool(value))

    def _on_check_toggled(self, checked: bool) -> None:
        self.edited.emit(checked, False)


class _NumberEditor(_Editor):
    def __init__(self, low: float, high: float, step: float, decimals: int,
                 suffix: str = "", factor: float = 1.0) -> None:
        super().__init__()
        self.factor = factor
        self.spin = _spin(low, high, step, decimals, suffix)
        QHBoxLayout(self).addWidget(self.spin)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.spin.valueChanged.connect(self._on_spin_value_changed)

    def set_value(self, value: Any, context: dict[str, Any]) -> None:
        with QSignalBlocker(self.spin):
            self.spin.setValue(float(value) * self.factor)

    def _on_spin_value_changed(self, value: float) -> None:
        result = value / self.factor
        if self.spin.decimals() == 0 and self.factor == 1.0:
            result = round(result)
        self.edited.emit(round(result, 4), True)


class _BoxEditor(_Editor):
    """x, y, width, height as percentages of the layer's area."""

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        for i, key in enumerate("xywh"):
            low, high = (-100.0, 200.0) if key in "xy" else (0.01, 300.0)
            spin = _spin(low, high, 0.5, 2, " %")
            label = QLabel()
            self.labels[key] = label
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(spin, i // 2, (i % 2) * 2 + 1)
            spin.valueChanged.connect(self._on_spin_value_changed)
            self.spins[key] = spin
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def retranslate(self) -> None:
        for key, text in zip("xywh", (self.tr("X"), self.tr("Y"), self.tr("W"), self.tr("H")),
                             strict=True):
            self.labels[key].setText(text)

    def set_value(self, value: Any, context: dict[str, Any]) -> None:
        for key in "xywh":
            with QSignalBlocker(self.spins[key]):
                self.spins[key].setValue(getattr(value, key) * 100)

    def _on_spin_value_changed(self, _value: float) -> None:
        values = {k: round(self.spins[k].value() / 100, 4) for k in "xywh"}
        self.edited.emit(Box(**values), True)


class _SizeEditor(_Editor):
    """The text size range: smallest and largest, in reference pixels."""

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.low = _spin(4, 800, 1, 0, " px")
        self.high = _spin(4, 800, 1, 0, " px")
        self.dash = QLabel("\u2013")
        row.addWidget(self.low, 1)
        row.addWidget(self.dash)
        row.addWidget(self.high, 1)
        self.low.valueChanged.connect(self._on_low_value_changed)
        self.high.valueChanged.connect(self._on_high_value_changed)

    def set_value(self, value: Any, context: dict[str, Any]) -> None:
        for spin, v in ((self.low, value[0]), (self.high, value[1])):
            with QSignalBlocker(spin):
                spin.setValue(v)

    def _on_low_value_changed(self, value: float) -> None:
        high = max(value, self.high.value())
        self.edited.emit((float(value), float(high)), True)

    def _on_high_value_changed(self, value: float) -> None:
        low = min(value, self.low.value())
        self.edited.emit((float(low), float(value)), True)


class _ColorEditor(_Editor):
    def __init__(self, optional_text: str | None = None) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check: QCheckBox | None = None
        if optional_text is not None:
            self.check = QCheckBox(optional_text)
            self.check.toggled.connect(self._on_check_toggled)
            row.addWidget(self.check)
        self.picker = ColorPicker()
        row.addWidget(self.picker, 1)
        self.picker.color_chosen.connect(self._on_picker_color_chosen)

    def set_value(self, value: Any, context: dict[str, Any]) -> None:
        brand: BrandKit = context["brand"]
        if self.check is not None:
            with QSignalBlocker(self.check):
                self.check.setChecked(value is not None)
            self.picker.setEnabled(value is not None)
        self.picker.set_value(value or context.get("fallback_color", "brand:primary"), brand)

    def _on_check_toggled(self, checked: bool) -> None:
        self.picker.setEnabled(checked)
        self.edited.emit(self.picker.value if checked else None, False)

    def _on_picker_color_chosen(self, value: str) -> None:
        self.edited.emit(value, False)


class _FontEditor(_ChoiceEditor):
    def __init__(self) -> None:
        super().__init__({})

    def set_value(self, value: Any, context: dict[str, Any]) -> None:
        brand: BrandKit = context["brand"]
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for name, path in brand.fonts.items():
                if name == "emoji":
                    continue  # the fallback for emoji, not a text font
                self.combo.addItem(f"{brand_role_name('font', name)} \u2014 {Path(path).stem}",
                                   f"brand:{name}")
            if self.combo.findData(value) < 0:
                self.combo.addItem(str(value), value)
            self.combo.setCurrentIndex(self.combo.findData(value))


class _SourceEditor(_Editor):
    """A brand logo, an image of the template, or a new file (copied into the template)."""

    choose_file = Signal()

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.combo = _combo()
        self.button = QToolButton()
        row.addWidget(self.combo, 1)
        row.addWidget(self.button)
        self.combo.activated.connect(self._on_combo_activated)
        self.button.clicked.connect(self.choose_file)

    def retranslate(self) -> None:
        self.button.setText(self.tr("File\u2026"))
        self.button.setToolTip(self.tr("Use an image file (it is copied into the template)"))

    def set_value(self, value: Any, context: dict[str, Any]) -> None:
        brand: BrandKit = context["brand"]
        folder: Path | None = context.get("folder")
        with QSignalBlocker(self.combo):
            self.combo.clear()
            for name in brand.logos:
                self.combo.addItem(self.tr("Brand logo: %1")
                                   .replace("%1", brand_role_name("logo", name)),
                                   f"brand:{name}")
            if folder is not None and folder.is_dir():
                for path in sorted(folder.rglob("*")):
                    if path.suffix.lower() in (".png", ".jpg", ".jpeg", ".webp") and \
                            not any(part.startswith(".") for part in path.parts):
                        rel = path.relative_to(folder).as_posix()
                        self.combo.addItem(rel, rel)
            if self.combo.findData(value) < 0:
                self.combo.addItem(str(value), value)
            self.combo.setCurrentIndex(self.combo.findData(value))

    def _on_combo_activated(self, index: int) -> None:
        self.edited.emit(self.combo.itemData(index), False)


class _ExpressionEditor(_Editor):
    """The text of a text layer: words and ``{{ field }}`` places, with a field menu."""

    def __init__(self) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(74)
        self.insert = QToolButton()
        self.insert.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.insert)
        self.insert.setMenu(self.menu)
        column.addWidget(self.edit)
        column.addWidget(self.insert, 0, Qt.AlignmentFlag.AlignLeft)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_COMMIT_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.installEventFilter(self)
        self._fields: list[tuple[str, str, str]] = []

    def retranslate(self) -> None:
        self.insert.setText(self.tr("Insert field"))

    def set_value(self, value: Any, context: dict[str, Any]) -> None:
        template: Template = context["template"]
        fields = [(f.key, f.label, f.type) for f in template.fields]
        if fields != self._fields:
            self._fields = fields
            self.menu.clear()
            for key, label, kind in fields:
                snippet = f"{{{{ {key} | tanggal_panjang }}}}" if kind == "date" else \
                    f"{{{{ {key} }}}}"
                action = self.menu.addAction(f"{label}  ({key})")
                action.setData(snippet)
                action.triggered.connect(lambda _=False, s=snippet: self.insert_snippet(s))
            if not fields:
                self.menu.addAction(self.tr("The template has no fields yet")).setEnabled(False)
        if self.edit.toPlainText() != value and not self._timer.isActive():
            with QSignalBlocker(self.edit):
                self.edit.setPlainText(value)

    def insert_snippet(self, snippet: str) -> None:
        self.edit.insertPlainText(snippet)
        self.commit()

    def commit(self) -> None:
        self._timer.stop()
        self.edited.emit(self.edit.toPlainText(), True)

    def _on_edit_text_changed(self) -> None:
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self.commit()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut \
                and self._timer.isActive():
            self.commit()
        return super().eventFilter(watched, event)


class _ChipEditor(_Editor):
    """The chip behind a text block: on/off, colour, padding and corner radius."""

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox()
        self.picker = ColorPicker()
        self.pad_x = _spin(0, 400, 1, 0, " px")
        self.pad_y = _spin(0, 400, 1, 0, " px")
        self.radius = _spin(0, 400, 1, 0, " px")
        self.labels = [QLabel(), QLabel()]
        grid.addWidget(self.check, 0, 0, 1, 4)
        grid.addWidget(self.picker, 1, 0, 1, 4)
        grid.addWidget(self.labels[0], 2, 0)
        grid.addWidget(self.pad_x, 2, 1)
        grid.addWidget(self.pad_y, 2, 2)
        grid.addWidget(self.labels[1], 3, 0)
        grid.addWidget(self.radius, 3, 1)
        self._value: TextBackground | None = None
        self.check.toggled.connect(self._on_check_toggled)
        self.picker.color_chosen.connect(self._on_picker_color_chosen)
        for spin in (self.pad_x, self.pad_y, self.radius):
            spin.valueChanged.connect(self._on_spin_value_changed)

    def retranslate(self) -> None:
        self.check.setText(self.tr("Chip behind the text"))
        self.labels[0].setText(self.tr("Padding"))
        self.labels[1].setText(self.tr("Corners"))

    def set_value(self, value: Any, context: dict[str, Any]) -> None:
        self._value = value
        chip = value or TextBackground()
        with QSignalBlocker(self.check):
            self.check.setChecked(value is not None)
        self.picker.set_value(chip.color, context["brand"])
        for spin, v in ((self.pad_x, chip.padding[0]), (self.pad_y, chip.padding[1]),
                        (self.radius, chip.radius)):
            with QSignalBlocker(spin):
                spin.setValue(v)
        for widget in (self.picker, self.pad_x, self.pad_y, self.radius):
            widget.setEnabled(value is not None)

    def _current(self) -> dict[str, Any]:
        return {"color": self.picker.value or "brand:accent",
                "padding": [self.pad_x.value(), self.pad_y.value()],
                "radius": self.radius.value(),
                "opacity": (self._value or TextBackground()).opacity}

    def _on_check_toggled(self, checked: bool) -> None:
        self.edited.emit(self._current() if checked else None, False)

    def _on_picker_color_chosen(self, _value: str) -> None:
        self.edited.emit(self._current(), False)

    def _on_spin_value_changed(self, _value: float) -> None:
        if self.check.isChecked():
            self.edited.emit(self._current(), True)


class _AnimationEditor(_Editor):
    """Video timing: shown from/until (seconds) and how it comes in."""

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox()
        self.start = _spin(0, 3600, 0.5, 1, " s")
        self.end = _spin(0, 3600, 0.5, 1, " s")
        self.until_end = QCheckBox()
        self.effect = _combo()
        self.duration = _spin(0, 5, 0.1, 1, " s")
        self.labels = [QLabel() for _ in range(4)]
        grid.addWidget(self.check, 0, 0, 1, 3)
        grid.addWidget(self.labels[0], 1, 0)
        grid.addWidget(self.start, 1, 1)
        grid.addWidget(self.labels[1], 2, 0)
        grid.addWidget(self.end, 2, 1)
        grid.addWidget(self.until_end, 2, 2)
        grid.addWidget(self.labels[2], 3, 0)
        grid.addWidget(self.effect, 3, 1, 1, 2)
        grid.addWidget(self.labels[3], 4, 0)
        grid.addWidget(self.duration, 4, 1)
        self.check.toggled.connect(self._on_changed_discrete)
        self.until_end.toggled.connect(self._on_changed_discrete)
        self.effect.activated.connect(self._on_changed_discrete)
        for spin in (self.start, self.end, self.duration):
            spin.valueChanged.connect(self._on_spin_value_changed)

    def retranslate(self) -> None:
        self.check.setText(self.tr("Show only part of a video"))
        for label, text in zip(self.labels, (self.tr("From"), self.tr("Until"),
                                             self.tr("Effect"), self.tr("Effect length")),
                               strict=True):
            label.setText(text)
        self.until_end.setText(self.tr("the end"))
        current = self.effect.currentData()
        with QSignalBlocker(self.effect):
            self.effect.clear()
            for value, label in choice_names("effect").items():
                self.effect.addItem(label, value)
            self.effect.setCurrentIndex(max(0, self.effect.findData(current)))

    def set_value(self, value: Any, context: dict[str, Any]) -> None:
        animation: Animation = value or Animation()
        widgets = (self.check, self.until_end, self.effect, self.start, self.end, self.duration)
        blockers = [QSignalBlocker(w) for w in widgets]
        self.check.setChecked(value is not None)
        self.start.setValue(animation.start)
        self.until_end.setChecked(animation.end is None)
        self.end.setValue(animation.end if animation.end is not None else
                          animation.start + 5)
        self.effect.setCurrentIndex(max(0, self.effect.findData(animation.effect)))
        self.duration.setValue(animation.duration)
        del blockers
        self._enable()

    def _enable(self) -> None:
        on = self.check.isChecked()
        for widget in (self.start, self.until_end, self.effect, self.duration, *self.labels):
            widget.setEnabled(on)
        self.end.setEnabled(on and not self.until_end.isChecked())

    def _current(self) -> dict[str, Any] | None:
        if not self.check.isChecked():
            return None
        data: dict[str, Any] = {"start": self.start.value(),
                                "effect": self.effect.currentData() or "fade",
                                "duration": self.duration.value()}
        if not self.until_end.isChecked():
            data["end"] = max(self.end.value(), self.start.value())
        return data

    def _on_changed_discrete(self, *_args: Any) -> None:
        self._enable()
        self.edited.emit(self._current(), False)

    def _on_spin_value_changed(self, _value: float) -> None:
        self.edited.emit(self._current(), True)


class _FocusEditor(_Editor):
    """The sample photo's focal point (preview only: officers set it per photo)."""

    def __init__(self) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.x = _spin(0, 100, 1, 0, " %")
        self.y = _spin(0, 100, 1, 0, " %")
        self.centre = QToolButton()
        row.addWidget(self.x)
        row.addWidget(self.y)
        row.addWidget(self.centre)
        self.x.valueChanged.connect(self._on_spin_value_changed)
        self.y.valueChanged.connect(self._on_spin_value_changed)
        self.centre.clicked.connect(self._on_centre_clicked)

    def retranslate(self) -> None:
        self.centre.setText(self.tr("Centre"))
        tip = self.tr("Where the sample photo's subject is; drag the cross on the canvas. "
                      "Officers choose it for each photo.")
        for widget in (self.x, self.y, self.centre):
            widget.setToolTip(tip)

    def set_value(self, value: Any, context: dict[str, Any]) -> None:
        for spin, v in ((self.x, value[0]), (self.y, value[1])):
            with QSignalBlocker(spin):
                spin.setValue(v * 100)

    def _on_spin_value_changed(self, _value: float) -> None:
        self.edited.emit((self.x.value() / 100, self.y.value() / 100), True)

    def _on_centre_clicked(self) -> None:
        self.edited.emit((0.5, 0.5), False)


# -- the panel --------------------------------------------------------------------------------
class _Row:
    def __init__(self, prop: str, label: QLabel, editor: _Editor, reset: QToolButton,
                 holder: QWidget) -> None:
        self.prop, self.label, self.editor, self.reset, self.holder = (prop, label, editor,
                                                                        reset, holder)


class PropertyPanel(QScrollArea):
    property_edited = Signal(str, object, bool)  # property, value, continuous
    reset_requested = Signal(str)  # property (in the current variant)
    focus_edited = Signal(float, float)  # the sample photo's focal point
    choose_image_file = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setProperty("flat", "true")
        self._body = QWidget()
        self._column = QVBoxLayout(self._body)
        self._column.setContentsMargins(10, 8, 10, 8)
        self.setWidget(self._body)
        self._title = QLabel()
        self._title.setProperty("role", "heading")
        self._title.setWordWrap(True)
        self._note = QLabel()
        self._note.setWordWrap(True)
        self._note.setProperty("role", "muted")
        self._column.addWidget(self._title)
        self._column.addWidget(self._note)
        self._form_holder = QWidget()
        self._column.addWidget(self._form_holder)
        self._column.addStretch(1)
        self._rows: dict[str, _Row] = {}
        self._shape: tuple[str, str] | None = None  # (layer id, type) the rows are for
        self._retranslate()
        self.show_nothing()

    # -- building ------------------------------------------------------------------------------
    def _make_editor(self, prop: str, layer_type: str) -> _Editor:
        if prop in ("name",):
            return _LineEditor()
        if prop in ("area", "align", "valign", "shape", "direction", "transform", "fit"):
            return _ChoiceEditor(choice_names(prop, layer_type))
        if prop == "box":
            return _BoxEditor()
        if prop == "opacity":
            return _NumberEditor(0, 100, 5, 0, " %", factor=100.0)
        if prop == "visible":
            return _BoolEditor(self.tr("Shown in the output"))
        if prop == "locked":
            return _BoolEditor(self.tr("Officers cannot change it"))
        if prop == "shadow":
            return _BoolEditor(self.tr("Soft shadow under the text"))
        if prop in ("fill", "color"):
            return _ColorEditor()
        if prop == "background":
            return _ChipEditor() if layer_type == "text" else _ColorEditor()
        if prop == "fill_to":
            return _ColorEditor(self.tr("to"))
        if prop == "radius":
            return _NumberEditor(0, 2000, 1, 0, " px")
        if prop == "max_lines":
            return _NumberEditor(1, 40, 1, 0)
        if prop == "line_spacing":
            return _NumberEditor(0.7, 3.0, 0.05, 2, " \u00d7")
        if prop == "size":
            return _SizeEditor()
        if prop == "font":
            return _FontEditor()
        if prop == "text":
            return _ExpressionEditor()
        if prop == "source":
            editor = _SourceEditor()
            editor.choose_file.connect(self.choose_image_file)
            return editor
        if prop == "animate":
            return _AnimationEditor()
        if prop == "focus":
            return _FocusEditor()
        raise KeyError(prop)

    def _labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"), "area": self.tr("Placed in"), "box": self.tr("Position"),
            "opacity": self.tr("Opacity"), "visible": self.tr("Visible"),
            "locked": self.tr("Locked"), "fit": self.tr("Fit"),
            "background": self.tr("Background"), "focus": self.tr("Focal point"),
            "source": self.tr("Image"), "align": self.tr("Alignment"),
            "valign": self.tr("Vertical"), "shape": self.tr("Shape"), "fill": self.tr("Colour"),
            "fill_to": self.tr("Gradient"), "direction": self.tr("Direction"),
            "radius": self.tr("Corners"), "text": self.tr("Text"), "font": self.tr("Font"),
            "color": self.tr("Colour"), "size": self.tr("Size (min\u2013max)"),
            "max_lines": self.tr("Max. lines"), "line_spacing": self.tr("Line spacing"),
            "transform": self.tr("Letters"), "shadow": self.tr("Shadow"),
            "animate": self.tr("Video timing"),
        }

    def _build(self, layer_type: str) -> None:
        old = self._form_holder
        self._form_holder = QWidget()
        self._column.replaceWidget(old, self._form_holder)
        old.deleteLater()
        form = QFormLayout(self._form_holder)
        form.setContentsMargins(0, 4, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows.clear()
        props = (*COMMON_PROPERTIES[:1], *TYPE_PROPERTIES[layer_type], *COMMON_PROPERTIES[1:],
                 "animate")
        for prop in props:
            editor = self._make_editor(prop, layer_type)
            reset = QToolButton()
            reset.setText("\u21ba")
            reset.setAutoRaise(True)
            reset.clicked.connect(lambda _=False, p=prop: self.reset_requested.emit(p))
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(2)
            row.addWidget(editor, 1)
            row.addWidget(reset, 0, Qt.AlignmentFlag.AlignTop)
            label = QLabel()
            label.setWordWrap(False)
            form.addRow(label, holder)
            if prop == "focus":
                editor.edited.connect(lambda v, _c: self.focus_edited.emit(v[0], v[1]))
            else:
                editor.edited.connect(lambda v, c, p=prop: self.property_edited.emit(p, v, c))
            self._rows[prop] = _Row(prop, label, editor, reset, holder)
        self._retranslate()

    # -- showing -------------------------------------------------------------------------------
    def show_nothing(self, text: str | None = None) -> None:
        self._shape = None
        self._title.setText(self.tr("No layer selected"))
        self._note.setText(text or self.tr("Click a layer on the canvas or in the layer list "
                                           "to see its settings."))
        self._form_holder.setVisible(False)

    def show_layer(self, template: Template, layer_id: str, aspect: str | None,
                   brand: BrandKit, folder: Path | None,
                   focus: tuple[float, float] = (0.5, 0.5)) -> None:
        base = template.layer(layer_id)
        if base is None:
            self.show_nothing()
            return
        if self._shape != (layer_id, base.type):
            self._build(base.type)
            self._shape = (layer_id, base.type)
        self._form_holder.setVisible(True)
        try:
            layer: LayerBase = effective_layer(template, layer_id, aspect)  # type: ignore[arg-type]
        except Exception:  # an invalid variant: show the base values
            layer = base
        overridden = overridden_properties(template, layer_id, aspect)  # type: ignore[arg-type]
        context = {"brand": brand, "folder": folder, "template": template,
                   "fallback_color": "brand:primary_dark"}
        type_name = layer_type_names().get(base.type, base.type)
        self._title.setText(f"{base.name or base.id}  \u00b7  {type_name}")
        if aspect is None:
            self._note.setText(self.tr("Editing the base design: changes apply to every "
                                       "aspect that does not override them."))
        else:
            self._note.setText(self.tr("Editing the variant for this aspect. Bold settings "
                                       "differ from the base design; \u21ba resets one."))
        for prop, row in self._rows.items():
            value = focus if prop == "focus" else getattr(layer, prop, None)
            if prop == "text" and not isinstance(layer, TextLayer):
                continue
            if prop == "source" and not isinstance(layer, ImageLayer):
                continue
            row.editor.set_value(value, context)
            is_over = prop in overridden
            font = QFont(row.label.font())
            font.setBold(is_over)
            row.label.setFont(font)
            row.reset.setVisible(is_over)
            fixed = aspect is not None and prop in NOT_OVERRIDABLE
            row.editor.setEnabled(not fixed)
            row.label.setEnabled(not fixed)
            row.label.setToolTip(self.tr("Overridden in this aspect") if is_over else
                                 (self.tr("The same for every aspect") if fixed else ""))

    def row(self, prop: str) -> _Row | None:
        return self._rows.get(prop)

    def is_overridden_shown(self, prop: str) -> bool:
        row = self._rows.get(prop)
        return bool(row and row.label.font().bold() and not row.reset.isHidden())

    # -- language ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        labels = self._labels()
        for prop, row in self._rows.items():
            row.label.setText(labels.get(prop, prop))
            row.reset.setToolTip(self.tr("Back to the base design"))
            retranslate = getattr(row.editor, "retranslate", None)
            if retranslate is not None:
                retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._shape = None  # rebuild: choice labels are translated too
        super().changeEvent(event)

    def labels_text(self) -> dict[str, str]:
        return {prop: row.label.text() for prop, row in self._rows.items()}


__all__ = ["PropertyPanel"]
