"""Captions for the chosen platforms, through :mod:`studio.caption`.

A template names its caption template (``template.caption``); the core renders
it per platform, counts it the platform's way and warns about limits. This
module only finds the caption template, calls the core for each platform and
hands back plain values for the caption panel.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from studio.brand import BrandKit
from studio.caption import get_caption_template, render_caption
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


def caption_warning(item: Any) -> CaptionWarning:
    """The core's warning (a string with ``code`` and ``params``) as a plain value."""
    return CaptionWarning(str(getattr(item, "code", "") or ""), str(item),
                          tuple(str(p) for p in getattr(item, "params", ())))


def render_captions(caption_id: str, fields: Mapping[str, str], platforms: Sequence[Platform],
                    brand: BrandKit, *, progress: ProgressCallback,
                    cancel: CancelToken) -> list[CaptionView]:
    cap = get_caption_template(caption_id)
    views = []
    for platform in platforms:
        cancel.raise_if_cancelled()
        result = render_caption(cap, dict(fields), platform, fixed_hashtags=brand.hashtags,
                                mentions=brand.mentions, photo_credit=brand.credit)
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
