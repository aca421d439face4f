"""Auto-assignment and ranked candidates: optimal on a hand-computed case, safe, explains itself."""

from __future__ import annotations

import json
from datetime import datetime

from desktop.cli import main as cli_main
from desktop.generator import generate_large_plan
from desktop.model import DEFAULT_TZ, Operation, Person, Plan, Post, Shift, Unit
from desktop.planning.autoassign import auto_assign
from desktop.planning.candidates import rank_candidates
from desktop.planning.rules import ERROR
from desktop.storage import open_operation_file, save_plan
from desktop.validation import validate


def T(hour: int) -> datetime:
    return datetime(2024, 12, 4, hour, tzinfo=DEFAULT_TZ)


def two_post_plan() -> Plan:
    """Gate A (sector Bungursari) and room B (needs a polwan); Siti is the only polwan."""
    plan = Plan()
    plan.load(
        operation=Operation(name="Uji", start=T(6), end=T(18)),
        units=[
            Unit("PS-B", "Polsek Bungursari", "POLRI", "Bungursari"),
            Unit("PS-C", "Polsek Campaka", "POLRI", "Campaka"),
        ],
        personnel=[
            Person("siti", "Siti", rank="Briptu", unit="PS-B", gender="P", skills=["polwan"]),
            Person("budi", "Budi", rank="Briptu", unit="PS-C"),
        ],
        shifts=[Shift("PAGI", "Pagi", T(6), T(14))],
        posts=[
            Post("A", "Gerbang", kind="gerbang", min_staff=1, sector="Bungursari"),
            Post("B", "Ruang", kind="ruang", min_staff=1, required_skills={"polwan": 1}),
        ],
    )
    return plan


def error_keys(plan: Plan) -> set[str]:
    return {f.key for f in validate(plan) if f.severity == ERROR}


def test_hand_computed_case_gets_the_optimum():
    """Post order would give Siti the gate next door; the optimum sends her where the polwan is needed.

    Costs: Budi at A = 40 (other sector), Siti at B = 0; the other way round 5 + 1000. Optimum 40.
    """
    plan = two_post_plan()
    result = auto_assign(plan)
    placed = {(a.person, a.post, a.role) for a in result.added}
    assert placed == {("budi", "A", "danpos"), ("siti", "B", "danpos")}
    assert result.objective == 40 and result.shortfalls == []
    result.apply(plan)
    assert validate(plan) == [f for f in validate(plan) if f.rule.endswith("commander_missing")]


def test_locked_assignments_are_untouched_and_no_error_appears(demo_plan):
    """Clearing most of the demo and auto-assigning keeps locked people exactly and adds no error."""
    plan = demo_plan
    keep = [a for i, a in enumerate(plan.assignments.values()) if i % 5 == 0]
    for a in list(plan.assignments.values()):
        if a not in keep:
            plan.unassign(a.person, a.post, a.shift)
    for a in keep:
        plan.set_locked(a.person, a.post, a.shift)
    locked_before = {a.key: (a.role, a.locked) for a in plan.assignments.values()}
    errors_before = error_keys(plan)
    result = auto_assign(plan)
    assert result.filled == result.open_places > 50
    result.apply(plan)
    assert {k: (plan.assignments[k].role, plan.assignments[k].locked) for k in locked_before} == locked_before
    assert error_keys(plan) <= errors_before
    assert not any(f.rule == "double_booking" for f in validate(plan))


def test_empty_generated_operation_is_filled_without_errors():
    """A small election-day operation with enough people ends with every place filled and no error."""
    plan = generate_large_plan(personnel=400, posts=100, seed=3)
    result = auto_assign(plan)
    assert result.filled == result.open_places > 0
    result.apply(plan)
    assert error_keys(plan) == set()
    assert not any(f.rule in ("post_understaffed", "danpos_rank", "skill_missing") for f in validate(plan))
    # Polsek people staff the polling stations of their own sector.
    at_home = total = 0
    for a in plan.assignments.values():
        post, person = plan.posts[a.post], plan.personnel[a.person]
        if post.kind == "tps":
            total += 1
            at_home += plan.units[person.unit].sector == post.sector
    assert at_home / total > 0.9


