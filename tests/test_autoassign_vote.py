"""Auto-assignment at polling stations: one police danpos per TPS cluster, never a Linmas one, and
a TPS cluster without police is an error the exact solver itself avoids."""

from __future__ import annotations

from datetime import datetime

from desktop.model import DEFAULT_TZ, Operation, PatternRow, Person, Plan, Post, Shift, StaffingPattern, Unit
from desktop.planning.autoassign import auto_assign
from desktop.planning.exact import solve_exact
from desktop.planning.objective import Pricing, Workload
from desktop.validation import validate


def T(hour: int) -> datetime:
    return datetime(2024, 11, 27, hour, tzinfo=DEFAULT_TZ)


UNITS = [Unit("PS", "Polsek Tawang", "POLRI", sector="Tawang"), Unit("LM", "Linmas Tawang", "LINMAS", sector="Tawang")]


def vote(posts: list[Post], people: list[Person]) -> Plan:
    plan = Plan()
    plan.load(
        operation=Operation(name="Mantap Praja", kind="pemilu", start=T(5), end=T(23)),
        units=UNITS,
        personnel=people,
        shifts=[Shift("TPS", "Pengamanan TPS", T(6), T(22))],
        posts=posts,
    )
    return plan


def tps(code: str, cluster: str = "", **kw) -> Post:
    return Post(code, f"TPS {code}", kind="tps", cluster=cluster, min_staff=1, max_staff=2, **kw)


def danpos_of(plan: Plan) -> dict[str, str]:
    return {a.post: a.person for a in plan.assignments.values() if a.role == "danpos"}


def rules(plan: Plan) -> set[str]:
    return {f.rule for f in validate(plan)}


def test_a_cluster_gets_one_police_danpos_and_its_linmas_only_tps_none():
    """Cluster K1: three rawan TPS, under a pattern of one officer and two Linmas per two TPS: two
    officers for the cluster. The senior officer commands the cluster, the TPS held by Linmas alone
    get no danpos (before: a Linmas danpos and a warning at each)."""
    people = [
        Person("a", "Asep", rank="Aipda", unit="PS"),
        Person("b", "Budi", rank="Bripda", unit="PS"),
        *[Person(f"l{i}", f"Linmas {i}", unit="LM") for i in range(6)],
    ]
    plan = vote([tps(f"T{n}", "K1", category="rawan") for n in (1, 2, 3)], people)
    plan.put_pattern(StaffingPattern("Pola", {"rawan": PatternRow(1, 2, 2)}))
    for limit in (0, 4000):  # the flow and the exact solver
        result = auto_assign(plan, exact_max_pairs=limit)
        done = plan.clone()
        result.apply(done)
        [(post, person)] = danpos_of(done).items()
        assert person == "a" and done.posts[post].cluster == "K1"
        found = rules(done)
        assert not found & {"other_agency_danpos", "missing_danpos", "tps_without_police"}, found


def test_a_tps_without_police_gets_no_linmas_danpos():
    """No officer free: the TPS is manned by Linmas, nobody of them is made danpos, and the missing
    police are the one error that says so."""
    people = [Person(f"l{i}", f"Linmas {i}", unit="LM") for i in range(4)]
    plan = vote([tps("T1", "K1"), tps("T2", "K1"), tps("T9")], people)
    result = auto_assign(plan)
    assert result.filled == 3 and not [a for a in result.added if a.role == "danpos"] and not result.promoted
    result.apply(plan)
    found = [f for f in validate(plan) if f.rule in ("tps_without_police", "other_agency_danpos")]
    assert sorted((f.rule, f.post) for f in found) == [("tps_without_police", "T1"), ("tps_without_police", "T9")]


def test_a_cluster_danpos_is_the_officer_who_meets_his_posts_rank():
    """T1 asks for an Ipda danpos, T2 for none: Brigpol Budi at T2 commands the cluster rather than
    Aipda Asep at T1, below T1's rank (a danpos below rank is worse than a junior danpos)."""
    people = [Person("a", "Asep", rank="Aipda", unit="PS"), Person("b", "Budi", rank="Brigpol", unit="PS")]
    plan = vote([tps("T1", "K1", commander_min_rank="Ipda"), tps("T2", "K1")], people)
    for limit in (0, 4000):
        result = auto_assign(plan, exact_max_pairs=limit)
        done = plan.clone()
        result.apply(done)
        assert set(danpos_of(done).values()) <= {"a", "b"} and len(danpos_of(done)) == 1
        assert result.components.danpos_rank == 0
        assert "danpos_rank" not in rules(done)


