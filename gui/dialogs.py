"""The file dialogs and questions the app asks, in one place (tests replace these).

Native file dialogs are used: on Windows and macOS they speak the system's
language, which Qt's own dialog would not do in Indonesian. Message boxes get
their button texts from here, since Qt has no Indonesian for its own.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from studio.media import PHOTO_EXTENSIONS, VIDEO_EXTENSIONS
from studio.project import PROJECT_SUFFIX

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


def _start(folder: Path | None) -> str:
    return str(folder) if folder and folder.is_dir() else str(Path.home())


def choose_media_files(parent: QWidget, folder: Path | None) -> list[Path]:
    photos = " ".join(f"*{e}" for e in PHOTO_EXTENSIONS)
    videos = " ".join(f"*{e}" for e in VIDEO_EXTENSIONS)
    filters = ";;".join([
        translate("Dialogs", "Photos and videos") + f" ({photos} {videos})",
        translate("Dialogs", "Photos") + f" ({photos})",
        translate("Dialogs", "Videos") + f" ({videos})",
        translate("Dialogs", "All files") + " (*)",
    ])
    title = translate("Dialogs", "Add photos or videos")
    names, _ = QFileDialog.getOpenFileNames(parent, title, _start(folder), filters)
    return [Path(n) for n in names]


def choose_output_folder(parent: QWidget, folder: Path | None) -> Path | None:
    title = translate("Dialogs", "Choose the output folder")
    name = QFileDialog.getExistingDirectory(parent, title, _start(folder))
    return Path(name) if name else None


def choose_event_to_open(parent: QWidget, folder: Path | None) -> Path | None:
    events = translate("Dialogs", "Events") + f" (*{PROJECT_SUFFIX})"
    everything = translate("Dialogs", "All files") + " (*)"
    name, _ = QFileDialog.getOpenFileName(parent, translate("Dialogs", "Open event"),
                                          _start(folder), f"{events};;{everything}")
    return Path(name) if name else None


def choose_event_to_save(parent: QWidget, folder: Path | None, suggested: str) -> Path | None:
    start = Path(_start(folder)) / suggested
    events = translate("Dialogs", "Events") + f" (*{PROJECT_SUFFIX})"
    name, _ = QFileDialog.getSaveFileName(parent, translate("Dialogs", "Save event"),
                                          str(start), events)
    if not name:
        return None
    path = Path(name)
    if not path.name.endswith(PROJECT_SUFFIX):
        path = path.with_name(path.name.removesuffix(".toml") + PROJECT_SUFFIX)
    return path


def ask_save_changes(parent: QWidget, name: str) -> str:
    """"save", "discard" or "cancel" for an event with unsaved changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "Unsaved changes"))
    question = translate("Dialogs", "Save the changes to \u201c%1\u201d?")
    box.setText(question.replace("%1", name))
    box.setInformativeText(translate("Dialogs", "If you do not save, the changes are lost."))
    save = box.addButton(translate("Dialogs", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("Dialogs", "Don't save"),
                            QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "save"
    if clicked is discard:
        return "discard"
    return "cancel"


def ask_stop_export(parent: QWidget) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Dialogs", "Export in progress"))
    box.setText(translate("Dialogs", "An export is still running. Stop it and close?"))
    stop = box.addButton(translate("Dialogs", "Stop and close"),
                         QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("Dialogs", "Keep exporting"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is stop


def ask_folder_taken(parent: QWidget, owner: str, subfolder: Path) -> str | None:
    """Another event's export is in the chosen folder: "subfolder", "choose", "share" or None.

    Never a silent overwrite: the officer picks a folder of the event's own
    (suggested inside the chosen one), another folder, or to share it - the
    other event's files may then be replaced.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "Folder already used"))
    text = translate("Dialogs", "This folder holds the export of another event, "
                                "\u201c%1\u201d. Its files could be replaced.")
    box.setText(text.replace("%1", owner))
    info = translate("Dialogs", "Save this event in its own folder \u201c%1\u201d inside it?")
    box.setInformativeText(info.replace("%1", subfolder.name))
    own = box.addButton(translate("Dialogs", "Use its own folder"),
                        QMessageBox.ButtonRole.AcceptRole)
    choose = box.addButton(translate("Dialogs", "Choose another folder…"),
                           QMessageBox.ButtonRole.ActionRole)
    share = box.addButton(translate("Dialogs", "Use this folder anyway"),
                          QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(own)
    box.setEscapeButton(cancel)
    box.exec()
    return {own: "subfolder", choose: "choose", share: "share"}.get(box.clickedButton())


def ask_restore_event(parent: QWidget, name: str, saved_at: str, more: int) -> str:
    """After a crash: "restore", "discard" or "later" for an event that was not saved.

    ``saved_at`` is when it was last kept (local time, already formatted); ``more``
    how many other unsaved events wait after this one.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "Restore unsaved event?"))
    box.setText(translate("Dialogs", "Restore the event that was not saved?"))
    info = translate("Dialogs", "Studio Konten Cimahi closed before “%1” was saved. "
                                "The changes up to %2 were kept.").replace(
        "%1", name).replace("%2", saved_at)
    if more:
        info += "\n\n" + translate("Dialogs", "%n more unsaved event(s) will be offered "
                                               "after this one.", "", more)
    box.setInformativeText(info)
    restore = box.addButton(translate("Dialogs", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("Dialogs", "Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(translate("Dialogs", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return "restore"
    if clicked is discard:
        return "discard"
    return "later"


def ask_export_without_media(parent: QWidget, template_name: str) -> str:
    """The template is made for a photo and the event has none to use: "add" (choose
    photos or videos), "export" (export the design without one) or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Dialogs", "No photo or video"))
    text = translate("Dialogs", "The template \u201c%1\u201d is made for a photo or video, "
                                "and this event has none that can be used.")
    box.setText(text.replace("%1", template_name))
    box.setInformativeText(translate("Dialogs", "Add photos or videos first, or export the "
                                                "design without a photo?"))
    add = box.addButton(translate("Dialogs", "Add photos or videos…"),
                        QMessageBox.ButtonRole.AcceptRole)
    bare = box.addButton(translate("Dialogs", "Export without a photo"),
                         QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(add)
    box.setEscapeButton(cancel)
    box.exec()
    return {add: "add", bare: "export"}.get(box.clickedButton(), "cancel")


def show_error(parent: QWidget, title: str, error) -> None:
    """A core error in a calm message box (translated; the English detail on request)."""
    from gui.error_messages import describe

    # The support log keeps what the officer was told (code and file, never field values).
    log.warning("shown: %s: %s", getattr(error, "code", "error"),
                error.one_line() if hasattr(error, "one_line") else repr(error))
    text = describe(error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText((f"{text.file}: " if text.file else "") + text.message)
    if text.hint:
        box.setInformativeText(text.hint)
    box.setDetailedText(text.detail)
    box.addButton(translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
