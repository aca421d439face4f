"""The planning facts `Plan` answers and the edits it owns, read back from real operation files.

Who holds a post in a shift (people and places waiting for names), a person's duties, open
places, deleting a unit (window and command line alike), accepting warnings but never errors,
reordering with a notification; and the staffing and duty-load modules every caller shares.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from desktop.cli import main
from desktop.model import (
    DEFAULT_TZ,
    Assignment,
    Change,
    FindingNotAcceptable,
    Person,
    Plan,
    PlanError,
    Post,
    Shift,
    Unit,
)
from desktop.plan_json import export_document
from desktop.planning import duty, staffing
from desktop.planning.rules import ERROR, WARNING, validate
from desktop.storage import open_operation_file, save_plan

T0 = datetime(2024, 11, 27, 6, 0, tzinfo=DEFAULT_TZ)


def small_plan() -> Plan:
    """Two Polri units and a Linmas unit, three shifts, two posts; Asep at G1 in PAGI and SIANG."""
    plan = Plan()
    plan.put_unit(Unit("SAMAPTA", "Sat Samapta", "POLRI"))
    plan.put_unit(Unit("PS-BGS", "Polsek Bungursari", "POLRI", sector="Bungursari"))
    plan.put_unit(Unit("LINMAS", "Linmas Cibening", "LINMAS"))
    for i, code in enumerate(("PAGI", "SIANG", "MALAM")):
        plan.put_shift(Shift(code, code.title(), T0 + timedelta(hours=8 * i), T0 + timedelta(hours=8 * (i + 1))))
    plan.put_post(
        Post(
            "G1",
            "Gerbang Utama",
            ring="II",
            kind="gerbang",
            min_staff=3,
            max_staff=4,
            required_skills={"negosiator": 1, "polwan": 1},
        )
    )
    plan.put_post(Post("R1", "Ruang Audiensi", ring="I", kind="ruang", min_staff=1, shifts=["SIANG"]))
    plan.put_person(
        Person("asep", "Asep Hidayat", nrp="86110233", rank="Bripka", unit="SAMAPTA", skills=["negosiator"])
    )
    plan.put_person(
        Person("siti", "Siti Aminah", nrp="99010123", rank="Bripda", unit="PS-BGS", gender="P", skills=["polwan"])
    )
    plan.put_person(Person("ujang", "Ujang Saepul", rank="Anggota Linmas", unit="LINMAS"))
    plan.assign("asep", "G1", "PAGI", "danpos")
    plan.assign("asep", "G1", "SIANG")
    return plan


def reopened(tmp_path, plan: Plan, name: str = "op.renpam") -> Plan:
    path = tmp_path / name
    save_plan(plan, path)
    return open_operation_file(path).plan


# ---------------------------------------------------------------------------- read queries
def test_who_holds_a_post_counts_people_and_places_waiting_for_names(tmp_path):
    """count_at, assignments_at and placeholders_at agree after a save and reopen."""
    plan = small_plan()
    plan.add_placeholders("G1", "PAGI", "PS-BGS", 2)
    plan = reopened(tmp_path, plan)
    assert plan.count_at("G1", "PAGI") == 3 and plan.people_count_at("G1", "PAGI") == 1
    assert [a.person for a in plan.assignments_at("G1", "PAGI")] == ["asep"]
    assert {a.person for a in plan.assignments_at("G1", "PAGI", ordered=False)} == {"asep"}
    assert [(ph.unit, ph.number) for ph in plan.placeholders_at("G1", "PAGI")] == [("PS-BGS", 1), ("PS-BGS", 2)]
    assert plan.count_at("G1", "MALAM") == 0 and plan.assignments_at("G1", "MALAM") == []
    assert staffing.staffing_state(plan, "G1", "PAGI") == ("full", 3)
    assert staffing.staffing_state(plan, "G1", "SIANG") == ("short", 1)
    assert staffing.staffing_state(plan, "R1", "PAGI") == ("off", 0)  # not manned then, nobody there
    assert staffing.staffing_state(plan, "G1", None) == ("off", 0)


def test_a_persons_duties_and_who_is_on_duty(tmp_path):
    plan = reopened(tmp_path, small_plan())
    assert [(a.post, a.shift, a.role) for a in plan.assignments_of("asep")] == [
        ("G1", "PAGI", "danpos"),
        ("G1", "SIANG", "anggota"),
    ]
    assert plan.shifts_of("asep") == frozenset({"PAGI", "SIANG"}) and plan.shifts_of("siti") == frozenset()
    assert plan.on_duty("asep", "SIANG") and not plan.on_duty("asep", "MALAM") and not plan.on_duty("siti", "PAGI")
    assert plan.people_on_duty() == ["asep"] and plan.staffed_places() == {("G1", "PAGI"), ("G1", "SIANG")}
    plan.unassign("asep", "G1", "PAGI")
    plan.unassign("asep", "G1", "SIANG")
    assert plan.people_on_duty() == [] and plan.assignments_of("asep") == [] and plan.staffed_places() == set()


def test_open_places_name_the_missing_places_skills_and_danpos(tmp_path):
    """G1 wants 3 with a negotiator and a polwan: Asep brings the negotiator and the danpos."""
    plan = reopened(tmp_path, small_plan())
    pagi = plan.open_places("G1", "PAGI")
    assert (pagi.staffed, pagi.missing, pagi.room, pagi.skills, pagi.danpos) == (1, 2, 3, {"polwan": 1}, False)
    siang = plan.open_places("G1", "SIANG")
    assert siang.danpos and siang.missing == 2 and siang.any
    plan.assign("siti", "G1", "PAGI")
    plan.add_placeholders("G1", "PAGI", "SAMAPTA", 1)
    full = plan.open_places("G1", "PAGI")
    assert (full.staffed, full.missing, full.room, full.skills) == (3, 0, 1, {}) and not full.any
    # A post not manned in that shift has nothing open; an empty post without a maximum has no room limit.
    assert not plan.open_places("R1", "PAGI").any and plan.open_places("R1", "SIANG").room is None


def test_agency_of_a_person_follows_the_unit_then_the_rank():
    plan = small_plan()
    assert plan.agency_of(plan.personnel["ujang"]) == "LINMAS"
    assert plan.agency_of(Person("x", "Tanpa Satuan", rank="AKP")) == "POLRI"
    assert plan.agency_of(Person("y", "Tanpa Apa-apa")) == "OTHER"


# ---------------------------------------------------------------------------- the one count and the one duty load
def test_rules_auto_assign_and_markers_share_one_staffing_count(demo_plan):
    """For every post and shift of the demo, the rules' understaffing matches the staffing state."""
    findings = validate(demo_plan)
    short = {(f.post, f.shift) for f in findings if f.rule == "post_understaffed"}
    over = {(f.post, f.shift) for f in findings if f.rule in ("post_overstaffed", "post_not_manned")}
    for code in demo_plan.posts:
        for shift in demo_plan.shifts:
            state, count = staffing.staffing_state(demo_plan, code, shift)
            assert count == demo_plan.count_at(code, shift)
            assert (state == "short") == ((code, shift) in short), (code, shift)
            if state == "over":
                assert (code, shift) in over


