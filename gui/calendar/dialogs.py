"""The calendar's file dialogs and its questions, in one place.

Native file dialogs, as in :mod:`gui.dialogs`: on Windows they speak the
system's language and reach the unit's shared folders the PIC already knows.
The questions asked while the calendar keeps working (remove a post, no plan
file yet) open window-modal with ``open()`` and call back with the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from studio.calendar.plan import PLAN_SUFFIX

translate = QCoreApplication.translate


def _start(folder: Path | None) -> str:
    return str(folder) if folder and folder.is_dir() else str(Path.home())


def _plans_filter() -> str:
    plans = translate("CalendarDialogs", "Content plans") + f" (*{PLAN_SUFFIX})"
    return f"{plans};;" + translate("CalendarDialogs", "All files") + " (*)"


def choose_plan_to_open(parent: QWidget, folder: Path | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("CalendarDialogs", "Choose the unit's plan file"), _start(folder),
        _plans_filter())
    return Path(name) if name else None


def choose_plan_to_create(parent: QWidget, folder: Path | None) -> tuple[Path, str] | None:
    """(where, the unit's name) for a new plan file, or None."""
    unit, ok = QInputDialog.getText(
        parent, translate("CalendarDialogs", "New content plan"),
        translate("CalendarDialogs", "Name of the unit (e.g. Diskominfo Kota Cimahi):"))
    if not ok:
        return None
    suggested = Path(_start(folder)) / f"{(unit.strip() or 'kalender-konten')}{PLAN_SUFFIX}"
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("CalendarDialogs", "Save the new plan file"), str(suggested),
        _plans_filter())
    if not name:
        return None
    path = Path(name)
    if not path.name.endswith(PLAN_SUFFIX):
        path = path.with_name(path.name.removesuffix(".toml") + PLAN_SUFFIX)
    return path, unit.strip()


def choose_export_path(parent: QWidget, kind: str, folder: Path | None,
                       suggested: str) -> Path | None:
    """Where to write the .ics or .xlsx (the dialog asks before replacing a file)."""
    if kind == "ics":
        title = translate("CalendarDialogs", "Export to a calendar (.ics)")
        filters = translate("CalendarDialogs", "Calendar files") + " (*.ics)"
    else:
        title = translate("CalendarDialogs", "Export to a spreadsheet (.xlsx)")
        filters = translate("CalendarDialogs", "Excel workbooks") + " (*.xlsx)"
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path(_start(folder)) / suggested),
                                          filters)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == f".{kind}" else path.with_suffix(f".{kind}")


def ask_conflict(parent: QWidget, titles: str, who: str) -> str:
    """"mine", "theirs" or "cancel" when another PIC changed the same planned post."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("CalendarDialogs", "Changed by another PIC"))
    text = translate("CalendarDialogs", "%1 also changed \u201c%2\u201d in the plan since you "
                                        "opened it.")
    box.setText(text.replace("%1", who or translate("CalendarDialogs", "Another PIC"))
                .replace("%2", titles))
    box.setInformativeText(translate("CalendarDialogs", "Which version should the plan keep?"))
    mine = box.addButton(translate("CalendarDialogs", "Keep mine"),
                         QMessageBox.ButtonRole.AcceptRole)
    theirs = box.addButton(translate("CalendarDialogs", "Keep theirs"),
                           QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("CalendarDialogs", "Cancel"),
                           QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(theirs)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "mine" if clicked is mine else "theirs" if clicked is theirs else "cancel"


def ask_remove_entry(parent: QWidget, title: str, has_event: bool,
                     on_remove: Callable[[], None]) -> QMessageBox:
    """Ask before a planned post leaves the plan; ``on_remove`` runs on "Hapus"."""
    box = QMessageBox(parent)
    box.setObjectName("removeEntryQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("CalendarDialogs", "Delete planned post"))
    box.setText(translate("CalendarDialogs", "Delete \u201c%1\u201d from the plan?")
                .replace("%1", title))
    if has_event:
        box.setInformativeText(translate("CalendarDialogs", "Its event file is not deleted; "
                                                            "it can still be opened."))
    else:
        box.setInformativeText(translate("CalendarDialogs", "Other PICs will no longer see it "
                                                            "in the calendar."))
    remove = box.addButton(translate("CalendarDialogs", "Delete"),
                           QMessageBox.ButtonRole.DestructiveRole)
    remove.setObjectName("confirmRemove")
    cancel = box.addButton(translate("CalendarDialogs", "Cancel"),
                           QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("cancelRemove")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _result: on_remove() if box.clickedButton() is remove else None)
    box.open()
    return box


def ask_for_plan(parent: QWidget, on_choice: Callable[[str], None]) -> QMessageBox:
    """No plan file yet: "open" one, make a "new" one, or "cancel"."""
    box = QMessageBox(parent)
    box.setObjectName("needPlanQuestion")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("CalendarDialogs", "Plan file needed"))
    box.setText(translate("CalendarDialogs", "Planned posts are kept in the unit's plan file."))
    box.setInformativeText(translate("CalendarDialogs", "Choose the plan file (it can be in a "
                                                        "shared folder) or make a new one."))
    choose = box.addButton(translate("CalendarDialogs", "Choose plan file…"),
                           QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton(translate("CalendarDialogs", "New plan file…"),
                        QMessageBox.ButtonRole.ActionRole)
    cancel = box.addButton(translate("CalendarDialogs", "Cancel"),
                           QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        clicked = box.clickedButton()
        on_choice("open" if clicked is choose else "new" if clicked is new else "cancel")

    box.finished.connect(finished)
    box.open()
    return box


def tell_missing_template(parent: QWidget, template: str) -> QMessageBox:
    """The post's template is not installed here: say what to do instead."""
    box = QMessageBox(parent)
    box.setObjectName("missingTemplate")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("CalendarDialogs", "Template not installed"))
    box.setText(translate("CalendarDialogs", "The template \u201c%1\u201d is not installed "
                                             "on this computer.").replace("%1", template))
    box.setInformativeText(translate("CalendarDialogs", "Edit the planned post and choose one "
                                                        "of the installed templates, or import "
                                                        "the template first."))
    box.addButton(translate("CalendarDialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
