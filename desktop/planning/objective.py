"""What auto-assignment optimises: one lexicographic objective, judged on the plan it produces.

Auto-assignment adds free people to manned posts. Of two ways to do that, the better one is the one
with the smaller `Objective`, compared component by component, in this order (a later component
only breaks ties of all the earlier ones):

1. `errors`: error findings of the planning rules (`desktop.planning.rules`, severity error, any
   rule: an empty post, a double booking, and every error rule added later count alike);
2. `unfilled`: required places left empty (below a post's minimum), plus places held for a unit
   ("nama menyusul") that no person of the unit has taken;
3. `unmet`: required skills missing at posts, and police and Linmas missing against the staffing
   pattern (pola) of each TPS cluster;
4. `danpos_rank`: posts whose danpos ranks below the post's minimum danpos rank;
5. `room_left`: only with "fill up to maximum": places left below each post's maximum (a post
   without a maximum is never filled beyond what it needs);
6. `preference`: the preferences, summed over the added people: a Polri post for police, a polling
   station for Linmas, people of the unit already at the post, people of the Polsek whose sector
   the post belongs to (`sector_cost`, asking `desktop.planning.sectors`), the least worked (hours so far) and the rested (the hours
   limit and the rest minimum), specialists kept for the places that need them;
7. `added`: the number of people added (nobody is posted without a reason).

`evaluate(before, after, shifts)` scores a result against the plan it started from; the engine's
report, its exact solver (`desktop.planning.exact`) and the property test that compares the engine
with an exhaustive search all use it. Components 1 to 5 are read off the final plan; 6 and 7 price
each added assignment as auto-assignment met it: shift by shift in time order, against the plan as
the earlier shifts left it.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import astuple, dataclass, fields

from desktop.model import Person, Plan, Post
from desktop.planning.duty import assess, limits
from desktop.planning.rules import ERROR, Finding, active_pattern, cluster_members, pattern_need, validate
from desktop.planning.sectors import Sectors, post_sector, sector_match
from desktop.ranks import rank_level

# Preference costs (whole numbers). Larger = less wanted.
W_NON_POLRI_POST = 150  # a place at a Polri (non-TPS) post taken by another agency
W_POLRI_AT_TPS = 40  # a police officer at a polling station (police are scarcer than Linmas)
W_SECTOR_OTHER = 40  # a person of another sector's Polsek
W_SECTOR_NONE = 15  # a person of a unit without a sector (Polres, Sat ...)
W_OTHER_UNIT = 10  # a person of another unit than the post's people
W_HOUR = 3  # per hour already worked in the operation
W_OVER_HOURS = 150  # the duty would break the hours limit
W_SHORT_REST = 150  # the duty would leave too little rest
W_SPECIALIST = 5  # per scarce skill held by someone at a post that does not need it

COMPONENTS = ("errors", "unfilled", "unmet", "danpos_rank", "room_left", "preference", "added")


@dataclass(frozen=True, order=True, slots=True)
class Objective:
    """The lexicographic objective (smaller is better; compared field by field, in order)."""

    errors: int = 0
    unfilled: int = 0
    unmet: int = 0
    danpos_rank: int = 0
    room_left: int = 0
    preference: int = 0
    added: int = 0

    def to_json(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def values(self) -> tuple[int, ...]:
        return astuple(self)

    def summary(self, lang: str = "id") -> str:
        if lang == "en":
            return (
                f"errors {self.errors}, required places empty {self.unfilled}, skills/pattern short "
                f"{self.unmet}, danpos below rank {self.danpos_rank}, room to maximum {self.room_left}, "
                f"preference cost {self.preference}"
            )
        return (
            f"kesalahan {self.errors}, tempat wajib kosong {self.unfilled}, keahlian/pola kurang "
            f"{self.unmet}, danpos di bawah pangkat {self.danpos_rank}, sisa sampai maksimum "
            f"{self.room_left}, biaya preferensi {self.preference}"
        )


# ---------------------------------------------------------------------------- which shifts
def assignable_shifts(plan: Plan, shifts: Iterable[str] | None = None) -> list[str]:
    """The shifts auto-assignment fills, in time order (those outside the operation's window are
    left alone: any duty there is an error)."""
    codes = list(plan.shifts) if shifts is None else [c for c in plan.shifts if c in set(shifts)]
    position = {c: i for i, c in enumerate(plan.shifts)}
    ordered = sorted(codes, key=lambda c: (plan.shifts[c].start is None, plan.shifts[c].start or 0, position[c]))
    return [c for c in ordered if in_window(plan, c)]


def ordered_shifts(plan: Plan, shifts: Iterable[str] | None = None) -> list[str]:
    """The shifts asked for, in time order (the order auto-assignment works in)."""
    codes = list(plan.shifts) if shifts is None else [c for c in plan.shifts if c in set(shifts)]
    position = {c: i for i, c in enumerate(plan.shifts)}
    return sorted(codes, key=lambda c: (plan.shifts[c].start is None, plan.shifts[c].start or 0, position[c]))


def in_window(plan: Plan, shift: str) -> bool:
    op, s = plan.operation, plan.shifts[shift]
    return not (op.start and op.end and s.start and s.end and (s.start < op.start or s.end > op.end))


def excluded_people(plan: Plan) -> set[str]:
    """Who auto-assignment never posts: the commanders (they lead) and people held in reserve."""
    return {plan.operation.commander or "", plan.operation.field_commander or ""} | plan.held_in_reserve()


# ---------------------------------------------------------------------------- workload
class Workload:
    """Which shifts each person works, read from the plan's index when asked (so assignments
    auto-assignment adds to its working copy count at once), and what a new duty would do."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.limits = limits(plan)  # settings read safely (desktop.limits.setting_number)
        self.max_hours = self.limits.max_hours
        self.min_rest = self.limits.min_rest
        self._state: dict[tuple[frozenset[str], str], tuple[int, bool, bool]] = {}
        self.overlapping: dict[str, set[str]] = {
            code: {o for o, other in plan.shifts.items() if o == code or s_.overlaps(other)}
            for code, s_ in plan.shifts.items()
        }

        # The plan's queries, bound once: candidates ask them for every person of the roster.
        self.shifts_of: Callable[[str], frozenset[str]] = plan.shifts_of
        self._on_duty_in = plan.on_duty_in

    def busy(self, person: str, shift: str) -> bool:
        return self._on_duty_in(person, self.overlapping[shift])

    def state(self, person: str, shift: str, have: frozenset[str] | None = None) -> tuple[int, bool, bool]:
        """(hours worked so far, new duty breaks the hours limit, new duty leaves too little rest);
        `have`: the shifts the person works, when not those of the plan."""
        if have is None:
            have = self.shifts_of(person)
        key = (have, shift)
        cached = self._state.get(key)
        if cached is None:
            cached = self._state[key] = self._compute(have, shift)
        return cached

    def _compute(self, have: frozenset[str], shift: str) -> tuple[int, bool, bool]:
        load = assess(self.plan.shifts, have | {shift}, self.limits)
        shifts = self.plan.shifts
        hours = round(sum(shifts[c].hours for c in sorted(have) if c in shifts))  # sorted: same sum every run
        return hours, load.over, load.short_rest


