"""Rendering: pure functions from (template, brand kit, fields, media, platform) to images.

One module per layer type (``layer_media``, ``layer_image``, ``layer_shape``,
``layer_text``), registered by name in :mod:`studio.render.layers`.
"""
