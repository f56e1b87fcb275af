"""The "Kalender konten" screen: month or week view, the chosen day's details, a legend.

Top: back to the start screen, previous/today/next, the month (or week) with
the plan's time zone, Month/Week, the plan file (it may live in a shared
folder) and Export. Middle: the painted grid. Right: the chosen day — its
date with the zone, national holidays and collective leave, commemorative
days with their suggested greeting and "Buat ucapan", the planned posts with
their status and what can be done with each ("Buat kegiatan" or "Buka
kegiatan", "Tandai diunggah", "Ubah", "Hapus"), and at the panel's foot
"Tambah rencana". Bottom: what the colours mean.

Planning a post: "Tambah rencana", a double click on a day's free space, or
Enter (or Insert) on the selected day opens :class:`PlanEntryDialog`; a
double click on a post in the grid edits it. Every change goes through the
controller's one merging save.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import theme
from gui.calendar import dialogs
from gui.calendar.controller import CalendarController
from gui.calendar.entry_dialog import PlanEntryDialog
from gui.calendar.grid import (
    COMMEMORATION,
    HOLIDAY,
    LEAVE,
    STAR,
    STATUS_COLOURS,
    MonthView,
    WeekView,
    monday_of,
    month_grid_start,
    month_name,
)
from gui.i18n import current_language
from gui.theme import RESOURCES, flat_scroll, set_role
from studio.calendar.greeting import greeting_fields
from studio.calendar.plan import PlanEntry, last_pic, new_entry_id
from studio.calendar.zones import format_day, format_time
from studio.errors import StudioError
from studio.template import TemplateLibrary

PANEL_WIDTH = 330
# A new post's template when the PIC has not chosen one: the app's everyday one.
DEFAULT_POST_TEMPLATE = "liputan-kegiatan"
# Fusion draws a tool button's menu arrow inside the text's padding; give it room of its own.
MENU_BUTTON_STYLE = f"""
QToolButton {{ padding-right: 26px; }}
QToolButton::menu-indicator {{
    image: url({RESOURCES}/chevron-down.svg); width: 10px; height: 10px;
    subcontrol-origin: padding; subcontrol-position: center right; right: 9px;
}}
"""


def status_label(status: str) -> str:
    """A status in the app's language (Indonesian: the plan file's own words)."""
    labels = {
        "rencana": QCoreApplication.translate("Calendar", "Planned"),
        "dibuat": QCoreApplication.translate("Calendar", "Made"),
        "diekspor": QCoreApplication.translate("Calendar", "Exported"),
        "diunggah": QCoreApplication.translate("Calendar", "Uploaded"),
    }
    return labels.get(status, status)


class Swatch(QWidget):
    """A small colour square for the legend."""

    def __init__(self, fill: str, edge: str | None = None, parent: QWidget | None = None,
                 text: str = "") -> None:
        super().__init__(parent)
        self.fill, self.edge, self.text = fill, edge, text
        self.setFixedSize(16, 16)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(self.fill))
        painter.setPen(QColor(self.edge or self.fill))
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 3, 3)
        if self.text:
            painter.setPen(QColor(self.edge or theme.INK))
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.text)
        painter.end()


class ElidedLabel(QLabel):
    """One line that ends in "…" when the bar is narrow, instead of being cut off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                                   max(0, self.contentsRect().width())))


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarLegend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(6)
        self.labels: dict[str, QLabel] = {}
        items = [("libur", Swatch(HOLIDAY[1], HOLIDAY[0])), ("cuti", Swatch(LEAVE[1], LEAVE[0])),
                 ("hari", Swatch(theme.CARD, COMMEMORATION, text=STAR))]
        items += [(status, Swatch(soft, strong)) for status, (strong, soft)
                  in STATUS_COLOURS.items()]
        for key, swatch in items:
            label = QLabel()
            set_role(label, "muted")
            self.labels[key] = label
            layout.addWidget(swatch)
            layout.addWidget(label)
            layout.addSpacing(8)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"libur": self.tr("National holiday"), "cuti": self.tr("Collective leave"),
                 "hari": self.tr("Commemorative day (greeting)")}
        for status in STATUS_COLOURS:
            texts[status] = status_label(status)
        for key, label in self.labels.items():
            label.setText(texts[key])


