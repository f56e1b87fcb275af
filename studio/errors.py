"""Errors a user can act on, and the list of every code the core reports.

Every failure the core reports to a person is a :class:`StudioError`: it knows
the file it concerns, what went wrong and a hint on what to do. The GUI
translates it by ``code`` (the English ``message`` is the CLI's text and the
fallback); the CLI prints :meth:`StudioError.one_line`.

:data:`ERROR_CODES` names every code a :class:`StudioError` may carry, with the
params every raise passes (what the translated words may use);
:data:`PROBLEM_CODES` and :data:`WARNING_CODES` do the same for the template
problems the designer's tools list and the warnings a render returns. The GUI
has words for each in both languages, and a test holds the code, these lists
and the words together: a new code is added here first.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

# A param value longer than this (an ffmpeg log...) is cut when the error crosses
# a process boundary or goes into a manifest.
MAX_PARAM_CHARS = 4000


class StudioError(Exception):
    """Base of every user-facing error.

    ``code`` is a stable machine key (``"media.unsupported"``), ``params`` the
    values a translated message may need.
    """

    code = "error"

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        hint: str = "",
        code: str | None = None,
        **params: Any,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.hint = hint
        if code:
            self.code = code
        self.params = params

    def one_line(self) -> str:
        parts = []
        if self.path is not None:
            parts.append(f"{self.path}:")
        parts.append(self.message)
        if self.hint:
            parts.append(f"({self.hint})")
        return " ".join(parts)

    def __str__(self) -> str:
        return self.one_line()

    # -- crossing process boundaries whole ------------------------------------------
    def to_data(self) -> dict[str, Any]:
        """The whole error as plain data (JSON and pickle safe): kind, code, text, params."""
        return {"kind": type(self).__name__, "code": self.code, "message": self.message,
                "hint": self.hint, "path": str(self.path) if self.path is not None else "",
                "params": {str(k): _plain(v) for k, v in self.params.items()}}

    @staticmethod
    def from_data(data: Mapping[str, Any]) -> StudioError:
        """The error :meth:`to_data` described, of the same kind."""
        kind = _KINDS.get(str(data.get("kind", "")), StudioError)
        params = dict(data.get("params") or {})
        # Keywords of the constructor cannot be params: keep them out of the way.
        for reserved in ("message", "path", "hint", "code"):
            params.pop(reserved, None)
        return kind(str(data.get("message", "")), path=data.get("path") or None,
                    hint=str(data.get("hint", "")), code=str(data.get("code") or kind.code),
                    **params)

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickling keeps only ``args``: path, hint, code and params would be
        # lost between a worker process and the app.
        return (StudioError.from_data, (self.to_data(),))


class MediaError(StudioError):
    """A photo or video cannot be read or is not allowed."""

    code = "media"


class TemplateError(StudioError):
    """A template folder, manifest or package is invalid."""

    code = "template"


class EditError(TemplateError):
    """An edit a template (or the brand kit) cannot take; the value is left as it was."""

    code = "edit"


class PackageError(TemplateError):
    """A template package (.zip) is unsafe or malformed."""

    code = "package"


class LibraryError(StudioError):
    """The shared template library: a source, a signature, a key or the local copy."""

    code = "library"


class SignatureError(LibraryError):
    """A package's signature is missing, broken or from a key this computer does not trust.

    ``params`` name the signer (``signer``, ``key_id``) when the package says who
    signed it, so the message can say who signed and why it was refused.
    """

    code = "library.signature"


class BrandError(StudioError):
    """The brand kit is invalid or an asset is missing."""

    code = "brand"


class RenderError(StudioError):
    """Rendering failed (e.g. text that cannot fit in strict mode)."""

    code = "render"


class ExportError(StudioError):
    """Writing an output failed (disk full, read-only folder, file exists)."""

    code = "export"


class CaptionError(StudioError):
    """A caption template is invalid, unsafe or failed to render."""

    code = "caption"


class VideoError(StudioError):
    """A video could not be probed or encoded."""

    code = "video"


class ProjectError(StudioError):
    """An event project file is invalid."""

    code = "project"


class Cancelled(Exception):
    """Raised inside long work when its cancel token is set. Not an error."""


class CalendarError(StudioError):
    """The content calendar's data, plan file or export failed."""

    code = "calendar"


class SaveError(StudioError):
    """Saving what the user made (an event, a template, the brand kit) failed; the
    previous version on disk is untouched (every save is atomic, see studio.atomic)."""

    code = "save"


