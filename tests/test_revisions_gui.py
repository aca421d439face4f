"""The window's side of revisions and the apel, driven with qtbot on a real file."""

from __future__ import annotations

from pypdf import PdfReader
from test_ui_window import make_window

from desktop.storage import OperationDocument, open_operation_file
from ui.apel_view import ApelView
from ui.print_dialog import PrintDialog


def test_apel_from_absence_to_reprinted_slip_in_the_window(qtbot, demo_file, tmp_path):
    """Print slips, mark an absence by NRP + Enter, replace it (one undo step each), see the change in
    the panel, and print only what changed: the reprinted slip names the replacement."""
    document = OperationDocument.open(demo_file)
    window = make_window(qtbot, tmp_path, document)
    plan = window.document.plan
    printer = PrintDialog(window.document, window)
    qtbot.addWidget(printer)
    printer.set_checked(printer.doc_list, {"slips"})
    assert not printer.changed_box.isEnabled()  # never printed yet
    with qtbot.waitSignal(printer.preview_ready, timeout=30000):
        printer.start_generation()
    printer.ask_save_path = lambda: str(tmp_path / "slips.pdf")
    assert printer.save_pdf() is not None
    assert [r.number for r in plan.print_revisions] == [1] and printer.changed_box.isEnabled()
    qtbot.waitUntil(
        lambda: (
            "revisi 1" in window.changes.heading.text().lower() or "revision 1" in window.changes.heading.text().lower()
        )
    )

    a = next(a for a in plan.assignments.values() if a.shift == "LAKS" and a.role == "anggota")
    person = plan.personnel[a.person]
    view = ApelView(window.document, window.ws.undo_stack, window)
    qtbot.addWidget(view)
    view.shift_box.setCurrentIndex(view.shift_box.findData("LAKS"))
    steps = window.ws.undo_stack.count()
    qtbot.keyClicks(view.entry, person.nrp)
    qtbot.keyClick(view.entry, "\r")
    assert (a.person, a.post, "LAKS") not in plan.assignments
    assert view.absent_list.count() == 1 and view.places_list.count() == 1
    assert view.candidates_list.count() > 0
    assert window.ws.undo_stack.count() == steps + 1
    chosen = view.candidates_list.item(0).data(256)
    assert view.fill_selected()
    assert (chosen, a.post, "LAKS") in plan.assignments and view.places_list.count() == 0
    assert window.ws.undo_stack.count() == steps + 2
    window.ws.undo_stack.undo()  # the replacement goes, the absence stays
    assert (chosen, a.post, "LAKS") not in plan.assignments and plan.roll_calls["LAKS"].absences
    assert not plan.roll_calls["LAKS"].absences[a.person].replaced_by
    window.ws.undo_stack.redo()
    assert plan.roll_calls["LAKS"].absences[a.person].replaced_by == [(a.post, chosen)]
    window.changes.refresh()
    texts = [window.changes.list.item(i).text() for i in range(window.changes.list.count())]
    assert any(person.name in t for t in texts)

    printer.changed_box.setChecked(True)
    with qtbot.waitSignal(printer.preview_ready, timeout=30000):
        printer.start_generation()
    printer.ask_save_path = lambda: str(tmp_path / "changed.pdf")
    saved = printer.save_pdf()
    text = " ".join(p.extract_text() for p in PdfReader(saved).pages)
    assert "LEMBAR PERUBAHAN" in text and "REVISI 2" in text and plan.personnel[chosen].name in text
    assert [r.number for r in plan.print_revisions] == [1, 2]
    printer.done(0)
    view.done(0)
    window.document.save()
    reopened = open_operation_file(demo_file).plan
    assert [r.number for r in reopened.print_revisions] == [1, 2]
    assert reopened.roll_calls["LAKS"].absences[a.person].reason == "sakit"


def test_apel_by_unit_with_the_report(qtbot, demo_file, tmp_path):
    """Choosing a unit lists its people on duty; Enter on one marks them absent (one undo step), the
    absent list takes them back on Enter, and the apel report is written with the unit's counts."""
    document = OperationDocument.open(demo_file)
    window = make_window(qtbot, tmp_path, document)
    plan = window.document.plan
    view = ApelView(window.document, window.ws.undo_stack, window)
    qtbot.addWidget(view)
    view.shift_box.setCurrentIndex(view.shift_box.findData("LAKS"))
    unit = next(iter(plan.units))
    view.unit_box.setCurrentIndex(view.unit_box.findData(unit))
    on_duty = {
        a.person for a in plan.assignments.values() if a.shift == "LAKS" and plan.personnel[a.person].unit == unit
    }
    assert view.duty_list.count() == len(on_duty) > 0
    view.reason_box.setCurrentIndex(view.reason_box.findData("izin"))
    view.duty_list.setCurrentRow(0)
    pid = view.duty_list.item(0).data(256)
    view.duty_list.setFocus()
    qtbot.keyClick(view.duty_list, "\r")
    assert plan.roll_calls["LAKS"].absences[pid].reason == "izin"
    assert view.duty_list.count() == len(on_duty) - 1 and view.absent_list.count() == 1
    view.ask_report_path = lambda: str(tmp_path / "apel")
    saved = view.save_report()
    text = PdfReader(saved).pages[0].extract_text()
    assert saved.endswith("apel.pdf") and "LAPORAN APEL" in text and "izin" in text
    view.absent_list.setCurrentRow(0)
    view.absent_list.setFocus()
    qtbot.keyClick(view.absent_list, "\r")
    assert not plan.roll_calls["LAKS"].absences and view.duty_list.count() == len(on_duty)
    window.ws.undo_stack.undo()
    window.ws.undo_stack.undo()
    assert "LAKS" not in plan.roll_calls or not plan.roll_calls["LAKS"].absences
    assert {a.person for a in plan.assignments.values() if a.shift == "LAKS"} >= on_duty
    view.done(0)