class DayPanel(QFrame):
    """The chosen day in full, with what can be done on it."""

    greetingRequested = Signal(object)  # DayGreeting
    openRequested = Signal(object)  # Path
    statusRequested = Signal(str, str)  # entry id, status
    choosePlanRequested = Signal()
    addRequested = Signal(object)  # date
    editRequested = Signal(str)  # entry id
    removeRequested = Signal(str)  # entry id
    makeEventRequested = Signal(str)  # entry id

    def __init__(self, controller: CalendarController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.date = controller.today()
        # (template id, name) of the installed templates; the screen provides it.
        self.template_names: Callable[[], list[tuple[str, str]]] = list
        self.setProperty("card", "true")
        self.setFixedWidth(PANEL_WIDTH)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.scroll = QScrollArea()
        self.body = QWidget()
        flat_scroll(self.scroll, self.body)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll, 1)
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(16, 14, 16, 14)
        self.layout_.setSpacing(8)
        # The foot stays in view however long the day's list is.
        self.foot = QFrame()
        self.foot.setObjectName("dayPanelFoot")
        self.foot.setStyleSheet(f"QFrame#dayPanelFoot {{ border-top: 1px solid {theme.LINE}; }}")
        foot = QVBoxLayout(self.foot)
        foot.setContentsMargins(16, 10, 16, 12)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addEntry")
        set_role(self.add_button, "primary")
        self.add_button.clicked.connect(lambda: self.addRequested.emit(self.date))
        foot.addWidget(self.add_button)
        outer.addWidget(self.foot)
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("+ Add planned post"))
        self.add_button.setToolTip(self.tr("Plan a post on this day (also: double-click a day "
                                           "or press Enter in the calendar)"))

    def show_day(self, date: _dt.date) -> None:
        self.date = date
        self.rebuild()

    def _clear(self) -> None:
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget()
            if widget is not None:
                # Hidden and unparented now: deleteLater alone leaves it painted meanwhile.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
            elif item.layout() is not None:
                item.layout().deleteLater()

    def _label(self, text: str, role: str = "", wrap: bool = True) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if role:
            set_role(label, role)
        self.layout_.addWidget(label)
        return label

    def rebuild(self) -> None:
        self._clear()
        self.retranslate()
        controller, date = self.controller, self.date
        english = current_language() == "en"
        day = controller.day(date)
        heading = self._label(format_day(date, controller.zone, current_language()), "heading")
        heading.setObjectName("dayHeading")
        if controller.plan_path is None:
            hint = self._label(self.tr("Choose the unit's plan file to keep planned posts and "
                                       "their status (it can be in a shared folder)."), "muted")
            hint.setObjectName("noPlanHint")
            button = QPushButton(self.tr("Choose plan file…"))
            button.clicked.connect(self.choosePlanRequested)
            self.layout_.addWidget(button)
        for item in day.official:
            name = item.name_en if english else item.name
            estimated = self.tr("estimated")
            holiday = self.tr("National holiday")
            estimate = f" ({estimated})" if item.estimated else ""
            # A collective-leave day's name already says so ("Cuti Bersama ...").
            text = f"{holiday}: {name}" if item.kind == "libur" else name
            label = self._label(f"{text}{estimate}")
            label.setStyleSheet(f"color: {HOLIDAY[0] if item.kind == 'libur' else LEAVE[0]};"
                                "font-weight: 600;")
        for greeting in day.greetings:
            card = QFrame()
            card.setObjectName("greetingCard")
            card.setStyleSheet(f"QFrame#greetingCard {{ border: 1px solid {theme.LINE}; "
                               f"border-left: 4px solid {COMMEMORATION}; border-radius: 6px; "
                               f"background: #FFFBEF; }}")
            box = QVBoxLayout(card)
            box.setContentsMargins(10, 8, 10, 10)
            box.setSpacing(4)
            name = QLabel(f"{STAR} {greeting.name}")
            name.setWordWrap(True)
            name.setStyleSheet("font-weight: 700;")
            suggestion = QLabel(self.tr("Suggested greeting:")
                                + f" \u201c{greeting.greeting}\u201d")
            suggestion.setWordWrap(True)
            suggestion.setTextFormat(Qt.TextFormat.PlainText)
            button = QPushButton(self.tr("Make a greeting"))
            button.setObjectName(f"makeGreeting-{greeting.id}")
            set_role(button, "primary")
            button.setToolTip(self.tr("Make an event with the Ucapan template, this date and "
                                      "the suggested greeting filled in, and open it"))
            button.clicked.connect(lambda _=False, g=greeting: self.greetingRequested.emit(g))
            for widget in (name, suggestion, button):
                box.addWidget(widget)
            self.layout_.addWidget(card)
        if day.entries:
            self._label(self.tr("Planned posts"), "heading")
        for entry in day.entries:
            self.layout_.addWidget(self._entry_card(entry))
        if day.is_empty:
            self._label(self.tr("Nothing marked or planned on this day."), "muted")
        self.layout_.addStretch(1)
        self.foot.setVisible(controller.plan_path is not None)
        self.add_button.setEnabled(controller.store is not None)

    def _entry_card(self, entry: PlanEntry) -> QFrame:
        controller = self.controller
        editable = controller.store is not None
        status = controller.status_of(entry)
        strong, soft = STATUS_COLOURS[status]
        card = QFrame()
        card.setObjectName(f"entry-{entry.id}")
        card.setStyleSheet(f"QFrame#entry-{entry.id} {{ background: {soft}; "
                           f"border-left: 4px solid {strong}; border-radius: 6px; }}")
        box = QVBoxLayout(card)
        box.setContentsMargins(10, 8, 10, 8)
        box.setSpacing(4)
        title = QLabel(entry.title)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setStyleSheet("font-weight: 700;")
        when = format_time(entry.time, controller.zone, current_language()) if entry.time \
            else self.tr("all day")
        info = QLabel(f"{status_label(status)} · {when}")
        info.setObjectName("entryStatus")
        info.setStyleSheet(f"color: {strong}; font-weight: 600;")
        box.addWidget(title)
        box.addWidget(info)
        details = [self.tr("Template: %1").replace("%1", self.template_name(entry.template))]
        if entry.pic:
            details.append(self.tr("PIC: %1").replace("%1", entry.pic))
        meta = QLabel(" · ".join(details))
        meta.setObjectName("entryDetails")
        meta.setWordWrap(True)
        meta.setTextFormat(Qt.TextFormat.PlainText)
        set_role(meta, "muted")
        box.addWidget(meta)
        if entry.note:
            note = QLabel(entry.note)
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            box.addWidget(note)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        if entry.event is not None:
            open_button = QPushButton(self.tr("Open event"))
            open_button.setObjectName("openEvent")
            reachable = entry.event.is_file()
            open_button.setEnabled(reachable)
            if not reachable:
                open_button.setToolTip(self.tr("The event file is not reachable from this "
                                               "computer: %1").replace("%1", str(entry.event)))
            open_button.clicked.connect(lambda _=False, p=entry.event: self.openRequested.emit(p))
            buttons.addWidget(open_button)
        elif editable:
            make = QPushButton(self.tr("Make event"))
            make.setObjectName(f"makeEvent-{entry.id}")
            make.setToolTip(self.tr("Make an event file with this post's template, date, time "
                                    "and title filled in, and open it"))
            make.clicked.connect(lambda _=False, i=entry.id: self.makeEventRequested.emit(i))
            buttons.addWidget(make)
        if status != "diunggah" and editable:
            uploaded = QPushButton(self.tr("Mark as uploaded"))
            uploaded.setObjectName("markUploaded")
            uploaded.clicked.connect(
                lambda _=False, i=entry.id: self.statusRequested.emit(i, "diunggah"))
            buttons.addWidget(uploaded)
        buttons.addStretch(1)
        box.addLayout(buttons)
        if editable:
            edits = QHBoxLayout()
            edits.setSpacing(6)
            edit = QToolButton()
            edit.setText(self.tr("Edit"))
            edit.setObjectName(f"editEntry-{entry.id}")
            edit.setToolTip(self.tr("Change the title, date, time, template, note or PIC"))
            edit.clicked.connect(lambda _=False, i=entry.id: self.editRequested.emit(i))
            remove = QToolButton()
            remove.setText(self.tr("Delete"))
            remove.setObjectName(f"removeEntry-{entry.id}")
            remove.setToolTip(self.tr("Delete this planned post from the plan (asks first)"))
            remove.clicked.connect(lambda _=False, i=entry.id: self.removeRequested.emit(i))
            edits.addWidget(edit)
            edits.addWidget(remove)
            edits.addStretch(1)
            box.addLayout(edits)
        return card

    def template_name(self, template_id: str) -> str:
        """The template's name when it is installed here, else its id."""
        return dict(self.template_names()).get(template_id, template_id)


