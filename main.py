"""Studio Konten Cimahi.

    python main.py                 open the desktop app
    python main.py COMMAND ...     the command line (python main.py --help)
"""

from __future__ import annotations

import sys


def run() -> int:
    if len(sys.argv) > 1:
        from studio.cli import main

        return main(sys.argv[1:])
    from gui.app import run_app

    return run_app(sys.argv)


if __name__ == "__main__":
    sys.exit(run())
