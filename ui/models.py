"""Qt item models over the plan: roster and planning problems, and the base of keyed models
(the posts' models, built on it, are in `ui.post_models`).

Models hold row keys (person ids, post codes) and read row data from the plan when a view asks,
so 5,000 people cost a list of 5,000 strings. Plan changes arrive through the Workspace's bridge;
row updates are collected and announced once per event-loop turn (one dataChanged per burst),
so a bulk edit of thousands of assignments does not flood the views.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from desktop import palette
from desktop.model import Change, Person, PlanError
from desktop.ranks import rank_group, rank_level
from ui import labels
from ui.mime import PEOPLE_MIME, people_mime
from ui.roles import KEY_ROLE, SORT_ROLE
from ui.workspace import Workspace

_DOTS: dict[str, QIcon] = {}


def _dot(colour: str) -> QIcon:
    """A small round status dot (on duty in this shift or not) for the roster's name column."""
    icon = _DOTS.get(colour)
    if icon is None:
        pixmap = QPixmap(24, 24)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(6, 6, 12, 12)
        painter.end()
        icon = _DOTS[colour] = QIcon(pixmap)
    return icon


def _sort_rows(model: QAbstractTableModel, keys: list[str], key, reverse: bool) -> None:
    """Reorder a model's row keys in place, keeping selections and persistent indexes right."""
    model.layoutAboutToBeChanged.emit()
    old = model.persistentIndexList()
    held = [(keys[i.row()], i.column()) for i in old]
    keys.sort(key=key, reverse=reverse)
    where = {k: i for i, k in enumerate(keys)}
    model.changePersistentIndexList(old, [model.index(where[k], c) for k, c in held])
    model.layoutChanged.emit()


class _Coalescer:
    """Collects dirty rows and emits one dataChanged over their span on the next event-loop turn."""

    def __init__(self, model: QAbstractTableModel) -> None:
        self.model = model
        self.rows: set[int] = set()
        self.all = False
        self.timer = QTimer(model)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.flush)

    def mark(self, row: int | None) -> None:
        if row is None:
            return
        self.rows.add(row)
        self.timer.start()

    def mark_all(self) -> None:
        self.all = True
        self.timer.start()

    def flush(self) -> None:
        model = self.model
        count = model.rowCount()
        if count and (self.all or self.rows):
            if self.all:
                lo, hi = 0, count - 1
            else:
                lo, hi = max(0, min(self.rows)), min(count - 1, max(self.rows))
            if lo <= hi:
                model.dataChanged.emit(model.index(lo, 0), model.index(hi, model.columnCount() - 1))
        self.rows.clear()
        self.all = False


class _KeyedPlanModel(QAbstractTableModel):
    """Rows keyed by a plan key (person id, post code) in the plan's order.

    Edits update single rows (coalesced), adding or removing keys inserts or removes rows, and
    opening another document resets the model. Subclasses say which keys with `_plan_keys()`.
    """

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.keys: list[str] = []
        self.rows: dict[str, int] = {}
        self._dirty = _Coalescer(self)
        workspace.plan_changed.connect(self._on_change)
        workspace.document_changed.connect(self._rebind)
        workspace.shift_changed.connect(lambda _code: self._dirty.mark_all())
        self._reload()

    def _plan_keys(self) -> list[str]:
        raise NotImplementedError

    # The plan items the rows are (Change.kind), and the kinds whose change may show in any row.
    ROW_KIND = ""
    ALL_ROWS_KINDS: tuple[str, ...] = ()

    def _row_key(self, change: Change) -> str | None:
        """The row another kind of change touches (an assignment's person or post), or None."""
        return None

    def _on_change(self, change: Change) -> None:
        kind, action, key = change.kind, change.action, change.key
        if kind == self.ROW_KIND:
            if action == "added":
                self._append_key(key)
            elif action == "removed":
                self._remove_key(key)
            elif action == "moved":
                self._follow_plan_order()
            else:
                self._dirty.mark(self.rows.get(key))
        elif kind == "reset":
            self._dirty.flush()
            self.beginResetModel()
            self._reload()
            self.endResetModel()
        elif kind in self.ALL_ROWS_KINDS:
            self._dirty.mark_all()
        else:
            row_key = self._row_key(change)
            if row_key is not None:
                self._dirty.mark(self.rows.get(row_key))

    def _rebind(self) -> None:
        self.beginResetModel()
        self._reload()
        self.endResetModel()

    def _reload(self) -> None:
        self.keys = self._plan_keys()
        self.rows = {key: i for i, key in enumerate(self.keys)}
        if getattr(self, "sorted_by", None):
            QTimer.singleShot(0, lambda: self.sort(*self.sorted_by))  # keep the planner's sort after a reload

    def _append_key(self, key: str) -> None:
        row = len(self.keys)
        self.beginInsertRows(QModelIndex(), row, row)
        self.keys.append(key)
        self.rows[key] = row
        self.endInsertRows()

    def _follow_plan_order(self) -> None:
        """An item took another place in the plan's order (`Plan.reorder`, e.g. undoing a delete):
        rows follow, unless the planner sorted the view by a column."""
        if getattr(self, "sorted_by", None):
            return
        where = {k: i for i, k in enumerate(self._plan_keys())}
        self._dirty.flush()
        _sort_rows(self, self.keys, lambda k: where.get(k, len(where)), False)
        self.rows = {k: i for i, k in enumerate(self.keys)}

    def _remove_key(self, key: str) -> None:
        row = self.rows.get(key)
        if row is None:
            return
        self._dirty.flush()  # pending row updates refer to the old row numbers
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.keys[row]
        self.rows = {k: i for i, k in enumerate(self.keys)}
        self.endRemoveRows()


