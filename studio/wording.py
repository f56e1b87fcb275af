"""The words of the files the engine writes for people, from a catalogue per language.

The core speaks English and codes; the summary (``ringkasan.txt``) and the
reason and warning columns of the manifest are read by officers, so their
words live in data - ``locales/report.<language>.toml`` - not in code. The app
passes its language (Indonesian by default, English available); the command
line says ``--language``. A code without its own entry falls back to its
family (``media.corrupt`` -> ``media``), then to a general sentence, and a
missing placeholder never breaks a report.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from studio.errors import StudioError
from studio.paths import LOCALES_DIR

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


class _Lenient(string.Formatter):
    """``str.format`` that shows a missing value as ``?`` instead of raising."""

    def get_value(self, key: int | str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        if isinstance(key, int):
            return args[key] if key < len(args) else "?"
        return kwargs.get(key, "?")

    def format_field(self, value: Any, format_spec: str) -> str:
        return str(value)  # the catalogue's own placeholders carry no format specs


_FORMAT = _Lenient()


@dataclass(frozen=True)
class Wording:
    """One language's catalogue."""

    language: str
    thousands: str
    sections: Mapping[str, Mapping[str, str]]

    def text(self, section: str, key: str, *args: Any, **params: Any) -> str:
        template = self.sections.get(section, {}).get(key)
        if template is None:
            template = self.sections.get(section, {}).get("other", key)
        return _FORMAT.format(template, *args, **params)

    def reason(self, code: str) -> str:
        """Why an output failed, for ``code`` (the most specific entry known)."""
        reasons = self.sections.get("reasons", {})
        parts = code.split(".")
        for n in range(len(parts), 0, -1):
            found = reasons.get(".".join(parts[:n]))
            if found:
                return found
        return reasons.get("other", code)

    def warning(self, code: str, params: Sequence[Any] = ()) -> str:
        return self.text("warnings", code, *params, code=code)

    def number(self, n: int) -> str:
        return f"{n:,}".replace(",", self.thousands)

    def duration(self, seconds: float) -> str:
        seconds = round(seconds)
        if seconds < 60:
            return self.text("summary", "seconds", s=seconds)
        minutes, seconds = divmod(seconds, 60)
        if minutes < 60:
            return self.text("summary", "minutes", m=minutes, s=seconds)
        hours, minutes = divmod(minutes, 60)
        return self.text("summary", "hours", h=hours, m=minutes)


@cache
def wording(language: str = DEFAULT_LANGUAGE) -> Wording:
    """The catalogue of ``language`` (``id`` or ``en``)."""
    if language not in LANGUAGES:
        raise StudioError(f"unknown language {language!r}", code="cli.bad_language",
                          hint=f"use one of: {', '.join(LANGUAGES)}", language=language)
    path = LOCALES_DIR / f"report.{language}.toml"
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise StudioError(f"the word list for {language!r} cannot be read: {exc}", path=path,
                          code="internal", hint="reinstall Studio Konten Cimahi"
                          ) from None
    sections = {k: dict(v) for k, v in data.items() if isinstance(v, dict)}
    return Wording(language=language, thousands=str(data.get("thousands", ".")),
                   sections=sections)
