"""Auto-assignment: fill a plan's open places, shift by shift, best by one lexicographic objective.

What a good result is lives in `desktop.planning.objective` (errors, required places, skills and
pattern, danpos rank, room to maximum, preferences, people added; compared in that order). What
this module does, for each shift in time order (or the shifts asked for):

1. Open places: every manned post below its minimum gets places; a missing required skill gets
   a place that asks for that skill (taking one of the minimum's places, or one more within the
   maximum); a staffing pattern (pola) asks for police and Linmas per TPS cluster; a placeholder
   ("nama menyusul") becomes a place only a person of its unit can take.
2. People who can take them: everyone not already on duty in an overlapping shift (a person at
   two posts at once is an error rule and is never produced). Nothing the planner assigned is
   moved; locked assignments are not even re-labelled.
3. The flow: people with identical costs form classes and places with identical costs form
   groups, so the network stays small (hundreds of nodes) whatever the size of the operation; it
   first fills as many places as possible, then the cheapest, where a place's cost is the weight
   of its kind (first place of an empty post, skill, danpos rank, pattern) plus the objective's
   preference cost. It gives each person one place of one kind, so it cannot see one person
   meet two needs (a polwan of the danpos's rank).
4. The exact solver (`desktop.planning.exact`): when the shift has at most `EXACT_MAX_PAIRS`
   (person class, post) pairs, the objective itself is optimised as an integer programme and its
   answer replaces the flow's unless the flow's scores better. In a larger shift, where the flow
   compromised (a skill or a danpos's rank missing at a post), the posts concerned and the posts
   whose new people could meet those needs are solved exactly as one part (`_repair`; not with a
   staffing pattern in force). `AutoAssignResult.methods` says per shift: "exact", "flow",
   "flow+exact", or "best found" (the exact solver's best answer, started from the flow's, when
   its time budget ended before the optimum was proven).
5. With `fill_to_max`, the people left then fill posts up to their maximum (never beyond; a post
   without a maximum gets nobody beyond what it needs).
6. Each post without a danpos gets the senior of its new and unlocked people as danpos; a TPS
   cluster gets one, the senior of its police officers (never a Linmas: none without police).

What could not be filled, or was filled with a compromise, is reported in planner's words
("tidak ada polwan yang bebas pada shift LAKS: 6 polwan, semuanya sudah bertugas"), and the
result carries the objective of the plan it makes, component by component (`components`).
`auto_assign()` does not change the plan; `AutoAssignResult.apply(plan)` does.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from desktop import limits as bounds  # (desktop.planning.duty's `limits` is the duty limits)
from desktop.messages import Message, counted
from desktop.model import Assignment, Person, Placeholder, Plan, Post
from desktop.planning.exact import solve_exact
from desktop.planning.objective import (
    COMPONENTS,
    Objective,
    PersonClass,
    Pricing,
    SlotGroup,
    Workload,
    evaluate,
    excluded_people,
    in_window,
    ordered_shifts,
    unit_here,
)
from desktop.planning.rules import active_pattern, cluster_members, cluster_of, pattern_need
from desktop.planning.staffing import place_staff
from desktop.planning.vote import is_tps
from desktop.ranks import rank_level

# Costs of the flow's places (whole numbers; the flow is integral). Larger = less wanted. They
# stand for the objective's components above the preferences (desktop.planning.objective), in
# the same order: an empty post, then a skill, then a danpos's rank, then the pattern's places.
W_SKILL_MISSING = 1000  # a skill place taken by someone without the skill
W_DANPOS_RANK = 300  # a danpos below the post's minimum rank, plus W_RANK_STEP per rank short
W_RANK_STEP = 20
W_POLICE_PLACE = 400  # a pattern's police place taken by someone who is not Polri
W_POLRI_LINMAS_PLACE = 60  # a police officer on a pattern's Linmas place
W_OTHER_LINMAS_PLACE = 20
W_NOT_FIRST = 5000  # any place but the first of an empty post: an empty post is an error, a short one a warning
W_TPS_POLICE = 5000  # the place asking police in a TPS cluster without any taken by someone else: an error too
POLICE = "POLRI"  # `Slot.want` of a TPS cluster's place asking for police

# Problems up to this many (person class, post) pairs in a shift are solved exactly
# (desktop.planning.exact); larger ones by the flow alone.
EXACT_MAX_PAIRS = 4000


@dataclass(frozen=True, slots=True)
class Slot:
    """One open place: a post in a shift, of a kind, maybe replacing a placeholder."""

    post: str
    shift: str
    kind: str  # "general", "danpos", "skill", "police", "linmas", "unit"
    want: str = ""  # the skill (kind skill) or unit (kind unit); POLICE: a TPS cluster's place asking police
    placeholder: tuple[str, str, str, int] | None = None
    first: bool = False  # the first place of a post nobody holds yet (filled before any second place)


@dataclass(frozen=True, slots=True)
class Shortfall:
    """Something auto-assignment could not do as wished, in the planner's words."""

    shift: str
    kind: str  # "unfilled", "skill", "rank", "police", "unit", "window"
    subject: str  # the skill, the unit, the rank, or ""
    posts: tuple[str, ...]
    text: Message  # an "autoassign.*" message, rendered by desktop.messages

    def message(self, lang: str = "id") -> str:
        return self.text.render(lang)

    @property
    def message_id(self) -> str:
        return self.text.render("id")

    @property
    def message_en(self) -> str:
        return self.text.render("en")

    def to_json(self) -> dict[str, object]:
        return {
            "shift": self.shift,
            "kind": self.kind,
            "subject": self.subject,
            "posts": list(self.posts),
            "message_id": self.message_id,
            "message_en": self.message_en,
        }


