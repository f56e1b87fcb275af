"""Indonesian formatting for captions and text layers, built on Babel (locale ``id``).

Each helper takes what an officer types (ISO dates, ``HH:MM`` times, amounts)
and returns correct Indonesian: ``Kamis, 22 Februari 2024``, ``09.00 WIB``,
``22–23 Februari 2024``, ``Rp1.500.000``. :data:`FILTERS` registers them
under their Jinja names (``tanggal_panjang``, ``jam`` …), shared by caption
templates and the text layers of visual templates. An empty value gives an
empty string, so optional fields need no ``{% if %}`` just to be formatted;
a value that cannot be read raises ``ValueError`` naming the value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from babel import Locale
from babel.dates import format_date
from babel.numbers import NumberFormatError, format_decimal, parse_decimal
from jinja2 import pass_context
from jinja2.runtime import Context

from studio.caption.editorial import (
    after_first_sentence,
    can_lead,
    first_sentence,
    names_date,
    names_place,
    names_title,
    opens_with_title,
    short_place,
    without_repeated_title,
)
from studio.caption.hashtags import normalise_hashtags, normalise_mentions
from studio.caption.words import ACRONYMS, ROMAN, SMALL_WORDS

LOCALE = "id"
TIME_ZONES = ("WIB", "WITA", "WIT")
DEFAULT_ZONE = "WIB"
# A span this long or longer is written without day names ("Senin–Senin" is wrong).
_WEEK = 7


@cache
def _locale() -> Locale:
    return Locale.parse(LOCALE)


def _fmt(d: date, pattern: str) -> str:
    return format_date(d, pattern, locale=_locale())


# -- reading values -----------------------------------------------------------

def parse_date(value: Any) -> date | None:
    """An ISO date (``2026-11-30``) or a ``date``; ``None`` for an empty value."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_TIME_RANGE = re.compile(r"\s*(?:-|–|—|s\.?\s?d\.?|sampai(?: dengan)?)\s*", re.IGNORECASE)


def parse_time(value: Any) -> tuple[int, int] | None:
    """``"09:00"`` (or ``9.00``) as (hour, minute); ``None`` for an empty value."""
    text = str(value or "").strip()
    if not text:
        return None
    match = _TIME.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour <= 24 and minute < 60 and not (hour == 24 and minute):
            return hour, minute
    raise ValueError(f"{text!r} is not a time; write it as HH:MM (e.g. 09:00)")


def parse_zone(value: Any) -> str:
    """``WIB``, ``WITA`` or ``WIT`` (empty means WIB, Cimahi's zone)."""
    zone = str(value or "").strip().upper()
    if not zone:
        return DEFAULT_ZONE
    if zone not in TIME_ZONES:
        raise ValueError(f"{value!r} is not an Indonesian time zone; use WIB, WITA or WIT")
    return zone


# -- dates --------------------------------------------------------------------

def long_date(value: Any, hari: bool = True) -> str:
    """``Kamis, 22 Februari 2024`` (``hari=False``: ``22 Februari 2024``)."""
    d = parse_date(value)
    if d is None:
        return ""
    return _fmt(d, "EEEE, d MMMM y" if hari else "d MMMM y")


def short_date(value: Any) -> str:
    """``22 Feb 2024``: Babel's abbreviated months (Jan, Feb, …, Agu, Sep, Okt, Nov, Des).

    Chosen over ``22/02/2024`` because a follower never has to guess which
    number is the month.
    """
    d = parse_date(value)
    return _fmt(d, "d MMM y") if d else ""


def day_name(value: Any) -> str:
    """``Kamis``."""
    d = parse_date(value)
    return _fmt(d, "EEEE") if d else ""


def news_date(value: Any) -> str:
    """A press dateline: ``Kamis (22/2/2024)``, as Indonesian news writes it."""
    d = parse_date(value)
    return f"{_fmt(d, 'EEEE')} ({d.day}/{d.month}/{d.year})" if d else ""


def date_range(start: Any, end: Any = "", hari: bool = False) -> str:
    """``22–23 Februari 2024``, ``30 Januari–2 Februari 2024``,
    ``31 Desember 2024–1 Januari 2025``; one day when ``end`` is empty or equal.

    ``hari=True`` adds the day names (``Kamis–Jumat, 22–23 Februari 2024``)
    for spans shorter than a week.
    """
    first = parse_date(start)
    last = parse_date(end)
    if first is None:
        return ""
    if last is None or last == first:
        return long_date(first, hari=hari)
    if last < first:
        raise ValueError(f"the end date {last.isoformat()} is before the start date "
                         f"{first.isoformat()}")
    if (first.year, first.month) == (last.year, last.month):
        text = f"{first.day}–{_fmt(last, 'd MMMM y')}"
    elif first.year == last.year:
        text = f"{_fmt(first, 'd MMMM')}–{_fmt(last, 'd MMMM y')}"
    else:
        text = f"{_fmt(first, 'd MMMM y')}–{_fmt(last, 'd MMMM y')}"
    if hari and (last - first).days < _WEEK:
        text = f"{_fmt(first, 'EEEE')}–{_fmt(last, 'EEEE')}, {text}"
    return text


# -- times --------------------------------------------------------------------

def _clock(hour: int, minute: int) -> str:
    # Babel's short time pattern for "id" is HH.mm; formatting by hand keeps 24.00.
    return f"{hour:02d}.{minute:02d}"


