"""The template editor window: canvas, layers, fields, properties, every size.

A thin window: the template lives in a :class:`TemplateDocument` (a value and
its undo stack); the canvas, the lists and the property panel are views of it
that ask for edits; renders run on workers through :class:`gui.operations.LatestOnly`
(the newest request wins). The edit target — the base design or one aspect's
variant — decides where every edit goes; the canvas shows what that target
looks like at the chosen platform size, and the strip below shows the real
output for every platform.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.designer import dialogs
from gui.designer.canvas import LayerEntry, TemplateCanvas
from gui.designer.document import TemplateDocument
from gui.designer.field_list import FieldListPanel
from gui.designer.layer_list import LayerListPanel
from gui.designer.preview_strip import (
    STRIP_HEIGHT,
    PlatformIdRole,
    PreviewStripModel,
    PreviewStripView,
)
from gui.designer.problems import LayerIdRole, ProblemListModel
from gui.designer.properties import PropertyPanel
from gui.designer.template_info import SaveNewDialog, TemplateInfoDialog
from gui.designer.texts import aspect_names
from gui.designer.widgets import WINDOW_STYLE
from gui.error_messages import describe
from gui.jobs.preview import (
    MediaInput,
    PreviewImage,
    PreviewRequest,
    StripItem,
    render_preview,
    render_strip,
)
from gui.jobs.samples import sample_photo, sample_photo_path, sample_values
from gui.labels import platform_label
from gui.operations import LatestOnly
from gui.resources import Resources, app_resources
from studio.brand import BrandKit
from studio.errors import EditError, StudioError
from studio.platforms import Aspect, Platform
from studio.render.crop import Focus, cover_box
from studio.template import editing
from studio.template.layout import area_rect, box_to_rect, rect_to_box
from studio.template.library import copy_template_asset
from studio.template.loader import LoadedTemplate, load_template
from studio.template.model import MediaLayer, Template
from studio.template.problems import Problem, template_problems

CANVAS_LONG_SIDE = 1280  # the canvas renders at most this many pixels on the long side
RENDER_DELAY_MS = 40
STRIP_DELAY_MS = 350


class TemplateEditorWindow(QMainWindow):
    def __init__(self, document: TemplateDocument, resources: Resources | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(WINDOW_STYLE)
        self.resources = resources or app_resources()
        self.document = document
        self.focus = (0.5, 0.5)  # the sample photo's focal point (preview only)
        self.photo_path: Path | None = sample_photo_path()
        self.sample_overrides: dict[str, str] = {}
        self._render_warnings: list[Problem] = []
        self.renders = 0  # canvas images shown (tests wait on it)
        self.strip_renders = 0
        self._build_actions()
        self._build_ui()
        self._preview = LatestOnly("preview", self)
        self._preview.succeeded.connect(self._on_preview_succeeded)
        self._preview.failed.connect(self._on_preview_failed)
        self._strip_runner = LatestOnly("strip", self)
        self._strip_runner.succeeded.connect(self._on_strip_succeeded)
        self._render_timer = QTimer(self, singleShot=True, interval=RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self._on_render_timer_timeout)
        self._strip_timer = QTimer(self, singleShot=True, interval=STRIP_DELAY_MS)
        self._strip_timer.timeout.connect(self._on_strip_timer_timeout)
        document.changed.connect(self._on_document_changed)
        document.selection_changed.connect(self._on_document_selection_changed)
        document.target_changed.connect(self._on_document_target_changed)
        document.platform_changed.connect(self._on_document_platform_changed)
        document.edit_failed.connect(self._on_document_edit_failed)
        document.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        document.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.resources.draftBrandChanged.connect(self._on_resources_draft_brand_changed)
        self._retranslate()
        self._refresh_all()
        self.resize(1440, 900)

    # -- construction --------------------------------------------------------------------------
    def _action(self, name: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.actions_by_name[name] = action
        return action

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        a = self._action
        a("save", lambda: self.save(), QKeySequence.StandardKey.Save)
        a("undo", self.document.undo_stack.undo, QKeySequence.StandardKey.Undo)
        a("redo", self.document.undo_stack.redo, QKeySequence.StandardKey.Redo)
        a("add_media", lambda: self.add_layer("media"))
        a("add_shape", lambda: self.add_layer("shape"))
        a("add_image", lambda: self.add_layer("image"))
        a("add_text", lambda: self.add_layer("text"))
        a("remove", self.remove_selected_layer, QKeySequence.StandardKey.Delete)
        a("duplicate", self.duplicate_selected_layer, "Ctrl+D")
        a("raise", lambda: self.move_selected_layer(1), "Ctrl+]")
        a("lower", lambda: self.move_selected_layer(-1), "Ctrl+[")
        a("info", self.edit_template_info)
        a("brand", self.open_brand_editor)
        a("export", self.export_package)
        a("close", self.close, QKeySequence.StandardKey.Close)
        add_menu = QMenu(self)
        for name in ("add_media", "add_shape", "add_image", "add_text"):
            add_menu.addAction(self.actions_by_name[name])
        self.add_menu = add_menu
        menu_action = QAction(self)
        menu_action.setMenu(add_menu)
        self.actions_by_name["add_menu"] = menu_action
        # Shortcuts for removing layers must not fire while typing in a text box.
        self.actions_by_name["remove"].setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _build_ui(self) -> None:
        ctx = self.resources
        # Toolbar
        bar = self.addToolBar("main")
        bar.setObjectName("editor-toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in ("save", "undo", "redo"):
            bar.addAction(self.actions_by_name[name])
        bar.addSeparator()
        bar.addAction(self.actions_by_name["add_menu"])
        bar.widgetForAction(self.actions_by_name["add_menu"]).setPopupMode(
            bar.widgetForAction(self.actions_by_name["add_menu"]).ToolButtonPopupMode
            .InstantPopup)
        bar.addSeparator()
        self.platform_label = QLabel()
        self.platform_combo = QComboBox()
        self.platform_combo.setMinimumContentsLength(22)
        for platform in ctx.platforms.values():
            self.platform_combo.addItem("", platform.id)
        self.target_label = QLabel()
        self.target_combo = QComboBox()
        self.target_combo.setMinimumContentsLength(18)
        for aspect in aspect_names():
            self.target_combo.addItem("", aspect)
        for widget in (self.platform_label, self.platform_combo, self.target_label,
                       self.target_combo):
            bar.addWidget(widget)
        bar.addSeparator()
        for name in ("info", "brand"):
            bar.addAction(self.actions_by_name[name])
        self.platform_combo.activated.connect(self._on_platform_combo_activated)
        self.target_combo.activated.connect(self._on_target_combo_activated)
        # Menus
        menus = self.menuBar()
        self.file_menu = menus.addMenu("")
        for name in ("save", "export", None, "close"):
            self.file_menu.addSeparator() if name is None else \
                self.file_menu.addAction(self.actions_by_name[name])
        self.edit_menu = menus.addMenu("")
        for name in ("undo", "redo", None, "duplicate", "remove", "raise", "lower"):
            self.edit_menu.addSeparator() if name is None else \
                self.edit_menu.addAction(self.actions_by_name[name])
        self.layer_menu = menus.addMenu("")
        for name in ("add_media", "add_shape", "add_image", "add_text"):
            self.layer_menu.addAction(self.actions_by_name[name])
        self.template_menu = menus.addMenu("")
        for name in ("info", "brand"):
            self.template_menu.addAction(self.actions_by_name[name])
        # Centre: banner, canvas, problems, strip
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("designer-banner")
        self.banner.setStyleSheet("QLabel#designer-banner { background: #E3EEF7; color: #06304F;"
                                  " border-radius: 6px; padding: 6px 10px; }")
        self.canvas = TemplateCanvas()
        self.canvas.layer_clicked.connect(self._on_canvas_layer_clicked)
        self.canvas.geometry_committed.connect(self._on_canvas_geometry_committed)
        self.canvas.geometry_dragging.connect(self._on_canvas_geometry_dragging)
        self.canvas.focus_moved.connect(self._on_canvas_focus_moved)
        self.canvas.addAction(self.actions_by_name["remove"])
        self.problems = ProblemListModel(self)
        self.problem_view = QListView()
        self.problem_view.setModel(self.problems)
        self.problems.setParent(self.problem_view)
        self.problem_view.setWordWrap(True)
        self.problem_view.setMaximumHeight(72)  # three lines; it scrolls (canvas first)
        self.problem_view.clicked.connect(self._on_problem_view_clicked)
        self.problem_title = QLabel()
        self.problem_title.setProperty("role", "heading")
        self.strip_model = PreviewStripModel(tuple(ctx.platforms.values()), self)
        self.strip_view = PreviewStripView()
        self.strip_view.setModel(self.strip_model)
        self.strip_model.setParent(self.strip_view)
        self.strip_view.clicked.connect(self._on_strip_view_clicked)
        self.strip_title = QLabel()
        self.strip_title.setProperty("role", "heading")
        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(8, 8, 8, 4)
        top_column.addWidget(self.banner)
        top_column.addWidget(self.canvas, 1)
        problems = QWidget()
        problems_column = QVBoxLayout(problems)
        problems_column.setContentsMargins(8, 2, 8, 2)
        problems_column.addWidget(self.problem_title)
        problems_column.addWidget(self.problem_view, 1)
        strip = QWidget()
        strip_column = QVBoxLayout(strip)
        strip_column.setContentsMargins(8, 2, 8, 8)
        strip_column.addWidget(self.strip_title)
        strip_column.addWidget(self.strip_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(problems)
        self.splitter.addWidget(strip)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 0)
        # The canvas never folds; the problems and the strip do, dragged to the edge, for
        # a bigger canvas on a laptop screen.
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, True)
        self.splitter.setCollapsible(2, True)
        # The problems and the strip at their least, the canvas takes the rest.
        self.splitter.setSizes([10000, 1, 1])
        self.setCentralWidget(self.splitter)
        # Left: layers, fields, sample values
        self.layer_panel = LayerListPanel(self.document, self.actions_by_name)
        self.field_panel = FieldListPanel(self.document)
        self.samples_panel = QScrollArea()
        self.samples_panel.setWidgetResizable(True)
        self.samples_panel.setProperty("flat", "true")
        self._sample_edits: dict[str, QLineEdit] = {}
        self._sample_keys: list[str] = []
        self.left_tabs = QTabWidget()
        self.left_tabs.addTab(self.layer_panel, "")
        self.left_tabs.addTab(self.field_panel, "")
        self.left_tabs.addTab(self.samples_panel, "")
        self.left_dock = QDockWidget()
        self.left_dock.setObjectName("layers-dock")
        self.left_dock.setWidget(self.left_tabs)
        self.left_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.left_dock.setTitleBarWidget(QWidget())
        self.left_dock.setMinimumWidth(300)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.left_dock)
        # Right: properties
        self.properties = PropertyPanel()
        self.properties.property_edited.connect(self._on_properties_property_edited)
        self.properties.reset_requested.connect(self._on_properties_reset_requested)
        self.properties.focus_edited.connect(self._on_properties_focus_edited)
        self.properties.choose_image_file.connect(self._on_properties_choose_image_file)
        self.right_dock = QDockWidget()
        self.right_dock.setObjectName("properties-dock")
        self.right_dock.setWidget(self.properties)
        self.right_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.right_dock.setTitleBarWidget(QWidget())
        self.right_dock.setMinimumWidth(420)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.right_dock)
        self.statusBar()

    # -- language ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        names = {
            "save": self.tr("Save"), "undo": self.tr("Undo"), "redo": self.tr("Redo"),
            "add_media": self.tr("Photo / video layer"), "add_shape": self.tr("Shape (band)"),
            "add_image": self.tr("Image / logo"), "add_text": self.tr("Text"),
            "remove": self.tr("Remove layer"), "duplicate": self.tr("Duplicate layer"),
            "raise": self.tr("Move up"), "lower": self.tr("Move down"),
            "info": self.tr("Template details\u2026"), "brand": self.tr("Brand kit\u2026"),
            "export": self.tr("Export package\u2026"), "close": self.tr("Close"),
            "add_menu": self.tr("Add layer"),
        }
        for name, text in names.items():
            self.actions_by_name[name].setText(text)
        self.actions_by_name["raise"].setText(self.tr("Move up"))
        self.actions_by_name["lower"].setText(self.tr("Move down"))
        # Buttons under the layer list show the short words.
        self.actions_by_name["raise"].setIconText("\u2191")
        self.actions_by_name["lower"].setIconText("\u2193")
        self.actions_by_name["duplicate"].setIconText(self.tr("Duplicate"))
        self.actions_by_name["remove"].setIconText(self.tr("Remove"))
        self.actions_by_name["raise"].setToolTip(self.tr("Move the layer up (in front)"))
        self.actions_by_name["lower"].setToolTip(self.tr("Move the layer down (behind)"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.layer_menu.setTitle(self.tr("&Layer"))
        self.template_menu.setTitle(self.tr("&Template"))
        self.platform_label.setText(self.tr("  Size: "))
        self.target_label.setText(self.tr("  Edit: "))
        for i, platform in enumerate(self.resources.platforms.values()):
            self.platform_combo.setItemText(
                i, f"{platform_label(platform)}  ({platform.width}\u00d7{platform.height})")
        for i, name in enumerate(aspect_names().values()):
            self.target_combo.setItemText(i, name)
        self.left_tabs.setTabText(0, self.tr("Layers"))
        self.left_tabs.setTabText(1, self.tr("Fields"))
        self.left_tabs.setTabText(2, self.tr("Sample text"))
        self.strip_title.setText(self.tr("Every platform"))
        self._update_title()
        self._update_banner()
        self._update_problem_title()
        self._update_undo_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._refresh_all()
        super().changeEvent(event)

    def _update_title(self) -> None:
        template = self.document.template
        self.setWindowTitle(self.tr("%1[*] \u2014 Template editor").replace("%1", template.name))
        self.setWindowModified(self.document.is_modified)

    def _update_banner(self) -> None:
        doc = self.document
        if doc.target is None:
            text = self.tr("Base design: these settings apply to every size unless an aspect "
                           "variant changes them. The canvas shows the base design without "
                           "variants.")
        else:
            text = self.tr("Variant \u201c%1\u201d: changes apply only to this aspect. Changed "
                           "settings are bold in the panel; \u21ba takes a setting back to the "
                           "base design.").replace("%1", aspect_names()[doc.target])
        if doc.builtin:
            text += " " + self.tr("This is a built-in template: saving keeps your version in "
                                  "your templates, in place of the built-in one.")
        self.banner.setText(text)

    def _update_undo_texts(self) -> None:
        stack = self.document.undo_stack
        undo, redo = self.actions_by_name["undo"], self.actions_by_name["redo"]
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        undo.setToolTip(self.tr("Undo: %1").replace("%1", stack.undoText()) if stack.canUndo()
                        else self.tr("Nothing to undo"))
        redo.setToolTip(self.tr("Redo: %1").replace("%1", stack.redoText()) if stack.canRedo()
                        else self.tr("Nothing to redo"))

    # -- what is shown -------------------------------------------------------------------------
    @property
    def platform(self) -> Platform:
        return self.document.platform

    def display_template(self) -> Template:
        """The template as the canvas shows it: base design, or with the variants."""
        template = self.document.template
        return template if self.document.target is not None else \
            editing.base_template(template)

    def safe_rect(self) -> tuple[float, float, float, float]:
        p = self.platform
        return (p.safe.left, p.safe.top, p.width - p.safe.right, p.height - p.safe.bottom)

    def _display_layers(self) -> list:
        template = self.display_template()
        try:
            return list(template.layers_for(self.platform.aspect))
        except ValueError:
            return list(template.layers)

    def layer_rect(self, layer) -> tuple[float, float, float, float]:
        p = self.platform
        area = area_rect(layer, p.width, p.height, self.safe_rect())
        return box_to_rect(layer.box, area)

    def _refresh_all(self) -> None:
        doc = self.document
        p = self.platform
        self.platform_combo.setCurrentIndex(max(0, self.platform_combo.findData(p.id)))
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(doc.target)))
        self.canvas.set_canvas(p.width, p.height, self.safe_rect())
        self.strip_model.set_current(p.id)
        self._refresh_layers()
        self._refresh_properties()
        self._refresh_samples()
        self._refresh_problems()
        self._update_title()
        self._update_banner()
        self._schedule_render(strip=True)

    def _refresh_layers(self) -> None:
        entries = [LayerEntry(layer.id, layer.name or layer.id, self.layer_rect(layer),
                              layer.visible, layer.type) for layer in self._display_layers()]
        self.canvas.set_layers(entries)
        self.canvas.set_selected(self.document.selected)
        self.canvas.set_focus_marker(self._focus_point())

    def _refresh_properties(self) -> None:
        doc = self.document
        if doc.selected is None:
            self.properties.show_nothing()
            return
        self.properties.show_layer(doc.template, doc.selected, doc.target,
                                   self.resources.draft_brand, doc.asset_folder, self.focus)

    def _refresh_samples(self) -> None:
        keys = [f.key for f in self.document.template.fields]
        values = self.sample_fields()
        if keys != self._sample_keys:
            self._sample_keys = keys
            body = QWidget()
            form = QFormLayout(body)
            self._sample_edits = {}
            note = QLabel(self.tr("Try long or short texts here: they are only used in the "
                                  "previews."))
            note.setWordWrap(True)
            note.setProperty("role", "muted")
            form.addRow(note)
            for f in self.document.template.fields:
                edit = QLineEdit()
                edit.setText(values.get(f.key, ""))
                edit.textEdited.connect(lambda text, k=f.key: self._on_sample_edited(k, text))
                self._sample_edits[f.key] = edit
                label = QLabel(f.label)
                label.setWordWrap(True)
                form.addRow(label, edit)
            self.samples_panel.setWidget(body)
        else:
            for key, edit in self._sample_edits.items():
                if not edit.hasFocus() and edit.text() != values.get(key, ""):
                    edit.setText(values.get(key, ""))

    def _refresh_problems(self) -> None:
        doc = self.document
        try:
            found = template_problems(doc.template, self.resources.draft_brand,
                                              doc.asset_folder, self.resources.platforms.values())
        except Exception as exc:  # a half-made template must never break the editor
            found = [Problem("error", "internal", str(exc))]
        self.problems.set_problems(found + self._render_warnings)
        self.problem_view.setVisible(self.problems.rowCount() > 0)
        self._update_problem_title()

    def _update_problem_title(self) -> None:
        errors, warnings = self.problems.counts()
        if not errors and not warnings:
            self.problem_title.setText(self.tr("Problems: none \u2714"))
        else:
            self.problem_title.setText(self.tr("Problems: %1 error(s), %2 warning(s)")
                                       .replace("%1", str(errors)).replace("%2", str(warnings)))

    # -- rendering (workers) -------------------------------------------------------------------
    def sample_fields(self) -> dict[str, str]:
        return sample_values(self.document.template, self.sample_overrides)

    def _request(self, template: Template, platform: Platform,
                 max_size: tuple[int, int] = (CANVAS_LONG_SIDE, CANVAS_LONG_SIDE)
                 ) -> PreviewRequest:
        return PreviewRequest(
            loaded=LoadedTemplate(template, self.document.asset_folder),
            brand=self.resources.draft_brand, fields=self.sample_fields(), platform=platform,
            media=MediaInput.sample_photo(self.photo_path), focus=self.focus,
            max_size=max_size, lenient=True)

    def _schedule_render(self, strip: bool = True) -> None:
        self._render_timer.start()
        if strip:
            self._strip_timer.start()

    def _on_render_timer_timeout(self) -> None:
        self._preview.submit(render_preview, self._request(self.display_template(),
                                                           self.platform))

    def _on_strip_timer_timeout(self) -> None:
        template = self.document.template
        requests = tuple(self._request(template, p, (20 * STRIP_HEIGHT, STRIP_HEIGHT))
                         for p in self.resources.platforms.values())
        self._strip_runner.submit(render_strip, requests)

    def _on_preview_succeeded(self, preview: PreviewImage) -> None:
        self.canvas.set_image(preview.image, preview.scale)
        warnings = [Problem("warning", w.code, w.message, layer_id=w.layer_id,
                                    params={"layer": self._layer_name(w.layer_id)})
                    for w in preview.warnings]
        warnings += [Problem("warning", "left_out", f"layer {lid!r} is left out",
                                     layer_id=lid, params={"layer": self._layer_name(lid)})
                     for lid in preview.left_out]
        if warnings != self._render_warnings:
            self._render_warnings = warnings
            self._refresh_problems()
        self.renders += 1

    def _on_preview_failed(self, error: StudioError) -> None:
        self.statusBar().showMessage(self.tr("The preview could not be made: %1")
                                     .replace("%1", error.message), 8000)
        self.renders += 1

    def _on_strip_succeeded(self, items: list[StripItem]) -> None:
        self.strip_model.set_items(items)
        self.strip_renders += 1

    def _layer_name(self, layer_id: str) -> str:
        layer = self.document.template.layer(layer_id)
        return (layer.name or layer.id) if layer else layer_id

    # -- document signals ----------------------------------------------------------------------
    def _on_document_changed(self, _template: Template) -> None:
        self._refresh_layers()
        self._refresh_properties()
        self._refresh_samples()
        self._refresh_problems()
        self._update_title()
        self._schedule_render()

    def _on_document_selection_changed(self, layer_id: str | None) -> None:
        self.canvas.set_selected(layer_id)
        self.canvas.set_focus_marker(self._focus_point())
        self._refresh_properties()

    def _on_document_target_changed(self, aspect: Aspect | None) -> None:
        if aspect is not None and self.platform.aspect != aspect:
            match = next((p for p in self.resources.platforms.values() if p.aspect == aspect), None)
            if match is not None:
                self.document.set_platform(match)
                return  # the platform change refreshes everything
        self._refresh_all()

    def _on_document_platform_changed(self, platform: Platform) -> None:
        if self.document.target is not None and platform.aspect != self.document.target:
            self.document.set_target(platform.aspect)
        self._refresh_all()

    def _on_document_edit_failed(self, error: StudioError) -> None:
        text = describe(error)
        self.statusBar().showMessage(text.message + (f" {text.hint}" if text.hint else ""),
                                     10000)

    def _on_undo_stack_clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        self._update_undo_texts()
        self._update_title()

    def _on_resources_draft_brand_changed(self, _brand: BrandKit) -> None:
        self._refresh_properties()
        self._refresh_problems()
        self._schedule_render()

    # -- controls ------------------------------------------------------------------------------
    def _on_platform_combo_activated(self, index: int) -> None:
        self.document.set_platform(self.resources.platform(self.platform_combo.itemData(index)))

    def _on_target_combo_activated(self, index: int) -> None:
        self.document.set_target(self.target_combo.itemData(index))

    def set_target(self, aspect: Aspect | None) -> None:
        self.document.set_target(aspect)

    def set_platform(self, platform_id: str) -> None:
        self.document.set_platform(self.resources.platform(platform_id))

    def _on_strip_view_clicked(self, index) -> None:
        platform_id = index.data(PlatformIdRole)
        if platform_id:
            self.set_platform(platform_id)

    def _on_problem_view_clicked(self, index) -> None:
        layer_id = index.data(LayerIdRole)
        if layer_id:
            self.document.select(layer_id)

    def _on_canvas_layer_clicked(self, layer_id: str | None) -> None:
        self.document.select(layer_id)

    def _on_canvas_geometry_dragging(self, layer_id: str, rect: tuple) -> None:
        """While a box is dragged the picture follows (a preview; nothing is edited yet)."""
        layer = next((la for la in self._display_layers() if la.id == layer_id), None)
        if layer is None:
            return
        p = self.platform
        box = rect_to_box(rect, area_rect(layer, p.width, p.height,
                                                          self.safe_rect()))
        try:
            moved = editing.set_layer_property(self.document.template, layer_id, "box", box,
                                               self.document.target)
        except StudioError:
            return
        if self.document.target is None:
            moved = editing.base_template(moved)
        self._render_timer.stop()
        self._preview.submit(render_preview, self._request(moved, p))

    def _on_canvas_geometry_committed(self, layer_id: str, rect: tuple, merge_key: Any) -> None:
        layer = next((la for la in self._display_layers() if la.id == layer_id), None)
        if layer is None:
            return
        p = self.platform
        area = area_rect(layer, p.width, p.height, self.safe_rect())
        box = rect_to_box(rect, area)
        text = self.tr("Move layer") if merge_key else self.tr("Move or resize layer")
        if not self.document.edit(editing.set_layer_property, layer_id, "box", box,
                                  self.document.target, text=text, merge_key=merge_key):
            self._refresh_layers()  # refused or unchanged: put the rectangle back

    def _on_properties_property_edited(self, prop: str, value: Any, continuous: bool) -> None:
        doc = self.document
        layer_id = doc.selected
        if layer_id is None:
            return
        if value is None and doc.target is not None:
            base = getattr(doc.template.layer(layer_id), prop, None)
            if base is None:
                doc.edit(editing.reset_override, doc.target, layer_id, prop,
                         text=self.tr("Reset to the base design"))
                return
        merge = (layer_id, prop, doc.target) if continuous else None
        label = self.properties.labels_text().get(prop, prop).lower()
        if not doc.edit(editing.set_layer_property, layer_id, prop, value, doc.target,
                        text=self.tr("Change %1").replace("%1", label), merge_key=merge):
            self._refresh_properties()

    def _on_properties_reset_requested(self, prop: str) -> None:
        doc = self.document
        if doc.selected and doc.target:
            doc.edit(editing.reset_override, doc.target, doc.selected, prop,
                     text=self.tr("Reset to the base design"))

    def _on_properties_choose_image_file(self) -> None:
        path = dialogs.choose_image(self, None)
        if path is not None:
            self.use_image_file(path)

    def use_image_file(self, path: Path) -> bool:
        """Copy an image into the template and show it in the selected image layer."""
        doc = self.document
        if doc.selected is None:
            return False
        try:
            if doc.builtin:
                raise EditError("built-in templates take new files only when saved "
                                        "as yours", code="edit.builtin_files")
            relpath = copy_template_asset(doc.asset_folder, path)
        except StudioError as exc:
            dialogs.show_error(self, self.tr("Image"), exc)
            return False
        return doc.edit(editing.set_layer_property, doc.selected, "source", relpath, doc.target,
                        text=self.tr("Change image"))

    def _on_sample_edited(self, key: str, text: str) -> None:
        self.sample_overrides[key] = text
        self._schedule_render()

    # -- the focal point of the sample photo ---------------------------------------------------
    def _media(self) -> MediaLayer | None:
        return next((la for la in self._display_layers() if isinstance(la, MediaLayer)), None)

    def _photo_geometry(self) -> tuple[tuple[float, float, float, float], tuple[int, int],
                                       MediaLayer] | None:
        media = self._media()
        if media is None or self.document.selected != media.id:
            return None
        photo = sample_photo(self.photo_path)
        return self.layer_rect(media), photo.size, media

    def _focus_point(self) -> QPointF | None:
        geometry = self._photo_geometry()
        if geometry is None:
            return None
        (left, top, right, bottom), (pw, ph), media = geometry
        fx, fy = self.focus
        bw, bh = max(right - left, 1), max(bottom - top, 1)
        if media.fit == "cover":
            cl, ct, cr, cb = cover_box(pw, ph, round(bw), round(bh), Focus(fx, fy))
            return QPointF(left + (fx * pw - cl) / (cr - cl) * bw,
                           top + (fy * ph - ct) / (cb - ct) * bh)
        s = min(bw / pw, bh / ph)
        return QPointF(left + (bw - pw * s) / 2 + fx * pw * s,
                       top + (bh - ph * s) / 2 + fy * ph * s)

    def _on_canvas_focus_moved(self, pos: QPointF) -> None:
        geometry = self._photo_geometry()
        if geometry is None:
            return
        (left, top, right, bottom), (pw, ph), media = geometry
        bw, bh = max(right - left, 1), max(bottom - top, 1)
        if media.fit == "cover":
            cl, ct, cr, cb = cover_box(pw, ph, round(bw), round(bh), Focus(*self.focus))
            fx = (cl + (pos.x() - left) / bw * (cr - cl)) / pw
            fy = (ct + (pos.y() - top) / bh * (cb - ct)) / ph
        else:
            s = min(bw / pw, bh / ph)
            fx = (pos.x() - left - (bw - pw * s) / 2) / (pw * s)
            fy = (pos.y() - top - (bh - ph * s) / 2) / (ph * s)
        self.set_focus(fx, fy)

    def _on_properties_focus_edited(self, fx: float, fy: float) -> None:
        self.set_focus(fx, fy)

    def set_focus(self, fx: float, fy: float) -> None:
        self.focus = (min(max(fx, 0.0), 1.0), min(max(fy, 0.0), 1.0))
        self.canvas.set_focus_marker(self._focus_point())
        self._refresh_properties()
        self._schedule_render()

    # -- layer actions -------------------------------------------------------------------------
    def add_layer(self, kind: str) -> str | None:
        """Add a layer of ``kind`` above the selected one (media: at the bottom)."""
        doc = self.document
        template = doc.template
        taken = [la.id for la in template.layers]
        brand = self.resources.draft_brand
        if kind == "media":
            layer = editing.make_layer("media", editing.unique_id("foto", taken),
                                       name=self.tr("Photo / video"))
            index = 0
        else:
            if kind == "shape":
                layer = editing.make_layer("shape", editing.unique_id("pita", taken),
                                           name=self.tr("Band"), box=[0, 0.72, 1, 0.28],
                                           fill="brand:primary_dark"
                                           if "primary_dark" in brand.colors else "#06304F")
            elif kind == "image":
                logo = "white" if "white" in brand.logos else next(iter(brand.logos), "main")
                layer = editing.make_layer("image", editing.unique_id("logo", taken),
                                           name=self.tr("Logo"), source=f"brand:{logo}",
                                           box=[0.06, 0.05, 0.4, 0.08], align="left",
                                           valign="top")
            else:
                text = "{{ judul }}" if template.field("judul") else self.tr("New text")
                layer = editing.make_layer("text", editing.unique_id("teks", taken),
                                           name=self.tr("Text"), text=text,
                                           box=[0.06, 0.76, 0.88, 0.17], size=(32, 72),
                                           valign="middle")
            selected = [la.id for la in template.layers].index(doc.selected) \
                if doc.selected else len(template.layers) - 1
            index = selected + 1
        if doc.edit(editing.add_layer, layer, index, text=self.tr("Add layer")):
            doc.select(layer.id)
            return layer.id
        return None

    def remove_selected_layer(self) -> None:
        doc = self.document
        if doc.selected:
            doc.edit(editing.remove_layer, doc.selected, text=self.tr("Remove layer"))

    def duplicate_selected_layer(self) -> None:
        doc = self.document
        if doc.selected:
            before = {la.id for la in doc.template.layers}
            if doc.edit(editing.duplicate_layer, doc.selected, text=self.tr("Duplicate layer")):
                new = next(la.id for la in doc.template.layers if la.id not in before)
                doc.select(new)

    def move_selected_layer(self, step: int) -> None:
        doc = self.document
        if doc.selected:
            index = [la.id for la in doc.template.layers].index(doc.selected)
            if 0 <= index + step < len(doc.template.layers):
                doc.edit(editing.move_layer, doc.selected, index + step,
                         text=self.tr("Reorder layers"))

    # -- template actions ----------------------------------------------------------------------
    def edit_template_info(self) -> None:
        dialog = TemplateInfoDialog(self.document.template, self.resources.draft_brand, self)
        if dialog.exec():
            self.document.edit(editing.set_template_info, **dialog.changes(),
                               text=self.tr("Change template details"))

    def open_brand_editor(self) -> None:
        from gui.designer.brand_editor import show_brand_editor

        show_brand_editor(self)

    def save(self, template_id: str | None = None, name: str | None = None) -> bool:
        """Write template.toml (a new template asks for its name and id first)."""
        doc = self.document
        library_dir = self.resources.library.user_dir
        if doc.folder is None:
            if template_id is None:
                taken = set(self.resources.library.ids())
                if library_dir.is_dir():
                    taken |= {p.name for p in library_dir.iterdir()}
                dialog = SaveNewDialog(doc.template.name, taken, self)
                if not dialog.exec():
                    return False
                template_id, name = dialog.template_id.text(), dialog.name.text().strip()
            try:
                renamed = editing.with_template_id(
                    editing.set_template_info(doc.template, name=name or doc.template.name),
                    template_id)
            except StudioError as exc:
                dialogs.show_error(self, self.tr("Save"), exc)
                return False
            doc.apply(renamed, self.tr("Name the template"))
        try:
            saved = doc.save_into(library_dir)
        except StudioError as exc:
            dialogs.show_error(self, self.tr("The template was not saved"), exc)
            return False
        self.resources.reload_library()
        self._update_title()
        self._update_banner()
        self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", str(saved.folder)),
                                     6000)
        return True

    def export_package(self) -> None:
        from studio.template.package import export_package

        doc = self.document
        if doc.is_modified and not self.save():
            return
        loaded = LoadedTemplate(doc.template, doc.asset_folder)
        suggested = Path.home() / f"{loaded.id}-{loaded.template.version}.zip"
        destination = dialogs.choose_package_destination(self, suggested)
        if destination is None:
            return
        try:
            export_package(loaded, destination, overwrite=True)
        except StudioError as exc:
            dialogs.show_error(self, self.tr("Export package"), exc)
            return
        self.statusBar().showMessage(self.tr("Package written: %1").replace(
            "%1", str(destination)), 8000)

    # -- closing -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.document.is_modified:
            answer = dialogs.ask_save_changes(self, self.document.template.name)
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        self._preview.cancel()
        self._strip_runner.cancel()
        self._render_timer.stop()
        self._strip_timer.stop()
        self.document.discard_draft()
        event.accept()
        super().closeEvent(event)


def new_document(resources: Resources, folder: Path | None) -> TemplateDocument:
    """A document for the template in ``folder`` (None: a new, empty template)."""
    platform = resources.platform("instagram_portrait")
    if folder is None:
        return TemplateDocument(editing.new_template(), None, platform)
    loaded = load_template(folder)
    builtin = folder.resolve().parent != resources.library.user_dir.resolve()
    return TemplateDocument(loaded.template, loaded.folder, platform, builtin=builtin)
