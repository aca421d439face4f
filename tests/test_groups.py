"""Command groups, reserves and BKO origins: kept in the operation file (migration 4) and the plan
document, edited from the command line, checked by a rule, and printed by command in the chart,
the Sprin list, the apel lists and the strength table."""

from __future__ import annotations

import io
import json
import re
import sqlite3
from dataclasses import replace

import pytest
from pypdf import PdfReader

from desktop import plan_json
from desktop.briefing import BriefingOptions, generate
from desktop.briefing.strength import on_duty, strength_table
from desktop.cli import main
from desktop.model import Group, PlanError
from desktop.storage import open_operation_file, save_plan
from desktop.storage.schema import SCHEMA_VERSION, migrate
from desktop.validation import validate


def pages_text(plan, **kw) -> list[str]:
    buf = io.BytesIO()
    generate(plan, buf, BriefingOptions(**kw))
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(io.BytesIO(buf.getvalue())).pages]


def test_demo_groups_survive_the_file_and_the_plan_document(tmp_path, demo_plan):
    """Groups with posts, members and reserve details and a BKO origin come back unchanged from disk and from JSON."""
    demo_plan.put_person(replace(demo_plan.personnel["p003"], origin="Sat Brimob Polda Jawa Barat"))
    path = tmp_path / "g.renpam"
    save_plan(demo_plan, path)
    again = open_operation_file(path).plan
    assert again.groups == demo_plan.groups and again.personnel["p003"].origin == "Sat Brimob Polda Jawa Barat"
    reserve = again.groups["CAD"]
    assert reserve.reserve and reserve.members and reserve.held_at and reserve.trigger
    doc = plan_json.export_document(again)
    assert doc["groups"][0]["code"] == "POSKO"
    back = plan_json.plan_from_document(json.loads(json.dumps(doc)))
    assert back.groups == again.groups and plan_json.dumps(back) == plan_json.dumps(again)


