"""Counting like the platforms: code points, and X's weighted count (twitter-text v3).

The expected X values are the published twitter-text conformance results for
the v3 configuration (validate.yml, WeightedTweetsWithDiscountedEmojiCounterTest).
"""

from __future__ import annotations

import pytest

from studio.caption import count_chars
from studio.caption.counting import find_hashtags, find_urls
from studio.errors import CaptionError

X = "x_weighted"
# 160 CJK characters (a poem), written in lines of 32.
CJK = "".join((
    "故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。",
    "朱雀桥边野草花，乌衣巷口夕阳斜。旧时王谢堂前燕，飞入寻常百姓家。",
    "朝辞白帝彩云间，千里江陵一日还。两岸猿声啼不住，轻舟已过万重山。",
    "泪湿罗巾梦不成，夜深前殿按歌声。红颜未老恩先断，斜倚薰笼坐到明。",
    "独在异乡为异客，每逢佳节倍思亲。遥知兄弟登高处，遍插茱萸少一人。",
))
FAMILY = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"  # 👨‍👩‍👧‍👦


@pytest.mark.parametrize(("text", "expected"), [
    ("This is a test.", 15),
    ("http://test.com", 23),
    ("https://test.com", 23),
    ("test.com", 23),
    ("Test https://test.com test https://test.com test.com test", 86),
    ("285 chars- http://www.twitter.com/jack " + "xxxxxxxxxx-" * 24, 299),
    ("H\U0001F431\u263A" + FAMILY, 7),          # plain, cat, ☺, ZWJ family
    ("😷👾😡🔥💩", 10),
    ("🙋🏽👨\u200D🎤", 4),                         # skin tone, ZWJ profession
    (CJK, 320),
    ("the" + CJK, 323),
    ("A\u0301B", 2),                              # NFC: Á is one character
    ("This is a tweet with general punctuation characters: "
     "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B "
     "‐ ‑ ‒ – — ― ‖  ‗ ‘ ’ ‚ ‛ “ ” „ ‟ ′ ″ ‴ ‵ ‶ ‷", 110),
    ("randomurlrandomurlrandomurlrandomurlrandomurlrandomurlrandomurls.com", 68),  # label > 63
])
def test_x_weighted_conformance(text, expected):
    assert count_chars(text, X) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("🇮🇩", 2),                 # a flag is two regional indicators, one emoji
    ("🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F", 2),  # England
    ("👍🏾", 2),                 # skin tone
    ("1️⃣", 2),                   # keycap
    ("©", 1),
    ("©️", 2),
    ("Rapat 🎉", 8),
    ("Dirgahayu Kota Cimahi ke-25 🇮🇩🎉", 28 + 2 + 2),
])
def test_x_weighted_emoji_sequences(text, expected):
    assert count_chars(text, X) == expected


def test_links_count_23_whatever_their_length():
    long_link = "https://cimahikota.go.id/berita/" + "a" * 200
    assert count_chars(f"Info: {long_link}", X) == 6 + 23
    assert count_chars("Info: cimahikota.go.id.", X) == 6 + 23 + 1
    # E-mail addresses and one-label country domains are not links for X.
    assert count_chars("info@cimahikota.go.id", X) == len("info@cimahikota.go.id")
    assert find_urls("dst.ke s.d. selesai") == []


def test_plain_counts_code_points_after_nfc():
    assert count_chars("A\u0301B", "plain") == 2
    assert count_chars(FAMILY, "plain") == 7
    assert count_chars("https://cimahikota.go.id/" + "a" * 50, "plain") == 75


def test_unknown_counting_is_a_caption_error():
    with pytest.raises(CaptionError) as info:
        count_chars("x", "bytes")
    assert info.value.code == "caption.counting"


def test_find_hashtags():
    text = "Rapat #Kehumasan #PemkotCimahi, #2026 a#b https://x.com/#frag #HUT_ke25"
    assert find_hashtags(text) == ("#Kehumasan", "#PemkotCimahi", "#HUT_ke25")
