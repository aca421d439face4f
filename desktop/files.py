"""Every file Renpam writes goes through `write_atomically`: the target is the old or the new file.

The operation file, its backup, recovery copies, exported plan documents and deployment tables,
and printed PDFs are all written the same way:

1. a temporary file is created beside the target (same folder, so the rename stays on one file
   system) under a fresh random name, with `O_CREAT|O_EXCL|O_NOFOLLOW`: a symbolic link planted
   at that name (or any file already there) is never opened, so its target is never written;
2. the bytes are written and flushed to disk; the temporary takes the mode and group of the file
   it replaces (a private file stays private, a shared group file stays shared);
3. optionally the current file is kept as `NAME.bak` (a hard link, else a copy made the same way);
4. the temporary is renamed over the target in one atomic step, and the folder entry is flushed.

Any failure removes the temporary and raises `WriteError`: one sentence naming the file and the
reason ("Cannot save op.renpam: the disk is full."), in Indonesian or English; the target is
left byte-identical. A target that is a symbolic link is replaced by the new file, not followed,
unless the caller asks to write through it (`follow_links=True`, the operation file: the planner
opened that file through the link).

`FileStamp` remembers what a file was when it was read or written, so a save can notice that
another program changed it meanwhile.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import secrets
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import RenpamError

log = logging.getLogger("renpam.files")

O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
O_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
NAME_MAX = 255  # bytes in one file name on the usual file systems (ext4, NTFS in UTF-16 units)
TEMP_SUFFIX = ".tmp"
TEMP_ATTEMPTS = 20  # fresh names tried when one is taken (by a leftover, or a link planted there)

# Tests set this to a callable(step) that may raise OSError, to inject a fault before each step:
# "create", "write", "sync", "backup", "replace".
_fault_hook: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if _fault_hook is not None:
        _fault_hook(name)


# ---------------------------------------------------------------------------- one-sentence failures
_REASONS: dict[str, tuple[str, str]] = {
    # reason code: (English, Indonesian)
    "disk_full": ("the disk is full", "disk penuh"),
    "quota": ("the disk quota is used up", "kuota disk habis"),
    "read_only": ("the folder or disk is read-only", "folder atau disk hanya dapat dibaca"),
    "no_permission": ("you have no permission to write there", "Anda tidak berhak menulis di sana"),
    "no_folder": ("the folder does not exist", "foldernya tidak ada"),
    "is_folder": ("it is a folder", "itu sebuah folder"),
    "not_regular": ("it is not an ordinary file", "itu bukan berkas biasa"),
    "name_too_long": ("the name is too long", "namanya terlalu panjang"),
    "in_use": ("it is in use by another program", "sedang dipakai program lain"),
    "open_or_denied": (
        "it is open in another program, or you have no permission to write there",
        "berkas sedang dibuka program lain, atau Anda tidak berhak menulis di sana",
    ),
    "io": ("the disk reported an error", "disk melaporkan kesalahan"),
    "cannot_build": ("the plan could not be written ({detail})", "rencana tidak dapat ditulis ({detail})"),
    "other": ("{detail}", "{detail}"),
}

_ERRNO_REASONS = {
    errno.ENOSPC: "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "no_permission",
    errno.EPERM: "no_permission",
    errno.ENOENT: "no_folder",
    errno.ENOTDIR: "no_folder",
    errno.EISDIR: "is_folder",
    errno.ENAMETOOLONG: "name_too_long",
    errno.EBUSY: "in_use",
    errno.ETXTBSY: "in_use",
    errno.EIO: "io",
    errno.ELOOP: "not_regular",
}
if hasattr(errno, "EDQUOT"):
    _ERRNO_REASONS[errno.EDQUOT] = "quota"


def printable_name(text: str) -> str:
    """`text` on one line: control and invisible characters (newlines, bidi overrides) escaped."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


class WriteError(RenpamError, OSError):
    """A file could not be written; nothing was changed. `message(lang)` is the one sentence.

    It is also an `OSError`, so callers that caught the system's error before keep working.
    """

    code = "write_failed"

    def __init__(self, path: os.PathLike[str] | str, reason: str, detail: str = "") -> None:
        self.path = Path(path)
        self.reason = reason if reason in _REASONS else "other"
        self.detail = detail
        RenpamError.__init__(self, self.message("en"), path=str(self.path), reason=self.reason, detail=detail)

    @classmethod
    def from_os_error(cls, path: os.PathLike[str] | str, exc: OSError) -> WriteError:
        if isinstance(exc, WriteError):
            return exc
        reason = _ERRNO_REASONS.get(exc.errno or 0, "other")
        if getattr(exc, "winerror", None) in (32, 33):  # pragma: no cover - Windows sharing violation
            reason = "in_use"
        elif os.name == "nt" and reason == "no_permission":  # pragma: no cover - Windows
            reason = "open_or_denied"  # replacing a file open in Excel is "access denied" there
        return cls(path, reason, exc.strerror or str(exc))

    def reason_text(self, lang: str = "id") -> str:
        en, id_ = _REASONS[self.reason]
        return (en if lang == "en" else id_).format(detail=printable_name(self.detail))

    def message(self, lang: str = "id") -> str:
        name = printable_name(self.path.name or str(self.path))
        if lang == "en":
            return f"Cannot save {name}: {self.reason_text('en')}."
        return f"Tidak dapat menyimpan {name}: {self.reason_text('id')}."

    def __str__(self) -> str:
        return self.message("en")