def test_duty_load_merges_back_to_back_shifts_and_finds_short_rest():
    """PAGI+SIANG back to back is one 16 h duty (over 12 h); PAGI and MALAM leave 8 h of rest."""
    plan = small_plan()
    lim = duty.limits(plan)
    assert (lim.max_hours, lim.min_rest) == (12.0, 8.0)
    load = duty.assess(plan.shifts, {"PAGI", "SIANG"}, lim)
    assert load.over and load.worst == 16 and load.worst_at == ("PAGI", "SIANG") and not load.short_rest
    assert load.hours == 16
    plan.set_setting("min_rest_hours", 10)
    load = duty.assess(plan.shifts, {"PAGI", "MALAM"}, duty.limits(plan))
    assert load.short_rest and load.rests == ((8.0, "PAGI", "MALAM", "MALAM"),)
    assert load.worst == 16  # 06-14 and 22-06 fall within the same 24 hours
    plan.set_setting("max_hours", 0)
    assert not duty.assess(plan.shifts, {"PAGI", "SIANG", "MALAM"}, duty.limits(plan)).over
    # The rules say the same as the duty-load module.
    plan.set_setting("max_hours", 12)
    rules = {f.rule for f in validate(plan) if f.person == "asep"}
    assert "max_hours" in rules