@dataclass
class AutoAssignResult:
    added: list[Assignment] = field(default_factory=list)  # new assignments (role included)
    promoted: list[tuple[str, str, str]] = field(default_factory=list)  # existing members made danpos
    filled_placeholders: list[tuple[str, str, str, int]] = field(default_factory=list)
    shortfalls: list[Shortfall] = field(default_factory=list)
    open_places: int = 0  # places there were to fill (with fill_to_max: and room up to the maxima)
    objective: int = 0  # the preference cost of the people added (the objective's last weighed part)
    shifts: list[str] = field(default_factory=list)
    fill_to_max: bool = False
    components: Objective = field(default_factory=Objective)  # the lexicographic objective of the result
    methods: dict[str, str] = field(default_factory=dict)  # shift -> "exact", "flow", "flow+exact", "best found"
    unfilled: int = 0  # open places left empty (not counting room up to the maxima)
    extra_places: int = 0  # with fill_to_max: places between the open places and the maxima
    extra_filled: int = 0  # ... and how many of them were filled

    @property
    def filled(self) -> int:
        return len(self.added)

    def apply(self, plan: Plan) -> None:
        """Make the edits in the plan through its methods (the GUI wraps this in one undo step)."""
        for key in self.filled_placeholders:
            if key in plan.placeholders:
                plan.remove_placeholder(key)
        for a in self.added:
            plan.assign(a.person, a.post, a.shift, "anggota")
        for a in self.added:
            if a.role == "danpos":
                plan.set_danpos(a.post, a.shift, a.person)
        for person, post, shift in self.promoted:
            plan.set_danpos(post, shift, person)

    def summary(self, lang: str = "id") -> str:
        if lang == "en":
            return (
                f"{self.filled - self.extra_filled} of {self.open_places} open places filled in "
                f"{'shift' if len(self.shifts) == 1 else 'shifts'} {', '.join(self.shifts)}; "
                f"{counted(len(self.shortfalls), 'note', 'notes')}."
            )
        return (
            f"{self.filled - self.extra_filled} dari {self.open_places} tempat kosong terisi pada shift {', '.join(self.shifts)}; "
            f"{len(self.shortfalls)} catatan."
        )

    def to_json(self) -> dict[str, object]:
        return {
            "shifts": self.shifts,
            "open_places": self.open_places,
            "filled": self.filled,
            "objective": self.objective,
            "objective_components": self.components.to_json(),
            "objective_order": list(COMPONENTS),
            "methods": dict(self.methods),
            "fill_to_max": self.fill_to_max,
            "extra_places": self.extra_places,
            "extra_filled": self.extra_filled,
            "added": [{"person": a.person, "post": a.post, "shift": a.shift, "role": a.role} for a in self.added],
            "promoted": [{"person": p, "post": po, "shift": s} for p, po, s in self.promoted],
            "filled_placeholders": [
                {"post": k[0], "shift": k[1], "unit": k[2], "number": k[3]} for k in self.filled_placeholders
            ],
            "shortfalls": [s.to_json() for s in self.shortfalls],
        }


