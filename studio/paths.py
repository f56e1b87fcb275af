"""Where the app's files are: the built-in resources and the user's own data folder.

Every resource the app reads from its own installation is found here, and only
here, so the source checkout and the frozen Windows build (PyInstaller, one
folder) agree. In a checkout the resources sit around the packages (the project
root holds ``templates/``, ``captions/``, ``assets/branding/``, ``samples/``,
``docs/``, ``locales/``, ``studio/data/`` and ``gui/i18n``); in a frozen build PyInstaller
unpacks the same tree under ``sys._MEIPASS`` (the bundle's ``_internal``
folder), which the spec (``packaging/studio.spec``) lays out from
:data:`BUNDLED_DATA`. :func:`missing_resources` lists what a bundle lacks, so a
broken build fails its smoke test naming the file rather than at a PIC's desk.

What the user makes (own templates, brand-kit edits, events, keys, settings)
lives in :func:`user_data_dir`, never in the installation, so an upgrade or an
uninstall leaves it alone.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

FROZEN = bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")

if FROZEN:  # pragma: no cover - only inside the PyInstaller build
    PROJECT_ROOT = Path(sys._MEIPASS)  # type: ignore[attr-defined]
else:
    PROJECT_ROOT = Path(__file__).resolve().parent.parent

TEMPLATES_DIR = PROJECT_ROOT / "templates"
CAPTIONS_DIR = PROJECT_ROOT / "captions"
BRANDING_DIR = PROJECT_ROOT / "assets" / "branding"
SAMPLES_DIR = PROJECT_ROOT / "samples"
DOCS_DIR = PROJECT_ROOT / "docs"
# The core's data files (platform rules, the holiday decree, commemorative days).
STUDIO_DATA_DIR = PROJECT_ROOT / "studio" / "data"
# The GUI's compiled translations and its small resources (icons, the sample event).
GUI_I18N_DIR = PROJECT_ROOT / "gui" / "i18n"
GUI_RESOURCES_DIR = PROJECT_ROOT / "gui" / "resources"
# The user guide the app shows with F1, per language (its pictures are in docs/img).
USER_GUIDE = DOCS_DIR / "panduan.md"
USER_GUIDE_EN = DOCS_DIR / "guide.md"
# The components the app ships and their licences (the About box shows it).
THIRD_PARTY_NOTICES = PROJECT_ROOT / "THIRD-PARTY-NOTICES.md"
# Words of the files the engine writes for people, one catalogue per language.
LOCALES_DIR = PROJECT_ROOT / "locales"

# Folders and files (relative to the project root) a bundle carries, with the file
# patterns taken from each folder. The spec copies exactly these; a test holds the
# list against the constants above.
BUNDLED_DATA: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("templates", ("**/*",)),
    ("captions", ("**/*",)),
    ("assets/branding", ("**/*",)),
    ("samples", ("*.jpg", "*.jpeg", "*.png", "*.heic", "*.mp4", "*.mov", "*.kegiatan.toml",
                 "README.md")),
    ("docs", ("panduan.md", "guide.md", "panduan-desainer.md", "img/**/*.png")),
    (".", ("THIRD-PARTY-NOTICES.md",)),
    ("studio/data", ("*.toml",)),
    ("gui/i18n", ("*.qm",)),
    ("gui/resources", ("*",)),
    ("locales", ("*.toml",)),
)


# Written by the spec into a built bundle: every data file it copied, one relative
# path a line. A checkout has none (its files are the repository's).
BUNDLE_MANIFEST = PROJECT_ROOT / "bundle-manifest.txt"


def required_files() -> list[Path]:
    """The files the app opens by name and cannot work without (absolute paths)."""
    return [
        STUDIO_DATA_DIR / "platforms.toml",
        STUDIO_DATA_DIR / "libur-skb.toml",
        STUDIO_DATA_DIR / "hari-peringatan.toml",
        BRANDING_DIR / "brand.toml",
        BRANDING_DIR / "logos" / "mark.png",
        BRANDING_DIR / "fonts" / "PlusJakartaSans-Regular.ttf",
        BRANDING_DIR / "fonts" / "PlusJakartaSans-SemiBold.ttf",
        BRANDING_DIR / "fonts" / "PlusJakartaSans-Bold.ttf",
        BRANDING_DIR / "fonts" / "PlusJakartaSans-ExtraBold.ttf",
        BRANDING_DIR / "fonts" / "NotoColorEmoji.ttf",
        BRANDING_DIR / "video" / "intro.mp4",
        BRANDING_DIR / "video" / "outro.mp4",
        GUI_I18N_DIR / "studio_id.qm",
        GUI_I18N_DIR / "studio_en.qm",
        GUI_I18N_DIR / "designer_id.qm",
        GUI_I18N_DIR / "qtbase_id.qm",
        GUI_RESOURCES_DIR / "sample_event.toml",
        LOCALES_DIR / "report.id.toml",
        LOCALES_DIR / "report.en.toml",
        USER_GUIDE,
        USER_GUIDE_EN,
        THIRD_PARTY_NOTICES,
    ]


def required_folders() -> list[Path]:
    """Folders that must hold at least one file."""
    return [TEMPLATES_DIR, CAPTIONS_DIR, BRANDING_DIR / "keys", SAMPLES_DIR]


def bundled_files(manifest: Path | None = None) -> list[Path]:
    """Every file the bundle's manifest lists (empty outside a built bundle)."""
    manifest = BUNDLE_MANIFEST if manifest is None else manifest
    if not manifest.is_file():
        return []
    root = manifest.parent
    return [root / line for line in manifest.read_text(encoding="utf-8").splitlines()
            if line.strip()]


