"""The planning window as a new planner meets it (issue 13): time fields, zoom, candidates."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from test_ui_window import add_post, make_window, with_dialog

from desktop.storage import open_operation_file
from desktop.storage.document import OperationDocument
from ui.roles import KEY_ROLE


def _saved_operation_times(path) -> list[str]:
    """Every stored value in the saved file that looks like a time with an offset."""
    text = []
    with sqlite3.connect(path) as db:
        for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'"):
            for row in db.execute(f'SELECT * FROM "{name}"'):
                text.extend(str(v) for v in row if isinstance(v, str) and "T" in v and "+" in v)
    return text


def test_new_operation_saved_without_touching_the_times_has_none(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path)
    page = w.operation_page
    w.tabs.setCurrentWidget(page)
    assert page.start.text() == "not set" and page.end.text() == "not set"
    steps = w.ws.undo_stack.count()
    # Tabbing through the fields (focus in, focus out) records nothing.
    for edit in (page.start, page.end):
        edit.setFocus()
        edit.editingFinished.emit()
    assert w.ws.undo_stack.count() == steps
    page.name.setText("Pengamanan Tanpa Waktu")
    page.name.editingFinished.emit()
    target = tmp_path / "tanpa-waktu.renpam"
    w.prompts.paths.append(target)
    assert w.files.file_save()
    plan = open_operation_file(target).plan
    assert plan.operation.start is None and plan.operation.end is None
    assert not [t for t in _saved_operation_times(target) if "1752" in t]


def test_typing_an_indonesian_time_just_works_and_stores_whole_minute_offsets(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path)
    page = w.operation_page
    w.tabs.setCurrentWidget(page)
    page.start.setFocus()
    qtbot.keyClicks(page.start, "27-11-2024 18.00")
    page.start.editingFinished.emit()
    start = w.plan.operation.start
    assert start is not None
    assert (start.year, start.month, start.day, start.hour, start.minute) == (2024, 11, 27, 18, 0)
    assert start.isoformat() == "2024-11-27T18:00:00+07:00"
    assert page.start.text() == "27-11-2024 18.00 WIB"
    target = tmp_path / "waktu.renpam"
    w.prompts.paths.append(target)
    assert w.files.file_save()
    stored = _saved_operation_times(target)
    assert "2024-11-27T18:00:00+07:00" in stored
    assert all(t.endswith("+07:00") for t in stored)


def test_shift_dialog_times_default_to_tomorrow_morning_and_accept_typing(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path)

    def fill(d):
        assert d.start.text().endswith("07.00 WIB") and d.end.text().endswith("15.00 WIB")
        d.code.setText("LAKS")
        d.start.setFocus()
        d.start.setSelectedSection(d.start.Section.DaySection)
        qtbot.keyClicks(d.start, "28-11-2024 06.30")
        d.end.setFocus()
        d.end.setSelectedSection(d.end.Section.DaySection)
        qtbot.keyClicks(d.end, "28-11-2024 14.30")

    with_dialog(fill)
    w.shifts_page.add_shift()
    shift = w.plan.shifts["LAKS"]
    assert shift.start.isoformat() == "2024-11-28T06:30:00+07:00"
    assert shift.end.isoformat() == "2024-11-28T14:30:00+07:00"


def _wheel(view, up: bool = True) -> None:
    center = view.viewport().rect().center()
    event = QWheelEvent(
        QPointF(center),
        QPointF(view.viewport().mapToGlobal(center)),
        QPoint(0, 0),
        QPoint(0, 120 if up else -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_wheel_and_toolbar_zoom_work_on_the_demo_before_any_click(qtbot, tmp_path, demo_plan):
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    qtbot.waitUntil(lambda: not w.scene.building, timeout=10_000)
    qtbot.wait(50)  # the first fit and the default layout have run
    fitted = w.plan_view.transform().m11()
    _wheel(w.plan_view)
    _wheel(w.plan_view)
    qtbot.wait(50)
    zoomed = w.plan_view.transform().m11()
    assert zoomed > fitted * 1.3
    # An edit rebuilds markers and refreshes the window: the chosen scale stays.
    post = next(iter(w.plan.posts))
    w.ws.assign_people([next(iter(w.plan.personnel))], post)
    qtbot.wait(100)
    assert abs(w.plan_view.transform().m11() - zoomed) < 1e-6


def test_zoom_on_a_large_plan_before_any_click_shows_labelled_markers(qtbot, tmp_path):
    from desktop.generator import generate_large_plan

    w = make_window(qtbot, tmp_path, OperationDocument(generate_large_plan(personnel=1200, posts=600, shifts=1)))
    qtbot.waitUntil(lambda: not w.scene.building, timeout=20_000)
    qtbot.wait(50)
    assert w.scene.compact  # 600 posts on screen: dots
    fitted = w.plan_view.transform().m11()
    for _ in range(12):
        w.plan_view.zoom(1.15)
    qtbot.wait(100)
    assert w.plan_view.transform().m11() > fitted * 4
    assert not w.scene.compact  # zoomed in: labelled discs
    # Opening another operation fits its plan again.
    w.ws.set_document(OperationDocument(generate_large_plan(personnel=200, posts=50, shifts=1)))
    qtbot.waitUntil(lambda: not w.scene.building, timeout=10_000)
    qtbot.wait(50)
    assert w.plan_view.transform().m11() < fitted * 4


def test_candidates_follow_the_post_chosen_in_the_assign_chooser(qtbot, tmp_path, demo_plan):
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    codes = list(w.plan.posts)
    first, second = codes[0], codes[1]
    w.selection.select_posts([first])
    w.posts.posts_selected.emit([first])
    assert w.candidates.post == first
    person = w.candidates.candidates[0].person if w.candidates.candidates else next(iter(w.plan.personnel))
    w.roster.select_person(person)

    def choose(d):
        d.search.setText(second)
        assert d.chosen() == second

    with_dialog(choose)
    w.edits.assign_to_post()
    assert w.candidates.post == second
    assert second in w.candidates.title.text()
    # Double-clicking a candidate now assigns to the chosen post, not the one before.
    if w.candidates.candidates:
        other = w.candidates.candidates[0].person
        w.candidates.assign(other)
        assert other in {a.person for a in w.plan.assignments_at(second, w.ws.current_shift)}


def test_candidates_follow_a_new_post_and_a_clicked_problem(qtbot, tmp_path, demo_plan):
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))

    def fill(d):
        d.code.setText("PBARU")
        d.name.setText("Pos Baru")

    with_dialog(fill)
    w.edits.add_post_at(0.5, 0.5)
    assert "PBARU" in w.plan.posts
    assert w.candidates.post == "PBARU"
    other = next(c for c in w.plan.posts if c != "PBARU")
    w.selection.select_target("post", other)
    assert w.candidates.post == other


def test_focus_alone_records_no_step_on_an_operation_with_times(qtbot, tmp_path, demo_plan):
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    page = w.operation_page
    before = (w.plan.operation.start, w.plan.operation.end)
    steps = w.ws.undo_stack.count()
    for edit in (page.start, page.end):
        edit.setFocus()
        edit.editingFinished.emit()
    assert w.ws.undo_stack.count() == steps
    assert (w.plan.operation.start, w.plan.operation.end) == before
    assert json.dumps(page.start.value().isoformat()).endswith(':00"')


def _texts_of(widget) -> set[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    return {w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton) if w.text()}


def _file_dialog_texts(qtbot, ask) -> set[str]:
    """Open a file dialog the way the window does, read what it shows, cancel it."""
    seen: set[str] = set()

    def read_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, read_and_cancel)
            return
        seen.update(_texts_of(dialog))
        seen.add(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, read_and_cancel)
    assert ask() is None
    return seen


def test_wizard_buttons_and_file_dialogs_speak_the_interface_language(qtbot, tmp_path, indonesian_ui):
    from PySide6.QtWidgets import QWidget, QWizard

    from ui import i18n
    from ui.prompts import Prompts

    host = QWidget()
    qtbot.addWidget(host)
    prompts = Prompts(host)
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.BackButton) == "< &Kembali"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Lanjut >"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Batal"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Selesai"
    opened = _file_dialog_texts(qtbot, lambda: prompts.open_path("Buka operasi", "Renpam (*.renpam)"))
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:", "&Buka", "Batal"} <= opened
    saved = _file_dialog_texts(qtbot, lambda: prompts.save_path("Simpan operasi", "Renpam (*.renpam)", "x.renpam"))
    assert {"&Nama berkas:", "&Simpan"} <= saved
    i18n.install("en")
    wizard_en = QWizard()
    qtbot.addWidget(wizard_en)
    assert wizard_en.buttonText(QWizard.WizardButton.BackButton) == "< &Back"
    assert wizard_en.buttonText(QWizard.WizardButton.NextButton) == "&Next >"
    assert wizard_en.buttonText(QWizard.WizardButton.CancelButton) == "Cancel"
    opened_en = _file_dialog_texts(qtbot, lambda: prompts.open_path("Open operation", "Renpam (*.renpam)"))
    assert {"&Look in:", "File &name:", "Cancel"} <= opened_en and {"Open", "&Open"} & opened_en


def test_undo_texts_in_the_edit_menu_speak_indonesian(qtbot, tmp_path, indonesian_ui, demo_plan):
    from ui.actions import ActionId

    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    undo = w.actions[ActionId.UNDO]
    assert undo.text().startswith("Urungkan")
    w.ws.assign_people([next(iter(w.plan.personnel))], next(iter(w.plan.posts)))
    assert w.actions[ActionId.UNDO].text().startswith("Urungkan ")
    w.ws.undo_stack.undo()
    assert w.actions[ActionId.REDO].text().startswith("Ulangi ")


def test_language_switch_retranslates_the_candidates_dock_live(qtbot, tmp_path, demo_plan):
    from ui import i18n
    from ui import settings as cfg

    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    try:
        w.set_language("en")
        post = next(iter(w.plan.posts))
        w.selection.select_posts([post])
        assert w.candidates.tree.headerItem().text(2) == "Why"
        assert w.candidates.title.text().startswith("Candidates for")
        english_reasons = w.candidates.tree.topLevelItem(0).text(2) if w.candidates.tree.topLevelItemCount() else ""
        w.set_language("id")
        assert w.candidates.tree.headerItem().text(2) == "Alasan"
        assert w.candidates.title.text().startswith("Calon untuk") and " sif " in w.candidates.title.text()
        if english_reasons:
            assert w.candidates.tree.topLevelItem(0).text(2) != english_reasons
    finally:
        i18n.install("en")
        cfg.settings().remove(cfg.LANGUAGE)


def test_staffing_figures_show_the_range_and_an_unmanned_shift_says_so(qtbot, tmp_path, demo_plan):
    from ui import i18n

    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    shift = w.ws.current_shift
    add_post(w, "PUJI", "Pos Uji", 0.5, 0.5, "II")  # allowed 2-3
    code, post = "PUJI", w.plan.posts["PUJI"]
    free = [p for p in w.plan.personnel if all(a.shift != shift for a in w.plan.assignments_of(p))]
    w.ws.assign_people(free[:3], code)
    row = w.posts.model.row_of(code)
    assert w.posts.model.index(row, w.posts.model.STAFF).data() == "3 / 2–3"
    w.selection.select_posts([code])
    w.posts.posts_selected.emit([code])
    summary = w.posts.detail.summary.text()
    assert "3 / 2–3" in summary and "Above maximum" not in summary
    # The post is not manned in this shift: the detail says so instead of "above maximum".
    post.shifts = [s for s in w.plan.shifts if s != shift] or ["X"]
    w.posts.detail.set_post(code)
    summary = w.posts.detail.summary.text()
    assert "Not manned in this shift" in summary and "yet 3 assigned" in summary
    assert "Above maximum" not in summary and "3 / 2" not in summary
    assert i18n  # the English source texts are shown without a translator


def test_keyboard_path_from_the_search_to_the_chooser(qtbot, tmp_path, demo_plan):
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    roster = w.roster
    person = next(iter(w.plan.personnel.values()))
    roster.search.setFocus()
    qtbot.keyClicks(roster.search, person.nrp or person.name)
    assert roster.proxy.rowCount() == 1
    # Ctrl+Enter with one match (nothing selected yet) offers that one for assignment.
    post = list(w.plan.posts)[2]
    w.selection.select_posts([post])
    seen = {}

    def choose(d):
        seen["title"], seen["chosen"] = d.windowTitle(), d.chosen()

    with_dialog(choose)
    w.edits.assign_to_post()
    assert seen["chosen"] == post  # the chooser starts on the current post
    assert w.ws.current_shift in seen["title"]  # and names the shift
    assert person.id in {a.person for a in w.plan.assignments_at(post, w.ws.current_shift)}
    # Down moves into the results; Escape clears the search.
    roster.search.setFocus()
    qtbot.keyClick(roster.search, Qt.Key.Key_Down)
    assert roster.selected_ids() == [person.id]
    roster.search.setFocus()
    qtbot.keyClick(roster.search, Qt.Key.Key_Escape)
    assert roster.search.text() == "" and roster.proxy.rowCount() == len(w.plan.personnel)


def test_filters_reset_when_another_operation_is_opened(qtbot, tmp_path, demo_plan, demo_file):
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    w.roster.search.setText("zzz")
    w.roster.free.setChecked(True)
    w.posts.search.setText("zzz")
    assert w.roster.proxy.rowCount() == 0
    assert w.open_path(demo_file)
    assert w.roster.search.text() == "" and not w.roster.free.isChecked() and w.posts.search.text() == ""
    assert w.roster.proxy.rowCount() == len(w.plan.personnel)


def test_help_menu_quick_start_shortcuts_and_manual_in_both_languages(qtbot, tmp_path, indonesian_ui):
    from ui import i18n
    from ui.actions import ActionId
    from ui.help import HelpDialog, readme_sections

    w = make_window(qtbot, tmp_path)
    texts = [a.text() for a in w.help_menu.actions() if a.text()]
    assert texts[:3] == ["&Mulai Cepat", "&Pintasan Papan Ketik", "&Buku Petunjuk"]
    dialog = HelpDialog(w.actions, w)
    qtbot.addWidget(dialog)
    assert "Langkah pertama" in dialog.quick.toPlainText()
    rows = {
        dialog.shortcuts.item(r, 0).text(): dialog.shortcuts.item(r, 1).text()
        for r in range(dialog.shortcuts.rowCount())
    }
    assert rows["Tempatkan di Pos"] == w.actions[ActionId.ASSIGN].shortcut().toString(
        w.actions[ActionId.ASSIGN].shortcut().SequenceFormat.NativeText
    )
    assert all(keys for keys in rows.values()) and len(rows) >= 15
    sections = readme_sections()
    assert any(title == "The planning window" for title, _ in sections)
    assert dialog.sections.count() == len(sections)
    dialog.sections.setCurrentRow(1)
    assert sections[1][0] in dialog.section_text.toPlainText()
    i18n.install("en")
    english = HelpDialog(w.actions, w)
    qtbot.addWidget(english)
    assert "First steps" in english.quick.toPlainText()
    assert english.tabs.tabText(1) == "Keyboard shortcuts"


def test_problems_pane_filters_by_severity_rule_shift_and_text(qtbot, tmp_path):
    from desktop.generator import generate_large_plan

    plan = generate_large_plan(personnel=300, posts=120, shifts=2, assign=True)
    w = make_window(qtbot, tmp_path, OperationDocument(plan))
    pane = w.problems
    pane.refresh()
    findings = pane.model.findings
    assert findings and pane.shown() == len(findings)
    # The rule list counts the findings of each rule.
    assert pane.filters.rule.itemText(0).endswith(f"({len(findings)})")
    rule = pane.filters.rule.itemData(1)
    count = sum(1 for f in findings if f.rule == rule)
    assert pane.filters.rule.itemText(1).endswith(f"({count})")
    pane.filters.rule.setCurrentIndex(1)
    pane.filters.rule.activated.emit(1)
    assert pane.shown() == count
    pane.filters.rule.setCurrentIndex(0)
    pane.filters.rule.activated.emit(0)
    pane.filters.errors.setChecked(True)
    assert pane.shown() == sum(1 for f in findings if f.severity == "error")
    pane.filters.errors.setChecked(False)
    pane.filters.this_shift.setChecked(True)
    shift = w.ws.current_shift
    assert pane.shown() == sum(1 for f in findings if f.shift in (None, shift))
    pane.filters.this_shift.setChecked(False)
    post = next(f.post for f in findings if f.post)
    pane.filters.text.setText(post)
    assert 0 < pane.shown() < len(findings)
    for row in range(pane.proxy.rowCount()):
        f = pane.proxy.index(row, 0).data(KEY_ROLE)
        assert post.lower() in " ".join(filter(None, (f.post, f.message("id")))).lower() or f.person
    # Opening another operation resets the filters.
    w.ws.set_document(OperationDocument(generate_large_plan(personnel=100, posts=30, shifts=1, assign=True)))
    assert pane.filters.text.text() == "" and pane.shown() == len(pane.model.findings)


def test_first_steps_hints_add_a_shift_first_and_how_to_draw_a_ring(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path)

    def fill(d):
        d.code.setText("P01")
        d.name.setText("Gerbang")

    with_dialog(fill)
    w.edits.add_post_at(0.4, 0.4)
    assert "P01" in w.plan.posts
    assert "Add a shift first" in w.statusBar().currentMessage()
    w.plan_view.start_ring("I")
    assert "double-click" in w.statusBar().currentMessage()
    w.plan_view.cancel_ring()
    assert w.statusBar().currentMessage() == ""


def test_delete_one_person_with_duties_asks_in_the_singular(qtbot, tmp_path, demo_plan):
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    person = next(p for p in w.plan.personnel if w.plan.assignments_of(p))
    w.prompts.confirm_answer = False
    w.edits.delete_people([person])
    assert w.prompts.asked[-1].endswith("has duties. Delete this person and the duties?")
    assert person in w.plan.personnel


def test_a_drop_over_the_maximum_or_double_booking_says_so_at_once(qtbot, tmp_path, demo_plan):
    from ui.mime import people_mime

    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    shift = w.ws.current_shift
    add_post(w, "PUJI", "Pos Uji", 0.5, 0.5, "II")  # allowed 2-3
    free = [p for p in w.plan.personnel if all(a.shift != shift for a in w.plan.assignments_of(p))]
    assert w.plan_view.drop_on_post(people_mime(free[:4]), "PUJI")
    assert "PUJI is now over its maximum" in w.statusBar().currentMessage()
    assert w.scene.markers["PUJI"].highlight
    # A person on duty in an overlapping shift, dropped from the roster (not moved): a double booking.
    from desktop.model import Shift
    from ui.commands import PutShiftCommand

    here = w.plan.shifts[shift]
    w.ws.undo_stack.push(PutShiftCommand(w.plan, Shift("UJI", "Uji", here.start, here.end)))
    person = free[5]
    w.ws.assign_people([person], next(iter(w.plan.posts)), "UJI")
    w.statusBar().clearMessage()
    assert w.plan_view.drop_on_post(people_mime([person]), "PUJI")
    assert "now has two posts at the same time" in w.statusBar().currentMessage()


def test_site_plan_title_does_not_default_to_the_image_file_name(qtbot, tmp_path):
    from PIL import Image

    w = make_window(qtbot, tmp_path)
    png = tmp_path / "IMG_2031.png"
    Image.new("RGB", (800, 500), "white").save(png)
    w.prompts.paths = [png]
    w.edits.load_site_image()
    assert w.plan.site_plan.image_png and w.plan.site_plan.title == ""
    assert "Give it a title" in w.statusBar().currentMessage()


def test_after_an_import_the_window_says_what_was_imported(qtbot, tmp_path, demo_plan):
    from PySide6.QtWidgets import QWizard

    path = tmp_path / "polsek.csv"
    path.write_text(
        "Nama;Pangkat;NRP;Satuan\nAndi Pratama;Bripda;99020111;Polsek Bungursari\n"
        "Wawan Setiawan;Briptu;97030222;Polsek Bungursari\n",
        encoding="utf-8",
    )
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        if wizard is None:
            QTimer.singleShot(10, drive)
            return
        wizard.file_page.path_edit.setText(str(path))
        wizard.next()
        wizard.next()
        wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()

    QTimer.singleShot(0, drive)
    w.open_import_wizard("roster")
    message = w.statusBar().currentMessage()
    assert message.startswith("Imported from polsek.csv: 2 ")  # the summary in the window's language


def test_every_menu_action_has_an_accelerator_or_a_shortcut(qtbot, tmp_path, indonesian_ui):
    from ui import i18n

    w = make_window(qtbot, tmp_path)

    def walk(menu):
        for action in menu.actions():
            if action.menu() is not None and action.menu() is not menu:
                yield from walk(action.menu())
            elif not action.isSeparator() and action.text() and menu is not w.recent_menu:
                yield menu, action

    for language in ("id", "en"):
        w.set_language(language)
        for top in (w.file_menu, w.edit_menu, w.plan_menu, w.view_menu, w.help_menu):
            for _menu, action in walk(top):
                text = action.text()
                assert "&" in text.replace("&&", "") or not action.shortcut().isEmpty(), (language, text)
    i18n.install("en")


def test_markers_carry_the_count_of_their_posts_problems(qtbot, tmp_path, demo_plan):
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    add_post(w, "PUJI", "Pos Uji", 0.5, 0.5, "II")  # nobody there yet: short of its minimum, no danpos
    w.problems.refresh()
    open_here = [f for f in w.problems.model.findings if f.post == "PUJI" and not f.accepted]
    assert open_here
    assert w.scene.problems["PUJI"][0] == len(open_here)
    assert not w.plan_view.grab().isNull()  # the flagged marker paints
