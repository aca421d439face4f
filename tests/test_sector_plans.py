"""Sector plans out and back (desktop.sectorplans): a Polsek's part of a district vote exported to
its own operation file, edited on both sides independently, merged back three-way with every kind
of change and conflict, idempotently, refusing foreign and hostile files; the roll-up; the
command line's verbs and JSON shapes; the file format's migration 7."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.generator import generate_large_plan
from desktop.model import Assignment, Group, Person, Placeholder, Plan, Post
from desktop.planning.sectors import Sectors
from desktop.sectorplans import (
    SectorError,
    apply_merge,
    exports_of,
    operation_id,
    origin_of,
    prepare_merge,
    rollup,
)
from desktop.storage import open_operation_file, save_plan
from desktop.storage.schema import SCHEMA_VERSION, migrate

SECTOR = "PS-BUNGUR"


def district() -> Plan:
    """A small district vote: 17 Polsek, 60 posts (about 5 of them Bungursari's), staffed, with a
    group spanning a sector post and a Polres post, and a place held for a unit."""
    plan = generate_large_plan(personnel=300, posts=60, assign=True)
    mine = [p.code for p in plan.posts.values() if Sectors(plan).home_unit(p) == SECTOR]
    other = next(p.code for p in plan.posts.values() if Sectors(plan).home_unit(p) != SECTOR)
    plan.put_group(Group("G1", "Pam TPS Bungursari", "polsek", posts=[mine[0], other]))
    plan.put_placeholder(Placeholder(mine[1], "S2", SECTOR, 1))
    return plan


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sector_posts(plan: Plan) -> list[str]:
    return [p.code for p in plan.posts.values() if Sectors(plan).home_unit(p) == SECTOR]


@pytest.fixture
def master(tmp_path) -> Path:
    path = tmp_path / "master.renpam"
    save_plan(district(), path)
    return path


def export(master: Path, tmp_path: Path, *selection: str, name: str = "sektor.renpam") -> Path:
    out = tmp_path / name
    assert main(["export", str(master), *(selection or ("--sector", SECTOR)), "-o", str(out)]) == 0
    return out


def load(path: Path) -> Plan:
    return open_operation_file(path).plan


def edit(path: Path, fn) -> None:
    plan = load(path)
    fn(plan)
    save_plan(plan, path)


def merge(master: Path, sector: Path, *extra: str, capsys=None) -> tuple[int, dict]:
    if capsys is not None:
        capsys.readouterr()
    code = main(["merge", str(master), str(sector), "--json", *extra])
    out = json.loads(capsys.readouterr().out) if capsys is not None else {}
    return code, out


# ---------------------------------------------------------------------------- export
def test_a_sector_file_holds_the_polsek_posts_their_people_and_the_operation(master, tmp_path, capsys):
    """Exporting a Polsek's sector writes an ordinary operation file with its posts, the people and
    units that staff them, the unit's own free people, every shift, the order and settings, and
    the groups cut to what went along; the master records the export and gets a stable id."""
    before = load(master)
    out = export(master, tmp_path)
    sector = load(out)
    assert sorted(sector.posts) == sorted(sector_posts(before))
    staffed = {a.person for a in before.assignments.values() if a.post in sector.posts}
    assert staffed <= set(sector.personnel)
    busy_elsewhere = {a.person for a in before.assignments.values() if a.post not in sector.posts}
    free_own = {p for p in before.people_of_unit(SECTOR) if p not in busy_elsewhere}
    assert set(sector.personnel) == staffed | free_own
    assert {a.key for a in sector.assignments.values()} == {
        a.key for a in before.assignments.values() if a.post in sector.posts
    }
    assert list(sector.shifts) == list(before.shifts) and sector.operation.name == before.operation.name
    assert sector.groups["G1"].posts == [p for p in before.groups["G1"].posts if p in sector.posts]
    assert len(sector.placeholders) == 1 and SECTOR in sector.units
    after = load(master)
    (record,) = exports_of(after)
    origin = origin_of(sector)
    assert origin is not None and origin.id == record.id and origin.label == SECTOR
    assert origin.operation_id == operation_id(after) != "" and sector.settings["operation_id"] == operation_id(after)
    assert record.selection == {"sectors": [SECTOR]} and record.exported_by is not None
    # A second export keeps the operation's id.
    export(master, tmp_path, "--post", sector_posts(before)[0], name="satu.renpam")
    assert operation_id(load(master)) == origin.operation_id and len(exports_of(load(master))) == 2


def test_the_sector_file_says_whose_sector_it_is(master, tmp_path, capsys):
    """`renpam info` of a sector file says "Sektor … dari operasi …", and its JSON carries it."""
    out = export(master, tmp_path)
    capsys.readouterr()
    assert main(["info", str(out)]) == 0
    text = capsys.readouterr().out
    assert f"Sektor {SECTOR} dari operasi Operasi Mantap Praja" in text and f"Sector {SECTOR} of the operation" in text
    assert main(["info", str(out), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["sector_of"]["label"] == SECTOR and info["sector_of"]["operation_id"]
    assert main(["info", str(master), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sector_of"] is None


def test_export_by_post_unit_and_kecamatan(master, tmp_path):
    """--post, --unit and --kecamatan select posts too, and selections add up."""
    plan = load(master)
    posts = sector_posts(plan)
    one = load(export(master, tmp_path, "--post", posts[0], name="a.renpam"))
    assert list(one.posts) == [posts[0]]
    kec = load(export(master, tmp_path, "--kecamatan", "bungursari", name="b.renpam"))
    assert set(kec.posts) == {p.code for p in plan.posts.values() if p.district.casefold() == "bungursari"}
    unit = load(export(master, tmp_path, "--unit", SECTOR, name="c.renpam"))
    people = set(plan.people_of_unit(SECTOR))
    assert set(unit.posts) == {a.post for a in plan.assignments.values() if a.person in people}
    both = load(export(master, tmp_path, "--post", posts[0], "--kecamatan", "Cibatu", name="d.renpam"))
    assert posts[0] in both.posts and any(p.district == "Cibatu" for p in both.posts.values())


@pytest.mark.parametrize(
    "args, code",
    [
        (["--sector", "NOPE"], 2),
        (["--post", "NOPE"], 2),
        (["--kecamatan", "Atlantis"], 2),
        ([], 2),  # a .renpam output without a selection
    ],
)
def test_bad_selections_are_usage_errors_and_change_nothing(master, tmp_path, capsys, args, code):
    """An unknown unit or post, a selection without posts, or no selection: exit 2, one line, nothing written."""
    before = sha(master)
    out = tmp_path / "s.renpam"
    assert main(["export", str(master), *args, "-o", str(out)]) == code
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err
    assert not out.exists() and sha(master) == before


def test_a_selection_with_another_output_is_a_usage_error(master, tmp_path, capsys):
    """A sector goes to a .renpam file; the spreadsheet and JSON exports keep working as before."""
    assert main(["export", str(master), "--sector", SECTOR, "-o", str(tmp_path / "s.xlsx")]) == 2
    assert main(["export", str(master), "-o", str(tmp_path / "plan.json")]) == 0
    assert json.loads((tmp_path / "plan.json").read_text())["format"] == "renpam-plan"
    assert main(["export", str(master), "-o", str(tmp_path / "table.csv")]) == 0


def test_an_existing_sector_file_is_not_overwritten_without_force(master, tmp_path, capsys):
    out = export(master, tmp_path)
    before = sha(out)
    assert main(["export", str(master), "--sector", SECTOR, "-o", str(out)]) == 2
    assert sha(out) == before
    assert main(["export", str(master), "--sector", SECTOR, "-o", str(out), "--force"]) == 0


# ---------------------------------------------------------------------------- merge: every kind of change
def test_every_kind_of_sector_change_merges_into_the_master(master, tmp_path, capsys):
    """People added, changed, removed; placed, moved, taken off, made danpos; posts added, changed,
    removed; places held; groups; the master's own edits since the export stay."""
    out = export(master, tmp_path)
    sector = load(out)
    posts = list(sector.posts)
    free = next(pid for pid in sector.personnel if not sector.assignments_of(pid))
    placed = sector.assignments_at(posts[0], "S2")
    moved = sector.assignments_at(posts[2], "S2")[0]
    taken_off = sector.assignments_at(posts[3], "S2")[0]

    def sector_edits(plan: Plan) -> None:
        plan.put_person(Person("new-1", "Bripda Baru Sekali", nrp="01020304", rank="Bripda", unit=SECTOR))
        plan.put_person(replace(plan.personnel[free], phone="081234567890"))
        plan.assign("new-1", posts[1], "S2")
        plan.unassign(moved.person, moved.post, moved.shift)
        plan.assign(moved.person, posts[1], "S2")
        plan.unassign(taken_off.person, taken_off.post, taken_off.shift)
        plan.set_danpos(posts[0], "S2", placed[-1].person)
        plan.put_post(replace(plan.posts[posts[0]], tasks="Amankan kotak suara sampai PPK"))
        plan.put_post(Post("TPS-BUNGUR-NEW", "TPS 099 Bungursari", kind="tps", sector="Bungursari", min_staff=1))
        plan.remove_post(posts[4]) if len(posts) > 4 else None
        plan.remove_placeholder(next(iter(plan.placeholders)))
        plan.put_group(replace(plan.groups["G1"], held_at="Balai desa"))

    edit(out, sector_edits)
    master_plan = load(master)
    elsewhere = next(p for p in master_plan.posts if p not in sector.posts)
    edit(master, lambda p: p.put_post(replace(p.posts[elsewhere], tasks="Master's own edit")))
    code, report = merge(master, out, capsys=capsys)
    assert code == 0 and report["applied"] and report["unresolved"] == 0 and report["conflicts"] == []
    codes = {c["code"] for c in report["changes"]}
    assert {"person_added", "person_updated", "person_assigned", "person_moved", "person_unassigned"} <= codes
    assert {"danpos_made", "post_retasked", "post_added", "placeholder_removed"} <= codes
    after = load(master)
    assert after.personnel["new-1"].name == "Bripda Baru Sekali" and after.personnel[free].phone == "081234567890"
    assert ("new-1", posts[1], "S2") in after.assignments
    assert (moved.person, posts[1], "S2") in after.assignments and moved.key not in after.assignments
    assert taken_off.key not in after.assignments
    assert after.danpos(posts[0], "S2").id == placed[-1].person
    assert after.posts[posts[0]].tasks == "Amankan kotak suara sampai PPK" and "TPS-BUNGUR-NEW" in after.posts
    if len(posts) > 4:
        assert posts[4] not in after.posts
    assert not after.placeholders
    kept_outside = [p for p in master_plan.groups["G1"].posts if p not in sector.posts]
    assert after.groups["G1"].held_at == "Balai desa" and kept_outside
    assert set(kept_outside) <= set(after.groups["G1"].posts)  # the group's posts merge as a set
    assert after.posts[elsewhere].tasks == "Master's own edit"
    assert after.sector_merges[-1].file == "sektor.renpam"


def test_the_master_side_changes_survive_and_the_sector_removal_of_a_person_still_used_is_not_applied(
    master, tmp_path, capsys
):
    """Changes on the master side stay; the sector deleting someone the master still places
    elsewhere is listed as not applied, never silently lost."""
    out = export(master, tmp_path)
    sector = load(out)
    master_plan = load(master)
    person, shift = next(
        (pid, s) for pid in sector.personnel for s in master_plan.shifts if not master_plan.on_duty(pid, s)
    )
    elsewhere = next(p for p in master_plan.posts if p not in sector.posts)
    edit(master, lambda p: p.assign(person, elsewhere, shift))
    edit(out, lambda p: p.remove_person(person))
    code, report = merge(master, out, capsys=capsys)
    assert code == 0
    assert [n["code"] for n in report["not_applied"]] == ["sector.removal_kept"]
    after = load(master)
    assert person in after.personnel and (person, elsewhere, shift) in after.assignments


# ---------------------------------------------------------------------------- conflicts
def both_edit_tasks(master: Path, out: Path) -> str:
    post = next(iter(load(out).posts))
    edit(out, lambda p: p.put_post(replace(p.posts[post], tasks="versi Polsek", radio_channel="CH-9")))
    edit(master, lambda p: p.put_post(replace(p.posts[post], tasks="versi Polres", name="TPS Induk")))
    return post


def test_a_field_changed_on_both_sides_is_a_conflict_and_nothing_is_applied_without_a_choice(master, tmp_path, capsys):
    """Without --take, conflicts are listed, exit 1, the master's bytes unchanged; fields changed on
    one side only would merge."""
    out = export(master, tmp_path)
    post = both_edit_tasks(master, out)
    before = sha(master)
    code, report = merge(master, out, capsys=capsys)
    assert code == 1 and report["applied"] is False and report["unresolved"] == 1
    (conflict,) = report["conflicts"]
    assert conflict["id"] == f"posts:{post}" and conflict["kind"] == "changed_both"
    assert conflict["fields"] == {"tasks": {"base": "", "mine": "versi Polres", "theirs": "versi Polsek"}} or (
        list(conflict["fields"]) == ["tasks"]
    )
    assert "diubah berbeda" in conflict["message_id"] and "changed differently" in conflict["message_en"]
    assert sha(master) == before


@pytest.mark.parametrize("take, tasks", [("mine", "versi Polres"), ("theirs", "versi Polsek")])
def test_take_mine_or_theirs_resolves_every_conflict(master, tmp_path, capsys, take, tasks):
    """--take mine keeps the master's field (listed as not applied), --take theirs takes the
    sector's; fields changed on one side only merge either way."""
    out = export(master, tmp_path)
    post = both_edit_tasks(master, out)
    code, report = merge(master, out, "--take", take, capsys=capsys)
    assert code == 0 and report["applied"]
    after = load(master).posts[post]
    assert after.tasks == tasks and after.radio_channel == "CH-9" and after.name == "TPS Induk"
    assert [n["code"] for n in report["not_applied"]] == (["sector.kept_mine"] if take == "mine" else [])


def test_a_conflict_is_resolved_per_field(master, tmp_path):
    """In the core (and the window) each field of a conflict can take its own side."""
    out = export(master, tmp_path)
    post = next(iter(load(out).posts))
    edit(out, lambda p: p.put_post(replace(p.posts[post], tasks="Polsek", equipment="HT Polsek")))
    edit(master, lambda p: p.put_post(replace(p.posts[post], tasks="Polres", equipment="HT Polres")))
    m, s = load(master), load(out)
    outcome = prepare_merge(m, s, choices={f"posts:{post}": {"tasks": "theirs", "equipment": "mine"}})
    assert not outcome.unresolved and apply_merge(m, outcome)
    assert (m.posts[post].tasks, m.posts[post].equipment) == ("Polsek", "HT Polres")
    assert [x.code for x in outcome.not_applied] == ["sector.kept_mine"]


def test_a_post_of_the_sector_deleted_in_the_master_is_a_conflict(master, tmp_path, capsys):
    """The master deleted a post the sector kept planning: keep it deleted (mine) or bring it back (theirs)."""
    out = export(master, tmp_path)
    post = list(load(out).posts)[1]
    edit(out, lambda p: p.put_post(replace(p.posts[post], tasks="Dijaga 2 orang")))
    edit(master, lambda p: p.remove_post(post))
    code, report = merge(master, out, "--dry-run", capsys=capsys)
    assert code == 1 and [c["kind"] for c in report["conflicts"]] == ["deleted_in_master"]
    code, report = merge(master, out, "--take", "theirs", capsys=capsys)
    after = load(master)
    assert code == 0 and after.posts[post].tasks == "Dijaga 2 orang"
    assert after.assignments_at(post, "S2"), "the sector's people come back with their post"


def test_a_post_deleted_by_the_sector_but_changed_in_the_master_is_a_conflict(master, tmp_path, capsys):
    out = export(master, tmp_path)
    post = list(load(out).posts)[2]
    edit(out, lambda p: p.remove_post(post))
    edit(master, lambda p: p.put_post(replace(p.posts[post], equipment="Tenda")))
    code, report = merge(master, out, "--take", "mine", capsys=capsys)
    assert code == 0 and [c["kind"] for c in report["conflicts"]] == ["deleted_in_sector"]
    assert load(master).posts[post].equipment == "Tenda"
    assert "sector.kept_mine_deleted_in_sector" in [n["code"] for n in report["not_applied"]]


def test_a_person_placed_where_the_master_already_has_them_is_a_double_booking(master, tmp_path, capsys):
    """The sector places someone in a shift in which the master (or another merged sector) has
    them at another post: mine keeps the master's place, theirs moves them."""
    out = export(master, tmp_path)
    sector = load(out)
    master_plan = load(master)
    person = next(pid for pid in sector.personnel if not master_plan.assignments_of(pid))
    elsewhere = next(p for p in master_plan.posts if p not in sector.posts)
    target = next(iter(sector.posts))
    edit(master, lambda p: p.assign(person, elsewhere, "S2"))
    edit(out, lambda p: p.assign(person, target, "S2"))
    code, report = merge(master, out, capsys=capsys)
    assert code == 1 and [c["kind"] for c in report["conflicts"]] == ["double_booking"]
    assert elsewhere in report["conflicts"][0]["message_en"]
    code, report = merge(master, out, "--take", "mine", capsys=capsys)
    after = load(master)
    assert (person, elsewhere, "S2") in after.assignments and (person, target, "S2") not in after.assignments
    assert "sector.kept_mine_place" in [n["code"] for n in report["not_applied"]]


def test_double_booking_taken_from_the_sector_moves_the_person(master, tmp_path):
    out = export(master, tmp_path)
    sector, m = load(out), load(master)
    person = next(pid for pid in sector.personnel if not m.assignments_of(pid))
    elsewhere = next(p for p in m.posts if p not in sector.posts)
    target = next(iter(sector.posts))
    m.assign(person, elsewhere, "S2")
    sector.assign(person, target, "S2")
    outcome = prepare_merge(m, sector, take="theirs")
    apply_merge(m, outcome)
    assert (person, target, "S2") in m.assignments and (person, elsewhere, "S2") not in m.assignments


def test_two_sectors_merge_one_after_another_and_see_each_other(master, tmp_path, capsys):
    """Two Polsek planning the same free person in the same shift: the second merge sees the
    first one's placement as the master's."""
    plan = load(master)
    shared = Person("shared", "Aiptu Bersama", nrp="80010101", rank="Aiptu", unit="PS-CIBATU")
    plan.put_person(shared)
    save_plan(plan, master)
    a = export(master, tmp_path, "--sector", SECTOR, "--post", "POS-0005", name="a.renpam")
    b = export(master, tmp_path, "--sector", "PS-CIBATU", name="b.renpam")
    assert "shared" in load(b).personnel
    cibatu = plan.units["PS-CIBATU"]

    def bring_shared(p: Plan) -> None:  # sector a holds PS-CIBATU only if one of its posts is staffed from it
        if "PS-CIBATU" not in p.units:
            p.put_unit(cibatu)
        if "shared" not in p.personnel:
            p.put_person(shared)

    edit(a, bring_shared)
    edit(a, lambda p: p.assign("shared", next(iter(p.posts)), "S2"))
    edit(b, lambda p: p.assign("shared", next(iter(p.posts)), "S2"))
    assert merge(master, a, capsys=capsys)[0] == 0
    code, report = merge(master, b, capsys=capsys)
    assert code == 1 and [c["kind"] for c in report["conflicts"]] == ["double_booking"]


# ---------------------------------------------------------------------------- idempotence, refusals
def test_merging_the_same_sector_twice_changes_nothing_the_second_time(master, tmp_path, capsys):
    """The second merge of an unchanged sector file applies nothing, records nothing and leaves
    the master's bytes as they were; later edits of the sector merge on top."""
    out = export(master, tmp_path)
    post = both_edit_tasks(master, out)
    assert merge(master, out, "--take", "mine", capsys=capsys)[0] == 0
    first = sha(master)
    code, report = merge(master, out, capsys=capsys)
    assert code == 0 and report["changes"] == [] and report["conflicts"] == [] and not report["applied"]
    assert sha(master) == first and len(load(master).sector_merges) == 1
    edit(out, lambda p: p.put_post(replace(p.posts[post], equipment="Senter")))
    code, report = merge(master, out, capsys=capsys)
    assert code == 0 and report["conflicts"] == []  # the old conflict was decided: not asked again
    after = load(master).posts[post]
    assert after.equipment == "Senter" and after.tasks == "versi Polres"


def test_an_unchanged_sector_sent_back_is_recorded_once(master, tmp_path, capsys):
    out = export(master, tmp_path)
    assert merge(master, out, capsys=capsys)[0] == 0
    assert len(load(master).sector_merges) == 0  # nothing new: the roll-up shows it unmerged
    edit(out, lambda p: p.put_post(replace(next(iter(p.posts.values())), equipment="Payung")))
    assert merge(master, out, capsys=capsys)[0] == 0
    assert merge(master, out, capsys=capsys)[0] == 0
    assert len(load(master).sector_merges) == 1


def test_a_plain_operation_file_is_refused_unchanged(master, tmp_path, demo_file, capsys):
    """A file that is not a sector (the demo), in both languages, exit 3, master unchanged."""
    before = sha(master)
    assert main(["merge", str(master), str(demo_file)]) == 3
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "bukan rencana sektor" in err
    assert main(["merge", str(master), str(demo_file), "--lang", "en"]) == 3
    assert "not a sector plan" in capsys.readouterr().err
    assert sha(master) == before


def test_a_sector_of_another_operation_is_refused_unchanged(master, tmp_path, capsys):
    """A sector exported from another operation (even a copy of this district) is refused."""
    other = tmp_path / "other.renpam"
    save_plan(district(), other)
    out = export(other, tmp_path)
    before = sha(master)
    assert main(["merge", str(master), str(out), "--lang", "en"]) == 3
    assert "sector of another operation" in capsys.readouterr().err
    assert sha(master) == before


def test_a_sector_whose_export_the_master_does_not_know_is_refused(master, tmp_path, capsys):
    """A copy of the master made before the export does not know the sector: refused."""
    copy = tmp_path / "copy.renpam"
    out = export(master, tmp_path)
    plan = load(master)
    plan.sector_exports.clear()
    save_plan(plan, copy)
    assert main(["merge", str(copy), str(out), "--lang", "en"]) == 3
    assert "not recorded as an export" in capsys.readouterr().err


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 200, b"\x89PNG\r\n" * 50])
def test_hostile_files_are_refused_in_one_line(master, tmp_path, capsys, content):
    bad = tmp_path / "bad.renpam"
    bad.write_bytes(content)
    before = sha(master)
    assert main(["merge", str(master), str(bad)]) == 3
    assert len(capsys.readouterr().err.strip().splitlines()) == 1 and sha(master) == before


