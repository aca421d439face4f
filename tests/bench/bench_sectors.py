"""Benchmark: exporting and merging sector plans of the district plan.

One sector (a Polsek with about 120 TPS) exported, edited (every tenth place moved, every post's
tasks rewritten) and merged back, with the files written and read as the command line does; then
all 17 sectors one after another, each merged into the master the previous ones were merged into.

Run: .venv/bin/python tests/bench/bench_sectors.py
Prints figures; asserts nothing (speed targets live here, not in the suite).
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.generator import generate_large_plan
from desktop.model import Plan
from desktop.planning.sectors import Sectors
from desktop.sectorplans import apply_merge, build_sector, prepare_merge, record_export
from desktop.storage import open_operation_file, save_plan


def edit_sector(sector: Plan) -> int:
    """What a Polsek does: rewrite every post's tasks, move every tenth place to the next post."""
    posts = list(sector.posts)
    for code in posts:
        sector.put_post(replace(sector.posts[code], tasks=f"Amankan {code} sampai kotak suara tiba di PPK"))
    moved = 0
    for i, a in enumerate(list(sector.assignments.values())):
        if i % 10 or a.role == "danpos":
            continue
        target = posts[(posts.index(a.post) + 1) % len(posts)]
        if (a.person, target, a.shift) in sector.assignments:
            continue
        sector.unassign(a.person, a.post, a.shift)
        sector.assign(a.person, target, a.shift)
        moved += 1
    return moved


def round_trip(master: Plan, code: str, folder: Path) -> dict[str, float]:
    figures: dict[str, float] = {}
    t = time.perf_counter()
    sector, record = build_sector(master, {"sectors": [code]})
    record_export(master, record)
    path = folder / f"{code}.renpam"
    save_plan(sector, path)
    figures["export"] = time.perf_counter() - t
    sector = open_operation_file(path).plan
    figures["posts"] = len(sector.posts)
    figures["moved"] = edit_sector(sector)
    save_plan(sector, path)
    t = time.perf_counter()
    sector = open_operation_file(path).plan
    outcome = prepare_merge(master, sector, file=path.name)
    figures["prepare"] = time.perf_counter() - t
    t = time.perf_counter()
    apply_merge(master, outcome)
    figures["apply"] = time.perf_counter() - t
    figures["changes"] = len(outcome.changes)
    figures["conflicts"] = len(outcome.conflicts)
    return figures


def main() -> None:
    master = generate_large_plan(assign=True)
    print(
        f"district plan: {len(master.personnel)} people, {len(master.posts)} posts, {len(master.assignments)} assignments"
    )
    polsek = [u.code for u in master.units.values() if u.code.startswith("PS-")]
    sizes = {code: 0 for code in polsek}
    sectors = Sectors(master)
    for post in master.posts.values():
        home = sectors.home_unit(post)
        if home in sizes:
            sizes[home] += 1
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        one = round_trip(master, polsek[0], folder)
        print(
            f"one sector ({polsek[0]}, {one['posts']:.0f} posts): export + write {one['export']:.2f} s; "
            f"read + prepare merge {one['prepare']:.2f} s ({one['changes']:.0f} changes, {one['moved']:.0f} moves, "
            f"{one['conflicts']:.0f} conflicts); apply {one['apply']:.2f} s"
        )
        t = time.perf_counter()
        totals = {"export": 0.0, "prepare": 0.0, "apply": 0.0, "changes": 0.0}
        for code in polsek[1:]:
            f = round_trip(master, code, folder)
            for key in totals:
                totals[key] += f[key]
        elapsed = time.perf_counter() - t
        print(
            f"the other {len(polsek) - 1} sectors one after another: {elapsed:.1f} s in all "
            f"(export {totals['export']:.1f} s, prepare {totals['prepare']:.1f} s, apply {totals['apply']:.1f} s; "
            f"{totals['changes']:.0f} changes)"
        )
        t = time.perf_counter()
        save_plan(master, folder / "master.renpam")
        print(
            f"master saved with {len(master.sector_exports)} exports and {len(master.sector_merges)} merges "
            f"in {time.perf_counter() - t:.2f} s"
        )


if __name__ == "__main__":
    main()
