"""The print dialog driven with qtbot: generate off the GUI thread, preview, save, print, cancel."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from desktop.storage import OperationDocument
from ui.print_dialog import PrintDialog
from ui.roles import CODE_ROLE


@pytest.fixture
def dialog(qtbot, demo_plan):
    doc = OperationDocument(demo_plan)
    dlg = PrintDialog(doc)
    qtbot.addWidget(dlg)
    yield dlg
    dlg.done(0)


def choose(dlg: PrintDialog, docs: set[str], shifts: set[str] | None = None, posts: set[str] | None = None) -> None:
    dlg.set_checked(dlg.doc_list, docs)
    if shifts is not None:
        dlg.set_checked(dlg.shift_list, shifts)
    if posts is not None:
        dlg.set_checked(dlg.post_list, posts)


def test_generate_preview_and_save(qtbot, dialog, tmp_path):
    """Generating post sheets for one shift loads them into the preview; Save PDF writes the same file."""
    choose(dialog, {"posts"}, shifts={"LAKS"}, posts={"P03", "P06"})
    assert dialog.options().shifts == ("LAKS",) and dialog.options().posts == ("P03", "P06")
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [2] and dialog.pdf.pageCount() == 2
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    dialog.ask_save_path = lambda: str(tmp_path / "posts")
    saved = dialog.save_pdf()
    assert saved == tmp_path / "posts.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(saved).pages)
    assert "LEMBAR POS P03" in text and "LEMBAR POS P06" in text
    dialog.grab().save(str(tmp_path / "dialog.png"))


def test_print_renders_every_page(qtbot, dialog, tmp_path):
    """Print sends every preview page to the printer (here a PDF printer, read back)."""
    choose(dialog, {"roster"})
    dialog.lang_box.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000):
        dialog.start_generation()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.ask_printer = lambda: printer
    assert dialog.print_pdf()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.pdf.pageCount() >= 2
    assert re.search(r"\d+ ", dialog.status.text())


def test_cancel_stops_generation(qtbot, dialog):
    """Cancelling a running packet generation reports it and leaves no preview."""
    choose(dialog, {"packet"})
    dialog.start_generation()
    task = dialog.task
    assert task is not None and not dialog.generate_button.isEnabled()
    with qtbot.waitSignal(task.signals.cancelled, timeout=30000):
        dialog.cancel_generation()
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.pdf_bytes == b"" and dialog.generate_button.isEnabled() and not dialog.save_button.isEnabled()


def test_nothing_chosen_disables_generate(dialog):
    """With no document (or no shift) ticked the dialog says what is missing and cannot generate."""
    choose(dialog, set())
    assert not dialog.generate_button.isEnabled() and dialog.status.text()
    choose(dialog, {"slips"}, shifts=set())
    assert not dialog.generate_button.isEnabled()


def test_post_list_filter_box_and_all_none_on_the_shown_rows(dialog):
    """Typing in the posts' filter box shows the matching posts; All/None act on those only."""
    codes = [dialog.post_list.item(i).data(CODE_ROLE) for i in range(dialog.post_list.count())]
    dialog._check_all(dialog.post_list, False)
    dialog.post_filter.setText(codes[1])
    shown = [
        dialog.post_list.item(i).data(CODE_ROLE)
        for i in range(dialog.post_list.count())
        if not dialog.post_list.item(i).isHidden()
    ]
    assert codes[1] in shown and len(shown) < len(codes)
    dialog._check_all(dialog.post_list, True)
    assert set(dialog.checked(dialog.post_list)) == set(shown)
    dialog.post_filter.clear()
    assert all(not dialog.post_list.item(i).isHidden() for i in range(dialog.post_list.count()))
