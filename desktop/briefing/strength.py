"""One truth for strength: the people on duty, counted once each (not person x phase).

The cover, the generated kekuatan table of the order and the Surat Perintah's name list all
count from `on_duty()`: everybody assigned to a post in any phase, the commander, the deputy (the
commander of a "wakil" group) and the field commander, and the people of the groups. A figure per phase is a different number and is
always labelled "per tahap".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.model import Person, Plan
from desktop.ranks import rank_group

CATEGORIES = ("pa", "ba", "pns", "other")  # perwira, bintara/tamtama, PNS Polri, other agencies


@dataclass(slots=True)
class Duty:
    """What one person does in the operation."""

    person: Person
    posts: dict[str, list[str]] = field(default_factory=dict)  # post code -> shift codes, in shift order
    command: str = ""  # "commander", "deputy" or "field_commander"
    reserve: str = ""  # name of the reserve group they belong to
    groups: list[str] = field(default_factory=list)  # names of the groups they belong to (off the posts)
    leads: list[str] = field(default_factory=list)  # names of the groups they command


def category(person: Person, plan: Plan) -> str:
    """pa, ba (bintara and tamtama), pns (Polri unit, civil grade) or other (another agency)."""
    group = rank_group(person.rank)
    if group in ("pama", "pamen", "pati"):
        return "pa"
    if group in ("bintara", "tamtama"):
        return "ba"
    unit = plan.units.get(person.unit or "")
    if unit is None or unit.agency == "POLRI":
        return "pns"
    return "other"


def on_duty(plan: Plan) -> dict[str, Duty]:
    """Everybody on duty, by person id, in the roster's order."""
    shift_order = {code: i for i, code in enumerate(plan.shifts)}
    duties: dict[str, Duty] = {}

    def duty(pid: str) -> Duty | None:
        person = plan.personnel.get(pid)
        if person is None:
            return None
        if pid not in duties:
            duties[pid] = Duty(person)
        return duties[pid]

    for a in sorted(plan.assignments.values(), key=lambda a: shift_order.get(a.shift, 0)):
        d = duty(a.person)
        if d is not None:
            d.posts.setdefault(a.post, []).append(a.shift)
    op = plan.operation
    deputy = plan.deputy()
    for pid, role in ((op.commander, "commander"), (deputy, "deputy"), (op.field_commander, "field_commander")):
        if pid:
            d = duty(pid)
            if d is not None and not d.command:
                d.command = role
    for group in getattr(plan, "groups", {}).values():
        for pid in [group.commander, *group.members] if group.commander else group.members:
            d = duty(pid) if pid else None
            if d is None:
                continue
            target = d.leads if pid == group.commander else d.groups
            if group.role == "wakil" and pid == group.commander and d.command == "deputy":
                continue  # the deputy's task is said by the command role
            if group.name not in target:
                target.append(group.name)
            if group.reserve and not d.reserve:
                d.reserve = group.name
    order = {pid: i for i, pid in enumerate(plan.personnel)}
    return dict(sorted(duties.items(), key=lambda kv: order.get(kv[0], 0)))


def strength_table(plan: Plan, duties: dict[str, Duty] | None = None) -> dict:
    """Per unit: Pa / Ba / PNS / other agencies / total, of them BKO and reserve; and the sum.

    Units in the plan's order; people without a unit last.
    """
    duties = on_duty(plan) if duties is None else duties
    rows: dict[str | None, dict] = {}
    for d in duties.values():
        unit = d.person.unit
        row = rows.setdefault(
            unit, {"unit": unit or "", "pa": 0, "ba": 0, "pns": 0, "other": 0, "total": 0, "bko": 0, "reserve": 0}
        )
        row[category(d.person, plan)] += 1
        row["total"] += 1
        if getattr(d.person, "origin", ""):
            row["bko"] += 1
        if d.reserve:
            row["reserve"] += 1
    order = {code: i for i, code in enumerate(plan.units)}
    ordered = sorted(rows.values(), key=lambda r: order.get(r["unit"], len(order)))
    for r in ordered:
        unit_row = plan.units.get(r["unit"])
        r["unit_name"] = (unit_row.name if unit_row else "") or r["unit"]
    total = {k: sum(r[k] for r in ordered) for k in ("pa", "ba", "pns", "other", "total", "bko", "reserve")}
    return {"rows": ordered, "total": total}
