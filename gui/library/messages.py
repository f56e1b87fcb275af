"""The shared library's errors and refusals in the user's language.

Refusals must say who signed and why: the core puts the signer's name, the key
id, the file and the reason into the error's ``params`` and these sentences
use them. Codes not listed here go to the app's table
(:func:`gui.error_messages.describe`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.error_messages import ErrorText, describe
from studio.errors import StudioError

translate = QCoreApplication.translate


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def _table() -> dict[str, tuple[str, str]]:
    again = translate("LibraryErrors", "Do not use it; ask the designer to publish it again.")
    return {
        "library.unsigned": (
            translate("LibraryErrors", "This package is not signed."),
            translate("LibraryErrors", "A shared library only accepts templates signed by a "
                      "designer this computer trusts."),
        ),
        "library.untrusted_signer": (
            translate("LibraryErrors", "Signed by {signer} (key {key_id}), a key this computer "
                      "does not trust."),
            translate("LibraryErrors", "Only templates signed by Diskominfo's designers are "
                      "accepted. If the key is right, ask the administrator to trust it."),
        ),
        "library.revoked_signer": (
            translate("LibraryErrors", "Signed by {signer} (key {key_id}), a key that was "
                      "revoked on {date} ({reason})."),
            again,
        ),
        "library.wrong_role": (
            translate("LibraryErrors", "Signed by {signer} (key {key_id}), but only the city's "
                      "key may sign this."),
            "",
        ),
        "library.signature_invalid": (
            translate("LibraryErrors", "The signature does not match: the package says it was "
                      "signed by {signer} (key {key_id}), but it was changed after signing."),
            again,
        ),
        "library.file_changed": (
            translate("LibraryErrors", "{file} was changed after {signer} signed the package."),
            again,
        ),
        "library.file_missing": (
            translate("LibraryErrors", "{file} is missing from the package {signer} signed."),
            again,
        ),
        "library.file_added": (
            translate("LibraryErrors", "{file} was added after {signer} signed the package."),
            again,
        ),
        "library.mismatch": (
            translate("LibraryErrors", "The package's name does not match what it holds."),
            again,
        ),
        "library.version_missing": (
            translate("LibraryErrors", "This version is not on this computer."),
            translate("LibraryErrors", "Connect to the shared folder and check for updates."),
        ),
        "library.version_exists": (
            translate("LibraryErrors", "Version {existing} is already in the shared library."),
            translate("LibraryErrors", "Choose a higher version number and publish again."),
        ),
        "library.busy": (
            translate("LibraryErrors", "Someone else is publishing into this folder right "
                      "now."),
            translate("LibraryErrors", "Try again in a minute."),
        ),
        "library.unreachable": (
            translate("LibraryErrors", "The shared library folder cannot be reached."),
            translate("LibraryErrors", "Connect to the network or plug in the drive, then try "
                      "again."),
        ),
        "library.publish_failed": (
            translate("LibraryErrors", "The package could not be written into the shared "
                      "folder."),
            translate("LibraryErrors", "Check that the folder is connected and that you may "
                      "write into it."),
        ),
        "library.no_previous": (
            translate("LibraryErrors", "There is no earlier version on this computer."), "",
        ),
        "library.bad_version": (
            translate("LibraryErrors", "Write the version as numbers, for example 1.2.0."), "",
        ),
        "library.bad_source": (
            translate("LibraryErrors", "This folder cannot be a library source."), "",
        ),
        "library.unreadable": (
            translate("LibraryErrors", "The package could not be read from the shared folder."),
            translate("LibraryErrors", "Check for updates again when the folder is back."),
        ),
        "library.too_large": (
            translate("LibraryErrors", "The package is too large."), again,
        ),
        "library.version_conflict": (
            translate("LibraryErrors", "Two different packages claim the same version; the "
                      "one in use was kept."),
            translate("LibraryErrors", "Ask the designer to publish a new version number."),
        ),
        "library.write_failed": (
            translate("LibraryErrors", "The app could not write its local copy."),
            translate("LibraryErrors", "Check that the disk is not full."),
        ),
        "keys.none": (
            translate("LibraryErrors", "You have no signing key yet."),
            translate("LibraryErrors", "Make one with “New key…”."),
        ),
        "keys.passphrase_needed": (
            translate("LibraryErrors", "This key is protected by a passphrase."),
            translate("LibraryErrors", "Type the key's passphrase."),
        ),
        "keys.bad_passphrase": (
            translate("LibraryErrors", "The passphrase is wrong."),
            translate("LibraryErrors", "Type the passphrase chosen when the key was made."),
        ),
        "keys.weak_passphrase": (
            translate("LibraryErrors", "The passphrase needs at least 8 characters."),
            translate("LibraryErrors", "Use a sentence you can remember."),
        ),
        "keys.bad_name": (
            translate("LibraryErrors", "Give the key a name, for example your name and "
                      "office."), "",
        ),
        "keys.invalid": (
            translate("LibraryErrors", "This is not a valid key file."), "",
        ),
        "keys.wrong_kind": (
            translate("LibraryErrors", "This is not the right kind of key file."), "",
        ),
    }


def describe_library_error(error: StudioError) -> ErrorText:
    """A library error in the current language; other codes go to the app's table."""
    code = getattr(error, "code", "") or ""
    known = _table().get(code)
    if known is None and code.split(".", 1)[0] in ("library", "keys"):
        # A rarer problem: one plain sentence, the English detail for the helpdesk.
        known = (translate("LibraryErrors", "There is a problem with the shared library."),
                 "")
    if known is None:
        return describe(error)
    params = _Params({str(k): str(v) for k, v in getattr(error, "params", {}).items()})
    file = error.path.name if error.path is not None else ""
    params.setdefault("file", file)
    message, hint = known
    return ErrorText(message.format_map(params), hint.format_map(params), file,
                     error.one_line())


def refusal_text(error: StudioError) -> str:
    """One sentence for a refused package (message and what to do)."""
    text = describe_library_error(error)
    return f"{text.message} {text.hint}".strip()
