"""Is a folder official? Remembered answers, and the brand kit in force.

:func:`folder_official` checks a folder's signature, signer and files (see
:mod:`studio.library.signing`) and remembers the answer in this process until
a file's size or time, or the trust store, changes. :func:`brand_root` picks
the brand kit folder in force. Nothing here knows templates, so the brand kit
(below templates in the core's floors) may ask.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from studio.errors import StudioError
from studio.library.signing import OfficialStatus, official_status
from studio.library.store import BRAND_ID, content_folder, load_state
from studio.library.trust import TrustStore, load_trust

_lock = threading.Lock()
_memo: dict[tuple, OfficialStatus] = {}
_MEMO_LIMIT = 512


def _fingerprint(folder: Path) -> tuple:
    entries = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            try:
                st = os.stat(os.path.join(root, name))
            except OSError:
                continue
            entries.append((root, name, st.st_size, st.st_mtime_ns))
    return tuple(entries)


def _trust_key(trust: TrustStore) -> tuple:
    return (tuple(sorted(trust.keys)), tuple(sorted(trust.revoked)))


def folder_official(folder: Path, trust: TrustStore, item_id: str, *,
                    kind: str = "template") -> OfficialStatus:
    """:func:`official_status` remembered while the folder's files and the trust are the same."""
    key = (str(folder), kind, item_id, _fingerprint(folder), _trust_key(trust))
    with _lock:
        if key in _memo:
            return _memo[key]
    status = official_status(folder, trust, kind=kind, item_id=item_id)  # type: ignore[arg-type]
    with _lock:
        if len(_memo) >= _MEMO_LIMIT:
            _memo.clear()
        _memo[key] = status
    return status


def active_brand_folder() -> Path | None:
    """The shared brand kit version in use, if it still passes every check."""
    entry = load_state().brand
    if not entry.active:
        return None
    folder = content_folder("brand", BRAND_ID, entry.active)
    if not folder.is_dir():
        return None
    try:
        status = folder_official(folder, load_trust(), BRAND_ID, kind="brand")
    except StudioError:
        return None
    return folder if status.official else None


def brand_root(user: Path, builtin: Path) -> Path:
    """Which brand kit folder is in force.

    The designers' own copy (``user``) wins when it exists, unless the official
    kit was chosen; then the shared kit in use (if it passes every check); then
    the built-in kit.
    """
    choice = load_state().brand.choice
    if (user / "brand.toml").is_file() and choice != "official":
        return user
    return active_brand_folder() or builtin
