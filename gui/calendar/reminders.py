"""The start screen's quiet reminder: what is due in the next days and not yet made.

A panel under the start screen's card, never a modal dialog: "3 hari lagi:
Hari Guru Nasional — belum dibuat", one line each, a button to the calendar
and one to close it for today. The reminders are worked out on a worker (the
plan may sit on a network share); the panel stays hidden until there is
something to say.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui.i18n import current_language
from gui.theme import set_role
from studio.calendar.zones import format_day

if TYPE_CHECKING:
    from studio.calendar.agenda import Reminder

MAX_LINES = 5


def reminder_line(reminder: Reminder) -> str:
    """"3 hari lagi: Hari Guru Nasional — belum dibuat" in the app's language."""
    if reminder.days_left == 0:
        when = QCoreApplication.translate("ReminderPanel", "Today")
    elif reminder.days_left == 1:
        when = QCoreApplication.translate("ReminderPanel", "Tomorrow")
    else:
        when = QCoreApplication.translate("ReminderPanel", "in %1 days").replace(
            "%1", str(reminder.days_left))
    text = QCoreApplication.translate("ReminderPanel", "%1: %2 — not made yet")
    return text.replace("%1", when).replace("%2", reminder.title)


class ReminderPanel(QFrame):
    openCalendar = Signal(object)  # the date to show
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarReminders")
        self.setProperty("card", "true")
        self.reminders: tuple[Reminder, ...] = ()
        self.zone = "WIB"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 18, 14)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.heading = set_role(QLabel(), "heading")
        self.close_button = QPushButton()
        self.close_button.setObjectName("dismissReminders")
        self.close_button.clicked.connect(self._on_close_clicked)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openCalendarFromReminders")
        self.open_button.clicked.connect(self._on_open_clicked)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.lines = QLabel()
        self.lines.setObjectName("reminderLines")
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.lines.setWordWrap(True)
        layout.addWidget(self.lines)
        self.hide()
        self._retranslate()

    def set_reminders(self, zone: str, reminders: tuple[Reminder, ...]) -> None:
        self.zone = zone
        self.reminders = tuple(reminders)
        self._fill()
        self.setVisible(bool(self.reminders))

    def texts(self) -> list[str]:
        return [reminder_line(r) for r in self.reminders]

    def _fill(self) -> None:
        lines = []
        for reminder in self.reminders[:MAX_LINES]:
            date = format_day(reminder.date, self.zone, current_language())
            lines.append(f"\u2022 {reminder_line(reminder)}  ·  {date}")
        more = len(self.reminders) - MAX_LINES
        if more > 0:
            lines.append(self.tr("… and %n more in the calendar", "", more))
        self.lines.setText("\n".join(lines))

    def _on_open_clicked(self) -> None:
        first = self.reminders[0].date if self.reminders else _dt.date.today()
        self.openCalendar.emit(first)

    def _on_close_clicked(self) -> None:
        self.hide()
        self.dismissed.emit()

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Coming up in the content calendar"))
        self.open_button.setText(self.tr("Open calendar"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Hide the reminders until tomorrow"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
