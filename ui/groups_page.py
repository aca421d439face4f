"""The Groups page: command groups and reserves (cadangan), each edit one undo step.

A group is a commander over posts and members (negotiators, Dalmas awal, a ring, the Polsek, a
reserve); the printed command chart (Annex A) is built from them. Edits go through
`PutGroupCommand` / `RemoveGroupCommand`, which call one `Plan` method each.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.model import GROUP_ROLES, Group, Plan
from ui import labels
from ui.dialogs import form_with_error_and_buttons
from ui.pages import add_edit_delete_buttons, list_table
from ui.workspace import Workspace

MAX_TEXT = 2000


class PutGroupCommand(QUndoCommand):
    """Add a group or replace it with an edited copy."""

    def __init__(self, plan: Plan, group: Group) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit group %1").replace("%1", group.code))
        self.plan, self.new = plan, group
        self.old = plan.groups.get(group.code)

    def redo(self) -> None:
        self.plan.put_group(self.new)

    def undo(self) -> None:
        if self.old is None:
            self.plan.remove_group(self.new.code)
        else:
            self.plan.put_group(self.old)


class RemoveGroupCommand(QUndoCommand):
    """Remove a group; undo puts it back at its place in the list."""

    def __init__(self, plan: Plan, code: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete group %1").replace("%1", code))
        self.plan, self.code = plan, code
        self.group = plan.groups[code]
        self.index = list(plan.groups).index(code)

    def redo(self) -> None:
        self.plan.remove_group(self.code)

    def undo(self) -> None:
        self.plan.put_group(self.group)
        items = list(self.plan.groups.items())
        moved = items.pop()  # put_group appended it: move it back to where it was
        items.insert(self.index, moved)
        self.plan.groups.clear()
        self.plan.groups.update(items)


def _person_label(plan: Plan, pid: str) -> str:
    p = plan.personnel[pid]
    return f"{p.rank} {p.name}".strip() + (f" ({p.position})" if p.position else "")


class GroupDialog(QDialog):
    """Add or edit one group: code, name, role, commander, posts, members, and for a reserve
    where it is held and what commits it."""

    def __init__(self, plan: Plan, group: Group | None = None, parent=None) -> None:
        super().__init__(parent)
        self.plan, self.original = plan, group
        g = group or Group(code="")
        self.setWindowTitle(self.tr("Edit group") if group else self.tr("Add group"))
        self.resize(560, 640)
        self.code = QLineEdit(g.code)
        self.code.setReadOnly(group is not None)
        self.code.setMaxLength(40)
        self.name = QLineEdit(g.name)
        self.name.setMaxLength(200)
        self.role = QComboBox()
        for code, text in labels.choices(labels.GROUP_ROLES):
            self.role.addItem(text, code)
        self.role.setCurrentIndex(max(0, self.role.findData(g.role)))
        self.commander = QComboBox()
        self.commander.addItem(self.tr("(none)"), None)
        for person in plan.people_sorted_by_rank():
            self.commander.addItem(_person_label(plan, person.id), person.id)
        self.commander.setCurrentIndex(max(0, self.commander.findData(g.commander)))
        self.posts = QListWidget()
        taken = {code: other.code for other in plan.groups.values() if other.code != g.code for code in other.posts}
        for post in plan.posts.values():
            item = QListWidgetItem(
                f"{post.code}  {post.name}" + (f"  [{taken[post.code]}]" if post.code in taken else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, post.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            if post.code in taken:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if post.code in g.posts else Qt.CheckState.Unchecked)
            self.posts.addItem(item)
        self.members = QListWidget()
        for person in plan.people_sorted_by_rank():
            item = QListWidgetItem(_person_label(plan, person.id))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in g.members else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.reserve = QCheckBox(self.tr("Reserve (cadangan), not at a post"))
        self.reserve.setChecked(g.reserve)
        self.held_at = QLineEdit(g.held_at)
        self.held_at.setMaxLength(500)
        self.trigger = QPlainTextEdit(g.trigger)
        self.trigger.setFixedHeight(60)
        self.reserve.toggled.connect(self._reserve_toggled)
        form = QFormLayout()
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("C&ommander"), self.commander)
        form.addRow(self.tr("&Posts"), self.posts)
        form.addRow(self.tr("&Members not at a post"), self.members)
        form.addRow("", self.reserve)
        form.addRow(self.tr("&Held at"), self.held_at)
        form.addRow(self.tr("Committed &when"), self.trigger)
        self.error = form_with_error_and_buttons(self, form)
        self._reserve_toggled(g.reserve)
        self.result_group: Group | None = None

    def _reserve_toggled(self, on: bool) -> None:
        self.held_at.setEnabled(on)
        self.trigger.setEnabled(on)

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def accept(self) -> None:
        code, name = self.code.text().strip(), self.name.text().strip()
        if not code or not name:
            self.error.setText(self.tr("A group needs a code and a name."))
            return
        if self.original is None and code in self.plan.groups:
            self.error.setText(self.tr("There is already a group %1.").replace("%1", code))
            return
        trigger = self.trigger.toPlainText().strip()
        if len(trigger) > MAX_TEXT:
            self.error.setText(
                self.tr("What commits the reserve is longer than %1 characters.").replace("%1", str(MAX_TEXT))
            )
            return
        reserve = self.reserve.isChecked()
        self.result_group = Group(
            code,
            name,
            self.role.currentData(),
            self.commander.currentData(),
            self._checked(self.posts),
            self._checked(self.members),
            reserve,
            self.held_at.text().strip() if reserve else "",
            trigger if reserve else "",
        )
        super().accept()


class GroupsPage(QWidget):
    """The command groups and reserves of the operation, in the planner's order."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self._reload_pending = False
        self.table = list_table(6, 4, self.edit_group)
        row = add_edit_delete_buttons(self, self.add_group, self.edit_group, self.delete_group)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        workspace.plan_changed.connect(self._on_change)
        workspace.document_changed.connect(self.load)
        self.retranslate()

    def _on_change(self, change) -> None:
        if change.kind in ("group", "reset", "person", "post") and not self._reload_pending:
            self._reload_pending = True
            QTimer.singleShot(0, self.load)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Commander"),
                self.tr("Posts"),
                self.tr("Members"),
            ]
        )
        self.add_button.setText(self.tr("Add group..."))
        self.edit_button.setText(self.tr("Edit group..."))
        self.delete_button.setText(self.tr("Delete group"))
        self.load()

    def load(self) -> None:
        self._reload_pending = False
        plan = self.ws.plan
        self.table.setRowCount(len(plan.groups))
        for row, g in enumerate(plan.groups.values()):
            cmd = plan.personnel.get(g.commander or "")
            role = labels.group_role(g.role) + (" · " + self.tr("reserve") if g.reserve else "")
            values = (
                g.code,
                g.name,
                role,
                f"{cmd.rank} {cmd.name}".strip() if cmd else "-",
                ", ".join(g.posts) or (g.held_at if g.reserve else "-"),
                str(len(g.members)),
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, g.code)
                self.table.setItem(row, col, item)
        read_only = self.ws.document.read_only
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(not read_only)

    def selected_code(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add_group(self) -> None:
        dialog = GroupDialog(self.ws.plan, None, self)
        if dialog.exec() and dialog.result_group:
            self.ws.undo_stack.push(PutGroupCommand(self.ws.plan, dialog.result_group))

    def edit_group(self) -> None:
        code = self.selected_code()
        if code is None or code not in self.ws.plan.groups:
            return
        dialog = GroupDialog(self.ws.plan, self.ws.plan.groups[code], self)
        if dialog.exec() and dialog.result_group and dialog.result_group != self.ws.plan.groups[code]:
            self.ws.undo_stack.push(PutGroupCommand(self.ws.plan, dialog.result_group))

    def delete_group(self) -> None:
        code = self.selected_code()
        if code is None or self.ws.document.read_only or code not in self.ws.plan.groups:
            return
        self.ws.undo_stack.push(RemoveGroupCommand(self.ws.plan, code))


assert set(GROUP_ROLES) <= set(labels.GROUP_ROLES)
