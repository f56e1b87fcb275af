"""Signing keys, the trust store and the administrator's signed trust list; the CLI."""

from __future__ import annotations

import os
import shutil

import pytest

from studio.cli import main
from studio.errors import LibraryError
from studio.library.keys import (
    generate_key,
    load_public_key,
    load_signing_key,
    own_key_files,
    save_key_pair,
)
from studio.library.publish import publish_template
from studio.library.signing import sign_folder, verify_folder
from studio.library.sources import add_source
from studio.library.sync import sync_library
from studio.library.trust import TrustedKey, load_trust
from studio.library.trustlist import make_trust_list
from studio.paths import BRANDING_DIR
from studio.template import default_library
from tests.studio.library_helpers import Actor, builtin, make_key, trust_as


def test_key_files_round_trip_and_passphrases(tmp_path):
    key = generate_key("Desainer Diskominfo - Rina")
    private, public = save_key_pair(key, tmp_path, "kalimat rahasia")
    assert load_public_key(public) == key.public
    assert load_signing_key(private, "kalimat rahasia").key_id == key.key_id
    for wrong, code in ((None, "keys.passphrase_needed"), ("salah sekali", "keys.bad_passphrase")):
        with pytest.raises(LibraryError) as info:
            load_signing_key(private, wrong)
        assert info.value.code == code
    with pytest.raises(LibraryError) as info:
        load_public_key(private)
    assert info.value.code == "keys.wrong_kind"
    assert "-----BEGIN ENCRYPTED PRIVATE KEY-----" in private.read_text()
    if os.name == "posix":
        assert private.stat().st_mode & 0o077 == 0  # only the owner may read it
    with pytest.raises(LibraryError) as info:
        save_key_pair(key, tmp_path, "kalimat rahasia")
    assert info.value.code == "library.file_exists"  # a key file is never overwritten
    with pytest.raises(LibraryError):
        save_key_pair(generate_key("x"), tmp_path / "b", "pendek")


def test_a_public_key_file_with_a_swapped_key_is_refused(tmp_path):
    _, public = save_key_pair(generate_key("Rina"), tmp_path, None)
    other = generate_key("Budi").public.b64
    text = public.read_text()
    public.write_text(text.replace(text.split('public_key = "')[1].split('"')[0], other))
    with pytest.raises(LibraryError) as info:
        load_public_key(public)
    assert info.value.code == "keys.invalid"


def test_the_city_key_ships_with_the_brand_kit_and_its_private_half_does_not():
    trust = load_trust()
    city = [k for k in trust.keys.values() if k.role == "city"]
    assert [k.origin for k in city] == ["built-in"]
    keys_dir = BRANDING_DIR / "keys"
    assert sorted(p.name for p in keys_dir.iterdir()) == ["kota-cimahi.pubkey.toml"]
    assert "PRIVATE" not in (keys_dir / "kota-cimahi.pubkey.toml").read_text()


def test_signing_a_folder_and_every_kind_of_change(tmp_path):
    key = make_key("Rina")
    trust_as(Actor(os.environ["STUDIO_KONTEN_HOME"]), key)
    folder = tmp_path / "t"
    (folder / "aset").mkdir(parents=True)
    (folder / "template.toml").write_text("x")
    (folder / "aset" / "a.png").write_bytes(b"a")
    sign_folder(folder, key, kind="template", item_id="t", version="1.0.0")
    trust = load_trust()
    assert verify_folder(folder, trust, kind="template", item_id="t").signer.name == "Rina"
    (folder / "Thumbs.db").write_bytes(b"windows clutter")  # ignored
    verify_folder(folder, trust, kind="template")

    def code_after(change) -> str:
        copy = tmp_path / f"c{len(list(tmp_path.iterdir()))}"
        shutil.copytree(folder, copy)
        change(copy)
        with pytest.raises(LibraryError) as info:
            verify_folder(copy, trust, kind="template", item_id="t")
        return info.value.code

    assert code_after(lambda f: (f / "aset" / "a.png").write_bytes(b"b")) == \
        "library.file_changed"
    assert code_after(lambda f: (f / "aset" / "a.png").unlink()) == "library.file_missing"
    assert code_after(lambda f: (f / "aset" / "b.png").write_bytes(b"b")) == "library.file_added"
    assert code_after(lambda f: (f / "signature.toml").unlink()) == "library.unsigned"
    assert code_after(lambda f: (f / "signature.toml").write_text(
        (f / "signature.toml").read_text().replace('version = "1.0.0"', 'version = "2.0.0"'))
    ) == "library.signature_invalid"
    with pytest.raises(LibraryError) as info:
        verify_folder(folder, trust, kind="brand")
    assert info.value.code == "library.mismatch"


