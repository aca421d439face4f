"""Qt item models of posts: the posts list (with its filter) and the people of one post in the
current shift, places held for units ("nama menyusul") included.

They share the row-keyed base and the coalesced updates of `ui.models` (see its docstring).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.model import Change, Placeholder
from desktop.planning.sectors import Sectors
from desktop.planning.staffing import figure as staffing_figure
from ui import labels
from ui.mime import PEOPLE_MIME, people_mime, read_people
from ui.models import _KeyedPlanModel, _sort_rows
from ui.palette import RING_COLOURS, STAFFING_COLOURS
from ui.roles import KEY_ROLE, PLACEHOLDER_ROLE, SORT_ROLE
from ui.workspace import Workspace, staffing_state


# ============================================================================ posts
class PostsModel(_KeyedPlanModel):
    """The posts of the operation with their staffing in the current shift; people drop on rows."""

    CODE, NAME, RING, KIND, STAFF, DANPOS = range(6)
    SECTOR_ORDER = 100  # not a column: sort by Polsek, kecamatan, cluster, TPS number (`sector_key`)
    sector_key = None  # set by the posts panel: a key function for that order

    def _plan_keys(self) -> list[str]:
        return list(self.ws.plan.posts)

    ROW_KIND = "post"
    ALL_ROWS_KINDS = ("person", "shift")

    def _row_key(self, change: Change) -> str | None:
        if change.kind == "assignment":
            return change.key[1]
        return change.key[0] if change.kind == "placeholder" else None

    def row_of(self, code: str) -> int | None:
        return self.rows.get(code)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        plan, shift = self.ws.plan, self.ws.current_shift
        if column < 0:
            return
        self.sorted_by = (column, order)
        order_of = {c: i for i, c in enumerate(plan.posts)}
        if column == self.SECTOR_ORDER and self.sector_key is not None:
            key = self.sector_key()
        elif column == self.CODE:
            key = order_of.__getitem__
        elif column == self.STAFF:

            def key(code):
                _state, count = staffing_state(plan, code, shift)
                return (count - plan.posts[code].min_staff, order_of[code])
        else:

            def key(code):
                return (str(self.data(self.index(self.rows[code], column))).casefold(), order_of[code])

        _sort_rows(self, self.keys, key, order == Qt.SortOrder.DescendingOrder)
        self.rows = {c: i for i, c in enumerate(self.keys)}

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Code"),
                self.tr("Post"),
                self.tr("Ring"),
                self.tr("Kind"),
                self.tr("Staff"),
                self.tr("Danpos"),
            ][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        code = self.keys[index.row()]
        plan = self.ws.plan
        post = plan.posts.get(code)
        if post is None:
            return None
        col = index.column()
        shift = self.ws.current_shift
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.CODE:
                return post.code
            if col == self.NAME:
                return post.name
            if col == self.RING:
                return post.ring or "–"
            if col == self.KIND:
                return labels.post_kind(post.kind)
            if col == self.STAFF:
                state, count = staffing_state(plan, code, shift)
                if state == "off" and not count:
                    return "–"
                return staffing_figure(post, count)
            if col == self.DANPOS:
                person = plan.danpos(code, shift) if shift else None
                return f"{labels.rank(person.rank)} {person.name}".strip() if person else ""
        elif role == SORT_ROLE:
            if col == self.STAFF:
                state, count = staffing_state(plan, code, shift)
                return count - post.min_staff
            if col == self.CODE:
                return index.row()
            return str(self.data(index)).casefold()
        elif role == KEY_ROLE:
            return code
        elif role == Qt.ItemDataRole.ForegroundRole:
            if col == self.STAFF:
                return QBrush(STAFFING_COLOURS[staffing_state(plan, code, shift)[0]])
            if col == self.RING:
                return QBrush(RING_COLOURS.get(post.ring, RING_COLOURS[None]))
        elif role == Qt.ItemDataRole.FontRole and col in (self.STAFF, self.CODE, self.RING):
            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.ToolTipRole:
            state, count = staffing_state(plan, code, shift)
            text = f"{post.code} {post.name}\n{labels.ring(post.ring)} · {labels.post_kind(post.kind)}\n{labels.staffing(state)}"
            home = Sectors(plan).home_unit(post) if (post.sector or post.district) else None
            place = " · ".join(x for x in (home, post.district, post.village, post.cluster) if x)
            return f"{text}\n{place}" if place else text  # where it is: Polsek, kecamatan, village, cluster
        elif role == Qt.ItemDataRole.TextAlignmentRole and col in (self.STAFF, self.RING):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid():
            base |= Qt.ItemFlag.ItemIsDropEnabled
        return base

    def mimeTypes(self) -> list[str]:
        return [PEOPLE_MIME]

    def supportedDropActions(self):
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return parent.isValid() and read_people(data) is not None and not self.ws.document.read_only

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Dropping people on a post row assigns them there in the current shift."""
        if not parent.isValid() or self.ws.document.read_only:
            return False
        return self.ws.drop_people(data, self.keys[parent.row()])


