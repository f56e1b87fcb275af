"""Counting a caption's length the way each platform counts it.

``plain`` counts Unicode code points after NFC normalisation (what most
platforms show). ``x_weighted`` follows X's twitter-text configuration v3:
code points in a few Latin/punctuation ranges weigh 1, everything else 2, any
link counts 23 whatever its length, and one emoji sequence (a ZWJ family, a
flag, a skin-toned hand, a keycap) counts 2. This module also finds the
hashtags in a text, so the hashtag cap is checked on what is really posted.
"""

from __future__ import annotations

import re
import unicodedata

from studio.errors import CaptionError

PLAIN = "plain"
X_WEIGHTED = "x_weighted"
COUNTINGS = (PLAIN, X_WEIGHTED)

# twitter-text config v3 (config/v3.json): weights are scaled by 100.
_SCALE = 100
_DEFAULT_WEIGHT = 200
_URL_WEIGHT = 23 * _SCALE
_EMOJI_WEIGHT = 200
_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))

# Top-level domains a bare domain ("cimahikota.go.id") may end in to count as
# a link. twitter-text carries the full IANA list; the common generic ones and
# every country code cover what a city's captions contain.
_GENERIC_TLDS = (
    "com net org info biz edu gov mil int name pro mobi asia tel travel jobs aero coop museum "
    "app dev io ai co me tv xyz online site web website store shop tech news live blog cloud "
    "digital media link page space world today life email network social center academy "
    "institute school education events video photo photos art design studio agency "
    "group company team club gallery green city town"
)
_COUNTRY_TLDS = (
    "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo "
    "bq br bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk "
    "dm do dz ec ee eg eh er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq "
    "gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki "
    "km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo "
    "mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk "
    "pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss "
    "st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk um us uy uz va vc "
    "ve vg vi vn vu wf ws ye yt za zm zw"
)
_COUNTRY_SET = frozenset(_COUNTRY_TLDS.split())
_TLD_ALTERNATION = "|".join(
    sorted(set(_GENERIC_TLDS.split()) | _COUNTRY_SET, key=len, reverse=True))

# A link is not a link after these (an e-mail's "@", a hashtag's "#", a path).
_NOT_BEFORE = r"(?<![\w@＠#＃$./\-])"
_LABEL = r"[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?"  # DNS: at most 63 per label
_WITH_SCHEME = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
_BARE = re.compile(
    _NOT_BEFORE
    + rf"((?:{_LABEL}\.)+)({_TLD_ALTERNATION})(?![\w\-])"
    + r"((?::\d{1,5})?(?:/[^\s<>\"]*)?)",
    re.IGNORECASE,
)
# Characters a link does not end with: sentence punctuation after it is text.
_TRAILING = re.compile(r"[.,;:!?'\"”’)\]}»>…]+$")

_HASHTAG = re.compile(r"(?<![\w&#＃/])[#＃](\w*[^\W\d_]\w*)")

_ZWJ = 0x200D
_VS16 = 0xFE0F
_VS15 = 0xFE0E
_KEYCAP = 0x20E3
_KEYCAP_BASES = frozenset("0123456789#*")


def count_chars(text: str, counting: str = PLAIN) -> int:
    """The length of ``text`` as the platform counts it (``plain`` or ``x_weighted``)."""
    text = unicodedata.normalize("NFC", text)
    if counting == PLAIN:
        return len(text)
    if counting == X_WEIGHTED:
        return x_weighted_length(text)
    raise CaptionError(
        f"unknown caption counting {counting!r}",
        hint=f"use one of: {', '.join(COUNTINGS)} (in platforms.toml)",
        code="caption.counting",
        counting=counting,
    )


def find_urls(text: str) -> list[tuple[int, int]]:
    """Spans of the links X would shorten to 23 characters, in order."""
    spans: list[tuple[int, int]] = []
    for match in _WITH_SCHEME.finditer(text):
        start, end = match.span()
        trailing = _TRAILING.search(match.group())
        if trailing:
            end -= len(trailing.group())
        if end > start + len("http://"):
            spans.append((start, end))
    taken = list(spans)
    for match in _BARE.finditer(text):
        start, end = match.span()
        if any(a <= start < b for a, b in taken):
            continue
        labels, tld, rest = match.group(1), match.group(2).lower(), match.group(3)
        trailing = _TRAILING.search(rest)
        if trailing:
            end -= len(trailing.group())
            rest = rest[: len(rest) - len(trailing.group())]
        # twitter-text: one label + a country code with no path ("dst.ke") is
        # not a link; "t.co" is the one exception it names.
        one_label = labels.count(".") == 1
        if one_label and tld in _COUNTRY_SET and not rest and labels.lower() != "t.":
            continue
        spans.append((start, end))
    return sorted(spans)