# ---------------------------------------------------------------------------- prices
@dataclass(frozen=True, slots=True)
class PersonClass:
    """What the objective sees of a person in a shift: people with equal classes are interchangeable."""

    unit: str
    agency: str
    sector: str
    skills: frozenset[str]
    level: int
    hours: int
    over: bool
    short_rest: bool


@dataclass(frozen=True, slots=True)
class SlotGroup:
    """What the objective sees of a place: places with equal groups are interchangeable."""

    kind: str
    want: str
    min_level: int
    sector: str
    polri_post: bool  # not a polling station: police work
    unit_here: str  # the unit most of the post's people come from ("" when empty)
    first: bool = False
    needs: frozenset[str] = frozenset()  # the post's required skills
    home: str = ""  # the Polsek the post belongs to (desktop.planning.sectors), "" for none


_covers = functools.lru_cache(maxsize=4096)(sector_match)  # the same few texts, asked 100,000 times


def sector_cost(unit: str, unit_sector: str, post_sector: str, home: str) -> int:
    """The post's own Polsek preference: 0 for the Polsek the post belongs to (`home`, from
    `desktop.planning.sectors`: the Polsek covering its sub-district, else the nearest one by
    coordinates) or any unit covering its sector, and for a post that belongs to none; more for a
    unit without a sector (Polres, Sat ...); most for another sector's Polsek."""
    if not post_sector and not home:
        return 0
    if home and unit == home:
        return 0
    if post_sector and unit_sector and _covers(unit_sector, post_sector):
        return 0
    return W_SECTOR_OTHER if unit_sector else W_SECTOR_NONE


