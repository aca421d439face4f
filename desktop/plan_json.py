"""The plan interchange format (JSON): templates, exchange between offices, tests.

`export_document` writes a complete operation; `import_document` merges a (possibly partial)
document into a plan by key, all or nothing: every problem of every entry is listed, and the plan
is left exactly as it was when there is any. The shape is `resources/schema/renpam-plan.schema.json`.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import json
import logging
import os
import re
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop import fields as field_rules  # (dataclasses' `fields` is used here too)
from desktop import limits
from desktop.errors import RenpamError
from desktop.integrity import structural_problems
from desktop.messages import Message, counted
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

    def __init__(self, messages: list[Message], kind: str = "content") -> None:
        self.messages = messages
        self.problems = [m.render("en") for m in messages]
        # content: entries do not fit; syntax: not JSON; bounds: beyond desktop.limits before
        # parsing; unreadable: too large or not UTF-8 (the file, not its entries)
        self.kind = kind
        super().__init__(
            f"{counted(len(messages), 'problem', 'problems')} in the plan document: " + "; ".join(self.problems[:5]),
            count=len(messages),
        )


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import did: entries `added`, `updated` (changed) and `unchanged` by kind, and the
    `sections` (operation, settings, site_plan, rings, placeholders, accepted, patterns) it changed."""

    added: dict[str, int]
    updated: dict[str, int]
    unchanged: dict[str, int] = field(default_factory=dict)
    sections: tuple[str, ...] = ()

    def total(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())

    def changed(self) -> bool:
        return bool(self.total() or self.sections)

    def describe(self) -> str:
        """'personnel: 2 added, 1 updated; operation changed; 40 unchanged', or 'nothing to change'."""
        parts = [
            f"{k}: {self.added[k]} added, {self.updated[k]} updated"
            for k in self.added
            if self.added[k] or self.updated.get(k)
        ]
        parts += [f"{section.replace('_', ' ')} changed" for section in self.sections]
        same = sum(self.unchanged.values())
        if not parts:
            return "nothing to change" + (f" ({same} entries already as written)" if same else "")
        return "; ".join(parts) + (f"; {same} unchanged" if same else "")


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
            if plan.site_plan.image_png
            else None,
        }
    return {
        "format": FORMAT,
        "version": VERSION,
        "operation": {
            "name": op.name,
            "kind": op.kind,
            "venue": op.venue,
            "address": op.address,
            "start": _dt(op.start),
            "end": _dt(op.end),
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
        },
        "units": [
            {
                "code": u.code,
                "name": u.name,
                "agency": u.agency,
                "sector": u.sector,
                "latitude": u.latitude,
                "longitude": u.longitude,
            }
            for u in plan.units.values()
        ],
        "personnel": [
            {
                "id": p.id,
                "nrp": p.nrp,
                "name": p.name,
                "rank": p.rank,
                "unit": p.unit,
                "position": p.position,
                "gender": p.gender,
                "phone": p.phone,
                "callsign": p.callsign,
                "skills": list(p.skills),
                "origin": p.origin,
            }
            for p in plan.personnel.values()
        ],
        "shifts": [
            {"code": s.code, "name": s.name, "start": _dt(s.start), "end": _dt(s.end)} for s in plan.shifts.values()
        ],
        "posts": [
            {
                "code": p.code,
                "name": p.name,
                "ring": p.ring,
                "kind": p.kind,
                "x": p.x,
                "y": p.y,
                "min_staff": p.min_staff,
                "max_staff": p.max_staff,
                "required_skills": dict(p.required_skills),
                "commander_min_rank": p.commander_min_rank,
                "tasks": p.tasks,
                "equipment": p.equipment,
                "radio_channel": p.radio_channel,
                "shifts": list(p.shifts),
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
            for p in plan.posts.values()
        ],
        "assignments": [
            {"person": a.person, "post": a.post, "shift": a.shift, "role": a.role, "locked": a.locked}
            for a in plan.assignments.values()
        ],
        "site_plan": site_plan,
        "rings": [
            {"ring": o.ring, "label": o.label, "points": [list(pt) for pt in o.points]}
            for o in plan.ring_outlines.values()
        ],
        "settings": dict(sorted(plan.settings.items())),
        "placeholders": [
            {"post": ph.post, "shift": ph.shift, "unit": ph.unit, "number": ph.number, "role": ph.role}
            for ph in plan.placeholders.values()
        ],
        "accepted": [{"key": a.key, "note": a.note, "accepted_at": _dt(a.accepted_at)} for a in plan.accepted.values()],
        "patterns": [
            {
                "name": pat.name,
                "notation": pat.notation,
                "note": pat.note,
                "rows": {cat: {"police": r.police, "tps": r.tps, "linmas": r.linmas} for cat, r in pat.rows.items()},
            }
            for pat in plan.patterns.values()
        ],
        "groups": [
            {
                "code": g.code,
                "name": g.name,
                "role": g.role,
                "commander": g.commander,
                "posts": list(g.posts),
                "members": list(g.members),
                "reserve": g.reserve,
                "held_at": g.held_at,
                "trigger": g.trigger,
            }
            for g in plan.groups.values()
        ],
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
    problems = _count_problems(doc)
    if problems:  # a list of a million entries: say so instead of checking each entry
        return problems
    for error in sorted(_validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))):
        where = _where(doc, list(error.absolute_path))
        problems.append(Message("plan_doc.schema", where=where, detail=_short_message(error)))
    return problems


