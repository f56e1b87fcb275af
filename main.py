"""Studio Konten Cimahi.

    python main.py                 open the desktop app
    python main.py FILE.kegiatan.toml   open the desktop app with that event (a double-click
                                        on an event file in Windows Explorer does this)
    python main.py --quit-after S  open it, report when it is usable, close it after S seconds
    python main.py COMMAND ...     the command line (python main.py --help)
"""

from __future__ import annotations

import multiprocessing
import sys


def _opens_app(arg: str) -> bool:
    """True when the first argument is for the desktop app, not a command."""
    return arg.startswith("--quit-after") or arg.lower().endswith(".toml")


# Commands that only look: they leave the user's data folder as it is.
LOOK_ONLY = ("--version", "-h", "--help", "check-resources")


def _migrate_user_data() -> None:
    """Bring the user's data folder to this version's layout once (with a backup)."""
    import logging

    from studio.userdata import migrate_user_data

    result = migrate_user_data()
    if result.status == "migrated":
        logging.getLogger("studio").info("user data moved to format %d (backup: %s)",
                                         result.to_format, result.backup)
    elif result.status == "failed":
        print(f"warning: the user data folder could not be updated ({result.error}); "
              f"it was left as it was (backup: {result.backup})", file=sys.stderr)


def _adopt_old_settings() -> None:
    """The app's settings of a version before the settings file, copied into it once."""
    from gui.app_settings import adopt_old_settings

    adopt_old_settings()


def run() -> int:
    # A frozen Windows build starts batch worker processes through this entry point.
    # (PyInstaller's runtime hook makes it work with spawn on every OS.)
    multiprocessing.freeze_support()
    opens_app = len(sys.argv) == 1 or _opens_app(sys.argv[1])
    if opens_app:
        # Before the migration, so that its backup holds the settings as well.
        _adopt_old_settings()
    if len(sys.argv) == 1 or sys.argv[1] not in LOOK_ONLY:
        _migrate_user_data()
    if not opens_app:
        from studio.cli import main

        return main(sys.argv[1:])
    from gui.app import run_app

    return run_app(sys.argv)


if __name__ == "__main__":
    sys.exit(run())
