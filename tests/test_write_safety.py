"""Saving never erases what someone else wrote, keeps the lock, keeps permissions, and leaves a log.

- External change: the file changed on disk since it was opened (another program, a colleague's
  copy moved over it): the command line refuses in one line, the window asks overwrite, save as
  or reload; a mere touch or an identical copy is not a change.
- The lock: deleted while the file is open, it is recreated (the window warns); taken meanwhile
  by another instance, the save is refused; a full disk while taking it leaves no empty lock.
- Every writer keeps an existing file's mode and group; recovery copies are 0600 in a 0700
  folder, tightened when it exists.
- The log: what was done, and every unexpected exception with its traceback (command line and
  window), in a private file in the per-user data folder.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from test_write_faults import CAN_MOUNT, Prompts

from desktop import cli, plan_json
from desktop.demo import build_demo_plan
from desktop.logs import log_path
from desktop.model import Unit
from desktop.storage import OperationDocument, ReadOnlyError, open_operation_file, save_plan
from desktop.storage.document import ExternalChangeError
from desktop.storage.lock import lock_path_for, read_owner
from desktop.storage.recovery import RecoveryStore
from ui.commands import PutUnitCommand
from ui.main_window import MainWindow
from ui.prompts import CANCEL, EXTERNAL_OVERWRITE, EXTERNAL_RELOAD, EXTERNAL_SAVE_AS


def theirs() -> object:
    plan = build_demo_plan()
    plan.set_operation(name="Versi rekan")
    return plan


# ---------------------------------------------------------------------------- external change, core + CLI
def test_core_refuses_to_save_over_a_file_changed_on_disk(demo_file):
    """Another program saved the file meanwhile: save() raises and the other version stays."""
    doc = OperationDocument.open(demo_file)
    doc.plan.set_operation(name="Versi saya")
    save_plan(theirs(), demo_file)  # written as another program would: a new file moved over it
    other = demo_file.read_bytes()
    with pytest.raises(ExternalChangeError) as raised:
        doc.save()
    assert raised.value.message("en") == (
        "Cannot save demo.renpam: another program changed it since it was opened; nothing was saved."
    )
    assert demo_file.read_bytes() == other and doc.is_modified
    doc.save(overwrite_changes=True)
    assert open_operation_file(demo_file).plan.operation.name == "Versi saya"
    doc.plan.set_operation(name="Lagi")
    doc.save()  # after our own save the stamp is ours again: no question
    doc.close()


def test_a_touch_or_an_identical_copy_is_not_a_change(demo_file, tmp_path):
    """Same bytes under a new time or a new inode: the hash decides, and the save goes ahead."""
    doc = OperationDocument.open(demo_file)
    doc.plan.set_operation(name="Versi saya")
    os.utime(demo_file, (1, 1))
    doc.save()
    copy = tmp_path / "copy.renpam"
    shutil.copy(demo_file, copy)
    os.replace(copy, demo_file)
    doc.plan.set_operation(name="Versi saya 2")
    doc.save()
    doc.close()
    assert open_operation_file(demo_file).plan.operation.name == "Versi saya 2"


def test_command_line_refuses_in_one_line_when_the_file_changed_during_the_edit(
    demo_file, tmp_path, capsys, monkeypatch
):
    """`renpam import` while another program rewrites the file: exit 3, one line, their version kept."""
    doc_path = tmp_path / "unit.json"
    doc_path.write_text(
        json.dumps(
            {
                "format": "renpam-plan",
                "version": 1,
                "units": [{"code": "BARU", "name": "Unit Baru", "agency": "POLRI", "sector": ""}],
            }
        )
    )
    real = plan_json.import_document

    def import_while_someone_saves(plan, data, **kw):
        summary = real(plan, data, **kw)
        save_plan(theirs(), demo_file)
        return summary

    monkeypatch.setattr(plan_json, "import_document", import_while_someone_saves)
    other: list[bytes] = []
    code = cli.main(["import", str(demo_file), str(doc_path)])
    other.append(demo_file.read_bytes())
    err = capsys.readouterr().err
    assert code == 3
    assert err == ("Cannot save demo.renpam: another program changed it since it was opened; nothing was saved.\n")
    assert open_operation_file(demo_file).plan.operation.name == "Versi rekan"
    assert not lock_path_for(demo_file).exists()


# ---------------------------------------------------------------------------- external change, window
def window_with_edit(qtbot, tmp_path, path: Path) -> MainWindow:
    window = MainWindow(OperationDocument.open(path), recovery=RecoveryStore(tmp_path / "recovery"), prompts=Prompts())
    qtbot.addWidget(window)
    window.ws.undo_stack.push(PutUnitCommand(window.plan, Unit(code="MINE", name="Unit Saya")))
    return window


@pytest.mark.parametrize("answer", [CANCEL, EXTERNAL_OVERWRITE, EXTERNAL_SAVE_AS, EXTERNAL_RELOAD])
def test_window_asks_overwrite_save_as_or_reload(qtbot, tmp_path, demo_file, answer):
    """Save after another program changed the file: the planner chooses, and gets what was chosen."""
    window = window_with_edit(qtbot, tmp_path, demo_file)
    save_plan(theirs(), demo_file)
    asked: list[str] = []
    window.prompts.ask_external_change = lambda name: asked.append(name) or answer
    elsewhere = tmp_path / "salinan.renpam"
    window.prompts.paths = [elsewhere]
    saved = window.file_save()
    assert asked == ["demo.renpam"] and not window.prompts.errors
    on_disk = open_operation_file(demo_file).plan
    if answer == CANCEL:
        assert not saved and window.is_dirty() and on_disk.operation.name == "Versi rekan"
    elif answer == EXTERNAL_OVERWRITE:
        assert saved and not window.is_dirty() and "MINE" in on_disk.units
    elif answer == EXTERNAL_SAVE_AS:
        assert saved and window.document.path == elsewhere and "MINE" in open_operation_file(elsewhere).plan.units
        assert on_disk.operation.name == "Versi rekan"
    else:
        assert not saved and not window.is_dirty()
        assert window.plan.operation.name == "Versi rekan" and "MINE" not in window.plan.units
        assert read_owner(lock_path_for(demo_file)).pid == os.getpid()  # the lock was kept
        window.ws.undo_stack.push(PutUnitCommand(window.plan, Unit(code="AFTER", name="Setelah muat ulang")))
        assert window.file_save() and "AFTER" in open_operation_file(demo_file).plan.units
    window.document.close()


# ---------------------------------------------------------------------------- the lock
def test_a_deleted_lock_is_recreated_at_save(demo_file):
    """Someone deletes the lock while the file is open: the next save puts it back."""
    doc = OperationDocument.open(demo_file)
    lock_path_for(demo_file).unlink()
    doc.plan.set_operation(name="x")
    doc.save()
    assert read_owner(lock_path_for(demo_file)).pid == os.getpid()
    second = OperationDocument.open(demo_file)
    assert second.read_only
    second.close()
    doc.close()
    assert not lock_path_for(demo_file).exists()


def test_a_lock_taken_by_another_instance_meanwhile_refuses_the_save(demo_file):
    """Lock deleted, then another instance opened the file: our save is refused, their file kept."""
    first = OperationDocument.open(demo_file)
    lock_path_for(demo_file).unlink()
    second = OperationDocument.open(demo_file)
    assert not second.read_only
    first.plan.set_operation(name="first")
    before = demo_file.read_bytes()
    with pytest.raises(ReadOnlyError):
        first.save()
    assert first.read_only and demo_file.read_bytes() == before
    first.close()
    second.close()


def test_window_recreates_a_deleted_lock_and_warns(qtbot, tmp_path, demo_file):
    """The window notices the missing lock on its next tick, puts it back and says so."""
    window = window_with_edit(qtbot, tmp_path, demo_file)
    lock_path_for(demo_file).unlink()
    window.recovery_tick()
    assert read_owner(lock_path_for(demo_file)).pid == os.getpid()
    ((_title, text),) = window.prompts.warnings
    assert "demo.renpam" in text
    window.document.close()


def test_full_disk_while_taking_the_lock_leaves_no_empty_lock(tmp_path, demo_plan, monkeypatch):
    """No room for the lock's text: the file opens without a lock, and no empty lock file stays."""
    folder = tmp_path / "small"
    folder.mkdir()
    op = folder / "op.renpam"
    save_plan(demo_plan, op)
    if CAN_MOUNT:
        data = op.read_bytes()
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], check=True)
        op.write_bytes(data)
        with open(folder / "filler", "wb", buffering=0) as fh, pytest.raises(OSError):
            while True:
                fh.write(b"\0" * 4096)
    else:
        from desktop.storage import lock

        real = lock.os.fdopen

        class Full:
            """The lock file as a full disk shows it: everything works but writing."""

            def __init__(self, fd, *a, **kw):
                self.inner = real(fd, *a, **kw)

            def write(self, b):
                raise OSError(errno.ENOSPC, "No space left on device")

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.inner.close()

            def __getattr__(self, name):
                return getattr(self.inner, name)

        monkeypatch.setattr(lock.os, "fdopen", Full)
    try:
        doc = OperationDocument.open(op)
        assert not doc.read_only
        assert not lock_path_for(op).exists()
        doc.close()
    finally:
        if CAN_MOUNT:
            subprocess.run(["umount", "-l", str(folder)], check=True)


