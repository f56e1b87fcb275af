"""Export: metadata policy, size targets and atomic writes (names: test_naming.py)."""

from __future__ import annotations

import errno
import os

import pytest
from PIL import Image

from studio.errors import ExportError
from studio.export import (
    EXIF_ARTIST,
    EXIF_COPYRIGHT,
    encode_image,
    write_atomic,
)
from tests.studio.helpers import noisy_photo


def _open(data: bytes) -> Image.Image:
    import io

    return Image.open(io.BytesIO(data))


def test_jpeg_carries_no_exif_and_no_gps_by_default():
    encoded = encode_image(noisy_photo(400, 300), "jpeg")
    image = _open(encoded.data)
    assert image.format == "JPEG"
    assert dict(image.getexif()) == {}
    assert "exif" not in image.info
    assert image.info.get("progressive") or image.info.get("progression")


def test_credit_is_the_only_metadata():
    encoded = encode_image(noisy_photo(400, 300), "jpeg", credit="Diskominfo Kota Cimahi")
    exif = _open(encoded.data).getexif()
    assert exif[EXIF_ARTIST] == "Diskominfo Kota Cimahi"
    assert exif[EXIF_COPYRIGHT] == "Diskominfo Kota Cimahi"
    assert 0x8825 not in exif  # GPS IFD
    assert set(exif) == {EXIF_ARTIST, EXIF_COPYRIGHT}


def test_source_gps_never_reaches_the_output(tmp_path):
    from studio.media import open_photo

    source = tmp_path / "gps.jpg"
    exif = Image.Exif()
    exif[0x8825] = {1: "S", 2: (6.0, 53.0, 0.0)}
    exif[0x010F] = "KameraX"
    noisy_photo(300, 200).save(source, exif=exif.tobytes())
    assert Image.open(source).getexif().get(0x8825) is not None
    photo = open_photo(source)
    encoded = encode_image(photo.image, "jpeg")
    assert dict(_open(encoded.data).getexif()) == {}


def test_max_bytes_is_met_by_searching_quality():
    image = noisy_photo(1600, 1200)
    full = encode_image(image, "jpeg", quality=95)
    limit = len(full.data) // 2
    small = encode_image(image, "jpeg", quality=95, max_bytes=limit)
    assert len(small.data) <= limit
    assert small.quality is not None and small.quality < 95


def test_impossible_size_target_is_a_clear_error():
    with pytest.raises(ExportError, match="cannot get under"):
        encode_image(noisy_photo(1600, 1200), "jpeg", max_bytes=2000)


def test_png_export():
    encoded = encode_image(noisy_photo(100, 100), "png")
    assert _open(encoded.data).format == "PNG"


def test_never_overwrites_unless_asked(tmp_path):
    target = tmp_path / "a.jpg"
    target.write_bytes(b"milik pengguna")
    with pytest.raises(ExportError) as info:
        write_atomic(target, b"baru")
    assert info.value.code == "export.exists"
    assert target.read_bytes() == b"milik pengguna"
    write_atomic(target, b"baru", overwrite=True)
    assert target.read_bytes() == b"baru"


def test_failure_mid_write_leaves_nothing(tmp_path):
    target = tmp_path / "out" / "a.jpg"

    def half_then_fail(tmp):
        tmp.write_bytes(b"x" * 1000)
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError) as info:
        write_atomic(target, half_then_fail)
    assert info.value.code == "export.disk_full"
    assert "disk is full" in info.value.message
    assert list((tmp_path / "out").iterdir()) == []


def test_full_disk_during_bytes_write(tmp_path, monkeypatch):
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: Full(real_fdopen(fd, mode)))
    with pytest.raises(ExportError, match="disk is full"):
        write_atomic(tmp_path / "a.jpg", b"data")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0,
                    reason="root ignores permissions; Windows has no chmod read-only dirs")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError) as info:
            write_atomic(folder / "a.jpg", b"x")
        assert info.value.code == "export.read_only"
    finally:
        folder.chmod(0o700)


def test_read_only_error_is_translated(tmp_path, monkeypatch):
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError) as info:
        write_atomic(tmp_path / "a.jpg", b"x")
    assert info.value.code == "export.read_only"
    assert "choose another output folder" in info.value.hint
