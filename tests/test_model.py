"""The domain model: rank ladder and the rules Plan edits keep."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.model import DEFAULT_TZ, Person, Plan, PlanError, Post, Shift, Unit
from desktop.ranks import RANKS, normalize_rank, parse_rank, rank_full_name, rank_level


def small_plan() -> Plan:
    plan = Plan()
    plan.put_unit(Unit("SAMAPTA", "Sat Samapta"))
    plan.put_shift(
        Shift("A", "Pagi", datetime(2024, 12, 4, 6, tzinfo=DEFAULT_TZ), datetime(2024, 12, 4, 14, tzinfo=DEFAULT_TZ))
    )
    plan.put_shift(
        Shift("B", "Siang", datetime(2024, 12, 4, 14, tzinfo=DEFAULT_TZ), datetime(2024, 12, 4, 22, tzinfo=DEFAULT_TZ))
    )
    plan.put_post(Post("G1", "Gerbang Utama", ring="II", kind="gerbang", min_staff=2))
    plan.put_person(Person("p1", "Wawan Hermawan", rank="Ipda", unit="SAMAPTA"))
    plan.put_person(Person("p2", "Ilham Fauzi", rank="Bripda", unit="SAMAPTA"))
    return plan


def test_rank_ladder_runs_from_bharada_to_jenderal():
    """The ladder has the 22 Polri ranks in order, lowest first."""
    assert [r.abbr for r in RANKS][:3] == ["Bharada", "Bharatu", "Bharaka"]
    assert RANKS[-1].abbr == "Jenderal Polisi"
    assert len(RANKS) == 22
    assert rank_level("Bripda") < rank_level("Brigpol") < rank_level("Aiptu") < rank_level("Ipda")
    assert rank_level("AKP") < rank_level("Kompol") < rank_level("AKBP") < rank_level("Kombes Pol")


@pytest.mark.parametrize(
    "written, abbr",
    [
        ("BRIPDA", "Bripda"),
        ("Bripda.", "Bripda"),
        ("Brigadir Polisi Dua", "Bripda"),
        ("akbp", "AKBP"),
        ("Brigadir", "Brigpol"),
        ("KOMBES", "Kombes Pol"),
        ("Kombes Pol", "Kombes Pol"),
        ("Ajun Komisaris Polisi", "AKP"),
        (" aiptu ", "Aiptu"),
    ],
)
def test_rank_written_forms_are_recognised(written, abbr):
    """Ranks are read in the forms found on real lists."""
    assert normalize_rank(written) == abbr


def test_other_agency_ranks_stay_free_text_and_sort_lowest():
    """A Linmas or Dishub grade is kept as written and ranks below every Polri rank."""
    assert parse_rank("Pengatur Muda") is None
    assert normalize_rank("Pengatur Muda") == "Pengatur Muda"
    assert rank_level("Pengatur Muda") == 0 < rank_level("Bharada")
    assert rank_full_name("AKP") == "Ajun Komisaris Polisi"


def test_people_sort_by_rank_ladder_not_alphabet():
    """Sorting by rank follows the ladder, highest first."""
    plan = small_plan()
    plan.put_person(Person("p3", "Arief Budiman", rank="AKBP", unit="SAMAPTA"))
    plan.put_person(Person("p4", "Ade Komarudin", rank="Pengatur", unit="SAMAPTA"))
    names = [p.name for p in plan.people_sorted_by_rank()]
    assert names == ["Arief Budiman", "Wawan Hermawan", "Ilham Fauzi", "Ade Komarudin"]


def test_edits_refuse_unknown_references_and_bad_values():
    """A person of an unknown unit, an assignment to an unknown post, a bad ring are refused."""
    plan = small_plan()
    with pytest.raises(PlanError):
        plan.put_person(Person("p9", "X", unit="NOPE"))
    with pytest.raises(PlanError):
        plan.assign("p1", "NOPE", "A")
    with pytest.raises(PlanError):
        plan.put_post(Post("X", ring="IV"))
    with pytest.raises(PlanError):
        plan.put_post(Post("X", x=1.5))
    with pytest.raises(PlanError):
        plan.put_post(Post("X", min_staff=4, max_staff=2))
    with pytest.raises(PlanError):
        plan.set_operation(classification="SECRET")
    with pytest.raises(PlanError):
        plan.put_shift(
            Shift(
                "C", start=datetime(2024, 12, 4, 14, tzinfo=DEFAULT_TZ), end=datetime(2024, 12, 4, 6, tzinfo=DEFAULT_TZ)
            )
        )


def test_removing_a_person_removes_their_assignments_and_command():
    """Deleting a person takes their assignments and commander role with them, and says which."""
    plan = small_plan()
    plan.assign("p1", "G1", "A", "danpos")
    plan.assign("p1", "G1", "B", "danpos")
    plan.set_operation(commander="p1")
    removed = plan.remove_person("p1")
    assert {(a.post, a.shift) for a in removed} == {("G1", "A"), ("G1", "B")}
    assert plan.assignments == {}
    assert plan.operation.commander is None
    assert plan.assignments_at("G1", "A") == []


def test_set_danpos_moves_the_role_within_a_post():
    """Making another member danpos turns the previous danpos into a member."""
    plan = small_plan()
    plan.assign("p1", "G1", "A", "danpos")
    plan.assign("p2", "G1", "A")
    plan.set_danpos("G1", "A", "p2")
    assert plan.danpos("G1", "A").id == "p2"
    roles = {a.person: a.role for a in plan.assignments_at("G1", "A")}
    assert roles == {"p1": "anggota", "p2": "danpos"}


def test_subscribers_hear_every_change_and_revision_grows():
    """Every edit notifies subscribers with what changed and bumps the revision."""
    plan = small_plan()
    seen = []
    plan.subscribe(seen.append)
    start = plan.revision
    plan.assign("p2", "G1", "A")
    plan.move_post("G1", 0.25, 0.75)
    assert [(c.kind, c.action) for c in seen] == [("assignment", "added"), ("post", "updated")]
    assert plan.revision == start + 2
    assert (plan.posts["G1"].x, plan.posts["G1"].y) == (0.25, 0.75)


def test_shift_overlap_and_hours():
    """Shifts that touch end to start do not overlap; hours come from start and end."""
    plan = small_plan()
    a, b = plan.shifts["A"], plan.shifts["B"]
    assert not a.overlaps(b)
    assert a.hours == 8.0


def test_clone_is_independent():
    """A clone can be changed without touching the original."""
    plan = small_plan()
    plan.assign("p1", "G1", "A", "danpos")
    other = plan.clone()
    other.unassign("p1", "G1", "A")
    other.posts["G1"].name = "changed"
    assert ("p1", "G1", "A") in plan.assignments
    assert plan.posts["G1"].name == "Gerbang Utama"


def test_clone_shares_nothing_mutable_with_the_plan(demo_plan):
    """A clone (what printing and auto-assign work on) is independent: changing a person's skills or
    a post's required skills and shifts in the clone leaves the plan as it was, and vice versa."""
    clone = demo_plan.clone()
    person = next(p for p in demo_plan.personnel.values() if p.skills)
    post = next(p for p in demo_plan.posts.values() if p.required_skills)
    skills, required, shifts = list(person.skills), dict(post.required_skills), list(post.shifts)
    assert clone.personnel[person.id] == person and clone.personnel[person.id] is not person
    clone.personnel[person.id].skills.append("penyelam")
    clone.posts[post.code].required_skills["penyelam"] = 9
    clone.posts[post.code].shifts.append("X")
    assert person.skills == skills and post.required_skills == required and post.shifts == shifts
    person.skills.clear()
    assert clone.personnel[person.id].skills == [*skills, "penyelam"]
