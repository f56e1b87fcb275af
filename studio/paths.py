"""Where the built-in resources are, found relative to the package.

The project root holds ``templates/``, ``captions/``, ``assets/branding/`` and
``samples/``. A frozen Windows build (PyInstaller) sets ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):  # pragma: no cover
    PROJECT_ROOT = Path(sys._MEIPASS)
else:
    PROJECT_ROOT = Path(__file__).resolve().parent.parent

TEMPLATES_DIR = PROJECT_ROOT / "templates"
CAPTIONS_DIR = PROJECT_ROOT / "captions"
BRANDING_DIR = PROJECT_ROOT / "assets" / "branding"
SAMPLES_DIR = PROJECT_ROOT / "samples"
