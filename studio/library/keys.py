"""Ed25519 signing keys: making them, their files, and the key id people compare.

A designer's key pair is two small TOML files:

- ``<name>.privkey.toml`` holds the private key (PKCS#8 PEM, encrypted with the
  designer's passphrase by the ``cryptography`` package's best available
  scheme) plus the public half and the name in the clear, so a list of keys can
  be shown without asking for passphrases. It never leaves the designer's
  computer; it lives in ``<user data>/keys/`` unless saved elsewhere.
- ``<name>.pubkey.toml`` holds the public key, the name and the key id. It is
  what a designer hands to the administrator to be trusted.

The key id is the first 16 hex digits of the SHA-256 of the raw public key,
shown in groups of four (``1a2b 3c4d 5e6f 7a8b``) so two people can read it to
each other on the phone.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from studio.errors import LibraryError
from studio.library.files import utc_now, write_new
from studio.paths import user_data_dir

KEY_FORMAT = 1
PRIVATE_SUFFIX = ".privkey.toml"
PUBLIC_SUFFIX = ".pubkey.toml"
MAX_KEY_FILE_BYTES = 64 * 1024
MAX_NAME = 120
MIN_PASSPHRASE = 8

_PRIVATE_HEADER = (
    "# Kunci privat penandatangan Studio Konten Cimahi. RAHASIA: jangan dibagikan,\n"
    "# jangan disalin ke folder bersama. Yang diberikan ke administrator adalah\n"
    "# berkas .pubkey.toml (kunci publik).\n"
)
_PUBLIC_HEADER = (
    "# Kunci publik penandatangan Studio Konten Cimahi. Boleh dibagikan: berikan ke\n"
    "# administrator agar templat yang Anda tanda tangani dipercaya.\n"
)


def key_id_of(raw_public: bytes) -> str:
    return hashlib.sha256(raw_public).hexdigest()[:16]


def format_key_id(key_id: str) -> str:
    """``1a2b3c4d5e6f7a8b`` -> ``1a2b 3c4d 5e6f 7a8b``."""
    return " ".join(key_id[i : i + 4] for i in range(0, len(key_id), 4))


def normalise_key_id(text: str) -> str:
    """What a person types (spaces, upper case) to the stored form."""
    return re.sub(r"[\s:-]", "", text).lower()


def check_name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name or len(name) > MAX_NAME or any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise LibraryError(f"a key needs a name of 1 to {MAX_NAME} characters",
                           code="keys.bad_name",
                           hint='for example "Desainer Diskominfo - Rina"')
    return name


@dataclass(frozen=True)
class PublicKey:
    """A public key with the name its owner gave it."""

    name: str
    raw: bytes
    created: str = ""

    @property
    def key_id(self) -> str:
        return key_id_of(self.raw)

    @property
    def display_id(self) -> str:
        return format_key_id(self.key_id)

    @property
    def b64(self) -> str:
        return base64.b64encode(self.raw).decode("ascii")

    def verify(self, signature: bytes, data: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True


@dataclass(frozen=True)
class SigningKey:
    """A private key ready to sign (the passphrase was already given)."""

    public: PublicKey
    private: Ed25519PrivateKey

    @property
    def key_id(self) -> str:
        return self.public.key_id

    @property
    def name(self) -> str:
        return self.public.name

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


@dataclass(frozen=True)
class KeyFile:
    """A private key file as listed without its passphrase."""

    path: Path
    public: PublicKey
    encrypted: bool


def generate_key(name: str) -> SigningKey:
    private = Ed25519PrivateKey.generate()
    raw = private.public_key().public_bytes(serialization.Encoding.Raw,
                                            serialization.PublicFormat.Raw)
    created = utc_now()
    return SigningKey(PublicKey(check_name(name), raw, created), private)


def public_from_b64(text: Any, *, name: str = "", where: Path | None = None) -> PublicKey:
    try:
        raw = base64.b64decode(str(text), validate=True)
        Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError):
        raise LibraryError("the public key is not a valid Ed25519 key", path=where,
                           code="keys.invalid",
                           hint="ask for the .pubkey.toml file again") from None
    return PublicKey(name, raw)


# ---------------------------------------------------------------------------
# files


def user_keys_dir() -> Path:
    """Where ``keys new`` keeps this user's private keys."""
    return user_data_dir() / "keys"


