"""Bounds at every entry point, and what they protect: saving, printing, exporting, the command line.

Control characters and over-long texts are refused the same way by edits, dialogs, spreadsheet
imports and plan documents; a value the opener would refuse is never saved; long texts print
(cut with an ellipsis and a note) instead of failing the packet; exports of older files that
still hold control characters succeed; the command line survives a closed pipe and names with
newlines; auto-assignment gives the same answer in every process; the import summary says what
changed.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop import limits, plan_json
from desktop.briefing.content import DOCUMENTS, BriefingOptions
from desktop.briefing.render import generate
from desktop.model import Plan, PlanError, Post, Unit
from desktop.spreadsheets.export import export_table
from desktop.storage import OperationDocument, open_operation_file, save_plan
from desktop.validation import validate

ROOT = Path(__file__).resolve().parent.parent
RENPAM = Path(sys.executable).with_name("renpam")


def cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(RENPAM), *args], capture_output=True, text=True, cwd=ROOT, timeout=300, **kw)


def legacy_plan(plan: Plan, **changes) -> Plan:
    """`plan` with values today's edits refuse, as a file of an older version may hold them."""
    other = plan.clone()
    other.load(
        operation=other.operation,
        units=other.units.values(),
        personnel=other.personnel.values(),
        shifts=other.shifts.values(),
        posts=other.posts.values(),
        assignments=other.assignments.values(),
        site_plan=other.site_plan,
        settings={**other.settings, **changes},
    )
    return other


# ---------------------------------------------------------------------------- control characters
def test_edits_refuse_control_characters_and_overlong_text(demo_plan):
    """Plan edits (the window's only way to change a plan) refuse a bell in a name, a newline in a
    code, 1,500-character names and staff counts beyond the bound; the plan stays as it was."""
    person = next(iter(demo_plan.personnel.values()))
    revision = demo_plan.revision
    with pytest.raises(PlanError, match="control character"):
        demo_plan.put_person(replace(person, name="Budi\x07"))
    with pytest.raises(PlanError, match="1,500 characters, at most 200"):
        demo_plan.put_person(replace(person, name="N" * 1500))
    with pytest.raises(PlanError, match="control character"):
        demo_plan.put_unit(Unit("U\nX", "Satuan"))
    with pytest.raises(PlanError, match="1000000 is not from 0 to 1000"):
        demo_plan.put_post(Post("PX", "Pos", min_staff=1_000_000))
    with pytest.raises(PlanError, match="control character"):
        demo_plan.set_operation(name="Operasi\x1b[31m")
    with pytest.raises(PlanError, match="must be a number"):
        demo_plan.set_setting("max_hours", "abc")
    demo_plan.put_post(Post("PY", "Pos", tasks="Jaga pintu\n\tcek tas"))  # line breaks in tasks are text
    assert demo_plan.revision == revision + 1
    assert person == demo_plan.personnel[person.id]


def test_person_dialog_says_what_is_out_of_bounds(qtbot, demo_plan, indonesian_ui):
    """The person dialog stays open and names the field and the bound, in Indonesian."""
    from ui.dialogs import PersonDialog

    dialog = PersonDialog(demo_plan)
    qtbot.addWidget(dialog)
    dialog.name.setText("Budi\x07 Santoso")
    dialog.accept()
    assert dialog.result_person is None
    assert dialog.error.text() == "Nama: berisi karakter kendali (U+0007) pada posisi 5"
    dialog.name.setText("Budi Santoso")
    dialog.position.setText("J" * 600)
    dialog.accept()
    assert dialog.result_person is None
    assert dialog.error.text().endswith("600 karakter, paling banyak 500")
    dialog.position.setText("Kasat Samapta")
    dialog.accept()
    assert dialog.result_person is not None and dialog.result_person.position == "Kasat Samapta"


def test_unit_and_shift_dialogs_refuse_control_characters(qtbot, demo_plan, indonesian_ui):
    """The unit and shift dialogs refuse an escape character in a name with one line of text."""
    from ui.dialogs import ShiftDialog
    from ui.pages import UnitDialog

    unit = UnitDialog(demo_plan)
    qtbot.addWidget(unit)
    unit.code.setText("BARU")
    unit.name.setText("Satuan\x1bBaru")
    unit.accept()
    assert unit.result_unit is None and "U+001B" in unit.error.text()
    shift = ShiftDialog(demo_plan)
    qtbot.addWidget(shift)
    shift.code.setText("MALAM")
    shift.name.setText("Malam\x00")
    shift.accept()
    assert shift.result_shift is None and "U+0000" in shift.error.text()


