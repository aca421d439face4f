"""Rows of the operation file <-> the in-memory `Plan` (current schema only)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import sqlite_utils

from desktop.limits import check_storable
from desktop.model import (
    AcceptedFinding,
    Assignment,
    Group,
    Operation,
    PatternRow,
    Person,
    Placeholder,
    Plan,
    Post,
    RingOutline,
    Shift,
    SitePlan,
    StaffingPattern,
    Unit,
)


def dt_to_text(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def dt_from_text(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        from desktop.model import DEFAULT_TZ

        parsed = parsed.replace(tzinfo=DEFAULT_TZ)
    return parsed


def write_plan(conn: sqlite3.Connection, plan: Plan) -> None:
    """Insert the whole plan into an empty database of the current schema (no commit).

    Raises `desktop.limits.LimitError` before writing anything when a value could be stored but
    the opener would then refuse the file (a 70 MB text), so a save never makes a file unopenable.
    """
    check_storable(plan)
    db = sqlite_utils.Database(conn)
    op = plan.operation
    db.table("operation").insert(
        {
            "id": 1,
            "name": op.name,
            "kind": op.kind,
            "venue": op.venue,
            "address": op.address,
            "start": dt_to_text(op.start),
            "end": dt_to_text(op.end),
            "classification": op.classification,
            "commander": op.commander,
            "field_commander": op.field_commander,
            "situation": op.situation,
            "mission": op.mission,
            "execution": op.execution,
            "rules": op.rules,
            "contingency": op.contingency,
            "logistics": op.logistics,
            "communications": op.communications,
        }
    )
    db.table("units").insert_all(
        {
            "code": u.code,
            "seq": i,
            "name": u.name,
            "agency": u.agency,
            "sector": u.sector,
            "latitude": u.latitude,
            "longitude": u.longitude,
        }
        for i, u in enumerate(plan.units.values())
    )
    db.table("personnel").insert_all(
        (
            {
                "id": p.id,
                "seq": i,
                "nrp": p.nrp,
                "name": p.name,
                "rank": p.rank,
                "unit": p.unit,
                "position": p.position,
                "gender": p.gender,
                "phone": p.phone,
                "callsign": p.callsign,
                "skills": json.dumps(p.skills, ensure_ascii=False),
                "origin": p.origin,
            }
            for i, p in enumerate(plan.personnel.values())
        ),
        batch_size=500,
    )
    db.table("shifts").insert_all(
        {"code": s.code, "seq": i, "name": s.name, "start": dt_to_text(s.start), "end": dt_to_text(s.end)}
        for i, s in enumerate(plan.shifts.values())
    )
    db.table("posts").insert_all(
        (
            {
                "code": p.code,
                "seq": i,
                "name": p.name,
                "ring": p.ring,
                "kind": p.kind,
                "x": p.x,
                "y": p.y,
                "min_staff": p.min_staff,
                "max_staff": p.max_staff,
                "required_skills": json.dumps(p.required_skills, ensure_ascii=False, sort_keys=True),
                "commander_min_rank": p.commander_min_rank,
                "tasks": p.tasks,
                "equipment": p.equipment,
                "radio_channel": p.radio_channel,
                "category": p.category,
                "sector": p.sector,
                "village": p.village,
                "district": p.district,
                "address": p.address,
                "cluster": p.cluster,
                "latitude": p.latitude,
                "longitude": p.longitude,
                "route": p.route,
                "voters": p.voters,
            }
            for i, p in enumerate(plan.posts.values())
        ),
        batch_size=500,
    )
    db.table("post_shifts").insert_all({"post": p.code, "shift": s} for p in plan.posts.values() for s in p.shifts)
    db.table("assignments").insert_all(
        (
            {"person": a.person, "post": a.post, "shift": a.shift, "role": a.role, "locked": int(a.locked)}
            for a in plan.assignments.values()
        ),
        batch_size=1000,
    )
    if plan.site_plan is not None:
        sp = plan.site_plan
        db.table("site_plan").insert(
            {"id": 1, "title": sp.title, "scale_note": sp.scale_note, "image": sp.image_png or None}
        )
    db.table("ring_outlines").insert_all(
        {"ring": o.ring, "label": o.label, "points": json.dumps([list(pt) for pt in o.points])}
        for o in plan.ring_outlines.values()
    )
    db.table("settings").insert_all(
        {"key": k, "value": json.dumps(v, ensure_ascii=False)} for k, v in sorted(plan.settings.items())
    )
    db.table("placeholders").insert_all(
        {"post": ph.post, "shift": ph.shift, "unit": ph.unit, "number": ph.number, "role": ph.role}
        for ph in plan.placeholders.values()
    )
    db.table("accepted_findings").insert_all(
        {"key": a.key, "note": a.note, "accepted_at": dt_to_text(a.accepted_at)} for a in plan.accepted.values()
    )
    db.table("staffing_patterns").insert_all(
        {
            "name": pat.name,
            "seq": i,
            "category": cat,
            "police": row.police,
            "tps": row.tps,
            "linmas": row.linmas,
            "notation": pat.notation,
            "note": pat.note,
        }
        for i, pat in enumerate(plan.patterns.values())
        for cat, row in pat.rows.items()
    )
    db.table("command_groups").insert_all(
        {
            "code": g.code,
            "seq": i,
            "name": g.name,
            "role": g.role,
            "commander": g.commander,
            "reserve": int(g.reserve),
            "held_at": g.held_at,
            "trigger": g.trigger,
        }
        for i, g in enumerate(plan.groups.values())
    )
    db.table("group_posts").insert_all(
        {"grp": g.code, "post": post, "seq": i} for g in plan.groups.values() for i, post in enumerate(g.posts)
    )
    db.table("group_members").insert_all(
        {"grp": g.code, "person": pid, "seq": i} for g in plan.groups.values() for i, pid in enumerate(g.members)
    )
    _write_revisions(db, plan)
    _write_sectors(db, plan)


def _write_sectors(db: sqlite_utils.Database, plan: Plan) -> None:
    """Sector exports and merges (schema v8)."""
    from desktop.sectorplans.records import export_rows, merge_rows

    db.table("sector_exports").insert_all(export_rows(plan), batch_size=50)
    db.table("sector_merges").insert_all(merge_rows(plan), batch_size=50)


def _read_sectors(db: sqlite_utils.Database, plan: Plan) -> None:
    from desktop.sectorplans.records import exports_from_rows, merges_from_rows

    plan.sector_exports = exports_from_rows(  # type: ignore[assignment]
        list(db.query("SELECT * FROM sector_exports ORDER BY rowid")), dt_from_text
    )
    plan.sector_merges = merges_from_rows(list(db.query("SELECT * FROM sector_merges ORDER BY number")), dt_from_text)


def _write_revisions(db: sqlite_utils.Database, plan: Plan) -> None:
    """Print revisions and roll calls (schema v4)."""
    from desktop.revisions import revision_rows, roll_call_rows

    db.table("print_revisions").insert_all(revision_rows(plan), batch_size=50)
    calls, absences = roll_call_rows(plan)
    db.table("roll_calls").insert_all(calls)
    db.table("absences").insert_all(absences, batch_size=500)


def _read_revisions(db: sqlite_utils.Database, plan: Plan) -> None:
    from desktop.revisions import revisions_from_rows, roll_calls_from_rows

    plan.print_revisions = revisions_from_rows(
        list(db.query("SELECT * FROM print_revisions ORDER BY number")), dt_from_text
    )
    plan.roll_calls = roll_calls_from_rows(  # type: ignore[assignment]
        list(db.query("SELECT * FROM roll_calls ORDER BY rowid")),
        list(db.query("SELECT * FROM absences ORDER BY rowid")),
        dt_from_text,
    )


def read_plan(conn: sqlite3.Connection) -> Plan:
    """Build a Plan from a database of the current schema.

    Values are read as stored; `desktop.storage.opener` has checked the schema, and the caller
    validates the content (`desktop.integrity`) before trusting it.
    """
    db = sqlite_utils.Database(conn)

    def rows(table: str, order: str = "seq") -> list[dict]:
        return list(db.query(f"SELECT * FROM [{table}] ORDER BY {order}"))

    op_rows = rows("operation", "id")
    op = Operation()
    if op_rows:
        r = op_rows[0]
        op = Operation(
            name=r["name"],
            kind=r["kind"],
            venue=r["venue"],
            address=r["address"],
            start=dt_from_text(r["start"]),
            end=dt_from_text(r["end"]),
            classification=r["classification"],
            commander=r["commander"],
            field_commander=r["field_commander"],
            situation=r["situation"],
            mission=r["mission"],
            execution=r["execution"],
            rules=r["rules"],
            contingency=r["contingency"],
            logistics=r["logistics"],
            communications=r["communications"],
        )
    units = [Unit(r["code"], r["name"], r["agency"], r["sector"], r["latitude"], r["longitude"]) for r in rows("units")]
    personnel = [
        Person(
            id=r["id"],
            name=r["name"],
            nrp=r["nrp"],
            rank=r["rank"],
            unit=r["unit"],
            position=r["position"],
            gender=r["gender"],
            phone=r["phone"],
            callsign=r["callsign"],
            skills=list(json.loads(r["skills"] or "[]")),
            origin=r["origin"],
        )
        for r in rows("personnel")
    ]
    shifts = [Shift(r["code"], r["name"], dt_from_text(r["start"]), dt_from_text(r["end"])) for r in rows("shifts")]
    post_shifts: dict[str, list[str]] = {}
    shift_order = {s.code: i for i, s in enumerate(shifts)}
    for r in db.query("SELECT post, shift FROM post_shifts"):
        post_shifts.setdefault(r["post"], []).append(r["shift"])
    for codes in post_shifts.values():
        codes.sort(key=lambda c: shift_order.get(c, len(shift_order)))
    posts = [
        Post(
            code=r["code"],
            name=r["name"],
            ring=r["ring"],
            kind=r["kind"],
            x=r["x"],
            y=r["y"],
            min_staff=r["min_staff"],
            max_staff=r["max_staff"],
            required_skills=dict(json.loads(r["required_skills"] or "{}")),
            commander_min_rank=r["commander_min_rank"],
            tasks=r["tasks"],
            equipment=r["equipment"],
            radio_channel=r["radio_channel"],
            shifts=post_shifts.get(r["code"], []),
            category=r["category"],
            sector=r["sector"],
            village=r["village"],
            district=r["district"],
            address=r["address"],
            cluster=r["cluster"],
            latitude=r["latitude"],
            longitude=r["longitude"],
            route=r["route"],
            voters=r["voters"],
        )
        for r in rows("posts")
    ]
    assignments = [
        Assignment(r["person"], r["post"], r["shift"], r["role"], bool(r["locked"]))
        for r in db.query("SELECT person, post, shift, role, locked FROM assignments ORDER BY rowid")
    ]
    site_plan = None
    sp_rows = rows("site_plan", "id")
    if sp_rows:
        r = sp_rows[0]
        site_plan = SitePlan(title=r["title"], image_png=bytes(r["image"] or b""), scale_note=r["scale_note"])
    ring_outlines = [
        RingOutline(r["ring"], r["label"], [(float(x), float(y)) for x, y in json.loads(r["points"])])
        for r in db.query("SELECT ring, label, points FROM ring_outlines ORDER BY ring")
    ]
    settings = {r["key"]: json.loads(r["value"]) for r in db.query("SELECT key, value FROM settings ORDER BY key")}
    placeholders = [
        Placeholder(r["post"], r["shift"], r["unit"], r["number"], r["role"])
        for r in db.query("SELECT * FROM placeholders ORDER BY rowid")
    ]
    accepted = [
        AcceptedFinding(r["key"], r["note"], dt_from_text(r["accepted_at"]))
        for r in db.query("SELECT * FROM accepted_findings ORDER BY rowid")
    ]
    patterns: dict[str, StaffingPattern] = {}
    for r in db.query("SELECT * FROM staffing_patterns ORDER BY seq, rowid"):
        pat = patterns.setdefault(r["name"], StaffingPattern(r["name"], {}, r["notation"], r["note"]))
        pat.rows[r["category"]] = PatternRow(r["police"], r["tps"], r["linmas"])
    groups = {
        r["code"]: Group(
            r["code"],
            r["name"],
            r["role"],
            r["commander"],
            reserve=bool(r["reserve"]),
            held_at=r["held_at"],
            trigger=r["trigger"],
        )
        for r in rows("command_groups")
    }
    for r in db.query("SELECT grp, post FROM group_posts ORDER BY grp, seq"):
        if r["grp"] in groups:
            groups[r["grp"]].posts.append(r["post"])
    for r in db.query("SELECT grp, person FROM group_members ORDER BY grp, seq"):
        if r["grp"] in groups:
            groups[r["grp"]].members.append(r["person"])
    plan = Plan()
    plan.load(
        operation=op,
        units=units,
        personnel=personnel,
        shifts=shifts,
        posts=posts,
        assignments=assignments,
        site_plan=site_plan,
        ring_outlines=ring_outlines,
        settings=settings,
        placeholders=placeholders,
        accepted=accepted,
        patterns=patterns.values(),
        groups=groups.values(),
    )
    _read_revisions(db, plan)
    _read_sectors(db, plan)
    plan.revision = 0
    return plan
