"""Who has an operation file open: a small lock file beside it.

`NAME.renpam.lock` holds who (user, machine, process) has had the file open since when. A second
instance reads it, tells the planner who holds the file, and opens it read-only. A lock left by a
crashed instance on this machine (its process is gone) is stale and taken over. A lock from
another machine cannot be checked; it is honoured until the planner removes it.

The holder also keeps an operating-system lock on the lock file (`flock` on POSIX, a byte-range
lock on Windows) for as long as it has the file open. The system drops it the moment a process
dies, so "is the holder still alive?" and "take the stale lock over" are one atomic step: of two
instances that find the same stale lock, exactly one gets it. (A process whose id was reused
after a crash does not keep a stale lock alive either.) Where the file system offers no such
locks (some network shares), the process-id check is the fallback.

The lock file is never followed or trusted blindly: it is created with `O_EXCL`, opened with
`O_NOFOLLOW|O_NONBLOCK`, and must be an ordinary file with one name. A symbolic link (planted by
someone who can write to a shared folder, aiming at a file of whoever opens the plan), a folder,
a pipe or a device there is refused with `LockFileError`, and the operation opens read-only.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import stat
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from desktop.errors import RenpamError
from desktop.files import O_BINARY, O_CLOEXEC, O_NOFOLLOW, O_NONBLOCK, printable_name, write_atomically
from desktop.model import now_jakarta

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
try:  # Windows
    import msvcrt
except ImportError:
    msvcrt = None  # type: ignore[assignment]

# Windows locks byte ranges and refuses reads of a locked range: lock one byte far past the text.
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True, slots=True)
class LockOwner:
    user: str
    host: str
    pid: int
    since: str  # ISO 8601

    def describe(self) -> str:
        when = self.since
        try:
            when = datetime.fromisoformat(self.since).strftime("%d-%m-%Y %H:%M")
        except ValueError:
            pass
        return f"{self.user} on {self.host} since {when}"


_LOCK_REASONS: dict[str, tuple[str, str]] = {
    "link": ("is a symbolic link", "adalah tautan simbolik"),
    "folder": ("is a folder", "adalah sebuah folder"),
    "special": ("is a special file (a pipe or a device)", "adalah berkas khusus (pipa atau perangkat)"),
    "links": ("has several names (hard links)", "memiliki beberapa nama (tautan keras)"),
}


class LockFileError(RenpamError):
    """The lock file beside an operation is not an ordinary file; the operation opens read-only."""

    code = "lock_not_regular"

    def __init__(self, lock_file: Path, reason: str) -> None:
        self.path = Path(lock_file)
        self.reason = reason
        super().__init__(self.message("en"), lock=str(lock_file), reason=reason)

    def message(self, lang: str = "id") -> str:
        """The sentence the window shows (the operation is then open read-only)."""
        en, id_ = _LOCK_REASONS[self.reason]
        lock = printable_name(self.path.name)
        if lang == "en":
            return f"The lock file {lock} {en}, not an ordinary file: Renpam does not write to this operation file."
        return f"Berkas kunci {lock} {id_}, bukan berkas biasa: Renpam tidak menulis ke berkas operasi ini."

    def refusal(self, name: str) -> str:
        """The sentence the command line prints when it cannot edit the operation `name`."""
        en, _ = _LOCK_REASONS[self.reason]
        return f"Cannot edit {printable_name(name)}: its lock file {printable_name(self.path.name)} {en}, not an ordinary file."


def lock_path_for(target: Path) -> Path:
    return target.with_name(target.name + ".lock")


def _current_owner() -> LockOwner:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (services, containers)
        user = "unknown"
    return LockOwner(user=user, host=socket.gethostname(), pid=os.getpid(), since=now_jakarta().isoformat())


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_owner(lock_file: Path) -> LockOwner | None:
    """Who the lock file names; None when it is missing, unreadable or not an ordinary file."""
    try:
        fd = os.open(lock_file, os.O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_BINARY)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None  # a pipe would block, a device would never end
        raw = os.read(fd, 64 * 1024)
    except OSError:
        return None
    finally:
        os.close(fd)
    return _owner_from_bytes(raw)


def _open_lock_file(path: Path) -> tuple[int, bool]:
    """Open (creating it if missing) the lock file for reading and writing; returns (fd, created).

    Raises `LockFileError` when something other than an ordinary file with one name is there.
    """
    flags = os.O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_BINARY
    try:
        return os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o644), True
    except FileExistsError:
        pass
    if not O_NOFOLLOW and path.is_symlink():  # pragma: no cover - Windows has no O_NOFOLLOW
        raise LockFileError(path, "link")
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK) and path.is_symlink():
            raise LockFileError(path, "link") from None
        if exc.errno == errno.EISDIR or path.is_dir():
            raise LockFileError(path, "folder") from None
        raise
    st = os.fstat(fd)
    reason = None
    if stat.S_ISDIR(st.st_mode):
        reason = "folder"
    elif not stat.S_ISREG(st.st_mode):
        reason = "special"
    elif st.st_nlink > 1:
        reason = "links"  # another name for someone's file: writing the lock would change it
    if reason is not None:
        os.close(fd)
        raise LockFileError(path, reason)
    return fd, False


def _os_lock(fh) -> bool | None:
    """Take the OS lock on an open lock file without waiting.

    True: taken. False: another open file (this or another process) holds it. None: the file
    system offers no locks.
    """
    if fcntl is not None:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False
        except OSError:
            return None  # ENOLCK and friends: network file systems without lock support
    if msvcrt is not None:  # pragma: no cover - Windows
        try:
            fh.seek(_WINDOWS_LOCK_OFFSET)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except PermissionError:
            return False
        except OSError:
            return None
        finally:
            fh.seek(0)
    return None  # pragma: no cover


def _same_file(fh, path: Path) -> bool:
    """Does `path` still name the file open as `fh` (not unlinked or replaced meanwhile)?"""
    try:
        a, b = os.fstat(fh.fileno()), os.stat(path)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _owner_from_bytes(raw: bytes) -> LockOwner | None:
    try:
        data = json.loads(raw.decode("utf-8"))
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


class FileLock:
    """Hold the lock on one operation file while it is open for editing."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        if self.target.is_symlink():  # two links to one file share one lock: the file's own
            self.target = Path(os.path.realpath(self.target))
        self.path = lock_path_for(self.target)
        self.owner: LockOwner | None = None  # us, once acquired
        self._fh = None  # the open lock file carrying the OS lock, while we hold it

    def acquire(self, *, take_over: bool = False) -> LockOwner | None:
        """Take the lock; returns None on success or the owner that holds it.

        `take_over=True` is the planner's explicit "open anyway" for a lock written on another
        machine (which cannot be checked from here); a live instance on this machine is never
        overridden.
        """
        me = _current_owner()
        payload = json.dumps(asdict(me)).encode("utf-8")
        for _attempt in range(5):
            try:
                fd, created = _open_lock_file(self.path)
            except FileNotFoundError:
                if self.path.parent.is_dir():
                    continue  # removed between our two attempts to open it: start again
                return self._acquire_without_os_lock(me, payload, take_over)  # no folder: no lock
            except OSError:
                return self._acquire_without_os_lock(me, payload, take_over)
            fh = os.fdopen(fd, "r+b", buffering=0)
            got = _os_lock(fh)
            if got is None:
                fh.close()
                return self._acquire_without_os_lock(me, payload, take_over)
            if got is False:
                fh.close()
                return self._live_holder(me)
            if not _same_file(fh, self.path):
                fh.close()  # the holder released (unlinked) it just now: start again
                continue
            holder = _owner_from_bytes(fh.read(64 * 1024))
            if holder is not None and holder.host != me.host and not take_over:
                # No instance here holds it, but one on another machine may (over a network
                # share OS locks do not reach across machines): honour it.
                fh.close()
                return holder
            # Free, or left by a crashed instance on this machine: ours now.
            try:
                fh.seek(0)
                fh.truncate()
                fh.write(payload)
            except OSError:
                # A full disk: no lock can be written, and none is left behind (an empty lock
                # file would be read as a crashed one by the next instance, harmless but untidy).
                if created and _same_file(fh, self.path):
                    self.path.unlink(missing_ok=True)
                fh.close()
                return None  # as in a read-only folder: open without a lock
            self._fh = fh  # type: ignore[assignment]
            self.owner = me
            return None
        return read_owner(self.path)

    def _live_holder(self, me: LockOwner) -> LockOwner:
        """Who holds the OS lock; the file's text may lag for a moment while a taker rewrites it."""
        holder = read_owner(self.path)
        for _ in range(10):
            if holder is not None and not (holder.host == me.host and not _pid_alive(holder.pid)):
                break
            time.sleep(0.02)
            holder = read_owner(self.path)
        if holder is None:
            return LockOwner("unknown", "unknown", 0, "")
        return holder

    def _acquire_without_os_lock(self, me: LockOwner, payload: bytes, take_over: bool = False) -> LockOwner | None:
        """Fallback where the file system has no OS locks: create-exclusive plus process ids."""
        payload = json.dumps(asdict(me)).encode("utf-8")
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_owner(self.path)
                overridden = take_over and holder is not None and holder.host != me.host
                if holder is not None and not self._is_stale(holder, me) and not overridden:
                    return holder
                # Stale (crashed instance here) or unreadable (half-written by a crash): take over
                # by replacing it atomically, then re-read to make sure another taker did not win.
                try:
                    write_atomically(self.path, payload)  # the one writer: unique temporary, no link followed
                except OSError:
                    return None  # read-only folder or medium: nobody can write a lock
                if read_owner(self.path) == me:
                    self.owner = me
                    return None
                continue
            except OSError:
                # Read-only folder or medium: nobody can write a lock; open without one.
                return None
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(payload)
            except OSError:
                self.path.unlink(missing_ok=True)  # a full disk leaves no empty lock behind
                return None
            self.owner = me
            return None
        return read_owner(self.path)

    @staticmethod
    def _is_stale(holder: LockOwner, me: LockOwner) -> bool:
        if holder.host != me.host:
            return False
        if holder.pid == me.pid:
            return False  # this very process holds it (opened twice): not stale
        return not _pid_alive(holder.pid)

    def intact(self) -> bool:
        """Is the lock we hold still in place (nobody deleted or replaced its file)?"""
        if self.owner is None:
            return True  # nothing held, nothing lost
        if self._fh is not None:
            return _same_file(self._fh, self.path)
        return read_owner(self.path) == self.owner

    def renew(self) -> LockOwner | None:
        """Take the lock again after its file disappeared; None when taken, else who has it now."""
        if self._fh is not None:
            self._fh.close()  # the OS lock on a file that no longer has this name
            self._fh = None
        self.owner = None
        return self.acquire()

    def release(self) -> None:
        if self.owner is None:
            return
        if self._fh is not None:
            try:
                # Remove the name first, then drop the OS lock: a taker that opened the old file
                # in between finds it unlinked (`_same_file`) and starts again.
                if _same_file(self._fh, self.path) and read_owner(self.path) == self.owner:
                    self.path.unlink(missing_ok=True)
            except OSError:
                pass  # Windows cannot remove an open file; removed below after closing
            finally:
                self._fh.close()
                self._fh = None
        try:
            if read_owner(self.path) == self.owner:
                self.path.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only medium by now: the lock is stale and the next opener takes it over
        self.owner = None