def clock_time(value: Any, zona: Any = DEFAULT_ZONE, selesai: bool = False) -> str:
    """``"09:00"`` → ``09.00 WIB``; ``"09:00-12:00"`` → ``09.00–12.00 WIB``.

    ``selesai=True`` writes an open end the official way: ``09.00 WIB s.d. selesai``.
    ``"09:00-selesai"`` says the same.
    """
    text = str(value or "").strip()
    if not text:
        return ""
    zone = parse_zone(zona)
    parts = [p for p in _TIME_RANGE.split(text, maxsplit=1) if p]
    start = parse_time(parts[0])
    assert start is not None
    if len(parts) == 2 and parts[1].strip().lower() != "selesai":
        end = parse_time(parts[1])
        assert end is not None
        return f"{_clock(*start)}–{_clock(*end)} {zone}"
    if len(parts) == 2 or selesai:
        return f"{_clock(*start)} {zone} s.d. selesai"
    return f"{_clock(*start)} {zone}"


# -- money --------------------------------------------------------------------

def _amount(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not an amount")
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(str(value))
    text = str(value).strip()
    text = re.sub(r"^(?:rp\.?)\s*", "", text, flags=re.IGNORECASE).replace(" ", "")
    text = re.sub(r",-$", "", text)  # "Rp1.500.000,-"
    try:
        return parse_decimal(text, locale=_locale(), strict=True)
    except (NumberFormatError, InvalidOperation, ValueError):
        raise ValueError(f"{value!r} is not an amount; write it as 1500000 or 1.500.000") \
            from None


def rupiah(value: Any) -> str:
    """``1500000`` → ``Rp1.500.000``; cents only when there are any (``Rp2.500,50``)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    amount = _amount(value)
    pattern = "#,##0" if amount == amount.to_integral_value() else "#,##0.00"
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp{format_decimal(abs(amount), format=pattern, locale=_locale())}"


# -- titles -------------------------------------------------------------------

_EDGE_PUNCT = re.compile(r"^([\"'“‘(\[]*)(.*?)([\"'”’)\].,:;!?]*)$")


def _title_part(part: str, first: bool, shouting: bool) -> str:
    if not part:
        return part
    lower = part.lower()
    if lower in ACRONYMS:
        return ACRONYMS[lower]
    if lower in ROMAN:
        return part.upper()
    if part[0].isdigit():
        return part
    if part.isupper() and len(part) > 1 and not shouting:
        return part  # an acronym the list does not know (typed in capitals)
    if not part.islower() and not part.isupper() and not part.istitle():
        return part  # deliberate mixed case: "eKTP", "iPhone"
    if not first and lower in SMALL_WORDS:
        return lower
    return lower[0].upper() + lower[1:]


def title_case(value: Any) -> str:
    """Title case for Indonesian titles that keeps acronyms (OPD, PIC, IKPS, Diskominfo,
    RSUD, DPRD, UMKM) and lowercases small words (*dan, di, ke, dari, yang, untuk* …)
    except at the start or after a colon."""
    text = str(value or "").strip()
    if not text:
        return ""
    letters = [ch for ch in text if ch.isalpha()]
    shouting = bool(letters) and all(ch.isupper() for ch in letters)
    words = text.split()
    out: list[str] = []
    start = True
    for word in words:
        lead, core, trail = _EDGE_PUNCT.match(word).groups()  # type: ignore[union-attr]
        if core.lower() in ACRONYMS:
            cased = ACRONYMS[core.lower()]
        else:
            parts = core.split("-")
            # "ke-24" and "se-Kota" keep the prefix small inside a title.
            prefix_small = (not start and len(parts) > 1 and parts[0].lower() in {"ke", "se"})
            cased = "-".join(
                parts[0].lower() if i == 0 and prefix_small
                else _title_part(p, first=start and i == 0, shouting=shouting)
                for i, p in enumerate(parts)
            )
        out.append(f"{lead}{cased}{trail}")
        start = trail.endswith(":")
    return " ".join(out)


# -- hashtags and mentions ----------------------------------------------------

@pass_context
def hashtag_filter(context: Context, value: Any, *extra: Any) -> str:
    """``{{ tagar | tagar }}``: the typed tags normalised, then any ``extra`` tags,
    then the brand's fixed ones (``tagar_tetap`` in the render context)."""
    fixed = context.get("tagar_tetap") or ()
    return " ".join(normalise_hashtags(value, *extra, fixed))


def mention_filter(value: Any, *extra: Any) -> str:
    """``{{ "pemkotcimahi, diskominfo" | mention }}`` → ``@pemkotcimahi @diskominfo``."""
    return " ".join(normalise_mentions(value, *extra))


# The editor's helpers (studio.caption.editorial): texts, and yes/no answers
# about the description's first sentence for {% if %}.
FILTERS: dict[str, Callable[..., Any]] = {
    "tanggal_panjang": long_date,
    "tanggal_pendek": short_date,
    "tanggal_berita": news_date,
    "hari": day_name,
    "rentang_tanggal": date_range,
    "jam": clock_time,
    "rupiah": rupiah,
    "tagar": hashtag_filter,
    "mention": mention_filter,
    "judul_kapital": title_case,
    "tempat_singkat": short_place,
    "kalimat_pertama": first_sentence,
    "tanpa_kalimat_pertama": after_first_sentence,
    "tanpa_ulangan": without_repeated_title,
    "diawali_judul": opens_with_title,
    "menyebut_judul": names_title,
    "menyebut_tempat": names_place,
    "menyebut_tanggal": names_date,
    "jadi_lead": can_lead,
}
