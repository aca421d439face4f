"""Run slow core work (opening or saving a large operation) off the GUI thread.

`run_in_background(parent, label, fn)` starts `fn()` on Qt's thread pool and spins a local event
loop until it is done, so the window keeps painting; past a short delay a window-modal busy
indicator says what is happening (and blocks input meanwhile). It returns `fn`'s result or
re-raises its exception, so callers read like plain synchronous code (and tests stay simple).
`fn` must not touch widgets or the open plan's subscribers: it runs on another thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
SHOW_AFTER_MS = 150


class _Done(QObject):
    # Fires (queued to the GUI thread) when the worker finished, successfully or not.
    finished = Signal()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], object], done: _Done) -> None:
        super().__init__()
        self.fn, self.done = fn, done
        self.result: object = None
        self.error: BaseException | None = None
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            self.result = self.fn()
        except BaseException as exc:  # handed back to the GUI thread and re-raised there
            self.error = exc
        finally:
            self.done.finished.emit()


def run_in_background(parent: QWidget | None, label: str, fn: Callable[[], T]) -> T:
    done = _Done()
    job = _Job(fn, done)
    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_AFTER_MS)
    progress.setAutoClose(False)
    progress.setValue(0)
    QThreadPool.globalInstance().start(job)
    loop.exec()
    progress.reset()
    progress.deleteLater()
    if job.error is not None:
        raise job.error
    return job.result  # type: ignore[return-value]
