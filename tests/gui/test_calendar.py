"""The content calendar in the app: month/week, Buat ucapan, status colours, reminders."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton

from gui.calendar import dialogs as calendar_dialogs
from gui.calendar import refresh_reminders
from gui.calendar.grid import STATUS_COLOURS
from gui.calendar.reminders import ReminderPanel
from studio.calendar.agenda import Reminder
from studio.calendar.plan import PlanEntry, PlanFile, load_plan
from studio.project import load_project

D = dt.date


@pytest.fixture
def plan_path(tmp_path):
    store = PlanFile.create(tmp_path / "bersama" / "humas.kalender.toml", unit="Diskominfo")
    plan = store.plan.with_entry(PlanEntry("upl", D(2026, 11, 3), "Liputan Musrenbang",
                                           status="diunggah")) \
        .with_entry(PlanEntry("guru", D(2026, 11, 25), "Video guru", time=dt.time(7, 0),
                              day="hari-guru-nasional"))
    store.save(plan, editor="Rina")
    return store.path


@pytest.fixture
def calendar(window, settings, plan_path, qtbot):
    screen = window.calendar
    screen.use_plan(plan_path)
    window.show_screen("calendar")
    screen.set_mode(0)
    screen.show_date(D(2026, 11, 25))
    qtbot.waitUntil(lambda: not screen.controller.is_busy and screen.controller.store is not None,
                    timeout=20000)
    return screen


def wait_idle(screen, qtbot):
    qtbot.waitUntil(lambda: not screen.controller.is_busy, timeout=20000)


def test_the_calendar_opens_from_the_start_screen(window, qtbot):
    button = window.start.findChild(QPushButton, "openCalendar")
    assert button is not None and button.text() == "Kalender konten"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "calendar"
    assert window.findChild(type(window.calendar.month), "monthView").isVisible()


def test_month_and_week_switch_and_show_the_days(calendar, qtbot):
    assert calendar.views.currentWidget() is calendar.month
    assert calendar.title.text() == "November 2026 · WIB"
    assert calendar.controller.day(D(2026, 11, 25)).greeting().id == "hari-guru-nasional"
    qtbot.mouseClick(calendar.week_button, Qt.MouseButton.LeftButton)
    wait_idle(calendar, qtbot)
    assert calendar.views.currentWidget() is calendar.week
    assert calendar.week.dates()[0] == D(2026, 11, 23)
    assert calendar.title.text() == "23 November – 29 November 2026 · WIB"
    qtbot.mouseClick(calendar.next_button, Qt.MouseButton.LeftButton)
    wait_idle(calendar, qtbot)
    assert calendar.week.dates()[0] == D(2026, 11, 30)
    qtbot.mouseClick(calendar.month_button, Qt.MouseButton.LeftButton)
    wait_idle(calendar, qtbot)
    assert calendar.title.text() == "Desember 2026 · WIB"
    # Day names in Indonesian, Monday first.
    from gui.calendar.grid import day_name
    assert [day_name(i) for i in (0, 6)] == ["Sen", "Min"]


def test_the_day_panel_names_the_date_with_its_zone_and_the_greeting(calendar, qtbot):
    calendar.month.select(D(2026, 11, 25))
    heading = calendar.panel.findChild(QLabel, "dayHeading")
    assert heading.text() == "Rabu, 25 November 2026 (WIB)"
    texts = [label.text() for label in calendar.panel.findChildren(QLabel)]
    assert any("Selamat Hari Guru Nasional" in t for t in texts)
    status = calendar.panel.findChild(QLabel, "entryStatus")
    assert status.text() == "Direncanakan · 07.00 WIB"


def test_buat_ucapan_creates_the_event_and_opens_it(calendar, window, qtbot, plan_path):
    calendar.month.select(D(2026, 11, 25))
    button = calendar.panel.findChild(QPushButton,
                                      "makeGreeting-hari-guru-nasional")
    with qtbot.waitSignal(calendar.controller.eventCreated, timeout=20000) as created:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    path = created.args[0]
    project = load_project(path)
    assert project.template == "ucapan"
    assert project.fields["ucapan"] == "Selamat Hari Guru Nasional"
    assert project.fields["tanggal"] == "2026-11-25"
    assert path.parent == plan_path.parent / "kegiatan"
    # Opened in the production view with the values in the form.
    qtbot.waitUntil(lambda: window.current_screen() == "production", timeout=10000)
    assert window.session.path == path
    assert window.session.field_value("ucapan") == "Selamat Hari Guru Nasional"
    # The planned post for that day is linked and made.
    entry = load_plan(plan_path).entry("guru")
    assert entry.event == path and entry.status == "dibuat"


def test_status_colours_and_mark_as_uploaded(calendar, qtbot, plan_path):
    colour = calendar.month.grab().toImage()
    rect = calendar.month.cell_rect(calendar.month.dates().index(D(2026, 11, 3)))
    # The uploaded post's chip is drawn in the uploaded colour (its left bar).
    found = {QColor(colour.pixel(x, y)).name() for x in range(rect.left(), rect.left() + 12)
             for y in range(rect.top() + 28, rect.top() + 50)}
    assert STATUS_COLOURS["diunggah"][0].lower() in found
    calendar.month.select(D(2026, 11, 25))
    button = calendar.panel.findChild(QPushButton, "markUploaded")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: load_plan(plan_path).entry("guru").status == "diunggah",
                    timeout=10000)
    wait_idle(calendar, qtbot)
    assert calendar.controller.status_of(calendar.controller.plan.entry("guru")) == "diunggah"


def test_a_conflicting_save_asks_whose_version_to_keep(calendar, qtbot, plan_path,
                                                       monkeypatch):
    asked = []
    monkeypatch.setattr(calendar_dialogs, "ask_conflict",
                        lambda parent, titles, who: asked.append((titles, who)) or "mine")
    other = PlanFile.open(plan_path)
    other.save(other.plan.with_entry(replace(other.plan.entry("guru"), title="Video guru SMP")),
               editor="Budi")
    # Same post, same field, another value: the calendar must ask, then keep "mine".
    calendar.controller.edit(lambda plan: plan.with_entry(
        replace(plan.entry("guru"), title="Video guru SD")))
    qtbot.waitUntil(lambda: bool(asked) and load_plan(plan_path).revision == 3, timeout=10000)
    assert asked == [("Video guru SD", "Budi")]
    assert load_plan(plan_path).entry("guru").title == "Video guru SD"


def test_reminders_on_the_start_screen_are_quiet_and_dismissable(window, qtbot, settings,
                                                                 plan_path):
    panel = window.calendar_reminders
    assert isinstance(panel, ReminderPanel)
    panel.set_reminders("WIB", (Reminder(D(2026, 11, 25), 3, "Hari Guru Nasional", "planned"),))
    window.show_screen("start")
    assert panel.isVisible()
    assert panel.texts() == ["3 hari lagi: Hari Guru Nasional — belum dibuat"]
    assert "Rabu, 25 November 2026 (WIB)" in panel.lines.text()
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    assert settings.reminders_dismissed_on() == window.calendar.controller.today().isoformat()
    assert refresh_reminders(window) is None  # closed for today: not worked out again


def test_reminders_are_worked_out_from_the_plan(window, qtbot, settings, plan_path,
                                                monkeypatch):
    settings.set_calendar_plan(plan_path)
    monkeypatch.setattr("gui.calendar.controller.today_in",
                        lambda zone, now=None: D(2026, 11, 22))
    operation = refresh_reminders(window)
    assert operation is not None
    # The work may be done before a signal could be waited for: wait for what it shows.
    expected = "3 hari lagi: Video guru — belum dibuat"
    qtbot.waitUntil(lambda: window.calendar_reminders.texts()[:1] == [expected],
                    timeout=20000)
    assert operation.wait(20)


def test_the_calendar_fits_a_laptop_screen(calendar, window, qtbot):
    window.production.setMinimumSize(1, 1)  # its own minimum is not the calendar's matter
    for size in ((1366, 728), (1280, 720)):
        window.resize(*size)
        qtbot.wait(50)
        assert calendar.minimumSizeHint().width() <= size[0]
        assert calendar.minimumSizeHint().height() <= size[1] - 60
        assert calendar.panel.geometry().right() <= calendar.width()


def test_english_labels(calendar, qtbot):
    from gui.i18n import install_language

    install_language("en")
    qtbot.wait(10)
    assert calendar.month_button.text() == "Month"
    calendar.month.select(D(2026, 11, 25))
    heading = calendar.panel.findChild(QLabel, "dayHeading")
    assert heading.text() == "Wednesday, 25 November 2026 (WIB)"
    point = QPoint(5, 5)
    assert calendar.month.date_at(point) is None or isinstance(calendar.month.date_at(point),
                                                               dt.date)
