"""Hostile and broken operation files: opening refuses them in one sentence or opens them safely.

A corpus of files is generated once per run (random bytes, text, truncated and bit-flipped copies
of a real file, other applications' databases, Renpam files with triggers, views, virtual
tables, changed definitions, wrong values, a 100 MB text value, a newer format, WAL headers, hot
journals, decompression-bomb site-plan images, names with quotes and control characters). Every
file is opened in a child process, so that a crash of SQLite or an image decoder would show as a
failed test rather than take the test run down; afterwards every byte on disk is unchanged.
Run with `-s` to see how many inputs of each kind were tried.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from desktop.demo import build_demo_plan
from desktop.model import Person, Plan, Post, Shift, SitePlan, Unit
from desktop.plan_json import export_document
from desktop.storage import OperationFileError, open_operation_file, save_plan
from desktop.storage.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent
RENPAM = Path(sys.executable).with_name("renpam")
SEED = 20241204

# Opens every file named in a JSON list and prints one JSON line per file, flushed at once: a
# crash (segfault, abort) shows as a missing line and a non-zero exit code.
CHILD = r"""
import json, sys
from desktop.storage import OperationFileError, open_operation_file
paths = json.load(open(sys.argv[1], encoding="utf-8"))
for i, path in enumerate(paths):
    try:
        opened = open_operation_file(path)
        row = {"i": i, "outcome": "opened", "warnings": [w.render("en") for w in opened.warnings],
               "name": opened.plan.operation.name}
    except OperationFileError as exc:
        row = {"i": i, "outcome": "refused", "message": str(exc)}
    except BaseException as exc:  # anything else is a failure of the opener
        row = {"i": i, "outcome": "error", "message": f"{type(exc).__name__}: {exc}"[:300]}
    print(json.dumps(row), flush=True)
