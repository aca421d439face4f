"""Benchmark: `changes` and `print --changed` on the district plan after 50 edits.

Run: .venv/bin/python tests/bench/bench_revisions.py
Prints figures; asserts nothing (speed targets live here, not in the suite).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.briefing.changed import generate_changed
from desktop.briefing.content import BriefingOptions
from desktop.briefing.render import generate
from desktop.generator import generate_large_plan
from desktop.revisions import record
from desktop.revisions.changes import changes_since
from desktop.revisions.printing import revision_for


def main() -> None:
    plan = generate_large_plan(assign=True)
    print(f"district plan: {len(plan.personnel)} people, {len(plan.posts)} posts, {len(plan.assignments)} assignments")
    options = BriefingOptions(documents=("posts", "slips"))
    with tempfile.TemporaryDirectory() as folder:
        t = time.perf_counter()
        full = generate(plan, Path(folder) / "full.pdf", options)
        t_full = time.perf_counter() - t
        record(plan, revision_for(plan, options, full))
        print(f"full print (posts + slips): {full.pages} pages in {t_full:.1f} s")
        rng = random.Random(7)
        moves = [a for a in plan.assignments.values() if a.role == "anggota"]
        posts = list(plan.posts)
        for a in rng.sample(moves, 50):
            target = rng.choice(posts)
            if (a.person, target, a.shift) in plan.assignments:
                continue
            plan.unassign(a.person, a.post, a.shift)
            plan.assign(a.person, target, a.shift)
        t = time.perf_counter()
        report = changes_since(plan)
        print(f"changes after 50 moves: {len(report.changes)} changes in {time.perf_counter() - t:.2f} s")
        t = time.perf_counter()
        changed = generate_changed(plan, Path(folder) / "changed.pdf")
        t_changed = time.perf_counter() - t
        print(
            f"print --changed: {changed.pages} pages ({len(changed.replaced_pages)} replaced) in {t_changed:.1f} s"
            f"; per page {t_changed / max(changed.pages, 1) * 1000:.0f} ms vs full {t_full / max(full.pages, 1) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
