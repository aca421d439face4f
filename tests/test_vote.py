"""Election day as its own kind of operation: the pattern rekap per Polsek, the vote rules, the
duty model of a TPS, the generated district vote."""

from __future__ import annotations

from datetime import datetime

from desktop.model import (
    DEFAULT_TZ,
    Group,
    Operation,
    PatternRow,
    Person,
    Plan,
    Post,
    Shift,
    StaffingPattern,
    Unit,
)
from desktop.planning.vote import rekap


def T(day: int, hour: int) -> datetime:
    return datetime(2024, 11, day, hour, tzinfo=DEFAULT_TZ)


def vote_plan() -> Plan:
    """Two Polsek, six TPS in two clusters under a 2-4-8 / 2-2-4 pattern, the vote's phases.

    Polsek Cibeureum: 4 kurang rawan TPS (cluster K1, one pair of police, 8 Linmas);
    Polsek Tawang: 2 rawan TPS (cluster K2, 2 police, 4 Linmas); a reserve of one Tawang officer.
    """
    plan = Plan()
    plan.load(
        operation=Operation(name="Mantap Praja", kind="pemilu", start=T(26, 6), end=T(28, 6)),
        units=[
            Unit("PS-CBR", "Polsek Cibeureum", "POLRI", sector="Cibeureum", latitude=-7.35, longitude=108.24),
            Unit("PS-TWG", "Polsek Tawang", "POLRI", sector="Tawang", latitude=-7.33, longitude=108.22),
            Unit("LM", "Linmas", "LINMAS"),
        ],
        personnel=[
            Person("k", "Kapolres", rank="AKBP", unit="PS-CBR"),
            Person("w", "Wakil", rank="Kompol", unit="PS-CBR"),
            Person("c1", "Cecep", rank="Bripka", unit="PS-CBR"),
            Person("c2", "Cahya", rank="Briptu", unit="PS-CBR"),
            Person("t1", "Taufik", rank="Aipda", unit="PS-TWG"),
            Person("t2", "Tatang", rank="Brigpol", unit="PS-TWG"),
            Person("t3", "Tono", rank="Bripda", unit="PS-TWG"),
            *[Person(f"l{i}", f"Linmas {i}", rank="Anggota Linmas", unit="LM") for i in range(12)],
        ],
        shifts=[
            Shift("APEL", "Apel pergeseran", T(26, 14), T(26, 16)),
            Shift("TPS", "Pengamanan TPS", T(26, 20), T(27, 20)),
        ],
        posts=[
            *[
                Post(
                    f"TPS-CBR-{n:03d}",
                    f"TPS {n:03d}",
                    kind="tps",
                    min_staff=1,
                    category="kurang_rawan",
                    cluster="K1",
                    shifts=["TPS"],
                    district="Cibeureum",
                    village="Setiaratu",
                )
                for n in range(1, 5)
            ],
            *[
                Post(
                    f"TPS-TWG-{n:03d}",
                    f"TPS {n:03d}",
                    kind="tps",
                    min_staff=1,
                    category="rawan",
                    cluster="K2",
                    shifts=["TPS"],
                    district="Tawang",
                    village="Kahuripan",
                )
                for n in range(1, 3)
            ],
        ],
        patterns=[
            StaffingPattern(
                "Pilkada 2024",
                {"kurang_rawan": PatternRow(2, 4, 8), "rawan": PatternRow(2, 2, 4)},
            )
        ],
        groups=[Group("CAD", "Cadangan Polsek Tawang", role="cadangan", reserve=True, members=["t3"])],
    )
    plan.operation.commander = "k"
    plan.operation.field_commander = "w"
    return plan


def staff(plan: Plan) -> Plan:
    """The pattern met: police danpos at the first TPS of each pair, Linmas everywhere else."""
    plan.assign("c1", "TPS-CBR-001", "TPS", "danpos")
    plan.assign("c2", "TPS-CBR-003", "TPS", "danpos")
    plan.assign("t1", "TPS-TWG-001", "TPS", "danpos")
    plan.assign("t2", "TPS-TWG-002", "TPS", "danpos")
    codes = [f"TPS-CBR-{n:03d}" for n in range(1, 5)] * 2 + ["TPS-TWG-001", "TPS-TWG-002"] * 2
    for i, code in enumerate(codes):
        plan.assign(f"l{i}", code, "TPS")
    return plan


