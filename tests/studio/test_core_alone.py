"""The core stands alone: every module of studio/ imports without Qt or the GUI.

``python dev.py test`` runs tests/studio in an environment where PySide6 is not
installed at all (``STUDIO_CORE_ONLY=1``); here, in any environment, every core
module is imported in a fresh interpreter whose import system refuses PySide6,
shiboken6 and gui, and none of them may be loaded afterwards. (Imports inside
function bodies are the import-linter contract's to catch.)
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

IMPORT_EVERY_MODULE = """
import importlib, pkgutil, sys

REFUSED = ("PySide6", "shiboken6", "gui")

class Refuse:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in REFUSED:
            raise ImportError(f"{name} refused: the core must stand alone")
        return None

sys.meta_path.insert(0, Refuse())
import studio
names = [m.name for m in pkgutil.walk_packages(studio.__path__, "studio.")]
for name in names:
    importlib.import_module(name)
leaked = sorted(n for n in sys.modules if n.split(".")[0] in REFUSED)
assert not leaked, leaked
print(len(names))
"""


def test_every_core_module_imports_without_qt_or_the_gui():
    result = subprocess.run([sys.executable, "-c", IMPORT_EVERY_MODULE], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 40  # every module was reached


@pytest.mark.skipif(os.environ.get("STUDIO_CORE_ONLY") != "1",
                    reason="only in the core-only environment of python dev.py test")
def test_this_environment_has_no_qt():
    assert importlib.util.find_spec("PySide6") is None
    assert importlib.util.find_spec("shiboken6") is None