class Pricing:
    """People's classes, places' groups and the preference cost of a class on a group."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        counts = Counter(s for p in plan.personnel.values() for s in p.skills)
        total = max(1, len(plan.personnel))
        # A skill held by under a fifth of the personnel is scarce: keep its holders for places needing it.
        self.scarce = frozenset(s for s, c in counts.items() if c / total < 0.2)
        self.sector_of_unit = {c: u.sector for c, u in plan.units.items()}
        self.agency_of_unit = {c: u.agency for c, u in plan.units.items()}
        self.sectors = Sectors(plan)
        self._static: dict[str, tuple[Person, tuple]] = {}
        self._classes: dict[tuple, PersonClass] = {}

    def person_class(
        self, person: Person, workload: Workload, shift: str, have: frozenset[str] | None = None
    ) -> PersonClass:
        static = self._static.get(person.id)
        if static is None or static[0] is not person:
            unit = person.unit or ""
            static = self._static[person.id] = (
                person,
                (
                    unit,
                    self.agency_of_unit.get(unit, "OTHER"),
                    self.sector_of_unit.get(unit, ""),
                    frozenset(person.skills),
                    rank_level(person.rank),
                ),
            )
        state = workload.state(person.id, shift, have)
        key = (static[1], state)
        c = self._classes.get(key)
        if c is None:
            c = self._classes[key] = PersonClass(*static[1], *state)  # type: ignore[call-arg]
        return c

    def group(
        self, post: Post, kind: str = "general", want: str = "", unit_here: str = "", first: bool = False
    ) -> SlotGroup:
        min_level = rank_level(post.commander_min_rank) if kind == "danpos" else 0
        return SlotGroup(
            kind,
            want,
            min_level,
            post_sector(post),
            post.kind != "tps",
            unit_here,
            first,
            frozenset(post.required_skills),
            self.sectors.home_unit(post) or "",
        )

    def preference(self, c: PersonClass, g: SlotGroup) -> int:
        """Component 6 for one person of class `c` added at a place of group `g`."""
        cost = 0
        if g.polri_post and c.agency != "POLRI":
            cost += W_NON_POLRI_POST
        elif not g.polri_post and c.agency == "POLRI":
            cost += W_POLRI_AT_TPS
        cost += W_SPECIALIST * len((c.skills & self.scarce) - g.needs)
        cost += sector_cost(c.unit, c.sector, g.sector, g.home)
        if g.unit_here and c.unit != g.unit_here:
            cost += W_OTHER_UNIT
        cost += W_HOUR * c.hours
        if c.over:
            cost += W_OVER_HOURS
        if c.short_rest:
            cost += W_SHORT_REST
        return cost


def unit_here(plan: Plan, post: str, shift: str) -> str:
    """The unit most of the people (and held places) at a post come from; "" when it is empty."""
    units = Counter(plan.personnel[a.person].unit or "" for a in plan.assignments_at(post, shift))
    units.update(ph.unit for ph in plan.placeholders_at(post, shift))
    units.pop("", None)
    # Most people first; a tie goes to the first unit code (not to whichever a set yields first).
    return min(units.items(), key=lambda kv: (-kv[1], kv[0]))[0] if units else ""


# ---------------------------------------------------------------------------- the score
def evaluate(
    before: Plan,
    after: Plan,
    shifts: Sequence[str] | None = None,
    *,
    fill_to_max: bool = False,
    findings: Iterable[Finding] | None = None,
) -> Objective:
    """Score `after` (the plan auto-assignment produced from `before`) over `shifts` (all by default).

    `findings`: the findings of `after` when the caller keeps them up to date (a `Validator`);
    otherwise the rules are run here."""
    order = ordered_shifts(before, shifts)
    errors = sum(1 for f in (validate(after) if findings is None else findings) if f.severity == ERROR)
    unfilled = unmet = danpos_rank = room_left = 0
    for shift in order:
        u, m, d, r = place_components(after, shift)
        unfilled += u
        unmet += m + pattern_short(after, shift)
        danpos_rank += d
        room_left += r if fill_to_max else 0
    preference, added = _priced_additions(before, after, order)
    return Objective(errors, unfilled, unmet, danpos_rank, room_left, preference, added)


def place_components(plan: Plan, shift: str) -> tuple[int, int, int, int]:
    """(unfilled, skills missing, danpos below rank, room to the maximum) over one shift's manned posts."""
    unfilled = unmet = danpos_rank = room_left = 0
    persons = plan.personnel
    for post in plan.posts.values():
        if not post.manned_in(shift):
            continue
        people = plan.assignments_at(post.code, shift)
        holders = plan.placeholders_at(post.code, shift)
        count = len(people) + len(holders)
        unfilled += max(0, post.min_staff - count) + len(holders)
        for skill, need in post.required_skills.items():
            have = sum(1 for a in people if skill in persons[a.person].skills)
            unmet += max(0, need - have)
        min_level = rank_level(post.commander_min_rank)
        if min_level:
            danpos_rank += sum(
                1 for a in people if a.role == "danpos" and rank_level(persons[a.person].rank) < min_level
            )
        if post.max_staff is not None:
            room_left += max(0, post.max_staff - count)
    return unfilled, unmet, danpos_rank, room_left


