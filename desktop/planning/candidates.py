"""Ranked candidates for one place: who should go to this post in this shift, and why.

The ranking uses auto-assignment's cost model (`desktop.planning.autoassign.CostModel`), so the
person at the top is the one auto-assignment would pick for that place alone. Only people free in
the shift are listed (assigning anyone else would be a double booking, an error). Each candidate
carries its reasons in Indonesian and English: skill, rank for danpos, same unit or sector,
rest, hours so far.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, replace

from desktop.model import Plan
from desktop.planning.autoassign import (
    CostModel,
    PersonClass,
    Slot,
    SlotGroup,
    Workload,
    _sector_match,
    _unit_here,
    open_slots,
)
from desktop.planning.rules import active_pattern


@dataclass(frozen=True, slots=True)
class Candidate:
    person: str
    name: str  # "Bripka Asep Hidayat"
    unit: str
    cost: int  # lower is better; the ranking key
    reasons_id: tuple[str, ...]
    reasons_en: tuple[str, ...]

    def reasons(self, lang: str = "id") -> tuple[str, ...]:
        return self.reasons_en if lang == "en" else self.reasons_id

    def to_json(self) -> dict[str, object]:
        return {"person": self.person, "name": self.name, "unit": self.unit, "cost": self.cost,
                "reasons_id": list(self.reasons_id), "reasons_en": list(self.reasons_en)}


def place_slot(plan: Plan, post: str, shift: str, *, role: str | None = None,
               placeholder: tuple[str, str, str, int] | None = None) -> Slot:
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
    """Open places of one post (pattern places need the whole cluster, so only when a pattern is in force)."""
    if active_pattern(plan) is not None:
        return [s for s in open_slots(plan, shift) if s.post == post]
    return open_slots(plan, shift, [plan.posts[post]])


def rank_candidates(plan: Plan, post: str, shift: str, *, role: str | None = None,
                    placeholder: tuple[str, str, str, int] | None = None, limit: int = 30,
                    workload: Workload | None = None, costs: CostModel | None = None) -> list[Candidate]:
    """The best `limit` free people for a place at `post` in `shift`, best first, with reasons."""
    if post not in plan.posts or shift not in plan.shifts:
        return []
    slot = place_slot(plan, post, shift, role=role, placeholder=placeholder)
    if workload is None or costs is None:
        workload, costs = _models(plan)
    # Ranked as the first place of its post: the empty-post priority is the same for everyone here.
    group = costs.slot_group(replace(slot, first=True), _unit_here(plan, post, shift))
    class_cost: dict[PersonClass, int | None] = {}
    scored: list[tuple[int, int, str, str, PersonClass]] = []
    # The commander and field commander lead the operation; only the command post is theirs.
    commanders = set() if plan.posts[post].kind == "pos_komando" else {
        plan.operation.commander, plan.operation.field_commander}
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
        rid, ren = _reasons(plan, slot, group, c, costs)
        unit = plan.units.get(p.unit or "")
        out.append(Candidate(pid, f"{p.rank} {p.name}".strip(), unit.name if unit else "", cost, rid, ren))
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


def _reasons(plan: Plan, slot: Slot, g: SlotGroup, c: PersonClass, costs: CostModel) -> tuple[tuple[str, ...], tuple[str, ...]]:
    rid: list[str] = []
    ren: list[str] = []
    post = plan.posts[slot.post]
    if slot.kind == "skill":
        if slot.want in c.skills:
            rid.append(f"memiliki keahlian {slot.want} yang diperlukan pos")
            ren.append(f"holds the {slot.want} skill the post needs")
        else:
            rid.append(f"tidak memiliki {slot.want}")
            ren.append(f"lacks {slot.want}")
    if slot.kind == "danpos":
        if g.min_level and c.level < g.min_level:
            rid.append(f"pangkat di bawah minimal danpos {post.commander_min_rank}")
            ren.append(f"ranked below the danpos minimum {post.commander_min_rank}")
        elif g.min_level:
            rid.append(f"pangkat memenuhi minimal danpos {post.commander_min_rank}")
            ren.append(f"rank meets the danpos minimum {post.commander_min_rank}")
        else:
            rid.append("senior untuk danpos" if c.level else "tanpa pangkat Polri")
            ren.append("senior enough for danpos" if c.level else "no Polri rank")
    if slot.kind == "unit":
        rid.append("dari satuan tempat ini dipegang (nama menyusul)")
        ren.append("from the unit this place is held for (name to follow)")
    if slot.kind == "police":
        ok = c.agency == "POLRI"
        rid.append("polisi sesuai pola TPS" if ok else "bukan polisi, pola meminta polisi")
        ren.append("police, as the TPS pattern asks" if ok else "not police; the pattern asks for police")
    if slot.kind == "linmas":
        ok = c.agency == "LINMAS"
        rid.append("Linmas sesuai pola TPS" if ok else "bukan Linmas, pola meminta Linmas")
        ren.append("Linmas, as the TPS pattern asks" if ok else "not Linmas; the pattern asks for Linmas")
    if g.polri_post and c.agency != "POLRI":
        rid.append(f"dari {c.agency}, pos ini pos Polri")
        ren.append(f"from {c.agency}; this is a Polri post")
    if g.unit_here and c.unit == g.unit_here:
        rid.append("satuan yang sama dengan personel pos")
        ren.append("same unit as the post's people")
    if g.sector:
        if c.sector and _sector_match(c.sector, g.sector):
            rid.append(f"dari sektor {g.sector}")
            ren.append(f"from sector {g.sector}")
        elif c.sector:
            rid.append(f"dari sektor lain ({c.sector})")
            ren.append(f"from another sector ({c.sector})")
    if c.hours:
        rid.append(f"sudah {c.hours} jam bertugas")
        ren.append(f"{c.hours} h on duty so far")
    else:
        rid.append("belum bertugas")
        ren.append("no duty yet")
    if c.over:
        rid.append("akan melebihi batas jam kerja")
        ren.append("would exceed the working-hours limit")
    if c.short_rest:
        rid.append("istirahat akan kurang")
        ren.append("would get too little rest")
    spare = sorted(c.skills & costs.scarce - ({slot.want} if slot.kind == "skill" else set()))
    if spare and slot.kind != "skill":
        rid.append(f"keahlian {', '.join(spare)} sebaiknya disimpan untuk pos yang memerlukannya")
        ren.append(f"{', '.join(spare)} better kept for posts needing it")
    return tuple(rid), tuple(ren)


__all__ = ["Candidate", "rank_candidates", "place_slot"]
