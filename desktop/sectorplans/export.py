"""Export a sector: the part of an operation one Polsek (or unit, or kecamatan) plans.

`select(plan, selection)` finds the posts: `sectors` are Polsek unit codes (the posts whose
`Sectors.home_unit` is that unit), `posts` post codes, `units` unit codes (the posts their people
stand at, and their people), `kecamatan` sub-district names (posts whose `district` or `sector`
names it). `build_sector` makes the sector plan: an ordinary operation holding the chosen posts,
the units and people that staff them (plus the sector's own people without a post elsewhere),
every shift, the operation's order, settings, patterns, rings and site plan, the groups
restricted to what is exported, and the record of the export (role "origin") with the base.
The master gets the same record (role "export") and, on its first export, a stable operation id
(setting `operation_id`). Pure Python, no Qt; writing files is the caller's (CLI, window).
"""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import datetime
from typing import Any

from desktop.errors import RenpamError
from desktop.model import Plan, now_jakarta
from desktop.planning.sectors import Sectors
from desktop.revisions import MAX_SNAPSHOT_BYTES, compress_snapshot, snapshot_document
from desktop.sectorplans.records import (
    MAX_EXPORTS,
    MAX_SELECTION_ITEMS,
    MAX_TEXT,
    OPERATION_ID_SETTING,
    SELECTION_KEYS,
    SectorExport,
    new_export_id,
    user_name,
)


class SectorError(RenpamError):
    """A sector export or merge that cannot be done; nothing was changed ("sector.*" messages)."""

    code = "sector.error"


def operation_id(plan: Plan, *, create: bool = False) -> str:
    """The operation's stable id (setting `operation_id`), made on the first export when `create`."""
    value = plan.settings.get(OPERATION_ID_SETTING)
    if isinstance(value, str) and value:
        return value
    if not create:
        return ""
    value = new_export_id()
    plan.set_setting(OPERATION_ID_SETTING, value)
    return value


def normal_selection(selection: dict[str, Any]) -> dict[str, list[str]]:
    """The selection with empty parts left out, each list without repeats, bounded."""
    out: dict[str, list[str]] = {}
    count = 0
    for key in SELECTION_KEYS:
        values = [str(v).strip() for v in selection.get(key) or () if str(v).strip()]
        values = list(dict.fromkeys(values))
        count += len(values)
        if any(len(v) > MAX_TEXT for v in values) or count > MAX_SELECTION_ITEMS:
            raise SectorError("the selection is too large", code="sector.selection_too_large")
        if values:
            out[key] = values
    if not out:
        raise SectorError("nothing selected", code="sector.nothing_selected")
    return out


def select(plan: Plan, selection: dict[str, list[str]]) -> tuple[list[str], set[str]]:
    """(post codes in the planner's order, unit codes whose own people go along) of a selection.

    Raises SectorError naming an unknown unit or post, or a selection that finds no post.
    """
    sectors = Sectors(plan)
    chosen: set[str] = set()
    home_units: set[str] = set()
    for code in selection.get("sectors", ()):
        if code not in plan.units:
            raise SectorError(f"no unit {code!r}", code="sector.unknown_unit", unit=code)
        home_units.add(code)
        chosen.update(p.code for p in plan.posts.values() if sectors.home_unit(p) == code)
    for code in selection.get("posts", ()):
        if code not in plan.posts:
            raise SectorError(f"no post {code!r}", code="sector.unknown_post", post=code)
        chosen.add(code)
    for code in selection.get("units", ()):
        if code not in plan.units:
            raise SectorError(f"no unit {code!r}", code="sector.unknown_unit", unit=code)
        home_units.add(code)
        people = set(plan.people_of_unit(code))
        chosen.update(a.post for a in plan.assignments.values() if a.person in people)
    names = {n.casefold() for n in selection.get("kecamatan", ())}
    if names:
        chosen.update(
            p.code
            for p in plan.posts.values()
            if (p.district or "").strip().casefold() in names or (p.sector or "").strip().casefold() in names
        )
    if not chosen:
        raise SectorError("the selection holds no post", code="sector.no_posts", selection=describe(selection))
    return [code for code in plan.posts if code in chosen], home_units


