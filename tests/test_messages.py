"""Messages as data: one catalogue renders every code in Indonesian and English.

The catalogue test walks the program's source for every message code it can build (a literal
`Message("...")`, a `code="..."` argument, a class's `code = "..."`) and checks each has both
texts with the same placeholders; findings, file errors and image warnings are rendered from
their code and values in both languages.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from desktop.cli import main as cli_main
from desktop.errors import Cancelled, RenpamError
from desktop.fields import CATALOGUE_CODES
from desktop.messages import Message, placeholders, render, render_error
from desktop.messages.catalogue import TEXTS
from desktop.planning.rules import RULES_IN_ORDER, SKILL_REASONS
from desktop.storage import OperationFileError, open_operation_file, save_plan
from desktop.validation import validate

ROOT = Path(__file__).resolve().parent.parent


def _codes_in_source() -> dict[str, str]:
    """Every message code written as a literal in desktop/ and ui/ -> where it is first used.

    Literals: the first argument of `Message(...)` and `render(...)`, `code=` of an error class's
    call, and the class attribute `code = "..."` of an error class.
    """
    found: dict[str, str] = {}

    def note(node: ast.AST, path: Path) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.setdefault(node.value, f"{path.relative_to(ROOT)}:{node.lineno}")
        elif isinstance(node, ast.IfExp):  # Message("a" if x else "b")
            note(node.body, path)
            note(node.orelse, path)

    for path in sorted([*ROOT.joinpath("desktop").rglob("*.py"), *ROOT.joinpath("ui").rglob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if (name == "Message" or (isinstance(node.func, ast.Name) and name == "render")) and node.args:
                    note(node.args[0], path)
                for kw in node.keywords:
                    if kw.arg == "code" and name.endswith("Error"):  # RenpamError(..., code="...")
                        note(kw.value, path)
            elif isinstance(node, ast.ClassDef) and (node.name.endswith("Error") or node.name == "Cancelled"):
                for stmt in node.body:
                    targets = (
                        stmt.targets
                        if isinstance(stmt, ast.Assign)
                        else ([stmt.target] if isinstance(stmt, ast.AnnAssign) else [])
                    )
                    if any(isinstance(t, ast.Name) and t.id == "code" for t in targets) and stmt.value is not None:
                        note(stmt.value, path)
    # codes built from a name: the rules' titles and the skills' reasons
    for rule in RULES_IN_ORDER:
        found.setdefault(f"rule.{rule}", "desktop/planning/rules.py RULES_IN_ORDER")
    for skill in (*SKILL_REASONS, "other"):
        found.setdefault(f"skill_reason.{skill}", "desktop/planning/rules.py SKILL_REASONS")
    for code in CATALOGUE_CODES.values():  # field-format problems name their sentence in one table
        found.setdefault(code, "desktop/fields.py CATALOGUE_CODES")
    return found


def test_every_code_used_has_an_indonesian_and_an_english_text():
    used = _codes_in_source()
    assert len(used) > 60, sorted(used)  # the walk really finds the program's messages
    missing = {code: where for code, where in used.items() if code not in TEXTS}
    assert not missing, f"codes without a text in desktop/messages/catalogue.py: {missing}"
    unused = sorted(set(TEXTS) - set(used))
    assert not unused, f"catalogue entries no code uses: {unused}"


def test_both_languages_have_the_same_placeholders():
    for code, (text_id, text_en) in TEXTS.items():
        assert text_id.strip() and text_en.strip(), code
        assert placeholders(text_id) == placeholders(text_en), code


def test_render_fills_in_values_and_nested_messages_in_the_same_language():
    reason = Message("open.newer", version=9, supported=3)
    error = OperationFileError("rencana.renpam", reason)
    assert error.message("id") == (
        "Tidak dapat membuka rencana.renpam: berkas dibuat oleh Renpam yang lebih baru "
        "(format 9, Renpam ini membaca sampai 3); perbarui Renpam."
    )
    assert (
        error.message("en")
        == str(error)
        == (
            "Cannot open rencana.renpam: it was written by a newer Renpam "
            "(file format 9, this Renpam reads up to 3); update Renpam."
        )
    )
    assert render_error(error, "id") == error.message("id")
    assert render(
        "finding.pattern_shortfall",
        {
            "name": Message("finding.pattern_tps", code="T01"),
            "count": 1,
            "shift": "PAGI",
            "pattern": "2024",
            "written": "x",
            "shortfalls": (
                Message("finding.police_short", short=1, have=1, need=2),
                Message("finding.linmas_short", short=2, have=0, need=2),
            ),
        },
        "id",
    ) == (
        "TPS T01 (1 TPS) pada sif PAGI tidak memenuhi pola 2024 [x]: kurang 1 polisi (1 dari 2); "
        "kurang 2 Linmas (0 dari 2)."
    )
    assert Message("open.empty") == Message("open.empty") and hash(Message("open.missing")) == hash(
        Message("open.missing")
    )


def test_any_renpam_error_renders_by_its_code():
    assert render_error(Cancelled(), "id") == "Dibatalkan; tidak ada yang diubah."
    assert render_error(Cancelled(), "en") == "Cancelled; nothing was changed."
    assert render_error(RenpamError(), "id") == "Terjadi kesalahan."
    assert render_error(RenpamError("Disk on fire."), "id") == "Disk on fire."  # no code: its own sentence
    # a code the catalogue does not know: the English sentence it was raised with
    assert render_error(RenpamError("A sentence.", code="no.such.code"), "id") == "A sentence."
    assert render_error(ValueError("plain"), "id") == "plain"


def test_opening_errors_carry_a_code_and_render_in_both_languages(tmp_path):
    folder = tmp_path / "map.renpam"
    folder.mkdir()
    with pytest.raises(OperationFileError) as info:
        open_operation_file(folder)
    assert info.value.reason == Message("open.folder")
    assert info.value.params["name"] == "map.renpam"
    assert info.value.message("id") == "Tidak dapat membuka map.renpam: itu sebuah folder, bukan berkas."
    assert info.value.message("en") == "Cannot open map.renpam: it is a folder, not a file."


def broken_plan(plan):
    """The demo with no commanders named and one person on every post of the first shift."""
    plan.set_operation(commander=None, field_commander=None)
    shift = next(iter(plan.shifts))
    person = next(iter(plan.personnel))
    for post in plan.posts:
        plan.assign(person, post, shift, "anggota")
    return plan


def test_findings_render_from_code_and_params_in_both_languages(demo_plan):
    findings = validate(broken_plan(demo_plan))
    assert len({f.rule for f in findings}) >= 4
    for f in findings:
        assert f.text.code.startswith("finding.") and f.text.code in TEXTS
        assert f.message("id") == render(f.text.code, f.text.params, "id") == f.message_id
        assert f.message("en") == render(f.text.code, f.text.params, "en") == f.message_en
        assert f.message("id") != f.message("en")
    [f] = [f for f in validate(demo_plan) if f.rule == "commander_missing"]
    assert f.message("id").startswith("Komandan operasi belum ditetapkan.")
    assert f.message("en").startswith("No operation commander is named.")


def test_validate_json_carries_the_code_and_params(tmp_path, demo_plan, capsys):
    path = tmp_path / "rusak.renpam"
    save_plan(broken_plan(demo_plan), path)
    assert cli_main(["validate", str(path), "--json"]) == 1
    items = json.loads(capsys.readouterr().out)["findings"]
    assert items
    for item in items:
        message = item["message"]
        assert message["code"].startswith("finding.")
        assert render(message["code"], message["params"], "en") == item["message_en"] or any(
            isinstance(v, (dict, list)) for v in message["params"].values()
        )


def test_import_problems_render_from_code_and_params_in_both_languages(tmp_path):
    from desktop.model import Operation, Plan, Unit
    from desktop.spreadsheets import import_file

    plan = Plan()
    plan.load(operation=Operation(name="Uji"), units=[Unit("SAMAPTA", "Sat Samapta", "POLRI")])
    path = tmp_path / "personel.csv"
    path.write_text(
        "Nama;Pangkat;NRP;Satuan;Jenis Kelamin\nAsep;Bripka;1234;SAMAPTA;L\n;Briptu;87654321;SAMAPTA;X\n",
        encoding="utf-8",
    )
    result = import_file(plan, path, "roster")
    by_code = {p.code: p for p in result.problems}
    assert by_code["bad_nrp"].text == Message("field.nrp_polri", value="1234")  # the one NRP rule
    assert by_code["bad_nrp"].describe("id") == "baris 2, kolom C (NRP): NRP harus 8 angka: '1234'"
    assert by_code["bad_nrp"].describe("en") == "row 2, column C (NRP): NRP must be 8 digits: '1234'"
    assert by_code["missing_name"].message("id") == "nama kosong"
    assert by_code["bad_gender"].message("id") == "jenis kelamin tidak dikenal: 'X' (L/P)"
    assert by_code["bad_gender"].message("en") == "unknown gender: 'X' (L/P)"
    assert not plan.personnel  # nothing imported with problems


def test_unreadable_spreadsheet_renders_by_code(tmp_path):
    from desktop.spreadsheets import SpreadsheetError, read_sheet

    old = tmp_path / "daftar.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0 not really")
    with pytest.raises(SpreadsheetError) as info:
        read_sheet(old)
    assert info.value.code == "sheet.old_excel"
    assert (
        render_error(info.value, "id")
        == "daftar.xls: format Excel 97-2003 yang lama; simpan dulu sebagai .xlsx atau .csv"
    )
    assert render_error(info.value, "en") == str(info.value)


def test_plan_document_problems_render_in_both_languages():
    from desktop import plan_json

    with pytest.raises(plan_json.PlanDocumentError) as info:
        plan_json.loads('{"format": ')
    [message] = info.value.messages
    assert message.code == "plan_doc.bad_json"
    assert message.render("id").startswith("baris 1, kolom 12: ")
    assert info.value.problems == [message.render("en")] and message.render("en").startswith("line 1, column 12: ")
    assert render_error(info.value, "id") == "Dokumen rencana memiliki 1 masalah; tidak ada yang diubah."
