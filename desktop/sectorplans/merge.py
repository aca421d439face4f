"""Merge a sector plan back: a three-way comparison of the base, the master now and the sector now.

The base is what was exported (or, after a merge, the sector content merged last time); "mine"
is the master operation now, "theirs" the sector file now. Records are compared in the keyed
form of the change engine (`desktop.revisions.changes.normalize`), record by record and field by
field:

- changed on one side only: that side's version (added, changed or removed);
- changed on both sides the same way: kept;
- changed on both sides differently: a **conflict** (per field when both still have the record;
  "deleted in the master" / "deleted in the sector" when one side removed what the other changed);
- a person the sector places in a shift where the master already has them elsewhere: a
  **double booking** conflict.

Every conflict is resolved by a choice, "mine" (keep the master's) or "theirs" (take the
sector's), or per field ({field: side}); `take` chooses for all that have no choice. Then the
merged content is made consistent: a removal by the sector of something the master still uses is
not applied, and a sector record pointing at something the master removed is not applied; each
such case is listed in `not_applied` with the conflicts kept as the master's, so nothing is
dropped silently. `MergeOutcome.changes` (the change engine's `compare` of the master now with the
merged content) says what the merge does, in planner's words. Pure Python, no Qt, no I/O.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.messages import Message, Words
from desktop.model import Plan, now_jakarta
from desktop.revisions import MAX_SNAPSHOT_BYTES, RevisionError, compress_snapshot, read_snapshot, snapshot_document
from desktop.revisions.changes import FIELD_LABELS, KEYS, PlanChange, compare, normalize
from desktop.sectorplans.export import SectorError, operation_id
from desktop.sectorplans.records import (
    MAX_MERGES,
    MAX_TEXT,
    OPERATION_ID_SETTING,
    SectorExport,
    SectorMerge,
    merges_of,
    origin_of,
    user_name,
)

SIDES = ("mine", "theirs")
# What holds for the whole operation: a sector's change to it is kept as the master's unless taken.
OPERATION_WIDE = frozenset({"operation", "settings", "shifts", "patterns", "rings", "site_plan"})
KEYED = {**KEYS, "groups": ("code",)}
SET_FIELDS = {("groups", "posts"), ("groups", "members")}  # lists merged as sets of codes
_ABSENT = object()


@dataclass(slots=True)
class Conflict:
    """One record (or one place) both sides changed differently; `choice` resolves it."""

    id: str  # stable: "posts:P01", "operation:", "settings:max_hours", "double:pid:P01:LAKS"
    kind: str  # changed_both, deleted_in_master, deleted_in_sector, double_booking
    section: str
    key: Any
    what: Words  # the record in both languages ("Pos P01 TPS 001")
    fields: dict[str, tuple[Any, Any, Any]] = field(default_factory=dict)  # field -> (base, mine, theirs)
    choice: str | dict[str, str] | None = None
    other: tuple[str, ...] = ()  # double booking: the master's places in that shift

    def text(self) -> Message:
        if self.kind == "changed_both":
            return Message("sector.conflict.changed_both", what=self.what, fields=field_words(self.fields))
        if self.kind == "operation_wide":
            return Message("sector.conflict.operation_wide", what=self.what, fields=field_words(self.fields))
        if self.kind == "double_booking":
            return Message(
                "sector.conflict.double_booking",
                what=self.what,
                post=self.key[1],
                shift=self.key[2],
                other=", ".join(self.other),
            )
        if self.kind == "deleted_in_master":
            return Message("sector.conflict.deleted_in_master", what=self.what)
        return Message("sector.conflict.deleted_in_sector", what=self.what)

    def message(self, lang: str = "id") -> str:
        return self.text().render(lang)

    def side(self, name: str | None = None) -> str | None:
        """The side chosen for the record (or for one of its fields)."""
        if isinstance(self.choice, dict):
            return self.choice.get(name or "", None) if name else None
        return self.choice

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "section": self.section,
            "key": list(self.key) if isinstance(self.key, tuple) else self.key,
            "fields": {f: {"base": b, "mine": m, "theirs": t} for f, (b, m, t) in self.fields.items()},
            "choice": self.choice,
            "message_id": self.message("id"),
            "message_en": self.message("en"),
        }


@dataclass(slots=True)
class MergeOutcome:
    """What merging a sector would do (nothing is applied until `apply_merge`)."""

    export: SectorExport
    file: str
    conflicts: list[Conflict]
    changes: list[PlanChange]  # what the merge does to the master, in planner's words
    group_changes: list[Message]
    not_applied: list[Message]
    sector_changes: int  # changes the sector made since the base
    master_changes: int  # changes the master made since the base, to what was exported
    merged: Plan | None  # the master after the merge (None when nothing changes)
    theirs: bytes  # the sector content merged, compressed: the next merge's base
    new_content: bool  # the sector sent something not merged before

    @property
    def unresolved(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.choice is None]

    @property
    def changes_anything(self) -> bool:
        return self.merged is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "sector": self.export.label,
            "export_id": self.export.id,
            "exported_at": self.export.exported_at.isoformat(),
            "sector_changes": self.sector_changes,
            "master_changes": self.master_changes,
            "changes": [c.to_json() for c in self.changes],
            "group_changes": [_message_json(m) for m in self.group_changes],
            "conflicts": [c.to_json() for c in self.conflicts],
            "unresolved": len(self.unresolved),
            "not_applied": [_message_json(m) for m in self.not_applied],
        }


# Fields the change engine reports in messages of their own, so its table does not name them.
_MORE_LABELS = {
    "tasks": ("tugas", "tasks"),
    "shifts": ("tahap dijaga", "shifts manned"),
    "x": ("letak di denah", "place on the site plan"),
    "y": ("letak di denah", "place on the site plan"),
    "route": ("rute", "route"),
    "voters": ("DPT", "registered voters"),
    "latitude": ("lintang", "latitude"),
    "longitude": ("bujur", "longitude"),
    "value": ("nilai", "value"),
    "role": ("peran", "role"),
    "locked": ("kunci", "lock"),
    "origin": ("asal BKO", "BKO origin"),
}


def field_words(names: Any) -> Words:
    """Field names in both languages ("tugas, peralatan" / "tasks, equipment"), as the change engine names them."""
    labels = {**_MORE_LABELS, **FIELD_LABELS}
    id_names = [labels.get(n, (n, n))[0] for n in names]
    en_names = [labels.get(n, (n, n))[1] for n in names]
    return Words(", ".join(id_names), ", ".join(en_names))


def _message_json(m: Message) -> dict[str, Any]:
    return {**m.to_json(), "message_id": m.render("id"), "message_en": m.render("en")}


# ---------------------------------------------------------------------------- identity
def export_for(master: Plan, sector: Plan) -> SectorExport:
    """The master's record of the export `sector` came from; SectorError when it is not one."""
    origin = origin_of(sector)
    if origin is None:
        raise SectorError("not a sector plan", code="sector.not_a_sector")
    mine = operation_id(master)
    if not mine or origin.operation_id != mine:
        raise SectorError(
            "a sector of another operation",
            code="sector.other_operation",
            operation=origin.operation_name or "?",
        )
    record = master.sector_exports.get(origin.id)
    if record is None or getattr(record, "role", "") != "export":
        raise SectorError("an export this operation does not know", code="sector.unknown_export", label=origin.label)
    return record  # type: ignore[return-value]


