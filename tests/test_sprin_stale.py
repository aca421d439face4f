"""Lines of the Sprin's name list among the stale parts: `renpam changes` names them, and
`renpam print --changed` reprints the name list's pages and says which lines changed."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from pypdf import PdfReader

from desktop.cli import main
from desktop.model import Person
from desktop.storage import open_operation_file, save_plan

PAGE = re.compile(r"Halaman (\d+) dari (\d+)")


def texts(path) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(str(path)).pages]


def test_changes_name_the_sprin_lines_they_make_stale(demo_file, tmp_path, capsys):
    """A move, a promotion, a new person posted and a reserve member dropped each name their Sprin line;
    going on or off duty also names the strength (Sprin, cover, order); a roster-only person names none."""
    assert main(["print", str(demo_file), "-o", str(tmp_path / "sprin.pdf"), "--doc", "sprin"]) == 0
    plan = open_operation_file(demo_file).plan
    mover = next(a for a in plan.assignments.values() if a.post == "P06" and a.role == "anggota")
    plan.unassign(mover.person, "P06", mover.shift)
    plan.assign(mover.person, "P09", mover.shift)
    promoted = next(p for p in plan.personnel.values() if p.name == "Dewi Lestari")
    plan.put_person(replace(promoted, rank="Brigpol"))
    plan.put_person(Person("new", "Asep Baru", nrp="99010999", rank="Bripda", unit="SAMAPTA"))
    plan.assign("new", "P03", "LAKS")
    plan.put_person(Person("idle", "Tanpa Tugas", nrp="99010998", rank="Bripda", unit="SAMAPTA"))
    reserve = next(g for g in plan.groups.values() if g.reserve)
    dropped = reserve.members[-1]
    plan.put_group(replace(reserve, members=reserve.members[:-1]))
    save_plan(plan, demo_file)
    capsys.readouterr()
    assert main(["changes", str(demo_file), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]

    def stale_of(code: str, person: str) -> set[str]:
        found = [c for c in changes if c["code"] == code and person in json.dumps(c["params"])]
        assert found, (code, [c["code"] for c in changes])
        return set().union(*(set(c["stale"]) for c in found))

    moved = stale_of("person_moved", mover.person)
    assert {"sprin_list", f"sprin_list:{mover.person}"} <= moved and "sprin" not in moved
    assert f"sprin_list:{promoted.id}" in stale_of("person_updated", promoted.id)
    posted = stale_of("person_assigned", "new")
    assert {"sprin_list", "sprin_list:new", "sprin", "cover", "orders"} <= posted
    assert not any(s.startswith("sprin") for s in stale_of("person_added", "idle"))
    group = stale_of("group_updated", reserve.code)
    assert {f"sprin_list:{dropped}", "sprin", "orgchart"} <= group
    assert not any(s == f"sprin_list:{m}" for m in reserve.members[:-1] for s in group)


def test_print_changed_reprints_the_sprin_list_and_names_the_lines(demo_file, tmp_path):
    """After a move and a promotion, the changed-only print holds the change sheet naming the two changed
    lines and exactly the name list's pages, numbered as the pages they replace."""
    full = tmp_path / "sprin.pdf"
    assert main(["print", str(demo_file), "-o", str(full), "--doc", "sprin"]) == 0
    before = texts(full)
    list_pages = [i + 1 for i, t in enumerate(before) if "PANGKAT/NRP" in t]
    plan = open_operation_file(demo_file).plan
    mover = next(a for a in plan.assignments.values() if a.post == "P06" and a.role == "anggota")
    plan.unassign(mover.person, "P06", mover.shift)
    plan.assign(mover.person, "P09", mover.shift)
    promoted = next(p for p in plan.personnel.values() if p.name == "Dewi Lestari")
    plan.put_person(replace(promoted, rank="Brigpol"))
    save_plan(plan, demo_file)

    out = tmp_path / "changed.pdf"
    assert main(["print", str(demo_file), "--changed", "-o", str(out)]) == 0
    pages = texts(out)
    sheet = [t for t in pages if "LEMBAR PERUBAHAN" in t]
    reprinted = [t for t in pages if t not in sheet]
    assert sheet and reprinted and all("REVISI 2" in t for t in reprinted)
    assert sorted(int(PAGE.search(t).group(1)) for t in reprinted) == list_pages  # the Sprin itself did not change
    assert all(PAGE.search(t).group(2) == str(len(before)) for t in reprinted)
    sheet_text = " ".join(sheet)
    mover_name = plan.personnel[mover.person]
    assert "baris yang berubah:" in sheet_text
    assert f"{mover_name.rank} {mover_name.name}" in sheet_text and "Brigpol Dewi Lestari" in sheet_text
    listed = " ".join(reprinted)
    assert "DEWI LESTARI Brigpol" in listed and "P09" in listed


def test_group_changes_apply_and_read_in_both_languages(demo_plan):
    """A group added, one changed (a member out, a new commander) and one removed are listed, read as
    sentences in both languages, and replaying them on the old snapshot gives the new one."""
    from desktop.model import Group
    from desktop.revisions import snapshot_document
    from desktop.revisions.changes import apply_changes, compare, normalize

    def doc(plan):
        return json.loads(json.dumps(snapshot_document(plan), default=str))

    old = doc(demo_plan)
    reserve = next(g for g in demo_plan.groups.values() if g.reserve)
    demo_plan.put_group(replace(reserve, members=reserve.members[1:], commander=reserve.members[0]))
    demo_plan.remove_group("HUMAS")
    demo_plan.put_person(Person("waka", "Bambang Sutrisno", nrp="80030411", rank="Kompol", unit="PIMPINAN"))
    demo_plan.put_group(Group("WAKA", "Wakil penanggung jawab", "wakil", commander="waka"))
    new = doc(demo_plan)
    changes = compare(old, new)
    codes = [c.code for c in changes]
    assert {"group_added", "group_removed", "group_updated", "person_added"} <= set(codes)
    assert apply_changes(old, changes, new) == normalize(new)
    added = next(c for c in changes if c.code == "group_added")
    assert added.message("id") == "Kelompok WAKA Wakil penanggung jawab ditambahkan"
    assert added.message("en") == "Group WAKA Wakil penanggung jawab added"
    assert {"orgchart", "cover", "sprin_list:waka", "sprin"} <= set(added.stale)
    updated = next(c for c in changes if c.code == "group_updated")
    assert "anggota" in updated.message("id") and "members" in updated.message("en")
