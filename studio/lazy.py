"""Names of a package that come from its modules when first used (PEP 562).

A package's ``__init__`` lists where each public name lives and gets its
``__getattr__`` from :func:`lazy_names`: ``from studio.video import probe_video``
then loads only ``studio.video.probe``, so the app's start does not pay for the
planners and renderers it does not use yet (``tests/gui/test_lazy_start.py``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(package: str, homes: Mapping[str, str],
               namespace: dict[str, Any]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``package.<homes[name]>`` for ``name``.

    The value found is kept in ``namespace`` (the package's globals), so each
    name is looked up once.
    """

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{home}"), name)
        namespace[name] = value
        return value

    return __getattr__
