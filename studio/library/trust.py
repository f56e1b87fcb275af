"""The trust store: which signing keys this computer accepts, and which it refuses.

Three layers, read on every check (they are a few small files):

1. The city's key(s), shipped with the app's brand kit in
   ``assets/branding/keys/*.pubkey.toml`` (role ``city``). Only the public
   half is in the app; the administrator keeps the private half (see
   ``docs/admin-pustaka.md``).
2. This computer's own list, ``<user data>/library/trust.toml``: keys an
   administrator added with ``keys trust`` and keys revoked with ``keys revoke``.
3. The trust list published on a library folder by the administrator and signed
   with a city key (``<share>/keys/trust-NNNNNN.toml``); ``templates sync``
   keeps the newest valid one in ``<user data>/library/trust-shared.toml``.
   It adds designer keys and revokes keys for every PIC at once.

A revocation anywhere wins over trust anywhere: a leaked key is refused as soon
as one list says so.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import tomli_w

from studio.errors import LibraryError, SignatureError
from studio.library.files import utc_now, write_atomic
from studio.library.keys import (
    PUBLIC_SUFFIX,
    PublicKey,
    format_key_id,
    load_public_key,
    normalise_key_id,
    public_from_b64,
)
from studio.paths import BRANDING_DIR, user_data_dir

TRUST_SCHEMA = 1
MAX_TRUST_BYTES = 1024 * 1024

Role = Literal["city", "designer"]
Origin = Literal["built-in", "local", "shared"]

_HEADER = (
    "# Kunci yang dipercaya komputer ini untuk templat dan kit merek dari pustaka bersama.\n"
    "# Diubah dengan: python main.py keys trust | revoke (lihat docs/admin-pustaka.md).\n"
)


@dataclass(frozen=True)
class TrustedKey:
    key: PublicKey
    role: Role
    origin: Origin
    added: str = ""

    @property
    def key_id(self) -> str:
        return self.key.key_id

    @property
    def name(self) -> str:
        return self.key.name


@dataclass(frozen=True)
class Revocation:
    key_id: str
    name: str
    reason: str
    date: str
    origin: Origin


@dataclass(frozen=True)
class TrustStore:
    keys: Mapping[str, TrustedKey] = field(default_factory=lambda: MappingProxyType({}))
    revoked: Mapping[str, Revocation] = field(default_factory=lambda: MappingProxyType({}))

    def lookup(self, key_id: str) -> TrustedKey | None:
        return self.keys.get(key_id)

    def revocation(self, key_id: str) -> Revocation | None:
        return self.revoked.get(key_id)

    def is_trusted(self, key_id: str, *, role: Role | None = None) -> bool:
        entry = self.keys.get(key_id)
        return (entry is not None and key_id not in self.revoked
                and (role is None or entry.role == role))

    def check(self, key: PublicKey, *, claimed_name: str = "", role: Role | None = None,
              path: Path | None = None) -> TrustedKey:
        """The trusted entry for ``key``, or a SignatureError saying who signed and why not."""
        signer = claimed_name or key.name or "?"
        params = {"signer": signer, "key_id": format_key_id(key.key_id)}
        revoked = self.revoked.get(key.key_id)
        if revoked is not None:
            why = f" ({revoked.reason})" if revoked.reason else ""
            day = revoked.date[:10] or "?"
            raise SignatureError(
                f"signed by {signer} (key {params['key_id']}), a key that was revoked on "
                f"{day}{why}",
                path=path, code="library.revoked_signer",
                hint="ask the designer to publish it again with a valid key",
                reason=revoked.reason or "-", date=day, **params)
        entry = self.keys.get(key.key_id)
        if entry is None:
            raise SignatureError(
                f"signed by {signer} (key {params['key_id']}), a key this computer does not "
                "trust", path=path, code="library.untrusted_signer",
                hint="only templates signed by Diskominfo's designers are accepted; an "
                     "administrator can trust the key with: keys trust", **params)
        if role is not None and entry.role != role:
            raise SignatureError(
                f"signed by {entry.name} (key {params['key_id']}), but only a city key may "
                "sign this", path=path, code="library.wrong_role",
                hint="the trust list must be signed with the city's key", **params)
        return entry


# ---------------------------------------------------------------------------
# where the layers live


def builtin_keys_dir() -> Path:
    return BRANDING_DIR / "keys"


def library_home() -> Path:
    return user_data_dir() / "library"


def local_trust_file() -> Path:
    return library_home() / "trust.toml"


def shared_trust_file() -> Path:
    return library_home() / "trust-shared.toml"


def builtin_keys(folder: Path | None = None) -> list[TrustedKey]:
    folder = folder or builtin_keys_dir()
    keys = []
    if folder.is_dir():
        for path in sorted(folder.glob(f"*{PUBLIC_SUFFIX}")):
            keys.append(TrustedKey(load_public_key(path), "city", "built-in"))
    return keys


def _read_table(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_TRUST_BYTES:
            raise LibraryError("the trust store is too large", path=path,
                               code="library.trust_invalid")
        return tomllib.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LibraryError(f"the trust store cannot be read: {exc}", path=path,
                           code="library.trust_invalid",
                           hint="restore it from a backup or remove it and trust the keys "
                                "again") from None


def parse_key_entries(entries: Any, origin: Origin, where: Path) -> list[TrustedKey]:
    if not isinstance(entries, list):
        raise LibraryError("keys must be a list of [[key]] tables", path=where,
                           code="library.trust_invalid")
    keys = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise LibraryError("a key entry is not a table", path=where,
                               code="library.trust_invalid")
        public = public_from_b64(entry.get("public_key", ""), where=where)
        name = str(entry.get("name", "")) or "?"
        role = entry.get("role", "designer")
        if role not in ("city", "designer"):
            raise LibraryError(f"unknown key role {role!r}", path=where,
                               code="library.trust_invalid")
        keys.append(TrustedKey(PublicKey(name, public.raw), role, origin,
                               str(entry.get("added", ""))))
    return keys


def parse_revocations(entries: Any, origin: Origin, where: Path) -> list[Revocation]:
    if not isinstance(entries, list):
        raise LibraryError("revoked must be a list of [[revoked]] tables", path=where,
                           code="library.trust_invalid")
    result = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("key_id"), str):
            raise LibraryError("a revoked entry has no key_id", path=where,
                               code="library.trust_invalid")
        result.append(Revocation(normalise_key_id(entry["key_id"]), str(entry.get("name", "")),
                                 str(entry.get("reason", "")), str(entry.get("date", "")),
                                 origin))
    return result


def key_entry(key: TrustedKey) -> dict[str, str]:
    return {"name": key.name, "key_id": key.key_id, "public_key": key.key.b64,
            "role": key.role, "added": key.added}


def revocation_entry(revocation: Revocation) -> dict[str, str]:
    return {"key_id": revocation.key_id, "name": revocation.name, "reason": revocation.reason,
            "date": revocation.date}


def _read_local() -> tuple[list[TrustedKey], list[Revocation]]:
    path = local_trust_file()
    data = _read_table(path)
    return (parse_key_entries(data.get("key", []), "local", path),
            parse_revocations(data.get("revoked", []), "local", path))


def _write_local(keys: list[TrustedKey], revoked: list[Revocation]) -> None:
    data = {"schema": TRUST_SCHEMA, "key": [key_entry(k) for k in keys],
            "revoked": [revocation_entry(r) for r in revoked]}
    write_atomic(local_trust_file(), (_HEADER + tomli_w.dumps(data)).encode("utf-8"))


def load_trust(*, builtin_folder: Path | None = None) -> TrustStore:
    """The trust store in force: built-in city keys, this computer's list, the shared list."""
    keys: dict[str, TrustedKey] = {}
    revoked: dict[str, Revocation] = {}
    layers: list[tuple[list[TrustedKey], list[Revocation]]] = [
        (builtin_keys(builtin_folder), []), _read_local()]
    from studio.library.trustlist import cached_trust_list

    shared = cached_trust_list(TrustStore(MappingProxyType(
        {k.key_id: k for k in layers[0][0] + layers[1][0] if k.role == "city"}),
        MappingProxyType({r.key_id: r for r in layers[1][1]})))
    if shared is not None:
        layers.append((list(shared.keys), list(shared.revoked)))
    for layer_keys, layer_revoked in layers:
        for key in layer_keys:
            keys.setdefault(key.key_id, key)
        for revocation in layer_revoked:
            revoked.setdefault(revocation.key_id, revocation)
    return TrustStore(MappingProxyType(keys), MappingProxyType(revoked))


