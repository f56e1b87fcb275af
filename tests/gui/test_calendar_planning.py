"""Planning posts in the calendar: add, edit, delete, "Buat kegiatan", with real keys and clicks.

Every change must reach the plan file through the controller's merging save;
a PIC who edits the same post as a colleague is asked whose version to keep.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QToolButton

from gui.calendar.grid import STATUS_COLOURS
from studio.calendar.plan import PlanEntry, PlanFile, load_plan
from studio.project import load_project

D = dt.date
T = dt.time
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def plan_path(tmp_path):
    store = PlanFile.create(tmp_path / "bersama" / "humas.kalender.toml", unit="Diskominfo")
    plan = store.plan.with_entry(PlanEntry("guru", D(2026, 11, 25), "Video guru",
                                           template="ucapan", time=T(7, 0),
                                           day="hari-guru-nasional")) \
        .with_entry(PlanEntry("lomba", D(2026, 11, 26), "Pengumuman lomba HUT KORPRI",
                              template="pengumuman", note="Hadiah dari BKPSDM", pic="Rina"))
    store.save(plan, editor="Rina")
    return store.path


@pytest.fixture
def calendar(window, plan_path, qtbot):
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


def select(screen, date, qtbot):
    screen.show_date(date)
    wait_idle(screen, qtbot)


def panel_button(screen, cls, name):
    button = screen.panel.findChild(cls, name)
    assert button is not None, name
    return button


def active(dialog, qtbot):
    """The dialog as the PIC has it: shown and active (focus moves, boxes lose focus)."""
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def open_add_dialog(screen, qtbot):
    qtbot.mouseClick(panel_button(screen, QPushButton, "addEntry"), LEFT)
    return active(screen.entry_dialog, qtbot)


def entries_on(plan_path, date):
    return load_plan(plan_path).on(date)


def double_click(qtbot, widget, pos: QPoint) -> None:
    """As a mouse does it: a click, then the double click (QTest sends only the latter)."""
    qtbot.mouseClick(widget, LEFT, pos=pos)
    qtbot.mouseDClick(widget, LEFT, pos=pos)


def click_when_asked(qtbot, button_text: str, asked: list[str]) -> None:
    """Click ``button_text`` in the next modal message box (a question asked with exec())."""
    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            button = next(b for b in box.buttons() if b.text() == button_text)
            qtbot.mouseClick(button, LEFT)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


# -- adding ----------------------------------------------------------------------------------

def test_tambah_rencana_adds_a_post_typed_with_the_keyboard(calendar, qtbot, plan_path):
    select(calendar, D(2026, 11, 18), qtbot)
    add = panel_button(calendar, QPushButton, "addEntry")
    assert add.text() == "+ Tambah rencana" and add.isVisible()
    dialog = open_add_dialog(calendar, qtbot)
    assert dialog.windowTitle() == "Tambah rencana"
    assert dialog.date_edit.date().toPython() == D(2026, 11, 18)  # prefilled with the day
    assert dialog.zone_label.text() == "WIB"
    # The installed templates by name, the app's everyday one chosen.
    names = [dialog.template_box.itemText(i) for i in range(dialog.template_box.count())]
    assert {"Liputan Kegiatan", "Pengumuman", "Ucapan", "Undangan", "Info Layanan"} <= set(names)
    assert dialog.template_box.currentData() == "liputan-kegiatan"
    assert dialog.focusWidget() is dialog.title_edit
    qtbot.keyClicks(dialog.title_edit, "Info layanan Disdukcapil keliling")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)  # -> date
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # -> time
    assert dialog.focusWidget() is dialog.time_edit
    qtbot.keyClicks(dialog.time_edit, "1930")
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Tab)  # leaving the box writes it the house way
    assert dialog.time_edit.text() == "19.30"
    assert dialog.focusWidget() is dialog.template_box
    qtbot.keyClicks(dialog.template_box, "Info")  # the combo box finds it by its name
    assert dialog.template_box.currentData() == "info-layanan"
    qtbot.keyClick(dialog.template_box, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.note_edit, "Minta jadwal dari Disdukcapil")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.pic_edit
    qtbot.keyClicks(dialog.pic_edit, "Budi")
    qtbot.keyClick(dialog.pic_edit, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: len(entries_on(plan_path, D(2026, 11, 18))) == 1, timeout=10000)
    (entry,) = entries_on(plan_path, D(2026, 11, 18))
    assert (entry.title, entry.time, entry.template, entry.note, entry.pic, entry.status) == (
        "Info layanan Disdukcapil keliling", T(19, 30), "info-layanan",
        "Minta jadwal dari Disdukcapil", "Budi", "rencana")
    assert entry.event is None and entry.id.startswith("2026-11-18-")
    # The other posts are untouched; the day panel shows the new one.
    assert {e.id for e in load_plan(plan_path).entries} >= {"guru", "lomba"}
    wait_idle(calendar, qtbot)
    card = calendar.panel.findChild(QPushButton, f"makeEvent-{entry.id}")
    assert card is not None
    texts = [label.text() for label in calendar.panel.findChildren(type(calendar.title))]
    assert "Direncanakan · 19.30 WIB" in texts
    assert "Templat: Info Layanan · PIC: Budi" in texts


@pytest.mark.parametrize(("typed", "stored"), [
    ("19.30", T(19, 30)), ("1930", T(19, 30)), ("19:30", T(19, 30)), ("9.30", T(9, 30)),
    ("", None),
])
def test_the_time_is_read_as_typed_or_left_empty(calendar, qtbot, plan_path, typed, stored):
    select(calendar, D(2026, 11, 19), qtbot)
    dialog = open_add_dialog(calendar, qtbot)
    qtbot.keyClicks(dialog.title_edit, "Rapat koordinasi")
    qtbot.keyClicks(dialog.time_edit, typed)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: len(entries_on(plan_path, D(2026, 11, 19))) == 1, timeout=10000)
    assert entries_on(plan_path, D(2026, 11, 19))[0].time == stored


def test_a_wrong_time_or_no_title_is_said_and_nothing_is_saved(calendar, qtbot, plan_path):
    select(calendar, D(2026, 11, 19), qtbot)
    revision = load_plan(plan_path).revision
    dialog = open_add_dialog(calendar, qtbot)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Isi judul rencananya."
    assert dialog.focusWidget() is dialog.title_edit
    qtbot.keyClicks(dialog.title_edit, "Rapat koordinasi")
    assert not dialog.error_label.isVisible()  # typing clears the message
    qtbot.keyClicks(dialog.time_edit, "25.99")
    qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "\u201c25.99\u201d bukan jam. Tulis seperti 19.30, " \
                                        "atau kosongkan."
    assert dialog.time_edit.property("invalid") == "true"
    # The clear button empties the time: an all-day post.
    dialog.time_edit.clear()
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: len(entries_on(plan_path, D(2026, 11, 19))) == 1, timeout=10000)
    assert entries_on(plan_path, D(2026, 11, 19))[0].time is None
    assert load_plan(plan_path).revision == revision + 1


def test_cancel_and_escape_save_nothing(calendar, qtbot, plan_path):
    before = load_plan(plan_path)
    dialog = open_add_dialog(calendar, qtbot)
    qtbot.keyClicks(dialog.title_edit, "Tidak jadi")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    dialog = open_add_dialog(calendar, qtbot)
    qtbot.keyClicks(dialog.title_edit, "Tidak jadi juga")
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    wait_idle(calendar, qtbot)
    after = load_plan(plan_path)
    assert after.entries == before.entries and after.revision == before.revision


def test_double_click_on_free_space_plans_and_on_a_post_edits(calendar, qtbot):
    month = calendar.month
    index = month.dates().index(D(2026, 11, 18))
    cell = month.cell_rect(index)
    double_click(qtbot, month, QPoint(cell.center().x(), cell.bottom() - 6))
    dialog = calendar.entry_dialog
    assert dialog is not None and dialog.windowTitle() == "Tambah rencana"
    assert dialog.date_edit.date().toPython() == D(2026, 11, 18)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    # The post's chip on the 25th: its own dialog, filled in.
    index = month.dates().index(D(2026, 11, 25))
    chip = next(rect for rect, line in month.line_rects(index, D(2026, 11, 25))
                if line.entry_id == "guru")
    double_click(qtbot, month, chip.center())
    dialog = calendar.entry_dialog
    assert dialog.windowTitle() == "Ubah rencana"
    assert dialog.title_edit.text() == "Video guru"
    assert dialog.time_edit.text() == "07.00"
    assert dialog.template_box.currentData() == "ucapan"
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    # A holiday or greeting line is not free space: no dialog.
    star = next(rect for rect, line in month.line_rects(index, D(2026, 11, 25))
                if line.kind == "hari")
    double_click(qtbot, month, star.center())
    assert calendar.entry_dialog is None


def test_a_double_click_that_turns_the_page_plans_nothing(calendar, qtbot):
    """Clicking 1 December in November's grid shows December; the double click's second
    click lands on another day then and must not plan a post there."""
    month = calendar.month
    index = month.dates().index(D(2026, 12, 1))
    cell = month.cell_rect(index)
    pos = QPoint(cell.center().x(), cell.bottom() - 6)
    double_click(qtbot, month, pos)
    wait_idle(calendar, qtbot)
    assert month.anchor.month == 12
    assert calendar.entry_dialog is None
    assert month.date_at(pos) == D(2027, 1, 5)  # what is under the mouse now
    # A December day in December's grid plans as usual.
    cell = month.cell_rect(month.dates().index(D(2026, 12, 15)))
    double_click(qtbot, month, QPoint(cell.center().x(), cell.bottom() - 6))
    assert calendar.entry_dialog is not None
    assert calendar.entry_dialog.date_edit.date().toPython() == D(2026, 12, 15)


def test_the_week_view_plans_on_double_click_too(calendar, qtbot):
    qtbot.mouseClick(calendar.week_button, LEFT)
    wait_idle(calendar, qtbot)
    week = calendar.week
    index = week.dates().index(D(2026, 11, 27))
    cell = week.cell_rect(index)
    double_click(qtbot, week, QPoint(cell.center().x(), cell.bottom() - 20))
    assert calendar.entry_dialog.date_edit.date().toPython() == D(2026, 11, 27)


def test_enter_on_the_selected_day_plans_a_post(calendar, qtbot, plan_path):
    month = calendar.month
    month.setFocus()
    qtbot.keyClick(month, Qt.Key.Key_Right)  # 26 November
    qtbot.keyClick(month, Qt.Key.Key_Right)  # 27 November
    wait_idle(calendar, qtbot)
    qtbot.keyClick(month, Qt.Key.Key_Return)
    dialog = calendar.entry_dialog
    assert dialog.date_edit.date().toPython() == D(2026, 11, 27)
    qtbot.keyClicks(dialog.title_edit, "Jumat berkah")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: len(entries_on(plan_path, D(2026, 11, 27))) == 1, timeout=10000)
    qtbot.waitUntil(lambda: month.window().focusWidget() is month, timeout=5000)  # back


def test_moving_a_post_to_another_date_shows_that_day(calendar, qtbot, plan_path):
    qtbot.mouseClick(panel_button(calendar, QToolButton, "editEntry-guru"), LEFT)
    dialog = calendar.entry_dialog
    dialog.date_edit.setFocus()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Up)  # the day section: 26
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: load_plan(plan_path).entry("guru").date == D(2026, 11, 26),
                    timeout=10000)
    wait_idle(calendar, qtbot)
    assert calendar.panel.date == D(2026, 11, 26)


# -- editing and deleting --------------------------------------------------------------------

def test_ubah_changes_what_the_dialog_shows_and_keeps_the_event_link(calendar, qtbot, tmp_path,
                                                                    plan_path):
    event = plan_path.parent / "kegiatan" / "guru.kegiatan.toml"
    store = PlanFile.open(plan_path)
    store.save(store.plan.with_entry(store.plan.entry("guru").with_event(event)
                                     .with_status("diekspor")), editor="Rina")
    calendar.controller.reload()
    wait_idle(calendar, qtbot)
    qtbot.mouseClick(panel_button(calendar, QToolButton, "editEntry-guru"), LEFT)
    dialog = calendar.entry_dialog
    assert dialog.windowTitle() == "Ubah rencana" and dialog.save_button.text() == "Simpan"
    assert dialog.event_label.isVisible()
    assert "guru.kegiatan.toml" in dialog.event_label.text()
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Video terima kasih guru")
    dialog.time_edit.selectAll()
    qtbot.keyClicks(dialog.time_edit, "9.30")
    qtbot.keyClicks(dialog.pic_edit, "Sari")
    qtbot.keyClick(dialog.pic_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: load_plan(plan_path).entry("guru").title ==
                    "Video terima kasih guru", timeout=10000)
    entry = load_plan(plan_path).entry("guru")
    assert (entry.time, entry.pic, entry.template) == (T(9, 30), "Sari", "ucapan")
    # What the dialog does not show stays: the event, the day it was planned for, the status.
    assert (entry.event, entry.day, entry.status) == (event, "hari-guru-nasional", "diekspor")


def test_hapus_asks_first_and_removes_through_the_save(calendar, qtbot, plan_path):
    select(calendar, D(2026, 11, 26), qtbot)
    qtbot.mouseClick(panel_button(calendar, QToolButton, "removeEntry-lomba"), LEFT)
    question = calendar.question
    assert question.isVisible()
    assert question.text() == "Hapus \u201cPengumuman lomba HUT KORPRI\u201d dari rencana?"
    # The safe answer is the default: Enter or Esc keeps the post.
    assert question.defaultButton().text() == "Batal"
    qtbot.mouseClick(question.findChild(QPushButton, "cancelRemove"), LEFT)
    wait_idle(calendar, qtbot)
    assert load_plan(plan_path).find("lomba") is not None
    qtbot.mouseClick(panel_button(calendar, QToolButton, "removeEntry-lomba"), LEFT)
    question = calendar.question
    qtbot.mouseClick(question.findChild(QPushButton, "confirmRemove"), LEFT)
    qtbot.waitUntil(lambda: load_plan(plan_path).find("lomba") is None, timeout=10000)
    assert load_plan(plan_path).find("guru") is not None
    wait_idle(calendar, qtbot)
    assert calendar.panel.findChild(QToolButton, "removeEntry-lomba") is None


# -- two PICs --------------------------------------------------------------------------------

def test_a_colleagues_other_change_is_merged_without_asking(calendar, qtbot, plan_path):
    other = PlanFile.open(plan_path)
    other.save(other.plan.with_entry(PlanEntry("budi", D(2026, 11, 20), "Liputan posyandu")),
               editor="Budi")
    asked: list[str] = []
    calendar.resolve_conflict = lambda error, retry: asked.append(error)
    dialog = open_add_dialog(calendar, qtbot)
    qtbot.keyClicks(dialog.title_edit, "Jumat bersih")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(e.title == "Jumat bersih"
                                for e in load_plan(plan_path).entries), timeout=10000)
    assert load_plan(plan_path).find("budi") is not None
    assert asked == []


def test_editing_the_post_a_colleague_changed_asks_whose_version(calendar, qtbot, plan_path):
    other = PlanFile.open(plan_path)
    other.save(other.plan.with_entry(replace(other.plan.entry("guru"), title="Video guru SMP")),
               editor="Budi")
    qtbot.mouseClick(panel_button(calendar, QToolButton, "editEntry-guru"), LEFT)
    dialog = calendar.entry_dialog
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Video guru SD")
    asked: list[str] = []
    click_when_asked(qtbot, "Pakai versi saya", asked)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: load_plan(plan_path).entry("guru").title == "Video guru SD",
                    timeout=10000)
    assert asked == ["Budi juga mengubah \u201cVideo guru SD\u201d di rencana sejak Anda "
                     "membukanya."]
    assert load_plan(plan_path).entry("guru").changed_by != "Budi"


def test_deleting_a_post_a_colleague_changed_can_keep_theirs(calendar, qtbot, plan_path):
    other = PlanFile.open(plan_path)
    other.save(other.plan.with_entry(replace(other.plan.entry("guru"), note="Sudah ada foto")),
               editor="Budi")
    asked: list[str] = []
    qtbot.mouseClick(panel_button(calendar, QToolButton, "removeEntry-guru"), LEFT)
    click_when_asked(qtbot, "Pakai versi mereka", asked)
    qtbot.mouseClick(calendar.question.findChild(QPushButton, "confirmRemove"), LEFT)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    wait_idle(calendar, qtbot)
    entry = load_plan(plan_path).find("guru")
    assert entry is not None and entry.note == "Sudah ada foto"
    assert asked == ["Budi juga mengubah \u201cVideo guru\u201d di rencana sejak Anda "
                     "membukanya."]


# -- Buat kegiatan ---------------------------------------------------------------------------

def test_buat_kegiatan_makes_the_event_opens_it_and_marks_the_post_made(calendar, window, qtbot,
                                                                       plan_path):
    select(calendar, D(2026, 11, 26), qtbot)
    button = panel_button(calendar, QPushButton, "makeEvent-lomba")
    assert button.text() == "Buat kegiatan"
    with qtbot.waitSignal(calendar.controller.eventCreated, timeout=20000) as created:
        qtbot.mouseClick(button, LEFT)
    path = created.args[0]
    project = load_project(path)
    assert project.template == "pengumuman"
    assert dict(project.fields) == {"judul": "Pengumuman lomba HUT KORPRI",
                                    "tanggal": "2026-11-26", "zona": "WIB"}
    assert path.parent == plan_path.parent / "kegiatan"
    qtbot.waitUntil(lambda: window.current_screen() == "production", timeout=10000)
    assert window.session.path == path
    assert window.session.field_value("judul") == "Pengumuman lomba HUT KORPRI"
    entry = load_plan(plan_path).entry("lomba")
    assert entry.event == path and entry.status == "dibuat"
    assert entry.note == "Hadiah dari BKPSDM" and entry.pic == "Rina"
    # Back in the calendar the post offers its event, no second one, and is drawn as made.
    window.show_screen("calendar")
    calendar.show_date(D(2026, 11, 26))
    wait_idle(calendar, qtbot)
    assert calendar.panel.findChild(QPushButton, "makeEvent-lomba") is None
    assert calendar.panel.findChild(QPushButton, "openEvent").isEnabled()
    month = calendar.month
    index = month.dates().index(D(2026, 11, 26))
    chip = next(rect for rect, line in month.line_rects(index, D(2026, 11, 26))
                if line.entry_id == "lomba")
    image = month.grab().toImage()
    assert QColor(image.pixel(chip.left() + 1, chip.center().y())).name() == \
        STATUS_COLOURS["dibuat"][0].lower()


def test_buat_kegiatan_on_a_greeting_day_brings_the_time_and_greeting(calendar, qtbot,
                                                                      plan_path):
    button = panel_button(calendar, QPushButton, "makeEvent-guru")
    with qtbot.waitSignal(calendar.controller.eventCreated, timeout=20000) as created:
        qtbot.mouseClick(button, LEFT)
    fields = load_project(created.args[0]).fields
    assert (fields["judul"], fields["tanggal"], fields["waktu"]) == ("Video guru", "2026-11-25",
                                                                     "07:00")
    assert fields["ucapan"] == "Selamat Hari Guru Nasional"


def test_buat_kegiatan_with_a_template_not_installed_says_so(calendar, qtbot, plan_path):
    store = PlanFile.open(plan_path)
    store.save(store.plan.with_entry(replace(store.plan.entry("lomba"), template="poster-lama")),
               editor="Rina")
    select(calendar, D(2026, 11, 26), qtbot)
    qtbot.mouseClick(panel_button(calendar, QPushButton, "makeEvent-lomba"), LEFT)
    question = calendar.question
    assert question.objectName() == "missingTemplate" and question.isVisible()
    assert "poster-lama" in question.text()
    question.accept()
    wait_idle(calendar, qtbot)
    assert not (plan_path.parent / "kegiatan").exists()
    # Editing it offers the missing template as it is, and the installed ones.
    qtbot.mouseClick(panel_button(calendar, QToolButton, "editEntry-lomba"), LEFT)
    box = calendar.entry_dialog.template_box
    assert box.currentData() == "poster-lama"
    assert box.currentText() == "poster-lama (tidak terpasang di komputer ini)"


# -- without a plan, language, layout --------------------------------------------------------

def test_without_a_plan_file_planning_asks_for_one(window, qtbot):
    screen = window.calendar
    window.show_screen("calendar")
    wait_idle(screen, qtbot)
    assert screen.controller.plan_path is None
    assert not screen.panel.add_button.isVisible()
    screen.month.setFocus()
    qtbot.keyClick(screen.month, Qt.Key.Key_Return)
    question = screen.question
    assert question.objectName() == "needPlanQuestion" and question.isVisible()
    assert screen.entry_dialog is None
    cancel = next(b for b in question.buttons() if b.text() == "Batal")
    qtbot.mouseClick(cancel, LEFT)
    assert not question.isVisible()


def test_the_dialog_and_panel_speak_english(calendar, qtbot):
    from gui.i18n import install_language

    install_language("en")
    qtbot.wait(10)
    assert calendar.panel.add_button.text() == "+ Add planned post"
    assert panel_button(calendar, QToolButton, "editEntry-guru").text() == "Edit"
    assert panel_button(calendar, QPushButton, "makeEvent-guru").text() == "Make event"
    dialog = open_add_dialog(calendar, qtbot)
    assert dialog.windowTitle() == "Add planned post"
    assert dialog.labels[0].text() == "&Title"
    assert dialog.date_edit.text().startswith("Wednesday")
    assert dialog.save_button.text() == "Add"


def test_the_panel_and_dialog_fit_a_laptop_screen(calendar, window, qtbot):
    window.production.setMinimumSize(1, 1)  # its own minimum is not the calendar's matter
    for size in ((1366, 728), (1280, 720)):
        window.resize(*size)
        qtbot.wait(50)
        panel = calendar.panel
        add = panel.add_button
        assert add.isVisible()
        assert add.mapTo(panel, add.rect().bottomRight()).y() <= panel.height()
        for name in ("makeEvent-guru", "markUploaded"):
            button = panel.findChild(QPushButton, name)
            assert button.mapTo(panel, button.rect().topRight()).x() < panel.width() - 16
        dialog = open_add_dialog(calendar, qtbot)
        assert dialog.sizeHint().height() < size[1] - 80
        assert dialog.sizeHint().width() < size[0] - 80
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)


def test_the_export_buttons_arrow_has_room_of_its_own(calendar, qtbot, window):
    """The menu arrow sits in a space of its own right of the text, centred like the text
    (Fusion put it in the bottom corner, over the text's last letter)."""
    window.production.setMinimumSize(1, 1)
    for size in ((1366, 728), (1280, 720)):
        window.resize(*size)
        qtbot.wait(50)
        for button in (calendar.export_button, calendar.plan_button):
            image = button.grab().toImage()
            ratio = image.devicePixelRatio()
            inset = int(4 * ratio)  # the border and its rounded corners left out
            ink = [[QColor(image.pixel(x, y)).lightness() < 140
                    for y in range(inset, image.height() - inset)]
                   for x in range(inset, image.width() - inset)]
            runs, start = [], None
            for x, column in enumerate([*ink, [False]]):
                if any(column) and start is None:
                    start = x
                elif not any(column) and start is not None:
                    runs.append((start, x))
                    start = None
            arrow = runs[-1]
            text_end = max(end for _begin, end in runs[:-1])
            assert arrow[0] - text_end >= 10 * ratio, (button.text(), runs)
            rows = [y for x in range(*arrow) for y, dark in enumerate(ink[x]) if dark]
            arrow_middle = (min(rows) + max(rows)) / 2 + inset
            assert abs(arrow_middle - image.height() / 2) <= 3 * ratio, (button.text(), rows)


def test_a_post_planned_in_the_calendar_is_reminded_on_the_start_screen(calendar, window, qtbot,
                                                                       plan_path, monkeypatch):
    monkeypatch.setattr("gui.calendar.controller.today_in",
                        lambda zone, now=None: D(2026, 11, 22))
    select(calendar, D(2026, 11, 23), qtbot)
    dialog = open_add_dialog(calendar, qtbot)
    qtbot.keyClicks(dialog.title_edit, "Senam bersama ASN")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(entries_on(plan_path, D(2026, 11, 23))) == 1, timeout=10000)
    wait_idle(calendar, qtbot)
    qtbot.mouseClick(calendar.home_button, LEFT)
    assert window.current_screen() == "start"
    panel = window.calendar_reminders
    qtbot.waitUntil(lambda: "Besok: Senam bersama ASN — belum dibuat" in panel.texts(),
                    timeout=20000)
