"""GUI of planning: the Auto-assign dialog (preview, apply as one undo step) and the candidates panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

from desktop.plan_json import export_document
from desktop.storage.document import OperationDocument
from ui.auto_assign_dialog import AutoAssignDialog
from ui.candidates_panel import CandidatesPanel

SHOTS = Path(__file__).parent / "artifacts"


@pytest.fixture
def thinned_document(demo_plan):
    """The demo operation with two of every three assignments taken away, as an open document."""
    for i, a in enumerate(list(demo_plan.assignments.values())):
        if i % 3:
            demo_plan.unassign(a.person, a.post, a.shift)
    doc = OperationDocument(demo_plan)
    yield doc
    doc.close()


def test_dialog_previews_then_applies_as_one_undo_step(qtbot, thinned_document):
    """The preview lists what will be done; Apply does it; one Undo restores the plan exactly."""
    plan = thinned_document.plan
    before = export_document(plan)
    stack = QUndoStack()
    dialog = AutoAssignDialog(thinned_document, stack, "LAKS")
    qtbot.addWidget(dialog)
    result = dialog.proposal
    assert result is not None and result.shifts == ["LAKS"] and result.filled > 0
    assert dialog.preview_model.rowCount() == result.filled + len(result.promoted)
    assert export_document(plan) == before  # a preview changes nothing
    SHOTS.mkdir(exist_ok=True)
    dialog.show()
    dialog.grab().save(str(SHOTS / "auto_assign_dialog.png"))
    with qtbot.waitSignal(dialog.finished):
        dialog.apply_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stack.count() == 1
    for a in result.added:
        assert a.key in plan.assignments
    stack.undo()
    assert export_document(plan) == before
    stack.redo()
    assert all(a.key in plan.assignments for a in result.added)


def test_dialog_scope_all_shifts_and_cancel(qtbot, thinned_document):
    """Choosing all shifts widens the proposal; Cancel leaves the plan and the undo stack alone."""
    stack = QUndoStack()
    dialog = AutoAssignDialog(thinned_document, stack, "KONS")
    qtbot.addWidget(dialog)
    one = dialog.proposal.filled
    dialog.scope.setCurrentIndex(dialog.scope.findData(None))
    assert dialog.proposal.shifts == ["PERS", "LAKS", "KONS"] and dialog.proposal.filled > one
    dialog.reject()
    assert stack.count() == 0


def test_candidates_panel_assigns_on_enter_and_undoes(qtbot, thinned_document):
    """Enter on the top candidate assigns that person to the post; Undo takes them off again."""
    plan = thinned_document.plan
    stack = QUndoStack()
    panel = CandidatesPanel(thinned_document, stack)
    qtbot.addWidget(panel)
    panel.set_place("P01", "LAKS")
    assert panel.tree.topLevelItemCount() > 0
    top = panel.candidates[0]
    assert top.reasons("id")
    panel.show()
    panel.resize(700, 400)
    panel.grab().save(str(SHOTS / "candidates_panel.png"))
    panel.tree.setFocus()
    with qtbot.waitSignal(panel.assigned):
        qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert (top.person, "P01", "LAKS") in plan.assignments
    assert all(c.person != top.person for c in panel.candidates)  # no longer free in LAKS
    stack.undo()
    assert (top.person, "P01", "LAKS") not in plan.assignments


def test_candidates_panel_fills_a_held_place(qtbot, thinned_document):
    """Choosing a place held for a unit lists only that unit and swaps the placeholder for the person."""
    plan = thinned_document.plan
    plan.add_placeholders("P09", "LAKS", "BUNGURSARI" if "BUNGURSARI" in plan.units else next(iter(plan.units)), 1)
    key = next(iter(plan.placeholders))
    stack = QUndoStack()
    panel = CandidatesPanel(thinned_document, stack)
    qtbot.addWidget(panel)
    panel.set_place("P09", "LAKS", placeholder=key)
    assert panel.candidates and all(plan.personnel[c.person].unit == key[2] for c in panel.candidates)
    first = panel.candidates[0].person
    panel.tree.itemActivated.emit(panel.tree.topLevelItem(0), 0)  # as a double-click does
    assert key not in plan.placeholders and (first, "P09", "LAKS") in plan.assignments
    stack.undo()
    assert key in plan.placeholders and (first, "P09", "LAKS") not in plan.assignments


def test_main_window_shows_candidates_for_the_selected_post(qtbot, thinned_document, tmp_path):
    """Selecting one post in the planning window lists its candidates for the current shift."""
    from desktop.storage.recovery import RecoveryStore
    from ui.main_window import MainWindow

    class Discard:
        """Answers the close-time question without a message box."""

        def ask_save_changes(self, name: str) -> str:
            return "discard"

    window = MainWindow(thinned_document, recovery=RecoveryStore(tmp_path / "recovery"), prompts=Discard())
    qtbot.addWidget(window)
    window.posts.posts_selected.emit(["P01"])
    panel = window.candidates
    assert panel.post == "P01" and panel.shift == window.ws.current_shift
    assert panel.tree.topLevelItemCount() > 0
    window.candidates_dock.show()
    window.candidates_dock.raise_()
    window.resize(1300, 800)
    window.show()
    window.grab().save(str(SHOTS / "main_window_candidates.png"))


def test_accepting_a_warning_from_the_problems_list_is_undoable(qtbot, thinned_document, tmp_path):
    """The problems list accepts a warning with a note (one undo step) and refuses errors."""
    from desktop.storage.recovery import RecoveryStore
    from ui.main_window import MainWindow

    class Answers:
        """Answers the window's questions without dialogs."""

        def ask_save_changes(self, name: str) -> str:
            return "discard"

    plan = thinned_document.plan
    window = MainWindow(thinned_document, recovery=RecoveryStore(tmp_path / "recovery"), prompts=Answers())
    qtbot.addWidget(window)
    window.problems.refresh()
    findings = window.problems.model.findings
    warning = next(f for f in findings if f.severity == "warning")
    error = next(f for f in findings if f.severity == "error")
    view = window.problems.view
    refused = view.accept_menu_for(error).actions()[0]
    assert not refused.isEnabled() and "cannot be accepted" in refused.text()
    from ui.accept_findings import install_accept_menu

    menu = view.accept_menu_for(warning)
    # The note dialog is the one seam replaced here: the planner "types" a reason.
    view.customContextMenuRequested.disconnect()
    install_accept_menu(
        view, lambda: plan, window.ws.undo_stack, lambda: "id", ask_note=lambda *_: "Disepakati dengan kepala desa"
    )
    view.accept_menu_for(warning).actions()[0].trigger()
    assert plan.accepted[warning.key].note == "Disepakati dengan kepala desa"
    window.problems.refresh()
    assert any(f.key == warning.key and f.accepted for f in window.problems.model.findings)
    window.ws.undo_stack.undo()
    assert warning.key not in plan.accepted
    assert menu.actions()[0].isEnabled()


