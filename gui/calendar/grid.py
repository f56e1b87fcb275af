"""The month and week views: painted grids of days, readable at 1280×720.

Both draw the same things from the controller: the day number (red on
national holidays and Sundays), a tint for a national holiday (red) or
collective leave (amber), the names of official and commemorative days (a
gold star marks a suggested greeting), and the planned posts as chips in
their status colour. The month view shows six weeks from Monday; the week
view shows one week with every item written out in full. Selecting a day (a
click, or the arrow keys) tells the screen. A double click on a day's free
space — or Enter/Insert on the selected day — asks to plan a post there; a
double click on a planned post asks to edit it. Where each line sits is
worked out once (:meth:`DaysView.line_rects`) for painting and hit-testing
alike, so a click always meets what was drawn.
"""

from __future__ import annotations

import datetime as _dt
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from gui import theme
from gui.i18n import current_language, locale

# Status colours: (strong, soft background). The legend shows the same.
STATUS_COLOURS = {
    "rencana": ("#6B7B8C", "#EEF1F4"),
    "dibuat": (theme.BLUE, "#E3EEF7"),
    "diekspor": ("#B26A00", "#FFF1D6"),
    "diunggah": (theme.OK, "#DDF3E8"),
}
HOLIDAY = ("#B3261E", "#FDECEA")
LEAVE = ("#8A5A00", "#FFF6E5")
COMMEMORATION = "#C98F00"
WEEKEND_BG = "#F7F9FB"
OTHER_MONTH_BG = "#F2F5F8"
STAR = "\u2605"


class DayLine(NamedTuple):
    """One line in a day cell: ``kind`` is libur, cuti, hari, rencana or more."""

    kind: str
    text: str
    status: str | None = None
    entry_id: str = ""


def monday_of(day: _dt.date) -> _dt.date:
    return day - _dt.timedelta(days=day.weekday())


def month_grid_start(year: int, month: int) -> _dt.date:
    return monday_of(_dt.date(year, month, 1))


def day_name(weekday: int, short: bool = True) -> str:
    """Monday=0 in the app's language (Indonesian: Sen, Sel, Rab...)."""
    fmt = locale().FormatType.ShortFormat if short else locale().FormatType.LongFormat
    return locale().dayName(weekday + 1, fmt)


def month_name(month: int) -> str:
    return locale().standaloneMonthName(month, locale().FormatType.LongFormat)


