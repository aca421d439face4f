"""How the planning window copes with a district election day: 5,000 people, 2,000 posts, 3 shifts.

Run: .venv/bin/python tests/bench/bench_gui.py   (prints figures; not part of the test suite)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("RENPAM_DATA_DIR", tempfile.mkdtemp(prefix="renpam-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def main() -> None:
    from desktop.generator import generate_large_plan
    from desktop.storage.document import OperationDocument
    from desktop.storage.recovery import RecoveryStore
    from ui.main_window import MainWindow
    from ui.mime import people_mime

    app = QApplication.instance() or QApplication([])
    figures: list[tuple[str, float]] = []

    def timed(label: str, fn):
        start = time.perf_counter()
        result = fn()
        figures.append((label, (time.perf_counter() - start) * 1000))
        return result

    plan = timed("generate_large_plan(assign=True)", lambda: generate_large_plan(assign=True))
    print(
        f"plan: {len(plan.personnel)} people, {len(plan.posts)} posts, {len(plan.shifts)} shifts, "
        f"{len(plan.assignments)} assignments"
    )
    store = RecoveryStore(Path(os.environ["RENPAM_DATA_DIR"]) / "recovery")
    window = timed(
        "open window (models, first problems check)", lambda: MainWindow(OperationDocument(plan), recovery=store)
    )
    window.resize(1366, 768)
    timed("show + first paint", lambda: (window.show(), app.processEvents()))
    longest_batch = 0.0
    start = time.perf_counter()
    while window.scene.building:
        t = time.perf_counter()
        app.processEvents()
        longest_batch = max(longest_batch, (time.perf_counter() - t) * 1000)
    figures.append(("site plan: all 2,000 markers placed (batched)", (time.perf_counter() - start) * 1000))
    figures.append(("site plan: longest single batch (GUI blocked)", longest_batch))
    view = window.plan_view
    timed("site plan: wheel-zoom step before any click", lambda: (view.zoom(1.15), app.processEvents()))
    timed(
        "site plan: zoom in 10 steps (labels appear)",
        lambda: ([view.zoom(1.25) for _ in range(10)], app.processEvents()),
    )
    print(f"site plan after zooming: {'dots' if window.scene.compact else 'labelled markers'}")
    timed("site plan: fit again", lambda: (view.fit(), app.processEvents()))
    timed("posts: filter 'TPS-01'", lambda: window.posts.search.setText("TPS-01"))
    timed("posts: clear filter", lambda: window.posts.search.clear())
    problems = window.problems
    timed("problems: errors only", lambda: problems.filters.errors.setChecked(True))
    problems.filters.errors.setChecked(False)
    timed("problems: this shift", lambda: problems.filters.this_shift.setChecked(True))
    problems.filters.this_shift.setChecked(False)
    timed("problems: text filter 'TPS-0'", lambda: problems.filters.text.setText("TPS-0"))
    problems.filters.text.clear()
    print(f"problems: {len(problems.model.findings)} findings")
    timed("problems: group by rule (tree with counts)", lambda: problems.filters.grouped.setChecked(True))
    timed("problems: errors only while grouped", lambda: problems.filters.errors.setChecked(True))
    problems.filters.errors.setChecked(False)
    timed("problems: a full check while grouped", problems.refresh)
    timed("problems: back to the flat list", lambda: problems.filters.grouped.setChecked(False))
    roster = window.roster
    timed("roster: search 'agus'", lambda: roster.search.setText("agus"))
    timed("roster: clear search", lambda: roster.search.clear())
    timed("roster: sort by rank (ladder)", lambda: roster.view.sortByColumn(1, Qt.SortOrder.DescendingOrder))
    timed("roster: 'free in this shift' filter", lambda: roster.free.setChecked(True))
    roster.free.setChecked(False)
    people = list(plan.personnel)[:50]
    post = list(plan.posts)[10]
    timed("drop 50 people on a post (one undo step)", lambda: window.plan_view.drop_on_post(people_mime(people), post))
    timed("  ... views and problems catch up", lambda: (app.processEvents(), window.problems.refresh()))
    timed("undo the 50 assignments", lambda: window.ws.undo_stack.undo())
    timed("  ... views and problems catch up", lambda: (app.processEvents(), window.problems.refresh()))
    marker = window.scene.markers[post]
    pos = marker.pos()
    marker.setPos(pos.x() + 30, pos.y() + 20)
    timed("drag a marker (move command)", lambda: window.scene.markers_dropped())
    timed("undo the move", lambda: (window.ws.undo_stack.undo(), app.processEvents()))
    timed("switch shift (all views refresh)", lambda: (window.ws.set_shift(list(plan.shifts)[1]), app.processEvents()))
    timed("repaint the whole window", lambda: window.grab())
    # File > Print, the full packet: how soon the planner sees it move (then cancelled).
    from ui import background
    from ui.print_dialog import PrintDialog

    printing = PrintDialog(window.ws.document, window)
    first: dict[int, float] = {}
    start = [0.0]

    def note_report(done: int, _total: int, _note: str) -> None:
        first.setdefault(min(done, 1), (time.perf_counter() - start[0]) * 1000)

    hook = lambda task: task.signals.progressed.connect(note_report)  # noqa: E731
    background.monitor.started.connect(hook)
    settle_until = time.perf_counter() + 2.0  # refreshes queued by the steps above run first
    while time.perf_counter() < settle_until:
        app.processEvents()
    start[0] = time.perf_counter()
    printing.start_generation()
    from PySide6.QtCore import QEventLoop

    while 1 not in first:  # wait as the window does, without spinning (the worker needs the GIL)
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    printing.cancel_generation()
    while printing.task is not None:
        app.processEvents()
    background.monitor.started.disconnect(hook)
    figures.append(("print packet: first progress report (parts counted)", first[0]))
    figures.append(("print packet: first part done (bar moves)", first[1]))
    printing.close()
    # Save and reopen through the window: the work runs off the GUI thread; a 10 ms timer
    # measures the longest the event loop was kept waiting meanwhile.
    from PySide6.QtCore import QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    target = Path(os.environ["RENPAM_DATA_DIR"]) / "large.renpam"

    class Answer:  # the save dialog's answer
        def save_path(self, *args):
            return target

        def ask_save_changes(self, name):
            return "discard"

    window.prompts = Answer()
    timer.start()
    settle_until = time.perf_counter() + 3.0  # let refreshes queued by the steps above finish first
    while time.perf_counter() < settle_until:
        app.processEvents()
    figures.append(("  ... longest event-loop stall while idle (queued work)", max(gaps or [0])))
    gaps.clear()
    last[0] = time.perf_counter()
    timed("save as (9,000 assignments) in the background", window.file_save_as)
    figures.append(("  ... longest event-loop stall while saving", max(gaps or [0])))
    gaps.clear()
    last[0] = time.perf_counter()
    timed("open the saved file in the background", lambda: window.open_path(target))
    figures.append(("  ... longest event-loop stall while opening", max(gaps or [0])))
    timer.stop()
    for label, ms in figures:
        print(f"{label:<52} {ms:9.1f} ms")
    window.ws.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