def test_the_exact_solver_sends_the_officer_to_the_polling_station():
    """One officer, one Linmas, a gate and a polling station: by preference the officer would take
    the gate and the Linmas the TPS, leaving the TPS without police, an error. The exact model
    states that error itself, so its own answer puts the officer at the TPS."""
    people = [Person("a", "Asep", rank="Brigpol", unit="PS"), Person("l", "Lukman", unit="LM")]
    plan = vote([Post("G", "Gerbang", kind="gerbang", min_staff=1), tps("T1")], people)
    workload = Workload(plan)
    exact = solve_exact(plan, "TPS", list(plan.personnel.values()), Pricing(plan), workload)
    assert sorted((p.id, post) for p, post in exact) == [("a", "T1"), ("l", "G")]
    result = auto_assign(plan)
    assert result.methods == {"TPS": "exact"} and result.components.errors == 0
    result.apply(plan)
    assert danpos_of(plan) == {"T1": "a", "G": "l"}
    assert "tps_without_police" not in rules(plan)


def test_the_flow_alone_gives_every_cluster_its_officer_without_a_pattern():
    """A shift too large to solve exactly goes to the flow. Without a pattern nothing asked police
    at a TPS: four officers would take the gates (police work, by preference) and the six Linmas
    the TPS, leaving every cluster without police. Now each cluster without police has one place
    asking for an officer, weighed as the error it would be, so the flow gives each cluster one."""
    people = [Person(f"p{i}", f"Polisi {i}", rank="Brigpol", unit="PS") for i in range(4)]
    people += [Person(f"l{i}", f"Linmas {i}", unit="LM") for i in range(6)]
    posts = [Post(f"G{i}", f"Gerbang {i}", kind="gerbang", min_staff=1) for i in range(2)]
    posts += [tps(f"T{n}", f"K{n % 3}") for n in range(6)]  # three clusters of two TPS
    plan = vote(posts, people)
    result = auto_assign(plan, exact_max_pairs=0)
    assert result.methods == {"TPS": "flow"}
    result.apply(plan)
    assert "tps_without_police" not in rules(plan)
    at_tps = {a.post[1] for a in plan.assignments.values() if a.post.startswith("T") and a.person.startswith("p")}
    assert {int(n) % 3 for n in at_tps} == {0, 1, 2}
    assert all(
        not a.person.startswith("l") for a in plan.assignments.values() if a.role == "danpos" and a.post[0] == "T"
    )


def thinned_vote() -> Plan:
    """A small generated district vote under its pattern, every third assignment taken away."""
    from desktop.generator import generate_large_plan

    plan = generate_large_plan(personnel=300, posts=120, seed=7, assign=True)
    for i, key in enumerate(sorted(plan.assignments)):
        if i % 3 == 0:
            a = plan.assignments[key]
            plan.unassign(a.person, a.post, a.shift)
    return plan


def test_one_posts_open_places_under_a_pattern_are_those_of_the_whole_shift():
    """The candidates list reads only the post's own cluster (it read the whole district before):
    the places, and so the ranking, are the same."""
    from desktop.planning.autoassign import open_slots
    from desktop.planning.candidates import open_slots_at

    plan = thinned_vote()
    assert plan.patterns
    kinds = set()
    for shift in plan.shifts:
        everything = open_slots(plan, shift)
        kinds |= {s.kind for s in everything}
        for code in plan.posts:
            assert open_slots_at(plan, code, shift) == [s for s in everything if s.post == code], (code, shift)
    assert {"police", "linmas", "danpos"} <= kinds


def test_the_ranking_of_candidates_on_a_fixed_vote_is_unchanged():
    """Top five for three polling stations of the fixed plan, as ranked before the speed-up."""
    from desktop.planning.candidates import rank_candidates

    plan = thinned_vote()
    expected = {
        "TPS-BABAKA-003": (["g00053", "g00019", "g00051", "g00000", "g00071"], [50, 68, 70, 88, 88]),
        "TPS-BUNGUR-004": (["g00188", "g00137", "g00239", "g00086", "g00107"], [0, 0, 0, 0, 50]),
        "TPS-CIBATU-004": (["g00038", "g00004", "g00051", "g00000", "g00071"], [50, 55, 70, 88, 88]),
    }
    for code, (people, costs) in expected.items():
        ranked = rank_candidates(plan, code, "S2", limit=5)
        assert ([c.person for c in ranked], [c.cost for c in ranked]) == (people, costs), code