# ---------------------------------------------------------------------------- open places
def open_slots(plan: Plan, shift: str, posts: Iterable[Post] | None = None) -> list[Slot]:
    """Every place to fill in `shift`, in post order (of `posts` only, when given: a staffing
    pattern's places are spread over each cluster, so only the clusters of `posts` are read)."""
    pattern = active_pattern(plan)
    posts = None if posts is None else list(posts)
    agency_of_unit = {c: u.agency for c, u in plan.units.items()}
    persons = plan.personnel
    slots: list[Slot] = []
    extra_police: dict[str, int] = {}
    extra_linmas: dict[str, int] = {}
    if pattern is not None:
        clusters: dict[str, list[Post]] = defaultdict(list)
        wanted = None if posts is None else {cluster_of(p) for p in posts if p.category in pattern.rows}
        for post in plan.posts.values():
            if post.category in pattern.rows and post.manned_in(shift):
                if wanted is None or cluster_of(post) in wanted:
                    clusters[cluster_of(post)].append(post)
        for members in clusters.values():
            police_need, linmas_need, _n = pattern_need(pattern, members)
            have_p = have_l = 0
            room: dict[str, int] = {}
            for post in members:
                staff = place_staff(plan, post.code, shift)
                room[post.code] = staff.room
                for a in staff.people:
                    agency = agency_of_unit.get(persons[a.person].unit or "", "OTHER")
                    have_p += agency == "POLRI"
                    have_l += agency == "LINMAS"
            need_p = max(0, police_need - have_p)
            need_l = max(0, linmas_need - have_l)
            # Spread the cluster's needs over its posts, most room first, within their maximum.
            order = sorted(members, key=lambda p: -room[p.code])
            for kind_need, bucket in ((need_p, extra_police), (need_l, extra_linmas)):
                i = 0
                while kind_need > 0 and any(room[p.code] > 0 for p in order):
                    post = order[i % len(order)]
                    if room[post.code] > 0:
                        bucket[post.code] = bucket.get(post.code, 0) + 1
                        room[post.code] -= 1
                        kind_need -= 1
                    i += 1
    # A TPS cluster no pattern covers, with no police in it yet, asks police for one of its places
    # (a cluster without police is the error `tps_without_police`; with a pattern its police places ask).
    police_asked: dict[str, bool] = {}  # cluster -> its place asking for police is made (or police are there)
    tps_clusters: dict[str, list[Post]] = {}

    def asks_police(post: Post) -> bool:
        if not is_tps(post) or (pattern is not None and post.category in pattern.rows):
            return False
        cluster = cluster_of(post)
        if cluster not in police_asked:
            if not tps_clusters:
                tps_clusters.update(cluster_members(plan, pattern))
            police_asked[cluster] = any(
                agency_of_unit.get(persons[a.person].unit or "", "") == "POLRI"
                for other in tps_clusters.get(cluster, [post])
                if other.manned_in(shift)
                for a in plan.assignments_at(other.code, shift)
            )
        return not police_asked[cluster]

    for post in plan.posts.values() if posts is None else posts:
        if not post.manned_in(shift):
            continue
        staff = place_staff(plan, post.code, shift)
        holders = staff.placeholders
        n = staff.count
        room = staff.room  # type: ignore[assignment]
        for ph in holders:
            slots.append(Slot(post.code, shift, "unit", ph.unit, ph.key))
        p_extra = extra_police.get(post.code, 0)
        l_extra = extra_linmas.get(post.code, 0)
        general = max(0, post.min_staff - n - p_extra - l_extra)
        short_skills = plan.open_places(post.code, shift).skills if post.required_skills else {}
        skill_slots = [
            Slot(post.code, shift, "skill", skill) for skill, short in short_skills.items() for _ in range(short)
        ]
        # Skill places take the minimum's general places first, then the room up to the maximum.
        take = min(general, len(skill_slots))
        general -= take
        extra_needed = len(skill_slots) - take
        room_left = room - take - general - p_extra - l_extra  # type: ignore[operator]
        skill_slots = skill_slots[: take + max(0, min(extra_needed, room_left))]
        has_danpos = staff.has_danpos
        danpos_slot = not has_danpos and general > 0
        here: list[Slot] = []
        if danpos_slot:
            general -= 1
            here.append(Slot(post.code, shift, "danpos"))
        here.extend(skill_slots)
        here.extend(Slot(post.code, shift, "police") for _ in range(p_extra))
        here.extend(Slot(post.code, shift, "linmas") for _ in range(l_extra))
        here.extend(Slot(post.code, shift, "general") for _ in range(general))
        if n == 0 and here:
            here[0] = replace(here[0], first=True)
        if here and asks_police(post):
            at = next((i for i, slot in enumerate(here) if slot.kind in ("danpos", "general")), None)
            if at is not None:
                here[at] = replace(here[at], want=POLICE)
                police_asked[cluster_of(post)] = True
        slots.extend(here)
    return slots


# ---------------------------------------------------------------------------- costs
class CostModel(Pricing):
    """The flow's cost of one person class on one slot group; None when the person may not take it:
    the weight of the place's kind (standing for the objective's upper components) plus the
    objective's preference cost."""

    def slot_group(self, slot: Slot, unit_here: str) -> SlotGroup:
        return self.group(self.plan.posts[slot.post], slot.kind, slot.want, unit_here, slot.first)

    def cost(self, c: PersonClass, g: SlotGroup) -> int | None:
        cost = 0 if g.first or g.kind in ("unit", "extra") else W_NOT_FIRST
        kind = g.kind
        if kind == "unit":
            if c.unit != g.want:
                return None
        elif kind == "skill":
            if g.want not in c.skills:
                cost += W_SKILL_MISSING
        elif kind == "danpos":
            if g.min_level and c.level < g.min_level:
                cost += W_DANPOS_RANK + W_RANK_STEP * (g.min_level - c.level)
        elif kind == "police":
            if c.agency != "POLRI":
                cost += W_POLICE_PLACE
        elif kind == "linmas":
            if c.agency == "POLRI":
                cost += W_POLRI_LINMAS_PLACE
            elif c.agency != "LINMAS":
                cost += W_OTHER_LINMAS_PLACE
        if g.want == POLICE and c.agency != "POLRI":  # a TPS cluster's danpos or general place asking police
            cost += W_TPS_POLICE
        return cost + self.preference(c, g)


_unit_here = unit_here


# ---------------------------------------------------------------------------- solving
@dataclass
class ShiftProblem:
    """One shift's places and free people, with classes and groups (used by the benchmark too)."""

    shift: str
    slots: list[Slot]
    people: list[Person]
    person_class: dict[str, PersonClass]
    slot_group: list[SlotGroup]  # parallel to slots
    costs: CostModel


def build_problem(plan: Plan, shift: str, workload: Workload, costs: CostModel) -> ShiftProblem:
    slots = open_slots(plan, shift)
    unit_here: dict[str, str] = {}
    groups = []
    for slot in slots:
        if slot.post not in unit_here:
            unit_here[slot.post] = _unit_here(plan, slot.post, shift)
        groups.append(costs.slot_group(slot, unit_here[slot.post]))
    away = excluded_people(plan)  # the commanders lead, not hold posts; a reserve stays a reserve
    people = [p for p in plan.personnel.values() if p.id not in away and not workload.busy(p.id, shift)]
    classes = {p.id: costs.person_class(p, workload, shift) for p in people}
    return ShiftProblem(shift, slots, people, classes, groups, costs)


