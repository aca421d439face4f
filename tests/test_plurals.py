"""Counts read as planners write them: "1 place", "2 places" in English, one form in Indonesian;
no "(s)" left in any text the program shows or prints."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from desktop.cli import main
from desktop.messages import Message, counted, placeholders
from desktop.messages.catalogue import TEXTS
from desktop.model import Person, Plan, Unit
from desktop.spreadsheets.importing import ImportResult
from desktop.storage import save_plan

ROOT = Path(__file__).resolve().parent.parent


def test_catalogue_picks_singular_and_plural_in_english_and_one_form_in_indonesian():
    """A catalogue sentence with a count says "1 place" / "3 places" in English; Indonesian has one form."""
    one = Message("finding.post_not_manned_places", where="P01", count=1, shift="PAGI")
    three = Message("finding.post_not_manned_places", where="P01", count=3, shift="PAGI")
    assert "holds 1 place (names to follow)" in one.render("en")
    assert "holds 3 places (names to follow)" in three.render("en")
    assert "memegang 1 tempat" in one.render("id") and "memegang 3 tempat" in three.render("id")
    zero = Message("plan_doc.invalid", count=0).render("en")
    assert zero == "The plan document has 0 problems; nothing was changed."
    assert Message("plan_doc.invalid", count=1).render("en") == "The plan document has 1 problem; nothing was changed."
    verb = Message("autoassign.rank", rank="AKP", shift="PAGI", total=2, count=1, where="P01").render("en")
    assert "1 post gets a lower-ranked danpos" in verb


def test_no_text_in_the_catalogue_or_the_program_writes_an_s_in_brackets():
    """Neither the catalogue nor a string literal in desktop/ or ui/ nor a translation says "(s)"."""
    for code, pair in TEXTS.items():
        for text in pair:
            assert "(s)" not in text, code
            # a plural choice names the same count the sentence fills in
            for name in re.findall(r"\{(\w+):#", text):
                assert name in placeholders(text), code
    hits = []
    for path in [*ROOT.joinpath("desktop").rglob("*.py"), *ROOT.joinpath("ui").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                if re.search(r"[a-z]\(s\)", node.value):
                    hits.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    for ts in ROOT.joinpath("resources", "translations").glob("renpam_*.ts"):
        hits += [f"{ts.name}: {line.strip()}" for line in ts.read_text(encoding="utf-8").splitlines() if "(s)" in line]
    assert hits == []


def test_counted_english_counts():
    """The English helper for texts outside the catalogue."""
    assert [counted(n, "row", "rows") for n in (0, 1, 2)] == ["0 rows", "1 row", "2 rows"]


def test_import_summary_counts_in_both_languages():
    """The import summary: "1 unit created, 2 rows rejected" / "1 satuan baru, 2 baris ditolak"."""
    result = ImportResult("roster", "x.csv", "x", 1, added=3, units_created=["PS-BGS"], rejected=2)
    assert result.summary("en").endswith("1 unit created, 2 rows rejected")
    assert result.summary("id").endswith("1 satuan baru, 2 baris ditolak")


def test_validate_summary_line_in_both_languages(tmp_path, capsys):
    """`renpam validate` ends with its counts in the chosen language, singular where one."""
    plan = Plan()
    plan.put_unit(Unit("SAMAPTA", "Sat Samapta"))
    plan.put_person(Person("p-1", "Budi", nrp="12345678", rank="Aipda", unit="SAMAPTA"))
    path = tmp_path / "op.renpam"
    save_plan(plan, path)
    main(["validate", str(path), "--lang", "en"])
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert re.fullmatch(r"\d+ errors?, \d+ warnings?, \d+ accepted", last)
    assert not re.search(r"\b1 errors\b|\b1 warnings\b", last)
    main(["validate", str(path)])
    assert re.fullmatch(
        r"\d+ kesalahan, \d+ peringatan, \d+ diterima", capsys.readouterr().out.strip().splitlines()[-1]
    )


def _window_on(qtbot, tmp_path, plan: Plan):
    from test_ui_assembly import make_window

    from desktop.storage.document import OperationDocument

    return make_window(qtbot, tmp_path, OperationDocument(plan))


def _one_of_each() -> Plan:
    from desktop.model import Post, Shift

    plan = Plan()
    plan.put_unit(Unit("SAMAPTA", "Sat Samapta"))
    plan.put_person(Person("p-1", "Budi", nrp="12345678", rank="Aipda", unit="SAMAPTA"))
    plan.put_shift(Shift("PAGI", "Pagi"))
    plan.put_post(Post("P01", "Gerbang"))
    return plan


def test_window_counts_say_one_person_in_english_and_personel_in_indonesian(qtbot, tmp_path):
    """The status bar of a plan with one of each says "1 person · 1 post · 1 shift" in English (the
    English numerus file is loaded) and "1 personel · 1 pos · 1 sif" in Indonesian."""
    from PySide6.QtCore import QLocale

    from ui import i18n

    before = QLocale()
    try:
        i18n.install("en")
        assert i18n.language() == "en"
        window = _window_on(qtbot, tmp_path, _one_of_each())
        window._update_status()
        assert window.status_counts.text() == "1 person · 1 post · 1 shift"
        assert re.fullmatch(r"\d+ errors?, \d+ warnings?", window.status_problems.text())
        assert not re.search(r"\b1 (errors|warnings)\b", window.status_problems.text())
        i18n.install("id")
        assert i18n.language() == "id"
        window._update_status()
        assert window.status_counts.text() == "1 personel · 1 pos · 1 sif"
        assert re.fullmatch(r"\d+ kesalahan, \d+ peringatan", window.status_problems.text())
        i18n.install("en")
        window._update_status()
        plan = window.plan
        plan.put_person(Person("p-2", "Asep", nrp="12345679", rank="Bripda", unit="SAMAPTA"))
        window._update_status()
        assert window.status_counts.text() == "2 people · 1 post · 1 shift"
    finally:
        i18n.uninstall()
        QLocale.setDefault(before)


def test_printed_counts_in_english_are_singular_for_one():
    """The packet's strength line and group lines say "1 post, 1 phase/shift", "1 member" in English."""
    from desktop.briefing import strings as S

    assert S.tr("strength_value", "en", people=1, posts=1, shifts=1) == "1 personnel, 1 post, 1 phase/shift"
    assert S.tr("strength_value", "en", people=9, posts=4, shifts=2) == "9 personnel, 4 posts, 2 phases/shifts"
    assert S.tr("group_members", "en", n=1) == "1 member not at a post"
    assert S.tr("phases_n", "en", n=3) == "3 phases" and S.tr("phases_n", "id", n=1) == "1 tahap"
