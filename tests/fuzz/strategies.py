"""Building blocks for structure-aware fuzzing: odd values, byte and text mutations.

The targets build *valid-ish* inputs (a real PNG, a plausible template.toml,
a sheet Excel could have written) and then bend them with these: truncation,
byte flips, integers at their limits, deep nesting, odd unicode, wrong types.
Hypothesis shrinks every mutation list towards "no mutation", so a failing
case comes back as the smallest change to a valid file that breaks the app.

The factories are cached: Hypothesis validates every new strategy object, and
building them afresh inside each draw costs more than the app's own work.
"""

from __future__ import annotations

import functools
import struct
import zlib
from typing import Any

from hypothesis import strategies as st

# -- text ------------------------------------------------------------------------------------

# Characters that have tripped text handling somewhere: controls and escapes,
# bidi overrides, joiners and emoji, combining marks, wide scripts, line and
# paragraph separators, the BOM, private use, non-characters.
_ODD_CHARS = (
    "\x00", "\x07", "\x1b", "\x1b[31m", "\x7f", "\x85", "\x9b", "\t", "\r", "\r\n", "\n",
    "\u200b", "\u200d", "\u202e", "\u2066", "\u2028", "\u2029", "\ufeff", "\ufffd", "\uffff",
    "\ue000", "\U0010ffff", "\u0301", "\u0301" * 30, "👩‍👩‍👧‍👦", "🇮🇩", "🏳️‍🌈", "👍🏽", "ﷺ", "ཀྵ",
    "𒐫", "ẞ", "İ", "ﬃ", "Ⅻ", "٣", "漢字", "한국어", "العربية", "עברית", "ไทย", "{{", "}}", "{%",
    "%}", "{#", "{", "}", "$", "%", "\\", "/", "..", "../", "C:\\", "NUL", "CON", "COM1", ".",
    '"', "'", "'''", '"""', "#", "=", "[", "]", ",", ";", "<", ">", "&", "\x00\x00\x00",
)
_WORDS = (
    "Rapat", "Koordinasi", "Kehumasan", "Aula", "Gedung B", "Pemkot Cimahi", "Wali Kota",
    "2026-11-30", "19:30", "WIB", "#CimahiKota", "@pemkotcimahi", "Selamat", "Hari Jadi",
)


