"""The user data folder across versions: format file, one-time migration, backup, undo."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from studio import userdata
from studio.paths import SETTINGS_FILE_NAME, settings_file, user_data_dir
from studio.userdata import (
    BACKUP_DIR,
    BRAND_TRASH,
    DATA_FORMAT,
    FORMAT_FILE,
    Migration,
    data_format,
    migrate_user_data,
)


def _tree(root: Path) -> dict[str, bytes]:
    """Every file under root (but backups) with its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.relative_to(root).parts[0] != BACKUP_DIR}


def _old_layout(root: Path) -> None:
    """A data folder as format 1 (before the format file) left it."""
    (root / "templates" / "milik-saya").mkdir(parents=True)
    (root / "templates" / "milik-saya" / "template.toml").write_text('id = "milik-saya"\n')
    (root / "branding" / "logos").mkdir(parents=True)
    (root / "branding" / "brand.toml").write_text('name = "Kit kami"\n')
    (root / ".trash" / "branding-20261101-101010" / "logos").mkdir(parents=True)
    (root / ".trash" / "branding-20261101-101010" / "brand.toml").write_text("lama = 1\n")
    (root / ".trash" / "branding-20261102-090000").mkdir(parents=True)
    (root / ".trash" / "branding-20261102-090000" / "brand.toml").write_text("lama = 2\n")
    (root / "kegiatan").mkdir()
    (root / "kegiatan" / "rapat.kegiatan.toml").write_text('name = "Rapat"\n')


def test_old_layout_is_moved_once_with_a_backup(tmp_path: Path) -> None:
    root = tmp_path / "data"
    _old_layout(root)
    before = _tree(root)
    assert data_format(root) == 1

    result = migrate_user_data(root)

    assert result.status == "migrated" and result.from_format == 1
    assert result.to_format == DATA_FORMAT == data_format(root)
    # The new layout: replaced brand kits under sampah/kit-merek, .trash gone.
    assert not (root / ".trash").exists()
    moved = root / BRAND_TRASH
    assert sorted(p.name for p in moved.iterdir()) == ["branding-20261101-101010",
                                                       "branding-20261102-090000"]
    assert (moved / "branding-20261101-101010" / "brand.toml").read_text() == "lama = 1\n"
    # What the user made is where it was.
    own = root / "templates" / "milik-saya" / "template.toml"
    assert own.read_text() == 'id = "milik-saya"\n'
    assert (root / "kegiatan" / "rapat.kegiatan.toml").is_file()
    # The backup holds the old layout, byte for byte.
    assert result.backup is not None and result.backup.parent == root / BACKUP_DIR
    with zipfile.ZipFile(result.backup) as archive:
        assert {n: archive.read(n) for n in archive.namelist()} == before
    assert not list((root / BACKUP_DIR).glob(".*part"))


def test_the_settings_file_goes_into_the_backup_and_stays(tmp_path: Path) -> None:
    """The app's settings (language, recent events, window) are a file in the data
    folder: the migration backs them up with the rest and leaves them where they are."""
    root = tmp_path / "data"
    _old_layout(root)
    settings = root / SETTINGS_FILE_NAME
    text = "[General]\nlanguage=en\n\n[recent]\nevents=D:\\\\Kegiatan\\\\rapat.kegiatan.toml\n"
    settings.write_text(text, encoding="utf-8")

    result = migrate_user_data(root)

    assert result.status == "migrated" and result.backup is not None
    assert settings.read_text(encoding="utf-8") == text
    with zipfile.ZipFile(result.backup) as archive:
        assert archive.read(SETTINGS_FILE_NAME).decode("utf-8") == text


def test_the_settings_file_is_in_the_data_folder() -> None:
    assert settings_file() == user_data_dir() / SETTINGS_FILE_NAME
    assert SETTINGS_FILE_NAME not in userdata.NOT_BACKED_UP


