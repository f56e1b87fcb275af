"""The command line: export with good and bad inputs, templates and platforms."""

from __future__ import annotations

import struct
import zlib

import pytest
from PIL import Image

from studio.cli import main
from studio.platforms import load_platforms
from tests.studio.helpers import noisy_photo


def huge_png_header(path, width=30000, height=30000):
    """A tiny file whose PNG header claims a huge image (a decompression bomb)."""
    small = path.with_suffix(".small.png")
    Image.new("L", (8, 8)).save(small)
    data = bytearray(small.read_bytes())
    small.unlink()
    ihdr = data.index(b"IHDR")
    data[ihdr + 4:ihdr + 12] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[ihdr:ihdr + 17]))
    data[ihdr + 17:ihdr + 21] = struct.pack(">I", crc)
    path.write_bytes(bytes(data))
    return path


@pytest.fixture
def inputs(tmp_path):
    good1 = tmp_path / "IMG_0001.jpg"
    noisy_photo(1600, 1200, seed=1).save(good1)
    good2 = tmp_path / "foto kedua.png"
    noisy_photo(900, 1400, seed=2).save(good2)
    empty = tmp_path / "kosong.jpg"
    empty.write_bytes(b"")
    truncated = tmp_path / "terpotong.jpg"
    truncated.write_bytes(good1.read_bytes()[:3000])
    text = tmp_path / "catatan.jpg"
    text.write_text("ini bukan foto")
    bomb = huge_png_header(tmp_path / "raksasa.png")
    psd = tmp_path / "desain.psd"
    psd.write_bytes(b"8BPS" + b"\0" * 100)
    return {"good": [good1, good2], "bad": [empty, truncated, text, bomb, psd]}


def test_export_all_good_and_report_each_bad(tmp_path, inputs, capsys):
    out = tmp_path / "out"
    files = [inputs["good"][0], *inputs["bad"], inputs["good"][1]]
    code = main(["export", "--template", "liputan-kegiatan",
                 "--platform", "instagram_portrait,x_post,instagram_story",
                 "--set", "judul=Rapat Koordinasi Kehumasan", "--set", "tanggal=2026-11-30",
                 "--set", "lokasi=Aula Gedung B", "--set", "tidak_dipakai=diabaikan",
                 "--output", str(out), "--no-captions", *map(str, files)])
    captured = capsys.readouterr()
    assert code == 1
    platforms = load_platforms()
    for pid in ("instagram_portrait", "x_post", "instagram_story"):
        names = sorted(p.name for p in (out / pid).iterdir())
        assert names == ["IMG_0001.jpg", "foto kedua.jpg"]
        for name in names:
            with Image.open(out / pid / name) as im:
                assert im.size == platforms[pid].size
                assert im.format == "JPEG"
    failed = [line for line in captured.err.splitlines() if line.startswith("FAILED")]
    assert len(failed) == len(inputs["bad"])
    for bad in inputs["bad"]:
        assert any(str(bad) in line for line in failed), bad
    assert not list(out.rglob(".part-*"))


def test_export_exit_zero_when_all_succeed(tmp_path, inputs, capsys):
    out = tmp_path / "out"
    args = ["export", "-t", "liputan-kegiatan", "-p", "x_post", "-s", "judul=Rapat",
            "-s", "tanggal=2026-11-30", "-o", str(out), "--no-captions"]
    assert main([*args, str(inputs["good"][0])]) == 0
    made = out / "x_post" / "IMG_0001.jpg"
    before = made.stat().st_mtime_ns
    # Running the same export again finishes nothing twice and replaces nothing.
    assert main([*args, str(inputs["good"][0])]) == 0
    assert made.stat().st_mtime_ns == before
    assert "kept" in capsys.readouterr().out
    # A file the officer put there is never overwritten without being asked.
    theirs = out / "x_post" / "lain.jpg"
    theirs.write_bytes(b"milik pengguna")
    other = tmp_path / "lain.jpg"
    noisy_photo(800, 600, seed=5).save(other)
    assert main([*args, str(other)]) == 1
    assert theirs.read_bytes() == b"milik pengguna"
    assert "already exists" in capsys.readouterr().err


def test_another_event_is_refused_with_a_folder_of_its_own_to_use(tmp_path, inputs, capsys):
    out = tmp_path / "out"
    photo = str(inputs["good"][0])
    base = ["export", "-t", "liputan-kegiatan", "-p", "x_post", "-s", "tanggal=2026-11-30",
            "--no-captions"]
    assert main([*base, "-s", "judul=Rapat A", "-o", str(out), photo]) == 0
    first = (out / "x_post" / "IMG_0001.jpg").read_bytes()
    assert main([*base, "-s", "judul=Rapat B", "-o", str(out), photo]) == 1
    err = capsys.readouterr().err
    assert "another event ('Rapat A')" in err and f"--output {out / 'Rapat B'}" in err
    assert (out / "x_post" / "IMG_0001.jpg").read_bytes() == first  # untouched
    assert main([*base, "-s", "judul=Rapat B", "-o", str(out / "Rapat B"), photo]) == 0


