"""Atomic saves: a crash or a full disk at any point of a save leaves the previous
version whole and loadable (issue 14 item 5).

Crashes are real: the save runs in a forked child that kills itself (SIGKILL, so no
``finally`` and no clean-up runs) at a chosen step of the write - after the
temporary file is written, before the rename, after it - and the parent then
loads what is on disk. Failures (a full disk, a read-only folder) are injected at
the write layer and must leave the same previous version plus a clear error.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import signal
import sys
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from studio import atomic
from studio.brand.store import ensure_user_brand_kit, load_brand, save_brand, user_brand_dir
from studio.calendar.plan import PlanEntry, PlanFile, load_plan
from studio.errors import LibraryError, SaveError, StudioError
from studio.library.keys import generate_key
from studio.library.sources import LibrarySource, load_sources, save_sources
from studio.library.store import load_state, set_choice
from studio.library.trust import load_trust, trust_key
from studio.paths import BRANDING_DIR
from studio.project import load_project, new_project, save_project
from studio.template.library import TemplateLibrary, create_template_folder
from studio.template.loader import load_template, save_template
from studio.template.package import import_package
from tests.studio.helpers import write_template

needs_fork = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin",
                                reason="the crash is a forked child killed mid-save (POSIX)")


# -- a crash at a chosen step --------------------------------------------------------------------
def crash_during(save: Callable[[], object], module: object, name: str, nth: int = 1, *,
                 within: str | None = None) -> None:
    """Run ``save()`` in a forked child that is killed (SIGKILL) at the ``nth`` call of
    ``module.name`` (counting only calls made inside ``studio.atomic.<within>`` when
    given); fails if the save got past that step alive."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            real = getattr(module, name)
            calls = 0
            armed = within is None

            def killer(*args: object, **kwargs: object) -> object:
                nonlocal calls
                if armed:
                    calls += 1
                    if calls == nth:
                        os.kill(os.getpid(), signal.SIGKILL)
                return real(*args, **kwargs)

            setattr(module, name, killer)
            if within is not None:
                outer = getattr(atomic, within)

                def arming(*args: object, **kwargs: object) -> object:
                    nonlocal armed
                    armed = True
                    return outer(*args, **kwargs)

                setattr(atomic, within, arming)
                # The callers imported the function by name: arm theirs too.
                for module_name, loaded in list(sys.modules.items()):
                    if module_name.startswith("studio.") and \
                            getattr(loaded, within, None) is outer:
                        setattr(loaded, within, arming)
            save()
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, \
        f"the save finished without reaching call {nth} of {name}"


# The steps of one file's save: its temporary file written (not yet on the disk), the
# rename about to happen, the rename done (the folder not yet synced).
FILE_STEPS = {
    "temp-written": (os, "fsync", False),
    "before-rename": (os, "replace", False),
    "after-rename": (atomic, "sync_folder", True),
}


@dataclass
class Kind:
    """One kind of thing the user saves: make version 1, save version 2, read it."""

    setup: Callable[[Path], object]
    save_v2: Callable[[Path], object]
    read: Callable[[Path], object]
    v1: object
    v2: object
    folder: Callable[[Path], Path]  # where its file lives (no temporary file may stay)


def _event_kind() -> Kind:
    def path(tmp: Path) -> Path:
        return tmp / "kegiatan" / "rapat.kegiatan.toml"

    def setup(tmp: Path) -> None:
        project = new_project("rapat", "liputan-kegiatan", tmp / "hasil",
                              fields={"judul": "Versi satu"})
        save_project(project, path(tmp))

    def save_v2(tmp: Path) -> None:
        save_project(load_project(path(tmp)).with_field("judul", "Versi dua"))

    return Kind(setup, save_v2, lambda tmp: load_project(path(tmp)).fields["judul"],
                "Versi satu", "Versi dua", lambda tmp: path(tmp).parent)


