"""Where the built-in resources are, found relative to the package.

The project root holds ``templates/``, ``captions/``, ``assets/branding/``,
``locales/`` and ``samples/``. A frozen Windows build (PyInstaller) sets ``sys._MEIPASS``.
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
# Words of the files the engine writes for people, one catalogue per language.
LOCALES_DIR = PROJECT_ROOT / "locales"


def user_data_dir() -> Path:
    """Where imported templates, projects and settings live for this user.

    ``STUDIO_KONTEN_HOME`` overrides it (tests, portable installs).
    """
    import os

    override = os.environ.get("STUDIO_KONTEN_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir as _user_data_dir

    return Path(_user_data_dir("StudioKontenCimahi", appauthor=False))


def user_templates_dir() -> Path:
    return user_data_dir() / "templates"