def test_rekap_counts_tps_pattern_needs_assignments_and_reserve_per_polsek():
    """Per Polsek and kecamatan: TPS per category, police and Linmas the pattern asks and has, the
    reserve and the shortfall; the Polres total is the sum of its Polsek."""
    plan = vote_plan()
    r = rekap(plan)
    assert r.pattern == "Pilkada 2024"
    assert [p.unit for p in r.polsek] == ["PS-CBR", "PS-TWG"]
    cbr, twg = r.polsek
    assert (cbr.counts.tps, cbr.counts.police_need, cbr.counts.linmas_need) == (4, 2, 8)
    assert (twg.counts.tps, twg.counts.police_need, twg.counts.linmas_need) == (2, 2, 4)
    assert cbr.counts.police_short == 2 and twg.counts.linmas_short == 4
    assert [d.district for d in cbr.districts] == ["Cibeureum"]
    assert cbr.counts.line("kurang_rawan").pattern == "2-4-8"  # type: ignore[union-attr]
    assert (cbr.reserve, twg.reserve, r.reserve) == (0, 1, 1)
    assert (r.total.tps, r.total.police_need, r.total.linmas_need) == (6, 4, 12)

    staff(plan)
    r = rekap(plan)
    cbr, twg = r.polsek
    assert (cbr.counts.police, cbr.counts.linmas, twg.counts.police, twg.counts.linmas) == (2, 8, 2, 4)
    assert r.total.police_short == 0 and r.total.linmas_short == 0
    assert (r.total.police, r.total.linmas) == (4, 12)
    assert r.reserve_need == 1 and r.reserve_short == 0  # 10 % of 4 police, rounded up


def test_rekap_without_pattern_counts_tps_and_asks_nothing():
    plan = vote_plan()
    plan.remove_pattern("Pilkada 2024")
    r = rekap(plan)
    assert r.pattern == "" and r.total.tps == 6 and r.total.police_need == 0 and r.reserve_need == 0


# ---------------------------------------------------------------------------- rules of a vote
def findings(plan: Plan, rule: str) -> list:
    from desktop.validation import validate

    return [f for f in validate(plan) if f.rule == rule]


def test_staffed_vote_has_no_error_no_duty_warning_and_no_danpos_warning():
    """The pattern met with a police danpos per cluster: nothing but clean, the 24-hour TPS duty included."""
    from desktop.validation import validate

    plan = staff(vote_plan())
    found = validate(plan)
    assert [f for f in found if f.severity == "error"] == []
    assert {f.rule for f in found} & {"max_hours", "min_rest", "other_agency_danpos", "missing_danpos"} == set()
    assert not findings(plan, "pattern_shortfall")


def test_tps_cluster_without_police_is_an_error_whatever_the_linmas():
    """Cluster K2 with its four Linmas and no officer is an error; one officer in it clears it."""
    plan = staff(vote_plan())
    plan.unassign("t1", "TPS-TWG-001", "TPS")
    plan.unassign("t2", "TPS-TWG-002", "TPS")
    [f] = findings(plan, "tps_without_police")
    assert f.severity == "error" and f.post == "TPS-TWG-001" and f.shift == "TPS"
    assert "no police at all (4 Linmas)" in f.message_en and "TPS-TWG-002" in f.message_en
    assert "tanpa polisi" in f.message_id
    plan.assign("t2", "TPS-TWG-002", "TPS", "danpos")  # one officer at either TPS covers the cluster
    assert findings(plan, "tps_without_police") == []


def test_single_tps_without_cluster_and_without_anyone_is_an_error():
    plan = staff(vote_plan())
    plan.put_post(Post("TPS-LAPAS", "TPS 901 Lapas", kind="tps", category="khusus", shifts=["TPS"]))
    [f] = findings(plan, "tps_without_police")
    assert f.post == "TPS-LAPAS" and "(0 Linmas)" in f.message_en


