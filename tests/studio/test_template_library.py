"""The template library's folders: duplicate, create, delete to the trash and restore, assets."""

from __future__ import annotations

import pytest
from PIL import Image

from studio.errors import EditError
from studio.template.library import (
    TRASH,
    copy_template_asset,
    create_template_folder,
    delete_template,
    duplicate_template,
    restore_from_trash,
    trash_entries,
)
from studio.template.loader import load_template
from tests.studio.helpers import starter_template as starter
from tests.studio.helpers import write_template


def test_duplicate_delete_and_restore(tmp_path):
    lib = tmp_path / "lib"
    source = load_template(write_template(tmp_path / "asli" / "asli"))
    copy = duplicate_template(source, lib, name="Salinan")
    assert copy.id == "asli-salinan" and copy.template.name == "Salinan"
    assert copy.template.layers == source.template.layers
    again = duplicate_template(source, lib)
    assert again.id == "asli-salinan-2"
    with pytest.raises(EditError):
        delete_template(source, lib)  # not in the user library: built-in
    trashed = delete_template(copy, lib)
    assert not copy.folder.exists() and trashed.exists()
    assert trash_entries(lib) == [trashed] and trashed.parent.name == TRASH
    restored = restore_from_trash(trashed, lib)
    assert restored.template == copy.template


def test_template_asset_is_copied_with_a_safe_name(tmp_path):
    png = tmp_path / "Logo Acara (final).png"
    Image.new("RGBA", (20, 10), (255, 0, 0, 128)).save(png)
    folder = tmp_path / "tpl"
    rel = copy_template_asset(folder, png)
    assert rel == "aset/Logo-Acara-final.png" and (folder / rel).is_file()
    assert copy_template_asset(folder, png) == "aset/Logo-Acara-final-2.png"
    bad = tmp_path / "bukan.png"
    bad.write_bytes(b"not an image")
    with pytest.raises(EditError):
        copy_template_asset(folder, bad)


def test_create_refuses_an_existing_folder(tmp_path):
    created = create_template_folder(starter(), tmp_path)
    assert created.template == starter()
    with pytest.raises(EditError):
        create_template_folder(starter(), tmp_path)
