"""Schema v3 planning data (locks, clusters, placeholders, accepted warnings, patterns) in file and JSON."""

from __future__ import annotations

import json
import sqlite3

from desktop import plan_json
from desktop.model import PatternRow, Post, StaffingPattern
from desktop.storage import open_operation_file, save_plan
from desktop.storage.schema import SCHEMA_VERSION, migrate


def planning_demo(plan):
    """The demo with one of each planning item of schema version 3."""
    a = next(iter(plan.assignments.values()))
    plan.set_locked(a.person, a.post, a.shift)
    unit = next(iter(plan.units))
    plan.add_placeholders("P09", "LAKS", unit, 3)
    plan.put_pattern(
        StaffingPattern(
            "Pilkada 2024",
            {"kurang_rawan": PatternRow(2, 4, 8), "rawan": PatternRow(4, 2, 8)},
            notation="police-tps-linmas",
            note="Pedoman Polda",
        )
    )
    plan.put_post(
        Post(
            "TPS-001",
            "TPS 001 Nagri Kaler",
            kind="tps",
            min_staff=2,
            category="rawan",
            cluster="NK-1",
            district="Purwakarta",
            village="Nagri Kaler",
        )
    )
    plan.accept_finding("missing_danpos|P09|LAKS", "danpos ditunjuk saat apel")
    return plan


def test_planning_data_survives_save_and_reopen(tmp_path, demo_plan):
    """Every v3 field is read back exactly as written."""
    plan = planning_demo(demo_plan)
    path = tmp_path / "op.renpam"
    save_plan(plan, path)
    back = open_operation_file(path).plan
    assert plan_json.export_document(back) == plan_json.export_document(plan)
    assert sum(a.locked for a in back.assignments.values()) == 1
    assert len(back.placeholders) == 3 and back.posts["TPS-001"].cluster == "NK-1"
    assert back.patterns["Pilkada 2024"].written("rawan") == "4-2-8"
    assert back.accepted["missing_danpos|P09|LAKS"].note == "danpos ditunjuk saat apel"


def test_planning_data_round_trips_through_json_losslessly(demo_plan):
    """Export, import into a new plan, export again: identical, and valid against the shipped schema."""
    first = plan_json.export_document(planning_demo(demo_plan))
    assert plan_json.schema_problems(first) == []
    again = plan_json.export_document(plan_json.plan_from_document(json.loads(json.dumps(first))))
    assert again == first
    assert first["patterns"][0]["rows"]["kurang_rawan"] == {"police": 2, "tps": 4, "linmas": 8}


def test_a_version_two_file_migrates_to_version_three():
    """Migration 3 adds the lock column (unlocked by default) and the new tables to a v2 database."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn, 2)
    conn.execute("INSERT INTO assignments (person, post, shift, role) VALUES ('p1', 'P1', 'S1', 'danpos')")
    migrate(conn, 3)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3 <= SCHEMA_VERSION
    assert conn.execute("SELECT locked FROM assignments").fetchone()[0] == 0
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"placeholders", "accepted_findings", "staffing_patterns"} <= tables


def test_bad_planning_entries_are_refused_on_import(demo_plan):
    """A placeholder for an unknown post and a pattern with zero TPS are listed; nothing changes."""
    before = plan_json.export_document(demo_plan)
    doc = {
        "format": "renpam-plan",
        "version": 1,
        "placeholders": [{"post": "NOPE", "shift": "LAKS", "unit": next(iter(demo_plan.units)), "number": 1}],
        "patterns": [{"name": "X", "rows": {"rawan": {"police": 2, "tps": 0, "linmas": 4}}}],
    }
    try:
        plan_json.import_document(demo_plan, doc)
    except plan_json.PlanDocumentError as exc:
        assert any("tps" in p for p in exc.problems)
    else:
        raise AssertionError("the document should have been refused")
    assert plan_json.export_document(demo_plan) == before