def test_linmas_danpos_at_a_tps_is_a_warning_with_or_without_police():
    """Today's gap: a Linmas danpos was silent where no officer stood. Now it is a warning either way."""
    plan = staff(vote_plan())
    plan.unassign("t1", "TPS-TWG-001", "TPS")
    plan.assign("l8", "TPS-TWG-001", "TPS", "danpos")  # TPS-TWG-001: Linmas only, one of them danpos
    [f] = findings(plan, "other_agency_danpos")
    assert f.severity == "warning" and f.post == "TPS-TWG-001" and f.person == "l8"
    plan.assign("t1", "TPS-TWG-001", "TPS")  # an officer beside the Linmas danpos: still a warning
    assert [f.person for f in findings(plan, "other_agency_danpos")] == ["l8"]


def test_cluster_without_any_danpos_is_one_warning_not_one_per_tps():
    plan = staff(vote_plan())
    plan.unassign("c1", "TPS-CBR-001", "TPS")
    plan.unassign("c2", "TPS-CBR-003", "TPS")
    plan.assign("c1", "TPS-CBR-001", "TPS")
    plan.assign("c2", "TPS-CBR-003", "TPS")
    [f] = findings(plan, "missing_danpos")
    assert f.post == "TPS-CBR-001" and "Cluster K1" in f.message_en


def test_incremental_validation_follows_the_vote_rules():
    from desktop.planning.rules import Validator
    from desktop.validation import validate

    plan = staff(vote_plan())
    v = Validator(plan)
    v.findings()
    plan.unassign("t1", "TPS-TWG-001", "TPS")
    plan.unassign("t2", "TPS-TWG-002", "TPS")
    assert [f.key for f in v.findings()] == [f.key for f in validate(plan)]
    assert any(f.rule == "tps_without_police" for f in v.findings())
    plan.put_post(Post("TPS-X", "TPS 950", kind="tps", shifts=["TPS"]))
    assert [f.key for f in v.findings()] == [f.key for f in validate(plan)]
    v.close()


# ---------------------------------------------------------------------------- duty model
def test_a_vote_tps_duty_is_one_duty_under_the_vote_model():
    """24 hours at a TPS: no hours warning in an election; the same plan as a venue's shifts warns."""
    from desktop.planning.duty import duty_model

    plan = staff(vote_plan())
    assert duty_model(plan) == "vote"
    assert findings(plan, "max_hours") == []
    plan.set_setting("duty_model", "shifts")
    assert duty_model(plan) == "shifts"
    assert {f.person for f in findings(plan, "max_hours")} >= {"c1", "t1", "l0"}


def test_a_tps_and_an_overlapping_post_is_still_a_double_booking():
    plan = staff(vote_plan())
    plan.put_shift(Shift("KAWAL", "Pengawalan ke PPK", T(27, 18), T(28, 2)))
    plan.put_post(Post("KWL-1", "Kawal Cibeureum", kind="pengawalan", shifts=["KAWAL"], route="TPS 001-004 -> PPK"))
    plan.assign("c1", "KWL-1", "KAWAL", "danpos")
    [f] = findings(plan, "double_booking")
    assert f.severity == "error" and f.person == "c1"


def test_a_duty_beyond_the_tps_duty_limit_is_flagged():
    """TPS then the escort back to back: 24 + 8 = 32 hours is one duty within 36; with 14 hours of
    escort (38 hours) it is over the TPS duty limit and said so."""
    plan = staff(vote_plan())
    plan.operation.end = T(28, 12)
    plan.put_shift(Shift("KAWAL", "Pengawalan ke PPK", T(27, 20), T(28, 4)))
    plan.put_post(Post("KWL-1", "Kawal Cibeureum", kind="pengawalan", shifts=["KAWAL"], route="TPS 001-004 -> PPK"))
    plan.assign("c1", "KWL-1", "KAWAL", "danpos")
    assert findings(plan, "max_hours") == [] and findings(plan, "min_rest") == []
    plan.put_shift(Shift("KAWAL", "Pengawalan ke PPK", T(27, 20), T(28, 10)))
    [f] = findings(plan, "max_hours")
    assert f.person == "c1" and "38 hours without a break" in f.message_en and "limit of 36 hours" in f.message_en
    plan.set_setting("tps_duty_hours", 40)
    assert findings(plan, "max_hours") == []


