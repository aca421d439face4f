"""The import wizard driven page by page with qtbot: file, preview, columns, problems, import, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWizard

from desktop.storage.document import OperationDocument
from ui.import_wizard import ImportWizard, export_deployment_table, remembered_mapping


def write_csv(path: Path, text: str) -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8-sig"))
    return path


pytestmark = pytest.mark.usefixtures("indonesian_ui")


@pytest.fixture
def document(demo_plan):
    """An unsaved document holding the demo operation."""
    doc = OperationDocument(demo_plan)
    yield doc
    doc.close()


def open_wizard(qtbot, document, kind="roster"):
    stack = QUndoStack()
    wizard = ImportWizard(document, kind, stack)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard, stack


def test_wizard_imports_roster_as_one_undo_step(qtbot, tmp_path, document):
    """File, preview, columns and check pages lead to an import that one undo takes back."""
    path = write_csv(
        tmp_path / "polsek.csv",
        "DAFTAR PERSONEL\nNo;Nama;Pangkat;NRP;Satuan;Catatan\n"
        "1;Andi Pratama;Bripda;99020111;Polsek Bungursari;baru\n"
        "2;Wawan Setiawan;Briptu;97030222;Polsek Bungursari;\n",
    )
    wizard, stack = open_wizard(qtbot, document)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.file_page.path_edit.setText(str(path))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    model = wizard.preview_page.model
    assert model.item(1, 1).text() == "Nama" and model.item(1, 1).font().bold()
    assert model.verticalHeaderItem(2).text() == "3" and model.item(2, 1).text() == "Andi Pratama"
    assert "judul kolom pada baris 2" in wizard.preview_page.info.text()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert [c.currentData() for c in wizard.mapping_page.combos] == ["seq", "name", "rank", "nrp", "unit", ""]
    wizard.next()
    page = wizard.check_page
    assert "2 ditambah" in page.summary.text() and "F (Catatan)" in page.summary.text()
    assert page.model.rowCount() == 0 and wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    before = len(document.plan.personnel)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert len(document.plan.personnel) == before + 2 and stack.count() == 1
    assert stack.undoText() == "Impor personel dari polsek.csv"
    stack.undo()
    assert len(document.plan.personnel) == before
    stack.redo()
    assert len(document.plan.personnel) == before + 2


def test_wizard_lists_problems_and_needs_only_valid(qtbot, tmp_path, document):
    """Rejected rows are listed with row and column; Import stays disabled until only-valid is chosen."""
    path = write_csv(
        tmp_path / "bad.csv",
        "Nama;Pangkat;NRP;Satuan\nAndi;Bripda;99020111;SAMAPTA\n"
        ";Bripda;99020112;SAMAPTA\nCecep;Bribda;99020113;SAMAPTA\n",
    )
    wizard, stack = open_wizard(qtbot, document)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    wizard.next()
    page = wizard.check_page
    rows = [[page.model.item(r, c).text() for c in range(3)] for r in range(page.model.rowCount())]
    assert rows == [["3", "A (Nama)", "nama kosong"], ["4", "B (Pangkat)", "pangkat Polri tidak dikenal: 'Bribda'"]]
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled() and page.only_valid.isEnabled()
    qtbot.mouseClick(page.only_valid, Qt.MouseButton.LeftButton)
    assert page.only_valid.isChecked() and finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result is not None and wizard.result.added == 1 and wizard.result.rejected == 2
    assert any(p.name == "Andi" for p in document.plan.personnel.values()) and stack.count() == 1


def test_wizard_hand_mapping_is_remembered(qtbot, tmp_path, document):
    """A column mapped by hand is used for the import and offered again by the next wizard."""
    path = write_csv(tmp_path / "odd.csv", "Personel;Gol;Nomor Pokok\nAndi;Bripda;99020111\n")
    wizard, _stack = open_wizard(qtbot, document)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    wizard.next()
    mapping_page = wizard.mapping_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no name column yet
    assert "name" in mapping_page.warning.text() or "nama" in mapping_page.warning.text().lower()
    for combo, fld in zip(mapping_page.combos, ["name", "rank", "nrp"]):
        combo.setCurrentIndex(combo.findData(fld))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    wizard.check_page.validatePage()
    person = next(p for p in document.plan.personnel.values() if p.nrp == "99020111")
    assert person.name == "Andi" and person.rank == "Bripda"
    assert remembered_mapping("roster") == {"Personel": "name", "Gol": "rank", "Nomor Pokok": "nrp"}

    again, _ = open_wizard(qtbot, document)
    again.file_page.path_edit.setText(str(path))
    again.next()
    again.next()
    assert [c.currentData() for c in again.mapping_page.combos] == ["name", "rank", "nrp"]


def test_wizard_workbook_sheet_choice_and_duplicate_fields(qtbot, tmp_path, document):
    """A workbook offers its sheets; reading one field from two columns blocks the next step."""
    wb = Workbook()
    wb.active.title = "Catatan"
    ws = wb.create_sheet("Pos")
    ws.append(["Kode", "Nama Pos", "Ring", "Kategori"])
    ws.append(["P20", "Pos Pantau Alun-alun", "III", ""])
    path = tmp_path / "pos.xlsx"
    wb.save(path)
    wizard, stack = open_wizard(qtbot, document, kind="posts")
    wizard.file_page.path_edit.setText(str(path))
    combo = wizard.file_page.sheet_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Catatan", "Pos"] and combo.isEnabled()
    combo.setCurrentText("Pos")
    wizard.next()
    wizard.next()
    combos = wizard.mapping_page.combos
    combos[3].setCurrentIndex(combos[3].findData("ring"))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    combos[3].setCurrentIndex(combos[3].findData(""))
    wizard.next()
    wizard.check_page.validatePage()
    assert document.plan.posts["P20"].ring == "III" and stack.count() == 1


def test_export_helper_writes_the_table(qtbot, tmp_path, demo_plan):
    """The File > Export helper writes the workbook to the given path."""
    out = export_deployment_table(demo_plan, None, tmp_path / "plotting.xlsx")
    assert out is not None and load_workbook(out).sheetnames[-1] == "Personel"


def test_wizard_speaks_indonesian_by_default_and_english_on_request(qtbot, document):
    """The wizard's strings come from the Indonesian catalogue; with English chosen they are the English source."""
    from ui import i18n
    from ui import settings as ui_settings

    wizard, _ = open_wizard(qtbot, document)
    assert wizard.windowTitle() == "Impor personel" and wizard.file_page.title() == "Pilih daftar personel"
    assert wizard.check_page.buttonText(QWizard.WizardButton.FinishButton) == "&Impor"
    assert wizard.mapping_page.table.horizontalHeaderItem(3).text() == "Dibaca sebagai"
    ui_settings.set_language("en")
    i18n.install("en")
    try:
        wizard, _ = open_wizard(qtbot, document, kind="posts")
        assert wizard.windowTitle() == "Import posts" and wizard.file_page.title() == "Choose the post list"
    finally:
        ui_settings.set_language("id")
        i18n.install("id")


