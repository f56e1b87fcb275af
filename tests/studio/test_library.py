"""The shared template library: a designer and two PICs (each with their own user data
folder) around one shared folder — publish, sync, update, rollback, tampering,
untrusted keys, downgrades, an unreachable share, event pins and built-in protection."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest

from studio.brand import default_brand
from studio.brand.store import active_brand_root
from studio.errors import LibraryError
from studio.library import store
from studio.library.installed import brand_origin
from studio.library.pins import event_updates, pin_versions, pinned_library, update_event_templates
from studio.library.publish import publish_brand, publish_template, suggest_version
from studio.library.share import list_published
from studio.library.signing import SIGNATURE_FILE
from studio.library.sources import add_source, load_sources
from studio.library.sync import available_updates, rollback, sync_library, update
from studio.library.trust import revoke_key
from studio.paths import BRANDING_DIR, TEMPLATES_DIR
from studio.project import load_project, new_project, save_project
from studio.template import default_library
from studio.template.package import export_package, import_package
from tests.studio.library_helpers import Actor, builtin, make_key, rewrite_zip, trust_as


@pytest.fixture
def world(tmp_path):
    """A shared folder, a designer with a key, two PICs who trust it and read the share."""
    share = tmp_path / "share"
    share.mkdir()
    designer = Actor(tmp_path / "designer")
    pic1, pic2 = Actor(tmp_path / "pic1"), Actor(tmp_path / "pic2")
    key = make_key("Desainer Diskominfo - Rina")
    for pic in (pic1, pic2):
        trust_as(pic, key)
        with pic.active():
            add_source(share, "Pustaka Diskominfo")
    return share, designer, key, pic1, pic2


def publish(designer: Actor, key, share: Path, template_id: str = "pengumuman",
            version: str = "1.1.0", notes: str = ""):
    with designer.active():
        return publish_template(builtin(template_id), key, share, version=version, notes=notes)


def in_use(actor: Actor, template_id: str = "pengumuman"):
    with actor.active():
        library = default_library()
        return library.get(template_id), library.origin(template_id), library


def refusal_codes(report) -> list[str]:
    return [r.error.code for r in report.refusals]


# ---------------------------------------------------------------------------
# the whole flow


def test_publish_sync_update_rollback(world):
    share, designer, key, pic1, pic2 = world
    published = publish(designer, key, share, version="1.1.0", notes="Pita tanggal baru")
    assert published.path == share / "templates" / "pengumuman" / "pengumuman-1.1.0.zip"
    assert not published.trusted_here  # the designer's own computer does not trust the key

    with pic1.active():
        report = sync_library()
    assert [s.reachable for s in report.sources] == [True]
    assert [(a.item_id, a.version, a.signer) for a in report.activated] == [
        ("pengumuman", "1.1.0", "Desainer Diskominfo - Rina")]
    loaded, origin, _ = in_use(pic1)
    assert loaded.template.version == "1.1.0"
    assert (origin.kind, origin.official, origin.signer) == (
        "shared", True, "Desainer Diskominfo - Rina")
    # The PIC's copy is a verified folder in the cache, not the share.
    assert share not in loaded.folder.parents

    publish(designer, key, share, version="1.2.0", notes="Judul lebih besar di 9:16")
    with pic1.active():
        report = sync_library()
        assert report.activated == ()  # an update waits for the PIC
        [upd] = report.updates
        assert (upd.item_id, upd.current, upd.newest) == ("pengumuman", "1.1.0", "1.2.0")
        assert [c.notes for c in upd.changes] == ["Judul lebih besar di 9:16"]
    assert in_use(pic1)[0].template.version == "1.1.0"
    with pic1.active():
        update("template", "pengumuman")
        assert available_updates() == []
    assert in_use(pic1)[0].template.version == "1.2.0"
    with pic1.active():
        info = rollback("template", "pengumuman")
    assert info.version == "1.1.0"
    assert in_use(pic1)[0].template.version == "1.1.0"
    with pic1.active():
        assert [u.newest for u in available_updates()] == ["1.2.0"]  # offered again

    # The second PIC first meets the template at 1.2.0 and also has no rollback target.
    with pic2.active():
        sync_library()
        assert in_use(pic2)[0].template.version == "1.2.0"
        with pytest.raises(LibraryError) as info:
            rollback("template", "pengumuman")
        assert info.value.code == "library.no_previous"


def test_every_version_stays_in_the_cache_and_the_share_is_never_written_by_a_pic(world):
    share, designer, key, pic1, _ = world
    publish(designer, key, share, version="1.1.0")
    before = sorted((p.relative_to(share).as_posix(), p.stat().st_mtime_ns)
                    for p in share.rglob("*"))
    with pic1.active():
        sync_library()
        publish(designer, key, share, version="1.2.0")
        before = sorted((p.relative_to(share).as_posix(), p.stat().st_mtime_ns)
                        for p in share.rglob("*"))
        sync_library()
        update("template", "pengumuman")
        assert store.cached_versions("template", "pengumuman") == ["1.1.0", "1.2.0"]
    after = sorted((p.relative_to(share).as_posix(), p.stat().st_mtime_ns)
                   for p in share.rglob("*"))
    assert after == before


# ---------------------------------------------------------------------------
# what a PIC is protected from


def test_a_tampered_asset_is_refused_naming_the_file_and_the_signer(world):
    share, designer, key, pic1, _ = world
    publish(designer, key, share, version="1.1.0")
    with pic1.active():
        sync_library()
    package = publish(designer, key, share, version="1.2.0").path

    def change(name: str, data: bytes) -> bytes:
        return data[:-1] + bytes([data[-1] ^ 1]) if name.endswith("ikon-lokasi.png") else data

    rewrite_zip(package, change)
    with pic1.active():
        report = sync_library()
    [refusal] = report.refusals
    assert refusal.error.code == "library.file_changed"
    assert refusal.error.params["file"] == "ikon-lokasi.png"
    assert refusal.error.params["signer"] == "Desainer Diskominfo - Rina"
    assert refusal.error.message == (
        "ikon-lokasi.png was changed after Desainer Diskominfo - Rina signed the package")
    assert refusal.error.path == package  # the file on the share, not a temporary copy
    assert report.updates == ()
    assert in_use(pic1)[0].template.version == "1.1.0"
    with pic1.active():
        assert store.cached_versions("template", "pengumuman") == ["1.1.0"]
        assert not any((store.library_home() / ".incoming").glob("*/*"))


def test_a_replaced_manifest_breaks_the_signature(world):
    share, designer, key, pic1, _ = world
    package = publish(designer, key, share, version="1.1.0").path
    evil = b"\x89PNG\r\n\x1a\n" + b"0" * 64

    def change(name: str, data: bytes) -> bytes:
        if name.endswith("ikon-lokasi.png"):
            return evil
        if name.endswith(SIGNATURE_FILE):
            import hashlib

            text = data.decode()
            old = tomllib.loads(text)["manifest"]["files"]["ikon-lokasi.png"]
            return text.replace(old, hashlib.sha256(evil).hexdigest()).encode()
        return data

    rewrite_zip(package, change)
    with pic1.active():
        report = sync_library()
    [refusal] = report.refusals
    assert refusal.error.code == "library.signature_invalid"
    assert "Desainer Diskominfo - Rina" in refusal.error.message
    assert "changed after signing" in refusal.error.message
    assert in_use(pic1)[1].kind == "built-in"


def test_a_signature_from_an_untrusted_key_is_refused_with_who_signed(world):
    share, designer, _, pic1, _ = world
    stranger = make_key("Budi (bukan Diskominfo)")
    publish(designer, stranger, share, version="1.1.0")
    with pic1.active():
        report = sync_library()
    [refusal] = report.refusals
    assert refusal.error.code == "library.untrusted_signer"
    assert refusal.error.params["signer"] == "Budi (bukan Diskominfo)"
    assert refusal.error.params["key_id"] == stranger.public.display_id
    assert refusal.error.message.startswith(
        f"signed by Budi (bukan Diskominfo) (key {stranger.public.display_id}), a key this "
        "computer does not trust")
    assert in_use(pic1)[1].kind == "built-in"


def test_an_unsigned_package_is_refused_from_a_share(world, tmp_path):
    share, _, _, pic1, _ = world
    folder = share / "templates" / "pengumuman"
    folder.mkdir(parents=True)
    export_package(builtin("pengumuman"), folder / "pengumuman-2.0.0.zip")
    with pic1.active():
        report = sync_library()
    assert refusal_codes(report) == ["library.unsigned"]
    assert report.refusals[0].error.message == "the package is not signed"


def test_a_renamed_package_cannot_pose_as_a_newer_version(world):
    share, designer, key, pic1, _ = world
    package = publish(designer, key, share, version="1.1.0").path
    with pic1.active():
        sync_library()
    shutil.copyfile(package, package.with_name("pengumuman-9.9.9.zip"))
    with pic1.active():
        report = sync_library()
    assert refusal_codes(report) == ["library.mismatch"]
    assert in_use(pic1)[0].template.version == "1.1.0"


def test_a_revoked_key_is_refused_and_stops_what_it_signed(world):
    share, designer, key, pic1, _ = world
    publish(designer, key, share, version="1.1.0")
    with pic1.active():
        sync_library()
        assert default_library().origin("pengumuman").kind == "shared"
        revoke_key(key.public.display_id, reason="laptop hilang")
        library = default_library()
    # The revoked signer's template is no longer used: the built-in one is.
    assert library.origin("pengumuman").kind == "built-in"
    [problem] = [p for p in library.problems if p.error.code == "library.revoked_signer"]
    assert "laptop hilang" in problem.error.message
    publish(designer, key, share, version="1.2.0")
    with pic1.active():
        report = sync_library()
    assert refusal_codes(report) == ["library.revoked_signer"]


def test_a_stale_copy_never_downgrades(world, tmp_path):
    share, designer, key, pic1, _ = world
    old = publish(designer, key, share, version="1.1.0").path
    usb = tmp_path / "usb"
    (usb / "templates" / "pengumuman").mkdir(parents=True)
    shutil.copyfile(old, usb / "templates" / "pengumuman" / old.name)
    publish(designer, key, share, version="1.2.0")
    with pic1.active():
        sync_library()
        assert in_use(pic1)[0].template.version == "1.2.0"
        # The share is emptied (a sync client restored an old state); only the USB
        # stick with the old version is left.
        shutil.rmtree(share / "templates")
        add_source(usb, "USB lama")
        report = sync_library()
    assert [(s.version, s.in_use) for s in report.stale] == [("1.1.0", "1.2.0")]
    assert report.refusals == () and report.activated == () and report.updates == ()
    assert in_use(pic1)[0].template.version == "1.2.0"
    # Going back is the PIC's choice.
    with pic1.active():
        rollback("template", "pengumuman", to="1.1.0")
    assert in_use(pic1)[0].template.version == "1.1.0"


def test_the_same_version_from_a_second_source_is_not_taken_again(world, tmp_path):
    share, designer, key, pic1, _ = world
    publish(designer, key, share, version="1.1.0")
    with pic1.active():
        sync_library()
        before = store.cached_digest("template", "pengumuman", "1.1.0")
    other_share = tmp_path / "share2"
    other_share.mkdir()
    publish(designer, key, other_share, version="1.1.0", notes="different content")
    with pic1.active():
        add_source(other_share)
        report = sync_library()
        assert store.cached_digest("template", "pengumuman", "1.1.0") == before
    assert report.refusals == () and report.downloaded == ()
    assert in_use(pic1)[0].template.version == "1.1.0"


def test_an_unreachable_share_is_a_status_and_the_local_copy_keeps_working(world):
    share, designer, key, pic1, _ = world
    publish(designer, key, share, version="1.1.0")
    with pic1.active():
        sync_library()
    moved = share.with_name("share-offline")
    share.rename(moved)  # the network drive is gone
    with pic1.active():
        report = sync_library()
        [source] = report.sources
        assert report.offline and not source.reachable and source.message
        assert report.refusals == ()
        [saved] = load_sources()
        assert saved.reachable is False and saved.synced  # the last good sync is kept
    loaded, origin, _ = in_use(pic1)
    assert (loaded.template.version, origin.official) == ("1.1.0", True)


def test_a_changed_file_in_the_local_copy_is_caught(world):
    share, designer, key, pic1, _ = world
    publish(designer, key, share, version="1.1.0")
    with pic1.active():
        sync_library()
        folder = store.content_folder("template", "pengumuman", "1.1.0")
        (folder / "pola-titik.png").write_bytes(b"\x89PNG changed")
        library = default_library()
    assert library.origin("pengumuman").kind == "built-in"
    assert any(p.error.code == "library.file_changed" for p in library.problems)


# ---------------------------------------------------------------------------
# events keep their version


def test_an_event_renders_with_its_version_until_the_pic_updates_it(world, tmp_path):
    share, designer, key, pic1, _ = world
    publish(designer, key, share, version="1.1.0")
    with pic1.active():
        sync_library()
        library = default_library()
        project = pin_versions(new_project("Rapat", "pengumuman", tmp_path / "hasil"), library)
        assert dict(project.template_versions) == {"pengumuman": "1.1.0"}
        path = save_project(project, tmp_path / "rapat.kegiatan.toml").path
        assert 'pengumuman = "1.1.0"' in path.read_text(encoding="utf-8")

        publish(designer, key, share, version="1.2.0")
        sync_library()
        update("template", "pengumuman")
        library = default_library()
        project = load_project(path)
        assert library.get("pengumuman").template.version == "1.2.0"
        assert pinned_library(project, library).get("pengumuman").template.version == "1.1.0"
        [upd] = event_updates(project, library)
        assert (upd.pinned, upd.current, upd.available) == ("1.1.0", "1.2.0", True)

        project = update_event_templates(project, library)
        assert pinned_library(project, library).get("pengumuman").template.version == "1.2.0"
        assert event_updates(project, library) == []


def test_a_pinned_version_that_is_gone_falls_back_and_says_so(tmp_path):
    library = default_library()
    project = new_project("x", "ucapan", tmp_path).with_template_versions({"ucapan": "0.9.0"})
    view = pinned_library(project, library)
    assert view.get("ucapan").template.version == builtin("ucapan").template.version
    assert view.pin_misses == {"ucapan": "0.9.0"}
    [upd] = event_updates(project, library)
    assert not upd.available


# ---------------------------------------------------------------------------
# built-in templates are replaced only by an explicit choice (issue 19)


def test_a_package_with_a_builtin_id_does_not_replace_it_without_a_choice(tmp_path):
    evil = builtin("liputan-kegiatan")
    data = (evil.folder / "template.toml").read_text(encoding="utf-8")
    folder = tmp_path / "src" / "liputan-kegiatan"
    folder.mkdir(parents=True)
    (folder / "template.toml").write_text(
        re.sub(r'version = "[^"]+"', 'version = "9.9.9"', data, count=1), encoding="utf-8")
    from studio.template.loader import load_template

    package = export_package(load_template(folder), tmp_path / "lk.zip")
    library = default_library()
    import_package(package, library.user_dir)
    library.reload()
    assert library.get("liputan-kegiatan").template.version == \
        builtin("liputan-kegiatan").template.version
    assert library.origin("liputan-kegiatan").kind == "built-in"
    assert library.shadowed["liputan-kegiatan"].template.version == "9.9.9"

    store.set_choice("liputan-kegiatan", "local")  # the explicit choice
    library.reload()
    origin = library.origin("liputan-kegiatan")
    assert library.get("liputan-kegiatan").template.version == "9.9.9"
    assert (origin.kind, origin.official, origin.replaces_official) == ("local", False, True)
    # ... and the official one stays available: one choice brings it back.
    assert library.shadowed["liputan-kegiatan"].folder == TEMPLATES_DIR / "liputan-kegiatan"
    store.set_choice("liputan-kegiatan", None)
    library.reload()
    assert library.get("liputan-kegiatan").template.version == \
        builtin("liputan-kegiatan").template.version


def test_a_new_official_template_does_not_take_over_a_pics_own_template(world, tmp_path):
    share, designer, key, pic1, _ = world
    with pic1.active():
        library = default_library()
        own = tmp_path / "own" / "agenda"
        from tests.studio.helpers import write_template

        write_template(own, version="0.1.0")
        shutil.copytree(own, library.user_dir / "agenda")
    with designer.active():
        template_dir = tmp_path / "designer-agenda" / "agenda"
        write_template(template_dir, version="1.0.0")
        from studio.template.loader import load_template

        publish_template(load_template(template_dir), key, share)
    with pic1.active():
        report = sync_library()
        assert report.kept_local == ("agenda",)
        library = default_library()
    assert library.get("agenda").template.version == "0.1.0"
    assert library.shadowed["agenda"].template.version == "1.0.0"


# ---------------------------------------------------------------------------
# the brand kit


def test_the_brand_kit_is_published_signed_and_taken(world):
    share, designer, key, pic1, _ = world
    with designer.active():
        assert suggest_version(share, "brand", "brand", None) == "1.0.0"
        published = publish_brand(BRANDING_DIR, key, share, notes="Warna aksen baru")
    assert published.path == share / "brand" / "brand-1.0.0.zip"
    with pic1.active():
        assert active_brand_root() == BRANDING_DIR
        report = sync_library()
        assert [a.kind for a in report.activated] == ["brand"]
        root = active_brand_root()
        assert root == store.content_folder("brand", "brand", "1.0.0")
        assert default_brand().name == "Pemerintah Kota Cimahi"
        origin = brand_origin(root, BRANDING_DIR)
        assert (origin.kind, origin.official, origin.signer) == (
            "shared", True, "Desainer Diskominfo - Rina")
        # The city's keys never travel inside a brand kit.
        assert not (root / "keys").exists()


def test_a_designers_own_brand_kit_wins_until_the_official_one_is_chosen(world):
    share, designer, key, pic1, _ = world
    with designer.active():
        publish_brand(BRANDING_DIR, key, share)
    with pic1.active():
        own = store.library_home().parent / "branding"
        shutil.copytree(BRANDING_DIR, own)
        sync_library()
        assert active_brand_root() == own  # the saved own copy stays (no silent switch)
        from studio.cli import main

        assert main(["templates", "use", "official", "--brand"]) == 0
        assert active_brand_root() == store.content_folder("brand", "brand", "1.0.0")
        assert main(["templates", "use", "local", "--brand"]) == 0
        assert active_brand_root() == own


def test_a_brand_kit_with_a_changed_logo_is_refused(world):
    share, designer, key, pic1, _ = world
    with designer.active():
        package = publish_brand(BRANDING_DIR, key, share).path

    def change(name: str, data: bytes) -> bytes:
        return data + b"\0" if name.endswith("logo-color.png") else data

    rewrite_zip(package, change)
    with pic1.active():
        report = sync_library()
        assert active_brand_root() == BRANDING_DIR
    [refusal] = report.refusals
    assert (refusal.kind, refusal.error.code, refusal.error.params["file"]) == (
        "brand", "library.file_changed", "logos/logo-color.png")


def test_a_signed_brand_kit_whose_logo_is_not_an_image_is_refused(world, tmp_path,
                                                                  monkeypatch):
    share, designer, key, pic1, _ = world
    kit = tmp_path / "kit"
    shutil.copytree(BRANDING_DIR, kit)
    (kit / "logos" / "mark.png").write_bytes(b"%!PS-Adobe-3.0 EPSF-3.0\n{ } loop\n")
    with designer.active(), pytest.raises(Exception) as info:
        publish_brand(kit, key, share)  # the designer's own check stops it first
    assert getattr(info.value, "code", "").startswith("media.")
    # Signed by a trusted key all the same (made by hand): the PIC still refuses it.
    from studio.library.packages import build_brand_package

    def no_check(folder):
        from studio.brand import load_brand

        return load_brand(folder)

    import studio.library.packages as packages

    with monkeypatch.context() as patch:
        patch.setattr(packages, "validate_brand_folder", no_check)
        (share / "brand").mkdir()
        build_brand_package(kit, key, share / "brand" / "brand-1.0.0.zip", version="1.0.0")
    with pic1.active():
        report = sync_library()
        assert active_brand_root() == BRANDING_DIR
    [refusal] = report.refusals
    assert refusal.error.code == "package.invalid"
    assert "logos/mark.png: not an image asset" in refusal.error.message


# ---------------------------------------------------------------------------
# publishing rules


def test_a_version_is_published_once_and_never_below_the_newest(world):
    share, designer, key, *_ = world
    publish(designer, key, share, version="1.2.0")
    for version in ("1.2.0", "1.1.0"):
        with pytest.raises(LibraryError) as info:
            publish(designer, key, share, version=version)
        assert info.value.code == "library.version_exists"
        assert "1.2.1" in info.value.hint
    with designer.active():
        assert suggest_version(share, "template", "pengumuman", "1.0.0") == "1.2.1"
    assert [p.version for p in list_published(share)] == ["1.2.0"]


def test_publishing_a_designers_own_copy_raises_its_version(world):
    share, designer, key, *_ = world
    manifest = builtin("ucapan").folder / "template.toml"
    shipped = manifest.read_bytes()
    with designer.active():
        library = default_library()
        shutil.copytree(builtin("ucapan").folder, library.user_dir / "ucapan")
        own = default_library().shadowed["ucapan"]
        publish_template(own, key, share, version="1.3.0")
        from studio.template.loader import load_template

        assert load_template(own.folder).template.version == "1.3.0"
    assert manifest.read_bytes() == shipped  # the built-in is never written


def test_publishing_to_a_missing_folder_says_so(tmp_path):
    key = make_key("Rina")
    with pytest.raises(LibraryError) as info:
        publish_template(builtin("ucapan"), key, tmp_path / "not-connected")
    assert info.value.code == "library.unreachable"


def test_a_package_that_cannot_be_read_is_one_refusal_not_a_failed_sync(world, monkeypatch):
    share, designer, key, pic1, _ = world
    publish(designer, key, share, "pengumuman", version="1.1.0")
    publish(designer, key, share, "ucapan", version="1.1.0")
    import studio.library.sync as sync_module

    real = sync_module.shutil.copyfile

    def flaky(src, dst, *args, **kwargs):
        if "pengumuman" in str(src):
            raise OSError(5, "Input/output error")  # the network dropped mid-read
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(sync_module.shutil, "copyfile", flaky)
    with pic1.active():
        report = sync_library()
    assert refusal_codes(report) == ["library.unreadable"]
    assert [a.item_id for a in report.activated] == ["ucapan"]
