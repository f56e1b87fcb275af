"""Export: choose platforms and a folder, run it with progress and cancel, see what failed.

The export itself is one :class:`~gui.operations.Operation` over
:func:`gui.jobs.export.run_export` (the core's export engine); like
qutebrowser's download items it reports progress, then finished, failed or
cancelled, and the panel shows the result: how many files, the problems in
the officer's language (one line each, with the file and the platform) and a
button that opens the folder.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui import dialogs, operations
from gui.app_settings import AppSettings
from gui.i18n import current_language
from gui.jobs.export import ExportReport, ExportRequest, run_export, warm_workers
from gui.labels import seconds_text
from gui.models import PlatformListModel, ProblemListModel
from gui.production.post_mode import PostModeChoice
from gui.session import EventSession
from gui.theme import set_role
from studio.brand import BrandKit
from studio.errors import StudioError
from studio.job import RecapSpec
from studio.progress import CancelToken, ProgressCallback, ProgressEvent
from studio.project import Project
from studio.template.library import TemplateLibrary

# The brand intro/outro choices (studio.project.ExportOptions.intro), in menu order.
INTRO_CHOICES = ("auto", "on", "off")
DEFAULT_RECAP_SECONDS = 30
log = logging.getLogger(__name__)


class ExportPanel(QWidget):
    exportStarted = Signal()
    exportFinished = Signal(object)  # ExportReport, or None when cancelled or failed
    runningChanged = Signal(bool)
    addMediaRequested = Signal()  # the officer chose to add photos before exporting

    def __init__(self, session: EventSession, settings: AppSettings,
                 validate: Callable[[], list[str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self._validate = validate or (lambda: [])
        self._operation: operations.Operation | None = None
        self.report: ExportReport | None = None

        self._platform_heading = set_role(QLabel(), "heading")
        self.platform_model = PlatformListModel(session.resources.platforms.values(), self)
        self.platform_model.choiceEdited.connect(session.set_platforms)
        self.platform_list = QListView()
        self.platform_list.setObjectName("exportPlatforms")
        self.platform_list.setModel(self.platform_model)
        # Four rows at least (it scrolls): with the video, recap and carousel choices
        # and an export's problem list, the column must still fit 1366x728.
        self.platform_list.setMinimumHeight(110)
        self.platform_list.setSpacing(1)

        self._folder_heading = set_role(QLabel(), "heading")
        self.folder = QLineEdit()
        self.folder.setObjectName("outputFolder")
        self.folder.setReadOnly(True)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("chooseFolder")
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.overwrite = QCheckBox()
        self.overwrite.setObjectName("overwrite")
        self.overwrite.toggled.connect(self._on_overwrite_toggled)
        self.write_captions = QCheckBox()
        self.write_captions.setObjectName("writeCaptions")
        self.write_captions.toggled.connect(self._on_write_captions_toggled)
        self.post_mode = PostModeChoice(session)
        self.post_mode.changed.connect(self._update_summary)

        # Videos: the brand intro/outro, and the recap video of the event's photos.
        self._intro_label = QLabel()
        self.intro = QComboBox()
        self.intro.setObjectName("introChoice")
        self.intro.addItems(["", "", ""])
        self._intro_label.setBuddy(self.intro)
        self.intro.currentIndexChanged.connect(self._on_intro_changed)
        self.make_recap = QCheckBox()
        self.make_recap.setObjectName("makeRecap")
        self.make_recap.toggled.connect(self._on_recap_toggled)
        self.recap_seconds = QSpinBox()
        self.recap_seconds.setObjectName("recapSeconds")
        self.recap_seconds.setRange(15, 60)
        self.recap_seconds.setValue(DEFAULT_RECAP_SECONDS)
        self.recap_music = QCheckBox()
        self.recap_music.setObjectName("recapMusic")
        self.recap_music.setChecked(True)
        self._recap_options = QWidget()
        recap_box = QVBoxLayout(self._recap_options)
        recap_box.setContentsMargins(24, 0, 0, 0)
        recap_row = QHBoxLayout()
        self._recap_seconds_label = QLabel()
        self._recap_seconds_label.setBuddy(self.recap_seconds)
        recap_row.addWidget(self._recap_seconds_label)
        recap_row.addWidget(self.recap_seconds)
        recap_row.addStretch(1)
        recap_box.addLayout(recap_row)
        # Its own line: beside the length it was cut at 1366x768.
        recap_box.addWidget(self.recap_music)
        self._recap_options.setVisible(False)

        self.summary = set_role(QLabel(), "muted")
        self.summary.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        set_role(self.export_button, "primary")
        self.export_button.clicked.connect(self.start_export)

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 1000)
        self.progress_label = set_role(QLabel(), "muted")
        self.progress_label.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelExport")
        self.cancel_button.clicked.connect(self.cancel_export)
        self._progress_box = QWidget()
        progress_layout = QVBoxLayout(self._progress_box)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.setSpacing(6)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        progress_layout.addLayout(row)
        progress_layout.addWidget(self.progress_label)
        self._progress_box.setVisible(False)

        self.result = QLabel()
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        self.result.setVisible(False)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openFolder")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.open_button.setVisible(False)
        self.problem_model = ProblemListModel(self)
        self.problems = QListView()
        self.problems.setObjectName("exportProblems")
        self.problems.setModel(self.problem_model)
        self.problems.setWordWrap(True)
        self.problems.setSpacing(3)
        self.problems.setResizeMode(QListView.ResizeMode.Adjust)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setMinimumHeight(60)
        self.problems.setVisible(False)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.folder_button)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result, 1)
        result_row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self._platform_heading)
        layout.addWidget(self.platform_list, 1)
        layout.addSpacing(6)
        layout.addWidget(self._folder_heading)
        layout.addLayout(folder_row)
        layout.addWidget(self.overwrite)
        layout.addWidget(self.write_captions)
        intro_row = QHBoxLayout()
        intro_row.addWidget(self._intro_label)
        intro_row.addWidget(self.intro, 1)
        layout.addLayout(intro_row)
        layout.addWidget(self.make_recap)
        layout.addWidget(self._recap_options)
        layout.addSpacing(6)
        layout.addWidget(self.post_mode)
        layout.addSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.export_button)
        layout.addWidget(self._progress_box)
        layout.addLayout(result_row)
        layout.addWidget(self.problems, 1)

        session.platformsChanged.connect(self._on_platforms_changed)
        session.projectReplaced.connect(self._on_project_replaced)
        session.outputChanged.connect(self._on_output_changed)
        session.mediaChanged.connect(self._update_summary)
        # A photo found unreadable no longer counts; many load at once, so the
        # count is taken once they settle.
        self.planned: tuple[int, int] | None = None  # (files, items), from the engine's plan
        self._planner = operations.LatestOnly("plan", self)
        self._planner.succeeded.connect(self._show_planned)
        self._planner.failed.connect(lambda _error: self._show_planned(None))
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(100)
        self._summary_timer.timeout.connect(self._update_summary)
        session.mediaLoaded.connect(lambda _path: self._summary_timer.start())
        self._retranslate()
        self._on_project_replaced()

    # -- the export ----------------------------------------------------------------------------
    @property
    def is_running(self) -> bool:
        return self._operation is not None

    def start_export(self, take_over: bool = False) -> bool:
        """Check the event and start exporting; False (with the reason shown) if it cannot.

        ``take_over``: the officer agreed to export into a folder another event owns.
        """
        if self._operation is not None:
            return False
        missing = self._validate()
        if missing:
            self._show_result("error", self.tr("Fill in the required details first: %1")
                              .replace("%1", ", ".join(missing)))
            return False
        platforms = tuple(self._session.chosen_platforms())
        if not platforms:
            self._show_result("error", self.tr("Choose at least one platform."))
            return False
        if not self._media_question_answered():
            return False
        recap = None
        if self.make_recap.isChecked():
            recap = RecapSpec(duration=float(self.recap_seconds.value()),
                              music=self.recap_music.isChecked())
        request = ExportRequest(project=self._session.project,
                                library=self._session.event_library,
                                brand=self._session.resources.brand, platforms=platforms,
                                language=current_language(), take_over=take_over,
                                recap=recap)
        self.report = None
        self.problem_model.set_problems([], {})
        self.problems.setVisible(False)
        self.open_button.setVisible(False)
        self.result.setVisible(False)
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Starting…"))
        self._progress_box.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.export_button.setEnabled(False)
        self._set_editable(False)
        # The support log: counts, ids and file names - never the event's field values.
        log.info("export started: %d input(s), platforms %s, template %s",
                 len(request.project.active_media), ",".join(p.id for p in platforms),
                 request.project.template)
        operation = operations.Operation(run_export, request, pool_name="export")
        operation.progressed.connect(self._on_export_progressed)
        operation.succeeded.connect(self._on_export_succeeded)
        operation.failed.connect(self._on_export_failed)
        operation.cancelled.connect(self._on_export_cancelled)
        operation.finished.connect(self._on_export_finished)
        self._operation = operation
        self.exportStarted.emit()
        self.runningChanged.emit(True)
        operation.start()
        return True

    def _media_question_answered(self) -> bool:
        """True to go on. A template made for a photo, and no photo or clip that can be
        used (none added, all left out or unreadable): ask first, never export bare
        posts by surprise."""
        session = self._session
        model = session.media_model
        usable = [item for row, item in enumerate(session.project.media)
                  if not item.skip and item.path is not None
                  and model.state(row).status != "error"]
        if usable:
            return True
        try:
            template = session.loaded_template.template
        except StudioError:
            return True  # the export itself reports the missing template
        if not template.needs_media:
            return True
        answer = dialogs.ask_export_without_media(self, template.name)
        if answer == "export":
            return True
        if answer == "add":
            self.addMediaRequested.emit()
        self._show_result("warning", self.tr("Export not started: add photos or videos, or "
                                             "choose to export without a photo."))
        return False

    def cancel_export(self) -> None:
        if self._operation is not None:
            self._operation.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping after the current file…"))

    def _on_export_progressed(self, event: ProgressEvent) -> None:
        self.progress.setValue(round(event.fraction * 1000))
        parts = [self.tr("%1% done").replace("%1", str(round(event.fraction * 100)))]
        if event.item:
            parts.append(event.item)
        if event.eta_seconds is not None and event.fraction > 0.05:
            parts.append(self.tr("about %1 left").replace("%1", seconds_text(event.eta_seconds)))
        self.progress_label.setText(" · ".join(parts))

    def _on_export_succeeded(self, report: ExportReport) -> None:
        self.report = report
        written = len(report.written)
        log.info("export %s: %d file(s) written, %d kept, %d problem(s)",
                 "cancelled" if report.cancelled else "finished", written, report.kept,
                 len(report.problems))
        for problem in report.problems:
            log.warning("export: %s [%s]: %s: %s",
                        problem.source.name if problem.source is not None else "-",
                        problem.platform_id or "-", problem.error.code,
                        problem.error.one_line())
        lines = []
        if report.cancelled:
            role = "warning"
            lines.append(self._cancelled_text())
            lines.append(self.tr("%n file(s) were finished before that.", "", written))
        elif report.problems:
            role = "warning"
            lines.append(self.tr("%n file(s) written; some could not be made:", "", written))
        else:
            role = "ok"
            lines.append(self.tr("Done: %n file(s) written.", "", written))
        if report.kept:
            lines.append(self.tr("%n file(s) were already done by an earlier export and "
                                 "were kept.", "", report.kept))
        lines += self._recap_notes(report)
        self._show_result(role, " ".join(lines))
        if report.problems:
            self.problem_model.set_problems(list(report.problems),
                                            self._session.resources.platforms)
            self.problems.setVisible(True)
        self.open_button.setVisible(report.output_dir.is_dir())
        self._settings.set_last_folder("output", report.output_dir.parent)
        self.exportFinished.emit(report)

    @staticmethod
    def _recap_notes(report: ExportReport) -> list[str]:
        """What the officer must know of a recap: photos left out (named), no music."""
        from gui.error_messages import warning_text

        notes: list[str] = []
        for _, _, warning in report.warnings:
            if not warning.code.startswith("recap_"):
                continue
            text = warning_text(warning.code)
            if warning.code == "recap_skipped" and warning.subject:
                text = f"{warning.subject}: {text}"
            if text not in notes:
                notes.append(text)
        return notes

    def _cancelled_text(self) -> str:
        return self.tr("Export cancelled. Nothing half-written was left; export again to "
                       "finish the rest.")

    def _on_export_failed(self, error: StudioError) -> None:
        from gui.error_messages import describe

        log.error("export failed: %s: %s", error.code, error.one_line())
        if getattr(error, "code", "") == "batch.folder_taken":
            # Asked once the operation has finished (the panel is idle again).
            QTimer.singleShot(0, lambda: self._ask_folder_taken(error))
            return
        text = describe(error)
        self._show_result("error", text.message + (f" {text.hint}" if text.hint else ""))
        self.exportFinished.emit(None)

    def _ask_folder_taken(self, error: StudioError) -> None:
        """Another event owns the folder: its own subfolder, another folder, or share it."""
        owner = str(error.params.get("owner", ""))
        suggestion = Path(str(error.params.get("suggestion") or self._session.project.output_dir))
        answer = dialogs.ask_folder_taken(self, owner, suggestion)
        if answer == "subfolder":
            self._session.set_output_dir(suggestion)
            if self.start_export():
                return
        elif answer == "share":
            if self.start_export(take_over=True):
                return
        elif answer == "choose":
            before = self._session.project.output_dir
            self._on_folder_clicked()
            if self._session.project.output_dir != before and self.start_export():
                return
            self._show_result("warning", self.tr("Export not started: choose an output "
                                                 "folder for this event."))
        else:
            self._show_result("warning", self.tr("Export not started: the folder holds "
                                                 "another event's files."))
        self.exportFinished.emit(None)

    def _on_export_cancelled(self) -> None:
        log.info("export cancelled")
        self._show_result("warning", self._cancelled_text())
        self.open_button.setVisible(self._session.project.output_dir.is_dir())
        self.exportFinished.emit(None)

    def _on_export_finished(self) -> None:
        self._operation = None
        self._progress_box.setVisible(False)
        self.export_button.setEnabled(True)
        self._set_editable(True)
        self.runningChanged.emit(False)

    def _show_result(self, role: str, text: str) -> None:
        set_role(self.result, role)
        self.result.setText(text)
        self.result.setVisible(True)

    def _set_editable(self, editable: bool) -> None:
        for widget in (self.platform_list, self.folder_button, self.overwrite,
                       self.write_captions, self.intro, self.make_recap, self._recap_options,
                       self.post_mode):
            widget.setEnabled(editable)

    # -- choices -------------------------------------------------------------------------------
    def _on_folder_clicked(self) -> None:
        start = self._session.project.output_dir
        folder = dialogs.choose_output_folder(self, start if start.is_dir() else
                                              self._settings.last_folder("output"))
        if folder is not None:
            self._session.set_output_dir(folder)

    def _on_overwrite_toggled(self, on: bool) -> None:
        self._session.set_export_options(overwrite=on)

    def _on_write_captions_toggled(self, on: bool) -> None:
        self._session.set_export_options(captions=on)

    def _on_intro_changed(self, index: int) -> None:
        if 0 <= index < len(INTRO_CHOICES):
            self._session.set_export_options(intro=INTRO_CHOICES[index])

    def _on_recap_toggled(self, on: bool) -> None:
        self._recap_options.setVisible(on)
        self._update_summary()

    def _on_open_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._session.project.output_dir)))

    def _on_platforms_changed(self) -> None:
        self.platform_model.set_chosen(self._session.project.platforms)
        self._update_summary()

    def _on_output_changed(self) -> None:
        project = self._session.project
        self.folder.setText(str(project.output_dir))
        self.folder.setToolTip(str(project.output_dir))
        self.folder.setCursorPosition(0)
        for box, value in ((self.overwrite, project.export.overwrite),
                           (self.write_captions, project.export.captions)):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.intro.blockSignals(True)
        self.intro.setCurrentIndex(INTRO_CHOICES.index(project.export.intro))
        self.intro.blockSignals(False)

    def _on_project_replaced(self) -> None:
        self.platform_model.set_chosen(self._session.project.platforms)
        self._on_output_changed()
        self._update_summary()
        self.result.setVisible(False)
        self.problems.setVisible(False)
        self.open_button.setVisible(False)

    def _update_summary(self) -> None:
        """Count what an export would make now, off the UI thread (a big event's plan
        takes a moment); the summary shows it when the count arrives. A recap reel is
        one video per platform from the event's photos."""
        session = self._session
        platforms = [p.id for p in session.chosen_platforms()]
        self.export_button.setEnabled(self._operation is None and bool(platforms))
        if self.make_recap.isChecked():
            project = session.project
            self.planned = None
            photos = self.tr("%n item(s)", "", len(project.active_media))
            videos = self.tr("%n recap video(s) will be made", "", len(platforms))
            self.summary.setText(self.tr("%1 from %2, one per platform")
                                 .replace("%1", videos).replace("%2", photos))
            return
        model = session.media_model
        unusable = frozenset(item.path for row, item in enumerate(session.project.media)
                             if item.path is not None and model.state(row).status == "error")
        self._planner.submit(count_planned, session.project, tuple(platforms),
                             session.resources.brand, session.event_library, unusable)

    def _show_planned(self, planned: tuple[int, int] | None) -> None:
        if self.make_recap.isChecked():
            return  # the recap's own summary stands (a count planned before the switch)
        self.planned = planned
        platforms = len(self._session.chosen_platforms())
        if planned is None:
            self.summary.setText("")
        elif planned[0] == 0 and platforms:
            self.summary.setText(self.tr("No file can be made: no photo or video can be used."))
        else:
            files, items = planned
            text = self.tr("%n file(s) will be made", "", files)
            media = self.tr("%n item(s)", "", items)
            sizes = self.tr("%n platform(s)", "", platforms)
            # A carousel's pages are not items × platforms: the count alone.
            self.summary.setText(text if self._session.project.export.carousel
                                 else f"{text} ({media} × {sizes})")

    # -- language ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self._platform_heading.setText(self.tr("Platforms"))
        self._folder_heading.setText(self.tr("Output folder"))
        self.folder_button.setText(self.tr("Change…"))
        self.overwrite.setText(self.tr("Replace existing files"))
        self.write_captions.setText(self.tr("Also save the captions as text files"))
        self._intro_label.setText(self.tr("Video intro and outro:"))
        for index, text in enumerate((self.tr("As the platform suits"),
                                      self.tr("Always, whole"), self.tr("None"))):
            self.intro.setItemText(index, text)
        self.intro.setToolTip(self.tr("The brand kit's opening and closing clips around "
                                      "every video. As the platform suits: short on Reels, "
                                      "TikTok and Shorts, none on Stories and WhatsApp "
                                      "status, whole elsewhere."))
        self.make_recap.setText(self.tr("Recap video: all photos in one video"))
        self.make_recap.setToolTip(self.tr("One vertical video per platform from the event's "
                                           "photos and short clips, with the brand intro, "
                                           "outro and title"))
        self._recap_seconds_label.setText(self.tr("Length:"))
        self.recap_seconds.setSuffix(self.tr(" s"))
        self.recap_music.setText(self.tr("Music from the brand kit"))
        self.export_button.setText(self.tr("Export all"))
        self.export_button.setToolTip(self.tr("Make every file (Ctrl+E)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.open_button.setText(self.tr("Open folder"))
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.platform_model.refresh()
        super().changeEvent(event)

    def output_dir(self) -> Path:
        return self._session.project.output_dir


def count_planned(project: Project, platforms: tuple[str, ...], brand: BrandKit,
                  library: TemplateLibrary, unusable: frozenset[Path], *,
                  progress: ProgressCallback, cancel: CancelToken) -> tuple[int, int]:
    """(files, items) an export of ``project`` would make: the engine's own plan, less
    what cannot be made - a missing file, a clip for a photo-only template, a photo
    the app already found unreadable (``unusable``). Starts the photo workers the
    export will use, too."""
    if not platforms:
        return 0, 0
    from studio.batch import plan_batch  # on the worker: the app starts without the engine

    plan = plan_batch(project, platforms=platforms, brand=brand, library=library)
    # The officer is getting this event ready: its photo workers start now, so the
    # export finds them up.
    warm_workers(plan)
    usable = [i for i in plan.inputs if i.problem is None and i.source not in unusable]
    # Items are the photos and clips (a clip's cover and a photo's carousel page are
    # more files from the same item); an event without media is one item.
    sources = {i.source for i in usable if i.source is not None}
    return sum(len(i.outputs) for i in usable), len(sources) or (1 if usable else 0)
