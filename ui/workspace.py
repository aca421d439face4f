"""The open operation as the window works on it: document, plan notifications, undo stack,
current shift, and the edits every view shares (assigning by drop or by keyboard)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.model import Plan
from desktop.planning.staffing import staffing_state  # noqa: F401  (re-exported for the views)
from desktop.storage.document import OperationDocument
from ui.bridge import PlanBridge
from ui.commands import AssignCommand, FillPlaceholderCommand, SetDanposCommand, UnassignCommand
from ui.mime import read_people


class Workspace(QObject):
    """Holds the current document; swapping documents keeps the same Workspace object."""

    # Fires after a different document (new, opened, restored) became the current one.
    document_changed = Signal()
    # Fires after every edit of the current plan, whichever document is open (relays the current
    # PlanBridge): views connect once and never reconnect when a document is opened.
    plan_changed = Signal(object)
    # Fires when the planner picks another shift; carries the shift code ('' when none).
    shift_changed = Signal(str)
    # Fires after a drop that made a problem at once: post code and one sentence (double booking, over maximum).
    drop_warning = Signal(str, str)
    # Fires with (kind, key) when a view asks others to select something ('post' or 'person').
    selection_requested = Signal(str, str)

    def __init__(self, document: OperationDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.document = document
        self.bridge = PlanBridge(document.plan, self)
        self.current_shift: str | None = next(iter(document.plan.shifts), None)
        self.bridge.changed.connect(self._on_change)
        self.bridge.changed.connect(self.plan_changed)

    @property
    def plan(self) -> Plan:
        return self.document.plan

    def set_document(self, document: OperationDocument) -> None:
        self.bridge.changed.disconnect(self._on_change)
        self.bridge.close()
        self.undo_stack.clear()
        self.document = document
        self.bridge = PlanBridge(document.plan, self)
        self.bridge.changed.connect(self._on_change)
        self.bridge.changed.connect(self.plan_changed)
        self.current_shift = next(iter(document.plan.shifts), None)
        self.document_changed.emit()
        self.shift_changed.emit(self.current_shift or "")

    def set_shift(self, code: str | None) -> None:
        code = code or None
        if code == self.current_shift:
            return
        self.current_shift = code
        self.shift_changed.emit(code or "")

    def _on_change(self, change: object) -> None:
        if getattr(change, "kind", None) in ("shift", "reset"):
            if self.current_shift not in self.plan.shifts:
                self.set_shift(next(iter(self.plan.shifts), None))
            elif self.current_shift is None and self.plan.shifts:
                self.set_shift(next(iter(self.plan.shifts)))

    # ------------------------------------------------------------------ edits
    def assign_people(
        self, people: list[str] | tuple[str, ...], post: str, shift: str | None = None, from_post: str | None = None
    ) -> int:
        """Assign (or, with `from_post`, move) people to `post` in a shift as one undo step.

        Returns how many assignments were made; people already at the post are skipped.
        """
        plan = self.plan
        shift = shift or self.current_shift
        if shift is None or post not in plan.posts:
            return 0
        todo = [p for p in dict.fromkeys(people) if p in plan.personnel and (p, post, shift) not in plan.assignments]
        if not todo:
            return 0
        moving = from_post is not None and from_post != post and from_post in plan.posts
        if moving:
            text = QCoreApplication.translate("Workspace", "Move %n people to %1", "", len(todo)).replace("%1", post)
        else:
            text = QCoreApplication.translate("Workspace", "Assign %n people to %1", "", len(todo)).replace("%1", post)
        self.undo_stack.beginMacro(text)
        try:
            for pid in todo:
                if moving and (pid, from_post, shift) in plan.assignments:
                    self.undo_stack.push(UnassignCommand(plan, pid, from_post, shift))
                self.undo_stack.push(AssignCommand(plan, pid, post, shift))
        finally:
            self.undo_stack.endMacro()
        return len(todo)

    def drop_people(self, mime: QMimeData, post: str, placeholder: tuple[str, str, str, int] | None = None) -> bool:
        """The one code path every drop of people on a post goes through (marker, row, panel).

        Dropped on a placeholder row of the post ("nama menyusul"), the first person takes that
        place (its role kept) and any others are assigned as usual; all of it one undo step.
        """
        payload = read_people(mime)
        if payload is None:
            return False
        if placeholder is not None and placeholder in self.plan.placeholders and placeholder[0] == post:
            return self.fill_placeholder(placeholder, payload.people, payload.from_post)
        shift = payload.shift if payload.from_post and payload.shift else self.current_shift
        done = self.assign_people(payload.people, post, shift, payload.from_post) > 0
        if done and shift is not None:
            self._warn_after_drop(payload.people, post, shift)
        return done

    def _warn_after_drop(self, people, post: str, shift: str) -> None:
        """Say at once when the drop double-booked someone or took the post over its maximum."""
        plan = self.plan
        here = plan.shifts.get(shift)
        for pid in people:
            for duty in plan.assignments_of(pid):
                other = plan.shifts.get(duty.shift)
                if duty.post == post and duty.shift == shift:
                    continue
                if duty.shift == shift or (here is not None and other is not None and here.overlaps(other)):
                    self.drop_warning.emit(
                        post,
                        QCoreApplication.translate(
                            "Workspace", "%1 now has two posts at the same time: %2 and %3 (shift %4)."
                        )
                        .replace("%1", plan.personnel[pid].name)
                        .replace("%2", duty.post)
                        .replace("%3", post)
                        .replace("%4", shift),
                    )
                    return
        target = plan.posts[post]
        count = plan.count_at(post, shift)
        if target.max_staff is not None and count > target.max_staff:
            self.drop_warning.emit(
                post,
                QCoreApplication.translate(
                    "Workspace", "%1 is now over its maximum in shift %2: %3 people, at most %4."
                )
                .replace("%1", post)
                .replace("%2", shift)
                .replace("%3", str(count))
                .replace("%4", str(target.max_staff)),
            )

    def fill_placeholder(
        self, key: tuple[str, str, str, int], people: list[str] | tuple[str, ...], from_post: str | None = None
    ) -> bool:
        """Swap the placeholder `key` for the first of `people` (moving them from `from_post`)."""
        plan = self.plan
        post, shift = key[0], key[1]
        todo = [p for p in dict.fromkeys(people) if p in plan.personnel and (p, post, shift) not in plan.assignments]
        if not todo:
            return False
        first, rest = todo[0], todo[1:]
        moving = from_post is not None and from_post != post and from_post in plan.posts
        self.undo_stack.beginMacro(
            QCoreApplication.translate("Workspace", "Fill a place at %1 with %2")
            .replace("%1", post)
            .replace("%2", plan.personnel[first].name)
        )
        try:
            if moving and (first, from_post, shift) in plan.assignments:
                self.undo_stack.push(UnassignCommand(plan, first, from_post, shift))
            self.undo_stack.push(FillPlaceholderCommand(plan, key, first))
            for pid in rest:
                if moving and (pid, from_post, shift) in plan.assignments:
                    self.undo_stack.push(UnassignCommand(plan, pid, from_post, shift))
                self.undo_stack.push(AssignCommand(plan, pid, post, shift))
        finally:
            self.undo_stack.endMacro()
        return True

    def unassign_people(self, people: list[str], post: str, shift: str | None = None) -> int:
        shift = shift or self.current_shift
        keys = [(p, post, shift) for p in people if (p, post, shift) in self.plan.assignments]
        if not keys:
            return 0
        self.undo_stack.beginMacro(
            QCoreApplication.translate("Workspace", "Remove %n people from %1", "", len(keys)).replace("%1", post)
        )
        for key in keys:
            self.undo_stack.push(UnassignCommand(self.plan, *key))
        self.undo_stack.endMacro()
        return len(keys)

    def make_danpos(self, person: str, post: str, shift: str | None = None) -> None:
        shift = shift or self.current_shift
        if shift is None or (person, post, shift) not in self.plan.assignments:
            return
        self.undo_stack.push(SetDanposCommand(self.plan, post, shift, person))
