"""The calendar's file dialogs and its one question, in one place (tests replace these).

Native dialogs, as in :mod:`gui.dialogs`: on Windows they speak the system's
language and reach the unit's shared folders the PIC already knows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
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
