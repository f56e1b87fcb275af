"""The core's codes in the user's language: one table for the whole app.

The core raises :class:`~studio.errors.StudioError` with a stable ``code``
(``"export.disk_full"``), ``params`` and an English ``message`` for the command
line; :data:`studio.errors.ERROR_CODES` lists every code with the params each
raise passes. Here each code has a translatable sentence and hint, for the
event screens and the designer's tools alike. A code this version does not
know falls back to its family (``"export"``), and the English text is kept as
the detail so nothing a helpdesk needs is lost. Render warnings
(:data:`studio.errors.WARNING_CODES`) have their words here too.

Messages use ``{name}`` placeholders filled from the error's params plus
``file`` (the file's name); translations keep the placeholders. A placeholder
the error does not fill is never shown: the family's words are used instead.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from studio.errors import StudioError

CONTEXT = "Errors"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


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

    def sentence(self) -> str:
        """What went wrong and what to do, as one run of text (a refusal in a list)."""
        return f"{self.message} {self.hint}".strip()


_CHECK_PHOTO = QT_TRANSLATE_NOOP("Errors", "Copy the file again from the camera or phone.")
_ADD_AGAIN = QT_TRANSLATE_NOOP("Errors", "It may have been moved or deleted. Add it again.")
_CHECK_VIDEO = QT_TRANSLATE_NOOP("Errors", "Check that the file is a video and not damaged.")
_RETRY_REPORT = QT_TRANSLATE_NOOP("Errors", "Try again; if it fails again, report it.")
_REINSTALL = QT_TRANSLATE_NOOP("Errors", "Reinstall Studio Konten Cimahi.")
_VIDEO_TEMPLATE = QT_TRANSLATE_NOOP("Errors", "Choose a template for videos, or use photos.")
_SHORTER_CLIP = QT_TRANSLATE_NOOP("Errors", "Keep a shorter part of the clip.")
_FIX_TEMPLATE = QT_TRANSLATE_NOOP("Errors", "Ask the designer to fix the template.")
_FIX_CAPTION = QT_TRANSLATE_NOOP("Errors", "Ask the designer to fix it.")
_CHECK_BRAND = QT_TRANSLATE_NOOP("Errors", "Ask the designer to check the brand kit.")
_FIX_EVENT = QT_TRANSLATE_NOOP("Errors", "Fix it in a text editor or create the event again.")
_REPACK = QT_TRANSLATE_NOOP("Errors", "Ask the designer who made it to export it again from "
                                      "Studio Konten.")
_REPORT = QT_TRANSLATE_NOOP("Errors", "Nothing was changed. Please report this.")
_OTHER_OUTPUT = QT_TRANSLATE_NOOP("Errors", "Choose another output folder.")
_PUBLISH_AGAIN = QT_TRANSLATE_NOOP("Errors", "Do not use it; ask the designer to publish it "
                                             "again.")

# code -> (message, hint) in English, marked for lupdate; translated when shown so the
# text follows the language chosen at that moment.
_MESSAGES: dict[str, tuple[str, str]] = {
    "internal": (
        QT_TRANSLATE_NOOP("Errors", "Something unexpected went wrong."),
        QT_TRANSLATE_NOOP("Errors", "Try again; if it happens again, report it with the details."),
    ),
    # -- photos and videos ------------------------------------------------------------------
    "media.unreadable": (
        QT_TRANSLATE_NOOP("Errors", "This file cannot be read as a photo."),
        QT_TRANSLATE_NOOP("Errors", "Check that the file is a photo and not damaged."),
    ),
    "media.unsupported": (
        QT_TRANSLATE_NOOP("Errors", "This file type is not supported."),
        QT_TRANSLATE_NOOP("Errors", "Use JPEG, PNG, HEIC or WebP photos, or MP4/MOV videos."),
    ),
    "media.not_found": (QT_TRANSLATE_NOOP("Errors", "The file was not found."), _ADD_AGAIN),
    "media.too_large": (
        QT_TRANSLATE_NOOP("Errors", "The photo is too large to open safely."),
        QT_TRANSLATE_NOOP("Errors", "Use a smaller photo (up to about 90 megapixels)."),
    ),
    "media.empty": (
        QT_TRANSLATE_NOOP("Errors", "The file is empty."),
        QT_TRANSLATE_NOOP("Errors", "Copy the file again from the camera."),
    ),
    "media.truncated": (QT_TRANSLATE_NOOP("Errors", "The file is incomplete."), _CHECK_PHOTO),
    "media.not_file": (
        QT_TRANSLATE_NOOP("Errors", "This is a folder or a special file, not a photo."),
        QT_TRANSLATE_NOOP("Errors", "Choose the photo files themselves."),
    ),
    "media.permission": (
        QT_TRANSLATE_NOOP("Errors", "You do not have permission to read this file."),
        QT_TRANSLATE_NOOP("Errors", "Copy the file to your own folder first."),
    ),
    "media.corrupt": (QT_TRANSLATE_NOOP("Errors", "The photo is damaged."), _CHECK_PHOTO),
    "media.not_image": (
        QT_TRANSLATE_NOOP("Errors", "This file is not a photo."),
        QT_TRANSLATE_NOOP("Errors", "Check that you chose the right file."),
    ),
    "media.missing": (QT_TRANSLATE_NOOP("Errors", "The file was not found."), _ADD_AGAIN),
    "media.crash": (
        QT_TRANSLATE_NOOP("Errors", "This photo made the image tool stop."),
        QT_TRANSLATE_NOOP("Errors", "Save the photo again in another program, then retry."),
    ),
    "media.too_much_memory": (
        QT_TRANSLATE_NOOP("Errors", "Opening this photo would need too much memory."),
        QT_TRANSLATE_NOOP("Errors", "Save it as an 8-bit JPEG or at a smaller size."),
    ),
    "video.no_ffmpeg": (
        QT_TRANSLATE_NOOP("Errors", "The video tool (ffmpeg) is missing."), _REINSTALL,
    ),
    "video.not_found": (
        QT_TRANSLATE_NOOP("Errors", "The video file was not found."), _ADD_AGAIN,
    ),
    "video.unreadable": (QT_TRANSLATE_NOOP("Errors", "This video cannot be read."), _CHECK_VIDEO),
    "video.invalid": (QT_TRANSLATE_NOOP("Errors", "This video cannot be read."), _CHECK_VIDEO),
    "video.empty": (
        QT_TRANSLATE_NOOP("Errors", "The video file is empty."),
        QT_TRANSLATE_NOOP("Errors", "Copy the file again."),
    ),
    "video.truncated": (
        QT_TRANSLATE_NOOP("Errors", "The video file is incomplete."), _CHECK_PHOTO,
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
    "video.bad_trim": (
        QT_TRANSLATE_NOOP("Errors", "The clip's start and end do not fit the video."),
        QT_TRANSLATE_NOOP("Errors", "Set the start and end again."),
    ),
    "video.ffmpeg_failed": (
        QT_TRANSLATE_NOOP("Errors", "The video could not be made."), _RETRY_REPORT,
    ),
    "video.ffmpeg_killed": (
        QT_TRANSLATE_NOOP("Errors", "The video tool was stopped by the computer before the "
                                    "video was finished."),
        QT_TRANSLATE_NOOP("Errors", "Close other programs and export again; the finished "
                                    "files are kept."),
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
        QT_TRANSLATE_NOOP("Errors", "This template is not made for videos."), _VIDEO_TEMPLATE,
    ),
    "video.too_long": (
        QT_TRANSLATE_NOOP("Errors", "The clip is longer than the platform allows."),
        QT_TRANSLATE_NOOP("Errors", "Set an earlier end for the clip."),
    ),
    "recap.too_long": (
        QT_TRANSLATE_NOOP("Errors", "The recap is longer than the platform allows "
                                    "({limit} seconds)."),
        QT_TRANSLATE_NOOP("Errors", "Choose a shorter recap, fewer photos, or turn the intro "
                                    "off."),
    ),
    "recap.bad_duration": (
        QT_TRANSLATE_NOOP("Errors", "A recap is 15 to 60 seconds long."),
        QT_TRANSLATE_NOOP("Errors", "Choose a length from 15 to 60 seconds."),
    ),
    "recap.no_media": (
        QT_TRANSLATE_NOOP("Errors", "None of the photos for the recap can be opened."),
        QT_TRANSLATE_NOOP("Errors", "Add photos that open (JPEG, PNG, HEIC...) and try again."),
    ),
    "video.too_long_for_size": (
        QT_TRANSLATE_NOOP("Errors", "The clip is too long to stay under the platform's file "
                                    "size."),
        _SHORTER_CLIP,
    ),
    "video.too_big": (
        QT_TRANSLATE_NOOP("Errors", "The video file is larger than the platform allows."),
        _SHORTER_CLIP,
    ),
    "video.brand_clip": (
        QT_TRANSLATE_NOOP("Errors", "The brand's intro or outro clip cannot be used."),
        _CHECK_BRAND,
    ),
    "video.subtitles_missing": (
        QT_TRANSLATE_NOOP("Errors", "The subtitle file was not found."),
        QT_TRANSLATE_NOOP("Errors", "Check the file name."),
    ),
    "video.subtitles_invalid": (
        QT_TRANSLATE_NOOP("Errors", "The subtitle file holds no subtitles that can be read."),
        QT_TRANSLATE_NOOP("Errors", "Use an .srt file."),
    ),
    "video.not_allowed": (
        QT_TRANSLATE_NOOP("Errors", "This file is not a video: it points to other files."),
        QT_TRANSLATE_NOOP("Errors", "Use an MP4, MOV, MKV, WebM or AVI clip."),
    ),
    "video.too_large": (
        QT_TRANSLATE_NOOP("Errors", "The video is too large."),
        QT_TRANSLATE_NOOP("Errors", "Export the clip at 4K or smaller."),
    ),
    "video.source_too_long": (
        QT_TRANSLATE_NOOP("Errors", "The video is too long to use."),
        QT_TRANSLATE_NOOP("Errors", "Cut the part you need with the phone's editor first."),
    ),
    "video.bad_frame_rate": (
        QT_TRANSLATE_NOOP("Errors", "The video's frame rate is too high."),
        QT_TRANSLATE_NOOP("Errors", "Export the clip at 30 or 60 frames a second."),
    ),
    "video.too_many_streams": (
        QT_TRANSLATE_NOOP("Errors", "The video has too many tracks."),
        QT_TRANSLATE_NOOP("Errors", "Export it again with one video and one sound track."),
    ),
    # -- writing outputs --------------------------------------------------------------------
    "export.exists": (
        QT_TRANSLATE_NOOP("Errors", "A file with this name already exists."),
        QT_TRANSLATE_NOOP("Errors", "Choose another folder or tick \u201cReplace existing "
                                    "files\u201d."),
    ),
    "export.disk_full": (
        QT_TRANSLATE_NOOP("Errors", "The disk is full."),
        QT_TRANSLATE_NOOP("Errors", "Free some space or choose another drive."),
    ),
    "export.read_only": (QT_TRANSLATE_NOOP("Errors", "Cannot write in this folder."),
                         _OTHER_OUTPUT),
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
        # Braces doubled: the names are the pattern's own fields, not this message's.
        QT_TRANSLATE_NOOP("Errors", "Use {{platform}}, {{name}}, {{template}}, {{index}}, "
                                    "{{judul}}, {{tanggal}}."),
    ),
    "export.verify": (
        QT_TRANSLATE_NOOP("Errors", "The written file could not be checked."),
        QT_TRANSLATE_NOOP("Errors", "Check the disk, then export again."),
    ),
    "render.text_overflow": (
        QT_TRANSLATE_NOOP("Errors", "The text is too long for its place in the design."),
        QT_TRANSLATE_NOOP("Errors", "Shorten the text."),
    ),
    "render.field_too_long": (
        QT_TRANSLATE_NOOP("Errors", "A detail is longer than this template takes."),
        QT_TRANSLATE_NOOP("Errors", "Shorten the text; it is never cut."),
    ),
    # -- templates ---------------------------------------------------------------------------
    "template.unknown": (
        QT_TRANSLATE_NOOP("Errors", "The template \u201c{template}\u201d is not installed."),
        QT_TRANSLATE_NOOP("Errors", "Choose another template."),
    ),
    "template.not_found": (QT_TRANSLATE_NOOP("Errors", "This folder holds no template."), ""),
    "template.invalid": (
        QT_TRANSLATE_NOOP("Errors", "The template is not valid ({where})."), _FIX_TEMPLATE,
    ),
    "template.syntax": (
        QT_TRANSLATE_NOOP("Errors", "The template file (template.toml) is damaged."),
        _FIX_TEMPLATE,
    ),
    "template.encoding": (
        QT_TRANSLATE_NOOP("Errors", "The template file is not UTF-8 text."), _FIX_TEMPLATE,
    ),
    "template.too_large": (
        QT_TRANSLATE_NOOP("Errors", "The template file is too large."), _FIX_TEMPLATE,
    ),
    "template.id_mismatch": (
        QT_TRANSLATE_NOOP("Errors", "The template's id does not match its folder name."),
        _FIX_TEMPLATE,
    ),
    "template.undefined_field": (
        QT_TRANSLATE_NOOP("Errors", "The template uses a field it does not define."),
        _FIX_TEMPLATE,
    ),
    "template.asset_missing": (
        QT_TRANSLATE_NOOP("Errors", "A file of the template is missing."), _FIX_TEMPLATE,
    ),
    "template.asset_outside": (
        QT_TRANSLATE_NOOP("Errors", "A file of the template lies outside its folder, so it "
                                    "was refused."),
        _FIX_TEMPLATE,
    ),
    "template.bad_asset": (
        QT_TRANSLATE_NOOP("Errors", "An image of the template cannot be read."), _FIX_TEMPLATE,
    ),
    "template.bad_expression": (
        QT_TRANSLATE_NOOP("Errors", "The text of layer \u201c{layer}\u201d is not valid."),
        _FIX_TEMPLATE,
    ),
    "template.unsafe_expression": (
        QT_TRANSLATE_NOOP("Errors", "The text of layer \u201c{layer}\u201d asks for something "
                                    "that is not allowed."),
        _FIX_TEMPLATE,
    ),
    "template.expression_timeout": (
        QT_TRANSLATE_NOOP("Errors", "The text of layer \u201c{layer}\u201d takes too long to "
                                    "make."),
        _FIX_TEMPLATE,
    ),
    "template.bad_value": (
        QT_TRANSLATE_NOOP("Errors", "A detail has a value that layer \u201c{layer}\u201d "
                                    "cannot use."),
        QT_TRANSLATE_NOOP("Errors", "Check the date and time."),
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
    "template.no_video": (
        QT_TRANSLATE_NOOP("Errors", "This template is not made for videos."), _VIDEO_TEMPLATE,
    ),
    "template.roundtrip": (
        QT_TRANSLATE_NOOP("Errors", "The template could not be saved safely."), _REPORT,
    ),
    "template.asset_format": (
        QT_TRANSLATE_NOOP("Errors", "An image in the template is not PNG, JPEG or WebP."),
        QT_TRANSLATE_NOOP("Errors", "Ask the designer to save it as PNG."),
    ),
    "template.asset_too_large": (
        QT_TRANSLATE_NOOP("Errors", "An image in the template is too large."),
        QT_TRANSLATE_NOOP("Errors", "Ask the designer to save it smaller."),
    ),
    "template.bad_variant": (
        QT_TRANSLATE_NOOP("Errors", "A layout variant of the template is not valid."),
        _FIX_CAPTION,
    ),
    "template.over_limit": (
        QT_TRANSLATE_NOOP("Errors", "The template has more layers than the app can draw."),
        QT_TRANSLATE_NOOP("Errors", "Ask the designer to simplify it."),
    ),
    # -- template packages -------------------------------------------------------------------
    "package.not_found": (QT_TRANSLATE_NOOP("Errors", "The package file was not found."), ""),
    "package.bad_zip": (
        QT_TRANSLATE_NOOP("Errors", "This file is not a template package (.zip) or it is "
                                    "damaged."),
        _REPACK,
    ),
    "package.unsafe_path": (
        QT_TRANSLATE_NOOP("Errors", "The package contains files that point outside it, so it "
                                    "was refused."),
        _REPACK,
    ),
    "package.bad_member": (
        QT_TRANSLATE_NOOP("Errors", "The package contains a file that does not belong in a "
                                    "template."),
        _REPACK,
    ),
    "package.too_many": (QT_TRANSLATE_NOOP("Errors", "The package has too many files."), _REPACK),
    "package.too_large": (
        QT_TRANSLATE_NOOP("Errors", "The package is too large when unpacked."), _REPACK,
    ),
    "package.no_manifest": (
        QT_TRANSLATE_NOOP("Errors", "The package holds no template (template.toml is "
                                    "missing)."),
        _REPACK,
    ),
    "package.invalid": (
        QT_TRANSLATE_NOOP("Errors", "The template in the package is not valid."), _REPACK,
    ),
    "package.exists": (QT_TRANSLATE_NOOP("Errors", "This template is already installed."), ""),
    "package.dest_exists": (
        QT_TRANSLATE_NOOP("Errors", "A file with this name exists already."),
        QT_TRANSLATE_NOOP("Errors", "Choose another name."),
    ),
    # -- edits in the designer's tools -------------------------------------------------------
    "edit.invalid": (
        QT_TRANSLATE_NOOP("Errors", "This value is not allowed here ({detail})."), "",
    ),
    "edit.bad_field": (QT_TRANSLATE_NOOP("Errors", "The field is not valid ({detail})."), ""),
    "edit.bad_id": (
        QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a valid id."),
        QT_TRANSLATE_NOOP("Errors", "Use lower-case letters, digits and - (e.g. "
                                    "liputan-rapat)."),
    ),
    "edit.bad_name": (
        QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a valid name."),
        QT_TRANSLATE_NOOP("Errors", "Use letters, digits, - and _ (e.g. logo_acara)."),
    ),
    "edit.bad_aspect": (QT_TRANSLATE_NOOP("Errors", "\u201c{aspect}\u201d is not an aspect."),
                        ""),
    "edit.bad_kind": (
        QT_TRANSLATE_NOOP("Errors", "\u201c{kind}\u201d is not a kind of brand kit entry."), "",
    ),
    "edit.bad_layer_type": (
        QT_TRANSLATE_NOOP("Errors", "\u201c{kind}\u201d is not a layer type."), "",
    ),
    "edit.bad_property": (
        QT_TRANSLATE_NOOP("Errors", "\u201c{prop}\u201d cannot be changed here."), "",
    ),
    "edit.no_layer": (
        QT_TRANSLATE_NOOP("Errors", "The layer \u201c{layer}\u201d no longer exists."), "",
    ),
    "edit.no_field": (
        QT_TRANSLATE_NOOP("Errors", "The field \u201c{field}\u201d no longer exists."), "",
    ),
    "edit.duplicate_layer": (
        QT_TRANSLATE_NOOP("Errors", "A layer with the id \u201c{layer}\u201d exists already."),
        "",
    ),
    "edit.duplicate_field": (
        QT_TRANSLATE_NOOP("Errors", "A field with the key \u201c{field}\u201d exists already."),
        QT_TRANSLATE_NOOP("Errors", "Choose another key."),
    ),
    "edit.second_media": (
        QT_TRANSLATE_NOOP("Errors", "A template has at most one photo/video layer."), "",
    ),
    "edit.not_overridable": (
        QT_TRANSLATE_NOOP("Errors", "This property is the same for every aspect."),
        QT_TRANSLATE_NOOP("Errors", "Choose \u201cBase design\u201d to change it."),
    ),
    "edit.override_none": (
        QT_TRANSLATE_NOOP("Errors", "A variant cannot remove this; reset the override "
                                    "instead."),
        "",
    ),
    "edit.template_exists": (
        QT_TRANSLATE_NOOP("Errors", "A template with the id \u201c{template}\u201d exists "
                                    "already."),
        QT_TRANSLATE_NOOP("Errors", "Choose another id."),
    ),
    "edit.builtin": (
        QT_TRANSLATE_NOOP("Errors", "Built-in templates cannot be deleted."),
        QT_TRANSLATE_NOOP("Errors", "Duplicate it and change the copy."),
    ),
    "edit.builtin_files": (
        QT_TRANSLATE_NOOP("Errors", "Files cannot be added to a built-in template."),
        QT_TRANSLATE_NOOP("Errors", "Save the template first: it becomes yours, then add "
                                    "the image."),
    ),
    "edit.bad_asset": (
        QT_TRANSLATE_NOOP("Errors", "Only PNG, JPEG and WebP images can be used."), "",
    ),
    "edit.bad_image": (
        QT_TRANSLATE_NOOP("Errors", "This image cannot be read."),
        QT_TRANSLATE_NOOP("Errors", "Use a PNG, JPEG or WebP file."),
    ),
    "edit.bad_font": (
        QT_TRANSLATE_NOOP("Errors", "This font file cannot be read."),
        QT_TRANSLATE_NOOP("Errors", "Use a TTF or OTF font file."),
    ),
    "edit.bad_logo": (
        QT_TRANSLATE_NOOP("Errors", "Logos must be PNG, JPEG or WebP images."), "",
    ),
    "edit.bad_video": (QT_TRANSLATE_NOOP("Errors", "Clips must be MP4 or MOV videos."), ""),
    "edit.bad_music": (QT_TRANSLATE_NOOP("Errors", "Music must be an MP3, M4A, AAC, WAV, OGG or "
                                                   "FLAC audio file."), ""),
    "edit.too_large": (
        QT_TRANSLATE_NOOP("Errors", "The file is too large."),
        QT_TRANSLATE_NOOP("Errors", "Use a file under 50 MB."),
    ),
    "edit.not_found": (QT_TRANSLATE_NOOP("Errors", "The file was not found."), ""),
    # -- the brand kit and the platform list -------------------------------------------------
    "brand.not_found": (QT_TRANSLATE_NOOP("Errors", "The brand kit was not found."), _REINSTALL),
    "brand.syntax": (
        QT_TRANSLATE_NOOP("Errors", "The brand kit file (brand.toml) is damaged."), _CHECK_BRAND,
    ),
    "brand.schema": (
        QT_TRANSLATE_NOOP("Errors", "The brand kit was made by a newer version of the app."),
        QT_TRANSLATE_NOOP("Errors", "Update Studio Konten Cimahi."),
    ),
    "brand.bad_color": (
        QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a colour."),
        QT_TRANSLATE_NOOP("Errors", "Write colours as #RRGGBB."),
    ),
    "brand.missing_color": (
        QT_TRANSLATE_NOOP("Errors", "The brand kit has no colour \u201c{name}\u201d."),
        _CHECK_BRAND,
    ),
    "brand.missing_font": (
        QT_TRANSLATE_NOOP("Errors", "The brand kit has no font \u201c{name}\u201d."),
        _CHECK_BRAND,
    ),
    "brand.missing_logo": (
        QT_TRANSLATE_NOOP("Errors", "The brand kit has no logo \u201c{name}\u201d."),
        _CHECK_BRAND,
    ),
    "brand.missing_file": (
        QT_TRANSLATE_NOOP("Errors", "A file of the brand kit is missing."),
        QT_TRANSLATE_NOOP("Errors", "Put the file back or ask the designer."),
    ),
    "brand.roundtrip": (
        QT_TRANSLATE_NOOP("Errors", "The brand kit could not be saved safely."), _REPORT,
    ),
    "brand.bad_asset": (
        QT_TRANSLATE_NOOP("Errors", "A logo in the brand kit cannot be used."),
        QT_TRANSLATE_NOOP("Errors", "Replace it with a PNG file in the brand kit."),
    ),
    "brand.bad_font": (
        QT_TRANSLATE_NOOP("Errors", "A font in the brand kit is not a font file."),
        QT_TRANSLATE_NOOP("Errors", "Replace it with a TTF or OTF font."),
    ),
    "platforms.invalid": (
        QT_TRANSLATE_NOOP("Errors", "The platform list (platforms.toml) is not valid."),
        _REINSTALL,
    ),
    "platforms.unknown": (
        QT_TRANSLATE_NOOP("Errors", "The platform \u201c{platform}\u201d is not known."),
        QT_TRANSLATE_NOOP("Errors", "Choose another platform."),
    ),
    # -- captions ----------------------------------------------------------------------------
    "caption.unknown": (
        QT_TRANSLATE_NOOP("Errors", "The caption template \u201c{caption}\u201d is not "
                                    "installed."),
        "",
    ),
    "caption.not_found": (
        QT_TRANSLATE_NOOP("Errors", "The caption template file was not found."), _FIX_CAPTION,
    ),
    "caption.invalid": (
        QT_TRANSLATE_NOOP("Errors", "The caption template is not valid."), _FIX_CAPTION,
    ),
    "caption.unsafe": (
        QT_TRANSLATE_NOOP("Errors", "The caption template asks for something that is not "
                                    "allowed."),
        _FIX_CAPTION,
    ),
    "caption.undefined": (
        QT_TRANSLATE_NOOP("Errors", "The caption template uses a detail the template does "
                                    "not have."),
        _FIX_CAPTION,
    ),
    "caption.render": (
        QT_TRANSLATE_NOOP("Errors", "The caption could not be made from these details."),
        QT_TRANSLATE_NOOP("Errors", "Check the event details."),
    ),
    "caption.timeout": (QT_TRANSLATE_NOOP("Errors", "The caption took too long to make."), ""),
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
    "caption.counting": (
        QT_TRANSLATE_NOOP("Errors", "The platform list names an unknown way of counting "
                                    "characters."),
        _REINSTALL,
    ),
    # -- saving what the user made (the previous version stays whole) ------------------------
    "save.disk_full": (
        QT_TRANSLATE_NOOP("Errors", "The disk is full, so nothing was saved. The previous "
                                    "version is unchanged."),
        QT_TRANSLATE_NOOP("Errors", "Free some space, then save again."),
    ),
    "save.read_only": (
        QT_TRANSLATE_NOOP("Errors", "This folder cannot be written, so nothing was saved. "
                                    "The previous version is unchanged."),
        QT_TRANSLATE_NOOP("Errors", "Save into another folder."),
    ),
    "save.failed": (
        QT_TRANSLATE_NOOP("Errors", "It could not be saved. The previous version is "
                                    "unchanged."),
        QT_TRANSLATE_NOOP("Errors", "Check the disk, then save again."),
    ),
    # -- event files, exports, spreadsheets --------------------------------------------------
    "project.not_found": (
        QT_TRANSLATE_NOOP("Errors", "The event file was not found."),
        QT_TRANSLATE_NOOP("Errors", "It may have been moved or deleted."),
    ),
    "project.invalid": (QT_TRANSLATE_NOOP("Errors", "The event file is not valid."), _FIX_EVENT),
    "project.syntax": (QT_TRANSLATE_NOOP("Errors", "The event file is damaged."), _FIX_EVENT),
    "project.encoding": (QT_TRANSLATE_NOOP("Errors", "The event file is not text."), ""),
    "project.schema": (
        QT_TRANSLATE_NOOP("Errors", "The event was made by a newer version of the app."),
        QT_TRANSLATE_NOOP("Errors", "Update Studio Konten Cimahi to open it."),
    ),
    "project.too_large": (QT_TRANSLATE_NOOP("Errors", "The event file is too large."), ""),
    "project.unreadable": (
        QT_TRANSLATE_NOOP("Errors", "The event file cannot be read."),
        QT_TRANSLATE_NOOP("Errors", "Check the file."),
    ),
    "project.roundtrip": (
        QT_TRANSLATE_NOOP("Errors", "The event could not be saved safely."),
        QT_TRANSLATE_NOOP("Errors", "The previous file was kept. Please report this."),
    ),
    "project.no_path": (
        QT_TRANSLATE_NOOP("Errors", "The event has not been saved yet."),
        QT_TRANSLATE_NOOP("Errors", "Save it first."),
    ),
    "project.no_platforms": (
        QT_TRANSLATE_NOOP("Errors", "No platform is chosen."),
        QT_TRANSLATE_NOOP("Errors", "Choose at least one platform."),
    ),
    "project.media_missing": (
        QT_TRANSLATE_NOOP("Errors", "A photo or video of this event is missing."),
        QT_TRANSLATE_NOOP("Errors", "Remove it from the list or add it again."),
    ),
    "project.media_moved": (
        QT_TRANSLATE_NOOP("Errors", "A photo or video was found in a new place."), "",
    ),
    "batch.folder_taken": (
        QT_TRANSLATE_NOOP("Errors", "This folder holds the export of another event "
                                    "(\u201c{owner}\u201d)."),
        QT_TRANSLATE_NOOP("Errors", "Export into a folder of its own."),
    ),
    "export.name_too_long": (
        QT_TRANSLATE_NOOP("Errors", "A file or folder name is too long."),
        QT_TRANSLATE_NOOP("Errors", "Use a shorter file-name pattern or shorter details."),
    ),
    "render.too_complex": (
        QT_TRANSLATE_NOOP("Errors", "The design is too complex to draw."),
        QT_TRANSLATE_NOOP("Errors", "Ask the designer to simplify the template."),
    ),
    "batch.busy": (
        QT_TRANSLATE_NOOP("Errors", "Another export is writing into this folder."),
        QT_TRANSLATE_NOOP("Errors", "Wait for it to finish or choose another folder."),
    ),
    "batch.journal": (
        QT_TRANSLATE_NOOP("Errors", "The export record in the output folder cannot be "
                                    "written."),
        QT_TRANSLATE_NOOP("Errors", "Check the disk or choose another output folder."),
    ),
    "batch.memory": (
        QT_TRANSLATE_NOOP("Errors", "There is not enough memory."),
        QT_TRANSLATE_NOOP("Errors", "Close other programs and export again."),
    ),
    "batch.internal": (
        QT_TRANSLATE_NOOP("Errors", "The export met an unexpected problem."), _RETRY_REPORT,
    ),
    "batch.output_gone": (
        QT_TRANSLATE_NOOP("Errors", "The file was made, then deleted or moved away with its "
                                    "folder during the export."),
        QT_TRANSLATE_NOOP("Errors", "Export again: the missing files are made again."),
    ),
    "batch.output_is_source": (
        QT_TRANSLATE_NOOP("Errors", "The export would replace the original photo or video."),
        _OTHER_OUTPUT,
    ),
    "bulk.invalid": (
        QT_TRANSLATE_NOOP("Errors", "The data file is not valid."),
        QT_TRANSLATE_NOOP("Errors", "Check the spreadsheet."),
    ),
    "bulk.not_found": (
        QT_TRANSLATE_NOOP("Errors", "The data file was not found."),
        QT_TRANSLATE_NOOP("Errors", "It may have been moved or deleted."),
    ),
    "bulk.unsupported": (
        QT_TRANSLATE_NOOP("Errors", "This kind of data file cannot be read."),
        QT_TRANSLATE_NOOP("Errors", "Save it as .xlsx or .csv."),
    ),
    "bulk.unreadable": (
        QT_TRANSLATE_NOOP("Errors", "The data file cannot be read."),
        QT_TRANSLATE_NOOP("Errors", "Check that it is not damaged or open in another "
                                    "program."),
    ),
    "bulk.too_large": (
        QT_TRANSLATE_NOOP("Errors", "The data file is too large."),
        QT_TRANSLATE_NOOP("Errors", "Split it into smaller files."),
    ),
    "bulk.empty": (
        QT_TRANSLATE_NOOP("Errors", "The data file has no rows."),
        QT_TRANSLATE_NOOP("Errors", "Put the field names in the first row and one post in "
                                    "each row below."),
    ),
    "bulk.no_column": (
        QT_TRANSLATE_NOOP("Errors", "The data file has no column for the photos."),
        QT_TRANSLATE_NOOP("Errors", "Check the column's name."),
    ),
    "bulk.media_outside": (
        QT_TRANSLATE_NOOP("Errors", "A photo in the sheet is outside the sheet's folder."),
        QT_TRANSLATE_NOOP("Errors", "Put the photos in the sheet's folder."),
    ),
    "values.too_long": (
        QT_TRANSLATE_NOOP("Errors", "A detail is too long."),
        QT_TRANSLATE_NOOP("Errors", "Shorten the text."),
    ),
    "values.too_many": (
        QT_TRANSLATE_NOOP("Errors", "There are too many details."),
        QT_TRANSLATE_NOOP("Errors", "Keep only the details the templates use."),
    ),
    # -- the content calendar -----------------------------------------------------------------
    "calendar.data_missing": (
        QT_TRANSLATE_NOOP("Errors", "The calendar's data file is missing."), _REINSTALL,
    ),
    "calendar.data_too_large": (
        QT_TRANSLATE_NOOP("Errors", "The calendar's data file is too large."), _REINSTALL,
    ),
    "calendar.data_unreadable": (
        QT_TRANSLATE_NOOP("Errors", "The calendar's data file cannot be read."), _REINSTALL,
    ),
    "calendar.data_invalid": (
        QT_TRANSLATE_NOOP("Errors", "The calendar's data file is not valid."), _REINSTALL,
    ),
    "calendar.schema": (
        QT_TRANSLATE_NOOP("Errors", "The calendar file was made by a newer version of the "
                                    "app."),
        QT_TRANSLATE_NOOP("Errors", "Update Studio Konten Cimahi."),
    ),
    "calendar.zone": (
        QT_TRANSLATE_NOOP("Errors", "\u201c{zone}\u201d is not a time zone."),
        QT_TRANSLATE_NOOP("Errors", "Use WIB, WITA or WIT."),
    ),
    "calendar.range": (
        QT_TRANSLATE_NOOP("Errors", "The end date is before the start date."),
        QT_TRANSLATE_NOOP("Errors", "Choose an end date on or after the start date."),
    ),
    "calendar.plan_not_found": (
        QT_TRANSLATE_NOOP("Errors", "The plan file was not found."),
        QT_TRANSLATE_NOOP("Errors", "Check the shared folder or choose the plan file again."),
    ),
    "calendar.plan_unreadable": (
        QT_TRANSLATE_NOOP("Errors", "The plan file cannot be read."),
        QT_TRANSLATE_NOOP("Errors", "Check that the shared folder can be reached."),
    ),
    "calendar.plan_invalid": (
        QT_TRANSLATE_NOOP("Errors", "The plan file is not valid."),
        QT_TRANSLATE_NOOP("Errors", "Fix it in a text editor or choose another plan file."),
    ),
    "calendar.plan_too_large": (
        QT_TRANSLATE_NOOP("Errors", "The plan has too many posts."),
        QT_TRANSLATE_NOOP("Errors", "Start a new plan file for the new year."),
    ),
    "calendar.plan_exists": (
        QT_TRANSLATE_NOOP("Errors", "A plan file with this name already exists."),
        QT_TRANSLATE_NOOP("Errors", "Open it instead."),
    ),
    "calendar.plan_busy": (
        QT_TRANSLATE_NOOP("Errors", "Another PIC is saving the plan right now."),
        QT_TRANSLATE_NOOP("Errors", "Try again in a moment."),
    ),
    "calendar.plan_unwritable": (
        QT_TRANSLATE_NOOP("Errors", "Cannot write in the plan's folder."),
        QT_TRANSLATE_NOOP("Errors", "Check that the shared folder can be written to."),
    ),
    "calendar.plan_roundtrip": (
        QT_TRANSLATE_NOOP("Errors", "The plan could not be saved safely."),
        QT_TRANSLATE_NOOP("Errors", "The previous file was kept. Please report this."),
    ),
    "calendar.conflict": (
        QT_TRANSLATE_NOOP("Errors", "Another PIC changed the same planned post(s): {titles}."),
        QT_TRANSLATE_NOOP("Errors", "Choose whose version to keep, then save again."),
    ),
    "calendar.no_entry": (
        QT_TRANSLATE_NOOP("Errors", "The planned post is no longer in the plan."), "",
    ),
    "calendar.no_greeting": (
        QT_TRANSLATE_NOOP("Errors", "This date has no commemorative day."), "",
    ),
    "calendar.several": (
        QT_TRANSLATE_NOOP("Errors", "This date has several commemorative days."),
        QT_TRANSLATE_NOOP("Errors", "Choose one of them."),
    ),
    "calendar.folder": (
        QT_TRANSLATE_NOOP("Errors", "The folder for the event cannot be made."),
        QT_TRANSLATE_NOOP("Errors", "Check that the folder can be written to."),
    ),
    "calendar.export_suffix": (
        QT_TRANSLATE_NOOP("Errors", "The spreadsheet must be an .xlsx file."),
        QT_TRANSLATE_NOOP("Errors", "Name it e.g. kalender.xlsx."),
    ),
    # -- the shared library and signing keys ---------------------------------------------------
    # Refusals say who signed and why: the core passes the signer's name and key id.
    "library.signature": (
        QT_TRANSLATE_NOOP("Errors", "The package's signature cannot be checked."),
        _PUBLISH_AGAIN,
    ),
    "library.unsigned": (
        QT_TRANSLATE_NOOP("Errors", "This package is not signed."),
        QT_TRANSLATE_NOOP("Errors", "A shared library only accepts templates signed by a "
                                    "designer this computer trusts."),
    ),
    "library.untrusted_signer": (
        QT_TRANSLATE_NOOP("Errors", "Signed by {signer} (key {key_id}), a key this computer "
                                    "does not trust."),
        QT_TRANSLATE_NOOP("Errors", "Only templates signed by Diskominfo's designers are "
                                    "accepted. If the key is right, ask the administrator to "
                                    "trust it."),
    ),
    "library.revoked_signer": (
        QT_TRANSLATE_NOOP("Errors", "Signed by {signer} (key {key_id}), a key that was revoked "
                                    "on {date} ({reason})."),
        _PUBLISH_AGAIN,
    ),
    "library.wrong_role": (
        QT_TRANSLATE_NOOP("Errors", "Signed by {signer} (key {key_id}), but only the city's key "
                                    "may sign this."),
        "",
    ),
    "library.signature_invalid": (
        QT_TRANSLATE_NOOP("Errors", "The signature does not match: the package was changed "
                                    "after signing."),
        _PUBLISH_AGAIN,
    ),
    "library.signature_format": (
        QT_TRANSLATE_NOOP("Errors", "The package was signed by a newer version of the app."),
        QT_TRANSLATE_NOOP("Errors", "Update Studio Konten Cimahi."),
    ),
    "library.file_changed": (
        QT_TRANSLATE_NOOP("Errors", "{file} was changed after {signer} signed the package."),
        _PUBLISH_AGAIN,
    ),
    "library.file_missing": (
        QT_TRANSLATE_NOOP("Errors", "{file} is missing from the package {signer} signed."),
        _PUBLISH_AGAIN,
    ),
    "library.file_added": (
        QT_TRANSLATE_NOOP("Errors", "{file} was added after {signer} signed the package."),
        _PUBLISH_AGAIN,
    ),
    "library.mismatch": (
        QT_TRANSLATE_NOOP("Errors", "The package's name does not match what it holds."),
        _PUBLISH_AGAIN,
    ),
    "library.link": (
        QT_TRANSLATE_NOOP("Errors", "The folder holds a link; a signed folder holds plain files "
                                    "only."),
        "",
    ),
    "library.too_many_files": (
        QT_TRANSLATE_NOOP("Errors", "The folder has too many files to sign."), "",
    ),
    "library.notes_too_long": (
        QT_TRANSLATE_NOOP("Errors", "The change notes are too long."),
        QT_TRANSLATE_NOOP("Errors", "Shorten the notes."),
    ),
    "library.version_missing": (
        QT_TRANSLATE_NOOP("Errors", "This version is not on this computer."),
        QT_TRANSLATE_NOOP("Errors", "Connect to the shared folder and check for updates."),
    ),
    "library.version_exists": (
        QT_TRANSLATE_NOOP("Errors", "Version {existing} is already in the shared library."),
        QT_TRANSLATE_NOOP("Errors", "Choose a higher version number and publish again."),
    ),
    "library.version_conflict": (
        QT_TRANSLATE_NOOP("Errors", "Two different packages claim the same version; the one in "
                                    "use was kept."),
        QT_TRANSLATE_NOOP("Errors", "Ask the designer to publish a new version number."),
    ),
    "library.bad_version": (
        QT_TRANSLATE_NOOP("Errors", "Write the version as numbers, for example 1.2.0."), "",
    ),
    "library.no_previous": (
        QT_TRANSLATE_NOOP("Errors", "There is no earlier version on this computer."), "",
    ),
    "library.not_shared": (
        QT_TRANSLATE_NOOP("Errors", "This is not in the shared library's copy on this "
                                    "computer."),
        QT_TRANSLATE_NOOP("Errors", "Check for updates first."),
    ),
    "library.no_local": (
        QT_TRANSLATE_NOOP("Errors", "You have no template of your own with this id."),
        QT_TRANSLATE_NOOP("Errors", "Import or make one first."),
    ),
    "library.no_official": (
        QT_TRANSLATE_NOOP("Errors", "There is no official template with this id."), "",
    ),
    "library.busy": (
        QT_TRANSLATE_NOOP("Errors", "Someone else is publishing into this folder right now."),
        QT_TRANSLATE_NOOP("Errors", "Try again in a minute."),
    ),
    "library.unreachable": (
        QT_TRANSLATE_NOOP("Errors", "The shared library folder cannot be reached."),
        QT_TRANSLATE_NOOP("Errors", "Connect to the network or plug in the drive, then try "
                                    "again."),
    ),
    "library.publish_failed": (
        QT_TRANSLATE_NOOP("Errors", "The package could not be written into the shared folder."),
        QT_TRANSLATE_NOOP("Errors", "Check that the folder is connected and that you may write "
                                    "into it."),
    ),
    "library.unreadable": (
        QT_TRANSLATE_NOOP("Errors", "The package could not be read from the shared folder."),
        QT_TRANSLATE_NOOP("Errors", "Check for updates again when the folder is back."),
    ),
    "library.too_large": (QT_TRANSLATE_NOOP("Errors", "The package is too large."),
                          _PUBLISH_AGAIN),
    "library.write_failed": (
        QT_TRANSLATE_NOOP("Errors", "The app could not write its local copy."),
        QT_TRANSLATE_NOOP("Errors", "Check that the disk is not full."),
    ),
    "library.file_exists": (
        QT_TRANSLATE_NOOP("Errors", "A file with this name already exists."),
        QT_TRANSLATE_NOOP("Errors", "Choose another name or remove the old file first."),
    ),
    "library.bad_source": (
        QT_TRANSLATE_NOOP("Errors", "This folder cannot be a library source."), "",
    ),
    "library.sources_invalid": (
        QT_TRANSLATE_NOOP("Errors", "The list of library folders cannot be read."),
        QT_TRANSLATE_NOOP("Errors", "Add the library folders again in Settings."),
    ),
    "library.trust_invalid": (
        QT_TRANSLATE_NOOP("Errors", "The list of trusted keys cannot be read."),
        QT_TRANSLATE_NOOP("Errors", "Ask the administrator to check it."),
    ),
    "keys.none": (
        QT_TRANSLATE_NOOP("Errors", "You have no signing key yet."),
        QT_TRANSLATE_NOOP("Errors", "Make one with \u201cNew key\u2026\u201d."),
    ),
    "keys.several": (
        QT_TRANSLATE_NOOP("Errors", "You have several signing keys."),
        QT_TRANSLATE_NOOP("Errors", "Choose the one to use."),
    ),
    "keys.not_found": (QT_TRANSLATE_NOOP("Errors", "The key file was not found."), ""),
    "keys.invalid": (QT_TRANSLATE_NOOP("Errors", "This is not a valid key file."), ""),
    "keys.wrong_kind": (
        QT_TRANSLATE_NOOP("Errors", "This is not the right kind of key file."), "",
    ),
    "keys.passphrase_needed": (
        QT_TRANSLATE_NOOP("Errors", "This key is protected by a passphrase."),
        QT_TRANSLATE_NOOP("Errors", "Type the key's passphrase."),
    ),
    "keys.bad_passphrase": (
        QT_TRANSLATE_NOOP("Errors", "The passphrase is wrong."),
        QT_TRANSLATE_NOOP("Errors", "Type the passphrase chosen when the key was made."),
    ),
    "keys.weak_passphrase": (
        QT_TRANSLATE_NOOP("Errors", "The passphrase needs at least 8 characters."),
        QT_TRANSLATE_NOOP("Errors", "Use a sentence you can remember."),
    ),
    "keys.passphrase_mismatch": (
        QT_TRANSLATE_NOOP("Errors", "The two passphrases differ."),
        QT_TRANSLATE_NOOP("Errors", "Type the same passphrase twice."),
    ),
    "keys.bad_name": (
        QT_TRANSLATE_NOOP("Errors", "Give the key a name, for example your name and office."),
        "",
    ),
    "keys.bad_id": (QT_TRANSLATE_NOOP("Errors", "This is not a key id."), ""),
    "keys.unknown": (QT_TRANSLATE_NOOP("Errors", "No trusted key has this id."), ""),
    "keys.not_city": (
        QT_TRANSLATE_NOOP("Errors", "This key is not a city key on this computer."),
        QT_TRANSLATE_NOOP("Errors", "Sign trust lists with the city's key."),
    ),
    "cli.bad_set": (QT_TRANSLATE_NOOP("Errors", "A --set value is not key=value."), ""),
    "cli.bad_focus": (QT_TRANSLATE_NOOP("Errors", "--focus needs X,Y between 0 and 1."), ""),
    "cli.bad_workers": (QT_TRANSLATE_NOOP("Errors", "--workers must be 0 or more."), ""),
    "cli.missing_output": (QT_TRANSLATE_NOOP("Errors", "--output is needed for a recap made "
                                                       "from photos."), ""),
    "cli.bad_cover_at": (
        QT_TRANSLATE_NOOP("Errors", "--cover-at needs a time in seconds."),
        QT_TRANSLATE_NOOP("Errors", "For example --cover-at 3.5 or 0:03.5."),
    ),
    "cli.bad_language": (QT_TRANSLATE_NOOP("Errors", "--language must be id or en."), ""),
    "cli.exists": (
        QT_TRANSLATE_NOOP("Errors", "The event file already exists."),
        QT_TRANSLATE_NOOP("Errors", "Choose another name or add --force."),
    ),
    "cli.no_template": (
        QT_TRANSLATE_NOOP("Errors", "Choose a caption template with --template."), "",
    ),
    "cli.missing_id": (QT_TRANSLATE_NOOP("Errors", "The command needs an id."), ""),
    "cli.missing_folder": (QT_TRANSLATE_NOOP("Errors", "The command needs a folder."), ""),
}

_FAMILIES: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("Errors", "Something went wrong."),
    "carousel": QT_TRANSLATE_NOOP("Errors", "The carousel could not be made."),
    "media": QT_TRANSLATE_NOOP("Errors", "This photo or video cannot be used."),
    "video": QT_TRANSLATE_NOOP("Errors", "There is a problem with this video."),
    "export": QT_TRANSLATE_NOOP("Errors", "The file could not be written."),
    "render": QT_TRANSLATE_NOOP("Errors", "The design could not be made."),
    "template": QT_TRANSLATE_NOOP("Errors", "There is a problem with the template."),
    "package": QT_TRANSLATE_NOOP("Errors", "The template package cannot be used."),
    "edit": QT_TRANSLATE_NOOP("Errors", "This change cannot be made."),
    "brand": QT_TRANSLATE_NOOP("Errors", "There is a problem with the brand kit."),
    "platforms": QT_TRANSLATE_NOOP("Errors", "There is a problem with the platform list."),
    "caption": QT_TRANSLATE_NOOP("Errors", "The caption could not be made."),
    "project": QT_TRANSLATE_NOOP("Errors", "There is a problem with the event file."),
    "batch": QT_TRANSLATE_NOOP("Errors", "The export had a problem."),
    "recap": QT_TRANSLATE_NOOP("Errors", "The recap video could not be made."),
    "bulk": QT_TRANSLATE_NOOP("Errors", "There is a problem with the data file."),
    "calendar": QT_TRANSLATE_NOOP("Errors", "There is a problem with the content calendar."),
    "values": QT_TRANSLATE_NOOP("Errors", "A detail cannot be used."),
    "library": QT_TRANSLATE_NOOP("Errors", "There is a problem with the shared library."),
    "keys": QT_TRANSLATE_NOOP("Errors", "There is a problem with the signing key."),
    "cli": QT_TRANSLATE_NOOP("Errors", "The command is not valid."),
    "save": QT_TRANSLATE_NOOP("Errors", "It could not be saved. The previous version is "
                                        "unchanged."),
}

# Fuller words for errors that carry more than every raise of their code passes (a
# refusal that knows who signed): used when the error fills them, else _MESSAGES.
_RICHER: dict[str, tuple[str, str]] = {
    "library.signature_invalid": (
        QT_TRANSLATE_NOOP("Errors", "The signature does not match: the package says it was "
                                    "signed by {signer} (key {key_id}), but it was changed "
                                    "after signing."),
        _PUBLISH_AGAIN,
    ),
    "library.mismatch": (
        QT_TRANSLATE_NOOP("Errors", "The package's name does not match what {signer} (key "
                                    "{key_id}) signed."),
        _PUBLISH_AGAIN,
    ),
}

_WARNINGS: dict[str, str] = {
    "text_overflow": QT_TRANSLATE_NOOP(
        "Errors", "The text is too long for its place and was shortened."),
    "face_hidden": QT_TRANSLATE_NOOP(
        "Errors", "A face falls under the design or at the edge; set the focal point or "
                  "choose another photo."),
    "photo_small": QT_TRANSLATE_NOOP(
        "Errors", "The photo is small for this size and will look soft; use a larger photo."),
    "recap_skipped": QT_TRANSLATE_NOOP(
        "Errors", "Left out of the recap video: the photo cannot be read."),
    "recap_no_music": QT_TRANSLATE_NOOP(
        "Errors", "The brand kit has no music: the recap video was made without music."),
}


def known_codes() -> frozenset[str]:
    """The error codes this table has words for."""
    return frozenset(_MESSAGES)


def family_codes() -> frozenset[str]:
    return frozenset(_FAMILIES)


def placeholders(text: str) -> set[str]:
    """The ``{name}`` placeholders of a message (``{{`` is a literal brace)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _fill(text: str, params: Mapping[str, str]) -> str | None:
    """``text`` with its placeholders filled, or None when a param is missing."""
    if not placeholders(text) <= set(params):
        return None
    return text.format_map(params)


def describe(error: StudioError) -> ErrorText:
    """The error in the current language (falls back to its family, then to English)."""
    code = getattr(error, "code", "error") or "error"
    file = error.path.name if getattr(error, "path", None) is not None else ""
    detail = error.one_line() if isinstance(error, StudioError) else str(error)
    params = {str(k): str(v) for k, v in getattr(error, "params", {}).items()}
    params.setdefault("file", file)
    for table in (_RICHER, _MESSAGES):
        known = table.get(code)
        if known is not None:
            message = _fill(_t(known[0]), params)
            hint = _fill(_t(known[1]), params)
            if message is not None and hint is not None:
                return ErrorText(message, hint, file, detail)
    family = _FAMILIES.get(code.split(".", 1)[0])
    if family is not None:
        return ErrorText(_t(family), "", file, detail)
    return ErrorText(_t(_FAMILIES["error"]), "", file, detail)


def warning_text(code: str) -> str:
    """A render warning (``text_overflow``...) in the user's language."""
    text = _WARNINGS.get(code)
    if text is not None:
        return _t(text)
    return QCoreApplication.translate(CONTEXT, "The design has a warning ({code}).").format(
        code=code)
