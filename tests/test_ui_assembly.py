"""The window as an assembly: one action registry behind every menu, the file controller's paths,
and long work run by the one task adapter (progress shown, cancel leaves the plan unchanged)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu, QProgressDialog, QPushButton, QWidget

from desktop.errors import Cancelled
from desktop.plan_json import export_document
from desktop.storage.document import OperationDocument
from desktop.storage.recovery import RecoveryStore
from ui import background
from ui.actions import ACTIONS, CALL, ActionId
from ui.auto_assign_dialog import AutoAssignDialog
from ui.commands import RemovePostCommand
from ui.main_window import MainWindow
from ui.prompts import DISCARD


class Prompts:
    """Answers the window's questions: file names from a queue, Discard for unsaved work."""

    def __init__(self) -> None:
        self.paths: list[Path] = []
        self.errors: list[tuple[str, str]] = []

    def ask_save_changes(self, name: str) -> str:
        return DISCARD

    def open_path(self, title, filters):
        return self.paths.pop(0) if self.paths else None

    def save_path(self, title, filters, suggested=""):
        return self.paths.pop(0) if self.paths else None

    def error(self, title, text, details="") -> None:
        self.errors.append((title, text))

    def warning(self, title, text, details="") -> None:
        self.errors.append((title, text))


def make_window(qtbot, tmp_path: Path, document: OperationDocument | None = None) -> MainWindow:
    window = MainWindow(document, recovery=RecoveryStore(tmp_path / "recovery"), prompts=Prompts())
    qtbot.addWidget(window)
    return window


def menu_actions(menu: QMenu) -> list:
    """Every action reachable in a menu, submenus included."""
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found.extend(menu_actions(action.menu()))
    return found


