"""Writing an operation file so that the target is always either the old or the new version.

The plan is written into a fresh database beside the target (same folder, so the final rename
stays on one file system), the temporary file is flushed to disk, the previous version is kept
as `NAME.renpam.bak` if wanted, the temporary file replaces the target in one atomic rename, and
the folder entry is flushed. A freshly written database has no free pages, so nothing deleted
in the session lingers in the file.
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import stat
import time
import uuid
from pathlib import Path

from desktop.model import Plan
from desktop.storage.codec import write_plan
from desktop.storage.schema import migrate

# Tests set this to a callable(stage: str) to simulate a crash between the steps of a save.
_crash_hook = None
# A temporary file beside the target older than this is a leftover of a crashed save (a save
# takes seconds); it holds personal data, so the next save of that file removes it.
STALE_TEMP_S = 15 * 60


def _stage(name: str) -> None:
    if _crash_hook is not None:
        _crash_hook(name)


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX). Windows has no directory handles to flush; NTFS journals."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) refuse; the rename is still atomic
    finally:
        os.close(fd)


def build_database(path: Path, plan: Plan) -> None:
    """Write the whole plan into a new database file at `path` (which must not exist)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        # The file is private until renamed into place, so no journal is needed while writing it:
        # a crash leaves only a temporary file that is never opened as a plan.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        migrate(conn)
        conn.execute("BEGIN")
        write_plan(conn, plan)
        conn.execute("COMMIT")
        # A fresh file has no free pages; should b-tree balancing have left any, compact it so
        # that no fragment of anything lingers in unused space.
        if conn.execute("PRAGMA freelist_count").fetchone()[0]:
            conn.execute("VACUUM")
        _stage("written")
    finally:
        conn.close()


def temp_path_for(target: Path) -> Path:
    """A fresh hidden name beside the target, unique per save (two saves never share one)."""
    return target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")


def backup_path_for(target: Path) -> Path:
    return target.with_name(target.name + ".bak")


def save_plan(plan: Plan, target: os.PathLike[str] | str, *, keep_backup: bool = False) -> None:
    """Atomically and durably write `plan` to `target`."""
    target = Path(target)
    if target.is_symlink():  # save into the file the link points to, not over the link itself
        target = Path(os.path.realpath(target))
    folder = target.parent
    tmp = temp_path_for(target)
    remove_stale_temps(target)
    try:
        build_database(tmp, plan)
        _copy_permissions(target, tmp)
        _fsync_path(tmp)
        _stage("synced")
        if keep_backup and target.exists():
            _keep_backup(target)
            _stage("backed-up")
        os.replace(tmp, target)
        _stage("replaced")
        fsync_dir(folder)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def remove_stale_temps(target: Path, *, older_than: float = STALE_TEMP_S) -> list[Path]:
    """Delete temporary files that crashed saves of `target` left beside it; returns them."""
    removed: list[Path] = []
    cutoff = time.time() - older_than
    patterns = (glob.escape(f".{target.name}.") + "*.tmp",
                glob.escape(f".{backup_path_for(target).name}.") + "*.tmp")
    for pattern in patterns:
        try:
            candidates = list(target.parent.glob(pattern))
        except OSError:
            return removed
        for leftover in candidates:
            try:
                if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                    leftover.unlink()
                    removed.append(leftover)
            except OSError:
                continue  # in use or vanished: not ours to fight over
    return removed


def _copy_permissions(target: Path, tmp: Path) -> None:
    """The new file keeps the old one's permissions (a file made private stays private)."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return  # first save: the umask decides, as for any new file
    except OSError:
        return
    try:
        os.chmod(tmp, mode)
    except OSError:
        pass  # file systems without POSIX modes (FAT on USB sticks)


def _keep_backup(target: Path) -> None:
    """Copy (not move) the current file to NAME.bak, atomically: the target never disappears."""
    backup = backup_path_for(target)
    staging = backup.with_name(f".{backup.name}.{os.getpid()}.tmp")
    staging.unlink(missing_ok=True)
    try:
        try:
            os.link(target, staging)  # cheap: same bytes, the target is replaced, not rewritten
        except OSError:
            shutil.copy2(target, staging)  # file systems without hard links (FAT on USB sticks)
            _fsync_path(staging)
        os.replace(staging, backup)
    finally:
        staging.unlink(missing_ok=True)
