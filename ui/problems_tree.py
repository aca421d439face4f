"""The problems pane grouped by rule: one row per rule with its count, its findings below.

The tree reads the filtered list (`ProblemsFilter`), so every filter of the pane applies with
grouping on. It holds only row numbers of the findings model and asks that model for each cell,
so a district plan's thousands of findings cost one pass to group and nothing per cell.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

from desktop import palette
from desktop.messages import text_of

_TOP = 0  # internal id of a rule row; a finding row carries its rule row's number + 1


class ProblemsByRule(QAbstractItemModel):
    """Rule rows (most findings first), each with the findings of that rule that pass the filters."""

    def __init__(self, proxy, parent=None) -> None:
        super().__init__(parent)
        self.proxy = proxy  # the filtered flat list (ProblemsFilter over ProblemsModel)
        self.groups: list[tuple[str, list[int], bool]] = []  # (rule, source rows, has an error)
        self.open_rules: set[str] = set()  # rules the planner opened: open again after a rebuild
        # A new list of findings makes the held row numbers meaningless until the next rebuild.
        proxy.sourceModel().modelAboutToBeReset.connect(self.clear)

    def clear(self) -> None:
        self.beginResetModel()
        self.groups = []
        self.endResetModel()

    @property
    def findings_model(self):
        return self.proxy.sourceModel()

    def rebuild(self) -> None:
        """Group what the filters let through now (one pass over the shown rows)."""
        source = self.findings_model
        findings = source.findings
        by_rule: dict[str, list[int]] = {}
        proxy, index = self.proxy, self.proxy.index
        for row in range(proxy.rowCount()):
            src = proxy.mapToSource(index(row, 0)).row()
            by_rule.setdefault(findings[src].rule, []).append(src)
        self.beginResetModel()
        self.groups = [
            (rule, rows, any(findings[r].severity == "error" for r in rows))
            for rule, rows in sorted(by_rule.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        ]
        self.endResetModel()

    def rule_label(self, rule: str) -> str:
        return text_of(f"rule.{rule}", self.findings_model.lang) or rule

    # -- the tree --------------------------------------------------------------------------
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if column < 0 or column >= self.columnCount():
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP) if 0 <= row < len(self.groups) else QModelIndex()
        if parent.internalId() != _TOP or parent.column() != 0:
            return QModelIndex()
        group = parent.row()
        if 0 <= row < len(self.groups[group][1]):
            return self.createIndex(row, column, group + 1)
        return QModelIndex()

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return 3

    def hasChildren(self, parent=QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        return self.findings_model.headerData(section, orientation, role)

    def source_index(self, index: QModelIndex) -> QModelIndex:
        """The findings model's cell shown at a finding row of the tree (invalid for a rule row)."""
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        rows = self.groups[index.internalId() - 1][1]
        return self.findings_model.index(rows[index.row()], index.column())

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() != _TOP:
            return self.source_index(index).data(role)
        rule, rows, has_error = self.groups[index.row()]
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.rule_label(rule)} ({len(rows)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.rule_label(rule)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(palette.severity("error" if has_error else "warning")))
        if role == Qt.ItemDataRole.UserRole:
            return rule
        return None

    def rule_rows(self) -> list[tuple[str, int]]:
        """(rule, count) of every rule row, in order: what the planner reads with grouping on."""
        return [(rule, len(rows)) for rule, rows, _e in self.groups]

    def note_opened(self, index: QModelIndex, opened: bool) -> None:
        """The view opened or closed a rule row (connected to its expanded/collapsed signals)."""
        if index.isValid() and index.internalId() == _TOP:
            rule = self.groups[index.row()][0]
            (self.open_rules.add if opened else self.open_rules.discard)(rule)

    def restore(self, view) -> None:
        """Span each rule row over the columns and re-open the rules that were open (or the only one)."""
        for i, (rule, _rows, _e) in enumerate(self.groups):
            view.setFirstColumnSpanned(i, QModelIndex(), True)
            if rule in self.open_rules or len(self.groups) == 1:
                view.setExpanded(self.index(i, 0), True)


def problems_tree_view(model: ProblemsByRule) -> QTreeView:
    """The tree view of the grouped list: the flat list's columns, one row height (fast at scale)."""
    view = QTreeView()
    view.setModel(model)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.header().setStretchLastSection(False)
    view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    view.setIndentation(14)
    view.setColumnWidth(0, 150)
    view.setColumnWidth(2, 110)
    view.expanded.connect(lambda index: model.note_opened(index, True))
    view.collapsed.connect(lambda index: model.note_opened(index, False))
    return view


__all__ = ["ProblemsByRule", "problems_tree_view"]
