"""``python main.py platforms``: one line per platform preset."""

from __future__ import annotations

import argparse

from studio.platforms import load_platforms


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("platforms", help="list the platform presets")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    for platform in load_platforms().values():
        print(f"{platform.id:<22} {platform.label:<26} {platform.size_text}")
    return 0
