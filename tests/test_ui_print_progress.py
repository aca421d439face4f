"""Printing the full packet of a district plan shows progress at once: the part count is reported
before any page is laid out, and the bar counts parts ("1 / 2517 parts") instead of standing at 0 %."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.briefing.content import Selection, count_parts
from desktop.generator import generate_large_plan
from desktop.storage import OperationDocument
from ui import background
from ui.print_dialog import PrintDialog


def _watch(reports: list, cancel_after: int | None = None):
    """On a task's start, record its reports in the worker as they are made (direct connection),
    cancelling it once a report says `cancel_after` parts are done."""

    def started(task) -> None:
        def report(done: int, total: int, _note: str) -> None:
            reports.append((done, total))
            if cancel_after is not None and done >= cancel_after:
                task.cancel()

        task.signals.progressed.connect(report, Qt.ConnectionType.DirectConnection)

    return started


def test_full_packet_of_a_district_plan_reports_its_size_before_any_page(qtbot):
    """The first report of the 5,000-person packet gives the number of parts with none done; parts
    done follow long before the packet is finished, never going back; cancelling from those
    reports leaves no PDF."""
    plan = generate_large_plan(assign=True)
    dialog = PrintDialog(OperationDocument(plan))
    qtbot.addWidget(dialog)
    expected = count_parts(Selection(plan, dialog.options()))
    assert expected > 2000
    reports: list[tuple[int, int]] = []
    hook = _watch(reports, cancel_after=1)
    background.monitor.started.connect(hook)
    try:
        dialog.start_generation()
        assert dialog.progress.maximum() == 0 and dialog.status.text() == "Generating..."  # busy at once
        qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    finally:
        background.monitor.started.disconnect(hook)
    assert reports[0] == (0, expected)
    assert any(done >= 1 for done, _t in reports)  # parts were counted as done before the packet was
    assert [done for done, _t in reports] == sorted(done for done, _t in reports)  # never going back
    assert dialog.pdf_bytes == b"" and dialog.status.text() == "Generation cancelled."


def test_progress_bar_counts_parts_while_the_packet_is_made(qtbot, demo_plan):
    """While generating, the status names the number of parts and the bar reads "i / N parts";
    afterwards the bar is back to a plain percentage and the preview holds the pages."""
    dialog = PrintDialog(OperationDocument(demo_plan))
    qtbot.addWidget(dialog)
    seen: list[tuple[str, str]] = []
    hook = lambda task: task.signals.progressed.connect(  # noqa: E731  (after the dialog's own slot)
        lambda *_a: seen.append((dialog.progress.text(), dialog.status.text()))
    )
    background.monitor.started.connect(hook)
    try:
        with qtbot.waitSignal(dialog.preview_ready, timeout=60_000):
            dialog.start_generation()
    finally:
        background.monitor.started.disconnect(hook)
    total = count_parts(Selection(demo_plan, dialog.options()))
    assert any(status == f"Generating {total} parts..." for _bar, status in seen)
    assert f"1 / {total} parts" in [bar for bar, _s in seen]
    assert dialog.progress.format() == "%p%" and dialog.pdf.pageCount() > 0