def _template_kind() -> Kind:
    def folder(tmp: Path) -> Path:
        return tmp / "templates" / "uji"

    def save_v2(tmp: Path) -> None:
        loaded = load_template(folder(tmp))
        save_template(loaded, loaded.template.model_copy(update={"name": "Versi dua"}))

    return Kind(lambda tmp: write_template(folder(tmp), name="Versi satu"), save_v2,
                lambda tmp: load_template(folder(tmp)).template.name,
                "Versi satu", "Versi dua", folder)


def _brand_kind() -> Kind:
    def setup(tmp: Path) -> None:
        brand = ensure_user_brand_kit(load_brand(BRANDING_DIR))
        save_brand(brand.with_color("acara", "#111111"))

    def save_v2(tmp: Path) -> None:
        save_brand(load_brand(user_brand_dir()).with_color("acara", "#222222"))

    return Kind(setup, save_v2, lambda tmp: load_brand(user_brand_dir()).colors["acara"],
                "#111111", "#222222",
                lambda tmp: user_brand_dir())


def _library_state_kind() -> Kind:
    return Kind(lambda tmp: set_choice("uji", "official"),
                lambda tmp: set_choice("uji", "local"),
                lambda tmp: load_state().entry("template", "uji").choice,
                "official", "local", lambda tmp: Path(os.environ["STUDIO_KONTEN_HOME"]))


def _sources_kind() -> Kind:
    return Kind(lambda tmp: save_sources([LibrarySource(tmp / "bersama", name="Versi satu")]),
                lambda tmp: save_sources([LibrarySource(tmp / "bersama", name="Versi dua")]),
                lambda tmp: load_sources()[0].name, "Versi satu", "Versi dua",
                lambda tmp: Path(os.environ["STUDIO_KONTEN_HOME"]))


_KEYS = [generate_key("Desainer Satu"), generate_key("Desainer Dua")]


def _trust_kind() -> Kind:
    def trusted(tmp: Path) -> set[str]:
        trust = load_trust()
        return {key.key_id for key in _KEYS if trust.is_trusted(key.key_id)}

    return Kind(lambda tmp: trust_key(_KEYS[0].public),
                lambda tmp: trust_key(_KEYS[1].public), trusted,
                {_KEYS[0].key_id}, {_KEYS[0].key_id, _KEYS[1].key_id},
                lambda tmp: Path(os.environ["STUDIO_KONTEN_HOME"]))


def _plan_kind() -> Kind:
    def path(tmp: Path) -> Path:
        return tmp / "bersama" / "humas.kalender.toml"

    def setup(tmp: Path) -> None:
        store = PlanFile.create(path(tmp), unit="Diskominfo")
        store.save(store.plan.with_entry(PlanEntry(id="guru", date=dt.date(2026, 11, 25),
                                                   title="Versi satu")), editor="Rina")

    def save_v2(tmp: Path) -> None:
        store = PlanFile.open(path(tmp))
        entry = store.plan.find("guru")
        assert entry is not None
        store.save(store.plan.with_entry(replace(entry, title="Versi dua")), editor="Rina")

    return Kind(setup, save_v2, lambda tmp: load_plan(path(tmp)).find("guru").title,
                "Versi satu", "Versi dua", lambda tmp: path(tmp).parent)


KINDS = {
    "event": _event_kind,
    "template": _template_kind,
    "brand-kit": _brand_kind,
    "library-state": _library_state_kind,
    "library-sources": _sources_kind,
    "trust-store": _trust_kind,
    "content-plan": _plan_kind,
}


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(f"{atomic.PART_PREFIX}*"))


