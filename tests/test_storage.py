"""The operation file: round trip, atomic save, backups, recovery copies, locks, migrations."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import plan_json
from desktop.model import Person, Plan, Post, RingOutline, Shift, SitePlan, Unit
from desktop.storage import OperationDocument, OperationFileError, ReadOnlyError, open_operation_file, save_plan, writer
from desktop.storage.lock import lock_path_for
from desktop.storage.recovery import RecoveryStore
from desktop.storage.schema import APPLICATION_ID, SCHEMA_VERSION, migrate


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_field_survives_save_and_reopen(tmp_path, demo_plan):
    """Saving and reopening the demo keeps every field of every entity, site plan included."""
    path = tmp_path / "op.renpam"
    save_plan(demo_plan, path)
    reopened = open_operation_file(path).plan
    assert plan_json.export_document(reopened) == plan_json.export_document(demo_plan)
    assert reopened.site_plan.image_png == demo_plan.site_plan.image_png
    assert list(reopened.posts) == list(demo_plan.posts)  # the planner's order is kept
    assert reopened.operation.start.tzinfo is not None


def test_unusual_values_survive(tmp_path):
    """Quotes, control characters, emoji, empty optionals and extremes round-trip exactly.

    Edits refuse control characters in names now (desktop.limits); a plan of an older version may
    still hold them, so they are loaded here the way the opener loads such a file.
    """
    plan = Plan()
    plan.load(
        operation=plan.operation,
        units=[Unit("U'1", 'Unit "quoted"; DROP TABLE units;--', "OTHER", sector="Sektor\tA")],
        personnel=[
            Person(
                "id with space",
                "Nama\nBaris Dua \x07 ✓ 🚓",
                nrp="",
                rank="Kepala Seksi",
                unit="U'1",
                gender="P",
                skills=["k9", "negosiator"],
            )
        ],
    )
    plan.put_shift(Shift("S", "", None, None))
    plan.put_post(
        Post(
            "P",
            "",
            ring=None,
            x=0.0,
            y=1.0,
            min_staff=0,
            max_staff=None,
            required_skills={"polwan": 3},
            commander_min_rank=None,
            category="khusus",
        )
    )
    plan.assign("id with space", "P", "S", "danpos")
    plan.set_site_plan(SitePlan(title="", image_png=b"", scale_note=""))
    plan.put_ring_outline(RingOutline("III", "", [(0, 0), (1, 0), (1, 1)]))
    path = tmp_path / "odd.renpam"
    save_plan(plan, path)
    assert plan_json.export_document(open_operation_file(path).plan) == plan_json.export_document(plan)


def test_file_is_marked_as_renpam_with_schema_version(tmp_path, demo_plan):
    """The saved file carries Renpam's application_id and the current user_version."""
    path = tmp_path / "op.renpam"
    save_plan(demo_plan, path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_opening_never_writes_the_file(tmp_path, demo_plan):
    """Opening (even a file of an older schema that must be migrated) leaves the bytes alone."""
    path = tmp_path / "op.renpam"
    save_plan(demo_plan, path)
    before, mtime = sha(path), path.stat().st_mtime_ns
    doc = OperationDocument.open(path)
    doc.close()
    assert sha(path) == before and path.stat().st_mtime_ns == mtime


@pytest.mark.parametrize("stage", ["written", "synced", "backed-up", "replaced"])
def test_crash_mid_save_leaves_old_or_new_file(tmp_path, demo_plan, stage, monkeypatch):
    """A save interrupted at any step leaves a valid old file (or, after the rename, the new one)."""
    path = tmp_path / "op.renpam"
    save_plan(demo_plan, path)
    old = sha(path)
    changed = demo_plan.clone()
    changed.set_operation(name="Changed name")

    class Crash(Exception):
        pass

    def hook(name):
        if name == stage:
            raise Crash(name)

    monkeypatch.setattr(writer, "_crash_hook", hook)
    with pytest.raises(Crash):
        save_plan(changed, path, keep_backup=True)
    monkeypatch.setattr(writer, "_crash_hook", None)
    name = open_operation_file(path).plan.operation.name
    if stage == "replaced":
        assert name == "Changed name"
    else:
        assert sha(path) == old and name == demo_plan.operation.name
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary left behind


def test_killed_process_mid_save_leaves_a_valid_file(tmp_path, demo_plan):
    """A process killed outright while saving leaves the previous version intact."""
    path = tmp_path / "op.renpam"
    save_plan(demo_plan, path)
    old = sha(path)
    script = (
        "import os, sys\n"
        "from desktop.storage import writer, open_operation_file, save_plan\n"
        "plan = open_operation_file(sys.argv[1]).plan\n"
        "plan.set_operation(name='new')\n"
        "writer._crash_hook = lambda stage: os._exit(9) if stage == 'synced' else None\n"
        "save_plan(plan, sys.argv[1])\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(path)], cwd=Path(__file__).parent.parent)
    assert result.returncode == 9
    assert sha(path) == old
    assert open_operation_file(path).plan.operation.name == demo_plan.operation.name


def test_save_keeps_previous_version_as_bak(tmp_path, demo_plan):
    """With backups on, the previous file is kept as NAME.renpam.bak and opens."""
    path = tmp_path / "op.renpam"
    first_name = demo_plan.operation.name
    doc = OperationDocument(demo_plan, path)
    doc.save()
    doc.plan.set_operation(name="Second version")
    doc.save()
    backup = tmp_path / "op.renpam.bak"
    assert open_operation_file(backup).plan.operation.name == first_name
    assert open_operation_file(path).plan.operation.name == "Second version"
    doc.close()


def test_save_as_writes_a_compacted_file_without_deleted_people(tmp_path, demo_plan):
    """After deleting people, the saved file holds no trace of their names."""
    path = tmp_path / "op.renpam"
    save_plan(demo_plan, path)
    doc = OperationDocument.open(path)
    victim = doc.plan.personnel["p010"]
    doc.plan.remove_person(victim.id)
    doc.save()
    doc.close()
    assert victim.name.encode() not in path.read_bytes()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0
    conn.close()


def test_document_tracks_unsaved_changes(tmp_path, demo_plan):
    """A document is modified after an edit and clean after Save; Save As moves it."""
    doc = OperationDocument(demo_plan, None)
    assert not doc.is_modified
    doc.plan.move_post("P01", 0.5, 0.5)
    assert doc.is_modified
    with pytest.raises(ValueError):
        doc.save()
    doc.save_as(tmp_path / "named")  # the suffix is added
    assert doc.path == tmp_path / "named.renpam"
    assert not doc.is_modified
    assert lock_path_for(doc.path).exists()
    doc.close()
    assert not lock_path_for(tmp_path / "named.renpam").exists()


def test_second_instance_opens_read_only_and_learns_who(tmp_path, demo_file):
    """A file open elsewhere opens read-only, naming the holder; Save is refused, Save As works."""
    first = OperationDocument.open(demo_file)
    script = (
        "import sys, json\n"
        "from desktop.storage import OperationDocument\n"
        "d = OperationDocument.open(sys.argv[1])\n"
        "print(json.dumps([d.read_only, d.locked_by.pid if d.locked_by else None]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(demo_file)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent.parent,
        check=True,
    ).stdout
    assert json.loads(out) == [True, os.getpid()]
    second = OperationDocument.open(demo_file)  # same process, second window: also read-only
    assert second.read_only and second.locked_by.pid == os.getpid()
    assert "since" in second.locked_by.describe()
    with pytest.raises(ReadOnlyError):
        second.save()
    second.save_as(tmp_path / "copy.renpam")
    assert not second.read_only
    second.close()
    first.close()
    assert not lock_path_for(demo_file).exists()


def test_stale_lock_of_a_crashed_instance_is_taken_over(tmp_path, demo_file):
    """A lock left by a process that no longer runs on this machine is taken over."""
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(proc.stdout)
    import socket

    lock_path_for(demo_file).write_text(
        json.dumps({"user": "ops", "host": socket.gethostname(), "pid": dead_pid, "since": "2024-12-04T09:00:00+07:00"})
    )
    doc = OperationDocument.open(demo_file)
    assert not doc.read_only
    doc.close()


def test_lock_from_another_machine_is_honoured(tmp_path, demo_file):
    """A lock written on another machine cannot be checked and keeps the file read-only."""
    lock_path_for(demo_file).write_text(
        json.dumps({"user": "kabagops", "host": "laptop-ops-2", "pid": 1, "since": "2024-12-04T09:00:00+07:00"})
    )
    doc = OperationDocument.open(demo_file)
    assert doc.read_only
    assert doc.locked_by.describe() == "kabagops on laptop-ops-2 since 04-12-2024 09:00"
    doc.close()
    assert lock_path_for(demo_file).exists()  # not ours to remove


def test_recovery_copy_is_written_offered_and_discarded(tmp_path, demo_file):
    """Unsaved work reaches a recovery copy after the interval; a new start finds and restores it."""
    store = RecoveryStore(tmp_path / "recovery")
    doc = OperationDocument.open(demo_file, recovery=store)
    assert not doc.recovery_due(now=10**9)  # nothing unsaved
    doc.plan.set_operation(name="Unsaved edit")
    t0 = doc._dirty_since
    assert not doc.recovery_due(now=t0 + 5)
    assert doc.recovery_due(now=t0 + 31)
    doc.write_recovery()
    assert not doc.recovery_due(now=t0 + 62)  # nothing new since the copy
    # Simulate a crash: the document is never closed; its lock is stale for the next start.
    doc._lock = None
    lock_path_for(demo_file).unlink()
    entries = RecoveryStore(tmp_path / "recovery").entries()
    assert [e.original for e in entries] == [demo_file]
    restored = OperationDocument.restore(entries[0], recovery=store)
    assert restored.plan.operation.name == "Unsaved edit"
    assert restored.is_modified and restored.path == demo_file
    restored.save()
    assert store.entries() == []
    assert open_operation_file(demo_file).plan.operation.name == "Unsaved edit"
    restored.close()


def test_declining_recovery_deletes_it(tmp_path, demo_plan):
    """Declining a recovery copy removes it from disk."""
    store = RecoveryStore(tmp_path / "recovery")
    doc = OperationDocument(demo_plan, None, recovery=store)
    doc.plan.set_operation(name="x")
    entry = doc.write_recovery()
    assert entry.copy.exists()
    store.discard(entry.key)
    assert store.entries() == [] and not entry.copy.exists()


def _write_v1_file(path: Path) -> None:
    """A file as the first Renpam wrote it: schema version 1 with one of everything."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    conn.executescript(
        """
        INSERT INTO operation (id, name, kind, classification, start, "end")
          VALUES (1, 'Operasi Lama', 'unjuk_rasa', 'RAHASIA', '2023-05-01T08:00:00+07:00', '2023-05-01T17:00:00+07:00');
        INSERT INTO units (code, seq, name, agency) VALUES ('SAMAPTA', 0, 'Sat Samapta', 'POLRI');
        INSERT INTO personnel (id, seq, nrp, name, rank, unit, skills)
          VALUES ('p1', 0, '85010001', 'Budi', 'Bripka', 'SAMAPTA', '["dalmas"]');
        INSERT INTO shifts (code, seq, name, start, "end")
          VALUES ('S1', 0, 'Pagi', '2023-05-01T08:00:00+07:00', '2023-05-01T17:00:00+07:00');
        INSERT INTO posts (code, seq, name, ring, kind, x, y, min_staff, required_skills)
          VALUES ('G1', 0, 'Gerbang', 'II', 'gerbang', 0.2, 0.3, 2, '{"dalmas": 1}');
        INSERT INTO post_shifts (post, shift) VALUES ('G1', 'S1');
        INSERT INTO assignments (person, post, shift, role) VALUES ('p1', 'G1', 'S1', 'danpos');
        INSERT INTO site_plan (id, title, scale_note, image) VALUES (1, 'Denah', '1:500', NULL);
        """
    )
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_version_1_file_opens_after_every_migration(tmp_path):
    """A file of schema version 1 opens with its data, migrated in memory, the file untouched."""
    path = tmp_path / "old.renpam"
    _write_v1_file(path)
    before = sha(path)
    opened = open_operation_file(path)
    plan = opened.plan
    assert opened.file_version == 1
    assert plan.operation.name == "Operasi Lama" and plan.operation.classification == "RAHASIA"
    assert plan.personnel["p1"].skills == ["dalmas"]
    assert plan.posts["G1"].shifts == ["S1"] and plan.posts["G1"].required_skills == {"dalmas": 1}
    assert plan.posts["G1"].category is None and plan.units["SAMAPTA"].sector == ""
    assert plan.danpos("G1", "S1").name == "Budi"
    assert sha(path) == before
    # Saving writes the current schema.
    save_plan(plan, path)
    assert open_operation_file(path).file_version == SCHEMA_VERSION


def test_each_migration_step_applies_on_top_of_the_previous(tmp_path):
    """Migrating step by step from 1 gives exactly the schema of a new file."""
    from desktop.storage.schema import describe_schema

    stepwise = sqlite3.connect(":memory:", isolation_level=None)
    for version in range(1, SCHEMA_VERSION + 1):
        migrate(stepwise, target=version)
        assert stepwise.execute("PRAGMA user_version").fetchone()[0] == version
    fresh = sqlite3.connect(":memory:", isolation_level=None)
    migrate(fresh)
    assert describe_schema(stepwise) == describe_schema(fresh)


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (os.urandom(4096), "not a Renpam operation file"),
        (b"Nama;Pangkat;NRP\nBudi;Bripka;85010001\n", "not a Renpam operation file"),
    ],
)
def test_non_operation_files_fail_with_one_sentence(tmp_path, content, reason):
    """Empty, random and text files are refused with a sentence naming the file and the reason."""
    path = tmp_path / "bad.renpam"
    path.write_bytes(content)
    with pytest.raises(OperationFileError) as info:
        open_operation_file(path)
    message = str(info.value)
    assert message.startswith("Cannot open bad.renpam: ") and reason in message
    assert "\n" not in message and path.read_bytes() == content


def test_other_sqlite_database_newer_file_and_truncated_file_are_refused(tmp_path, demo_plan):
    """Another application's database, a file from a newer Renpam and a cut-off copy are refused."""
    other = tmp_path / "other.renpam"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(OperationFileError, match="another application"):
        open_operation_file(other)

    newer = tmp_path / "newer.renpam"
    save_plan(demo_plan, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(OperationFileError, match="newer Renpam"):
        open_operation_file(newer)

    good = tmp_path / "good.renpam"
    save_plan(demo_plan, good)
    data = good.read_bytes()
    for cut in (100, 4096, len(data) // 2, len(data) - 4096):
        truncated = tmp_path / f"cut{cut}.renpam"
        truncated.write_bytes(data[:cut])
        with pytest.raises(OperationFileError):
            open_operation_file(truncated)
        assert truncated.read_bytes() == data[:cut]


def test_missing_file_and_folder_are_refused(tmp_path):
    """A path that does not exist, or is a folder, gives a clear sentence."""
    with pytest.raises(OperationFileError, match="does not exist"):
        open_operation_file(tmp_path / "nope.renpam")
    with pytest.raises(OperationFileError, match="folder"):
        open_operation_file(tmp_path)


def test_large_generated_operation_round_trips(tmp_path):
    """The 5,000-person, 2,000-post generated operation saves and reopens whole."""
    from desktop.generator import generate_large_plan

    plan = generate_large_plan(assign=True)
    path = tmp_path / "big.renpam"
    save_plan(plan, path)
    reopened = open_operation_file(path).plan
    assert (len(reopened.personnel), len(reopened.posts), len(reopened.assignments)) == (
        5000,
        2000,
        len(plan.assignments),
    )
    assert plan_json.export_document(reopened) == plan_json.export_document(plan)


def test_open_errors_have_an_indonesian_sentence(tmp_path, demo_plan):
    """Every refusal reads as one Indonesian sentence for the window, English for scripts."""
    from desktop.messages.catalogue import TEXTS

    cases = {"kosong.renpam": b"", "acak.renpam": b"\x13" * 5000}
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
    newer = tmp_path / "baru.renpam"
    save_plan(demo_plan, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    expected = {
        "kosong.renpam": "berkas kosong",
        "acak.renpam": "bukan berkas operasi Renpam",
        "baru.renpam": "Renpam yang lebih baru",
        "tidak-ada.renpam": "berkas tidak ada",
    }
    for name, words in expected.items():
        with pytest.raises(OperationFileError) as info:
            open_operation_file(tmp_path / name)
        text = info.value.message("id")
        assert text.startswith(f"Tidak dapat membuka {name}: ") and words in text, text
        assert info.value.message("en") == str(info.value)
        assert info.value.code == "file.cannot_open" and info.value.reason.code.startswith("open.")
    assert len([code for code in TEXTS if code.startswith("open.")]) >= 15
