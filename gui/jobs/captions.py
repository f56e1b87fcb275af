"""Captions for the chosen platforms, through :mod:`studio.caption` (when present).

A template names its caption template (``template.caption``); the core renders
it per platform, counts it the platform's way and warns about limits. This
module only finds the caption template, calls the core for each platform and
hands back plain values for the caption panel.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from studio.brand import BrandKit
from studio.errors import CaptionError
from studio.platforms import Platform
from studio.progress import CancelToken, ProgressCallback


@dataclass(frozen=True)
class CaptionWarning:
    """A caption warning: a code the GUI translates, its values, the core's English text."""

    code: str
    message: str
    params: tuple[str, ...] = ()


# The core's caption warnings are English sentences without a code (yet); these
# patterns recognise them so the GUI can say them in the officer's language.
# Anything not recognised is shown as the core wrote it.
_WARNING_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("sections_left_out", re.compile(r"^too long \((\d+)/(\d+)\): left out (.+)$")),
    ("section_shortened", re.compile(r"^shortened '(.+?)' at a \w+ boundary to fit (\d+)")),
    ("section_left_out", re.compile(r"^left out '(.+?)': it does not fit in (\d+)$")),
    ("shortened", re.compile(r"^(?:shortened at a \w+ boundary|cut inside a word) to fit "
                             r"(\d+)")),
    ("hashtags_dropped", re.compile(r"^(.+?) allows (\d+) hashtags?: left out (.+)$")),
    ("hashtags_kept", re.compile(r"^this caption keeps (\d+) hashtags? on (.+?): "
                                 r"left out (.+)$")),
    ("too_many_hashtags", re.compile(r"^(\d+) hashtags in the text; (.+?) allows (\d+)$")),
)


@dataclass(frozen=True)
class CaptionView:
    platform_id: str
    text: str
    count: int
    limit: int
    hashtags: int
    warnings: tuple[CaptionWarning, ...]
    shortened: bool


def _caption_module() -> Any | None:
    try:
        return importlib.import_module("studio.caption")
    except ImportError:
        return None


def available() -> bool:
    module = _caption_module()
    return module is not None and hasattr(module, "render_caption")


def caption_warning(item: Any) -> CaptionWarning:
    if not isinstance(item, str):
        return CaptionWarning(str(getattr(item, "code", "")),
                              str(getattr(item, "message", item)))
    for code, pattern in _WARNING_PATTERNS:
        match = pattern.match(item)
        if match:
            return CaptionWarning(code, item, match.groups())
    return CaptionWarning("", item)


def render_captions(caption_id: str, fields: Mapping[str, str], platforms: Sequence[Platform],
                    brand: BrandKit, *, progress: ProgressCallback,
                    cancel: CancelToken) -> list[CaptionView]:
    module = _caption_module()
    if module is None or not hasattr(module, "render_caption"):
        raise CaptionError("captions are not available in this version",
                           code="caption.unavailable")
    cap = module.get_caption_template(caption_id)
    views = []
    for platform in platforms:
        cancel.raise_if_cancelled()
        result = module.render_caption(cap, dict(fields), platform,
                                       fixed_hashtags=brand.hashtags, mentions=brand.mentions)
        hashtags = result.hashtags
        views.append(CaptionView(
            platform_id=platform.id,
            text=result.text,
            count=int(result.count),
            limit=int(result.limit),
            hashtags=len(hashtags) if not isinstance(hashtags, int) else hashtags,
            warnings=tuple(caption_warning(w) for w in (result.warnings or ())),
            shortened=bool(getattr(result, "shortened", False)),
        ))
    return views
