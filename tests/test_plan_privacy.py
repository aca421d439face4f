"""Only `Plan` touches its private indexes: every other module asks its public queries.

Scans the sources of `desktop/` and `ui/` (and the benchmarks) for an access to a private member
of `Plan` (`plan._by_person`, `work._index_add(...)`, `self.ws.plan._changed(...)`, ...) on
anything but `self`/`cls` outside `desktop/model.py`, and fails naming file, line and code.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from desktop.model import Plan

ROOT = Path(__file__).resolve().parents[1]


def private_members() -> set[str]:
    """Plan's own private names: instance attributes and methods/class attributes with one '_'."""
    names = {n for n in vars(Plan()) if n.startswith("_") and not n.startswith("__")}
    names |= {n for n, _v in inspect.getmembers(Plan) if n.startswith("_") and not n.startswith("__")}
    return names


def offences(names: set[str]) -> list[str]:
    pattern = re.compile(r"([A-Za-z_][A-Za-z0-9_]*|\))\s*\.\s*(" + "|".join(sorted(map(re.escape, names))) + r")\b")
    found = []
    files = [*ROOT.glob("desktop/**/*.py"), *ROOT.glob("ui/**/*.py"), *ROOT.glob("tests/bench/*.py")]
    for path in sorted(files):
        if path == ROOT / "desktop" / "model.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for match in pattern.finditer(line):
                if match.group(1) in ("self", "cls", "super()"):
                    continue
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def test_the_scan_knows_the_private_indexes():
    names = private_members()
    assert {"_by_post_shift", "_by_person", "_index_add", "_index_remove", "_changed", "_listeners"} <= names


def test_the_scan_catches_an_access(tmp_path):
    """The pattern itself: an access through any name but self is caught, self's own is not."""
    names = private_members()
    pattern = re.compile(r"([A-Za-z_][A-Za-z0-9_]*|\))\s*\.\s*(" + "|".join(sorted(map(re.escape, names))) + r")\b")
    hits = [
        m.group(1)
        for line in (
            "n = len(plan._by_post_shift)",
            "self.ws.plan._by_person.get(p)",
            "work._index_add(a)",
            "self._by_person = {}",
        )
        for m in pattern.finditer(line)
    ]
    assert hits == ["plan", "plan", "work", "self"]


def test_no_module_outside_the_plan_touches_its_private_members():
    found = offences(private_members())
    assert not found, "Private Plan members used outside desktop/model.py:\n" + "\n".join(found)