def test_a_tampered_sector_record_is_refused_by_the_opener(master, tmp_path, capsys):
    """Malformed rows of the sector tables (bad JSON, an oversized base) make the file unopenable
    in one sentence, like any hostile content."""
    out = export(master, tmp_path)
    for statement in (
        "UPDATE sector_exports SET selection = '{not json'",
        "UPDATE sector_exports SET role = 'boss'",
        "UPDATE sector_exports SET base = zeroblob(40000000)",
    ):
        bad = tmp_path / "tampered.renpam"
        bad.write_bytes(out.read_bytes())
        conn = sqlite3.connect(bad)
        conn.execute(statement)
        conn.commit()
        conn.close()
        assert main(["info", str(bad)]) == 3
        assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_a_damaged_base_is_refused_with_a_sentence(master, tmp_path):
    out = export(master, tmp_path)
    m = load(master)
    (record,) = exports_of(m)
    m.sector_exports[record.id] = replace(record, base=b"not zlib")
    with pytest.raises(SectorError) as info:
        prepare_merge(m, load(out))
    assert info.value.code == "sector.base_damaged"


# ---------------------------------------------------------------------------- roll-up
def test_the_roll_up_shows_which_sector_came_back(master, tmp_path, capsys):
    """`renpam sectors` lists each export with when it went out and came back, its posts, open
    places and findings; the text tells how many are still out."""
    a = export(master, tmp_path, name="a.renpam")
    export(master, tmp_path, "--sector", "PS-CIBATU", name="b.renpam")
    edit(a, lambda p: p.put_post(replace(next(iter(p.posts.values())), min_staff=10, max_staff=None)))
    assert merge(master, a, capsys=capsys)[0] == 0
    capsys.readouterr()
    assert main(["sectors", str(master), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["label"] for s in data["sectors"]] == [SECTOR, "PS-CIBATU"]
    first, second = data["sectors"]
    assert first["merged_at"] and first["merges"] == 1 and second["merged_at"] is None
    assert first["open_places"] >= 7 and first["posts"] == len(sector_posts(load(master)))
    assert set(first) >= {"id", "label", "selection", "exported_at", "exported_by", "errors", "warnings"}
    assert main(["sectors", str(master)]) == 0
    assert "1 dari 2 sektor belum dikirim kembali" in capsys.readouterr().out
    statuses = rollup(load(master))
    assert statuses[0].open_places == first["open_places"]


# ---------------------------------------------------------------------------- the file format
def test_a_version_6_file_opens_through_migration_7(tmp_path):
    """A file written before sector plans opens (no exports, no merges) and saves as the current version."""
    path = tmp_path / "v6.renpam"
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn, 6)
    conn.execute("INSERT INTO operation (id, name) VALUES (1, 'Operasi Lama')")
    path.write_bytes(conn.serialize())
    conn.close()
    opened = open_operation_file(path)
    assert opened.file_version == 6 and opened.plan.operation.name == "Operasi Lama"
    assert opened.plan.sector_exports == {} and opened.plan.sector_merges == []
    save_plan(opened.plan, path)
    assert open_operation_file(path).file_version == SCHEMA_VERSION >= 7


