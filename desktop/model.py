"""The domain model of one security operation: plain dataclasses and one container, `Plan`.

The plan is held in memory while a planner works on it; the operation file
(`desktop.storage`) reads and writes it whole. Every change goes through a `Plan` method, which
keeps the indexes right, bumps `revision` and tells subscribers what changed (the GUI turns that
into Qt signals; the core knows nothing of Qt).
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from desktop import limits
from desktop.errors import RenpamError
from desktop.ranks import rank_level

DEFAULT_TZ = ZoneInfo("Asia/Jakarta")

OPERATION_KINDS = ("audiensi", "unjuk_rasa", "pemilu", "kunjungan_vip", "event", "other")
CLASSIFICATIONS = ("BIASA", "TERBATAS", "RAHASIA", "SANGAT_RAHASIA")  # Perkap 1/2023, lowest first
AGENCIES = ("POLRI", "TNI", "SATPOL_PP", "DISHUB", "LINMAS", "OTHER")
RINGS = ("I", "II", "III")
POST_KINDS = (
    "gerbang",
    "pintu",
    "ruang",
    "perimeter",
    "lalu_lintas",
    "pos_pantau",
    "kesehatan",
    "pos_komando",
    "patroli",
    "tps",
    "pengawalan",  # escort of the ballot boxes TPS -> PPK -> KPU, along `Post.route`
    "other",
)
ROLES = ("danpos", "anggota")
GENDERS = ("L", "P")
TPS_CATEGORIES = ("kurang_rawan", "rawan", "sangat_rawan", "khusus")
KNOWN_SKILLS = (
    "dalmas",
    "negosiator",
    "polwan",
    "medis",
    "lantas",
    "intel",
    "sopir",
    "k9",
    "jibom",
)
# A group's place in the command structure and, for crowd control, on the Dalmas ladder
# (negotiators -> Dalmas awal -> Dalmas lanjut -> Brimob PHH; Perkap 16/2006).
GROUP_ROLES = (
    "wakil",  # the deputy (Wakapolres): the group's commander stands between commander and command post
    "komando",
    "negosiator",
    "dalmas_awal",
    "dalmas_lanjut",
    "phh_brimob",
    "pam_ring",
    "lantas",
    "intel",
    "propam",
    "dokkes",
    "humas",
    "polsek",
    "cadangan",
    "other",
)
TEXT_SECTIONS = (
    "situation",
    "mission",
    "execution",
    "rules",
    "contingency",
    "logistics",
    "communications",
)


_SCALARS = (str, int, float, bool, type(None), datetime)
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _copy_record[R](record: R) -> R:
    """A copy of a dataclass record as deep as `copy.deepcopy` but 2-3 times faster for the
    thousands of people and posts of a district plan: scalar fields are shared (immutable), the
    rest (lists of skills, dicts of required skills, ...) deep-copied."""
    names = _FIELD_NAMES.get(type(record))
    if names is None:
        names = _FIELD_NAMES[type(record)] = tuple(f.name for f in fields(record))  # type: ignore[arg-type]
    new = copy.copy(record)
    for name in names:
        value = getattr(record, name)
        if not isinstance(value, _SCALARS):
            setattr(new, name, copy.deepcopy(value))
    return new


class PlanError(RenpamError, ValueError):
    """An edit that would make the plan inconsistent (unknown key, duplicate code, bad value).

    Raised with an English sentence and no catalogue code of its own, so it is shown as written;
    subclasses that users meet (field formats, refused acceptance) carry catalogue codes."""


class FindingNotAcceptable(PlanError):
    """`Plan.accept_finding` was asked to accept an error: errors are fixed, never accepted."""

    code = "finding_not_acceptable"


def now_jakarta() -> datetime:
    return datetime.now(DEFAULT_TZ).replace(microsecond=0)


def new_person_id() -> str:
    return "p-" + uuid.uuid4().hex[:12]


@dataclass(slots=True)
class Operation:
    name: str = ""
    kind: str = "other"
    venue: str = ""
    address: str = ""
    start: datetime | None = None
    end: datetime | None = None
    classification: str = "TERBATAS"
    commander: str | None = None  # personnel id
    field_commander: str | None = None  # personnel id
    situation: str = ""
    mission: str = ""
    execution: str = ""
    rules: str = ""
    contingency: str = ""
    logistics: str = ""
    communications: str = ""


@dataclass(slots=True)
class Unit:
    code: str
    name: str = ""
    agency: str = "POLRI"
    sector: str = ""  # sub-district(s) a Polsek covers, for matching polling stations
    latitude: float | None = None  # where the unit sits (a Polsek's office), WGS 84 degrees
    longitude: float | None = None


@dataclass(slots=True)
class Person:
    id: str
    name: str
    nrp: str = ""
    rank: str = ""  # official abbreviation for Polri, free text otherwise
    unit: str | None = None  # unit code
    position: str = ""  # jabatan
    gender: str = "L"
    phone: str = ""
    callsign: str = ""
    skills: list[str] = field(default_factory=list)
    origin: str = ""  # BKO: the home unit that lends this person (Polda, Brimob, another Polres); "" = our own


@dataclass(slots=True)
class Shift:
    code: str
    name: str = ""
    start: datetime | None = None
    end: datetime | None = None

    def overlaps(self, other: Shift) -> bool:
        if not (self.start and self.end and other.start and other.end):
            return self.code == other.code
        return self.start < other.end and other.start < self.end

    @property
    def hours(self) -> float:
        if not (self.start and self.end):
            return 0.0
        return (self.end - self.start) / timedelta(hours=1)


@dataclass(slots=True)
class Post:
    code: str
    name: str = ""
    ring: str | None = None  # "I", "II", "III" or None
    kind: str = "other"
    x: float = 0.5  # 0..1 of the site plan's width
    y: float = 0.5  # 0..1 of the site plan's height
    min_staff: int = 1
    max_staff: int | None = None
    required_skills: dict[str, int] = field(default_factory=dict)
    commander_min_rank: str | None = None  # abbreviation
    tasks: str = ""
    equipment: str = ""
    radio_channel: str = ""
    shifts: list[str] = field(default_factory=list)  # empty = manned in every shift
    category: str | None = None  # TPS vulnerability category
    sector: str = ""  # kecamatan / sector, matched against Unit.sector
    village: str = ""  # desa / kelurahan
    district: str = ""  # kecamatan
    address: str = ""
    cluster: str = ""  # TPS cluster (one pair of officers); staffing patterns are checked per cluster
    latitude: float | None = None  # where the post is on the ground (a polling station), WGS 84 degrees
    longitude: float | None = None
    route: str = ""  # an escort's route, e.g. "TPS 001-012 -> PPK Kec. Cibeureum -> KPU"
    voters: int | None = None  # a polling station's registered voters (DPT), from the KPU list

    def manned_in(self, shift_code: str) -> bool:
        return not self.shifts or shift_code in self.shifts


@dataclass(slots=True)
class Assignment:
    person: str
    post: str
    shift: str
    role: str = "anggota"
    locked: bool = False  # fixed by the planner: auto-assignment never moves or changes it

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.person, self.post, self.shift)


@dataclass(slots=True)
class Placeholder:
    """A numbered place at a post held for a unit whose names come later ("nama menyusul").

    It counts for staffing and prints as "(nama menyusul)" with its unit; it is swapped for a
    real person of that unit later.
    """

    post: str
    shift: str
    unit: str
    number: int
    role: str = "anggota"

    @property
    def key(self) -> tuple[str, str, str, int]:
        return (self.post, self.shift, self.unit, self.number)


@dataclass(slots=True)
class AcceptedFinding:
    """A warning the planner accepted with a note; `key` is the finding's key (rule|post|person|shift)."""

    key: str
    note: str
    accepted_at: datetime | None = None