class PostsFilter(QSortFilterProxyModel):
    """Posts matching a text in code, name, kind or ring (posts list and the post chooser), and
    the place filter of an election operation (Polsek, kecamatan, village, cluster)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.place = None  # a callable taking a post code, or None for every post
        self.setSortRole(SORT_ROLE)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_place(self, accepts) -> None:
        """Only posts whose code `accepts(code)` takes (Polsek, kecamatan, village, cluster); None for all."""
        self.beginFilterChange()
        self.place = accepts
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        model: PostsModel = self.sourceModel()  # type: ignore[assignment]
        if self.place is not None and not self.place(model.keys[row]):
            return False
        if not self.text:
            return True
        post = model.ws.plan.posts.get(model.keys[row])
        if post is None:
            return False
        hay = f"{post.code} {post.name} {labels.post_kind(post.kind)} {post.ring or ''} {post.village} {post.district}"
        return all(word in hay.casefold() for word in self.text.split())


# ============================================================================ a post's people
class PostPeopleModel(QAbstractTableModel):
    """People at one post in the current shift, then its places waiting for names.

    A placeholder row reads "(nama menyusul)" with its unit; dropping a person on it swaps the
    placeholder for that person (`Workspace.drop_people(..., placeholder=key)`, one undo step).
    """

    ROLE, RANK, NAME, UNIT = range(4)

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.post: str | None = None
        self.items: list[tuple[str, str]] = []  # (person id, role)
        self.places: list[Placeholder] = []  # rows after the people: places waiting for names
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        workspace.plan_changed.connect(self._on_change)
        workspace.document_changed.connect(lambda: self.set_post(None))
        workspace.shift_changed.connect(lambda _c: self.refresh())

    def set_post(self, code: str | None) -> None:
        self.post = code
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        plan, shift = self.ws.plan, self.ws.current_shift
        if self.post in plan.posts and shift:
            self.items = [(a.person, a.role) for a in plan.assignments_at(self.post, shift)]
            self.places = sorted(plan.placeholders_at(self.post, shift), key=lambda ph: ph.role != "danpos")
        else:
            self.items, self.places = [], []
            if self.post not in plan.posts:
                self.post = None
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.kind in ("assignment", "person", "post", "reset", "shift", "placeholder", "unit"):
            self._pending.start()

    def placeholder_at(self, row: int) -> Placeholder | None:
        """The placeholder shown in `row`, or None for a person's row."""
        i = row - len(self.items)
        return self.places[i] if 0 <= i < len(self.places) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items) + len(self.places)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Role"), self.tr("Rank"), self.tr("Name"), self.tr("Unit")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ph = self.placeholder_at(index.row())
        if ph is not None:
            return self._placeholder_data(ph, index.column(), role)
        pid, role_code = self.items[index.row()]
        p = self.ws.plan.personnel.get(pid)
        if p is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                ("★ " + self.tr("Danpos")) if role_code == "danpos" else labels.role(role_code),
                labels.rank(p.rank),
                p.name,
                p.unit or "",
            ][col]
        if role == KEY_ROLE:
            return pid
        if role == Qt.ItemDataRole.FontRole and role_code == "danpos":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _placeholder_data(self, ph: Placeholder, col: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                ("★ " + self.tr("Danpos")) if ph.role == "danpos" else labels.role(ph.role),
                "",
                self.tr("(name to follow)"),
                ph.unit,
            ][col]
        if role == PLACEHOLDER_ROLE:
            return ph.key
        if role == Qt.ItemDataRole.ToolTipRole:
            unit = self.ws.plan.units.get(ph.unit)
            return (
                self.tr("Place %1 held for %2; drop a person here to fill it.")
                .replace("%1", str(ph.number))
                .replace("%2", (unit.name if unit and unit.name else ph.unit))
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#6b6b6b")
        return None

    def flags(self, index):
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid() and self.placeholder_at(index.row()) is None:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:
        return [PEOPLE_MIME]

    def mimeData(self, indexes):
        people = list(
            dict.fromkeys(self.items[i.row()][0] for i in indexes if i.isValid() and i.row() < len(self.items))
        )
        return people_mime(people, self.post, self.ws.current_shift)

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDropActions(self):
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        payload = read_people(data)
        return self.post is not None and payload is not None and payload.from_post != self.post

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if self.post is None or self.ws.document.read_only:
            return False
        ph = self.placeholder_at(parent.row()) if parent.isValid() else None
        return self.ws.drop_people(data, self.post, placeholder=ph.key if ph else None)
