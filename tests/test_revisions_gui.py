"""The window's side of revisions and the apel, driven with qtbot on a real file."""

from __future__ import annotations

from pypdf import PdfReader

from desktop.storage import OperationDocument, open_operation_file
from test_ui_window import make_window
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
    qtbot.waitUntil(lambda: "revisi 1" in window.changes.heading.text().lower()
                    or "revision 1" in window.changes.heading.text().lower())

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
