"""The planning window driven like a planner would: real widgets, real files, real undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from desktop.model import Unit
from desktop.storage.document import OperationDocument
from desktop.storage.recovery import RecoveryStore
from ui.commands import PutUnitCommand
from ui.file_trust import holder_text
from ui.main_window import MainWindow
from ui.mime import people_mime
from ui.prompts import CANCEL, DISCARD, SAVE


class FakePrompts:
    """Answers the window's questions from queues and records what was asked."""

    def __init__(self) -> None:
        self.save_answers: list[str] = []
        self.paths: list[Path] = []
        self.confirm_answer = True
        self.choice: int | None = None
        self.asked: list[str] = []
        self.errors: list[tuple[str, str]] = []

    def ask_save_changes(self, name: str) -> str:
        self.asked.append(name)
        return self.save_answers.pop(0) if self.save_answers else DISCARD

    def open_path(self, title, filters):
        return self.paths.pop(0) if self.paths else None

    def save_path(self, title, filters, suggested=""):
        return self.paths.pop(0) if self.paths else None

    def confirm(self, title, text) -> bool:
        self.asked.append(text)
        return self.confirm_answer

    def error(self, title, text, details="") -> None:
        self.errors.append((title, text))

    def info(self, title, text) -> None:
        pass

    def choose(self, title, label, items):
        self.asked.append(label)
        return self.choice


def make_window(qtbot, tmp_path: Path, document: OperationDocument | None = None) -> MainWindow:
    prompts = FakePrompts()
    window = MainWindow(document, recovery=RecoveryStore(tmp_path / "recovery"), prompts=prompts)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    return window