# ============================================================================ roster
class RosterModel(_KeyedPlanModel):
    """The personnel of the operation, one row per person, in the plan's order."""

    # Fires with one sentence (interface language) when an in-place edit is refused because the
    # value does not have its format (`desktop.fields`); the person is left as they were.
    edit_refused = Signal(str)

    NAME, RANK, NRP, UNIT, POSITION, SKILLS, SHIFTS, POST = range(8)
    EDITABLE = {NAME, RANK, NRP, POSITION}

    def _plan_keys(self) -> list[str]:
        return list(self.ws.plan.personnel)

    ROW_KIND = "person"
    ALL_ROWS_KINDS = ("unit", "shift", "post")

    def _row_key(self, change: Change) -> str | None:
        return change.key[0] if change.kind == "assignment" else None

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Name"),
                self.tr("Rank"),
                self.tr("NRP"),
                self.tr("Unit"),
                self.tr("Position"),
                self.tr("Skills"),
                self.tr("Shifts"),
                self.tr("Post (this shift)"),
            ][section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == self.SHIFTS:
            return self.tr("In how many shifts the person has a duty")
        return None

    def person(self, row: int) -> Person:
        return self.ws.plan.personnel[self.keys[row]]

    def post_in_shift(self, pid: str) -> str:
        shift = self.ws.current_shift
        if shift is None:
            return ""
        return ", ".join(
            a.post + (" ★" if a.role == "danpos" else "") for a in self.ws.plan.assignments_of(pid) if a.shift == shift
        )

    def shift_count(self, pid: str) -> int:
        return len({a.shift for a in self.ws.plan.assignments_of(pid)})

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        pid = self.keys[index.row()]
        p = self.ws.plan.personnel.get(pid)
        if p is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.NAME:
                return p.name
            if col == self.RANK:
                return labels.rank(p.rank)
            if col == self.NRP:
                return p.nrp
            if col == self.UNIT:
                return p.unit or ""
            if col == self.POSITION:
                return p.position
            if col == self.SKILLS:
                return ", ".join(p.skills)
            if col == self.SHIFTS:
                return self.shift_count(pid)
            if col == self.POST:
                return self.post_in_shift(pid)
        elif role == SORT_ROLE:
            if col == self.RANK:
                return rank_level(p.rank) * 1000 - 0  # the ladder, not the alphabet
            if col == self.SHIFTS:
                return self.shift_count(pid)
            value = self.data(index, Qt.ItemDataRole.DisplayRole)
            return str(value).casefold()
        elif role == KEY_ROLE:
            return pid
        elif role == Qt.ItemDataRole.ToolTipRole:
            unit = self.ws.plan.units.get(p.unit or "")
            parts = [f"{labels.rank(p.rank)} {p.name}".strip()]
            if p.nrp:
                parts.append(self.tr("NRP %1").replace("%1", p.nrp))
            if unit:
                parts.append(unit.name or unit.code)
            if p.skills:
                parts.append(", ".join(labels.skill(s) for s in p.skills))
            return "\n".join(parts)
        elif role == Qt.ItemDataRole.ForegroundRole and col == self.POST:
            return QBrush(QColor(palette.POSTED))
        elif role == Qt.ItemDataRole.DecorationRole and col == self.NAME:
            on_duty = self.ws.plan.on_duty(pid, self.ws.current_shift)
            return _dot(palette.ON_DUTY if on_duty else palette.OFF_DUTY)
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == self.SHIFTS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index):
        base = super().flags(index)
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in self.EDITABLE and not self.ws.document.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        from dataclasses import replace

        from desktop import fields
        from ui import i18n
        from ui.commands import PutPersonCommand

        p = self.person(index.row())
        text = str(value).strip()
        field = {self.NAME: "name", self.RANK: "rank", self.NRP: "nrp", self.POSITION: "position"}.get(index.column())
        if field is None or (field == "name" and not text):
            return False
        if field == "rank":
            text = fields.normalize_rank(text)
        if getattr(p, field) == text:
            return False
        new = replace(p, **{field: text})
        problems = fields.person_problems(new, self.ws.plan.agency_of(new))
        if problems:  # the same rule as the person dialog and the importers: said, and nothing changes
            self.edit_refused.emit(problems[0].message(i18n.language()))
            return False
        try:
            self.ws.undo_stack.push(PutPersonCommand(self.ws.plan, new))
        except PlanError:
            return False
        return True

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort rows by a Python key (fast for 5,000 rows); rank follows the ladder, not the alphabet."""
        personnel = self.ws.plan.personnel
        if column < 0:
            return
        self.sorted_by = (column, order)
        if column == self.RANK:
            # Names A-Z within a rank in either direction: a stable sort by name first, then by rank.
            self.keys.sort(key=lambda pid: personnel[pid].name.casefold())

            def key(pid):
                p = personnel[pid]
                return (rank_level(p.rank), p.rank.casefold())
        elif column == self.SHIFTS:

            def key(pid):
                return (self.shift_count(pid), personnel[pid].name.casefold())
        elif column == self.POST:

            def key(pid):
                return (self.post_in_shift(pid) or "\uffff", personnel[pid].name.casefold())
        else:
            attr = {self.NAME: "name", self.NRP: "nrp", self.UNIT: "unit", self.POSITION: "position"}.get(column)

            def key(pid):
                p = personnel[pid]
                value = ", ".join(p.skills) if attr is None else (getattr(p, attr) or "")
                return (value.casefold(), p.name.casefold())

        _sort_rows(self, self.keys, key, order == Qt.SortOrder.DescendingOrder)
        self.rows = {pid: i for i, pid in enumerate(self.keys)}

    def mimeTypes(self) -> list[str]:
        return [PEOPLE_MIME]

    def mimeData(self, indexes):
        people = list(dict.fromkeys(self.keys[i.row()] for i in indexes if i.isValid()))
        return people_mime(people, None, self.ws.current_shift)

    def supportedDragActions(self):
        return Qt.DropAction.CopyAction


class RosterFilter(QSortFilterProxyModel):
    """Search by name or NRP; filter by unit, rank group, skill and 'free in the current shift'."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.text = ""
        self.unit: str | None = None
        self.group: str | None = None
        self.skill: str | None = None
        self.unassigned_only = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)
        workspace.shift_changed.connect(self._shift_changed)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)  # a key sort in Python, not n·log n data() calls

    def _shift_changed(self, _code: str) -> None:
        if self.unassigned_only:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_unit(self, unit: str | None) -> None:
        self.beginFilterChange()
        self.unit = unit or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_group(self, group: str | None) -> None:
        self.beginFilterChange()
        self.group = group or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_skill(self, skill: str | None) -> None:
        self.beginFilterChange()
        self.skill = skill or None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_unassigned_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.unassigned_only = bool(on)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        model: RosterModel = self.sourceModel()  # type: ignore[assignment]
        pid = model.keys[row]
        p = self.ws.plan.personnel.get(pid)
        if p is None:
            return False
        if self.text and self.text not in p.name.casefold() and self.text not in p.nrp:
            return False
        if self.unit and p.unit != self.unit:
            return False
        if self.group and rank_group(p.rank) != self.group:
            return False
        if self.skill and self.skill not in p.skills:
            return False
        if self.unassigned_only:
            shift = self.ws.current_shift
            if self.ws.plan.on_duty(pid, shift):
                return False
        return True


