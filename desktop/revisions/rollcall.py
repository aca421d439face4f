"""The roll call (apel): who is missing at the apel of a shift, the open places that leaves, who
fills them, and the apel report.

Marking someone absent records the reason and the places they stood at, and takes them off
those places, so each becomes an open place at its post at once. Replacements are proposed by
the candidates engine (`desktop.planning.candidates`), never an absent person; filling a place
records who replaced whom. Pure core: the window wraps these calls in one undo step.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.model import Plan, now_jakarta
from desktop.revisions import Absence, RevisionError, RollCall, reason_label

MAX_NAMES_PER_CALL = 5000  # --absent/--present arguments in one call


@dataclass(frozen=True, slots=True)
class OpenPlace:
    """A place left open by an absence: `absent` stood at `post` in `role`."""

    post: str
    role: str
    absent: str  # person id


def roll_call(plan: Plan, shift: str) -> RollCall:
    """A copy of the shift's roll call (a fresh one, not yet stored, when none was taken)."""
    if shift not in plan.shifts:
        raise RevisionError(f"no shift {shift!r}", code="unknown_shift", shift=shift)
    existing = plan.roll_calls.get(shift)
    return copy.deepcopy(existing) if existing is not None else RollCall(shift, now_jakarta())  # type: ignore[return-value]


def on_duty(plan: Plan, shift: str) -> list[str]:
    """People with a duty in the shift (plus those marked absent from it), in roster order."""
    absent = plan.roll_calls.get(shift)
    ids = {a.person for a in plan.assignments.values() if a.shift == shift}
    if absent is not None:
        ids |= set(absent.absences)  # type: ignore[attr-defined]
    return [pid for pid in plan.personnel if pid in ids] + sorted(ids - set(plan.personnel))


def find_person(plan: Plan, shift: str, text: str) -> str:
    """The person an NRP, id or name (or a unique part of one) names, preferring those on duty."""
    needle = text.strip().casefold()
    if not needle:
        raise RevisionError("empty name", code="unknown_person", person=text, shift=shift)
    duty = on_duty(plan, shift)
    pool = [plan.personnel[p] for p in duty if p in plan.personnel]
    for people in (pool, list(plan.personnel.values())):
        exact = [
            p
            for p in people
            if needle in (p.nrp.casefold(), p.id.casefold(), p.name.casefold(), f"{p.rank} {p.name}".casefold())
        ]
        if len(exact) == 1:
            return exact[0].id
        part = exact or [p for p in people if needle in p.name.casefold() or (p.nrp and p.nrp.startswith(needle))]
        if len(part) == 1:
            return part[0].id
        if len(part) > 1:
            names = ", ".join(f"{p.rank} {p.name}".strip() for p in part[:5])
            raise RevisionError(f"{text!r} matches several people", code="ambiguous_person", person=text, matches=names)
    raise RevisionError(f"no one called {text!r}", code="unknown_person", person=text, shift=shift)


def mark_absent(
    plan: Plan, shift: str, people: list[str], reason: str, *, taken_at: datetime | None = None
) -> RollCall:
    """Mark `people` (ids) absent from the apel of `shift` and open their places."""
    rc = roll_call(plan, shift)
    rc.taken_at = taken_at or now_jakarta()
    for pid in people:
        person = plan.personnel[pid]
        places = [(a.post, a.role) for a in plan.assignments_of(pid) if a.shift == shift]
        previous = rc.absences.get(pid)
        if previous is not None:  # marked again (another reason): keep the places already opened
            places = previous.places + places
        for post, _role in places:
            if (pid, post, shift) in plan.assignments:
                plan.unassign(pid, post, shift)
        label = f"{person.rank} {person.name}".strip() + (f" ({person.nrp})" if person.nrp else "")
        rc.absences[pid] = Absence(
            pid, reason, label, person.unit or "", places, previous.replaced_by if previous else []
        )
    plan.set_roll_call(shift, rc)
    return rc


def mark_present(plan: Plan, shift: str, people: list[str]) -> RollCall:
    """Take people off the absent list; their places come back where nobody replaced them."""
    rc = roll_call(plan, shift)
    rc.taken_at = now_jakarta()
    for pid in people:
        absence = rc.absences.pop(pid, None)
        if absence is None or pid not in plan.personnel:
            continue
        filled = {post for post, _ in absence.replaced_by}
        for post, role in absence.places:
            if post not in filled and post in plan.posts:
                plan.assign(pid, post, shift, role)
    plan.set_roll_call(shift, rc)
    return rc


