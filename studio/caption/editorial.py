"""What an editor knows about Indonesian text: sentences, repeated openings, a complete lead.

Shortening cuts only where a sentence ends, so :func:`sentence_ends` must not
stop at ``Jl.``, ``No.``, ``s.d.`` or an initial (``H. Ngatiyana``): a full
stop ends a sentence only before a capital, a digit or the end of the text.
The Liputan caption leads with "who held what, where and when"; when the
officer's description opens with the same title, :func:`without_repeated_title`
refers back to it ("Kegiatan tersebut …") instead of printing the title twice,
and when the description's first sentence already names what, where and when,
:func:`is_complete_lead` lets the template use it as the lead. Plain functions
of strings (no Jinja, no Babel), registered as filters in
:mod:`studio.caption.indonesian`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from studio.caption.words import split_words

# Abbreviations that end in a full stop inside a sentence (lowercase, no dot).
_ABBREVIATIONS = frozenset(split_words(
    "jl jln rd no dr drs dra ir prof kel kec kab prov hj bpk sdr sdri yth tbk st ny tn "
    "kol letkol mayjen brigjen jend kapt ipda iptu akp kompol hlm telp"
))
_CLOSERS = "\"'”’)]»"
_END_MARK = re.compile(r"[.!?…]+[" + re.escape(_CLOSERS) + r"]*")
_WORD = re.compile(r"[\w-]+", re.UNICODE)
_LINE_BREAK = re.compile(r"\n")

# Words that start a new clause after a repeated title: the title's noun
# phrase ended there, so a back-reference can take its place.
_CLAUSE_WORDS = frozenset(split_words(
    "yang telah sudah akan resmi kembali berhasil sukses pada hari ini tersebut juga "
    "merupakan adalah menjadi berlangsung dibuka digelar diadakan dilaksanakan "
    "diselenggarakan dihadiri diikuti dimulai ditutup"
))
# Nouns a title usually opens with that can stand for the whole title
# ("Rapat tersebut", "Penutupan tersebut"); with another first word the
# description is left as written unless the template names a back-reference.
_TITLE_NOUNS = frozenset(split_words(
    "rapat lomba festival upacara seminar lokakarya pameran bazar jadwal musrenbang kegiatan "
    "layanan program gerakan senam donor operasi kerja bakti apel pawai kirab karnaval gebyar "
    "turnamen kejuaraan webinar diskusi dialog forum pentas konser malam"
))


# -- sentences ------------------------------------------------------------------

def _is_abbreviation(token: str) -> bool:
    core = token.rstrip(".!?…" + _CLOSERS).lstrip("(\"'“‘")
    if not core:
        return False
    if "." in core:
        # "s.d", "a.n", "S.Kom": short pieces joined by dots. A domain
        # ("cimahikota.go.id") has longer pieces and may end a sentence.
        return all(len(piece) <= 3 for piece in core.split("."))
    return (len(core) == 1 and core.isalpha()) or core.lower() in _ABBREVIATIONS


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence end inside ``text`` (not its very end).

    A line break always ends a sentence (captions are written in lines);
    ``.``, ``!``, ``?`` or ``…`` (with closing quotes or brackets) end one
    when a capital letter, a digit, an opening quote, a line break or the end
    of the text follows, and the word before the full stop is not an
    abbreviation or an initial.
    """
    ends = {m.start() for m in _LINE_BREAK.finditer(text, 1, max(len(text) - 1, 1))}
    for match in _END_MARK.finditer(text):
        end = match.end()
        if end >= len(text):
            continue
        rest = text[end:]
        stripped = rest.lstrip(" \t")
        if stripped == rest:
            continue  # "1.500", "cimahikota.go.id": no space after the mark
        if stripped and stripped[0].isalpha() and not stripped[0].isupper():
            continue  # "dll. dan", "s.d. selesai": the sentence goes on
        if match.group().startswith(".") and len(match.group().rstrip(_CLOSERS)) == 1:
            start = max(text.rfind(gap, 0, match.start()) for gap in " \t\n") + 1
            if _is_abbreviation(text[start: match.end()]):
                continue
        ends.add(end)
    return sorted(ends)