# ============================================================================ problems
class ProblemsModel(QAbstractTableModel):
    """Findings of the planning rules, errors first; the text follows the interface language."""

    SEVERITY, MESSAGE, WHERE = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.findings: list = []
        self.lang = "id"

    def set_findings(self, findings: list, lang: str) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self.lang = lang
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Severity"), self.tr("Problem"), self.tr("Where")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        f = self.findings[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.SEVERITY:
                text = labels.severity(f.severity)
                return text + (" ✓" if f.accepted else "")
            if col == self.MESSAGE:
                return f.message(self.lang)
            if col == self.WHERE:
                return " · ".join(x for x in (f.post, f.shift) if x)
        elif role == Qt.ItemDataRole.ToolTipRole:
            return f.message(self.lang) + (f"\n{f.note}" if f.note else "")
        elif role == Qt.ItemDataRole.ForegroundRole and col == self.SEVERITY:
            return QBrush(QColor(palette.severity(f.severity)))
        elif role == Qt.ItemDataRole.DecorationRole and col == self.SEVERITY:
            return _dot(
                palette.SEVERITY["error"]
                if f.severity == "error"
                else (palette.ACCEPTED if f.accepted else palette.OPEN_WARNING)
            )
        elif role == KEY_ROLE:
            return f
        return None


__all__ = ["KEY_ROLE", "SORT_ROLE", "ProblemsModel", "RosterFilter", "RosterModel"]
