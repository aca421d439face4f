"""Benchmark: generating, saving, opening and exporting the large operation (prints figures).

Run: .venv/bin/python tests/bench/bench_storage.py
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop import plan_json
from desktop.generator import generate_large_plan
from desktop.storage import open_operation_file, save_plan
from desktop.validation import validate


def timed(label: str, fn, repeat: int = 3):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<42} {best * 1000:8.1f} ms")
    return result


def main() -> None:
    plan = timed("generate 5,000 people / 2,000 posts", lambda: generate_large_plan(assign=True))
    print(f"  assignments: {len(plan.assignments)}")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.renpam"
        timed("save (atomic, fsync)", lambda: save_plan(plan, path))
        print(f"  file size: {path.stat().st_size / 1e6:.1f} MB")
        timed("open (checks + migrate + load)", lambda: open_operation_file(path))
        timed("export JSON", lambda: plan_json.dumps(plan))
        doc = plan_json.export_document(plan)
        timed("import JSON into an empty plan", lambda: plan_json.plan_from_document(doc))
        timed("validate", lambda: validate(plan))
        tracemalloc.start()
        open_operation_file(path)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"{'peak memory while opening':<42} {peak / 1e6:8.1f} MB")


if __name__ == "__main__":
    main()