class DaysView(QWidget):
    """What both views share: the controller's days, the selection, mouse and keys."""

    daySelected = Signal(object)  # date
    dayActivated = Signal(object)  # date: a double click on a holiday or greeting line
    addRequested = Signal(object)  # date: plan a post on it
    entryActivated = Signal(str)  # planned post id: edit it

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.selected = controller.today()
        self.anchor = self.selected  # the month (or week) on show
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._grid_moved = False  # the last press turned the month's page

    # -- subclasses ---------------------------------------------------------------------------
    def first_day(self) -> _dt.date:
        raise NotImplementedError

    def day_count(self) -> int:
        raise NotImplementedError

    def cell_rect(self, index: int) -> QRect:
        raise NotImplementedError

    def line_rects(self, index: int, date: _dt.date) -> list[tuple[QRect, DayLine]]:
        """Where each of the day's lines is drawn (the ones that fit)."""
        raise NotImplementedError

    # -- shared -------------------------------------------------------------------------------
    def dates(self) -> list[_dt.date]:
        first = self.first_day()
        return [first + _dt.timedelta(days=i) for i in range(self.day_count())]

    def date_at(self, pos: QPoint) -> _dt.date | None:
        for index, date in enumerate(self.dates()):
            if self.cell_rect(index).contains(pos):
                return date
        return None

    def select(self, date: _dt.date) -> None:
        self.selected = date
        if date not in self.dates():
            self.anchor = date
        self.update()
        self.daySelected.emit(date)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        date = self.date_at(event.position().toPoint())
        self._grid_moved = False
        if date is not None:
            self.setFocus()
            first = self.first_day()
            self.select(date)
            # A day of the next or previous month turns the page (the screen does that).
            self._grid_moved = self.first_day() != first
        super().mousePressEvent(event)

    def line_at(self, pos: QPoint) -> DayLine | None:
        """The line drawn at ``pos`` (None on a day's free space)."""
        for index, date in enumerate(self.dates()):
            if self.cell_rect(index).contains(pos):
                for rect, line in self.line_rects(index, date):
                    if rect.contains(pos):
                        return line
                return None
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        date = self.date_at(pos)
        # When the press before turned the page (a day of the next month was clicked),
        # the cell under the mouse is another day now: the double click means nothing.
        moved, self._grid_moved = self._grid_moved, False
        if date is None or moved:
            return
        if date != self.selected:
            self.select(date)
        line = self.line_at(pos)
        if line is None:
            self.addRequested.emit(date)
        elif line.kind == "rencana":
            self.entryActivated.emit(line.entry_id)
        else:
            self.dayActivated.emit(date)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7,
                 Qt.Key.Key_Down: 7}
        if event.key() in steps:
            self.select(self.selected + _dt.timedelta(days=steps[event.key()]))
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Insert):
            self.addRequested.emit(self.selected)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            date = self.date_at(event.pos())
            if date is not None:
                QToolTip.showText(event.globalPos(), self.tooltip(date), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip(self, date: _dt.date) -> str:
        from studio.calendar.zones import format_day

        day = self.controller.day(date)
        lines = [format_day(date, self.controller.zone, current_language())]
        english = current_language() == "en"
        for item in day.official:
            lines.append(item.name_en if english else item.name)
        for greeting in day.greetings:
            lines.append(f"{STAR} {greeting.name}: \u201c{greeting.greeting}\u201d")
        for entry in day.entries:
            lines.append(f"\u25A0 {entry.title}")
        return "\n".join(lines)

    # -- painting helpers -------------------------------------------------------------------
    def day_lines(self, date: _dt.date) -> list[DayLine]:
        """The lines of one day: official, commemorative, planned."""
        day = self.controller.day(date)
        english = current_language() == "en"
        greeted = {g.holiday.date for g in day.greetings if g.holiday is not None}
        lines: list[DayLine] = []
        for item in day.official:
            star = f"{STAR} " if item.date in greeted and item.kind == "libur" else ""
            name = item.name_en if english else item.name
            if item.kind == "cuti":  # the tint already says so
                name = name.removeprefix("Collective leave: ").removeprefix("Cuti Bersama ")
            lines.append(DayLine("libur" if item.kind == "libur" else "cuti", star + name))
        for greeting in day.greetings:
            if greeting.holiday is None:
                lines.append(DayLine("hari", f"{STAR} {greeting.name}"))
        for entry in day.entries:
            clock = "%H:%M" if current_language() == "en" else "%H.%M"  # "15.07" / "15:07"
            text = f"{entry.time.strftime(clock)} {entry.title}" if entry.time else entry.title
            lines.append(DayLine("rencana", text, self.controller.status_of(entry), entry.id))
        return lines

    @staticmethod
    def line_height(rect: QRect, line: DayLine, metrics: QFontMetrics, wrap: bool) -> int:
        """The height :meth:`paint_line` uses for ``line`` drawn at the top of ``rect``."""
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap)
        if line.kind == "rencana":
            if not wrap:
                return metrics.height() + 4
            return metrics.boundingRect(rect.adjusted(8, 2, -4, -2), flags,
                                        line.text).height() + 4
        if not wrap:
            return metrics.height() + 2
        return metrics.boundingRect(rect, flags, line.text).height() + 2

    def paint_background(self, painter: QPainter, rect: QRect, date: _dt.date,
                         in_range: bool = True) -> None:
        day = self.controller.day(date)
        colour = theme.CARD
        if not in_range:
            colour = OTHER_MONTH_BG
        elif day.is_holiday:
            colour = HOLIDAY[1]
        elif day.is_leave:
            colour = LEAVE[1]
        elif date.weekday() >= 5:
            colour = WEEKEND_BG
        painter.fillRect(rect, QColor(colour))

    def paint_line(self, painter: QPainter, rect: QRect, line: DayLine, metrics: QFontMetrics,
                   wrap: bool = False) -> None:
        """Draw one item line filling ``rect`` (from :meth:`line_rects`)."""
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if line.kind == "rencana":
            strong, soft = STATUS_COLOURS.get(line.status or "rencana",
                                              STATUS_COLOURS["rencana"])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(soft))
            painter.drawRoundedRect(QRectF(rect), 4, 4)
            painter.setBrush(QColor(strong))
            painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
            painter.setPen(QColor(theme.INK))
            text_rect = rect.adjusted(8, 2, -4, -2)
        else:
            colour = {"libur": HOLIDAY[0], "cuti": LEAVE[0], "hari": theme.INK,
                      "more": theme.MUTED}[line.kind]
            painter.setPen(QColor(colour))
            text_rect = rect
        if wrap:
            painter.drawText(text_rect, flags | int(Qt.TextFlag.TextWordWrap), line.text)
        else:
            painter.drawText(text_rect, flags, metrics.elidedText(
                line.text, Qt.TextElideMode.ElideRight, text_rect.width()))
        if line.kind == "hari" or line.text.startswith(STAR):
            # The star in gold, over the ink-coloured one just drawn.
            painter.setPen(QColor(COMMEMORATION))
            painter.drawText(text_rect, flags, STAR)