def test_second_start_does_nothing(tmp_path: Path) -> None:
    root = tmp_path / "data"
    _old_layout(root)
    migrate_user_data(root)
    after_first = _tree(root)
    backups = sorted((root / BACKUP_DIR).iterdir())

    result = migrate_user_data(root)

    assert result.status == "current"
    assert _tree(root) == after_first
    assert sorted((root / BACKUP_DIR).iterdir()) == backups


def test_a_failing_step_leaves_the_data_untouched(tmp_path: Path) -> None:
    root = tmp_path / "data"
    _old_layout(root)
    before = _tree(root)

    def half_then_fail(tx: userdata.Transaction) -> None:
        userdata._brand_trash_to_sampah(tx)  # moves things first...
        tx.write_text(root / "baru.toml", "x = 1\n")
        raise OSError("disk full")  # ...then fails

    steps = (Migration(1, "moves, then fails", half_then_fail),)
    result = migrate_user_data(root, migrations=steps)

    assert result.status == "failed" and "disk full" in result.error
    assert _tree(root) == before  # every move undone, the new file removed
    assert not (root / "sampah").exists()
    assert not (root / FORMAT_FILE).exists()
    assert data_format(root) == 1
    # The backup is kept all the same, and the next start tries again.
    assert result.backup is not None and result.backup.is_file()
    assert migrate_user_data(root).status == "migrated"


def test_new_and_empty_folders_get_the_current_format_without_backup(tmp_path: Path) -> None:
    root = tmp_path / "baru"
    result = migrate_user_data(root)
    assert result.status == "new"
    assert data_format(root) == DATA_FORMAT
    assert not (root / BACKUP_DIR).exists()


def test_data_of_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    root = tmp_path / "data"
    _old_layout(root)
    (root / FORMAT_FILE).write_text(f"format = {DATA_FORMAT + 1}\n")
    before = _tree(root)
    assert migrate_user_data(root).status == "newer"
    assert _tree(root) == before


def test_another_copy_migrating_is_not_disturbed(tmp_path: Path) -> None:
    root = tmp_path / "data"
    _old_layout(root)
    (root / userdata.LOCK_FILE).write_text("12345")  # a fresh lock of another process
    before = _tree(root)
    assert migrate_user_data(root).status == "busy"
    assert _tree(root) == before


def test_a_stale_lock_is_taken_over(tmp_path: Path) -> None:
    import os
    import time

    root = tmp_path / "data"
    _old_layout(root)
    lock = root / userdata.LOCK_FILE
    lock.write_text("12345")
    old = time.time() - userdata.STALE_LOCK_SECONDS - 5
    os.utime(lock, (old, old))
    assert migrate_user_data(root).status == "migrated"
    assert not lock.exists()


def test_a_step_run_again_over_its_partial_work_finishes(tmp_path: Path) -> None:
    """A process killed mid-migration cannot undo; the next start must finish the job."""
    root = tmp_path / "data"
    _old_layout(root)
    # As if killed after moving the first kit: one moved, one still in .trash.
    (root / BRAND_TRASH).mkdir(parents=True)
    (root / ".trash" / "branding-20261101-101010").rename(
        root / BRAND_TRASH / "branding-20261101-101010")
    assert migrate_user_data(root).status == "migrated"
    assert sorted(p.name for p in (root / BRAND_TRASH).iterdir()) == [
        "branding-20261101-101010", "branding-20261102-090000"]
    assert not (root / ".trash").exists()


def test_a_damaged_format_file_counts_as_the_oldest_format(tmp_path: Path) -> None:
    root = tmp_path / "data"
    _old_layout(root)
    (root / FORMAT_FILE).write_text("format = [not toml")
    assert data_format(root) == 1


def test_the_brand_editor_resets_into_the_new_trash(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from studio.brand.store import reset_user_brand_kit, user_brand_dir

    monkeypatch.setenv("STUDIO_KONTEN_HOME", str(tmp_path))
    user_brand_dir().mkdir(parents=True)
    (user_brand_dir() / "brand.toml").write_text("x = 1\n")
    moved = reset_user_brand_kit()
    assert moved is not None and moved.parent == tmp_path / BRAND_TRASH
