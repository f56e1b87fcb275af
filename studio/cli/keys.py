"""``python main.py keys new|list|trust|revoke``: signing keys and the trust store.

``keys new`` makes a designer's (or the city's) key pair; ``trust`` and
``revoke`` change which keys this computer accepts, or — with ``--share`` and
the city's private key — publish a signed trust list every PIC takes on their
next sync. Passphrases are asked for on the terminal; scripts may set
``STUDIO_KONTEN_KEY_PASSPHRASE``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from studio.errors import LibraryError
from studio.library.keys import (
    SigningKey,
    format_key_id,
    generate_key,
    load_public_key,
    load_signing_key,
    own_key_files,
    read_key_file,
    save_key_pair,
    user_keys_dir,
)
from studio.library.trust import (
    Revocation,
    TrustedKey,
    load_trust,
    resolve_key_id,
    revoke_key,
    trust_key,
)

PASSPHRASE_ENV = "STUDIO_KONTEN_KEY_PASSPHRASE"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("keys", help="signing keys and the keys this computer trusts")
    ksub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    new = ksub.add_parser("new", help="make a key pair for signing templates and the brand kit")
    new.add_argument("--name", required=True, help='who signs, e.g. "Desainer Diskominfo - Rina"')
    new.add_argument("--out", type=Path, help="folder for the two key files "
                     "(default: your user folder's keys/)")
    new.add_argument("--no-passphrase", action="store_true",
                     help="do not protect the private key with a passphrase (not advised)")
    new.set_defaults(func=run_new)
    ksub.add_parser("list", help="the trusted and revoked keys, and your own keys"
                    ).set_defaults(func=run_list)
    trust = ksub.add_parser("trust", help="trust a public key (.pubkey.toml)")
    trust.add_argument("file", type=Path, metavar="FILE.pubkey.toml")
    trust.add_argument("--city", action="store_true",
                       help="trust it as a city key (may sign trust lists); this computer only")
    _share_options(trust)
    trust.set_defaults(func=run_trust)
    revoke = ksub.add_parser("revoke", help="refuse a key from now on")
    revoke.add_argument("key_id", metavar="KEY_ID", help="the key id (see: keys list)")
    revoke.add_argument("--reason", default="", help="why, e.g. 'laptop lost'")
    _share_options(revoke)
    revoke.set_defaults(func=run_revoke)


def _share_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--share", type=Path, metavar="FOLDER",
                        help="publish the change as a signed trust list in this library folder "
                             "(every PIC takes it on the next sync)")
    parser.add_argument("--key", type=Path, metavar="CITY.privkey.toml",
                        help="the city's private key that signs the trust list (with --share)")


def ask_passphrase(prompt: str = "Passphrase: ", *, confirm: bool = False) -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise LibraryError("a passphrase is needed", code="keys.passphrase_needed",
                           hint=f"run it in a terminal or set {PASSPHRASE_ENV}")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise LibraryError("the two passphrases differ", code="keys.passphrase_mismatch",
                           hint="type the same passphrase twice")
    return first


def open_key(path: Path | None) -> SigningKey:
    """The signing key in ``path`` or, without one, your only key; asks for its passphrase."""
    if path is None:
        keys = own_key_files()
        if not keys:
            raise LibraryError("you have no signing key yet", code="keys.none",
                               hint='make one with: keys new --name "Your name"')
        if len(keys) > 1:
            listing = ", ".join(str(k.path) for k in keys)
            raise LibraryError(f"you have several keys: {listing}", code="keys.several",
                               hint="choose one with --key FILE")
        path = keys[0].path
    info = read_key_file(path)
    passphrase = ask_passphrase(f"Passphrase for {info.public.name}: ") \
        if info.encrypted else None
    return load_signing_key(path, passphrase)


def run_new(args: argparse.Namespace) -> int:
    key = generate_key(args.name)
    passphrase = None if args.no_passphrase else ask_passphrase(
        "Passphrase for the new key: ", confirm=True)
    folder = args.out or user_keys_dir()
    private, public = save_key_pair(key, folder, passphrase)
    print(f"key {key.public.display_id} ({key.name})")
    print(f"  private: {private}  (keep it secret; never put it on a shared folder)")
    print(f"  public : {public}  (give this one to the administrator)")
    return 0


def _trusted_line(key: TrustedKey, revoked: Revocation | None) -> str:
    status = f"REVOKED {revoked.date} {revoked.reason}".rstrip() if revoked else "trusted"
    return (f"{format_key_id(key.key_id)}  {key.role:<8} {key.origin:<8} {status:<10} "
            f"{key.name}")


def run_list(args: argparse.Namespace) -> int:
    trust = load_trust()
    print("trusted keys:")
    for key in sorted(trust.keys.values(), key=lambda k: (k.role != "city", k.name)):
        print("  " + _trusted_line(key, trust.revocation(key.key_id)))
    unknown = [r for r in trust.revoked.values() if r.key_id not in trust.keys]
    for revocation in unknown:
        print(f"  {format_key_id(revocation.key_id)}  revoked  {revocation.origin:<8} "
              f"{revocation.date} {revocation.reason}")
    own = own_key_files()
    if own:
        print("your signing keys:")
        for key_file in own:
            state = "trusted here" if trust.is_trusted(key_file.public.key_id) \
                else "NOT trusted here"
            print(f"  {key_file.public.display_id}  {key_file.public.name}  ({state}) "
                  f"{key_file.path}")
    return 0


def _publish_change(args: argparse.Namespace, *, add: TrustedKey | None = None,
                    revoke: Revocation | None = None) -> None:
    from studio.library.share import publish_trust_list
    from studio.library.trustlist import (
        keep_trust_list,
        make_trust_list,
        read_trust_list,
        trust_list_files,
    )

    if args.key is None:
        raise LibraryError("--share needs the city's private key", code="keys.none",
                           hint="add --key CITY.privkey.toml")
    city = open_key(args.key)
    roots = load_trust()
    if not roots.is_trusted(city.key_id, role="city"):
        raise LibraryError(f"{city.name} (key {city.public.display_id}) is not a city key on "
                           "this computer", code="keys.not_city",
                           hint="sign trust lists with the city's key (see docs/admin-pustaka.md)")
    current = None
    files = trust_list_files(args.share)
    for _serial, path in files:
        try:
            current = read_trust_list(path.read_text(encoding="utf-8"), roots, path)
            break
        except (LibraryError, OSError, UnicodeDecodeError):
            continue
    keys = list(current.keys) if current else []
    revoked = list(current.revoked) if current else []
    if add is not None:
        keys = [k for k in keys if k.key_id != add.key_id] + [add]
        revoked = [r for r in revoked if r.key_id != add.key_id]
    if revoke is not None:
        keys = [k for k in keys if k.key_id != revoke.key_id]
        revoked = [r for r in revoked if r.key_id != revoke.key_id] + [revoke]
    serial = max((s for s, _ in files), default=0) + 1
    trust_list = make_trust_list(city, serial, keys, revoked)
    path = publish_trust_list(args.share, serial, trust_list.text)
    keep_trust_list(trust_list)
    print(f"trust list {serial} published: {path} ({len(keys)} designer key(s), "
          f"{len(revoked)} revoked)")


def run_trust(args: argparse.Namespace) -> int:
    public = load_public_key(args.file)
    if args.share is not None:
        if args.city:
            raise LibraryError("a trust list cannot add city keys", code="keys.not_city",
                               hint="trust a new city key on each computer, or ship it with "
                                    "the app")
        from studio.library.files import utc_now

        _publish_change(args, add=TrustedKey(public, "designer", "shared", utc_now()))
        return 0
    entry = trust_key(public, role="city" if args.city else "designer")
    print(f"trusted {entry.key.display_id} ({entry.name}) as a {entry.role} key on this computer")
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    if args.share is not None:
        from studio.library.files import utc_now

        key_id, known = resolve_key_id(args.key_id, load_trust())
        _publish_change(args, revoke=Revocation(key_id, known.name if known else "",
                                                args.reason, utc_now(), "shared"))
        return 0
    revocation = revoke_key(args.key_id, reason=args.reason)
    name = f" ({revocation.name})" if revocation.name else ""
    print(f"revoked {format_key_id(revocation.key_id)}{name} on this computer")
    return 0