_SECTION_COUNTS = {
    "units": limits.MAX_UNITS,
    "personnel": limits.MAX_PERSONNEL,
    "shifts": limits.MAX_SHIFTS,
    "posts": limits.MAX_POSTS,
    "assignments": limits.MAX_ASSIGNMENTS,
    "rings": limits.MAX_RINGS,
    "placeholders": limits.MAX_PLACEHOLDERS,
    "accepted": limits.MAX_ACCEPTED,
    "patterns": limits.MAX_PATTERNS,
    "groups": limits.MAX_GROUPS,
}
_ENTRY_COUNTS = {  # section -> field -> most entries
    "personnel": {"skills": limits.MAX_SKILLS},
    "posts": {"required_skills": limits.MAX_SKILLS, "shifts": limits.MAX_SHIFTS},
    "rings": {"points": limits.MAX_RING_POINTS},
    "groups": {"posts": limits.MAX_GROUP_POSTS, "members": limits.MAX_GROUP_MEMBERS},
}


def _too_many(where: str, count: int, most: int) -> Message:
    return Message(
        "plan_doc.value", where=where, problem=limits.Problem("", "too_many", {"count": count, "limit": most}).text()
    )


def _count_problems(doc: object) -> list[Message]:
    """Sections and lists longer than `desktop.limits` allows, found without walking their entries."""
    if not isinstance(doc, dict):
        return []
    problems = []
    for section, most in _SECTION_COUNTS.items():
        entries = doc.get(section)
        if not isinstance(entries, list):
            continue
        if len(entries) > most:
            problems.append(_too_many(section, len(entries), most))
            continue
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict):
                continue
            for name, bound in _ENTRY_COUNTS.get(section, {}).items():
                value = entry.get(name)
                if isinstance(value, (list, dict)) and len(value) > bound:
                    problems.append(_too_many(_where(doc, [section, i, name]), len(value), bound))
    settings = doc.get("settings")
    if isinstance(settings, dict) and len(settings) > limits.MAX_SETTINGS:
        problems.append(_too_many("settings", len(settings), limits.MAX_SETTINGS))
    return problems