@pytest.fixture
def city_world(tmp_path):
    """A test city key (the shipped demo key's private half is not in the repo), trusted
    as a city key on each PIC's computer, and an administrator who holds it."""
    share = tmp_path / "share"
    share.mkdir()
    admin, designer = Actor(tmp_path / "admin"), Actor(tmp_path / "designer")
    pic1, pic2 = Actor(tmp_path / "pic1"), Actor(tmp_path / "pic2")
    city = make_key("Diskominfo Kota Cimahi (uji)", admin.home / "keys")
    rina = make_key("Desainer Diskominfo - Rina", designer.home / "keys")
    for actor in (admin, pic1, pic2):
        trust_as(actor, city, "city")
        with actor.active():
            add_source(share)
    return share, admin, designer, pic1, pic2, city, rina


def run_cli(actor: Actor, *argv: str) -> int:
    with actor.active():
        return main(list(argv))


def test_the_administrators_trust_list_reaches_every_pic(city_world, capsys):
    share, admin, designer, pic1, pic2, _city, rina = city_world
    [city_file] = own_key_files(admin.home / "keys")
    [rina_public] = (designer.home / "keys").glob("*.pubkey.toml")
    assert run_cli(admin, "keys", "trust", str(rina_public), "--share", str(share),
                   "--key", str(city_file.path)) == 0
    assert "trust list 1 published" in capsys.readouterr().out
    with designer.active():
        publish_template(builtin("ucapan"), rina, share, version="1.1.0")
    for pic in (pic1, pic2):
        with pic.active():
            report = sync_library()
            assert report.trust_list == 1 and report.refusals == ()
            assert load_trust().lookup(rina.key_id).origin == "shared"
            assert default_library().get("ucapan").template.version == "1.1.0"

    # The administrator revokes Rina's key for everyone.
    stale_usb = share.parent / "usb"
    (stale_usb / "keys").mkdir(parents=True)
    shutil.copyfile(share / "keys" / "trust-000001.toml", stale_usb / "keys" /
                    "trust-000001.toml")
    assert run_cli(admin, "keys", "revoke", rina.public.display_id, "--reason", "laptop hilang",
                   "--share", str(share), "--key", str(city_file.path)) == 0
    with designer.active():
        publish_template(builtin("ucapan"), rina, share, version="1.2.0")
    with pic1.active():
        add_source(stale_usb)
        report = sync_library()
        assert report.trust_list == 2
        assert [r.error.code for r in report.refusals] == ["library.revoked_signer"]
        assert "laptop hilang" in report.refusals[0].error.message
        # What Rina signed earlier stops too; the built-in template is used again.
        assert default_library().origin("ucapan").kind == "built-in"
        # A stale copy of list 1 cannot bring the key back.
        sync_library()
        assert not load_trust().is_trusted(rina.key_id)


def test_a_trust_list_not_signed_by_a_city_key_is_refused(city_world):
    share, _admin, _designer, pic1, _, _city, rina = city_world
    forged = make_trust_list(rina, 5, [TrustedKey(rina.public, "designer", "shared")], [])
    (share / "keys").mkdir()
    (share / "keys" / "trust-000005.toml").write_text(forged.text, encoding="utf-8")
    with pic1.active():
        report = sync_library()
        assert [r.error.code for r in report.refusals] == ["library.untrusted_signer"]
        assert not load_trust().is_trusted(rina.key_id)
    trust_as(pic1, rina)  # trusted as a designer: still may not sign trust lists
    with pic1.active():
        report = sync_library()
        assert [r.error.code for r in report.refusals] == ["library.wrong_role"]


