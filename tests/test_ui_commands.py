"""Undo commands restore the plan exactly, including the whole-plan snapshot used for bulk edits."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from desktop.plan_json import export_document
from ui.commands import (
    MovePostCommand,
    PlanSnapshotCommand,
    RemovePersonCommand,
    RemovePostCommand,
    apply_as_snapshot,
)


def test_snapshot_command_undoes_a_bulk_change_in_one_step(qtbot, demo_plan):
    """A bulk edit recorded with apply_as_snapshot undoes and redoes to identical plan documents."""
    stack = QUndoStack()
    before = export_document(demo_plan)

    def strip_shift(plan):
        for key in [k for k in plan.assignments if k[2] == "LAKS"]:
            plan.unassign(*key)
        return "done"

    assert apply_as_snapshot(stack, demo_plan, "Clear LAKS", strip_shift) == "done"
    after = export_document(demo_plan)
    assert stack.count() == 1 and not any(a.shift == "LAKS" for a in demo_plan.assignments.values())
    stack.undo()
    assert export_document(demo_plan) == before
    stack.redo()
    assert export_document(demo_plan) == after


def test_snapshot_command_accepts_plan_documents(qtbot, demo_plan):
    """Before/after given as plan JSON documents restore the same states."""
    stack = QUndoStack()
    before = export_document(demo_plan)
    work = demo_plan.clone()
    work.move_post("P01", 0.1, 0.1)
    after = export_document(work)
    stack.push(PlanSnapshotCommand(demo_plan, before, after, "Move via document"))
    assert (demo_plan.posts["P01"].x, demo_plan.posts["P01"].y) == (0.1, 0.1)
    stack.undo()
    assert export_document(demo_plan) == before


def test_removals_and_moves_restore_exactly_with_order(qtbot, demo_plan):
    """Deleting a post or a commander and moving a marker undo to the identical plan, order kept."""
    stack = QUndoStack()
    before = export_document(demo_plan)
    commander = demo_plan.operation.commander
    stack.beginMacro("bulk")
    stack.push(RemovePostCommand(demo_plan, "P03"))
    stack.push(RemovePersonCommand(demo_plan, commander))
    stack.push(MovePostCommand(demo_plan, "P01", (0.9, 0.9)))
    stack.endMacro()
    assert "P03" not in demo_plan.posts and demo_plan.operation.commander is None
    stack.undo()
    restored = export_document(demo_plan)
    key = lambda a: (a["person"], a["post"], a["shift"])  # noqa: E731 - re-added duties come last
    assert sorted(restored.pop("assignments"), key=key) == sorted(before.pop("assignments"), key=key)
    assert restored == before  # everything else identical, posts and people in their old order
