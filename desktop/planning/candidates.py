"""Ranked candidates for one place: who should go to this post in this shift, and why.

The ranking uses auto-assignment's cost model (`desktop.planning.autoassign.CostModel`: the
weight of the place's kind plus the objective's preference cost, `desktop.planning.objective`),
so the person at the top is the one auto-assignment's flow would pick for that place alone. Only people free in
the shift are listed (assigning anyone else would be a double booking, an error). Each candidate
carries its reasons as catalogue messages (Indonesian and English): skill, rank for danpos, same
unit or sector, rest, hours so far.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, replace

from desktop.messages import Message
from desktop.model import Plan
from desktop.planning.autoassign import CostModel, Slot, open_slots
from desktop.planning.objective import PersonClass, SlotGroup, Workload, unit_here
from desktop.planning.sectors import sector_match


@dataclass(frozen=True, slots=True)
class Candidate:
    person: str
    name: str  # "Bripka Asep Hidayat"
    unit: str
    cost: int  # lower is better; the ranking key
    why: tuple[Message, ...]  # "reason.*" messages, rendered by desktop.messages

    def reasons(self, lang: str = "id") -> tuple[str, ...]:
        return tuple(m.render(lang) for m in self.why)

    @property
    def reasons_id(self) -> tuple[str, ...]:
        return self.reasons("id")

    @property
    def reasons_en(self) -> tuple[str, ...]:
        return self.reasons("en")

    def to_json(self) -> dict[str, object]:
        return {
            "person": self.person,
            "name": self.name,
            "unit": self.unit,
            "cost": self.cost,
            "reasons_id": list(self.reasons_id),
            "reasons_en": list(self.reasons_en),
        }


def place_slot(
    plan: Plan, post: str, shift: str, *, role: str | None = None, placeholder: tuple[str, str, str, int] | None = None
) -> Slot:
    """The kind of place the planner selected: a placeholder's unit, a danpos, a skill, or plain."""
    if placeholder is not None:
        return Slot(post, shift, "unit", placeholder[2], placeholder)
    if role == "danpos":
        return Slot(post, shift, "danpos")
    if role is None:
        open_here = [s for s in open_slots_at(plan, post, shift)]
        if open_here:
            first = open_here[0]
            if first.kind == "unit":  # a named place is chosen explicitly; an empty one is plain
                rest = [s for s in open_here if s.kind != "unit"]
                first = rest[0] if rest else Slot(post, shift, "general")
            return first
    p = plan.posts[post]
    persons = plan.personnel
    people = plan.assignments_at(post, shift)
    for skill, count in p.required_skills.items():
        if sum(1 for a in people if skill in persons[a.person].skills) < count:
            return Slot(post, shift, "skill", skill)
    return Slot(post, shift, "general")


def open_slots_at(plan: Plan, post: str, shift: str) -> list[Slot]:
    """Open places of one post (a staffing pattern's places as its cluster spreads them)."""
    return open_slots(plan, shift, [plan.posts[post]])


def rank_candidates(
    plan: Plan,
    post: str,
    shift: str,
    *,
    role: str | None = None,
    placeholder: tuple[str, str, str, int] | None = None,
    limit: int = 30,
    workload: Workload | None = None,
    costs: CostModel | None = None,
) -> list[Candidate]:
    """The best `limit` free people for a place at `post` in `shift`, best first, with reasons."""
    if post not in plan.posts or shift not in plan.shifts:
        return []
    slot = place_slot(plan, post, shift, role=role, placeholder=placeholder)
    if workload is None or costs is None:
        workload, costs = _models(plan)
    # Ranked as the first place of its post: the empty-post priority is the same for everyone here.
    group = costs.slot_group(replace(slot, first=True), unit_here(plan, post, shift))
    class_cost: dict[PersonClass, int | None] = {}
    scored: list[tuple[int, int, str, str, PersonClass]] = []
    # The commander and field commander lead the operation; only the command post is theirs.
    commanders = (
        set() if plan.posts[post].kind == "pos_komando" else {plan.operation.commander, plan.operation.field_commander}
    )
    commanders = commanders | plan.held_in_reserve()  # a reserve stays a reserve
    for person in plan.personnel.values():
        if person.id in commanders or workload.busy(person.id, shift):
            continue
        c = costs.person_class(person, workload, shift)
        if c in class_cost:
            cost = class_cost[c]
        else:
            cost = class_cost[c] = costs.cost(c, group)
        if cost is None:
            continue
        scored.append((cost, -c.level, person.name.casefold(), person.id, c))
    scored.sort()
    out = []
    for cost, _lvl, _name, pid, c in scored[:limit]:
        p = plan.personnel[pid]
        why = _reasons(plan, slot, group, c, costs)
        unit = plan.units.get(p.unit or "")
        out.append(Candidate(pid, f"{p.rank} {p.name}".strip(), unit.name if unit else "", cost, why))
    return out


_MODELS: weakref.WeakKeyDictionary[Plan, tuple[int, Workload, CostModel]] = weakref.WeakKeyDictionary()


def _models(plan: Plan) -> tuple[Workload, CostModel]:
    """Workload and cost model of the plan as it is now, reused while the plan does not change."""
    cached = _MODELS.get(plan)
    if cached is not None and cached[0] == plan.revision:
        return cached[1], cached[2]
    workload, costs = Workload(plan), CostModel(plan)
    _MODELS[plan] = (plan.revision, workload, costs)
    return workload, costs


def _reasons(plan: Plan, slot: Slot, g: SlotGroup, c: PersonClass, costs: CostModel) -> tuple[Message, ...]:
    why: list[Message] = []
    post = plan.posts[slot.post]
    if slot.kind == "skill":
        why.append(Message("reason.has_skill" if slot.want in c.skills else "reason.lacks_skill", skill=slot.want))
    if slot.kind == "danpos":
        if g.min_level and c.level < g.min_level:
            why.append(Message("reason.below_danpos_rank", rank=post.commander_min_rank))
        elif g.min_level:
            why.append(Message("reason.meets_danpos_rank", rank=post.commander_min_rank))
        else:
            why.append(Message("reason.senior_for_danpos" if c.level else "reason.no_polri_rank"))
    if slot.kind == "unit":
        why.append(Message("reason.held_for_unit"))
    if slot.kind == "police":
        why.append(Message("reason.police_as_pattern" if c.agency == "POLRI" else "reason.not_police"))
    if slot.kind == "linmas":
        why.append(Message("reason.linmas_as_pattern" if c.agency == "LINMAS" else "reason.not_linmas"))
    if g.polri_post and c.agency != "POLRI":
        why.append(Message("reason.other_agency", agency=c.agency))
    if g.unit_here and c.unit == g.unit_here:
        why.append(Message("reason.same_unit"))
    if g.sector:
        if c.sector and sector_match(c.sector, g.sector):
            why.append(Message("reason.same_sector", sector=g.sector))
        elif c.sector:
            why.append(Message("reason.other_sector", sector=c.sector))
    why.append(Message("reason.hours_so_far", hours=c.hours) if c.hours else Message("reason.no_duty_yet"))
    if c.over:
        why.append(Message("reason.over_hours"))
    if c.short_rest:
        why.append(Message("reason.short_rest"))
    spare = sorted(c.skills & costs.scarce - ({slot.want} if slot.kind == "skill" else set()))
    if spare and slot.kind != "skill":
        why.append(Message("reason.keep_scarce_skills", skills=", ".join(spare)))
    return tuple(why)


__all__ = ["Candidate", "place_slot", "rank_candidates"]