def solve_problem(problem: ShiftProblem) -> tuple[list[tuple[Person, Slot, int]], list[Slot]]:
    """Min-cost max-flow over classes and groups; returns (person, slot, cost) pairs and unfilled slots."""
    from ortools.graph.python import min_cost_flow

    if not problem.slots or not problem.people:
        return [], list(problem.slots)
    class_members: dict[PersonClass, list[Person]] = defaultdict(list)
    for p in problem.people:
        class_members[problem.person_class[p.id]].append(p)
    group_slots: dict[SlotGroup, list[Slot]] = defaultdict(list)
    for slot, group in zip(problem.slots, problem.slot_group):
        group_slots[group].append(slot)
    classes = list(class_members)
    groups = list(group_slots)
    source, sink = 0, 1
    class_node = {c: 2 + i for i, c in enumerate(classes)}
    group_node = {g: 2 + len(classes) + j for j, g in enumerate(groups)}
    flow = min_cost_flow.SimpleMinCostFlow()
    for c in classes:
        flow.add_arc_with_capacity_and_unit_cost(source, class_node[c], len(class_members[c]), 0)
    for g in groups:
        flow.add_arc_with_capacity_and_unit_cost(group_node[g], sink, len(group_slots[g]), 0)
    pair_arcs: list[tuple[int, PersonClass, SlotGroup, int]] = []
    for c in classes:
        cap = len(class_members[c])
        for g in groups:
            cost = problem.costs.cost(c, g)
            if cost is None:
                continue
            arc = flow.add_arc_with_capacity_and_unit_cost(
                class_node[c], group_node[g], min(cap, len(group_slots[g])), cost
            )
            pair_arcs.append((arc, c, g, cost))
    supply = min(len(problem.people), len(problem.slots))
    flow.set_node_supply(source, supply)
    flow.set_node_supply(sink, -supply)
    status = flow.solve_max_flow_with_min_cost()
    if status != flow.OPTIMAL:
        raise RuntimeError(f"min-cost flow failed with status {status}")
    chosen: list[tuple[Person, Slot, int]] = []
    taken_people = {c: 0 for c in classes}
    taken_slots = {g: 0 for g in groups}
    # Hand out cheapest pairs first; within a group slots are in post order, within a class people
    # are in unit order, so people of one unit land side by side at the same posts.
    for arc, c, g, cost in sorted(pair_arcs, key=lambda t: t[3]):
        f = flow.flow(arc)
        if not f:
            continue
        members = class_members[c]
        slots = group_slots[g]
        i, j = taken_people[c], taken_slots[g]
        for k in range(f):
            chosen.append((members[i + k], slots[j + k], cost))
        taken_people[c] += f
        taken_slots[g] += f
    unfilled = [s for g in groups for s in group_slots[g][taken_slots[g] :]]
    return chosen, unfilled


# ---------------------------------------------------------------------------- the whole run
Progress = Callable[[int, int, str], None]


def auto_assign(
    plan: Plan,
    shifts: Iterable[str] | None = None,
    *,
    progress: Progress | None = None,
    fill_to_max: bool = False,
    exact_max_pairs: int = EXACT_MAX_PAIRS,
) -> AutoAssignResult:
    """Plan how to fill the open places of `shifts` (all by default); the plan is not changed.

    Each shift, in time order: the flow's answer, then the exact solver's when the shift is small
    enough (`exact_max_pairs` person-class by post pairs; 0 = the flow only). With `fill_to_max`,
    people left after the required places fill posts up to their maximum (posts without a maximum
    get no one beyond what they need). The result's `components` is the lexicographic objective
    (`desktop.planning.objective`) of the plan it makes.

    Raises `desktop.limits.LimitError` first when a post asks for more people than any post may
    (a file from before the bounds may hold a minimum of 10^12): places are made one by one.
    """
    check_staff_bounds(plan)
    order = ordered_shifts(plan, shifts)
    result = AutoAssignResult(shifts=order, fill_to_max=fill_to_max)
    work = plan.clone()  # added people count for the next shifts' workload and unit preference
    workload = Workload(work)
    costs = CostModel(work)
    for step, shift in enumerate(order):
        if progress:
            progress(step, len(order), shift)
        if not in_window(plan, shift):
            posts = tuple(p.code for p in plan.posts.values() if p.manned_in(shift))
            if posts:
                result.shortfalls.append(
                    Shortfall(shift, "window", "", posts, Message("autoassign.window", shift=shift))
                )
            continue
        problem = build_problem(work, shift, workload, costs)
        result.open_places += len(problem.slots)
        chosen, unfilled, extras, extra_places = _flow_fill(work, problem, workload, costs, fill_to_max)
        result.methods[shift] = "flow"
        exact = (
            solve_exact(
                work,
                shift,
                problem.people,
                costs,
                workload,
                fill_to_max=fill_to_max,
                max_pairs=exact_max_pairs,
                hint=[(person, slot.post) for person, slot, _cost in chosen + extras],
            )
            if exact_max_pairs > 0
            else None
        )
        if exact is None and exact_max_pairs > 0:
            repaired = _repair(plan, work, problem, workload, chosen, unfilled, extras, fill_to_max, exact_max_pairs)
            if repaired is not None:
                chosen, unfilled, extras = repaired
                result.methods[shift] = "flow+exact"
        if exact is not None:
            ex_chosen, ex_unfilled, ex_extras = _as_slots(work, problem, exact)
            # The rules judge: the exact answer stands unless the flow's is better by the objective
            # (an error rule the integer programme does not state would show here).
            if _score(plan, work, shift, ex_chosen + ex_extras, fill_to_max) <= _score(
                plan, work, shift, chosen + extras, fill_to_max
            ):
                result.methods[shift] = "exact" if exact.proven else "best found"
                chosen, unfilled, extras = ex_chosen, ex_unfilled, ex_extras
                extra_places = _room_beyond(work, shift, problem.slots) if fill_to_max else 0
        result.extra_places += extra_places
        new_by_place: dict[tuple[str, str], list[Assignment]] = defaultdict(list)
        _put(plan, work, shift, chosen, new_by_place, result)
        _put(plan, work, shift, extras, new_by_place, result)
        result.extra_filled += len(extras)
        _choose_danpos(work, new_by_place, result)
        # A place whose need someone else met (a polwan in a general place meets the skill place)
        # was not open after all.
        still_open = [s for s in unfilled if not _met(work, s)]
        result.open_places -= len(unfilled) - len(still_open)
        unfilled = still_open
        result.unfilled += len(unfilled)
        result.shortfalls.extend(_explain(plan, work, problem, chosen, unfilled))
    result.components = evaluate(plan, work, order, fill_to_max=fill_to_max)
    result.objective = result.components.preference
    if progress:
        progress(len(order), len(order), "")
    return result


