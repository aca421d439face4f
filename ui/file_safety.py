"""What the window says and asks when writing a file goes wrong, and the last-resort error hook.

Small functions the window calls from its save, export and print paths (kept apart from
`MainWindow` so the file life-cycle can move without them):

- `failure_text(exc, lang)`: one sentence for a failed write (full disk, read-only folder, ...)
  in the interface language; the core (`desktop.files.WriteError`) words it.
- `resolve_external_change(window)`: the file changed on disk since it was opened; ask
  overwrite, save as, or reload, and do it.
- `check_lock(window)`: put the lock back if its file disappeared, and say so.
- `install_excepthook()`: an unexpected exception is written to the log with its traceback and
  the planner sees one sentence saying where the log is, never a traceback.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.errors import RenpamError
from desktop.logs import log_unexpected, setup_logging
from desktop.storage import OperationFileError
from ui.background import run_in_background
from ui.prompts import EXTERNAL_OVERWRITE, EXTERNAL_RELOAD, EXTERNAL_SAVE_AS

translate = QCoreApplication.translate


def failure_text(exc: BaseException, lang: str) -> str:
    """A failed write or refused save as one sentence in `lang` (core sentences carry both)."""
    message = getattr(exc, "message", None)
    if callable(message):
        return str(message(lang))
    if isinstance(exc, OSError) and not isinstance(exc, RenpamError):
        name = getattr(exc, "filename", None) or ""
        reason = exc.strerror or str(exc)
        return translate("FileSafety", "Cannot save %1: %2.").replace("%1", str(name)).replace("%2", reason)
    return str(exc)


def resolve_external_change(window: Any) -> bool:
    """The open file changed on disk since it was opened: overwrite it, save elsewhere, or reload.

    Returns True when the document was saved (as `file_save` does).
    """
    doc = window.document
    choice = window.prompts.ask_external_change(doc.display_name)
    if choice == EXTERNAL_OVERWRITE:
        try:
            label = translate("FileSafety", "Saving %1...").replace("%1", doc.display_name)
            run_in_background(window, label, lambda: doc.save(overwrite_changes=True))
        except (OSError, RenpamError) as exc:
            window.prompts.error(translate("FileSafety", "Cannot save"), failure_text(exc, window.language))
            return False
        window._saved()
        return True
    if choice == EXTERNAL_SAVE_AS:
        return bool(window.file_save_as())
    if choice == EXTERNAL_RELOAD:
        try:
            label = translate("FileSafety", "Reloading %1...").replace("%1", doc.display_name)
            fresh = run_in_background(window, label, doc.reload)
        except OperationFileError as exc:
            window.prompts.error(translate("FileSafety", "Cannot reload"), exc.message(window.language))
            return False
        window.set_document(fresh)
        window._forced_dirty = False
        window.ws.undo_stack.setClean()
        window._update_title()
        done = translate("FileSafety", "Reloaded %1 from disk").replace("%1", fresh.display_name)
        window.statusBar().showMessage(done, 6000)
    return False


def check_lock(window: Any) -> None:
    """Recreate the open file's lock if it disappeared (someone deleted it) and warn the planner."""
    doc = window.document
    try:
        recreated = doc.keep_lock()
    except RenpamError as exc:  # another instance took the file meanwhile: now read-only
        window._update_title()
        window.prompts.warning(
            translate("FileSafety", "File taken by another program"), failure_text(exc, window.language)
        )
        return
    if recreated:
        text = translate(
            "FileSafety",
            "The lock file of %1 had been deleted; Renpam recreated it. "
            "Another program may have changed the file meanwhile.",
        ).replace("%1", doc.display_name)
        window.statusBar().showMessage(text, 15000)
        window.prompts.warning(translate("FileSafety", "Lock file recreated"), text)


_showing = False


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    where = log_unexpected(exc_type, exc, tb)
    print(f"Renpam: unexpected error ({exc_type.__name__}); details in {where}", file=sys.stderr)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        text = translate(
            "FileSafety", "Renpam met an unexpected error (%1). Save your work under a new name to be safe."
        ).replace("%1", exc_type.__name__)
        if where is not None:
            text += "\n\n" + translate(
                "FileSafety", "The details are in %1; please send that file to whoever supports Renpam."
            ).replace("%1", str(where))
        QMessageBox.critical(QApplication.activeWindow(), translate("FileSafety", "Unexpected error"), text)
    finally:
        _showing = False


def install_excepthook() -> None:
    """From now on, unexpected exceptions go to the log and a one-sentence dialog."""
    setup_logging()
    sys.excepthook = _hook


__all__ = ["check_lock", "failure_text", "install_excepthook", "resolve_external_change"]
