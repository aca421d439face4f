"""The planning window: roster, site plan with posts, shifts, operation page, problems, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QToolBar,
    QUndoView,
    QWidget,
)

from desktop.model import PlanError, RingOutline, SitePlan
from desktop.storage.document import OperationDocument, OperationFileError, ReadOnlyError
from desktop.storage.recovery import RecoveryStore
from ui import i18n, icons
from ui import settings as cfg
from ui.background import run_in_background
from ui.commands import (
    PutPersonCommand,
    PutPostCommand,
    PutRingOutlineCommand,
    RemovePersonCommand,
    RemovePostCommand,
    SetSitePlanCommand,
    apply_as_snapshot,
)
from ui.dialogs import PersonDialog, PostChooser, PostDialog, SettingsDialog
from ui.file_trust import held_on_another_machine, holder_text, open_warning_text
from ui.pages import OperationPage, ShiftsPage, UnitsPage
from ui.panels import PostsPanel, ProblemsPane, RosterPanel
from ui.prompts import CANCEL, SAVE, Prompts
from ui.siteplan_view import SitePlanScene, SitePlanView
from ui.workspace import Workspace

FILE_FILTER = "Renpam (*.renpam)"
JSON_FILTER = "JSON (*.json)"
IMAGE_FILTER = "PNG / JPEG (*.png *.jpg *.jpeg)"
RECOVERY_TICK_MS = 5000


class MainWindow(QMainWindow):
    def __init__(self, document: OperationDocument | None = None, *, recovery: RecoveryStore | None = None,
                 prompts: Prompts | None = None) -> None:
        super().__init__()
        self.recovery = recovery if recovery is not None else RecoveryStore()
        self.prompts = prompts or Prompts(self)
        self.language = cfg.language()
        self.keep_backup = cfg.keep_backup()
        self._forced_dirty = False
        if document is None:
            document = OperationDocument.new("", recovery=self.recovery, keep_backup=self.keep_backup)
        self.ws = Workspace(document, self)
        self.setWindowIcon(icons.icon("renpam"))
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.setDocumentMode(True)
        self._build_parts()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_statusbar()
        self._connect()
        self.retranslate_ui()
        self._restore_state()
        self.recovery_timer = QTimer(self)
        self.recovery_timer.setInterval(RECOVERY_TICK_MS)
        self.recovery_timer.timeout.connect(self.recovery_tick)
        self.recovery_timer.start()
        self._document_changed()
        self.install_candidates_dock()

    # ================================================================== building
    def _build_parts(self) -> None:
        ws = self.ws
        self.scene = SitePlanScene(ws, self)
        self.plan_view = SitePlanView(self.scene)
        self.operation_page = OperationPage(ws)
        self.shifts_page = ShiftsPage(ws)
        self.shifts_page.confirm = lambda title, text: self.prompts.confirm(title, text)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.plan_view, icons.icon("site-plan"), "")
        self.tabs.addTab(self.operation_page, "")
        self.tabs.addTab(self.shifts_page, "")
        self.units_page = UnitsPage(ws)
        self.units_page.confirm = lambda title, text: self.prompts.confirm(title, text)
        self.tabs.addTab(self.units_page, "")
        self.setCentralWidget(self.tabs)

        self.roster = RosterPanel(ws)
        self.posts = PostsPanel(ws)
        self.problems = ProblemsPane(ws, lambda: self.language)
        self.undo_view = QUndoView(ws.undo_stack)
        self.undo_view.setCleanIcon(icons.icon("save"))

        def dock(name: str, widget: QWidget, area) -> QDockWidget:
            d = QDockWidget(self)
            d.setObjectName(name)
            d.setWidget(widget)
            d.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                          | QDockWidget.DockWidgetFeature.DockWidgetClosable
                          | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
            self.addDockWidget(area, d)
            return d

        self.roster_dock = dock("roster", self.roster, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.posts_dock = dock("posts", self.posts, Qt.DockWidgetArea.RightDockWidgetArea)
        self.problems_dock = dock("problems", self.problems, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.history_dock = dock("history", self.undo_view, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.problems_dock, self.history_dock)
        self.problems_dock.raise_()
        self.resizeDocks([self.roster_dock, self.posts_dock], [420, 390], Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems_dock], [120], Qt.Orientation.Vertical)

    def _action(self, name: str, slot, icon: str | None = None, shortcut=None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if slot is not None:
            action.triggered.connect(lambda _checked=False: slot())
        self.actions[name] = action
        return action

    def _build_actions(self) -> None:
        self.actions: dict[str, QAction] = {}
        S = QKeySequence.StandardKey
        a = self._action
        a("new", self.file_new, "new", S.New)
        a("open", self.file_open, "open", S.Open)
        a("save", self.file_save, "save", S.Save)
        a("save_as", self.file_save_as, "save-as", S.SaveAs)
        a("import_plan", self.import_plan, "import")
        a("import_roster", lambda: self.open_import_wizard("roster"), "import")
        a("import_posts", lambda: self.open_import_wizard("posts"), "import")
        a("export_plan", self.export_plan, "export")
        a("export_table", self.export_table, "export")
        a("print", self.open_print_dialog, "print", S.Print)
        a("close", self.file_close, "close", S.Close)
        a("quit", self.close, "quit", S.Quit).setMenuRole(QAction.MenuRole.QuitRole)
        undo = self.ws.undo_stack.createUndoAction(self)
        undo.setIcon(icons.icon("undo"))
        undo.setShortcut(S.Undo)
        redo = self.ws.undo_stack.createRedoAction(self)
        redo.setIcon(icons.icon("redo"))
        redo.setShortcuts([QKeySequence(S.Redo), QKeySequence("Ctrl+Y")] if QKeySequence(S.Redo) != QKeySequence("Ctrl+Y")
                          else [QKeySequence(S.Redo), QKeySequence("Ctrl+Shift+Z")])
        self.actions["undo"], self.actions["redo"] = undo, redo
        a("delete", self.delete_selection, "delete", S.Delete)
        a("find", self.focus_find, "find", S.Find)
        a("add_person", self.add_person, "add-person", QKeySequence("Ctrl+Shift+N"))
        a("edit_person", self.edit_person)
        a("assign", self.assign_to_post, "assign", QKeySequence("Ctrl+Return"))
        a("auto_assign", self.open_auto_assign, "auto-assign")
        a("settings", self.open_settings, "settings", S.Preferences).setMenuRole(QAction.MenuRole.PreferencesRole)
        a("add_post", lambda: self.add_post_at(0.5, 0.5), "add-post", QKeySequence("Ctrl+Shift+P"))
        a("edit_post", self.edit_selected_post)
        a("load_image", self.load_site_image, "site-plan")
        a("clear_image", self.clear_site_image)
        a("site_plan_details", self.edit_site_plan_details)
        for ring in ("I", "II", "III"):
            a(f"draw_ring_{ring}", lambda r=ring: self.plan_view.start_ring(r), "ring")
        a("zoom_in", lambda: self.plan_view.zoom(1.25), "zoom-in", S.ZoomIn)
        a("zoom_out", lambda: self.plan_view.zoom(0.8), "zoom-out", S.ZoomOut)
        a("zoom_fit", self.plan_view.fit, "zoom-fit", QKeySequence("Ctrl+0"))
        a("about", self.about)
        self.actions["view_roster"] = self.roster_dock.toggleViewAction()
        self.actions["view_posts"] = self.posts_dock.toggleViewAction()
        self.actions["view_problems"] = self.problems_dock.toggleViewAction()
        self.actions["view_history"] = self.history_dock.toggleViewAction()
        self.actions["view_history"].setIcon(icons.icon("history"))
        self.actions["view_problems"].setIcon(icons.icon("problems"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        A = self.actions
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.import_menu = QMenu(self)
        self.import_menu.setIcon(icons.icon("import"))
        for name in ("import_plan", "import_roster", "import_posts"):
            self.import_menu.addAction(A[name])
        self.file_menu.addActions([A["new"], A["open"]])
        self.recent_menu_action = self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([A["save"], A["save_as"]])
        self.file_menu.addSeparator()
        self.file_menu.addMenu(self.import_menu)
        self.export_menu = QMenu(self)
        self.export_menu.setIcon(icons.icon("export"))
        self.export_menu.addActions([A["export_plan"], A["export_table"]])
        self.file_menu.addMenu(self.export_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([A["print"], A["close"]])
        self.file_menu.addSeparator()
        self.file_menu.addAction(A["quit"])

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([A["undo"], A["redo"]])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([A["add_person"], A["edit_person"], A["delete"], A["find"]])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([A["assign"], A["auto_assign"]])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(A["settings"])

        self.plan_menu = bar.addMenu("")
        self.plan_menu.addActions([A["add_post"], A["edit_post"]])
        self.plan_menu.addSeparator()
        self.plan_menu.addActions([A["load_image"], A["clear_image"], A["site_plan_details"]])
        self.rings_menu = QMenu(self)
        self.rings_menu.setIcon(icons.icon("ring"))
        for ring in ("I", "II", "III"):
            self.rings_menu.addAction(A[f"draw_ring_{ring}"])
        self.plan_menu.addMenu(self.rings_menu)

        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([A["view_roster"], A["view_posts"], A["view_problems"], A["view_history"]])
        self.view_menu.addSeparator()
        self.view_menu.addActions([A["zoom_in"], A["zoom_out"], A["zoom_fit"]])

        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(A["about"])

    def _build_toolbar(self) -> None:
        A = self.actions
        tb = QToolBar(self)
        tb.setObjectName("main_toolbar")
        tb.setIconSize(QSize(22, 22))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        tb.addActions([A["new"], A["open"], A["save"]])
        tb.addSeparator()
        tb.addActions([A["undo"], A["redo"]])
        tb.addSeparator()
        self.shift_label = QLabel()
        self.shift_label.setContentsMargins(6, 0, 4, 0)
        self.shift_combo = QComboBox()
        self.shift_combo.setMinimumContentsLength(22)
        self.shift_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.shift_combo.activated.connect(lambda _i: self.ws.set_shift(self.shift_combo.currentData()))
        tb.addWidget(self.shift_label)
        tb.addWidget(self.shift_combo)
        tb.addSeparator()
        tb.addActions([A["add_person"], A["add_post"], A["assign"], A["auto_assign"]])
        tb.addSeparator()
        tb.addActions([A["zoom_in"], A["zoom_out"], A["zoom_fit"]])
        tb.addSeparator()
        tb.addActions([A["print"], A["view_problems"]])
        self.addToolBar(tb)
        self.toolbar = tb

    def _build_statusbar(self) -> None:
        self.status_counts = QLabel()
        self.status_lock = QLabel()
        self.status_lock.setStyleSheet("color: #b71c1c; font-weight: bold")
        self.status_problems = QLabel()
        bar = self.statusBar()
        bar.addPermanentWidget(self.status_lock)
        bar.addPermanentWidget(self.status_problems)
        bar.addPermanentWidget(self.status_counts)

    def _connect(self) -> None:
        ws = self.ws
        ws.undo_stack.cleanChanged.connect(self._update_title)
        ws.undo_stack.indexChanged.connect(self._update_title)
        ws.shift_changed.connect(self._fill_shifts)
        ws.document_changed.connect(self._document_changed)
        ws.plan_changed.connect(self._on_plan_change)
        self.scene.posts_selected.connect(self._posts_selected_on_plan)
        self.scene.edit_requested.connect(self.edit_post)
        self.posts.posts_selected.connect(self._posts_selected_in_list)
        self.posts.view.doubleClicked.connect(lambda i: self.edit_post(i.data(Qt.ItemDataRole.UserRole + 1)))
        self.plan_view.add_post_requested.connect(self.add_post_at)
        self.plan_view.delete_post_requested.connect(self.delete_post)
        self.plan_view.assign_here_requested.connect(
            lambda code: self.ws.assign_people(self.roster.selected_ids(), code))
        self.plan_view.ring_drawn.connect(self._ring_drawn)
        self.problems.target_clicked.connect(self.select_target)
        self.roster.view.doubleClicked.connect(lambda i: self.edit_person() if i.column() not in (0, 1, 2, 4) else None)
        self.problems.model.modelReset.connect(self._update_status)
        for view, menu_for in ((self.roster.view, self._roster_menu), (self.posts.view, self._posts_menu)):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(menu_for)

    def _roster_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addActions([self.actions["assign"], self.actions["edit_person"], self.actions["add_person"]])
        menu.addSeparator()
        menu.addAction(self.actions["delete"])
        menu.exec(self.roster.view.viewport().mapToGlobal(pos))

    def _posts_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addActions([self.actions["edit_post"], self.actions["add_post"]])
        menu.addSeparator()
        menu.addAction(self.actions["delete"])
        menu.exec(self.posts.view.viewport().mapToGlobal(pos))

    # ================================================================== translation
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        texts = {
            "new": (self.tr("&New"), self.tr("Start a new operation")),
            "open": (self.tr("&Open..."), self.tr("Open an operation file")),
            "save": (self.tr("&Save"), self.tr("Save the operation")),
            "save_as": (self.tr("Save &As..."), self.tr("Save the operation under another name")),
            "import_plan": (self.tr("Plan (JSON)..."), self.tr("Merge a plan document (JSON) into this operation")),
            "import_roster": (self.tr("Roster (spreadsheet)..."), self.tr("Import personnel from a spreadsheet")),
            "import_posts": (self.tr("Posts (spreadsheet)..."), self.tr("Import posts from a spreadsheet")),
            "export_plan": (self.tr("Plan (JSON)..."), self.tr("Write the whole operation as a plan document")),
            "export_table": (self.tr("Deployment table (spreadsheet)..."),
                             self.tr("Write the plotting per shift as an Excel workbook or CSV")),
            "print": (self.tr("&Print..."), self.tr("Print or export the plan documents as PDF")),
            "close": (self.tr("&Close"), self.tr("Close this operation")),
            "quit": (self.tr("&Quit"), self.tr("Quit Renpam")),
            "delete": (self.tr("&Delete"), self.tr("Delete what is selected: people, posts, shifts or units")),
            "find": (self.tr("&Find Person"), self.tr("Search the roster by name or NRP")),
            "add_person": (self.tr("Add &Person..."), self.tr("Add a person to the roster")),
            "edit_person": (self.tr("&Edit Person..."), self.tr("Edit the selected person")),
            "assign": (self.tr("&Assign to Post..."), self.tr("Assign the selected people to a post in this shift")),
            "auto_assign": (self.tr("A&uto-assign..."), self.tr("Let Renpam propose a plotting for this shift")),
            "settings": (self.tr("Se&ttings..."), self.tr("Language and preferences")),
            "add_post": (self.tr("Add P&ost..."), self.tr("Add a post in the middle of the plan")),
            "edit_post": (self.tr("Edit Post..."), self.tr("Edit the selected post")),
            "load_image": (self.tr("&Load Site Plan Image..."), self.tr("Use a PNG or JPEG drawing as the site plan")),
            "clear_image": (self.tr("Use &Blank Grid"), self.tr("Remove the site plan image")),
            "site_plan_details": (self.tr("Site Plan &Title and Scale..."),
                                  self.tr("The title and scale note printed with the site plan")),
            "draw_ring_I": (self.tr("Draw Ring I Outline"), self.tr("Click the corners; double-click or Enter closes it")),
            "draw_ring_II": (self.tr("Draw Ring II Outline"), self.tr("Click the corners; double-click or Enter closes it")),
            "draw_ring_III": (self.tr("Draw Ring III Outline"), self.tr("Click the corners; double-click or Enter closes it")),
            "zoom_in": (self.tr("Zoom &In"), self.tr("Zoom into the site plan")),
            "zoom_out": (self.tr("Zoom &Out"), self.tr("Zoom out of the site plan")),
            "zoom_fit": (self.tr("&Fit Plan"), self.tr("Show the whole site plan")),
            "about": (self.tr("&About Renpam"), ""),
        }
        for name, (text, tip) in texts.items():
            action = self.actions[name]
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(f"{text.replace('&', '').rstrip('.')}" + (f"\n{tip}" if tip else ""))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.plan_menu.setTitle(self.tr("&Plan"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.import_menu.setTitle(self.tr("&Import"))
        self.export_menu.setTitle(self.tr("E&xport"))
        self.rings_menu.setTitle(self.tr("Draw &Rings"))
        self.roster_dock.setWindowTitle(self.tr("Roster"))
        self.posts_dock.setWindowTitle(self.tr("Posts"))
        self.problems_dock.setWindowTitle(self.tr("Problems"))
        self.history_dock.setWindowTitle(self.tr("Undo History"))
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        self.tabs.setTabText(0, self.tr("Site Plan"))
        self.tabs.setTabText(1, self.tr("Operation"))
        self.tabs.setTabText(2, self.tr("Shifts"))
        self.tabs.setTabText(3, self.tr("Units"))
        self.shift_label.setText(self.tr("Shift:"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        for part in (self.roster, self.posts, self.operation_page, self.shifts_page, self.units_page):
            part.retranslate()
        for model in (self.roster.model, self.posts.model, self.posts.detail.people, self.problems.model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            if model.rowCount():
                model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
        self.problems.refresh()
        self._fill_shifts()
        self._update_title()

    # ================================================================== state
    @property
    def document(self) -> OperationDocument:
        return self.ws.document

    @property
    def plan(self):
        return self.ws.plan

    def is_dirty(self) -> bool:
        return not self.ws.undo_stack.isClean() or self._forced_dirty

    def _document_changed(self) -> None:
        # A restored recovery copy is unsaved work although nothing is on the undo stack.
        self._forced_dirty = self.document.is_modified
        read_only = self.document.read_only
        for name in ("save", "delete", "add_person", "add_post", "assign", "auto_assign", "load_image", "clear_image",
                     "site_plan_details",
                     "import_plan", "import_roster", "import_posts", "edit_person"):
            self.actions[name].setEnabled(not read_only or name == "edit_person")
        if read_only:
            who = holder_text(self.document.locked_by) if self.document.locked_by else self.tr("another window")
            self.status_lock.setText(self.tr("Read-only: open by %1").replace("%1", who))
        else:
            self.status_lock.setText("")
        self._fill_shifts()
        self._update_title()
        self._update_status()
        QTimer.singleShot(0, self.plan_view.fit)

    def _on_plan_change(self, change) -> None:
        if change.kind in ("shift", "reset"):
            self._fill_shifts()
        if change.kind in ("person", "post", "shift", "reset"):
            self._update_status()
        if change.kind in ("operation", "reset"):
            self._update_title()

    def _fill_shifts(self, *_args) -> None:
        combo = self.shift_combo
        combo.blockSignals(True)
        combo.clear()
        for code, shift in self.plan.shifts.items():
            times = ""
            if shift.start and shift.end:
                times = f"  {shift.start:%H:%M}–{shift.end:%H:%M}"
            combo.addItem(f"{code} · {shift.name}{times}", code)
        if not self.plan.shifts:
            combo.addItem(self.tr("(no shifts yet)"), None)
        combo.setCurrentIndex(max(0, combo.findData(self.ws.current_shift)))
        combo.blockSignals(False)

    def _update_title(self, *_args) -> None:
        doc = self.document
        name = doc.path.name if doc.path else (self.plan.operation.name or self.tr("Untitled operation"))
        suffix = ""
        if doc.read_only:
            who = holder_text(doc.locked_by) if doc.locked_by else ""
            suffix = " — " + self.tr("read-only, held by %1").replace("%1", who) if who else " — " + self.tr("read-only")
        self.setWindowTitle(f"{name}[*]{suffix} — Renpam")
        self.setWindowModified(self.is_dirty())

    def _update_status(self) -> None:
        plan = self.plan
        self.status_counts.setText(self.tr("%1 people · %2 posts · %3 shifts").replace("%1", str(len(plan.personnel)))
                                   .replace("%2", str(len(plan.posts))).replace("%3", str(len(plan.shifts))))
        errors, warnings = getattr(self.problems, "counts", (0, 0))
        self.status_problems.setText(self.tr("%1 errors, %2 warnings").replace("%1", str(errors)).replace("%2", str(warnings)))
        colour = "#c62828" if errors else ("#e65100" if warnings else "#2e7d32")
        self.status_problems.setStyleSheet(f"color: {colour}; font-weight: bold; padding: 0 8px")

    def _restore_state(self) -> None:
        s = cfg.settings()
        geometry = s.value(cfg.GEOMETRY)
        state = s.value(cfg.STATE)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1366, 740)
        self._layout_restored = isinstance(state, QByteArray) and not state.isEmpty() and self.restoreState(state)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_layout_done", False):
            self._layout_done = True
            if not self._layout_restored:
                QTimer.singleShot(0, self.default_layout)

    def default_layout(self) -> None:
        """Dock sizes that leave the site plan room at 1366x768 (used until the planner moves them)."""
        width = self.width()
        self.resizeDocks([self.roster_dock, self.posts_dock], [int(width * 0.30), int(width * 0.28)],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems_dock], [max(110, int(self.height() * 0.16))], Qt.Orientation.Vertical)
        self.plan_view.fit()

    def save_window_state(self) -> None:
        s = cfg.settings()
        s.setValue(cfg.GEOMETRY, self.saveGeometry())
        s.setValue(cfg.STATE, self.saveState())
        s.sync()

    # ================================================================== documents
    def set_document(self, document: OperationDocument) -> None:
        old = self.ws.document
        self.plan_view.cancel_ring()
        self.ws.set_document(document)
        if old is not document:
            old.close()

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded, or clean)."""
        if not self.is_dirty():
            return True
        answer = self.prompts.ask_save_changes(self.document.display_name)
        if answer == CANCEL:
            return False
        if answer == SAVE:
            return self.file_save()
        return True

    def file_new(self) -> None:
        if not self.maybe_save():
            return
        self.set_document(OperationDocument.new("", recovery=self.recovery, keep_backup=self.keep_backup))

    def file_open(self) -> None:
        path = self.prompts.open_path(self.tr("Open operation"), FILE_FILTER)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path | str) -> bool:
        path = Path(path)
        if not self.maybe_save():
            return False
        document = self._open_document(path)
        if document is None:
            return False
        if held_on_another_machine(document):
            # A lock from another computer cannot be checked from here: it may be left by a crash
            # there. The planner may take it over, after being told what that risks.
            if self.prompts.offer_take_over(path.name, holder_text(document.locked_by)):
                taken = self._open_document(path, take_over=True)
                if taken is None:
                    return False
                document = taken
        self.set_document(document)
        cfg.add_recent(path)
        if document.read_only:
            if held_on_another_machine(document):
                text = self.tr("%1 is held by %2; opened read-only.").replace("%1", path.name) \
                    .replace("%2", holder_text(document.locked_by))
            else:
                text = self.tr("%1 is open in another window; opened read-only.").replace("%1", path.name)
            self.statusBar().showMessage(text, 8000)
        self.show_open_warnings(document)
        return True

    def _open_document(self, path: Path, *, take_over: bool = False) -> OperationDocument | None:
        """Open `path` in the background; on failure tell the planner why and return None."""
        try:
            return run_in_background(self, self.tr("Opening %1...").replace("%1", path.name),
                                     lambda: OperationDocument.open(path, recovery=self.recovery,
                                                                    keep_backup=self.keep_backup,
                                                                    take_over=take_over))
        except OperationFileError as exc:
            self.prompts.error(self.tr("Cannot open file"), exc.message(self.language))
        except OSError as exc:
            self.prompts.error(self.tr("Cannot open file"), f"{path.name}: {exc.strerror or exc}")
        return None

    def show_open_warnings(self, document: OperationDocument) -> None:
        """What opening left out (e.g. a damaged site-plan image): status bar and a warning that does not block."""
        warnings = [open_warning_text(w) for w in document.open_warnings]
        if not warnings:
            return
        self.statusBar().showMessage(warnings[0], 15000)
        self.prompts.warning(self.tr("Opened with warnings: %1").replace("%1", document.display_name),
                             "\n\n".join(warnings))

    def file_save(self) -> bool:
        doc = self.document
        if doc.path is None or doc.read_only:
            return self.file_save_as()
        try:
            run_in_background(self, self.tr("Saving %1...").replace("%1", doc.display_name), doc.save)
        except (OSError, ReadOnlyError) as exc:
            self.prompts.error(self.tr("Cannot save"), str(exc))
            return False
        self._saved()
        return True

    def file_save_as(self) -> bool:
        suggested = self.document.path.name if self.document.path else (self.plan.operation.name or "operasi") + ".renpam"
        path = self.prompts.save_path(self.tr("Save operation as"), FILE_FILTER, suggested)
        if path is None:
            return False
        try:
            run_in_background(self, self.tr("Saving %1...").replace("%1", path.name),
                              lambda: self.document.save_as(path))
        except (OSError, ReadOnlyError) as exc:
            self.prompts.error(self.tr("Cannot save"), str(exc))
            return False
        cfg.add_recent(self.document.path)
        self._document_changed()
        self._saved()
        return True

    def _saved(self) -> None:
        self._forced_dirty = False
        self.ws.undo_stack.setClean()
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", self.document.display_name), 4000)

    def file_close(self) -> None:
        if self.maybe_save():
            self.set_document(OperationDocument.new("", recovery=self.recovery, keep_backup=self.keep_backup))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = cfg.recent_files()
        for text in files:
            action = self.recent_menu.addAction(Path(text).name)
            action.setToolTip(text)
            action.triggered.connect(lambda _c=False, t=text: self.open_path(t))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear list"), cfg.clear_recent)
        else:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def import_plan(self) -> None:
        from desktop.plan_json import PlanDocumentError, import_document, loads

        path = self.prompts.open_path(self.tr("Import plan document"), JSON_FILTER)
        if path is None:
            return
        try:
            doc = loads(path.read_text(encoding="utf-8"))
            summary = apply_as_snapshot(self.ws.undo_stack, self.plan, self.tr("Import %1").replace("%1", path.name),
                                        lambda plan: import_document(plan, doc))
        except PlanDocumentError as exc:
            self.prompts.error(self.tr("Cannot import %1").replace("%1", path.name),
                               self.tr("The plan document has %1 problem(s); nothing was changed.")
                               .replace("%1", str(len(exc.problems))), "\n".join(exc.problems))
            return
        except (OSError, UnicodeDecodeError) as exc:
            self.prompts.error(self.tr("Cannot import %1").replace("%1", path.name), str(exc))
            return
        self.statusBar().showMessage(self.tr("Imported %1 entries from %2").replace("%1", str(summary.total()))
                                     .replace("%2", path.name), 6000)

    def export_plan(self) -> None:
        from desktop.plan_json import dumps

        suggested = (self.document.path.stem if self.document.path else "rencana") + ".json"
        path = self.prompts.save_path(self.tr("Export plan document"), JSON_FILTER, suggested)
        if path is None:
            return
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        try:
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_text(dumps(self.plan), encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            self.prompts.error(self.tr("Cannot export"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path.name), 5000)

    # ---------------------------------------------------------------- other helpers' dialogs
    def open_print_dialog(self) -> None:
        from ui.print_dialog import PrintDialog

        PrintDialog(self.document, self).exec()

    def open_import_wizard(self, kind: str) -> None:
        from ui.import_wizard import ImportWizard

        ImportWizard(self.document, kind, self.ws.undo_stack, self).exec()

    def open_auto_assign(self) -> None:
        from ui.auto_assign_dialog import AutoAssignDialog

        AutoAssignDialog(self.document, self.ws.undo_stack, self.ws.current_shift, self, lang=self.language).exec()

    def export_table(self) -> None:
        from ui.import_wizard import export_deployment_table

        written = export_deployment_table(self.plan, self, lang=self.language)
        if written is not None:
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", Path(written).name), 5000)

    # ================================================================== recovery
    def recovery_tick(self) -> None:
        """Every few seconds: write the recovery copy when the document says one is due."""
        doc = self.document
        if self.is_dirty() and doc.recovery_due():
            try:
                doc.write_recovery()
            except OSError as exc:
                self.statusBar().showMessage(self.tr("Could not write the recovery copy: %1").replace("%1", str(exc)), 8000)

    def offer_recovery(self) -> bool:
        """On start: offer unsaved work left by a crash; True when a copy was restored."""
        entries = self.recovery.entries()
        if not entries:
            return False
        items = [f"{e.title or (e.original.name if e.original else self.tr('Untitled operation'))} — "
                 f"{e.written_at:%d-%m-%Y %H:%M}" for e in entries]
        index = self.prompts.choose(self.tr("Restore unsaved work"),
                                    self.tr("Renpam was not closed properly. Restore this unsaved work?"), items)
        if index is None:
            for entry in entries:
                self.recovery.discard(entry.key)
            return False
        try:
            document = run_in_background(self, self.tr("Restoring unsaved work..."),
                                         lambda: OperationDocument.restore(entries[index], recovery=self.recovery,
                                                                           keep_backup=self.keep_backup))
        except OperationFileError as exc:
            self.prompts.error(self.tr("Cannot restore"), exc.message(self.language))
            self.recovery.discard(entries[index].key)
            return False
        self.set_document(document)
        self._forced_dirty = True
        self._update_title()
        self.show_open_warnings(document)
        return True

    # ================================================================== people
    def focus_find(self) -> None:
        self.roster_dock.show()
        self.roster_dock.raise_()
        self.roster.search.setFocus()
        self.roster.search.selectAll()

    def add_person(self) -> None:
        dialog = PersonDialog(self.plan, None, self)
        if dialog.exec() and dialog.result_person is not None:
            self.push(PutPersonCommand(self.plan, dialog.result_person))
            self.roster.select_person(dialog.result_person.id)

    def edit_person(self, pid: str | None = None) -> None:
        ids = [pid] if pid else self.roster.selected_ids()
        if not ids:
            return
        dialog = PersonDialog(self.plan, self.plan.personnel[ids[0]], self)
        if dialog.exec() and dialog.result_person is not None and not self.document.read_only:
            if dialog.result_person != self.plan.personnel[ids[0]]:
                self.push(PutPersonCommand(self.plan, dialog.result_person))

    def delete_people(self, ids: list[str]) -> None:
        if not ids or self.document.read_only:
            return
        assigned = [pid for pid in ids if self.plan.assignments_of(pid)]
        if assigned:
            names = ", ".join(self.plan.personnel[p].name for p in assigned[:5]) + (" ..." if len(assigned) > 5 else "")
            if not self.prompts.confirm(self.tr("Delete people"),
                                        self.tr("%1 of the selected people have duties (%2). Delete them and their duties?")
                                        .replace("%1", str(len(assigned))).replace("%2", names)):
                return
        stack = self.ws.undo_stack
        stack.beginMacro(self.tr("Delete %1 people").replace("%1", str(len(ids))))
        for pid in ids:
            stack.push(RemovePersonCommand(self.plan, pid))
        stack.endMacro()

    def assign_to_post(self) -> None:
        """The keyboard path for every drag: selected people -> 'Assign to post...' chooser."""
        ids = self.roster.selected_ids()
        if not ids or self.document.read_only:
            self.statusBar().showMessage(self.tr("Select people in the roster first."), 4000)
            return
        chooser = PostChooser(self.posts.model, len(ids), self)
        if chooser.exec():
            code = chooser.chosen()
            if code:
                self.ws.assign_people(ids, code)
                self.select_posts([code])

    # ================================================================== posts
    def push(self, command) -> bool:
        try:
            self.ws.undo_stack.push(command)
        except PlanError as exc:
            self.prompts.error(self.tr("Cannot change the plan"), str(exc))
            return False
        return True

    def add_post_at(self, x: float, y: float) -> None:
        if self.document.read_only:
            return
        dialog = PostDialog(self.plan, None, (x, y), self)
        if dialog.exec() and dialog.result_post is not None:
            if self.push(PutPostCommand(self.plan, dialog.result_post)):
                self.select_posts([dialog.result_post.code])

    def edit_post(self, code: str | None) -> None:
        if not code or code not in self.plan.posts:
            return
        dialog = PostDialog(self.plan, self.plan.posts[code], parent=self)
        if dialog.exec() and dialog.result_post is not None and not self.document.read_only:
            if dialog.result_post != self.plan.posts[code]:
                self.push(PutPostCommand(self.plan, dialog.result_post))

    def edit_selected_post(self) -> None:
        codes = self.posts.selected_codes()
        if codes:
            self.edit_post(codes[0])

    def delete_post(self, code: str) -> None:
        self.delete_posts([code])

    def delete_posts(self, codes: list[str]) -> None:
        if not codes or self.document.read_only:
            return
        staffed = [c for c in codes if any(a.post == c for s in self.plan.shifts for a in self.plan.assignments_at(c, s))]
        if staffed and not self.prompts.confirm(self.tr("Delete posts"),
                                                self.tr("Delete %1 and the duties at it?").replace("%1", ", ".join(codes))):
            return
        stack = self.ws.undo_stack
        stack.beginMacro(self.tr("Delete %1 posts").replace("%1", str(len(codes))))
        for code in codes:
            stack.push(RemovePostCommand(self.plan, code))
        stack.endMacro()

    def delete_selection(self) -> None:
        focus = self.focusWidget()
        if focus is self.posts.detail.view or (focus and self.posts.detail.isAncestorOf(focus)):
            self.posts.detail.remove_selected()
        elif focus is self.roster.view or (focus and self.roster.isAncestorOf(focus)):
            self.delete_people(self.roster.selected_ids())
        elif focus is self.posts.view or focus is self.plan_view or (focus and self.plan_view.isAncestorOf(focus)):
            self.delete_posts(self.posts.selected_codes())
        elif focus is self.units_page.table:
            self.units_page.delete_unit()

    def select_posts(self, codes: list[str]) -> None:
        self.posts.select_posts(codes)
        self.scene.select_posts(codes)
        if codes and codes[0] in self.scene.markers:
            self.plan_view.ensureVisible(self.scene.markers[codes[0]], 60, 60)

    def _posts_selected_on_plan(self, codes: list[str]) -> None:
        self.posts.select_posts(codes)

    def _posts_selected_in_list(self, codes: list[str]) -> None:
        self.scene.select_posts(codes)
        if codes and codes[0] in self.scene.markers:
            self.plan_view.ensureVisible(self.scene.markers[codes[0]], 60, 60)

    def select_target(self, kind: str, key: str) -> None:
        if kind == "post":
            self.tabs.setCurrentWidget(self.plan_view)
            self.select_posts([key])
        elif kind == "person":
            self.roster_dock.show()
            self.roster.select_person(key)

    def load_site_image(self) -> None:
        from desktop.siteplan import image_problem

        path = self.prompts.open_path(self.tr("Load site plan image"), IMAGE_FILTER)
        if path is None:
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.prompts.error(self.tr("Cannot load image"), str(exc))
            return
        problem = image_problem(data)
        if problem:
            self.prompts.error(self.tr("Cannot load image"), f"{path.name}: {problem}")
            return
        old = self.plan.site_plan
        self.push(SetSitePlanCommand(self.plan, SitePlan(title=old.title if old else path.stem, image_png=data,
                                                         scale_note=old.scale_note if old else "")))

    def edit_site_plan_details(self) -> None:
        from ui.site_plan_dialog import SitePlanDetailsDialog, apply_site_plan_details

        dialog = SitePlanDetailsDialog(self.plan, self)
        if dialog.exec():
            apply_site_plan_details(self.plan, self.ws.undo_stack, *dialog.values())

    def clear_site_image(self) -> None:
        old = self.plan.site_plan
        if old is not None and old.image_png:
            self.push(SetSitePlanCommand(self.plan, SitePlan(old.title, b"", old.scale_note)))

    def _ring_drawn(self, ring: str, points: list) -> None:
        from ui import labels

        old = self.plan.ring_outlines.get(ring)
        self.push(PutRingOutlineCommand(self.plan, RingOutline(ring, old.label if old else labels.ring(ring),
                                                               [tuple(p) for p in points])))

    # ================================================================== candidates (planning)
    def install_candidates_dock(self) -> None:
        """Ranked candidates for the one selected post in the current shift; Enter assigns (undoable)."""
        from ui.candidates_panel import CandidatesPanel

        self.candidates = CandidatesPanel(self.document, self.ws.undo_stack, self, lang=self.language)
        self.candidates_dock = QDockWidget(self.tr("Candidates"), self)
        self.candidates_dock.setObjectName("candidates")
        self.candidates_dock.setWidget(self.candidates)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.candidates_dock)
        self.tabifyDockWidget(self.posts_dock, self.candidates_dock)
        self.posts_dock.raise_()
        self.view_menu.addAction(self.candidates_dock.toggleViewAction())
        self._candidate_post: str | None = None

        def show_for(codes: list[str]) -> None:
            self._candidate_post = codes[0] if len(codes) == 1 else None
            self.candidates.lang = self.language
            self.candidates.set_place(self._candidate_post, self.ws.current_shift)

        def show_place(key) -> None:  # a "(nama menyusul)" row chosen in the post detail, or None
            self.candidates.lang = self.language
            if key is not None:
                self.candidates.set_place(key[0], key[1], placeholder=tuple(key))
            else:
                self.candidates.set_place(self._candidate_post, self.ws.current_shift)

        self.posts.posts_selected.connect(show_for)
        self.scene.posts_selected.connect(show_for)
        self.posts.detail.place_chosen.connect(show_place)
        self.ws.shift_changed.connect(lambda code: self.candidates.set_place(self._candidate_post, code or None))
        self.ws.document_changed.connect(lambda: self.candidates.set_document(self.document))

        from ui.accept_findings import install_accept_menu

        install_accept_menu(self.problems.view, lambda: self.plan, self.ws.undo_stack, lambda: self.language,
                            read_only=lambda: self.document.read_only)

    # ================================================================== settings, about, closing
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.language, self, keep_backup=self.keep_backup)
        if dialog.exec():
            self.set_language(dialog.chosen_language())
            self.set_keep_backup(dialog.chosen_keep_backup())

    def set_keep_backup(self, on: bool) -> None:
        """The backup preference: stored, and applied to the open document's next save."""
        self.keep_backup = on
        cfg.set_keep_backup(on)
        self.document.keep_backup = on

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = language
        cfg.set_language(language)
        i18n.install(language)  # LanguageChange reaches other windows and dialogs
        self.retranslate_ui()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Renpam"),
                          self.tr("<b>Renpam</b> — security deployment planning (Rencana Pengamanan).<br>"
                                  "Roster, posts on the site plan, shifts and plotting in one operation file."))

    def closeEvent(self, event) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.save_window_state()
        self.recovery_timer.stop()
        self.document.close()
        event.accept()