# ---------------------------------------------------------------------------- edits
def test_delete_unit_keeps_its_people_drops_its_places_and_restores_exactly(tmp_path):
    plan = small_plan()
    plan.assign("siti", "G1", "PAGI")
    plan.add_placeholders("G1", "SIANG", "PS-BGS", 2)
    plan.add_placeholders("G1", "MALAM", "SAMAPTA", 1)
    before = export_document(plan)
    changes: list[Change] = []
    plan.subscribe(changes.append)
    deleted = plan.delete_unit("PS-BGS")
    assert "PS-BGS" not in plan.units and plan.personnel["siti"].unit is None
    assert ("siti", "G1", "PAGI") in plan.assignments  # she stays at her post
    assert [ph.unit for ph in plan.placeholders.values()] == ["SAMAPTA"]
    assert deleted.people == ("siti",) and len(deleted.placeholders) == 2 and deleted.index == 1
    assert Change("unit", "removed", "PS-BGS") in changes
    # What is saved is what the planner sees.
    back = reopened(tmp_path, plan)
    assert "PS-BGS" not in back.units and back.personnel["siti"].unit is None and len(back.placeholders) == 1
    plan.restore_unit(deleted)
    assert export_document(plan) == before  # unit order, people's unit and places in their order


def test_reorder_moves_an_item_and_tells_subscribers():
    plan = small_plan()
    changes: list[Change] = []
    plan.subscribe(changes.append)
    plan.reorder("unit", "LINMAS", 0)
    assert list(plan.units) == ["LINMAS", "SAMAPTA", "PS-BGS"] and changes == [Change("unit", "moved", "LINMAS")]
    plan.reorder("post", "R1", 0)
    assert list(plan.posts) == ["R1", "G1"]
    plan.reorder("person", "asep", 99)  # past the end: last
    assert list(plan.personnel)[-1] == "asep"
    with pytest.raises(PlanError):
        plan.reorder("unit", "NOPE", 0)


def test_put_assignment_takes_an_assignment_as_given():
    """The bulk path (generator, JSON import, auto-assignment's working copy) replaces in place."""
    plan = small_plan()
    revision = plan.revision
    plan.put_assignment(Assignment("siti", "G1", "MALAM", "danpos", locked=True))
    plan.put_assignment(Assignment("siti", "G1", "MALAM", "anggota"))
    assert plan.assignments_at("G1", "MALAM") == [Assignment("siti", "G1", "MALAM", "anggota")]
    assert plan.shifts_of("siti") == frozenset({"MALAM"}) and plan.revision == revision + 2


def test_accept_finding_refuses_errors_and_takes_warnings(tmp_path):
    """An error (nobody at a manned post) is refused by the Plan itself; the warning is kept."""
    plan = small_plan()
    findings = validate(plan)
    error = next(f for f in findings if f.severity == ERROR and f.rule == "post_understaffed")
    warning = next(f for f in findings if f.severity == WARNING and f.rule == "post_understaffed")
    with pytest.raises(FindingNotAcceptable) as caught:
        plan.accept_finding(error.key, "tidak apa-apa")
    assert caught.value.code == "finding_not_acceptable" and caught.value.params == {"key": error.key}
    assert plan.accepted == {}
    for rule in ("double_booking", "outside_window", "several_danpos", "integrity"):
        with pytest.raises(FindingNotAcceptable):
            plan.accept_finding(f"{rule}|G1|asep|PAGI", "catatan")
    plan.accept_finding(warning.key, "satu personel cukup")
    assert reopened(tmp_path, plan).accepted[warning.key].note == "satu personel cukup"
    # Once somebody stands there, the same post's shortfall is a warning and can be accepted.
    plan.assign("siti", error.post, error.shift)
    plan.accept_finding(error.key, "diisi saat apel")
    assert error.key in plan.accepted


