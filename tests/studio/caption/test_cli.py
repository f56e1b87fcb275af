"""``python main.py caption`` and the caption files written beside an export."""

from __future__ import annotations

import pytest

from studio.caption import get_caption_template
from studio.caption.files import caption_file_data
from studio.cli import main
from studio.errors import CaptionError

SET = ["--set", "judul=Rapat Koordinasi Kehumasan Penguatan Pengelolaan Media Sosial",
       "--set", "tanggal=2026-11-30", "--set", "waktu=09:00",
       "--set", "lokasi=Aula Gedung B Pemkot Cimahi", "--set", "tidak_dipakai=diabaikan"]


def test_prints_each_platform_with_a_header(capsys):
    code = main(["caption", "--template", "pengumuman", "--platform", "x_post,threads", *SET])
    out = capsys.readouterr().out
    assert code == 0
    blocks = out.strip().split("\n\n== ")
    assert blocks[0].startswith("== x_post · ")
    assert "/280 · variant x" in blocks[0].splitlines()[0]
    assert blocks[1].startswith("threads · ")
    assert "warning: Threads allows 1 hashtag" in blocks[1]
    assert "PENGUMUMAN: Rapat Koordinasi Kehumasan" in out


def test_default_platforms_are_one_per_network(capsys):
    assert main(["caption", "-t", "ucapan", "--set", "ucapan=Selamat Hari Pahlawan"]) == 0
    headers = [line.split(" · ")[0][3:] for line in capsys.readouterr().out.splitlines()
               if line.startswith("== ")]
    assert headers == ["instagram_portrait", "facebook_feed", "x_post", "tiktok",
                       "youtube_shorts", "whatsapp_status", "threads", "linkedin"]


def test_writes_one_file_per_platform_and_refuses_to_overwrite(tmp_path, capsys):
    out = tmp_path / "keterangan"
    args = ["caption", "-t", "undangan", "-p", "instagram_portrait,x_post", "-o", str(out), *SET]
    assert main(args) == 0
    assert sorted(p.name for p in out.iterdir()) == ["instagram_portrait.txt", "x_post.txt"]
    text = (out / "x_post.txt").read_text(encoding="utf-8")
    assert text.startswith("UNDANGAN: Rapat Koordinasi") and text.endswith("\n")
    capsys.readouterr()
    assert main(args) == 1
    assert "already exist for: instagram_portrait, x_post" in capsys.readouterr().err
    assert main([*args, "--overwrite"]) == 0


def test_unknown_template_is_one_line_listing_the_ids(capsys):
    assert main(["caption", "-t", "pengumumn", *SET]) == 1
    err = capsys.readouterr().err.strip()
    assert err == ("error: unknown caption template 'pengumumn' (available: angka, info-layanan, "
                   "kutipan, liputan-kegiatan, pengumuman, ucapan, undangan)")


def test_missing_field_is_one_line(capsys):
    assert main(["caption", "-t", "pengumuman", "--set", "judul=Rapat"]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "needs the field 'tanggal'" in err and "pengumuman.toml" in err


def test_list(capsys):
    assert main(["caption", "--list"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("angka")
    assert len(out.splitlines()) == 7


def test_caption_file_data_for_export(platforms):
    """The one caption writer: the text and exactly one final newline, UTF-8."""
    from studio.brand import default_brand

    template = get_caption_template("liputan-kegiatan")
    fields = {"judul": "Rapat", "tanggal": "2026-11-30"}
    data, result = caption_file_data(template, fields, platforms["threads"], default_brand())
    assert data == (result.text.rstrip("\n") + "\n").encode("utf-8")
    assert data.endswith(b"\n") and not data.endswith(b"\n\n")
    assert result.warnings[0].startswith("Threads allows 1 hashtag")
    with pytest.raises(CaptionError, match="unknown caption template"):
        get_caption_template("tidak-ada")


def test_photo_credit_comes_from_the_brand_kit_unless_given(capsys):
    base = ["caption", "-t", "liputan-kegiatan", "-p", "instagram_portrait", *SET]
    assert main(base) == 0
    assert "\n\nFoto: Diskominfo Kota Cimahi\n\n" in capsys.readouterr().out
    assert main([*base, "--photo-credit", "Prokopim Kota Cimahi"]) == 0
    assert "Foto: Prokopim Kota Cimahi" in capsys.readouterr().out
    assert main([*base, "--photo-credit", ""]) == 0
    assert "Foto:" not in capsys.readouterr().out
