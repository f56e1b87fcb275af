"""The shipped caption templates, rendered for every platform with a realistic event."""

from __future__ import annotations

import re

import pytest

from studio.caption import list_caption_templates, render_caption
from studio.caption.counting import _pictographic
from tests.studio.caption.samples import SAMPLE_EVENT

SHIPPED = ("angka", "info-layanan", "kutipan", "liputan-kegiatan", "pengumuman", "ucapan",
           "undangan")
EMOJI_NETWORKS = {"instagram", "tiktok"}


@pytest.fixture(scope="module")
def templates():
    return list_caption_templates()


def test_all_are_shipped_and_valid(templates):
    assert tuple(templates) == SHIPPED
    for template in templates.values():
        assert template.variant_for("x").key == "x"
        assert template.variant_for("threads").key == "threads"
        assert template.variant_for("instagram").key == "instagram"
        assert template.description


def assert_reads_cleanly(text: str, where: str) -> None:
    assert text == text.strip(), where
    assert "\n\n\n" not in text, where
    assert "  " not in text, where
    assert not re.search(r"[ \t]$", text, re.M), where
    assert "{{" not in text and "{%" not in text and "None" not in text, where
    # No label left hanging without its value ("Tempat:" and nothing after).
    assert not re.search(r"^[^\n]{1,25}:(?:\n\n|\Z)", text, re.M), where
    assert not re.search(r"\s[,.]", text), where


@pytest.mark.parametrize("template_id", SHIPPED)
def test_every_template_fits_every_platform(template_id, templates, platforms, brand):
    template = templates[template_id]
    for platform in platforms.values():
        result = render_caption(template, SAMPLE_EVENT, platform,
                                fixed_hashtags=brand.hashtags, mentions=brand.mentions)
        where = f"{template_id} on {platform.id}"
        assert 0 < result.count <= result.limit, where
        cap = platform.caption.max_hashtags
        if cap is not None:
            assert len(result.hashtags) <= cap, where
        if platform.network == "whatsapp":
            assert result.hashtags == (), where
        if platform.network not in EMOJI_NETWORKS:
            assert not any(_pictographic(ord(ch)) for ch in result.text), where
        if platform.network == "x":
            assert result.count <= 280, where
        assert_reads_cleanly(result.text, where)
        # Only expected warnings: the Threads topic cap or a shortened X/Threads/WA caption.
        for warning in result.warnings:
            assert warning.code in {"hashtags_dropped", "sections_left_out",
                                    "section_shortened"}, f"{where}: {warning}"
            assert warning.code != "hashtags_dropped" or platform.network == "threads", where


@pytest.mark.parametrize("template_id", SHIPPED)
def test_only_the_required_fields(template_id, templates, platforms, brand):
    template = templates[template_id]
    short = {**SAMPLE_EVENT, "deskripsi": "Layanan ini tidak dipungut biaya."}
    fields = {key: short[key] for key in template.required}
    for platform in platforms.values():
        result = render_caption(template, fields, platform, fixed_hashtags=brand.hashtags)
        assert result.count <= result.limit
        assert not result.shortened, f"{template_id} on {platform.id}"
        assert_reads_cleanly(result.text, f"{template_id} on {platform.id} (required only)")


def test_sample_texts_read_right(templates, platforms, brand):
    """Spot checks of the Indonesian a follower reads."""
    def text(template_id, platform_id, **extra):
        return render_caption(templates[template_id], {**SAMPLE_EVENT, **extra},
                              platforms[platform_id], fixed_hashtags=brand.hashtags,
                              mentions=brand.mentions).text

    pengumuman = text("pengumuman", "facebook_feed")
    assert "Hari/tanggal: Senin, 30 November 2026\nWaktu: 09.00 WIB s.d. selesai\n" \
           "Tempat: Aula Gedung B Pemkot Cimahi" in pengumuman
    assert pengumuman.endswith("#CimahiMelayani #KehumasanCimahi #PemkotCimahi #KotaCimahi "
                               "#InfoCimahi")
    liputan = text("liputan-kegiatan", "instagram_portrait")
    assert "CIMAHI – Diskominfo Kota Cimahi menggelar Rapat Koordinasi Kehumasan Penguatan " \
           "Pengelolaan Media Sosial di Aula Gedung B Pemkot Cimahi, Senin (30/11/2026)." \
           in liputan
    assert "— Ngatiyana, Wali Kota Cimahi" in text("ucapan", "x_post")
    assert "— Keluarga Besar Diskominfo Kota Cimahi" in text("ucapan", "threads", nama="")
    undangan_x = text("undangan", "x_post")
    assert undangan_x.startswith("UNDANGAN: Rapat Koordinasi Kehumasan")
    assert "Senin, 30 November 2026, pukul 09.00 WIB, di Aula Gedung B Pemkot Cimahi." \
        in undangan_x
    wa = text("info-layanan", "whatsapp_status", judul="Layanan KTP-el Keliling")
    assert wa.startswith("*INFO LAYANAN*\n*Layanan KTP-el Keliling*")
    kutipan = text("kutipan", "instagram_portrait", judul="Rapat Paripurna")
    assert kutipan.startswith("“Pelayanan publik yang cepat dan ramah adalah janji kami")
    assert "— Ngatiyana, Wali Kota Cimahi\nRapat Paripurna, Senin (30/11/2026)" in kutipan
    angka_x = text("angka", "x_post")
    assert "1.250 peserta pelatihan digital, 48 UMKM naik kelas, Rp2,1 M transaksi selama " \
           "pameran." in angka_x
    angka_wa = text("angka", "whatsapp_status", angka_3="", label_3="")
    assert "• 48 UMKM naik kelas\n\n" in angka_wa and "Rp2,1" not in angka_wa
    assert angka_wa.endswith("Sumber: Diskominfo Kota Cimahi, data per 30 November 2026")
    two_days = text("pengumuman", "instagram_portrait", tanggal_selesai="2026-12-01",
                    waktu="08:00-16:00")
    assert "🗓️ Senin–Selasa, 30 November–1 Desember 2026\n⏰ 08.00–16.00 WIB" in two_days
