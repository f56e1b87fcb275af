"""The content calendar in the app ("Kalender konten").

A screen, a menu entry, a start-screen button and the reminders on the start screen.

``install(main_window)`` is the main window's extension hook (see
``gui.main_window.EXTENSIONS``); everything lives in this package, the main
window and the start screen only offer ``add_screen``, ``add_menu``,
``add_action_button`` and ``add_panel``.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from gui import operations
from gui.calendar.controller import POOL, CalendarController, upcoming
from gui.calendar.reminders import ReminderPanel
from gui.calendar.screen import CalendarScreen

__all__ = ["install"]

translate = QCoreApplication.translate


class _Retranslator(QObject):
    def __init__(self, action: QAction, button: QPushButton, parent: QObject) -> None:
        super().__init__(parent)
        self.action, self.button = action, button
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(translate("Calendar", "Content &calendar"))
        self.button.setText(translate("Calendar", "Content calendar"))
        self.button.setToolTip(translate("Calendar", "Holidays, commemorative days and the "
                                                     "unit's planned posts (Ctrl+K)"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def event_library(window: Any):
    """The template library the event screens produce with (the app's resources), read
    each time: templates imported or published meanwhile are offered at once."""
    return window.session.resources.library


def install(window: Any) -> CalendarScreen:
    settings = window.settings
    plan_path = settings.calendar_plan()
    controller = CalendarController(plan_path, window)
    screen = CalendarScreen(controller)
    screen.settings = settings
    screen.template_library = lambda: event_library(window)
    window.add_screen("calendar", screen)
    window.calendar = screen

    def show_calendar(date: _dt.date | None = None) -> None:
        if not window.leave_production():
            return
        window.show_screen("calendar")
        if date is not None:
            screen.show_date(date)
        else:
            controller.reload()
        screen.current_view.setFocus()

    def open_event(path) -> None:
        window.open_event_file(path)

    action = QAction(window)
    action.setObjectName("actionCalendar")
    action.setShortcut(QKeySequence("Ctrl+K"))
    action.triggered.connect(lambda: show_calendar())
    window.addAction(action)
    window.view_menu.addSeparator()
    window.view_menu.addAction(action)
    button = QPushButton()
    button.setObjectName("openCalendar")
    button.clicked.connect(lambda: show_calendar())
    window.start.add_action_button(button)
    retranslator = _Retranslator(action, button, window)
    window.installEventFilter(retranslator)

    def go_home() -> None:
        window.show_screen("start")
        # Posts planned or made meanwhile change what is due.
        refresh_reminders(window)

    screen.homeRequested.connect(go_home)
    screen.openEventRequested.connect(open_event)
    controller.eventCreated.connect(open_event)
    controller.failed.connect(screen.report_error)
    controller.conflicted.connect(screen.resolve_conflict)

    panel = ReminderPanel()
    window.start.add_panel(panel)
    window.calendar_reminders = panel
    panel.openCalendar.connect(show_calendar)

    def dismissed() -> None:
        settings.dismiss_reminders(controller.today().isoformat())

    panel.dismissed.connect(dismissed)
    refresh_reminders(window)
    return screen


def refresh_reminders(window: Any) -> operations.Operation | None:
    """Work out the start screen's reminders on a worker (hidden if closed today)."""
    panel: ReminderPanel = window.calendar_reminders
    settings = window.settings
    controller = window.calendar.controller
    if settings.reminders_dismissed_on() == controller.today().isoformat():
        panel.hide()
        return None

    def show(result) -> None:
        zone, found = result
        panel.set_reminders(zone, found)

    return operations.run(upcoming, settings.calendar_plan(), pool_name=POOL,
                          on_success=show, on_failure=lambda _error: panel.hide())