def place(plan: Plan, shift: str, additions: Iterable[tuple[str, str]]) -> AutoAssignResult:
    """Add people to posts in `shift` of `plan` as auto-assignment adds them (a place held for the
    person's unit is taken first; a post without a danpos gets the senior of its new and unlocked
    people): the one meaning of "these additions", for the exact solver's checks and the tests."""
    result = AutoAssignResult(shifts=[shift])
    chosen = []
    taken: set[tuple[str, str, str, int]] = set()
    for person_id, post in additions:
        person = plan.personnel[person_id]
        key = next(
            (
                ph.key
                for ph in plan.placeholders_at(post, shift)
                if ph.unit == (person.unit or "") and ph.key not in taken
            ),
            None,
        )
        if key is not None:
            taken.add(key)
        chosen.append((person, Slot(post, shift, "unit" if key else "general", "", key), 0))
    new_by_place: dict[tuple[str, str], list[Assignment]] = defaultdict(list)
    _put(plan, plan, shift, chosen, new_by_place, result)
    _choose_danpos(plan, new_by_place, result)
    return result


def _put(
    plan: Plan,
    work: Plan,
    shift: str,
    chosen: list[tuple[Person, Slot, int]],
    new_by_place: dict[tuple[str, str], list[Assignment]],
    result: AutoAssignResult,
) -> None:
    """Add the chosen people to the working copy (a placeholder's place is taken) and to the result."""
    for person, slot, _cost in chosen:
        role = "danpos" if slot.placeholder is not None and work_role(plan, slot.placeholder) == "danpos" else "anggota"
        if slot.placeholder is not None:
            result.filled_placeholders.append(slot.placeholder)
            if slot.placeholder in work.placeholders:
                work.remove_placeholder(slot.placeholder)
        a = Assignment(person.id, slot.post, shift, role)
        work.put_assignment(a)  # the workload reads the working copy, so this counts at once
        new_by_place[(slot.post, shift)].append(a)
        result.added.append(a)


def _repair(
    plan: Plan,
    work: Plan,
    problem: ShiftProblem,
    workload: Workload,
    chosen: list[tuple[Person, Slot, int]],
    unfilled: list[Slot],
    extras: list[tuple[Person, Slot, int]],
    fill_to_max: bool,
    max_pairs: int,
) -> tuple[list[tuple[Person, Slot, int]], list[Slot], list[tuple[Person, Slot, int]]] | None:
    """Where the flow compromised (a skill or a danpos's rank missing at a post) in a shift too
    large to solve whole, solve exactly the part that matters: those posts and the posts whose new
    people could meet their needs, with those people and everyone left free. The better answer by
    the objective stands; None when nothing is better (or the part is still too large)."""
    if active_pattern(work) is not None:
        return None
    agency = problem.costs.agency_of_unit
    skill_short: dict[str, set[str]] = defaultdict(set)  # post -> skills a compromise left missing
    rank_short: dict[str, int] = {}
    for person, slot, _c in chosen:
        if slot.kind == "skill" and slot.want not in person.skills:
            skill_short[slot.post].add(slot.want)
        elif slot.kind == "danpos":
            level = rank_level(work.posts[slot.post].commander_min_rank)
            if level and rank_level(person.rank) < level:
                rank_short[slot.post] = level
    for slot in unfilled:
        if slot.kind == "skill":
            skill_short[slot.post].add(slot.want)
    bad = list(dict.fromkeys([*skill_short, *rank_short]))
    if not bad:
        return None
    wanted = set().union(*skill_short.values()) if skill_short else set()
    low = min(rank_short.values(), default=0)
    helpers = [
        slot.post
        for person, slot, _c in chosen + extras
        if slot.post not in bad
        and (
            wanted & set(person.skills)
            or (low and agency.get(person.unit or "") == "POLRI" and rank_level(person.rank) >= low)
        )
    ]
    part = list(dict.fromkeys([*bad, *helpers]))
    released = [(p, s) for p, s, _c in chosen + extras if s.post in part]
    used = {p.id for p, _s, _c in chosen + extras}
    people = [p for p, _s in released] + [p for p in problem.people if p.id not in used]
    classes = {problem.person_class[p.id] for p in people}
    while part and len(classes) * len(part) > max_pairs:  # keep the compromised posts first
        part.pop()
    if len(part) < 2:
        return None
    released = [(p, s) for p, s, _c in chosen + extras if s.post in part]
    people = [p for p, _s in released] + [p for p in problem.people if p.id not in used]
    additions = solve_exact(
        work,
        problem.shift,
        people,
        problem.costs,
        workload,
        fill_to_max=fill_to_max,
        max_pairs=max_pairs,
        only=part,
    )
    if additions is None:
        return None
    sub = ShiftProblem(
        problem.shift,
        [s for s in problem.slots if s.post in part],
        people,
        problem.person_class,
        [g for s, g in zip(problem.slots, problem.slot_group) if s.post in part],
        problem.costs,
    )
    sub_chosen, sub_unfilled, sub_extras = _as_slots(work, sub, additions)
    keep = [c for c in chosen if c[1].post not in part]
    keep_extras = [c for c in extras if c[1].post not in part]
    new = (keep + sub_chosen, [s for s in unfilled if s.post not in part] + sub_unfilled, keep_extras + sub_extras)
    if _score(plan, work, problem.shift, new[0] + new[2], fill_to_max) < _score(
        plan, work, problem.shift, chosen + extras, fill_to_max
    ):
        return new
    return None