def test_export_and_merge_records_survive_save_and_reopen(master, tmp_path, capsys):
    out = export(master, tmp_path)
    edit(out, lambda p: p.put_post(replace(next(iter(p.posts.values())), equipment="HT")))
    assert merge(master, out, capsys=capsys)[0] == 0
    plan = load(master)
    save_plan(plan, tmp_path / "again.renpam")
    again = load(tmp_path / "again.renpam")
    assert again.sector_exports == plan.sector_exports and again.sector_merges == plan.sector_merges


def test_merge_json_shape(master, tmp_path, capsys):
    out = export(master, tmp_path)
    both_edit_tasks(master, out)
    code, report = merge(master, out, "--dry-run", capsys=capsys)
    assert code == 1 and set(report) >= {
        "file",
        "sector_file",
        "dry_run",
        "take",
        "applied",
        "sector",
        "export_id",
        "exported_at",
        "sector_changes",
        "master_changes",
        "changes",
        "group_changes",
        "conflicts",
        "unresolved",
        "not_applied",
    }
    assert report["dry_run"] and report["sector_changes"] == 2 and report["master_changes"] >= 1
    assert set(report["conflicts"][0]) == {
        "id",
        "kind",
        "section",
        "key",
        "fields",
        "choice",
        "message_id",
        "message_en",
    }