# ---------------------------------------------------------------------------- stamps
@dataclass(frozen=True, slots=True)
class FileStamp:
    """What a file was when Renpam last read or wrote it: its identity and its content's hash."""

    key: tuple[int, int, int, int] | None  # (device, inode, size, mtime in ns); None: unknown
    size: int
    sha256: str


def stat_key(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def stamp_of_bytes(data: bytes | bytearray, key: tuple[int, int, int, int] | None) -> FileStamp:
    return FileStamp(key, len(data), hashlib.sha256(data).hexdigest())


def changed_since(path: os.PathLike[str] | str, stamp: FileStamp) -> bool:
    """Has the file at `path` changed since `stamp` was taken?

    Device, inode, size and modification time decide when they all match; when they differ (a
    copy moved over it, a touch) the content's hash decides. A file that is gone has not changed
    (saving simply writes it again).
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    except OSError:
        return True
    if not stat.S_ISREG(st.st_mode):
        return False  # a folder or a device now: the writer refuses it in its own words
    if stamp.key is not None and stat_key(st) == stamp.key:
        return False
    if st.st_size != stamp.size:
        return True
    digest = hashlib.sha256()
    try:
        fd = os.open(path, os.O_RDONLY | O_BINARY | O_CLOEXEC | O_NONBLOCK)
    except OSError:
        return True
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return True
        while chunk := os.read(fd, 1 << 20):
            digest.update(chunk)
    except OSError:
        return True
    finally:
        os.close(fd)
    return digest.hexdigest() != stamp.sha256


# ---------------------------------------------------------------------------- names
def temp_prefix(target: Path) -> str:
    """The start of every temporary name for `target`: '.NAME.' with NAME shortened so that the
    whole temporary name fits the file system's limit even for a target with a 255-byte name."""
    room = NAME_MAX - len(".") - len(".") - 20 - len(TEMP_SUFFIX)  # 20: '<pid>-<16 hex>' at most
    name = target.name
    while len(os.fsencode(name)) > room:
        name = name[:-1]
    return f".{name}."


def temp_path_for(target: Path) -> Path:
    """A fresh hidden name beside the target, unique per write (two writes never share one)."""
    return target.with_name(f"{temp_prefix(target)}{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")


def create_exclusive(path: Path, mode: int = 0o666) -> int:
    """Create `path` for writing; fails if anything (a file, a link, a folder) is already there."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_BINARY, mode)


def create_temp(target: Path, mode: int = 0o666) -> tuple[Path, int]:
    """A new temporary file beside `target` under a fresh name: (its path, an fd open for writing).

    A name that is taken, whatever by, is never opened: another fresh name is tried instead.
    """
    for _attempt in range(TEMP_ATTEMPTS):
        tmp = temp_path_for(target)
        try:
            return tmp, create_exclusive(tmp, mode)
        except FileExistsError:
            continue
    raise OSError(errno.EEXIST, "no free name for a temporary file", str(target))


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX). Windows has no directory handles to flush; NTFS journals."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | O_CLOEXEC)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) refuse; the rename is still atomic
    finally:
        os.close(fd)


def backup_path_for(target: Path) -> Path:
    return target.with_name(target.name + ".bak")


def check_target(target: os.PathLike[str] | str) -> None:
    """Refuse, before any work, an output that cannot be written: a folder in its place, a
    special file, a missing folder, a name too long. (A full disk shows only when writing.)"""
    target = Path(target)
    _existing(target)
    if not target.parent.is_dir():
        raise WriteError(target, "no_folder")
    if len(os.fsencode(target.name)) > NAME_MAX:
        raise WriteError(target, "name_too_long")


# ---------------------------------------------------------------------------- the writer
def write_atomically(
    target: os.PathLike[str] | str,
    data: bytes | bytearray | str | Iterable[bytes],
    *,
    follow_links: bool = False,
    private: bool = False,
    keep_backup: bool = False,
    after: Callable[[str], None] | None = None,
) -> FileStamp:
    """Write `data` to `target` atomically and durably; returns the stamp of the file written.

    `data` may be an iterable of byte strings, written as they come (a large PDF joined piece
    by piece is never held whole); if it raises, nothing is written, like any other failure.

    `private`: the file is created 0600 whatever it had before (recovery copies, logs).
    `keep_backup`: the current file is kept as NAME.bak first. `after(stage)` is called after
    "written", "synced", "backed-up" and "replaced" (the crash-safety tests stop there).
    Raises `WriteError` (nothing changed, no temporary left) when the file cannot be written.
    """
    target = Path(target)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if follow_links and target.is_symlink():  # write into the file the link points to
        target = Path(os.path.realpath(target))
    folder = target.parent
    existing = _existing(target)
    tmp = target
    fd = -1
    created = False
    try:
        _step("create")
        tmp, fd = create_temp(target, 0o600 if (private or existing is not None) else 0o666)
        created = True
        if existing is not None and not private:
            _take_mode_and_group(fd, existing)
        _step("write")
        digest, size = hashlib.sha256(), 0
        for piece in [data] if isinstance(data, (bytes, bytearray)) else data:
            view = memoryview(piece)
            digest.update(view)
            size += len(view)
            while view:
                written = os.write(fd, view)
                view = view[written:]
        if after is not None:
            after("written")
        _step("sync")
        os.fsync(fd)
        st = os.fstat(fd)
        closing, fd = fd, -1
        os.close(closing)  # may fail too (network file systems report write errors here)
        if after is not None:
            after("synced")
        if keep_backup and existing is not None:
            _step("backup")
            _keep_backup(target)
            if after is not None:
                after("backed-up")
        _step("replace")
        os.replace(tmp, target)
        created = False
        if after is not None:
            after("replaced")
        fsync_dir(folder)  # never fails: the rename is done and atomic either way
    except BaseException as exc:
        if fd >= 0:
            os.close(fd)
        if created:
            _remove_quietly(tmp)
        if isinstance(exc, OSError):
            raise WriteError.from_os_error(target, _explain(target, exc)) from None
        raise
    log.log(logging.DEBUG if private else logging.INFO, "wrote %s (%d bytes)", target, size)
    return FileStamp(stat_key(st), size, digest.hexdigest())


def _existing(target: Path) -> os.stat_result | None:
    """The stat of the file being replaced, or None; refuses a folder or a device as the target."""
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise WriteError.from_os_error(target, exc) from None
    if stat.S_ISLNK(st.st_mode):
        return None  # the link itself is replaced; its target is neither read nor written
    if stat.S_ISDIR(st.st_mode):
        raise WriteError(target, "is_folder")
    if not stat.S_ISREG(st.st_mode):
        raise WriteError(target, "not_regular")
    return st


def _explain(target: Path, exc: OSError) -> OSError:
    """A missing folder shows up as ENOENT on the temporary; name it as such."""
    if exc.errno == errno.ENOENT and not target.parent.is_dir():
        return OSError(errno.ENOENT, "the folder does not exist")
    return exc


def _take_mode_and_group(fd: int, old: os.stat_result) -> None:
    """The new file keeps the old one's permissions and group (a private file stays private)."""
    if hasattr(os, "fchown"):
        try:
            os.fchown(fd, -1, old.st_gid)
        except OSError:
            pass  # not a member of that group: the folder's default group it is
    if hasattr(os, "fchmod"):
        try:
            os.fchmod(fd, stat.S_IMODE(old.st_mode))
        except OSError:
            pass  # file systems without POSIX modes (FAT on USB sticks)


def _keep_backup(target: Path) -> None:
    """Keep the current file as NAME.bak, atomically: the target itself never disappears."""
    backup = backup_path_for(target)
    if len(os.fsencode(backup.name)) > NAME_MAX:
        # NAME.bak cannot exist beside a file whose name is that long; failing the save for it
        # would leave the planner unable to save at all.
        log.warning("no backup of %s: the name NAME.bak would be too long", target)
        return
    for _attempt in range(TEMP_ATTEMPTS):
        staging = temp_path_for(backup)
        try:
            os.link(target, staging)  # same bytes: the target is replaced, not rewritten
            break
        except FileExistsError:
            continue  # the name is taken: never write there, take another
        except OSError:
            try:
                _copy_exclusive(target, staging)  # file systems without hard links (FAT sticks)
                break
            except FileExistsError:
                continue
    else:
        raise OSError(errno.EEXIST, "no free name for a temporary file", str(backup))
    try:
        os.replace(staging, backup)
    except BaseException:
        _remove_quietly(staging)
        raise
    if os.path.lexists(staging):
        # rename() of two links to one file does nothing and succeeds (POSIX): the backup already
        # was this very file (a save killed between keeping the backup and replacing the target
        # leaves it so); the staging link stays behind unless removed here.
        _remove_quietly(staging)


def _copy_exclusive(source: Path, dest: Path) -> None:
    src = os.open(source, os.O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_BINARY)
    try:
        st = os.fstat(src)
        out = create_exclusive(dest, 0o600)
        try:
            _take_mode_and_group(out, st)
            while chunk := os.read(src, 1 << 20):
                view = memoryview(chunk)
                while view:
                    view = view[os.write(out, view) :]
            os.fsync(out)
        except BaseException:
            os.close(out)
            _remove_quietly(dest)
            raise
        os.close(out)
    finally:
        os.close(src)


def _remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


__all__ = ["FileStamp", "WriteError", "changed_since", "check_target", "printable_name", "write_atomically"]
