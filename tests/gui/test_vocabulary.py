"""One vocabulary: the words of the glossary in every Indonesian string, numbers and
moments in the language's own form.

The catalogues are checked word by word (a "Template" in the designer's screens
beside "Templat" in the officer's was the kind of slip this stops); the
helpers that write ratios, dates and times are checked in both languages.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gui.designer.texts import brand_role_name
from gui.i18n import install_language
from gui.labels import date_time_text, ratio_text
from gui.library.sources_panel import local_time

I18N = Path(__file__).resolve().parents[2] / "gui" / "i18n"
# English words the glossary replaces, as they would slip into an Indonesian string.
# (template.toml and {template} are names, not words; "brand:primary" is a reference.)
FOREIGN = {
    r"\b[Tt]emplate\b(?!\.toml|\w|})": "templat",
    r"\b[Bb]rand kit\b": "kit merek",
    r"(?<!Open )\b[Ff]onts?\b": "fon",  # "SIL Open Font Licence" is a name
    r"\b[Ff]iles?\b(?!\s*\()": "berkas",
    r"\b[Cc]aptions?\b(?!\))": "keterangan",
    r"\b[Pp]review\b": "pratinjau",
    r"^&?Edit\b": "sunting",
}


def _translations(name: str) -> list[tuple[str, str]]:
    root = ET.parse(I18N / f"{name}.ts").getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or \
            [translation.text or ""]
        found.extend((message.findtext("source") or "", form) for form in forms)
    return found


@pytest.mark.parametrize("catalogue", ["studio_id", "designer_id"])
def test_indonesian_strings_use_the_glossary(catalogue):
    slips = []
    for source, text in _translations(catalogue):
        # Command-line options and placeholders are not words ("--template", "{file}").
        words = re.sub(r"--[\w-]+|\{\w+\}|%\d", "", text)
        for pattern, word in FOREIGN.items():
            if re.search(pattern, words):
                slips.append(f"{text!r} (for {source!r}): use “{word}”")
    assert not slips, "\n".join(slips)


def test_ratios_dates_and_times_in_each_language(app):
    install_language("id")
    try:
        assert ratio_text(4.5) == "4,5:1" and ratio_text(8.5523) == "8,6:1"
        assert date_time_text(dt.datetime(2026, 12, 4, 15, 30)) == "4 Desember 2026, 15.30"
        assert "Desember 2026" in local_time("2026-12-04T05:30:00Z")
        assert brand_role_name("color", "primary") == "Utama"
        assert brand_role_name("color", "muted") == "Redup"
        assert brand_role_name("font", "heading") == "Judul"
        assert brand_role_name("font", "body") == "Isi"
        assert brand_role_name("color", "oranye_acara") == "oranye_acara"  # a designer's own
        install_language("en")
        assert ratio_text(4.5) == "4.5:1"
        assert date_time_text(dt.datetime(2026, 12, 4, 15, 30)) == "4 December 2026, 15:30"
        assert brand_role_name("color", "primary") == "Primary"
    finally:
        install_language("id")
