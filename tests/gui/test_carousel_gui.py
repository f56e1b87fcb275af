"""The export step's "Satu post per foto" / "Carousel" choice and the clip's "Jadikan sampul"."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.gui.conftest import write_clip, write_photo
from tests.gui.test_flow import choose_platforms, drop_files, start_new_event

PORTRAIT = "instagram_portrait"
STORY = "instagram_story"


def test_carousel_choice_is_stored_and_exports_numbered_pages(window, qtbot, tmp_path,
                                                             fake_dialogs):
    start_new_event(window, qtbot)
    session = window.session
    production = window.production
    session.set_template("liputan-kegiatan")
    qtbot.keyClicks(production.form.editor("judul"), "Rapat Koordinasi Kehumasan")
    folder = tmp_path / "foto"
    folder.mkdir()
    photos = [write_photo(folder / f"kegiatan-{i}.jpg", (600, 400), seed=i) for i in (1, 2)]
    drop_files(production.media.view, photos)
    qtbot.waitUntil(lambda: not session.is_loading(), timeout=20000)
    choose_platforms(window, {PORTRAIT, STORY})

    production.show_export()
    export = production.export
    mode = export.post_mode
    assert mode.isVisible()
    # Indonesian by default, with the glossary's words.
    assert mode.single.text() == "Satu post per foto"
    assert mode.carousel.text().startswith("Carousel")
    assert mode.single.isChecked() and not mode.closing.isVisible()
    qtbot.mouseClick(mode.carousel, Qt.MouseButton.LeftButton)
    assert session.project.export.carousel is True
    assert mode.closing.isVisible() and mode.closing.isChecked()
    assert "Instagram Feed 4:5" in mode.note.text()
    # 2 photos + cover + closing on the feed, 2 single stories (counted by the
    # engine's own plan, off the UI thread).
    qtbot.waitUntil(lambda: export.summary.text() == "6 berkas akan dibuat", timeout=10000)
    qtbot.mouseClick(mode.closing, Qt.MouseButton.LeftButton)
    assert session.project.export.carousel_closing is False
    qtbot.waitUntil(lambda: export.summary.text() == "5 berkas akan dibuat", timeout=10000)

    output = tmp_path / "hasil"
    fake_dialogs.output = output
    qtbot.mouseClick(export.folder_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(export.exportFinished, timeout=60000) as finished:
        qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert report is not None and not report.problems
    feed = sorted(p.name for p in (output / PORTRAIT).iterdir())
    assert feed == ["01-sampul.jpg", "02-kegiatan-1.jpg", "03-kegiatan-2.jpg", "caption.txt"]
    assert sorted(p.name for p in (output / STORY).iterdir()) == [
        "caption.txt", "kegiatan-1.jpg", "kegiatan-2.jpg"]
    # Back to one post per photo: the choice is the event's, undone like any edit.
    # (on its indicator: a radio button takes clicks on its indicator and words only)
    qtbot.mouseClick(mode.single, Qt.MouseButton.LeftButton, pos=QPoint(8, 11))
    assert session.project.export.carousel is False
    assert not mode.closing.isVisible()


def test_english_words_of_the_choice(window, qtbot):
    from gui.i18n import install_language

    start_new_event(window, qtbot)
    install_language("en")
    mode = window.production.export.post_mode
    qtbot.waitUntil(lambda: mode.single.text() == "One post per photo", timeout=5000)
    assert mode.carousel.text() == "Carousel — several photos in one post"


def test_use_as_cover_stores_the_moment_in_the_event(window, qtbot, tmp_path, fake_dialogs):
    clip = write_clip(tmp_path / "klip.mp4", seconds=2.0)
    if clip is None:
        return
    start_new_event(window, qtbot)
    session = window.session
    production = window.production
    fake_dialogs.media = [clip]
    qtbot.mouseClick(production.media.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not session.is_loading(), timeout=20000)
    production.media.select_row(0)
    scrubber = production.preview.scrubber
    assert scrubber.isVisible()
    assert scrubber.cover_button.text() == "Jadikan sampul"
    assert not scrubber.cover_reset.isEnabled()
    scrubber.set_position(1.2)
    qtbot.mouseClick(scrubber.cover_button, Qt.MouseButton.LeftButton)
    assert session.project.media[0].cover_at == 1.2
    assert "0:01" in scrubber.cover_label.text()
    qtbot.mouseClick(scrubber.cover_reset, Qt.MouseButton.LeftButton)
    assert session.project.media[0].cover_at is None


def _pixels(preview) -> list[int]:
    image = preview.image.convertToFormat(preview.image.Format.Format_RGB888)
    small = image.scaled(40, 50)
    return [small.pixelColor(x, y).red() + small.pixelColor(x, y).green()
            for y in range(small.height()) for x in range(small.width())]


def _difference(a: list[int], b: list[int]) -> float:
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def test_preview_shows_the_carousel_pages(window, qtbot, tmp_path):
    start_new_event(window, qtbot)
    session = window.session
    production = window.production
    session.set_template("pengumuman")  # every shipped template makes carousels
    folder = tmp_path / "foto"
    folder.mkdir()
    photos = [write_photo(folder / f"acara-{i}.jpg", (600, 400), seed=i) for i in (1, 2, 3)]
    drop_files(production.media.view, photos)
    qtbot.waitUntil(lambda: not session.is_loading(), timeout=20000)
    choose_platforms(window, {PORTRAIT, STORY})
    preview = production.preview
    preview.set_platform(PORTRAIT)
    production.media.select_row(1)
    portrait, story = (session.resources.platforms[p] for p in (PORTRAIT, STORY))
    assert preview.carousel_page(portrait) is None  # one post per photo
    assert not preview.page_combo.isVisibleTo(preview)

    session.set_export_options(carousel=True)
    assert preview.page_combo.isVisibleTo(preview)
    assert [preview.page_combo.itemText(i) for i in range(preview.page_combo.count())] == [
        "Slide foto ini", "Sampul", "Halaman penutup"]
    # The second photo is page 3 of 5 (cover, three slides, closing), as exported;
    # a story is still one post per photo.
    assert preview.carousel_page(portrait) == ("slide", 3, 5, 0)
    assert preview.carousel_page(story) is None

    def shown(choice: int) -> list[int]:
        # A render asked for before the choice (or one waiting for a photo's proxy)
        # may land after it: wait until the page on screen is the page chosen.
        preview.page_combo.setCurrentIndex(choice)
        preview.page_combo.activated.emit(choice)
        wanted = preview.carousel_page(portrait)

        def on_screen() -> bool:
            image = preview.canvas.preview
            return image is not None and image.tag == wanted

        qtbot.waitUntil(on_screen, timeout=20000)
        return _pixels(preview.canvas.preview)

    slide = shown(0)
    # The cover shows the carousel's first photo, not the one selected: with its
    # preview copy not decoded yet, the preview comes back to it once it is.
    session._proxies.pop(photos[0], None)
    cover, closing = shown(1), shown(2)
    assert preview.carousel_page(portrait) == ("closing", 5, 5, 0)
    # Three different pages: the photo with a small logo, the design, no photo at all.
    assert min(_difference(slide, cover), _difference(slide, closing),
               _difference(cover, closing)) > 10
    # No closing page asked for: the choice is gone and the slide shows again.
    session.set_export_options(carousel_closing=False)
    assert preview.page_combo.count() == 2
    assert preview.carousel_page(portrait) == ("slide", 3, 4, 0)
