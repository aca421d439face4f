"""The planning window: roster, site plan with posts, shifts, operation page, problems, undo.

`MainWindow` assembles parts that each have one job and shows what they change:

- `ui.actions.ActionRegistry`: every command (id, text, icon, shortcut, handler) from one table;
- `ui.file_controller.FileController`: new, open, save, save as, close, recover, recent files;
- `ui.edits.WorkspaceEdits`: people and post edits, the site-plan image and rings, plan JSON;
- `ui.selection.SelectionSync`: one selection across the site plan, the lists and the problems;
- the panels, pages and docks (`ui.panels`, `ui.pages`, `ui.siteplan_view`, candidates).

The window itself builds menus and the toolbar from action ids, keeps the title and status bar
up to date, opens the other dialogs, and saves its layout.

Why this file is longer than 500 lines: it is the one place that wires the parts together
(building docks, menus and toolbar, connecting their signals, restoring the layout); each piece is
a few lines and splitting the wiring across files would hide how the window is put together.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer
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

from desktop import palette
from desktop.storage.document import OperationDocument
from desktop.storage.recovery import RecoveryStore
from ui import i18n, icons
from ui import settings as cfg
from ui.actions import ActionId, ActionRegistry
from ui.dialogs import SettingsDialog
from ui.edits import WorkspaceEdits
from ui.file_controller import FileController, blank_document
from ui.file_trust import holder_text
from ui.groups_page import GroupsPage
from ui.pages import OperationPage, ShiftsPage, UnitsPage
from ui.palette import bold_text_style
from ui.panels import PostsPanel, ProblemsPane, RosterPanel
from ui.paperwork_page import PaperworkPage
from ui.prompts import Prompts
from ui.roles import KEY_ROLE
from ui.selection import SelectionSync
from ui.siteplan_view import SitePlanScene, SitePlanView
from ui.workspace import Workspace

RECOVERY_TICK_MS = 5000
Id = ActionId

# What a read-only document disables (Edit Person stays: it shows the person, saving nothing).
EDITING_ACTIONS = (
    Id.SAVE,
    Id.DELETE,
    Id.ADD_PERSON,
    Id.ADD_POST,
    Id.ASSIGN,
    Id.AUTO_ASSIGN,
    Id.LOAD_IMAGE,
    Id.CLEAR_IMAGE,
    Id.SITE_PLAN_DETAILS,
    Id.IMPORT_PLAN,
    Id.IMPORT_ROSTER,
    Id.IMPORT_POSTS,
    Id.EXPORT_SECTOR,
    Id.MERGE_SECTOR,
    Id.IMPORT_CATEGORIES,
    Id.DUTY_SETTINGS,
)


class MainWindow(QMainWindow):
    def __init__(
        self,
        document: OperationDocument | None = None,
        *,
        recovery: RecoveryStore | None = None,
        prompts: Prompts | None = None,
    ) -> None:
        super().__init__()
        self.recovery = recovery if recovery is not None else RecoveryStore()
        self.prompts = prompts or Prompts(self)
        self.language = cfg.language()
        self.keep_backup = cfg.keep_backup()
        if document is None:
            document = blank_document(self.recovery, self.keep_backup)
        self.ws = Workspace(document, self)
        self.files = FileController(self, self.recovery)
        self.edits = WorkspaceEdits(self)
        self.setWindowIcon(icons.icon("renpam"))
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self.setDocumentMode(True)
        self._build_parts()
        self.selection = SelectionSync(
            posts=self.posts,
            scene=self.scene,
            plan_view=self.plan_view,
            roster=self.roster,
            roster_dock=self.roster_dock,
            tabs=self.tabs,
        )
        self.actions = ActionRegistry(self, self.ws.undo_stack)
        self.actions.create()
        self._build_menus()
        self._build_toolbar()
        self._build_statusbar()
        self._connect()
        self.retranslate_ui()
        self._restore_state()
        self.recovery_timer = QTimer(self)
        self.recovery_timer.setInterval(RECOVERY_TICK_MS)
        self.recovery_timer.timeout.connect(self.files.recovery_tick)
        self.recovery_timer.start()
        self._document_changed()
        self._connect_candidates()
        self.install_revisions()

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
        self.groups_page = GroupsPage(ws)
        self.tabs.addTab(self.groups_page, "")
        self.paperwork_page = PaperworkPage(ws)
        self.tabs.addTab(self.paperwork_page, "")
        self.setCentralWidget(self.tabs)

        from ui.candidates_panel import CandidatesPanel

        self.roster = RosterPanel(ws)
        self.posts = PostsPanel(ws)
        self.problems = ProblemsPane(ws, lambda: self.language)
        self.undo_view = QUndoView(ws.undo_stack)
        self.undo_view.setCleanIcon(icons.icon("save"))
        # Ranked candidates for the one selected post in the current shift; Enter assigns (undoable).
        self.candidates = CandidatesPanel(self.document, ws.undo_stack, self, lang=self.language)

        def dock(name: str, widget: QWidget, area) -> QDockWidget:
            d = QDockWidget(self)
            d.setObjectName(name)
            d.setWidget(widget)
            d.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable
                | QDockWidget.DockWidgetFeature.DockWidgetClosable
                | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            )
            self.addDockWidget(area, d)
            return d

        self.roster_dock = dock("roster", self.roster, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.posts_dock = dock("posts", self.posts, Qt.DockWidgetArea.RightDockWidgetArea)
        self.problems_dock = dock("problems", self.problems, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.history_dock = dock("history", self.undo_view, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.candidates_dock = QDockWidget(self)  # placed after the saved layout is restored
        self.candidates_dock.setObjectName("candidates")
        self.candidates_dock.setWidget(self.candidates)
        from ui.changes_panel import ChangesPanel

        self.changes = ChangesPanel(self.ws, self, lang=self.language)
        self.changes_dock = QDockWidget(self)  # placed after the saved layout is restored, as candidates
        self.changes_dock.setObjectName("changes")
        self.changes_dock.setWidget(self.changes)
        from ui.sector_plans import SectorPlans
        from ui.sectors_panel import SectorsPanel

        self.sector_plans = SectorPlans(self)
        self.sectors_panel = SectorsPanel(self.ws, self, findings=lambda: self.problems.model.findings or None)
        self.sectors_dock = QDockWidget(self)  # placed after the saved layout is restored, as candidates
        self.sectors_dock.setObjectName("sectors")
        self.sectors_dock.setWidget(self.sectors_panel)
        self.tabifyDockWidget(self.problems_dock, self.history_dock)
        self.problems_dock.raise_()
        self.resizeDocks([self.roster_dock, self.posts_dock], [420, 390], Qt.Orientation.Horizontal)
        self.resizeDocks([self.problems_dock], [120], Qt.Orientation.Vertical)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        A = self.actions
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self.files._fill_recent)
        self.import_menu = QMenu(self)
        self.import_menu.setIcon(icons.icon("import"))
        for name in (Id.IMPORT_PLAN, Id.IMPORT_ROSTER, Id.IMPORT_POSTS, Id.IMPORT_CATEGORIES):
            self.import_menu.addAction(A[name])
        self.file_menu.addActions([A[Id.NEW], A[Id.OPEN]])
        self.recent_menu_action = self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addActions([A[Id.SAVE], A[Id.SAVE_AS]])
        self.file_menu.addSeparator()
        self.file_menu.addMenu(self.import_menu)
        self.export_menu = QMenu(self)
        self.export_menu.setIcon(icons.icon("export"))
        self.export_menu.addActions([A[Id.EXPORT_PLAN], A[Id.EXPORT_TABLE], A[Id.EXPORT_SECTOR]])
        self.file_menu.addMenu(self.export_menu)
        self.file_menu.addAction(A[Id.MERGE_SECTOR])
        self.file_menu.addSeparator()
        self.file_menu.addActions([A[Id.PRINT], A[Id.CLOSE]])
        self.file_menu.addSeparator()
        self.file_menu.addAction(A[Id.QUIT])

        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([A[Id.UNDO], A[Id.REDO]])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([A[Id.ADD_PERSON], A[Id.EDIT_PERSON], A[Id.DELETE], A[Id.FIND]])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([A[Id.ASSIGN], A[Id.AUTO_ASSIGN]])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(A[Id.SETTINGS])

        self.plan_menu = bar.addMenu("")
        self.plan_menu.addActions([A[Id.ADD_POST], A[Id.EDIT_POST]])
        self.plan_menu.addSeparator()
        self.plan_menu.addActions([A[Id.LOAD_IMAGE], A[Id.CLEAR_IMAGE], A[Id.SITE_PLAN_DETAILS]])
        self.plan_menu.addAction(A[Id.ROLL_CALL])
        self.plan_menu.addAction(A[Id.DUTY_SETTINGS])
        self.rings_menu = QMenu(self)
        self.rings_menu.setIcon(icons.icon("ring"))
        self.rings_menu.addActions([A[Id.DRAW_RING_I], A[Id.DRAW_RING_II], A[Id.DRAW_RING_III]])
        self.plan_menu.addMenu(self.rings_menu)

        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([A[Id.VIEW_ROSTER], A[Id.VIEW_POSTS], A[Id.VIEW_PROBLEMS], A[Id.VIEW_HISTORY]])
        self.view_menu.addSeparator()
        self.view_menu.addActions([A[Id.ZOOM_IN], A[Id.ZOOM_OUT], A[Id.ZOOM_FIT]])
        self.view_menu.addActions([A[Id.VIEW_CANDIDATES], A[Id.VIEW_CHANGES], A[Id.VIEW_SECTORS]])

        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([A[Id.QUICK_START], A[Id.SHORTCUTS], A[Id.MANUAL]])
        self.help_menu.addSeparator()
        self.help_menu.addAction(A[Id.ABOUT])

    def _build_toolbar(self) -> None:
        A = self.actions
        tb = QToolBar(self)
        tb.setObjectName("main_toolbar")
        tb.setIconSize(QSize(22, 22))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        tb.addActions([A[Id.NEW], A[Id.OPEN], A[Id.SAVE]])
        tb.addSeparator()
        tb.addActions([A[Id.UNDO], A[Id.REDO]])
        tb.addSeparator()
        self.shift_label = QLabel()
        self.shift_label.setContentsMargins(6, 0, 4, 0)
        self.shift_combo = QComboBox()
        self.shift_combo.setMinimumContentsLength(22)
        self.shift_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.shift_combo.activated.connect(lambda _i: self.ws.set_shift(self.shift_combo.currentData()))
        tb.addWidget(self.shift_label)
        tb.addWidget(self.shift_combo)
        tb.addSeparator()
        tb.addActions([A[Id.ADD_PERSON], A[Id.ADD_POST], A[Id.ASSIGN], A[Id.AUTO_ASSIGN]])
        tb.addSeparator()
        tb.addActions([A[Id.ZOOM_IN], A[Id.ZOOM_OUT], A[Id.ZOOM_FIT]])
        tb.addSeparator()
        tb.addActions([A[Id.PRINT], A[Id.VIEW_PROBLEMS]])
        self.addToolBar(tb)
        self.toolbar = tb

    def _build_statusbar(self) -> None:
        self.status_counts = QLabel()
        self.status_lock = QLabel()
        self.status_lock.setStyleSheet(bold_text_style(palette.ALERT))
        self.status_problems = QLabel()
        bar = self.statusBar()
        bar.addPermanentWidget(self.status_lock)
        bar.addPermanentWidget(self.status_problems)
        bar.addPermanentWidget(self.status_counts)

    def _connect(self) -> None:
        ws, edits = self.ws, self.edits
        ws.undo_stack.cleanChanged.connect(self._update_title)
        ws.undo_stack.indexChanged.connect(self._update_title)
        ws.shift_changed.connect(self._fill_shifts)
        ws.document_changed.connect(self._document_changed)
        ws.plan_changed.connect(self._on_plan_change)
        self.scene.edit_requested.connect(edits.edit_post)
        self.posts.view.doubleClicked.connect(lambda i: edits.edit_post(i.data(KEY_ROLE)))
        self.plan_view.add_post_requested.connect(edits.add_post_at)
        self.plan_view.delete_post_requested.connect(edits.delete_post)
        self.plan_view.assign_here_requested.connect(
            lambda code: self.ws.assign_people(self.roster.selected_ids(), code)
        )
        self.plan_view.ring_drawn.connect(edits._ring_drawn)
        self.plan_view.drawing_changed.connect(self._drawing_hint)
        self.ws.drop_warning.connect(self._drop_warning)
        self.problems.check_finished.connect(lambda: self.scene.set_problems(self.problems.model.findings))
        self.problems.target_clicked.connect(self.selection.select_target)
        self.roster.view.doubleClicked.connect(
            lambda i: edits.edit_person() if i.column() not in (0, 1, 2, 4) else None
        )
        self.problems.model.modelReset.connect(self._update_status)
        for view, menu_for in ((self.roster.view, self._roster_menu), (self.posts.view, self._posts_menu)):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(menu_for)

    def _connect_candidates(self) -> None:
        """The candidates dock sits behind the posts (always there: it is placed after the saved
        layout was restored, as when it was added last); the candidates follow the selected post
        (or chosen place) and the current shift; the problems list offers to accept a warning."""
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.candidates_dock)
        self.tabifyDockWidget(self.posts_dock, self.candidates_dock)
        self.posts_dock.raise_()
        self.candidates.follow(self.ws, self.posts, self.scene, lambda: self.language)
        self.selection.followers.append(self.candidates.show_posts)

        from ui.accept_findings import install_accept_menu

        install_accept_menu(
            self.problems.view,
            lambda: self.plan,
            self.ws.undo_stack,
            lambda: self.language,
            read_only=lambda: self.document.read_only,
        )

    def _roster_menu(self, pos) -> None:
        A = self.actions
        menu = QMenu(self)
        menu.addActions([A[Id.ASSIGN], A[Id.EDIT_PERSON], A[Id.ADD_PERSON]])
        menu.addSeparator()
        menu.addAction(A[Id.DELETE])
        menu.exec(self.roster.view.viewport().mapToGlobal(pos))

    def _posts_menu(self, pos) -> None:
        A = self.actions
        menu = QMenu(self)
        menu.addActions([A[Id.EDIT_POST], A[Id.ADD_POST]])
        menu.addSeparator()
        menu.addAction(A[Id.DELETE])
        menu.exec(self.posts.view.viewport().mapToGlobal(pos))

    # ================================================================== translation
    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.actions.retranslate()
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
        self.candidates_dock.setWindowTitle(self.tr("Candidates"))
        self.changes_dock.setWindowTitle(self.tr("Changes since the last print"))
        self.sectors_dock.setWindowTitle(self.tr("Sectors"))
        self.undo_view.setEmptyLabel(self.tr("<opened>"))
        self.tabs.setTabText(0, self.tr("Site Plan"))
        self.tabs.setTabText(1, self.tr("Operation"))
        self.tabs.setTabText(2, self.tr("Shifts"))
        self.tabs.setTabText(3, self.tr("Units"))
        self.tabs.setTabText(4, self.tr("Groups"))
        self.tabs.setTabText(5, self.tr("Paperwork"))
        self.shift_label.setText(self.tr("Shift:"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        for part in (
            self.roster,
            self.posts,
            self.operation_page,
            self.shifts_page,
            self.units_page,
            self.candidates,
            self.groups_page,
            self.paperwork_page,
            self.sectors_panel,
            self.changes,
        ):
            part.retranslate()
        for model in (self.roster.model, self.posts.model, self.posts.detail.people, self.problems.model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            if model.rowCount():
                model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
        self.problems.filters.retranslate()
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
        return self.files.is_dirty()

    def _document_changed(self) -> None:
        read_only = self.document.read_only
        self.actions.set_enabled(EDITING_ACTIONS, not read_only)
        if read_only:
            who = holder_text(self.document.locked_by) if self.document.locked_by else self.tr("another window")
            self.status_lock.setText(self.tr("Read-only: open by %1").replace("%1", who))
        else:
            self.status_lock.setText("")
        self._fill_shifts()
        self._update_title()
        self._update_status()
        QTimer.singleShot(0, self.plan_view.fit_unless_zoomed)

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
            suffix = (
                " — " + self.tr("read-only, held by %1").replace("%1", who) if who else " — " + self.tr("read-only")
            )
        suffix += self.sector_plans.title_suffix()
        self.setWindowTitle(f"{name}[*]{suffix} — Renpam")
        self.setWindowModified(self.is_dirty())

    def _update_status(self) -> None:
        plan = self.plan
        self.status_counts.setText(
            " · ".join(
                (
                    self.tr("%n people", "", len(plan.personnel)),
                    self.tr("%n posts", "", len(plan.posts)),
                    self.tr("%n shifts", "", len(plan.shifts)),
                )
            )
        )
        errors, warnings = getattr(self.problems, "counts", (0, 0))
        self.status_problems.setText(self.tr("%n errors", "", errors) + ", " + self.tr("%n warnings", "", warnings))
        self.status_problems.setStyleSheet(bold_text_style(palette.plan_state(errors, warnings)) + "; padding: 0 8px")

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
        self.resizeDocks(
            [self.roster_dock, self.posts_dock], [int(width * 0.30), int(width * 0.28)], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.problems_dock], [max(110, int(self.height() * 0.16))], Qt.Orientation.Vertical)
        self.plan_view.fit_unless_zoomed()

    def save_window_state(self) -> None:
        s = cfg.settings()
        s.setValue(cfg.GEOMETRY, self.saveGeometry())
        s.setValue(cfg.STATE, self.saveState())
        s.sync()

    # ================================================================== entry points (launcher, tests)
    # The file controller and the edits do the work; these names stay on the window.
    def open_path(self, path: Path | str) -> bool:
        return self.files.open_path(path)

    def offer_recovery(self) -> bool:
        return self.files.offer_recovery()

    def file_save(self) -> bool:
        return self.files.file_save()

    def file_save_as(self) -> bool:
        return self.files.file_save_as()

    def file_close(self) -> None:
        self.files.file_close()

    def set_document(self, document: OperationDocument) -> None:
        self.files.set_document(document)

    def recovery_tick(self) -> None:
        self.files.recovery_tick()

    def _fill_recent(self) -> None:
        self.files._fill_recent()

    def push(self, command) -> bool:
        return self.edits.push(command)

    def select_posts(self, codes: list[str]) -> None:
        self.selection.select_posts(codes)

    # ================================================================== other dialogs
    def open_print_dialog(self) -> None:
        from ui.print_dialog import PrintDialog

        PrintDialog(self.document, self).exec()

    def open_import_wizard(self, kind: str) -> None:
        from ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.document, kind, self.ws.undo_stack, self)
        wizard.exec()
        result = wizard.result
        if result is not None and result.applied:  # say what came in, after the wizard is gone
            self.statusBar().showMessage(
                self.tr("Imported from %1: %2.")
                .replace("%1", wizard.path.name)
                .replace("%2", result.summary(self.language)),
                15000,
            )

    def open_duty_settings(self) -> None:
        from ui.duty_dialog import DutyDialog, SetDutySettingsCommand

        dialog = DutyDialog(self.plan, self)
        if dialog.exec() and dialog.values and not self.document.read_only:
            self.ws.undo_stack.push(SetDutySettingsCommand(self.plan, dialog.values))

    def open_auto_assign(self) -> None:
        from ui.auto_assign_dialog import AutoAssignDialog

        AutoAssignDialog(self.document, self.ws.undo_stack, self.ws.current_shift, self, lang=self.language).exec()

    def export_table(self) -> None:
        from ui.import_wizard import export_deployment_table

        written = export_deployment_table(self.plan, self, lang=self.language)
        if written is not None:
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", Path(written).name), 5000)

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

    def _drop_warning(self, post: str, text: str) -> None:
        """A drop made a problem: say so now and flash the post's marker."""
        self.statusBar().showMessage("⚠ " + text, 10000)
        marker = self.scene.markers.get(post)
        if marker is not None:
            marker.highlight = True
            marker.update()

            def unflag() -> None:
                if self.scene.markers.get(post) is marker:
                    marker.highlight = False
                    marker.update()

            QTimer.singleShot(2500, self, unflag)

    def _drawing_hint(self, on: bool) -> None:
        """While a ring is drawn, the status bar says how (until it is closed or cancelled)."""
        if on:
            self.statusBar().showMessage(
                self.tr("Click the corners of the ring; double-click or Enter closes it, Escape cancels.")
            )
        else:
            self.statusBar().clearMessage()

    def show_help(self, tab: int = 0) -> None:
        """Help > Quick Start / Keyboard Shortcuts / Manual: one dialog, opened on that tab."""
        from ui.help import HelpDialog

        dialog = HelpDialog(self.actions, self)
        dialog.show_tab(tab)
        dialog.exec()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.version import version

        QMessageBox.about(
            self,
            self.tr("About Renpam"),
            self.tr(
                "<b>Renpam</b> — security deployment planning (Rencana Pengamanan).<br>"
                "Roster, posts on the site plan, shifts and plotting in one operation file."
            )
            + "<br><br>"
            + self.tr("Version %1").replace("%1", version()),
        )

    def closeEvent(self, event) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.save_window_state()
        self.recovery_timer.stop()
        self.document.close()
        event.accept()

    # ================================================================== print revisions and the apel
    def install_revisions(self) -> None:
        """Place the "Changes since the last print" dock (ui/changes_panel), after the saved layout is restored."""
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.changes_dock)
        self.tabifyDockWidget(self.history_dock, self.changes_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.sectors_dock)
        self.tabifyDockWidget(self.changes_dock, self.sectors_dock)
        self.problems_dock.raise_()

    def open_apel_view(self) -> None:
        from ui.apel_view import ApelView

        ApelView(self.document, self.ws.undo_stack, self, lang=self.language).exec()