def test_keys_cli_new_list_trust_revoke(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("STUDIO_KONTEN_KEY_PASSPHRASE", "kalimat rahasia panjang")
    assert main(["keys", "new", "--name", "Rina", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "private:" in out and "public :" in out
    [public] = tmp_path.glob("*.pubkey.toml")
    assert main(["keys", "trust", str(public)]) == 0
    assert main(["keys", "list"]) == 0
    listing = capsys.readouterr().out
    assert "city     built-in trusted" in listing and "designer local    trusted" in listing
    key_id = load_public_key(public).display_id
    assert main(["keys", "revoke", key_id.split()[0], "--reason", "uji"]) == 0
    assert main(["keys", "list"]) == 0
    assert "REVOKED" in capsys.readouterr().out
    assert main(["keys", "revoke", "zz"]) == 1
    assert "not a key id" in capsys.readouterr().err


def test_templates_cli_flow(tmp_path, capsys, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    designer, pic = Actor(tmp_path / "designer"), Actor(tmp_path / "pic")
    monkeypatch.setenv("STUDIO_KONTEN_KEY_PASSPHRASE", "kalimat rahasia panjang")
    assert run_cli(designer, "keys", "new", "--name", "Rina") == 0
    [public] = (designer.home / "keys").glob("*.pubkey.toml")
    assert run_cli(designer, "templates", "publish", "undangan", "--to", str(share),
                   "--version", "1.1.0", "--notes", "Peta lokasi") == 0
    assert "published undangan 1.1.0 signed by Rina" in capsys.readouterr().out
    assert run_cli(pic, "templates", "sources", "add", str(share)) == 0
    assert run_cli(pic, "templates", "sync") == 1  # refused: the key is not trusted yet
    out = capsys.readouterr().out
    assert "REFUSED undangan 1.1.0" in out and "signed by Rina" in out
    assert run_cli(pic, "keys", "trust", str(public)) == 0
    assert run_cli(pic, "templates", "sync") == 0
    assert "new: undangan 1.1.0 (signed by Rina)" in capsys.readouterr().out
    assert run_cli(designer, "templates", "publish", "undangan", "--to", str(share),
                   "--version", "1.2.0", "--notes", "Huruf lebih besar") == 0
    assert run_cli(pic, "templates", "sync") == 0
    out = capsys.readouterr().out
    assert "update available: undangan 1.1.0 -> 1.2.0" in out and "Huruf lebih besar" in out
    assert run_cli(pic, "templates", "update") == 0
    assert run_cli(pic, "templates", "list") == 0
    assert "v1.2.0   shared   official by Rina" in capsys.readouterr().out
    assert run_cli(pic, "templates", "rollback", "undangan") == 0
    assert "in use: undangan 1.1.0" in capsys.readouterr().out
    shutil.rmtree(share)
    assert run_cli(pic, "templates", "sync") == 0  # unreachable: a status, not an error
    assert "not reachable" in capsys.readouterr().out
    assert run_cli(pic, "templates", "sources") == 0
    assert "working from the local copy" in capsys.readouterr().out


def test_templates_use_switches_between_official_and_own(tmp_path, capsys):
    library = default_library()
    shutil.copytree(builtin("ucapan").folder, library.user_dir / "ucapan")
    assert main(["templates", "list"]) == 0
    version = builtin("ucapan").template.version
    assert f"also your own v{version}, not in use" in capsys.readouterr().out
    assert main(["templates", "use", "ucapan", "local"]) == 0
    assert default_library().origin("ucapan").kind == "local"
    assert main(["templates", "use", "ucapan", "official"]) == 0
    assert default_library().origin("ucapan").kind == "built-in"
    assert main(["templates", "use", "pengumuman", "local"]) == 1
    assert "no own template" in capsys.readouterr().err


def test_cli_never_prints_a_traceback_for_a_missing_key(tmp_path, capsys):
    assert main(["templates", "publish", "ucapan", "--to", str(tmp_path)]) == 1
    assert "no signing key yet" in capsys.readouterr().err