# ---------------------------------------------------------------------------- the generated vote
def test_generated_district_vote_validates_clean_under_its_pattern(tmp_path):
    """1,800 TPS in clusters under the pattern in force, Polsek with coordinates, escorts with
    routes, reserves per Polsek, the vote's phases: once filled, and after saving and reopening,
    not a single finding (no error, no duty warning)."""
    from desktop.generator import generate_large_plan
    from desktop.planning.rules import active_pattern
    from desktop.planning.sectors import Sectors
    from desktop.storage import open_operation_file, save_plan
    from desktop.validation import validate

    plan = generate_large_plan(assign=True)
    tps = [p for p in plan.posts.values() if p.kind == "tps"]
    escorts = [p for p in plan.posts.values() if p.kind == "pengawalan"]
    assert len(tps) >= 1800 and escorts and all(p.route for p in escorts)
    assert all(p.latitude is not None and p.cluster and p.category and p.voters for p in tps)
    assert active_pattern(plan) is not None and [s.name.split()[0] for s in plan.shifts.values()] == [
        "Apel",
        "Pengamanan",
        "Pengawalan",
    ]
    sectors = Sectors(plan)
    assert all(sectors.home_unit(p) == f"PS-{p.district[:6].upper()}" for p in tps)
    r = rekap(plan)
    assert len(r.polsek) == 17 and all(p.reserve >= p.reserve_need > 0 for p in r.polsek)
    assert r.total.tps == len(tps) and r.total.police_short == 0 and r.total.linmas_short == 0

    path = tmp_path / "pilkada.renpam"
    save_plan(plan, path)
    assert validate(open_operation_file(path).plan) == []  # not one finding: commanders named too