def test_every_action_is_registered_once_with_its_shortcut_and_sits_in_a_menu(qtbot, tmp_path):
    """Each action id has exactly one QAction, keeps the table's shortcut, and is found in the menu bar."""
    w = make_window(qtbot, tmp_path)
    assert [spec.id for spec in ACTIONS] == list(ActionId)  # one row per id, no id without a row
    assert len({id(w.actions[key]) for key in ActionId}) == len(ActionId)
    in_menus = [a for top in w.menuBar().actions() for a in [top, *menu_actions(top.menu())]]
    for key in ActionId:
        action = w.actions[key]
        assert action is w.actions[key.value]  # plain strings find the same action
        assert in_menus.count(action) == 1, f"{key} is in the menus {in_menus.count(action)} times"
    assert w.actions[ActionId.SAVE].shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert w.actions[ActionId.ASSIGN].shortcut() == QKeySequence("Ctrl+Return")
    assert w.actions[ActionId.ZOOM_FIT].shortcut() == QKeySequence("Ctrl+0")
    assert QKeySequence("Ctrl+Y") in w.actions[ActionId.REDO].shortcuts()
    shortcuts = [s.toString() for a in (w.actions[k] for k in ActionId) for s in a.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"


def test_switching_language_retranslates_every_action(qtbot, tmp_path):
    """Indonesian and back to English: every command's text and tip follow, without new actions."""
    from ui import i18n
    from ui import settings as cfg

    w = make_window(qtbot, tmp_path)
    before = {key: w.actions[key] for key in ActionId}
    calls = [spec for spec in ACTIONS if spec.kind == CALL]
    try:
        w.set_language("en")
        assert [w.actions[spec.id].text() for spec in calls] == [spec.text for spec in calls]
        assert w.actions[ActionId.ADD_POST].toolTip() == "Add Post\nAdd a post in the middle of the plan"
        w.set_language("id")
        for spec in calls:  # every text and tip in Indonesian, none left in the English source
            action = w.actions[spec.id]
            assert action.text() == QCoreApplication.translate("MainWindow", spec.text) != spec.text
            assert action.statusTip() == (QCoreApplication.translate("MainWindow", spec.tip) if spec.tip else "")
        assert w.actions[ActionId.SAVE].text() == "&Simpan"
        assert w.actions[ActionId.PRINT].statusTip() == "Cetak atau ekspor dokumen rencana sebagai PDF"
        assert w.actions[ActionId.VIEW_CANDIDATES].text() == "Calon"  # a dock's toggle follows its title
        assert all(w.actions[key] is action for key, action in before.items())  # texts changed, not actions
    finally:  # leave the session as it was: no translator, default preference
        i18n.install("en")
        cfg.settings().remove(cfg.LANGUAGE)


def test_file_controller_new_open_save_close_from_the_menus(qtbot, tmp_path, demo_file):
    """File > Open, an edit, Save, Close and New through the registry's actions swap documents as a planner expects."""
    w = make_window(qtbot, tmp_path)
    w.prompts.paths = [demo_file]
    w.actions[ActionId.OPEN].trigger()
    assert w.document.path == demo_file and "P01" in w.plan.posts
    w.ws.undo_stack.push(RemovePostCommand(w.plan, "P13"))
    assert w.isWindowModified() and w.files.is_dirty()
    w.actions[ActionId.SAVE].trigger()
    assert not w.isWindowModified()
    copy = tmp_path / "salinan.renpam"
    w.prompts.paths = [copy]
    w.actions[ActionId.SAVE_AS].trigger()
    assert w.document.path == copy and copy.exists()
    w.actions[ActionId.CLOSE].trigger()
    assert w.document.path is None and not w.plan.posts
    w.prompts.paths = [copy]
    w.actions[ActionId.OPEN].trigger()
    assert "P13" not in w.plan.posts and "P12" in w.plan.posts  # the saved edit came back from disk
    w.actions[ActionId.NEW].trigger()
    assert w.document.path is None and not w.plan.personnel
    w.prompts.paths = [tmp_path / "nothing-here.renpam"]
    w.actions[ActionId.OPEN].trigger()
    assert w.prompts.errors and w.document.path is None  # refused in one sentence, nothing swapped


@pytest.fixture
def thinned_document(demo_plan):
    """The demo operation with two of every three assignments taken away, as an open document."""
    for i, a in enumerate(list(demo_plan.assignments.values())):
        if i % 3:
            demo_plan.unassign(a.person, a.post, a.shift)
    doc = OperationDocument(demo_plan)
    yield doc
    doc.close()


def test_auto_assign_cancelled_from_its_progress_changes_nothing(qtbot, thinned_document):
    """Cancelling auto-assignment at its first progress report leaves no proposal and the plan untouched."""
    plan = thinned_document.plan
    before = export_document(plan)
    reports: list[tuple[int, int, str]] = []

    def cancel_at_first_report(task) -> None:
        def report(done: int, total: int, note: str) -> None:
            reports.append((done, total, note))
            task.cancel()

        task.signals.progressed.connect(report)

    stack = QUndoStack()
    background.monitor.started.connect(cancel_at_first_report)
    try:
        with background.synchronous():
            dialog = AutoAssignDialog(thinned_document, stack, "LAKS")
    finally:
        background.monitor.started.disconnect(cancel_at_first_report)
    qtbot.addWidget(dialog)
    assert reports == [(0, 1, "LAKS")]
    assert dialog.proposal is None and not dialog.apply_button.isEnabled()
    assert dialog.preview_model.rowCount() == 0
    assert "cancelled" in dialog.summary.text()
    dialog.apply()
    assert stack.count() == 0 and export_document(plan) == before
    dialog.scope.setCurrentIndex(dialog.scope.findData(None))  # without cancelling, a proposal comes
    assert dialog.proposal is not None and dialog.proposal.filled > 0 and dialog.apply_button.isEnabled()


def test_a_long_job_shows_its_progress_and_can_be_cancelled(qtbot):
    """Work reporting steps off the GUI thread gets a progress dialog with a bar and Cancel; Cancel stops it."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: dict[str, object] = {}
    release = threading.Event()
    steps_done: list[int] = []

    def work(progress) -> str:
        for i in range(200):
            progress.step(i, 200, "")
            steps_done.append(i)
            release.wait(0.05)
        return "finished"

    def look() -> None:
        dialog = next(
            (
                d
                for d in QApplication.topLevelWidgets()
                if isinstance(d, QProgressDialog) and d.objectName() == "taskProgress" and d.isVisible()
            ),
            None,
        )
        if dialog is None or dialog.value() < 1:
            QTimer.singleShot(20, look)
            return
        seen.update(
            label=dialog.labelText(), maximum=dialog.maximum(), value=dialog.value(), modality=dialog.windowModality()
        )
        dialog.findChild(QPushButton).click()  # Cancel

    QTimer.singleShot(0, look)
    with pytest.raises(Cancelled):
        background.run_task(parent, "Counting...", work, cancellable=True)
    assert seen["label"] == "Counting..." and seen["maximum"] == 200 and 1 <= seen["value"] < 200
    assert seen["modality"] == Qt.WindowModality.WindowModal
    assert len(steps_done) < 200  # it stopped early
    release.set()
    assert not [d for d in QApplication.topLevelWidgets() if isinstance(d, QProgressDialog) and d.isVisible()]
    assert QApplication.activeModalWidget() is None  # nothing left blocking the window


def test_work_without_progress_keeps_its_result_and_its_error(qtbot):
    """run_in_background hands back what the work returned, or raises what it raised, and leaves no
    progress dialog to pop up later over the window."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    assert background.run_in_background(parent, "Adding...", lambda: 2 + 3) == 5
    with pytest.raises(ValueError, match="bad row"):
        background.run_in_background(parent, "Failing...", lambda: (_ for _ in ()).throw(ValueError("bad row")))
    qtbot.wait(3 * background.SHOW_AFTER_MS)  # past the moment a still-armed dialog would show itself
    assert not [d for d in QApplication.topLevelWidgets() if isinstance(d, QProgressDialog) and d.isVisible()]
    assert QApplication.activeModalWidget() is None
