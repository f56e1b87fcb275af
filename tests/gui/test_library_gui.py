"""The shared library in the app: Settings' folders, the updates window on start with one-click
update and rollback, refusals that name the signer, official marks, the event's version line,
and the designer's publish and new-key dialogs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from gui.library import sources_panel
from gui.library.badges import badge_text
from gui.library.publish_dialog import NewKeyDialog, PublishDialog
from gui.library.sources_panel import SourcesPanel
from studio.library.keys import generate_key, own_key_files, save_key_pair
from studio.library.publish import publish_template
from studio.library.share import list_published
from studio.library.sources import add_source
from studio.library.sync import sync_library
from studio.project import new_project
from studio.template import default_library
from tests.studio.library_helpers import Actor, builtin, make_key, rewrite_zip, trust_as

RINA = "Desainer Diskominfo - Rina"


@pytest.fixture
def shared(tmp_path):
    """A share with pengumuman 1.1.0 (in use here) and 1.2.0 waiting, signed by Rina."""
    share = tmp_path / "share"
    share.mkdir()
    designer = Actor(tmp_path / "designer")
    key = make_key(RINA)
    pic = Actor(Path(os.environ["STUDIO_KONTEN_HOME"]))
    trust_as(pic, key)
    add_source(share, "Pustaka Diskominfo")
    with designer.active():
        publish_template(builtin("pengumuman"), key, share, version="1.1.0",
                         notes="Pita tanggal baru")
    sync_library()
    with designer.active():
        publish_template(builtin("pengumuman"), key, share, version="1.2.0",
                         notes="Judul lebih besar di 9:16")
    return share, designer, key


def version_in_use(template_id: str = "pengumuman") -> str:
    return default_library().get(template_id).template.version


def test_start_shows_updates_with_notes_and_updates_in_one_click(shared, window, qtbot):
    controller = window.library_controller
    qtbot.waitUntil(lambda: controller.report is not None, timeout=30000)
    dialog = window.library_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=30000)
    text = " ".join(label.text() for label in dialog.body.findChildren(type(dialog.status)))
    assert "Judul lebih besar di 9:16" in text and RINA in text
    assert "1.1.0 → 1.2.0" in text
    assert window.library_status.text().count("1 pembaruan")
    with qtbot.waitSignal(controller.changed, timeout=30000):
        dialog.update_buttons[("template", "pengumuman")].click()
    assert version_in_use() == "1.2.0"
    assert window.session.resources.library.get("pengumuman").template.version == "1.2.0"
    assert "versi 1.2.0" in dialog.message.text()
    with qtbot.waitSignal(controller.changed, timeout=30000):
        dialog.rollback_buttons[("template", "pengumuman")].click()
    assert version_in_use() == "1.1.0"


@pytest.fixture
def tampered(shared):
    """Someone changed one byte of an asset in 1.2.0 on the share (before the app starts)."""
    share = shared[0]
    package = share / "templates" / "pengumuman" / "pengumuman-1.2.0.zip"
    rewrite_zip(package, lambda name, data: data + b"\0" if name.endswith("pola-titik.png")
                else data)
    return shared


def test_a_refused_package_says_who_signed_and_why(tampered, window, qtbot):
    controller = window.library_controller
    qtbot.waitUntil(lambda: controller.report is not None, timeout=30000)
    dialog = window.library_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=30000)
    refusals = [w.text() for w in dialog.body.findChildren(type(dialog.status), "refusal")]
    assert len(refusals) == 1
    assert f"pola-titik.png diubah setelah {RINA} menandatangani paket" in refusals[0]
    assert "Pengumuman versi 1.2.0 ditolak" in refusals[0]
    assert dialog.update_buttons == {}  # nothing to update: the tampered version is not here


def test_an_untrusted_signer_is_named_in_the_refusal(tmp_path, window, qtbot):
    share = tmp_path / "share"
    share.mkdir()
    with Actor(tmp_path / "stranger").active():
        publish_template(builtin("ucapan"), make_key("Budi"), share, version="2.0.0")
    add_source(share)
    controller = window.library_controller
    with qtbot.waitSignal(controller.synced, timeout=30000):
        controller.sync()
    dialog = window.library_dialog
    [refusal] = [w.text() for w in dialog.body.findChildren(type(dialog.status), "refusal")]
    assert "Ditandatangani Budi (kunci " in refusal
    assert "kunci yang tidak dipercaya komputer ini" in refusal


def test_settings_lists_folders_with_their_status(app, qtbot, tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr(sources_panel, "choose_library_folder", lambda parent, start=None: share)
    panel = SourcesPanel()
    qtbot.addWidget(panel)
    panel.resize(560, 300)
    with qtbot.waitSignal(panel.controller.synced, timeout=30000):
        panel.add_button.click()
    assert panel.list.count() == 1
    assert "Terjangkau" in panel.list.item(0).text()
    share.rename(tmp_path / "gone")
    with qtbot.waitSignal(panel.controller.synced, timeout=30000):
        panel.check_button.click()
    assert "bekerja dari salinan lokal" in panel.list.item(0).text()
    assert "salinan lokal" in panel.message.text()
    panel.list.setCurrentRow(0)
    panel.remove_button.click()
    assert panel.list.count() == 0


def test_the_event_keeps_its_version_until_the_pic_updates_it(shared, window, qtbot):
    controller = window.library_controller
    qtbot.waitUntil(lambda: controller.report is not None, timeout=30000)
    window.library_dialog.close()
    session = window.session
    session.adopt(new_project("Rapat", "pengumuman", Path("hasil")).with_template_versions(
        {"pengumuman": "1.1.0"}), dirty=False)
    with qtbot.waitSignal(controller.changed, timeout=30000):
        controller.update("template", "pengumuman")
    bar = window.event_versions
    assert not bar.isHidden()
    assert "versi 1.1.0" in bar.text.text() and "1.2.0" in bar.text.text()
    assert session.loaded_template.template.version == "1.1.0"  # preview and export
    bar.button.click()
    assert session.loaded_template.template.version == "1.2.0"
    assert dict(session.project.template_versions) == {"pengumuman": "1.2.0"}
    assert bar.isHidden() and session.is_dirty


def test_gallery_and_designer_library_mark_official_templates(window):
    library = window.session.resources.library
    own = library.user_dir / "kopi"
    shutil.copytree(builtin("ucapan").folder, own)
    text = (own / "template.toml").read_text(encoding="utf-8")
    (own / "template.toml").write_text(text.replace('id = "ucapan"', 'id = "kopi"', 1),
                                       encoding="utf-8")
    window.session.resources.reload_library()
    assert badge_text(library.origin("ucapan")) == "Resmi"
    assert badge_text(library.origin("kopi")) == "Tidak resmi"
    from gui.designer.library_window import IdRole, OriginRole, TemplateLibraryWindow

    designer = TemplateLibraryWindow()  # the app's resources: this test's user folder
    try:
        model = designer.model
        rows = {model.data(model.index(r), IdRole): model.data(model.index(r), OriginRole)
                for r in range(model.rowCount())}
        assert rows["ucapan"].official and rows["ucapan"].kind == "built-in"
        assert not rows["kopi"].official and rows["kopi"].kind == "local"
        designer.select("ucapan")
        assert not designer.actions_by_name["delete"].isEnabled()
    finally:
        designer.close()


def test_publish_dialog_signs_with_a_passphrase(app, qtbot, tmp_path):
    share = tmp_path / "share"
    share.mkdir()
    add_source(share, "Pustaka")
    key = generate_key(RINA)
    from studio.library.keys import user_keys_dir

    save_key_pair(key, user_keys_dir(), "kalimat rahasia panjang")
    dialog = PublishDialog(builtin("undangan"))
    qtbot.addWidget(dialog)
    current = builtin("undangan").template.version  # the shipped template's own version
    qtbot.waitUntil(lambda: dialog.version.text() == current, timeout=10000)
    assert dialog.passphrase.isEnabled()
    dialog.version.setText("9.1.0")
    dialog.notes.setPlainText("Peta lokasi baru")
    dialog.passphrase.setText("salah sekali")
    dialog.publish()
    # The outcome arrives as a message (the worker may finish before anyone listens).
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Frasa sandi salah"),
                    timeout=30000)
    qtbot.waitUntil(dialog.publish_button.isEnabled, timeout=30000)
    dialog.passphrase.setText("kalimat rahasia panjang")
    dialog.publish()
    qtbot.waitUntil(lambda: dialog.published is not None, timeout=30000)
    assert dialog.published is not None
    assert [p.version for p in list_published(share)] == ["9.1.0"]
    assert "Diterbitkan versi 9.1.0" in dialog.message.text()
    assert "belum memercayai kunci Anda" in dialog.message.text()  # not trusted here yet
    assert not dialog.publish_button.isEnabled()


def test_new_key_dialog_makes_a_key_pair(app, qtbot):
    dialog = NewKeyDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText(RINA)
    dialog.passphrase.setText("kalimat rahasia panjang")
    dialog.again.setText("kalimat lain")
    assert dialog.create() is None and "berbeda" in dialog.message.text()
    dialog.again.setText("kalimat rahasia panjang")
    created = dialog.create()
    assert created is not None and [k.public.name for k in own_key_files()] == [RINA]
    assert created.public.display_id in dialog.message.text()
    assert ".pubkey.toml" in dialog.message.text()


def test_designer_import_of_an_official_id_asks_before_replacing(window, qtbot, tmp_path,
                                                                 monkeypatch):
    from gui.designer import dialogs as designer_dialogs
    from gui.designer.library_window import TemplateLibraryWindow
    from studio.template.package import export_package

    package = export_package(builtin("undangan"), tmp_path / "undangan.zip")
    asked = []
    monkeypatch.setattr(designer_dialogs, "ask_use_instead_of_official",
                        lambda parent, name: asked.append(name) or True)
    designer = TemplateLibraryWindow()
    try:
        operation = designer.import_package_file(package)
        qtbot.waitUntil(lambda: not operation.is_running, timeout=30000)
        qtbot.waitUntil(lambda: bool(asked), timeout=30000)
        origin = designer.resources.library.origin("undangan")
        assert origin.kind == "local" and origin.replaces_official
    finally:
        designer.close()