def base_of(master: Plan, export: SectorExport) -> dict[str, Any]:
    """The base of the next merge of `export`: the sector content merged last, else the export's."""
    data = export.base
    for m in merges_of(master, export.id):
        if m.merged is not None:
            data = m.merged
    try:
        return read_snapshot(data)
    except RevisionError:
        raise SectorError("the base is damaged", code="sector.base_damaged", label=export.label) from None


# ---------------------------------------------------------------------------- labels
def _what(section: str, key: Any, records: list[dict[str, Any] | None], people: dict[str, Any]) -> Words:
    rec = next((r for r in records if r), {}) or {}

    def who(pid: str) -> str:
        p = people.get(pid) or {}
        return f"{p.get('rank', '')} {p.get('name', '')}".strip() or str(pid)

    if section == "posts":
        return Words(f"Pos {key} {rec.get('name', '')}".strip(), f"Post {key} {rec.get('name', '')}".strip())
    if section == "personnel":
        return Words(f"Personel {who(key)}", f"Person {who(key)}")
    if section == "assignments":
        return Words(
            f"Penempatan {who(key[0])} di {key[1]} (tahap {key[2]})",
            f"{who(key[0])}'s place at {key[1]} (shift {key[2]})",
        )
    if section == "placeholders":
        return Words(
            f"Tempat nama menyusul {key[3]} {key[2]} di {key[0]} (tahap {key[1]})",
            f"Place held for {key[2]} ({key[3]}) at {key[0]} (shift {key[1]})",
        )
    names = {
        "units": ("Satuan", "Unit"),
        "shifts": ("Tahap", "Shift"),
        "rings": ("Ring", "Ring"),
        "patterns": ("Pola pengamanan", "Staffing pattern"),
        "groups": ("Grup", "Group"),
        "settings": ("Pengaturan", "Setting"),
    }
    if section in names:
        a, b = names[section]
        return Words(f"{a} {key}", f"{b} {key}")
    if section == "operation":
        return Words("Data operasi", "Operation details")
    return Words("Denah pengamanan", "Site plan")


