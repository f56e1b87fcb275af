"""Line breaking: balanced, never next to a separator, never inside a word."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.brand import default_brand
from studio.render.linebreak import SEPARATORS, break_lines, paragraph_units
from studio.render.text import FontChoice, TextShaper, fit_text, wrap_text

BRAND = default_brand()
SHAPER = TextShaper(FontChoice(BRAND.font_path("brand:heading"), BRAND.font_path("brand:emoji")))
BODY = TextShaper(FontChoice(BRAND.font_path("brand:semibold")))


def greedy(text: str, width: float, size: int, shaper: TextShaper = SHAPER) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if shaper.measure(candidate, size) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    return [*lines, current]


def test_a_title_is_balanced_where_greedy_leaves_one_word():
    title = "Rapat Koordinasi Penguatan Pengelolaan Media Sosial Perangkat Daerah Kota Cimahi"
    size = 60
    width = SHAPER.measure("Rapat Koordinasi Penguatan Pengelolaan", size) + 5
    assert len(greedy(title, width, size)[-1].split()) <= 2
    lines = wrap_text(SHAPER, title, size, width)
    assert lines is not None
    assert len(lines) == len(greedy(title, width, size))  # balanced, not longer
    widths = [SHAPER.measure(line, size) for line in lines]
    greedy_widths = [SHAPER.measure(line, size) for line in greedy(title, width, size)]
    assert max(widths) - min(widths) < max(greedy_widths) - min(greedy_widths)
    assert all(w <= width for w in widths)


def test_no_single_word_last_line_when_another_break_exists():
    title = "Sosialisasi dan pendampingan teknis bagi pengelola akun media sosial"
    size = 32
    # A width at which greedy puts "sosial" alone on the second line.
    width = BODY.measure("Sosialisasi dan pendampingan teknis bagi pengelola akun media", size) + 2
    assert greedy(title, width, size, BODY)[-1] == "sosial"
    lines = wrap_text(BODY, title, size, width)
    assert lines is not None and len(lines) == 2
    assert len(lines[-1].split()) >= 2


def test_the_time_zone_stays_with_its_time():
    text = "Pukul 08.00–14.00 WIB. Harap hadir tepat waktu"
    for width in range(260, 900, 20):
        lines = wrap_text(BODY, text, 30, width)
        if lines is None:
            continue
        assert not any(line.startswith("WIB") for line in lines), (width, lines)


@pytest.mark.parametrize("separator", ["·", "–", "|", "•"])
def test_a_break_at_a_separator_drops_it(separator):
    text = f"Rabu, 30 September 2026  {separator}  Aula Gedung B Lantai 3 Pemkot Cimahi"
    width = BODY.measure("Rabu, 30 September 2026", 30) + 20
    lines = wrap_text(BODY, text, 30, width)
    assert lines is not None
    assert lines[0] == "Rabu, 30 September 2026"
    for line in lines:
        assert not line.strip().startswith(separator) and not line.strip().endswith(separator)


def test_words_are_never_broken_but_links_may_be():
    word = "Mempertanggungjawabkannya"
    width = BODY.measure(word, 40) - 10
    assert wrap_text(BODY, word, 40, width) is None
    assert wrap_text(BODY, word, 40, width, break_words=True) is None
    link = "https://cimahikota.go.id/layanan/perekaman-ktp-elektronik"
    pieces = wrap_text(BODY, link, 40, 420, break_words=True)
    assert pieces is not None and "".join(pieces) == link
    assert all(BODY.measure(p, 40) <= 420 for p in pieces)


def test_a_word_that_cannot_fit_is_reported_not_hyphenated():
    block = fit_text(SHAPER, "Ketidakberhasilannya", 200, 300, 30, 60, 3, 1.1)
    assert block.overflow
    assert not any(line.endswith("-") for line in block.lines)


def test_short_text_shrinks_a_little_rather_than_leave_one_word_on_a_line():
    block = fit_text(SHAPER, "Rapat Koordinasi Kehumasan Kota Cimahi 2026", 820, 600, 72, 150,
                     7, 1.02)
    assert not block.overflow
    assert all(len(line.split()) >= 2 for line in block.lines), block.lines


WORDS = st.sampled_from([
    "Rapat", "Koordinasi", "Kehumasan", "Kota", "Cimahi", "Aula", "Gedung", "B", "2026",
    "Pukul", "09.00", "WIB", "WIB.", "s.d.", "selesai", "Jl.", "Demang", "di", "dan",
    "Kesejahteraan", "Pemberdayaan", "Masyarakat", "(Senin–Jumat)", "#CimahiMelayani",
])
SEPS = st.sampled_from([" ", " ", " ", "  ·  ", " – ", " | ", " • "])


@st.composite
def paragraphs(draw) -> str:
    words = draw(st.lists(WORDS, min_size=1, max_size=24))
    out = words[0]
    for word in words[1:]:
        out += draw(SEPS) + word
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=paragraphs(), width=st.integers(240, 1400))
def test_breaks_keep_every_word_and_no_line_edge_is_a_separator(text, width):
    lines = wrap_text(BODY, text, 30, width)
    if lines is None:
        # Only when one unbreakable unit is wider than the line.
        units = paragraph_units(text).units
        assert any(BODY.measure(u, 30) > width for u in units)
        return
    source = text.split()
    zones_after_words = all(source[i - 1] not in SEPARATORS
                            for i, t in enumerate(source) if t.startswith("WIB") and i > 0)
    for number, line in enumerate(lines):
        assert BODY.measure(line, 30) <= width + 0.5
        tokens = line.split()
        assert tokens
        assert tokens[0] not in SEPARATORS or tokens[0] == source[0]
        assert tokens[-1] not in SEPARATORS
        if number > 0 and zones_after_words:
            assert not tokens[0].startswith("WIB"), lines  # a time zone stays with its time
    kept = [t for line in lines for t in line.split() if t not in SEPARATORS]
    assert kept == [t for t in text.split() if t not in SEPARATORS]
    greedy_count = len(greedy(text, width, 30, BODY))
    assert len(lines) <= greedy_count + 1  # glue may cost a line; balance never does


def test_break_lines_uses_the_fewest_lines():
    para = paragraph_units("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh")
    measure = lambda s: 10.0 * len(s)  # noqa: E731 - a monospace stand-in
    lines = break_lines(para, 200, measure)
    assert lines is not None and len(lines) == 4
    assert max(len(x) for x in lines) - min(len(x) for x in lines) <= 8
