"""Crash safety: a save killed at any moment leaves a valid old or new file, and locks race safely.

A forked child saves numbered versions of a plan over one file, again and again, with backups
on; the test kills it with SIGKILL after a random delay (hundreds of times, bounded in time) and
then checks that the file opens and is exactly one whole version, and that NAME.renpam.bak is
the version before it (or the same one). A second test stops a save at each named step of the
writer. A third lets several processes take over one stale lock at the same moment: exactly one
wins. Run with `-s` to see how many crash points were tried.
"""

from __future__ import annotations

import io
import json
import os
import random
import signal
import socket
import time
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path

import pytest
from PIL import Image

from desktop.demo import build_demo_plan
from desktop.model import Person, Plan, SitePlan
from desktop.plan_json import export_document
from desktop.storage import OperationDocument, open_operation_file, save_plan, writer
from desktop.storage.lock import FileLock, lock_path_for
from desktop.storage.recovery import RecoveryStore
from desktop.storage.writer import backup_path_for

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")

KILL_TRIALS = 250
TIME_BUDGET_S = 60.0  # the random-kill loop stops early if the machine is very slow


@lru_cache(maxsize=1)
def _base() -> Plan:
    """The demo operation with a small site-plan image (decoding the big one would slow each check)."""
    plan = build_demo_plan()
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), "white").save(buf, "PNG")
    plan.site_plan = SitePlan(plan.site_plan.title, buf.getvalue(), plan.site_plan.scale_note)
    return plan


def version_plan(k: int) -> Plan:
    """Version k of the plan: its name says k and it has 3*(k % 11) extra people (sizes differ)."""
    plan = _base().clone()
    plan.set_operation(name=f"v{k}")
    for i in range(3 * (k % 11)):
        plan.put_person(Person(f"p-extra-{k}-{i}", f"Tambahan {k}.{i}", nrp=f"{k:04d}{i:04d}"))
    return plan


@cache
def version_doc(k: int) -> str:
    return json.dumps(export_document(version_plan(k)), sort_keys=True)


def which_version(path: Path) -> int:
    """The version a file holds, after checking it is that whole version and nothing else."""
    plan = open_operation_file(path).plan
    name = plan.operation.name
    assert name.startswith("v"), name
    k = int(name[1:])
    assert json.dumps(export_document(plan), sort_keys=True) == version_doc(k), f"{path.name} mixes versions"
    return k


def fork_saver(target: Path, first: int, *, crash_at: str | None = None, keep_backup: bool = True) -> int:
    """Fork a child that saves versions first, first+1, ... over `target` until it is killed."""
    pid = os.fork()
    if pid == 0:  # child: never returns into pytest
        code = 0
        try:
            if crash_at is not None:
                writer._crash_hook = lambda stage: os._exit(77) if stage == crash_at else None
            k = first
            while True:
                save_plan(version_plan(k), target, keep_backup=keep_backup)
                k += 1
                if crash_at is not None:
                    code = 78  # the stage was never reached
                    break
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    return pid


def test_a_backup_that_already_is_the_file_leaves_no_temporary_behind(tmp_path):
    """A save killed after keeping the backup and before replacing the file leaves NAME.bak as a
    second link to NAME. The next save's backup step renames a third link onto the .bak, which
    POSIX makes a silent no-op: the staging link must not stay in the folder (found by the random
    kills below, now and then)."""
    target = tmp_path / "operasi.renpam"
    save_plan(version_plan(0), target)
    os.link(target, backup_path_for(target))  # what the killed save left
    save_plan(version_plan(1), target, keep_backup=True)
    assert not list(tmp_path.glob(".*.tmp"))
    assert which_version(target) == 1 and which_version(backup_path_for(target)) == 0


