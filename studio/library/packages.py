"""Signed packages: building them for publishing, and opening them from a library folder.

A signed template package is an ordinary template package (``<id>/…`` in a
``.zip``, see :mod:`studio.template.package`) whose folder also holds
``signature.toml``. A brand kit package holds ``branding/…`` the same way.
Opening one trusts nothing: the zip goes through the template package's member
checks (names, links, kinds, sizes), then the signature is checked against the
trust store — so a changed file is reported as changed, naming the signer —
and only then is the template (or brand kit) validated like any other.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from studio.brand import BrandKit, load_brand
from studio.errors import BrandError, LibraryError, MediaError, PackageError, SignatureError
from studio.library.keys import SigningKey
from studio.library.signing import (
    SIGNATURE_FILE,
    SignedManifest,
    Verified,
    folder_files,
    sign_folder,
    verify_folder,
)
from studio.library.store import BRAND_FOLDER, BRAND_ID
from studio.library.trust import TrustStore
from studio.library.versions import is_version, same_version
from studio.template.loader import LoadedTemplate, save_template
from studio.template.package import (
    ALLOWED_SUFFIXES,
    export_package,
    extract_archive,
    read_package,
    unpack_package,
    validate_unpacked,
)

# Not part of a published brand kit: the city's keys come with the app, never a package.
BRAND_EXCLUDED_FOLDERS = frozenset({"keys"})


@dataclass(frozen=True)
class OpenedPackage:
    """A package unpacked under ``staged_root`` and verified; ``folder`` is its content."""

    staged_root: Path
    folder: Path
    verified: Verified
    template: LoadedTemplate | None = None
    brand: BrandKit | None = None

    @property
    def manifest(self) -> SignedManifest:
        return self.verified.manifest

    def discard(self) -> None:
        shutil.rmtree(self.staged_root, ignore_errors=True)


# ---------------------------------------------------------------------------
# building (the designer's side)


def build_template_package(loaded: LoadedTemplate, key: SigningKey, destination: Path, *,
                           version: str | None = None, notes: str = "") -> SignedManifest:
    """Sign a copy of ``loaded`` as ``version`` and write the package to ``destination``.

    The copy is made the way every PIC will open it (a plain package, unpacked
    and validated), so what is signed is exactly what is shipped.
    """
    version = version or loaded.template.version
    if not is_version(version):
        raise LibraryError(f"{version!r} is not a version (use 1.2.3)",
                           code="library.bad_version", version=version)
    with tempfile.TemporaryDirectory(prefix="studio-publish-") as tmp:
        work = Path(tmp)
        plain = export_package(loaded, work / "plain.zip")
        staged = read_package(plain, work)
        (staged.folder / SIGNATURE_FILE).unlink(missing_ok=True)
        if not same_version(staged.template.version, version):
            staged = save_template(staged, staged.template.model_copy(
                update={"version": version}))
        signed = sign_folder(staged.folder, key, kind="template", item_id=staged.id,
                             version=version, notes=notes)
        export_package(staged, destination, overwrite=True)
    return signed


def _brand_files(root: Path) -> dict[str, Path]:
    files = {}
    for rel, path in folder_files(root).items():
        parts = rel.split("/")
        if parts[0] in BRAND_EXCLUDED_FOLDERS or any(p.startswith(".") for p in parts):
            continue
        if Path(rel).suffix.lower() in ALLOWED_SUFFIXES:
            files[rel] = path
    return files


def validate_brand_folder(folder: Path) -> BrandKit:
    """The brand kit in ``folder`` loads, and every font and logo it names is there and is
    what it claims (the app's own font and image-asset checks, not a second set)."""
    from studio.media import check_image_asset
    from studio.render.text import font_codepoints

    brand = load_brand(folder)
    for name in brand.fonts:
        font_codepoints(brand.font_path(name))
    for name in brand.logos:
        check_image_asset(brand.logo_path(name))
    return brand


def build_brand_package(root: Path, key: SigningKey, destination: Path, *, version: str,
                        notes: str = "") -> SignedManifest:
    """Sign a copy of the brand kit in ``root`` as ``version`` into a package."""
    if not is_version(version):
        raise LibraryError(f"{version!r} is not a version (use 1.2.3)",
                           code="library.bad_version", version=version)
    validate_brand_folder(root)
    with tempfile.TemporaryDirectory(prefix="studio-publish-") as tmp:
        staged = Path(tmp) / BRAND_FOLDER
        for rel, path in _brand_files(root).items():
            target = staged / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        validate_brand_folder(staged)
        signed = sign_folder(staged, key, kind="brand", item_id=BRAND_ID, version=version,
                             notes=notes)
        destination.parent.mkdir(parents=True, exist_ok=True)
        part = destination.with_name(destination.name + ".part")
        try:
            with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for rel, path in sorted(folder_files(staged).items()):
                    archive.write(path, f"{BRAND_FOLDER}/{rel}")
                archive.write(staged / SIGNATURE_FILE, f"{BRAND_FOLDER}/{SIGNATURE_FILE}")
            part.replace(destination)
        finally:
            part.unlink(missing_ok=True)
    return signed


# ---------------------------------------------------------------------------
# opening (the PIC's side)


def _check_expected(verified: Verified, folder: Path, item_id: str, version: str) -> None:
    manifest = verified.manifest
    if manifest.id != item_id or not same_version(manifest.version, version):
        raise SignatureError(
            f"the file is named as {item_id} {version} but holds {manifest.id} "
            f"{manifest.version}", path=folder, code="library.mismatch",
            hint="the package was renamed; ask the designer to publish it again",
            signer=verified.signer.name, key_id=verified.signer.key.display_id)


def open_template_package(package: Path, workdir: Path, trust: TrustStore, *,
                          item_id: str, version: str) -> OpenedPackage:
    """Unpack, verify and validate a signed template package (or raise, leaving nothing)."""
    folder = unpack_package(package, workdir)
    staged_root = folder.parent
    try:
        if folder.name != item_id:
            raise SignatureError(f"the file is named as {item_id} but holds {folder.name}",
                                 path=package, code="library.mismatch", signer="",
                                 key_id="", hint="the package was renamed; do not use it")
        verified = verify_folder(folder, trust, kind="template", item_id=item_id)
        _check_expected(verified, package, item_id, version)
        loaded = validate_unpacked(folder, package)
        if not same_version(loaded.template.version, verified.manifest.version):
            raise SignatureError("template.toml and the signature disagree on the version",
                                 path=package, code="library.mismatch",
                                 signer=verified.signer.name,
                                 key_id=verified.signer.key.display_id)
    except BaseException:
        shutil.rmtree(staged_root, ignore_errors=True)
        raise
    return OpenedPackage(staged_root, folder, verified, template=loaded)


def open_brand_package(package: Path, workdir: Path, trust: TrustStore, *,
                       version: str) -> OpenedPackage:
    staged_root = Path(tempfile.mkdtemp(prefix=".import-", dir=workdir))
    try:
        members = extract_archive(package, staged_root)
        if not members or any(m.parts[0] != BRAND_FOLDER for m in members):
            raise PackageError("the package is not a brand kit", path=package,
                               code="package.invalid",
                               hint="publish the brand kit from Studio Konten")
        folder = staged_root / BRAND_FOLDER
        verified = verify_folder(folder, trust, kind="brand", item_id=BRAND_ID)
        _check_expected(verified, package, BRAND_ID, version)
        try:
            brand = validate_brand_folder(folder)
        except (BrandError, MediaError) as exc:
            where = f"{exc.path.relative_to(folder).as_posix()}: " if exc.path is not None \
                and folder in exc.path.parents else ""
            raise PackageError(f"the brand kit in the package is invalid: {where}{exc.message}",
                               path=package, code="package.invalid", hint=exc.hint) from None
    except BaseException:
        shutil.rmtree(staged_root, ignore_errors=True)
        raise
    return OpenedPackage(staged_root, folder, verified, brand=brand)
