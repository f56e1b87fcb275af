"""What a caption render returns: the text, its count, and warnings with codes.

A :class:`CaptionWarning` is an English sentence (the CLI prints it, tests
compare it) that also carries a stable ``code`` and its ``params``, so the
GUI can say it in the officer's language without parsing English. Codes:
``sections_left_out`` (count, limit, sections), ``section_shortened``
(section, limit), ``shortened`` (limit), ``hashtags_dropped`` (network, cap,
tags), ``hashtags_kept`` (cap, network, tags), ``too_many_hashtags`` (count,
network, cap).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class CaptionWarning(str):
    """A warning sentence with a machine ``code`` and its ``params`` (all strings)."""

    code: str
    params: tuple[str, ...]

    def __new__(cls, message: str, code: str = "", params: tuple[Any, ...] = ()
                ) -> CaptionWarning:
        self = super().__new__(cls, message)
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "params", tuple(str(p) for p in params))
        return self

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a CaptionWarning is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        return (CaptionWarning, (str(self), self.code, self.params))


@dataclass(frozen=True)
class CaptionResult:
    """One platform's caption: the text to paste, how it counts, and what happened."""

    platform_id: str
    variant: str
    text: str
    count: int
    limit: int
    hashtags: tuple[str, ...]
    warnings: tuple[str, ...]
    shortened: bool

    @property
    def ok(self) -> bool:
        """Nothing to warn about (the count is always within the limit)."""
        return not self.warnings and self.count <= self.limit