def trust_key(public: PublicKey, *, role: Role = "designer") -> TrustedKey:
    """Trust ``public`` on this computer (and lift a local revocation of it)."""
    keys, revoked = _read_local()
    entry = TrustedKey(public, role, "local", utc_now())
    keys = [k for k in keys if k.key_id != public.key_id] + [entry]
    revoked = [r for r in revoked if r.key_id != public.key_id]
    _write_local(keys, revoked)
    return entry


def resolve_key_id(text: str, trust: TrustStore) -> tuple[str, TrustedKey | None]:
    """A typed key id (spaces, case, or a unique prefix of a known key) to the full id."""
    key_id = normalise_key_id(text)
    if not key_id or any(c not in "0123456789abcdef" for c in key_id):
        raise LibraryError(f"{text!r} is not a key id", code="keys.bad_id",
                           hint="copy the id from: keys list")
    known = trust.lookup(key_id)
    if known is None:
        matches = [k for k in trust.keys if k.startswith(key_id)]
        if len(matches) == 1:
            return matches[0], trust.keys[matches[0]]
        if len(key_id) != 16:
            raise LibraryError(f"no trusted key has the id {text!r}", code="keys.unknown",
                               hint="give the whole 16-digit id to revoke an unknown key")
    return key_id, known


def revoke_key(key_id: str, *, reason: str = "") -> Revocation:
    """Refuse ``key_id`` on this computer from now on (whatever else trusts it)."""
    key_id, known = resolve_key_id(key_id, load_trust())
    keys, revoked = _read_local()
    revocation = Revocation(key_id, known.name if known else "", reason, utc_now(), "local")
    revoked = [r for r in revoked if r.key_id != key_id] + [revocation]
    _write_local(keys, revoked)
    return revocation