class MonthView(DaysView):
    HEADER = 30

    def sizeHint(self) -> QSize:
        return QSize(860, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(560, 380)

    def first_day(self) -> _dt.date:
        return month_grid_start(self.anchor.year, self.anchor.month)

    def day_count(self) -> int:
        return 42

    def cell_rect(self, index: int) -> QRect:
        width = self.width() / 7
        height = (self.height() - self.HEADER) / 6
        row, column = divmod(index, 7)
        left = round(column * width)
        top = round(self.HEADER + row * height)
        return QRect(left, top, round((column + 1) * width) - left,
                     round(self.HEADER + (row + 1) * height) - top)

    def small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, self.font().pointSizeF() - 1.5))
        return small

    def line_rects(self, index: int, date: _dt.date) -> list[tuple[QRect, DayLine]]:
        rect = self.cell_rect(index)
        metrics = QFontMetrics(self.small_font())
        top = rect.top() + 28
        lines = self.day_lines(date)
        line_height = metrics.height() + 4
        fits = max(0, (rect.bottom() - 3 - top) // line_height)
        shown = lines if len(lines) <= fits else lines[:max(0, fits - 1)]
        placed = []
        for line in shown:
            area = QRect(rect.left() + 5, top, rect.width() - 10, line_height)
            height = self.line_height(area, line, metrics, wrap=False)
            placed.append((QRect(area.left(), top, area.width(), height), line))
            top += height + 1
        hidden = len(lines) - len(shown)
        if hidden > 0:
            more = DayLine("more", self.tr("+%n more", "", hidden))
            placed.append((QRect(rect.left() + 6, top, rect.width() - 12, line_height), more))
        return placed

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.CARD))
        header_font = QFont(self.font())
        header_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(header_font)
        width = self.width() / 7
        for column in range(7):
            rect = QRect(round(column * width), 0, round(width), self.HEADER)
            painter.setPen(QColor(HOLIDAY[0] if column == 6 else theme.MUTED))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), day_name(column))
        small = self.small_font()
        small_metrics = QFontMetrics(small)
        number_font = QFont(self.font())
        number_font.setWeight(QFont.Weight.Bold)
        today = self.controller.today()
        for index, date in enumerate(self.dates()):
            rect = self.cell_rect(index)
            in_month = date.month == self.anchor.month
            self.paint_background(painter, rect, date, in_month)
            day = self.controller.day(date)
            # The day number, top left; today's in a blue disc.
            number_rect = QRect(rect.left() + 6, rect.top() + 4, 26, 22)
            if date == today:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(theme.BLUE))
                painter.drawEllipse(number_rect.adjusted(1, -1, -1, 1))
                colour = "#FFFFFF"
            elif not in_month:
                colour = "#9AA7B3"
            elif day.is_holiday or date.weekday() == 6:
                colour = HOLIDAY[0]
            else:
                colour = theme.INK
            painter.setFont(number_font)
            painter.setPen(QColor(colour))
            painter.drawText(number_rect, int(Qt.AlignmentFlag.AlignCenter), str(date.day))
            painter.setFont(small)
            for line_rect, line in self.line_rects(index, date):
                if not in_month and line.kind != "more":
                    painter.setOpacity(0.55)
                self.paint_line(painter, line_rect, line, small_metrics)
                painter.setOpacity(1.0)
        # Grid lines, then the selection on top.
        painter.setPen(QPen(QColor(theme.LINE), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index in range(42):
            painter.drawRect(self.cell_rect(index).adjusted(0, 0, -1, -1))
        if self.selected in self.dates():
            painter.setPen(QPen(QColor(theme.BLUE), 2))
            painter.drawRect(self.cell_rect(self.dates().index(self.selected)).adjusted(
                1, 1, -2, -2))
        painter.end()


class WeekView(DaysView):
    HEADER = 46

    def sizeHint(self) -> QSize:
        return QSize(860, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(560, 380)

    def first_day(self) -> _dt.date:
        return monday_of(self.anchor)

    def day_count(self) -> int:
        return 7

    def cell_rect(self, index: int) -> QRect:
        width = self.width() / 7
        left = round(index * width)
        return QRect(left, 0, round((index + 1) * width) - left, self.height())

    def body_font(self) -> QFont:
        body = QFont(self.font())
        body.setPointSizeF(max(8.0, self.font().pointSizeF() - 0.5))
        return body

    def line_rects(self, index: int, date: _dt.date) -> list[tuple[QRect, DayLine]]:
        rect = self.cell_rect(index)
        metrics = QFontMetrics(self.body_font())
        top = rect.top() + self.HEADER + 6
        placed = []
        for line in self.day_lines(date):
            area = QRect(rect.left() + 6, top, rect.width() - 12, rect.bottom() - top)
            if area.height() < metrics.height():
                break
            height = self.line_height(area, line, metrics, wrap=True)
            placed.append((QRect(area.left(), top, area.width(), height), line))
            top += height + 4
        return placed

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(theme.CARD))
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.Bold)
        body = self.body_font()
        metrics = QFontMetrics(body)
        today = self.controller.today()
        for index, date in enumerate(self.dates()):
            rect = self.cell_rect(index)
            self.paint_background(painter, rect, date)
            day = self.controller.day(date)
            header = QRect(rect.left(), rect.top(), rect.width(), self.HEADER)
            red = day.is_holiday or date.weekday() == 6
            painter.setFont(self.font())
            painter.setPen(QColor(HOLIDAY[0] if red else theme.MUTED))
            painter.drawText(header.adjusted(0, 4, 0, -22), int(Qt.AlignmentFlag.AlignCenter),
                             day_name(date.weekday()))
            number = header.adjusted(0, 20, 0, -2)
            if date == today:
                disc = QRect(0, 0, 26, 24)
                disc.moveCenter(number.center())
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(theme.BLUE))
                painter.drawEllipse(disc)
            painter.setFont(bold)
            painter.setPen(QColor("#FFFFFF" if date == today else
                                  HOLIDAY[0] if red else theme.INK))
            painter.drawText(number, int(Qt.AlignmentFlag.AlignCenter), str(date.day))
            painter.setFont(body)
            for line_rect, line in self.line_rects(index, date):
                self.paint_line(painter, line_rect, line, metrics, wrap=True)
        painter.setPen(QPen(QColor(theme.LINE), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for index in range(7):
            painter.drawRect(self.cell_rect(index).adjusted(0, 0, -1, -1))
        painter.drawLine(0, self.HEADER, self.width(), self.HEADER)
        if self.selected in self.dates():
            painter.setPen(QPen(QColor(theme.BLUE), 2))
            painter.drawRect(self.cell_rect(self.dates().index(self.selected)).adjusted(
                1, 1, -2, -2))
        painter.end()
