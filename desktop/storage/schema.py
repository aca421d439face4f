"""The operation file's schema and its numbered migrations.

`PRAGMA user_version` holds the schema version; `PRAGMA application_id` marks the file as
Renpam's. Migration N turns a version N-1 file into version N (migration 1 creates the file).
Each is a function with a one-line docstring; they run in order in one transaction. The schema a
file of version N must have is exactly what migrations 1..N produce, which is what the opener
checks a file against (see `expected_schema`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from functools import cache

APPLICATION_ID = int.from_bytes(b"RNPM", "big")  # 0x524E504D
SCHEMA_VERSION = 7


def _run(conn: sqlite3.Connection, script: str) -> None:
    """Run DDL statements one by one (executescript would commit the open transaction)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v1(conn: sqlite3.Connection) -> None:
    """Create the first operation file: operation, units, personnel, shifts, posts, assignments."""
    _run(
        conn,
        """
        CREATE TABLE operation (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'other',
            venue TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            start TEXT,
            "end" TEXT,
            classification TEXT NOT NULL DEFAULT 'TERBATAS',
            commander TEXT,
            field_commander TEXT,
            situation TEXT NOT NULL DEFAULT '',
            mission TEXT NOT NULL DEFAULT '',
            execution TEXT NOT NULL DEFAULT '',
            rules TEXT NOT NULL DEFAULT '',
            contingency TEXT NOT NULL DEFAULT '',
            logistics TEXT NOT NULL DEFAULT '',
            communications TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE units (
            code TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            agency TEXT NOT NULL DEFAULT 'POLRI'
        );
        CREATE TABLE personnel (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            nrp TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            rank TEXT NOT NULL DEFAULT '',
            unit TEXT,
            position TEXT NOT NULL DEFAULT '',
            gender TEXT NOT NULL DEFAULT 'L',
            phone TEXT NOT NULL DEFAULT '',
            callsign TEXT NOT NULL DEFAULT '',
            skills TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE shifts (
            code TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            start TEXT,
            "end" TEXT
        );
        CREATE TABLE posts (
            code TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            ring TEXT,
            kind TEXT NOT NULL DEFAULT 'other',
            x REAL NOT NULL DEFAULT 0.5,
            y REAL NOT NULL DEFAULT 0.5,
            min_staff INTEGER NOT NULL DEFAULT 1,
            max_staff INTEGER,
            required_skills TEXT NOT NULL DEFAULT '{}',
            commander_min_rank TEXT,
            tasks TEXT NOT NULL DEFAULT '',
            equipment TEXT NOT NULL DEFAULT '',
            radio_channel TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE post_shifts (
            post TEXT NOT NULL,
            shift TEXT NOT NULL,
            PRIMARY KEY (post, shift)
        );
        CREATE TABLE assignments (
            person TEXT NOT NULL,
            post TEXT NOT NULL,
            shift TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'anggota',
            PRIMARY KEY (person, post, shift)
        );
        CREATE INDEX assignments_by_post ON assignments (post, shift);
        CREATE TABLE site_plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL DEFAULT '',
            scale_note TEXT NOT NULL DEFAULT '',
            image BLOB
        );
        """,
    )