# -- every code --------------------------------------------------------------------------------
# code -> the params every raise of it passes. The first part of a code is its
# family; an error raised without a code carries its class's family.
ERROR_CODES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "internal": (),
    # photos and videos read by studio.media / studio.video.probe
    "media.unreadable": (),
    "media.unsupported": (),
    "media.not_found": (),
    "media.too_large": (),
    "media.empty": (),
    "media.truncated": (),
    "media.not_file": (),
    "media.permission": (),
    "media.corrupt": (),
    "media.not_image": (),
    "media.missing": (),
    "media.crash": (),
    "media.too_much_memory": (),
    "video.no_ffmpeg": (),
    "video.not_found": (),
    "video.unreadable": (),
    "video.invalid": (),
    "video.empty": (),
    "video.truncated": (),
    "video.no_video_stream": (),
    "video.still_image": (),
    "video.timeout": (),
    "video.bad_trim": (),
    "video.ffmpeg_failed": ("returncode",),
    "video.ffmpeg_killed": ("returncode",),
    "video.no_frame": (),
    "video.cover_time": ("seconds", "duration"),  # a picked cover after the clip's end
    "video.platform_no_video": ("platform",),
    "video.template_no_video": ("template",),
    "video.too_long": ("platform", "duration", "limit"),
    "recap.too_long": ("platform", "duration", "limit"),
    "recap.bad_duration": ("duration",),
    "recap.no_media": (),
    "video.too_long_for_size": ("platform",),
    "video.too_big": ("platform",),
    "video.brand_clip": (),
    "video.subtitles_missing": (),
    "video.subtitles_invalid": (),
    "video.not_allowed": ("kind",),
    "video.too_large": ("size", "limit"),
    "video.source_too_long": ("duration", "limit"),
    "video.bad_frame_rate": ("fps", "limit"),
    "video.too_many_streams": ("streams", "limit"),
    # writing outputs
    "export.exists": (),
    "export.disk_full": (),
    "export.read_only": (),
    "export.os_error": (),
    "export.too_big": (),
    "export.bad_pattern": (),
    "export.verify": (),
    "export.name_too_long": (),
    "render.text_overflow": ("layer",),
    "render.field_too_long": ("field", "limit", "length"),
    "render.too_complex": (),
    # templates, packages and their edits
    "template.unknown": ("template",),
    "template.not_found": (),
    "template.invalid": ("where",),
    "template.syntax": (),
    "template.encoding": (),
    "template.too_large": (),
    "template.id_mismatch": (),
    "template.undefined_field": ("layer",),
    "template.asset_missing": (),
    "template.asset_outside": (),
    "template.bad_asset": (),
    "template.bad_expression": ("layer",),
    "template.unsafe_expression": ("layer",),
    "template.expression_timeout": ("layer",),
    "template.bad_value": ("layer",),
    "template.no_video": (),
    # carousel posts (studio.carousel, studio.batch.carousel)
    "carousel.no_photos": ("count",),
    "carousel.no_pages": ("template",),
    "template.roundtrip": (),
    "template.asset_format": (),
    "template.asset_too_large": (),
    "template.bad_variant": (),
    "template.over_limit": (),
    "package.not_found": (),
    "package.bad_zip": (),
    "package.unsafe_path": (),
    "package.bad_member": (),
    "package.too_many": (),
    "package.too_large": (),
    "package.no_manifest": (),
    "package.invalid": (),
    "package.exists": ("clash",),
    "package.dest_exists": (),
    "edit.invalid": ("where", "detail"),
    "edit.bad_field": ("where", "detail"),
    "edit.bad_id": ("value",),
    "edit.bad_name": ("value",),
    "edit.bad_aspect": ("aspect",),
    "edit.bad_kind": ("kind",),
    "edit.bad_layer_type": ("kind",),
    "edit.bad_property": ("prop",),
    "edit.no_layer": ("layer",),
    "edit.no_field": ("field",),
    "edit.duplicate_layer": ("layer",),
    "edit.duplicate_field": ("field",),
    "edit.second_media": (),
    "edit.not_overridable": ("layer", "prop"),
    "edit.override_none": ("layer",),
    "edit.template_exists": ("template",),
    "edit.builtin": (),
    "edit.builtin_files": (),
    "edit.bad_asset": (),
    "edit.bad_image": (),
    "edit.bad_font": (),
    "edit.bad_logo": (),
    "edit.bad_video": (),
    "edit.bad_music": (),
    "edit.too_large": (),
    "edit.not_found": (),
    # the brand kit
    "brand.not_found": (),
    "brand.syntax": (),
    "brand.schema": ("schema",),
    "brand.bad_color": ("value",),
    "brand.missing_color": ("name",),
    "brand.missing_font": ("name",),
    "brand.missing_logo": ("name",),
    "brand.missing_file": (),
    "brand.roundtrip": (),
    "brand.bad_asset": (),
    "brand.bad_font": (),
    "platforms.invalid": (),
    "platforms.unknown": ("platform",),
    # captions
    "caption.unknown": ("caption",),
    "caption.not_found": ("template",),
    "caption.invalid": ("template",),
    "caption.unsafe": ("template", "variant", "section"),
    "caption.undefined": ("template", "variant", "section"),
    "caption.render": ("template", "variant", "section"),
    "caption.timeout": ("template", "variant"),
    "caption.missing_field": ("template", "field"),
    "caption.field_too_long": ("template", "field", "limit"),
    "caption.bad_value": ("template", "field"),
    "caption.counting": ("counting",),
    # saving what the user made: the previous version stays whole (studio.atomic)
    "save.disk_full": (),
    "save.read_only": (),
    "save.failed": (),
    # event files, batches and spreadsheets
    "project.not_found": (),
    "project.invalid": (),
    "project.syntax": (),
    "project.encoding": (),
    "project.schema": (),
    "project.too_large": (),
    "project.unreadable": (),
    "project.roundtrip": (),
    "project.no_path": (),
    "project.no_platforms": (),
    "project.media_missing": (),
    "project.media_moved": (),
    "batch.busy": (),
    "batch.folder_taken": ("owner",),
    "batch.journal": (),
    "batch.memory": (),
    "batch.internal": (),
    "batch.output_is_source": (),
    "batch.output_gone": (),
    "bulk.invalid": (),
    "bulk.not_found": (),
    "bulk.unsupported": (),
    "bulk.unreadable": (),
    "bulk.too_large": (),
    "bulk.empty": (),
    "bulk.no_column": (),
    "bulk.media_outside": (),
    # field values as they enter the core (studio.values)
    "values.too_long": ("field", "limit"),
    "values.too_many": ("count", "limit"),
    # the content calendar
    "calendar.data_missing": (),
    "calendar.data_too_large": (),
    "calendar.data_unreadable": (),
    "calendar.data_invalid": (),
    "calendar.schema": (),
    "calendar.zone": ("zone",),
    "calendar.range": (),
    "calendar.plan_not_found": (),
    "calendar.plan_unreadable": (),
    "calendar.plan_invalid": (),
    "calendar.plan_too_large": (),
    "calendar.plan_exists": (),
    "calendar.plan_busy": (),
    "calendar.plan_unwritable": (),
    "calendar.plan_roundtrip": (),
    "calendar.conflict": ("titles", "count"),
    "calendar.no_entry": ("entry",),
    "calendar.no_greeting": (),
    "calendar.several": (),
    "calendar.folder": (),
    "calendar.export_suffix": (),
    # the shared library: signed packages, sync, publishing (refusals name the signer)
    "library.signature": (),
    "library.unsigned": (),
    "library.untrusted_signer": ("signer", "key_id"),
    "library.revoked_signer": ("signer", "key_id", "date", "reason"),
    "library.wrong_role": ("signer", "key_id"),
    "library.signature_invalid": (),
    "library.signature_format": (),
    "library.file_changed": ("file", "signer", "key_id"),
    "library.file_missing": ("file", "signer", "key_id"),
    "library.file_added": ("file", "signer", "key_id"),
    "library.mismatch": (),
    "library.link": (),
    "library.too_many_files": (),
    "library.notes_too_long": (),
    "library.version_missing": ("item", "version"),
    "library.version_exists": ("existing", "item", "version"),
    "library.version_conflict": ("item", "version"),
    "library.bad_version": ("version",),
    "library.no_previous": ("item",),
    "library.not_shared": ("item",),
    "library.no_local": (),
    "library.no_official": (),
    "library.busy": (),
    "library.unreachable": (),
    "library.publish_failed": (),
    "library.unreadable": (),
    "library.too_large": (),
    "library.write_failed": (),
    "library.file_exists": (),
    "library.bad_source": (),
    "library.sources_invalid": (),
    "library.trust_invalid": (),
    # signing keys
    "keys.none": (),
    "keys.several": (),
    "keys.not_found": (),
    "keys.invalid": (),
    "keys.wrong_kind": (),
    "keys.passphrase_needed": (),
    "keys.bad_passphrase": (),
    "keys.weak_passphrase": (),
    "keys.passphrase_mismatch": (),
    "keys.bad_name": (),
    "keys.bad_id": (),
    "keys.unknown": (),
    "keys.not_city": (),
    # the command line (never shown by the GUI, named for completeness)
    "cli.bad_set": (),
    "cli.bad_focus": (),
    "cli.missing_output": (),
    "cli.bad_cover_at": (),
    "cli.bad_workers": (),
    "cli.bad_language": ("language",),
    "cli.exists": (),
    "cli.no_template": (),
    "cli.missing_id": (),
    "cli.missing_folder": (),
})