# ---------------------------------------------------------------------------- three-way
def _three(b: Any, m: Any, t: Any) -> tuple[Any, bool]:
    """(result, conflict) of one value: the changed side wins; both changed differently conflict."""
    if t == b:
        return m, False
    if m in (b, t):
        return t, False
    return m, True


def _merge_set(b: list[Any], m: list[Any], t: list[Any]) -> list[Any]:
    """mine, plus what the sector added, less what the sector removed (order: mine's, then new)."""
    added = [x for x in t if x not in b]
    removed = set(b) - set(t)
    out = [x for x in m if x not in removed]
    return out + [x for x in added if x not in out]


def _merge_record(
    section: str, b: dict[str, Any], m: dict[str, Any], t: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, tuple[Any, Any, Any]]]:
    out: dict[str, Any] = {}
    conflicts: dict[str, tuple[Any, Any, Any]] = {}
    for name in list(m) + [k for k in t if k not in m]:
        bv, mv, tv = b.get(name, _ABSENT), m.get(name, _ABSENT), t.get(name, _ABSENT)
        if (section, name) in SET_FIELDS and all(isinstance(v, list) for v in (bv, mv, tv)):
            out[name] = _merge_set(bv, mv, tv)
            continue
        value, conflict = _three(bv, mv, tv)
        if conflict:
            conflicts[name] = (_plain(bv), _plain(mv), _plain(tv))
        if value is not _ABSENT:
            out[name] = value
    return out, conflicts


def _changed_fields(m: dict[str, Any], t: dict[str, Any]) -> dict[str, Any]:
    """The fields `t` has different from `m`, with `m`'s value (absent as _ABSENT)."""
    return {
        n: m.get(n, _ABSENT) for n in list(m) + [k for k in t if k not in m] if m.get(n, _ABSENT) != t.get(n, _ABSENT)
    }


def _plain(value: Any) -> Any:
    return None if value is _ABSENT else value


def _apply_choice(conflict: Conflict, section: str, b: Any, m: Any, t: Any, auto: Any) -> tuple[Any, list[Message]]:
    """The record a resolved conflict gives, and the sector's changes it leaves out."""
    side = conflict.choice
    if side is None or side == "mine":
        kept = [] if side is None else [_kept(conflict)]
        if conflict.fields:
            return auto, kept
        return m, kept
    if side == "theirs":
        if conflict.fields:
            merged = dict(auto)
            for name, (_b, _m, tv) in conflict.fields.items():
                if tv is None and name not in (t or {}):
                    merged.pop(name, None)
                else:
                    merged[name] = copy.deepcopy(tv)
            return merged, []
        return t, []
    # per field
    assert isinstance(side, dict)
    merged = dict(auto)
    left: list[str] = []
    for name, (_b, _m, tv) in conflict.fields.items():
        if side.get(name) == "theirs":
            merged[name] = copy.deepcopy(tv)
        else:
            left.append(name)
    return merged, ([Message("sector.kept_mine", what=conflict.what, fields=field_words(left))] if left else [])


def _kept(conflict: Conflict) -> Message:
    if conflict.kind == "operation_wide":
        return Message("sector.kept_mine_operation_wide", what=conflict.what)
    if conflict.kind == "changed_both":
        return Message("sector.kept_mine", what=conflict.what, fields=field_words(conflict.fields))
    if conflict.kind == "double_booking":
        return Message("sector.kept_mine_place", what=conflict.what)
    if conflict.kind == "deleted_in_master":
        return Message("sector.kept_mine_deleted_in_master", what=conflict.what)
    return Message("sector.kept_mine_deleted_in_sector", what=conflict.what)


