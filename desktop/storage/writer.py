"""Writing an operation file so that the target is always either the old or the new version.

The plan is written into a fresh database in memory, and its bytes go through the one atomic
writer (`desktop.files.write_atomically`): a temporary file with a unique name beside the target
(same folder, so the final rename stays on one file system), flushed to disk, the previous
version kept as `NAME.renpam.bak` if wanted, one atomic rename over the target, the folder entry
flushed. A freshly written database has no free pages, so nothing deleted in the session lingers
in the file.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path

from desktop.files import (  # noqa: F401 - fsync_dir, temp_path_for, backup_path_for: used by callers
    FileStamp,
    WriteError,
    backup_path_for,
    fsync_dir,
    temp_path_for,
    temp_prefix,
    write_atomically,
)
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


def database_bytes(plan: Plan) -> bytes:
    """The whole plan as the bytes of a new operation file."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        # The database lives in memory until its bytes are written: no journal is needed.
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
        return conn.serialize()
    finally:
        conn.close()


def save_plan(
    plan: Plan,
    target: os.PathLike[str] | str,
    *,
    keep_backup: bool = False,
    private: bool = False,
    follow_links: bool = False,
) -> FileStamp:
    """Atomically and durably write `plan` to `target`; returns the stamp of the file written.

    A symbolic link at `target` is replaced by the file, unless `follow_links` (an operation the
    planner opened through that link is saved into the file it points to). Raises `WriteError`
    (nothing changed) when the file cannot be written.
    """
    target = Path(target)
    if follow_links and target.is_symlink():  # save into the file the link points to
        target = Path(os.path.realpath(target))
    try:
        data = database_bytes(plan)
    except (sqlite3.Error, OverflowError, MemoryError) as exc:
        raise WriteError(target, "cannot_build", str(exc)) from None
    remove_stale_temps(target)
    return write_atomically(target, data, keep_backup=keep_backup, private=private, after=_stage)


def remove_stale_temps(target: Path, *, older_than: float = STALE_TEMP_S) -> list[Path]:
    """Delete temporary files that crashed saves of `target` left beside it; returns them."""
    import glob

    removed: list[Path] = []
    cutoff = time.time() - older_than
    patterns = (glob.escape(temp_prefix(target)) + "*.tmp", glob.escape(temp_prefix(backup_path_for(target))) + "*.tmp")
    for pattern in patterns:
        try:
            candidates = list(target.parent.glob(pattern))
        except OSError:
            return removed
        for leftover in candidates:
            try:
                st = leftover.lstat()
                if stat.S_ISREG(st.st_mode) and st.st_mtime < cutoff:
                    leftover.unlink()
                    removed.append(leftover)
            except OSError:
                continue  # in use or vanished: not ours to fight over
    return removed
