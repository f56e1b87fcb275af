"""The bundle's smoke test reads outputs itself (standard library only): check its readers."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


def _smoke():
    spec = importlib.util.spec_from_file_location("smoke", ROOT / "packaging" / "smoke.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["smoke"] = module
    spec.loader.exec_module(module)
    return module


def test_jpeg_size_reads_baseline_and_progressive(tmp_path: Path) -> None:
    smoke = _smoke()
    for progressive in (False, True):
        path = tmp_path / f"p{progressive}.jpg"
        Image.new("RGB", (1080, 1350), "navy").save(path, quality=90, progressive=progressive,
                                                     exif=Image.Exif().tobytes())
        assert smoke.jpeg_size(path) == (1080, 1350)


def test_outputs_finds_a_platforms_files_wherever_its_folder_is(tmp_path: Path) -> None:
    smoke = _smoke()
    for rel in ("instagram_portrait/a.jpg", "Rapat/instagram_portrait/b.jpg", "x_post/c.jpg",
                "instagram_portrait.jpg"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"x")
    found = smoke.outputs(tmp_path, "instagram_portrait", (".jpg",))
    assert sorted(p.name for p in found) == ["a.jpg", "b.jpg"]


def test_clean_env_leaves_no_virtual_environment(tmp_path: Path, monkeypatch) -> None:
    smoke = _smoke()
    venv = str(ROOT / ".venv" / "bin")
    monkeypatch.setenv("VIRTUAL_ENV", str(ROOT / ".venv"))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.setenv("PATH", os.pathsep.join([venv, "/usr/bin"]))
    env = smoke.clean_env(tmp_path / "data")
    assert "VIRTUAL_ENV" not in env and "PYTHONPATH" not in env
    assert venv not in env["PATH"].split(os.pathsep) and "/usr/bin" in env["PATH"]
    assert env["STUDIO_KONTEN_HOME"] == str(tmp_path / "data")
    assert env["QT_QPA_PLATFORM"] == "offscreen"
