"""Publishing under real processes: one killed half-way, two at once. The shared folder
must only ever hold whole, signed versions."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from studio.errors import LibraryError
from studio.library import files
from studio.library.files import PART_PREFIX, lock_file
from studio.library.publish import publish_template
from studio.library.share import LOCK_NAME, STALL_ENV, list_published
from studio.library.sources import add_source
from studio.library.sync import sync_library
from studio.paths import PROJECT_ROOT
from studio.template import default_library
from tests.studio.library_helpers import Actor, builtin, make_key, trust_as


@pytest.fixture
def world(tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    designer = Actor(tmp_path / "designer")
    pic = Actor(tmp_path / "pic")
    key = make_key("Desainer Diskominfo - Rina", designer.home / "keys")
    trust_as(pic, key)
    with pic.active():
        add_source(share)
    with designer.active():
        publish_template(builtin("pengumuman"), key, share, version="1.1.0")
    return share, designer, pic, key


def publish_process(designer: Actor, share: Path, version: str, **env: str) -> subprocess.Popen:
    environment = {**os.environ, "STUDIO_KONTEN_HOME": str(designer.home), **env}
    environment.pop("STUDIO_KONTEN_KEY_PASSPHRASE", None)
    return subprocess.Popen(
        [sys.executable, "main.py", "templates", "publish", "pengumuman", "--to", str(share),
         "--version", version],
        cwd=PROJECT_ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)


def share_versions(share: Path) -> list[str]:
    return [p.version for p in list_published(share)]


def wait_for(path: Path, process: subprocess.Popen, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if process.poll() is not None:
            raise AssertionError(f"publish ended early: {process.communicate()}")
        if time.monotonic() > deadline:
            process.kill()
            raise AssertionError("publish never reached the write")
        time.sleep(0.05)


def test_a_publish_killed_half_way_leaves_the_old_version_intact(world, tmp_path):
    share, designer, pic, key = world
    folder = share / "templates" / "pengumuman"
    before = (folder / "pengumuman-1.1.0.zip").read_bytes()
    marker = tmp_path / "half-written"
    process = publish_process(designer, share, "1.2.0", **{STALL_ENV: str(marker)})
    wait_for(marker, process)
    process.kill()
    process.wait(timeout=60)

    part = Path(marker.read_text(encoding="utf-8"))
    assert part.parent == folder and part.name.startswith(PART_PREFIX)
    assert part.is_file() and part.stat().st_size > 0  # half a package is there ...
    assert share_versions(share) == ["1.1.0"]  # ... and nobody sees it
    assert (folder / "pengumuman-1.1.0.zip").read_bytes() == before
    assert not (folder / LOCK_NAME).exists()
    with pic.active():
        report = sync_library()
        assert report.refusals == ()
        assert default_library().get("pengumuman").template.version == "1.1.0"

    # The next publish is not disturbed by the leftover.
    with designer.active():
        publish_template(builtin("pengumuman"), key, share, version="1.2.0")
    assert share_versions(share) == ["1.2.0", "1.1.0"]
    with pic.active():
        report = sync_library()
        assert report.refusals == () and [u.newest for u in report.updates] == ["1.2.0"]


def test_two_publishes_at_once_cannot_both_win(world):
    share, designer, pic, _ = world
    processes = [publish_process(designer, share, "1.2.0") for _ in range(2)]
    results = [(p.wait(timeout=300), *p.communicate()) for p in processes]
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 1], results
    loser = next(err for code, _, err in results if code == 1)
    assert "already in the shared library" in loser
    folder = share / "templates" / "pengumuman"
    assert share_versions(share) == ["1.2.0", "1.1.0"]
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no part, no lock
    with pic.active():
        report = sync_library()
        assert report.refusals == ()
        assert [a.version for a in report.activated] == ["1.2.0"]


def test_different_versions_published_at_once_all_land_whole(world):
    share, designer, pic, _ = world
    processes = [publish_process(designer, share, v) for v in ("1.2.0", "1.3.0")]
    results = [(p.wait(timeout=300), *p.communicate()) for p in processes]
    landed = share_versions(share)
    # 1.3.0 always lands; 1.2.0 lands only if it came first (never below the newest).
    assert "1.3.0" in landed
    assert landed in (["1.3.0", "1.2.0", "1.1.0"], ["1.3.0", "1.1.0"])
    assert [code for code, _, _ in results].count(0) == len(landed) - 1
    with pic.active():
        report = sync_library()
        assert report.refusals == ()
        assert [a.version for a in report.activated] == ["1.3.0"]


def test_a_held_lock_makes_a_publisher_wait_and_a_stale_one_is_taken_over(world, monkeypatch):
    share, designer, _, key = world
    folder = share / "templates" / "pengumuman"
    monkeypatch.setattr(files, "LOCK_WAIT_SECONDS", 0.3)
    with lock_file(folder / LOCK_NAME), designer.active(), pytest.raises(LibraryError) as info:
        publish_template(builtin("pengumuman"), key, share, version="1.2.0")
    assert info.value.code == "library.busy"
    assert share_versions(share) == ["1.1.0"]
    assert not [p for p in folder.iterdir() if p.name.startswith(PART_PREFIX)]
    # A lock left by a killed publisher (old) does not block for ever.
    (folder / LOCK_NAME).write_text("killed", encoding="utf-8")
    old = time.time() - files.STALE_LOCK_SECONDS - 5
    os.utime(folder / LOCK_NAME, (old, old))
    with designer.active():
        publish_template(builtin("pengumuman"), key, share, version="1.2.0")
    assert share_versions(share) == ["1.2.0", "1.1.0"]