# ---------------------------------------------------------------------------- permissions
@pytest.mark.parametrize("verb", ["json", "csv", "xlsx", "pdf", "demo", "save"])
def test_rewriting_a_file_keeps_its_mode_and_group(tmp_path, demo_file, verb):
    """A private (0600) file stays private and a group file keeps its group when Renpam rewrites it."""
    target = (
        tmp_path
        / {
            "json": "o.json",
            "csv": "o.csv",
            "xlsx": "o.xlsx",
            "pdf": "o.pdf",
            "demo": "o.renpam",
            "save": "demo.renpam",
        }[verb]
    )
    if verb != "save":
        target.write_bytes(b"old")
    os.chmod(target, 0o640)
    # Root may give it any group (the one a planners' office shares); others one of their own.
    group = 4242 if os.geteuid() == 0 else next((g for g in os.getgroups() if g != os.getegid()), os.getegid())
    os.chown(target, -1, group)
    if verb in ("json", "csv", "xlsx"):
        assert cli.main(["export", str(demo_file), "-o", str(target)]) == 0
    elif verb == "pdf":
        assert cli.main(["print", str(demo_file), "-o", str(target), "--doc", "roster"]) == 0
    elif verb == "demo":
        assert cli.main(["demo", str(target), "--force"]) == 0
    else:
        doc = OperationDocument.open(target)
        doc.plan.set_operation(name="x")
        doc.save()
        doc.close()
    st = target.stat()
    assert stat.S_IMODE(st.st_mode) == 0o640 and st.st_gid == group and target.read_bytes() != b"old"


