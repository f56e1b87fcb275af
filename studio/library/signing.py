"""Signed manifests: the SHA-256 of every file of a folder, signed with Ed25519.

A signed template folder (or brand kit folder) carries ``signature.toml``::

    [manifest]                      # what was signed
    format = 1
    kind = "template"               # "template", "brand" or "trust"
    id = "liputan-kegiatan"
    version = "1.3.0"
    notes = "Judul lebih besar di 9:16"
    published = "2026-03-02T02:14:00Z"
    signer = "Desainer Diskominfo - Rina"
    key_id = "1a2b3c4d5e6f7a8b"
    [manifest.files]
    "template.toml" = "<sha256>"
    "aset/ikon.png" = "<sha256>"

    [signature]
    public_key = "<base64 Ed25519 public key>"
    value = "<base64 Ed25519 signature>"

The signature covers a canonical encoding of the ``[manifest]`` table (sorted
JSON, UTF-8, after a fixed domain prefix), so the file can be read and diffed
by people while one changed byte of any file, a changed hash, note, version or
signer name breaks it. Every file in the folder except ``signature.toml``
must be listed, and every listed file must be there with its hash: nothing
can be added, removed or swapped.

The public key travels with the signature so a refusal can name who signed
even when that key is not trusted here; whether it is trusted is the trust
store's decision (:mod:`studio.library.trust`), never the package's.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import tomli_w

from studio.errors import LibraryError, SignatureError
from studio.library.files import utc_now, write_atomic
from studio.library.keys import PublicKey, SigningKey, format_key_id, public_from_b64
from studio.library.trust import Role, TrustedKey, TrustStore

SIGNATURE_FILE = "signature.toml"
MANIFEST_FORMAT = 1
MAX_SIGNATURE_BYTES = 512 * 1024
MAX_FILES = 1000
MAX_NOTES = 2000
# Files Windows and macOS drop into folders on their own; never part of a package.
JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})
_DOMAIN = b"studio-konten-cimahi/signed-manifest/v1\n"

Kind = Literal["template", "brand", "trust"]
KINDS = ("template", "brand", "trust")

_HEADER = (
    "# Tanda tangan digital Studio Konten Cimahi. Jangan diubah: satu bita yang berubah\n"
    "# di berkas mana pun dalam folder ini membuat tanda tangan tidak sah.\n"
)


def canonical_bytes(manifest: Mapping[str, Any]) -> bytes:
    """The exact bytes a signature covers."""
    try:
        text = json.dumps(manifest, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                          allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise LibraryError(f"the manifest holds a value that cannot be signed ({exc})",
                           code="library.signature_invalid") from None
    return _DOMAIN + text.encode("utf-8")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def folder_files(folder: Path) -> dict[str, Path]:
    """Every file of ``folder`` by its ``/`` path, except the signature and OS clutter.

    Links are refused: a signed folder is plain files, and a link could point
    anywhere after signing.
    """
    folder = Path(folder)
    found: dict[str, Path] = {}
    for root, dirs, files in os.walk(folder, followlinks=False):
        base = Path(root)
        for name in dirs:
            if (base / name).is_symlink():
                raise LibraryError(f"{(base / name).relative_to(folder).as_posix()} is a link",
                                   path=folder, code="library.link",
                                   hint="signed folders hold plain files only")
        dirs.sort()
        for name in sorted(files):
            path = base / name
            rel = path.relative_to(folder).as_posix()
            if rel == SIGNATURE_FILE or name.lower() in JUNK_NAMES:
                continue
            if path.is_symlink():
                raise LibraryError(f"{rel} is a link", path=folder, code="library.link",
                                   hint="signed folders hold plain files only")
            found[rel] = path
            if len(found) > MAX_FILES:
                raise LibraryError(f"the folder has more than {MAX_FILES} files", path=folder,
                                   code="library.too_many_files")
    return found


@dataclass(frozen=True)
class SignedManifest:
    """A ``[manifest]`` table with the signature over it (not yet checked)."""

    data: Mapping[str, Any]
    public_key: PublicKey
    signature: bytes

    def _text(self, key: str) -> str:
        value = self.data.get(key, "")
        return value if isinstance(value, str) else ""

    @property
    def kind(self) -> str:
        return self._text("kind")

    @property
    def id(self) -> str:
        return self._text("id")

    @property
    def version(self) -> str:
        return self._text("version")

    @property
    def notes(self) -> str:
        return self._text("notes")

    @property
    def published(self) -> str:
        return self._text("published")

    @property
    def signer(self) -> str:
        """The name the signer gave; shown as a claim until the key is trusted."""
        return self._text("signer") or self.public_key.name or "?"

    @property
    def key_id(self) -> str:
        return self.public_key.key_id

    @property
    def files(self) -> dict[str, str]:
        files = self.data.get("files", {})
        return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}

    @property
    def digest(self) -> str:
        """One hash for the whole signed content (compare two copies of a version)."""
        return hashlib.sha256(canonical_bytes(self.data)).hexdigest()

    def signature_matches(self) -> bool:
        if self.data.get("key_id") != self.public_key.key_id:
            return False
        try:
            return self.public_key.verify(self.signature, canonical_bytes(self.data))
        except LibraryError:
            return False


@dataclass(frozen=True)
class Verified:
    """A folder whose signature is valid, whose signer is trusted and whose files match."""

    manifest: SignedManifest
    signer: TrustedKey


# ---------------------------------------------------------------------------
# signing


def sign_manifest(key: SigningKey, manifest: Mapping[str, Any]) -> SignedManifest:
    data = {**manifest, "format": MANIFEST_FORMAT, "signer": key.name, "key_id": key.key_id}
    return SignedManifest(data, key.public, key.sign(canonical_bytes(data)))


def signature_text(signed: SignedManifest) -> str:
    return _HEADER + tomli_w.dumps({
        "manifest": dict(signed.data),
        "signature": {"public_key": signed.public_key.b64,
                      "value": base64.b64encode(signed.signature).decode("ascii")},
    }, multiline_strings=True)


def file_manifest(folder: Path, *, kind: Kind, item_id: str, version: str,
                  notes: str = "") -> dict[str, Any]:
    if len(notes) > MAX_NOTES:
        raise LibraryError(f"the change notes are longer than {MAX_NOTES} characters",
                           code="library.notes_too_long", hint="shorten the notes")
    files = {rel: sha256_file(path) for rel, path in folder_files(folder).items()}
    return {"kind": kind, "id": item_id, "version": version, "notes": notes.strip(),
            "published": utc_now(), "files": files}


def sign_folder(folder: Path, key: SigningKey, *, kind: Kind, item_id: str, version: str,
                notes: str = "") -> SignedManifest:
    """Hash every file of ``folder``, sign the manifest and write ``signature.toml``."""
    signed = sign_manifest(key, file_manifest(folder, kind=kind, item_id=item_id,
                                              version=version, notes=notes))
    write_atomic(Path(folder) / SIGNATURE_FILE, signature_text(signed).encode("utf-8"))
    return signed


# ---------------------------------------------------------------------------
# reading and verifying


def parse_signature(text: str, where: Path | None = None) -> SignedManifest:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SignatureError(f"the signature file is damaged ({exc})", path=where,
                             code="library.signature_invalid",
                             hint="the package was changed after signing; do not use it",
                             signer="?", key_id="?") from None
    manifest = data.get("manifest")
    signature = data.get("signature")
    if not isinstance(manifest, dict) or not isinstance(signature, dict):
        raise SignatureError("the signature file has no [manifest] or [signature]", path=where,
                             code="library.signature_invalid", signer="?", key_id="?",
                             hint="the package was changed after signing; do not use it")
    if manifest.get("format") != MANIFEST_FORMAT:
        raise LibraryError("the package was signed by a newer version of the app", path=where,
                           code="library.signature_format", hint="update Studio Konten Cimahi")
    public = public_from_b64(signature.get("public_key", ""), where=where)
    claimed = manifest.get("signer")
    public = PublicKey(claimed if isinstance(claimed, str) else "", public.raw)
    try:
        value = base64.b64decode(str(signature.get("value", "")), validate=True)
    except (binascii.Error, ValueError):
        value = b""
    return SignedManifest(manifest, public, value)


def read_signature(folder: Path) -> SignedManifest | None:
    """The folder's signature, or None when it has none (unsigned)."""
    path = Path(folder) / SIGNATURE_FILE
    try:
        if path.stat().st_size > MAX_SIGNATURE_BYTES:
            raise SignatureError("the signature file is too large", path=path,
                                 code="library.signature_invalid", signer="?", key_id="?")
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise SignatureError("the signature file is damaged", path=path,
                             code="library.signature_invalid", signer="?",
                             key_id="?") from None
    return parse_signature(text, path)