@needs_fork
@pytest.mark.parametrize("step", sorted(FILE_STEPS))
@pytest.mark.parametrize("kind_name", sorted(KINDS))
def test_a_crash_during_a_save_leaves_a_whole_version(tmp_path, kind_name, step):
    kind = KINDS[kind_name]()
    kind.setup(tmp_path)
    assert kind.read(tmp_path) == kind.v1
    module, name, done = FILE_STEPS[step]
    crash_during(lambda: kind.save_v2(tmp_path), module, name)
    # Whatever the step, the file is one whole version: the old one until the rename,
    # the new one after it - never a mix, never empty.
    assert kind.read(tmp_path) == (kind.v2 if done else kind.v1)
    # The next save goes through and, once the leftover is old, sweeps it.
    kind.save_v2(tmp_path)
    assert kind.read(tmp_path) == kind.v2


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EROFS, errno.EIO])
@pytest.mark.parametrize("kind_name", sorted(KINDS))
def test_a_failed_save_is_reported_and_keeps_the_previous_version(tmp_path, kind_name, error):
    kind = KINDS[kind_name]()
    kind.setup(tmp_path)
    real_fdopen = os.fdopen

    class HalfThenFail:
        """The disk fills (or fails) after half of the file was written."""

        def __init__(self, fh):
            self._fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._fh.close()

        def write(self, data):
            self._fh.write(data[: len(data) // 2])
            raise OSError(error, os.strerror(error))

        def __getattr__(self, name):
            return getattr(self._fh, name)

    with pytest.MonkeyPatch.context() as patch, pytest.raises(StudioError) as info:
        patch.setattr(os, "fdopen", lambda fd, mode, *a, **k:
                      HalfThenFail(real_fdopen(fd, mode, *a, **k)))
        kind.save_v2(tmp_path)
    expected = {errno.ENOSPC: "disk_full", errno.EROFS: "read_only", errno.EIO: "failed"}
    if isinstance(info.value, LibraryError):
        assert info.value.code == "library.write_failed"  # the library's own words
    else:
        assert isinstance(info.value, SaveError)
        assert info.value.code == f"save.{expected[error]}"
        assert "previous version" in info.value.message or "nothing was saved" in \
            info.value.message
    assert kind.read(tmp_path) == kind.v1
    assert _parts(kind.folder(tmp_path)) == []


def test_stale_temporary_files_are_swept_by_the_next_save(tmp_path):
    target = tmp_path / "a.kegiatan.toml"
    atomic.save_text(target, "satu\n")
    old = tmp_path / f"{atomic.PART_PREFIX}crashed.toml"
    young = tmp_path / f"{atomic.PART_PREFIX}busy.toml"
    old.write_text("half")
    young.write_text("half")
    past = time.time() - atomic.STALE_PART_SECONDS - 60
    os.utime(old, (past, past))
    atomic.save_text(target, "dua\n")
    assert target.read_text() == "dua\n"
    assert not old.exists() and young.exists()  # a young one may be a save under way


def test_write_file_refuses_to_replace_when_asked(tmp_path):
    target = tmp_path / "a.txt"
    atomic.write_text(target, "satu")
    with pytest.raises(FileExistsError):
        atomic.write_text(target, "dua", overwrite=False)
    assert target.read_text() == "satu" and _parts(tmp_path) == []


def test_a_writer_function_that_fails_leaves_nothing(tmp_path):
    target = tmp_path / "a.mp4"
    atomic.write_file(target, b"lama")

    def encoder(tmp: Path) -> None:
        tmp.write_bytes(b"setengah")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError):
        atomic.write_file(target, encoder)
    assert target.read_bytes() == b"lama" and _parts(tmp_path) == []


# -- folders -------------------------------------------------------------------------------------
MANIFEST = """schema = 1
id = "paket"
name = "Paket"
version = "{version}"
[[layers]]
id = "foto"
type = "media"
box = [0, 0, 1, 1]
"""


def _package(path: Path, version: str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("paket/template.toml", MANIFEST.format(version=version))
        archive.writestr("paket/aset/catatan.png", b"")  # an asset that changes with it
    return path


def _version(library_dir: Path) -> str | None:
    """The version the library loads for 'paket' after a restart (None: not there)."""
    library = TemplateLibrary(dirs=(tmp_builtin(library_dir), library_dir))
    loaded = library.templates.get("paket")
    return loaded.template.version if loaded is not None else None


def tmp_builtin(library_dir: Path) -> Path:
    folder = library_dir.parent / "bawaan"
    folder.mkdir(exist_ok=True)
    return folder


@needs_fork
@pytest.mark.parametrize(("nth", "expected", "trashed"), [
    (1, "1.0.0", 0),  # killed as the installed folder was to be moved aside
    (2, "1.0.0", 0),  # killed between the two renames: the old one is put back
    (3, "2.0.0", 1),  # killed as the old one went to the trash: the swap was done
])
def test_a_crash_during_a_folder_swap_leaves_one_whole_template(tmp_path, nth, expected,
                                                                trashed):
    library_dir = tmp_path / "templates"
    library_dir.mkdir()
    import_package(_package(tmp_path / "v1.zip", "1.0.0"), library_dir)
    v2 = _package(tmp_path / "v2.zip", "2.0.0")
    crash_during(lambda: import_package(v2, library_dir, replace=True), os, "rename", nth,
                 within="replace_folder")
    # The next start (a library load) finishes or undoes the swap.
    assert _version(library_dir) == expected
    assert [p.name for p in library_dir.iterdir()
            if p.name.startswith(atomic.OLD_PREFIX)] == []
    trash = library_dir / ".trash"
    assert len(list(trash.iterdir()) if trash.exists() else []) == trashed
    # And the library works on: the replacement can be made again.
    import_package(v2, library_dir, replace=True)
    assert _version(library_dir) == "2.0.0"


@needs_fork
def test_a_crash_while_a_new_template_folder_moves_in_leaves_no_half_template(tmp_path):
    library_dir = tmp_path / "templates"
    source = load_template(write_template(tmp_path / "src" / "uji"))
    crash_during(lambda: create_template_folder(source.template, library_dir,
                                                assets_from=source.folder), os, "rename",
                 within="replace_folder")
    assert not (library_dir / "uji").exists()
    staged = [p for p in library_dir.iterdir() if p.name.startswith(atomic.STAGE_PREFIX)]
    assert len(staged) == 1  # a complete copy nobody reads; swept once it is stale
    past = time.time() - atomic.STALE_STAGING_SECONDS - 60
    os.utime(staged[0], (past, past))
    atomic.recover_folders(library_dir)
    assert list(library_dir.iterdir()) == []
    assert create_template_folder(source.template, library_dir).id == "uji"


def test_a_failed_folder_swap_puts_the_old_folder_back(tmp_path):
    target = write_template(tmp_path / "lib" / "uji", name="Lama")
    staged = atomic.staging_folder(target)
    write_template(staged, id="uji", name="Baru")
    real_rename = os.rename

    def refuse_second(src, dst):
        if Path(src) == staged:
            raise OSError(errno.EACCES, "a file is in use")
        return real_rename(src, dst)

    with pytest.MonkeyPatch.context() as patch, pytest.raises(OSError):
        patch.setattr(os, "rename", refuse_second)
        atomic.replace_folder(target, staged)
    assert load_template(target).template.name == "Lama"
    assert [p.name for p in target.parent.iterdir() if p.name.startswith(".old-")] == []


def test_a_template_imported_over_another_that_cannot_be_written_reports_it(tmp_path):
    library_dir = tmp_path / "templates"
    library_dir.mkdir()
    import_package(_package(tmp_path / "v1.zip", "1.0.0"), library_dir)
    v2 = _package(tmp_path / "v2.zip", "2.0.0")

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.MonkeyPatch.context() as patch, pytest.raises(SaveError) as info:
        patch.setattr(atomic.os, "rename", full)
        patch.setattr("studio.template.package.shutil.move", lambda a, b: os.replace(a, b))
        import_package(v2, library_dir, replace=True)
    assert info.value.code == "save.disk_full"
    assert _version(library_dir) == "1.0.0"


def test_saving_into_a_new_template_folder_never_leaves_half_a_folder(tmp_path, monkeypatch):
    library_dir = tmp_path / "templates"
    source = load_template(write_template(tmp_path / "src" / "uji"))
    (source.folder / "aset").mkdir()
    (source.folder / "aset" / "a.png").write_bytes(b"x")
    monkeypatch.setattr("studio.template.library.save_template", lambda *a, **k: (_ for _ in (
    )).throw(OSError(errno.ENOSPC, "No space left on device")))
    with pytest.raises(SaveError):
        create_template_folder(source.template, library_dir, assets_from=source.folder)
    assert list(library_dir.iterdir()) == []
