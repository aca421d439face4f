"""Election-day facts: what the staffing pattern (pola) asks of each Polsek and what it has.

`rekap(plan)` is the one computation behind the "Rekap pola pengamanan TPS" (printed by
`desktop.briefing`) and the vote rules' reserve count: per Polsek (the sector a TPS belongs to,
`desktop.planning.sectors`), then per kecamatan, the polling stations per vulnerability
category, the police and Linmas the pattern in force requires and those assigned, the reserve
(cadangan) held, and the shortfall.

How the figures are counted:
- a TPS is a post of kind `tps` or any post with a TPS category;
- required police (Linmas) of a category = ceil(TPS of that category x police (Linmas) / TPS of
  the pattern's row), per kecamatan; a Polsek's and the Polres' figures are the sums of their
  lines, so every total equals the sum of the rows printed above it. A category the pattern has
  no row for (or no pattern in force) requires nothing;
- assigned police (Linmas) are the distinct people of Polri (Linmas) units standing at those TPS
  in any shift, plus places held for such units ("nama menyusul"); within a kecamatan a person
  at TPS of two categories counts once in each category line and once in the kecamatan's total;
  a Polsek's and the Polres' category lines are the sums of their kecamatan lines, while their
  totals count each person once;
- the reserve of a Polsek is the distinct people of that Polsek's unit in reserve groups
  (`Group.reserve` or role `cadangan`: commander, members and people at the group's posts);
  reserve people of other units (Sat Samapta, BKO) are the Polres' own reserve;
- the reserve required is `reserve_share` percent (setting, default 10, domain: 10-15 %) of the
  police the pattern requires, rounded up.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop import limits as bounds
from desktop.model import TPS_CATEGORIES, Plan, Post, StaffingPattern
from desktop.planning.sectors import Sectors

DEFAULT_RESERVE_SHARE = 10.0  # percent of the police a pattern requires
NO_CATEGORY = ""  # the category key of TPS without a vulnerability category


def is_tps(post: Post) -> bool:
    """A polling station: a post of kind `tps`, or any post given a TPS category."""
    return post.kind == "tps" or post.category is not None


def active_pattern(plan: Plan) -> StaffingPattern | None:
    """The pattern in force: the one the setting `staffing_pattern` names, else the only one."""
    name = plan.settings.get("staffing_pattern")
    if isinstance(name, str) and name in plan.patterns:
        return plan.patterns[name]
    if len(plan.patterns) == 1:
        return next(iter(plan.patterns.values()))
    return None


def reserve_share(plan: Plan) -> float:
    """The setting `reserve_share`: percent of required police held in reserve (0 = no reserve asked)."""
    return bounds.setting_number(plan.settings, "reserve_share", DEFAULT_RESERVE_SHARE)


@dataclass(frozen=True, slots=True)
class CategoryLine:
    """One vulnerability category within a kecamatan, a Polsek or the Polres."""

    category: str  # a TPS_CATEGORIES code, or NO_CATEGORY
    tps: int
    police_need: int
    linmas_need: int
    police: int  # assigned (distinct people and held places)
    linmas: int
    pattern: str = ""  # the pattern's numbers as the source writes them ("2-4-8"), "" without a row

    @property
    def police_short(self) -> int:
        return max(0, self.police_need - self.police)

    @property
    def linmas_short(self) -> int:
        return max(0, self.linmas_need - self.linmas)


@dataclass(frozen=True, slots=True)
class Counts:
    """Figures of a group of TPS (a kecamatan, a Polsek, the Polres): the sums of its category lines,
    except `police`/`linmas`, which count each person once (the union over the categories)."""

    lines: tuple[CategoryLine, ...]  # in TPS_CATEGORIES order, NO_CATEGORY last; only categories present
    tps: int
    police_need: int
    linmas_need: int
    police: int
    linmas: int

    @property
    def police_short(self) -> int:
        return max(0, self.police_need - self.police)

    @property
    def linmas_short(self) -> int:
        return max(0, self.linmas_need - self.linmas)

    def line(self, category: str) -> CategoryLine | None:
        return next((c for c in self.lines if c.category == category), None)


@dataclass(frozen=True, slots=True)
class DistrictRekap:
    district: str  # kecamatan as the TPS name it ("" when they do not)
    counts: Counts
    posts: tuple[str, ...]  # TPS codes in reading order (Polsek, kecamatan, cluster, TPS number)


@dataclass(frozen=True, slots=True)
class PolsekRekap:
    unit: str | None  # the Polsek's unit code; None for TPS no Polsek covers
    name: str  # the unit's name ("" for None)
    districts: tuple[DistrictRekap, ...]  # in reading order
    counts: Counts
    reserve: int  # people of this Polsek in reserve groups
    reserve_need: int  # ceil(reserve_share % of counts.police_need)

    @property
    def reserve_short(self) -> int:
        return max(0, self.reserve_need - self.reserve)


@dataclass(frozen=True, slots=True)
class Rekap:
    """`rekap(plan)`: `polsek` one entry per Polsek with TPS (planner's order of units; TPS no Polsek
    covers last, unit None), `total` the Polres (sums of the Polsek lines, people counted once),
    `reserve` every reserve person of the operation (Polsek reserves plus the Polres' own),
    `reserve_need` the share of the total required police, `pattern` the name of the pattern in
    force ("" when none) and its `notation`."""

    pattern: str
    notation: str
    polsek: tuple[PolsekRekap, ...]
    total: Counts
    reserve: int
    reserve_need: int
    reserve_share: float

    @property
    def reserve_short(self) -> int:
        return max(0, self.reserve_need - self.reserve)


@dataclass(slots=True)
class _Acc:
    """Accumulates one group's figures per category."""

    tps: dict[str, int] = field(default_factory=dict)
    police: dict[str, set[str]] = field(default_factory=dict)
    linmas: dict[str, set[str]] = field(default_factory=dict)


def _category_order(category: str) -> int:
    return TPS_CATEGORIES.index(category) if category in TPS_CATEGORIES else len(TPS_CATEGORIES)


def _need(pattern: StaffingPattern | None, category: str, tps: int) -> tuple[int, int, str]:
    row = pattern.rows.get(category) if pattern is not None and category else None
    if row is None or pattern is None:
        return 0, 0, ""
    return (
        math.ceil(tps * row.police / row.tps - 1e-9),
        math.ceil(tps * row.linmas / row.tps - 1e-9),
        pattern.written(category),
    )


def _sum(lines: Iterable[CategoryLine], police: int, linmas: int) -> Counts:
    lines = tuple(sorted(lines, key=lambda c: _category_order(c.category)))
    return Counts(
        lines,
        sum(c.tps for c in lines),
        sum(c.police_need for c in lines),
        sum(c.linmas_need for c in lines),
        police,
        linmas,
    )


def _merge(parts: Iterable[Counts], police: int, linmas: int) -> Counts:
    """The sum of several groups' counts, category by category (people counted by the caller)."""
    by_cat: dict[str, list[CategoryLine]] = {}
    for counts in parts:
        for line in counts.lines:
            by_cat.setdefault(line.category, []).append(line)
    lines = []
    for category, items in by_cat.items():
        lines.append(
            CategoryLine(
                category,
                sum(c.tps for c in items),
                sum(c.police_need for c in items),
                sum(c.linmas_need for c in items),
                sum(c.police for c in items),
                sum(c.linmas for c in items),
                items[0].pattern,
            )
        )
    return _sum(lines, police, linmas)


def reserve_people(plan: Plan) -> set[str]:
    """Ids of everyone held in reserve: commanders, members and people at the posts of reserve
    groups (`Group.reserve`, or role `cadangan`)."""
    people: set[str] = set()
    for group in plan.groups.values():
        if not (group.reserve or group.role == "cadangan"):
            continue
        if group.commander:
            people.add(group.commander)
        people.update(group.members)
        for code in group.posts:
            for shift in plan.shifts:
                people.update(a.person for a in plan.assignments_at(code, shift, ordered=False))
    return {pid for pid in people if pid in plan.personnel}


def rekap(plan: Plan) -> Rekap:
    """TPS, pattern requirements, assignments, reserves and shortfalls per Polsek and kecamatan
    (see the module's rules). Pure: reads the plan, changes nothing."""
    pattern = active_pattern(plan)
    sectors = Sectors(plan)
    agency_of_unit = {code: u.agency for code, u in plan.units.items()}
    tps_posts = [p for p in plan.posts.values() if is_tps(p)]

    def holders(post: Post) -> tuple[set[str], set[str]]:
        police: set[str] = set()
        linmas: set[str] = set()
        for shift in plan.shifts:
            for a in plan.assignments_at(post.code, shift, ordered=False):
                person = plan.personnel.get(a.person)
                agency = agency_of_unit.get(person.unit or "", "OTHER") if person is not None else "OTHER"
                if agency == "POLRI":
                    police.add(a.person)
                elif agency == "LINMAS":
                    linmas.add(a.person)
            for ph in plan.placeholders_at(post.code, shift) if plan.placeholders else ():
                agency = agency_of_unit.get(ph.unit, "OTHER")
                if agency == "POLRI":
                    police.add(repr(ph.key))
                elif agency == "LINMAS":
                    linmas.add(repr(ph.key))
        return police, linmas

    reserves = reserve_people(plan)
    reserve_by_unit: dict[str, int] = {}
    for pid in reserves:
        own = plan.personnel[pid].unit or ""
        reserve_by_unit[own] = reserve_by_unit.get(own, 0) + 1
    share = reserve_share(plan)

    polsek_items: list[PolsekRekap] = []
    polsek_counts: list[Counts] = []
    all_police: set[str] = set()
    all_linmas: set[str] = set()
    for unit, posts in sectors.by_unit(tps_posts).items():
        districts: dict[str, list[Post]] = {}
        for post in posts:  # already in reading order: kecamatan groups come out in order
            districts.setdefault((post.district or post.sector).strip(), []).append(post)
        district_items: list[DistrictRekap] = []
        unit_police: set[str] = set()
        unit_linmas: set[str] = set()
        for district, members in districts.items():
            acc = _Acc()
            d_police: set[str] = set()
            d_linmas: set[str] = set()
            for post in members:
                cat = post.category or NO_CATEGORY
                acc.tps[cat] = acc.tps.get(cat, 0) + 1
                police, linmas = holders(post)
                acc.police.setdefault(cat, set()).update(police)
                acc.linmas.setdefault(cat, set()).update(linmas)
                d_police |= police
                d_linmas |= linmas
            lines = []
            for cat, n in acc.tps.items():
                police_need, linmas_need, written = _need(pattern, cat, n)
                lines.append(
                    CategoryLine(cat, n, police_need, linmas_need, len(acc.police[cat]), len(acc.linmas[cat]), written)
                )
            counts = _sum(lines, len(d_police), len(d_linmas))
            district_items.append(DistrictRekap(district, counts, tuple(p.code for p in members)))
            unit_police |= d_police
            unit_linmas |= d_linmas
        counts = _merge((d.counts for d in district_items), len(unit_police), len(unit_linmas))
        all_police |= unit_police
        all_linmas |= unit_linmas
        reserve = reserve_by_unit.get(unit, 0) if unit is not None else 0
        polsek_items.append(
            PolsekRekap(
                unit,
                plan.units[unit].name if unit is not None and unit in plan.units else "",
                tuple(district_items),
                counts,
                reserve,
                math.ceil(counts.police_need * share / 100 - 1e-9),
            )
        )
        polsek_counts.append(counts)
    total = _merge(polsek_counts, len(all_police), len(all_linmas))
    return Rekap(
        pattern.name if pattern is not None else "",
        pattern.notation if pattern is not None else "",
        tuple(polsek_items),
        total,
        len(reserves),
        math.ceil(total.police_need * share / 100 - 1e-9),
        share,
    )


def reserve_shortfalls(plan: Plan) -> list[tuple[str, int, int, int]]:
    """(Polsek unit code, reserve held, reserve required, police the pattern requires) of every
    Polsek holding less reserve than `reserve_share` asks, in the planner's order of units; none
    without a pattern in force. The same figures as `rekap`, without reading the assignments."""
    pattern = active_pattern(plan)
    share = reserve_share(plan)
    if pattern is None or share <= 0:
        return []
    sectors = Sectors(plan)
    counts: dict[tuple[str, str, str], int] = {}  # (unit, kecamatan, category) -> TPS
    for post in plan.posts.values():
        if is_tps(post) and post.category in pattern.rows:
            unit = sectors.home_unit(post)
            if unit is not None:
                key = (unit, (post.district or post.sector).strip(), post.category or "")
                counts[key] = counts.get(key, 0) + 1
    need: dict[str, int] = {}
    for (unit, _district, category), n in counts.items():
        need[unit] = need.get(unit, 0) + _need(pattern, category, n)[0]
    if not need:
        return []
    held: dict[str, int] = {}
    for pid in reserve_people(plan):
        own = plan.personnel[pid].unit or ""
        held[own] = held.get(own, 0) + 1
    out = []
    for unit in plan.units:
        if unit in need:
            required = math.ceil(need[unit] * share / 100 - 1e-9)
            if held.get(unit, 0) < required:
                out.append((unit, held.get(unit, 0), required, need[unit]))
    return out