def _short_message(error: Any) -> str:
    """jsonschema's message, without quoting a 70 MB value back at the planner."""
    value, bound = error.instance, error.validator_value
    if error.validator == "maxLength" and isinstance(value, str):
        return f"{len(value):,} characters, at most {bound:,}"
    if error.validator in ("maxItems", "maxProperties") and isinstance(value, (list, dict)):
        return f"{len(value):,} entries, at most {bound:,}"
    if error.validator in ("maximum", "minimum") and isinstance(value, (int, float)):
        text = str(value)
        text = text if len(text) <= 20 else f"{text[:8]}…({len(text)} digits)"
        return f"{text} is {'more' if error.validator == 'maximum' else 'less'} than {'the maximum' if error.validator == 'maximum' else 'the minimum'} {bound}"
    message = error.message
    return message if len(message) <= 300 else message[:300] + "…"


def character_problems(doc: object) -> list[Message]:
    """Every text of the document holding a control character, as "where: what".

    Names, codes and one-line fields may hold none; multi-line texts (tasks, the order's
    sections, notes) may hold line breaks and tabs. The schema has bounded lengths and nesting.
    """
    problems: list[Message] = []

    def visit(node: object, path: list[Any]) -> None:
        if isinstance(node, str):
            name = next((p for p in reversed(path) if isinstance(p, str)), "")
            found = limits.character_problem(node, multiline=name in limits.MULTILINE_FIELDS)
            if found:
                problems.append(Message("plan_doc.value", where=_where(doc, path), problem=found.text()))
        elif isinstance(node, dict):
            for key, value in node.items():
                found = limits.character_problem(key) if isinstance(key, str) else None
                if found:
                    problems.append(Message("plan_doc.key", where=_where(doc, path), problem=found.text()))
                visit(value, [*path, key])
        elif isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, [*path, index])

    visit(doc, [])
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
    problems = schema_problems(doc) + character_problems(doc)
    if problems:
        raise PlanDocumentError(problems)
    assert isinstance(doc, dict)
    work = plan.clone()
    added = {k: 0 for k in ("units", "personnel", "shifts", "posts", "assignments")}
    updated = dict(added)
    unchanged = dict(added)

    def count(kind: str, old: object, new: object) -> None:
        (added if old is None else updated if old != new else unchanged)[kind] += 1

    if "operation" in doc:
        values = dict(doc["operation"])
        for key in ("start", "end"):
            if key in values:
                values[key] = _parse_dt(values[key], f"operation, field {key}", problems)
        work.operation = _merge(work.operation, Operation, values)

    for entry in doc.get("units", []):
        old = work.units.get(entry["code"])
        work.units[entry["code"]] = _merge(old, Unit, entry)
        count("units", old, work.units[entry["code"]])

    for i, entry in enumerate(doc.get("personnel", []), start=1):
        values = dict(entry)
        if "rank" in values:
            values["rank"] = normalize_rank(values["rank"])
        if "skills" in values:
            values["skills"] = list(dict.fromkeys(s.strip().lower() for s in values["skills"] if s.strip()))
        old = work.personnel.get(values["id"])  # type: ignore[assignment]
        if old is None and not values.get("name"):
            problems.append(Message("plan_doc.needs_name", where=f"personnel[{i}] (id {values['id']})"))
            continue
        person = _merge(old, Person, values)
        agency = work.agency_of(person)
        bad = [p for p in field_rules.person_problems(person, agency) if p.field in values]
        for p in bad:  # the one NRP and phone rule (desktop.fields); fields not given are left alone
            problems.append(
                Message("plan_doc.field", where=f"personnel[{i}] (id {values['id']}), field {p.field}", problem=p.text)
            )
        if "nrp" in values and not bad:
            person.nrp = field_rules.clean_nrp(person.nrp, agency, person.rank)
        work.personnel[values["id"]] = person
        count("personnel", old, person)

    for i, entry in enumerate(doc.get("shifts", []), start=1):
        values = dict(entry)
        for key in ("start", "end"):
            if key in values:
                values[key] = _parse_dt(values[key], f"shifts[{i}] (code {entry['code']}), field {key}", problems)
        old = work.shifts.get(values["code"])  # type: ignore[assignment]
        work.shifts[values["code"]] = _merge(old, Shift, values)
        count("shifts", old, work.shifts[values["code"]])

    for entry in doc.get("posts", []):
        values = dict(entry)
        if values.get("commander_min_rank"):
            values["commander_min_rank"] = normalize_rank(values["commander_min_rank"])
        old = work.posts.get(values["code"])  # type: ignore[assignment]
        work.posts[values["code"]] = _merge(old, Post, values)
        count("posts", old, work.posts[values["code"]])

    for entry in doc.get("assignments", []):
        a = Assignment(
            entry["person"],
            entry["post"],
            entry["shift"],
            entry.get("role", "anggota"),
            bool(entry.get("locked", False)),
        )
        old_a = work.assignments.get(a.key)
        if old_a is not None:
            a = Assignment(
                a.person, a.post, a.shift, entry.get("role", old_a.role), bool(entry.get("locked", old_a.locked))
            )
        was = replace(old_a) if old_a is not None else None
        work.put_assignment(a)
        count("assignments", was, a)

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
                    problems.append(
                        Message("plan_doc.bad_image", where="site_plan, field image_png_base64", problem=problem)
                    )

    for entry in doc.get("rings", []):
        old_o = work.ring_outlines.get(entry["ring"])
        points = [tuple(pt) for pt in entry["points"]] if "points" in entry else (old_o.points if old_o else [])
        work.ring_outlines[entry["ring"]] = RingOutline(
            entry["ring"], entry.get("label", old_o.label if old_o else ""), points
        )

    if "settings" in doc:
        work.settings.update(doc["settings"])

    for entry in doc.get("placeholders", []):
        ph = Placeholder(entry["post"], entry["shift"], entry["unit"], entry["number"], entry.get("role", "anggota"))
        work.placeholders[ph.key] = ph

    for i, entry in enumerate(doc.get("accepted", []), start=1):
        old_acc = work.accepted.get(entry["key"])
        when = (
            _parse_dt(entry["accepted_at"], f"accepted[{i}], field accepted_at", problems)
            if "accepted_at" in entry
            else (old_acc.accepted_at if old_acc else None)
        )
        work.accepted[entry["key"]] = AcceptedFinding(
            entry["key"], entry.get("note", old_acc.note if old_acc else ""), when
        )

    for entry in doc.get("patterns", []):
        old_pat = work.patterns.get(entry["name"])
        rows = dict(old_pat.rows) if old_pat else {}
        for cat, r in entry.get("rows", {}).items():
            rows[cat] = PatternRow(r["police"], r["tps"], r["linmas"])
        work.patterns[entry["name"]] = StaffingPattern(
            entry["name"],
            rows,
            entry.get("notation", old_pat.notation if old_pat else "police-tps-linmas"),
            entry.get("note", old_pat.note if old_pat else ""),
        )

    for entry in doc.get("groups", []):
        values = {k: (list(v) if isinstance(v, list) else v) for k, v in entry.items()}
        work.groups[entry["code"]] = _merge(work.groups.get(entry["code"]), Group, values)

    problems.extend(Message("plan_doc.inconsistent", problem=p) for p in structural_problems(work, limit=200))
    if problems:
        raise PlanDocumentError(problems)
    sections = tuple(
        name
        for name, before, after in (
            ("operation", plan.operation, work.operation),
            ("settings", plan.settings, work.settings),
            ("site_plan", plan.site_plan, work.site_plan),
            ("rings", plan.ring_outlines, work.ring_outlines),
            ("placeholders", plan.placeholders, work.placeholders),
            ("accepted", plan.accepted, work.accepted),
            ("patterns", plan.patterns, work.patterns),
        )
        if before != after
    )
    summary = ImportSummary(added, updated, unchanged, sections)
    if not dry_run and summary.changed():
        plan.replace_with(work)
        logging.getLogger("renpam.import").info("imported a plan document: added %s, updated %s", added, updated)
    return summary


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_LONG_NUMBER = re.compile(rf"[0-9]{{{limits.MAX_NUMBER_CHARS + 1},}}")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _bound_problems(text: str) -> list[Message]:
    """Nesting deeper than any plan needs, or number literals longer than any plan holds.

    Checked on the text before it is parsed: the parser would recurse 100,000 levels deep, and
    Python refuses (with a traceback) to build integers of more than 4,300 digits.
    """
    if len(text) > limits.MAX_DOCUMENT_BYTES:
        return [
            Message(
                "plan_doc.too_many_characters",
                count=limits.number_words(len(text)),
                limit=limits.number_words(limits.MAX_DOCUMENT_BYTES),
            )
        ]
    raw_items = text.count("[") + text.count("{") + text.count(",")
    if raw_items > 2 * limits.MAX_DOCUMENT_ITEMS:  # far beyond, whatever strings hold: say so at once
        return [
            Message(
                "plan_doc.about_too_many_values",
                count=limits.number_words(raw_items),
                limit=limits.number_words(limits.MAX_DOCUMENT_ITEMS),
            )
        ]
    skeleton = _STRING.sub('""', text)  # what is inside strings is neither nesting nor numbers
    problems = []
    containers = skeleton.count("[") + skeleton.count("{")
    items = containers + skeleton.count(",")
    if items > limits.MAX_DOCUMENT_ITEMS:  # each value costs memory once parsed: count them first
        return [
            Message(
                "plan_doc.too_many_values",
                count=limits.number_words(items),
                limit=limits.number_words(limits.MAX_DOCUMENT_ITEMS),
            )
        ]
    brackets = _NOT_BRACKET.sub("", skeleton)
    deepest = max(itertools.accumulate(map(_DEPTH_STEP.__getitem__, brackets)), default=0)
    if deepest > limits.MAX_DOCUMENT_DEPTH:
        problems.append(
            Message("plan_doc.too_deep", depth=limits.number_words(deepest), limit=limits.MAX_DOCUMENT_DEPTH)
        )
    long_number = _LONG_NUMBER.search(skeleton)
    if long_number:
        line = skeleton.count("\n", 0, long_number.start()) + 1
        problems.append(Message("plan_doc.long_number", line=line, limit=limits.MAX_NUMBER_CHARS))
    return problems


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a JSON number")


