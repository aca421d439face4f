"""Planning rules: each rule with a plan that breaks it and one that does not; accepting; incremental."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from desktop.cli import main as cli_main
from desktop.model import (
    DEFAULT_TZ,
    Operation,
    PatternRow,
    Person,
    Plan,
    Post,
    Shift,
    StaffingPattern,
    Unit,
)
from desktop.planning.rules import ERROR, WARNING, Validator
from desktop.storage import open_operation_file, save_plan
from desktop.validation import validate


def T(hour: int) -> datetime:
    return datetime(2024, 12, 4, hour, tzinfo=DEFAULT_TZ)


def clean_plan() -> Plan:
    """A small plan with no finding at all: two staffed posts, a command post, commanders named."""
    plan = Plan()
    plan.load(
        operation=Operation(name="Uji", kind="audiensi", start=T(4), end=T(22)),
        units=[Unit("SAMAPTA", "Sat Samapta", "POLRI"), Unit("LM", "Linmas Bungursari", "LINMAS", "Bungursari")],
        personnel=[
            Person("k", "Arief", rank="AKBP", unit="SAMAPTA"),
            Person("w", "Rudi", rank="AKP", unit="SAMAPTA"),
            Person("a", "Asep", rank="Bripka", unit="SAMAPTA"),
            Person("b", "Budi", rank="Briptu", unit="SAMAPTA"),
            Person("c", "Cecep", rank="Bripka", unit="SAMAPTA"),
            Person("d", "Dedi", rank="Brigpol", unit="SAMAPTA"),
            Person("e", "Eko", rank="Iptu", unit="SAMAPTA"),
            Person("s", "Siti", rank="Bripda", unit="SAMAPTA", gender="P", skills=["polwan"]),
            Person("l", "Lukman", rank="Anggota Linmas", unit="LM"),
        ],
        shifts=[
            Shift("APEL", "Apel", T(4), T(5)),
            Shift("PAGI", "Pagi", T(6), T(14)),
            Shift("SIANG", "Siang", T(14), T(22)),
            Shift("LUAR", "Di luar", T(22), T(23)),
        ],
        posts=[
            Post(
                "P1",
                "Gerbang",
                ring="II",
                kind="gerbang",
                min_staff=2,
                max_staff=3,
                commander_min_rank="Bripka",
                shifts=["PAGI"],
            ),
            Post("P2", "Patroli", kind="patroli", min_staff=2, max_staff=3, shifts=["SIANG"]),
            Post("P3", "Cadangan", kind="other", min_staff=0),
            Post("P4", "Posko", kind="pos_komando", min_staff=0),
        ],
        settings={"max_hours": 12, "min_rest_hours": 8},
    )
    plan.set_operation(commander="k", field_commander="w")
    plan.assign("a", "P1", "PAGI", "danpos")
    plan.assign("b", "P1", "PAGI")
    plan.assign("c", "P2", "SIANG", "danpos")
    plan.assign("d", "P2", "SIANG")
    return plan


def rules(plan: Plan) -> set[str]:
    return {f.rule for f in validate(plan)}


def test_clean_plan_has_no_findings():
    """The reference plan breaks no rule, so every test below changes one thing only."""
    assert validate(clean_plan()) == []


def test_double_booking_is_an_error():
    """A person at two posts in the same shift is an error; the same person in separate shifts is not."""
    plan = clean_plan()
    plan.assign("a", "P3", "PAGI")
    found = [f for f in validate(plan) if f.rule == "double_booking"]
    assert found and found[0].severity == ERROR and found[0].person == "a"
    plan = clean_plan()
    plan.assign("e", "P3", "PAGI")
    assert "double_booking" not in rules(plan)


def test_duty_outside_the_operation_window():
    """A duty in a shift after the operation's end is an error; inside the window it is fine."""
    plan = clean_plan()
    plan.assign("s", "P3", "LUAR")
    found = [f for f in validate(plan) if f.rule == "outside_window"]
    assert found and found[0].severity == ERROR and found[0].shift == "LUAR"
    plan = clean_plan()
    plan.assign("s", "P3", "SIANG")
    assert "outside_window" not in rules(plan)