def test_exports_of_older_files_with_control_characters_succeed(tmp_path, demo_plan):
    """A file saved before control characters were refused still exports: .xlsx shows each as
    U+FFFD (it cannot hold them), CSV keeps the text, and both are readable."""
    first = next(iter(demo_plan.assignments.values()))
    person, post_code = demo_plan.personnel[first.person], first.post
    old = legacy_plan(demo_plan)
    old.personnel[person.id] = replace(person, name="Budi\x07Santoso", position="Ka\x0bSat")
    old.posts[post_code] = replace(old.posts[post_code], name="Gerbang\x1fUtama")
    path = tmp_path / "old.renpam"
    save_plan(old, path)
    reopened = open_operation_file(path).plan
    xlsx = export_table(reopened, tmp_path / "out.xlsx")
    cells = [c for ws in load_workbook(xlsx, read_only=True) for row in ws.iter_rows(values_only=True) for c in row]
    assert "Budi\ufffdSantoso" in cells and "Gerbang\ufffdUtama" in cells
    csv_text = export_table(reopened, tmp_path / "out.csv").read_bytes().decode("utf-8-sig")
    assert "Budi\x07Santoso" in csv_text


def test_csv_export_guards_tab_and_carriage_return(tmp_path, demo_plan):
    """Cells starting with = + - @ TAB or CR get an apostrophe, so Excel never runs them."""
    assigned = dict.fromkeys(a.person for a in demo_plan.assignments.values())
    people = [demo_plan.personnel[pid] for pid in list(assigned)[:6]]
    starts = ["=1+1", "+62812", "-cmd", "@SUM(A1)", "\tTAB", "\rCR"]
    old = legacy_plan(demo_plan)
    for person, start in zip(people, starts):
        old.personnel[person.id] = replace(person, name=start)
    text = export_table(old, tmp_path / "t.csv").read_bytes().decode("utf-8-sig")
    for start in starts:
        assert f"'{start}" in text, start


# ---------------------------------------------------------------------------- saving
def test_a_value_the_opener_would_refuse_is_never_saved(tmp_path, demo_plan):
    """A 70 MB text (beyond the opener's 64 MB value limit) fails the save in one sentence; no
    file is written, and a document keeps its file as it was."""
    big = legacy_plan(demo_plan)
    big.operation.situation = "x" * (70 * 1024 * 1024)
    target = tmp_path / "big.renpam"
    with pytest.raises(limits.LimitError) as caught:
        save_plan(big, target)
    assert not target.exists()
    assert caught.value.message("en") == (
        "operation, field situation: 73,400,320 bytes, more than an operation file holds in one value (67,108,864)"
    )
    assert caught.value.message("id").startswith("operation, field situation: 73.400.320 bita")
    path = tmp_path / "op.renpam"
    save_plan(demo_plan, path)
    before = path.read_bytes()
    doc = OperationDocument.open(path)
    try:
        doc.plan.replace_with(big)
        with pytest.raises(limits.LimitError):
            doc.save()
    finally:
        doc.close()
    assert path.read_bytes() == before


def test_settings_of_older_files_never_crash_the_checks(tmp_path, demo_plan):
    """A file holding `max_hours: "abc"` (accepted before settings were typed) validates and
    auto-assigns with the default instead of crashing."""
    old = legacy_plan(demo_plan, max_hours="abc", min_rest_hours=[1])
    path = tmp_path / "old.renpam"
    save_plan(old, path)
    assert isinstance(validate(open_operation_file(path).plan), list)
    proc = cli("auto-assign", str(path), "--dry-run", "--json")
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr, proc.stderr
    assert json.loads(proc.stdout)["dry_run"] is True


# ---------------------------------------------------------------------------- printing
def test_long_names_print_cut_with_an_ellipsis_and_a_note(tmp_path, demo_plan):
    """1,500-character position, unit, post, shift and operation names (an older file) print
    every document; the cut texts end in an ellipsis and each such part says so."""
    old = legacy_plan(demo_plan)
    long = ("Kepala Satuan Samapta Polres Purwakarta " * 40)[:1500]
    person = next(iter(old.personnel.values()))
    old.personnel[person.id] = replace(person, position=long, name=("Budi " * 300)[:1500])
    unit = next(iter(old.units))
    old.units[unit] = replace(old.units[unit], name=long)
    post = next(iter(old.posts))
    old.posts[post] = replace(old.posts[post], name=long, radio_channel=long, tasks="Tugas " * 1000)
    shift = next(iter(old.shifts))
    old.shifts[shift] = replace(old.shifts[shift], name=long)
    old.operation.name = long
    for doc in DOCUMENTS:
        out = tmp_path / f"{doc}.pdf"
        result = generate(old, out, BriefingOptions(documents=(doc,)))
        reader = PdfReader(out)
        assert result.pages == len(reader.pages) > 0
        text = "".join(page.extract_text() for page in reader.pages)
        assert "\u2026" in text, doc
        assert "Teks yang terlalu panjang untuk dicetak dipotong" in " ".join(text.split()), doc
    english = generate(old, io.BytesIO(), BriefingOptions(documents=("packet",), lang="en"))
    assert english.pages > 0


