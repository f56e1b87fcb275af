"""The template's fields: what officers type (key, label, type, required, length,
default, choices) and which of them are locked.

A list model over the document's fields, a panel with add/edit/remove/reorder,
and the field dialog. The dialog offers the shared field vocabulary first
(``judul``, ``tanggal``...) so one event form keeps filling every template.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QIcon, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.designer.document import TemplateDocument
from gui.designer.texts import field_type_names
from gui.designer.widgets import lock_pixmap
from gui.error_messages import describe
from studio.errors import EditError
from studio.template import editing
from studio.template.model import FIELD_KEY_PATTERN, STANDARD_FIELDS, TemplateField

KeyRole = Qt.ItemDataRole.UserRole + 1

# Labels for the shared field vocabulary when a designer adds one of its keys
# (Indonesian data, as in template.toml).
STANDARD_LABELS = {
    "judul": "Judul kegiatan",
    "subjudul": "Subjudul",
    "tanggal": "Tanggal",
    "tanggal_selesai": "Tanggal selesai",
    "waktu": "Waktu",
    "zona": "Zona waktu",
    "lokasi": "Lokasi",
    "penyelenggara": "Penyelenggara",
    "deskripsi": "Ringkasan kegiatan (untuk keterangan)",
    "nama": "Nama",
    "jabatan": "Jabatan",
    "ucapan": "Ucapan",
    "tagar": "Tagar tambahan",
}
STANDARD_TYPES = {"tanggal": "date", "tanggal_selesai": "date", "waktu": "time",
                  "deskripsi": "multiline"}


class FieldListModel(QAbstractListModel):
    def __init__(self, document: TemplateDocument, parent=None) -> None:
        super().__init__(parent)
        self._document = document
        self._keys = [f.key for f in document.template.fields]
        document.changed.connect(self._on_document_changed)

    def _on_document_changed(self, *_args: Any) -> None:
        keys = [f.key for f in self._document.template.fields]
        if keys != self._keys:
            self.beginResetModel()
            self._keys = keys
            self.endResetModel()
        elif keys:
            self.dataChanged.emit(self.index(0), self.index(len(keys) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._keys)

    def key(self, row: int) -> str | None:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        f = self._document.template.field(self._keys[index.row()])
        if f is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            details = [f.key, field_type_names().get(f.type, f.type)]
            if f.required:
                details.append(self.tr("required"))
            if f.locked:
                details.append(self.tr("locked"))
            return f.label + "\n" + "  \u00b7  ".join(details)
        if role == Qt.ItemDataRole.DecorationRole:
            return QIcon(lock_pixmap(f.locked, 16))
        if role == Qt.ItemDataRole.ToolTipRole:
            if f.locked:
                return self.tr("Locked: officers cannot change it; the default is used.")
            return self.tr("Officers fill this in.")
        if role == KeyRole:
            return f.key
        return None


class FieldDialog(QDialog):
    """Add or change one field; OK only when the field is valid."""

    def __init__(self, template, field: TemplateField | None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._template = template
        self._original = field
        self.result_field: TemplateField | None = None
        self.key = QComboBox()
        self.key.setEditable(True)
        self.key.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.key.lineEdit().setValidator(QRegularExpressionValidator(
            QRegularExpression(FIELD_KEY_PATTERN.strip("^$")), self))
        taken = {f.key for f in template.fields} - ({field.key} if field else set())
        for key in STANDARD_FIELDS:
            if key not in taken:
                self.key.addItem(key)
        self.label = QLineEdit()
        self.type = QComboBox()
        for value, name in field_type_names().items():
            self.type.addItem(name, value)
        self.required = QCheckBox()
        self.max_length = QSpinBox()
        self.max_length.setRange(1, 5000)
        self.default = QLineEdit()
        self.choices = QPlainTextEdit()
        self.choices.setFixedHeight(70)
        self.placeholder = QLineEdit()
        self.help = QLineEdit()
        self.locked = QCheckBox()
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(10)]
        for label, widget in zip(self._labels, (self.key, self.label, self.type, self.required,
                                                self.max_length, self.default, self.choices,
                                                self.placeholder, self.help, self.locked),
                                 strict=True):
            self.form.addRow(label, widget)
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.error)
        column.addWidget(self.buttons)
        source = field or TemplateField(key=self._suggested_key(taken), label="")
        self.key.setCurrentText(source.key)
        self.label.setText(source.label or STANDARD_LABELS.get(source.key, ""))
        self.type.setCurrentIndex(max(0, self.type.findData(
            source.type if field else STANDARD_TYPES.get(source.key, "text"))))
        self.required.setChecked(source.required)
        self.max_length.setValue(source.max_length)
        self.default.setText(source.default)
        self.choices.setPlainText("\n".join(source.choices))
        self.placeholder.setText(source.placeholder)
        self.help.setText(source.help)
        self.locked.setChecked(source.locked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.key.currentTextChanged.connect(self._on_key_current_text_changed)
        for widget in (self.label, self.default, self.placeholder, self.help):
            widget.textChanged.connect(self._on_any_changed)
        self.choices.textChanged.connect(self._on_any_changed)
        self.type.currentIndexChanged.connect(self._on_any_changed)
        self.max_length.valueChanged.connect(self._on_any_changed)
        self.locked.toggled.connect(self._on_any_changed)
        self._retranslate()
        self._on_any_changed()
        self.resize(480, self.sizeHint().height())

    def _suggested_key(self, taken: set[str]) -> str:
        for key in STANDARD_FIELDS:
            if key not in taken:
                return key
        return editing.unique_field_key("isian", taken)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change field") if self._original else self.tr("New field"))
        texts = (self.tr("Key"), self.tr("Label"), self.tr("Type"), self.tr("Required"),
                 self.tr("Max. length"), self.tr("Default"), self.tr("Choices"),
                 self.tr("Example"), self.tr("Help"), self.tr("Locked"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.required.setText(self.tr("Officers must fill it in"))
        self.locked.setText(self.tr("Officers cannot change it (the default is used)"))
        self.choices.setPlaceholderText(self.tr("One choice per line"))
        self.key.setToolTip(self.tr("The name in text layers, e.g. {{ judul }}. The shared "
                                    "keys let one event form fill every template."))
        self.placeholder.setPlaceholderText(self.tr("Shown greyed in the empty field"))

    def _on_key_current_text_changed(self, key: str) -> None:
        # Picking a shared key fills in its usual label and type.
        if key in STANDARD_LABELS and (not self.label.text()
                                       or self.label.text() in STANDARD_LABELS.values()):
            self.label.setText(STANDARD_LABELS[key])
            self.type.setCurrentIndex(max(0, self.type.findData(STANDARD_TYPES.get(key,
                                                                                  "text"))))
        self._on_any_changed()

    def _build(self) -> TemplateField:
        choices = tuple(c.strip() for c in self.choices.toPlainText().splitlines() if c.strip())
        return editing.make_field(
            key=self.key.currentText().strip(), label=self.label.text().strip(),
            type=self.type.currentData(), required=self.required.isChecked(),
            max_length=self.max_length.value(), default=self.default.text(), choices=choices,
            placeholder=self.placeholder.text(), help=self.help.text(),
            locked=self.locked.isChecked())

    def _problem(self) -> str:
        key = self.key.currentText().strip()
        if not re.match(FIELD_KEY_PATTERN, key):
            return self.tr("The key uses lower-case letters, digits and _ and starts with a "
                           "letter.")
        if key != (self._original.key if self._original else None) and \
                self._template.field(key) is not None:
            return self.tr("The template has a field with this key already.")
        if not self.label.text().strip():
            return self.tr("Write the label officers see.")
        if self.type.currentData() == "choice" and not self.choices.toPlainText().strip():
            return self.tr("A choice field needs choices.")
        if self.locked.isChecked() and not self.default.text().strip():
            return self.tr("A locked field needs a default: officers cannot fill it in.")
        try:
            self._build()
        except EditError as exc:
            return describe(exc).message
        return ""

    def _on_any_changed(self, *_args: Any) -> None:
        self.choices.setEnabled(self.type.currentData() == "choice")
        problem = self._problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def _on_buttons_accepted(self) -> None:
        if self._problem():
            return
        self.result_field = self._build()
        self.accept()


class FieldListPanel(QWidget):
    def __init__(self, document: TemplateDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.model = FieldListModel(document, self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.model.setParent(self.view)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSpacing(2)
        self.add = QPushButton()
        self.change = QPushButton()
        self.remove = QPushButton()
        self.up = QPushButton("\u2191")
        self.down = QPushButton("\u2193")
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.view, 1)
        row = QHBoxLayout()
        for button in (self.add, self.change, self.remove, self.up, self.down):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.hint)
        self.add.clicked.connect(self._on_add_clicked)
        self.change.clicked.connect(self._on_change_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self._retranslate()

    def _retranslate(self) -> None:
        self.add.setText(self.tr("Add\u2026"))
        self.change.setText(self.tr("Change\u2026"))
        self.remove.setText(self.tr("Remove"))
        self.up.setToolTip(self.tr("Move up"))
        self.down.setToolTip(self.tr("Move down"))
        self.hint.setText(self.tr("What officers fill in, in this order. Use a field in a text "
                                  "layer as {{ key }}."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def current_key(self) -> str | None:
        return self.model.key(self.view.currentIndex().row())

    def open_dialog(self, field: TemplateField | None) -> FieldDialog:
        """The dialog for ``field`` (None: a new one); tests drive it directly."""
        return FieldDialog(self._document.template, field, self)

    def add_field(self, field: TemplateField) -> bool:
        return self._document.edit(editing.add_field, field, text=self.tr("Add field"))

    def replace_field(self, key: str, field: TemplateField) -> bool:
        return self._document.edit(editing.replace_field, key, field,
                                   text=self.tr("Change field"))

    def _on_add_clicked(self) -> None:
        dialog = self.open_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_field is not None:
            self.add_field(dialog.result_field)

    def _on_change_clicked(self) -> None:
        key = self.current_key()
        field = self._document.template.field(key) if key else None
        if field is None:
            return
        dialog = self.open_dialog(field)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_field is not None:
            self.replace_field(field.key, dialog.result_field)

    def _on_view_double_clicked(self, _index: QModelIndex) -> None:
        self._on_change_clicked()

    def _on_remove_clicked(self) -> None:
        key = self.current_key()
        if key:
            self._document.edit(editing.remove_field, key, text=self.tr("Remove field"))

    def _move(self, step: int) -> None:
        key = self.current_key()
        if not key:
            return
        keys = [f.key for f in self._document.template.fields]
        index = keys.index(key) + step
        if 0 <= index < len(keys) and self._document.edit(
                editing.move_field, key, index, text=self.tr("Reorder fields")):
            self.view.setCurrentIndex(self.model.index(index))
