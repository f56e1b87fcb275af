"""The content calendar in the app ("Kalender konten").

A screen, a menu entry, a start-screen button and the reminders on the start screen.

``install(main_window)`` is the main window's extension hook (see
``gui.main_window.EXTENSIONS``); everything lives in this package, the main
window and the start screen only offer ``add_screen``, ``add_menu``,
``add_action_button`` and ``add_panel``.

Only the menu entry, the button and the reminders are made at start; the screen
(and with it the calendar's modules: the plan, holidays, exports) is built the first
time it is shown, or when ``window.calendar`` is first read. The reminders are
worked out on a worker once the window is up.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from gui import operations
from gui.calendar.reminders import ReminderPanel

__all__ = ["install"]

# The operations pool of the calendar's file work (gui.calendar.controller.POOL).
POOL = "calendar"

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


def _build_screen(window: Any):
    """The calendar screen and its controller (the first time it is wanted)."""
    from gui.calendar.controller import CalendarController
    from gui.calendar.screen import CalendarScreen

    settings = window.settings
    controller = CalendarController(settings.calendar_plan(), window)
    screen = CalendarScreen(controller)
    screen.settings = settings
    screen.template_library = lambda: event_library(window)

    def go_home() -> None:
        window.show_screen("start")
        # Posts planned or made meanwhile change what is due.
        refresh_reminders(window)

    def open_event(path) -> None:
        window.open_event_file(path)

    screen.homeRequested.connect(go_home)
    screen.openEventRequested.connect(open_event)
    controller.eventCreated.connect(open_event)
    controller.failed.connect(screen.report_error)
    controller.conflicted.connect(screen.resolve_conflict)
    return screen


def install(window: Any) -> None:
    settings = window.settings
    window.add_screen_factory("calendar", lambda: _build_screen(window), attribute="calendar")

    def show_calendar(date: _dt.date | None = None) -> None:
        if not window.leave_production():
            return
        window.show_screen("calendar")
        screen = window.calendar
        if date is not None:
            screen.show_date(date)
        else:
            screen.controller.reload()
        screen.current_view.setFocus()

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

    panel = ReminderPanel()
    window.start.add_panel(panel)
    window.calendar_reminders = panel
    panel.openCalendar.connect(show_calendar)

    def dismissed() -> None:
        settings.dismiss_reminders(_today(window).isoformat())

    panel.dismissed.connect(dismissed)
    # Once the window is up: the reminders never hold up the start.
    QTimer.singleShot(0, lambda: refresh_reminders(window))


def _today(window: Any) -> _dt.date:
    """Today in the zone of the plan on the calendar screen (WIB before it is built)."""
    if window.is_screen_built("calendar"):
        return window.calendar.controller.today()
    from studio.calendar.zones import DEFAULT_ZONE, today_in

    return today_in(DEFAULT_ZONE)


def _upcoming(plan_path, *, progress, cancel):
    """gui.calendar.controller.upcoming, imported on the worker."""
    from gui.calendar.controller import upcoming

    return upcoming(plan_path, progress=progress, cancel=cancel)


def refresh_reminders(window: Any) -> operations.Operation | None:
    """Work out the start screen's reminders on a worker (hidden if closed today)."""
    panel: ReminderPanel = window.calendar_reminders
    settings = window.settings
    if settings.reminders_dismissed_on() == _today(window).isoformat():
        panel.hide()
        return None

    def show(result) -> None:
        zone, found = result
        panel.set_reminders(zone, found)

    return operations.run(_upcoming, settings.calendar_plan(), pool_name=POOL,
                          on_success=show, on_failure=lambda _error: panel.hide())
