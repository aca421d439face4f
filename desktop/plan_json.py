"""The plan interchange format (JSON): templates, exchange between offices, tests.

`export_document` writes a complete operation; `import_document` merges a (possibly partial)
document into a plan by key, all or nothing: every problem of every entry is listed, and the plan
is left exactly as it was when there is any. The shape is `resources/schema/renpam-plan.schema.json`.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from dataclasses import dataclass, fields, replace
from datetime import datetime
from functools import lru_cache
from typing import Any

from desktop import fields as field_rules  # (dataclasses' `fields` is used here too)
from desktop.errors import RenpamError
from desktop.integrity import structural_problems
from desktop.messages import Message
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
from desktop.ranks import normalize_rank
from desktop.resources import resource_path

FORMAT = "renpam-plan"
VERSION = 1


class PlanDocumentError(RenpamError, ValueError):
    """A plan document that cannot be imported; `messages` lists every problem ("plan_doc.*").

    `problems` are the same in English ("where: what"), for scripts and the command line.
    """

    code = "plan_doc.invalid"

    def __init__(self, messages: list[Message]) -> None:
        self.messages = messages
        self.problems = [m.render("en") for m in messages]
        super().__init__(f"{len(messages)} problem(s) in the plan document: " + "; ".join(self.problems[:5]),
                         count=len(messages))


@dataclass(frozen=True, slots=True)
class ImportSummary:
    added: dict[str, int]
    updated: dict[str, int]

    def total(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())


# ---------------------------------------------------------------------------- export
def _dt(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def export_document(plan: Plan) -> dict[str, Any]:
    op = plan.operation
    site_plan = None
    if plan.site_plan is not None:
        site_plan = {
            "title": plan.site_plan.title,
            "scale_note": plan.site_plan.scale_note,
            "image_png_base64": base64.b64encode(plan.site_plan.image_png).decode("ascii")
            if plan.site_plan.image_png else None,
        }
    return {
        "format": FORMAT,
        "version": VERSION,
        "operation": {
            "name": op.name, "kind": op.kind, "venue": op.venue, "address": op.address,
            "start": _dt(op.start), "end": _dt(op.end), "classification": op.classification,
            "commander": op.commander, "field_commander": op.field_commander,
            "situation": op.situation, "mission": op.mission, "execution": op.execution,
            "rules": op.rules, "contingency": op.contingency, "logistics": op.logistics,
            "communications": op.communications,
        },
        "units": [{"code": u.code, "name": u.name, "agency": u.agency, "sector": u.sector}
                  for u in plan.units.values()],
        "personnel": [
            {"id": p.id, "nrp": p.nrp, "name": p.name, "rank": p.rank, "unit": p.unit,
             "position": p.position, "gender": p.gender, "phone": p.phone,
             "callsign": p.callsign, "skills": list(p.skills), "origin": p.origin}
            for p in plan.personnel.values()
        ],
        "shifts": [{"code": s.code, "name": s.name, "start": _dt(s.start), "end": _dt(s.end)}
                   for s in plan.shifts.values()],
        "posts": [
            {"code": p.code, "name": p.name, "ring": p.ring, "kind": p.kind, "x": p.x, "y": p.y,
             "min_staff": p.min_staff, "max_staff": p.max_staff,
             "required_skills": dict(p.required_skills),
             "commander_min_rank": p.commander_min_rank, "tasks": p.tasks,
             "equipment": p.equipment, "radio_channel": p.radio_channel,
             "shifts": list(p.shifts), "category": p.category, "sector": p.sector,
             "village": p.village, "district": p.district, "address": p.address,
             "cluster": p.cluster}
            for p in plan.posts.values()
        ],
        "assignments": [{"person": a.person, "post": a.post, "shift": a.shift, "role": a.role,
                         "locked": a.locked}
                        for a in plan.assignments.values()],
        "site_plan": site_plan,
        "rings": [{"ring": o.ring, "label": o.label, "points": [list(pt) for pt in o.points]}
                  for o in plan.ring_outlines.values()],
        "settings": dict(sorted(plan.settings.items())),
        "placeholders": [{"post": ph.post, "shift": ph.shift, "unit": ph.unit, "number": ph.number,
                          "role": ph.role} for ph in plan.placeholders.values()],
        "accepted": [{"key": a.key, "note": a.note, "accepted_at": _dt(a.accepted_at)}
                     for a in plan.accepted.values()],
        "patterns": [{"name": pat.name, "notation": pat.notation, "note": pat.note,
                      "rows": {cat: {"police": r.police, "tps": r.tps, "linmas": r.linmas}
                               for cat, r in pat.rows.items()}}
                     for pat in plan.patterns.values()],
        "groups": [{"code": g.code, "name": g.name, "role": g.role, "commander": g.commander,
                    "posts": list(g.posts), "members": list(g.members), "reserve": g.reserve,
                    "held_at": g.held_at, "trigger": g.trigger}
                   for g in plan.groups.values()],
    }


def dumps(plan: Plan) -> str:
    return json.dumps(export_document(plan), ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------- import
def _schema() -> dict[str, Any]:
    return json.loads(resource_path("schema", "renpam-plan.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _fast_check() -> Any:
    """The schema compiled to Python code: ~30x faster, but it stops at the first problem."""
    import fastjsonschema

    return fastjsonschema.compile(_schema())


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    schema = _schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def schema_problems(doc: object) -> list[Message]:
    """Every place where `doc` does not fit the JSON Schema, as "where: what".

    A valid document (the usual case, and a 5,000-person plan takes 2 s in jsonschema) passes the
    compiled check alone; only an invalid one is walked by jsonschema to list every problem.
    """
    import fastjsonschema

    try:
        _fast_check()(doc)
        return []
    except fastjsonschema.JsonSchemaException:
        pass
    problems = []
    for error in sorted(_validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))):
        where = _where(doc, list(error.absolute_path))
        problems.append(Message("plan_doc.schema", where=where, detail=error.message))
    return problems


def _where(doc: object, path: list[Any]) -> str:
    """'personnel[3] (id p-12), field rank' style location for a JSON path."""
    if not path:
        return "document"
    parts = [str(path[0])]
    node: Any = doc.get(path[0]) if isinstance(doc, dict) else None
    if len(path) > 1 and isinstance(path[1], int):
        index = path[1]
        parts[0] += f"[{index + 1}]"
        entry = node[index] if isinstance(node, list) and index < len(node) else None
        if isinstance(entry, dict):
            for key in ("id", "code", "person"):
                if isinstance(entry.get(key), str):
                    parts[0] += f" ({key} {entry[key]})"
                    break
        rest = path[2:]
    else:
        rest = path[1:]
    if rest:
        parts.append("field " + ".".join(map(str, rest)))
    return ", ".join(parts)


def _parse_dt(value: str | None, where: str, problems: list[Message]) -> datetime | None:
    if value is None:
        return None
    parsed = field_rules.parse_time(value)
    if parsed is None:
        problems.append(Message("plan_doc.bad_time", where=where, value=repr(value)))
    return parsed


def _merge(existing: Any, cls: type, values: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    kept = {k: v for k, v in values.items() if k in names}
    return replace(existing, **kept) if existing is not None else cls(**kept)


def import_document(plan: Plan, doc: object, *, dry_run: bool = False) -> ImportSummary:
    """Merge `doc` into `plan` by key in one step; raise PlanDocumentError listing every problem."""
    problems = schema_problems(doc)
    if problems:
        raise PlanDocumentError(problems)
    assert isinstance(doc, dict)
    work = plan.clone()
    added = {k: 0 for k in ("units", "personnel", "shifts", "posts", "assignments")}
    updated = dict(added)

    if "operation" in doc:
        values = dict(doc["operation"])
        for key in ("start", "end"):
            if key in values:
                values[key] = _parse_dt(values[key], f"operation, field {key}", problems)
        work.operation = _merge(work.operation, Operation, values)

    for entry in doc.get("units", []):
        old = work.units.get(entry["code"])
        work.units[entry["code"]] = _merge(old, Unit, entry)
        (updated if old else added)["units"] += 1

    for i, entry in enumerate(doc.get("personnel", []), start=1):
        values = dict(entry)
        if "rank" in values:
            values["rank"] = normalize_rank(values["rank"])
        if "skills" in values:
            values["skills"] = list(dict.fromkeys(s.strip().lower() for s in values["skills"] if s.strip()))
        old = work.personnel.get(values["id"])
        if old is None and not values.get("name"):
            problems.append(Message("plan_doc.needs_name", where=f"personnel[{i}] (id {values['id']})"))
            continue
        person = _merge(old, Person, values)
        agency = work.agency_of(person)
        bad = [p for p in field_rules.person_problems(person, agency) if p.field in values]
        for p in bad:  # the one NRP and phone rule (desktop.fields); fields not given are left alone
            problems.append(Message("plan_doc.field", where=f"personnel[{i}] (id {values['id']}), field {p.field}",
                                    problem=p.text))
        if "nrp" in values and not bad:
            person.nrp = field_rules.clean_nrp(person.nrp, agency, person.rank)
        work.personnel[values["id"]] = person
        (updated if old else added)["personnel"] += 1

    for i, entry in enumerate(doc.get("shifts", []), start=1):
        values = dict(entry)
        for key in ("start", "end"):
            if key in values:
                values[key] = _parse_dt(values[key], f"shifts[{i}] (code {entry['code']}), field {key}", problems)
        old = work.shifts.get(values["code"])
        work.shifts[values["code"]] = _merge(old, Shift, values)
        (updated if old else added)["shifts"] += 1

    for entry in doc.get("posts", []):
        values = dict(entry)
        if values.get("commander_min_rank"):
            values["commander_min_rank"] = normalize_rank(values["commander_min_rank"])
        old = work.posts.get(values["code"])
        work.posts[values["code"]] = _merge(old, Post, values)
        (updated if old else added)["posts"] += 1

    for entry in doc.get("assignments", []):
        a = Assignment(entry["person"], entry["post"], entry["shift"], entry.get("role", "anggota"),
                       bool(entry.get("locked", False)))
        old_a = work.assignments.get(a.key)
        if old_a is not None:
            a = Assignment(a.person, a.post, a.shift, entry.get("role", old_a.role),
                           bool(entry.get("locked", old_a.locked)))
        work.put_assignment(a)
        (updated if old_a else added)["assignments"] += 1

    if "site_plan" in doc:
        sp = doc["site_plan"]
        if sp is None:
            work.site_plan = None
        else:
            image = b""
            if sp.get("image_png_base64"):
                try:
                    image = base64.b64decode(sp["image_png_base64"], validate=True)
                except (binascii.Error, ValueError):
                    problems.append(Message("plan_doc.bad_base64", where="site_plan, field image_png_base64"))
            old_sp = work.site_plan or SitePlan()
            work.site_plan = SitePlan(
                title=sp.get("title", old_sp.title),
                image_png=image if "image_png_base64" in sp else old_sp.image_png,
                scale_note=sp.get("scale_note", old_sp.scale_note),
            )
            if image:
                from desktop.siteplan import image_problem

                problem = image_problem(image)
                if problem:
                    problems.append(Message("plan_doc.bad_image", where="site_plan, field image_png_base64", problem=problem))

    for entry in doc.get("rings", []):
        old_o = work.ring_outlines.get(entry["ring"])
        points = [tuple(pt) for pt in entry["points"]] if "points" in entry else (old_o.points if old_o else [])
        work.ring_outlines[entry["ring"]] = RingOutline(
            entry["ring"], entry.get("label", old_o.label if old_o else ""), points)

    if "settings" in doc:
        work.settings.update(doc["settings"])

    for entry in doc.get("placeholders", []):
        ph = Placeholder(entry["post"], entry["shift"], entry["unit"], entry["number"], entry.get("role", "anggota"))
        work.placeholders[ph.key] = ph

    for i, entry in enumerate(doc.get("accepted", []), start=1):
        old_acc = work.accepted.get(entry["key"])
        when = _parse_dt(entry["accepted_at"], f"accepted[{i}], field accepted_at", problems) \
            if "accepted_at" in entry else (old_acc.accepted_at if old_acc else None)
        work.accepted[entry["key"]] = AcceptedFinding(entry["key"], entry.get("note", old_acc.note if old_acc else ""), when)

    for entry in doc.get("patterns", []):
        old_pat = work.patterns.get(entry["name"])
        rows = dict(old_pat.rows) if old_pat else {}
        for cat, r in entry.get("rows", {}).items():
            rows[cat] = PatternRow(r["police"], r["tps"], r["linmas"])
        work.patterns[entry["name"]] = StaffingPattern(
            entry["name"], rows, entry.get("notation", old_pat.notation if old_pat else "police-tps-linmas"),
            entry.get("note", old_pat.note if old_pat else ""))

    for entry in doc.get("groups", []):
        values = {k: (list(v) if isinstance(v, list) else v) for k, v in entry.items()}
        work.groups[entry["code"]] = _merge(work.groups.get(entry["code"]), Group, values)

    problems.extend(Message("plan_doc.inconsistent", problem=p) for p in structural_problems(work, limit=200))
    if problems:
        raise PlanDocumentError(problems)
    if not dry_run:
        plan.replace_with(work)
        logging.getLogger("renpam.import").info("imported a plan document: added %s, updated %s", added, updated)
    return ImportSummary(added, updated)


def loads(text: str) -> object:
    """Parse JSON text; a syntax error becomes a PlanDocumentError with line and column."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise PlanDocumentError([Message("plan_doc.bad_json", line=exc.lineno, column=exc.colno, detail=exc.msg)]) from None


def plan_from_document(doc: object) -> Plan:
    plan = Plan()
    import_document(plan, doc)
    plan.revision = 0
    return plan