def _choose(conflict: Conflict, choices: dict[str, Any], take: str | None) -> None:
    choice = choices.get(conflict.id)
    if isinstance(choice, dict):
        fields = {k: v for k, v in choice.items() if k in conflict.fields and v in SIDES}
        if conflict.fields and fields:
            if len(fields) < len(conflict.fields) and take in SIDES:
                fields = {f: fields.get(f, take) for f in conflict.fields}
            conflict.choice = fields if len(fields) == len(conflict.fields) else None
            if conflict.choice is not None and len(set(fields.values())) == 1:
                conflict.choice = next(iter(fields.values()))
            return
        choice = None
    if choice in SIDES:
        conflict.choice = choice
    elif take in SIDES:
        conflict.choice = take


def three_way(
    base: dict[str, Any],
    mine: dict[str, Any],
    theirs: dict[str, Any],
    choices: dict[str, Any] | None = None,
    take: str | None = None,
) -> tuple[dict[str, Any], list[Conflict], list[Message]]:
    """(merged keyed content, conflicts with their choices, the sector's changes not applied).

    `base`, `mine`, `theirs` are plan documents; the result is keyed content (see `normalize`).
    Unresolved conflicts keep the master's version in the result.
    """
    choices = choices or {}
    B, M, T = _normal(base), _normal(mine), _normal(theirs)
    people = {**B["personnel"], **T["personnel"], **M["personnel"]}
    out: dict[str, Any] = {}
    conflicts: list[Conflict] = []
    not_applied: list[Message] = []

    restored: dict[str, set[Any]] = {"posts": set(), "personnel": set(), "shifts": set()}

    def resolve(section: str, key: Any, b: Any, m: Any, t: Any) -> Any:
        if t == b:
            if m is None and t is not None and _refers_to(t, restored):
                return t  # a post (or person) the master deleted comes back with its places
            return m
        if m == t:
            return t
        cid = f"{section}:{_key_text(key)}"
        both_records = isinstance(m, dict) and isinstance(t, dict) and isinstance(b, dict)
        if m == b or (section in OPERATION_WIDE and both_records):
            if section not in OPERATION_WIDE:
                return t
            # The sector changed what holds for the whole operation (its order, settings, shifts,
            # patterns, rings, site plan): kept as the master's unless the planner takes it, also
            # when the master changed the same record since (other fields stay the master's).
            fields = {}
            if isinstance(m, dict) and isinstance(t, dict):
                fields = {
                    n: (_plain(v), m.get(n), t.get(n, None))
                    for n, v in _changed_fields(m, t).items()
                    if m == b or not isinstance(b, dict) or t.get(n, _ABSENT) != b.get(n, _ABSENT)
                }
                if not fields:
                    return m
            conflict = Conflict(cid, "operation_wide", section, key, _what(section, key, [m, t, b], people), fields)
            _choose(conflict, choices, None)
            if conflict.choice is None:
                conflict.choice = "mine"
            conflicts.append(conflict)
            value, left = _apply_choice(conflict, section, b, m, t, m)
            not_applied.extend(left)
            return value
        if isinstance(m, dict) and isinstance(t, dict):
            auto, fields = _merge_record(section, b if isinstance(b, dict) else {}, m, t)
            if not fields:
                return auto
            kind = "changed_both"
        else:
            auto, fields = m, {}
            kind = "deleted_in_master" if m is None else "deleted_in_sector"
        conflict = Conflict(cid, kind, section, key, _what(section, key, [m, t, b], people), fields)
        _choose(conflict, choices, take)
        conflicts.append(conflict)
        if kind == "deleted_in_master" and conflict.choice == "theirs" and section in restored:
            restored[section].add(key)
        value, left = _apply_choice(conflict, section, b, m, t, auto)
        not_applied.extend(left)
        return value

    for section in KEYED:
        b_items, m_items, t_items = B[section], M[section], T[section]
        merged: dict[Any, Any] = {}
        for key in (
            list(m_items)
            + [k for k in t_items if k not in m_items]
            + [k for k in b_items if k not in m_items and k not in t_items]
        ):
            value = resolve(section, key, b_items.get(key), m_items.get(key), t_items.get(key))
            if value is not None:
                merged[key] = value
        out[section] = merged
    op = resolve("operation", "", B["operation"], M["operation"], T["operation"])
    out["operation"] = op if op is not None else M["operation"]
    settings: dict[str, Any] = {}
    b_s, m_s, t_s = B["settings"], M["settings"], T["settings"]
    for key in list(m_s) + [k for k in t_s if k not in m_s]:
        if key == OPERATION_ID_SETTING:
            settings[key] = m_s.get(key, t_s.get(key))
            continue
        value = resolve("settings", key, _wrap(b_s, key), _wrap(m_s, key), _wrap(t_s, key))
        if value is not None:
            settings[key] = value["value"]
    out["settings"] = settings
    out["site_plan"] = resolve("site_plan", "", B["site_plan"], M["site_plan"], T["site_plan"])
    out["_site_plan_theirs"] = out["site_plan"] is not None and out["site_plan"] == T["site_plan"] != M["site_plan"]
    _consistent(out, B, M, T, people, not_applied)
    _double_bookings(out, B, M, T, people, conflicts, choices, take, not_applied)
    return out, conflicts, not_applied