def loads(text: str) -> object:
    """Parse JSON text within Renpam's bounds; problems become a PlanDocumentError (line and column)."""
    problems = _bound_problems(text)
    if problems:
        raise PlanDocumentError(problems, "bounds")
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise PlanDocumentError(
            [Message("plan_doc.bad_json", line=exc.lineno, column=exc.colno, detail=exc.msg)], "syntax"
        ) from None
    except (ValueError, RecursionError) as exc:  # NaN/Infinity; a nesting the checks above let by
        raise PlanDocumentError(
            [Message("plan_doc.bad_value", detail=str(exc) or type(exc).__name__)], "bounds"
        ) from None


def read_document(path: os.PathLike[str] | str) -> object:
    """Read and parse a plan document file, its size checked before it is read.

    Raises OSError when the file cannot be read and PlanDocumentError when it is not a plan
    document Renpam can take (too large, not UTF-8, not JSON, beyond the nesting bounds).
    """
    path = Path(path)
    size = path.stat().st_size
    if size > limits.MAX_DOCUMENT_BYTES:
        raise PlanDocumentError(
            [
                Message(
                    "plan_doc.file_too_large",
                    size=limits.number_words(size // (1024 * 1024)),
                    limit=limits.MAX_DOCUMENT_BYTES // (1024 * 1024),
                )
            ],
            "unreadable",
        )
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PlanDocumentError([Message("plan_doc.not_utf8", line=line)], "unreadable") from None
    return loads(text)


def plan_from_document(doc: object) -> Plan:
    plan = Plan()
    import_document(plan, doc)
    plan.revision = 0
    return plan
