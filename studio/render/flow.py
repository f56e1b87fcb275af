"""Flow: text boxes that grow into free space, and the layers that follow them.

Before any layer is drawn, every text layer with ``grow`` (or ``collapse``) is
set (the same setting the text renderer then draws, cached in the render
context), and the layout is re-resolved with the grown boxes: the panel behind
a long title stretches up with it, the label above it moves up (``follow``);
an empty key figure with ``collapse`` gives its room to the ones that follow
it. A template without ``grow`` or ``collapse`` keeps its layout unchanged.
"""

from __future__ import annotations

from studio.render.layer_text import fit_layer
from studio.render.layers import RenderContext
from studio.template.layout import Layout, apply_flow
from studio.template.model import TextLayer


def flow_layout(layout: Layout, ctx: RenderContext) -> Layout:
    """``layout`` with grown (or collapsed) text boxes and their followers moved."""
    growth: dict[str, tuple[int, int]] = {}
    for resolved in layout.layers:
        layer = resolved.layer
        if not isinstance(layer, TextLayer) or (layer.grow is None and not layer.collapse):
            continue
        fitted = fit_layer(resolved, ctx)
        if layer.collapse and not fitted.text:
            growth[layer.id] = _collapsed(layer, resolved.height)
        else:
            growth[layer.id] = fitted.growth
    return apply_flow(layout, growth)


def _collapsed(layer: TextLayer, height: int) -> tuple[int, int]:
    """Negative growth that closes an empty box towards the edge its text sits on."""
    if layer.valign == "bottom":
        return (-height, 0)
    if layer.valign == "top":
        return (0, -height)
    return (-(height // 2), -(height - height // 2))