def test_back_to_back_shifts_count_as_one_duty_for_the_hours_limit():
    """PAGI then SIANG is one 16-hour duty, over the 12-hour limit; a higher limit accepts it."""
    plan = clean_plan()
    plan.assign("b", "P2", "SIANG")
    found = [f for f in validate(plan) if f.rule == "max_hours"]
    assert len(found) == 1 and found[0].person == "b" and "16" in found[0].message_en
    assert found[0].severity == WARNING
    plan.set_setting("max_hours", 16)
    assert "max_hours" not in rules(plan)


def test_too_little_rest_between_separate_duties():
    """Apel 04-05 then a shift at 06 leaves one hour of rest (minimum 8); a lower minimum accepts it."""
    plan = clean_plan()
    plan.assign("a", "P3", "APEL")
    found = [f for f in validate(plan) if f.rule == "min_rest"]
    assert found and found[0].person == "a" and found[0].shift == "PAGI"
    plan.set_setting("min_rest_hours", 1)
    assert "min_rest" not in rules(plan)


def test_commanders_tied_to_a_post_but_not_to_the_command_post():
    """The commander at a gate is a warning; at the command post (pos komando) it is where he belongs."""
    plan = clean_plan()
    plan.assign("k", "P3", "PAGI")
    plan.assign("w", "P3", "SIANG")
    assert {"commander_on_post", "field_commander_on_post"} <= rules(plan)
    plan = clean_plan()
    plan.assign("k", "P4", "PAGI")
    plan.assign("w", "P4", "PAGI", "danpos")
    assert not {"commander_on_post", "field_commander_on_post"} & rules(plan)


def test_commander_and_field_commander_missing():
    """An operation without a commander or field commander gets a warning for each."""
    plan = clean_plan()
    plan.set_operation(commander=None, field_commander=None)
    assert {"commander_missing", "field_commander_missing"} <= rules(plan)
    assert not {"commander_missing", "field_commander_missing"} & rules(clean_plan())


def test_understaffed_post_is_a_warning_and_an_empty_post_an_error():
    """One of two at a post is a warning; nobody at a manned post is an error."""
    plan = clean_plan()
    plan.unassign("b", "P1", "PAGI")
    [f] = [f for f in validate(plan) if f.rule == "post_understaffed"]
    assert f.severity == WARNING and f.post == "P1" and f.shift == "PAGI"
    plan.unassign("a", "P1", "PAGI")
    [f] = [f for f in validate(plan) if f.rule == "post_understaffed"]
    assert f.severity == ERROR


def test_placeholders_count_for_staffing():
    """Two places held for a unit (names to follow) fill the post's minimum."""
    plan = clean_plan()
    plan.unassign("b", "P1", "PAGI")
    plan.add_placeholders("P1", "PAGI", "SAMAPTA", 1)
    assert "post_understaffed" not in rules(plan)
    plan.add_placeholders("P1", "PAGI", "SAMAPTA", 2)
    assert "post_overstaffed" in rules(plan)


def test_overstaffed_post():
    """Four people at a post of at most three is a warning."""
    plan = clean_plan()
    plan.assign("s", "P1", "PAGI")
    assert "post_overstaffed" not in rules(plan)
    plan.assign("e", "P1", "PAGI")
    assert "post_overstaffed" in rules(plan)


def test_duty_at_a_post_not_manned_in_that_shift():
    """The patrol runs only in SIANG; someone placed there in PAGI is flagged."""
    plan = clean_plan()
    plan.assign("s", "P2", "PAGI")
    assert "post_not_manned" in rules(plan)


def test_missing_and_several_danpos():
    """No danpos is a warning; two danpos at one post is an error."""
    plan = clean_plan()
    plan.set_danpos("P1", "PAGI", None)
    assert "missing_danpos" in rules(plan)
    plan = clean_plan()
    plan.assign("b", "P1", "PAGI", "danpos")
    [f] = [f for f in validate(plan) if f.rule == "several_danpos"]
    assert f.severity == ERROR


def test_danpos_below_minimum_rank():
    """A Briptu commanding a post that asks for at least Bripka is a warning."""
    plan = clean_plan()
    plan.set_danpos("P1", "PAGI", "b")
    found = [f for f in validate(plan) if f.rule == "danpos_rank"]
    assert found and found[0].person == "b" and "Bripka" in found[0].message_id


