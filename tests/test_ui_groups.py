"""The window's Groups and Paperwork pages: groups added, edited and deleted as undo steps, the
kop and letter numbers edited with bounds, and the kop remembered for new operations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_ui_window import make_window, with_dialog

from desktop.storage.document import OperationDocument
from ui.groups_page import GroupDialog
from ui.print_dialog import PrintDialog

pytestmark = pytest.mark.usefixtures("indonesian_ui")


def test_groups_page_adds_edits_and_deletes_groups_as_undo_steps(qtbot, tmp_path, demo_plan):
    """A reserve added through the dialog, edited, then deleted: each is one undo step and undo restores the order."""
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    page = w.groups_page
    w.tabs.setCurrentWidget(page)
    assert page.table.rowCount() == len(demo_plan.groups) and w.tabs.tabText(4) == "Kelompok"
    people = sorted(p for p in demo_plan.personnel if not demo_plan.assignments_of(p))[:1] or ["p055"]

    def fill(dialog: GroupDialog) -> None:
        dialog.code.setText("CAD2")
        dialog.name.setText("Cadangan Polsek")
        dialog.role.setCurrentIndex(dialog.role.findData("cadangan"))
        dialog.reserve.setChecked(True)
        dialog.held_at.setText("Mapolsek Bungursari")
        dialog.trigger.setPlainText("Atas perintah Kapolres")
        for i in range(dialog.members.count()):
            if dialog.members.item(i).data(Qt.ItemDataRole.UserRole) in people:
                dialog.members.item(i).setCheckState(Qt.CheckState.Checked)

    with_dialog(fill)
    page.add_group()
    group = w.plan.groups["CAD2"]
    assert group.reserve and group.members == people and group.held_at == "Mapolsek Bungursari"
    qtbot.waitUntil(lambda: page.table.rowCount() == len(w.plan.groups))
    assert page.table.item(page.table.rowCount() - 1, 2).text().endswith("cadangan")
    page.table.selectRow(0)
    before = list(w.plan.groups)
    page.delete_group()
    assert "POSKO" not in w.plan.groups and w.ws.undo_stack.undoText() == "Hapus kelompok POSKO"
    w.ws.undo_stack.undo()
    assert list(w.plan.groups) == before
    w.ws.undo_stack.undo()
    assert "CAD2" not in w.plan.groups


def test_group_dialog_refuses_an_empty_name_and_posts_of_other_groups(qtbot, demo_plan):
    """A group without a name is not accepted; a post of another group cannot be ticked."""
    dialog = GroupDialog(demo_plan)
    qtbot.addWidget(dialog)
    dialog.code.setText("X")
    dialog.accept()
    assert dialog.result_group is None and dialog.error.text()
    p01 = next(
        dialog.posts.item(i)
        for i in range(dialog.posts.count())
        if dialog.posts.item(i).data(Qt.ItemDataRole.UserRole) == "P01"
    )
    assert not p01.flags() & Qt.ItemFlag.ItemIsEnabled and "[RING1]" in p01.text()


def test_paperwork_page_edits_kop_and_numbers_and_remembers_the_kop(qtbot, tmp_path, demo_plan):
    """Editing the kop and the Sprin's serial is one undo step each; a '/' is refused in one sentence;
    a new operation starts with the remembered kop."""
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))
    page = w.paperwork_page
    w.tabs.setCurrentWidget(page)
    assert page.kop[2].text() == "RESOR PURWAKARTA" and page.previews["sprin"].text().startswith("B/Sprin/......")
    page.kop[2].setText("Resor Subang")
    page.kop[2].editingFinished.emit()
    assert w.plan.settings["kop"][2] == "Resor Subang" and w.ws.undo_stack.undoText() == "Ubah naskah dinas"
    page.parts["sprin"]["serial"].setText("12/3")
    page.parts["sprin"]["serial"].editingFinished.emit()
    assert "'/'" in page.error.text() and w.ws.undo_stack.count() == 1
    page.parts["sprin"]["serial"].setText("123")
    page.parts["sprin"]["serial"].editingFinished.emit()
    assert page.previews["sprin"].text() == "B/Sprin/123/XI/....../2024" and not page.error.text()
    w.ws.undo_stack.undo()
    assert page.previews["sprin"].text().startswith("B/Sprin/......")
    assert "RSUD Bayu Asih; IGD (rujukan korban); 0264-200505" in page.contacts.toPlainText()
    page.contacts.setPlainText("Kodim 0619; Pasi Ops; 0264-1")
    page.contacts.editing_finished.emit()
    assert w.plan.settings["outside_contacts"] == [
        {"party": "Kodim 0619", "name": "Pasi Ops", "phone": "0264-1", "note": ""}
    ]
    w.ws.undo_stack.setClean()
    w.files.file_new()
    assert w.plan.settings["kop"] == ["KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH JAWA BARAT", "Resor Subang"]


def test_print_dialog_offers_the_sprin_and_the_planners_notes(qtbot, demo_plan):
    """The print dialog lists the Surat Perintah and the planner's notes next to the packet."""
    dialog = PrintDialog(OperationDocument(demo_plan))
    qtbot.addWidget(dialog)
    texts = [dialog.doc_list.item(i).text() for i in range(dialog.doc_list.count())]
    assert (
        "Surat Perintah (Sprin) dengan daftar nama" in texts and "Catatan perencana (peringatan yang diterima)" in texts
    )


def test_person_dialog_keeps_and_edits_the_bko_origin(qtbot, demo_plan):
    """Editing a person keeps their BKO origin; the field changes it."""
    from dataclasses import replace

    from ui.dialogs import PersonDialog

    person = replace(demo_plan.personnel["p012"], origin="Polres Subang")
    dialog = PersonDialog(demo_plan, person)
    qtbot.addWidget(dialog)
    assert dialog.person().origin == "Polres Subang"
    dialog.origin.setText("Sat Brimob Polda Jabar")
    assert dialog.person().origin == "Sat Brimob Polda Jabar"
