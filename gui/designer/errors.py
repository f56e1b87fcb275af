"""Errors the designer tools meet (packages, edits, the brand kit) in the user's language.

Codes the app's table (:mod:`gui.error_messages`) does not know are translated
here; everything else goes there. The English message stays as the detail.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.error_messages import ErrorText, describe
from studio.errors import StudioError

# lupdate reads translate("Context", "text") calls with literal strings.
translate = QCoreApplication.translate


def _table() -> dict[str, tuple[str, str]]:
    package_hint = translate(
        "DesignerErrors", "Ask the designer who made it to export it again from Studio Konten."
    )
    return {
        "package.not_found": (translate("DesignerErrors", "The package file was not found."), ""),
        "package.bad_zip": (
            translate(
                "DesignerErrors", "This file is not a template package (.zip) or it is damaged."
            ),
            package_hint,
        ),
        "package.unsafe_path": (
            translate(
                "DesignerErrors",
                "The package contains files that point outside it, so it was refused.",
            ),
            package_hint,
        ),
        "package.bad_member": (
            translate(
                "DesignerErrors", "The package contains a file that does not belong in a template."
            ),
            package_hint,
        ),
        "package.too_many": (
            translate("DesignerErrors", "The package has too many files."),
            package_hint,
        ),
        "package.too_large": (
            translate("DesignerErrors", "The package is too large when unpacked."),
            package_hint,
        ),
        "package.no_manifest": (
            translate(
                "DesignerErrors", "The package holds no template (template.toml is missing)."
            ),
            package_hint,
        ),
        "package.invalid": (
            translate("DesignerErrors", "The template in the package is not valid."),
            package_hint,
        ),
        "package.exists": (translate("DesignerErrors", "This template is already installed."), ""),
        "package.dest_exists": (
            translate("DesignerErrors", "A file with this name exists already."),
            translate("DesignerErrors", "Choose another name."),
        ),
        "edit.template_exists": (
            translate(
                "DesignerErrors", "A template with the id \u201c{template}\u201d exists already."
            ),
            translate("DesignerErrors", "Choose another id."),
        ),
        "edit.builtin": (
            translate("DesignerErrors", "Built-in templates cannot be deleted."),
            translate("DesignerErrors", "Duplicate it and change the copy."),
        ),
        "edit.builtin_files": (
            translate("DesignerErrors", "Files cannot be added to a built-in template."),
            translate("DesignerErrors", "Save the template first: it becomes yours, then add "
                      "the image."),
        ),
        "edit.second_media": (
            translate("DesignerErrors", "A template has at most one photo/video layer."),
            "",
        ),
        "edit.duplicate_layer": (
            translate("DesignerErrors", "A layer with the id \u201c{layer}\u201d exists already."),
            "",
        ),
        "edit.duplicate_field": (
            translate("DesignerErrors", "A field with the key \u201c{field}\u201d exists already."),
            translate("DesignerErrors", "Choose another key."),
        ),
        "edit.bad_id": (
            translate("DesignerErrors", "\u201c{value}\u201d is not a valid id."),
            translate(
                "DesignerErrors", "Use lower-case letters, digits and - (e.g. liputan-rapat)."
            ),
        ),
        "edit.not_overridable": (
            translate("DesignerErrors", "This property is the same for every aspect."),
            translate("DesignerErrors", "Choose \u201cBase design\u201d to change it."),
        ),
        "edit.override_none": (
            translate(
                "DesignerErrors", "A variant cannot remove this; reset the override instead."
            ),
            "",
        ),
        "edit.invalid": (
            translate("DesignerErrors", "This value is not allowed here ({detail})."),
            "",
        ),
        "edit.bad_field": (translate("DesignerErrors", "The field is not valid ({detail})."), ""),
        "edit.bad_asset": (
            translate("DesignerErrors", "Only PNG, JPEG and WebP images can be used."),
            "",
        ),
        "edit.bad_image": (
            translate("DesignerErrors", "This image cannot be read."),
            translate("DesignerErrors", "Use a PNG, JPEG or WebP file."),
        ),
        "edit.bad_font": (
            translate("DesignerErrors", "This font file cannot be read."),
            translate("DesignerErrors", "Use a TTF or OTF font file."),
        ),
        "edit.bad_logo": (
            translate("DesignerErrors", "Logos must be PNG, JPEG or WebP images."),
            "",
        ),
        "edit.bad_video": (translate("DesignerErrors", "Clips must be MP4 or MOV videos."), ""),
        "edit.bad_name": (
            translate("DesignerErrors", "\u201c{value}\u201d is not a valid name."),
            translate("DesignerErrors", "Use letters, digits, - and _ (e.g. logo_acara)."),
        ),
        "edit.too_large": (
            translate("DesignerErrors", "The file is too large."),
            translate("DesignerErrors", "Use a file under 50 MB."),
        ),
        "edit.not_found": (translate("DesignerErrors", "The file was not found."), ""),
        "brand.roundtrip": (
            translate("DesignerErrors", "The brand kit could not be saved safely."),
            translate("DesignerErrors", "Nothing was changed. Please report this."),
        ),
        "template.roundtrip": (
            translate("DesignerErrors", "The template could not be saved safely."),
            translate("DesignerErrors", "Nothing was changed. Please report this."),
        ),
    }


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def describe_error(error: StudioError) -> ErrorText:
    known = _table().get(getattr(error, "code", ""))
    if known is None:
        return describe(error)
    params = _Params({str(k): str(v) for k, v in getattr(error, "params", {}).items()})
    message, hint = known
    file = error.path.name if error.path is not None else ""
    return ErrorText(message.format_map(params), hint.format_map(params), file, error.one_line())