def _flow_fill(
    work: Plan, problem: ShiftProblem, workload: Workload, costs: CostModel, fill_to_max: bool
) -> tuple[list[tuple[Person, Slot, int]], list[Slot], list[tuple[Person, Slot, int]], int]:
    """The flow's answer for one shift: (chosen, open places left, places up to maximum filled,
    places up to maximum there were)."""
    chosen, unfilled = solve_problem(problem)
    if not fill_to_max:
        return chosen, unfilled, [], 0
    extra_problem = _extra_problem(work, problem, chosen, workload, costs)
    extras, _left = solve_problem(extra_problem)
    return chosen, unfilled, extras, len(extra_problem.slots)


def _extra_problem(
    work: Plan, problem: ShiftProblem, chosen: list[tuple[Person, Slot, int]], workload: Workload, costs: CostModel
) -> ShiftProblem:
    """Fill up to maximum: a place per free room below each post's maximum once the chosen people
    stand at their posts, for the people left (priced, like every addition of the shift, against
    the plan before the shift)."""
    shift = problem.shift
    added = Counter(slot.post for _p, slot, _c in chosen if slot.placeholder is None)
    slots: list[Slot] = []
    for post in work.posts.values():
        if post.manned_in(shift) and post.max_staff is not None:
            room = post.max_staff - work.count_at(post.code, shift) - added[post.code]
            slots.extend(Slot(post.code, shift, "extra") for _ in range(max(0, room)))
    here: dict[str, str] = {}
    groups = []
    for slot in slots:
        if slot.post not in here:
            here[slot.post] = unit_here(work, slot.post, shift)
        groups.append(costs.slot_group(slot, here[slot.post]))
    used = {p.id for p, _s, _c in chosen}
    people = [p for p in problem.people if p.id not in used]
    classes = {p.id: costs.person_class(p, workload, shift) for p in people}
    return ShiftProblem(shift, slots, people, classes, groups, costs)


def _score(
    plan: Plan, work: Plan, shift: str, additions: list[tuple[Person, Slot, int]], fill_to_max: bool
) -> Objective:
    """The objective of one shift's additions, on a copy of the working plan."""
    trial = work.clone()
    new_by_place: dict[tuple[str, str], list[Assignment]] = defaultdict(list)
    scratch = AutoAssignResult()
    _put(plan, trial, shift, additions, new_by_place, scratch)
    _choose_danpos(trial, new_by_place, scratch)
    return evaluate(work, trial, [shift], fill_to_max=fill_to_max)


def _room_beyond(work: Plan, shift: str, slots: list[Slot]) -> int:
    """Places between the open places and the maximum (what fill up to maximum may add)."""
    open_at = Counter(s.post for s in slots)
    return sum(
        max(0, post.max_staff - work.count_at(post.code, shift) - open_at[post.code])
        for post in work.posts.values()
        if post.manned_in(shift) and post.max_staff is not None
    )


