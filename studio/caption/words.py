"""Word lists for Indonesian government writing: acronyms and small words.

Title case and hashtags must not turn ``OPD`` into ``Opd`` or ``Diskominfo``
into ``DISKOMINFO``; titles keep prepositions and conjunctions lowercase
(EYD: *kata tugas* are not capitalised in titles unless they come first).
Keys are lowercase; values are the spelling to use.
"""

from __future__ import annotations


def split_words(text: str) -> list[str]:
    """Word lists are written as plain text (easy to extend); this splits them."""
    return text.split()


_ACRONYMS = (
    # institutions and offices
    "OPD PIC IKPS DPRD DPR MPR RSUD UPTD UPT BUMD PDAM KPU KPK BPK BPS BNN BNPB BPBD "
    "TNI ASN PNS PPPK PKK RT RW TK SD SMP SMA SMK MI MTs MA SLB PAUD PT "
    "Diskominfo Disdik Dinkes Dinsos Disdukcapil Dishub Disnaker Disperkim Bappeda Bapenda "
    "Satpol PP Pemkot Pemkab Pemprov Kemendagri Kominfo Komdigi Polri Polres Polsek Kodim "
    "Koramil Puskesmas Posyandu Posbindu "
    # programmes, documents and common terms
    "UMKM IKM BPJS KTP KIA KK NIK NPWP SIM STNK PBB PAD APBD APBN CSR HUT RI NKRI "
    "KTP-el e-KTP COVID-19 DBD ISPA TBC HIV AIDS PHBS PSN Pilkada Pemilu Musrenbang "
    "SP4N CCTV WiFi QR PDF TIK SPBE SPM SOP SKPD "
    "UNESCO ASEAN G20 WHO UNICEF"
)
ACRONYMS: dict[str, str] = {word.lower(): word for word in split_words(_ACRONYMS)}

# Roman numerals up to 39 ("Tahap II"), uppercase in titles.
ROMAN = frozenset(split_words(
    "ii iii iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii xxiii xxiv "
    "xxv xxvi xxvii xxviii xxix xxx"
))

SMALL_WORDS = frozenset(split_words(
    "dan di ke dari yang untuk pada dengan atau oleh dalam bagi serta tentang terhadap kepada "
    "daripada sebagai antara hingga sampai per tetapi melalui"
))