def test_recovery_copies_are_private_in_a_private_folder(tmp_path, demo_plan):
    """An existing recovery folder open to others is tightened to 0700; copies and notes are 0600."""
    store = RecoveryStore(tmp_path / "data" / "recovery")
    store.folder.mkdir(parents=True, mode=0o755)
    os.chmod(store.folder, 0o755)
    old_copy = store.folder / "k.renpam"
    old_copy.write_bytes(b"old")
    os.chmod(old_copy, 0o644)
    entry = store.write("k", demo_plan, None)
    assert stat.S_IMODE(store.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(entry.copy.stat().st_mode) == 0o600
    assert stat.S_IMODE((store.folder / "k.json").stat().st_mode) == 0o600
    assert store.entries()[0].title == demo_plan.operation.name


# ---------------------------------------------------------------------------- the log
def test_the_log_records_what_was_written_privately(demo_file, tmp_path):
    """A command writes what it did to the private rotating log in the per-user data folder."""
    out = tmp_path / "plan.json"
    assert cli.main(["export", str(demo_file), "-o", str(out)]) == 0
    text = log_path().read_text(encoding="utf-8")
    assert f"renpam export {demo_file} -o {out}" in text and f"wrote {out}" in text
    assert stat.S_IMODE(log_path().stat().st_mode) == 0o600
    assert stat.S_IMODE(log_path().parent.stat().st_mode) == 0o700


def test_an_unexpected_error_on_the_command_line_is_one_line_and_a_logged_traceback(demo_file, capsys, monkeypatch):
    """A bug in a verb: exit 3, one line saying where the details are; the traceback is in the log."""

    def broken(args):
        raise RuntimeError("a bug planted by the test")

    monkeypatch.setattr(cli, "cmd_info", broken)
    assert cli.main(["info", str(demo_file)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err == f"Renpam stopped on an unexpected error (RuntimeError); the details are in {log_path()}.\n"
    text = log_path().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "a bug planted by the test" in text


def test_an_unexpected_error_in_the_window_is_logged_and_shown_in_one_sentence(qtbot, monkeypatch, indonesian_ui):
    """The window's exception hook logs the traceback and shows one sentence naming the log."""
    from ui import file_safety

    shown: list[str] = []
    monkeypatch.setattr(file_safety.QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    try:
        raise ValueError("a bug in a slot")
    except ValueError as exc:
        file_safety._hook(ValueError, exc, exc.__traceback__)
    ((text,),) = [shown]
    assert "ValueError" in text and str(log_path()) in text and "Traceback" not in text
    assert "Renpam mengalami kesalahan tak terduga" in text
    assert "a bug in a slot" in log_path().read_text(encoding="utf-8")


def test_the_command_line_process_never_shows_a_traceback_for_a_write_failure(tmp_path, demo_file):
    """The real process on a missing folder: one line on stderr, exit 3."""
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "export", str(demo_file), "-o", str(tmp_path / "nowhere" / "x.json")],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=120,
    )
    assert run.returncode == 3
    assert run.stderr == "Cannot save x.json: the folder does not exist.\n"


def test_a_command_line_edit_made_while_the_lock_was_gone_is_not_erased_by_the_window(
    qtbot, tmp_path, demo_file, capsys
):
    """The issue's scenario: lock deleted, a command-line edit takes the file and saves, then the
    window saves: it recreates its lock, warns, and asks instead of erasing that edit."""
    window = window_with_edit(qtbot, tmp_path, demo_file)
    lock_path_for(demo_file).unlink()
    assert cli.main(["placeholders", str(demo_file), "P00", "LAKS", "SAMAPTA", "2"]) == 0
    asked: list[str] = []
    window.prompts.ask_external_change = lambda name: asked.append(name) or CANCEL
    assert not window.file_save()
    assert asked == ["demo.renpam"] and window.is_dirty()
    assert [t for t, _ in window.prompts.warnings] == ["Lock file recreated"]
    assert read_owner(lock_path_for(demo_file)).pid == os.getpid()
    assert open_operation_file(demo_file).plan.placeholders_at("P00", "LAKS")  # the edit survived
    window.document.close()


def test_restored_work_is_not_saved_over_a_file_changed_after_the_crash(tmp_path, demo_file):
    """The recovery note remembers the file as it was: a colleague's later edit makes the save ask."""
    store = RecoveryStore(tmp_path / "recovery")
    doc = OperationDocument.open(demo_file, recovery=store)
    doc.plan.set_operation(name="unsaved work")
    doc.write_recovery()
    doc._lock.release()  # the crash: the lock is gone with the process, the work only in the copy
    save_plan(theirs(), demo_file)  # a colleague edits the file before the restart
    restored = OperationDocument.restore(store.entries()[0], recovery=store)
    assert restored.plan.operation.name == "unsaved work"
    with pytest.raises(ExternalChangeError):
        restored.save()
    assert open_operation_file(demo_file).plan.operation.name == "Versi rekan"
    restored.close()