def with_dialog(fill) -> None:
    """Fill and accept the next modal dialog as soon as it opens."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, QProgressDialog):  # a busy indicator is not the dialog awaited
            QTimer.singleShot(10, run)
            return
        fill(dialog)
        dialog.accept()

    QTimer.singleShot(0, run)


def add_person(window: MainWindow, name: str, rank: str, nrp: str, unit: str) -> str:
    def fill(d):
        d.name.setText(name)
        d.rank.setCurrentText(rank)
        d.nrp.setText(nrp)
        d.unit.setCurrentIndex(d.unit.findData(unit))
        d.skills.setText("dalmas")

    with_dialog(fill)
    window.edits.add_person()
    return next(p.id for p in window.plan.personnel.values() if p.name == name)


def add_post(window: MainWindow, code: str, name: str, x: float, y: float, ring: str) -> None:
    def fill(d):
        d.code.setText(code)
        d.name.setText(name)
        d.ring.setCurrentIndex(d.ring.findData(ring))
        d.min_staff.setValue(2)
        d.max_staff.setValue(3)

    with_dialog(fill)
    window.edits.add_post_at(x, y)


def assigned(window: MainWindow, post: str, shift: str = "LAKS") -> set[str]:
    return {a.person for a in window.plan.assignments_at(post, shift)}


def test_plan_an_operation_from_scratch_then_reopen_it(qtbot, tmp_path):
    """Create an operation, people, posts, assign by drop and by keyboard, undo/redo, save, reopen."""
    w = make_window(qtbot, tmp_path)
    page = w.operation_page
    page.name.setText("Pengamanan Uji Coba")
    page.name.editingFinished.emit()
    page.sections["mission"].setPlainText("Mengamankan audiensi.")
    page.sections["mission"].editing_finished.emit()

    def fill_unit(d):
        d.code.setText("SAMAPTA")
        d.name.setText("Sat Samapta Polres Purwakarta")

    with_dialog(fill_unit)
    w.units_page.add_unit()
    assert w.plan.units["SAMAPTA"].agency == "POLRI"

    def fill_shift(d):
        d.code.setText("LAKS")
        d.name.setText("Pelaksanaan")

    with_dialog(fill_shift)
    w.shifts_page.add_shift()
    assert list(w.plan.shifts) == ["LAKS"]
    assert w.ws.current_shift == "LAKS"
    assert w.shift_combo.currentData() == "LAKS"

    a = add_person(w, "Agus Setiawan", "Bripka", "85010101", "SAMAPTA")
    b = add_person(w, "Budi Santoso", "Bripda", "99020202", "SAMAPTA")
    c = add_person(w, "Citra Lestari", "Briptu", "97030303", "SAMAPTA")
    assert w.roster.model.rowCount() == 3
    add_post(w, "P01", "Gerbang Utama", 0.3, 0.4, "II")
    add_post(w, "P02", "Ruang Audiensi", 0.6, 0.3, "I")
    assert set(w.scene.markers) == {"P01", "P02"}
    assert w.posts.model.rowCount() == 2

    # Drag two people from the roster onto the P01 row: the exact calls a view makes on drop.
    roster = w.roster.model
    mime = roster.mimeData([roster.index(roster.rows[a], 0), roster.index(roster.rows[b], 0)])
    row = w.posts.model.row_of("P01")
    assert w.posts.model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, w.posts.model.index(row, 0))
    assert w.posts.model.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, w.posts.model.index(row, 0))
    assert assigned(w, "P01") == {a, b}
    w.ws.undo_stack.undo()
    assert assigned(w, "P01") == set()
    w.ws.undo_stack.redo()
    assert assigned(w, "P01") == {a, b}

    # Drop on the P02 marker of the site plan, then move b from P01 to P02 by dragging the row.
    assert w.plan_view.drop_on_post(people_mime([c]), "P02")
    assert assigned(w, "P02") == {c}
    w.select_posts(["P01"])
    detail = w.posts.detail.people
    assert detail.post == "P01"
    qtbot.waitUntil(lambda: detail.rowCount() == 2)
    move = detail.mimeData([detail.index(i, 0) for i in range(2) if detail.items[i][0] == b])
    w.select_posts(["P02"])
    qtbot.waitUntil(lambda: detail.post == "P02")
    assert detail.dropMimeData(move, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert assigned(w, "P01") == {a} and assigned(w, "P02") == {b, c}
    w.ws.undo_stack.undo()
    assert assigned(w, "P01") == {a, b} and assigned(w, "P02") == {c}
    w.ws.undo_stack.redo()

    # Keyboard path: select a in the roster, Assign to post..., type "P02", Enter.
    w.roster.select_person(a)

    def choose(d):
        d.search.setText("Ruang Aud")
        assert d.chosen() == "P02"

    with_dialog(choose)
    w.actions["assign"].trigger()
    assert assigned(w, "P02") == {a, b, c}
    w.ws.undo_stack.undo()
    assert assigned(w, "P02") == {b, c}
    w.ws.undo_stack.redo()
    assert assigned(w, "P02") == {a, b, c}

    # Make c danpos of P02 from the post panel.
    w.select_posts(["P02"])
    qtbot.waitUntil(lambda: detail.rowCount() == 3)
    row_c = next(i for i, (pid, _r) in enumerate(detail.items) if pid == c)
    w.posts.detail.view.selectRow(row_c)
    w.posts.detail.danpos_button.click()
    assert w.plan.danpos("P02", "LAKS").id == c
    w.ws.undo_stack.undo()
    assert w.plan.danpos("P02", "LAKS") is None
    w.ws.undo_stack.redo()

    # Move a marker by dragging it on the plan; undo puts it back.
    marker = w.scene.markers["P01"]
    marker.setPos(w.scene.to_scene(0.5, 0.5))
    w.scene.markers_dropped()
    assert (w.plan.posts["P01"].x, w.plan.posts["P01"].y) == (0.5, 0.5)
    w.ws.undo_stack.undo()
    assert (w.plan.posts["P01"].x, w.plan.posts["P01"].y) == (0.3, 0.4)
    assert w.scene.markers["P01"].pos() == w.scene.to_scene(0.3, 0.4)
    w.ws.undo_stack.redo()

    assert w.isWindowModified()
    target = tmp_path / "uji.renpam"
    w.prompts.paths.append(target)
    assert w.file_save()
    assert target.exists() and not w.isWindowModified()
    assert "uji.renpam" in w.windowTitle()
    w.close()

    w2 = make_window(qtbot, tmp_path)
    assert w2.open_path(target)
    plan = w2.plan
    assert plan.operation.name == "Pengamanan Uji Coba"
    assert plan.operation.mission == "Mengamankan audiensi."
    assert plan.units["SAMAPTA"].name == "Sat Samapta Polres Purwakarta"
    assert {p.name for p in plan.personnel.values()} == {"Agus Setiawan", "Budi Santoso", "Citra Lestari"}
    assert plan.personnel[a].rank == "Bripka" and plan.personnel[a].skills == ["dalmas"]
    assert {(p.code, p.ring, p.min_staff, p.max_staff) for p in plan.posts.values()} == {
        ("P01", "II", 2, 3),
        ("P02", "I", 2, 3),
    }
    assert (plan.posts["P01"].x, plan.posts["P01"].y) == (0.5, 0.5)
    assert assigned(w2, "P01") == {a} and assigned(w2, "P02") == {a, b, c}
    assert plan.danpos("P02", "LAKS").id == c
    assert w2.roster.model.rowCount() == 3 and set(w2.scene.markers) == {"P01", "P02"}
    assert not w2.isWindowModified()


def test_close_with_unsaved_work_asks_save_discard_cancel(qtbot, tmp_path):
    """Closing with unsaved changes asks once; Cancel keeps the window, Discard closes, Save writes."""
    w = make_window(qtbot, tmp_path)
    w.push(PutUnitCommand(w.plan, Unit("LANTAS", "Sat Lantas", "POLRI")))
    w.prompts.save_answers = [CANCEL]
    assert not w.close()
    assert w.isVisible() and w.prompts.asked
    w.prompts.save_answers = [DISCARD]
    assert w.close()

    w2 = make_window(qtbot, tmp_path)
    w2.push(PutUnitCommand(w2.plan, Unit("LANTAS", "Sat Lantas", "POLRI")))
    target = tmp_path / "saved-on-close.renpam"
    w2.prompts.save_answers = [SAVE]
    w2.prompts.paths = [target]
    assert w2.close()
    assert target.exists()
    reopened = OperationDocument.open(target, lock=False)
    assert "LANTAS" in reopened.plan.units

    w3 = make_window(qtbot, tmp_path)
    assert w3.close() and not w3.prompts.asked  # nothing to save: no question


def test_problems_pane_follows_edits_and_selects_the_post(qtbot, tmp_path, demo_plan):
    """Removing a danpos shows 'missing danpos' in the pane; clicking it selects that post."""
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    pane = w.problems
    before = [f for f in pane.model.findings if f.rule == "missing_danpos"]
    danpos = w.plan.danpos("P03", "LAKS")
    w.ws.set_shift("LAKS")
    w.ws.unassign_people([danpos.id], "P03")
    qtbot.waitUntil(lambda: any(f.rule == "missing_danpos" and f.post == "P03" for f in pane.model.findings))
    assert len([f for f in pane.model.findings if f.rule == "missing_danpos"]) == len(before) + 1
    row = next(i for i, f in enumerate(pane.model.findings) if f.rule == "missing_danpos" and f.post == "P03")
    pane.view.clicked.emit(pane.model.index(row, 1))
    assert w.posts.selected_codes() == ["P03"]
    assert [m.code for m in w.scene.markers.values() if m.isSelected()] == ["P03"]
    w.ws.undo_stack.undo()
    qtbot.waitUntil(lambda: not any(f.rule == "missing_danpos" and f.post == "P03" for f in pane.model.findings))

    # Double booking: a P01 member also dropped on P02 in the same shift.
    member = next(a.person for a in w.plan.assignments_at("P01", "LAKS") if a.role == "anggota")
    assert w.plan_view.drop_on_post(people_mime([member]), "P02")
    qtbot.waitUntil(lambda: any(f.rule == "double_booking" and f.person == member for f in pane.model.findings))
    row = next(i for i, f in enumerate(pane.model.findings) if f.rule == "double_booking" and f.person == member)
    pane.view.clicked.emit(pane.model.index(row, 1))
    assert w.roster.selected_ids() == [member]
    assert w.status_problems.text().startswith("1 ")


def test_roster_filters_and_rank_sort(qtbot, tmp_path, demo_plan):
    """Search by name, 'free in this shift', and sorting by rank follows the ladder (AKBP first)."""
    from desktop.ranks import rank_level

    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    r = w.roster
    r.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    ranks = [r.proxy.index(i, 1).data() for i in range(r.proxy.rowCount())]
    assert ranks[0] == "AKBP"
    assert [rank_level(x) for x in ranks] == sorted((rank_level(x) for x in ranks), reverse=True)
    r.search.setText("hendra")
    assert r.proxy.rowCount() == 1 and "Hendra" in r.proxy.index(0, 0).data()
    r.search.clear()
    r.free.setChecked(True)
    free = {r.proxy.index(i, 0).data(Qt.ItemDataRole.UserRole + 1) for i in range(r.proxy.rowCount())}
    shift = w.ws.current_shift
    assert free and all(not any(a.shift == shift for a in w.plan.assignments_of(pid)) for pid in free)


def test_delete_assigned_person_asks_and_undo_restores_duties(qtbot, tmp_path, demo_plan):
    """Deleting an assigned person asks first; undo brings the person and every duty back."""
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    pid = w.plan.danpos("P01", "LAKS").id
    duties = {a.key: a.role for a in w.plan.assignments_of(pid)}
    w.prompts.confirm_answer = False
    w.edits.delete_people([pid])
    assert pid in w.plan.personnel
    w.prompts.confirm_answer = True
    w.edits.delete_people([pid])
    assert pid not in w.plan.personnel and w.roster.model.rowCount() == 59
    w.ws.undo_stack.undo()
    assert pid in w.plan.personnel and {a.key: a.role for a in w.plan.assignments_of(pid)} == duties


def test_second_window_opens_read_only_and_says_who_holds_it(qtbot, tmp_path, demo_file):
    """A file open in one window opens read-only in another, naming the holder in the title."""
    w1 = make_window(qtbot, tmp_path)
    assert w1.open_path(demo_file)
    # the roster keeps its rank-first order on a newly opened file
    qtbot.waitUntil(lambda: w1.roster.proxy.index(0, 1).data() == "AKBP")
    w2 = make_window(qtbot, tmp_path)
    assert w2.open_path(demo_file)
    assert w2.document.read_only
    holder = holder_text(w2.document.locked_by)  # "user di komputer HOST sejak ..." in Indonesian
    assert holder in w2.windowTitle()
    assert holder in w2.status_lock.text()
    assert not w2.actions["save"].isEnabled()


def test_recovery_copy_is_offered_and_restored(qtbot, tmp_path, demo_file):
    """Unsaved work written by the recovery timer comes back in the next window."""
    w = make_window(qtbot, tmp_path)
    assert w.open_path(demo_file)
    w.push(PutUnitCommand(w.plan, Unit("BRIMOB", "Sat Brimob Polda Jabar (BKO)", "POLRI")))
    w.document._dirty_since = 0.0  # the change is "old enough" for the recovery interval
    w.recovery_tick()
    entries = RecoveryStore(tmp_path / "recovery").entries()
    assert len(entries) == 1
    w.document._lock.release()  # like a crash: the lock goes, the copy stays
    w.document._lock = None
    w2 = make_window(qtbot, tmp_path)
    w2.prompts.choice = 0
    assert w2.offer_recovery()
    assert "BRIMOB" in w2.plan.units
    assert w2.isWindowModified() and w2.document.path == demo_file


def test_language_switch_retranslates_the_window(qtbot, tmp_path):
    """Switching to English and back to Indonesian changes menus and actions at once."""
    from ui import i18n
    from ui import settings as cfg

    w = make_window(qtbot, tmp_path)
    try:
        with_dialog(lambda d: d.language.setCurrentIndex(d.language.findData("en")))
        w.actions["settings"].trigger()  # Edit > Settings..., choose English
        assert w.actions["save"].text() == "&Save"
        assert w.file_menu.title() == "&File"
        assert cfg.language() == "en"
        w.set_language("id")
        assert w.actions["save"].text() == "&Simpan"
        assert w.file_menu.title() == "&Berkas"
        assert w.roster_dock.windowTitle() == "Daftar Personel"
        assert w.roster.model.headerData(1, Qt.Orientation.Horizontal) == "Pangkat"
    finally:  # leave the session as it was: no translator, default preference
        i18n.install("en")
        cfg.settings().remove(cfg.LANGUAGE)


def test_main_window_screenshot_with_demo(qtbot, tmp_path, demo_plan):
    """The demo operation renders in Indonesian at 1366x768; the picture goes to tests/artifacts."""
    from ui import i18n
    from ui import settings as cfg

    assert i18n.install("id")
    cfg.settings().remove("window")  # the default layout, not one left by an earlier test
    try:
        w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
        w.resize(1366, 768)
        w.ws.set_shift("LAKS")
        w.select_posts(["P03"])
        qtbot.wait(100)
        w.default_layout()
        qtbot.wait(50)
        w.plan_view.fit()
        assert w.posts.detail.people.rowCount() >= 6
        assert w.file_menu.title() == "&Berkas"
        out = Path(__file__).parent / "artifacts" / "main_window.png"
        out.parent.mkdir(exist_ok=True)
        assert w.grab().save(str(out))
        assert out.stat().st_size > 50_000
        w.tabs.setCurrentWidget(w.operation_page)
        qtbot.wait(20)
        assert w.grab().save(str(out.with_name("main_window_operation.png")))
    finally:
        i18n.install("en")


def test_in_place_edit_commander_picker_ring_and_json_round_trip(qtbot, tmp_path, demo_plan):
    """Edit a rank in the table, pick a commander, draw a ring, export and import plan JSON: all undoable."""
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    model = w.roster.model
    pid = next(p.id for p in w.plan.personnel.values() if p.rank == "Bripda")
    assert model.setData(model.index(model.rows[pid], model.RANK), "brigadir polisi satu")
    assert w.plan.personnel[pid].rank == "Briptu"
    w.ws.undo_stack.undo()
    assert w.plan.personnel[pid].rank == "Bripda"

    page = w.operation_page
    page.commander.setCurrentIndex(page.commander.findData(pid))
    page.commander.activated.emit(page.commander.currentIndex())
    assert w.plan.operation.commander == pid
    w.ws.undo_stack.undo()
    assert w.plan.operation.commander != pid

    w.plan_view.start_ring("I")
    for x, y in ((0.1, 0.1), (0.4, 0.1), (0.4, 0.3), (0.1, 0.3)):
        w.plan_view.add_ring_point(x, y)
    w.plan_view.finish_ring()
    assert w.plan.ring_outlines["I"].points == [(0.1, 0.1), (0.4, 0.1), (0.4, 0.3), (0.1, 0.3)]
    w.ws.undo_stack.undo()
    assert w.plan.ring_outlines["I"].points != [(0.1, 0.1), (0.4, 0.1), (0.4, 0.3), (0.1, 0.3)]

    out = tmp_path / "rencana.json"
    w.prompts.paths = [out]
    w.edits.export_plan()
    text = out.read_text(encoding="utf-8")
    assert '"format": "renpam-plan"' in text

    w2 = make_window(qtbot, tmp_path)
    w2.prompts.paths = [out]
    w2.edits.import_plan()
    assert len(w2.plan.personnel) == 60 and len(w2.plan.posts) == 14
    assert w2.roster.model.rowCount() == 60 and len(w2.scene.markers) == 14
    w2.ws.undo_stack.undo()  # the whole import is one step
    assert not w2.plan.personnel and not w2.scene.markers
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "renpam-plan", "version": 1, "posts": [{"code": "X", "ring": "IV"}]}', encoding="utf-8")
    w2.prompts.paths = [bad]
    w2.edits.import_plan()
    assert w2.prompts.errors and not w2.plan.posts


def test_site_plan_image_and_blank_grid(qtbot, tmp_path, demo_plan):
    """Loading a PNG as the site plan resizes the canvas; 'blank grid' and undo switch back."""
    from PIL import Image

    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    png = tmp_path / "denah.png"
    Image.new("RGB", (800, 500), "white").save(png)
    w.prompts.paths = [png]
    w.edits.load_site_image()
    assert w.scene.size == (800.0, 500.0)
    marker = w.scene.markers["P01"]
    post = w.plan.posts["P01"]
    assert marker.pos() == w.scene.to_scene(post.x, post.y)
    w.edits.clear_site_image()
    assert w.scene.size == (1600.0, 1100.0) and not w.plan.site_plan.image_png
    w.ws.undo_stack.undo()
    w.ws.undo_stack.undo()
    assert w.scene.size == (1600.0, 1100.0) and w.plan.site_plan.image_png  # the demo's own drawing
    w.prompts.paths = [tmp_path / "missing.png"]
    w.edits.load_site_image()
    assert w.prompts.errors


def test_menu_actions_open_the_print_import_and_auto_assign_dialogs(qtbot, tmp_path, demo_plan):
    """File > Print, File > Import > Roster/Posts and Auto-assign open their dialogs on this operation."""
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    seen: list[str] = []

    def close_next() -> None:
        def run() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or isinstance(dialog, QProgressDialog):  # a busy indicator is not the dialog awaited
                QTimer.singleShot(10, run)
                return
            seen.append(type(dialog).__name__)
            dialog.reject()

        QTimer.singleShot(0, run)

    for name in ("print", "import_roster", "import_posts", "auto_assign"):
        close_next()
        w.actions[name].trigger()
    assert seen == ["PrintDialog", "ImportWizard", "ImportWizard", "AutoAssignDialog"]
    assert w.ws.undo_stack.count() == 0 and not w.isWindowModified()


def test_selection_sync_recent_files_and_window_state_persist(qtbot, tmp_path, demo_file):
    """Selecting a marker selects its row (and back); recent files and dock layout survive a restart."""
    from ui import settings as cfg

    w = make_window(qtbot, tmp_path)
    assert w.open_path(demo_file)
    assert cfg.recent_files()[0] == str(demo_file.resolve())
    w.scene.markers["P05"].setSelected(True)
    assert w.posts.selected_codes() == ["P05"]
    assert w.posts.detail.people.post == "P05"
    w.posts.select_posts([])
    row = w.posts.model.row_of("P07")
    w.posts.view.selectRow(w.posts.proxy.mapFromSource(w.posts.model.index(row, 0)).row())
    assert [m.code for m in w.scene.markers.values() if m.isSelected()] == ["P07"]
    w.history_dock.show()
    w.roster_dock.hide()
    assert w.close()

    w2 = make_window(qtbot, tmp_path)
    assert not w2.roster_dock.isVisible() and w2.history_dock.isVisible()
    w2._fill_recent()
    assert [a.text() for a in w2.recent_menu.actions()][0] == demo_file.name
    w2.roster_dock.show()
    w2.history_dock.hide()
    w2.close()
    cfg.settings().remove("window")


def test_delete_shift_asks_and_undoes_in_one_step(qtbot, tmp_path, demo_plan):
    """Deleting a staffed shift asks first; undo brings back the shift and all its duties."""
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    duties = {k for k in w.plan.assignments if k[2] == "KONS"}
    w.shifts_page.table.selectRow(list(w.plan.shifts).index("KONS"))
    w.prompts.confirm_answer = False
    w.shifts_page.delete_shift()
    assert "KONS" in w.plan.shifts
    w.prompts.confirm_answer = True
    w.shifts_page.delete_shift()
    assert "KONS" not in w.plan.shifts and w.shift_combo.count() == 2
    assert not any(k[2] == "KONS" for k in w.plan.assignments)
    w.ws.undo_stack.undo()
    assert list(w.plan.shifts) == ["PERS", "LAKS", "KONS"] and w.shift_combo.count() == 3
    assert {k for k in w.plan.assignments if k[2] == "KONS"} == duties


def test_larger_plan_opens_and_is_checked_in_the_background(qtbot, tmp_path):
    """A plan above the background threshold opens, builds its markers in batches and gets checked."""
    from desktop.generator import generate_large_plan
    from desktop.storage import save_plan
    from ui.panels import BIG_PLAN

    plan = generate_large_plan(personnel=1700, posts=400, shifts=2, assign=True)
    assert len(plan.personnel) + len(plan.posts) > BIG_PLAN
    path = tmp_path / "pemilu.renpam"
    save_plan(plan, path)
    w = make_window(qtbot, tmp_path)
    assert w.open_path(path)
    assert w.roster.model.rowCount() == 1700 and w.posts.model.rowCount() == 400
    qtbot.waitUntil(lambda: not w.scene.building, timeout=10_000)
    assert len(w.scene.markers) == 400
    assert w.problems.validator._full is False  # the full check ran (off the GUI thread)
    assert w.problems.model.rowCount() == len(w.problems.validator.findings())
