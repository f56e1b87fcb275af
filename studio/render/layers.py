"""The layer-renderer registry: one module per layer type, registered by name.

Adding a layer type is adding one module here (``layer_<type>.py``) that
decorates its draw function with :func:`register`, plus its schema entry in
``studio/template/model.py``. The media layer is not drawn here: the photo and
video paths place the media themselves between the layers below and above it.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PIL import Image

from studio.brand import BrandKit
from studio.template.layout import Layout, ResolvedLayer
from studio.template.loader import LoadedTemplate


@dataclass(frozen=True)
class RenderWarning:
    """Something the user should see: text shortened, a value ignored..."""

    layer_id: str
    code: str
    message: str


@dataclass
class RenderContext:
    brand: BrandKit
    template: LoadedTemplate
    fields: Mapping[str, str]
    layout: Layout
    strict: bool = False
    warnings: list[RenderWarning] = field(default_factory=list)
    # Text fitted once per layer and composition: the flow measures it before any
    # layer is drawn, the text renderer draws the same block (layer_text.fit_layer).
    fitted: dict[str, object] = field(default_factory=dict)

    def px(self, reference: float) -> int:
        """Reference pixels (1080 short side) to pixels on this canvas."""
        return max(0, round(reference * self.layout.scale))


LayerRenderer = Callable[[Image.Image, ResolvedLayer, RenderContext], None]
_REGISTRY: dict[str, LayerRenderer] = {}
_MODULES = ("layer_image", "layer_shape", "layer_text")


def register(type_name: str) -> Callable[[LayerRenderer], LayerRenderer]:
    def decorate(func: LayerRenderer) -> LayerRenderer:
        _REGISTRY[type_name] = func
        return func

    return decorate


_load_lock = threading.Lock()
_loaded = False


def renderer_for(type_name: str) -> LayerRenderer:
    global _loaded
    if not _loaded:
        # Threads (GUI previews, batch workers) may ask at once: load exactly once.
        with _load_lock:
            if not _loaded:
                for name in _MODULES:
                    importlib.import_module(f"studio.render.{name}")
                _loaded = True
    return _REGISTRY[type_name]


def with_opacity(tile: Image.Image, opacity: float) -> Image.Image:
    """``tile`` (RGBA) with its alpha multiplied by ``opacity``."""
    if opacity >= 1.0:
        return tile
    alpha = tile.getchannel("A").point(lambda v: round(v * opacity))
    tile = tile.copy()
    tile.putalpha(alpha)
    return tile