def _refers_to(record: dict[str, Any], restored: dict[str, set[Any]]) -> bool:
    return (
        record.get("post") in restored["posts"]
        or record.get("person") in restored["personnel"]
        or record.get("shift") in restored["shifts"]
    )


def _wrap(settings: dict[str, Any], key: str) -> dict[str, Any] | None:
    return {"value": settings[key]} if key in settings else None


def _key_text(key: Any) -> str:
    return ":".join(str(k) for k in key) if isinstance(key, tuple) else str(key)


def _normal(doc: dict[str, Any]) -> dict[str, Any]:
    """The keyed content of `doc` as the change engine keys it (`normalize`), groups included.

    Records are shared with `doc`, not copied (a district plan has 100,000 of them): the merge
    copies a record before changing it.
    """
    state = normalize({k: doc.get(k) for k in ("operation", "settings")})
    state["site_plan"] = doc.get("site_plan")
    for section, key_fields in KEYED.items():
        items: dict[Any, Any] = {}
        for item in doc.get(section) or []:
            key = tuple(item.get(k) for k in key_fields)
            items[key[0] if len(key) == 1 else key] = item
        state[section] = items
    return state


# ---------------------------------------------------------------------------- consistency
def _consistent(
    out: dict[str, Any],
    B: dict[str, Any],
    M: dict[str, Any],
    T: dict[str, Any],
    people: dict[str, Any],
    not_applied: list[Message],
) -> None:
    """Keep what the master still uses; leave out sector records pointing at what is gone."""
    for _round in range(4):
        missing = _missing_references(out)
        restored = False
        for section, key in missing:
            if key in M[section] and key not in T[section] and key in B[section]:
                out[section][key] = copy.deepcopy(M[section][key])  # the sector removed it; the master uses it
                not_applied.append(Message("sector.removal_kept", what=_what(section, key, [M[section][key]], people)))
                restored = True
        if not restored:
            break
    posts, persons, shifts, units = out["posts"], out["personnel"], out["shifts"], out["units"]
    for section in ("assignments", "placeholders"):
        for key, rec in list(out[section].items()):
            gone = [
                str(v)
                for v, table in (
                    (rec.get("person"), persons),
                    (rec.get("post"), posts),
                    (rec.get("shift"), shifts),
                    (rec.get("unit"), units),
                )
                if v is not None and v not in table
            ]
            if gone:
                del out[section][key]
                not_applied.append(
                    Message(
                        "sector.dropped_reference", what=_what(section, key, [rec], people), missing=", ".join(gone)
                    )
                )
    for pid, rec in list(persons.items()):
        if rec.get("unit") and rec["unit"] not in units:
            not_applied.append(
                Message("sector.dropped_reference", what=_what("personnel", pid, [rec], people), missing=rec["unit"])
            )
            persons[pid] = {**rec, "unit": None}
    for code, rec in list(posts.items()):
        kept = [s for s in rec.get("shifts") or [] if s in shifts]
        if kept != list(rec.get("shifts") or []):
            gone = [s for s in rec["shifts"] if s not in shifts]
            not_applied.append(
                Message("sector.dropped_reference", what=_what("posts", code, [rec], people), missing=", ".join(gone))
            )
            posts[code] = {**rec, "shifts": kept}
    for code in list(out["groups"]):
        rec = out["groups"][code] = dict(out["groups"][code])
        gone = [p for p in rec.get("posts") or [] if p not in posts]
        gone += [p for p in rec.get("members") or [] if p not in persons]
        if rec.get("commander") and rec["commander"] not in persons:
            gone.append(rec["commander"])
            rec["commander"] = None
        if gone:
            rec["posts"] = [p for p in rec.get("posts") or [] if p in posts]
            rec["members"] = [p for p in rec.get("members") or [] if p in persons]
            not_applied.append(
                Message("sector.dropped_reference", what=_what("groups", code, [rec], people), missing=", ".join(gone))
            )
    # a post in two groups: the master's group keeps it
    owner: dict[str, str] = {}
    for code, rec in out["groups"].items():
        for p in list(rec.get("posts") or []):
            if p in owner:
                first = owner[p]
                keep, drop = (first, code) if p in (M["groups"].get(first) or {}).get("posts", []) else (code, first)
                out["groups"][drop]["posts"] = [x for x in out["groups"][drop]["posts"] if x != p]
                owner[p] = keep
                not_applied.append(
                    Message("sector.dropped_reference", what=_what("groups", drop, [rec], people), missing=p)
                )
            else:
                owner[p] = code
    op = out["operation"] = dict(out["operation"])
    for name in ("commander", "field_commander"):
        if op.get(name) and op[name] not in persons:
            not_applied.append(
                Message("sector.dropped_reference", what=_what("operation", "", [op], people), missing=op[name])
            )
            op[name] = M["operation"].get(name) if M["operation"].get(name) in persons else None