@functools.cache
def odd_text(max_size: int = 40) -> st.SearchStrategy[str]:
    """Short text mixing words, any printable unicode and the odd characters above."""
    piece = st.one_of(
        st.sampled_from(_WORDS),
        st.sampled_from(_ODD_CHARS),
        st.text(st.characters(blacklist_categories=("Cs",)), max_size=8),
    )
    return st.lists(piece, max_size=max_size // 4 + 1).map("".join)


@functools.cache
def long_text() -> st.SearchStrategy[str]:
    """A long run: past every field and cell limit the app has (5,000-100,000 chars)."""
    return st.tuples(st.sampled_from(("A", "kata ", "🙂", "\u0301", "x\n", "{{ ")),
                     st.sampled_from((2_001, 5_001, 20_001, 100_001))).map(
        lambda t: (t[0] * t[1])[: t[1]])


@functools.cache
def any_text(max_size: int = 40) -> st.SearchStrategy[str]:
    text = odd_text(max_size)
    return st.one_of(text, text, text, text, text, long_text()) if max_size > 0 else st.just("")


# -- values of the wrong kind (for TOML / JSON-like documents) ----------------------------

_INTERESTING_INTS = (0, -1, 1, 2, 255, 256, 65535, 65536, 2**31 - 1, 2**31, 2**32, 2**63 - 1,
                     -(2**63), 10**18, 99999, -99999)
_INTERESTING_FLOATS = (0.0, -0.0, 1e-300, 1e300, -1e300, 0.5, 1.0000001, 3.0, 1e9,
                       float("inf"), float("-inf"), float("nan"))


@functools.cache
def interesting_int() -> st.SearchStrategy[int]:
    return st.one_of(st.sampled_from(_INTERESTING_INTS), st.integers(-(2**63), 2**63 - 1))


@functools.cache
def interesting_float() -> st.SearchStrategy[float]:
    return st.one_of(st.sampled_from(_INTERESTING_FLOATS), st.floats(allow_nan=True))


@functools.cache
def scalar() -> st.SearchStrategy[Any]:
    import datetime as dt

    return st.one_of(
        st.booleans(), interesting_int(), interesting_float(), odd_text(20),
        st.dates(min_value=dt.date(1, 1, 1)), st.times(),
        st.datetimes(min_value=dt.datetime(1, 1, 1)),
    )


@functools.cache
def wrong_value() -> st.SearchStrategy[Any]:
    """A value of any TOML type, including small lists and tables."""
    return st.recursive(
        scalar(),
        lambda inner: st.one_of(st.lists(inner, max_size=4),
                                st.dictionaries(st.sampled_from(("a", "x", "id", "type", "0")),
                                                inner, max_size=3)),
        max_leaves=8,
    )


def maybe_wrong(valid: st.SearchStrategy[Any], wrong_weight: int = 1,
                valid_weight: int = 6) -> st.SearchStrategy[Any]:
    """Mostly ``valid``, sometimes a value of any other kind."""
    return st.one_of(*([valid] * valid_weight), *([wrong_value()] * wrong_weight))


def chaos_level() -> st.SearchStrategy[int]:
    """How bent one case is: half the cases are valid documents (so the fuzzer gets
    past the loader to what uses its result), the rest have a few wrong values."""
    return st.sampled_from((0, 0, 0, 0, 1, 1, 2, 4))


def pick(draw: st.DrawFn, valid: st.SearchStrategy[Any], chaos: int) -> Any:
    """A value from ``valid``, or (rarely, more often with more ``chaos``) a wrong one."""
    if chaos and draw(st.integers(0, 40)) < chaos:
        return draw(wrong_value())
    return draw(valid)


# -- raw TOML lines (what a serialiser would never write) --------------------------------------

@functools.cache
def toml_splice() -> st.SearchStrategy[str]:
    """A raw TOML fragment: deep nesting, huge numbers, odd keys, broken syntax."""
    depth = st.sampled_from((30, 200, 600, 3_000, 20_000))
    return st.one_of(
        depth.map(lambda n: "deep = " + "[" * n + "]" * n),
        depth.map(lambda n: "deep = " + "{ a = " * n + "1" + " }" * n),
        depth.map(lambda n: "[" + ".".join(["t"] * n) + "]\nx = 1"),
        depth.map(lambda n: "deep." + ".".join(["k"] * n) + " = 1"),
        st.sampled_from((
            "big = 9" * 1, "big = 99999999999999999999999999999999999999",
            "big = 1e99999", "n = nan", "n = -inf", "d = 1979-05-27T07:32:00Z",
            "d = 0001-01-01", "t = 24:00:00", "s = \"\\uD800\"", "s = \"\\U0010FFFF\"",
            "= 1", "a = ", "[[", "[a]\n[a]", "a = 1\na = 2", "'''", '"""unterminated',
            "a = [1, 'x', {b = 2}]", "key\x00 = 1", "x = \"\x1b[2J\"",
        )),
    )


# -- byte mutations ----------------------------------------------------------------------------

_MUTATIONS = ("truncate", "flip", "set", "insert", "delete", "duplicate", "int32", "zero")
_INT32 = (0, 1, 0x7F, 0x80, 0xFF, 0xFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x10000,
          0x1000000)


@st.composite
def mutate(draw: st.DrawFn, data: bytes, max_ops: int = 4) -> bytes:
    """``data`` bent by up to ``max_ops`` byte-level mutations (none, shrunk to)."""
    buffer = bytearray(data)
    # Most cases keep the structure whole; shrinking goes to no mutation at all.
    for _ in range(draw(st.sampled_from((0, 0, 0, *range(1, max_ops + 1))))):
        op = draw(st.sampled_from(_MUTATIONS))
        size = len(buffer)
        at = draw(st.integers(0, max(0, size - 1)))
        if op == "truncate":
            del buffer[draw(st.integers(0, size)):]
        elif op == "flip" and size:
            buffer[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "set" and size:
            buffer[at] = draw(st.sampled_from((0, 0xFF, 0x7F, 0x80, 0x20, 0x0A)))
        elif op == "insert":
            buffer[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete" and size:
            del buffer[at:at + draw(st.integers(1, 64))]
        elif op == "duplicate" and size:
            length = draw(st.integers(1, 256))
            chunk = buffer[at:at + length]
            buffer[at:at] = chunk * draw(st.integers(1, 8))
        elif op == "int32" and size >= 4:
            at = min(at, size - 4)
            order = draw(st.sampled_from(("<I", ">I")))
            buffer[at:at + 4] = struct.pack(order, draw(st.sampled_from(_INT32)))
        elif op == "zero" and size:
            length = draw(st.integers(1, 64))
            buffer[at:at + length] = bytes(len(buffer[at:at + length]))
    return bytes(buffer)


@st.composite
def mutate_text(draw: st.DrawFn, text: str, max_ops: int = 3) -> bytes:
    """UTF-8 of ``text`` after line-level edits, then a few byte mutations."""
    lines = text.split("\n")
    for _ in range(draw(st.sampled_from((0,) * 6 + tuple(range(1, max_ops + 1))))):
        op = draw(st.sampled_from(("drop", "dup", "splice", "odd", "swap")))
        at = draw(st.integers(0, max(0, len(lines) - 1)))
        if op == "drop" and lines:
            del lines[at]
        elif op == "dup" and lines:
            lines.insert(at, lines[at])
        elif op == "splice":
            lines.insert(at, draw(toml_splice()))
        elif op == "odd" and lines:
            pos = draw(st.integers(0, len(lines[at])))
            lines[at] = lines[at][:pos] + draw(st.sampled_from(_ODD_CHARS)) + lines[at][pos:]
        elif op == "swap" and len(lines) > 1:
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
    encoded = "\n".join(lines).encode("utf-8", "surrogatepass")
    return draw(mutate(encoded, max_ops=1)) if draw(st.integers(0, 3)) == 0 else encoded


# -- chunked formats (PNG) -----------------------------------------------------------------------

def png_chunk(kind: bytes, payload: bytes) -> bytes:
    """A PNG chunk with a correct CRC (so the reader goes on past it)."""
    return (struct.pack(">I", len(payload)) + kind + payload
            + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF))
