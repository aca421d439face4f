"""The document life-cycle of the planning window: new, open, save, save as, close, recover, and
the recent-files menu.

`FileController` is one part of `MainWindow`: it decides when the current `OperationDocument` is
replaced, asks the planner (through the window's `Prompts`) about unsaved work, locks and
recovery copies, and runs opening and saving off the GUI thread (`ui.background`). The window
shows what follows (title, status bar, read-only state) when `Workspace.document_changed` fires.
The methods keep the names and bodies they had in `MainWindow`; the few window parts they use
are reached through the properties and forwards below, so helpers written for the window
(`helper(window)` reading `.document`, `.prompts`, `.language`, calling `._saved()`,
`._update_title()`, `.statusBar()`) work as well when given the controller.
"""

from __future__ import annotations

from pathlib import Path

from desktop.errors import RenpamError
from desktop.storage.document import ExternalChangeError, OperationDocument, OperationFileError
from desktop.storage.recovery import RecoveryStore
from ui import settings as cfg
from ui.background import run_in_background
from ui.file_safety import check_lock, failure_text, resolve_external_change
from ui.file_trust import held_on_another_machine, holder_text, open_warning_text
from ui.paperwork_page import apply_default_kop
from ui.prompts import CANCEL, SAVE
from ui.window_part import WindowPart

FILE_FILTER = "Renpam (*.renpam)"


def blank_document(recovery: RecoveryStore, keep_backup: bool) -> OperationDocument:
    """A new, empty operation with the planner's usual kop (remembered from the Paperwork page)."""
    document = OperationDocument.new("", recovery=recovery, keep_backup=keep_backup)
    apply_default_kop(document.plan)
    return document


