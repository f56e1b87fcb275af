"""Reading TOML that came from someone else: ``tomllib`` with its one unguarded failure closed.

``tomllib`` parses nested arrays and inline tables recursively, so a few
kilobytes of ``[[[[…]]]]`` in a template, event or caption file end in a
``RecursionError`` rather than a syntax error. :func:`loads` turns that into
the ``tomllib.TOMLDecodeError`` every reader of a file already handles (with
its own error code and message), so nesting is one more syntax problem.
"""

from __future__ import annotations

import tomllib
from typing import Any

TOMLDecodeError = tomllib.TOMLDecodeError


def loads(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``; nesting deeper than Python can parse is a TOMLDecodeError."""
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise TOMLDecodeError("lists or tables are nested too deeply") from None