def _missing_references(out: dict[str, Any]) -> list[tuple[str, Any]]:
    missing: list[tuple[str, Any]] = []
    for section in ("assignments", "placeholders"):
        for rec in out[section].values():
            for name, table in (("person", "personnel"), ("post", "posts"), ("shift", "shifts"), ("unit", "units")):
                value = rec.get(name)
                if value is not None and value not in out[table]:
                    missing.append((table, value))
    for rec in out["personnel"].values():
        if rec.get("unit") and rec["unit"] not in out["units"]:
            missing.append(("units", rec["unit"]))
    for rec in out["groups"].values():
        missing += [("posts", p) for p in rec.get("posts") or [] if p not in out["posts"]]
        missing += [("personnel", p) for p in rec.get("members") or [] if p not in out["personnel"]]
        if rec.get("commander") and rec["commander"] not in out["personnel"]:
            missing.append(("personnel", rec["commander"]))
    for name in ("commander", "field_commander"):
        value = out["operation"].get(name)
        if value and value not in out["personnel"]:
            missing.append(("personnel", value))
    return list(dict.fromkeys(missing))


def _overlaps(shifts: dict[str, Any]) -> dict[str, set[str]]:
    times: dict[str, tuple[datetime, datetime] | None] = {}
    for code, rec in shifts.items():
        try:
            times[code] = (datetime.fromisoformat(rec["start"]), datetime.fromisoformat(rec["end"]))
        except (TypeError, ValueError, KeyError):
            times[code] = None
    out: dict[str, set[str]] = {}
    for code, span in times.items():
        out[code] = {code}
        if span is None:
            continue
        for other, o_span in times.items():
            if o_span is not None and other != code and span[0] < o_span[1] and o_span[0] < span[1]:
                out[code].add(other)
    return out


def _double_bookings(
    out: dict[str, Any],
    B: dict[str, Any],
    M: dict[str, Any],
    T: dict[str, Any],
    people: dict[str, Any],
    conflicts: list[Conflict],
    choices: dict[str, Any],
    take: str | None,
    not_applied: list[Message],
) -> None:
    """A person the sector newly places where the master already has them in that shift elsewhere."""
    overlap = _overlaps(out["shifts"])
    assignments = out["assignments"]
    by_person: dict[str, list[tuple[str, str, str]]] = {}
    for key in assignments:
        by_person.setdefault(key[0], []).append(key)
    for key in list(assignments):
        if key not in assignments or key in M["assignments"] or key not in T["assignments"]:
            continue  # only places the sector added
        pid, post, shift = key
        clash = [
            k
            for k in by_person.get(pid, [])
            if k != key
            and k in assignments
            and k[1] != post
            and k[2] in overlap.get(shift, {shift})
            and k in M["assignments"]
            and k not in T["assignments"]
        ]
        if not clash:
            continue
        conflict = Conflict(
            f"double:{_key_text(key)}",
            "double_booking",
            "assignments",
            key,
            _what("assignments", key, [assignments[key]], people),
            other=tuple(f"{k[1]} ({k[2]})" for k in clash),
        )
        _choose(conflict, choices, take)
        conflicts.append(conflict)
        if conflict.choice == "theirs":
            for k in clash:
                del assignments[k]
        else:
            del assignments[key]
            if conflict.choice == "mine":
                not_applied.append(_kept(conflict))