def test_danpos_ranked_below_a_member():
    """An Iptu serving under a Bripka danpos is a warning; under an Iptu danpos it is not."""
    plan = clean_plan()
    plan.assign("e", "P1", "PAGI")
    assert "danpos_outranked" in rules(plan)
    plan.set_danpos("P1", "PAGI", "e")
    assert "danpos_outranked" not in rules(plan)


def test_other_agency_as_danpos_of_a_polri_post():
    """A Linmas guard commanding police officers is a warning; Linmas at a Linmas-only post is not."""
    plan = clean_plan()
    plan.assign("l", "P1", "PAGI")
    plan.set_danpos("P1", "PAGI", "l")
    assert "other_agency_danpos" in rules(plan)
    plan = clean_plan()
    plan.assign("l", "P3", "PAGI", "danpos")
    assert "other_agency_danpos" not in rules(plan)


def test_required_skill_missing():
    """A gate that needs a polwan has none until Siti is placed there."""
    plan = clean_plan()
    post = plan.posts["P1"]
    post.required_skills = {"polwan": 1}
    plan.put_post(post)
    [f] = [f for f in validate(plan) if f.rule == "skill_missing"]
    assert f.detail == "polwan" and "women protesters" in f.message_en
    plan.assign("s", "P1", "PAGI")
    assert "skill_missing" not in rules(plan)


def test_ring_one_personnel_without_the_skill():
    """With Ring I asking for dalmas, people without it at a Ring I post are flagged one by one."""
    plan = clean_plan()
    post = plan.posts["P1"]
    post.ring = "I"
    plan.put_post(post)
    assert "ring1_skill" not in rules(plan)  # the rule is off until the operation names the skills
    plan.set_setting("ring1_skills", ["dalmas"])
    assert {f.person for f in validate(plan) if f.rule == "ring1_skill"} == {"a", "b"}
    for pid in ("a", "b"):
        person = plan.personnel[pid]
        person.skills = ["dalmas"]
        plan.put_person(person)
    assert "ring1_skill" not in rules(plan)


def test_broken_data_is_an_integrity_error():
    """A person referring to a unit that does not exist is reported as inconsistent data."""
    plan = clean_plan()
    plan.personnel["a"].unit = "HILANG"
    [f] = [f for f in validate(plan) if f.rule == "integrity"]
    assert f.severity == ERROR and "HILANG" in f.message_en


def pattern_plan() -> Plan:
    """Two rawan polling stations in one cluster under a 4-2-8 pattern written TPS first."""
    plan = clean_plan()
    plan.put_post(Post("T1", "TPS 001", kind="tps", min_staff=1, category="rawan", cluster="K1", shifts=["PAGI"]))
    plan.put_post(Post("T2", "TPS 002", kind="tps", min_staff=1, category="rawan", cluster="K1", shifts=["PAGI"]))
    # "2-4-8" style patterns store what each number means: here the source writes tps-police-linmas.
    plan.put_pattern(
        StaffingPattern("Pilkada 2024", {"rawan": PatternRow(police=2, tps=2, linmas=4)}, notation="tps-police-linmas")
    )
    for i in range(4):
        plan.put_person(Person(f"lm{i}", f"Linmas {i}", rank="Anggota Linmas", unit="LM"))
    return plan


def test_staffing_pattern_is_checked_per_cluster():
    """A cluster of two rawan TPS needs 2 police and 4 Linmas; the shortfall is reported until met."""
    plan = pattern_plan()
    plan.assign("lm0", "T1", "PAGI", "danpos")
    plan.assign("lm1", "T2", "PAGI", "danpos")
    [f] = [f for f in validate(plan) if f.rule == "pattern_shortfall"]
    assert "2 police short" in f.message_en and "2 Linmas short" in f.message_en
    assert "2-2-4 (TPS-police-Linmas)" in f.message_en and "2-2-4 (TPS-Polri-Linmas)" in f.message_id
    plan.assign("lm2", "T1", "PAGI")
    plan.assign("lm3", "T2", "PAGI")
    plan.assign("e", "T1", "PAGI")
    plan.assign("s", "T2", "PAGI")
    assert "pattern_shortfall" not in rules(plan)