def _light(cp: int) -> bool:
    return any(a <= cp <= b for a, b in _LIGHT_RANGES)


def _pictographic(cp: int) -> bool:
    """Code points that start an emoji (an approximation of Extended_Pictographic).

    Characters outside the light ranges weigh 2 either way; what matters is
    that sequences built on them (ZWJ, skin tones, flags) count once.
    """
    return (
        0x1F000 <= cp <= 0x1FAFF
        or 0x2600 <= cp <= 0x27BF
        or 0x2300 <= cp <= 0x23FF
        or 0x2B00 <= cp <= 0x2BFF
        or 0x2190 <= cp <= 0x21FF
        or 0x25A0 <= cp <= 0x25FF
        or 0x2900 <= cp <= 0x297F
        or cp in (0x203C, 0x2049, 0x2122, 0x2139, 0x24C2, 0x3030, 0x303D, 0x3297, 0x3299)
    )


def _emoji_end(text: str, i: int) -> int:
    """Where the emoji sequence starting at ``i`` ends (``i`` when there is none)."""
    n = len(text)
    cp = ord(text[i])
    nxt = ord(text[i + 1]) if i + 1 < n else 0
    # Keycaps: 1️⃣ is digit (+ VS16) + U+20E3.
    if text[i] in _KEYCAP_BASES:
        j = i + 1
        if j < n and ord(text[j]) == _VS16:
            j += 1
        if j < n and ord(text[j]) == _KEYCAP:
            return j + 1
        return i
    # ©, ® are ordinary letters unless asked to look like emoji (VS16).
    if cp in (0xA9, 0xAE):
        return i + 2 if nxt == _VS16 else i
    if not _pictographic(cp):
        return i
    # Two regional indicators are one flag.
    if 0x1F1E6 <= cp <= 0x1F1FF:
        return i + 2 if 0x1F1E6 <= nxt <= 0x1F1FF else i + 1
    j = i + 1
    while j < n:
        c = ord(text[j])
        if c in (_VS16, _VS15, _KEYCAP) or 0x1F3FB <= c <= 0x1F3FF or 0xE0020 <= c <= 0xE007F:
            j += 1  # presentation selector, skin tone, subdivision-flag tags
        elif c == _ZWJ and j + 1 < n and _pictographic(ord(text[j + 1])):
            j += 2  # 👨‍👩‍👧: one sequence
        else:
            break
    return j


# Anything outside the light ranges; found by the regex engine so a long
# Latin caption is counted without a Python step per character.
_HEAVY = re.compile("[^" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _LIGHT_RANGES) + "]")


def _plain_run_weight(text: str, start: int, stop: int) -> int:
    """Weight (scaled) of ``text[start:stop]``, a stretch with no links in it."""
    total = 0
    i = start
    while i < stop:
        match = _HEAVY.search(text, i, stop)
        if match is None:
            return total + (stop - i) * _SCALE
        j = match.start()
        # A keycap (1️⃣) or ©️ starts with a light character before the heavy one.
        begin = j - 1 if j - 1 >= i and _emoji_end(text, j - 1) > j else j
        total += (begin - i) * _SCALE
        end = min(_emoji_end(text, begin), stop)
        if end > begin:
            total += _EMOJI_WEIGHT
            i = end
        else:
            total += _DEFAULT_WEIGHT
            i = j + 1
    return total


def x_weighted_length(text: str) -> int:
    """X's weighted length (twitter-text v3) of an already NFC-normalised text."""
    total = 0
    position = 0
    for start, end in find_urls(text):
        total += _plain_run_weight(text, position, start) + _URL_WEIGHT
        position = end
    total += _plain_run_weight(text, position, len(text))
    return total // _SCALE


def find_hashtags(text: str) -> tuple[str, ...]:
    """The hashtags in ``text`` as posted (``#PemkotCimahi``), in order, with repeats."""
    return tuple("#" + m.group(1) for m in _HASHTAG.finditer(text))
