"""One progress-and-cancel protocol for long core work (open, save, print, auto-assign, import).

Core functions that take long accept an optional `progress: Progress` and call
`progress.step(done, total, note)` now and then. The caller (the command line, or the Qt task
adapter in `ui/`) decides what a step shows; when the user cancels, the next `step()` raises
`Cancelled`, so work stops at a point where nothing is half-written. The core never imports Qt:
a `Progress` is a plain callback plus a thread-safe flag.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop.errors import Cancelled

ProgressCallback = Callable[[int, int, str], None]


class Progress:
    """Reports `(done, total, note)` to a callback and raises `Cancelled` once `cancel()` was called."""

    def __init__(self, callback: ProgressCallback | None = None) -> None:
        self._callback = callback
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled("cancelled by the user")

    def step(self, done: int, total: int, note: str = "") -> None:
        self.check()
        if self._callback is not None:
            self._callback(done, total, note)


NO_PROGRESS = Progress()
"""For callers that want neither reports nor cancellation."""
