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
