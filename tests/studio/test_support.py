"""The support log: a rotating file in the user data folder with file names, codes and
versions - never what the user typed - and the support info built from it (issue 14.6)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from PIL import Image

from studio.cli import main as cli_main
from studio.paths import user_data_dir
from studio.support import HIDDEN, last_errors, log_path, setup_logging, support_info
from studio.values import clean_values, forget_private_values

# Typed the way officers type: letters of every case, a colon a file name cannot keep.
TITLE = "Rapat Tertutup: Evaluasi Kinerja Pak Ngatiyana"
NAME = "Siti Nurhaliza Kusumawardani"

log = logging.getLogger("studio.test")


@pytest.fixture(autouse=True)
def _no_values_from_other_tests():
    forget_private_values()


def _log_text() -> str:
    parts = sorted(log_path().parent.glob(log_path().name + "*"))
    return "".join(p.read_text(encoding="utf-8") for p in parts)


def _has_private(text: str) -> bool:
    folded = text.casefold()
    forms = {TITLE, NAME, TITLE.replace(":", "_"), "Evaluasi Kinerja Pak Ngatiyana"}
    return any(form.casefold() in folded for form in forms)


def test_the_log_is_in_the_user_data_folder_and_set_up_once():
    path = setup_logging("cli")
    assert path == user_data_dir() / "log" / "studio-konten.log"
    assert setup_logging("cli") == path
    handlers = [h for h in logging.getLogger().handlers
                if getattr(h, "baseFilename", None) == str(path)]
    assert len(handlers) == 1
    text = _log_text()
    assert text.count("start: Studio Konten Cimahi") == 1
    assert "(cli)" in text and "Python" in text


def test_values_the_user_typed_never_reach_the_file():
    setup_logging("app")
    clean_values({"judul": TITLE, "nama": NAME, "tanggal": "2026-11-30"})
    # Whatever a careless line or an exception might carry: as typed, in other case,
    # inside a file name, inside a traceback.
    log.warning("wrote %s", f"hasil/{TITLE.replace(':', '_')}.jpg")
    log.info("field is %r", NAME.upper())
    try:
        raise ValueError(f"cannot fit {TITLE.lower()!r}")
    except ValueError:
        log.exception("render failed")
    text = _log_text()
    assert not _has_private(text)
    assert text.count(HIDDEN) == 3  # the file name, the name, the exception's message
    assert "render failed" in text and "Traceback" in text and "ValueError" in text
    # Dates and other values without letters are not data about a person: kept; so is
    # the city's name typed as a place.
    clean_values({"lokasi": "Cimahi", "zona": "WIB"})
    log.info("day 2026-11-30 in Kota Cimahi, 09.00 WIB")
    assert "day 2026-11-30 in Kota Cimahi, 09.00 WIB" in _log_text()


def test_the_log_rotates_and_keeps_a_bounded_number_of_files():
    setup_logging("app", max_bytes=2_000, backups=2)
    for n in range(200):
        log.info("line %d %s", n, "x" * 40)
    log.error("the last problem")
    files = sorted(p.name for p in log_path().parent.iterdir())
    assert files == ["studio-konten.log", "studio-konten.log.1", "studio-konten.log.2"]
    assert all(p.stat().st_size <= 2_200 for p in log_path().parent.iterdir())
    assert last_errors()[-1].endswith("the last problem")


def test_the_last_errors_come_whole_with_their_traceback_and_cut():
    setup_logging("app")
    log.info("not an error")
    log.warning("first warning")
    try:
        raise RuntimeError("deep")
    except RuntimeError:
        log.exception("an unexpected error")
    errors = last_errors()
    assert [e.splitlines()[0].split(": ", 1)[1] for e in errors] == [
        "first warning", "an unexpected error"]
    assert "RuntimeError: deep" in errors[-1] and "Traceback" in errors[-1]
    for n in range(15):
        log.error("error %d", n)
    assert len(last_errors()) == 10 and last_errors()[-1].endswith("error 14")


def test_support_info_names_versions_the_os_and_the_last_errors():
    setup_logging("app")
    clean_values({"judul": TITLE})
    log.error("export: foto-rusak.jpg [x_post]: media.truncated: %s", TITLE)
    text = support_info({"Qt": "6.x-test"})
    for expected in ("Studio Konten Cimahi", "Python", "Pillow", "FFmpeg", "OS", "Qt",
                     "6.x-test", str(log_path()), "foto-rusak.jpg", "media.truncated"):
        assert expected in text, expected
    assert not _has_private(text)
    ffmpeg = next(line for line in text.splitlines() if line.startswith("FFmpeg"))
    assert "ffmpeg version" in ffmpeg or "-" in ffmpeg


def test_the_command_line_logs_the_command_and_its_errors_not_its_values(tmp_path):
    broken = tmp_path / "foto-rusak.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg" * 10)
    good = tmp_path / "foto-baik.jpg"
    Image.new("RGB", (640, 480), (120, 130, 140)).save(good)
    code = cli_main(["export", "--template", "liputan-kegiatan", "--platform", "x_post",
                     "--set", f"judul={TITLE}", "--set", f"nama={NAME}",
                     "--set", "tanggal=2026-11-30", "--output", str(tmp_path / "hasil"),
                     str(good), str(broken)])
    assert code == 1
    text = _log_text()
    assert "command: export" in text and "(cli)" in text
    assert "finished: exit 1" in text
    assert not _has_private(text)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_a_log_that_cannot_be_written_does_not_stop_the_app(monkeypatch, tmp_path):
    home = tmp_path / "read-only"
    home.mkdir()
    (home / "log").write_text("a file where the folder should be")
    monkeypatch.setenv("STUDIO_KONTEN_HOME", str(home))
    assert setup_logging("app") == home / "log" / "studio-konten.log"
    log.error("nowhere to go")  # no exception
    assert Path(home / "log").is_file()