# ---------------------------------------------------------------------------- the command line
def test_delete_unit_from_the_command_line(tmp_path, capsys):
    plan = small_plan()
    plan.add_placeholders("R1", "SIANG", "PS-BGS", 3)
    path = tmp_path / "op.renpam"
    save_plan(plan, path)
    assert main(["delete-unit", str(path), "PS-BGS", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["unit"] == "PS-BGS" and out["people"] == ["siti"] and len(out["placeholders"]) == 3
    back = open_operation_file(path).plan
    assert "PS-BGS" not in back.units and back.personnel["siti"].unit is None and not back.placeholders
    assert main(["delete-unit", str(path), "LINMAS"]) == 0
    assert "1 person stays in the roster" in capsys.readouterr().out
    before = path.read_bytes()
    assert main(["delete-unit", str(path), "NOPE"]) == 1
    assert "No unit NOPE" in capsys.readouterr().err and path.read_bytes() == before
    assert main(["delete-unit", str(tmp_path / "missing.renpam"), "X"]) == 3


def test_accepting_an_error_from_the_command_line_changes_nothing(tmp_path, capsys):
    plan = small_plan()
    path = tmp_path / "op.renpam"
    save_plan(plan, path)
    error = next(f for f in validate(plan) if f.severity == ERROR)
    before = path.read_bytes()
    assert main(["accept", str(path), error.key, "--note", "boleh"]) == 1
    assert "errors cannot be accepted" in capsys.readouterr().err and path.read_bytes() == before


def test_candidates_for_one_post_do_not_build_a_plan_of_their_own(demo_plan):
    """Open places of one post equal that post's share of the whole shift (no pattern in force)."""
    from desktop.planning.autoassign import open_slots
    from desktop.planning.candidates import open_slots_at

    for name in list(demo_plan.patterns):
        demo_plan.remove_pattern(name)
    shift = next(iter(demo_plan.shifts))
    for post in list(demo_plan.posts)[:3]:  # three posts lose their people, one gets places held
        for a in demo_plan.assignments_at(post, shift):
            demo_plan.unassign(a.person, a.post, a.shift)
    demo_plan.add_placeholders(list(demo_plan.posts)[1], shift, next(iter(demo_plan.units)), 1)
    everything = open_slots(demo_plan, shift)
    for code in demo_plan.posts:
        assert open_slots_at(demo_plan, code, shift) == [s for s in everything if s.post == code]
    assert len({s.post for s in everything}) >= 3 and any(s.kind == "unit" for s in everything)


# ---------------------------------------------------------------------------- the window's side
def test_the_accept_command_is_refused_for_an_error_before_it_is_pushed(qtbot):
    from PySide6.QtGui import QUndoStack

    from ui.accept_findings import AcceptFindingCommand

    plan = small_plan()
    stack = QUndoStack()
    error = next(f for f in validate(plan) if f.severity == ERROR)
    with pytest.raises(FindingNotAcceptable):
        AcceptFindingCommand(plan, error, "catatan")
    assert stack.count() == 0 and plan.accepted == {}


def test_undoing_a_post_delete_puts_its_row_back_in_place(qtbot, demo_plan):
    """Plan.reorder tells the views: the posts list shows the post where it was, not at the end."""
    from PySide6.QtGui import QUndoStack

    from desktop.storage.document import OperationDocument
    from ui.commands import RemovePostCommand
    from ui.post_models import PostsModel
    from ui.workspace import Workspace

    ws = Workspace(OperationDocument(demo_plan))
    model = PostsModel(ws)
    order = list(demo_plan.posts)
    stack = QUndoStack()
    stack.push(RemovePostCommand(demo_plan, order[1]))
    assert model.keys == order[:1] + order[2:]
    stack.undo()
    assert list(demo_plan.posts) == order and model.keys == order
    assert model.rows == {code: i for i, code in enumerate(order)}
