"""Follow-ups of the planning window: unit delete, site plan title/scale, placeholder rows, first check."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from test_ui_window import make_window

from desktop.model import Placeholder, Unit
from desktop.storage.document import OperationDocument

pytestmark = pytest.mark.usefixtures("indonesian_ui")


def select_unit(qtbot, window, code: str) -> None:
    page = window.units_page
    window.tabs.setCurrentWidget(page)
    page.table.selectRow(list(window.plan.units).index(code))
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()
    qtbot.waitUntil(lambda: window.focusWidget() is page.table)


def test_delete_key_removes_an_empty_unit_and_undo_restores_it(qtbot, tmp_path, demo_plan):
    """A unit without people goes with the Delete key without a question; undo puts it back in its place."""
    demo_plan.put_unit(Unit("BRIMOB", "Kompi Brimob BKO", "POLRI"))
    demo_plan.units = {
        k: demo_plan.units[k]
        for k in ["BAGOPS", "BRIMOB", *[c for c in demo_plan.units if c not in ("BAGOPS", "BRIMOB")]]
    }
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    select_unit(qtbot, w, "BRIMOB")
    QTest.keyClick(w.units_page.table, Qt.Key.Key_Delete)
    assert "BRIMOB" not in w.plan.units and w.prompts.asked == []
    qtbot.waitUntil(lambda: w.units_page.table.rowCount() == len(w.plan.units))
    assert w.ws.undo_stack.undoText() == "Hapus satuan BRIMOB"
    w.ws.undo_stack.undo()
    assert list(w.plan.units)[:2] == ["BAGOPS", "BRIMOB"]


def test_deleting_a_unit_with_people_asks_and_keeps_them_without_a_unit(qtbot, tmp_path, demo_plan):
    """The planner is asked; declining changes nothing, agreeing keeps the people at their posts without a unit."""
    demo_plan.put_placeholder(Placeholder("P01", "LAKS", "PS-BGS", 1))
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    people = sorted(pid for pid, p in w.plan.personnel.items() if p.unit == "PS-BGS")
    duties = set(w.plan.assignments)
    select_unit(qtbot, w, "PS-BGS")
    w.grab().save(str(tmp_path / "units.png"))
    w.prompts.confirm_answer = False
    w.units_page.delete_button.click()
    assert "PS-BGS" in w.plan.units and len(w.prompts.asked) == 1
    assert "10 personel" in w.prompts.asked[0] and "1 tempat" in w.prompts.asked[0]
    assert w.ws.undo_stack.count() == 0
    w.prompts.confirm_answer = True
    w.units_page.delete_button.click()
    assert "PS-BGS" not in w.plan.units and not w.plan.placeholders
    assert all(w.plan.personnel[pid].unit is None for pid in people) and set(w.plan.assignments) == duties
    assert w.ws.undo_stack.count() == 1
    w.ws.undo_stack.undo()
    assert "PS-BGS" in w.plan.units and len(w.plan.placeholders) == 1
    assert sorted(pid for pid, p in w.plan.personnel.items() if p.unit == "PS-BGS") == people
    row = list(w.plan.units).index("PS-BGS")
    qtbot.waitUntil(lambda: w.units_page.table.item(row, 4).text() == "10")


def test_site_plan_title_and_scale_are_edited_undone_and_saved(qtbot, tmp_path, demo_plan):
    """Plan > Site Plan Title and Scale changes both in one undo step, keeps the image, and the file keeps them."""
    from PySide6.QtWidgets import QApplication
    from test_ui_window import with_dialog

    from ui.site_plan_dialog import SitePlanDetailsDialog

    image = demo_plan.site_plan.image_png
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    action = w.actions["site_plan_details"]
    assert action in w.plan_menu.actions() and action.text() == "&Judul dan Skala Denah..."
    seen = []

    def fill(d):
        assert isinstance(d, SitePlanDetailsDialog)
        assert d.title.text().startswith("Denah Pengamanan Kantor KPU")
        d.title.setText("Denah Pengamanan Rapat Pleno KPU  Purwakarta")
        d.scale_note.setText("Skala 1 : 500 (1 kotak = 5 m)")
        d.grab().save(str(tmp_path / "site_plan_dialog.png"))
        seen.append(d.windowTitle())

    with_dialog(fill)
    action.trigger()
    assert seen == ["Judul dan skala denah"] and QApplication.activeModalWidget() is None
    sp = w.plan.site_plan
    assert (sp.title, sp.scale_note) == ("Denah Pengamanan Rapat Pleno KPU Purwakarta", "Skala 1 : 500 (1 kotak = 5 m)")
    assert sp.image_png == image and w.ws.undo_stack.count() == 1
    caption = lambda: w.scene.caption.text() if w.scene.caption is not None else ""  # noqa: E731
    qtbot.waitUntil(lambda: caption() == "Denah Pengamanan Rapat Pleno KPU Purwakarta — Skala 1 : 500 (1 kotak = 5 m)")
    w.tabs.setCurrentWidget(w.plan_view)
    w.plan_view.fit()
    w.grab().save(str(tmp_path / "site_plan_caption.png"))
    w.ws.undo_stack.undo()
    assert w.plan.site_plan.title.startswith("Denah Pengamanan Kantor KPU") and w.plan.site_plan.image_png == image
    qtbot.waitUntil(lambda: caption().startswith("Denah Pengamanan Kantor KPU"))
    w.ws.undo_stack.redo()
    target = tmp_path / "pleno.renpam"
    w.prompts.paths.append(target)
    assert w.file_save_as()
    w.file_close()
    reopened = OperationDocument.open(target, lock=False)
    try:
        assert reopened.plan.site_plan.title == "Denah Pengamanan Rapat Pleno KPU Purwakarta"
        assert reopened.plan.site_plan.scale_note == "Skala 1 : 500 (1 kotak = 5 m)"
        assert reopened.plan.site_plan.image_png == image
    finally:
        reopened.close()


def test_placeholders_show_in_the_post_detail_and_a_drop_fills_one(qtbot, tmp_path, demo_plan):
    """Places waiting for names are rows "(nama menyusul)" with their unit; a person dropped on one takes it in one undo step."""
    from PySide6.QtGui import QColor

    from ui.mime import people_mime

    for n in (1, 2):
        demo_plan.put_placeholder(Placeholder("P05", "LAKS", "PS-BGS", n))
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    w.ws.set_shift("LAKS")
    w.select_posts(["P05"])
    detail = w.posts.detail
    model = detail.people
    qtbot.waitUntil(lambda: model.post == "P05" and model.rowCount() == len(model.items) + 2)
    people_rows = len(model.items)
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(people_rows, people_rows + 2)]
    assert rows == [["Anggota", "", "(nama menyusul)", "PS-BGS"]] * 2
    assert model.index(people_rows, 2).data(Qt.ItemDataRole.FontRole).italic()
    assert "Polsek Bungursari" in model.index(people_rows + 1, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "staf 2" not in detail.summary.text()  # the count includes the two places
    w.posts.grab().save(str(tmp_path / "placeholders.png"))

    free = next(
        pid
        for pid, p in w.plan.personnel.items()
        if p.unit == "PS-BGS" and not any(k[0] == pid and k[2] == "LAKS" for k in w.plan.assignments)
    )
    target = model.index(people_rows + 1, 0)  # the second place
    mime = people_mime([free])
    assert model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert (free, "P05", "LAKS") in w.plan.assignments
    assert list(w.plan.placeholders) == [("P05", "LAKS", "PS-BGS", 1)]
    assert w.ws.undo_stack.count() == 1
    names = lambda: [model.index(r, 2).data() for r in range(model.rowCount())]  # noqa: E731
    qtbot.waitUntil(
        lambda: (
            names()[-1:] == ["(nama menyusul)"]
            and names().count("(nama menyusul)") == 1
            and w.plan.personnel[free].name in names()[:-1]
        )
    )
    w.ws.undo_stack.undo()
    assert (free, "P05", "LAKS") not in w.plan.assignments
    assert list(w.plan.placeholders) == [("P05", "LAKS", "PS-BGS", 1), ("P05", "LAKS", "PS-BGS", 2)]
    qtbot.waitUntil(
        lambda: model.rowCount() == people_rows + 2 and model.index(people_rows, 2).data() == "(nama menyusul)"
    )
    # A dragged selection never carries a placeholder row as a person.
    assert read_back(model.mimeData([model.index(people_rows, 0)])) == []
    assert QColor(model.index(people_rows, 2).data(Qt.ItemDataRole.ForegroundRole)).name() == "#6b6b6b"


def read_back(mime):
    from ui.mime import read_people

    payload = read_people(mime)
    return list(payload.people) if payload else []


def test_first_check_of_a_large_plan_runs_off_the_gui_thread_after_the_window_is_built(qtbot, tmp_path):
    """Building the window with a district-size plan does not check it; the first full check then runs in the background."""
    from test_ui_window import FakePrompts

    from desktop.generator import generate_large_plan
    from desktop.storage.recovery import RecoveryStore
    from ui.main_window import MainWindow
    from ui.panels import BIG_PLAN

    plan = generate_large_plan(personnel=1700, posts=400, shifts=2, assign=True)
    assert len(plan.personnel) + len(plan.posts) > BIG_PLAN
    window = MainWindow(OperationDocument(plan), recovery=RecoveryStore(tmp_path / "rec"), prompts=FakePrompts())
    qtbot.addWidget(window)
    pane = window.problems
    assert pane.validator._full is True  # nothing was checked while the window was built
    assert pane.summary.text() == "Memeriksa rencana..." and pane.model.rowCount() == 0
    started: list[bool] = []
    pane.check_started.connect(started.append)
    window.resize(1366, 740)
    with qtbot.waitSignal(pane.check_finished, timeout=30_000):
        window.show()
    assert started == [True] and pane.validator._full is False
    assert pane.model.rowCount() == len(pane.validator.findings())
    errors, warnings = pane.counts
    assert window.status_problems.text() == f"{errors} kesalahan, {warnings} peringatan"
    window.grab().save(str(tmp_path / "large.png"))


def test_removing_a_selected_place_and_a_person_is_one_undo_step(qtbot, tmp_path, demo_plan):
    """ "Remove from post" with a person and a "(nama menyusul)" row selected takes both away; one undo brings both back."""
    from PySide6.QtCore import QItemSelectionModel

    demo_plan.put_placeholder(Placeholder("P05", "LAKS", "PS-BGS", 1))
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    w.ws.set_shift("LAKS")
    w.select_posts(["P05"])
    detail = w.posts.detail
    model = detail.people
    qtbot.waitUntil(lambda: model.post == "P05" and model.rowCount() == len(model.items) + 1)
    person = model.items[-1][0]
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (len(model.items) - 1, len(model.items)):
        detail.view.selectionModel().select(model.index(row, 0), flags)
    assert detail.selected_ids() == [person] and detail.selected_places() == [("P05", "LAKS", "PS-BGS", 1)]
    detail.remove_button.click()
    assert not w.plan.placeholders and (person, "P05", "LAKS") not in w.plan.assignments
    assert w.ws.undo_stack.count() == 1 and w.ws.undo_stack.undoText() == "Keluarkan 2 dari P05"
    w.ws.undo_stack.undo()
    assert ("P05", "LAKS", "PS-BGS", 1) in w.plan.placeholders and (person, "P05", "LAKS") in w.plan.assignments


def test_choosing_a_place_row_offers_its_unit_in_the_candidates_and_enter_fills_it(qtbot, tmp_path, demo_plan):
    """The keyboard path: select a "(nama menyusul)" row, the candidates list that unit's free people, Enter fills the place."""
    demo_plan.put_placeholder(Placeholder("P05", "LAKS", "PS-BGS", 1))
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    w.ws.set_shift("LAKS")
    w.select_posts(["P05"])
    detail, panel = w.posts.detail, w.candidates
    model = detail.people
    qtbot.waitUntil(lambda: model.rowCount() == len(model.items) + 1)
    detail.view.selectRow(len(model.items))
    assert panel.placeholder == ("P05", "LAKS", "PS-BGS", 1) and panel.post == "P05"
    assert panel.candidates and all(w.plan.personnel[c.person].unit == "PS-BGS" for c in panel.candidates)
    first = panel.candidates[0].person
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    assert (first, "P05", "LAKS") in w.plan.assignments and not w.plan.placeholders
    assert w.ws.undo_stack.count() == 1
    w.ws.undo_stack.undo()
    assert ("P05", "LAKS", "PS-BGS", 1) in w.plan.placeholders and (first, "P05", "LAKS") not in w.plan.assignments