def test_a_version_three_file_opens_and_gains_empty_groups(tmp_path):
    """Migrations 4 (revisions) and 5 (groups) run in turn on a version-3 file: origin column (empty), group tables."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn, 3)
    conn.execute("INSERT INTO personnel (id, seq, name) VALUES ('p1', 0, 'Budi')")
    migrate(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 5
    assert conn.execute("SELECT origin FROM personnel").fetchone()[0] == ""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"command_groups", "group_posts", "group_members", "print_revisions", "roll_calls", "absences"} <= tables


def test_plan_refuses_inconsistent_groups_and_follows_removals(demo_plan):
    """A post in two groups, an unknown post or role is refused; removing a post or person takes it out of its group."""
    with pytest.raises(PlanError):
        demo_plan.put_group(Group("X", "Dua kali", posts=["P01"]))
    with pytest.raises(PlanError):
        demo_plan.put_group(Group("X", "Tidak ada", posts=["NOPE"]))
    with pytest.raises(PlanError):
        demo_plan.put_group(Group("X", "Peran", role="pasukan_khusus"))
    reserve = demo_plan.groups["CAD"]
    gone = reserve.members[0]
    demo_plan.remove_person(gone)
    demo_plan.remove_post("P13")
    assert gone not in demo_plan.groups["CAD"].members and "P13" not in demo_plan.groups["RING3"].posts
    assert not [f for f in validate(demo_plan) if f.rule == "integrity"]


def test_rule_warns_when_a_group_commander_is_outranked(demo_plan):
    """Putting an AKP's post under an Ipda's group raises group_commander_outranked for that commander, once."""
    assert not [f for f in validate(demo_plan) if f.rule == "group_commander_outranked"]
    ring2 = demo_plan.groups["RING2"]
    demo_plan.put_group(replace(ring2, members=[demo_plan.operation.field_commander]))  # AKP under an Ipda
    found = [f for f in validate(demo_plan) if f.rule == "group_commander_outranked"]
    assert len(found) == 1 and found[0].person == ring2.commander and found[0].detail == "RING2"
    assert "Ipda Wawan Hermawan" in found[0].message_id and "AKP Rudi Hartawan" in found[0].message_en


def test_cli_edits_groups_and_bko_and_refuses_bad_input(tmp_path, demo_plan, capsys):
    """renpam group/groups/bko change the file; an unknown post or person exits 1 and leaves it byte-identical."""
    path = tmp_path / "c.renpam"
    save_plan(demo_plan, path)
    lent = demo_plan.personnel["p012"]
    assert main(["bko", str(path), lent.nrp, "--origin", "Polres Subang"]) == 0
    assert (
        main(
            [
                "group",
                str(path),
                "BKO",
                "--name",
                "BKO Polres Subang",
                "--role",
                "dalmas_lanjut",
                "--reserve",
                "--member",
                lent.nrp,
                "--held-at",
                "Mapolsek Bungursari",
                "--trigger",
                "Atas perintah Kapolres",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["groups", str(path), "--json"]) == 0
    groups = {g["code"]: g for g in json.loads(capsys.readouterr().out)["groups"]}
    assert groups["BKO"]["members"] == [lent.id] and groups["BKO"]["reserve"] is True
    before = path.read_bytes()
    assert main(["group", str(path), "BAD", "--name", "x", "--post", "NOPE"]) == 1
    assert main(["group", str(path), "BAD", "--name", "x", "--member", "00000000"]) == 1
    assert main(["group", str(path), "BAD", "--trigger", "x" * 3000]) == 2
    assert path.read_bytes() == before
    plan = open_operation_file(path).plan
    assert plan.personnel[lent.id].origin == "Polres Subang"
    row = next(r for r in strength_table(plan)["rows"] if r["unit"] == lent.unit)
    assert row["bko"] == 1 and row["reserve"] >= 1
    text = " ".join(pages_text(plan, documents=("sprin",)))
    assert "BKO dari Polres Subang" in text
    assert main(["group", str(path), "BKO", "--remove"]) == 0
    assert "BKO" not in open_operation_file(path).plan.groups


def test_chart_is_built_by_command_and_reserves_are_never_unposted(demo_plan):
    """Annex A puts the command post between commander and field commander and lists groups with their posts;
    the reserve shows where it is held, and apel lists name it instead of '(tidak ditugaskan di pos)'."""
    pages = pages_text(demo_plan, shifts=("LAKS",))
    chart = next(t for t in pages if "STRUKTUR ORGANISASI PENGAMANAN" in t)
    assert chart.index("Kapolres Purwakarta") < chart.index("Posko (Pos Komando)") < chart.index("Kasat Samapta")
    assert "Dan: Iptu Tatang Sudrajat" in chart and "P06 Barikade Dalmas" in chart
    assert "Cadangan Dalmas lanjut (CADANGAN)" in chart and "Disiagakan di: Truk Dalmas" in chart
    whole = " ".join(pages)
    assert "(tidak ditugaskan di pos)" not in whole
    assert "Cadangan Dalmas lanjut (cadangan)" in whole  # the apel list of Sat Samapta
    reserve = demo_plan.groups["CAD"]
    assert all(pid in on_duty(demo_plan) and on_duty(demo_plan)[pid].reserve == reserve.name for pid in reserve.members)
    total = strength_table(demo_plan)["total"]
    assert total["reserve"] == len(reserve.members) + 1 and total["total"] == len(on_duty(demo_plan))


def test_rules_catch_riot_kit_on_dalmas_awal_and_a_reserve_nobody_plotted(demo_plan):
    """Shields at a Dalmas awal post and a contingency calling on a reserve that no group holds are warnings;
    the live Validator agrees with a full check after each edit."""
    from desktop.validation import Validator

    validator = Validator(demo_plan)
    assert not [f for f in validator.findings() if f.rule in ("dalmas_awal_kit", "reserve_not_planned")]
    post = demo_plan.posts["P06"]
    demo_plan.put_post(replace(post, equipment="Tameng 10, helm 12, tali Dalmas"))
    kit = [f for f in validator.findings() if f.rule == "dalmas_awal_kit"]
    assert len(kit) == 1 and kit[0].post == "P06" and '"Tameng"' in kit[0].message_id
    demo_plan.remove_group("CAD")
    assert [f.rule for f in validator.findings() if f.rule == "reserve_not_planned"] == ["reserve_not_planned"]
    assert validator.findings() == validate(demo_plan)
    validator.close()


def test_order_lists_tasks_per_function_and_contacts_name_off_post_commanders(demo_plan):
    """'Tugas per fungsi' is generated from the groups (commander, posts, first task, the reserve's trigger);
    the contacts annex reaches the commanders who hold no post (Kapolsek, the reserve's)."""
    pages = pages_text(demo_plan, posts=("P00",))
    order = " ".join(pages[1:5])
    functions = order[order.index("c. Tugas per fungsi") : order.index("d. Cara bertindak")]
    assert "Pam Ring III (Polsek Bungursari)" in functions and "Iptu Nurdin Syamsudin" in functions
    assert "Digerakkan bila: Massa di atas 500 orang" in functions
    demo_plan.set_setting("orders", {"functions": "Ditulis sendiri oleh perencana."})
    order = " ".join(pages_text(demo_plan, posts=("P00",))[1:5])
    functions = order[order.index("c. Tugas per fungsi") : order.index("d. Cara bertindak")]
    assert "Ditulis sendiri oleh perencana." in functions and "Pam Ring III (Polsek" not in functions
    contacts = " ".join(t for t in pages if "Lampiran D" in t)
    assert "Nurdin Syamsudin" in contacts and "Dan Pam Ring III (Polsek Bungursari)" in contacts
    assert "Jaka Permana" in contacts and "KPU Kabupaten Purwakarta" in contacts and "RSUD Bayu Asih" in contacts
    nets = re.findall(r"Ch (\d)", contacts[: contacts.index("Nama")])
    assert nets == sorted(nets)


def test_auto_assignment_and_candidates_leave_the_reserve_alone(demo_plan):
    """Open places are filled from people not held in reserve; the reserve's people are never proposed."""
    from desktop.planning.autoassign import auto_assign
    from desktop.planning.candidates import rank_candidates

    reserve = demo_plan.held_in_reserve()
    assert reserve
    for a in list(demo_plan.assignments_at("P06", "LAKS"))[:4]:
        demo_plan.unassign(a.person, a.post, a.shift)
    ranked = rank_candidates(demo_plan, "P06", "LAKS")
    assert ranked and not any(c.person in reserve for c in ranked)
    result = auto_assign(demo_plan)
    assert result.added and not any(a.person in reserve for a in result.added)
