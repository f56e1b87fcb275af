"""The shipped caption templates, rendered for every platform with a realistic event."""

from __future__ import annotations

import re

import pytest

from studio.caption import list_caption_templates, render_caption
from studio.caption.counting import _pictographic
from studio.caption.editorial import sentences, short_place, without_repeated_title
from studio.caption.hashtags import normalise_hashtags
from tests.studio.caption.samples import (
    LONG_EVENT,
    LONG_TITLE,
    LONGEST_EVENT,
    LONGEST_TITLE,
    ROAD_CLOSURE,
    SAMPLE_EVENT,
    SELECTION_RESULT,
    SERVICE,
)

SHIPPED = ("angka", "info-layanan", "kutipan", "liputan-kegiatan", "pengumuman", "ucapan",
           "undangan")
EMOJI_NETWORKS = {"instagram", "tiktok"}
# What the events below lack for the templates that are not about an event.
REQUIRED_EXTRAS = {
    "ucapan": {"ucapan": "Selamat Hari Kesehatan Nasional ke-62"},
    "kutipan": {"kutipan": "Stunting turun bila kita bekerja bersama, dari posyandu sampai "
                           "balai kota.", "nama": "Ngatiyana", "jabatan": "Wali Kota Cimahi"},
    "angka": {"angka_1": "1.250", "label_1": "balita ditimbang", "angka_2": "98,7%",
              "label_2": "cakupan imunisasi"},
}


def with_required(template_id: str, fields: dict) -> dict:
    return {**fields, **REQUIRED_EXTRAS.get(template_id, {})}


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


# What shortening may say about a normal event: nothing is cut after a word.
EDITOR_CODES = {"own_hashtags_left_out", "hashtags_left_out", "left_out", "closing_left_out",
                "cut_at_sentence", "written_briefly"}


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
        for warning in result.warnings:
            assert warning.code in EDITOR_CODES, f"{where}: {warning}"


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


# -- shortening like an editor, on the shipped templates ----------------------------

EVENTS = {"long": LONG_EVENT, "longest": LONGEST_EVENT, "road": ROAD_CLOSURE,
          "selection": SELECTION_RESULT, "service": SERVICE}
# What the essentials look like in any caption: the date in one of its forms, the place
# at least up to its first comma.
DATES = {"2026-11-30": ("30 November 2026", "(30/11/2026)"),
         "2026-12-03": ("3–4 Desember 2026",), "2026-12-07": ("7–13 Desember 2026",),
         "2026-06-15": ("15 Juni 2026", "(15/6/2026)"), "2026-11-16": ("16–27 November 2026",)}


def render_all(template, fields, platforms, brand, **kw):
    for platform in platforms.values():
        yield platform, render_caption(template, fields, platform, fixed_hashtags=brand.hashtags,
                                       mentions=brand.mentions, **kw)


@pytest.mark.parametrize("template_id", ("pengumuman", "undangan", "info-layanan",
                                         "liputan-kegiatan"))
@pytest.mark.parametrize("event", sorted(EVENTS))
def test_what_when_and_where_stay_on_every_network(template_id, event, templates, platforms,
                                                   brand):
    fields = EVENTS[event]
    for platform, result in render_all(templates[template_id], fields, platforms, brand):
        where = f"{template_id}/{event} on {platform.id}"
        text = result.text
        assert result.count <= result.limit, where
        # The title whole (never "…"), the date and the place.
        assert fields["judul"] in text, where
        assert "…" not in text, where
        assert any(form in text for form in DATES[fields["tanggal"]]), where
        if fields.get("lokasi"):
            assert short_place(fields["lokasi"]) in text, where
        assert_reads_cleanly(text, where)
        for warning in result.warnings:
            assert warning.code in EDITOR_CODES, f"{where}: {warning}"