# ---------------------------------------------------------------------------- command line
def test_a_closed_pipe_ends_quietly(demo_file):
    """`renpam info FILE | head -1`: when the reader has gone the command ends without a traceback."""
    for args in (["info", str(demo_file)], ["info", str(demo_file), "--json"], ["validate", str(demo_file)]):
        proc = subprocess.Popen([str(RENPAM), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
        proc.stdout.close()  # the reader is gone before the first line is written
        _out, err = proc.communicate(timeout=120)
        assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()
        assert proc.returncode == 141


def test_file_names_with_newlines_stay_on_one_line(tmp_path, demo_file):
    """Success messages escape control characters in file names, so each stays one line."""
    out = tmp_path / "plan\nbaru.json"
    proc = cli("export", str(demo_file), "-o", str(out))
    assert proc.returncode == 0 and out.exists()
    assert proc.stdout.count("\n") == 1 and "plan\\nbaru.json" in proc.stdout
    demo = tmp_path / "demo\rx.renpam"
    proc = cli("demo", str(demo))
    assert proc.returncode == 0 and proc.stdout.count("\n") == 1 and "demo\\rx.renpam" in proc.stdout


def test_auto_assign_is_the_same_in_every_process_and_when_applied(tmp_path):
    """A dry run under two hash seeds and the applied run give the same entries (9,000 of them on
    the generated district election day)."""
    from desktop.generator import generate_large_plan

    path = tmp_path / "big.renpam"
    save_plan(generate_large_plan(), path)
    runs = []
    for seed in ("1", "2"):
        proc = cli("auto-assign", str(path), "--dry-run", "--json", env=dict(os.environ, PYTHONHASHSEED=seed))
        runs.append(json.loads(proc.stdout))
    first, second = ({(a["person"], a["post"], a["shift"], a["role"]) for a in r["added"]} for r in runs)
    assert len(first) == runs[0]["filled"] > 5000
    assert first == second and runs[0]["promoted"] == runs[1]["promoted"]
    proc = cli("auto-assign", str(path), "--json", env=dict(os.environ, PYTHONHASHSEED="3"))
    applied = {(a.person, a.post, a.shift, a.role) for a in open_operation_file(path).plan.assignments.values()}
    assert applied == first, len(applied ^ first)


def test_import_summary_says_what_changed(tmp_path, demo_file):
    """Importing a document that changes only the operation says so (not 'nothing to change');
    re-importing the file's own export changes nothing, counts no entry as updated and leaves
    the file byte-identical."""
    own = tmp_path / "own.json"
    assert cli("export", str(demo_file), "-o", str(own)).returncode == 0
    before = demo_file.read_bytes()
    proc = cli("import", str(demo_file), str(own))
    assert proc.returncode == 0
    assert ": nothing to change (" in proc.stdout and "updated" not in proc.stdout
    assert demo_file.read_bytes() == before
    doc = json.loads(own.read_text(encoding="utf-8"))
    summary = plan_json.import_document(open_operation_file(demo_file).plan, doc, dry_run=True)
    assert summary.updated == {k: 0 for k in summary.updated} and sum(summary.unchanged.values()) > 100
    change = tmp_path / "op.json"
    change.write_text(
        json.dumps(
            {"format": "renpam-plan", "version": 1, "operation": {"venue": "Aula KPU"}, "settings": {"max_hours": 10}}
        ),
        encoding="utf-8",
    )
    proc = cli("import", str(demo_file), str(change))
    assert proc.returncode == 0 and "operation changed; settings changed" in proc.stdout, proc.stdout
    assert open_operation_file(demo_file).plan.operation.venue == "Aula KPU"


def test_wizard_names_a_damaged_workbook_and_stays(qtbot, tmp_path, demo_plan, indonesian_ui):
    """The import wizard shows why a damaged workbook cannot be read and stays on the file page."""
    from openpyxl import Workbook
    from PySide6.QtGui import QUndoStack

    from ui.import_wizard import ImportWizard

    good = tmp_path / "good.xlsx"
    wb = Workbook()
    wb.active.append(["Nama", "Pangkat", "NRP"])
    wb.active.append(["Budi", "Bripda", "90010001"])
    wb.save(good)
    import zipfile

    bad = tmp_path / "rusak.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, data[: len(data) // 2] if item.filename == "xl/worksheets/sheet1.xml" else data)
    doc = OperationDocument(demo_plan)
    wizard = ImportWizard(doc, "roster", QUndoStack())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    # said in the interface language (the sheet.damaged message)
    from ui import i18n

    damaged = "lembar 'Sheet' rusak" if i18n.language() == "id" else "the sheet 'Sheet' is damaged"
    assert "rusak.xlsx" in wizard.file_page.info.text() and damaged in wizard.file_page.info.text()
    doc.close()


def test_command_line_arguments_are_bounded_before_work(tmp_path, demo_plan):
    """A control character in `new --name`, an absurd `--limit` and an overlong accept note end
    in one line with the usage or problems exit code; nothing is created or saved."""
    demo_plan.set_setting("max_hours", 1)  # every duty is now a warning that can be accepted
    demo_file = tmp_path / "op.renpam"
    save_plan(demo_plan, demo_file)
    out = tmp_path / "n.renpam"
    proc = cli("new", str(out), "--name", "Operasi\x07")
    assert proc.returncode == 2 and not out.exists()
    assert proc.stderr.strip().endswith("contains a control character (U+0007) at position 8")
    proc = cli("candidates", str(demo_file), "P01", "PERS", "--limit", "10" * 20)
    assert proc.returncode == 2 and "is not from 0 to 50000" in proc.stderr and "Traceback" not in proc.stderr
    findings = json.loads(cli("validate", str(demo_file), "--json").stdout)["findings"]
    warning = next(f for f in findings if f["severity"] == "warning")
    before = demo_file.read_bytes()
    proc = cli("accept", str(demo_file), warning["key"], "--note", "x" * 6000)
    assert proc.returncode == 1 and "6,000 characters, at most 5,000" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and demo_file.read_bytes() == before


def test_post_lists_are_held_to_the_same_bounds(tmp_path, demo_plan):
    """A post list with a minimum of 5,000 people or an escape character in a name is refused
    row by row (all or nothing), in the planner's language."""
    from desktop.spreadsheets import import_file

    path = tmp_path / "pos.csv"
    path.write_text(
        "Kode;Nama;Min\r\nX1;Gerbang Barat;2\r\nX2;Pos Jaga;5000\r\nX3;Pintu\x1b[31m;1\r\n", encoding="utf-8"
    )
    revision = demo_plan.revision
    result = import_file(demo_plan, path, "posts")
    problems = {(p.row, p.code): p for p in result.problems}
    assert set(problems) == {(3, "out_of_range"), (4, "control_character")}
    assert problems[(3, "out_of_range")].message("id") == "5000 tidak di antara 0 dan 1000"
    assert problems[(4, "control_character")].describe("en") == (
        "row 4, column B (Nama): contains a control character (U+001B) at position 6"
    )
    assert not result.applied and demo_plan.revision == revision and "X1" not in demo_plan.posts


def test_auto_assign_refuses_a_post_asking_for_a_trillion_people(qtbot, tmp_path, demo_plan, indonesian_ui):
    """A file from before the bounds with a minimum of 10^12 people at a post: auto-assign says
    so in one sentence at once (command line and window) instead of running out of memory."""
    from PySide6.QtGui import QUndoStack

    from ui.auto_assign_dialog import AutoAssignDialog

    old = legacy_plan(demo_plan)
    code = next(iter(old.posts))
    old.posts[code] = replace(old.posts[code], min_staff=10**12, max_staff=None)
    path = tmp_path / "old.renpam"
    save_plan(old, path)
    proc = cli("auto-assign", str(path), "--dry-run", "--lang", "en")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == (f"Cannot auto-assign: post {code}, min_staff: 1000000000000 is not from 0 to 1000.")
    doc = OperationDocument(open_operation_file(path).plan)
    dialog = AutoAssignDialog(doc, QUndoStack(), None)
    qtbot.addWidget(dialog)
    assert dialog.proposal is None and not dialog.apply_button.isEnabled()
    assert dialog.summary.text() == f"post {code}, min_staff: 1000000000000 tidak di antara 0 dan 1000"
    doc.close()


def test_older_files_with_control_characters_still_print(tmp_path, demo_plan):
    """Names holding bell, NUL, escape and bidi characters (an older file) print every document."""
    old = legacy_plan(demo_plan)
    for pid in list(old.personnel)[:20]:
        old.personnel[pid] = replace(
            old.personnel[pid], name=old.personnel[pid].name + "\x07\x00\x1b[31m\u202e", position="Ka\x0bSat"
        )
    code = next(iter(old.posts))
    old.posts[code] = replace(old.posts[code], name="Gerbang\x01\x02", tasks="Jaga\x00pintu\n\tcek")
    old.operation.name = "Operasi\x07Lilin"
    out = tmp_path / "all.pdf"
    result = generate(old, out, BriefingOptions(documents=DOCUMENTS))
    reader = PdfReader(out)
    assert result.pages == len(reader.pages) > 100
    assert "Gerbang" in "".join(page.extract_text() for page in reader.pages[:60])
