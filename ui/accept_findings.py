"""Accepting a warning with a note from the problems list (undoable); errors cannot be accepted.

`AcceptFindingCommand` records the acceptance in the plan (it is saved in the operation file and
listed in the briefing packet); `install_accept_menu(view, ...)` gives a findings view a context
menu "Accept warning..." / "Withdraw acceptance". The note is asked for through `ask_note`, a
seam tests replace.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QMenu, QWidget

from desktop.model import AcceptedFinding, Plan
from desktop.planning.rules import ERROR, Finding
from ui.roles import FINDING_ROLE


class AcceptFindingCommand(QUndoCommand):
    """Accept a warning with a note (or change the note); undo restores what was there."""

    def __init__(self, plan: Plan, finding: Finding, note: str) -> None:
        super().__init__(QCoreApplication.translate("AcceptFindings", "Accept warning"))
        plan.check_acceptable(finding.key)  # an error raises FindingNotAcceptable: nothing is pushed
        self.plan, self.key, self.note = plan, finding.key, note
        old = plan.accepted.get(finding.key)
        self.old = AcceptedFinding(old.key, old.note, old.accepted_at) if old else None

    def redo(self) -> None:
        self.plan.accept_finding(self.key, self.note)

    def undo(self) -> None:
        if self.old is None:
            self.plan.unaccept_finding(self.key)
        else:
            self.plan.accept_finding(self.old.key, self.old.note, self.old.accepted_at)


class WithdrawAcceptanceCommand(QUndoCommand):
    """Take back the acceptance of a warning; undo accepts it again with the same note."""

    def __init__(self, plan: Plan, key: str) -> None:
        super().__init__(QCoreApplication.translate("AcceptFindings", "Withdraw acceptance"))
        self.plan, self.key = plan, key
        old = plan.accepted[key]
        self.old = AcceptedFinding(old.key, old.note, old.accepted_at)

    def redo(self) -> None:
        self.plan.unaccept_finding(self.key)

    def undo(self) -> None:
        self.plan.accept_finding(self.old.key, self.old.note, self.old.accepted_at)


def ask_note_dialog(parent: QWidget, finding: Finding, lang: str) -> str | None:
    """Ask the planner why the warning is acceptable; None when cancelled or empty."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("AcceptFindings", "Accept warning"),
        finding.message(lang)
        + "\n\n"
        + QCoreApplication.translate("AcceptFindings", "Why is this acceptable? (kept in the plan and printed)"),
        text=finding.note,
    )
    return text.strip() if ok and text.strip() else None


def install_accept_menu(
    view: QAbstractItemView,
    plan: Callable[[], Plan],
    undo_stack: QUndoStack,
    lang: Callable[[], str],
    *,
    read_only: Callable[[], bool] = lambda: False,
    ask_note: Callable[[QWidget, Finding, str], str | None] = ask_note_dialog,
) -> None:
    """Give a findings view (rows carrying their Finding under FINDING_ROLE) an accept/withdraw menu."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def finding_at(pos: QPoint) -> Finding | None:
        value = view.indexAt(pos).data(FINDING_ROLE)
        return value if isinstance(value, Finding) else None

    def accept(finding: Finding) -> None:
        note = ask_note(view, finding, lang())
        if note:
            from desktop.limits import NOTE_CHARS, text_problem

            problem = text_problem(note, NOTE_CHARS, "note")  # a pasted control character or a whole page
            if problem:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(
                    view, QCoreApplication.translate("AcceptFindings", "Accept warning"), problem.message(lang())
                )
                return
            undo_stack.push(AcceptFindingCommand(plan(), finding, note))

    def show_menu(pos: QPoint) -> None:
        finding = finding_at(pos)
        if finding is None:
            return
        menu = QMenu(view)
        fill_menu(menu, finding)
        menu.exec(view.viewport().mapToGlobal(pos))

    def fill_menu(menu: QMenu, finding: Finding) -> None:
        if finding.accepted:
            action = menu.addAction(QCoreApplication.translate("AcceptFindings", "Withdraw acceptance"))
            action.triggered.connect(lambda: undo_stack.push(WithdrawAcceptanceCommand(plan(), finding.key)))
            edit = menu.addAction(QCoreApplication.translate("AcceptFindings", "Change note..."))
            edit.triggered.connect(lambda: accept(finding))
            for a in (action, edit):
                a.setEnabled(not read_only())
        else:
            action = menu.addAction(QCoreApplication.translate("AcceptFindings", "Accept warning..."))
            action.triggered.connect(lambda: accept(finding))
            action.setEnabled(finding.severity != ERROR and not read_only())
            if finding.severity == ERROR:
                action.setText(QCoreApplication.translate("AcceptFindings", "Errors cannot be accepted, only fixed"))

    view.customContextMenuRequested.connect(show_menu)
    view.accept_menu_for = lambda finding: _menu_for(view, finding, fill_menu)  # type: ignore[attr-defined]


def _menu_for(view: QWidget, finding: Finding, fill: Callable[[QMenu, Finding], None]) -> QMenu:
    """The menu the view would show for `finding` (tests trigger its actions without a popup)."""
    menu = QMenu(view)
    fill(menu, finding)
    return menu
