"""The questions and file dialogs the designer windows ask, in one place.

Errors are shown by the app's one message box, :func:`gui.dialogs.show_error`
(its words from the error table, the technical detail behind "Show details").

Tests replace these functions (or ``QMessageBox``/``QFileDialog`` themselves).
Questions use Qt's standard buttons; their words come from the designer
catalogue (Qt ships no Indonesian), so they read "Ya"/"Tidak" in Bahasa
Indonesia.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog, QMessageBox, QWidget

# The app's one error box, for the designer's windows too (tests replace it here).
from gui.dialogs import show_error  # noqa: F401 - re-exported
from studio.template.package import PackageClash

# lupdate reads translate("Context", "text") calls with literal strings.
translate = QCoreApplication.translate

# Qt's colour dialog has no Indonesian of its own: its words are in the designer
# catalogue under Qt's context (listed here so lupdate keeps them).
QT_COLOUR_DIALOG_STRINGS = (
    QT_TRANSLATE_NOOP("QColorDialog", "Hu&e:"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Sat:"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Val:"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Red:"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Green:"),
    QT_TRANSLATE_NOOP("QColorDialog", "Bl&ue:"),
    QT_TRANSLATE_NOOP("QColorDialog", "A&lpha channel:"),
    QT_TRANSLATE_NOOP("QColorDialog", "&HTML:"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Basic colors"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Custom colors"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Add to Custom Colors"),
    QT_TRANSLATE_NOOP("QColorDialog", "&Pick Screen Color"),
    QT_TRANSLATE_NOOP("QColorDialog", "Select Color"),
    QT_TRANSLATE_NOOP("QColorDialog", "Cursor at %1, %2\nPress ESC to cancel"),
)


def _start(folder: Path | None) -> str:
    return str(folder) if folder and folder.exists() else str(Path.home())


def ask_replace_template(parent: QWidget | None, clash: PackageClash) -> bool:
    """The package's template is installed already: replace it? (the old one goes to
    the trash)."""
    answer = QMessageBox.question(
        parent,
        translate("DesignerDialogs", "Replace?"),
        translate(
            "DesignerDialogs",
            "The template \u201c%1\u201d is already installed (version %2). The package has "
            "version %3.\n\nReplace it? The installed one is kept in the trash.",
        )
        .replace("%1", clash.template_id)
        .replace("%2", clash.existing_version)
        .replace("%3", clash.new_version),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_delete_template(parent: QWidget | None, name: str) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("DesignerDialogs", "Delete template"),
        translate(
            "DesignerDialogs",
            "Delete the template \u201c%1\u201d?\n\nIt is moved to the trash and can be "
            "restored from there.",
        ).replace("%1", name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_changes(parent: QWidget | None, name: str) -> str:
    """ "save", "discard" or "cancel"."""
    answer = QMessageBox.question(
        parent,
        translate("DesignerDialogs", "Unsaved changes"),
        translate("DesignerDialogs", "Save the changes to \u201c%1\u201d before closing?").replace(
            "%1", name
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def choose_color(parent: QWidget | None, initial: str) -> str | None:
    """A colour from Qt's colour dialog as ``#RRGGBB`` (``#RRGGBBAA`` when see-through)."""
    start = QColor(initial[:7]) if initial.startswith("#") else QColor("#0B4F82")
    if initial.startswith("#") and len(initial) == 9:
        start.setAlpha(int(initial[7:9], 16))
    colour = QColorDialog.getColor(
        start,
        parent,
        translate("DesignerDialogs", "Choose a colour"),
        QColorDialog.ColorDialogOption.ShowAlphaChannel,
    )
    if not colour.isValid():
        return None
    text = colour.name(QColor.NameFormat.HexRgb).upper()
    if colour.alpha() < 255:
        text += f"{colour.alpha():02X}"
    return text


def choose_package_to_import(parent: QWidget | None, folder: Path | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("DesignerDialogs", "Import template package"),
        _start(folder),
        translate("DesignerDialogs", "Template packages") + " (*.zip)",
    )
    return Path(name) if name else None


def choose_package_destination(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("DesignerDialogs", "Export template package"),
        str(suggested),
        translate("DesignerDialogs", "Template packages") + " (*.zip)",
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")


def choose_image(parent: QWidget | None, folder: Path | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("DesignerDialogs", "Choose an image"),
        _start(folder),
        translate("DesignerDialogs", "Images") + " (*.png *.jpg *.jpeg *.webp)",
    )
    return Path(name) if name else None


def choose_brand_file(parent: QWidget | None, kind: str) -> Path | None:
    """A font (TTF/OTF), logo (PNG/JPEG/WebP), clip (MP4/MOV) or music bed to copy into the kit."""
    titles = {
        "font": translate("DesignerDialogs", "Import a font"),
        "logo": translate("DesignerDialogs", "Import a logo"),
        "video": translate("DesignerDialogs", "Choose a clip"),
        "music": translate("DesignerDialogs", "Choose music"),
    }
    filters = {
        "font": translate("DesignerDialogs", "Fonts") + " (*.ttf *.otf)",
        "logo": translate("DesignerDialogs", "Images") + " (*.png *.jpg *.jpeg *.webp)",
        "video": translate("DesignerDialogs", "Videos") + " (*.mp4 *.mov)",
        "music": translate("DesignerDialogs", "Audio")
        + " (*.mp3 *.m4a *.aac *.wav *.ogg *.flac)",
    }
    name, _ = QFileDialog.getOpenFileName(parent, titles[kind], _start(None), filters[kind])
    return Path(name) if name else None


def ask_use_instead_of_official(parent: QWidget | None, name: str) -> bool:
    """The imported template has the id of an official one: use it instead?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("DesignerDialogs", "Official template"))
    box.setText(translate("DesignerDialogs", "\u201c%1\u201d has the id of an official "
                          "template. Use the imported one instead of the official one on this "
                          "computer?").replace("%1", name))
    box.setInformativeText(translate("DesignerDialogs", "The official template stays "
                                     "available; you can switch back at any time."))
    use = box.addButton(translate("DesignerDialogs", "Use the imported one"),
                        QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("DesignerDialogs", "Keep the official one"),
                         QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is use
