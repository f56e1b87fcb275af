"""The command-line interface over the same core the GUI uses.

One module per command group, each with ``register(subparsers)`` that adds its
sub-command(s) and sets ``func`` to a handler returning an exit code. Errors
the user can act on are printed as one line, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from studio import __version__
from studio.errors import StudioError
from studio.support import setup_logging
from studio.values import clean_value

# Modules under studio.cli that add commands, in help order.
log = logging.getLogger("studio.cli")
# The sub-command names the parsers set (never an argument's value).
_COMMAND_NAMES = ("command", "action", "project_command", "kalender_command")

COMMAND_MODULES = ("export", "templates", "keys", "platforms", "caption", "batch", "kalender")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python main.py",
        description="Studio Konten Cimahi - branded photos, videos and captions for every "
        "platform. Without a command it opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"studio.cli.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    setup_logging("cli")
    # The command's name only: its arguments carry field values (--set judul=...).
    command = " ".join(str(getattr(args, name)) for name in _COMMAND_NAMES
                       if isinstance(getattr(args, name, None), str))
    log.info("command: %s", command)
    try:
        code = int(args.func(args) or 0)
    except StudioError as exc:
        log.warning("command %s failed: %s: %s", command, exc.code, exc.one_line())
        print(f"error: {exc.one_line()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        log.info("command %s cancelled", command)
        print("cancelled", file=sys.stderr)
        return 130
    except Exception:
        log.critical("command %s: unexpected error", command, exc_info=True)
        raise
    log.info("command %s finished: exit %d", command, code)
    return code


def parse_assignments(pairs: list[str] | None) -> dict[str, str]:
    """``["judul=Rapat", "lokasi=Aula"]`` to a dict; ``\\n`` in a value is a line break."""
    values: dict[str, str] = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise StudioError(f"--set needs key=value, got {pair!r}", code="cli.bad_set")
        key, value = pair.split("=", 1)
        values[key.strip()] = clean_value(value.replace("\\n", "\n"))
    return values
