"""A generated district-scale election-day operation, for tests and benchmarks.

`generate_large_plan()` builds what a regency's election day looks like in numbers
(../shared/domain.md): sub-districts each covered by a Polsek (its office placed on the map)
and a Linmas contingent; polling stations (TPS) with coordinates, village, registered voters and
a vulnerability category, grouped into clusters of one police pair under a staffing pattern in
force (2-8-16 kurang rawan, 2-4-8 rawan, 2-2-4 sangat rawan, 2-1-2 khusus: police-TPS-Linmas);
escorts of the ballot boxes to the PPK with their route; collection points, traffic, patrol,
observation and command posts; a reserve (cadangan) per Polsek of `reserve_share` percent of
the police the pattern asks; and the vote's phases instead of shifts (`shifts` = how many: 1 the
TPS duty, 2 adds the escort, 3 puts the apel pergeseran first, more add consolidation shifts).

With `assign`, every place is filled the way a Polres plots a vote: each cluster's police pair
from the TPS's own Polsek, a police danpos at the TPS where each stands, two Linmas at every
TPS, the cluster's police escorting its ballot boxes after the count (one continuous duty under
the vote duty model), other posts from Sat Samapta and Sat Lantas first, the two most senior of
them commanding the operation. Such a plan validates without a finding when people suffice (the
defaults do). Names, NRPs and phone numbers are invented; the same seed gives the same plan.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import datetime, timedelta

from desktop.model import (
    DEFAULT_TZ,
    Assignment,
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
from desktop.ranks import rank_level

DISTRICTS = (
    "Purwakarta",
    "Bungursari",
    "Babakancikao",
    "Campaka",
    "Cibatu",
    "Jatiluhur",
    "Sukasari",
    "Plered",
    "Sukatani",
    "Darangdan",
    "Bojong",
    "Wanayasa",
    "Kiarapedes",
    "Pasawahan",
    "Pondoksalam",
    "Tegalwaru",
    "Maniis",
)
FIRST = (
    "Agus",
    "Asep",
    "Budi",
    "Cecep",
    "Dadang",
    "Dedi",
    "Dian",
    "Eko",
    "Endang",
    "Fajar",
    "Galih",
    "Hendra",
    "Ilham",
    "Iwan",
    "Jajang",
    "Kurnia",
    "Lukman",
    "Maman",
    "Nanang",
    "Oman",
    "Pepen",
    "Rizky",
    "Sandi",
    "Taufik",
    "Ujang",
    "Wawan",
    "Yayan",
    "Yusuf",
    "Zaenal",
    "Ade",
    "Rudi",
    "Hasan",
    "Irfan",
    "Jaka",
    "Tatang",
    "Wahyu",
    "Yogi",
    "Reza",
    "Dimas",
    "Candra",
)
FIRST_F = (
    "Siti",
    "Dewi",
    "Rina",
    "Anisa",
    "Putri",
    "Rahmi",
    "Gina",
    "Eti",
    "Kiki",
    "Lina",
    "Mega",
    "Nia",
    "Euis",
    "Tati",
    "Yanti",
    "Wulan",
)
LAST = (
    "Supriatna",
    "Hidayat",
    "Permana",
    "Setiawan",
    "Nugraha",
    "Kurniawan",
    "Saputra",
    "Maulana",
    "Ramdani",
    "Suryana",
    "Hermawan",
    "Gunawan",
    "Sudrajat",
    "Prasetyo",
    "Santoso",
    "Hakim",
    "Firmansyah",
    "Mulyadi",
    "Wijaya",
    "Hartono",
    "Rohman",
    "Sofyan",
    "Arifin",
    "Lestari",
    "Rahmawati",
    "Handayani",
    "Fitriani",
    "Marlina",
    "Septiani",
    "Amelia",
    "Nurjaman",
    "Kosim",
)
POLRI_RANKS = (  # rank, weight
    ("Bripda", 30),
    ("Briptu", 22),
    ("Brigpol", 18),
    ("Bripka", 12),
    ("Aipda", 7),
    ("Aiptu", 5),
    ("Ipda", 3),
    ("Iptu", 2),
    ("AKP", 1),
)
CATEGORIES = (("kurang_rawan", 0.70), ("rawan", 0.22), ("sangat_rawan", 0.08))
PATTERN = StaffingPattern(
    "Pola Pilkada 2024",
    {
        "kurang_rawan": PatternRow(police=2, tps=8, linmas=16),
        "rawan": PatternRow(police=2, tps=4, linmas=8),
        "sangat_rawan": PatternRow(police=2, tps=2, linmas=4),
        "khusus": PatternRow(police=2, tps=1, linmas=2),
    },
    note="Pola pengamanan TPS per kategori kerawanan (polisi-TPS-Linmas).",
)
RESERVE_SHARE = 10  # percent of the police the pattern asks, held by each Polsek
CENTRE = (-6.56, 107.44)  # Purwakarta
GRID_STEP = 0.06  # degrees between sub-district centres; TPS lie within a third of it
NON_TPS_KINDS = ("pos_komando", "pengawalan", "lalu_lintas", "patroli", "pos_pantau", "other")
NON_TPS_LABELS = {
    "pos_komando": "Pos Komando",
    "pengawalan": "Pengawalan Kotak Suara",
    "lalu_lintas": "Pos Lalu Lintas",
    "patroli": "Patroli",
    "pos_pantau": "Pos Pantau",
    "other": "Pengamanan PPK",
}


def _short(district: str) -> str:
    return district[:6].upper()


def _centre(k: int) -> tuple[float, float]:
    """Where sub-district `k` lies: a grid of 5 columns around the regency's centre."""
    return CENTRE[0] + GRID_STEP * (k // 5 - 1.5), CENTRE[1] + GRID_STEP * (k % 5 - 2)


def _phases(count: int) -> list[Shift]:
    """The vote's phases, coded S1, S2, ... in time order: the apel pergeseran (D-1 morning; from
    3 phases), the TPS duty (D-1 evening through the count), the escort to the PPK (from 2); then
    consolidation shifts when more are asked."""
    day = datetime(2024, 11, 27, tzinfo=DEFAULT_TZ)
    apel = ("Apel pergeseran pasukan (H-1)", day - timedelta(hours=17), day - timedelta(hours=15))
    tps = ("Pengamanan TPS (H-1 malam s.d. penghitungan)", day - timedelta(hours=6), day + timedelta(hours=22))
    kawal = ("Pengawalan kotak suara ke PPK", day + timedelta(hours=22), day + timedelta(hours=28))
    phases = [tps] if count <= 1 else [tps, kawal] if count == 2 else [apel, tps, kawal]
    for i in range(3, count):
        start = day + timedelta(hours=28 + 8 * (i - 3))
        phases.append((f"Konsolidasi {i - 2}", start, start + timedelta(hours=8)))
    return [Shift(f"S{i + 1}", name, start, end) for i, (name, start, end) in enumerate(phases)]


def generate_large_plan(
    personnel: int = 5000,
    posts: int = 2000,
    shifts: int = 3,
    *,
    tps_share: float = 0.9,
    polri_share: float = 0.25,
    assign: bool = False,
    seed: int = 1,
) -> Plan:
    """A district election-day operation of the given size (nobody assigned unless `assign`)."""
    rng = random.Random(seed)
    shift_list = _phases(shifts)
    by_name = {s.name.split()[0]: s.code for s in shift_list}  # "Apel", "Pengamanan", "Pengawalan"
    tps_phase = [by_name["Pengamanan"]]
    after = [by_name["Pengawalan"]] if "Pengawalan" in by_name else []
    command_phases = [by_name[n] for n in ("Apel", "Pengamanan", "Pengawalan") if n in by_name]

    units = [
        Unit("POLRES", "Polres Purwakarta", "POLRI"),
        Unit("SAMAPTA", "Sat Samapta Polres Purwakarta", "POLRI"),
        Unit("LANTAS", "Sat Lantas Polres Purwakarta", "POLRI"),
    ]
    for k, district in enumerate(DISTRICTS):
        lat, lon = _centre(k)
        units.append(
            Unit(f"PS-{_short(district)}", f"Polsek {district}", "POLRI", sector=district, latitude=lat, longitude=lon)
        )
        units.append(Unit(f"LM-{_short(district)}", f"Linmas Kec. {district}", "LINMAS", sector=district))

    people: list[Person] = []
    n_polri = round(personnel * polri_share)
    rank_names = [r for r, _ in POLRI_RANKS]
    rank_weights = [w for _, w in POLRI_RANKS]
    for i in range(personnel):
        district = DISTRICTS[i % len(DISTRICTS)]
        polri = i < n_polri
        female = rng.random() < (0.12 if polri else 0.2)
        name = f"{rng.choice(FIRST_F if female else FIRST)} {rng.choice(LAST)}"
        if polri:
            rank = rng.choices(rank_names, rank_weights)[0]
            if i % 10 == 0:
                unit = "SAMAPTA"
            elif i % 10 == 1:
                unit = "LANTAS"
            else:
                unit = f"PS-{_short(district)}"
            skills = []
            if female:
                skills.append("polwan")
            if unit == "SAMAPTA":
                skills.append("dalmas")
            if unit == "LANTAS":
                skills.append("lantas")
            if rng.random() < 0.05:
                skills.append("sopir")
            nrp = f"{rng.randint(75, 99):02d}{rng.randint(1, 12):02d}{i % 10000:04d}"
        else:
            rank, unit, skills, nrp = "Anggota Linmas", f"LM-{_short(district)}", [], ""
        people.append(
            Person(
                id=f"g{i:05d}",
                name=name,
                nrp=nrp,
                rank=rank,
                unit=unit,
                position="Anggota" if not polri else "Ba " + unit,
                gender="P" if female else "L",
                phone=f"08{rng.randint(11, 59)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
                skills=skills,
            )
        )

    # Polling stations: numbered per sub-district, a category each, clustered per sub-district and
    # category in the pattern's number of TPS per police pair.
    post_list: list[Post] = []
    n_tps = round(posts * tps_share)
    cat_names = [c for c, _ in CATEGORIES]
    cat_weights = [w for _, w in CATEGORIES]
    by_group: dict[tuple[str, str], list[Post]] = {}
    for i in range(n_tps):
        k = i % len(DISTRICTS)
        district = DISTRICTS[k]
        category = rng.choices(cat_names, cat_weights)[0]
        number = i // len(DISTRICTS) + 1
        lat, lon = _centre(k)
        village = f"Desa {rng.choice(LAST)}"
        post = Post(
            code=f"TPS-{_short(district)}-{number:03d}",
            name=f"TPS {number:03d} {district}",
            kind="tps",
            x=rng.random(),
            y=rng.random(),
            min_staff=2,
            max_staff=4,
            category=category,
            shifts=list(tps_phase),
            sector=district,
            district=district,
            village=village,
            address=f"{village}, Kec. {district}",
            tasks="Mengamankan pemungutan dan penghitungan suara di TPS.",
            radio_channel=f"Ch {1 + i % 8}",
            latitude=round(lat + rng.uniform(-0.02, 0.02), 6),
            longitude=round(lon + rng.uniform(-0.02, 0.02), 6),
            voters=rng.randint(180, 600),
        )
        post_list.append(post)
        by_group.setdefault((district, category), []).append(post)
    for (district, category), members in by_group.items():
        size = PATTERN.rows[category].tps
        for j in range(0, len(members), size):
            for post in members[j : j + size]:
                post.cluster = f"K-{_short(district)}-{cat_names.index(category) + 1}{j // size + 1:02d}"

    for i in range(posts - n_tps):
        k = i % len(DISTRICTS)
        district = DISTRICTS[k]
        kind = NON_TPS_KINDS[i % len(NON_TPS_KINDS)]
        label = NON_TPS_LABELS[kind]
        lat, lon = _centre(k)
        escort = kind == "pengawalan"
        post_list.append(
            Post(
                code=f"POS-{i + 1:04d}",
                name=f"{label} {district} {i // len(NON_TPS_KINDS) + 1}",
                kind=kind,
                ring="III" if kind == "pos_pantau" else None,
                x=rng.random(),
                y=rng.random(),
                min_staff=2,
                max_staff=4,
                commander_min_rank=None if escort else "Bripka",
                required_skills={"lantas": 1} if kind == "lalu_lintas" else {},
                shifts=list(after or tps_phase)
                if escort
                else list(command_phases if kind == "pos_komando" else tps_phase + after),
                sector=district,
                district=district,
                tasks=f"{label} wilayah Kecamatan {district}.",
                radio_channel=f"Ch {1 + i % 8}",
                route=f"TPS Kec. {district} -> PPK Kec. {district} -> KPU Kabupaten Purwakarta" if escort else "",
                latitude=round(lat, 6),
                longitude=round(lon, 6),
            )
        )

    groups = _reserves(units, people, post_list)
    # The two most senior officers of the Polres' own units command (Kabag Ops / Kasat Samapta's
    # part): they hold no post.
    leaders = sorted((p for p in people if p.unit in ("SAMAPTA", "LANTAS")), key=lambda p: (-rank_level(p.rank), p.id))[
        :2
    ]
    for person, position in zip(leaders, ("Kapolres Purwakarta", "Kabag Ops Polres Purwakarta"), strict=False):
        person.position = position
    for polsek in units:  # each Polsek's most senior officer is its Kapolsek, who leads its sector
        if polsek.agency == "POLRI" and polsek.sector:
            own = [p for p in people if p.unit == polsek.code]
            if own:
                min(own, key=lambda p: (-rank_level(p.rank), p.id)).position = f"Kapolsek {polsek.sector}"
    plan = Plan()
    plan.load(
        operation=Operation(
            name="Operasi Mantap Praja: Pengamanan Pemungutan Suara Pilkada Kabupaten Purwakarta",
            kind="pemilu",
            venue="Kabupaten Purwakarta",
            address="Seluruh wilayah hukum Polres Purwakarta",
            start=min(s.start for s in shift_list if s.start),
            end=max(s.end for s in shift_list if s.end),
            classification="TERBATAS",
            commander=leaders[0].id if leaders else None,
            field_commander=leaders[1].id if len(leaders) > 1 else None,
            situation="Pemungutan suara di seluruh TPS Kabupaten Purwakarta.",
            mission="Mengamankan pemungutan dan penghitungan suara.",
        ),
        units=units,
        personnel=people,
        shifts=shift_list,
        posts=post_list,
        patterns=[StaffingPattern(PATTERN.name, dict(PATTERN.rows), PATTERN.notation, PATTERN.note)],
        settings={"staffing_pattern": PATTERN.name, "reserve_share": RESERVE_SHARE},
        groups=groups,
    )
    if assign:
        _fill(plan)
    plan.revision = 0
    return plan


def _reserves(units: list[Unit], people: list[Person], posts: list[Post]) -> list[Group]:
    """A reserve per Polsek: its most junior officers, `RESERVE_SHARE` percent of the police its
    TPS need under the pattern (rounded up), held at the Polsek's office."""
    need: dict[str, float] = {}
    for post in posts:
        if post.kind == "tps" and post.category:
            row = PATTERN.rows[post.category]
            need[post.sector] = need.get(post.sector, 0.0) + row.police / row.tps
    groups = []
    for unit in units:
        if unit.agency != "POLRI" or not unit.sector or unit.sector not in need:
            continue
        own = sorted((p for p in people if p.unit == unit.code), key=lambda p: (rank_level(p.rank), p.id))
        count = min(len(own) // 3, math.ceil(need[unit.sector] * RESERVE_SHARE / 100))
        if count:
            groups.append(
                Group(
                    f"CAD-{unit.code}",
                    f"Cadangan {unit.name}",
                    role="cadangan",
                    members=[p.id for p in own[:count]],
                    reserve=True,
                    held_at=f"Mapolsek {unit.sector}",
                    trigger="Atas perintah Kapolsek bila TPS di sektornya memerlukan tambahan kekuatan.",
                )
            )
    return groups


class _Pools:
    """People not yet on duty, seniors first, per (sector, Polri or not); sector "" is the Polres'
    own (Sat Samapta, Sat Lantas)."""

    def __init__(self, plan: Plan) -> None:
        sector_of_unit = {u.code: u.sector for u in plan.units.values()}
        held = plan.held_in_reserve() | {plan.operation.commander, plan.operation.field_commander}
        self.pools: dict[tuple[str, bool], list[Person]] = {}
        for p in plan.personnel.values():
            if p.id in held:
                continue
            polri = plan.units[p.unit].agency == "POLRI" if p.unit else False
            self.pools.setdefault((sector_of_unit.get(p.unit or "", ""), polri), []).append(p)
        for people in self.pools.values():
            people.sort(key=lambda p: (-rank_level(p.rank), p.id))

    def take(
        self,
        keys: list[tuple[str, bool]],
        count: int,
        test: Callable[[Person], bool] | None = None,
        junior: bool = False,
    ) -> list[Person]:
        """Up to `count` people from the first pools of `keys` that have them (those passing
        `test`), seniors first or, with `junior`, juniors first; they leave the pools."""
        chosen: list[Person] = []
        for key in keys:
            pool = self.pools.get(key, [])
            order = range(len(pool) - 1, -1, -1) if junior else range(len(pool))
            picked: list[int] = []
            for i in order:
                if len(chosen) + len(picked) >= count:
                    break
                if test is None or test(pool[i]):
                    picked.append(i)
            chosen.extend(pool[i] for i in picked)
            for i in sorted(picked, reverse=True):
                del pool[i]
            if len(chosen) >= count:
                break
        return chosen

    def any_keys(self, polri: bool) -> list[tuple[str, bool]]:
        return sorted((k for k in self.pools if k[1] == polri), key=lambda k: -len(self.pools[k]))


def _senior_without_skills(level: int) -> Callable[[Person], bool]:
    return lambda p: rank_level(p.rank) >= level and not p.skills


def _holding(skill: str) -> Callable[[Person], bool]:
    return lambda p: skill in p.skills


def _fill(plan: Plan) -> None:
    """Fill every place the way a Polres plots a vote (see the module docstring)."""
    pools = _Pools(plan)
    out: list[Assignment] = []
    shifts = list(plan.shifts)

    def put(person: Person, post: Post, role: str) -> None:
        for code in post.shifts or shifts:
            out.append(Assignment(person.id, post.code, code, role))

    def police_keys(sector: str, polres_first: bool = False) -> list[tuple[str, bool]]:
        own = [("", True), (sector, True)] if polres_first else [(sector, True), ("", True)]
        return own + pools.any_keys(True)

    tps = [p for p in plan.posts.values() if p.kind == "tps"]
    escorts = [p for p in plan.posts.values() if p.kind == "pengawalan"]
    others = [p for p in plan.posts.values() if p.kind not in ("tps", "pengawalan")]
    clusters: dict[str, list[Post]] = {}
    for post in tps:
        clusters.setdefault(post.cluster or post.code, []).append(post)
    # Every cluster's first officer before anyone else is placed, so that no cluster is left
    # without police when officers are few; juniors of the TPS's own Polsek first.
    pairs: dict[str, list[Person]] = {
        name: pools.take(police_keys(members[0].sector), 1, junior=True) for name, members in clusters.items()
    }
    # Other posts (those asking a skill first): a danpos of the rank the post asks, its skills,
    # then junior members; Sat Samapta / Sat Lantas first, then the sector's officers, then anyone.
    for post in sorted(others, key=lambda p: not p.required_skills):
        wanted = police_keys(post.sector, polres_first=True)
        level = rank_level(post.commander_min_rank)
        chosen = pools.take(wanted, 1, _senior_without_skills(level))
        for skill, count in post.required_skills.items():
            chosen += pools.take(wanted, count, _holding(skill), junior=True)
        chosen += pools.take(wanted, post.min_staff - len(chosen), lambda p: not p.skills, junior=True)
        chosen += pools.take(wanted, post.min_staff - len(chosen), junior=True)
        chosen.sort(key=lambda p: -rank_level(p.rank))
        for j, person in enumerate(chosen):
            put(person, post, "danpos" if j == 0 else "anggota")
    # The pair's second officer, then each officer danpos at a TPS of the cluster, two Linmas per TPS.
    pair_of_sector: dict[str, list[Person]] = {}
    for name, members in clusters.items():
        sector = members[0].sector
        pairs[name] += pools.take(police_keys(sector), 2 - len(pairs[name]), junior=True)
        police = sorted(pairs[name], key=lambda p: -rank_level(p.rank))
        pair_of_sector.setdefault(sector, []).extend(police)
        for j, person in enumerate(police):
            put(person, members[j % len(members)], "danpos" if j < len(members) else "anggota")
        for post in members:
            for person in pools.take([(sector, False)] + pools.any_keys(False), 2):
                put(person, post, "anggota")
    # Escorts: police of the sector's clusters carry on after the count (one continuous duty);
    # an escort manned in the TPS phase itself is taken by officers not yet on duty.
    for post in escorts:
        if tps and post.shifts == tps[0].shifts:  # escorted during the TPS phase itself
            chosen = pools.take(police_keys(post.sector), post.min_staff, junior=True)
        else:
            chosen = pair_of_sector.get(post.sector, [])[: post.min_staff]
            del pair_of_sector.get(post.sector, [])[: post.min_staff]
        chosen.sort(key=lambda p: -rank_level(p.rank))
        for j, person in enumerate(chosen):
            put(person, post, "danpos" if j == 0 else "anggota")
    for a in out:
        plan.put_assignment(a)