def test_two_inputs_with_the_same_name_get_a_number(tmp_path):
    first, second = tmp_path / "hp1" / "IMG.jpg", tmp_path / "hp2" / "IMG.jpg"
    for n, path in enumerate((first, second)):
        path.parent.mkdir()
        noisy_photo(800, 600, seed=n).save(path)
    out = tmp_path / "out"
    assert main(["export", "-t", "liputan-kegiatan", "-p", "x_post", "-s", "judul=A",
                 "-s", "tanggal=2026-11-30", "-o", str(out), "--no-captions",
                 str(first), str(second)]) == 0
    assert sorted(p.name for p in (out / "x_post").iterdir()) == ["IMG-2.jpg", "IMG.jpg"]


def test_focus_flag_moves_the_crop(tmp_path):
    from studio.platforms import get_platform
    from studio.template import default_library
    from studio.template.layout import layout_for_platform

    photo = tmp_path / "p.png"
    # Very wide, so whatever the media box's shape the crop must choose a side.
    image = Image.new("RGB", (4000, 900), (0, 0, 255))
    image.paste((255, 0, 0), (0, 0, 400, 900))  # red on the far left
    image.save(photo)
    out_left, out_right = tmp_path / "l", tmp_path / "r"
    for out, focus in ((out_left, "0,0.5"), (out_right, "1,0.5")):
        assert main(["export", "-t", "liputan-kegiatan", "-p", "instagram_story",
                     "-s", "judul=A", "-s", "tanggal=2026-01-01", "--focus", focus,
                     "-o", str(out), "--no-captions", str(photo)]) == 0
    story = get_platform("instagram_story")
    layout = layout_for_platform(default_library().get("liputan-kegiatan").template, story)
    media = next(r for r in layout.layers if r.layer.type == "media")
    # A point in the left quarter of the media box, clear of the bands at the bottom.
    probe = (media.rect[0] + media.width // 16, media.rect[1] + media.height // 3)
    left = Image.open(out_left / "instagram_story" / "p.jpg").convert("RGB").getpixel(probe)
    right = Image.open(out_right / "instagram_story" / "p.jpg").convert("RGB").getpixel(probe)
    assert left[0] > left[2]  # focus on the left keeps the red strip
    assert right[2] > right[0]  # focus on the right shows only blue


def test_bad_focus_and_unknown_ids(tmp_path, capsys):
    assert main(["export", "-t", "liputan-kegiatan", "--focus", "2,2", "-o", str(tmp_path)]) == 1
    assert main(["export", "-t", "tidak-ada", "-o", str(tmp_path)]) == 1
    assert "unknown template" in capsys.readouterr().err
    assert main(["export", "-t", "liputan-kegiatan", "-p", "myspace", "-o", str(tmp_path)]) == 1
    assert "unknown platform" in capsys.readouterr().err


def test_platforms_lists_id_label_size(capsys):
    assert main(["platforms"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(load_platforms())
    assert any(line.split()[0] == "instagram_portrait" and line.endswith("1080x1350")
               for line in lines)


def test_templates_commands(tmp_path, capsys):
    assert main(["templates", "list"]) == 0
    assert "liputan-kegiatan" in capsys.readouterr().out
    assert main(["templates", "show", "liputan-kegiatan"]) == 0
    assert "judul" in capsys.readouterr().out
    assert main(["templates", "validate", "templates/liputan-kegiatan"]) == 0
    pkg = tmp_path / "lk.zip"
    assert main(["templates", "export", "liputan-kegiatan", str(pkg)]) == 0
    library = tmp_path / "lib"
    assert main(["templates", "import", str(pkg), "--library", str(library)]) == 0
    assert (library / "liputan-kegiatan" / "template.toml").is_file()
    assert main(["templates", "import", str(pkg), "--library", str(library)]) == 3
    assert "--replace" in capsys.readouterr().out
    assert main(["templates", "validate", str(tmp_path / "nope")]) == 1


def test_a_field_past_its_limit_fails_naming_the_field(tmp_path, capsys):
    # A 180-character title is never published cut: nothing is written.
    code = main(["export", "-t", "pengumuman", "-p", "instagram_portrait",
                 "-s", "judul=" + "Rapat " * 30, "-s", "tanggal=2026-01-01",
                 "-o", str(tmp_path / "hasil")])
    err = capsys.readouterr().err
    assert code == 1
    assert "'judul'" in err and "150" in err and "180" in err
    assert not (tmp_path / "hasil" / "instagram_portrait").exists()


def test_strict_fails_on_text_that_does_not_fit(tmp_path, capsys):
    # "Mempertanggungjawabkannya" repeated cannot be set without a break inside a word.
    title = " ".join(["Mempertanggungjawabkannya"] * 5)
    args = ["export", "-t", "liputan-kegiatan", "-p", "youtube_thumbnail", "-s",
            "judul=" + title, "-s", "tanggal=2026-01-01", "--no-captions"]
    assert main([*args, "-o", str(tmp_path / "a")]) == 0  # a warning only
    assert "does not fit" in capsys.readouterr().err
    assert main([*args, "--strict", "-o", str(tmp_path / "b")]) == 1
    assert "does not fit" in capsys.readouterr().err


def test_a_small_photo_is_a_warning_that_names_it(tmp_path, capsys):
    photo = tmp_path / "dari-grup-wa.jpg"
    noisy_photo(548, 342, seed=4).save(photo)
    assert main(["export", "-t", "liputan-kegiatan", "-p", "instagram_portrait",
                 "-s", "judul=Rapat", "-s", "tanggal=2026-01-01", "--no-captions",
                 "-o", str(tmp_path / "hasil"), str(photo)]) == 0
    err = capsys.readouterr().err
    assert "dari-grup-wa.jpg" in err and "548x342" in err