# The families: the code of an error raised without one (its class's), and the
# fallback words for a code this version does not know.
ERROR_FAMILIES = ("error", "media", "video", "export", "render", "template", "package", "edit",
                  "brand", "platforms", "caption", "project", "batch", "bulk", "calendar",
                  "values", "library", "keys", "cli", "save", "recap", "carousel")

# What :func:`studio.template.problems.template_problems` reports, with its params.
PROBLEM_CODES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "background.invalid": ("value",),
    "brand.missing_color": ("layer", "value", "prop"),
    "brand.missing_font": ("layer", "value"),
    "brand.missing_logo": ("layer", "value"),
    "color.invalid": ("layer", "value", "prop"),
    "expression.syntax": ("layer", "detail"),
    "field.undefined": ("layer", "field"),
    "asset.missing": ("layer", "value"),
    "variant.invalid": ("aspect", "layer", "detail"),
    "layer.off_canvas": ("layer", "aspect"),
    "layer.outside_safe": ("layer", "platform"),
    "media.no_layer": (),
})

# What a render returns beside the image (:class:`studio.render.layers.RenderWarning`).
WARNING_CODES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "text_overflow": (),
    # The photo itself: a face the design hides or cuts, a photo enlarged past 1.5x.
    "face_hidden": (),
    "photo_small": (),
    # A recap reel: a photo left out (named in the warning's subject), no music bed.
    "recap_skipped": (),
    "recap_no_music": (),
})