def test_dialog_fill_up_to_maximum_adds_people_within_each_maximum(qtbot, demo_plan):
    """Ticking 'Fill up to maximum' proposes more people, never beyond a post's maximum, and says how many."""
    for i, a in enumerate(list(demo_plan.assignments.values())):
        if i % 2:
            demo_plan.unassign(a.person, a.post, a.shift)
    doc = OperationDocument(demo_plan)
    try:
        stack = QUndoStack()
        dialog = AutoAssignDialog(doc, stack, "LAKS", lang="en")
        qtbot.addWidget(dialog)
        plain = dialog.proposal
        assert plain is not None and not plain.fill_to_max
        dialog.fill_to_max.setChecked(True)
        full = dialog.proposal
        assert full.fill_to_max and full.extra_filled > 0 and full.filled == plain.filled + full.extra_filled
        text = dialog.summary.text()
        assert f"{plain.filled} of {plain.open_places} open places" in text
        assert f"Up to maximum: {full.extra_filled} of {full.extra_places} further places" in text
        assert f"Objective, in order: errors {full.components.errors}," in text
        assert f"room to maximum {full.components.room_left}" in text
        with qtbot.waitSignal(dialog.finished):
            dialog.apply_button.click()
        for post in demo_plan.posts.values():
            if post.max_staff is not None and post.manned_in("LAKS"):
                assert demo_plan.count_at(post.code, "LAKS") <= max(post.max_staff, 0)
    finally:
        doc.close()
