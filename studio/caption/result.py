"""What a caption render returns: the text, its count, and warnings with codes.

A :class:`CaptionWarning` is an English sentence (the CLI prints it) that also
carries a stable ``code`` and its ``params`` (strings), so the app can say it
in the officer's language without parsing English. No warning names a
section: parts of the caption are named by the fields they show (``judul``,
``deskripsi`` …, or the built-ins ``semua_mention`` and ``kredit_foto``),
which the app words with the form's own labels. Codes and params:

- ``left_out``: limit, field… (what no longer shows)
- ``closing_left_out``: limit (a fixed courtesy line)
- ``cut_at_sentence``: limit, field… (ends after a whole sentence)
- ``written_briefly``: limit (labels, a heading or the full address out)
- ``cut_at_word``: limit, field… (the last resort; ends with "…")
- ``cut_inside_word``: limit (a single word longer than the limit)
- ``own_hashtags_left_out``: network, cap, tags, the official tags kept
- ``hashtags_left_out``: network, cap, tags (the platform's own cap)
- ``hashtags_left_out_to_fit``: limit, tags (the officer's or the template's)
- ``official_hashtags_left_out_to_fit``: limit, tags
- ``too_many_hashtags``: count, network, cap
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
    warnings: tuple[CaptionWarning, ...]
    shortened: bool

    @property
    def ok(self) -> bool:
        """Nothing to warn about (the count is always within the limit)."""
        return not self.warnings and self.count <= self.limit