def test_merge_text_output_speaks_both_languages(master, tmp_path, capsys):
    out = export(master, tmp_path)
    edit(out, lambda p: p.put_post(replace(next(iter(p.posts.values())), equipment="HT")))
    capsys.readouterr()
    assert main(["merge", str(master), str(out), "--dry-run", "--lang", "en"]) == 0
    text = capsys.readouterr().out
    assert "Changes from the sector (1):" in text and "Dry run: 1 change would be applied" in text
    assert main(["merge", str(master), str(out)]) == 0
    assert f"Sektor {SECTOR} digabungkan dari sektor.renpam" in capsys.readouterr().out


def test_the_assignment_order_key_is_kept(master, tmp_path):
    """An assignment record merged keeps role and lock (the change engine's fields)."""
    out = export(master, tmp_path)
    a = next(iter(load(out).assignments.values()))
    edit(out, lambda p: p.set_locked(a.person, a.post, a.shift, True))
    m = load(master)
    apply_merge(m, prepare_merge(m, load(out)))
    assert m.assignments[a.key].locked and isinstance(m.assignments[a.key], Assignment)


def test_exports_beyond_the_bound_are_refused_before_anything_is_written(master, tmp_path, capsys, monkeypatch):
    """The export records are bounded (the opener refuses a file holding more): the export past
    the bound is refused in one line and neither file changes."""
    import desktop.sectorplans.export as export_module

    monkeypatch.setattr(export_module, "MAX_EXPORTS", 1)
    export(master, tmp_path)
    before = sha(master)
    out = tmp_path / "second.renpam"
    assert main(["export", str(master), "--sector", "PS-CIBATU", "-o", str(out)]) == 3
    assert "1 sector exports already" in capsys.readouterr().err
    assert not out.exists() and sha(master) == before


