"""Versions of templates and brand kits: ``1``, ``1.2`` or ``1.2.3``, compared as numbers.

The template schema allows up to three dot-separated whole numbers; missing
parts count as zero, so ``1.2`` and ``1.2.0`` are the same version.
"""

from __future__ import annotations

import re

from studio.errors import LibraryError

_VERSION = re.compile(r"^\d{1,6}(\.\d{1,6}){0,2}$")

VersionKey = tuple[int, int, int]


def is_version(text: object) -> bool:
    return isinstance(text, str) and bool(_VERSION.match(text))


def version_key(text: str) -> VersionKey:
    """``"1.2"`` -> ``(1, 2, 0)``; a malformed version is a LibraryError."""
    if not is_version(text):
        raise LibraryError(f"{text!r} is not a version (use 1.2.3)",
                           code="library.bad_version", version=str(text))
    parts = [int(p) for p in text.split(".")]
    parts += [0] * (3 - len(parts))
    return (parts[0], parts[1], parts[2])


def is_newer(candidate: str, than: str | None) -> bool:
    return than is None or version_key(candidate) > version_key(than)


def same_version(a: str, b: str) -> bool:
    return version_key(a) == version_key(b)


def sort_versions(versions: list[str] | tuple[str, ...] | set[str]) -> list[str]:
    """Oldest first; malformed entries are left out."""
    return sorted((v for v in versions if is_version(v)), key=version_key)


def next_version(version: str) -> str:
    """The next patch version: ``1.2`` -> ``1.2.1``."""
    major, minor, patch = version_key(version)
    return f"{major}.{minor}.{patch + 1}"
