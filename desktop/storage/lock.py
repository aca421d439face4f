"""Who has an operation file open: a small lock file beside it.

`NAME.renpam.lock` holds who (user, machine, process) has had the file open since when. A second
instance reads it, tells the planner who holds the file, and opens it read-only. A lock left by a
crashed instance on this machine (its process is gone) is stale and taken over. A lock from
another machine cannot be checked; it is honoured until the planner removes it.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from desktop.model import now_jakarta


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
    try:
        data = json.loads(lock_file.read_text(encoding="utf-8"))
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class FileLock:
    """Hold the lock on one operation file while it is open for editing."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        self.path = lock_path_for(self.target)
        self.owner: LockOwner | None = None  # us, once acquired

    def acquire(self) -> LockOwner | None:
        """Take the lock; returns None on success or the owner that holds it."""
        me = _current_owner()
        payload = json.dumps(asdict(me)).encode("utf-8")
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_owner(self.path)
                if holder is not None and not self._is_stale(holder, me):
                    return holder
                # Stale (crashed instance here) or unreadable (half-written by a crash): take over
                # by replacing it atomically, then re-read to make sure another taker did not win.
                tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
                tmp.write_bytes(payload)
                os.replace(tmp, self.path)
                if read_owner(self.path) == me:
                    self.owner = me
                    return None
                continue
            except OSError:
                # Read-only folder or medium: nobody can write a lock; open without one.
                return None
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
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

    def release(self) -> None:
        if self.owner is None:
            return
        if read_owner(self.path) == self.owner:
            self.path.unlink(missing_ok=True)
        self.owner = None
