"""Line breaking: where a paragraph may break, and the breaks a typesetter would pick.

Greedy wrapping (fill each line, then start the next) leaves a single word on
the last line, a "WIB." alone, or a "·" hanging at a line end. This module
breaks a paragraph the way a designer sets a poster title:

- A paragraph is a row of *units* (words, or words glued together) with a
  *gap* between each two. A gap is a space, or a separator with its spaces
  (" · ", " – ", " | "). A line break may only fall in a gap, and the whole gap
  disappears there: no line starts or ends with a separator, the break itself
  separates.
- Some gaps may not break at all: a time zone stays with its time ("13.30
  WIB"), "s.d." with what follows, a bullet with its first word.
- Words are never broken. Only a token that is plainly not a word — a link,
  an e-mail address, a long number — may be split, and only when it alone is
  wider than the line (see :func:`split_long_token`).
- Among the breaks that use the fewest lines, the *balanced* choice makes the
  lines as even as possible (titles, short blocks); for longer paragraphs the
  *pretty* choice keeps the lines full and only refuses a short or one-word
  last line. Both are exact (dynamic programming over the gaps), not greedy.

Widths come from a ``measure(text) -> float`` callable, so the same code
serves every font and size.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

Measure = Callable[[str], float]

# Tokens that separate parts of a line rather than being words.
SEPARATORS = frozenset({"·", "•", "|", "–", "—", "-", "/", "~", "*", "◦", "‧", "∙"})
# A token that must stay on the line of the token before it.
_GLUE_BEFORE = re.compile(r"^(WIB|WITA|WIT|Wib|wib)[.,;:!?)]*$")
# A token that must stay on the line of the token after it.
_GLUE_AFTER = re.compile(r"^(s\.d\.?|s/d|No\.?|Jl\.?|Rp\.?|RT|RW)$")
# Not a word: links, addresses, long numbers, hashtags and handles.
_NOT_A_WORD = re.compile(r"[/@_:\\]|\.\w|^\d[\d.,\-]{8,}$|^[#@]")

# A one-word last line is refused when another break exists; a last line under
# this share of the longest line counts as short in the pretty mode.
SHORT_LAST_LINE = 0.34
# Paragraphs of up to this many lines are balanced; longer ones are set "pretty".
BALANCE_UP_TO = 6
# Where a reader pauses anyway a break costs less: at a separator, after a
# comma or a full stop. After a one- or two-letter word ("B", "di") it costs more.
_BREAK_AT_SEPARATOR = -0.3
_BREAK_AFTER_PUNCTUATION = -0.06
_BREAK_AFTER_TINY_WORD = 0.04


@dataclass(frozen=True)
class Paragraph:
    """A paragraph as units and the gaps between them (``len(gaps) == len(units) - 1``)."""

    units: tuple[str, ...]
    gaps: tuple[str, ...]
    breakable: tuple[bool, ...]

    def line(self, start: int, end: int) -> str:
        """The text of units ``start..end-1`` on one line, with their gaps."""
        parts = [self.units[start]]
        for i in range(start, end - 1):
            parts.append(self.gaps[i])
            parts.append(self.units[i + 1])
        return "".join(parts)


def is_separator(token: str) -> bool:
    return token in SEPARATORS


def paragraph_units(text: str) -> Paragraph:
    """Split one paragraph (no newlines) into units and gaps.

    Whitespace runs become single spaces, except around separators, whose own
    spacing is kept ("Kamis, 12 Maret  ·  Aula" keeps its two spaces a side).
    """
    tokens = re.findall(r"\S+|\s+", text.strip())
    words: list[str] = []
    spaces: list[str] = []  # spaces[i] is the whitespace after words[i]
    for token in tokens:
        if token.isspace():
            if words:
                spaces[-1] = token.replace("\t", " ").replace("\n", " ")
            continue
        words.append(token)
        spaces.append("")
    if not words:
        return Paragraph(units=("",), gaps=(), breakable=())

    units: list[str] = []
    gaps: list[str] = []
    breakable: list[bool] = []
    i = 0
    pending_gap: str | None = None
    while i < len(words):
        word = words[i]
        # A separator between two words becomes (part of) a gap.
        if is_separator(word) and units and i + 1 < len(words):
            gap = (pending_gap if pending_gap is not None else _space(spaces[i - 1]))
            gap += word + _space(spaces[i])
            pending_gap = gap
            i += 1
            continue
        if not units:
            units.append(word)
        elif pending_gap is not None:
            gaps.append(pending_gap)
            breakable.append(True)
            units.append(word)
        else:
            gaps.append(_space(spaces[i - 1]))
            breakable.append(not _glued(units[-1], word))
            units.append(word)
        pending_gap = None
        i += 1
    return _merge_glued(Paragraph(tuple(units), tuple(gaps), tuple(breakable)))


def _space(whitespace: str) -> str:
    # Plain runs of spaces collapse to one; a designer's double space stays.
    return whitespace if len(whitespace) <= 2 else " "


def _glued(before: str, after: str) -> bool:
    if _GLUE_BEFORE.match(after) or _GLUE_AFTER.match(before) or is_separator(after):
        return True
    # A bullet or an opening mark alone glues to the word after it.
    return before in ("•", "◦", "-", "–", "—", "“", "\"", "(", "*")


def _merge_glued(p: Paragraph) -> Paragraph:
    """Join units across gaps that may not break, so every remaining gap may."""
    units = [p.units[0]]
    gaps: list[str] = []
    for gap, ok, unit in zip(p.gaps, p.breakable, p.units[1:], strict=True):
        if ok:
            gaps.append(gap)
            units.append(unit)
        else:
            units[-1] = units[-1] + gap + unit
    return Paragraph(tuple(units), tuple(gaps), tuple(True for _ in gaps))


def may_split(unit: str) -> bool:
    """Whether a unit that is wider than the line may be split (links, not words)."""
    return bool(_NOT_A_WORD.search(unit)) and " " not in unit


def split_long_token(unit: str, width: float, measure: Measure) -> list[str] | None:
    """A link or number too wide for the line, cut into pieces that fit.

    Cuts after "/", before "." or "?" and around "-" or "_" where possible,
    else between characters; no hyphen is added (a hyphen in a link misleads).
    None when even one character is wider than the line.
    """
    pieces: list[str] = []
    rest = unit
    while rest:
        if measure(rest) <= width:
            pieces.append(rest)
            break
        cut = 0
        for end in range(1, len(rest) + 1):
            if measure(rest[:end]) > width:
                break
            cut = end
        if cut == 0:
            return None
        # Prefer the last natural cut point inside the piece that fits.
        natural = max((i + 1 for i, ch in enumerate(rest[:cut]) if ch in "/-_&?=")
                      , default=0)
        dots = [i for i, ch in enumerate(rest[:cut]) if ch in ".?" and i > 0]
        natural = max(natural, max(dots, default=0))
        if natural >= max(1, cut // 3):
            cut = natural
        pieces.append(rest[:cut])
        rest = rest[cut:]
    return pieces


def break_lines(paragraph: Paragraph, width: float, measure: Measure,
                mode: str = "auto") -> list[str] | None:
    """The lines of ``paragraph`` at ``width``; None when a unit is wider than the line.

    ``mode`` is ``"balance"`` (even lines), ``"pretty"`` (full lines, no short
    last line) or ``"auto"`` (balance up to :data:`BALANCE_UP_TO` lines).
    """
    units = paragraph.units
    n = len(units)
    if n == 1 and not units[0]:
        return [""]
    unit_w = [measure(u) for u in units]
    if any(w > width for w in unit_w):
        return None
    # Width of units i..j-1 on one line: prefix sums of units and gaps. Kerning
    # across a gap is ignored here and checked on the chosen lines below.
    gap_w = [measure(g) for g in paragraph.gaps]
    prefix = [0.0]
    for i, w in enumerate(unit_w):
        prefix.append(prefix[-1] + w + (gap_w[i - 1] if i > 0 else 0.0))

    def span(i: int, j: int) -> float:
        # prefix[j] includes the gap before unit j-1 … and before unit i; drop the latter.
        return prefix[j] - prefix[i] - (gap_w[i - 1] if i > 0 else 0.0)

    lines = _fewest_lines(n, span, width)
    if mode == "auto":
        mode = "balance" if lines <= BALANCE_UP_TO else "pretty"
    breaks = _best_breaks(n, span, width, lines, mode, _break_costs(paragraph))
    result = [paragraph.line(a, b) for a, b in itertools.pairwise(breaks)]
    # The sums ignore kerning between a unit and its gap; a line that really runs
    # over by that much is set again greedily (rare, and never wider than the box).
    if any(measure(line) > width for line in result):
        return _greedy(paragraph, width, measure)
    return result


def _fewest_lines(n: int, span: Callable[[int, int], float], width: float) -> int:
    count, start = 0, 0
    while start < n:
        end = start + 1
        while end < n and span(start, end + 1) <= width:
            end += 1
        count += 1
        start = end
    return count


def _break_costs(paragraph: Paragraph) -> list[float]:
    """The extra cost of breaking at each gap (before unit i+1)."""
    costs = []
    for gap, unit in zip(paragraph.gaps, paragraph.units, strict=False):
        cost = 0.0
        if gap.strip():
            cost += _BREAK_AT_SEPARATOR
        elif unit[-1:] in ",.;:":
            cost += _BREAK_AFTER_PUNCTUATION
        elif len(unit) <= 2 and unit.isalpha():
            cost += _BREAK_AFTER_TINY_WORD
        costs.append(cost)
    return costs


def _best_breaks(n: int, span: Callable[[int, int], float], width: float, lines: int,
                 mode: str, break_costs: list[float]) -> list[int]:
    """Break indices [0, b1, ..., n] for exactly ``lines`` lines, cheapest first."""
    if lines == 1:
        return [0, n]
    inf = float("inf")
    # best[k][j]: cost of setting units 0..j-1 on k lines; back[k][j]: start of the last.
    best = [[inf] * (n + 1) for _ in range(lines + 1)]
    back = [[0] * (n + 1) for _ in range(lines + 1)]
    best[0][0] = 0.0
    for k in range(1, lines + 1):
        last_line = k == lines
        for j in range(k, n + 1):
            if last_line and j != n:
                continue
            for i in range(k - 1, j):
                if best[k - 1][i] == inf:
                    continue
                w = span(i, j)
                if w > width:
                    continue
                cost = best[k - 1][i] + _line_cost(w, width, j - i, last_line, mode)
                if not last_line:
                    cost += break_costs[j - 1]
                if cost < best[k][j]:
                    best[k][j] = cost
                    back[k][j] = i
    breaks = [n]
    j = n
    for k in range(lines, 0, -1):
        j = back[k][j]
        breaks.append(j)
    return breaks[::-1]


def _line_cost(w: float, width: float, words: int, last: bool, mode: str) -> float:
    slack = (width - w) / width
    if mode == "balance":
        # Every line counts, the last too: the sum of squares is least when the
        # lines are even. A lone word at the end costs extra.
        return slack * slack + (0.5 if last and words == 1 else 0.0)
    if not last:
        return slack * slack
    short = 1.0 - SHORT_LAST_LINE
    return (0.5 if words == 1 else 0.0) + (0.2 if slack > short else 0.0)


def _greedy(paragraph: Paragraph, width: float, measure: Measure) -> list[str] | None:
    lines: list[str] = []
    start = 0
    n = len(paragraph.units)
    while start < n:
        end = start + 1
        if measure(paragraph.line(start, end)) > width:
            return None
        while end < n and measure(paragraph.line(start, end + 1)) <= width:
            end += 1
        lines.append(paragraph.line(start, end))
        start = end
    return lines