def describe(selection: dict[str, list[str]]) -> str:
    """A short label of a selection: "BUNGURSARI", "BUNGURSARI, CIBATU", "P01, P02 +3"."""
    items = [v for key in SELECTION_KEYS for v in selection.get(key, ())]
    text = ", ".join(items[:4]) + (f" +{len(items) - 4}" if len(items) > 4 else "")
    return text[:MAX_TEXT]


def build_sector(
    plan: Plan,
    selection: dict[str, Any],
    *,
    now: datetime | None = None,
    user: str | None = None,
) -> tuple[Plan, SectorExport]:
    """The sector plan of `selection` and the export record for the master (`plan` is not changed,
    except that an operation without an id gets one: call `record_export` to keep the record)."""
    if sum(1 for e in plan.sector_exports.values() if getattr(e, "role", "") == "export") >= MAX_EXPORTS:
        raise SectorError("too many exports", code="sector.too_many_exports", limit=MAX_EXPORTS)
    selection = normal_selection(selection)
    posts, home_units = select(plan, selection)
    post_set = set(posts)
    assignments = [a for a in plan.assignments.values() if a.post in post_set]
    people = {a.person for a in assignments}
    busy_elsewhere = {a.person for a in plan.assignments.values() if a.post not in post_set}
    for unit in home_units:
        people.update(pid for pid in plan.people_of_unit(unit) if pid not in busy_elsewhere)
    placeholders = [ph for ph in plan.placeholders.values() if ph.post in post_set]
    units = {plan.personnel[pid].unit for pid in people if plan.personnel[pid].unit} | home_units
    units |= {ph.unit for ph in placeholders}
    op_id = operation_id(plan, create=True)
    op = copy.deepcopy(plan.operation)
    op = replace(
        op,
        commander=op.commander if op.commander in people else None,
        field_commander=op.field_commander if op.field_commander in people else None,
    )
    groups = []
    for g in plan.groups.values():
        g_posts = [p for p in g.posts if p in post_set]
        g_members = [p for p in g.members if p in people]
        if g_posts or g_members:
            groups.append(
                replace(
                    g,
                    posts=g_posts,
                    members=g_members,
                    commander=g.commander if g.commander in people else None,
                )
            )
    sector = Plan()
    sector.load(
        operation=op,
        units=[copy.deepcopy(u) for u in plan.units.values() if u.code in units],
        personnel=[copy.deepcopy(p) for p in plan.personnel.values() if p.id in people],
        shifts=[copy.deepcopy(s) for s in plan.shifts.values()],
        posts=[copy.deepcopy(plan.posts[code]) for code in posts],
        assignments=[replace(a) for a in assignments],
        site_plan=copy.deepcopy(plan.site_plan),
        ring_outlines=copy.deepcopy(list(plan.ring_outlines.values())),
        settings=copy.deepcopy(plan.settings),
        placeholders=[replace(ph) for ph in placeholders],
        accepted=[copy.deepcopy(a) for a in plan.accepted.values() if _finding_inside(a.key, post_set, people)],
        patterns=copy.deepcopy(list(plan.patterns.values())),
        groups=groups,
    )
    base = compress_snapshot(snapshot_document(sector))
    if len(base) > MAX_SNAPSHOT_BYTES:
        raise SectorError("the sector is too large", code="sector.too_large")
    record = SectorExport(
        id=new_export_id(),
        label=describe(selection),
        selection=selection,
        exported_at=(now or now_jakarta()).replace(microsecond=0),
        exported_by=user_name() if user is None else user[:MAX_TEXT],
        base=base,
        operation_id=op_id,
        operation_name=plan.operation.name[:MAX_TEXT],
        role="export",
    )
    sector.record_sector_export(replace(record, role="origin"))
    sector.revision = 0
    return sector, record


def _finding_inside(key: str, posts: set[str], people: set[str]) -> bool:
    """An accepted warning goes along when it is about an exported post or person."""
    parts = key.split("|")
    post = parts[1] if len(parts) > 1 else ""
    person = parts[2] if len(parts) > 2 else ""
    return (not post or post in posts) and (not person or person in people) and bool(post or person)


def record_export(plan: Plan, record: SectorExport) -> None:
    """Keep the export record in the master (one change: the master is unsaved until Save)."""
    if sum(1 for e in plan.sector_exports.values() if getattr(e, "role", "") == "export") >= MAX_EXPORTS:
        raise SectorError("too many exports", code="sector.too_many_exports", limit=MAX_EXPORTS)
    plan.record_sector_export(record)