@pytest.mark.parametrize("template_id", SHIPPED)
def test_descriptions_are_cut_only_where_a_sentence_ends(template_id, templates, platforms,
                                                         brand):
    for event, fields in EVENTS.items():
        fields = with_required(template_id, fields)
        description = fields["deskripsi"]
        whole = sentences(description) + sentences(
            without_repeated_title(description, fields["judul"], "Kegiatan tersebut"))
        for platform, result in render_all(templates[template_id], fields, platforms, brand):
            where = f"{template_id}/{event} on {platform.id}"
            for paragraph in result.text.split("\n\n"):
                # Any paragraph made of the description's words is made of its sentences
                # (a title block, on lines of its own, may start like it).
                if "\n" in paragraph or paragraph.casefold() == fields["judul"].casefold():
                    continue
                if any(paragraph.startswith(s[:40]) for s in whole):
                    assert all(piece in whole for piece in sentences(paragraph)), where


@pytest.mark.parametrize("template_id", SHIPPED)
@pytest.mark.parametrize("typed", ["#CimahiBebasStunting", "cegah stunting, #GiziSeimbang, "
                                   "posyandu aktif, #BalitaSehat, #CimahiSehat, #Cimahi"])
def test_official_hashtags_stay_while_an_officers_own_tag_does(template_id, typed, templates,
                                                               platforms, brand):
    fields = with_required(template_id, {**LONG_EVENT, "tagar": typed})
    for platform, result in render_all(templates[template_id], fields, platforms, brand):
        where = f"{template_id} on {platform.id}"
        own = [t for t in result.hashtags if t not in brand.hashtags]
        if own:
            assert set(brand.hashtags) <= set(result.hashtags), where
        typed_tags = normalise_hashtags(typed)
        left_out = [t for t in typed_tags if t not in result.hashtags]
        if left_out and result.hashtags:
            # The warning names the officer's tags that went, as theirs.
            said = " ".join(" ".join(w.params) for w in result.warnings
                            if w.code in {"own_hashtags_left_out", "hashtags_left_out_to_fit"})
            assert all(tag in said for tag in left_out), f"{where}: {result.warnings}"


@pytest.mark.parametrize("template_id", SHIPPED)
def test_no_warning_names_a_section(template_id, templates, platforms, brand):
    template = templates[template_id]
    sections = {name for name, _ in template.sections}
    fields = set(template.fields) | {"semua_mention", "kredit_foto"}
    for event, values in EVENTS.items():
        values = with_required(template_id, values)
        for platform, result in render_all(template, values, platforms, brand):
            for warning in result.warnings:
                where = f"{template_id}/{event} on {platform.id}: {warning}"
                assert warning.code, where
                words = set(re.findall(r"(?<![#@\\w])[a-z_]+(?![\\w])", str(warning)))
                assert not words & (sections | fields), where
                if warning.code in {"left_out", "cut_at_sentence", "cut_at_word"}:
                    assert set(warning.params[1:]) <= fields, where
                else:
                    assert not set(warning.params) & sections, where


def test_pengumuman_words_fit_a_notice_that_is_not_an_event(templates, platforms, brand):
    for event in ("road", "selection", "long"):
        for platform, result in render_all(templates["pengumuman"], EVENTS[event], platforms,
                                           brand):
            where = f"{event} on {platform.id}"
            assert "kegiatan" not in result.text.lower(), where
            assert "diselenggarakan" not in result.text, where
    facebook = render_caption(templates["pengumuman"], ROAD_CLOSURE, platforms["facebook_feed"],
                              fixed_hashtags=brand.hashtags).text
    assert "Sumber: Dinas Perhubungan Kota Cimahi" in facebook
    # A description that opens with the title refers back to it under the title.
    event = render_caption(templates["pengumuman"], LONG_EVENT, platforms["facebook_feed"]).text
    assert event.count(LONG_TITLE) == 1 and "\n\nRapat tersebut dibuka langsung" in event
    # A title that says "Pengumuman" itself gets no second heading.
    selection = render_caption(templates["pengumuman"], SELECTION_RESULT,
                               platforms["x_post"]).text
    assert selection.startswith("Pengumuman Hasil Seleksi")
    assert selection.lower().count("pengumuman") == 1


def test_info_layanan_calls_its_source_sumber(templates, platforms, brand):
    for platform, result in render_all(templates["info-layanan"], SERVICE, platforms, brand):
        assert "Penyelenggara" not in result.text, platform.id
    for platform_id in ("facebook_feed", "instagram_portrait", "youtube_shorts"):
        text = render_caption(templates["info-layanan"], SERVICE, platforms[platform_id],
                              fixed_hashtags=brand.hashtags).text
        assert "Sumber: Disdukcapil Kota Cimahi" in text, platform_id


