"""The work the GUI runs on worker threads, as plain functions over the core.

Each function takes ``progress`` and ``cancel`` keywords (the contract of
:mod:`gui.operations`) and returns a value; none touches a widget. They may
build ``QImage`` objects, which Qt allows off the UI thread (``QPixmap`` is
made on the UI thread from them).
"""

from studio.render.layers import renderer_for as _renderer_for

# The core registers layer renderers on first use; do it here, on the UI
# thread, before two workers could race to do it at once.
_renderer_for("text")