PATTERN_PARTS = ("police", "tps", "linmas")


@dataclass(slots=True)
class PatternRow:
    """One category's numbers: `police` officers and `linmas` guards secure `tps` polling stations."""

    police: int
    tps: int
    linmas: int


@dataclass(slots=True)
class StaffingPattern:
    """A named staffing pattern (pola), one row per TPS category.

    `notation` keeps the order in which the source writes the three numbers ("police-tps-linmas"
    means "2-4-8" is 2 police for 4 TPS with 8 Linmas), so it prints the way the order reads.
    """

    name: str
    rows: dict[str, PatternRow] = field(default_factory=dict)
    notation: str = "police-tps-linmas"
    note: str = ""

    def written(self, category: str) -> str:
        row = self.rows[category]
        return "-".join(str(getattr(row, part)) for part in self.notation.split("-"))


@dataclass(slots=True)
class Group:
    """A body of personnel under one commander: the command post, negotiators, Dalmas awal, a
    ring's guards, the Polsek, a reserve. Posts hang under their group in the command chart;
    `members` lists people who belong to the group without standing at one of its posts (a
    reserve's platoon). A reserve (`reserve`) is held at `held_at` and used when `trigger` happens.
    """

    code: str
    name: str = ""
    role: str = "other"  # one of GROUP_ROLES
    commander: str | None = None  # personnel id
    posts: list[str] = field(default_factory=list)  # post codes, in the planner's order
    members: list[str] = field(default_factory=list)  # personnel ids
    reserve: bool = False
    held_at: str = ""
    trigger: str = ""


@dataclass(slots=True)
class SitePlan:
    title: str = ""
    image_png: bytes = b""  # PNG or JPEG bytes as loaded; empty = blank grid
    scale_note: str = ""


