"""The trust list an administrator publishes on a library folder, signed with a city key.

With dozens of PICs, trusting a new designer or revoking a leaked key one
computer at a time does not work. The administrator publishes instead a signed
list of designer keys and revoked keys into ``<share>/keys/`` as
``trust-000007.toml`` (a serial number that only grows). ``templates sync``
takes the newest list whose signature is from a city key this computer
trusts, and keeps it as ``<user data>/library/trust-shared.toml``. A list with
a lower serial than the one kept is ignored, so a stale copy on a USB stick
cannot bring back a revoked key.

The list may only add *designer* keys: the city keys themselves come with the
app or from this computer's administrator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from studio.errors import LibraryError, SignatureError
from studio.library.files import utc_now, write_atomic
from studio.library.keys import SigningKey
from studio.library.signing import (
    MAX_SIGNATURE_BYTES,
    SignedManifest,
    check_signature,
    parse_signature,
    sign_manifest,
    signature_text,
)
from studio.library.trust import (
    Revocation,
    TrustedKey,
    TrustStore,
    key_entry,
    parse_key_entries,
    parse_revocations,
    revocation_entry,
    shared_trust_file,
)

TRUST_LIST_ID = "trust-list"
KEYS_FOLDER = "keys"
_NAME = re.compile(r"^trust-(\d{1,9})\.toml$")


@dataclass(frozen=True)
class TrustList:
    serial: int
    keys: tuple[TrustedKey, ...]
    revoked: tuple[Revocation, ...]
    signed: SignedManifest

    @property
    def text(self) -> str:
        return signature_text(self.signed)


def trust_list_name(serial: int) -> str:
    return f"trust-{serial:06d}.toml"


def _parse(signed: SignedManifest, where: Path | None) -> TrustList:
    if signed.kind != "trust" or signed.id != TRUST_LIST_ID:
        raise SignatureError("this is not a trust list", path=where, code="library.mismatch",
                             signer=signed.signer, key_id=signed.key_id)
    try:
        serial = int(signed.version)
    except ValueError:
        raise LibraryError("the trust list has no serial number", path=where,
                           code="library.trust_invalid") from None
    keys = parse_key_entries(signed.data.get("keys", []), "shared", where or Path("."))
    # The list may add designers only; a "city" entry in it is demoted.
    keys = [TrustedKey(k.key, "designer", "shared", k.added) for k in keys]
    revoked = parse_revocations(signed.data.get("revoked", []), "shared", where or Path("."))
    return TrustList(serial, tuple(keys), tuple(revoked), signed)


def read_trust_list(text: str, roots: TrustStore, where: Path | None = None) -> TrustList:
    """Parse and verify a trust list: signed by a trusted city key, or a SignatureError."""
    signed = parse_signature(text, where)
    check_signature(signed, roots, role="city", path=where)
    return _parse(signed, where)


def cached_trust_list(roots: TrustStore) -> TrustList | None:
    """The list kept by the last sync, verified again (its revocations count even if not)."""
    path = shared_trust_file()
    try:
        text = path.read_bytes()[:MAX_SIGNATURE_BYTES].decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    try:
        return read_trust_list(text, roots, path)
    except LibraryError:
        # A damaged or forged local copy adds no key, but a revocation in it is still
        # honoured: refusing a key wrongly is safe, trusting one wrongly is not.
        try:
            signed = parse_signature(text, path)
            revoked = parse_revocations(signed.data.get("revoked", []), "shared", path)
        except LibraryError:
            return None
        return TrustList(-1, (), tuple(revoked), signed)


def cached_serial() -> int:
    path = shared_trust_file()
    if not path.is_file():
        return 0
    try:
        signed = parse_signature(path.read_text(encoding="utf-8"), path)
        return int(signed.version)
    except (OSError, UnicodeDecodeError, ValueError, LibraryError):
        return 0


def keep_trust_list(trust_list: TrustList) -> None:
    write_atomic(shared_trust_file(), trust_list.text.encode("utf-8"))


def trust_list_files(share_root: Path) -> list[tuple[int, Path]]:
    """``(serial, path)`` of every trust list on a library folder, newest first."""
    folder = Path(share_root) / KEYS_FOLDER
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            found.append((int(match.group(1)), path))
    return sorted(found, reverse=True)


def make_trust_list(key: SigningKey, serial: int, keys: list[TrustedKey],
                    revoked: list[Revocation]) -> TrustList:
    manifest = {"kind": "trust", "id": TRUST_LIST_ID, "version": str(serial), "notes": "",
                "keys": [key_entry(k) for k in keys],
                "revoked": [revocation_entry(r) for r in revoked]}
    manifest["published"] = utc_now()
    return _parse(sign_manifest(key, manifest), None)
