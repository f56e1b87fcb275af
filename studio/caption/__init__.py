"""Captions: per-platform text for a post, filled from the same fields as the visuals.

A caption template (``captions/<id>.toml``) holds named Jinja sections and one
variant per platform caption key; :func:`render_caption` fills it from the
officer's field values in a locked-down sandbox, formats Indonesian dates,
times and hashtags, and fits the result to the platform's limits, returning
a :class:`CaptionResult` with the count and every warning. Qt-free.
"""

from studio.caption.compose import render_caption, render_captions
from studio.caption.counting import count_chars
from studio.caption.model import (
    CaptionTemplate,
    CaptionVariant,
    get_caption_template,
    list_caption_templates,
    load_caption_template,
    parse_caption_text,
)
from studio.caption.result import CaptionResult, CaptionWarning

__all__ = [
    "CaptionResult",
    "CaptionTemplate",
    "CaptionVariant",
    "CaptionWarning",
    "count_chars",
    "get_caption_template",
    "list_caption_templates",
    "load_caption_template",
    "parse_caption_text",
    "render_caption",
    "render_captions",
]