def test_save_killed_at_random_moments_leaves_a_whole_old_or_new_version(tmp_path):
    """Hundreds of SIGKILLs during saves: the file is always one whole version, the .bak the one before."""
    target = tmp_path / "operasi.renpam"
    save_plan(version_plan(0), target)
    save_plan(version_plan(1), target, keep_backup=True)
    # How long a forked child takes from birth to its first rename: kills are spread over 1.2 times
    # that, so they land before, during and after the first save and in later ones.
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        os.waitpid(fork_saver(target, 1, crash_at="replaced"), 0)
        timings.append(time.perf_counter() - start)
    first_rename = max(sorted(timings)[1], 0.005)
    assert which_version(target) == 1
    current = 1
    rng = random.Random(7)
    outcomes: Counter[str] = Counter()
    leftovers = 0
    trials = 0
    deadline = time.monotonic() + TIME_BUDGET_S
    while trials < KILL_TRIALS and time.monotonic() < deadline:
        trials += 1
        pid = fork_saver(target, current + 1)
        time.sleep(rng.uniform(0, 1.2 * first_rename))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
        found = which_version(target)
        assert found >= current, "the file went back to an older version"
        outcomes["advanced" if found > current else "unchanged"] += 1
        bak = backup_path_for(target)
        assert bak.exists()
        assert which_version(bak) in (found - 1, found)
        temps = list(tmp_path.glob(".*.tmp"))
        leftovers += bool(temps)
        for temp in temps:  # a temporary never takes the target's name; the next save tidies it
            assert temp.name.startswith(f".{target.name}.")
            os.utime(temp, (time.time() - writer.STALE_TEMP_S - 60,) * 2)
        current = found
    save_plan(version_plan(current + 1), target, keep_backup=True)
    assert not list(tmp_path.glob(".*.tmp"))  # leftovers of killed saves were removed
    print(
        f"\nrandom SIGKILL crash points tried: {trials} "
        f"(file unchanged {outcomes['unchanged']}, advanced to a newer whole version "
        f"{outcomes['advanced']}, temporaries left behind and tidied {leftovers}); "
        f"versions written: {current}"
    )
    assert trials >= 100
    assert outcomes["unchanged"] and outcomes["advanced"]  # kills landed before and after renames


@pytest.mark.parametrize("keep_backup", [True, False])
@pytest.mark.parametrize("stage", ["written", "synced", "backed-up", "replaced"])
def test_save_stopped_at_each_step_leaves_old_or_new(tmp_path, stage, keep_backup):
    """A process that dies right after each step of a save leaves the old file or the new one."""
    target = tmp_path / "operasi.renpam"
    save_plan(version_plan(0), target)
    save_plan(version_plan(1), target, keep_backup=True)
    pid = fork_saver(target, 2, crash_at=stage, keep_backup=keep_backup)
    _, status = os.waitpid(pid, 0)
    reached = os.WEXITSTATUS(status)
    if stage == "backed-up" and not keep_backup:
        assert reached == 78  # no backup step without backups; the save completed
        assert which_version(target) == 2
        return
    assert reached == 77
    assert which_version(target) == (2 if stage == "replaced" else 1)
    assert which_version(backup_path_for(target)) in (0, 1)


def test_first_save_killed_leaves_no_half_file(tmp_path):
    """Killing the very first save of a file leaves either no file or a whole one, never a fragment."""
    rng = random.Random(3)
    seen: Counter[str] = Counter()
    for trial in range(30):
        target = tmp_path / f"baru-{trial}.renpam"
        pid = fork_saver(target, 5, keep_backup=True)
        time.sleep(rng.uniform(0, 0.05))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        if target.exists():
            assert which_version(target) >= 5
            seen["whole"] += 1
        else:
            seen["absent"] += 1
    print(f"\nfirst-save kills: {sum(seen.values())} ({dict(seen)})")


def test_stale_lock_is_taken_over_by_exactly_one_of_several_racing_instances(tmp_path):
    """Four instances that find the same stale lock (or none) at once: exactly one takes it."""
    target = tmp_path / "operasi.renpam"
    save_plan(version_plan(0), target)
    rounds, racers = 24, 4
    winners_per_round = []
    for round_no in range(rounds):
        lock = lock_path_for(target)
        if round_no % 2 == 0:  # a lock left by a crashed instance on this machine
            lock.write_text(
                json.dumps(
                    {
                        "user": "ops",
                        "host": socket.gethostname(),
                        "pid": 2**22 + 17,
                        "since": "2024-12-04T09:00:00+07:00",
                    }
                )
            )
        go_r, go_w = os.pipe()
        out_r, out_w = os.pipe()
        done_r, done_w = os.pipe()
        pids = []
        for _ in range(racers):
            pid = os.fork()
            if pid == 0:
                try:
                    os.read(go_r, 1)  # all start together
                    held = FileLock(target)
                    holder = held.acquire()
                    os.write(out_w, b"W" if holder is None else b"L")
                    os.read(done_r, 1)  # hold it until every racer has tried
                    held.release()
                finally:
                    os._exit(0)
            pids.append(pid)
        os.write(go_w, b"g" * racers)
        results = b""
        while len(results) < racers:
            results += os.read(out_r, 64)
        os.write(done_w, b"d" * racers)
        for pid in pids:
            os.waitpid(pid, 0)
        for fd in (go_r, go_w, out_r, out_w, done_r, done_w):
            os.close(fd)
        assert len(results) == racers
        winners_per_round.append(results.count(b"W"))
        assert not lock.exists()  # the winner removed its lock on release
    print(f"\nlock races: {rounds} rounds x {racers} instances, winners per round {winners_per_round}")
    assert winners_per_round == [1] * rounds


