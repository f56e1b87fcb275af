"""Captions for the chosen platforms, through :mod:`studio.caption` (when present).

A template names its caption template (``template.caption``); the core renders
it per platform, counts it the platform's way and warns about limits. This
module only finds the caption template, calls the core for each platform and
hands back plain values for the caption panel.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from studio.brand import BrandKit
from studio.errors import CaptionError
from studio.platforms import Platform
from studio.progress import CancelToken, ProgressCallback


@dataclass(frozen=True)
class CaptionWarning:
    """A caption warning: the core's code and parameters (the GUI words them), and its
    English sentence (shown only for a code this version does not know)."""

    code: str
    message: str
    params: tuple[str, ...] = ()


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
    """The core's warning (a string with ``code`` and ``params``) as a plain value."""
    return CaptionWarning(str(getattr(item, "code", "") or ""), str(item),
                          tuple(str(p) for p in getattr(item, "params", ())))


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
                                       fixed_hashtags=brand.hashtags, mentions=brand.mentions,
                                       photo_credit=brand.credit)
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
