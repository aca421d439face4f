"""Planning at district scale: validation, incremental re-validation, candidates, auto-assignment.

Run as a script (`.venv/bin/python tests/bench/bench_planning.py`); it prints its figures next to
the targets of issue 5. Not collected by pytest.

- full validation of the large operation (5,000 personnel, 2,000 posts, 3 shifts, staffed):
  target 0.2 s;
- re-validation after one edit (incremental `Validator`): target 20 ms;
- ranked candidates for one place: target 50 ms;
- auto-assignment of the empty large operation: target 10 s, every fillable place filled (and
  with fill up to maximum);
- the exact solver against the flow on the demo and on operations of a few hundred people:
  time and the lexicographic objective of each;
- the district vote (issue 15): validation of the generated vote, filled by the generator and
  by auto-assignment, with its errors, duty warnings and danpos warnings (`other_agency_danpos`,
  `missing_danpos`) counted (goal: none of any); it uses
  only functions older versions have, so `PYTHONPATH=<older checkout>` gives the "before" figures;
- objective of auto-assignment against an exact solver (OR-Tools' linear sum assignment on the
  person-by-place problem) on a 200-post slice, shift by shift: goal ratio 1.00.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.generator import generate_large_plan
from desktop.planning.autoassign import (
    W_NOT_FIRST,
    CostModel,
    Workload,
    auto_assign,
    build_problem,
    solve_problem,
)
from desktop.planning.candidates import rank_candidates
from desktop.planning.rules import ERROR, Validator, validate


def timed(fn, repeat: int = 1) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def bench_validation() -> None:
    plan = generate_large_plan(assign=True)
    seconds, findings = timed(lambda: validate(plan), repeat=5)
    print(
        f"full validation: {seconds * 1000:.0f} ms for {len(plan.assignments)} assignments, "
        f"{len(findings)} findings (target 200 ms)"
    )

    validator = Validator(plan)
    validator.findings()
    rng = random.Random(7)
    people = list(plan.personnel)
    posts = list(plan.posts)
    edits = []
    for _ in range(40):
        pid = rng.choice(people)
        post = rng.choice(posts)
        shift = rng.choice(list(plan.shifts))
        edits.append((pid, post, shift))
    times = []
    for pid, post, shift in edits:
        existed = (pid, post, shift) in plan.assignments
        plan.assign(pid, post, shift)
        t = time.perf_counter()
        incremental = validator.findings()
        times.append(time.perf_counter() - t)
        if not existed:
            plan.unassign(pid, post, shift)
            t = time.perf_counter()
            validator.findings()
            times.append(time.perf_counter() - t)
    for post in rng.sample(posts, 20):  # dragging a post on the site plan
        plan.move_post(post, rng.random(), rng.random())
        t = time.perf_counter()
        validator.findings()
        times.append(time.perf_counter() - t)
    assert incremental is not None
    check = validate(plan)
    assert validator.findings() == check, "incremental findings differ from a full run"
    print(
        f"re-validation after one edit: median {statistics.median(times) * 1000:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms over {len(times)} edits (target 20 ms)"
    )
    validator.close()

    times = []
    for post in rng.sample(posts, 30):
        shift = plan.posts[post].shifts[0] if plan.posts[post].shifts else "S1"
        seconds, _found = timed(lambda post=post, shift=shift: rank_candidates(plan, post, shift))
        times.append(seconds)
    print(
        f"candidates for one place: median {statistics.median(times) * 1000:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms over {len(times)} places (target 50 ms)"
    )


def bench_auto_assign() -> None:
    plan = generate_large_plan()
    seconds, result = timed(lambda: auto_assign(plan))
    result.apply(plan)
    findings = validate(plan)
    errors = sum(f.severity == ERROR for f in findings)
    short = sum(f.rule == "post_understaffed" for f in findings)
    print(
        f"auto-assign of the empty large operation: {seconds:.2f} s, {result.filled} of "
        f"{result.open_places} places filled, {errors} errors and {short} understaffed posts after "
        f"(target 10 s, all fillable filled); methods {sorted(set(result.methods.values()))}, "
        f"objective {result.components.values()}"
    )
    plan = generate_large_plan()
    seconds, result = timed(lambda: auto_assign(plan, fill_to_max=True))
    print(
        f"  the same with fill up to maximum: {seconds:.2f} s, {result.extra_filled} of "
        f"{result.extra_places} places up to the maxima filled"
    )


def bench_exact() -> None:
    """The exact solver against the flow where both run: the demo operation with two of every
    three assignments taken away, and generated operations of a few hundred people."""
    from desktop.demo import build_demo_plan

    demo = build_demo_plan()
    for i, a in enumerate(list(demo.assignments.values())):
        if i % 3:
            demo.unassign(a.person, a.post, a.shift)
    cases = [("demo, thinned", demo)] + [
        (f"{people} people / {posts} posts", generate_large_plan(personnel=people, posts=posts, seed=3))
        for people, posts in ((150, 40), (250, 30), (400, 100))
    ]
    for name, plan in cases:
        flow_s, flow = timed(lambda plan=plan: auto_assign(plan, exact_max_pairs=0))
        ours_s, ours = timed(lambda plan=plan: auto_assign(plan))
        print(
            f"  {name}: flow {flow_s:.2f} s objective {flow.components.values()}; "
            f"auto-assign {ours_s:.2f} s ({', '.join(f'{k} {v}' for k, v in ours.methods.items())}) "
            f"objective {ours.components.values()}"
        )


def bench_vote() -> None:
    from collections import Counter

    duty = ("max_hours", "min_rest")
    for label, assign in (("filled by the generator", True), ("filled by auto-assign", False)):
        plan = generate_large_plan(assign=assign)
        if not assign:
            auto_assign(plan).apply(plan)
        seconds, findings = timed(lambda plan=plan: validate(plan), repeat=5)
        rules = Counter(f.rule for f in findings)
        errors = sum(f.severity == ERROR for f in findings)
        top = ", ".join(f"{rule} {n}" for rule, n in rules.most_common(4))
        print(
            f"district vote {label}: validation {seconds * 1000:.0f} ms, {len(findings)} findings, "
            f"{errors} errors, {sum(rules[r] for r in duty)} duty warnings, "
            f"{rules['other_agency_danpos']} other_agency_danpos, {rules['missing_danpos']} missing_danpos "
            f"(goal: 0 of each; {top})"
        )


def exact_cost(problem) -> tuple[int, int]:
    """Optimum of the person-by-place problem (max places filled, then least cost) by linear sum assignment.

    Square formulation: left = places + one idle token per person; right = people + one "left
    empty" token per place. A place takes a person (its cost) or its empty token (BIG); an idle
    token takes its own person or any empty token (0). Returns (filled, cost of filled places).
    """
    from ortools.graph.python import linear_sum_assignment

    big = 10**9
    slots, people = problem.slots, problem.people
    n_s, n_p = len(slots), len(people)
    lsa = linear_sum_assignment.SimpleLinearSumAssignment()
    class_cost = {}
    for i, (_slot, group) in enumerate(zip(slots, problem.slot_group)):
        for j, person in enumerate(people):
            c = problem.person_class[person.id]
            key = (c, group)
            if key not in class_cost:
                class_cost[key] = problem.costs.cost(c, group)
            cost = class_cost[key]
            if cost is not None:
                lsa.add_arc_with_cost(i, j, cost)
        lsa.add_arc_with_cost(i, n_p + i, big)
    for j in range(n_p):
        lsa.add_arc_with_cost(n_s + j, j, 0)
        for i in range(n_s):
            lsa.add_arc_with_cost(n_s + j, n_p + i, 0)
    status = lsa.solve()
    assert status == lsa.OPTIMAL, status
    filled = sum(1 for i in range(n_s) if lsa.right_mate(i) < n_p)
    return filled, lsa.optimal_cost() - big * (n_s - filled)


def bench_optimality() -> None:
    plan = generate_large_plan(personnel=600, posts=200, seed=5)
    work = plan.clone()
    workload = Workload(work)
    costs = CostModel(work)
    ours_total = exact_total = 0
    for shift in work.shifts:
        problem = build_problem(work, shift, workload, costs)
        chosen, _unfilled = solve_problem(problem)
        ours = sum(c for _p, _s, c in chosen)
        t = time.perf_counter()
        filled, best = exact_cost(problem)
        exact_s = time.perf_counter() - t
        base = W_NOT_FIRST * sum(1 for _p, s, _c in chosen if not s.first)
        print(
            f"  shift {shift}: {len(problem.slots)} places, {len(problem.people)} free people; "
            f"auto-assign fills {len(chosen)} at cost {ours}, exact fills {filled} at cost {best} "
            f"({exact_s:.1f} s); preference cost {ours - base} vs {best - base}"
        )
        assert filled == len(chosen)
        ours_total += ours
        exact_total += best
        for person, slot, _c in chosen:  # carry auto-assignment's choices into the next shift
            from desktop.model import Assignment

            work.put_assignment(Assignment(person.id, slot.post, shift))
    print(f"objective ratio auto-assign / exact on a 200-post slice: {ours_total / exact_total:.4f} (goal 1.00)")


if __name__ == "__main__":
    bench_validation()
    bench_vote()
    bench_auto_assign()
    bench_exact()
    bench_optimality()