def _as_slots(
    work: Plan, problem: ShiftProblem, additions: list[tuple[Person, str]]
) -> tuple[list[tuple[Person, Slot, int]], list[Slot], list[tuple[Person, Slot, int]]]:
    """The exact solver's additions as places of the flow's kinds, so they are applied and explained
    alike: (chosen, open places left, additions beyond the open places)."""
    shift = problem.shift
    agency = problem.costs.agency_of_unit
    by_post: dict[str, list[Person]] = defaultdict(list)
    for person, post in additions:
        by_post[post].append(person)
    slots_at: dict[str, list[Slot]] = defaultdict(list)
    for slot in problem.slots:
        slots_at[slot.post].append(slot)
    chosen: list[tuple[Person, Slot, int]] = []
    extras: list[tuple[Person, Slot, int]] = []
    unfilled: list[Slot] = []
    tests: list[tuple[str, Callable[[Slot, Person], bool]]] = [
        ("unit", lambda s, p: (p.unit or "") == s.want),
        ("skill", lambda s, p: s.want in p.skills),
        ("police", lambda s, p: agency.get(p.unit or "") == "POLRI"),
        ("linmas", lambda s, p: agency.get(p.unit or "") == "LINMAS"),
    ]
    for post in dict.fromkeys([*slots_at, *by_post]):
        people = list(by_post.get(post, []))
        open_here = list(slots_at.get(post, []))
        taken: list[tuple[Person, Slot]] = []
        for kind, fits in tests:
            for slot in [s for s in open_here if s.kind == kind]:
                match = next((p for p in people if fits(slot, p)), None)
                if match is not None:
                    people.remove(match)
                    open_here.remove(slot)
                    taken.append((match, slot))
        for slot in [s for s in open_here if s.kind == "danpos"]:
            if people:
                senior = max(people, key=lambda p: (agency.get(p.unit or "") == "POLRI", rank_level(p.rank)))
                people.remove(senior)
                open_here.remove(slot)
                taken.append((senior, slot))
        for slot in [s for s in open_here if s.kind != "unit"]:
            if people:
                taken.append((people.pop(0), slot))
                open_here.remove(slot)
        unfilled.extend(open_here)
        here = unit_here(work, post, shift)
        for person, slot in taken:
            c = problem.person_class[person.id]
            chosen.append((person, slot, problem.costs.cost(c, problem.costs.slot_group(slot, here)) or 0))
        for person in people:
            slot = Slot(post, shift, "extra")
            c = problem.person_class[person.id]
            extras.append((person, slot, problem.costs.cost(c, problem.costs.slot_group(slot, here)) or 0))
    return chosen, unfilled, extras


def check_staff_bounds(plan: Plan) -> None:
    """Refuse, before any work, a post whose staff numbers are beyond `desktop.limits.MAX_STAFF`."""
    for code, post in plan.posts.items():
        counts = [post.min_staff, post.max_staff or 0, *post.required_skills.values()]
        if max(counts) > bounds.MAX_STAFF:
            problems = [p for p in bounds.post_problems(post) if p.code == "out_of_range"]
            raise bounds.LimitError(
                problems
                or [
                    bounds.Problem(
                        "min_staff", "out_of_range", {"value": max(counts), "low": 0, "high": bounds.MAX_STAFF}
                    )
                ],
                where=f"post {code}",
            )


def work_role(plan: Plan, key: tuple[str, str, str, int]) -> str:
    ph = plan.placeholders.get(key)
    return ph.role if ph else "anggota"


def _choose_danpos(work: Plan, new_by_place: dict[tuple[str, str], list[Assignment]], result: AutoAssignResult) -> None:
    """Give each post without a danpos the senior of its new and unlocked people (Polri first).

    A polling station is commanded by police, one danpos per TPS cluster (a TPS without a cluster
    is a cluster of one), as the rules ask (`missing_danpos` once per cluster, a Linmas danpos at a
    TPS is `other_agency_danpos`): in a cluster someone was added to and nobody commands, the danpos
    is the senior of its unlocked police officers who meets his post's danpos rank, else the senior
    of them; a cluster without police stays without a danpos (that is the error `tps_without_police`)."""
    agency = {c: u.agency for c, u in work.units.items()}

    def seniority(a: Assignment) -> tuple[int, int, str, str]:
        p = work.personnel[a.person]
        # The person id breaks ties between namesakes of one rank: the result never depends
        # on the order of a set (PYTHONHASHSEED), so a dry run and the real run agree.
        return (agency.get(p.unit or "", "") == "POLRI", rank_level(p.rank), p.name, p.id)

    def commanded(post: str, shift: str) -> bool:
        return any(a.role == "danpos" for a in work.assignments_at(post, shift)) or any(
            ph.role == "danpos" for ph in work.placeholders_at(post, shift)
        )

    def make_danpos(best: Assignment) -> None:
        work.set_danpos(best.post, best.shift, best.person)  # through the plan: a Validator on it sees the change
        if best not in new_by_place.get((best.post, best.shift), ()):
            result.promoted.append(best.key)

    clusters: dict[tuple[str, str], None] = {}  # (TPS cluster, shift) someone was added to, in order
    for post, shift in new_by_place:
        if is_tps(work.posts[post]):
            clusters[(cluster_of(work.posts[post]), shift)] = None
            continue
        if commanded(post, shift):
            continue
        pool = [a for a in work.assignments_at(post, shift) if not a.locked]
        if pool:
            make_danpos(max(pool, key=seniority))
    if not clusters:
        return
    tps_of: dict[str, list[Post]] = defaultdict(list)
    for p in work.posts.values():
        if is_tps(p):
            tps_of[cluster_of(p)].append(p)
    for cluster, shift in clusters:
        manned = [p for p in tps_of[cluster] if p.manned_in(shift)]
        if any(commanded(p.code, shift) for p in manned):
            continue
        police = [
            (a, p)
            for p in manned
            for a in work.assignments_at(p.code, shift)
            if not a.locked and agency.get(work.personnel[a.person].unit or "", "") == "POLRI"
        ]
        if police:
            best, _post = max(
                police,
                key=lambda ap: (
                    rank_level(work.personnel[ap[0].person].rank) >= rank_level(ap[1].commander_min_rank),
                    *seniority(ap[0]),
                ),
            )
            make_danpos(best)


