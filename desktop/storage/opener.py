"""Opening an operation file that may not have come from us.

The file is read into memory in one go and never opened for writing: opening cannot change it,
whatever it holds (no hot-journal rollback, no WAL checkpoint, no migration on disk). The copy in
memory is opened the way SQLite's "Defense Against the Dark Arts" advises for untrusted
databases, checked, migrated to the current schema, and read into a `Plan`.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import RenpamError
from desktop.files import FileStamp, stamp_of_bytes, stat_key
from desktop.limits import MAX_STORED_FILE_BYTES, MAX_STORED_VALUE_BYTES
from desktop.messages import Message, render_error
from desktop.model import Plan
from desktop.storage.schema import APPLICATION_ID, SCHEMA_VERSION, migrate, schema_difference

SQLITE_MAGIC = b"SQLite format 3\x00"
MAX_FILE_BYTES = MAX_STORED_FILE_BYTES  # a plan with a large site-plan image is a few MB
MAX_VALUE_BYTES = MAX_STORED_VALUE_BYTES  # longest string or blob; savers stay below it (desktop.limits)
PROGRESS_STEPS = 1000  # VM instructions between progress-handler calls
MAX_PROGRESS_CALLS = 200_000  # ~2e8 instructions: far beyond any honest file's needs
MAX_SCHEMA_OBJECTS = 100  # tables and indexes: Renpam's schema has about 25


class OperationFileError(RenpamError):
    """The file cannot be opened as an operation; str() is one sentence for the planner.

    `reason` is one of the catalogue's "open.*" messages (code and params), rendered by `message(lang)`.
    """

    code = "file.cannot_open"

    def __init__(self, path: os.PathLike[str] | str, reason: Message) -> None:
        self.path = Path(path)
        self.reason = reason
        name = printable_name(self.path.name)
        super().__init__(printable_name(f"Cannot open {name}: {reason.render('en')}."), name=name, reason=reason)

    def message(self, lang: str = "id") -> str:
        """The sentence for the planner in the interface language ("id" or "en")."""
        return printable_name(render_error(self, lang))


def printable_name(text: str) -> str:
    """`text` on one line: control and invisible characters (newlines, bidi overrides) escaped."""
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)


@dataclass(frozen=True, slots=True)
class OpenedFile:
    plan: Plan
    file_version: int  # schema version found in the file (before migration)
    size: int
    # What was left out while opening (one message each), e.g. a damaged site-plan image.
    warnings: tuple[Message, ...] = ()
    # What the file was when read, so a save can tell that another program changed it since.
    stamp: FileStamp | None = None


def harden(conn: sqlite3.Connection) -> None:
    """Apply the defences for an untrusted database to a fresh connection."""
    # Defensive mode: no writable_schema tricks, no shadow-table writes, no PRAGMA journal hacks.
    conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
    # Functions in the schema (defaults, CHECKs, generated columns) may not be application ones.
    conn.setconfig(sqlite3.SQLITE_DBCONFIG_TRUSTED_SCHEMA, False)
    conn.execute("PRAGMA trusted_schema = OFF")
    # Extensions are never loaded.
    conn.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, False)
    conn.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_TRIGGER, False)
    conn.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_VIEW, False)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 100_000)
    conn.setlimit(sqlite3.SQLITE_LIMIT_COLUMN, 100)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    conn.setlimit(sqlite3.SQLITE_LIMIT_EXPR_DEPTH, 100)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100)
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 1000)
    conn.setlimit(sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH, 1)
    conn.setlimit(sqlite3.SQLITE_LIMIT_COMPOUND_SELECT, 3)
    conn.setlimit(sqlite3.SQLITE_LIMIT_FUNCTION_ARG, 8)
    conn.setlimit(sqlite3.SQLITE_LIMIT_WORKER_THREADS, 0)
    # Check each b-tree cell's size as a page is first read (catches corruption before use), and
    # never memory-map the database (the copy is in memory anyway; this keeps it that way).
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")
    calls = 0

    def progress() -> int:
        nonlocal calls
        calls += 1
        return 1 if calls > MAX_PROGRESS_CALLS else 0  # non-zero aborts the statement

    conn.set_progress_handler(progress, PROGRESS_STEPS)


def read_bytes(path: Path) -> bytearray:
    """The whole file as one mutable buffer (the opener patches its header in place)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise OperationFileError(path, Message("open.missing")) from None
    except OSError as exc:
        raise OperationFileError(path, Message("open.unreadable", detail=exc.strerror)) from None
    if path.is_dir():
        raise OperationFileError(path, Message("open.folder"))
    if size == 0:
        raise OperationFileError(path, Message("open.empty"))
    if size > MAX_FILE_BYTES:
        raise OperationFileError(path, Message("open.too_large", mb=size // (1024 * 1024)))
    try:
        with open(path, "rb") as fh:
            # The 100-byte header first: a file that is not a Renpam operation of a format this
            # Renpam reads is refused before the rest (perhaps hundreds of MB) is read at all.
            check_header(path, fh.read(100), size)
            fh.seek(0)
            # One buffer of the size the file has (plus one byte to notice growth): the opener
            # patches it in place and hands it to SQLite, so a big file is held twice, not four times.
            data = bytearray(size + 1)
            got = fh.readinto(data)
            if got > size:
                raise OperationFileError(path, Message("open.grew"))
            del data[got:]
    except OSError as exc:
        raise OperationFileError(path, Message("open.unreadable", detail=exc.strerror)) from None
    if not data:
        raise OperationFileError(path, Message("open.empty"))
    return data


def check_header(path: Path, header: bytes | bytearray, length: int) -> int:
    """Refuse from the 100-byte header alone what is not a readable Renpam file; returns its version.

    `length` is the file's size in bytes.
    """
    if length < 100 or len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise OperationFileError(path, Message("open.not_renpam"))
    # Header fields (big-endian): page size at 16, application_id at 68, user_version at 60.
    app_id = int.from_bytes(header[68:72], "big")
    version = int.from_bytes(header[60:64], "big")
    if app_id != APPLICATION_ID:
        raise OperationFileError(path, Message("open.other_application"))
    if version > SCHEMA_VERSION:
        raise OperationFileError(path, Message("open.newer", version=version, supported=SCHEMA_VERSION))
    if version < 1:
        raise OperationFileError(path, Message("open.no_version"))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or length % page_size:
        raise OperationFileError(path, Message("open.damaged_or_truncated"))
    # The header's page count is valid when its "version valid for" number equals the change
    # counter; then it must match the file's length (a cut-off copy from a USB stick does not).
    if header[92:96] == header[24:28] and int.from_bytes(header[28:32], "big") != length // page_size:
        raise OperationFileError(path, Message("open.truncated"))
    return version


def load_database(path: Path, data: bytes | bytearray) -> tuple[sqlite3.Connection, int]:
    """An in-memory, hardened, checked and migrated copy of the file; returns (conn, version).

    A bytearray is patched in place (the caller's buffer, not the file, is changed).
    """
    version = check_header(path, data[:100], len(data))
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        harden(conn)
        # The copy lives in memory; make it an ordinary rollback-journal database there.
        patched = data if isinstance(data, bytearray) else bytearray(data)
        patched[18:20] = b"\x01\x01"  # legacy journal (a WAL-mode header cannot be deserialized)
        conn.deserialize(patched)
        conn.execute("PRAGMA query_only = OFF")
        try:
            ok = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            if _interrupted(exc):
                raise OperationFileError(path, TOO_MUCH_WORK) from None
            ok = [("damaged",)]
        if ok != [("ok",)]:
            raise OperationFileError(path, Message("open.integrity_failed"))
        objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if objects > MAX_SCHEMA_OBJECTS:  # checked before describing each one (that costs time)
            raise OperationFileError(path, Message("open.too_many_objects", count=objects))
        problem = schema_difference(conn, version)
        if problem:
            raise OperationFileError(path, Message("open.foreign_structure", detail=problem))
        conn.execute("PRAGMA secure_delete = ON")
        migrate(conn)
    except OperationFileError:
        conn.close()
        raise
    except (sqlite3.Error, MemoryError, OverflowError, ValueError) as exc:
        conn.close()
        if _interrupted(exc):
            raise OperationFileError(path, TOO_MUCH_WORK) from None
        raise OperationFileError(path, Message("open.damaged", detail=_short(exc))) from None
    return conn, version


def open_operation_file(path: os.PathLike[str] | str) -> OpenedFile:
    """Read, check and load an operation file; the file itself is never written."""
    from desktop.integrity import structural_problems
    from desktop.storage.codec import read_plan

    path = Path(path)
    before = _stat_key(path)
    data = read_bytes(path)
    after = _stat_key(path)
    # Hashed before the loader patches the buffer; the file's identity only if it held still.
    stamp = stamp_of_bytes(data, after if after == before else None)
    conn, version = load_database(path, data)
    try:
        plan = read_plan(conn)
    except OperationFileError:
        raise
    except Exception as exc:  # hostile content of the right shape: wrong types, bad JSON, ...
        if _interrupted(exc):
            raise OperationFileError(path, TOO_MUCH_WORK) from None
        raise OperationFileError(path, Message("open.content_damaged", detail=_short(exc))) from None
    finally:
        conn.close()
    problems = structural_problems(plan)
    if problems:
        reason = (
            Message("open.inconsistent_more", problem=problems[0], more=len(problems) - 1)
            if len(problems) > 1
            else Message("open.inconsistent", problem=problems[0])
        )
        raise OperationFileError(path, reason)
    warnings = _drop_bad_image(plan)
    return OpenedFile(plan=plan, file_version=version, size=len(data), warnings=warnings, stamp=stamp)


def _stat_key(path: Path) -> tuple[int, int, int, int] | None:
    try:
        return stat_key(os.stat(path))
    except OSError:
        return None


def _drop_bad_image(plan: Plan) -> tuple[Message, ...]:
    """Leave out a site-plan image that is too large, a decompression bomb or damaged.

    The rest of the plan (people, posts, assignments) is worth more than its backdrop: the file
    opens with a blank grid instead and the planner is told why, in one sentence.
    """
    from desktop.model import SitePlan
    from desktop.siteplan import image_problem

    sp = plan.site_plan
    if sp is None or not sp.image_png:
        return ()
    problem = image_problem(sp.image_png)
    if problem is None:
        return ()
    plan.site_plan = SitePlan(title=sp.title, image_png=b"", scale_note=sp.scale_note)
    return (Message("open_warning.image_left_out", problem=problem),)


TOO_MUCH_WORK = Message("open.too_much_work")


def _interrupted(exc: BaseException) -> bool:
    """The progress handler stopped a statement (SQLite reports "interrupted")."""
    return isinstance(exc, sqlite3.OperationalError) and "interrupt" in str(exc).lower()


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]