def test_a_sector_change_to_the_whole_operation_is_kept_as_the_master_unless_taken(master, tmp_path, capsys):
    """The order, settings and shifts hold for the whole operation: a Polsek retitling its copy or
    changing a setting does not change the master unless the planner takes it; it is listed."""
    out = export(master, tmp_path)
    name = load(master).operation.name

    def retitle(plan: Plan) -> None:
        plan.set_operation(name="Pengamanan TPS Polsek Bungursari", mission="Amankan TPS Bungursari")
        plan.set_setting("max_hours", 10)

    edit(out, retitle)
    m = load(master)  # in the window, the planner can take a field of it
    outcome = prepare_merge(m, load(out), choices={"operation:": {"name": "mine", "mission": "theirs"}})
    apply_merge(m, outcome)
    assert (
        m.operation.name == name and m.operation.mission == "Amankan TPS Bungursari" and "max_hours" not in m.settings
    )
    code, report = merge(master, out, capsys=capsys)  # the command line keeps them all as the master's
    assert code == 0
    kinds = {c["id"]: (c["kind"], c["choice"]) for c in report["conflicts"]}
    assert kinds == {"operation:": ("operation_wide", "mine"), "settings:max_hours": ("operation_wide", "mine")}
    assert {n["code"] for n in report["not_applied"]} == {"sector.kept_mine_operation_wide"}
    after = load(master)
    assert after.operation.name == name and "max_hours" not in after.settings
    assert len(after.sector_merges) == 1  # the sector's content was seen (merged as the master's)


