"""Caption warnings in the app: worded from their code and parameters, in the user's language,
naming what the officer filled in by the form's labels (never a section key)."""

from __future__ import annotations

import re

import pytest

from gui.i18n import install_language
from gui.jobs import captions
from gui.jobs.captions import CaptionWarning
from gui.labels import field_label
from gui.production.caption_panel import caption_warning_text
from studio.paths import TEMPLATES_DIR
from studio.platforms import load_platforms
from studio.progress import CancelToken
from studio.template.loader import load_template
from tests.studio.caption.samples import LONG_EVENT, LONGEST_EVENT

PLATFORMS = ("instagram_portrait", "x_post", "threads", "whatsapp_status")


def views(brand, fields):
    platforms = load_platforms()
    return captions.render_captions("pengumuman", fields, [platforms[p] for p in PLATFORMS],
                                    brand, progress=lambda *a: None, cancel=CancelToken())


@pytest.fixture
def labels():
    template = load_template(TEMPLATES_DIR / "pengumuman").template
    return {f.key: field_label(f) for f in template.fields}


def test_core_warnings_reach_the_app_with_their_codes(app, brand):
    warnings = [w for view in views(brand, LONG_EVENT) for w in view.warnings]
    assert warnings and all(w.code and w.params for w in warnings)
    assert {"own_hashtags_left_out", "left_out"} <= {w.code for w in warnings}


def test_indonesian_names_the_form_fields_and_the_official_hashtags(app, brand, labels):
    install_language("id")
    lines = [caption_warning_text(w, labels)
             for fields in (LONG_EVENT, {**LONGEST_EVENT, "subjudul": "Ada subjudul"})
             for view in views(brand, fields) for w in view.warnings]
    text = "\n".join(lines)
    # The officer's own tags went first so that the city's stay, and it says so.
    assert ("X hanya memuat 2 tagar di keterangan ini dan tagar resmi (#PemkotCimahi "
            "#KotaCimahi) didahulukan, jadi tagar tambahan Anda tidak dipakai: "
            "#CimahiBebasStunting #CegahStunting.") in lines
    assert "Threads hanya memuat 1 tagar" in text
    # Parts are named as the form names them.
    assert "\u201cKeterangan singkat\u201d" in text and "\u201cPenyelenggara\u201d" in text
    assert "Agar muat 280 karakter" in text
    for line in lines:
        # No section keys, no English, no placeholder left.
        quoted = set(re.findall("[\u201c'](.+?)[\u201d']", line))
        assert not quoted & {"isi", "kepala", "rincian", "ringkas", "sumber", "subjudul",
                             "deskripsi", "penyelenggara"}, line
        assert not re.search(r"\b(left out|hashtags?|to fit)\b", line), line
        assert "%" not in line, line


def test_english_with_plurals(app, brand, labels):
    install_language("en")
    try:
        lines = [caption_warning_text(w, labels) for view in views(brand, LONG_EVENT)
                 for w in view.warnings]
    finally:
        install_language("id")
    text = "\n".join(lines)
    assert "X takes 2 hashtags here, official ones (#PemkotCimahi #KotaCimahi) first" in text
    assert "Threads takes 1 hashtag here" in text
    assert "To fit 280 characters, left out: " in text


@pytest.mark.parametrize(("warning", "indonesian"), [
    (CaptionWarning("left_out", "", ("2200", "deskripsi", "kredit_foto")),
     "Agar muat 2.200 karakter, bagian ini tidak dipakai: \u201cIsi pengumuman (untuk "
     "keterangan)\u201d dan \u201cKredit foto\u201d."),
    (CaptionWarning("cut_at_sentence", "", ("500", "deskripsi")),
     "\u201cIsi pengumuman (untuk keterangan)\u201d dipotong di akhir kalimat agar muat 500 "
     "karakter."),
    (CaptionWarning("cut_at_sentence", "", ("500",)),
     "Keterangan dipotong di akhir kalimat agar muat 500 karakter."),
    (CaptionWarning("hashtags_left_out_to_fit", "", ("280", "#HariGuru")),
     "Agar muat 280 karakter, tagar tambahan Anda dilepas lebih dulu: #HariGuru. Tagar resmi "
     "tetap dipakai."),
    (CaptionWarning("official_hashtags_left_out_to_fit", "", ("280", "#KotaCimahi")),
     "Agar muat 280 karakter, tagar resmi pun terpaksa tidak dipakai: #KotaCimahi."),
    (CaptionWarning("own_hashtags_left_out", "", ("X", "2", "#A #B", "")),
     "X hanya memuat 2 tagar di keterangan ini, jadi sebagian tagar tambahan Anda tidak "
     "dipakai: #A #B."),
    (CaptionWarning("left_out", "", ("280", "kode_baru")),
     "Agar muat 280 karakter, bagian ini tidak dipakai: \u201cbagian lain\u201d."),
])
def test_each_code_in_indonesian(app, labels, warning, indonesian):
    install_language("id")
    assert caption_warning_text(warning, labels) == indonesian


def test_an_unknown_code_shows_the_cores_sentence(app):
    warning = CaptionWarning("something_new", "something new happened", ("1",))
    assert caption_warning_text(warning) == "something new happened"
