"""The Qt item models over core lists pass Qt's model checks and stay in sync."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from gui.jobs.export import ExportProblem
from gui.models import (
    MediaListModel,
    PlatformListModel,
    ProblemListModel,
    RecentEventsModel,
    Roles,
    TemplateListModel,
)
from gui.resources import Resources
from gui.session import EventSession
from studio.brand import default_brand
from studio.errors import ExportError, MediaError
from studio.platforms import load_platforms
from studio.project import MediaItem
from studio.template import default_library


def _session() -> EventSession:
    return EventSession(Resources(default_library(), default_brand(), load_platforms()))


def test_media_model_follows_the_session(app, qtbot, qtmodeltester, photos, broken_photo):
    session = _session()
    model = session.media_model
    qtmodeltester.check(model)
    session.add_media([*photos, broken_photo])
    assert model.rowCount() == 4
    qtbot.waitUntil(lambda: not session.is_loading(), timeout=10000)
    qtmodeltester.check(model)
    assert model.state(0).status == "ready"
    assert model.state(3).status == "error"
    assert model.index(3).data(Roles.ERROR).message  # translated, not empty
    assert model.index(0).data(Qt.ItemDataRole.DecorationRole) is not None
    session.set_focus(1, (0.25, 0.75))
    assert model.index(1).data(Roles.ITEM).focus == (0.25, 0.75)
    session.remove_media([0, 2])
    qtmodeltester.check(model)
    assert [model.item(r).path.name for r in range(model.rowCount())] == [
        photos[1].name, broken_photo.name]
    # The same file twice is one item.
    assert session.add_media([photos[1]]) == 0


def test_template_model(app, qtmodeltester):
    library = default_library()
    model = TemplateListModel(list(library.templates.values()))
    qtmodeltester.check(model)
    assert model.rowCount() == len(library.templates)
    row = model.row_of("liputan-kegiatan")
    assert model.index(row).data(Roles.KEY) == "liputan-kegiatan"


def test_platform_model_checks_are_the_event_platforms(app, qtmodeltester):
    session = _session()
    model = PlatformListModel(session.resources.platforms.values())
    model.set_chosen(session.project.platforms)
    model.choiceEdited.connect(session.set_platforms)
    session.platformsChanged.connect(lambda: model.set_chosen(session.project.platforms))
    qtmodeltester.check(model)
    row = model.row_of("youtube_thumbnail")
    index = model.index(row)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "youtube_thumbnail" in session.project.platforms
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_problem_and_recent_models(app, qtmodeltester, tmp_path):
    problems = ProblemListModel()
    qtmodeltester.check(problems)
    platforms = load_platforms()
    problems.set_problems([
        ExportProblem(Path("a.jpg"), "x_post", ExportError("the disk is full",
                                                          code="export.disk_full")),
        ExportProblem(Path("b.jpg"), None, MediaError("bad", code="media.something_new")),
    ], platforms)
    qtmodeltester.check(problems)
    first = problems.index(0).data()
    assert "a.jpg" in first and "Disk penuh." in first and "X (Twitter)" in first
    # An unknown code falls back to its family, still in Indonesian.
    assert "tidak dapat dipakai" in problems.index(1).data()

    existing = tmp_path / "rapat.kegiatan.toml"
    existing.write_text("schema = 1\n")
    recent = RecentEventsModel([existing, tmp_path / "hilang.kegiatan.toml"])
    qtmodeltester.check(recent)
    assert recent.index(0).data().startswith("rapat")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from("abcdefg"), unique=True, max_size=7),
       st.lists(st.sampled_from("abcdefg"), unique=True, max_size=7),
       st.sets(st.sampled_from("abcdefg")))
def test_media_model_moves_rows_not_the_whole_list(app, before, after, focused):
    """Rows inserted and removed by the model's signals turn the old list into the new one."""
    def items(names):
        return [MediaItem(Path(f"/foto/{n}.jpg"), focus=(0.5, 0.5) if n in focused else None)
                for n in names]

    model = MediaListModel()
    model.reset(items(before))
    # A view that follows only the signals: it must end up showing the new list.
    mirror = [model.item(r) for r in range(model.rowCount())]
    model.rowsAboutToBeRemoved.connect(lambda _p, first, last: mirror.__delitem__(
        slice(first, last + 1)))
    model.rowsInserted.connect(lambda _p, first, last: mirror.__setitem__(
        slice(first, first), [model.item(r) for r in range(first, last + 1)]))
    model.dataChanged.connect(lambda a, b, *_: mirror.__setitem__(
        slice(a.row(), b.row() + 1), [model.item(r) for r in range(a.row(), b.row() + 1)]))
    model.modelReset.connect(lambda: pytest.fail("a reset loses the view's selection"))
    new = [item.with_focus((0.1, 0.9)) if i % 2 else item for i, item in enumerate(items(after))]
    model.set_items(new)
    assert [model.item(r) for r in range(model.rowCount())] == new
    assert mirror == new
