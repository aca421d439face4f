"""The Auto-assign dialog: what auto-assignment will do, shown before it is done, undone in one step.

The dialog runs `desktop.planning.autoassign.auto_assign` on a copy of the open plan off the GUI
thread (`ui.background.run_task`: progress, and Cancel, which leaves no proposal), lists every person it would place and everything it could not fill in the planner's
words, and on Apply makes all of it one step on the undo stack (`apply_as_snapshot`).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import Cancelled
from desktop.limits import LimitError
from desktop.planning.autoassign import AutoAssignResult, auto_assign
from desktop.storage.document import OperationDocument
from ui import labels
from ui.background import run_task
from ui.commands import apply_as_snapshot


class PreviewModel(QAbstractTableModel):
    """The assignments auto-assignment proposes: shift, post, person, unit, role (read-only)."""

    HEADERS = ("Shift", "Post", "Person", "Unit", "Role")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, str, str, str]] = []

    def set_result(self, document: OperationDocument, result: AutoAssignResult) -> None:
        plan = document.plan
        self.beginResetModel()
        rows = []
        for a in result.added:
            person = plan.personnel[a.person]
            post = plan.posts[a.post]
            unit = plan.units.get(person.unit or "")
            rows.append(
                (
                    a.shift,
                    f"{post.code} {post.name}",
                    f"{person.rank} {person.name}".strip(),
                    unit.name if unit else "",
                    labels.role(a.role),
                )
            )
        for person_id, post_code, shift in result.promoted:
            person = plan.personnel[person_id]
            post = plan.posts[post_code]
            unit = plan.units.get(person.unit or "")
            rows.append(
                (
                    shift,
                    f"{post.code} {post.name}",
                    f"{person.rank} {person.name}".strip(),
                    unit.name if unit else "",
                    labels.role("danpos") + " ↑",
                )
            )
        shift_order = {c: i for i, c in enumerate(plan.shifts)}
        post_order = {f"{p.code} {p.name}": i for i, p in enumerate(plan.posts.values())}
        danpos = labels.role("danpos")
        rows.sort(key=lambda r: (shift_order.get(r[0], 0), post_order.get(r[1], 0), not r[4].startswith(danpos)))
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Shift"), self.tr("Post"), self.tr("Person"), self.tr("Unit"), self.tr("Role")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None


class AutoAssignDialog(QDialog):
    """Preview and apply auto-assignment for one shift or all shifts, as one undoable step."""

    def __init__(
        self,
        document: OperationDocument,
        undo_stack: QUndoStack,
        shift_code: str | None = None,
        parent: QWidget | None = None,
        *,
        lang: str = "id",
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = undo_stack
        self.lang = lang
        self.proposal: AutoAssignResult | None = None
        self.setWindowTitle(self.tr("Auto-assign"))
        self.resize(820, 560)

        self.scope = QComboBox()
        for code, shift in document.plan.shifts.items():
            self.scope.addItem(f"{code} · {shift.name}" if shift.name else code, code)
        self.scope.addItem(self.tr("All shifts"), None)
        index = self.scope.findData(shift_code) if shift_code else self.scope.count() - 1
        self.scope.setCurrentIndex(max(0, index))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fill open places in:")))
        top.addWidget(self.scope, 1)
        self.fill_to_max = QCheckBox(self.tr("Fill up to maximum"))
        self.fill_to_max.setToolTip(
            self.tr(
                "After the required places, the people left fill posts up to their maximum. "
                "Posts without a maximum get only what they need."
            )
        )
        top.addWidget(self.fill_to_max)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.notes.setMaximumHeight(110)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(QLabel(self.tr("Could not be done as wished:")))
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)

        self.scope.currentIndexChanged.connect(self.recompute)
        self.fill_to_max.toggled.connect(self.recompute)
        self.recompute()

    def shift_scope(self) -> list[str] | None:
        code = self.scope.currentData()
        return [code] if code else None

    def recompute(self) -> None:
        """Work out the proposal again for the chosen shift(s); the plan is not touched."""
        # The solver's extension module is loaded here, on the GUI thread: its first import in a
        # worker thread while Qt paints crashes the process (seen with ortools 9 and PySide6 6.x).
        from ortools.graph.python import min_cost_flow  # noqa: F401
        from ortools.linear_solver import pywraplp  # noqa: F401  (the exact solver's, likewise)

        plan = self.document.plan.clone()  # about a second for a whole district, off the GUI thread
        scope = self.shift_scope()
        fill_to_max = self.fill_to_max.isChecked()
        parent = self if self.isVisible() else self.parentWidget()
        try:
            self.proposal = run_task(
                parent,
                self.tr("Working out the assignments..."),
                lambda progress: auto_assign(plan, scope, progress=progress.step, fill_to_max=fill_to_max),
                cancellable=True,
            )
        except Cancelled:
            self.proposal = None
            self.preview_model.set_result(self.document, AutoAssignResult(shifts=[]))
            self.summary.setText(self.tr("Auto-assign was cancelled; nothing was changed."))
            self.notes.clear()
            self.apply_button.setEnabled(False)
            return
        except LimitError as exc:  # a post of an older file asks for more people than any post may
            self.proposal = None
            self.preview_model.set_result(self.document, AutoAssignResult(shifts=[]))
            self.summary.setText(exc.message(self.lang))
            self.notes.clear()
            self.apply_button.setEnabled(False)
            return
        result = self.proposal
        self.preview_model.set_result(self.document, result)
        filled = (
            self.tr("%1 of %2 open places will be filled.")
            .replace("%1", str(result.filled - result.extra_filled))
            .replace("%2", str(result.open_places))
        )
        if result.fill_to_max:
            filled += " " + (
                self.tr("Up to maximum: %1 of %2 further places.")
                .replace("%1", str(result.extra_filled))
                .replace("%2", str(result.extra_places))
            )
        promoted = len(result.promoted)
        if promoted == 1:
            filled += " " + self.tr("One member becomes danpos.")
        elif promoted > 1:
            filled += " " + self.tr("%n members become danpos.", "", promoted)
        self.summary.setText(
            filled + "\n" + self.tr("Objective, in order:") + " " + result.components.summary(self.lang)
        )
        self.notes.clear()
        for s in result.shortfalls:
            self.notes.addItem(s.message(self.lang))
        if not result.shortfalls:
            self.notes.addItem(self.tr("No shortfalls: every open place can be filled."))
        changes = bool(result.added or result.promoted)
        self.apply_button.setEnabled(changes and not self.document.read_only)

    def apply(self) -> None:
        """Make the proposal one step on the undo stack and close."""
        result = self.proposal
        if result is None or self.document.read_only or not (result.added or result.promoted):
            return
        text = self.tr("Auto-assign (%n people)", "", result.filled)
        apply_as_snapshot(self.undo_stack, self.document.plan, text, result.apply)
        self.accept()
