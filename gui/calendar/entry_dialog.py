"""The "Tambah rencana" / "Ubah rencana" dialog: one planned post's details.

Title, date, an optional time typed as PICs write it ("19.30", "1930",
"19:30", "9.30"; read in the plan's zone, which is shown beside it), the
template (the installed templates by name), a note and the PIC's name. The
dialog only collects and checks values (:class:`EntryValues`); the screen
turns them into a plan edit and the controller saves it like every other
change. It is opened with ``open()`` — window-modal, the calendar's workers
keep running — and reports through ``accepted``.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import locale
from gui.theme import repolish, set_role
from studio.calendar.plan import MAX_NOTE, MAX_TITLE, PlanEntry
from studio.calendar.zones import parse_clock

DIALOG_WIDTH = 460


@dataclass(frozen=True)
class EntryValues:
    """What the PIC typed, checked."""

    title: str
    date: _dt.date
    time: _dt.time | None
    template: str
    note: str
    pic: str

    def changes(self) -> dict[str, object]:
        """The plan entry's fields this dialog edits (everything else stays as it was)."""
        return {"title": self.title, "date": self.date, "time": self.time,
                "template": self.template, "note": self.note, "pic": self.pic}


class DateEdit(QDateEdit):
    """A date box that Tab leaves, as every other box of the form.

    Qt's date box uses Tab to step through its own parts (day, month, year);
    here the arrows do that (Left/Right to a part, Up/Down to change it, Alt+Down
    for the calendar), so the form reads top to bottom with Tab.
    """

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class PlanEntryDialog(QDialog):
    """Add (``entry`` None) or edit a planned post."""

    def __init__(self, parent: QWidget | None, *, date: _dt.date, zone: str,
                 templates: list[tuple[str, str]], entry: PlanEntry | None = None,
                 pic: str = "", default_template: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("planEntryDialog")
        self.entry = entry
        self.zone = zone
        self.setModal(True)
        self.setMinimumWidth(DIALOG_WIDTH)

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("entryTitle")
        self.title_edit.setMaxLength(MAX_TITLE)
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("entryDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setLocale(locale())
        self.date_edit.setDisplayFormat("dddd, d MMMM yyyy")
        self.date_edit.setDate(QDate(date.year, date.month, date.day))
        self.time_edit = QLineEdit()
        self.time_edit.setObjectName("entryTime")
        self.time_edit.setClearButtonEnabled(True)
        self.time_edit.setMaxLength(12)
        self.zone_label = set_role(QLabel(zone), "muted")
        self.template_box = QComboBox()
        self.template_box.setObjectName("entryTemplate")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("entryNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 18)
        self.pic_edit = QLineEdit()
        self.pic_edit.setObjectName("entryPic")
        self.pic_edit.setMaxLength(80)
        self.error_label = set_role(QLabel(), "error")
        self.error_label.setObjectName("entryError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.event_label = set_role(QLabel(), "muted")
        self.event_label.setObjectName("entryEventNote")
        self.event_label.setWordWrap(True)
        self.event_label.setVisible(entry is not None and entry.event is not None)

        # The zone beside the time: every time in the plan is read in the plan's zone.
        time_row = QWidget()
        time_layout = QHBoxLayout(time_row)
        time_layout.setContentsMargins(0, 0, 0, 0)
        time_layout.setSpacing(8)
        time_layout.addWidget(self.time_edit, 1)
        time_layout.addWidget(self.zone_label)
        # As tall as the boxes: the form's spare height (a wrapped note below) is not its.
        time_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(10)
        self.form.setHorizontalSpacing(12)
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(self.labels, (self.title_edit, self.date_edit, time_row,
                                              self.template_box, self.note_edit,
                                              self.pic_edit), strict=True):
            self.form.addRow(label, field)
        self.labels[0].setBuddy(self.title_edit)
        self.labels[1].setBuddy(self.date_edit)
        self.labels[2].setBuddy(self.time_edit)
        self.labels[3].setBuddy(self.template_box)
        self.labels[4].setBuddy(self.note_edit)
        self.labels[5].setBuddy(self.pic_edit)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton()
        self.save_button.setObjectName("entrySave")
        set_role(self.save_button, "primary")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("entryCancel")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(self.form)
        layout.addWidget(self.event_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # Only once the button is inside the dialog does the dialog keep it as its default
        # (Enter saves) after the focus has visited another button.
        self.save_button.setDefault(True)

        self._fill_templates(templates, entry.template if entry else default_template)
        if entry is not None:
            self.title_edit.setText(entry.title)
            if entry.time is not None:
                self.time_edit.setText(entry.time.strftime("%H.%M"))
            self.note_edit.setPlainText(entry.note)
            self.pic_edit.setText(entry.pic)
        else:
            self.pic_edit.setText(pic)
        self.time_edit.editingFinished.connect(self._on_time_edited)
        self.title_edit.textEdited.connect(lambda _text: self._clear_error(self.title_edit))
        self.time_edit.textEdited.connect(lambda _text: self._clear_error(self.time_edit))
        self._retranslate()
        self.title_edit.setFocus()

    def _fill_templates(self, templates: list[tuple[str, str]], current: str) -> None:
        for template_id, name in templates:
            self.template_box.addItem(name, template_id)
        index = self.template_box.findData(current)
        if index < 0 and current:
            # A post planned elsewhere with a template this computer does not have:
            # kept as it is, and said so.
            self.template_box.addItem(current, current)
            index = self.template_box.count() - 1
            self._missing_template = current
        else:
            self._missing_template = ""
        self.template_box.setCurrentIndex(max(index, 0))

    # -- values ------------------------------------------------------------------------------
    def values(self) -> EntryValues:
        """The checked values (call after ``accepted``)."""
        date = self.date_edit.date()
        return EntryValues(
            title=" ".join(self.title_edit.text().split()),
            date=_dt.date(date.year(), date.month(), date.day()),
            time=parse_clock(self.time_edit.text(), self.zone),
            template=str(self.template_box.currentData() or ""),
            note=self.note_edit.toPlainText().strip(),
            pic=" ".join(self.pic_edit.text().split()))

    def problem(self) -> tuple[str, QWidget] | None:
        """(what is wrong, the widget to fix) or None."""
        if not self.title_edit.text().strip():
            return self.tr("Type a title for the post."), self.title_edit
        try:
            parse_clock(self.time_edit.text(), self.zone)
        except ValueError:
            return (self.tr("\u201c%1\u201d is not a time. Type it as 19.30, or leave it empty.")
                    .replace("%1", self.time_edit.text().strip()), self.time_edit)
        if len(self.note_edit.toPlainText().strip()) > MAX_NOTE:
            return (self.tr("The note is too long (at most %1 characters).")
                    .replace("%1", locale().toString(MAX_NOTE)), self.note_edit)
        if not self.template_box.currentData():
            return self.tr("No template is installed on this computer."), self.template_box
        return None

    def accept(self) -> None:
        found = self.problem()
        if found is not None:
            text, widget = found
            self.error_label.setText(text)
            self.error_label.show()
            widget.setProperty("invalid", "true")
            repolish(widget)
            widget.setFocus()
            return
        super().accept()

    def _clear_error(self, widget: QWidget) -> None:
        if widget.property("invalid") == "true":
            widget.setProperty("invalid", "false")
            repolish(widget)
            self.error_label.hide()

    def _on_time_edited(self) -> None:
        """Write a valid time the house way ("1930" → "19.30") as the PIC leaves the box."""
        try:
            parsed = parse_clock(self.time_edit.text(), self.zone)
        except ValueError:
            return
        self.time_edit.setText(parsed.strftime("%H.%M") if parsed is not None else "")

    # -- language ----------------------------------------------------------------------------
    def _retranslate(self) -> None:
        editing = self.entry is not None
        self.setWindowTitle(self.tr("Edit planned post") if editing else
                            self.tr("Add planned post"))
        texts = (self.tr("&Title"), self.tr("&Date"), self.tr("T&ime"), self.tr("Tem&plate"),
                 self.tr("&Note"), self.tr("PI&C"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.title_edit.setPlaceholderText(self.tr("e.g. Coverage of the kelurahan Musrenbang"))
        self.time_edit.setPlaceholderText(self.tr("e.g. 19.30 (may be empty)"))
        self.time_edit.setToolTip(self.tr("In the plan's time zone (%1). Empty: no set time.")
                                  .replace("%1", self.zone))
        self.note_edit.setPlaceholderText(self.tr("For the team, e.g. ask the school for photos"))
        self.pic_edit.setPlaceholderText(self.tr("Who makes the post"))
        self.save_button.setText(self.tr("Save") if editing else self.tr("Add"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self.entry is not None and self.entry.event is not None:
            self.event_label.setText(
                self.tr("This post is linked to the event file \u201c%1\u201d; it stays "
                        "linked. Changes here do not change the event file.")
                .replace("%1", self.entry.event.name))
        if self._missing_template:
            self.template_box.setItemText(
                self.template_box.findData(self._missing_template),
                self.tr("%1 (not installed on this computer)").replace(
                    "%1", self._missing_template))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