def take_roll_call(plan: Plan, shift: str) -> RollCall:
    """Record that the apel of `shift` was taken now (everyone present unless marked absent)."""
    rc = roll_call(plan, shift)
    rc.taken_at = now_jakarta()
    plan.set_roll_call(shift, rc)
    return rc


def open_places(plan: Plan, shift: str) -> list[OpenPlace]:
    """Places of absent people not yet filled by a replacement, in the order they were marked."""
    rc = plan.roll_calls.get(shift)
    if rc is None:
        return []
    out = []
    for a in rc.absences.values():  # type: ignore[attr-defined]
        filled = [post for post, _ in a.replaced_by]
        for post, role in a.places:
            if post in filled:
                filled.remove(post)
                continue
            if post in plan.posts:
                out.append(OpenPlace(post, role, a.person))
    return out


def candidates_for(plan: Plan, shift: str, place: OpenPlace, limit: int = 10) -> list[Any]:
    """Ranked replacements for an open place: free people of the shift, never an absent one nor
    the operation's commander, deputy or field commander."""
    from desktop.planning.candidates import rank_candidates

    rc = plan.roll_calls.get(shift)
    absent = set(rc.absences) if rc else set()  # type: ignore[attr-defined]
    leaders = {plan.operation.commander, plan.deputy(), plan.operation.field_commander}
    absent |= leaders - {None}  # they lead, not stand in
    ranked = rank_candidates(
        plan, place.post, shift, role="danpos" if place.role == "danpos" else None, limit=limit + len(absent)
    )
    return [c for c in ranked if c.person not in absent][:limit]


def fill_place(plan: Plan, shift: str, place: OpenPlace, person: str) -> None:
    """Put `person` on the open place (in its role) and record whom they replace."""
    rc = roll_call(plan, shift)
    if person in rc.absences:
        raise RevisionError(f"{person!r} is absent", code="unknown_person", person=person, shift=shift)
    plan.assign(person, place.post, shift, place.role)
    rc.absences[place.absent].replaced_by.append((place.post, person))
    plan.set_roll_call(shift, rc)


def replace_all(plan: Plan, shift: str) -> list[tuple[OpenPlace, str]]:
    """Fill every open place with its best candidate; returns (place, person) for each filled."""
    done = []
    for place in open_places(plan, shift):
        best = candidates_for(plan, shift, place, limit=1)
        if best:
            fill_place(plan, shift, place, best[0].person)
            done.append((place, best[0].person))
    return done


# ---------------------------------------------------------------------------- the apel report
def apel_report(plan: Plan, shift: str, lang: str = "id") -> dict[str, Any]:
    """Per unit and in total: jumlah (strength on duty), kurang (absent), hadir (present),
    keterangan (names and reasons of the absent); and who replaced whom."""
    rc = plan.roll_calls.get(shift)
    absences = rc.absences if rc else {}  # type: ignore[attr-defined]
    units: dict[str, dict[str, Any]] = {}
    order = list(plan.units)
    for pid in on_duty(plan, shift):
        person = plan.personnel.get(pid)
        unit = person.unit or "" if person else absences[pid].unit
        row = units.setdefault(
            unit,
            {
                "unit": unit,
                "unit_name": (plan.units[unit].name if unit in plan.units else unit),
                "jumlah": 0,
                "kurang": 0,
                "hadir": 0,
                "keterangan": [],
            },
        )
        row["jumlah"] += 1
        if pid in absences:
            a = absences[pid]
            row["kurang"] += 1
            row["keterangan"].append(
                {"person": pid, "name": a.label, "reason": a.reason, "reason_text": reason_label(a.reason, lang)}
            )
        else:
            row["hadir"] += 1
    rows = sorted(units.values(), key=lambda r: order.index(r["unit"]) if r["unit"] in order else len(order))
    total = {k: sum(r[k] for r in rows) for k in ("jumlah", "kurang", "hadir")}
    replaced = []
    for a in absences.values():
        for post, pid in a.replaced_by:
            p = plan.personnel.get(pid)
            replaced.append(
                {
                    "post": post,
                    "absent": a.person,
                    "absent_name": a.label,
                    "replacement": pid,
                    "replacement_name": f"{p.rank} {p.name}".strip() if p else pid,
                }
            )
    return {
        "shift": shift,
        "shift_name": plan.shifts[shift].name if shift in plan.shifts else shift,
        "taken_at": rc.taken_at.isoformat() if rc else None,  # type: ignore[attr-defined]
        "units": rows,
        "total": total,
        "replaced": replaced,
        "open_places": [
            {"post": p.post, "role": p.role, "absent": p.absent, "absent_name": absences[p.absent].label}
            for p in open_places(plan, shift)
        ],
    }