def _v2(conn: sqlite3.Connection) -> None:
    """Add sectors and polling-station places to units and posts, ring outlines, and settings."""
    _run(
        conn,
        """
        ALTER TABLE units ADD COLUMN sector TEXT NOT NULL DEFAULT '';
        ALTER TABLE posts ADD COLUMN category TEXT;
        ALTER TABLE posts ADD COLUMN sector TEXT NOT NULL DEFAULT '';
        ALTER TABLE posts ADD COLUMN village TEXT NOT NULL DEFAULT '';
        ALTER TABLE posts ADD COLUMN district TEXT NOT NULL DEFAULT '';
        ALTER TABLE posts ADD COLUMN address TEXT NOT NULL DEFAULT '';
        CREATE TABLE ring_outlines (
            ring TEXT PRIMARY KEY,
            label TEXT NOT NULL DEFAULT '',
            points TEXT NOT NULL DEFAULT '[]'
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    )


def _v3(conn: sqlite3.Connection) -> None:
    """Add planning: locked assignments, TPS clusters, placeholders, accepted warnings, staffing patterns."""
    _run(
        conn,
        """
        ALTER TABLE assignments ADD COLUMN locked INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE posts ADD COLUMN cluster TEXT NOT NULL DEFAULT '';
        CREATE TABLE placeholders (
            post TEXT NOT NULL,
            shift TEXT NOT NULL,
            unit TEXT NOT NULL,
            number INTEGER NOT NULL,
            role TEXT NOT NULL DEFAULT 'anggota',
            PRIMARY KEY (post, shift, unit, number)
        );
        CREATE TABLE accepted_findings (
            key TEXT PRIMARY KEY,
            note TEXT NOT NULL,
            accepted_at TEXT
        );
        CREATE TABLE staffing_patterns (
            name TEXT NOT NULL,
            seq INTEGER NOT NULL,
            category TEXT NOT NULL,
            police INTEGER NOT NULL,
            tps INTEGER NOT NULL,
            linmas INTEGER NOT NULL,
            notation TEXT NOT NULL DEFAULT 'police-tps-linmas',
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (name, category)
        );
        """,
    )


def _v4(conn: sqlite3.Connection) -> None:
    """Add print revisions (what each print showed) and roll calls (apel attendance per shift)."""
    _run(
        conn,
        """
        CREATE TABLE print_revisions (
            number INTEGER PRIMARY KEY,
            printed_at TEXT NOT NULL,
            options TEXT NOT NULL DEFAULT '{}',
            pages INTEGER NOT NULL DEFAULT 0,
            parts TEXT NOT NULL DEFAULT '[]',
            snapshot BLOB
        );
        CREATE TABLE roll_calls (
            shift TEXT PRIMARY KEY,
            taken_at TEXT NOT NULL
        );
        CREATE TABLE absences (
            shift TEXT NOT NULL,
            person TEXT NOT NULL,
            reason TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            places TEXT NOT NULL DEFAULT '[]',
            replaced_by TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (shift, person)
        );
        """,
    )


def _v5(conn: sqlite3.Connection) -> None:
    """Add command groups (posts and members under a commander, reserves) and the BKO origin of personnel."""
    _run(
        conn,
        """
        ALTER TABLE personnel ADD COLUMN origin TEXT NOT NULL DEFAULT '';
        CREATE TABLE command_groups (
            code TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT 'other',
            commander TEXT,
            reserve INTEGER NOT NULL DEFAULT 0,
            held_at TEXT NOT NULL DEFAULT '',
            trigger TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE group_posts (
            grp TEXT NOT NULL,
            post TEXT NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (grp, post)
        );
        CREATE TABLE group_members (
            grp TEXT NOT NULL,
            person TEXT NOT NULL,
            seq INTEGER NOT NULL,
            PRIMARY KEY (grp, person)
        );
        """,
    )


def _v6(conn: sqlite3.Connection) -> None:
    """Add where posts and units are on the ground (polling stations from a KPU list, Polsek offices)
    an escort post's route, and a polling station's registered voters (DPT)."""
    _run(
        conn,
        """
        ALTER TABLE posts ADD COLUMN latitude REAL;
        ALTER TABLE posts ADD COLUMN longitude REAL;
        ALTER TABLE posts ADD COLUMN route TEXT NOT NULL DEFAULT '';
        ALTER TABLE posts ADD COLUMN voters INTEGER;
        ALTER TABLE units ADD COLUMN latitude REAL;
        ALTER TABLE units ADD COLUMN longitude REAL;
        """,
    )


def _v7(conn: sqlite3.Connection) -> None:
    """Add sector plans: the sectors exported from this operation (or the one this file is), and their merges."""
    _run(
        conn,
        """
        CREATE TABLE sector_exports (
            id TEXT PRIMARY KEY,
            role TEXT NOT NULL DEFAULT 'export',
            operation_id TEXT NOT NULL DEFAULT '',
            operation_name TEXT NOT NULL DEFAULT '',
            label TEXT NOT NULL DEFAULT '',
            selection TEXT NOT NULL DEFAULT '{}',
            exported_at TEXT NOT NULL,
            exported_by TEXT NOT NULL DEFAULT '',
            base BLOB
        );
        CREATE TABLE sector_merges (
            number INTEGER PRIMARY KEY,
            export_id TEXT NOT NULL,
            merged_at TEXT NOT NULL,
            merged_by TEXT NOT NULL DEFAULT '',
            file TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '{}',
            merged BLOB
        );
        """,
    )


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v1,
    2: _v2,
    3: _v3,
    4: _v4,
    5: _v5,
    6: _v6,
    7: _v7,
}
assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION + 1))


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring `conn` from its user_version up to `target` in one transaction; returns the old version."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current >= target:
        return current
    conn.execute("BEGIN")
    try:
        for version in range(current + 1, target + 1):
            MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {target}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return current


def describe_schema(conn: sqlite3.Connection) -> dict[str, object]:
    """Tables with their columns, indexes, and anything else in sqlite_master, comparable.

    "sql" holds each object's CREATE statement with whitespace collapsed: the same columns with
    another CHECK, DEFAULT, COLLATE, generated expression or index expression differ there.
    """
    tables: dict[str, tuple[tuple[str, str, int, int], ...]] = {}
    others: list[tuple[str, str]] = []
    definitions: dict[tuple[str, str], str | None] = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    for kind, name, _tbl, sql in rows:
        definitions[(kind, name)] = " ".join(sql.split()) if isinstance(sql, str) else sql
        if kind == "table" and not (sql or "").upper().startswith("CREATE VIRTUAL"):
            # table_xinfo also lists generated (hidden) columns, which table_info leaves out.
            cols = conn.execute('SELECT name, type, "notnull", hidden FROM pragma_table_xinfo(?)', (name,))
            tables[name] = tuple(cols.fetchall())
        else:
            others.append((kind, name))
    return {"tables": tables, "others": sorted(others), "sql": definitions}


@cache
def expected_schema(version: int) -> dict[str, object]:
    """What migrations 1..version create: the only schema a file of that version may have.

    The result is cached and shared: do not modify it.
    """
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, version)
        return describe_schema(conn)
    finally:
        conn.close()


def schema_difference(conn: sqlite3.Connection, version: int) -> str | None:
    """None when the file's schema is exactly that of `version`, else a short description."""
    found = describe_schema(conn)
    expected = expected_schema(version)
    if found["others"]:
        kinds = sorted(
            {f"{kind} {name}" for kind, name in found["others"]}  # type: ignore[attr-defined]
            - {
                f"{kind} {name}"
                for kind, name in expected["others"]  # type: ignore[attr-defined]
            }
        )
        if kinds:
            return "unexpected " + ", ".join(kinds[:3])
    f_tables, e_tables = found["tables"], expected["tables"]
    assert isinstance(f_tables, dict) and isinstance(e_tables, dict)
    extra = sorted(set(f_tables) - set(e_tables))
    missing = sorted(set(e_tables) - set(f_tables))
    if extra:
        return "unexpected table " + ", ".join(extra[:3])
    if missing:
        return "missing table " + ", ".join(missing[:3])
    for name, cols in e_tables.items():
        if f_tables[name] != cols:
            return f"table {name} has unexpected columns"
    if found["others"] != expected["others"]:
        return "unexpected or missing index"
    f_sql, e_sql = found["sql"], expected["sql"]
    assert isinstance(f_sql, dict) and isinstance(e_sql, dict)
    for key, definition in e_sql.items():
        if f_sql.get(key) != definition:
            return f"{key[0]} {key[1]} has an unexpected definition"
    return None