def pattern_short(plan: Plan, shift: str) -> int:
    """Police plus Linmas missing against the staffing pattern, over the TPS clusters manned in `shift`
    (counted as the `pattern_shortfall` rule counts them)."""
    pattern = active_pattern(plan)
    if pattern is None:
        return 0
    agency_of_unit = {c: u.agency for c, u in plan.units.items()}
    short = 0
    for posts in cluster_members(plan, pattern).values():
        manned = [p for p in posts if p.manned_in(shift)]
        if not manned:
            continue
        police_need, linmas_need, _n = pattern_need(pattern, manned)
        police = linmas = 0
        for post in manned:
            for a in plan.assignments_at(post.code, shift):
                agency = agency_of_unit.get(plan.personnel[a.person].unit or "", "OTHER")
                police += agency == "POLRI"
                linmas += agency == "LINMAS"
            for ph in plan.placeholders_at(post.code, shift):
                agency = agency_of_unit.get(ph.unit, "OTHER")
                police += agency == "POLRI"
                linmas += agency == "LINMAS"
        short += max(0, police_need - police) + max(0, linmas_need - linmas)
    return short


def _priced_additions(before: Plan, after: Plan, order: Sequence[str]) -> tuple[int, int]:
    """(preference, added): each assignment in `after` that `before` lacks, priced shift by shift
    against `before` plus the additions of the earlier shifts (those change a person's hours and
    rest; the unit at a post in a shift is read off `before`, which no other shift's additions touch)."""
    workload = Workload(before)
    pricing = Pricing(before)
    earlier: dict[str, set[str]] = defaultdict(set)
    preference = added = 0
    for shift in order:
        new = [a for a in after.assignments.values() if a.shift == shift and a.key not in before.assignments]
        here: dict[str, str] = {}
        for a in new:
            if a.post not in here:
                here[a.post] = unit_here(before, a.post, shift)
            have = before.shifts_of(a.person) | earlier[a.person] if a.person in earlier else None
            c = pricing.person_class(before.personnel[a.person], workload, shift, have)
            preference += pricing.preference(c, pricing.group(before.posts[a.post], unit_here=here[a.post]))
            added += 1
        for a in new:
            earlier[a.person].add(shift)
    return preference, added
