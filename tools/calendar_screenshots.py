"""Screenshots of the content calendar (month and week view) at laptop sizes, offscreen.

    python tools/calendar_screenshots.py OUT_DIR

Makes a plan with a few posts in a temporary folder, opens the app's window at
1366x728 (a 1366x768 screen less the taskbar) and 1280x720, shows November
2026 in the month view and the week of Hari Guru Nasional in the week view,
the day panel of a day with a planned post, the "Tambah rencana" and "Ubah
rencana" dialogs over the window and the question before deleting a post,
and saves PNGs to look at.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from gui import operations
from gui.app import create_main_window
from gui.app_settings import AppSettings
from gui.calendar.controller import upcoming
from gui.i18n import install_language
from gui.startup import create_application
from studio.calendar.greeting import make_greeting
from studio.calendar.plan import PlanEntry, PlanFile
from studio.progress import CancelToken

D = dt.date


def sample_plan(folder: Path) -> Path:
    store = PlanFile.create(folder / "diskominfo.kalender.toml", unit="Diskominfo Kota Cimahi")
    plan = store.plan
    for entry in (
        PlanEntry("a", D(2026, 11, 3), "Liputan Musrenbang Kelurahan", template="liputan-kegiatan",
                  status="diunggah", time=dt.time(10, 0)),
        PlanEntry("b", D(2026, 11, 10), "Upacara Hari Pahlawan", template="liputan-kegiatan",
                  status="diekspor", day="hari-pahlawan"),
        PlanEntry("c", D(2026, 11, 17), "Info layanan Disdukcapil keliling",
                  template="info-layanan", time=dt.time(9, 0)),
        PlanEntry("d", D(2026, 11, 25), "Video terima kasih guru", template="ucapan",
                  time=dt.time(7, 0), note="Minta foto guru dari Disdik"),
        PlanEntry("e", D(2026, 11, 26), "Pengumuman lomba HUT KORPRI", template="pengumuman"),
    ):
        plan = plan.with_entry(entry)
    store.save(plan, editor="Rina")
    from studio.calendar.agenda import agenda

    (day,) = agenda(D(2026, 11, 12), D(2026, 11, 12))
    made = make_greeting(day.greeting("hari-kesehatan-nasional"), store.plan)
    store.save(made.plan, editor="Rina")
    return store.path


def wait(app: QApplication, controller) -> None:
    for _ in range(400):
        app.processEvents()
        if not controller.is_busy:
            break
        operations.pool("calendar").waitForDone(20)
    app.processEvents()


def over_window(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with ``dialog`` drawn centred on it, as the PIC sees them together."""
    dialog.adjustSize()
    dialog.layout().activate()
    QApplication.processEvents()
    shot = window.grab()
    picture = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 40))
    painter.drawPixmap(QPoint((shot.width() - picture.width()) // 2,
                              (shot.height() - picture.height()) // 2), picture)
    painter.end()
    return shot


def dialogs(app: QApplication, window, out: Path, size: str, language: str) -> None:
    """The planning dialogs and the delete question, over the month view."""
    screen = window.calendar
    screen.panel.grab().save(str(out / f"kalender-panel-hari-{size}-{language}.png"))
    screen.add_entry(D(2026, 11, 25))
    app.processEvents()
    dialog = screen.entry_dialog
    dialog.title_edit.setText("Liputan peringatan Hari Guru di SDN Cimahi Mandiri 2")
    dialog.time_edit.setText("0930")
    dialog.time_edit.editingFinished.emit()
    over_window(window, dialog).save(str(out / f"kalender-tambah-rencana-{size}-{language}.png"))
    dialog.time_edit.setText("25.99")
    dialog.accept()  # refused: the time is wrong, the dialog says so
    over_window(window, dialog).save(str(out / f"kalender-jam-salah-{size}-{language}.png"))
    dialog.reject()
    app.processEvents()
    # The Hari Kesehatan Nasional post has an event: its dialog says it stays linked.
    made = next(e for e in screen.controller.plan.entries if e.event is not None)
    screen.month.select(made.date)
    app.processEvents()
    screen.edit_entry(made.id)
    app.processEvents()
    dialog = screen.entry_dialog
    over_window(window, dialog).save(str(out / f"kalender-ubah-rencana-{size}-{language}.png"))
    dialog.reject()
    screen.month.select(D(2026, 11, 25))
    app.processEvents()
    screen.remove_entry("d")
    app.processEvents()
    question = screen.question
    over_window(window, question).save(str(out / f"kalender-hapus-{size}-{language}.png"))
    question.reject()
    app.processEvents()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    folder = Path(tempfile.mkdtemp(prefix="kalender-"))
    os.environ["STUDIO_KONTEN_HOME"] = str(folder / "home")
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.set_calendar_plan(sample_plan(folder))
    for language in ("id", "en"):
        settings.dismiss_reminders("")
        install_language(language)
        window = create_main_window(settings)
        # The production view asks for 742 px of height on its own (not the calendar's doing);
        # let the window shrink to the laptop size so the calendar is seen as a PIC sees it.
        window.production.setMinimumSize(1, 1)
        screen = window.calendar
        for width, height in ((1366, 728), (1280, 720)):
            window.resize(width, height)
            window.show()
            window.show_screen("calendar")
            screen.set_mode(0)
            screen.show_date(D(2026, 11, 25))
            wait(app, screen.controller)
            screen.month.select(D(2026, 11, 25))
            wait(app, screen.controller)
            window.grab().save(str(out / f"kalender-bulan-{width}x{height}-{language}.png"))
            dialogs(app, window, out, f"{width}x{height}", language)
            screen.set_mode(1)
            wait(app, screen.controller)
            window.grab().save(str(out / f"kalender-minggu-{width}x{height}-{language}.png"))
            if width == 1366:
                screen.set_mode(0)
                screen.show_date(D(2026, 3, 20))
                wait(app, screen.controller)
                window.grab().save(str(out / f"kalender-maret-{width}x{height}-{language}.png"))
            # The reminders as they would stand on 22 November 2026 (the real "today"
            # may have nothing due).
            zone, found = upcoming(settings.calendar_plan(), now=dt.datetime(
                2026, 11, 22, 1, 0, tzinfo=dt.UTC), progress=None, cancel=CancelToken())
            window.calendar_reminders.set_reminders(zone, found)
            window.show_screen("start")
            wait(app, screen.controller)
            window.grab().save(str(out / f"layar-awal-{width}x{height}-{language}.png"))
        window.close()
    operations.shutdown()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