def sentences(text: str) -> list[str]:
    """``text`` split into its sentences (stripped, none empty)."""
    pieces, start = [], 0
    for end in [*sentence_ends(text), len(text)]:
        piece = text[start:end].strip()
        if piece:
            pieces.append(piece)
        start = end
    return pieces


def first_sentence(value: Any) -> str:
    """The first sentence of a text (the whole text when it has one)."""
    found = sentences(str(value or "").strip())
    return found[0] if found else ""


def after_first_sentence(value: Any) -> str:
    """Everything after the first sentence, as written."""
    text = str(value or "").strip()
    ends = sentence_ends(text)
    return text[ends[0]:].strip() if ends else ""


# -- places ---------------------------------------------------------------------

def short_place(value: Any) -> str:
    """The place without the address after its first comma.

    ``"Aula Gedung A Pemkot Cimahi, Jl. Rd. Demang Hardjakusumah"`` →
    ``"Aula Gedung A Pemkot Cimahi"``: what a reader needs to find it in a
    short post; the full address stays on the platforms with room.
    """
    text = str(value or "").strip()
    head = text.split(",", 1)[0].strip()
    return head or text


# -- repeated openings ----------------------------------------------------------

def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group().casefold(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _repeated_opening(description: str, title: str) -> int | None:
    """Where the description's repeat of the title's opening ends, or None.

    A repeat is the whole title, or at least its first four words (and half
    of it) followed by a word that starts a new clause ("dibuka", "yang",
    "digelar" …), so the title's noun phrase is known to end there.
    """
    title_words = [w for w, _, _ in _words(title)]
    text_words = _words(description)
    if len(title_words) < 2 or not text_words:
        return None
    same = 0
    for (word, _, _), title_word in zip(text_words, title_words, strict=False):
        if word != title_word:
            break
        same += 1
    if same == len(title_words):
        return text_words[same - 1][2]
    if same >= 4 and same * 2 >= len(title_words) and same < len(text_words):
        following = text_words[same][0]
        if following in _CLAUSE_WORDS or following.startswith(("di", "me", "ber", "ter")):
            return text_words[same - 1][2]
    return None


def opens_with_title(value: Any, title: Any) -> bool:
    """Whether the description opens by repeating the title (see :func:`without_repeated_title`)."""
    return _repeated_opening(str(value or ""), str(title or "")) is not None


def title_reference(title: Any) -> str:
    """``"Rapat tersebut"`` for "Rapat Koordinasi …", ``"Penutupan tersebut"`` for
    "Penutupan Sementara …"; empty when the title's first word is not a noun
    that can stand for it ("HUT ke-25 …", "Cimahi Creative Festival")."""
    words = str(title or "").split()
    if not words:
        return ""
    first = re.sub(r"[^\w-]", "", words[0]).casefold()
    noun = (first in _TITLE_NOUNS
            # Sosialisasi, Vaksinasi, Imunisasi
            or (first.endswith("si") and len(first) > 6)
            # pe(N)-…-an and ke-…-an: Penutupan, Pengumuman, Pelayanan, Kejuaraan
            or (first.startswith(("pe", "ke")) and first.endswith("an") and len(first) > 6))
    return f"{first.capitalize()} tersebut" if noun else ""


def without_repeated_title(value: Any, title: Any, reference: str = "") -> str:
    """The description with a repeated title at its start replaced by a back-reference.

    ``"Rapat Koordinasi X dibuka oleh Wali Kota."`` after a caption that
    already names "Rapat Koordinasi X" becomes ``"Rapat tersebut dibuka oleh
    Wali Kota."`` (:func:`title_reference`; ``reference`` is used when the
    title's first word gives none, e.g. ``"Kegiatan tersebut"``); ``"X, yang
    digelar …"`` becomes ``"Rapat yang digelar …"``; a first sentence that is
    only the title is left out. Any other description — or one with no
    back-reference to use — is returned as written.
    """
    text = str(value or "").strip()
    end = _repeated_opening(text, str(title or ""))
    if end is None:
        return text
    rest = text[end:]
    stripped = rest.lstrip(" ,;:–—-")
    if not stripped or stripped[0] in ".!?…":
        # The sentence was the title alone: the caption says it already.
        return after_first_sentence(text) if sentence_ends(text) else ""
    reference = title_reference(title) or reference
    if not reference:
        return text
    noun = reference.split()[0]
    if stripped.split(maxsplit=1)[0].casefold() == "yang":
        if rest.lstrip().startswith(","):
            # "X, yang digelar Y, berlangsung …": the clause's closing comma
            # goes with the opening one ("Kegiatan yang digelar Y berlangsung …").
            stop = next(iter(sentence_ends(stripped)), len(stripped))
            comma = stripped.find(",", 0, stop)
            if comma > 0:
                stripped = stripped[:comma] + stripped[comma + 1:]
        return f"{noun} {stripped}"
    return f"{reference} {stripped}"


# -- a lead the officer wrote ----------------------------------------------------

def _names_title(sentence: str, title: str) -> bool:
    title_words = {w for w, _, _ in _words(title) if len(w) > 2}
    if not title_words:
        return False
    said = {w for w, _, _ in _words(sentence)}
    return len(title_words & said) * 10 >= len(title_words) * 7


def _names_place(sentence: str, place: str) -> bool:
    if not place.strip():
        return True
    folded = sentence.casefold()
    return place.casefold() in folded or short_place(place).casefold() in folded


_MONTHS = split_words("januari februari maret april mei juni juli agustus september oktober "
                      "november desember")


def _names_date(sentence: str, when: Any) -> bool:
    if not str(when or "").strip():
        return True
    try:
        d = when if isinstance(when, date) else date.fromisoformat(str(when).strip())
    except ValueError:
        return False
    month = _MONTHS[d.month - 1]
    pattern = (rf"(?<!\d){d.day}\s*[/.-]\s*0?{d.month}(?!\d)"
               rf"|(?<!\d)0?{d.day}\s+(?:{month}|{month[:3]})\b")
    return re.search(pattern, sentence, re.IGNORECASE) is not None


def names_title(value: Any, title: Any) -> bool:
    """Whether the first sentence names the event: seven in ten of the title's words
    ("Pemkot meresmikan Taman X" names "Peresmian Taman X")."""
    return _names_title(first_sentence(value), str(title or ""))


def names_place(value: Any, place: Any) -> bool:
    """Whether the first sentence names the place (or its part before the first
    comma); an empty place asks nothing."""
    return _names_place(first_sentence(value), str(place or ""))


def names_date(value: Any, when: Any) -> bool:
    """Whether the first sentence gives the day and month of ``when`` (``30/11``,
    ``30 November``, ``30 Nov``); an empty date asks nothing."""
    return _names_date(first_sentence(value), when)


def is_complete_lead(value: Any, title: Any, place: Any = "", when: Any = "") -> bool:
    """Whether the first sentence already tells what, where and when."""
    sentence = first_sentence(value)
    return bool(sentence) and _names_title(sentence, str(title or "")) \
        and _names_place(sentence, str(place or "")) and _names_date(sentence, when)


def can_lead(value: Any, title: Any, place: Any = "", when: Any = "") -> bool:
    """Whether the officer's first sentence should be the caption's lead.

    Yes when it tells what, where and when; yes when it names the event
    without opening on the title ("Wali Kota membuka Rapat X …": a lead, to
    which the template adds the missing place or date); no when it opens by
    repeating the title and lacks a fact — then the house lead goes first and
    :func:`without_repeated_title` refers back to it.
    """
    if is_complete_lead(value, title, place, when):
        return True
    return names_title(value, title) and not opens_with_title(value, title)