class CalendarScreen(QWidget):
    homeRequested = Signal()
    openEventRequested = Signal(object)  # Path

    def __init__(self, controller: CalendarController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarScreen")
        self.controller = controller
        self.month = MonthView(controller)
        self.month.setObjectName("monthView")
        self.week = WeekView(controller)
        self.week.setObjectName("weekView")
        self.views = QStackedWidget()
        self.views.addWidget(self.month)
        self.views.addWidget(self.week)
        self.panel = DayPanel(controller)
        self.legend = Legend()

        self.home_button = QToolButton()
        self.home_button.setObjectName("calendarHome")
        self.home_button.clicked.connect(self.homeRequested)
        self.previous_button = QToolButton()
        self.previous_button.setText("\u2039")
        self.today_button = QToolButton()
        self.next_button = QToolButton()
        self.next_button.setText("\u203a")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.title = set_role(QLabel(), "heading")
        self.title.setObjectName("calendarTitle")
        self.title.setStyleSheet("font-size: 14pt;")
        self.month_button = QToolButton()
        self.week_button = QToolButton()
        self.mode = QButtonGroup(self)
        for number, button in enumerate((self.month_button, self.week_button)):
            button.setCheckable(True)
            self.mode.addButton(button, number)
        self.month_button.setChecked(True)
        self.mode.idClicked.connect(self.set_mode)
        self.plan_label = set_role(ElidedLabel(), "muted")
        self.plan_label.setObjectName("planLabel")
        self.plan_button = QToolButton()
        self.plan_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.plan_menu = QMenu(self)
        self.open_plan_action = self.plan_menu.addAction("")
        self.new_plan_action = self.plan_menu.addAction("")
        self.plan_button.setMenu(self.plan_menu)
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.ics_action = self.export_menu.addAction("")
        self.xlsx_action = self.export_menu.addAction("")
        self.export_button.setMenu(self.export_menu)
        for button in (self.plan_button, self.export_button):
            button.setStyleSheet(MENU_BUTTON_STYLE)
        self.busy_label = set_role(QLabel(), "muted")

        bar = QHBoxLayout()
        bar.setSpacing(6)
        for widget in (self.home_button, self.previous_button, self.today_button,
                       self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(10)
        bar.addWidget(self.title)
        bar.addSpacing(10)
        bar.addWidget(self.busy_label)
        bar.addWidget(self.plan_label, 1)
        for widget in (self.month_button, self.week_button):
            bar.addWidget(widget)
        bar.addSpacing(10)
        bar.addWidget(self.plan_button)
        bar.addWidget(self.export_button)

        middle = QHBoxLayout()
        middle.setSpacing(12)
        grid_card = QFrame()
        grid_card.setProperty("card", "true")
        grid_layout = QVBoxLayout(grid_card)
        grid_layout.setContentsMargins(1, 1, 1, 1)
        grid_layout.addWidget(self.views)
        middle.addWidget(grid_card, 1)
        middle.addWidget(self.panel)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 10)
        outer.setSpacing(10)
        outer.addLayout(bar)
        outer.addLayout(middle, 1)
        outer.addWidget(self.legend)

        for view in (self.month, self.week):
            view.daySelected.connect(self._on_day_selected)
            view.dayActivated.connect(self._on_day_selected)
            view.addRequested.connect(self.add_entry)
            view.entryActivated.connect(self.edit_entry)
        self.panel.template_names = self.template_choices
        self.panel.addRequested.connect(self.add_entry)
        self.panel.editRequested.connect(self.edit_entry)
        self.panel.removeRequested.connect(self.remove_entry)
        self.panel.makeEventRequested.connect(self.make_event)
        self.panel.greetingRequested.connect(self._on_greeting_requested)
        self.panel.openRequested.connect(self.openEventRequested)
        self.panel.statusRequested.connect(self._on_status_requested)
        self.panel.choosePlanRequested.connect(self.choose_plan)
        controller.changed.connect(self._on_controller_changed)
        controller.busyChanged.connect(self._on_busy_changed)
        self.open_plan_action.triggered.connect(self.choose_plan)
        self.new_plan_action.triggered.connect(self.new_plan)
        self.ics_action.triggered.connect(lambda: self.export("ics"))
        self.xlsx_action.triggered.connect(lambda: self.export("xlsx"))
        self.settings = None  # AppSettings, set by install()
        # The template library the event screens use; install() connects it.
        self.template_library: Callable[[], TemplateLibrary | None] = lambda: None
        self.entry_dialog: PlanEntryDialog | None = None
        self.question = None  # the open QMessageBox asked by the calendar, if any
        self._retranslate()
        self._update_range()

    # -- navigation -------------------------------------------------------------------------
    @property
    def current_view(self):
        return self.views.currentWidget()

    def set_mode(self, mode: int) -> None:
        selected = self.current_view.selected
        self.views.setCurrentIndex(mode)
        (self.month_button if mode == 0 else self.week_button).setChecked(True)
        view = self.current_view
        view.selected = view.anchor = selected
        self._update_range()

    def step(self, direction: int) -> None:
        view = self.current_view
        if view is self.week:
            target = view.selected + _dt.timedelta(days=7 * direction)
        else:
            year, month = view.anchor.year, view.anchor.month + direction
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
            target = _dt.date(year, month, min(view.selected.day, 28))
        view.selected = view.anchor = target
        self._update_range()

    def go_today(self) -> None:
        view = self.current_view
        view.selected = view.anchor = self.controller.today()
        self._update_range()

    def show_date(self, date: _dt.date) -> None:
        view = self.current_view
        view.selected = view.anchor = date
        self._update_range()

    def visible_range(self) -> tuple[_dt.date, _dt.date]:
        view = self.current_view
        if view is self.week:
            start = monday_of(view.anchor)
            return start, start + _dt.timedelta(days=6)
        first = _dt.date(view.anchor.year, view.anchor.month, 1)
        last = (first + _dt.timedelta(days=32)).replace(day=1) - _dt.timedelta(days=1)
        return first, last

    def _update_range(self) -> None:
        view = self.current_view
        if view is self.week:
            start = monday_of(view.anchor)
            end = start + _dt.timedelta(days=6)
        else:
            start = month_grid_start(view.anchor.year, view.anchor.month)
            end = start + _dt.timedelta(days=41)
        self.controller.show_range(start, end)
        self._update_title()
        self.panel.show_day(view.selected)
        view.update()

    def _update_title(self) -> None:
        view = self.current_view
        zone = self.controller.zone
        if view is self.week:
            start, end = self.visible_range()
            text = self.tr("%1 – %2").replace("%1", f"{start.day} {month_name(start.month)}") \
                .replace("%2", f"{end.day} {month_name(end.month)} {end.year}")
        else:
            text = f"{month_name(view.anchor.month)} {view.anchor.year}"
        self.title.setText(f"{text} · {zone}")

    # -- actions ----------------------------------------------------------------------------
    def choose_plan(self) -> None:
        folder = self.settings.last_folder("calendar") if self.settings else None
        path = dialogs.choose_plan_to_open(self, folder)
        if path is not None:
            self.use_plan(path)

    def new_plan(self) -> None:
        folder = self.settings.last_folder("calendar") if self.settings else None
        chosen = dialogs.choose_plan_to_create(self, folder)
        if chosen is not None:
            path, unit = chosen
            self.controller.create_plan(path, unit)
            self._remember_plan(path)

    def use_plan(self, path: Path) -> None:
        self.controller.set_plan_path(path)
        self._remember_plan(path)

    def _remember_plan(self, path: Path) -> None:
        if self.settings is not None:
            self.settings.set_calendar_plan(path)
            self.settings.set_last_folder("calendar", Path(path).parent)
        self._update_plan_label()

    def export(self, kind: str) -> None:
        start, end = self.visible_range()
        suggested = f"kalender-konten {start.isoformat()} {end.isoformat()}.{kind}"
        folder = self.settings.last_folder("calendar") if self.settings else None
        path = dialogs.choose_export_path(self, kind, folder, suggested)
        if path is None:
            return
        self.controller.export(path, kind, start, end, self._on_exported)

    def _on_exported(self, path: Path) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Exported: %1").replace("%1", str(path)),
                                           8000)

    # -- planned posts ----------------------------------------------------------------------
    def template_choices(self) -> list[tuple[str, str]]:
        """(id, name) of the installed templates, by name."""
        library = self.template_library()
        if library is None:
            return []
        pairs = [(template_id, loaded.template.name or template_id)
                 for template_id, loaded in library.templates.items()]
        return sorted(pairs, key=lambda pair: (pair[1].casefold(), pair[0]))

    def add_entry(self, date: _dt.date) -> None:
        """"Tambah rencana" on ``date``: the dialog, then the merging save."""
        controller = self.controller
        if controller.store is None:
            if controller.plan_path is None:
                self.question = dialogs.ask_for_plan(self, self._on_plan_choice)
            return
        templates = self.template_choices()
        default = DEFAULT_POST_TEMPLATE if any(t == DEFAULT_POST_TEMPLATE for t, _ in templates) \
            else (templates[0][0] if templates else "")
        dialog = PlanEntryDialog(self, date=date, zone=controller.zone, templates=templates,
                                 pic=last_pic(controller.store.plan), default_template=default)

        def accepted() -> None:
            values = dialog.values()
            controller.add_entry(PlanEntry(
                id=new_entry_id(values.date), date=values.date, title=values.title,
                template=values.template, time=values.time, note=values.note, pic=values.pic))
            self._follow(values.date)

        self._open_entry_dialog(dialog, accepted)

    def edit_entry(self, entry_id: str) -> None:
        """"Ubah": the same dialog, filled in; only what it shows is changed."""
        controller = self.controller
        entry = controller.plan.find(entry_id) if controller.plan is not None else None
        if entry is None or controller.store is None:
            return
        dialog = PlanEntryDialog(self, date=entry.date, zone=controller.zone,
                                 templates=self.template_choices(), entry=entry)

        def accepted() -> None:
            values = dialog.values()
            controller.update_entry(entry_id, **values.changes())
            self._follow(values.date)

        self._open_entry_dialog(dialog, accepted)

    def _open_entry_dialog(self, dialog: PlanEntryDialog, accepted: Callable[[], None]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _result: self._on_entry_dialog_closed(dialog))
        self.entry_dialog = dialog
        dialog.open()

    def _on_entry_dialog_closed(self, dialog: PlanEntryDialog) -> None:
        if self.entry_dialog is dialog:
            self.entry_dialog = None
        self.current_view.setFocus()

    def _follow(self, date: _dt.date) -> None:
        """Show the day a post was saved on (the PIC may have moved it to another date)."""
        if date != self.current_view.selected:
            self.show_date(date)

    def remove_entry(self, entry_id: str) -> None:
        """"Hapus": asks first, then the merging save without the post."""
        plan = self.controller.plan
        entry = plan.find(entry_id) if plan is not None else None
        if entry is None:
            return
        self.question = dialogs.ask_remove_entry(
            self, entry.title, entry.event is not None,
            lambda: self.controller.remove_entry(entry_id))

    def make_event(self, entry_id: str) -> None:
        """"Buat kegiatan": the post's event file, filled in, opened in production."""
        plan = self.controller.plan
        entry = plan.find(entry_id) if plan is not None else None
        if entry is None or entry.event is not None:
            return
        if self.template_library() is not None and \
                entry.template not in dict(self.template_choices()):
            self.question = dialogs.tell_missing_template(self, entry.template)
            return
        base = None
        greeting = self.controller.day(entry.date).greeting(entry.day) if entry.day else None
        if greeting is not None:
            # Planned for a commemorative day: its greeting, message and hashtags come along.
            base = greeting_fields(greeting)
        self.controller.make_event(entry_id, base)

    def _on_plan_choice(self, choice: str) -> None:
        if choice == "open":
            self.choose_plan()
        elif choice == "new":
            self.new_plan()

    def _on_greeting_requested(self, greeting) -> None:
        folder = None
        if self.controller.plan_path is None:
            from studio.paths import user_data_dir

            folder = (self.settings.last_folder("event") if self.settings else None) or \
                user_data_dir() / "kegiatan"
        self.controller.make_greeting(greeting, folder)

    def _on_status_requested(self, entry_id: str, status: str) -> None:
        self.controller.set_status(entry_id, status)

    def _on_day_selected(self, date: _dt.date) -> None:
        view = self.current_view
        if view is self.month and date.month != view.anchor.month:
            view.anchor = date
            self._update_range()
            return
        self.panel.show_day(date)

    def _on_controller_changed(self) -> None:
        self._update_plan_label()
        self._update_title()
        self.panel.rebuild()
        self.current_view.update()

    def _on_busy_changed(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Loading…") if busy else "")

    def _update_plan_label(self) -> None:
        path = self.controller.plan_path
        if path is None:
            self.plan_label.set_full_text(self.tr("No plan file chosen"))
            self.plan_label.setToolTip("")
        else:
            plan = self.controller.plan
            unit = plan.unit if plan is not None and plan.unit else path.name
            self.plan_label.set_full_text(self.tr("Plan: %1").replace("%1", unit))
            self.plan_label.setToolTip(str(path))
        self.plan_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def report_error(self, error: StudioError) -> None:
        from gui import dialogs as app_dialogs

        app_dialogs.show_error(self, self.tr("Content calendar"), error)

    def resolve_conflict(self, error, retry) -> None:
        conflicts = getattr(error, "conflicts", ())
        who = next((c.theirs_by for c in conflicts if c.theirs_by), "")
        titles = ", ".join(c.title for c in conflicts)
        choice = dialogs.ask_conflict(self, titles, who)
        if choice in ("mine", "theirs"):
            retry(choice)
        else:
            self.controller.reload()

    # -- language ---------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.home_button.setText(self.tr("\u2190 Start screen"))
        self.today_button.setText(self.tr("Today"))
        self.previous_button.setToolTip(self.tr("Previous"))
        self.next_button.setToolTip(self.tr("Next"))
        self.month_button.setText(self.tr("Month"))
        self.week_button.setText(self.tr("Week"))
        self.plan_button.setText(self.tr("Plan file"))
        self.open_plan_action.setText(self.tr("Choose plan file…"))
        self.new_plan_action.setText(self.tr("New plan file…"))
        self.export_button.setText(self.tr("Export"))
        self.ics_action.setText(self.tr("Calendar for phone/Outlook (.ics)…"))
        self.xlsx_action.setText(self.tr("Spreadsheet for the meeting (.xlsx)…"))
        self.legend.retranslate()
        self._update_plan_label()
        self._update_title()
        self.panel.rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