def _met(work: Plan, slot: Slot) -> bool:
    """Is the need an open place stood for met in the plan as it is now (by someone in another place)?"""
    post = work.posts[slot.post]
    people = work.assignments_at(slot.post, slot.shift)
    if slot.kind == "unit" or work.count_at(slot.post, slot.shift) < post.min_staff:
        return False  # a required place is still empty (every open place may stand for one)
    if slot.kind == "skill":
        have = sum(1 for a in people if slot.want in work.personnel[a.person].skills)
        return have >= post.required_skills.get(slot.want, 0)
    if slot.kind == "danpos":
        if is_tps(post) and post.cluster:  # one danpos per TPS cluster
            return any(
                a.role == "danpos"
                for p in work.posts.values()
                if is_tps(p) and cluster_of(p) == cluster_of(post)
                for a in work.assignments_at(p.code, slot.shift)
            )
        return any(a.role == "danpos" for a in people)
    if slot.kind in ("police", "linmas"):
        pattern = active_pattern(work)
        if pattern is None:
            return True
        cluster = cluster_of(post)
        members = [p for p in cluster_members(work, pattern).get(cluster, []) if p.manned_in(slot.shift)]
        police_need, linmas_need, _n = pattern_need(pattern, members)
        agency = "POLRI" if slot.kind == "police" else "LINMAS"
        need = police_need if slot.kind == "police" else linmas_need
        units = {c: u.agency for c, u in work.units.items()}
        have = sum(
            1
            for p in members
            for a in work.assignments_at(p.code, slot.shift)
            if units.get(work.personnel[a.person].unit or "", "OTHER") == agency
        )
        have += sum(
            1 for p in members for ph in work.placeholders_at(p.code, slot.shift) if units.get(ph.unit) == agency
        )
        return have >= need
    return True


def _explain(
    plan: Plan, work: Plan, problem: ShiftProblem, chosen: list[tuple[Person, Slot, int]], unfilled: list[Slot]
) -> list[Shortfall]:
    """Shortfalls of one shift in words: what is missing, how many such people exist, where they are."""
    shift = problem.shift
    out: list[Shortfall] = []
    persons = plan.personnel
    agency_of_unit = {c: u.agency for c, u in plan.units.items()}
    free_ids = {p.id for p in problem.people}

    def population(test: Callable[[Person], bool]) -> tuple[int, int]:
        total = sum(1 for p in persons.values() if test(p))
        free = sum(1 for pid in free_ids if test(persons[pid]))
        return total, free

    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    for slot in unfilled:
        if slot.kind == "unit":
            by_key[("unit", slot.want)].append(slot.post)
        else:
            by_key[("unfilled", "")].append(slot.post)
    # A compromise is judged on the plan as it ends up (one person may meet a skill and the rank).
    for person, slot, _cost in chosen:
        if slot.kind == "skill" and slot.want not in person.skills and not _met(work, slot):
            by_key[("skill", slot.want)].append(slot.post)
        elif slot.kind == "danpos":
            post = plan.posts[slot.post]
            danpos = [a for a in work.assignments_at(slot.post, shift) if a.role == "danpos"]
            if post.commander_min_rank and any(
                rank_level(work.personnel[a.person].rank) < rank_level(post.commander_min_rank) for a in danpos
            ):
                by_key[("rank", post.commander_min_rank)].append(slot.post)
        elif slot.kind == "police" and agency_of_unit.get(person.unit or "") != "POLRI":
            by_key[("police", "")].append(slot.post)
    for (kind, subject), posts in sorted(by_key.items()):
        where = _post_list(posts)
        n = len(posts)
        if kind == "unit":
            unit = plan.units.get(subject)
            name = unit.name if unit and unit.name else subject
            total, free = population(lambda p, subject=subject: p.unit == subject)  # type: ignore[misc]
            text = Message(
                "autoassign.unit",
                name=name,
                shift=shift,
                count=n,
                total=total,
                where=where,
                state=Message("autoassign.all_assigned")
                if free == 0
                else Message("autoassign.too_few_free", free=free),
            )
        elif kind == "skill":
            total, _free = population(lambda p, subject=subject: subject in p.skills)  # type: ignore[misc]
            text = Message("autoassign.skill", skill=subject, shift=shift, total=total, count=n, where=where)
        elif kind == "rank":
            level = rank_level(subject)
            total, _free = population(lambda p, level=level: rank_level(p.rank) >= level)  # type: ignore[misc]
            text = Message("autoassign.rank", rank=subject, shift=shift, total=total, count=n, where=where)
        elif kind == "police":
            total, _free = population(lambda p: agency_of_unit.get(p.unit or "") == "POLRI")
            text = Message("autoassign.police", shift=shift, total=total, count=n, where=where)
        else:
            total = len(persons)
            busy = total - len(free_ids)
            text = Message(
                "autoassign.unfilled", shift=shift, total=total, busy=busy, used=len(free_ids), count=n, where=where
            )
        out.append(Shortfall(shift, kind, subject, tuple(dict.fromkeys(posts)), text))
    return out


def _post_list(posts: list[str], limit: int = 6) -> str:
    unique = list(dict.fromkeys(posts))
    text = ", ".join(unique[:limit])
    return text + (f" (+{len(unique) - limit})" if len(unique) > limit else "")


def placeholder_label(plan: Plan, ph: Placeholder) -> str:
    """'Polsek Bungursari 3 (nama menyusul)': how a placeholder prints on every document."""
    unit = plan.units.get(ph.unit)
    name = unit.name if unit and unit.name else ph.unit
    return f"{name} {ph.number} (nama menyusul)"
