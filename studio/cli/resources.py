"""``python main.py check-resources``: is this installation whole?

Lists every resource the app needs (through :mod:`studio.paths`) and names each
one that is missing; a broken bundle fails here, in its smoke test, rather than
at a PIC's desk. It also loads the libraries whose native parts a bundle can
lose without noticing (pillow-heif for iPhone photos, OpenCV for faces).
"""

from __future__ import annotations

import argparse
import importlib

from studio import paths

# Native libraries a build can leave behind silently: each must import.
NATIVE_MODULES = ("pillow_heif", "cv2", "numpy", "PIL._imaging")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check-resources",
                       help="check that every file the app needs is installed")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    problems = [f"missing: {path}" for path in paths.missing_resources()]
    for name in NATIVE_MODULES:
        try:
            importlib.import_module(name)
        except Exception as exc:  # an ImportError or a native loader's OSError alike
            problems.append(f"cannot load {name}: {exc}")
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} resource(s) missing in {paths.PROJECT_ROOT}")
        return 1
    checked = len(paths.required_files()) + len(paths.required_folders()) \
        + len(paths.library_resources()) + len(paths.bundled_files())
    print(f"all {checked} resources present in {paths.PROJECT_ROOT}")
    return 0
