"""Publishing: a designer signs a template or the brand kit and puts it in a library folder.

The package is built and signed in a temporary folder on the designer's
computer, then handed to :func:`studio.library.share.publish_file`, which
writes it under a temporary name and renames it into place under the folder's
lock (see :mod:`studio.library.share`). A version can be published once; the
next publish needs a higher number.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from studio.errors import LibraryError
from studio.library.keys import SigningKey
from studio.library.share import kind_folder, list_published, package_name, publish_file
from studio.library.signing import Kind, SignedManifest
from studio.library.store import BRAND_ID
from studio.library.trust import load_trust
from studio.library.versions import is_newer, next_version, version_key
from studio.template.loader import LoadedTemplate


@dataclass(frozen=True)
class Published:
    path: Path
    manifest: SignedManifest
    trusted_here: bool  # False: this computer does not trust the key (PICs may not either)


def newest_published(root: Path, kind: Kind, item_id: str) -> str | None:
    """The highest version of ``item_id`` in the library folder (None: none, or unreachable)."""
    try:
        versions = [p.version for p in list_published(root)
                    if p.kind == kind and p.item_id == item_id]
    except OSError:
        return None
    return max(versions, key=version_key, default=None)


def suggest_version(root: Path, kind: Kind, item_id: str, current: str | None) -> str:
    """``current`` if it is new to the library folder, else the next number after the newest."""
    newest = newest_published(root, kind, item_id)
    if current and is_newer(current, newest):
        return current
    return next_version(newest) if newest else (current or "1.0.0")


def _check_root(root: Path) -> None:
    if not Path(root).is_dir():
        raise LibraryError("the shared library folder cannot be reached", path=root,
                           code="library.unreachable",
                           hint="connect to the network or plug in the drive, then try again")


def publish_template(loaded: LoadedTemplate, key: SigningKey, root: Path, *,
                     version: str | None = None, notes: str = "") -> Published:
    """Sign ``loaded`` (as ``version``, default its own) and publish it into ``root``."""
    _check_root(root)
    version = version or loaded.template.version
    newest = newest_published(root, "template", loaded.id)
    if newest is not None and not is_newer(version, newest):
        raise LibraryError(
            f"version {newest} of {loaded.id!r} is already in the shared library; this one is "
            f"{version}", path=kind_folder(root, "template", loaded.id),
            code="library.version_exists", item=loaded.id, version=version, existing=newest,
            hint=f"raise the version number (for example to {next_version(newest)}) and "
                 "publish again")
    from studio.library.packages import build_template_package

    with tempfile.TemporaryDirectory(prefix="studio-publish-") as tmp:
        package = Path(tmp) / package_name(loaded.id, version)
        manifest = build_template_package(loaded, key, package, version=version, notes=notes)
        path = publish_file(root, "template", loaded.id, version, package)
    _follow_version(loaded, version)
    return Published(path, manifest, load_trust().is_trusted(key.key_id))


def _follow_version(loaded: LoadedTemplate, version: str) -> None:
    """The designer's own copy takes the published version number, so the next publish
    starts from it (built-in and shared folders are never written)."""
    from studio.paths import user_templates_dir
    from studio.template.loader import save_template

    if loaded.template.version == version:
        return
    try:
        own = loaded.folder.resolve().parent == user_templates_dir().resolve()
    except OSError:
        own = False
    if own:
        save_template(loaded, loaded.template.model_copy(update={"version": version}))


def publish_brand(brand_root: Path, key: SigningKey, root: Path, *, version: str | None = None,
                  notes: str = "") -> Published:
    """Sign the brand kit in ``brand_root`` and publish it into ``root``."""
    _check_root(root)
    version = version or suggest_version(root, "brand", BRAND_ID, None)
    from studio.library.packages import build_brand_package

    with tempfile.TemporaryDirectory(prefix="studio-publish-") as tmp:
        package = Path(tmp) / package_name(BRAND_ID, version)
        manifest = build_brand_package(brand_root, key, package, version=version, notes=notes)
        path = publish_file(root, "brand", BRAND_ID, version, package)
    return Published(path, manifest, load_trust().is_trusted(key.key_id))
