"""The one Qt adapter that runs long core work off the GUI thread, with progress and cancel.

Core functions report through `desktop.progress.Progress` (`progress.step(done, total, note)`,
raising `desktop.errors.Cancelled` after `cancel()`); this module is their only Qt side:

- `Task(fn)`: `fn(progress)` runs on Qt's thread pool; `task.signals` fire on the GUI thread
  (progressed, succeeded, cancelled, failed, then finished). For a dialog that shows its own
  progress bar (File > Print) and stays usable while the work runs.
- `run_task(parent, label, fn, cancellable=...)`: starts a `Task` and spins a local event loop
  until it is done, so the window keeps painting; past `SHOW_AFTER_MS` a window-modal progress
  dialog says what is happening (a bar once the work reports a total, a Cancel button when the
  work can stop), blocking input meanwhile. It returns `fn`'s result or re-raises its exception
  (`Cancelled` when the planner cancelled), so callers read like synchronous code.
- `run_in_background(parent, label, fn)`: the same for work without progress, `fn()`.

What must not happen inside `fn`: touching widgets, the undo stack or the open plan's
subscribers (it runs on another thread; give it `plan.clone()` when the GUI may edit the plan).

`synchronous()` (a context manager, for tests) runs every task on the calling thread, signals
included, so a test can cancel from a progress report deterministically.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.errors import Cancelled
from desktop.progress import Progress

T = TypeVar("T")
SHOW_AFTER_MS = 150  # progress appears well within half a second

_synchronous = False
_running: set[_Runner] = set()  # runners on the pool, kept alive until their run() returns


@contextlib.contextmanager
def synchronous() -> Iterator[None]:
    """Run tasks started inside the block on the calling thread (tests)."""
    global _synchronous
    before, _synchronous = _synchronous, True
    try:
        yield
    finally:
        _synchronous = before


class TaskSignals(QObject):
    # Fires (on the GUI thread) for each step the work reports: (done, total, note).
    progressed = Signal(int, int, str)
    # Fires once when the work returned, with its result.
    succeeded = Signal(object)
    # Fires once when the work stopped because the planner cancelled it.
    cancelled = Signal()
    # Fires once when the work raised anything else, with the exception.
    failed = Signal(object)
    # Fires once after any of the three above.
    finished = Signal()


class TaskMonitor(QObject):
    # Fires on the GUI thread when any task starts, with the Task (for status displays and tests:
    # a test may cancel a task a dialog started from its first progress report).
    started = Signal(object)


monitor = TaskMonitor()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.task = task

    def run(self) -> None:
        try:
            self.task._run()
        finally:
            _running.discard(self)


class Task:
    """`fn(progress)` run once off the GUI thread; `cancel()` is safe from the GUI thread.

    After it finished, `result` holds what `fn` returned and `error` what it raised (a
    `Cancelled` when cancelled); `done` is True.
    """

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        self.fn = fn
        self.signals = TaskSignals()
        self.progress = Progress(self._report)
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False

    def _report(self, done: int, total: int, note: str) -> None:
        self.signals.progressed.emit(done, total, note)

    def start(self) -> Task:
        monitor.started.emit(self)
        if _synchronous:
            self._run()
        else:
            runner = _Runner(self)
            _running.add(runner)
            QThreadPool.globalInstance().start(runner)
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    @property
    def cancelled(self) -> bool:
        return isinstance(self.error, Cancelled)

    def _run(self) -> None:
        try:
            self.progress.check()
            self.result = self.fn(self.progress)
        except Cancelled as exc:
            self.error = exc
        except BaseException as exc:  # handed back to the GUI thread
            self.error = exc
        self.done = True
        signals = self.signals
        if self.error is None:
            signals.succeeded.emit(self.result)
        elif isinstance(self.error, Cancelled):
            signals.cancelled.emit()
        else:
            signals.failed.emit(self.error)
        signals.finished.emit()


def _widget(parent: QObject | None) -> QWidget | None:
    """The widget a progress dialog belongs to: `parent` itself or its nearest widget ancestor
    (a controller QObject owned by the window passes the window)."""
    while parent is not None and not isinstance(parent, QWidget):
        parent = parent.parent()
    return parent


def run_task(parent: QObject | None, label: str, fn: Callable[[Progress], T], *, cancellable: bool = False) -> T:
    """Run `fn(progress)` off the GUI thread behind a progress dialog; its result or its exception."""
    task = Task(fn)
    parent = _widget(parent)
    if _synchronous:
        task.start()
    else:
        loop = QEventLoop()
        task.signals.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setObjectName("taskProgress")
        if cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("TaskProgress", "Cancel"))
            dialog.canceled.connect(task.cancel)
            dialog.canceled.connect(
                lambda: dialog.setLabelText(QCoreApplication.translate("TaskProgress", "Cancelling..."))
            )
        else:
            dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def show_step(done: int, total: int, _note: str) -> None:
            if task.progress.cancelled:
                return
            if total > 0 and dialog.maximum() != total:
                dialog.setRange(0, total)
            if total > 0:
                dialog.setValue(min(done, total))

        task.signals.progressed.connect(show_step)
        dialog.setValue(0)
        task.start()
        if not task.done:
            loop.exec()
        dialog.reset()  # stops its timer: a dialog not shown yet must not appear later
        dialog.hide()  # reset() does not hide it (no auto-close), and deleteLater may wait long
        dialog.deleteLater()
    if task.error is not None:
        raise task.error
    return task.result


def run_in_background(parent: QObject | None, label: str, fn: Callable[[], T]) -> T:
    """Run `fn()` (work without progress reports) off the GUI thread behind a busy indicator."""
    return run_task(parent, label, lambda _progress: fn())
