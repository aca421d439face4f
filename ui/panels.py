"""The window's parts: roster, posts with the post detail, shifts page, problems pane.

Why this file is longer than 500 lines: it holds four panels of 90 to 150 lines each that the
window builds and connects as one set and that share the table helper below; none is long."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop import palette
from desktop.planning.staffing import figure as staffing_figure
from desktop.ranks import RANK_GROUPS
from desktop.validation import Validator
from ui import labels, search_keys
from ui.commands import RemovePlaceholderCommand
from ui.models import ProblemsModel, RosterFilter, RosterModel
from ui.palette import bold_text_style
from ui.post_models import PostPeopleModel, PostsFilter, PostsModel
from ui.post_place_filter import PlaceFilterBar
from ui.problems_filter import ProblemsFilter, ProblemsFilterBar
from ui.problems_tree import ProblemsByRule, problems_tree_view
from ui.roles import KEY_ROLE, PLACEHOLDER_ROLE
from ui.workspace import Workspace, staffing_state


def _table(model, *, drag: bool = False, drop: bool = False) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.setWordWrap(False)
    view.horizontalHeader().setHighlightSections(False)
    if drag:
        view.setDragEnabled(True)
        view.setDragDropMode(
            QAbstractItemView.DragDropMode.DragDrop if drop else QAbstractItemView.DragDropMode.DragOnly
        )
        view.setDefaultDropAction(Qt.DropAction.CopyAction)
    elif drop:
        view.setAcceptDrops(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        view.setDropIndicatorShown(True)
    return view


class RosterPanel(QWidget):
    """Search and filters above the personnel table; people are dragged from here to posts."""

    def _edit_refused(self, text: str) -> None:
        """An in-place edit broke a field's format: say why under the cell (nothing changed)."""
        rect = self.view.visualRect(self.view.currentIndex())
        QToolTip.showText(self.view.viewport().mapToGlobal(rect.bottomLeft()), text, self.view)

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.model = RosterModel(workspace, self)
        self.proxy = RosterFilter(workspace, self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.unit = QComboBox()
        self.group = QComboBox()
        self.skill = QComboBox()
        self.free = QCheckBox()
        self.count = QLabel()
        self.count.setStyleSheet(f"color: {palette.MUTED}")
        self.view = _table(self.proxy, drag=True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Lists are read highest rank first (the way a Sprin's name list runs).
        self.view.horizontalHeader().setSortIndicator(RosterModel.RANK, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.model.edit_refused.connect(self._edit_refused)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in ((0, 150), (1, 62), (2, 74), (3, 72), (4, 120), (5, 90), (6, 34), (7, 74)):
            self.view.setColumnWidth(col, width)
        # What a planner scans first: name, rank, post in this shift, shifts worked.
        header.moveSection(header.visualIndex(RosterModel.POST), 2)
        header.moveSection(header.visualIndex(RosterModel.SHIFTS), 3)
        # Position and skills show in the tooltip; the header's menu brings the columns back.
        self.view.setColumnHidden(RosterModel.POSITION, True)
        self.view.setColumnHidden(RosterModel.SKILLS, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        filters = QHBoxLayout()
        filters.setSpacing(4)
        for box in (self.unit, self.group, self.skill):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
            filters.addWidget(box, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.free)
        bottom.addStretch(1)
        bottom.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addLayout(bottom)
        layout.addWidget(self.view, 1)
        self.search.textChanged.connect(self.proxy.set_text)
        search_keys.install(self.search, self.view)
        self.unit.currentIndexChanged.connect(lambda _i: self.proxy.set_unit(self.unit.currentData()))
        self.group.currentIndexChanged.connect(lambda _i: self.proxy.set_group(self.group.currentData()))
        self.skill.currentIndexChanged.connect(lambda _i: self.proxy.set_skill(self.skill.currentData()))
        self.free.toggled.connect(self.proxy.set_unassigned_only)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        workspace.document_changed.connect(self.reset_filters)
        workspace.plan_changed.connect(self._on_change)
        self.retranslate()

    def reset_filters(self) -> None:
        """Another operation was opened: show all of its people."""
        self.search.clear()
        self.free.setChecked(False)
        for box in (self.unit, self.group, self.skill):
            box.setCurrentIndex(0)
        self.fill_filters()

    def _on_change(self, change) -> None:
        if change.kind in ("unit", "reset"):
            self.fill_filters()

    def _header_menu(self, pos) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        model = self.model
        for col in range(model.columnCount()):
            action = menu.addAction(model.headerData(col, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(col))
            action.setEnabled(col != RosterModel.NAME)
            action.toggled.connect(lambda on, c=col: self.view.setColumnHidden(c, not on))
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name or NRP  (Ctrl+F)"))
        self.free.setText(self.tr("Only free in this shift"))
        self.free.setToolTip(self.tr("Show only people without a post in the selected shift"))
        self.fill_filters()

    def fill_filters(self) -> None:
        plan = self.ws.plan
        for box, items, everyone in (
            (self.unit, [(u.code, u.code) for u in plan.units.values()], self.tr("All units")),
            (self.group, [(g, labels.rank_group(g)) for g in RANK_GROUPS], self.tr("All ranks")),
            (
                self.skill,
                [(s, labels.skill(s)) for s in sorted({s for p in plan.personnel.values() for s in p.skills})],
                self.tr("All skills"),
            ),
        ):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            for code, text in items:
                box.addItem(text, code)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)
        self._update_count()

    def _update_count(self, *args) -> None:
        self.count.setText(
            self.tr("%1 of %n people", "", self.model.rowCount()).replace("%1", str(self.proxy.rowCount()))
        )

    def selected_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        return [r.data(KEY_ROLE) for r in sorted(rows, key=lambda i: i.row())]

    def select_person(self, pid: str) -> None:
        row = self.model.rows.get(pid)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered away: clear filters so the person shows
            self.search.clear()
            self.unit.setCurrentIndex(0)
            self.group.setCurrentIndex(0)
            self.skill.setCurrentIndex(0)
            self.free.setChecked(False)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)


class PostDetail(QFrame):
    """The selected post: what it is, its people in the current shift, danpos and removal."""

    # Fires with the key of the one selected "(nama menyusul)" row, or None when the selection
    # is anything else (the candidates panel then offers people for that place).
    place_chosen = Signal(object)

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.people = PostPeopleModel(workspace, self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.view = _table(self.people, drag=True, drop=True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(0, 86)
        self.view.setColumnWidth(1, 60)
        self.view.setColumnWidth(3, 70)
        self.danpos_button = QPushButton()
        self.remove_button = QPushButton()
        self.danpos_button.clicked.connect(self.make_danpos)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.danpos_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.people.modelReset.connect(self._update_text)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate()

    def _selection_changed(self, *_args) -> None:
        rows = self.view.selectionModel().selectedRows()
        key = rows[0].data(PLACEHOLDER_ROLE) if len(rows) == 1 else None
        self.place_chosen.emit(key)

    def retranslate(self) -> None:
        self.danpos_button.setText(self.tr("Make danpos"))
        self.danpos_button.setToolTip(self.tr("Make the selected person the post commander in this shift"))
        self.remove_button.setText(self.tr("Remove from post"))
        self._update_text()

    def set_post(self, code: str | None) -> None:
        self.people.set_post(code)

    def _update_text(self) -> None:
        code = self.people.post
        plan = self.ws.plan
        post = plan.posts.get(code) if code else None
        enabled = post is not None and not self.ws.document.read_only
        self.danpos_button.setEnabled(enabled)
        self.remove_button.setEnabled(enabled)
        if post is None:
            self.title.setText("<b>" + self.tr("No post selected") + "</b>")
            self.summary.setText(self.tr("Select a post on the plan or in the list. Drop people here to assign them."))
            return
        state, count = staffing_state(plan, post.code, self.ws.current_shift)
        self.title.setText(f"<b>{post.code}</b> · {post.name}")
        shift = self.ws.current_shift
        if shift is not None and not post.manned_in(shift):
            parts = [labels.ring(post.ring), labels.post_kind(post.kind), labels.staffing("off")]
            if count:
                parts.append(self.tr("yet %n assigned", "", count))
        else:
            parts = [
                labels.ring(post.ring),
                labels.post_kind(post.kind),
                self.tr("staff %1").replace("%1", staffing_figure(post, count)),
                labels.staffing(state),
            ]
        if post.radio_channel:
            parts.append(self.tr("channel %1").replace("%1", post.radio_channel))
        self.summary.setText(" · ".join(parts))
        self.summary.setToolTip(post.tasks)

    def selected_ids(self) -> list[str]:
        ids = [r.data(KEY_ROLE) for r in self.view.selectionModel().selectedRows()]
        return [pid for pid in ids if pid]  # placeholder rows carry no person

    def make_danpos(self) -> None:
        ids = self.selected_ids()
        if ids and self.people.post:
            self.ws.make_danpos(ids[0], self.people.post)

    def selected_places(self) -> list[tuple[str, str, str, int]]:
        """Keys of the selected placeholder rows ("nama menyusul")."""
        return [
            r.data(PLACEHOLDER_ROLE)
            for r in self.view.selectionModel().selectedRows()
            if r.data(PLACEHOLDER_ROLE) is not None
        ]

    def remove_selected(self) -> None:
        """Remove the selected people and places waiting for names from the post, one undo step."""
        ids, places = self.selected_ids(), self.selected_places()
        post = self.people.post
        if not post or not (ids or places):
            return
        if not places:
            self.ws.unassign_people(ids, post)
            return
        stack = self.ws.undo_stack
        stack.beginMacro(self.tr("Remove %n from %1", "", len(ids) + len(places)).replace("%1", post))
        try:
            if ids:
                self.ws.unassign_people(ids, post)
            for key in places:
                if key in self.ws.plan.placeholders:
                    stack.push(RemovePlaceholderCommand(self.ws.plan, key))
        finally:
            stack.endMacro()


class PostsPanel(QWidget):
    """The posts list (synchronised with the plan's markers) above the selected post's detail."""

    # Fires when the planner selects posts in the list; carries the codes.
    posts_selected = Signal(list)

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.model = PostsModel(workspace, self)
        self.proxy = PostsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        workspace.document_changed.connect(self.search.clear)  # another operation: show all its posts
        self.places = PlaceFilterBar(self)
        self.places.set_plan(workspace.plan)
        self.model.sector_key = self.places.sort_key
        self.places.changed.connect(self._places_changed)
        workspace.document_changed.connect(self._new_document)
        self._places_timer = QTimer(self)  # posts or units edited: read their places again, once
        self._places_timer.setSingleShot(True)
        self._places_timer.setInterval(200)
        self._places_timer.timeout.connect(self._places_edited)
        workspace.plan_changed.connect(
            lambda change: self._places_timer.start() if change.kind in ("post", "unit") else None
        )
        self.view = _table(self.proxy, drop=True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the plan's order
        self.view.setSortingEnabled(True)
        header = self.view.horizontalHeader()
        # The name keeps a readable width; in a narrow dock the danpos column scrolls, and in a wide
        # one it takes the room left. The code column fits the plan's codes (_fit_code_column).
        header.setStretchLastSection(True)
        for col, width in ((0, 96), (1, 130), (2, 36), (3, 96), (4, 58), (5, 112)):
            self.view.setColumnWidth(col, width)
        self.view.setColumnHidden(PostsModel.KIND, True)
        header.sortIndicatorChanged.connect(self._header_sorted)
        self._fit_code_column()
        search_keys.install(self.search, self.view)
        self.detail = PostDetail(workspace, self)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.search)
        top_layout.addWidget(self.places)
        top_layout.addWidget(self.view)
        split.addWidget(top)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self._syncing = False
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(
            lambda: self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Filter posts"))
        self.places.retranslate()
        self.detail.retranslate()

    def _places_changed(self) -> None:
        """The place filter or the sector order changed: filter, then order the list."""
        self.proxy.set_place(self.places.accepts if self.places.criterion() else None)
        header = self.view.horizontalHeader()
        if self.places.sector_order.isChecked():
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.model.sort(PostsModel.SECTOR_ORDER)
        elif (getattr(self.model, "sorted_by", None) or (None,))[0] == PostsModel.SECTOR_ORDER:
            self.model.sort(PostsModel.CODE)  # back to the plan's order

    def _header_sorted(self, column: int, _order) -> None:
        if column >= 0 and self.places.sector_order.isChecked():  # a column's order replaces the sector order
            self.places.sector_order.blockSignals(True)
            self.places.sector_order.setChecked(False)
            self.places.sector_order.blockSignals(False)

    def _new_document(self) -> None:
        self.places.set_plan(self.ws.plan)
        self.places.reset()
        self.proxy.set_place(None)
        self._fit_code_column()

    def _places_edited(self) -> None:
        self.places.set_plan(self.ws.plan)
        self._places_changed()
        self._fit_code_column()

    def _fit_code_column(self) -> None:
        """The code column as wide as the plan's longest code (a KPU list's TPS-PURWAK-101 is
        wider than a venue's P01), within 56 to 200 px."""
        bold = QFont(self.view.font())
        bold.setBold(True)  # codes are shown in bold
        metrics = QFontMetrics(bold)
        codes = sorted(self.ws.plan.posts, key=len)[-20:]  # the widest are among the longest
        widest = max((metrics.horizontalAdvance(code) for code in codes), default=0)
        self.view.setColumnWidth(PostsModel.CODE, max(56, min(200, widest + 18)))

    def _selection_changed(self, *args) -> None:
        codes = self.selected_codes()
        self.detail.set_post(codes[0] if len(codes) == 1 else (codes[0] if codes else None))
        if not self._syncing:
            self.posts_selected.emit(codes)

    def selected_codes(self) -> list[str]:
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [r.data(KEY_ROLE) for r in rows]

    def select_posts(self, codes: list[str]) -> None:
        self._syncing = True
        try:
            sel = self.view.selectionModel()
            sel.clearSelection()
            first = None
            for code in codes:
                row = self.model.row_of(code)
                if row is None:
                    continue
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():
                    self.search.clear()
                    index = self.proxy.mapFromSource(self.model.index(row, 0))
                sel.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
                first = first or index
            if first is not None:
                self.view.scrollTo(first)
        finally:
            self._syncing = False
        self.detail.set_post(codes[0] if codes else None)


BIG_PLAN = 2000  # people + posts above which a full check runs in the background


class ProblemsPane(QWidget):
    """Live planning problems; a click selects the post or person concerned."""

    # Fires when the planner clicks a finding: ('post', code) or ('person', id).
    target_clicked = Signal(str, str)
    # Fires when a check starts (True when it runs off the GUI thread) and when its list is shown.
    check_started = Signal(bool)
    check_finished = Signal()

    def __init__(self, workspace: Workspace, language: callable, parent=None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.language = language
        self.model = ProblemsModel(self)
        self.proxy = ProblemsFilter(lambda: self.ws.plan, self)
        self.proxy.setSourceModel(self.model)
        self.filters = ProblemsFilterBar(self)
        self.view = _table(self.proxy)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(0, 110)
        self.view.setColumnWidth(2, 110)
        self.tree_model = ProblemsByRule(self.proxy, self)
        self.tree = problems_tree_view(self.tree_model)
        self.lists = QStackedWidget()
        self.lists.addWidget(self.view)
        self.lists.addWidget(self.tree)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(2)
        top = QHBoxLayout()  # one line: the pane is short at 768 px
        top.addWidget(self.summary)
        top.addWidget(self.filters, 1)
        layout.addLayout(top)
        layout.addWidget(self.lists)
        self.view.clicked.connect(self._clicked)
        self.tree.clicked.connect(self._clicked)
        self.filters.changed.connect(self._apply_filters)
        workspace.shift_changed.connect(lambda _code: self._apply_filters())
        self.validator = Validator(workspace.plan)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.refresh)
        self.counts = (0, 0)
        self._first_pending = False
        workspace.plan_changed.connect(self._on_change)
        workspace.document_changed.connect(self._rebind)
        self._first_check()

    def _apply_filters(self) -> None:
        f = self.filters
        self.proxy.set_filters(
            errors_only=f.errors.isChecked(),
            shift=self.ws.current_shift if f.this_shift.isChecked() else None,
            rule=f.rule.currentData(),
            text=f.text.text(),
        )
        self._show_grouping()

    def _show_grouping(self) -> None:
        """With "By rule" on, the tree of what the filters let through; else the flat list."""
        if not self.filters.grouped.isChecked():
            self.lists.setCurrentWidget(self.view)
            return
        self.tree_model.rebuild()
        self.tree_model.restore(self.tree)
        self.lists.setCurrentWidget(self.tree)

    def shown(self) -> int:
        """How many findings pass the filters."""
        return self.proxy.rowCount()

    def _rebind(self) -> None:
        self.filters.reset()  # another operation: its whole list
        self.validator.close()
        self.validator = Validator(self.ws.plan)
        self._first_check()

    def _big(self) -> bool:
        plan = self.ws.plan
        return len(plan.personnel) + len(plan.posts) > BIG_PLAN

    def _first_check(self) -> None:
        """Check a newly shown plan: a small one now, a large one off the GUI thread once the
        event loop runs (never inside the window's construction or a document swap)."""
        if not self._big():
            self._first_pending = False
            self.refresh()
            return
        self._first_pending = True  # other refreshes meanwhile (a retranslation) wait for it
        self.counts = (0, 0)
        self.model.set_findings([], self.language())
        self.summary.setText(self.tr("Checking the plan..."))
        self.summary.setStyleSheet("color: #555555; font-weight: bold")
        QTimer.singleShot(0, self, self._run_first_check)  # dropped if the pane is gone by then

    def _run_first_check(self) -> None:
        if self._first_pending:
            self._first_pending = False
            self.refresh()

    def _on_change(self, _change) -> None:
        self.timer.start()

    def refresh(self) -> None:
        self.timer.stop()
        if self._first_pending:
            return
        if self.validator._full and self._big():
            # A full check of a district-size plan takes a few hundred ms: off the GUI thread.
            from ui.background import run_in_background

            self.check_started.emit(True)
            parent = self.window() if self.window().isVisible() else None
            findings = run_in_background(parent, self.tr("Checking the plan..."), self.validator.findings)
        else:
            self.check_started.emit(False)
            findings = self.validator.findings()
        errors = sum(1 for f in findings if f.severity == "error")
        warnings = sum(1 for f in findings if f.severity != "error" and not f.accepted)
        self.counts = (errors, warnings)  # before the reset: the status bar reads it then
        self.model.set_findings(findings, self.language())
        self.filters.fill_rules(findings, self.language())
        self._apply_filters()
        if errors or warnings:
            self.summary.setText(self.tr("%n errors", "", errors) + ", " + self.tr("%n warnings", "", warnings))
            self.summary.setStyleSheet(bold_text_style(palette.plan_state(errors, warnings)))
        else:
            self.summary.setText("✓ " + self.tr("No planning problems in this operation."))
            self.summary.setStyleSheet(bold_text_style(palette.ALL_CLEAR))
        self.counts = (errors, warnings)
        self.check_finished.emit()

    def _clicked(self, index) -> None:
        finding = index.data(KEY_ROLE)
        if finding is None:
            return
        if finding.shift and finding.shift in self.ws.plan.shifts:
            self.ws.set_shift(finding.shift)
        if finding.person:  # e.g. a double booking: show the person, and the post below
            self.target_clicked.emit("person", finding.person)
        if finding.post:
            self.target_clicked.emit("post", finding.post)