@dataclass(slots=True)
class RingOutline:
    """A ring drawn on the site plan: a closed polygon in plan coordinates (0..1)."""

    ring: str  # "I", "II", "III"
    label: str = ""
    points: list[tuple[float, float]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class OpenPlaces:
    """What a post still lacks in a shift (`Plan.open_places`); people and placeholders both count.

    `missing` places up to the minimum; `room` places left up to the maximum (None: no maximum);
    `skills` the required skills still short, with how many holders are missing (placeholders hold
    no skills); `danpos` whether nobody (person or placeholder) is post commander yet.
    """

    post: str
    shift: str
    staffed: int
    missing: int
    room: int | None
    skills: dict[str, int]
    danpos: bool

    @property
    def any(self) -> bool:
        return bool(self.missing or self.skills)


@dataclass(frozen=True, slots=True)
class DeletedUnit:
    """What `Plan.delete_unit` took away, so that `Plan.restore_unit` can put it back exactly."""

    unit: Unit
    index: int  # the unit's place in the planner's order
    people: tuple[str, ...]  # ids of the people who lost the unit (they stay in the roster)
    placeholders: tuple[tuple[int, Placeholder], ...]  # removed places with their old positions


@dataclass(frozen=True, slots=True)
class Change:
    """What a plan edit touched: kind is 'operation', 'unit', 'person', 'shift', 'post',
    'assignment', 'site_plan', 'ring_outline', 'settings', 'placeholder', 'accepted', 'pattern',
    'print_revision', 'roll_call', 'group' or 'reset'; action is 'added', 'updated', 'removed' or
    'moved' (`Plan.reorder`: the item kept its data and took another place in the planner's order)."""

    kind: str
    action: str
    key: object = None


Listener = Callable[[Change], None]


def _check_limits(problems: list, what: str) -> None:
    """Refuse an edit holding a value beyond `desktop.limits` (too long, control characters, ...)."""
    if problems:
        raise PlanError(
            f"{what}, {problems[0].describe('en')}", code="limit", problem=limits.limit_message(problems, what)
        )


def _check_choice(value: object, allowed: Iterable[object], what: str) -> None:
    if value not in allowed:
        raise PlanError(f"{what}: {value!r} is not one of {', '.join(map(str, allowed))}")


def _check_coordinates(latitude: float | None, longitude: float | None, what: str) -> None:
    problem = limits.coordinate_problem(latitude, longitude)
    if problem:
        raise PlanError(f"{what}: {problem}")


class Plan:
    """One operation with its units, personnel, shifts, posts, assignments and site plan.

    Dict insertion order is the planner's order (posts P01, P02, ...), kept by the file.
    Assignments are keyed by (person, post, shift); two assignments of one person in one shift
    are representable on purpose: that is a planning problem to show, not to forbid.
    """

    def __init__(self) -> None:
        self.operation = Operation()
        self.units: dict[str, Unit] = {}
        self.personnel: dict[str, Person] = {}
        self.shifts: dict[str, Shift] = {}
        self.posts: dict[str, Post] = {}
        self.assignments: dict[tuple[str, str, str], Assignment] = {}
        self.site_plan: SitePlan | None = None
        self.ring_outlines: dict[str, RingOutline] = {}  # by ring code
        self.settings: dict[str, object] = {}
        self.placeholders: dict[tuple[str, str, str, int], Placeholder] = {}
        self.accepted: dict[str, AcceptedFinding] = {}  # accepted warnings by finding key
        self.patterns: dict[str, StaffingPattern] = {}  # staffing patterns (pola) by name
        # What was printed (desktop.revisions.PrintRevision, oldest first) and the roll calls taken
        # (desktop.revisions.RollCall by shift). `load`/`replace_with` leave both alone: undoing an
        # edit never forgets a print, and roll calls change only through `set_roll_call`.
        self.print_revisions: list = []
        self.roll_calls: dict[str, object] = {}
        self.groups: dict[str, Group] = {}  # command groups by code, in the planner's order
        # Sector plans (desktop.sectorplans.records): exports made from this operation and the one
        # it is a sector of, by id; merges of sectors back into it, oldest first. Like the print
        # revisions, `load`/`replace_with` leave them alone; they change through their own methods.
        self.sector_exports: dict[str, object] = {}
        self.sector_merges: list = []
        self.revision = 0
        self._listeners: list[Listener] = []
        # Index: (post, shift) -> assignment keys, person -> assignment keys.
        self._by_post_shift: dict[tuple[str, str], set[tuple[str, str, str]]] = {}
        self._by_person: dict[str, set[tuple[str, str, str]]] = {}

    # ----------------------------------------------------------------- observation
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self, kind: str, action: str, key: object = None) -> None:
        self.revision += 1
        change = Change(kind, action, key)
        for listener in list(self._listeners):
            listener(change)

    # ----------------------------------------------------------------- queries
    def assignments_at(self, post: str, shift: str, *, ordered: bool = True) -> list[Assignment]:
        """Who holds `post` in `shift`: danpos first, then by rank and name (`ordered=False`: any
        order, for rules that only count)."""
        keys = self._by_post_shift.get((post, shift))
        if not keys:
            return []
        if not ordered:
            assignments = self.assignments
            return [assignments[k] for k in keys]
        return sorted((self.assignments[k] for k in keys), key=self._assignment_order)

    def assignments_of(self, person: str, *, ordered: bool = True) -> list[Assignment]:
        """A person's duties, in shift order then post (`ordered=False`: any order)."""
        keys = self._by_person.get(person)
        if not keys:
            return []
        if not ordered:
            assignments = self.assignments
            return [assignments[k] for k in keys]
        order = {code: i for i, code in enumerate(self.shifts)}
        return sorted((self.assignments[k] for k in keys), key=lambda a: (order.get(a.shift, 0), a.post))

    def shifts_of(self, person: str) -> frozenset[str]:
        """The shifts in which a person has at least one duty."""
        keys = self._by_person.get(person)
        return frozenset(k[2] for k in keys) if keys else frozenset()

    def on_duty(self, person: str, shift: str | None) -> bool:
        """Whether the person holds a post in that shift."""
        keys = self._by_person.get(person) or ()
        return any(k[2] == shift for k in keys)

    def on_duty_in(self, person: str, shifts: Container[str]) -> bool:
        """Whether the person holds a post in any of `shifts` (e.g. the shifts overlapping one)."""
        keys = self._by_person.get(person) or ()
        return any(k[2] in shifts for k in keys)

    def people_on_duty(self) -> list[str]:
        """Ids of everyone with at least one duty."""
        return [pid for pid, keys in self._by_person.items() if keys]

    def staffed_places(self) -> set[tuple[str, str]]:
        """Every (post, shift) at least one person holds."""
        return {place for place, keys in self._by_post_shift.items() if keys}

    def people_count_at(self, post: str, shift: str) -> int:
        """How many people (placeholders not counted) hold `post` in `shift`."""
        return len(self._by_post_shift.get((post, shift), ()))

    def count_at(self, post: str, shift: str) -> int:
        """The staffing count of `post` in `shift`: people plus places held for a unit
        ("nama menyusul"). Every staffing figure (rules, auto-assignment, markers) is this one."""
        n = len(self._by_post_shift.get((post, shift), ()))
        if self.placeholders:
            n += sum(1 for ph in self.placeholders.values() if ph.post == post and ph.shift == shift)
        return n

    def open_places(self, post: str, shift: str) -> OpenPlaces:
        """What `post` lacks in `shift`: places below the minimum, room to the maximum, required
        skills nobody present holds, and whether it still needs a danpos."""
        p = self.posts[post]
        people = self.assignments_at(post, shift, ordered=False)
        holders = self.placeholders_at(post, shift) if self.placeholders else []
        staffed = len(people) + len(holders)
        skills: dict[str, int] = {}
        for skill, count in p.required_skills.items():
            have = sum(1 for a in people if (m := self.personnel.get(a.person)) is not None and skill in m.skills)
            if have < count:
                skills[skill] = count - have
        manned = p.manned_in(shift)
        return OpenPlaces(
            post,
            shift,
            staffed,
            missing=max(0, p.min_staff - staffed) if manned else 0,
            room=None if p.max_staff is None else max(0, p.max_staff - staffed),
            skills=skills if manned else {},
            danpos=manned
            and not any(a.role == "danpos" for a in people)
            and not any(ph.role == "danpos" for ph in holders),
        )

    def people_of_unit(self, code: str) -> list[str]:
        """Ids of the people of a unit, in roster order."""
        return [pid for pid, p in self.personnel.items() if p.unit == code]

    def placeholders_of_unit(self, code: str) -> list[Placeholder]:
        """The places held for a unit ("nama menyusul"), in the plan's order."""
        return [ph for ph in self.placeholders.values() if ph.unit == code]

    def danpos(self, post: str, shift: str) -> Person | None:
        for a in self.assignments_at(post, shift):
            if a.role == "danpos":
                return self.personnel.get(a.person)
        return None

    def _assignment_order(self, a: Assignment) -> tuple[int, int, str, str]:
        person = self.personnel.get(a.person)
        # The person id last: namesakes of one rank keep one order, whatever a set's order is.
        return (
            0 if a.role == "danpos" else 1,
            -rank_level(person.rank if person else ""),
            person.name if person else a.person,
            a.person,
        )

    def shifts_of_post(self, post: Post) -> list[Shift]:
        return [s for code, s in self.shifts.items() if post.manned_in(code)]

    def agency_of(self, person: Person) -> str:
        """The agency a person serves: their unit's, else POLRI for a Polri rank, else OTHER."""
        unit = self.units.get(person.unit or "")
        if unit is not None:
            return unit.agency
        return "POLRI" if rank_level(person.rank) else "OTHER"

    def people_sorted_by_rank(self, people: Iterable[Person] | None = None) -> list[Person]:
        items = list(self.personnel.values() if people is None else people)
        return sorted(items, key=lambda p: (-rank_level(p.rank), p.rank, p.name.casefold()))

    def clone(self) -> Plan:
        """A deep copy without listeners (for background work and comparisons)."""
        other = Plan()
        other.operation = copy.deepcopy(self.operation)
        other.units = copy.deepcopy(self.units)
        other.personnel = {k: _copy_record(p) for k, p in self.personnel.items()}  # thousands: no deepcopy
        other.shifts = copy.deepcopy(self.shifts)
        other.posts = {k: _copy_record(p) for k, p in self.posts.items()}
        other.site_plan = copy.deepcopy(self.site_plan)
        other.ring_outlines = copy.deepcopy(self.ring_outlines)
        other.settings = copy.deepcopy(self.settings)
        other.placeholders = {k: replace(ph) for k, ph in self.placeholders.items()}
        other.accepted = copy.deepcopy(self.accepted)
        other.patterns = copy.deepcopy(self.patterns)
        other.print_revisions = list(self.print_revisions)  # immutable records
        other.roll_calls = copy.deepcopy(self.roll_calls)
        other.groups = copy.deepcopy(self.groups)
        other.sector_exports = dict(self.sector_exports)  # immutable records
        other.sector_merges = list(self.sector_merges)
        for a in self.assignments.values():
            other._index_add(replace(a))
        other.revision = self.revision
        return other

    # ----------------------------------------------------------------- operation
    def set_operation(self, **values: object) -> None:
        names = {f.name for f in fields(Operation)}
        for name in values:
            if name not in names:
                raise PlanError(f"operation has no field {name!r}")
        if "kind" in values:
            _check_choice(values["kind"], OPERATION_KINDS, "operation kind")
        if "classification" in values:
            _check_choice(values["classification"], CLASSIFICATIONS, "classification")
        for name in ("commander", "field_commander"):
            pid = values.get(name)
            if pid is not None and pid not in self.personnel:
                raise PlanError(f"{name}: no person with id {pid!r}")
        _check_limits(limits.operation_problems(values), "operation")
        for name, value in values.items():
            setattr(self.operation, name, value)
        self._changed("operation", "updated")

    # ----------------------------------------------------------------- units
    def put_unit(self, unit: Unit) -> None:
        if not unit.code.strip():
            raise PlanError("unit code is empty")
        _check_choice(unit.agency, AGENCIES, "agency")
        _check_limits(limits.unit_problems(unit), f"unit {unit.code[:40]!r}")
        _check_coordinates(unit.latitude, unit.longitude, f"unit {unit.code[:40]!r}")
        action = "updated" if unit.code in self.units else "added"
        self.units[unit.code] = unit
        self._changed("unit", action, unit.code)

    def remove_unit(self, code: str) -> None:
        if code not in self.units:
            raise PlanError(f"no unit {code!r}")
        users = [p.name for p in self.personnel.values() if p.unit == code]
        if users:
            raise PlanError(f"unit {code!r} still has {len(users)} personnel")
        self._drop_placeholders(lambda ph: ph.unit == code)
        del self.units[code]
        self._changed("unit", "removed", code)

    def delete_unit(self, code: str) -> DeletedUnit:
        """Delete a unit whatever it still holds: its people stay in the roster and at their posts
        without a unit, and the places held for it ("nama menyusul") go. Returns what was taken
        away, for `restore_unit` (undo)."""
        if code not in self.units:
            raise PlanError(f"no unit {code!r}")
        unit = self.units[code]
        index = list(self.units).index(code)
        people = tuple(self.people_of_unit(code))
        held = tuple((i, ph) for i, ph in enumerate(self.placeholders.values()) if ph.unit == code)
        for pid in people:
            self.put_person(replace(self.personnel[pid], unit=None), check_fields=False)
        self.remove_unit(code)
        return DeletedUnit(unit, index, people, held)

    def restore_unit(self, deleted: DeletedUnit) -> None:
        """Undo `delete_unit`: the unit back at its place, its people's unit and its placeholders."""
        unit = deleted.unit
        self.put_unit(replace(unit))
        self.reorder("unit", unit.code, deleted.index)
        for pid in deleted.people:
            person = self.personnel.get(pid)
            if person is not None and person.unit is None:
                self.put_person(replace(person, unit=unit.code), check_fields=False)
        for index, ph in deleted.placeholders:
            if ph.post in self.posts and ph.shift in self.shifts and ph.key not in self.placeholders:
                self.put_placeholder(replace(ph))
                self.reorder("placeholder", ph.key, index)

    # ----------------------------------------------------------------- personnel
    def check_person(self, person: Person, *, check_fields: bool = True) -> None:
        """Raise the `PlanError` (a `FieldError` for a new or changed field without its format)
        `put_person` would raise, changing nothing: undo commands ask before they are pushed."""
        if not person.id:
            raise PlanError("person id is empty")
        if not person.name.strip():
            raise PlanError("person name is empty")
        if person.unit is not None and person.unit not in self.units:
            raise PlanError(f"person {person.name!r}: no unit {person.unit!r}")
        _check_choice(person.gender, GENDERS, "gender")
        if check_fields:  # a person put back exactly as they were (undo) is not judged again
            _check_limits(limits.person_problems(person), f"person {person.name[:40]!r}")
            from desktop import fields as field_rules  # it imports this module: imported when needed

            old = self.personnel.get(person.id)
            for problem in field_rules.person_problems(person, self.agency_of(person)):
                # A value kept as it was is not judged again (a number an older file holds stays
                # editable around); a new or changed one, or one under a new rank or unit, is.
                if (
                    old is None
                    or (problem.field != "nrp" and old.phone != person.phone)
                    or (
                        problem.field == "nrp"
                        and ((old.nrp, old.rank, old.unit) != (person.nrp, person.rank, person.unit))
                    )
                ):
                    raise field_rules.FieldError(problem)

    def put_person(self, person: Person, *, check_fields: bool = True) -> None:
        """Add or replace a person. The NRP and phone must have their format
        (`desktop.fields`; `FieldError` otherwise); a Polri rank is kept as its abbreviation and
        a Polri NRP without spaces or dots. `check_fields=False` puts a person back exactly as
        they were (undo, a unit deleted), even one read from an older file with a number that
        breaks today's rule."""
        self.check_person(person, check_fields=check_fields)
        if check_fields:
            from desktop import fields as field_rules

            person.rank = field_rules.normalize_rank(person.rank)
            person.nrp = field_rules.clean_nrp(person.nrp, self.agency_of(person), person.rank)
        action = "updated" if person.id in self.personnel else "added"
        self.personnel[person.id] = person
        self._changed("person", action, person.id)

    def remove_person(self, person_id: str) -> list[Assignment]:
        """Remove a person and their assignments; returns the removed assignments (for undo)."""
        if person_id not in self.personnel:
            raise PlanError(f"no person {person_id!r}")
        removed = [self.assignments[k] for k in list(self._by_person.get(person_id, ()))]
        for a in removed:
            self._index_remove(a.key)
            self._changed("assignment", "removed", a.key)
        for name in ("commander", "field_commander"):
            if getattr(self.operation, name) == person_id:
                setattr(self.operation, name, None)
                self._changed("operation", "updated")
        for group in self.groups.values():
            if group.commander == person_id or person_id in group.members:
                if group.commander == person_id:
                    group.commander = None
                group.members = [m for m in group.members if m != person_id]
                self._changed("group", "updated", group.code)
        del self.personnel[person_id]
        self._changed("person", "removed", person_id)
        return removed

    # ----------------------------------------------------------------- shifts
    def put_shift(self, shift: Shift) -> None:
        if not shift.code.strip():
            raise PlanError("shift code is empty")
        from desktop.fields import span_problem  # the one rule for times (it imports this module)

        if span_problem(shift.start, shift.end, "shift"):
            raise PlanError(f"shift {shift.code!r} ends before it starts")
        _check_limits(limits.shift_problems(shift), f"shift {shift.code[:40]!r}")
        action = "updated" if shift.code in self.shifts else "added"
        self.shifts[shift.code] = shift
        self._changed("shift", action, shift.code)

    def remove_shift(self, code: str) -> list[Assignment]:
        if code not in self.shifts:
            raise PlanError(f"no shift {code!r}")
        removed = [a for a in self.assignments.values() if a.shift == code]
        for a in removed:
            self._index_remove(a.key)
            self._changed("assignment", "removed", a.key)
        for post in self.posts.values():
            if code in post.shifts:
                post.shifts.remove(code)
        self._drop_placeholders(lambda ph: ph.shift == code)
        del self.shifts[code]
        self._changed("shift", "removed", code)
        return removed

    # ----------------------------------------------------------------- posts
    def put_post(self, post: Post) -> None:
        if not post.code.strip():
            raise PlanError("post code is empty")
        if post.ring is not None:
            _check_choice(post.ring, RINGS, "ring")
        _check_choice(post.kind, POST_KINDS, "post kind")
        if post.category is not None:
            _check_choice(post.category, TPS_CATEGORIES, "category")
        if not (0.0 <= post.x <= 1.0 and 0.0 <= post.y <= 1.0):
            raise PlanError(f"post {post.code!r}: position must lie within the plan (0..1)")
        if post.min_staff < 0 or (post.max_staff is not None and post.max_staff < post.min_staff):
            raise PlanError(f"post {post.code!r}: staff limits are inconsistent")
        for code in post.shifts:
            if code not in self.shifts:
                raise PlanError(f"post {post.code!r}: no shift {code!r}")
        _check_limits(limits.post_problems(post), f"post {post.code[:40]!r}")
        _check_coordinates(post.latitude, post.longitude, f"post {post.code[:40]!r}")
        if post.voters is not None and not 0 <= post.voters <= limits.MAX_VOTERS:
            raise PlanError(f"post {post.code[:40]!r}: registered voters go from 0 to {limits.MAX_VOTERS}")
        action = "updated" if post.code in self.posts else "added"
        self.posts[post.code] = post
        self._changed("post", action, post.code)

    def move_post(self, code: str, x: float, y: float) -> None:
        post = self.posts[code]
        post.x = min(1.0, max(0.0, x))
        post.y = min(1.0, max(0.0, y))
        self._changed("post", "updated", code)

    def remove_post(self, code: str) -> list[Assignment]:
        if code not in self.posts:
            raise PlanError(f"no post {code!r}")
        removed = [a for a in self.assignments.values() if a.post == code]
        for a in removed:
            self._index_remove(a.key)
            self._changed("assignment", "removed", a.key)
        self._drop_placeholders(lambda ph: ph.post == code)
        for group in self.groups.values():
            if code in group.posts:
                group.posts = [p for p in group.posts if p != code]
                self._changed("group", "updated", group.code)
        del self.posts[code]
        self._changed("post", "removed", code)
        return removed

    # ----------------------------------------------------------------- assignments
    def assign(
        self, person: str, post: str, shift: str, role: str = "anggota", locked: bool | None = None
    ) -> Assignment:
        if person not in self.personnel:
            raise PlanError(f"no person {person!r}")
        if post not in self.posts:
            raise PlanError(f"no post {post!r}")
        if shift not in self.shifts:
            raise PlanError(f"no shift {shift!r}")
        _check_choice(role, ROLES, "role")
        old = self.assignments.get((person, post, shift))
        keep_lock = old.locked if old is not None else False
        a = Assignment(person, post, shift, role, keep_lock if locked is None else bool(locked))
        action = "updated" if old is not None else "added"
        if action == "updated":
            self._index_remove(a.key)
        self._index_add(a)
        self._changed("assignment", action, a.key)
        return a

    def unassign(self, person: str, post: str, shift: str) -> Assignment:
        key = (person, post, shift)
        if key not in self.assignments:
            raise PlanError(f"{person!r} is not assigned to {post!r} in {shift!r}")
        a = self.assignments[key]
        self._index_remove(key)
        self._changed("assignment", "removed", key)
        return a

    def set_danpos(self, post: str, shift: str, person: str | None) -> None:
        """Make `person` the post commander in that shift; the previous one becomes a member."""
        for a in self.assignments_at(post, shift):
            role = "danpos" if a.person == person else "anggota"
            if a.role != role:
                a.role = role
                self._changed("assignment", "updated", a.key)

    def put_assignment(self, a: Assignment) -> None:
        """Add or replace one assignment exactly as given, without checking what it refers to.

        For building and importing whole plans (generator, plan JSON import, auto-assignment's
        working copy), whose callers check the result with `desktop.integrity`; edits use `assign`.
        """
        old = self.assignments.get(a.key)
        if old is not None:
            self._index_remove(a.key)
        self._index_add(a)
        self._changed("assignment", "updated" if old is not None else "added", a.key)

    def _index_add(self, a: Assignment) -> None:
        self.assignments[a.key] = a
        self._by_post_shift.setdefault((a.post, a.shift), set()).add(a.key)
        self._by_person.setdefault(a.person, set()).add(a.key)

    def _index_remove(self, key: tuple[str, str, str]) -> None:
        a = self.assignments.pop(key)
        self._by_post_shift[(a.post, a.shift)].discard(key)
        self._by_person[a.person].discard(key)

    # ----------------------------------------------------------------- site plan
    def set_site_plan(self, site_plan: SitePlan | None) -> None:
        if site_plan is not None:
            _check_limits(limits.record_problems(site_plan, limits.SITE_PLAN_FIELDS), "site plan")
        self.site_plan = site_plan
        self._changed("site_plan", "updated")

    def put_ring_outline(self, outline: RingOutline) -> None:
        _check_choice(outline.ring, RINGS, "ring")
        if len(outline.points) < 3:
            raise PlanError(f"ring {outline.ring} outline needs at least three points")
        if not all(0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 for x, y in outline.points):
            raise PlanError(f"ring {outline.ring} outline must lie within the plan (0..1)")
        if len(outline.points) > limits.MAX_RING_POINTS:
            raise PlanError(f"ring {outline.ring} outline has more than {limits.MAX_RING_POINTS} points")
        _check_limits(limits.record_problems(outline, {"label": limits.NAME_CHARS}), f"ring {outline.ring}")
        action = "updated" if outline.ring in self.ring_outlines else "added"
        self.ring_outlines[outline.ring] = outline
        self._changed("ring_outline", action, outline.ring)

    def remove_ring_outline(self, ring: str) -> RingOutline:
        if ring not in self.ring_outlines:
            raise PlanError(f"no outline for ring {ring!r}")
        outline = self.ring_outlines.pop(ring)
        self._changed("ring_outline", "removed", ring)
        return outline

    def set_setting(self, key: str, value: object) -> None:
        _check_limits(limits.setting_problems({key: value}), "setting")
        self.settings[key] = value
        self._changed("settings", "updated", key)

    # ----------------------------------------------------------------- planning (schema v3)
    def set_locked(self, person: str, post: str, shift: str, locked: bool = True) -> None:
        """Fix an assignment so that auto-assignment never moves or changes it (or release it)."""
        key = (person, post, shift)
        if key not in self.assignments:
            raise PlanError(f"{person!r} is not assigned to {post!r} in {shift!r}")
        a = self.assignments[key]
        if a.locked != bool(locked):
            a.locked = bool(locked)
            self._changed("assignment", "updated", key)

    def placeholders_at(self, post: str, shift: str) -> list[Placeholder]:
        return sorted(
            (ph for ph in self.placeholders.values() if ph.post == post and ph.shift == shift),
            key=lambda ph: (ph.unit, ph.number),
        )

    def add_placeholders(
        self, post: str, shift: str, unit: str, count: int, role: str = "anggota"
    ) -> list[Placeholder]:
        """Hold `count` numbered places at `post` in `shift` for `unit` ("Bungursari 1..8")."""
        if post not in self.posts:
            raise PlanError(f"no post {post!r}")
        if shift not in self.shifts:
            raise PlanError(f"no shift {shift!r}")
        if unit not in self.units:
            raise PlanError(f"no unit {unit!r}")
        _check_choice(role, ROLES, "role")
        if not 1 <= count <= limits.MAX_STAFF:
            raise PlanError(f"a placeholder count must be from 1 to {limits.MAX_STAFF}")
        taken = {
            ph.number for ph in self.placeholders.values() if ph.unit == unit and ph.post == post and ph.shift == shift
        }
        added: list[Placeholder] = []
        number = 1
        while len(added) < count:
            if number not in taken:
                ph = Placeholder(post, shift, unit, number, role)
                self.placeholders[ph.key] = ph
                added.append(ph)
                self._changed("placeholder", "added", ph.key)
            number += 1
        return added

    def put_placeholder(self, placeholder: Placeholder) -> None:
        if (
            placeholder.post not in self.posts
            or placeholder.shift not in self.shifts
            or placeholder.unit not in self.units
        ):
            raise PlanError(f"placeholder {placeholder.key!r} refers to an unknown post, shift or unit")
        _check_choice(placeholder.role, ROLES, "role")
        action = "updated" if placeholder.key in self.placeholders else "added"
        self.placeholders[placeholder.key] = placeholder
        self._changed("placeholder", action, placeholder.key)

    def remove_placeholder(self, key: tuple[str, str, str, int]) -> Placeholder:
        if key not in self.placeholders:
            raise PlanError(f"no placeholder {key!r}")
        ph = self.placeholders.pop(key)
        self._changed("placeholder", "removed", key)
        return ph

    def fill_placeholder(self, key: tuple[str, str, str, int], person: str) -> Assignment:
        """Swap a placeholder for a real person (any unit; the planner decides), keeping its role."""
        if key not in self.placeholders:
            raise PlanError(f"no placeholder {key!r}")
        ph = self.placeholders[key]
        a = self.assign(person, ph.post, ph.shift, ph.role)
        self.remove_placeholder(key)
        return a

    def check_acceptable(self, key: str) -> None:
        """Raise `FindingNotAcceptable` when the finding `key` is an error in the plan as it is."""
        from desktop.planning.rules import is_error_key  # the rules judge; they import this module

        if is_error_key(self, key):
            raise FindingNotAcceptable(f"{key} is an error; errors cannot be accepted, only fixed.", key=key)

    def accept_finding(self, key: str, note: str, accepted_at: datetime | None = None) -> None:
        """Record that the planner accepts a warning, with a note saying why.

        Errors cannot be accepted (`FindingNotAcceptable`); a key no rule reports now may be
        accepted (an acceptance outlives the warning coming and going).
        """
        if not note.strip():
            raise PlanError("accepting a warning needs a short note saying why")
        _check_limits(
            [
                p
                for p in (
                    limits.text_problem(key, limits.FINDING_KEY_CHARS, "key", multiline=False),
                    limits.text_problem(note.strip(), limits.NOTE_CHARS, "note"),
                )
                if p
            ],
            "accepted warning",
        )
        self.check_acceptable(key)
        action = "updated" if key in self.accepted else "added"
        self.accepted[key] = AcceptedFinding(key, note.strip(), accepted_at or now_jakarta())
        self._changed("accepted", action, key)

    def unaccept_finding(self, key: str) -> AcceptedFinding:
        if key not in self.accepted:
            raise PlanError(f"finding {key!r} is not accepted")
        item = self.accepted.pop(key)
        self._changed("accepted", "removed", key)
        return item

    def put_pattern(self, pattern: StaffingPattern) -> None:
        if not pattern.name.strip():
            raise PlanError("pattern name is empty")
        _check_limits(
            limits.record_problems(pattern, {"name": limits.NAME_CHARS, "note": limits.NOTE_CHARS}), "pattern"
        )
        if sorted(pattern.notation.split("-")) != sorted(PATTERN_PARTS):
            raise PlanError(f"pattern notation {pattern.notation!r} must name police, tps and linmas once each")
        if not pattern.rows:  # the file keeps a pattern as its rows: one without any would vanish
            raise PlanError(f"pattern {pattern.name!r} needs numbers for at least one TPS category")
        for category, row in pattern.rows.items():
            _check_choice(category, TPS_CATEGORIES, "category")
            if row.tps < 1 or row.police < 0 or row.linmas < 0:
                raise PlanError(f"pattern {pattern.name!r}, {category}: counts must be positive")
            if max(row.tps, row.police, row.linmas) > limits.MAX_PATTERN_NUMBER:
                raise PlanError(f"pattern {pattern.name!r}, {category}: counts go up to {limits.MAX_PATTERN_NUMBER}")
        action = "updated" if pattern.name in self.patterns else "added"
        self.patterns[pattern.name] = pattern
        self._changed("pattern", action, pattern.name)

    def remove_pattern(self, name: str) -> StaffingPattern:
        if name not in self.patterns:
            raise PlanError(f"no pattern {name!r}")
        pattern = self.patterns.pop(name)
        self._changed("pattern", "removed", name)
        return pattern

    _ORDERED = {
        "unit": "units",
        "person": "personnel",
        "shift": "shifts",
        "post": "posts",
        "placeholder": "placeholders",
        "pattern": "patterns",
    }

    def reorder(self, kind: str, key: object, index: int) -> None:
        """Move an item to `index` in the planner's order (dict order, kept by the file), e.g.
        back to where it was before a delete that is being undone; notifies a 'moved' change."""
        if kind not in self._ORDERED:
            raise PlanError(f"{kind!r} items have no order to change")
        table: dict = getattr(self, self._ORDERED[kind])
        if key not in table:
            raise PlanError(f"no {kind} {key!r}")
        items = list(table.items())
        old = next(i for i, (k, _v) in enumerate(items) if k == key)
        index = max(0, min(index, len(items) - 1))
        if old == index:
            return
        item = items.pop(old)
        items.insert(index, item)
        table.clear()
        table.update(items)
        self._changed(kind, "moved", key)

    # ----------------------------------------------------------------- print revisions, roll calls (schema v4)
    def record_print(self, revision: object) -> None:
        """Append a print revision (`desktop.revisions.PrintRevision`, numbered by the caller)."""
        self.print_revisions.append(revision)
        self._changed("print_revision", "added", getattr(revision, "number", None))

    def set_roll_call(self, shift: str, roll_call: object | None) -> None:
        """Store the roll call (`desktop.revisions.RollCall`) of a shift, or forget it (None)."""
        if roll_call is None:
            if self.roll_calls.pop(shift, None) is not None:
                self._changed("roll_call", "removed", shift)
            return
        if shift not in self.shifts:
            raise PlanError(f"no shift {shift!r}")
        action = "updated" if shift in self.roll_calls else "added"
        self.roll_calls[shift] = roll_call
        self._changed("roll_call", action, shift)

    # ----------------------------------------------------------------- sector plans (schema v8)
    def record_sector_export(self, export: object) -> None:
        """Add a sector export record (`desktop.sectorplans.records.SectorExport`), keyed by its id."""
        key = getattr(export, "id", None)
        action = "updated" if key in self.sector_exports else "added"
        self.sector_exports[key] = export  # type: ignore[index]
        self._changed("sector_export", action, key)

    def set_sector_merges(self, merges: list) -> None:
        """Replace the merge records (a merge appends one; undoing it puts the old list back)."""
        self.sector_merges = list(merges)
        self._changed("sector_merge", "updated")

    def put_group(self, group: Group) -> None:
        """Add or replace a command group; a post belongs to at most one group."""
        if not group.code.strip():
            raise PlanError("group code is empty")
        if not group.name.strip():
            raise PlanError(f"group {group.code!r}: name is empty")
        _check_choice(group.role, GROUP_ROLES, "group role")
        _check_limits(limits.group_problems(group), f"group {group.code[:40]!r}")
        if group.code not in self.groups and len(self.groups) >= limits.MAX_GROUPS:
            problem = limits.Problem("groups", "too_many", {"count": len(self.groups) + 1, "limit": limits.MAX_GROUPS})
            _check_limits([problem], "the operation")
        if group.commander is not None and group.commander not in self.personnel:
            raise PlanError(f"group {group.code!r}: no person {group.commander!r}")
        for code in group.posts:
            if code not in self.posts:
                raise PlanError(f"group {group.code!r}: no post {code!r}")
            other = next((g for g in self.groups.values() if g.code != group.code and code in g.posts), None)
            if other is not None:
                raise PlanError(f"post {code!r} already belongs to group {other.code!r}")
        if len(set(group.posts)) != len(group.posts) or len(set(group.members)) != len(group.members):
            raise PlanError(f"group {group.code!r} lists a post or member twice")
        for pid in group.members:
            if pid not in self.personnel:
                raise PlanError(f"group {group.code!r}: no person {pid!r}")
        action = "updated" if group.code in self.groups else "added"
        self.groups[group.code] = group
        self._changed("group", action, group.code)

    def remove_group(self, code: str) -> Group:
        if code not in self.groups:
            raise PlanError(f"no group {code!r}")
        group = self.groups.pop(code)
        self._changed("group", "removed", code)
        return group

    def group_of_post(self, post: str) -> Group | None:
        return next((g for g in self.groups.values() if post in g.posts), None)

    def deputy(self) -> str | None:
        """The deputy commander (Wakapolres): the commander of the first group of role "wakil", if any.

        The deputy is a group role rather than an operation field, so files and plan documents
        of version 1 carry it unchanged."""
        return next((g.commander for g in self.groups.values() if g.role == "wakil" and g.commander), None)

    def held_in_reserve(self) -> set[str]:
        """People of reserve groups (commander and members): held back, not for filling posts."""
        return {
            pid for g in self.groups.values() if g.reserve for pid in ([g.commander] if g.commander else []) + g.members
        }

    def _drop_placeholders(self, test: Callable[[Placeholder], bool]) -> None:
        for key in [k for k, ph in self.placeholders.items() if test(ph)]:
            del self.placeholders[key]
            self._changed("placeholder", "removed", key)

    # ----------------------------------------------------------------- bulk
    def load(
        self,
        *,
        operation: Operation,
        units: Iterable[Unit] = (),
        personnel: Iterable[Person] = (),
        shifts: Iterable[Shift] = (),
        posts: Iterable[Post] = (),
        assignments: Iterable[Assignment] = (),
        site_plan: SitePlan | None = None,
        ring_outlines: Iterable[RingOutline] = (),
        settings: dict[str, object] | None = None,
        placeholders: Iterable[Placeholder] = (),
        accepted: Iterable[AcceptedFinding] = (),
        patterns: Iterable[StaffingPattern] = (),
        groups: Iterable[Group] = (),
    ) -> None:
        """Replace everything at once, without per-item notifications (file open, import)."""
        self.operation = operation
        self.units = {u.code: u for u in units}
        self.personnel = {p.id: p for p in personnel}
        self.shifts = {s.code: s for s in shifts}
        self.posts = {p.code: p for p in posts}
        self.assignments = {}
        self._by_post_shift = {}
        self._by_person = {}
        for a in assignments:
            self._index_add(a)
        self.site_plan = site_plan
        self.ring_outlines = {o.ring: o for o in ring_outlines}
        self.settings = dict(settings or {})
        self.placeholders = {ph.key: ph for ph in placeholders}
        self.accepted = {a.key: a for a in accepted}
        self.patterns = {p.name: p for p in patterns}
        self.groups = {g.code: g for g in groups}
        self._changed("reset", "updated")

    def replace_with(self, other: Plan) -> None:
        """Take over everything `other` holds, as one 'reset' change (bulk import, undo of one).

        `other` is used as it is, not copied: pass a clone if it lives on elsewhere.
        """
        self.load(
            operation=other.operation,
            units=other.units.values(),
            personnel=other.personnel.values(),
            shifts=other.shifts.values(),
            posts=other.posts.values(),
            assignments=other.assignments.values(),
            site_plan=other.site_plan,
            ring_outlines=other.ring_outlines.values(),
            settings=other.settings,
            placeholders=other.placeholders.values(),
            accepted=other.accepted.values(),
            patterns=other.patterns.values(),
            groups=other.groups.values(),
        )

    def iter_all(self) -> Iterator[object]:
        yield self.operation
        yield from self.units.values()
        yield from self.personnel.values()
        yield from self.shifts.values()
        yield from self.posts.values()
        yield from self.assignments.values()
