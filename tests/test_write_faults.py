"""The write-fault matrix: every writer of Renpam x every way a write fails.

Writers: the command-line verbs that write (demo, new, import, import-roster, import-posts,
auto-assign, accept, lock, placeholders, export -o JSON/XLSX/CSV, print -o) and the window's
Save, Save As, Export plan document, Export deployment table and the print dialog's Save PDF.
Faults: a full disk, a read-only folder, a missing folder, a folder where the file should be, a
252-character file name. A full disk and a read-only folder are real: a small tmpfs, filled up or
remounted read-only (tests run as root here, and root ignores permission bits, so a chmod'ed
folder would prove nothing). Where the test may not mount (CI without CAP_SYS_ADMIN) the same
errors (ENOSPC, EROFS) are injected at the writer's steps instead.

Each case either succeeds with a whole new file, or fails the way a planner can live with: the
command exits 3 with one line naming the file and the reason (the window shows one sentence),
never a traceback; every file in the folder is byte-identical to before and nothing was added
(no temporary, no lock, no partial copy of the personal data).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import uuid
from collections import Counter
from pathlib import Path

import pytest

from desktop import cli, files
from desktop.briefing import BriefingOptions, generate
from desktop.demo import build_demo_plan
from desktop.model import Post, Unit
from desktop.storage import OperationDocument, open_operation_file, save_plan
from desktop.storage.recovery import RecoveryStore
from ui.commands import PutUnitCommand
from ui.main_window import MainWindow

FAULTS = ("full_disk", "read_only", "missing_folder", "folder_target", "long_name")
REASONS = {  # words the one-line message must contain, English (CLI) and Indonesian (window)
    "full_disk": ("the disk is full", "disk penuh"),
    "read_only": ("read-only", "hanya dapat dibaca"),
    "missing_folder": ("does not exist", "tidak ada"),
    "folder_target": ("folder", "folder"),
}
TMPFS_BYTES = 1024 * 1024
OUTCOMES: Counter[str] = Counter()


def _try_mount() -> bool:
    probe = Path(f"/tmp/renpam-mount-probe-{uuid.uuid4().hex[:8]}")
    probe.mkdir()
    try:
        done = (
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)], capture_output=True
            ).returncode
            == 0
        )
        if done:
            subprocess.run(["umount", str(probe)], capture_output=True)
        return done
    except OSError:
        return False
    finally:
        probe.rmdir()


# RENPAM_TEST_NO_MOUNT=1 runs the injected-error variant where mounting would work.
CAN_MOUNT = (
    os.name == "posix"
    and hasattr(os, "geteuid")
    and os.geteuid() == 0
    and not os.environ.get("RENPAM_TEST_NO_MOUNT")
    and _try_mount()
)


# ---------------------------------------------------------------------------- the places
def base_plan():
    """The demo plus a post short of people, so auto-assign, accept and friends have work to do."""
    plan = build_demo_plan()
    plan.put_post(Post(code="PX", name="Pos Tambahan", ring="III", min_staff=2, shifts=["LAKS"]))
    plan.assign("p001", "PX", "LAKS", "danpos")
    return plan


class Place:
    """A folder where a write will fail in one way; `target` is the path the writer is given."""

    def __init__(self, tmp_path: Path, fault: str, name: str) -> None:
        self.fault = fault
        self.root = tmp_path / "place"
        self.root.mkdir()
        self.mounted = False
        if fault in ("full_disk", "read_only") and CAN_MOUNT:
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_BYTES},mode=0755", "tmpfs", str(self.root)], check=True
            )
            self.mounted = True
        if fault == "missing_folder":
            self.target = self.root / "gone" / name
        elif fault == "long_name":
            stem, suffix = name.rsplit(".", 1)
            self.target = self.root / (stem + "x" * (252 - len(name)) + "." + suffix)
            assert len(self.target.name) == 252
        else:
            self.target = self.root / name
        if fault == "folder_target":
            self.target.mkdir()
            (self.target / "keep.txt").write_text("not yours")

    def put_existing(self, data: bytes) -> None:
        """An earlier version of the target (where one can be), to check it stays byte-identical."""
        if self.fault in ("full_disk", "read_only", "long_name"):
            self.target.write_bytes(data)

    def arm(self, monkeypatch) -> None:
        """Make the fault real: fill the disk, make it read-only (or inject the errors)."""
        if self.fault == "full_disk":
            if self.mounted:
                with open(self.root / "filler", "wb", buffering=0) as fh:
                    try:
                        while True:
                            fh.write(b"\0" * 4096)
                            fh.flush()
                    except OSError as exc:
                        assert exc.errno == errno.ENOSPC
            else:
                monkeypatch.setattr(files, "_fault_hook", _raiser("write", errno.ENOSPC))
        elif self.fault == "read_only":
            if self.mounted:
                subprocess.run(["mount", "-o", "remount,ro", str(self.root)], check=True)
            else:
                monkeypatch.setattr(files, "_fault_hook", _raiser("create", errno.EROFS))

    def snapshot(self) -> dict[str, bytes | None]:
        found: dict[str, bytes | None] = {}
        for path in sorted(self.root.rglob("*")):
            found[str(path.relative_to(self.root))] = None if path.is_dir() else path.read_bytes()
        return found

    def close(self) -> None:
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.root)], check=True)


def _raiser(step: str, code: int):
    def hook(name: str) -> None:
        if name == step:
            raise OSError(code, os.strerror(code))

    return hook


@pytest.fixture
def sources(tmp_path):
    """Healthy inputs outside the faulty place: an operation, a plan document, two lists."""
    folder = tmp_path / "in"
    folder.mkdir()
    op = folder / "op.renpam"
    save_plan(base_plan(), op)
    (folder / "plan.json").write_text(
        json.dumps(
            {
                "format": "renpam-plan",
                "version": 1,
                "units": [{"code": "BARU", "name": "Unit Baru", "agency": "POLRI", "sector": ""}],
            }
        ),
        encoding="utf-8",
    )
    (folder / "roster.csv").write_text(
        "Nama;Pangkat;NRP;Satuan\nBudi Santoso;BRIPDA;99887766;SAMAPTA\n", encoding="utf-8"
    )
    (folder / "posts.csv").write_text("Kode;Nama;Ring\nPY1;Pos Baru;II\n", encoding="utf-8")
    return folder


# ---------------------------------------------------------------------------- command-line writers
# verb: (target file name, is the target the operation being edited?, argv for target t / inputs s)
CLI_WRITERS = {
    "demo": ("out.renpam", False, lambda t, s: ["demo", t, "--force"]),
    "new": ("out.renpam", False, lambda t, s: ["new", t, "--name", "Baru", "--force"]),
    "import": ("op.renpam", True, lambda t, s: ["import", t, str(s / "plan.json")]),
    "import-roster": ("op.renpam", True, lambda t, s: ["import-roster", t, str(s / "roster.csv")]),
    "import-posts": ("op.renpam", True, lambda t, s: ["import-posts", t, str(s / "posts.csv")]),
    "auto-assign": ("op.renpam", True, lambda t, s: ["auto-assign", t]),
    "accept": ("op.renpam", True, lambda t, s: ["accept", t, "commander_on_post|PX|p001|LAKS", "--note", "ok"]),
    "lock": ("op.renpam", True, lambda t, s: ["lock", t, "p001", "PX", "LAKS"]),
    "placeholders": ("op.renpam", True, lambda t, s: ["placeholders", t, "PX", "LAKS", "SAMAPTA", "2"]),
    "export-json": ("out.json", False, lambda t, s: ["export", str(s / "op.renpam"), "-o", t]),
    "export-xlsx": ("out.xlsx", False, lambda t, s: ["export", str(s / "op.renpam"), "-o", t]),
    "export-csv": ("out.csv", False, lambda t, s: ["export", str(s / "op.renpam"), "-o", t]),
    "print": ("out.pdf", False, lambda t, s: ["print", str(s / "op.renpam"), "-o", t, "--doc", "roster"]),
}


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("writer", list(CLI_WRITERS))
def test_cli_writer_fails_in_one_line_and_leaves_nothing_behind(tmp_path, sources, capsys, monkeypatch, writer, fault):
    """A writing verb either writes a whole new file or exits 3 with one line, the folder unchanged."""
    name, edits, argv = CLI_WRITERS[writer]
    place = Place(tmp_path, fault, name)
    try:
        old = (sources / "op.renpam").read_bytes() if edits else b"an earlier version"
        place.put_existing(old)
        place.arm(monkeypatch)
        before = place.snapshot()
        capsys.readouterr()
        code = cli.main(argv(str(place.target), sources))
        out, err = capsys.readouterr()
        after = place.snapshot()
        assert "Traceback" not in out + err
        if code == 0:
            assert fault == "long_name", (writer, fault, err)
            assert place.target.read_bytes() != old
            assert not [p for p in place.root.iterdir() if p.name.endswith(".tmp")]
            if edits or name.endswith(".renpam"):
                open_operation_file(place.target)
            OUTCOMES["cli written"] += 1
            return
        assert code == 3, (writer, fault, code, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert place.target.name[:40] in lines[0]
        assert fault == "long_name" or REASONS[fault][0] in lines[0], lines[0]
        assert after == before, f"{writer} under {fault} changed the folder"
        OUTCOMES["cli refused"] += 1
    finally:
        monkeypatch.setattr(files, "_fault_hook", None)
        place.close()


# ---------------------------------------------------------------------------- window writers
class Prompts:
    def __init__(self) -> None:
        self.paths: list[Path] = []
        self.errors: list[tuple[str, str]] = []
        self.warnings: list[tuple[str, str]] = []

    def ask_save_changes(self, name):
        return "discard"

    def save_path(self, title, filters, suggested=""):
        return self.paths.pop(0) if self.paths else None

    def open_path(self, title, filters):
        return None

    def error(self, title, text, details=""):
        self.errors.append((title, text))

    def warning(self, title, text, details=""):
        self.warnings.append((title, text))

    def info(self, title, text):
        pass

    def confirm(self, title, text):
        return True

    def choose(self, title, label, items):
        return None

    def ask_external_change(self, name):
        raise AssertionError("no external change in these cases")


def window_on(qtbot, tmp_path, document) -> MainWindow:
    window = MainWindow(document, recovery=RecoveryStore(tmp_path / "recovery"), prompts=Prompts())
    qtbot.addWidget(window)
    return window


def edit(window: MainWindow) -> None:
    window.ws.undo_stack.push(PutUnitCommand(window.plan, Unit(code="EDIT", name="Unit Suntingan")))


def _pdf() -> bytes:
    import io

    buffer = io.BytesIO()
    generate(base_plan(), buffer, BriefingOptions(documents=("roster",)))
    return buffer.getvalue()


def gui_save(qtbot, tmp_path, place: Place, sources: Path, monkeypatch) -> tuple[bool, list[str]]:
    """File > Save of an open operation whose file then meets the fault."""
    if place.fault in ("missing_folder", "folder_target"):
        # Opened from a folder that then goes away (a USB stick pulled), or whose file is then
        # replaced by a folder of that name.
        folder = place.target.parent
        folder.mkdir(exist_ok=True)
        if place.fault == "folder_target":
            shutil.rmtree(place.target)
        shutil.copy(sources / "op.renpam", place.target)
    if place.fault == "read_only":
        place.arm(monkeypatch)  # a read-only medium from the start: no lock can be written either
    window = window_on(qtbot, tmp_path, OperationDocument.open(place.target, recovery=None))
    assert not window.document.read_only
    edit(window)
    if place.fault == "missing_folder":
        shutil.rmtree(place.target.parent)
    elif place.fault == "folder_target":
        place.target.unlink()
        place.target.mkdir()
        (place.target / "keep.txt").write_text("not yours")
    if place.fault != "read_only":
        place.arm(monkeypatch)
    place.snapshot()
    saved = window.file_save()
    if not saved:
        assert window.is_dirty() and window.windowTitle().count("*") == 1, "a failed save must stay modified"
    texts = [t for _, t in window.prompts.errors]
    after = place.snapshot()
    window.document.close()
    return saved, texts, after


def gui_save_as(qtbot, tmp_path, place, sources, monkeypatch):
    window = window_on(qtbot, tmp_path, OperationDocument.open(sources / "op.renpam"))
    edit(window)
    place.arm(monkeypatch)
    place.snapshot()
    window.prompts.paths = [place.target]
    saved = window.file_save_as()
    if not saved:
        assert window.is_dirty() and window.document.path == sources / "op.renpam"
    after = place.snapshot()
    window.document.close()
    return saved, [t for _, t in window.prompts.errors], after


def gui_export_plan(qtbot, tmp_path, place, sources, monkeypatch):
    window = window_on(qtbot, tmp_path, OperationDocument.open(sources / "op.renpam"))
    place.arm(monkeypatch)
    place.snapshot()
    window.prompts.paths = [place.target]
    window.edits.export_plan()  # File > Export > Plan document
    after = place.snapshot()
    window.document.close()
    return not window.prompts.errors, [t for _, t in window.prompts.errors], after


def gui_export_table(qtbot, tmp_path, place, sources, monkeypatch):
    from ui import import_wizard

    told: list[str] = []
    monkeypatch.setattr(import_wizard.QMessageBox, "warning", lambda parent, title, text: told.append(text))
    window = window_on(qtbot, tmp_path, OperationDocument.open(sources / "op.renpam"))
    place.arm(monkeypatch)
    place.snapshot()
    written = import_wizard.export_deployment_table(window.plan, window, path=place.target, lang="id")
    after = place.snapshot()
    window.document.close()
    return written is not None, told, after


def gui_print_pdf(qtbot, tmp_path, place, sources, monkeypatch):
    from ui import print_dialog

    told: list[str] = []
    monkeypatch.setattr(print_dialog.QMessageBox, "warning", lambda parent, title, text: told.append(text))
    dialog = print_dialog.PrintDialog(OperationDocument.open(sources / "op.renpam", lock=False))
    qtbot.addWidget(dialog)
    dialog.pdf_bytes = PDF_BYTES
    dialog.ask_save_path = lambda: str(place.target)
    place.arm(monkeypatch)
    place.snapshot()
    written = dialog.save_pdf()
    return written is not None, told, place.snapshot()


PDF_BYTES = b""
GUI_WRITERS = {
    "save": ("op.renpam", True, gui_save),
    "save-as": ("new.renpam", False, gui_save_as),
    "export-plan": ("out.json", False, gui_export_plan),
    "export-table": ("out.xlsx", False, gui_export_table),
    "print-pdf": ("out.pdf", False, gui_print_pdf),
}


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("writer", list(GUI_WRITERS))
def test_window_writer_says_one_sentence_and_leaves_nothing_behind(
    qtbot, tmp_path, sources, monkeypatch, writer, fault
):
    """Save, Save As, both exports and Save PDF: a whole new file, or one Indonesian sentence and no change."""
    global PDF_BYTES
    if not PDF_BYTES:
        PDF_BYTES = _pdf()
    name, edits, run = GUI_WRITERS[writer]
    place = Place(tmp_path, fault, name)
    try:
        old = (sources / "op.renpam").read_bytes() if edits else b"an earlier version"
        place.put_existing(old)
        taken: list[dict] = []
        snapshot = place.snapshot

        def remember() -> dict:
            taken.append(snapshot())
            return taken[-1]

        place.snapshot = remember  # type: ignore[method-assign]
        written, texts, after = run(qtbot, tmp_path, place, sources, monkeypatch)
        place.snapshot = snapshot  # type: ignore[method-assign]
        before = taken[-2]  # the last one taken before writing (the last of all is `after`)
        if written:
            assert fault == "long_name", (writer, fault, texts)
            assert not texts
            assert not [p for p in place.root.iterdir() if p.name.endswith(".tmp")]
            OUTCOMES["window written"] += 1
            return
        assert len(texts) == 1, texts
        text = texts[0]
        assert "Traceback" not in text and "\n" not in text
        assert place.target.name[:40] in text, text
        assert text.startswith("Tidak dapat menyimpan"), text
        assert fault == "long_name" or REASONS[fault][1] in text, text
        assert after == before, f"{writer} under {fault} changed the folder"
        OUTCOMES["window refused"] += 1
    finally:
        monkeypatch.setattr(files, "_fault_hook", None)
        place.close()


def test_zz_matrix_counts():
    """Prints the matrix's counts (run with -s); every case of both matrices ran."""
    cases = (len(CLI_WRITERS) + len(GUI_WRITERS)) * len(FAULTS)
    print(
        f"\nwrite-fault matrix ({'tmpfs' if CAN_MOUNT else 'injected errors'}): "
        f"{len(CLI_WRITERS)} command-line writers + {len(GUI_WRITERS)} window writers x {len(FAULTS)} faults "
        f"= {cases} cases; {dict(OUTCOMES)}"
    )
    assert sum(OUTCOMES.values()) in (0, cases)  # 0 when run alone


