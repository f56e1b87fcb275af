"""The event form, generated from the template's fields.

One row per field: its label (Indonesian from the template; a ``*`` marks a
required one), an editor that suits its type (a line, a text box, a date
picker with a calendar, a time, a list of choices), a length counter and a
message line for what is wrong — a required field left empty, text the design
had to shorten, or a paste longer than the field takes. Text past the limit is
refused whole, never cut: a title cut mid-word would be published cut. Locked
fields show their value read-only. Every edit goes to the session as an
undoable change; undo and redo come back through ``fieldChanged`` and only
update the editor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gui.error_messages import warning_text
from gui.labels import field_label
from gui.production.time_edit import TimeEdit
from gui.session import EventSession
from gui.theme import flat_scroll, repolish, set_role
from studio.render.layers import RenderWarning
from studio.template.model import TemplateField

_EMPTY_DATE = QDate(1900, 1, 1)
_FIELD_IN_EXPRESSION = re.compile(r"{{[^}]*?\b([a-z][a-z0-9_]*)\b")


@dataclass
class FieldRow:
    field: TemplateField
    label: QLabel
    editor: QWidget
    counter: QLabel | None
    message: QLabel
    touched: bool = False
    # The length of the last input refused for being too long (0: none).
    refused: int = 0


class _LengthValidator(QValidator):
    """Refuses an edit that would make the text longer than the field takes.

    Unlike ``QLineEdit.setMaxLength``, which cuts a paste at the limit (often in
    the middle of a word), the whole edit is refused and the text stays as it was.
    """

    def __init__(self, limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = limit

    def validate(self, text: str, pos: int) -> object:
        if len(text) > self.limit:
            return QValidator.State.Invalid
        return QValidator.State.Acceptable


class FieldForm(QWidget):
    """The form for the session's current template (rebuilt when the template changes)."""

    validityChanged = Signal(bool)

    def __init__(self, session: EventSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: dict[str, FieldRow] = {}
        self._updating = False
        self._render_warnings: dict[str, str] = {}

        self._heading = set_role(QLabel(), "heading")
        self._required_note = set_role(QLabel(), "muted")
        self._body = QWidget()
        self._body_layout = QVBoxLayout(self._body)
        self._body_layout.setContentsMargins(0, 0, 6, 0)
        self._body_layout.setSpacing(14)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        flat_scroll(scroll, self._body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        head = QHBoxLayout()
        head.addWidget(self._heading)
        head.addStretch(1)
        head.addWidget(self._required_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)

        session.templateChanged.connect(self._on_template_changed)
        session.projectReplaced.connect(self._on_project_replaced)
        session.fieldChanged.connect(self._on_field_changed)
        self._retranslate()
        self.rebuild()

    # -- building ------------------------------------------------------------------------------
    def rebuild(self) -> None:
        while self._body_layout.count():
            widget = self._body_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._rows.clear()
        try:
            template = self._session.loaded_template.template
        except Exception:  # an event whose template is not installed: an empty form
            template = None
        for f in template.fields if template else ():
            self._body_layout.addWidget(self._make_row(f))
        self._body_layout.addStretch(1)
        self._update_all_messages()

    def _make_row(self, f: TemplateField) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(self._label_html(f))
        editor = self._make_editor(f)
        label.setBuddy(editor)
        editor.setObjectName(f"field_{f.key}")
        editor.setToolTip(f.help)
        layout.addWidget(label)
        layout.addWidget(editor)
        foot = QHBoxLayout()
        foot.setSpacing(8)
        message = QLabel()
        message.setWordWrap(True)
        message.setObjectName(f"message_{f.key}")
        foot.addWidget(message, 1)
        counter = None
        if f.type in ("text", "multiline"):
            counter = set_role(QLabel(), "counter")
            counter.setObjectName(f"counter_{f.key}")
            foot.addWidget(counter, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(foot)
        if f.help:
            help_label = set_role(QLabel(f.help), "muted")
            help_label.setWordWrap(True)
            layout.addWidget(help_label)
        self._rows[f.key] = FieldRow(f, label, editor, counter, message)
        self._update_counter(f.key)
        return box

    def _label_html(self, f: TemplateField) -> str:
        text = field_label(f).replace("&", "&amp;").replace("<", "&lt;")
        if f.locked:
            note = self.tr("set by the designer")
            return f"{text} <span style='color:#5B6B7B'>· {note}</span>"
        if f.required:
            return f"{text} <span style='color:#B3261E'>*</span>"
        return text

    def _make_editor(self, f: TemplateField) -> QWidget:
        value = self._session.field_value(f.key)
        if f.type == "multiline":
            editor = QPlainTextEdit()
            editor.setPlainText(value)
            editor.setPlaceholderText(f.placeholder)
            editor.setFixedHeight(96)
            editor.setTabChangesFocus(True)
            editor.setReadOnly(f.locked)
            editor.setUndoRedoEnabled(False)  # undo is the form's, see eventFilter
            editor.textChanged.connect(lambda key=f.key: self._on_multiline_changed(key))
            editor.installEventFilter(self)
            return editor
        if f.type == "date":
            editor = QDateEdit()
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("d MMMM yyyy")
            if not f.required:
                editor.setMinimumDate(_EMPTY_DATE)
                editor.setSpecialValueText(self.tr("(none)"))
            date = QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate()
            editor.setDate(date if date.isValid() else (
                QDate.currentDate() if f.required else _EMPTY_DATE))
            editor.setReadOnly(f.locked)
            editor.dateChanged.connect(lambda _d, key=f.key: self._on_date_changed(key))
            return editor
        if f.type == "time":
            editor = TimeEdit(value)
            editor.setPlaceholderText(f.placeholder or self.tr("e.g. 19.30"))
            editor.setReadOnly(f.locked)
            editor.setClearButtonEnabled(not f.locked)
            editor.timeEdited.connect(lambda text, key=f.key: self._commit(key, text))
            editor.editingFinished.connect(lambda key=f.key: self._on_time_finished(key))
            editor.installEventFilter(self)
            return editor
        if f.type == "choice":
            editor = QComboBox()
            if not f.required:
                editor.addItem(self.tr("(none)"), "")
            for choice in f.choices:
                editor.addItem(choice, choice)
            editor.setCurrentIndex(max(0, editor.findData(value)))
            editor.setEnabled(not f.locked)
            editor.currentIndexChanged.connect(lambda _i, key=f.key: self._on_choice_changed(key))
            return editor
        editor = QLineEdit(value)
        editor.setCursorPosition(0)  # show the start of a long title, not its end
        editor.setValidator(_LengthValidator(f.max_length, editor))
        editor.inputRejected.connect(lambda key=f.key: self._on_input_rejected(key))
        editor.setPlaceholderText(f.placeholder)
        editor.setReadOnly(f.locked)
        editor.setClearButtonEnabled(not f.locked)
        # textChanged, not textEdited: a paste or the context menu must reach the event too.
        editor.textChanged.connect(lambda text, key=f.key: self._on_text_edited(key, text))
        editor.editingFinished.connect(self._session.close_field_edit)
        editor.installEventFilter(self)
        return editor

    # -- edits from the officer ----------------------------------------------------------------
    def _commit(self, key: str, value: str) -> None:
        if self._updating:
            return
        row = self._rows[key]
        row.touched = True
        self._session.set_field(key, value)
        self._update_counter(key)
        self._update_message(key)

    def _on_text_edited(self, key: str, text: str) -> None:
        self._rows[key].refused = 0
        self._commit(key, text)

    def _on_input_rejected(self, key: str) -> None:
        # A line field refused a paste or a keystroke past its limit; say why.
        row = self._rows[key]
        editor = row.editor
        assert isinstance(editor, QLineEdit)
        row.refused = len(editor.text()) + 1
        self._update_message(key)

    def _on_multiline_changed(self, key: str) -> None:
        if self._updating:
            return
        row = self._rows[key]
        editor = row.editor
        assert isinstance(editor, QPlainTextEdit)
        text = editor.toPlainText()
        previous = self._session.field_value(key)
        if len(text) > row.field.max_length and len(text) > len(previous):
            # The same limit as a line field: the edit that went past it is refused
            # whole (a paste is not cut at the limit), and the officer is told why.
            cursor = editor.textCursor()
            position = max(0, cursor.position() - (len(text) - len(previous)))
            self._updating = True
            editor.setPlainText(previous)
            cursor = editor.textCursor()
            cursor.setPosition(min(position, len(previous)))
            editor.setTextCursor(cursor)
            self._updating = False
            row.refused = len(text)
            self._update_counter(key)
            self._update_message(key)
            return
        row.refused = 0
        self._commit(key, text)

    def _on_date_changed(self, key: str) -> None:
        editor = self._rows[key].editor
        assert isinstance(editor, QDateEdit)
        date = editor.date()
        value = "" if date == _EMPTY_DATE and not self._rows[key].field.required \
            else date.toString(Qt.DateFormat.ISODate)
        self._commit(key, value)
        self._session.close_field_edit()

    def _on_time_finished(self, key: str) -> None:
        # What is typed and is not a time is said once the officer leaves the field.
        self._rows[key].touched = True
        self._update_message(key)
        self._session.close_field_edit()

    def _on_choice_changed(self, key: str) -> None:
        editor = self._rows[key].editor
        assert isinstance(editor, QComboBox)
        self._commit(key, str(editor.currentData() or ""))
        self._session.close_field_edit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or event.keyCombination() == QKeyCombination(
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
                    Qt.Key.Key_Z)):
            # The form's undo is the event's (a stack of field values), not each text
            # box's own: let the shortcut reach the window's Undo/Redo actions.
            event.ignore()
            return True
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self._session.close_field_edit()
        return super().eventFilter(watched, event)

    # -- changes from the session (undo, redo, a new event) ------------------------------------
    def _on_field_changed(self, key: str) -> None:
        row = self._rows.get(key)
        if row is None:
            return
        value = self._session.field_value(key)
        self._updating = True
        try:
            self._set_editor_value(row, value)
        finally:
            self._updating = False
        self._update_counter(key)
        self._update_message(key)

    def _set_editor_value(self, row: FieldRow, value: str) -> None:
        editor = row.editor
        if isinstance(editor, TimeEdit):
            editor.set_value(value)
        elif isinstance(editor, QLineEdit):
            if editor.text() != value:
                editor.setText(value)
                if not editor.hasFocus():
                    editor.setCursorPosition(0)
        elif isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != value:
                editor.setPlainText(value)
        elif isinstance(editor, QDateEdit):
            date = QDate.fromString(value, Qt.DateFormat.ISODate) if value else _EMPTY_DATE
            editor.setDate(date if date.isValid() else _EMPTY_DATE)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))

    def _on_template_changed(self, _template_id: str) -> None:
        self._render_warnings.clear()
        self.rebuild()

    def _on_project_replaced(self) -> None:
        self._render_warnings.clear()
        self.rebuild()

    # -- counters and messages -----------------------------------------------------------------
    def _update_counter(self, key: str) -> None:
        row = self._rows[key]
        if row.counter is None:
            return
        length = len(self._session.field_value(key))
        limit = row.field.max_length
        row.counter.setText(f"{length}/{limit}")
        state = "over" if length >= limit else ("near" if length >= 0.9 * limit else "")
        if row.counter.property("state") != state:
            row.counter.setProperty("state", state)
            repolish(row.counter)

    def _problem(self, key: str, *, show_required: bool) -> tuple[str, str] | None:
        """(role, text) of what to show under the field, if anything."""
        row = self._rows[key]
        value = self._session.field_value(key).strip()
        if isinstance(row.editor, TimeEdit) and not row.editor.is_valid() and row.touched \
                and not row.editor.hasFocus():
            return "error", self.tr("Not a time: type it like 19.30")
        limit = row.field.max_length
        if len(self._session.field_value(key)) > limit and not row.field.locked:
            # From an older event file: shown whole, never cut; the export refuses it.
            return "error", self.tr("Too long: %1 characters; this field takes at most %2. "
                                    "Shorten it.") \
                .replace("%1", str(len(self._session.field_value(key)))) \
                .replace("%2", str(limit))
        if row.refused:
            return "warning", self.tr("Not added: that would make %1 characters; this field "
                                      "takes at most %2. Shorten the text first.") \
                .replace("%1", str(row.refused)).replace("%2", str(limit))
        if row.field.required and not value and (show_required or row.touched):
            return "error", self.tr("Required: please fill this in.")
        if key in self._render_warnings:
            return "warning", self._render_warnings[key]
        return None

    def _update_message(self, key: str, *, show_required: bool = False) -> None:
        row = self._rows[key]
        problem = self._problem(key, show_required=show_required)
        invalid = problem is not None and problem[0] == "error"
        if problem is None:
            row.message.setText("")
            row.message.setVisible(False)
        else:
            set_role(row.message, problem[0])
            row.message.setText(problem[1])
            row.message.setVisible(True)
        if bool(row.editor.property("invalid")) != invalid:
            row.editor.setProperty("invalid", invalid)
            repolish(row.editor)

    def _update_all_messages(self, *, show_required: bool = False) -> None:
        for key in self._rows:
            self._update_message(key, show_required=show_required)

    def validate(self) -> list[str]:
        """Show every problem; returns the labels of required fields left empty."""
        self._update_all_messages(show_required=True)
        missing = [field_label(row.field) for key, row in self._rows.items()
                   if row.field.required and not self._session.field_value(key).strip()]
        if missing:
            first = next(row for row in self._rows.values()
                         if row.field.required
                         and not self._session.field_value(row.field.key).strip())
            first.editor.setFocus()
        return missing

    def show_render_warnings(self, warnings: tuple[RenderWarning, ...]) -> None:
        """Put the design's warnings (text shortened...) under the fields they come from."""
        found: dict[str, str] = {}
        try:
            template = self._session.loaded_template.template
        except Exception:
            template = None
        for warning in warnings:
            layer = template.layer(warning.layer_id) if template else None
            text = getattr(layer, "text", "") or ""
            for key in _FIELD_IN_EXPRESSION.findall(text):
                if key in self._rows:
                    found[key] = warning_text(warning.code)
        if found == self._render_warnings:
            return
        changed = set(found) | set(self._render_warnings)
        self._render_warnings = found
        for key in changed:
            if key in self._rows:
                self._update_message(key)

    def editor(self, key: str) -> QWidget:
        return self._rows[key].editor

    def message(self, key: str) -> QLabel:
        return self._rows[key].message

    def counter(self, key: str) -> QLabel | None:
        return self._rows[key].counter

    def keys(self) -> list[str]:
        return list(self._rows)

    # -- language ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self._heading.setText(self.tr("Event details"))
        self._required_note.setText(self.tr("* required"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.rebuild()
        super().changeEvent(event)