def test_liputan_does_not_print_the_title_twice_in_lead_and_body(templates, platforms, brand):
    report = {**LONG_EVENT, "lokasi": "Aula Gedung A Pemkot Cimahi"}
    for platform, result in render_all(templates["liputan-kegiatan"], report, platforms, brand):
        # The headline (title case) may show it; the lead and body show it once.
        body = result.text.split("CIMAHI – ", 1)[-1]
        assert body.count(LONG_TITLE) == 1, platform.id
    facebook = render_caption(templates["liputan-kegiatan"], report,
                              platforms["facebook_feed"]).text
    assert "\n\nRapat tersebut dibuka langsung oleh Wali Kota Cimahi" in facebook


def test_liputan_uses_the_officers_own_lead_when_it_has_one(templates, platforms):
    lead = ("Pemerintah Kota Cimahi meresmikan Taman Tematik Cimahi Utara di Kelurahan "
            "Citeureup, Senin (12/10/2026).")
    fields = {"judul": "Peresmian Taman Tematik Cimahi Utara", "tanggal": "2026-10-12",
              "lokasi": "Kelurahan Citeureup",
              "deskripsi": lead + " Taman ini dilengkapi area bermain anak dan jalur lari."}
    text = render_caption(templates["liputan-kegiatan"], fields, platforms["facebook_feed"]).text
    assert f"CIMAHI – {lead}\n\nTaman ini dilengkapi" in text
    assert "menggelar" not in text
    # A lead without the place and date gets them in a sentence of its own.
    short = {**fields, "deskripsi": "Wali Kota Cimahi meresmikan Taman Tematik Cimahi Utara. "
                                    "Taman ini dilengkapi jalur lari."}
    text = render_caption(templates["liputan-kegiatan"], short, platforms["facebook_feed"]).text
    assert ("CIMAHI – Wali Kota Cimahi meresmikan Taman Tematik Cimahi Utara. Kegiatan tersebut "
            "berlangsung di Kelurahan Citeureup, Senin (12/10/2026).") in text


def test_liputan_credits_the_photo_not_the_accounts_own_handle(templates, platforms, brand):
    template = templates["liputan-kegiatan"]
    credited = render_caption(template, SAMPLE_EVENT, platforms["instagram_portrait"],
                              fixed_hashtags=brand.hashtags, mentions=brand.mentions,
                              photo_credit="Diskominfo Kota Cimahi").text
    assert "\n\nFoto: Diskominfo Kota Cimahi\n\n#" in credited
    for platform, result in render_all(template, SAMPLE_EVENT, platforms, brand):
        assert "@pemkotcimahi" not in result.text, platform.id
        assert "Foto:" not in result.text, platform.id  # no credit given, none invented


def test_at_the_form_limits_the_title_is_never_the_one_cut(templates, platforms, brand):
    # A 150-character title and a 100-character place without a comma: on X they
    # cannot both fit with the dates and the hashtags.
    place = ("Lapangan Upacara Kompleks Perkantoran Pemerintah Kota Cimahi Jalan Raden Demang "
             "Hardjakusumah Blok A")
    title = LONGEST_TITLE + " I"
    assert (len(title), len(place)) == (150, 100)
    fields = {**LONGEST_EVENT, "judul": title, "lokasi": place}
    for template_id in ("pengumuman", "undangan", "info-layanan"):
        result = render_caption(templates[template_id], fields, platforms["x_post"],
                                fixed_hashtags=brand.hashtags)
        # The time and the city's hashtags give way; what, when and where stay whole.
        assert result.text == f"{title}\n\n3–4 Desember 2026, di {place}.", template_id
        assert result.warnings[-1].code == "official_hashtags_left_out_to_fit"
    report = render_caption(templates["liputan-kegiatan"], fields, platforms["x_post"],
                            fixed_hashtags=brand.hashtags)
    assert report.text.startswith(f"{title} digelar di Lapangan Upacara")
    assert report.warnings[-1].code == "cut_at_word"
    assert report.warnings[-1].params == ("280", "lokasi")
