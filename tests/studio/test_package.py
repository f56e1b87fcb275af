"""Template packages: safe import of untrusted zips, clashes, export round-trip."""

from __future__ import annotations

import io
import stat
import zipfile

import pytest
import tomli_w

from studio.errors import PackageError
from studio.template.loader import load_template
from studio.template.package import export_package, import_package
from tests.studio.helpers import write_template

MANIFEST = tomli_w.dumps({
    "schema": 1, "id": "paket", "name": "Paket", "version": "1.0.0",
    "layers": [{"id": "m", "type": "media"}],
})


def make_zip(path, members: dict[str, bytes], *, symlink: str | None = None):
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return path


def snapshot(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))


@pytest.fixture
def library(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    return lib


def test_good_package_imports(tmp_path, library):
    pkg = make_zip(tmp_path / "p.zip", {"paket/template.toml": MANIFEST.encode()})
    loaded = import_package(pkg, library)
    assert loaded.id == "paket" and loaded.folder == library / "paket"
    assert snapshot(library) == ["paket", "paket/template.toml"]


def test_manifest_at_the_top_also_imports(tmp_path, library):
    pkg = make_zip(tmp_path / "p.zip", {"template.toml": MANIFEST.encode()})
    assert import_package(pkg, library).id == "paket"


@pytest.mark.parametrize("evil", [
    "../../evil.toml",
    "paket/../../evil.png",
    "/tmp/evil.png",
    "C:/Windows/evil.png",
    "C:evil.png",
    "paket\\..\\..\\evil.png",
])
def test_malicious_paths_are_refused_and_nothing_is_written(tmp_path, library, evil):
    outside_before = snapshot(tmp_path)
    pkg = make_zip(tmp_path / "p.zip", {"paket/template.toml": MANIFEST.encode(), evil: b"x"})
    outside_before.append("p.zip")
    with pytest.raises(PackageError) as info:
        import_package(pkg, library)
    assert info.value.code == "package.unsafe_path"
    assert snapshot(library) == []
    assert sorted(snapshot(tmp_path)) == sorted(outside_before)


def test_symlink_member_is_refused(tmp_path, library):
    pkg = make_zip(tmp_path / "p.zip", {"paket/template.toml": MANIFEST.encode()},
                   symlink="paket/link.png")
    with pytest.raises(PackageError, match="link"):
        import_package(pkg, library)
    assert snapshot(library) == []


def test_size_bomb_is_refused_while_reading(tmp_path, library, monkeypatch):
    import studio.template.package as package

    monkeypatch.setattr(package, "MAX_TOTAL_BYTES", 1_000_000)
    monkeypatch.setattr(package, "MAX_MEMBER_BYTES", 1_000_000)
    pkg = tmp_path / "bomb.zip"
    with zipfile.ZipFile(pkg, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("paket/template.toml", MANIFEST)
        archive.writestr("paket/big.png", b"\0" * 5_000_000)  # compresses to ~5 kB
    assert pkg.stat().st_size < 50_000
    with pytest.raises(PackageError, match="too large"):
        import_package(pkg, library)
    assert snapshot(library) == []


def test_lying_size_header_is_refused(tmp_path, library, monkeypatch):
    import studio.template.package as package

    monkeypatch.setattr(package, "MAX_MEMBER_BYTES", 1_000_000)
    monkeypatch.setattr(package, "MAX_TOTAL_BYTES", 1_000_000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("paket/template.toml", MANIFEST)
        archive.writestr("paket/big.png", b"\0" * 3_000_000)
    data = bytearray(buffer.getvalue())
    # Make the central directory claim big.png unpacks to 10 bytes.
    entry = data.rfind(b"paket/big.png") - 46
    assert data[entry:entry + 4] == b"PK\x01\x02"
    data[entry + 24:entry + 28] = (10).to_bytes(4, "little")
    pkg = tmp_path / "liar.zip"
    pkg.write_bytes(bytes(data))
    with pytest.raises(PackageError):
        import_package(pkg, library)
    assert snapshot(library) == []


def test_too_many_members(tmp_path, library, monkeypatch):
    import studio.template.package as package

    monkeypatch.setattr(package, "MAX_MEMBERS", 5)
    members = {"paket/template.toml": MANIFEST.encode()}
    members.update({f"paket/{i}.png": b"x" for i in range(10)})
    with pytest.raises(PackageError, match="too many"):
        import_package(make_zip(tmp_path / "p.zip", members), library)


def test_not_a_zip_and_no_manifest(tmp_path, library):
    bad = tmp_path / "bad.zip"
    bad.write_text("not a zip")
    with pytest.raises(PackageError, match=r"not a valid \.zip"):
        import_package(bad, library)
    empty = make_zip(tmp_path / "e.zip", {"readme.txt": b"hi"})
    with pytest.raises(PackageError, match=r"no template\.toml"):
        import_package(empty, library)


def test_invalid_template_inside_is_reported(tmp_path, library):
    broken = MANIFEST.replace('type = "media"', 'type = "hologram"')
    with pytest.raises(PackageError, match="invalid"):
        import_package(make_zip(tmp_path / "p.zip", {"paket/template.toml": broken.encode()}),
                       library)
    assert snapshot(library) == []


def test_clash_asks_and_replace_keeps_old_in_trash(tmp_path, library):
    import_package(make_zip(tmp_path / "a.zip", {"paket/template.toml": MANIFEST.encode()}),
                   library)
    newer = MANIFEST.replace('version = "1.0.0"', 'version = "1.1.0"')
    pkg = make_zip(tmp_path / "b.zip", {"paket/template.toml": newer.encode()})
    with pytest.raises(PackageError) as info:
        import_package(pkg, library)
    assert info.value.code == "package.exists"
    assert info.value.params["clash"].existing_version == "1.0.0"
    assert info.value.params["clash"].new_version == "1.1.0"
    assert load_template(library / "paket").template.version == "1.0.0"
    import_package(pkg, library, replace=True)
    assert load_template(library / "paket").template.version == "1.1.0"
    trashed = list((library / ".trash").iterdir())
    assert len(trashed) == 1  # the old version is kept, recoverable
    assert "1.0.0" in (trashed[0] / "template.toml").read_text()


def test_export_then_import_roundtrip(tmp_path, library):
    loaded = load_template(write_template(tmp_path / "src" / "uji"))
    pkg = export_package(loaded, tmp_path / "uji.zip")
    again = import_package(pkg, library)
    assert again.template == loaded.template
    with pytest.raises(PackageError):
        export_package(loaded, pkg)  # exists: not overwritten without asking