def test_wizard_reads_and_checks_a_large_workbook_off_the_gui_thread(qtbot, tmp_path, document):
    """Reading and checking a 4,000-row workbook leave the event loop running, the wizard disabled and a busy note up."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Personel")
    ws.append(["Nama", "Pangkat", "NRP", "Satuan"])
    for i in range(4000):
        ws.append([f"Personel {i}", "Bripda", str(96000000 + i), "SAMAPTA"])
    path = tmp_path / "besar.xlsx"
    wb.save(path)
    wizard, stack = open_wizard(qtbot, document)
    with qtbot.waitSignal(wizard.work_finished, timeout=30000):
        wizard.file_page.path_edit.setText(str(path))  # the sheet names are read in the background
    assert wizard.file_page.sheet_combo.currentText() == "Personel"
    seen: list[tuple[bool, list[str]]] = []

    def probe() -> None:  # runs on the GUI thread whenever its event loop turns
        labels = [d.labelText() for d in wizard.findChildren(QProgressDialog)]
        seen.append((wizard.isEnabled(), labels))
        if labels and not (tmp_path / "busy.png").exists():
            wizard.grab().save(str(tmp_path / "busy.png"))

    timer = QTimer()
    timer.timeout.connect(probe)
    timer.start(0)
    with qtbot.waitSignal(wizard.work_finished, timeout=30000):
        wizard.next()
    busy = [labels for enabled, labels in seen if not enabled]
    assert busy and "Membaca besar.xlsx..." in busy[0]
    assert wizard.currentPage() is wizard.preview_page and wizard.isEnabled()
    assert "4000 baris data" in wizard.preview_page.info.text()
    wizard.next()
    seen.clear()
    with qtbot.waitSignal(wizard.work_finished, timeout=30000):
        wizard.next()  # columns -> check: the rows are checked in the background
    timer.stop()
    assert any(not enabled and any("Memeriksa 4000 baris" in t for t in labels) for enabled, labels in seen)
    assert "4000 baris terbaca" in wizard.check_page.summary.text()
    before = len(document.plan.personnel)
    with qtbot.waitSignal(wizard.work_finished, timeout=30000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert len(document.plan.personnel) == before + 4000 and stack.count() == 1
    stack.undo()
    assert len(document.plan.personnel) == before
