"""The headless command line, through the real `renpam` entry point and `python -m desktop`."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.storage import open_operation_file

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess:
    """Run `python -m desktop ARGS` as a user would run `renpam ARGS`."""
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, cwd=ROOT)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_demo_info_export_validate(tmp_path):
    """`demo` writes the demo, `info --json` counts it, `export` writes JSON, `validate` passes."""
    demo = tmp_path / "demo.renpam"
    assert main(["demo", str(demo)]) == 0
    result = run("info", str(demo), "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["counts"]["personnel"] == 60 and info["counts"]["posts"] == 14 and info["counts"]["shifts"] == 3
    assert info["schema_version"] == info["current_schema_version"] and info["classification"] == "TERBATAS"
    out = tmp_path / "plan.json"
    assert main(["export", str(demo), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "renpam-plan"
    result = run("validate", str(demo))
    assert result.returncode == 0 and "0 kesalahan, " in result.stdout
    result = run("validate", str(demo), "--lang", "en")
    assert result.returncode == 0 and "0 errors, " in result.stdout


def test_demo_refuses_to_overwrite_without_force(tmp_path, capsys):
    """`demo` over an existing file is a usage error unless --force."""
    target = tmp_path / "x.renpam"
    target.write_text("keep me")
    assert main(["demo", str(target)]) == 2
    assert target.read_text() == "keep me"
    assert main(["demo", str(target), "--force"]) == 0


def test_new_from_plan_and_name(tmp_path, demo_file):
    """`new --from PLAN.json --name` builds a file from a document; --name wins."""
    plan_doc = tmp_path / "template.json"
    assert main(["export", str(demo_file), "-o", str(plan_doc)]) == 0
    target = tmp_path / "new.renpam"
    assert main(["new", str(target), "--from", str(plan_doc), "--name", "Operasi Baru"]) == 0
    plan = open_operation_file(target).plan
    assert plan.operation.name == "Operasi Baru" and len(plan.personnel) == 60
    assert main(["new", str(tmp_path / "bare.renpam"), "--name", "Kosong"]) == 0
    assert main(["new", str(tmp_path / "none.renpam")]) == 2


def test_json_round_trip_through_the_command_line(tmp_path, demo_file):
    """export, new --from, export again: identical documents."""
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    copy = tmp_path / "copy.renpam"
    assert main(["export", str(demo_file), "-o", str(first)]) == 0
    assert main(["new", str(copy), "--from", str(first)]) == 0
    assert main(["export", str(copy), "-o", str(second)]) == 0
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


def test_import_merges_and_dry_run_changes_nothing(tmp_path, demo_file, capsys):
    """`import --dry-run` reports without writing; `import` merges and saves."""
    doc = tmp_path / "update.json"
    doc.write_text(
        json.dumps({"format": "renpam-plan", "version": 1, "personnel": [{"id": "p020", "phone": "0899-1234-5678"}]}),
        encoding="utf-8",
    )
    before = sha(demo_file)
    assert main(["import", str(demo_file), str(doc), "--dry-run"]) == 0
    assert "Would import" in capsys.readouterr().out
    assert sha(demo_file) == before
    assert main(["import", str(demo_file), str(doc)]) == 0
    assert open_operation_file(demo_file).plan.personnel["p020"].phone == "0899-1234-5678"


def test_rejected_import_leaves_file_byte_identical(tmp_path, demo_file):
    """An import with any invalid entry lists every problem, exits 1 and leaves the file as it was."""
    doc = tmp_path / "bad.json"
    doc.write_text(
        json.dumps(
            {
                "format": "renpam-plan",
                "version": 1,
                "personnel": [{"id": "x1", "name": "A", "gender": "Q"}],
                "assignments": [{"person": "nobody", "post": "P01", "shift": "LAKS"}],
            }
        ),
        encoding="utf-8",
    )
    before = sha(demo_file)
    result = run("import", str(demo_file), str(doc))
    assert result.returncode == 1
    assert "nothing was changed" in result.stderr and "gender" in result.stderr
    assert sha(demo_file) == before
    assert not list(tmp_path.glob("*.bak"))


@pytest.mark.parametrize("content", [b"", b"\x00garbage" * 100, b"SQLite format 3\x00" + b"\x00" * 50])
def test_unopenable_files_exit_3_with_one_line(tmp_path, content):
    """A file that is not an operation gives exit 3 and one line on stderr, never a traceback."""
    path = tmp_path / "broken.renpam"
    path.write_bytes(content)
    for verb in (["info"], ["validate"], ["export", "-o", str(tmp_path / "o.json")]):
        args = [verb[0], str(path), *verb[1:]]
        result = run(*args)
        assert result.returncode == 3, (args, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Cannot open broken.renpam:")
        assert "Traceback" not in result.stderr
    assert path.read_bytes() == content


def test_usage_errors_exit_2():
    """Unknown verbs and missing arguments are usage errors (exit 2)."""
    assert run("frobnicate").returncode == 2
    assert run("export", "x.renpam").returncode == 2


def test_validate_reports_double_booking_with_exit_1(tmp_path, demo_file):
    """A person at two posts in one shift is an error: listed, and exit 1; --json is structured."""
    doc = tmp_path / "double.json"
    doc.write_text(
        json.dumps(
            {"format": "renpam-plan", "version": 1, "assignments": [{"person": "p010", "post": "P02", "shift": "LAKS"}]}
        ),
        encoding="utf-8",
    )
    assert main(["import", str(demo_file), str(doc)]) == 0
    result = run("validate", str(demo_file), "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["errors"] >= 1
    finding = next(f for f in report["findings"] if f["rule"] == "double_booking")
    assert finding["person"] == "p010" and finding["shift"] == "LAKS" and finding["severity"] == "error"
    assert {"message_id", "message_en", "post"} <= set(finding)


def test_renpam_launcher_hands_verbs_to_the_core_without_qt(tmp_path):
    """`renpam VERB` runs the headless command line and never imports Qt."""
    script = (
        "import sys\n"
        "from ui.launcher import main\n"
        "code = main(['demo', sys.argv[1]])\n"
        "assert 'PySide6' not in sys.modules, 'Qt was imported for a verb'\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "d.renpam")], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_core_never_imports_qt():
    """Importing every module of desktop/ loads no Qt."""
    script = (
        "import importlib, pkgutil, sys, desktop\n"
        "for m in pkgutil.walk_packages(desktop.__path__, 'desktop.'):\n"
        "    if m.name != 'desktop.__main__':\n"
        "        importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
