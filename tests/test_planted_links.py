"""Nothing Renpam writes follows a link planted by someone else.

Someone who can write to a shared folder may plant a symbolic link (or a hard link, a folder, a
pipe) at any name Renpam is about to create there, aiming at a file of whoever opens the plan.
These tests plant one at every such name: the lock file, the temporaries of every writer (the
operation file, its backup, recovery copies, exports, printouts) and the outputs themselves. The
link's target must never be written, a lock that is not an ordinary file is refused in one
sentence (the file opens read-only), and nothing hangs (each test runs under an alarm).
"""

from __future__ import annotations

import itertools
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli, files
from desktop.files import temp_prefix
from desktop.storage import OperationDocument, ReadOnlyError, open_operation_file, save_plan
from desktop.storage.lock import lock_path_for
from desktop.storage.recovery import RecoveryStore

ROOT = Path(__file__).resolve().parent.parent
VICTIM_TEXT = b"the victim's own file: must never change\n"


@pytest.fixture(autouse=True)
def deadline():
    """Every test here fails instead of hanging (a pipe as lock file used to block forever)."""

    def stop(signum, frame):
        raise TimeoutError("hung for 60 s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def victim(tmp_path) -> Path:
    folder = tmp_path / "home-of-victim"
    folder.mkdir()
    path = folder / "thesis.txt"
    path.write_bytes(VICTIM_TEXT)
    return path


@pytest.fixture
def op(tmp_path, demo_plan) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "op.renpam"
    save_plan(demo_plan, path)
    return path


def plant(kind: str, at: Path, victim: Path) -> None:
    if kind == "link":
        at.symlink_to(victim)
    elif kind == "dangling-link":
        at.symlink_to(victim.parent / "not-yet-there")
    elif kind == "dev-zero-link":
        at.symlink_to("/dev/zero")
    elif kind == "folder":
        at.mkdir()
    elif kind == "fifo":
        os.mkfifo(at)
    elif kind == "hard-link":
        os.link(victim, at)
    else:
        raise AssertionError(kind)


LOCK_KINDS = {  # what is planted at NAME.renpam.lock: the reason the planner reads
    "link": "symbolic link",
    "dangling-link": "symbolic link",
    "dev-zero-link": "symbolic link",
    "folder": "folder",
    "fifo": "special file",
    "hard-link": "several names",
}


@pytest.mark.parametrize("kind", list(LOCK_KINDS))
def test_a_lock_that_is_not_an_ordinary_file_opens_read_only_and_is_never_written(op, victim, kind):
    """A link, folder, pipe or hard link as lock file: the operation opens read-only, the lock's
    target is untouched, and saving is refused."""
    plant(kind, lock_path_for(op), victim)
    before = op.read_bytes()
    doc = OperationDocument.open(op)
    try:
        assert doc.read_only and doc.lock_problem is not None
        assert LOCK_KINDS[kind] in doc.lock_problem.message("en")
        assert "Berkas kunci op.renpam.lock" in doc.lock_problem.message("id")
        doc.plan.set_operation(name="changed")
        with pytest.raises(ReadOnlyError):
            doc.save()
    finally:
        doc.close()
    assert victim.read_bytes() == VICTIM_TEXT and op.read_bytes() == before
    assert not Path(victim.parent / "not-yet-there").exists()


@pytest.mark.parametrize("kind", list(LOCK_KINDS))
def test_command_line_refuses_a_planted_lock_in_one_line_without_hanging(op, victim, kind):
    """`renpam lock` on a file whose lock is planted: exit 3, one line naming the lock, no traceback."""
    plant(kind, lock_path_for(op), victim)
    before = op.read_bytes()
    run = subprocess.run(
        [sys.executable, "-m", "desktop", "placeholders", str(op), "P00", "LAKS", "SAMAPTA", "1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "RENPAM_DATA_DIR": str(op.parent.parent / "data")},
    )
    assert run.returncode == 3, run.stderr
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert (
        f"Cannot edit op.renpam: its lock file op.renpam.lock {LOCK_KINDS[kind].split()[0]}" in run.stderr
        or LOCK_KINDS[kind] in run.stderr
    )
    assert op.read_bytes() == before and victim.read_bytes() == VICTIM_TEXT


def test_window_opens_a_file_with_a_planted_lock_read_only_and_says_why(qtbot, op, victim, tmp_path, indonesian_ui):
    """The window opens it read-only and says why in Indonesian."""
    from test_write_faults import Prompts

    from ui.main_window import MainWindow

    plant("fifo", lock_path_for(op), victim)
    window = MainWindow(recovery=RecoveryStore(tmp_path / "recovery"), prompts=Prompts())
    qtbot.addWidget(window)
    assert window.open_path(op)
    assert window.document.read_only
    ((_title, text),) = window.prompts.warnings
    assert "Berkas kunci op.renpam.lock adalah berkas khusus" in text
    window.document.close()


class Predictable:
    """Every other fresh temporary name is `...-deadbeef.tmp`, where links were planted."""

    def __init__(self) -> None:
        self.real = files.secrets.token_hex
        self.calls = itertools.count()

    def __call__(self, n: int) -> str:
        return "deadbeef" if next(self.calls) % 2 == 0 else self.real(n)


def planted_temp(target: Path, victim: Path) -> Path:
    link = target.with_name(f"{temp_prefix(target)}{os.getpid()}-deadbeef.tmp")
    link.symlink_to(victim)
    return link


def test_no_writer_follows_a_link_planted_at_its_temporary_name(tmp_path, op, victim, monkeypatch, demo_plan):
    """Links at the temporary names of every writer (and at the old fixed ones) are never written."""
    monkeypatch.setattr(files.secrets, "token_hex", Predictable())
    out = op.parent
    targets = [out / "out.json", out / "out.xlsx", out / "out.csv", out / "out.pdf", op, op.with_name("op.renpam.bak")]
    store = RecoveryStore(tmp_path / "data" / "recovery")
    store.folder.mkdir(parents=True)
    key = RecoveryStore.key_for(op)
    targets += [store.folder / f"{key}.renpam", store.folder / f"{key}.json"]
    links = [planted_temp(t, victim) for t in targets]
    for old_name in (".out.json.tmp", "out.json.tmp", ".out.pdf.tmp", ".out.xlsx.tmp", ".out.csv.tmp"):
        (out / old_name).symlink_to(victim)
        links.append(out / old_name)
    for suffix in ("json", "xlsx", "csv"):
        assert cli.main(["export", str(op), "-o", str(out / f"out.{suffix}")]) == 0
    assert cli.main(["print", str(op), "-o", str(out / "out.pdf"), "--doc", "roster"]) == 0
    doc = OperationDocument.open(op, recovery=store, keep_backup=True)
    doc.plan.set_operation(name="edited")
    doc.write_recovery()
    doc.save()
    doc.close()
    assert victim.read_bytes() == VICTIM_TEXT
    assert all(link.is_symlink() for link in links)  # not ours to remove: left as found
    assert open_operation_file(op).plan.operation.name == "edited"
    assert open_operation_file(op.with_name("op.renpam.bak")).plan.operation.name == demo_plan.operation.name
    for t in targets[:4]:
        assert stat.S_ISREG(os.lstat(t).st_mode) and t.stat().st_size > 0


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "{op}", "-o", "{out}.json"],
        ["export", "{op}", "-o", "{out}.xlsx"],
        ["export", "{op}", "-o", "{out}.csv"],
        ["print", "{op}", "-o", "{out}.pdf", "--doc", "roster"],
        ["demo", "{out}.renpam", "--force"],
        ["new", "{out}.renpam", "--name", "Baru", "--force"],
    ],
    ids=["json", "xlsx", "csv", "pdf", "demo", "new"],
)
def test_an_output_that_is_a_planted_link_is_replaced_not_followed(op, victim, argv):
    """A link at the output's own name is replaced by the new file; its target keeps its bytes."""
    base = op.parent / "out"
    args = [a.format(op=op, out=base) for a in argv]
    output = Path(args[args.index("-o") + 1] if "-o" in args else args[1])
    output.symlink_to(victim)
    assert cli.main(args) == 0
    assert not output.is_symlink() and output.stat().st_size > 0
    assert victim.read_bytes() == VICTIM_TEXT


def test_a_link_planted_over_the_open_operation_is_never_written_through(op, victim):
    """The opened file replaced by a link after opening: the save asks first; overwriting replaces the link."""
    from desktop.storage.document import ExternalChangeError

    doc = OperationDocument.open(op)
    doc.plan.set_operation(name="mine")
    op.unlink()
    op.symlink_to(victim)
    with pytest.raises(ExternalChangeError):
        doc.save()
    doc.save(overwrite_changes=True)
    doc.close()
    assert not op.is_symlink() and open_operation_file(op).plan.operation.name == "mine"
    assert victim.read_bytes() == VICTIM_TEXT