"""


@dataclass(frozen=True)
class Hostile:
    kind: str  # category, for the tally
    path: Path
    expect: str  # "refused", "opened", or "either"
    detail: str = ""  # a word the refusal (or a warning, when opened) must contain


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def small_plan() -> Plan:
    """A plan with one of most things, built through the Plan API."""
    plan = Plan()
    plan.set_operation(name="Pengamanan Uji", venue="Gedung A")
    plan.put_unit(Unit("SAMAPTA", "Sat Samapta"))
    plan.put_person(Person("p-1", "Budi", nrp="12345678", rank="AIPDA", unit="SAMAPTA"))
    plan.put_shift(Shift("PAGI", "Pagi"))
    plan.put_post(Post("P01", "Gerbang", ring="I", kind="gerbang"))
    plan.assign("p-1", "P01", "PAGI", "danpos")
    return plan


def png_bytes(width: int, height: int, mode: str = "L") -> bytes:
    buf = io.BytesIO()
    Image.new(mode, (width, height)).save(buf, "PNG", optimize=False)
    return buf.getvalue()


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")


def png_claiming(width: int, height: int, idat: bytes) -> bytes:
    """A PNG whose header claims any size, with the given compressed pixel data."""
    ihdr = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def with_image(base: Plan, image: bytes) -> Plan:
    plan = base.clone()
    plan.site_plan = SitePlan(title="Denah", image_png=image, scale_note="1:500")
    return plan


def tamper(src: Path, dst: Path, *statements: str, params: tuple = ()) -> Path:
    """Copy a Renpam file and change it with ordinary SQL (as an attacker with sqlite3 would)."""
    shutil.copyfile(src, dst)
    conn = sqlite3.connect(dst, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
    finally:
        conn.close()
    return dst


def build_corpus(folder: Path) -> list[Hostile]:
    rng = random.Random(SEED)
    items: list[Hostile] = []

    def add(kind: str, name: str, data: bytes | None, expect: str = "refused", detail: str = "") -> Path:
        path = folder / name
        if data is not None:
            path.write_bytes(data)
        items.append(Hostile(kind, path, expect, detail))
        return path

    base_plan = small_plan()
    base = folder / "_base.renpam"
    save_plan(base_plan, base)
    demo = folder / "_demo.renpam"
    save_plan(build_demo_plan(), demo)
    demo_bytes = demo.read_bytes()
    page = int.from_bytes(demo_bytes[16:18], "big")
    pages = len(demo_bytes) // page

    # --- not a database at all
    add("empty", "empty.renpam", b"", detail="empty")
    for size in (1, 15, 16, 99, 100, 512, 4096, 65536, 300_000):
        add("random bytes", f"random-{size}.renpam", rng.randbytes(size))
    for size in (100, 1024, 4096, 8192, 65536):  # random bytes behind a valid SQLite magic
        add("random bytes", f"magic-random-{size}.renpam", b"SQLite format 3\x00" + rng.randbytes(size - 16))
    header = demo_bytes[:100]  # a Renpam header (right id and version) on random pages
    for n_pages in (1, 2, 8):
        add("random bytes", f"header-random-{n_pages}.renpam", header + rng.randbytes(n_pages * page - 100))
    add("text", "notes.renpam", b"Rencana pengamanan\nPos 1: gerbang\n")
    add("text", "plan.json.renpam", json.dumps(export_document(base_plan)).encode())
    add("text", "table.renpam", b"nrp;nama;pangkat\n123;Budi;AIPDA\n")
    add("text", "utf16.renpam", "SQLite format 3".encode("utf-16"))
    add("text", "magic-only.renpam", b"SQLite format 3\x00")

    # --- a real file, cut off: every page boundary, inside the header, and at random offsets
    cuts = sorted(
        {
            *range(1, 100, 11),
            *(k * page for k in range(1, pages)),
            *(rng.randrange(100, len(demo_bytes)) for _ in range(24)),
        }
    )
    for cut in cuts:
        add("truncated", f"cut-{cut}.renpam", demo_bytes[:cut])

    # --- a real file with one byte changed in each page (a random byte, all bits flipped)
    for k in range(pages):
        data = bytearray(demo_bytes)
        offset = k * page + rng.randrange(page)
        data[offset] ^= 0xFF
        add("flipped byte", f"flip-page{k}-{offset}.renpam", bytes(data), expect="either")
        data = bytearray(demo_bytes)  # and, separately, a single bit somewhere else in the page
        offset = k * page + rng.randrange(page)
        data[offset] ^= 1 << rng.randrange(8)
        add("flipped byte", f"bit-page{k}-{offset}.renpam", bytes(data), expect="either")
    for offset in (16, 17, 18, 19, 20, 21, 24, 28, 32, 36, 44, 52, 56, 64, 68, 72, 92, 96):
        data = bytearray(demo_bytes)  # every header field, one by one
        data[offset] ^= 0xFF
        add("flipped byte", f"flip-header-{offset}.renpam", bytes(data), expect="either")

    # --- other applications' SQLite databases
    other = folder / "other-app.renpam"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contacts (name) VALUES ('x')")
    conn.commit()
    conn.close()
    add("other database", other.name, None, detail="another application")
    spoof = folder / "other-app-with-our-id.renpam"
    shutil.copyfile(other, spoof)
    conn = sqlite3.connect(spoof)
    conn.execute("PRAGMA application_id = 1380864077")  # "RNPM": looks like ours
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.commit()
    conn.close()
    add("other database", spoof.name, None, detail="structure")
    empty_db = folder / "empty-db-with-our-id.renpam"
    conn = sqlite3.connect(empty_db)
    conn.execute("PRAGMA application_id = 1380864077")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    add("other database", empty_db.name, None, detail="structure")
    no_version = tamper(base, folder / "no-version.renpam", "PRAGMA user_version = 0")
    add("other database", no_version.name, None, detail="format version")

    # --- Renpam files with something added or changed in the schema
    schema_attacks = {
        "trigger": ["CREATE TRIGGER t AFTER INSERT ON units BEGIN DELETE FROM personnel; END"],
        "temp-trigger-on-read": ["CREATE TRIGGER t2 BEFORE DELETE ON personnel BEGIN SELECT 1; END"],
        "view": ["CREATE VIEW v AS SELECT * FROM personnel"],
        "view-replacing-table": ["DROP TABLE settings", "CREATE VIEW settings AS SELECT 'k' AS key, '1' AS value"],
        "fts5": ["CREATE VIRTUAL TABLE f USING fts5(x)"],
        "fts5-replacing-table": [
            "DROP TABLE accepted_findings",
            "CREATE VIRTUAL TABLE accepted_findings USING fts5(key, note, accepted_at)",
        ],
        "rtree": ["CREATE VIRTUAL TABLE r USING rtree(id, a, b)"],
        "extra-table": ["CREATE TABLE exfil (data TEXT)"],
        "extra-column": ["ALTER TABLE personnel ADD COLUMN secret TEXT"],
        "generated-column": ["ALTER TABLE personnel ADD COLUMN g TEXT GENERATED ALWAYS AS (upper(name)) VIRTUAL"],
        "missing-table": ["DROP TABLE settings"],
        "extra-index": ["CREATE INDEX ix ON personnel (name)"],
        "expression-index": ["CREATE INDEX ix ON personnel (lower(name))"],
        "partial-index": ["CREATE INDEX ix ON personnel (nrp) WHERE rank <> ''"],
        "missing-index": ["DROP INDEX assignments_by_post"],
        "autoincrement": ["CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT)", "INSERT INTO a DEFAULT VALUES"],
        "changed-check": [
            "PRAGMA writable_schema = ON",
            "UPDATE sqlite_master SET sql = replace(sql, 'CHECK (id = 1)', 'CHECK (id = 1 AND length(randomblob(1000000)) > 0)') WHERE name = 'operation'",
        ],
        "changed-default": [
            "PRAGMA writable_schema = ON",
            "UPDATE sqlite_master SET sql = replace(sql, 'DEFAULT ''[]''', 'DEFAULT (hex(zeroblob(900000000)))') WHERE name = 'personnel'",
        ],
        "wide-table": ["CREATE TABLE wide (" + ", ".join(f"c{i} TEXT" for i in range(500)) + ")"],
        "many-tables": [f"CREATE TABLE t{i} (x)" for i in range(400)],
    }
    for name, statements in schema_attacks.items():
        add(
            "schema attack",
            tamper(base, folder / f"schema-{name}.renpam", *statements).name,
            None,
            detail="structure" if name not in ("wide-table",) else "",
        )

    # --- the right schema, the wrong values
    value_attacks = {
        "text-in-number": ["UPDATE posts SET x = 'kiri'"],
        "blob-as-name": ["UPDATE personnel SET name = x'00ff00'"],
        "number-as-name": ["UPDATE personnel SET name = 42"],
        "bad-json-skills": ["UPDATE personnel SET skills = '{not json'"],
        "json-object-skills": ["UPDATE personnel SET skills = '{\"a\": 1}'"],
        "deep-json": ["UPDATE personnel SET skills = '" + "[" * 100_000 + "]" * 100_000 + "'"],
        "huge-integer": ["UPDATE posts SET min_staff = 9223372036854775807"],
        "negative-staff": ["UPDATE posts SET min_staff = -5"],
        "unknown-rank": ["UPDATE posts SET commander_min_rank = 'GENERAL'"],
        "bad-date": ["UPDATE operation SET start = 'kemarin sore'"],
        "dangling-assignment": ["INSERT INTO assignments (person, post, shift) VALUES ('p-nobody', 'P01', 'PAGI')"],
        "dangling-unit": ["UPDATE personnel SET unit = 'NOPE'"],
        "two-operations": [
            "PRAGMA ignore_check_constraints = ON",
            "INSERT INTO operation (id, name) VALUES (2, 'kedua')",
        ],
        "bad-ring-points": ["INSERT INTO ring_outlines (ring, points) VALUES ('I', '[[0, 0], [\"a\", 1]]')"],
        "ring-out-of-plan": ["INSERT INTO ring_outlines (ring, points) VALUES ('II', '[[0,0],[5,0],[0,5]]')"],
        "bad-settings-json": ["INSERT INTO settings (key, value) VALUES ('k', 'nope')"],
        "unknown-gender": ["UPDATE personnel SET gender = 'X'"],
        "text-latitude": ["UPDATE posts SET latitude = 'utara', longitude = 108.2"],
        "latitude-off-earth": ["UPDATE units SET latitude = 123.0, longitude = 108.2"],
        "half-coordinates": ["UPDATE posts SET latitude = -7.3"],
        "negative-voters": ["UPDATE posts SET voters = -3"],
        "null-in-not-null": [
            "PRAGMA writable_schema = ON",
            "UPDATE sqlite_master SET sql = replace(sql, 'name TEXT NOT NULL,', 'name TEXT,') WHERE name = 'personnel'",
            "PRAGMA writable_schema = OFF",
        ],
    }
    # Odd but safe to open: a number in a TEXT column is stored as text, a second operation row
    # is never read, a huge staff count is a planning finding, a JSON object lists its keys.
    harmless = {"two-operations", "huge-integer", "json-object-skills", "number-as-name"}
    for name, statements in value_attacks.items():
        add(
            "value attack",
            tamper(base, folder / f"value-{name}.renpam", *statements).name,
            None,
            expect="either" if name in harmless else "refused",
        )

    # --- a file claiming a newer (and an absurd) format
    add(
        "newer format",
        tamper(base, folder / "newer.renpam", f"PRAGMA user_version = {SCHEMA_VERSION + 1}").name,
        None,
        detail="newer Renpam",
    )
    add(
        "newer format",
        tamper(base, folder / "absurd-version.renpam", "PRAGMA user_version = -1").name,
        None,
        detail="newer Renpam",
    )

    # --- a 100 MB text value (beyond the opener's length limit): refused, never a memory blow-up
    huge = tamper(base, folder / "huge-text.renpam", "UPDATE operation SET situation = ?", params=("x" * 100_000_000,))
    add("huge value", huge.name, None, detail="too big")

    # --- names with SQL quotes and control characters: content and file names
    odd = small_plan()
    odd_names = [
        "'; DROP TABLE personnel; --",
        'Robert"); DELETE FROM posts; --',
        "]]'\"`",
        "tab\tnew\nline\r",
        "bell\x07esc\x1b[31mred",
        "\u202eright-to-left",
        "nul\x00byte",
        "emoji \U0001f46e Polri",
        "percent %s %n %x",
    ]
    # Edits refuse control characters now (desktop.limits); files from older versions or made by
    # other programs may still hold them, so the plan is filled the way the opener fills it.
    # (A partner agency's member: their number is free text, so the NRP column gets the odd text too.)
    odd.put_unit(Unit("MITRA", "Mitra", "OTHER"))
    for i, name in enumerate(odd_names):
        odd.personnel[f"p-q{i}"] = Person(f"p-q{i}", name, nrp=name, position=name, unit="MITRA")
    odd.posts["P'02"] = Post("P'02", 'Pos "A"; --', tasks="\x00\x01\x02")
    odd.operation.name, odd.operation.situation = "Op 'Lilin'; DROP TABLE operation; --", "\x00" * 10
    for file_name in ("o'p.renpam", 'o"p;--.renpam', "tab\tnl\n.renpam", "\u202egnp.renpam", "op [1] %s.renpam"):
        path = folder / file_name
        save_plan(odd, path)
        add("odd names", file_name, None, expect="opened")
    for file_name in ("x'; DROP TABLE units; --.renpam", "bad\nname\x1b.renpam"):  # refused, one line
        add("odd names", file_name, b"not a plan\n", detail="not a Renpam")

    # --- journal modes and files beside the operation file
    wal_header = bytearray(demo_bytes)
    wal_header[18:20] = b"\x02\x02"
    add("journal", "wal-header.renpam", bytes(wal_header), expect="opened")
    wal_live = folder / "wal-live.renpam"
    shutil.copyfile(base, wal_live)
    writer_conn = sqlite3.connect(wal_live, isolation_level=None)
    writer_conn.execute("PRAGMA journal_mode = WAL")
    writer_conn.execute("PRAGMA wal_autocheckpoint = 0")
    writer_conn.execute("UPDATE operation SET name = 'only in the WAL'")
    snapshot = folder / "wal-copy.renpam"  # copied while the writer is open: main file + -wal
    shutil.copyfile(wal_live, snapshot)
    shutil.copyfile(wal_live.with_name(wal_live.name + "-wal"), snapshot.with_name(snapshot.name + "-wal"))
    writer_conn.close()
    add("journal", snapshot.name, None, expect="opened")
    hot = folder / "hot-journal.renpam"
    shutil.copyfile(base, hot)
    hot.with_name(hot.name + "-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + rng.randbytes(4096))
    add("journal", hot.name, None, expect="opened")
    garbage_wal = folder / "garbage-wal.renpam"
    shutil.copyfile(base, garbage_wal)
    garbage_wal.with_name(garbage_wal.name + "-wal").write_bytes(rng.randbytes(8192))
    garbage_wal.with_name(garbage_wal.name + "-shm").write_bytes(rng.randbytes(32768))
    add("journal", garbage_wal.name, None, expect="opened")

    # --- site-plan images: bombs, lies, damage; the plan opens with the image left out
    images = {
        "bomb-header": png_claiming(100_000, 100_000, zlib.compress(b"\x00" * 1000)),
        "bomb-zlib": png_claiming(9000, 9000, zlib.compress(b"\x00" * (9001 * 9000), 9)),
        "over-pixel-cap": png_bytes(8200, 5000),
        "truncated-png": png_bytes(300, 200, "RGB")[:-40],
        "lying-size": png_claiming(4000, 4000, zlib.compress(b"\x00" * 100)),
        "random-after-magic": b"\x89PNG\r\n\x1a\n" + rng.randbytes(5000),
        "jpeg-garbage": b"\xff\xd8\xff\xe0" + rng.randbytes(5000),
        "gif": b"GIF89a" + rng.randbytes(200),
        "over-20-mb": b"\x89PNG\r\n\x1a\n" + rng.randbytes(21 * 1024 * 1024),
        "zero-size": png_claiming(0, 0, zlib.compress(b"")),
    }
    for name, image in images.items():
        path = folder / f"image-{name}.renpam"
        save_plan(with_image(base_plan, image), path)
        add("site-plan image", path.name, None, expect="opened", detail="image was left out")
    good = folder / "image-good.renpam"
    save_plan(with_image(base_plan, png_bytes(400, 300, "RGB")), good)
    add("site-plan image", good.name, None, expect="opened")

    # --- things that are not regular files
    add("not a file", "a-folder.renpam", None, detail="folder")
    (folder / "a-folder.renpam").mkdir()
    add("not a file", "missing.renpam", None, detail="does not exist")
    if Path("/dev/zero").exists():
        items.append(Hostile("not a file", Path("/dev/zero"), "refused", "empty"))
    fifo = folder / "pipe.renpam"
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
        items.append(Hostile("not a file", fifo, "refused", "empty"))
    return items


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[Hostile]]:
    folder = tmp_path_factory.mktemp("hostile")
    return folder, build_corpus(folder)


def regular_files(folder: Path) -> dict[str, str]:
    """Every entry of the folder: a hash for files, a mark for folders and pipes."""
    return {p.name: sha(p) if p.is_file() else "not a file" for p in sorted(folder.iterdir())}


def run_child(items: list[Hostile], folder: Path) -> list[dict]:
    listing = folder.parent / f"{folder.name}-list.json"
    listing.write_text(json.dumps([str(h.path) for h in items]), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(listing)], capture_output=True, text=True, cwd=ROOT, timeout=600
    )
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    done = len(rows)
    assert proc.returncode == 0, (
        f"the opening process died (exit {proc.returncode}) on {items[done].kind} input "
        f"{items[done].path.name!r}: {proc.stderr[-2000:]}"
    )
    assert done == len(items)
    return rows


def test_every_hostile_file_is_refused_in_one_sentence_or_opened_safely(corpus):
    """Each input is refused with one clear sentence or opens; nothing crashes, nothing on disk changes."""
    folder, items = corpus
    before = regular_files(folder)
    rows = run_child(items, folder)
    assert regular_files(folder) == before  # no byte of any file (or -wal/-journal) changed,
    # and nothing (no -shm, -journal, .lock) was created beside them
    tally: Counter[tuple[str, str]] = Counter()
    failures = []
    for item, row in zip(items, rows, strict=True):
        tally[(item.kind, row["outcome"])] += 1
        where = f"{item.kind} {item.path.name!r}"
        if row["outcome"] == "error":
            failures.append(f"{where}: not an OperationFileError: {row['message']}")
            continue
        if item.expect != "either" and row["outcome"] != item.expect:
            failures.append(f"{where}: expected {item.expect}, got {row}")
            continue
        if row["outcome"] == "refused":
            message = row["message"]
            if (
                "\n" in message
                or "\r" in message
                or not message.startswith("Cannot open ")
                or not message.endswith(".")
                or len(message) > 400
                or "Traceback" in message
            ):
                failures.append(f"{where}: not one clear sentence: {message!r}")
            if item.detail and item.detail.lower() not in message.lower():
                failures.append(f"{where}: {message!r} does not say {item.detail!r}")
        elif item.detail:
            if not any(item.detail in w for w in row["warnings"]):
                failures.append(f"{where}: opened without the warning {item.detail!r}: {row}")
    print(f"\nhostile inputs tried: {len(items)}")
    for kind in sorted({k for k, _ in tally}):
        parts = ", ".join(
            f"{outcome} {tally[(kind, outcome)]}"
            for outcome in ("refused", "opened", "error")
            if tally[(kind, outcome)]
        )
        print(f"  {kind:18} {parts}")
    assert not failures, "\n".join(failures)
    assert len(items) >= 250  # the corpus stays as large as reported


def test_schema_attacks_name_what_is_wrong(corpus):
    """Triggers, views and virtual tables are refused naming the unexpected object."""
    folder, _items = corpus
    for name, words in [
        ("trigger", "trigger t"),
        ("view", "view v"),
        ("fts5", "table f"),
        ("extra-table", "table exfil"),
        ("extra-column", "personnel"),
        ("generated-column", "personnel"),
        ("changed-check", "operation"),
        ("expression-index", "index"),
    ]:
        with pytest.raises(OperationFileError) as info:
            open_operation_file(folder / f"schema-{name}.renpam")
        assert words in str(info.value), (name, str(info.value))


def test_odd_names_survive_exactly(corpus):
    """Names with SQL quotes, control characters and bidi overrides come back exactly as written."""
    folder, _items = corpus
    plan = open_operation_file(folder / "o'p.renpam").plan
    assert plan.personnel["p-q0"].name == "'; DROP TABLE personnel; --"
    assert plan.personnel["p-q5"].name == "\u202eright-to-left"
    assert plan.personnel["p-q6"].nrp == "nul\x00byte"
    assert plan.posts["P'02"].tasks == "\x00\x01\x02"
    assert plan.operation.name == "Op 'Lilin'; DROP TABLE operation; --"
    assert len(plan.personnel) == 1 + 9 and len(plan.posts) == 2  # nothing was dropped


def test_wal_snapshot_opens_what_the_main_file_holds(corpus):
    """A file copied with its -wal beside it opens from the main file alone and leaves the WAL be."""
    folder, _items = corpus
    opened = open_operation_file(folder / "wal-copy.renpam")
    assert opened.plan.operation.name == "Pengamanan Uji"
    assert (folder / "wal-copy.renpam-wal").exists()


def test_bad_site_plan_image_is_left_out_and_the_rest_opens(corpus):
    """A decompression-bomb image is dropped with one warning; people and posts still open."""
    folder, _items = corpus
    opened = open_operation_file(folder / "image-bomb-zlib.renpam")
    assert opened.plan.site_plan is not None and opened.plan.site_plan.image_png == b""
    assert opened.plan.site_plan.title == "Denah"
    assert len(opened.warnings) == 1 and "too large" in opened.warnings[0].render("en")
    assert opened.warnings[0].params["problem"].code == "image.too_many_pixels"
    assert list(opened.plan.personnel) == ["p-1"]
    good = open_operation_file(folder / "image-good.renpam")
    assert good.warnings == () and good.plan.site_plan.image_png.startswith(b"\x89PNG")


def cli_info(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(RENPAM), "info", str(path)], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_cli_refuses_one_of_each_kind_with_exit_3_and_one_line(corpus):
    """`renpam info` on a refused input of each kind exits 3 with one line on stderr, no traceback."""
    folder, items = corpus
    picked: dict[str, Hostile] = {}
    refused = {h.path for h in items if h.expect == "refused"}
    for h in items:
        if h.path in refused and h.kind not in picked and h.kind not in ("huge value",):
            picked[h.kind] = h
    picked["schema attack"] = Hostile("schema attack", folder / "schema-fts5.renpam", "refused")
    picked["odd names"] = Hostile("odd names", folder / "bad\nname\x1b.renpam", "refused")
    before = regular_files(folder)
    for h in picked.values():
        result = cli_info(h.path)
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 3, (h.path.name, result.returncode, result.stderr)
        assert len(lines) == 1 and lines[0].startswith("Cannot open "), (h.path.name, result.stderr)
        assert "Traceback" not in result.stderr and result.stdout == ""
    assert regular_files(folder) == before
    print(f"\nCLI `renpam info` refusals checked: {len(picked)} kinds")


def test_cli_opens_a_file_with_a_bad_image_and_says_so(corpus):
    """`renpam info` opens a plan whose image is a bomb, exit 0, with the warning on stderr."""
    folder, _items = corpus
    result = cli_info(folder / "image-bomb-header.renpam")
    assert result.returncode == 0, result.stderr
    assert "Pengamanan Uji" in result.stdout
    assert result.stderr.strip().startswith("The site-plan image was left out because")


def test_runaway_work_is_stopped_by_the_progress_handler(tmp_path, monkeypatch):
    """A statement that runs far longer than any plan needs is aborted with a clear sentence."""
    from desktop.storage import opener

    path = tmp_path / "op.renpam"
    save_plan(build_demo_plan(), path)
    before = sha(path)
    monkeypatch.setattr(opener, "MAX_PROGRESS_CALLS", 0)  # any statement past 1000 steps is too much
    with pytest.raises(OperationFileError) as info:
        open_operation_file(path)
    assert "stopped for safety" in str(info.value)
    assert sha(path) == before


def test_untrusted_connection_is_hardened_as_sqlite_advises():
    """The connection for a foreign file: defensive, untrusted schema, no extensions, low limits."""
    from desktop.storage.opener import MAX_VALUE_BYTES, harden

    conn = sqlite3.connect(":memory:")
    try:
        harden(conn)
        assert conn.getconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE)
        assert not conn.getconfig(sqlite3.SQLITE_DBCONFIG_TRUSTED_SCHEMA)
        assert not conn.getconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION)
        assert not conn.getconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_TRIGGER)
        assert not conn.getconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_VIEW)
        assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
        assert conn.execute("PRAGMA cell_size_check").fetchone()[0] == 1
        assert conn.getlimit(sqlite3.SQLITE_LIMIT_ATTACHED) == 0
        assert conn.getlimit(sqlite3.SQLITE_LIMIT_LENGTH) == MAX_VALUE_BYTES
        assert conn.getlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH) <= 100_000
        assert conn.getlimit(sqlite3.SQLITE_LIMIT_COLUMN) <= 100
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("ATTACH DATABASE ':memory:' AS other")
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("SELECT load_extension('/nonexistent/evil')")
        with pytest.raises(sqlite3.DataError):
            conn.execute("SELECT length(zeroblob(?))", (MAX_VALUE_BYTES + 1,)).fetchone()
    finally:
        conn.close()


def test_document_open_reports_what_was_left_out(corpus):
    """Opening a plan with a damaged image for editing tells the window what was left out."""
    from desktop.storage import OperationDocument

    folder, _items = corpus
    doc = OperationDocument.open(folder / "image-truncated-png.renpam", lock=False)
    try:
        assert doc.open_warnings and "damaged" in doc.open_warnings[0].render("en")
        assert doc.plan.site_plan.image_png == b"" and not doc.is_modified
    finally:
        doc.close()


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads peak memory from /proc (Linux)")
def test_big_foreign_file_is_refused_from_its_header_without_reading_it(tmp_path):
    """A 400 MB file that is not a plan is refused after its first 100 bytes (memory stays small)."""
    path = tmp_path / "video.renpam"
    with open(path, "wb") as fh:
        fh.write(b"\x00\x00\x00\x18ftypmp42")
        fh.truncate(400 * 1024 * 1024)  # sparse: costs no disk space
    script = (
        "import re, sys\n"
        "from desktop.storage import OperationFileError, open_operation_file\n"
        "try:\n"
        "    open_operation_file(sys.argv[1])\n"
        "except OperationFileError as exc:\n"
        "    print(exc)\n"
        "# peak resident memory of this process (ru_maxrss would include the parent's, from before exec)\n"
        "status = open('/proc/self/status').read()\n"
        "print(int(re.search(r'VmHWM:\\s+(\\d+)', status).group(1)) // 1024)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.splitlines()
    assert out[0] == "Cannot open video.renpam: it is not a Renpam operation file."
    assert int(out[1]) < 200  # MB: far below the file's 400 MB