def test_accepted_warning_is_kept_in_the_file_and_listed_as_accepted(tmp_path):
    """A warning accepted with a note survives save and reopen and shows as accepted."""
    plan = clean_plan()
    plan.unassign("b", "P1", "PAGI")
    [f] = [f for f in validate(plan) if f.rule == "post_understaffed"]
    plan.accept_finding(f.key, "Satu personel cukup, disepakati dengan Kabag Ops")
    path = tmp_path / "op.renpam"
    save_plan(plan, path)
    reopened = open_operation_file(path).plan
    [g] = [x for x in validate(reopened) if x.rule == "post_understaffed"]
    assert g.accepted and g.note == "Satu personel cukup, disepakati dengan Kabag Ops"


def test_errors_cannot_be_accepted_through_the_command_line(tmp_path, capsys):
    """`renpam accept` refuses an error's key (exit 1) and accepts a warning's key (exit 0)."""
    plan = clean_plan()
    plan.assign("a", "P3", "PAGI")  # double booking: error
    plan.set_danpos("P2", "SIANG", None)  # missing danpos: warning
    path = tmp_path / "op.renpam"
    save_plan(plan, path)
    assert cli_main(["validate", str(path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    error = next(f for f in data["findings"] if f["severity"] == "error")
    warning = next(f for f in data["findings"] if f["rule"] == "missing_danpos")
    assert cli_main(["accept", str(path), error["key"], "--note", "tidak apa-apa"]) == 1
    assert "cannot be accepted" in capsys.readouterr().err
    assert cli_main(["accept", str(path), warning["key"], "--note", "danpos menyusul saat apel"]) == 0
    capsys.readouterr()
    cli_main(["validate", str(path), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["accepted"] == 1 and data["errors"] == 1
    item = next(f for f in data["findings"] if f["key"] == warning["key"])
    assert item["accepted"] is True and item["note"] == "danpos menyusul saat apel"
    assert {"file", "errors", "warnings", "findings"} <= set(data)
    assert {"rule", "severity", "message_id", "message_en", "post", "person", "shift"} <= set(item)


def _edits(plan: Plan) -> list:
    return [
        lambda: plan.assign("e", "P1", "PAGI"),
        lambda: plan.set_danpos("P1", "PAGI", "e"),
        lambda: plan.assign("a", "P3", "PAGI"),
        lambda: plan.unassign("b", "P1", "PAGI"),
        lambda: plan.add_placeholders("P2", "SIANG", "SAMAPTA", 2),
        lambda: plan.assign("k", "P3", "SIANG"),
        lambda: plan.put_person(Person("l", "Lukman", rank="Anggota Linmas", unit="LM", skills=["medis"])),
        lambda: plan.assign("lm0", "T1", "PAGI"),
        lambda: plan.set_setting("max_hours", 8),
        lambda: plan.assign("s", "P2", "SIANG"),
        lambda: plan.remove_placeholder(next(iter(plan.placeholders))),
        lambda: plan.put_post(
            Post("T2", "TPS 002", kind="tps", min_staff=2, category="rawan", cluster="K2", shifts=["PAGI"])
        ),
        lambda: plan.move_post("P1", 0.2, 0.3),
        lambda: plan.put_post(
            Post("T3", "TPS 003", kind="tps", min_staff=1, category="rawan", cluster="K2", shifts=["PAGI"])
        ),
        lambda: plan.assign("b", "T3", "SIANG"),
        lambda: plan.remove_post("T1"),
        lambda: plan.remove_person("d"),
        lambda: plan.accept_finding(validate(plan)[-1].key, "diterima"),
    ]


def test_incremental_validation_matches_a_full_run_after_every_edit():
    """After each edit the incremental findings equal those of a fresh full validation."""
    plan = pattern_plan()
    validator = Validator(plan)
    assert validator.findings() == validate(plan)
    for edit in _edits(plan):
        edit()
        assert validator.findings() == validate(plan)
    validator.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_finding_explains_itself(lang):
    """Every message names the post or person it concerns and says more than the rule's name."""
    plan = pattern_plan()
    for edit in _edits(plan)[:8]:
        edit()
    for f in validate(plan):
        text = f.message(lang)
        assert len(text) > 40
        assert (f.post is None or f.post in text or f.rule == "pattern_shortfall") and text.endswith(".")