def check_signature(signed: SignedManifest, trust: TrustStore, *, role: Role | None = None,
                    path: Path | None = None) -> TrustedKey:
    """The signature matches its manifest and the key is trusted (for ``role``)."""
    params = {"signer": signed.signer, "key_id": format_key_id(signed.key_id)}
    if not signed.signature_matches():
        raise SignatureError(
            f"the signature does not match: the package says it was signed by {signed.signer} "
            f"(key {params['key_id']}), but its manifest was changed after signing",
            path=path, code="library.signature_invalid",
            hint="do not use it; ask the designer to publish it again", **params)
    return trust.check(signed.public_key, claimed_name=signed.signer, role=role, path=path)


def verify_folder(folder: Path, trust: TrustStore, *, kind: Kind, item_id: str | None = None,
                  version: str | None = None) -> Verified:
    """Check ``folder`` against its signature; raise a SignatureError saying what is wrong."""
    folder = Path(folder)
    signed = read_signature(folder)
    if signed is None:
        raise SignatureError("the package is not signed", path=folder,
                             code="library.unsigned", signer="", key_id="",
                             hint="a shared library accepts only packages signed by a "
                                  "trusted designer")
    signer = check_signature(signed, trust, path=folder)
    name = signer.name
    params = {"signer": name, "key_id": format_key_id(signed.key_id)}
    expected = (kind, item_id or signed.id, version or signed.version)
    if (signed.kind, signed.id, signed.version) != expected:
        raise SignatureError(
            f"the signature is for {signed.kind} {signed.id!r} version {signed.version}, not "
            f"for {expected[0]} {expected[1]!r} version {expected[2]}", path=folder,
            code="library.mismatch", hint="the package was renamed or changed; do not use it",
            **params)
    listed = signed.files
    present = folder_files(folder)
    for rel in sorted(listed):
        if rel not in present:
            raise SignatureError(f"{rel} is missing; it was part of the package {name} signed",
                                 path=folder, code="library.file_missing", file=rel, **params)
        if sha256_file(present[rel]) != listed[rel]:
            raise SignatureError(f"{rel} was changed after {name} signed the package",
                                 path=folder, code="library.file_changed", file=rel,
                                 hint="do not use it; ask the designer to publish it again",
                                 **params)
    extra = sorted(set(present) - set(listed))
    if extra:
        raise SignatureError(f"{extra[0]} was added after {name} signed the package",
                             path=folder, code="library.file_added", file=extra[0],
                             hint="do not use it; ask the designer to publish it again",
                             **params)
    return Verified(signed, signer)


@dataclass(frozen=True)
class OfficialStatus:
    """Whether a folder is official, for badges: never raises."""

    official: bool
    signer: str = ""
    key_id: str = ""
    error: LibraryError | None = None

    @property
    def signed(self) -> bool:
        return bool(self.key_id)


def official_status(folder: Path, trust: TrustStore, *, kind: Kind,
                    item_id: str | None = None) -> OfficialStatus:
    try:
        verified = verify_folder(folder, trust, kind=kind, item_id=item_id)
    except LibraryError as exc:
        signed = bool(exc.params.get("key_id"))
        return OfficialStatus(False, str(exc.params.get("signer", "")) if signed else "",
                              str(exc.params.get("key_id", "")), exc)
    except OSError as exc:
        return OfficialStatus(False, error=LibraryError(str(exc), path=folder,
                                                        code="library.unreadable"))
    return OfficialStatus(True, verified.signer.name, format_key_id(verified.signer.key_id))
