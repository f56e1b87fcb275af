"""Actors for the shared-library tests: a designer, PICs and an administrator, each with
their own user data folder (``STUDIO_KONTEN_HOME``), around one shared folder."""

from __future__ import annotations

import contextlib
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from studio.library.keys import SigningKey, generate_key, save_key_pair
from studio.library.trust import trust_key
from studio.paths import TEMPLATES_DIR
from studio.template.loader import LoadedTemplate, load_template


@dataclass
class Actor:
    home: Path

    @contextlib.contextmanager
    def active(self) -> Iterator[Actor]:
        before = os.environ.get("STUDIO_KONTEN_HOME")
        os.environ["STUDIO_KONTEN_HOME"] = str(self.home)
        try:
            yield self
        finally:
            if before is None:
                os.environ.pop("STUDIO_KONTEN_HOME", None)
            else:
                os.environ["STUDIO_KONTEN_HOME"] = before


def make_key(name: str, folder: Path | None = None) -> SigningKey:
    key = generate_key(name)
    if folder is not None:
        save_key_pair(key, folder, None)
    return key


def trust_as(actor: Actor, key: SigningKey, role: str = "designer") -> None:
    with actor.active():
        trust_key(key.public, role=role)  # type: ignore[arg-type]


def builtin(template_id: str) -> LoadedTemplate:
    return load_template(TEMPLATES_DIR / template_id)


def rewrite_zip(path: Path, change: Callable[[str, bytes], bytes | None]) -> None:
    """Rewrite the package at ``path``: ``change(name, data)`` returns new bytes
    (None drops the member). The file is replaced in place, as a tamperer would."""
    with zipfile.ZipFile(path) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    tmp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(tmp, "w") as archive:
        for name, data in members:
            new = change(name, data)
            if new is not None:
                archive.writestr(name, new)
    os.replace(tmp, path)


def add_member(path: Path, name: str, data: bytes) -> None:
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(name, data)
