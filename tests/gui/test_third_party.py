"""THIRD-PARTY-NOTICES.md is current for what is installed.

``tools/third_party.py`` writes it from the installed packages, the libraries
inside their wheels and the FFmpeg build; the About box lists its table. When a
dependency arrives or changes its licence, this fails until the file is written
again (``python tools/third_party.py``); a new version alone does not.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_notices_file_lists_every_installed_package_with_its_licence():
    # Licences, not versions: a clean machine may install a newer release within the
    # pinned ranges, and that must not fail the suite (the package build writes the
    # file afresh from what it bundles).
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "third_party.py"),
                             "--check-licences"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr


def test_notices_name_the_ffmpeg_licence_from_the_binary_itself():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import third_party
    finally:
        sys.path.pop(0)
    build = third_party.ffmpeg_build()
    if build is None:
        return
    # imageio-ffmpeg's builds include libx264: GPL, which the notices must say.
    assert "GPL" in build.licence
    if "libx264" in build.gpl_parts:
        assert not build.licence.startswith("LGPL")
    text = (ROOT / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")
    assert build.licence in text and build.version in text
