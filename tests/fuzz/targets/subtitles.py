"""Subtitles (``.srt``): parsed, shifted for a trim, and every cue drawn.

Cases are plausible SRT files — numbered cues with timings (some backwards,
overlapping, at the limits of the digits), tags, odd unicode, blank and
missing lines — in UTF-8 (with or without a BOM), UTF-16 or cp1252, with CRLF
or CR line ends, then byte-mutated. A file that parses is shifted as a trim
would shift it and each cue is drawn into a subtitle strip in the brand font.
"""

from __future__ import annotations

from hypothesis import strategies as st

from tests.fuzz.harness import Case, Target, Workspace
from tests.fuzz.strategies import any_text, mutate, odd_text


@st.composite
def _timestamp(draw: st.DrawFn) -> str:
    h = draw(st.sampled_from((0, 0, 1, 9, 99)))
    m, s = draw(st.integers(0, 99)), draw(st.integers(0, 99))
    ms = draw(st.sampled_from(("000", "5", "50", "999", "1234")))
    sep = draw(st.sampled_from((",", ",", ".")))
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms}"


@st.composite
def srt_text(draw: st.DrawFn) -> str:
    cues = []
    for number in range(1, draw(st.sampled_from((0, 1, 2, 3, 6, 5002))) + 1):
        if number > 10:
            # Thousands of cues: the same small cue again and again (cheap to make).
            cues.append(f"{number}\n00:00:{number % 60:02d},000 --> 00:00:{number % 60:02d},500\n"
                        "Halo\n")
            continue
        start, end = draw(_timestamp()), draw(_timestamp())
        arrow = draw(st.sampled_from(("-->", "-->", "->", " --> ", "-->-->")))
        lines = draw(st.lists(st.one_of(odd_text(30), any_text(10), st.sampled_from((
            "<i>miring</i>", "<b>tebal", "{\\an8}atas", "<font color=red>x</font>", "",
            "- Bapak Wali Kota:", "♪ musik ♪"))), max_size=3))
        cues.append(f"{draw(st.sampled_from((str(number), '', 'x', '-1')))}\n"
                    f"{start}{arrow}{end}\n" + "\n".join(lines) + "\n")
    return "\n".join(cues)


@st.composite
def subtitle_case(draw: st.DrawFn) -> Case:
    text = draw(srt_text())
    newline = draw(st.sampled_from(("\n", "\r\n", "\r")))
    text = text.replace("\n", newline)
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1")))
    data = text.encode(encoding, errors="replace")
    data = draw(mutate(data, max_ops=3))
    return Case(files={"teks.srt": data},
                params={"trim": draw(st.sampled_from((0.0, 1.5, 3600.0))),
                        "duration": draw(st.sampled_from((0.5, 10.0, 600.0)))})


def parse_and_draw(ws: Workspace, case: Case) -> str:
    from studio.brand import default_brand
    from studio.video.subtitles import SubtitleStrip, cue_image, parse_srt, shift_cues

    cues = parse_srt(ws.inputs / "teks.srt")
    assert cues == tuple(sorted(cues, key=lambda c: c.start)), "cues out of order"
    assert all(c.end > c.start for c in cues), "a cue that ends before it starts"
    shifted = shift_cues(cues, case.params["trim"], case.params["duration"])
    brand = default_brand()
    strip = SubtitleStrip((0, 0, 360, 90), 1 / 3)
    for cue in shifted[:6]:
        tile, _shortened = cue_image(cue.text, strip, brand)
        assert tile.size == strip.size
    return f"{len(cues)} cue(s), {len(shifted)} after the trim"


TARGET = Target("subtitle", subtitle_case(), parse_and_draw, ci_examples=40)
