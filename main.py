"""Studio Konten Cimahi.

    python main.py                 open the desktop app
    python main.py --quit-after S  open it, report when it is usable, close it after S seconds
    python main.py COMMAND ...     the command line (python main.py --help)
"""

from __future__ import annotations

import multiprocessing
import sys


def run() -> int:
    # A frozen Windows build starts batch worker processes through this entry point.
    # (PyInstaller's runtime hook makes it work with spawn on every OS.)
    multiprocessing.freeze_support()
    if len(sys.argv) > 1 and not sys.argv[1].startswith("--quit-after"):
        from studio.cli import main

        return main(sys.argv[1:])
    from gui.app import run_app

    return run_app(sys.argv)


if __name__ == "__main__":
    sys.exit(run())