def test_lock_of_a_killed_instance_is_taken_over(tmp_path):
    """An instance killed while holding the file leaves a lock that the next start takes over."""
    target = tmp_path / "operasi.renpam"
    save_plan(version_plan(0), target)
    ready_r, ready_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            doc = OperationDocument.open(target)
            os.write(ready_w, b"1" if not doc.read_only else b"0")
            time.sleep(60)
        finally:
            os._exit(0)
    assert os.read(ready_r, 1) == b"1"
    second = OperationDocument.open(target)  # while it lives: read-only, naming it
    assert second.read_only and second.locked_by.pid == pid
    second.close()
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(ready_r)
    os.close(ready_w)
    assert lock_path_for(target).exists()  # the crash left its lock behind
    third = OperationDocument.open(target)
    assert not third.read_only
    third.plan.set_operation(name="setelah crash")
    third.save()
    third.close()
    assert open_operation_file(target).plan.operation.name == "setelah crash"


def test_recovery_copy_killed_mid_write_is_always_whole(tmp_path):
    """Killing an instance while it rewrites its recovery copy leaves a whole copy to offer."""
    target = tmp_path / "operasi.renpam"
    save_plan(version_plan(0), target)
    store_dir = tmp_path / "recovery"
    rng = random.Random(11)
    trials = 20
    for _trial in range(trials):
        ready_r, ready_w = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                doc = OperationDocument.open(target, recovery=RecoveryStore(store_dir))
                k = 1
                while True:
                    doc.plan.set_operation(name=f"v{k}")
                    doc.write_recovery()
                    if k == 1:
                        os.write(ready_w, b"1")  # a first copy is on disk; now rewrite it again and again
                    k += 1
            finally:
                os._exit(0)
        assert os.read(ready_r, 1) == b"1"
        time.sleep(rng.uniform(0, 0.1))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(ready_r)
        os.close(ready_w)
        entries = RecoveryStore(store_dir).entries()
        assert len(entries) == 1 and entries[0].original == target
        restored = OperationDocument.restore(entries[0], recovery=RecoveryStore(store_dir))
        assert restored.plan.operation.name.startswith("v") and restored.is_modified
        assert restored.path == target and not restored.read_only  # the dead instance's lock is taken over
        restored.close()  # declining: the copy is deleted
        assert RecoveryStore(store_dir).entries() == []
    print(f"\nrecovery copies killed mid-rewrite: {trials}, whole copies offered: {trials}")


def test_save_keeps_a_private_file_private(tmp_path):
    """A file the planner made private (mode 600) stays private after saves, and so does its .bak."""
    target = tmp_path / "operasi.renpam"
    save_plan(version_plan(0), target)
    target.chmod(0o600)
    save_plan(version_plan(1), target, keep_backup=True)
    save_plan(version_plan(2), target, keep_backup=True)
    assert target.stat().st_mode & 0o777 == 0o600
    assert backup_path_for(target).stat().st_mode & 0o777 == 0o600


def test_deleted_person_leaves_no_trace_in_the_saved_file(tmp_path):
    """After deleting a person and saving, their name and NRP are nowhere in the file's bytes."""
    plan = version_plan(0)
    plan.put_person(Person("p-secret", "Bripka Rahasia Sekali", nrp="77889900", phone="081299990000"))
    target = tmp_path / "operasi.renpam"
    doc = OperationDocument(plan, target, keep_backup=False)
    doc.save()
    assert b"Rahasia Sekali" in target.read_bytes()
    doc.plan.remove_person("p-secret")
    doc.save()
    raw = target.read_bytes()
    assert b"Rahasia Sekali" not in raw and b"77889900" not in raw and b"081299990000" not in raw
    import sqlite3

    conn = sqlite3.connect(target)
    try:
        assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # compact: no free pages
    finally:
        conn.close()
    assert not backup_path_for(target).exists()  # backups off: no previous version kept
    doc.close()


def test_keep_backup_is_a_setting_of_the_document(tmp_path):
    """With the setting on, Save keeps NAME.renpam.bak (the previous version); off, it keeps none."""
    target = tmp_path / "operasi.renpam"
    save_plan(version_plan(0), target)
    doc = OperationDocument.open(target, keep_backup=False)
    doc.plan.set_operation(name="v1")
    doc.save()
    assert not backup_path_for(target).exists()
    doc.keep_backup = True
    doc.plan.set_operation(name="v2")
    doc.save()
    assert open_operation_file(backup_path_for(target)).plan.operation.name == "v1"
    doc.close()


