"""The operation page (every field and text section) and the shifts page."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.model import TEXT_SECTIONS, PlanError, Unit
from ui import labels
from ui.commands import DeleteUnitCommand, PutShiftCommand, PutUnitCommand, SetOperationCommand, apply_as_snapshot
from ui.dialogs import ShiftDialog, datetime_edit, form_with_error_and_buttons
from ui.roles import CODE_ROLE
from ui.workspace import Workspace


def list_table(columns: int, stretch: int, on_open) -> QTableWidget:
    """The table of a list page (shifts, units, groups): whole rows, one at a time, read-only,
    columns sized to their contents but `stretch`; a double-click calls `on_open()`."""
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.doubleClicked.connect(lambda _i: on_open())
    return table


def add_edit_delete_buttons(page: QWidget, add, edit, delete) -> QHBoxLayout:
    """The Add / Edit / Delete button row of a list page; texts are set by its retranslate."""
    page.add_button, page.edit_button, page.delete_button = QPushButton(), QPushButton(), QPushButton()
    row = QHBoxLayout()
    for button, slot in ((page.add_button, add), (page.edit_button, edit), (page.delete_button, delete)):
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row


class SectionEdit(QPlainTextEdit):
    """A text section that commits when the planner leaves it (one undo step per visit)."""

    # Fires when focus leaves the editor.
    editing_finished = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class OperationPage(QWidget):
    """Name, kind, venue, times, classification, commanders and the order's text sections."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self._loading = False
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.venue = QLineEdit()
        self.address = QLineEdit()
        self.start = datetime_edit()
        self.end = datetime_edit()
        self.classification = QComboBox()
        self.commander = QComboBox()
        self.field_commander = QComboBox()
        for box in (self.commander, self.field_commander):
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            box.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            box.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.sections: dict[str, SectionEdit] = {name: SectionEdit() for name in TEXT_SECTIONS}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_labels = [QLabel() for _ in range(9)]
        times = QHBoxLayout()
        times.addWidget(self.start)
        self.until = QLabel()
        times.addWidget(self.until)
        times.addWidget(self.end)
        times.addStretch(1)
        for label, widget in zip(
            self.form_labels,
            (
                self.name,
                self.kind,
                self.venue,
                self.address,
                times,
                self.classification,
                self.commander,
                self.field_commander,
            ),
        ):
            label.setBuddy(widget if isinstance(widget, QWidget) else self.start)
            self.form.addRow(label, widget)
        self.tabs = QTabWidget()
        for name in TEXT_SECTIONS:
            self.tabs.addTab(self.sections[name], "")
        form_host = QWidget()
        form_host.setLayout(self.form)
        form_host.setMaximumWidth(900)
        layout = QVBoxLayout(self)
        layout.addWidget(form_host)
        layout.addWidget(self.tabs, 1)
        self.name.editingFinished.connect(lambda: self._commit(name=self.name.text().strip()))
        self.venue.editingFinished.connect(lambda: self._commit(venue=self.venue.text().strip()))
        self.address.editingFinished.connect(lambda: self._commit(address=self.address.text().strip()))
        self.kind.activated.connect(lambda _i: self._commit(kind=self.kind.currentData()))
        self.classification.activated.connect(lambda _i: self._commit(classification=self.classification.currentData()))
        self.start.editingFinished.connect(lambda: self._commit(start=self.start.value()))
        self.end.editingFinished.connect(lambda: self._commit(end=self.end.value()))
        self.commander.activated.connect(lambda _i: self._commit(commander=self.commander.currentData()))
        self.field_commander.activated.connect(
            lambda _i: self._commit(field_commander=self.field_commander.currentData())
        )
        for name, edit in self.sections.items():
            edit.editing_finished.connect(lambda n=name, e=edit: self._commit(**{n: e.toPlainText()}))
        workspace.plan_changed.connect(self._on_change)
        workspace.document_changed.connect(self.load)
        self.retranslate()

    def _on_change(self, change) -> None:
        if change.kind in ("operation", "reset") or (change.kind == "person" and change.action != "updated"):
            self.load()

    def retranslate(self) -> None:
        texts = (
            self.tr("Operation &name"),
            self.tr("&Kind"),
            self.tr("&Venue"),
            self.tr("&Address"),
            self.tr("&Time"),
            self.tr("C&lassification"),
            self.tr("&Commander"),
            self.tr("&Field commander"),
        )
        for label, text in zip(self.form_labels, texts):
            label.setText(text)
        self.until.setText(self.tr("until"))
        self.start.retranslate()
        self.end.retranslate()
        titles = {
            "situation": self.tr("Situation"),
            "mission": self.tr("Mission"),
            "execution": self.tr("Execution (course of action)"),
            "rules": self.tr("Rules / SOP"),
            "contingency": self.tr("Contingency"),
            "logistics": self.tr("Logistics"),
            "communications": self.tr("Communications"),
        }
        for i, name in enumerate(TEXT_SECTIONS):
            self.tabs.setTabText(i, titles[name])
        self.load()

    def load(self) -> None:
        self._loading = True
        try:
            op, plan = self.ws.plan.operation, self.ws.plan
            self.name.setText(op.name)
            self.venue.setText(op.venue)
            self.address.setText(op.address)
            for box, pairs, value in (
                (self.kind, labels.choices(labels.OPERATION_KINDS), op.kind),
                (self.classification, labels.choices(labels.CLASSIFICATIONS), op.classification),
            ):
                box.clear()
                for code, text in pairs:
                    box.addItem(text, code)
                box.setCurrentIndex(max(0, box.findData(value)))
            self.start.set_value(op.start)
            self.end.set_value(op.end)
            self.end.set_suggested(op.start + timedelta(hours=8) if op.start else None)
            people = plan.people_sorted_by_rank()
            officers = [p for p in people if labels.rank(p.rank)][:400] if len(people) > 400 else people
            for box, value in ((self.commander, op.commander), (self.field_commander, op.field_commander)):
                box.clear()
                box.addItem(self.tr("(not named)"), None)
                shown = list(officers)
                if value and value in plan.personnel and plan.personnel[value] not in shown:
                    shown.insert(0, plan.personnel[value])
                for p in shown:
                    box.addItem(f"{labels.rank(p.rank)} {p.name}".strip(), p.id)
                box.setCurrentIndex(max(0, box.findData(value)))
            for name, edit in self.sections.items():
                text = getattr(op, name)
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
            read_only = self.ws.document.read_only
            for widget in (self.name, self.venue, self.address):
                widget.setReadOnly(read_only)
            for widget in (self.kind, self.classification, self.commander, self.field_commander, self.start, self.end):
                widget.setEnabled(not read_only)
            for edit in self.sections.values():
                edit.setReadOnly(read_only)
        finally:
            self._loading = False

    def _commit(self, **values) -> None:
        if self._loading or self.ws.document.read_only:
            return
        op = self.ws.plan.operation
        changed = {k: v for k, v in values.items() if getattr(op, k) != v}
        if "name" in changed and not changed["name"]:
            self.name.setText(op.name)
            return
        if not changed:
            return
        try:
            self.ws.undo_stack.push(SetOperationCommand(self.ws.plan, **changed))
        except PlanError:
            self.load()