class FileController(WindowPart):
    """New/open/save/close/recover for one window; `window` provides prompts, status bar and title."""

    def __init__(self, window, recovery: RecoveryStore) -> None:
        super().__init__(window)
        self.recovery = recovery
        # A restored recovery copy is unsaved work although nothing is on the undo stack.
        self._forced_dirty = window.ws.document.is_modified
        window.ws.document_changed.connect(self._document_replaced)  # before the window's own slot

    # ------------------------------------------------------------------ what the moved methods use
    @property
    def keep_backup(self) -> bool:
        return self.window.keep_backup

    @property
    def recent_menu(self):
        return self.window.recent_menu

    def _update_title(self, *_args) -> None:
        self.window._update_title()

    def _document_changed(self) -> None:
        self.window._document_changed()

    def _document_replaced(self) -> None:
        self._forced_dirty = self.document.is_modified

    # ------------------------------------------------------------------ life-cycle
    def is_dirty(self) -> bool:
        return not self.ws.undo_stack.isClean() or self._forced_dirty

    def mark_unsaved(self) -> None:
        """A change made outside the undo stack (a record such as a sector export) waits for Save."""
        self._forced_dirty = True
        self._update_title()

    def set_document(self, document: OperationDocument) -> None:
        old = self.ws.document
        self.plan_view.cancel_ring()
        self.ws.set_document(document)
        if old is not document:
            old.close()

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded, or clean)."""
        if not self.is_dirty():
            return True
        answer = self.prompts.ask_save_changes(self.document.display_name)
        if answer == CANCEL:
            return False
        if answer == SAVE:
            return self.file_save()
        return True

    def file_new(self) -> None:
        if not self.maybe_save():
            return
        self.set_document(blank_document(self.recovery, self.keep_backup))

    def file_open(self) -> None:
        path = self.prompts.open_path(self.tr("Open operation"), FILE_FILTER)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path | str) -> bool:
        path = Path(path)
        if not self.maybe_save():
            return False
        document = self._open_document(path)
        if document is None:
            return False
        if held_on_another_machine(document):
            # A lock from another computer cannot be checked from here: it may be left by a crash
            # there. The planner may take it over, after being told what that risks.
            if self.prompts.offer_take_over(path.name, holder_text(document.locked_by)):
                taken = self._open_document(path, take_over=True)
                if taken is None:
                    return False
                document = taken
        self.set_document(document)
        cfg.add_recent(path)
        if document.read_only:
            if document.lock_problem is not None:
                text = document.lock_problem.message(self.language)
                self.prompts.warning(self.tr("Opened read-only"), text)
            elif held_on_another_machine(document):
                text = (
                    self.tr("%1 is held by %2; opened read-only.")
                    .replace("%1", path.name)
                    .replace("%2", holder_text(document.locked_by))
                )
            else:
                text = self.tr("%1 is open in another window; opened read-only.").replace("%1", path.name)
            self.statusBar().showMessage(text, 8000)
        self.show_open_warnings(document)
        return True

    def _open_document(self, path: Path, *, take_over: bool = False) -> OperationDocument | None:
        """Open `path` in the background; on failure tell the planner why and return None."""
        try:
            return run_in_background(
                self,
                self.tr("Opening %1...").replace("%1", path.name),
                lambda: OperationDocument.open(
                    path, recovery=self.recovery, keep_backup=self.keep_backup, take_over=take_over
                ),
            )
        except OperationFileError as exc:
            self.prompts.error(self.tr("Cannot open file"), exc.message(self.language))
        except OSError as exc:
            self.prompts.error(self.tr("Cannot open file"), f"{path.name}: {exc.strerror or exc}")
        return None

    def show_open_warnings(self, document: OperationDocument) -> None:
        """What opening left out (e.g. a damaged site-plan image): status bar and a warning that does not block."""
        warnings = [open_warning_text(w) for w in document.open_warnings]
        if not warnings:
            return
        self.statusBar().showMessage(warnings[0], 15000)
        self.prompts.warning(
            self.tr("Opened with warnings: %1").replace("%1", document.display_name), "\n\n".join(warnings)
        )

    def file_save(self) -> bool:
        doc = self.document
        if doc.path is None or doc.read_only:
            return self.file_save_as()
        check_lock(self)
        if doc.read_only:  # another instance took the file while its lock was gone
            return self.file_save_as()
        try:
            run_in_background(self, self.tr("Saving %1...").replace("%1", doc.display_name), doc.save)
        except ExternalChangeError:
            return resolve_external_change(self)
        except (OSError, RenpamError) as exc:
            self.prompts.error(self.tr("Cannot save"), failure_text(exc, self.language))
            return False
        self._saved()
        return True

    def file_save_as(self) -> bool:
        suggested = (
            self.document.path.name if self.document.path else (self.plan.operation.name or "operasi") + ".renpam"
        )
        path = self.prompts.save_path(self.tr("Save operation as"), FILE_FILTER, suggested)
        if path is None:
            return False
        try:
            run_in_background(
                self, self.tr("Saving %1...").replace("%1", path.name), lambda: self.document.save_as(path)
            )
        except ExternalChangeError:  # "save as" its own name, changed on disk meanwhile
            return resolve_external_change(self)
        except (OSError, RenpamError) as exc:
            self.prompts.error(self.tr("Cannot save"), failure_text(exc, self.language))
            return False
        cfg.add_recent(self.document.path)
        self._document_changed()
        self._saved()
        return True

    def _saved(self) -> None:
        self._forced_dirty = False
        self.ws.undo_stack.setClean()
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", self.document.display_name), 4000)

    def file_close(self) -> None:
        if self.maybe_save():
            self.set_document(blank_document(self.recovery, self.keep_backup))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = cfg.recent_files()
        for text in files:
            action = self.recent_menu.addAction(Path(text).name)
            action.setToolTip(text)
            action.triggered.connect(lambda _c=False, t=text: self.open_path(t))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear list"), cfg.clear_recent)
        else:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def recovery_tick(self) -> None:
        """Every few seconds: write the recovery copy when the document says one is due."""
        doc = self.document
        check_lock(self)
        if self.is_dirty() and doc.recovery_due():
            try:
                doc.write_recovery()
            except OSError as exc:
                self.statusBar().showMessage(
                    self.tr("Could not write the recovery copy: %1").replace("%1", failure_text(exc, self.language)),
                    8000,
                )

    def offer_recovery(self) -> bool:
        """On start: offer unsaved work left by a crash; True when a copy was restored."""
        entries = self.recovery.entries()
        if not entries:
            return False
        items = [
            f"{e.title or (e.original.name if e.original else self.tr('Untitled operation'))} — "
            f"{e.written_at:%d-%m-%Y %H:%M}"
            for e in entries
        ]
        index = self.prompts.choose(
            self.tr("Restore unsaved work"),
            self.tr("Renpam was not closed properly. Restore this unsaved work?"),
            items,
        )
        if index is None:
            for entry in entries:
                self.recovery.discard(entry.key)
            return False
        try:
            document = run_in_background(
                self,
                self.tr("Restoring unsaved work..."),
                lambda: OperationDocument.restore(entries[index], recovery=self.recovery, keep_backup=self.keep_backup),
            )
        except OperationFileError as exc:
            self.prompts.error(self.tr("Cannot restore"), exc.message(self.language))
            self.recovery.discard(entries[index].key)
            return False
        self.set_document(document)
        self._forced_dirty = True
        self._update_title()
        self.show_open_warnings(document)
        return True