def test_recovery_copy_is_written_at_most_every_30_seconds(tmp_path):
    """Edits every second for five minutes (simulated): a recovery copy at most every 30 s, never late."""
    target = tmp_path / "operasi.renpam"
    save_plan(version_plan(0), target)
    doc = OperationDocument.open(target, recovery=RecoveryStore(tmp_path / "recovery"))
    t0 = time.monotonic()
    writes: list[float] = []
    last_change = None
    for second in range(300):
        now = t0 + second
        if second < 200 or second in (260, 261):  # a burst of work, a pause, two more edits
            doc.plan.set_operation(name=f"v{second}")
            last_change = now
        if doc.recovery_due(now=now):  # what the window's timer asks once a second
            doc.write_recovery(now=now)
            writes.append(second)
    gaps = [b - a for a, b in zip(writes, writes[1:])]
    assert writes and writes[0] >= 30 and all(gap >= 30 for gap in gaps), writes
    assert writes[-1] >= 261 and writes[-1] - 261 <= 30  # the last edits reached a copy in time
    assert last_change is not None and not doc.recovery_due(now=t0 + 299)  # nothing left unsaved-unrecovered
    entries = RecoveryStore(tmp_path / "recovery").entries()
    assert [e.original for e in entries] == [target]
    assert open_operation_file(entries[0].copy).plan.operation.name == "v261"
    doc.save()  # saving removes the copy
    assert RecoveryStore(tmp_path / "recovery").entries() == []
    doc.close()
    print(f"\nrecovery copies written at seconds {writes}")


def test_saving_through_a_link_updates_the_file_it_points_to(tmp_path):
    """Saving via a symbolic link writes the real file (the link stays a link); both names share one lock."""
    real = tmp_path / "shared" / "operasi.renpam"
    real.parent.mkdir()
    save_plan(version_plan(0), real)
    link = tmp_path / "pintasan.renpam"
    link.symlink_to(real)
    first = OperationDocument.open(link)
    first.plan.set_operation(name="lewat tautan")
    first.save()
    assert link.is_symlink() and open_operation_file(real).plan.operation.name == "lewat tautan"
    assert backup_path_for(real).exists() and not backup_path_for(link).exists()
    second = OperationDocument.open(real)  # the same file by its own name: held by the first
    assert second.read_only and second.locked_by.pid == os.getpid()
    second.close()
    first.close()
    assert not lock_path_for(real).exists()


def test_planner_may_take_over_a_lock_from_another_machine_but_not_a_live_one_here(tmp_path):
    """ "Open anyway" takes over a lock written on another machine; a running instance here keeps its lock."""
    target = tmp_path / "operasi.renpam"
    save_plan(version_plan(0), target)
    lock_path_for(target).write_text(
        json.dumps({"user": "kabagops", "host": "laptop-ops-2", "pid": 4242, "since": "2024-12-04T09:00:00+07:00"})
    )
    polite = OperationDocument.open(target)
    assert polite.read_only and polite.locked_by.host == "laptop-ops-2"  # honoured by default
    polite.close()
    mine = OperationDocument.open(target, take_over=True)
    assert not mine.read_only
    other = OperationDocument.open(target, take_over=True)  # a second window here: still read-only
    assert other.read_only and other.locked_by.pid == os.getpid()
    other.close()
    mine.close()
    assert not lock_path_for(target).exists()


def test_without_os_locks_the_process_check_still_guards_the_file(tmp_path, monkeypatch):
    """On a file system without OS locks the lock file alone still makes a second opener read-only."""
    from desktop.storage import lock as lock_module

    monkeypatch.setattr(lock_module, "_os_lock", lambda fh: None)
    target = tmp_path / "operasi.renpam"
    save_plan(version_plan(0), target)
    first = OperationDocument.open(target)
    second = OperationDocument.open(target)
    assert not first.read_only and second.read_only and second.locked_by.pid == os.getpid()
    second.close()
    first.close()
    assert not lock_path_for(target).exists()
    lock_path_for(target).write_text(
        json.dumps(  # a crashed instance here: taken over
            {"user": "ops", "host": socket.gethostname(), "pid": 2**22 + 17, "since": "2024-12-04T09:00:00+07:00"}
        )
    )
    third = OperationDocument.open(target)
    assert not third.read_only
    third.close()