def test_placeholders_are_swapped_for_people_of_their_unit():
    """A place held for Polsek Campaka is filled by Budi of that unit and the placeholder goes."""
    plan = two_post_plan()
    plan.assign("siti", "B", "PAGI", "danpos")
    plan.add_placeholders("A", "PAGI", "PS-C", 1)
    result = auto_assign(plan)
    assert [(a.person, a.post) for a in result.added] == [("budi", "A")]
    result.apply(plan)
    assert plan.placeholders == {} and ("budi", "A", "PAGI") in plan.assignments


def test_unfillable_places_are_explained_in_planner_words():
    """With the only polwan locked elsewhere, the report says so in words, not 'infeasible'."""
    plan = two_post_plan()
    plan.put_post(Post("C", "Pos lain", kind="other", min_staff=1))
    plan.assign("siti", "C", "PAGI", "danpos")
    plan.set_locked("siti", "C", "PAGI")
    plan.put_person(Person("dedi", "Dedi", rank="Bripka", unit="PS-B"))
    result = auto_assign(plan)
    messages = [s.message_en for s in result.shortfalls]
    assert any(m.startswith("No free polwan in shift PAGI: 1 polwan, all assigned") for m in messages)
    assert all("infeasible" not in m.lower() for m in messages)
    plan.put_post(Post("D", "Pos tambahan", kind="other", min_staff=2))
    result = auto_assign(plan)
    [empty] = [s for s in result.shortfalls if s.kind == "unfilled"]
    assert "D" in empty.posts and "No free personnel in shift PAGI" in empty.message_en
    assert "Tidak ada personel yang bebas" in empty.message_id


def test_candidates_are_ranked_with_reasons():
    """For room B the polwan comes first, with the reason; busy people are not offered."""
    plan = two_post_plan()
    found = rank_candidates(plan, "B", "PAGI")
    assert [c.person for c in found] == ["siti", "budi"]
    assert "holds the polwan skill the post needs" in found[0].reasons_en
    assert "lacks polwan" in found[1].reasons_en
    plan.assign("siti", "A", "PAGI")
    assert [c.person for c in rank_candidates(plan, "B", "PAGI")] == ["budi"]


def test_auto_assign_command_line(tmp_path, capsys):
    """--dry-run leaves the file as it was; the real run saves a plan without errors (exit 0)."""
    path = tmp_path / "op.renpam"
    save_plan(generate_large_plan(personnel=300, posts=60, seed=2), path)
    before = path.read_bytes()
    assert cli_main(["auto-assign", str(path), "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["dry_run"] and data["filled"] == data["open_places"] and data["errors_after"] == 0
    assert path.read_bytes() == before
    assert cli_main(["auto-assign", str(path), "--shift", "S1", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Filled ")
    plan = open_operation_file(path).plan
    assert {a.shift for a in plan.assignments.values()} == {"S1"}
    assert cli_main(["candidates", str(path), "POS-0001", "S2", "--json"]) == 0
    cands = json.loads(capsys.readouterr().out)["candidates"]
    assert cands and cands[0]["reasons_en"]


def test_staffing_pattern_is_met_per_cluster():
    """With TPS grouped four to a cluster under a pola, auto-assignment leaves no pattern shortfall."""
    from collections import defaultdict

    from desktop.model import PatternRow, StaffingPattern

    plan = generate_large_plan(personnel=500, posts=60, seed=4)
    groups = defaultdict(list)
    for post in plan.posts.values():
        if post.kind == "tps":
            groups[(post.district, post.category)].append(post)
    for (district, category), posts in groups.items():
        for i, post in enumerate(posts):
            post.cluster = f"{district}-{category}-{i // 4}"
    plan.put_pattern(
        StaffingPattern(
            "Pilkada 2024",
            {"kurang_rawan": PatternRow(2, 4, 8), "rawan": PatternRow(2, 2, 4), "sangat_rawan": PatternRow(2, 1, 2)},
        )
    )
    assert any(f.rule == "pattern_shortfall" for f in validate(plan))
    result = auto_assign(plan)
    result.apply(plan)
    assert result.filled == result.open_places
    assert not any(f.rule in ("pattern_shortfall", "post_understaffed", "post_overstaffed") for f in validate(plan))
