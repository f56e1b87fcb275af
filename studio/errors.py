"""Errors a user can act on.

Every failure the core reports to a person is a :class:`StudioError`: it knows
the file it concerns, what went wrong and a hint on what to do. The GUI
translates it by ``code`` (the English ``message`` is the CLI's text and the
fallback); the CLI prints :meth:`StudioError.one_line`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


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


class MediaError(StudioError):
    """A photo or video cannot be read or is not allowed."""

    code = "media"


class TemplateError(StudioError):
    """A template folder, manifest or package is invalid."""

    code = "template"


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
