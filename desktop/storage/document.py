"""An open operation: its plan, its file, its lock, its recovery copy, and whether it is saved.

Edits change only the plan in memory; nothing reaches the file until `save()`. The GUI and the
command line both work through this class.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from desktop.errors import RenpamError
from desktop.files import FileStamp, changed_since, printable_name
from desktop.messages import Message
from desktop.model import Operation, Plan
from desktop.storage.lock import FileLock, LockFileError, LockOwner
from desktop.storage.opener import OperationFileError, open_operation_file
from desktop.storage.recovery import RECOVERY_INTERVAL_S, RecoveryEntry, RecoveryStore
from desktop.storage.writer import save_plan

SUFFIX = ".renpam"
KEEP_BACKUP_DEFAULT = True  # the "keep the previous version as NAME.renpam.bak" setting's default

log = logging.getLogger("renpam.document")


class ReadOnlyError(RenpamError, OSError):
    """Saving over a file that another instance holds (or that was opened read-only)."""

    code = "read_only"

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else self.code


class ExternalChangeError(RenpamError):
    """The file on disk changed since it was opened or saved (another program, a colleague's
    copy moved over it): saving now would silently erase that change, so nothing was saved."""

    code = "external_change"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        super().__init__(self.message("en"), path=str(path))

    def message(self, lang: str = "id") -> str:
        name = printable_name(self.path.name)
        if lang == "en":
            return f"Cannot save {name}: another program changed it since it was opened; nothing was saved."
        return f"Tidak dapat menyimpan {name}: program lain mengubahnya sejak dibuka; tidak ada yang disimpan."


class OperationDocument:
    def __init__(
        self,
        plan: Plan,
        path: Path | None = None,
        *,
        read_only: bool = False,
        locked_by: LockOwner | None = None,
        recovery: RecoveryStore | None = None,
        file_version: int | None = None,
        keep_backup: bool = KEEP_BACKUP_DEFAULT,
    ) -> None:
        self.plan = plan
        self.path = Path(path) if path else None
        self.read_only = read_only
        self.locked_by = locked_by  # who holds the file, when we opened it read-only
        self.file_version = file_version  # schema version the file had when opened
        self.keep_backup = keep_backup  # setting: each save keeps the previous file as NAME.bak
        self.open_warnings: tuple[Message, ...] = ()  # what opening left out (e.g. a damaged image)
        self.lock_problem: LockFileError | None = None  # why the file was opened read-only, if odd
        self.disk_stamp: FileStamp | None = None  # the file as last read or written by us
        # Opened through a symbolic link: saves go into the file it points to. A link planted
        # at the name after opening is replaced, never followed.
        self._through_link = False
        self._lock: FileLock | None = None
        self._recovery = recovery
        self._recovery_key = RecoveryStore.key_for(self.path)
        self._saved_revision = plan.revision
        self._recovered_revision = plan.revision
        self._dirty_since: float | None = None
        plan.subscribe(self._on_change)

    # ----------------------------------------------------------------- life cycle
    @classmethod
    def new(
        cls, name: str = "", *, recovery: RecoveryStore | None = None, keep_backup: bool = KEEP_BACKUP_DEFAULT
    ) -> OperationDocument:
        plan = Plan()
        plan.load(operation=Operation(name=name))
        plan.revision = 0
        return cls(plan, recovery=recovery, keep_backup=keep_backup)

    @classmethod
    def open(
        cls,
        path: os.PathLike[str] | str,
        *,
        lock: bool = True,
        recovery: RecoveryStore | None = None,
        keep_backup: bool = KEEP_BACKUP_DEFAULT,
        take_over: bool = False,
    ) -> OperationDocument:
        """Open a file for editing; if another instance holds it, open read-only and say who.

        `take_over=True`: the planner chose to take over a lock written on another machine
        (after being told who holds it); a live instance on this machine still wins.
        """
        path = Path(path)
        opened = open_operation_file(path)
        doc = cls(opened.plan, path, recovery=recovery, file_version=opened.file_version, keep_backup=keep_backup)
        doc.open_warnings = opened.warnings
        doc.disk_stamp = opened.stamp
        doc._through_link = path.is_symlink()
        if lock:
            file_lock = FileLock(path)
            try:
                holder = file_lock.acquire(take_over=take_over)
            except LockFileError as exc:
                doc.read_only = True
                doc.lock_problem = exc
                log.warning("opened %s read-only: %s", path, exc)
                return doc
            if holder is None:
                doc._lock = file_lock
            else:
                doc.read_only = True
                doc.locked_by = holder
        log.info("opened %s%s", path, " (read-only)" if doc.read_only else "")
        return doc

    def reload(self) -> OperationDocument:
        """The file as it is on disk now, as a new document that takes over this one's lock.

        For the planner who chose "reload" after another program changed the file: this
        document's unsaved edits are dropped with it (the caller closes it).
        """
        if self.path is None:
            raise ValueError("the document has no file")
        opened = open_operation_file(self.path)
        doc = type(self)(
            opened.plan,
            self.path,
            read_only=self.read_only,
            locked_by=self.locked_by,
            recovery=self._recovery,
            file_version=opened.file_version,
            keep_backup=self.keep_backup,
        )
        doc.open_warnings = opened.warnings
        doc.disk_stamp = opened.stamp
        doc.lock_problem = self.lock_problem
        doc._through_link = self._through_link
        doc._lock, self._lock = self._lock, None
        log.info("reloaded %s", self.path)
        return doc

    def close(self) -> None:
        """Forget the document: release the lock and drop its recovery copy."""
        self.plan.unsubscribe(self._on_change)
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self._recovery is not None:
            self._recovery.discard(self._recovery_key)

    # ----------------------------------------------------------------- state
    @property
    def is_modified(self) -> bool:
        return self.plan.revision != self._saved_revision

    @property
    def display_name(self) -> str:
        if self.path is not None:
            return self.path.name
        return self.plan.operation.name or "untitled"

    def mark_modified(self) -> None:
        """Treat the plan as unsaved (a restored recovery copy is not on disk yet)."""
        self._saved_revision = -1
        if self._dirty_since is None:
            self._dirty_since = time.monotonic()

    def _on_change(self, _change: object) -> None:
        if self._dirty_since is None:
            self._dirty_since = time.monotonic()

    # ----------------------------------------------------------------- saving
    def save(self, *, overwrite_changes: bool = False) -> None:
        """Write the plan to its file.

        Raises `ExternalChangeError` when another program changed the file since it was opened
        or last saved (unless `overwrite_changes`, the planner's "overwrite"), `ReadOnlyError`
        when another instance holds it, `WriteError` when it cannot be written. Nothing is
        changed on disk in any of these cases.
        """
        if self.path is None:
            raise ValueError("the document has no file yet: use save_as")
        if self.read_only:
            who = f" ({self.locked_by.describe()})" if self.locked_by else ""
            raise ReadOnlyError(f"{self.path.name} is open elsewhere{who}; use Save As")
        if not overwrite_changes and self.disk_stamp is not None and changed_since(self.path, self.disk_stamp):
            raise ExternalChangeError(self.path)
        self.keep_lock()
        self.disk_stamp = save_plan(self.plan, self.path, keep_backup=self.keep_backup, follow_links=self._through_link)
        log.info("saved %s", self.path)
        self._after_save()

    def keep_lock(self) -> bool:
        """Put the lock back if its file disappeared while we held it; True when it was recreated.

        Raises `ReadOnlyError` when another instance took the file meanwhile.
        """
        lock = self._lock
        if lock is None or lock.intact():
            return False
        holder = lock.renew()
        if holder is None and lock.owner is None:
            return False  # no lock can be written there now (folder gone, disk full, read-only)
        if holder is not None:
            self._lock = None
            self.read_only, self.locked_by = True, holder
            raise ReadOnlyError(
                f"{self.path.name if self.path else ''} is open elsewhere ({holder.describe()}); use Save As"
            )
        log.warning("the lock file of %s had disappeared; recreated it", self.path)
        return True

    def save_as(self, path: os.PathLike[str] | str) -> None:
        path = Path(path)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        same = self.path is not None and path.resolve() == self.path.resolve()
        if same:
            self.save()
            return
        new_lock = FileLock(path)
        holder = new_lock.acquire()
        if holder is not None:
            raise ReadOnlyError(f"{path.name} is open elsewhere ({holder.describe()})")
        try:
            stamp = save_plan(self.plan, path, keep_backup=self.keep_backup)
        except BaseException:
            new_lock.release()
            raise
        log.info("saved %s", path)
        self.disk_stamp = stamp
        self.lock_problem = None
        self._through_link = False
        if self._lock is not None:
            self._lock.release()
        self._lock = new_lock
        old_key = self._recovery_key
        self.path = path
        self.read_only = False
        self.locked_by = None
        if self._recovery is not None:
            self._recovery.discard(old_key)
        self._recovery_key = RecoveryStore.key_for(path)
        self._after_save()

    def _after_save(self) -> None:
        self._saved_revision = self.plan.revision
        self._recovered_revision = self.plan.revision
        self._dirty_since = None
        if self._recovery is not None:
            self._recovery.discard(self._recovery_key)

    # ----------------------------------------------------------------- recovery
    def recovery_due(self, now: float | None = None, interval: float = RECOVERY_INTERVAL_S) -> bool:
        """Unsaved changes not yet in the recovery copy, and `interval` passed since they began."""
        if self._recovery is None or not self.is_modified:
            return False
        if self.plan.revision == self._recovered_revision:
            return False
        now = time.monotonic() if now is None else now
        return self._dirty_since is not None and now - self._dirty_since >= interval

    def write_recovery(self, now: float | None = None) -> RecoveryEntry | None:
        """Write the recovery copy now; the next is due `RECOVERY_INTERVAL_S` after this one."""
        if self._recovery is None:
            return None
        entry = self._recovery.write(self._recovery_key, self.plan, self.path, self.disk_stamp)
        self._recovered_revision = self.plan.revision
        self._dirty_since = time.monotonic() if now is None else now
        return entry

    @classmethod
    def restore(
        cls, entry: RecoveryEntry, *, recovery: RecoveryStore | None = None, keep_backup: bool = KEEP_BACKUP_DEFAULT
    ) -> OperationDocument:
        """Open a recovery copy as the unsaved state of its original document."""
        opened = open_operation_file(entry.copy)
        doc = cls(opened.plan, None, recovery=recovery, keep_backup=keep_backup)
        doc.open_warnings = opened.warnings
        if entry.original is not None:
            doc.path = entry.original
            file_lock = FileLock(entry.original)
            try:
                holder = file_lock.acquire() if entry.original.parent.exists() else None
            except LockFileError as exc:
                doc.lock_problem, holder = exc, None
                doc.read_only = True
            if doc.lock_problem is not None:
                pass
            elif holder is None and entry.original.parent.exists():
                doc._lock = file_lock
            elif holder is not None:
                doc.read_only, doc.locked_by = True, holder
        doc._recovery_key = entry.key
        doc.disk_stamp = entry.stamp
        doc.mark_modified()
        return doc


__all__ = ["SUFFIX", "ExternalChangeError", "OperationDocument", "OperationFileError", "ReadOnlyError"]
