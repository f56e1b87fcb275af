"""Errors a user can act on.

Every failure the core reports to a person is a :class:`StudioError`: it knows
the file it concerns, what went wrong and a hint on what to do. The GUI
translates it by ``code`` (the English ``message`` is the CLI's text and the
fallback); the CLI prints :meth:`StudioError.one_line`.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from pathlib import Path
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


class PackageError(TemplateError):
    """A template package (.zip) is unsafe or malformed."""

    code = "package"


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


_KINDS: dict[str, type[StudioError]] = {
    cls.__name__: cls for cls in (StudioError, MediaError, TemplateError, PackageError,
                                  BrandError, RenderError, ExportError, CaptionError,
                                  VideoError, ProjectError)}


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
                           path=path, code="internal.os_error", hint="check the disk and "
                           "the file, then try again", type=kind, detail=detail)
    return StudioError(f"unexpected error ({kind}: {detail})", path=path, code="internal",
                       hint="report this with the file", type=kind, detail=detail)
