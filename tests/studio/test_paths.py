"""studio.paths: every resource in one place, what a bundle carries, what it lacks."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from studio import paths

ROOT = Path(__file__).resolve().parents[2]


def _bundled(rel: Path) -> bool:
    """True when the spec's BUNDLED_DATA patterns take this file (relative to the root)."""
    for folder, patterns in paths.BUNDLED_DATA:
        base = Path(folder)
        if base in rel.parents and any((ROOT / rel) in set((ROOT / base).glob(pattern))
                                       for pattern in patterns):
            return True
    return False


def test_every_required_file_is_in_a_checkout_and_taken_into_the_bundle() -> None:
    assert paths.missing_resources() == []
    for path in paths.required_files():
        rel = path.relative_to(paths.PROJECT_ROOT)
        assert _bundled(rel), f"{rel} is required but packaging/studio.spec would not bundle it"


def test_every_shipped_template_and_caption_file_is_bundled() -> None:
    for folder in (paths.TEMPLATES_DIR, paths.CAPTIONS_DIR, paths.BRANDING_DIR,
                   paths.STUDIO_DATA_DIR):
        for path in folder.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                assert _bundled(path.relative_to(ROOT)), path


def test_a_file_missing_from_the_manifest_is_named(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "templates" / "a").mkdir(parents=True)
    (tmp_path / "templates" / "a" / "template.toml").write_text("x = 1")
    manifest = tmp_path / "bundle-manifest.txt"
    manifest.write_text("templates/a/template.toml\ntemplates/a/assets/logo.png\n")
    monkeypatch.setattr(paths, "BUNDLE_MANIFEST", manifest)
    assert paths.bundled_files() == [tmp_path / "templates/a/template.toml",
                                     tmp_path / "templates/a/assets/logo.png"]
    assert paths.missing_resources() == [tmp_path / "templates/a/assets/logo.png"]


def test_a_missing_named_file_and_an_empty_folder_are_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "required_files", lambda: [tmp_path / "platforms.toml"])
    monkeypatch.setattr(paths, "required_folders", lambda: [tmp_path / "samples"])
    (tmp_path / "samples").mkdir()
    assert paths.missing_resources() == [tmp_path / "platforms.toml", tmp_path / "samples"]


def test_library_files_are_found() -> None:
    found = paths.library_resources()
    assert all(p.is_file() for p in found), found
    assert [p.name for p in found[1:]] == list(paths.FACE_CASCADE_FILES)


def test_no_module_finds_its_files_beside_itself() -> None:
    """Resources are found through studio.paths only, so a frozen build finds them."""
    offenders = []
    for path in [*ROOT.joinpath("studio").rglob("*.py"), *ROOT.joinpath("gui").rglob("*.py")]:
        if path == ROOT / "studio" / "paths.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.Name) and node.id == "__file__" for node in ast.walk(tree)):
            offenders.append(path.relative_to(ROOT).as_posix())
    assert offenders == []


def test_check_resources_command_says_whole(capsys: pytest.CaptureFixture[str]) -> None:
    from studio.cli import main

    assert main(["check-resources"]) == 0
    assert "resources present" in capsys.readouterr().out


def test_check_resources_command_names_what_is_missing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from studio.cli import main

    monkeypatch.setattr(paths, "missing_resources", lambda: [tmp_path / "gone.png"])
    assert main(["check-resources"]) == 1
    assert f"missing: {tmp_path / 'gone.png'}" in capsys.readouterr().out