class ShiftsPage(QWidget):
    """The shifts (phases) of the operation with their times; add and edit."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.table = list_table(5, 1, self.edit_shift)
        self.table.setWordWrap(False)
        buttons = add_edit_delete_buttons(self, self.add_shift, self.edit_shift, self.delete_shift)
        # Asks the planner yes/no (title, text); the window hands in its prompts seam.
        self.confirm = lambda title, text: True
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        workspace.plan_changed.connect(self._on_change)
        workspace.document_changed.connect(self.load)
        self.retranslate()

    def _on_change(self, change) -> None:
        if change.kind in ("shift", "reset", "assignment", "post"):
            self.load()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Start"), self.tr("End"), self.tr("People on duty")]
        )
        self.add_button.setText(self.tr("Add shift..."))
        self.edit_button.setText(self.tr("Edit shift..."))
        self.delete_button.setText(self.tr("Delete shift"))
        self.hint.setText(
            self.tr(
                "Shifts (phases) of the operation: preparation and roll call, execution, "
                "consolidation. The shift selector in the toolbar chooses what the plan, "
                "posts and roster show."
            )
        )
        self.load()

    def load(self) -> None:
        plan = self.ws.plan
        self.table.setRowCount(len(plan.shifts))
        counts: dict[str, set[str]] = {}
        for person, _post, shift in plan.assignments:
            counts.setdefault(shift, set()).add(person)
        for row, shift in enumerate(plan.shifts.values()):
            values = (
                shift.code,
                shift.name,
                shift.start.strftime("%d-%m-%Y %H:%M") if shift.start else "",
                shift.end.strftime("%d-%m-%Y %H:%M") if shift.end else "",
                str(len(counts.get(shift.code, ()))),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(CODE_ROLE, shift.code)
                self.table.setItem(row, col, item)
        read_only = self.ws.document.read_only
        self.add_button.setEnabled(not read_only)
        self.edit_button.setEnabled(not read_only)
        self.delete_button.setEnabled(not read_only)

    def delete_shift(self) -> None:
        """Delete the selected shift with its duties, as one undo step (posts forget the shift too)."""
        row = self.table.currentRow()
        if row < 0 or self.ws.document.read_only:
            return
        code = self.table.item(row, 0).data(CODE_ROLE)
        duties = sum(1 for key in self.ws.plan.assignments if key[2] == code)
        if duties and not self.confirm(
            self.tr("Delete shift"),
            self.tr("Shift %1 has %n duties. Delete the shift and its duties?", "", duties).replace("%1", code),
        ):
            return
        apply_as_snapshot(
            self.ws.undo_stack,
            self.ws.plan,
            self.tr("Delete shift %1").replace("%1", code),
            lambda plan: plan.remove_shift(code),
        )

    def add_shift(self) -> None:
        dialog = ShiftDialog(self.ws.plan, None, self)
        if dialog.exec() and dialog.result_shift:
            self.ws.undo_stack.push(PutShiftCommand(self.ws.plan, dialog.result_shift))

    def edit_shift(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        code = self.table.item(row, 0).data(CODE_ROLE)
        dialog = ShiftDialog(self.ws.plan, self.ws.plan.shifts[code], self)
        if dialog.exec() and dialog.result_shift:
            self.ws.undo_stack.push(PutShiftCommand(self.ws.plan, dialog.result_shift))


class UnitDialog(QDialog):
    """Add or edit one unit (satuan): code, name, agency, and the sector a Polsek covers."""

    def __init__(self, plan, unit: Unit | None = None, parent=None) -> None:
        super().__init__(parent)
        self.plan, self.original = plan, unit
        u = unit or Unit(code="")
        self.setWindowTitle(self.tr("Edit unit") if unit else self.tr("Add unit"))
        self.code = QLineEdit(u.code)
        self.code.setReadOnly(unit is not None)
        self.name = QLineEdit(u.name)
        self.agency = QComboBox()
        for code, text in labels.choices(labels.AGENCIES):
            self.agency.addItem(text, code)
        self.agency.setCurrentIndex(max(0, self.agency.findData(u.agency)))
        self.sector = QLineEdit(u.sector)
        self.sector.setPlaceholderText(self.tr("sub-districts a Polsek covers"))
        form = QFormLayout()
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Agency"), self.agency)
        form.addRow(self.tr("&Sector"), self.sector)
        self.error = form_with_error_and_buttons(self, form)
        self.result_unit: Unit | None = None

    def accept(self) -> None:
        unit = Unit(
            self.code.text().strip(), self.name.text().strip(), self.agency.currentData(), self.sector.text().strip()
        )
        if not unit.code:
            self.error.setText(self.tr("A unit needs a code."))
            return
        if self.original is None and unit.code in self.plan.units:
            self.error.setText(self.tr("There is already a unit %1.").replace("%1", unit.code))
            return
        from desktop.limits import unit_problems
        from ui.dialogs import limit_error

        problem = limit_error(
            unit_problems(unit), {"code": self.tr("&Code"), "name": self.tr("&Name"), "sector": self.tr("&Sector")}
        )
        if problem:
            self.error.setText(problem)
            return
        self.result_unit = unit
        super().accept()


class UnitsPage(QWidget):
    """The units (satuan) whose people serve in the operation, BKO reinforcements included."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self._reload_pending = False
        self.table = list_table(5, 1, self.edit_unit)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        buttons = add_edit_delete_buttons(self, self.add_unit, self.edit_unit, self.delete_unit)
        # Asks the planner yes/no (title, text); the window hands in its prompts seam.
        self.confirm = lambda title, text: True
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        workspace.plan_changed.connect(self._on_change)
        workspace.document_changed.connect(self.load)
        self.retranslate()

    def _on_change(self, change) -> None:
        if change.kind in ("unit", "reset", "person") and not self._reload_pending:
            # Coalesced: a bulk edit (a unit deleted with its people, its undo) reloads once.
            self._reload_pending = True
            QTimer.singleShot(0, self.load)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Agency"), self.tr("Sector"), self.tr("People")]
        )
        self.add_button.setText(self.tr("Add unit..."))
        self.edit_button.setText(self.tr("Edit unit..."))
        self.delete_button.setText(self.tr("Delete unit"))
        self.load()

    def load(self) -> None:
        self._reload_pending = False
        plan = self.ws.plan
        counts: dict[str, int] = {}
        for p in plan.personnel.values():
            counts[p.unit or ""] = counts.get(p.unit or "", 0) + 1
        self.table.setRowCount(len(plan.units))
        for row, unit in enumerate(plan.units.values()):
            values = (unit.code, unit.name, labels.agency(unit.agency), unit.sector, str(counts.get(unit.code, 0)))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(CODE_ROLE, unit.code)
                self.table.setItem(row, col, item)
        read_only = self.ws.document.read_only
        self.add_button.setEnabled(not read_only)
        self.edit_button.setEnabled(not read_only)
        self.delete_button.setEnabled(not read_only)

    def _menu(self, pos) -> None:
        if self.table.itemAt(pos) is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit unit..."), self.edit_unit)
        menu.addAction(self.tr("Delete unit"), self.delete_unit).setEnabled(not self.ws.document.read_only)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def selected_code(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(CODE_ROLE) if item else None

    def delete_unit(self) -> bool:
        """Delete the selected unit as one undo step; returns whether it was deleted.

        A unit that still has people (or "nama menyusul" places) is only deleted after the
        planner agrees: the people stay in the roster and in their posts, without a unit, and
        the unit's placeholders go. Declining leaves everything as it was.
        """
        code = self.selected_code()
        if code is None or self.ws.document.read_only or code not in self.ws.plan.units:
            return False
        plan = self.ws.plan
        people = len(plan.people_of_unit(code))
        places = len(plan.placeholders_of_unit(code))
        if people or places:
            text = self.tr(
                "Unit %1 still has %2 people and %3 places waiting for names. Delete the unit? "
                "The people stay in the roster and at their posts without a unit; the places "
                "waiting for names are removed."
            )
            if not self.confirm(
                self.tr("Delete unit"), text.replace("%1", code).replace("%2", str(people)).replace("%3", str(places))
            ):
                return False
        self.ws.undo_stack.push(DeleteUnitCommand(plan, code))
        return True

    def add_unit(self) -> None:
        dialog = UnitDialog(self.ws.plan, None, self)
        if dialog.exec() and dialog.result_unit:
            self.ws.undo_stack.push(PutUnitCommand(self.ws.plan, dialog.result_unit))

    def edit_unit(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        code = self.table.item(row, 0).data(CODE_ROLE)
        dialog = UnitDialog(self.ws.plan, self.ws.plan.units[code], self)
        if dialog.exec() and dialog.result_unit and dialog.result_unit != self.ws.plan.units[code]:
            self.ws.undo_stack.push(PutUnitCommand(self.ws.plan, dialog.result_unit))