def key_file_stem(name: str, key_id: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "kunci"
    return f"{slug}-{key_id[:8]}"


def public_key_text(public: PublicKey) -> str:
    return _PUBLIC_HEADER + tomli_w.dumps({
        "format": KEY_FORMAT, "kind": "public", "name": public.name, "key_id": public.key_id,
        "public_key": public.b64, "created": public.created,
    })


def save_key_pair(key: SigningKey, folder: Path, passphrase: str | None) -> tuple[Path, Path]:
    """Write ``<stem>.privkey.toml`` and ``<stem>.pubkey.toml`` into ``folder``.

    ``passphrase`` None writes the private key unencrypted (tests, a key kept
    on an encrypted drive); the CLI and the GUI ask for one.
    """
    if passphrase is not None and len(passphrase) < MIN_PASSPHRASE:
        raise LibraryError(f"the passphrase needs at least {MIN_PASSPHRASE} characters",
                           code="keys.weak_passphrase",
                           hint="use a sentence you can remember")
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase else serialization.NoEncryption())
    pem = key.private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    encryption).decode("ascii")
    stem = key_file_stem(key.name, key.key_id)
    private_path = Path(folder) / f"{stem}{PRIVATE_SUFFIX}"
    public_path = Path(folder) / f"{stem}{PUBLIC_SUFFIX}"
    private_text = _PRIVATE_HEADER + tomli_w.dumps({
        "format": KEY_FORMAT, "kind": "private", "name": key.name, "key_id": key.key_id,
        "public_key": key.public.b64, "created": key.public.created,
        "encrypted": bool(passphrase), "private_key": pem,
    }, multiline_strings=True)
    write_new(private_path, private_text.encode("utf-8"), private=True)
    try:
        write_new(public_path, public_key_text(key.public).encode("utf-8"))
    except BaseException:
        private_path.unlink(missing_ok=True)
        raise
    return private_path, public_path


def _read_key_table(path: Path, kind: str) -> dict[str, Any]:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise LibraryError("this is not a key file (too large)", path=path,
                               code="keys.invalid")
        data = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        raise LibraryError("key file not found", path=path, code="keys.not_found",
                           hint="check the path") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        raise LibraryError("this is not a Studio Konten key file", path=path,
                           code="keys.invalid",
                           hint=f"use a {PUBLIC_SUFFIX} or {PRIVATE_SUFFIX} file") from None
    if data.get("kind") != kind:
        wanted = PUBLIC_SUFFIX if kind == "public" else PRIVATE_SUFFIX
        other = "a private key" if data.get("kind") == "private" else "not a key"
        raise LibraryError(f"this file is {other}; a {kind} key is needed here", path=path,
                           code="keys.wrong_kind", hint=f"use the {wanted} file")
    if data.get("format") != KEY_FORMAT:
        raise LibraryError("the key file has an unknown format", path=path, code="keys.invalid",
                           hint="update Studio Konten Cimahi")
    return data


def _public_from_table(data: dict[str, Any], path: Path) -> PublicKey:
    public = public_from_b64(data.get("public_key", ""), where=path)
    name = data.get("name")
    if not isinstance(name, str):
        raise LibraryError("the key file has no name", path=path, code="keys.invalid")
    stated = data.get("key_id")
    if stated is not None and stated != public.key_id:
        raise LibraryError("the key id in the file does not match its key", path=path,
                           code="keys.invalid", hint="the file was changed; ask for it again")
    created = data.get("created", "")
    return PublicKey(check_name(name), public.raw, created if isinstance(created, str) else "")


def load_public_key(path: Path) -> PublicKey:
    return _public_from_table(_read_key_table(path, "public"), Path(path))


def read_key_file(path: Path) -> KeyFile:
    """The public half and name of a private key file, without its passphrase."""
    data = _read_key_table(path, "private")
    return KeyFile(Path(path), _public_from_table(data, Path(path)), bool(data.get("encrypted")))


def load_signing_key(path: Path, passphrase: str | None) -> SigningKey:
    """Open a private key file; a wrong or missing passphrase is a clear error."""
    path = Path(path)
    data = _read_key_table(path, "private")
    public = _public_from_table(data, path)
    pem = data.get("private_key")
    if not isinstance(pem, str):
        raise LibraryError("the key file holds no private key", path=path, code="keys.invalid")
    if data.get("encrypted") and not passphrase:
        raise LibraryError("this key is protected by a passphrase", path=path,
                           code="keys.passphrase_needed", hint="type the key's passphrase")
    try:
        private = serialization.load_pem_private_key(
            pem.encode("ascii"), password=passphrase.encode("utf-8")
            if passphrase and data.get("encrypted") else None)
    except (ValueError, TypeError):
        if data.get("encrypted"):
            raise LibraryError("the passphrase is wrong", path=path,
                               code="keys.bad_passphrase",
                               hint="type the passphrase chosen when the key was made") from None
        raise LibraryError("the private key in the file is damaged", path=path,
                           code="keys.invalid") from None
    if not isinstance(private, Ed25519PrivateKey):
        raise LibraryError("the key is not an Ed25519 key", path=path, code="keys.invalid")
    raw = private.public_key().public_bytes(serialization.Encoding.Raw,
                                            serialization.PublicFormat.Raw)
    if raw != public.raw:
        raise LibraryError("the private key does not belong to the public key in the file",
                           path=path, code="keys.invalid",
                           hint="the file was changed; use the original key file")
    return SigningKey(public, private)


def own_key_files(folder: Path | None = None) -> list[KeyFile]:
    """The private key files in ``folder`` (default: this user's keys folder)."""
    folder = folder or user_keys_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob(f"*{PRIVATE_SUFFIX}")):
        try:
            found.append(read_key_file(path))
        except LibraryError:
            continue
    return found