def test_generated_vote_auto_assigned_has_no_error_and_no_duty_warning(tmp_path, capsys):
    """`renpam auto-assign` on the unfilled district vote (1,800 TPS): every place filled, no error,
    no duty warning, and one police danpos per TPS cluster (no Linmas danpos at the TPS without
    police of their own)."""
    import json

    from desktop.cli import main as cli_main
    from desktop.generator import generate_large_plan
    from desktop.storage import open_operation_file, save_plan
    from desktop.validation import validate

    path = tmp_path / "pilkada.renpam"
    unfilled = generate_large_plan(seed=11)
    assert sum(1 for p in unfilled.posts.values() if p.kind == "tps") >= 1800 and not unfilled.assignments
    save_plan(unfilled, path)
    assert cli_main(["auto-assign", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["filled"] == data["open_places"] > 0 and data["errors_after"] == 0
    plan = open_operation_file(path).plan
    found = validate(plan)
    assert [f.key for f in found if f.severity == "error"] == []
    assert not any(f.rule in ("max_hours", "min_rest", "tps_without_police") for f in found)
    assert [f.key for f in found if f.rule in ("other_agency_danpos", "missing_danpos")] == []
    danpos: dict[str, list[str]] = {}
    for a in plan.assignments.values():
        post = plan.posts[a.post]
        if post.kind == "tps" and post.cluster and a.role == "danpos":
            danpos.setdefault(post.cluster, []).append(plan.units[plan.personnel[a.person].unit].agency)
    clusters = {p.cluster for p in plan.posts.values() if p.kind == "tps" and p.cluster}
    assert len(clusters) > 100 and danpos == {cluster: ["POLRI"] for cluster in clusters}


def test_polsek_of_a_tps_without_sector_names_comes_from_coordinates():
    """A list with coordinates and no kecamatan: each TPS belongs to the nearest Polsek office."""
    from desktop.generator import generate_large_plan
    from desktop.planning.sectors import Sectors

    plan = generate_large_plan(personnel=200, posts=200, seed=4)
    for post in plan.posts.values():
        if post.kind == "tps":
            home = f"PS-{post.district[:6].upper()}"
            post.sector = post.district = ""
            assert Sectors(plan).home_unit(post) == home


def test_duty_command_shows_and_sets_the_duty_model(tmp_path, capsys):
    """`renpam duty`: the model in force and the limits; values set are checked against their bounds."""
    import json

    from desktop.cli import main as cli_main
    from desktop.storage import open_operation_file, save_plan

    path = tmp_path / "op.renpam"
    save_plan(staff(vote_plan()), path)
    assert cli_main(["duty", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert (info["duty_model"], info["duty_model_in_force"], info["tps_duty_hours"]) == ("", "vote", 36.0)
    assert info["vote_phases"] == ["TPS"]
    assert cli_main(["duty", str(path), "--model", "shifts", "--max-hours", "10", "--lang", "en"]) == 0
    assert "Duty model:        shifts (set)" in capsys.readouterr().out
    plan = open_operation_file(path).plan
    assert (plan.settings["duty_model"], plan.settings["max_hours"]) == ("shifts", 10.0)
    before = path.read_bytes()
    assert cli_main(["duty", str(path), "--tps-duty-hours", "99"]) == 2
    assert path.read_bytes() == before
    assert cli_main(["duty", str(path), "--model", "auto", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["duty_model_in_force"] == "vote"


def test_a_polsek_reserve_below_its_share_is_a_warning():
    """Polsek Cibeureum's TPS need 2 police, a 10 % reserve is 1 officer: none held is a warning;
    Tawang holds its one. An officer of Cibeureum in a reserve group clears it."""
    plan = staff(vote_plan())
    plan.put_person(Person("c3", "Cahyo", rank="Bripda", unit="PS-CBR"))
    [f] = findings(plan, "reserve_short")
    assert f.severity == "warning" and f.detail == "PS-CBR"
    assert "Polsek Cibeureum holds 0 in reserve" in f.message_en and "means 1" in f.message_en
    plan.put_group(Group("CAD-CBR", "Cadangan Polsek Cibeureum", role="cadangan", reserve=True, members=["c3"]))
    assert findings(plan, "reserve_short") == []
    plan.set_setting("reserve_share", 60)  # 60 % of 2 police: 2 officers
    assert [f.detail for f in findings(plan, "reserve_short")] == ["PS-CBR", "PS-TWG"]


def test_incremental_validation_follows_the_reserve_and_the_vote_phases():
    from dataclasses import replace

    from desktop.planning.rules import Validator
    from desktop.validation import validate

    plan = staff(vote_plan())
    v = Validator(plan)
    v.findings()
    for post in [f"TPS-CBR-{n:03d}" for n in range(1, 5)]:  # rawan: the pattern asks more police
        plan.put_post(replace(plan.posts[post], category="rawan"))
        assert [f.key for f in v.findings()] == [f.key for f in validate(plan)]
    plan.put_shift(Shift("KAWAL", "Kawal", T(27, 20), T(28, 4)))
    plan.put_post(Post("PPK", "PPK Cibeureum", kind="other", shifts=["KAWAL"]))
    plan.assign("c1", "PPK", "KAWAL", "danpos")  # after the TPS: one duty only if KAWAL is a vote phase
    assert [f.key for f in v.findings()] == [f.key for f in validate(plan)]
    plan.put_post(replace(plan.posts["PPK"], kind="pengawalan"))  # now KAWAL is a vote phase
    assert [f.key for f in v.findings()] == [f.key for f in validate(plan)]
    v.close()


def test_the_apel_pergeseran_before_the_tps_duty_is_part_of_it():
    """Apel 14-16, TPS from 20 the same evening: under the vote model no rest warning, one duty of
    30 hours; with 25 hours allowed it is too long. Under the shift model the 4-hour rest warns."""
    plan = staff(vote_plan())
    plan.put_post(Post("APEL", "Lapangan apel Polres", kind="pos_komando", shifts=["APEL"]))
    plan.assign("c1", "APEL", "APEL", "danpos")
    assert findings(plan, "min_rest") == [] and findings(plan, "max_hours") == []
    plan.set_setting("tps_duty_hours", 25)
    [f] = findings(plan, "max_hours")
    assert f.person == "c1" and "30 hours without a break (shift APEL+TPS)" in f.message_en
    plan.set_setting("duty_model", "shifts")
    assert [f.person for f in findings(plan, "min_rest")] == ["c1"]
