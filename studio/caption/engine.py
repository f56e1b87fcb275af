"""The sandbox caption templates run in: the template sandbox with the Indonesian filters.

Caption templates come from anyone (a designer's package, a colleague's file),
so they render in the same locked-down Jinja2 sandbox as the text layers of
visual templates (:mod:`studio.template.sandbox`: a small statement set, an
allowlist of filters and methods, every value capped by its size, nesting
bounded, a deadline and a step budget). This module binds the Indonesian
filters to it and keeps the caption-facing names the rest of
``studio.caption`` uses. A refused template raises
:class:`~studio.errors.CaptionError` further up and leaves nothing behind, so
the next render works as usual.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

from jinja2 import TemplateError as JinjaTemplateError
from jinja2 import nodes
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError

from studio.caption.indonesian import FILTERS as INDONESIAN_FILTERS
from studio.template import sandbox
from studio.template.sandbox import (
    MAX_FIELD_CHARS,
    MAX_OUTPUT,
    MAX_RANGE,
    MAX_SECTION_SOURCE,
    MAX_STRING,
    RenderTimeout,
    SandboxEnvironment,
    deadline,
    referenced_names,
)

# Seconds for one caption (all its sections); the step budget bounds the work
# itself (sandbox.MAX_STEPS), the clock is the backstop on a busy laptop.
RENDER_TIME_LIMIT = 3.0

CaptionEnvironment = SandboxEnvironment


@cache
def caption_environment() -> SandboxEnvironment:
    """The sandbox with the Indonesian filters (one per process)."""
    return SandboxEnvironment(INDONESIAN_FILTERS)


# -- checking sources ---------------------------------------------------------

def check_source(source: str) -> nodes.Template:
    """Parse a section's source and refuse what captions may not use.

    Raises ``TemplateSyntaxError`` (with a line number) for bad syntax or a
    refused construct.
    """
    return sandbox.check_source(caption_environment(), source)


@lru_cache(maxsize=512)
def names_in_source(source: str) -> frozenset[str]:
    """:func:`referenced_names` of a source (cached; the source must be valid)."""
    return frozenset(referenced_names(check_source(source)))


# -- rendering ------------------------------------------------------------------

@cache
def warm_up() -> None:
    """Load Babel's Indonesian data once, outside any deadline (the first load is slow)."""
    from studio.caption.indonesian import long_date, rupiah, short_date

    long_date("2000-01-01")
    short_date("2000-01-01")
    rupiah(0)


def compile_section(source: str) -> Any:
    """The compiled Jinja template for a section (cached by source)."""
    return sandbox.compile_source(caption_environment(), source)


def render_source(source: str, context: Mapping[str, Any]) -> str:
    """Render one section. The caller holds the :func:`deadline`."""
    return sandbox.render_source(caption_environment(), source, context)


__all__ = [
    "MAX_FIELD_CHARS",
    "MAX_OUTPUT",
    "MAX_RANGE",
    "MAX_SECTION_SOURCE",
    "MAX_STRING",
    "RENDER_TIME_LIMIT",
    "CaptionEnvironment",
    "JinjaTemplateError",
    "RenderTimeout",
    "SecurityError",
    "TemplateSyntaxError",
    "UndefinedError",
    "caption_environment",
    "check_source",
    "compile_section",
    "deadline",
    "names_in_source",
    "referenced_names",
    "render_source",
    "warm_up",
]
