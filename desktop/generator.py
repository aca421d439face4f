"""A generated district-scale election-day operation, for tests and benchmarks.

`generate_large_plan()` builds what a regency's election day looks like in numbers
(../shared/domain.md): sub-districts each covered by a Polsek and a Linmas contingent, polling
stations (TPS) in three vulnerability categories, collection points (PPK), traffic and
command posts, and three shifts. Names, NRPs and phone numbers are invented; the same seed
gives the same plan.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from desktop.model import (
    DEFAULT_TZ,
    Assignment,
    Operation,
    Person,
    Plan,
    Post,
    Shift,
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


def generate_large_plan(
    personnel: int = 5000,
    posts: int = 2000,
    shifts: int = 3,
    *,
    tps_share: float = 0.9,
    polri_share: float = 0.3,
    assign: bool = False,
    seed: int = 1,
) -> Plan:
    """A district election-day operation of the given size (empty unless `assign`)."""
    rng = random.Random(seed)
    day = datetime(2024, 11, 27, 5, 0, tzinfo=DEFAULT_TZ)
    shift_defs = [("S1", "Shift I (05.00-13.00)"), ("S2", "Shift II (13.00-21.00)"), ("S3", "Shift III (21.00-05.00)")]
    shift_list = []
    for i in range(shifts):
        code, name = shift_defs[i] if i < len(shift_defs) else (f"S{i + 1}", f"Shift {i + 1}")
        start = day + timedelta(hours=8 * i)
        shift_list.append(Shift(code, name, start, start + timedelta(hours=8)))
    tps_shifts = [s.code for s in shift_list[:2]]

    units = [
        Unit("POLRES", "Polres Purwakarta", "POLRI"),
        Unit("SAMAPTA", "Sat Samapta Polres Purwakarta", "POLRI"),
        Unit("LANTAS", "Sat Lantas Polres Purwakarta", "POLRI"),
    ]
    for district in DISTRICTS:
        units.append(Unit(f"PS-{district[:6].upper()}", f"Polsek {district}", "POLRI", sector=district))
        units.append(Unit(f"LM-{district[:6].upper()}", f"Linmas Kec. {district}", "LINMAS", sector=district))

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
                unit = f"PS-{district[:6].upper()}"
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
            rank, unit, skills, nrp = "Anggota Linmas", f"LM-{district[:6].upper()}", [], ""
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

    post_list: list[Post] = []
    n_tps = round(posts * tps_share)
    cat_names = [c for c, _ in CATEGORIES]
    cat_weights = [w for _, w in CATEGORIES]
    for i in range(n_tps):
        district = DISTRICTS[i % len(DISTRICTS)]
        category = rng.choices(cat_names, cat_weights)[0]
        number = i // len(DISTRICTS) + 1
        post_list.append(
            Post(
                code=f"TPS-{district[:6].upper()}-{number:03d}",
                name=f"TPS {number:03d} {district}",
                kind="tps",
                x=rng.random(),
                y=rng.random(),
                min_staff=2,
                max_staff=4 if category == "kurang_rawan" else 6,
                category=category,
                shifts=list(tps_shifts),
                sector=district,
                district=district,
                village=f"Desa {rng.choice(LAST)}",
                tasks="Mengamankan pemungutan dan penghitungan suara di TPS.",
                radio_channel=f"Ch {1 + i % 8}",
            )
        )
    kinds = ("pos_komando", "lalu_lintas", "patroli", "pos_pantau", "other")
    for i in range(posts - n_tps):
        district = DISTRICTS[i % len(DISTRICTS)]
        kind = kinds[i % len(kinds)]
        label = {
            "pos_komando": "Pos Komando",
            "lalu_lintas": "Pos Lalu Lintas",
            "patroli": "Patroli",
            "pos_pantau": "Pos Pantau",
            "other": "Pengamanan PPK",
        }[kind]
        post_list.append(
            Post(
                code=f"POS-{i + 1:04d}",
                name=f"{label} {district} {i // len(kinds) + 1}",
                kind=kind,
                ring="III" if kind == "pos_pantau" else None,
                x=rng.random(),
                y=rng.random(),
                min_staff=3,
                max_staff=6,
                commander_min_rank="Bripka",
                required_skills={"lantas": 1} if kind == "lalu_lintas" else {},
                sector=district,
                district=district,
                tasks=f"{label} wilayah Kecamatan {district}.",
                radio_channel=f"Ch {1 + i % 8}",
            )
        )

    plan = Plan()
    plan.load(
        operation=Operation(
            name="Operasi Mantap Praja: Pengamanan Pemungutan Suara Pilkada Kabupaten Purwakarta",
            kind="pemilu",
            venue="Kabupaten Purwakarta",
            address="Seluruh wilayah hukum Polres Purwakarta",
            start=shift_list[0].start,
            end=shift_list[-1].end,
            classification="TERBATAS",
            situation="Pemungutan suara di seluruh TPS Kabupaten Purwakarta.",
            mission="Mengamankan pemungutan dan penghitungan suara.",
        ),
        units=units,
        personnel=people,
        shifts=shift_list,
        posts=post_list,
    )
    if assign:
        _fill(plan)
    plan.revision = 0
    return plan


def _fill(plan: Plan) -> None:
    """Staff every post to its minimum from its own sector, senior Polri officer as danpos."""
    sector_of_unit = {u.code: u.sector for u in plan.units.values()}
    by_sector: dict[tuple[str, bool], list[Person]] = {}
    for p in plan.personnel.values():
        polri = plan.units[p.unit].agency == "POLRI" if p.unit else False
        by_sector.setdefault((sector_of_unit.get(p.unit or "", ""), polri), []).append(p)
    for people in by_sector.values():
        people.sort(key=lambda p: -rank_level(p.rank))
    assignments: list[Assignment] = []
    for shift in plan.shifts:
        busy: set[str] = set()
        cursor: dict[tuple[str, bool], int] = {}
        for post in plan.posts.values():
            if not post.manned_in(shift):
                continue
            want_polri = post.kind != "tps"
            pools = [(post.sector, want_polri), ("", want_polri), (post.sector, not want_polri)]
            chosen: list[Person] = []
            for pool_key in pools:
                pool = by_sector.get(pool_key, [])
                i = cursor.get(pool_key, 0)
                while len(chosen) < post.min_staff and i < len(pool):
                    if pool[i].id not in busy:
                        chosen.append(pool[i])
                        busy.add(pool[i].id)
                    i += 1
                cursor[pool_key] = i
                if len(chosen) >= post.min_staff:
                    break
            chosen.sort(key=lambda p: -rank_level(p.rank))
            for j, person in enumerate(chosen):
                assignments.append(Assignment(person.id, post.code, shift, "danpos" if j == 0 else "anggota"))
    for a in assignments:
        plan.put_assignment(a)
