"""Benchmark: a plan at every count bound of desktop.limits saves and opens again (prints figures).

The bounds are only useful if whatever stays within them can be saved and reopened by the
hardened opener (its SQLite limits and statement budget). This builds a plan with the most
personnel, posts, assignments, placeholders and accepted warnings the limits allow, saves it and
opens it, and times the save guard on it.

Run: .venv/bin/python tests/bench/bench_limits.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop import limits
from desktop.generator import generate_large_plan
from desktop.model import AcceptedFinding, Assignment, Placeholder
from desktop.storage import open_operation_file, save_plan


def main() -> None:
    start = time.perf_counter()
    plan = generate_large_plan(personnel=limits.MAX_PERSONNEL, posts=limits.MAX_POSTS, shifts=10, assign=True)
    people, posts, shifts, units = list(plan.personnel), list(plan.posts), list(plan.shifts), list(plan.units)
    i = 0
    while len(plan.assignments) < limits.MAX_ASSIGNMENTS:
        a = Assignment(people[i % len(people)], posts[i % len(posts)], shifts[(i // len(people)) % len(shifts)])
        if a.key not in plan.assignments:
            plan.put_assignment(a)
        i += 1
    for j in range(limits.MAX_PLACEHOLDERS):
        ph = Placeholder(posts[j % len(posts)], shifts[j % len(shifts)], units[j % len(units)], j // len(posts) + 1)
        plan.placeholders[ph.key] = ph
    for j in range(limits.MAX_ACCEPTED):
        key = f"max_hours|P{j}|x|S1"
        plan.accepted[key] = AcceptedFinding(key, "catatan " * 20)
    print(
        f"plan at the bounds: {len(plan.personnel):,} personnel, {len(plan.posts):,} posts, "
        f"{len(plan.assignments):,} assignments, {len(plan.placeholders):,} placeholders, "
        f"{len(plan.accepted):,} accepted ({time.perf_counter() - start:.1f} s to build)"
    )
    t = time.perf_counter()
    limits.check_storable(plan)
    print(f"save guard (check_storable): {time.perf_counter() - t:.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "max.renpam"
        t = time.perf_counter()
        save_plan(plan, path)
        print(f"save: {time.perf_counter() - t:.1f} s, {path.stat().st_size / 1e6:.0f} MB")
        t = time.perf_counter()
        opened = open_operation_file(path)
        print(f"open: {time.perf_counter() - t:.1f} s, {len(opened.plan.assignments):,} assignments back")


if __name__ == "__main__":
    main()
