"""A designer's saved template or brand kit reaches the PIC's open event at once."""

from __future__ import annotations

import shutil

from studio.brand import default_brand
from studio.paths import TEMPLATES_DIR, user_templates_dir
from tests.gui.test_flow import start_new_event


def test_saved_template_and_brand_reach_the_production_view(window, qtbot):
    from gui.resources import app_resources

    resources = app_resources()
    assert resources is window.session.resources  # one object for the whole app
    start_new_event(window, qtbot)
    gallery = window.production.gallery
    before = gallery.model.rowCount()
    # A designer saves a new template into the user's library...
    target = user_templates_dir() / "kopi-darat"
    shutil.copytree(TEMPLATES_DIR / "ucapan", target)
    manifest = target / "template.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('id = "ucapan"', 'id = "kopi-darat"', 1)
                        .replace('name = "Ucapan"', 'name = "Kopi Darat"', 1), encoding="utf-8")
    resources.reload_library()
    qtbot.waitUntil(lambda: gallery.model.rowCount() == before + 1, timeout=30000)
    assert gallery.model.row_of("kopi-darat") >= 0
    assert "kopi-darat" in window.session.resources.library.templates
    # ...and a changed brand kit is what the event renders with from now on.
    changed = default_brand().with_color("primary_dark", "#401010")
    replaced = []
    window.session.projectReplaced.connect(lambda: replaced.append(True))
    resources.set_brand(changed)
    assert window.session.resources.brand.colors["primary_dark"] == "#401010"
    assert replaced  # the event's views start over with the new kit