# ---------------------------------------------------------------------------- applying
_REMOVE_FIRST = ("assignments", "placeholders", "groups", "posts", "personnel", "shifts", "patterns", "rings")


def _delta(M: dict[str, Any], out: dict[str, Any]) -> dict[str, tuple[list[Any], list[Any]]]:
    """Per keyed section: (keys the merge removes, keys it adds or changes)."""
    delta = {}
    for section in KEYED:
        before, after = M[section], out[section]
        removed = [k for k in before if k not in after]
        upserted = [k for k, rec in after.items() if before.get(k) != rec]
        delta[section] = (removed, upserted)
    return delta


def _merged_plan(
    master: Plan, M: dict[str, Any], out: dict[str, Any], delta: dict[str, tuple[list[Any], list[Any]]]
) -> Plan:
    """The master with the merge applied (a new plan; the master is not changed).

    Removals are `Plan` edits; additions and changes go through the plan document import, which
    checks every value (bounds, formats, references) as any imported document is checked.
    """
    from desktop.model import PlanError
    from desktop.plan_json import PlanDocumentError, import_document

    work = master.clone()
    remove: dict[str, Callable[[Any], object]] = {
        "assignments": lambda k: work.unassign(*k),
        "placeholders": work.remove_placeholder,
        "groups": work.remove_group,
        "posts": work.remove_post,
        "personnel": work.remove_person,
        "shifts": work.remove_shift,
        "patterns": work.remove_pattern,
        "rings": work.remove_ring_outline,
    }
    doc: dict[str, Any] = {"format": "renpam-plan", "version": 1}
    for section in KEYED:
        doc[section] = [out[section][k] for k in delta[section][1]]
    if out["operation"] != M["operation"]:
        doc["operation"] = out["operation"]
    changed_settings = {k: v for k, v in out["settings"].items() if M["settings"].get(k, _ABSENT) != v}
    if changed_settings:
        doc["settings"] = changed_settings
    try:
        for section in _REMOVE_FIRST:
            for key in delta[section][0]:
                if key in getattr(work, _PLAN_TABLES[section]):
                    remove[section](key)
        for key in [k for k in M["settings"] if k not in out["settings"]]:
            work.settings.pop(key, None)
        import_document(work, doc)
        for key in delta["units"][0]:
            work.remove_unit(key)
    except PlanDocumentError as exc:
        raise SectorError(
            "the merged plan is inconsistent", code="sector.merge_inconsistent", problem=exc.problems[0]
        ) from None
    except PlanError as exc:
        raise SectorError(
            "the merged plan is inconsistent", code="sector.merge_inconsistent", problem=str(exc)
        ) from None
    return work


_PLAN_TABLES = {
    "assignments": "assignments",
    "placeholders": "placeholders",
    "groups": "groups",
    "posts": "posts",
    "personnel": "personnel",
    "shifts": "shifts",
    "patterns": "patterns",
    "rings": "ring_outlines",
}


