"""How big the built app folder is, and what makes it big.

    python packaging/size_report.py [dist/StudioKontenCimahi] [--limit-mb 350]

Prints the total unpacked size and the largest parts (top-level entries of
``_internal``, and inside the heaviest packages one level deeper). With
``--limit-mb`` it exits 1 when the folder is larger. Standard library only.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "dist" / "StudioKontenCimahi"
SHOWN = 20
MB = 1024 * 1024


def size_of(path: Path) -> int:
    """Bytes in ``path``; symbolic links (PyInstaller's on Linux) count nothing."""
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str]) -> int:
    limit = None
    if "--limit-mb" in argv:
        i = argv.index("--limit-mb")
        limit = float(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    folder = Path(argv[0]) if argv else DEFAULT_BUNDLE
    internal = folder / "_internal"
    if not internal.is_dir():
        print(f"no bundle at {folder}")
        return 1
    total = size_of(folder)
    parts = sorted(((size_of(p), p) for p in internal.iterdir()), key=lambda t: -t[0])
    print(f"{folder}: {total / MB:.0f} MB unpacked, {sum(1 for _ in folder.rglob('*'))} entries")
    print(f"largest parts of {internal.name}/:")
    for size, path in parts[:SHOWN]:
        print(f"  {size / MB:8.1f} MB  {path.name}")
    rest = sum(size for size, _ in parts[SHOWN:])
    print(f"  {rest / MB:8.1f} MB  ({len(parts) - SHOWN} more)")
    if limit is not None and total > limit * MB:
        print(f"over the limit: {total / MB:.0f} MB > {limit:.0f} MB")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
