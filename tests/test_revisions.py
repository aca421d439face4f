"""Print revisions, the change engine, printing only what changed, and the roll call (core and CLI)."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from test_properties import FAST, apply, edited_plan, random_edit

from desktop.briefing.content import BriefingOptions
from desktop.briefing.render import generate
from desktop.cli import main
from desktop.revisions import REASONS, snapshot_document
from desktop.revisions.changes import apply_changes, compare, normalize, roll_call_replacements
from desktop.storage import OperationFileError, open_operation_file, save_plan

STAMP = re.compile(r"(?:Revisi|Revision):\s*([0-9A-F]{8})")
PAGE = re.compile(r"Halaman (\d+) dari")


def _doc(plan) -> dict:
    return json.loads(json.dumps(snapshot_document(plan), default=str))  # as stored and read back


def _stamps(path) -> list[str]:
    return [STAMP.search(page.extract_text()).group(1) for page in PdfReader(str(path)).pages]


# ---------------------------------------------------------------------------- the change engine
@FAST
@given(st.data(), st.integers(0, 12), st.integers(1, 12))
def test_applying_the_reported_changes_to_the_old_plan_yields_the_new_one(data, before_steps, steps):
    """For any random edit sequence, the changes listed turn the old snapshot into the new one."""
    plan = edited_plan(data, before_steps)
    old = _doc(plan)
    for _ in range(steps):
        e = random_edit(data, plan)
        if e is not None:
            apply(plan, e)
    new = _doc(plan)
    changes = compare(old, new)
    assert apply_changes(old, changes, new) == normalize(new)
    for change in changes:  # every change reads as a sentence in both languages
        assert change.message("id") and change.message("en")
    assert compare(new, new) == []


def test_no_change_gives_an_empty_list(demo_plan):
    """Two snapshots of the same plan differ in nothing."""
    assert compare(_doc(demo_plan), _doc(demo_plan.clone())) == []


def test_a_move_reads_as_one_plain_sentence_with_the_pages_it_makes_stale(demo_plan):
    """A person taken from one post and put on another in the same shift is one 'moved' change."""
    old = _doc(demo_plan)
    a = next(a for a in demo_plan.assignments.values() if a.shift == "LAKS" and a.role == "anggota")
    person = demo_plan.personnel[a.person]
    target = next(c for c, p in demo_plan.posts.items() if c != a.post and p.manned_in("LAKS"))
    demo_plan.unassign(a.person, a.post, "LAKS")
    demo_plan.assign(a.person, target, "LAKS")
    [change] = compare(old, _doc(demo_plan))
    assert change.code == "person_moved"
    assert change.message("id") == f"{person.rank} {person.name} pindah dari {a.post} ke {target} (tahap LAKS)"
    assert change.message("en") == f"{person.rank} {person.name} moved from {a.post} to {target} (shift LAKS)"
    assert f"post:{a.post}:LAKS" in change.stale and f"post:{target}:LAKS" in change.stale


# ---------------------------------------------------------------------------- revisions on disk
def test_every_print_records_a_revision_kept_in_the_file(demo_file, tmp_path, capsys):
    """`renpam print` records revision 1 and 2 in the file; `revisions --json` lists them."""
    assert main(["print", str(demo_file), "-o", str(tmp_path / "a.pdf"), "--doc", "posts", "--shift", "LAKS"]) == 0
    assert main(["print", str(demo_file), "-o", str(tmp_path / "b.pdf"), "--doc", "slips"]) == 0
    capsys.readouterr()
    assert main(["revisions", str(demo_file), "--json"]) == 0
    revs = json.loads(capsys.readouterr().out)["revisions"]
    assert [r["number"] for r in revs] == [1, 2]
    assert revs[0]["documents"] == ["posts"] and revs[0]["options"]["shifts"] == ["LAKS"]
    assert revs[0]["pages"] == len(PdfReader(str(tmp_path / "a.pdf")).pages)
    assert revs[1]["has_snapshot"] and not revs[1]["changed_only"]
    assert main(["changes", str(demo_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["count"] == 0
    assert main(["changes", str(demo_file), "--since", "9"]) == 2
    assert capsys.readouterr().err.strip() == "Tidak ada revisi cetak 9."


def test_a_never_printed_plan_says_so_in_one_sentence(demo_file, capsys):
    """`renpam changes` on a plan never printed exits 3 with one sentence, no traceback."""
    assert main(["changes", str(demo_file)]) == 3
    err = capsys.readouterr().err.strip()
    assert err == "Rencana ini belum pernah dicetak." and "Traceback" not in err


def test_a_damaged_revision_row_refuses_the_file(demo_file, tmp_path):
    """A print revision whose parts are not a list makes the file refused with a reason, unchanged."""
    assert main(["print", str(demo_file), "-o", str(tmp_path / "a.pdf"), "--doc", "roster"]) == 0
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE print_revisions SET parts = '{\"x\": 1}'")
    conn.commit()
    conn.close()
    before = demo_file.read_bytes()
    with pytest.raises(OperationFileError, match="damaged"):
        open_operation_file(demo_file)
    assert demo_file.read_bytes() == before


# ---------------------------------------------------------------------------- print only what changed
def test_stale_pages_are_exactly_the_pages_whose_stamp_changed(demo_file, tmp_path, capsys):
    """After a move, the changed-only PDF is the change sheet plus exactly the pages whose stamp differs
    between a full print before and after, each marked REVISI 2 and numbered as the page it replaces.
    The move is between two LAKS-only posts, so no post sheet splits into one sheet per shift and the
    two full prints have the same pages."""
    before_pdf, after_pdf, changed_pdf = tmp_path / "before.pdf", tmp_path / "after.pdf", tmp_path / "changed.pdf"
    assert main(["print", str(demo_file), "-o", str(before_pdf)]) == 0
    plan = open_operation_file(demo_file).plan
    a = next(a for a in plan.assignments.values() if a.shift == "LAKS" and a.role == "anggota" and a.post == "P06")
    plan.unassign(a.person, "P06", "LAKS")
    plan.assign(a.person, "P09", "LAKS")
    save_plan(plan, demo_file)
    generate(plan, after_pdf, BriefingOptions())  # a full print for comparison (not recorded)
    old, new = _stamps(before_pdf), _stamps(after_pdf)
    assert len(old) == len(new)
    changed_pages = {i + 1 for i, (x, y) in enumerate(zip(old, new)) if x != y}
    assert changed_pages

    assert main(["print", str(demo_file), "--changed", "-o", str(changed_pdf)]) == 0
    pages = [p.extract_text() for p in PdfReader(str(changed_pdf)).pages]
    sheet = [t for t in pages if "LEMBAR PERUBAHAN" in t or "Lembar perubahan" in t]
    reprinted = [t for t in pages if t not in sheet]
    assert {int(PAGE.search(t).group(1)) for t in reprinted} == changed_pages
    assert len(reprinted) == len(changed_pages)
    assert all("REVISI 2" in t for t in reprinted)
    person = plan.personnel[a.person]
    assert f"{person.name} pindah dari P06 ke P09 (tahap LAKS)" in " ".join(sheet).replace("\n", " ")
    for t in reprinted:  # each reprinted page shows the new stamp of the page it replaces
        n = int(PAGE.search(t).group(1))
        assert STAMP.search(t).group(1) == new[n - 1]
    capsys.readouterr()
    assert main(["revisions", str(demo_file), "--json"]) == 0
    revs = json.loads(capsys.readouterr().out)["revisions"]
    assert revs[-1]["number"] == 2 and revs[-1]["changed_only"] and revs[-1]["pages"] == len(pages)
    assert main(["changes", str(demo_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["count"] == 0  # the reprint is the new baseline


def test_nothing_changed_prints_only_the_change_sheet(demo_file, tmp_path):
    """With no edit since the last print, --changed writes the change sheet and no other page."""
    assert main(["print", str(demo_file), "-o", str(tmp_path / "a.pdf"), "--doc", "slips"]) == 0
    assert main(["print", str(demo_file), "--changed", "-o", str(tmp_path / "c.pdf")]) == 0
    text = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "c.pdf")).pages)
    assert "Tidak ada halaman yang perlu dicetak ulang." in text and "REVISI 2 ·" in text


# ---------------------------------------------------------------------------- the roll call
def test_roll_call_from_an_absence_to_the_reprinted_slip(demo_file, tmp_path, capsys):
    """An absence at the LAKS apel opens the place, --replace fills it from the candidates, the apel
    report counts it, and the changed-only print reprints the slip with the replacement's name."""
    assert main(["print", str(demo_file), "-o", str(tmp_path / "slips.pdf"), "--doc", "slips", "--shift", "LAKS"]) == 0
    plan = open_operation_file(demo_file).plan
    a = next(a for a in plan.assignments.values() if a.shift == "LAKS" and a.role == "anggota")
    person = plan.personnel[a.person]
    capsys.readouterr()
    assert (
        main(["attendance", str(demo_file), "--apel", "LAKS", "--absent", person.nrp, "--reason", "sakit", "--json"])
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert report["total"]["kurang"] == 1 and report["total"]["hadir"] == report["total"]["jumlah"] - 1
    assert report["open_places"] == [
        {
            "post": a.post,
            "role": "anggota",
            "absent": a.person,
            "absent_name": f"{person.rank} {person.name} ({person.nrp})",
        }
    ]
    assert report["proposals"][0]["candidates"]
    assert (a.person, a.post, "LAKS") not in open_operation_file(demo_file).plan.assignments
    assert (
        main(["attendance", str(demo_file), "--apel", "LAKS", "--replace", "-o", str(tmp_path / "apel.pdf"), "--json"])
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    [swap] = report["replaced"]
    assert swap["absent"] == a.person and swap["post"] == a.post and report["open_places"] == []
    apel_text = PdfReader(str(tmp_path / "apel.pdf")).pages[0].extract_text()
    assert "LAPORAN APEL" in apel_text and "sakit" in apel_text and swap["replacement_name"] in apel_text
    assert main(["print", str(demo_file), "--changed", "-o", str(tmp_path / "new-slips.pdf")]) == 0
    text = " ".join(p.extract_text() for p in PdfReader(str(tmp_path / "new-slips.pdf")).pages)
    replacement = open_operation_file(demo_file).plan.personnel[swap["replacement"]]
    assert replacement.name in text and "REVISI 2" in text
    assert (
        f"{person.rank} {person.name} (sakit) diganti oleh {replacement.rank} {replacement.name} di {a.post} "
        "(tahap LAKS)"
    ) in text.replace("\n", " ")


def test_roll_call_refuses_unknown_people_and_reasons_in_one_sentence(demo_file, capsys):
    """An unknown person or reason exits 2 with one sentence and leaves the file unchanged."""
    before = demo_file.read_bytes()
    assert main(["attendance", str(demo_file), "--apel", "LAKS", "--absent", "Nobody Here", "--lang", "en"]) == 2
    assert capsys.readouterr().err.strip().endswith("No one called Nobody Here has a duty in shift LAKS.")
    assert main(["attendance", str(demo_file), "--apel", "LAKS", "--absent", "x", "--reason", "bored"]) == 2
    assert "Alasan tidak dikenal: bored." in capsys.readouterr().err
    assert main(["attendance", str(demo_file), "--apel", "NOPE"]) == 2
    assert demo_file.read_bytes() == before


@pytest.mark.parametrize(
    "snapshot",
    [
        b"not zlib",
        __import__("zlib").compress(b"[1, 2]"),
        __import__("zlib").compress(b'{"personnel": [{"id": 7}]}'),
        __import__("zlib").compress(b"{" * 100_000),
    ],
)
def test_a_damaged_snapshot_is_one_sentence_not_a_traceback(demo_file, tmp_path, capsys, snapshot):
    """A stored snapshot that does not inflate to a plan document makes `changes` say so and exit 3."""
    assert main(["print", str(demo_file), "-o", str(tmp_path / "a.pdf"), "--doc", "roster"]) == 0
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE print_revisions SET snapshot = ?", (snapshot,))
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["changes", str(demo_file), "--lang", "en"]) == 3
    assert capsys.readouterr().err.strip() == (
        "The stored content of that revision is damaged; compare with another one (--since)."
    )
    out = tmp_path / "c.pdf"
    assert main(["print", str(demo_file), "--changed", "-o", str(out)]) == 0  # pages still come from the stamps
    assert "daftar perubahan tidak tersedia" in PdfReader(str(out)).pages[0].extract_text().replace("\n", " ")


@FAST
@given(st.lists(st.integers(0, 10_000), min_size=1, max_size=6, unique=True), st.sampled_from(list(REASONS)))
def test_roll_call_changes_apply_too(picks, reason):
    """Absences and their replacements read as 'replaced' changes that still rebuild the new plan."""
    from desktop.demo import build_demo_plan
    from desktop.revisions import rollcall

    plan = build_demo_plan()
    old = _doc(plan)
    on_duty = sorted({a.person for a in plan.assignments.values() if a.shift == "LAKS"})
    absent = sorted({on_duty[i % len(on_duty)] for i in picks})
    rollcall.mark_absent(plan, "LAKS", absent, reason)
    filled = rollcall.replace_all(plan, "LAKS")
    new = _doc(plan)
    changes = compare(old, new, roll_call_replacements(plan))
    assert apply_changes(old, changes, new) == normalize(new)
    assert sum(c.code == "person_replaced" for c in changes) == len(filled)
    assert all(a not in {pid for _, pid in filled} for a in absent)  # nobody absent replaces anyone


def test_a_version_three_file_opens_prints_and_saves_in_the_current_version(tmp_path, capsys):
    """A file written before print revisions existed opens (nothing printed yet), prints, and is
    saved with its first revision in the current format."""
    from desktop.storage.schema import SCHEMA_VERSION, migrate

    path = tmp_path / "old.renpam"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, 3)
    conn.execute("INSERT INTO operation (id, name) VALUES (1, 'Operasi Lama')")
    conn.execute("INSERT INTO shifts (code, seq, name) VALUES ('LAKS', 0, 'Pelaksanaan')")
    conn.close()
    opened = open_operation_file(path)
    assert opened.file_version == 3 and opened.plan.print_revisions == [] and opened.plan.roll_calls == {}
    assert main(["print", str(path), "-o", str(tmp_path / "a.pdf"), "--doc", "roster"]) == 0
    reopened = open_operation_file(path)
    assert reopened.file_version == SCHEMA_VERSION >= 5 and [r.number for r in reopened.plan.print_revisions] == [1]