# OpenCV's face cascades (opencv-python-headless 4.x ships them in cv2/data; the
# spec copies these two into the bundle's cv2/data).
FACE_CASCADE_FILES = ("haarcascade_frontalface_default.xml", "haarcascade_frontalface_alt2.xml")


def face_cascade_dir() -> Path:
    """The folder with OpenCV's Haar cascades (``cv2.data.haarcascades``)."""
    import cv2

    # opencv's type stubs lack cv2.data, which the wheel has.
    return Path(cv2.data.haarcascades)  # type: ignore[attr-defined]


def ffmpeg_binary() -> Path:
    """The ffmpeg program that came with imageio-ffmpeg (``IMAGEIO_FFMPEG_EXE`` overrides).

    Raises whatever imageio-ffmpeg raises when it has none (RuntimeError, OSError)."""
    import imageio_ffmpeg

    return Path(imageio_ffmpeg.get_ffmpeg_exe())


def library_resources() -> list[Path]:
    """Files the app needs from its libraries: ffmpeg and the face cascades.

    A library that cannot say where its file is is reported with the path it
    should be at in this install."""
    found: list[Path] = []
    try:
        found.append(ffmpeg_binary())
    except Exception:  # imageio-ffmpeg raises RuntimeError/OSError when it has no binary
        found.append(PROJECT_ROOT / "imageio_ffmpeg" / "binaries" / "ffmpeg")
    try:
        cascades = face_cascade_dir()
    except Exception:  # cv2 missing or broken: name where the cascades belong
        cascades = PROJECT_ROOT / "cv2" / "data"
    found += [cascades / name for name in FACE_CASCADE_FILES]
    return found


def missing_resources() -> list[Path]:
    """The required resources that are not there (empty when the install is whole).

    Checks the named files, the folders, and in a built bundle every file its
    manifest lists (a template's asset lost from the bundle is named too)."""
    missing = [p for p in [*required_files(), *library_resources()] if not p.is_file()]
    missing += [p for p in required_folders()
                if not p.is_dir() or not any(f.is_file() for f in p.rglob("*"))]
    seen = set(missing)
    missing += [p for p in bundled_files() if not p.is_file() and p not in seen]
    if FROZEN and not BUNDLE_MANIFEST.is_file():
        missing.append(BUNDLE_MANIFEST)
    return missing


def user_data_dir() -> Path:
    """Where imported templates, projects and settings live for this user.

    ``STUDIO_KONTEN_HOME`` overrides it (tests, portable installs). On Windows this
    is ``%LOCALAPPDATA%\\StudioKontenCimahi``: outside the program folder, so an
    upgrade or an uninstall never touches it.
    """
    override = os.environ.get("STUDIO_KONTEN_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir as _user_data_dir

    return Path(_user_data_dir("StudioKontenCimahi", appauthor=False))


def user_data_dir_overridden() -> bool:
    """True when ``STUDIO_KONTEN_HOME`` chose the data folder (tests, portable installs):
    such a folder is a world of its own, and nothing of the installed app's is read."""
    return bool(os.environ.get("STUDIO_KONTEN_HOME"))


def user_templates_dir() -> Path:
    return user_data_dir() / "templates"


# The app's settings (language, recent events, last folders, window geometry, the content
# plan): an .ini file in the data folder, so the migration's backup, an upgrade and the
# uninstaller treat them as the user's data. (Versions before it kept them in Qt's native
# store; gui.app_settings copies those over once.)
SETTINGS_FILE_NAME = "pengaturan.ini"


def settings_file() -> Path:
    """The app's settings file in :func:`user_data_dir`."""
    return user_data_dir() / SETTINGS_FILE_NAME