def test_one_conflict_or_one_field_is_chosen_on_the_command_line(master, tmp_path, capsys):
    """--choose ID#FIELD=side decides one field, --take the rest; a malformed choice is exit 2."""
    out = export(master, tmp_path)
    post = next(iter(load(out).posts))
    edit(out, lambda p: p.put_post(replace(p.posts[post], tasks="Polsek", equipment="HT Polsek")))
    edit(master, lambda p: p.put_post(replace(p.posts[post], tasks="Polres", equipment="HT Polres")))
    assert main(["merge", str(master), str(out), "--choose", "nonsense"]) == 2
    code, report = merge(master, out, "--choose", f"posts:{post}#tasks=theirs", capsys=capsys)
    assert code == 1 and report["unresolved"] == 1  # equipment is still open
    code, report = merge(master, out, "--choose", f"posts:{post}#tasks=theirs", "--take", "mine", capsys=capsys)
    assert code == 0 and report["conflicts"][0]["choice"] == {"tasks": "theirs", "equipment": "mine"}
    after = load(master).posts[post]
    assert (after.tasks, after.equipment) == ("Polsek", "HT Polres")


def test_a_level_up_chain_polda_polres_polsek(master, tmp_path, capsys):
    """A sector file exports sectors of its own: the Polsek merges into the Polres file, the
    Polres file into the master; a Polsek file cannot skip its Polres."""
    polres = export(master, tmp_path, "--sector", SECTOR, "--sector", "PS-CIBATU", name="polres.renpam")
    polsek = export(polres, tmp_path, "--sector", "PS-CIBATU", name="polsek.renpam")
    post = next(iter(load(polsek).posts))
    edit(polsek, lambda p: p.put_post(replace(p.posts[post], equipment="Tenda Polsek")))
    assert main(["merge", str(master), str(polsek)]) == 3  # not an export of the master itself
    assert "tidak tercatat sebagai ekspor" in capsys.readouterr().err
    assert merge(polres, polsek, capsys=capsys)[0] == 0
    assert merge(master, polres, capsys=capsys)[0] == 0
    assert load(master).posts[post].equipment == "Tenda Polsek"
