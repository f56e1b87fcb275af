"""Core errors in the user's language, by code.

The core raises :class:`~studio.errors.StudioError` with a stable ``code``
(``"export.disk_full"``), ``params`` and an English ``message`` for the command
line. Here each code has a translatable sentence and hint; an unknown code
falls back to its family (``"export"``), and the English text is kept as the
detail so nothing a helpdesk needs is lost.

Messages use ``{name}`` placeholders filled from the error's params plus
``file`` (the file's name). Translations must keep the placeholders.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from studio.errors import StudioError


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text) if text else ""




@dataclass(frozen=True)
class ErrorText:
    """What the GUI shows: one sentence, what to do, which file, the English detail."""

    message: str
    hint: str
    file: str
    detail: str

    def one_line(self) -> str:
        parts = [f"{self.file}: " if self.file else "", self.message]
        if self.hint:
            parts.append(f" — {self.hint}")
        return "".join(parts)


# code -> (message, hint) in English, marked for lupdate; translated when shown so the
# text follows the language chosen at that moment.
_MESSAGES: dict[str, tuple[str, str]] = {
    "media.unreadable": (
        QT_TRANSLATE_NOOP("Errors", "This file cannot be read as a photo."),
        QT_TRANSLATE_NOOP("Errors", "Check that the file is a photo and not damaged."),
    ),
    "media.unsupported": (
        QT_TRANSLATE_NOOP("Errors", "This file type is not supported."),
        QT_TRANSLATE_NOOP("Errors", "Use JPEG, PNG, HEIC or WebP photos, or MP4/MOV videos."),
    ),
    "media.not_found": (
        QT_TRANSLATE_NOOP("Errors", "The file was not found."),
        QT_TRANSLATE_NOOP("Errors", "It may have been moved or deleted. Add it again."),
    ),
    "media.too_large": (
        QT_TRANSLATE_NOOP("Errors", "The photo is too large to open safely."),
        QT_TRANSLATE_NOOP("Errors", "Use a smaller photo (up to about 90 megapixels)."),
    ),
    "media.empty": (
        QT_TRANSLATE_NOOP("Errors", "The file is empty."),
        QT_TRANSLATE_NOOP("Errors", "Copy the file again from the camera."),
    ),
    "media.truncated": (
        QT_TRANSLATE_NOOP("Errors", "The file is incomplete."),
        QT_TRANSLATE_NOOP("Errors", "Copy the file again from the camera or phone."),
    ),
    "media.not_file": (
        QT_TRANSLATE_NOOP("Errors", "This is a folder or a special file, not a photo."),
        QT_TRANSLATE_NOOP("Errors", "Choose the photo files themselves."),
    ),
    "media.permission": (
        QT_TRANSLATE_NOOP("Errors", "You do not have permission to read this file."),
        QT_TRANSLATE_NOOP("Errors", "Copy the file to your own folder first."),
    ),
    "media.corrupt": (
        QT_TRANSLATE_NOOP("Errors", "The photo is damaged."),
        QT_TRANSLATE_NOOP("Errors", "Copy the file again from the camera or phone."),
    ),
    "media.not_image": (
        QT_TRANSLATE_NOOP("Errors", "This file is not a photo."),
        QT_TRANSLATE_NOOP("Errors", "Check that you chose the right file."),
    ),
    "media.missing": (
        QT_TRANSLATE_NOOP("Errors", "The file was not found."),
        QT_TRANSLATE_NOOP("Errors", "It may have been moved or deleted. Add it again."),
    ),
    "media.crash": (
        QT_TRANSLATE_NOOP("Errors", "This photo made the image tool stop."),
        QT_TRANSLATE_NOOP("Errors", "Save the photo again in another program, then retry."),
    ),
    "export.verify": (
        QT_TRANSLATE_NOOP("Errors", "The written file could not be checked."),
        QT_TRANSLATE_NOOP("Errors", "Check the disk, then export again."),
    ),
    "project.no_platforms": (
        QT_TRANSLATE_NOOP("Errors", "No platform is chosen."),
        QT_TRANSLATE_NOOP("Errors", "Choose at least one platform."),
    ),
    "template.no_video": (
        QT_TRANSLATE_NOOP("Errors", "This template is not made for videos."),
        QT_TRANSLATE_NOOP("Errors", "Choose a template for videos, or use photos."),
    ),
    "carousel.no_photos": (
        QT_TRANSLATE_NOOP("Errors", "The carousel has no photo that can be used."),
        QT_TRANSLATE_NOOP("Errors", "Add photos to the event, or choose one post per photo."),
    ),
    "carousel.no_pages": (
        QT_TRANSLATE_NOOP("Errors", "This template makes no carousel."),
        QT_TRANSLATE_NOOP("Errors", "Choose Liputan Kegiatan, or one post per photo."),
    ),
    "video.cover_time": (
        QT_TRANSLATE_NOOP("Errors", "The cover's moment is after the end of the clip."),
        QT_TRANSLATE_NOOP("Errors", "Pick the cover on the clip again."),
    ),
    "batch.memory": (
        QT_TRANSLATE_NOOP("Errors", "There is not enough memory."),
        QT_TRANSLATE_NOOP("Errors", "Close other programs and export again."),
    ),
    "batch.busy": (
        QT_TRANSLATE_NOOP("Errors", "Another export is writing into this folder."),
        QT_TRANSLATE_NOOP("Errors", "Wait for it to finish or choose another folder."),
    ),
    "batch.folder_taken": (
        QT_TRANSLATE_NOOP("Errors", "This folder holds the export of another event "
                                    "(\u201c{owner}\u201d)."),
        QT_TRANSLATE_NOOP("Errors", "Export into a folder of its own."),
    ),
    "batch.output_is_source": (
        QT_TRANSLATE_NOOP("Errors", "The output would replace its own original."),
        QT_TRANSLATE_NOOP("Errors", "Choose another output folder or file-name pattern."),
    ),
    "export.name_too_long": (
        QT_TRANSLATE_NOOP("Errors", "A file or folder name is too long."),
        QT_TRANSLATE_NOOP("Errors", "Use a shorter file-name pattern or shorter details."),
    ),
    "render.too_complex": (
        QT_TRANSLATE_NOOP("Errors", "The design is too complex to draw."),
        QT_TRANSLATE_NOOP("Errors", "Ask the designer to simplify the template."),
    ),
    "brand.bad_font": (
        QT_TRANSLATE_NOOP("Errors", "A font of the brand kit is not a valid font file."),
        QT_TRANSLATE_NOOP("Errors", "Ask the designer to replace the font."),
    ),
    "internal.os_error": (
        QT_TRANSLATE_NOOP("Errors", "A file could not be read or written."),
        QT_TRANSLATE_NOOP("Errors", "Check the disk and the file, then try again."),
    ),
    "batch.journal": (
        QT_TRANSLATE_NOOP("Errors", "The export record in the output folder cannot be "
                                    "written."),
        QT_TRANSLATE_NOOP("Errors", "Check the disk or choose another output folder."),
    ),
    "caption.missing_field": (
        QT_TRANSLATE_NOOP("Errors", "The caption needs a detail that is empty."),
        QT_TRANSLATE_NOOP("Errors", "Fill in the event details."),
    ),
    "caption.field_too_long": (
        QT_TRANSLATE_NOOP("Errors", "A detail is too long for the caption."),
        QT_TRANSLATE_NOOP("Errors", "Shorten the text."),
    ),
    "caption.bad_value": (
        QT_TRANSLATE_NOOP("Errors", "A detail has a value the caption cannot use."),
        QT_TRANSLATE_NOOP("Errors", "Check the date and time."),
    ),
    "video.bad_trim": (
        QT_TRANSLATE_NOOP("Errors", "The clip's start and end do not fit the video."),
        QT_TRANSLATE_NOOP("Errors", "Set the start and end again."),
    ),
    "video.ffmpeg_failed": (
        QT_TRANSLATE_NOOP("Errors", "The video could not be made."),
        QT_TRANSLATE_NOOP("Errors", "Try again; if it fails again, report it."),
    ),
    "video.no_frame": (
        QT_TRANSLATE_NOOP("Errors", "No picture could be read at this moment of the video."),
        QT_TRANSLATE_NOOP("Errors", "Choose another moment."),
    ),
    "video.platform_no_video": (
        QT_TRANSLATE_NOOP("Errors", "This platform size is for photos only."),
        QT_TRANSLATE_NOOP("Errors", "Untick it for videos or use a photo."),
    ),
    "video.template_no_video": (
        QT_TRANSLATE_NOOP("Errors", "This template is not made for videos."),
        QT_TRANSLATE_NOOP("Errors", "Choose a template for videos, or use photos."),
    ),
    "video.too_long": (
        QT_TRANSLATE_NOOP("Errors", "The clip is longer than the platform allows."),
        QT_TRANSLATE_NOOP("Errors", "Set an earlier end for the clip."),
    ),
    "video.too_long_for_size": (
        QT_TRANSLATE_NOOP("Errors", "The clip is too long to stay under the platform's file "
                                    "size."),
        QT_TRANSLATE_NOOP("Errors", "Keep a shorter part of the clip."),
    ),
    "video.too_big": (
        QT_TRANSLATE_NOOP("Errors", "The video file is larger than the platform allows."),
        QT_TRANSLATE_NOOP("Errors", "Keep a shorter part of the clip."),
    ),
    "video.brand_clip": (
        QT_TRANSLATE_NOOP("Errors", "The brand's intro or outro clip cannot be used."),
        QT_TRANSLATE_NOOP("Errors", "Ask the designer to check the brand kit."),
    ),
    "video.no_ffmpeg": (
        QT_TRANSLATE_NOOP("Errors", "The video tool (ffmpeg) is missing."),
        QT_TRANSLATE_NOOP("Errors", "Reinstall Studio Konten Cimahi."),
    ),
    "video.not_found": (
        QT_TRANSLATE_NOOP("Errors", "The video file was not found."),
        QT_TRANSLATE_NOOP("Errors", "It may have been moved or deleted. Add it again."),
    ),
    "video.unreadable": (
        QT_TRANSLATE_NOOP("Errors", "This video cannot be read."),
        QT_TRANSLATE_NOOP("Errors", "Check that the file is a video and not damaged."),
    ),
    "video.invalid": (
        QT_TRANSLATE_NOOP("Errors", "This video cannot be read."),
        QT_TRANSLATE_NOOP("Errors", "Check that the file is a video and not damaged."),
    ),
    "video.empty": (
        QT_TRANSLATE_NOOP("Errors", "The video file is empty."),
        QT_TRANSLATE_NOOP("Errors", "Copy the file again."),
    ),
    "video.truncated": (
        QT_TRANSLATE_NOOP("Errors", "The video file is incomplete."),
        QT_TRANSLATE_NOOP("Errors", "Copy the file again from the camera or phone."),
    ),
    "video.no_video_stream": (
        QT_TRANSLATE_NOOP("Errors", "The file has no picture (audio only?)."),
        QT_TRANSLATE_NOOP("Errors", "Choose a video with picture."),
    ),
    "video.still_image": (
        QT_TRANSLATE_NOOP("Errors", "This is a still image, not a video."),
        QT_TRANSLATE_NOOP("Errors", "Add it as a photo instead."),
    ),
    "video.timeout": (
        QT_TRANSLATE_NOOP("Errors", "The video tool took too long and was stopped."),
        QT_TRANSLATE_NOOP("Errors", "Try again, or use a shorter clip."),
    ),
    "video.encode_failed": (
        QT_TRANSLATE_NOOP("Errors", "The video could not be made."),
        QT_TRANSLATE_NOOP("Errors", "Try again; if it fails again, report it."),
    ),
    "export.exists": (
        QT_TRANSLATE_NOOP("Errors", "A file with this name already exists."),
        QT_TRANSLATE_NOOP("Errors", "Choose another folder or tick \u201cReplace existing "
                                    "files\u201d."),
    ),
    "export.disk_full": (
        QT_TRANSLATE_NOOP("Errors", "The disk is full."),
        QT_TRANSLATE_NOOP("Errors", "Free some space or choose another drive."),
    ),
    "export.read_only": (
        QT_TRANSLATE_NOOP("Errors", "Cannot write in this folder."),
        QT_TRANSLATE_NOOP("Errors", "Choose another output folder."),
    ),
    "export.os_error": (
        QT_TRANSLATE_NOOP("Errors", "The file could not be written."),
        QT_TRANSLATE_NOOP("Errors", "Check the output folder."),
    ),
    "export.too_big": (
        QT_TRANSLATE_NOOP("Errors", "The file is larger than the platform allows."),
        QT_TRANSLATE_NOOP("Errors", "Use a simpler photo or another platform."),
    ),
    "export.bad_pattern": (
        QT_TRANSLATE_NOOP("Errors", "The file-name pattern is not valid."),
        QT_TRANSLATE_NOOP("Errors", "Use {platform}, {name}, {template}, {index}, {judul}, "
                                    "{tanggal}."),
    ),
    "render.text_overflow": (
        QT_TRANSLATE_NOOP("Errors", "The text is too long for its place in the design."),
        QT_TRANSLATE_NOOP("Errors", "Shorten the text."),
    ),
    "template.unknown": (
        QT_TRANSLATE_NOOP("Errors", "The template \u201c{template}\u201d is not installed."),
        QT_TRANSLATE_NOOP("Errors", "Choose another template."),
    ),
    "template.invalid": (
        QT_TRANSLATE_NOOP("Errors", "The template is not valid ({where})."),
        QT_TRANSLATE_NOOP("Errors", "Ask the designer to fix the template."),
    ),
    "template.undefined_field": (
        QT_TRANSLATE_NOOP("Errors", "The template uses a field it does not define."),
        QT_TRANSLATE_NOOP("Errors", "Ask the designer to fix the template."),
    ),
    "template.not_found": (
        QT_TRANSLATE_NOOP("Errors", "This folder holds no template."),
        "",
    ),
    "template.asset_missing": (
        QT_TRANSLATE_NOOP("Errors", "A file of the template is missing."),
        QT_TRANSLATE_NOOP("Errors", "Ask the designer to fix the template."),
    ),
    "brand.not_found": (
        QT_TRANSLATE_NOOP("Errors", "The brand kit was not found."),
        QT_TRANSLATE_NOOP("Errors", "Reinstall Studio Konten Cimahi."),
    ),
    "brand.missing_file": (
        QT_TRANSLATE_NOOP("Errors", "A file of the brand kit is missing."),
        QT_TRANSLATE_NOOP("Errors", "Put the file back or ask the designer."),
    ),
    "project.not_found": (
        QT_TRANSLATE_NOOP("Errors", "The event file was not found."),
        QT_TRANSLATE_NOOP("Errors", "It may have been moved or deleted."),
    ),
    "project.invalid": (
        QT_TRANSLATE_NOOP("Errors", "The event file is not valid."),
        QT_TRANSLATE_NOOP("Errors", "Fix it in a text editor or create the event again."),
    ),
    "project.syntax": (
        QT_TRANSLATE_NOOP("Errors", "The event file is damaged."),
        QT_TRANSLATE_NOOP("Errors", "Fix it in a text editor or create the event again."),
    ),
    "project.encoding": (
        QT_TRANSLATE_NOOP("Errors", "The event file is not text."),
        "",
    ),
    "project.schema": (
        QT_TRANSLATE_NOOP("Errors", "The event was made by a newer version of the app."),
        QT_TRANSLATE_NOOP("Errors", "Update Studio Konten Cimahi to open it."),
    ),
    "project.too_large": (
        QT_TRANSLATE_NOOP("Errors", "The event file is too large."),
        "",
    ),
    "project.unreadable": (
        QT_TRANSLATE_NOOP("Errors", "The event file cannot be read."),
        QT_TRANSLATE_NOOP("Errors", "Check the file."),
    ),
    "project.roundtrip": (
        QT_TRANSLATE_NOOP("Errors", "The event could not be saved safely."),
        QT_TRANSLATE_NOOP("Errors", "The previous file was kept. Please report this."),
    ),
    "project.media_missing": (
        QT_TRANSLATE_NOOP("Errors", "A photo or video of this event is missing."),
        QT_TRANSLATE_NOOP("Errors", "Remove it from the list or add it again."),
    ),
    "project.media_moved": (
        QT_TRANSLATE_NOOP("Errors", "A photo or video was found in a new place."),
        "",
    ),
    "caption.unknown": (
        QT_TRANSLATE_NOOP("Errors", "The caption template \u201c{caption}\u201d is not installed."),
        "",
    ),
    "caption.invalid": (
        QT_TRANSLATE_NOOP("Errors", "The caption template is not valid."),
        QT_TRANSLATE_NOOP("Errors", "Ask the designer to fix it."),
    ),
    "caption.timeout": (
        QT_TRANSLATE_NOOP("Errors", "The caption took too long to make."),
        "",
    ),
    "batch.cancelled": (
        QT_TRANSLATE_NOOP("Errors", "The export was cancelled."),
        "",
    ),
    "internal": (
        QT_TRANSLATE_NOOP("Errors", "Something unexpected went wrong."),
        QT_TRANSLATE_NOOP("Errors", "Try again; if it happens again, report it with the details."),
    ),
}

_FAMILIES: dict[str, str] = {
    "carousel":
        QT_TRANSLATE_NOOP("Errors", "The carousel could not be made."),
    "media":
        QT_TRANSLATE_NOOP("Errors", "This photo or video cannot be used."),
    "video":
        QT_TRANSLATE_NOOP("Errors", "There is a problem with this video."),
    "export":
        QT_TRANSLATE_NOOP("Errors", "The file could not be written."),
    "render":
        QT_TRANSLATE_NOOP("Errors", "The design could not be made."),
    "template":
        QT_TRANSLATE_NOOP("Errors", "There is a problem with the template."),
    "package":
        QT_TRANSLATE_NOOP("Errors", "The template package cannot be used."),
    "brand":
        QT_TRANSLATE_NOOP("Errors", "There is a problem with the brand kit."),
    "project":
        QT_TRANSLATE_NOOP("Errors", "There is a problem with the event file."),
    "caption":
        QT_TRANSLATE_NOOP("Errors", "The caption could not be made."),
    "batch":
        QT_TRANSLATE_NOOP("Errors", "The export had a problem."),
    "platforms":
        QT_TRANSLATE_NOOP("Errors", "There is a problem with the platform list."),
}

class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def describe(error: StudioError) -> ErrorText:
    """The error in the current language (falls back to its family, then to English)."""
    code = getattr(error, "code", "error") or "error"
    file = error.path.name if getattr(error, "path", None) is not None else ""
    detail = error.one_line() if isinstance(error, StudioError) else str(error)
    params = _Params({str(k): str(v) for k, v in getattr(error, "params", {}).items()})
    params.setdefault("file", file)
    known = _MESSAGES.get(code)
    if known is not None:
        message, hint = known
        return ErrorText(_t(message).format_map(params), _t(hint).format_map(params), file,
                         detail)
    family = _FAMILIES.get(code.split(".", 1)[0])
    if family is not None:
        return ErrorText(_t(family), "", file, detail)
    return ErrorText(getattr(error, "message", str(error)), getattr(error, "hint", ""), file,
                     detail)


def warning_text(code: str, layer: str = "") -> str:
    """A render warning (``text_overflow``...) in the user's language."""
    if code == "text_overflow":
        return QCoreApplication.translate(
            "Errors", "The text is too long for its place and was shortened.")
    return QCoreApplication.translate("Errors",
                                      "The design has a warning ({code}).").format(code=code)