STEPS = ("create", "write", "sync", "backup", "replace")
STEP_WRITERS = {
    "save": "op.renpam",
    "export-json": "out.json",
    "export-xlsx": "out.xlsx",
    "print": "out.pdf",
}


@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("writer", list(STEP_WRITERS))
def test_an_error_at_each_step_of_a_write_leaves_the_target_and_no_temporary(
    tmp_path, sources, capsys, monkeypatch, writer, step
):
    """EIO injected at each step of the atomic writer: exit 3 in one line, the folder as it was."""
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / STEP_WRITERS[writer]
    shutil.copy(sources / "op.renpam", target) if writer == "save" else target.write_bytes(b"earlier")
    argv = {
        "save": ["placeholders", str(target), "PX", "LAKS", "SAMAPTA", "1"],
        "export-json": ["export", str(sources / "op.renpam"), "-o", str(target)],
        "export-xlsx": ["export", str(sources / "op.renpam"), "-o", str(target)],
        "print": ["print", str(sources / "op.renpam"), "-o", str(target), "--doc", "roster"],
    }[writer]
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    monkeypatch.setattr(files, "_fault_hook", _raiser(step, errno.EIO))
    code = cli.main(argv)
    err = capsys.readouterr().err
    if step == "backup" and writer != "save":  # only the operation file keeps a backup
        assert code == 0
        return
    assert code == 3 and err == f"Cannot save {target.name}: the disk reported an error.\n"
    after = {p.name: p.read_bytes() for p in folder.iterdir()}
    if step == "replace" and writer == "save":  # the backup was taken just before: a copy of the target
        assert after.pop("op.renpam.bak") == before[target.name]
    assert after == before