def _changed_view(
    M: dict[str, Any], out: dict[str, Any], delta: dict[str, tuple[list[Any], list[Any]]]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Two small plan documents holding only what the merge touches, before and after, for the
    change engine (it then reads as fast for one TPS as for a district)."""
    touched = {s: set(delta[s][0]) | set(delta[s][1]) for s in KEYED}
    for section in ("assignments", "placeholders"):
        for key in touched[section]:
            rec = out[section].get(key) or M[section].get(key) or {}
            if rec.get("person"):
                touched["personnel"].add(rec["person"])
    before: dict[str, Any] = {"operation": M["operation"], "settings": M["settings"], "site_plan": M["site_plan"]}
    after: dict[str, Any] = {"operation": out["operation"], "settings": out["settings"], "site_plan": out["site_plan"]}
    for section in KEYED:
        before[section] = [M[section][k] for k in M[section] if k in touched[section]]
        after[section] = [out[section][k] for k in out[section] if k in touched[section]]
    return before, after


def prepare_merge(
    master: Plan,
    sector: Plan,
    *,
    file: str = "",
    choices: dict[str, Any] | None = None,
    take: str | None = None,
) -> MergeOutcome:
    """What merging `sector` into `master` does; nothing is changed. SectorError when `sector` is
    not a sector of this operation (or its base is damaged)."""
    export = export_for(master, sector)
    base = base_of(master, export)
    mine = snapshot_document(master)
    theirs = snapshot_document(sector)
    theirs_bytes = compress_snapshot(theirs)
    state, conflicts, not_applied = three_way(base, mine, theirs, choices, take)
    theirs_site_plan = state.pop("_site_plan_theirs", False)
    M, B, T = _normal(mine), _normal(base), _normal(theirs)
    delta = _delta(M, state)
    before, after = _changed_view(M, state, delta)
    changes = compare(before, after)
    group_changes = _group_changes(M["groups"], state["groups"])
    scope = {s: {**B[s], **T[s]} for s in KEYED}
    restricted = {**mine, **{s: [r for k, r in M[s].items() if k in scope[s]] for s in KEYED}}
    sector_changes = len(compare(base, theirs))
    master_changes = len(compare(base, restricted))
    merged: Plan | None = None
    if changes or group_changes:
        merged = _merged_plan(master, M, state, delta)
        if theirs_site_plan:
            merged.site_plan = copy.deepcopy(sector.site_plan)
    prior = merges_of(master, export.id)
    last = next((m.merged for m in reversed(prior) if m.merged is not None), export.base)
    return MergeOutcome(
        export=export,
        file=file[:MAX_TEXT],
        conflicts=conflicts,
        changes=changes,
        group_changes=group_changes,
        not_applied=not_applied,
        sector_changes=sector_changes,
        master_changes=master_changes,
        merged=merged,
        theirs=theirs_bytes,
        new_content=read_snapshot(last) != theirs,
    )


def _group_changes(before: dict[str, Any], after: dict[str, Any]) -> list[Message]:
    out = []
    for code in after:
        if code not in before:
            out.append(Message("sector.group_added", group=code))
        elif after[code] != before[code]:
            out.append(Message("sector.group_changed", group=code))
    out += [Message("sector.group_removed", group=code) for code in before if code not in after]
    return out


def merge_record(
    master: Plan, outcome: MergeOutcome, *, now: datetime | None = None, user: str | None = None
) -> SectorMerge:
    """The record of this merge (number after the newest)."""
    if len(master.sector_merges) >= MAX_MERGES:
        raise SectorError("too many merges", code="sector.too_many_merges", limit=MAX_MERGES)
    if len(outcome.theirs) > MAX_SNAPSHOT_BYTES:  # the opener would refuse the master afterwards
        raise SectorError("the sector is too large", code="sector.too_large")
    return SectorMerge(
        number=max((m.number for m in master.sector_merges), default=0) + 1,
        export_id=outcome.export.id,
        merged_at=(now or now_jakarta()).replace(microsecond=0),
        merged_by=user_name() if user is None else user[:MAX_TEXT],
        file=outcome.file,
        summary={
            "applied": len(outcome.changes) + len(outcome.group_changes),
            "not_applied": len(outcome.not_applied),
            "conflicts": len(outcome.conflicts),
        },
        merged=outcome.theirs,
    )


def should_record(outcome: MergeOutcome) -> bool:
    """A merge is recorded when it changes the master or brings sector content not merged before."""
    return outcome.changes_anything or outcome.new_content


def apply_merge(master: Plan, outcome: MergeOutcome, *, now: datetime | None = None, user: str | None = None) -> bool:
    """Apply a prepared merge to `master` and record it; False when there was nothing to do.

    The outcome's merged plan becomes the master's content (not copied, a district plan takes
    a second to copy): prepare a new outcome for another merge.

    SectorError ("sector.unresolved") when a conflict has no choice: nothing is changed.
    """
    if outcome.unresolved:
        raise SectorError("conflicts are unresolved", code="sector.unresolved", count=len(outcome.unresolved))
    if not should_record(outcome):
        return False
    record = merge_record(master, outcome, now=now, user=user)
    if outcome.merged is not None:
        master.replace_with(outcome.merged)  # the outcome's plan is the master's now: apply an outcome once
    master.set_sector_merges([*master.sector_merges, record])
    return True
