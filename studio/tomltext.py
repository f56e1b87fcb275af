"""Reading TOML that came from someone else: ``tomllib`` with its two unguarded costs closed.

``tomllib`` parses nested arrays and inline tables recursively, so a few
kilobytes of ``[[[[…]]]]`` in a template, event or caption file end in a
``RecursionError`` rather than a syntax error; and it handles a dotted key in
time quadratic in its parts, so one 60 KB key (``a.a.a.…``) in a caption
template took 27 seconds and one in a 512 KB ``template.toml`` would take
hours. :func:`loads` refuses keys of more than :data:`MAX_KEY_PARTS` parts
before parsing (a real file has two or three) and turns the recursion into the
``tomllib.TOMLDecodeError`` every reader of a file already handles, with its
own error code and message: both are one more syntax problem.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

TOMLDecodeError = tomllib.TOMLDecodeError

MAX_KEY_PARTS = 32

# MAX_KEY_PARTS dot-joined bare-key parts in a row, anywhere (a key, a table header,
# a key inside an inline table). It starts only where a part starts and never
# backtracks into a part, so it runs in linear time on any text.
_LONG_KEY = re.compile(r"(?<![A-Za-z0-9_\-])(?:[A-Za-z0-9_\-]++[ \t]*+\.[ \t]*+)"
                       rf"{{{MAX_KEY_PARTS}}}")


def loads(text: str) -> dict[str, Any]:
    """``tomllib.loads(text)``; a key of too many parts, or nesting deeper than Python
    can parse, is a TOMLDecodeError."""
    if _LONG_KEY.search(text):
        raise TOMLDecodeError(f"a key has more than {MAX_KEY_PARTS} parts")
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise TOMLDecodeError("lists or tables are nested too deeply") from None