_KINDS: dict[str, type[StudioError]] = {
    cls.__name__: cls for cls in (StudioError, MediaError, TemplateError, PackageError,
                                  EditError, LibraryError, SignatureError, BrandError,
                                  RenderError, ExportError, CaptionError, VideoError,
                                  ProjectError, CalendarError, SaveError)}


def _plain(value: Any) -> Any:
    """A param value as JSON-safe data (text, numbers, lists)."""
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value][:100]
    return str(value)[:MAX_PARAM_CHARS]


def as_studio_error(exc: BaseException, *, path: str | Path | None = None) -> StudioError:
    """Any failure of one input as the app's own error, with a code.

    A :class:`StudioError` is returned as it is (``path`` filled in when it has
    none); anything else - a library's exception, a bug - becomes a coded
    error naming what happened, so a batch can report it against that input
    and go on. Third-party types are recognised by name, so this module
    imports nothing heavy.
    """
    if isinstance(exc, StudioError):
        if exc.path is None and path is not None:
            exc.path = Path(path)
        return exc
    kind = type(exc).__name__
    detail = str(exc).strip()[:300] or kind
    if isinstance(exc, MemoryError):
        return StudioError("not enough memory for this input", path=path,
                           code="batch.memory", hint="close other programs, or use a "
                           "smaller copy of the file")
    if kind == "DecompressionBombError":
        return MediaError(f"the image is far too large ({detail})", path=path,
                          code="media.too_large",
                          hint="resize it to a camera-size photo (e.g. 6000x4000) and try again")
    if isinstance(exc, RecursionError):
        return RenderError("the template or a value is nested too deeply to render", path=path,
                           code="render.too_complex",
                           hint="simplify the template or the value, or ask the designer")
    if kind == "TTLibError":
        return BrandError(f"a font is not a valid font file ({detail})", path=path,
                          code="brand.bad_font", hint="replace the font in the brand kit")
    if isinstance(exc, OSError):
        if exc.errno == errno.ENAMETOOLONG:
            return ExportError("a file or folder name is too long", path=path,
                               code="export.name_too_long",
                               hint="use a shorter naming pattern or shorter values")
        if exc.errno == errno.ENOSPC:
            return ExportError("the disk is full", path=path, code="export.disk_full",
                               hint="free some space or choose another drive")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return ExportError("no permission to read or write a file", path=path,
                               code="export.read_only", hint="choose another folder")
        return StudioError(f"a file could not be read or written: {exc.strerror or detail}",
                           path=path, code="export.os_error", hint="check the disk and "
                           "the file, then try again", type=kind, detail=detail)
    return StudioError(f"unexpected error ({kind}: {detail})", path=path, code="internal",
                       hint="report this with the file", type=kind, detail=detail)
