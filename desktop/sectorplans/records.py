"""What an operation file keeps about sector plans: exports made from it, the export it is, merges.

A master operation keeps one `SectorExport` (role "export") per sector file written from it, with
the **base**: the exported content at export time (the plan document of the exported part,
compressed like a print snapshot), so a merge can tell who changed what. A sector file keeps the
export it came from (role "origin") with the same base. Every merge of a sector back into the
master is a `SectorMerge`: who, when, which file, what it applied, and the sector content it
merged, which is the base of the next merge of that sector (so merging the same file twice
changes nothing the second time).

Schema version 7, tables `sector_exports` and `sector_merges`; the `Plan` holds them in
`sector_exports` (by id) and `sector_merges` (oldest first). Rows read from a file are checked
here (ValueError on anything malformed or beyond the bounds).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.revisions import MAX_SNAPSHOT_BYTES

MAX_EXPORTS = 1_000  # sector files written from one operation (a province has ~500 Polsek)
MAX_MERGES = 10_000
MAX_SELECTION_ITEMS = 20_000  # codes and names in one export's selection
MAX_TEXT = 500  # a label, a user name, a file name, an operation id
MAX_JSON_CHARS = 4 * 1024 * 1024  # a stored selection or merge summary
OPERATION_ID_SETTING = "operation_id"
ROLES = ("export", "origin")
SELECTION_KEYS = ("sectors", "posts", "units", "kecamatan")


@dataclass(frozen=True, slots=True)
class SectorExport:
    """One sector file written from an operation (role "export"), or the one a file is ("origin")."""

    id: str
    label: str
    selection: dict[str, list[str]]
    exported_at: datetime
    exported_by: str
    base: bytes  # compressed plan document of the exported part (desktop.revisions.compress_snapshot)
    operation_id: str = ""
    operation_name: str = ""
    role: str = "export"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "selection": self.selection,
            "exported_at": self.exported_at.isoformat(),
            "exported_by": self.exported_by,
            "operation_id": self.operation_id,
            "operation_name": self.operation_name,
        }


@dataclass(frozen=True, slots=True)
class SectorMerge:
    """One merge of a sector file into the operation."""

    number: int
    export_id: str
    merged_at: datetime
    merged_by: str
    file: str
    summary: dict[str, Any] = field(default_factory=dict)  # counts: applied, not_applied, conflicts
    merged: bytes | None = None  # the sector content merged: the base of the next merge

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "export_id": self.export_id,
            "merged_at": self.merged_at.isoformat(),
            "merged_by": self.merged_by,
            "file": self.file,
            "summary": self.summary,
        }


def new_export_id() -> str:
    return uuid.uuid4().hex


def user_name() -> str:
    """Who is at the keyboard (the OS user name), for the export and merge records."""
    import getpass

    try:
        name = getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        name = ""
    return "".join(ch for ch in name if ch.isprintable())[:MAX_TEXT]


# ---------------------------------------------------------------------------- rows
def export_rows(plan: Any) -> list[dict[str, Any]]:
    rows = []
    for e in plan.sector_exports.values():
        rows.append(
            {
                "id": e.id,
                "role": e.role,
                "operation_id": e.operation_id,
                "operation_name": e.operation_name,
                "label": e.label,
                "selection": json.dumps(e.selection, ensure_ascii=False, sort_keys=True),
                "exported_at": e.exported_at.isoformat(),
                "exported_by": e.exported_by,
                "base": e.base,
            }
        )
    return rows


def merge_rows(plan: Any) -> list[dict[str, Any]]:
    return [
        {
            "number": m.number,
            "export_id": m.export_id,
            "merged_at": m.merged_at.isoformat(),
            "merged_by": m.merged_by,
            "file": m.file,
            "summary": json.dumps(m.summary, ensure_ascii=False, sort_keys=True),
            "merged": m.merged,
        }
        for m in plan.sector_merges
    ]


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_TEXT or not value.isprintable():
        raise ValueError(f"{what} is malformed")
    return value


def _time(parse_time: Any, value: object, what: str) -> datetime:
    parsed = parse_time(_text(value, what))
    if not isinstance(parsed, datetime):
        raise ValueError(f"{what} is malformed")
    return parsed


def _json_text(value: object, what: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_JSON_CHARS:
        raise ValueError(f"{what} is malformed")
    return value


def _blob(value: object, what: str, optional: bool = False) -> bytes | None:
    if value is None and optional:
        return None
    if not isinstance(value, bytes) or len(value) > MAX_SNAPSHOT_BYTES:
        raise ValueError(f"{what} is malformed")
    return value


def check_selection(selection: object) -> dict[str, list[str]]:
    """A selection as stored: {"sectors"|"posts"|"units"|"kecamatan": [text, ...]}, bounded."""
    if not isinstance(selection, dict) or not set(selection) <= set(SELECTION_KEYS):
        raise ValueError("a sector selection is malformed")
    out: dict[str, list[str]] = {}
    count = 0
    for key, values in selection.items():
        if not isinstance(values, list):
            raise ValueError("a sector selection is malformed")
        count += len(values)
        if count > MAX_SELECTION_ITEMS:
            raise ValueError("a sector selection is too large")
        out[key] = [_text(v, "a sector selection") for v in values]
    return out


def exports_from_rows(rows: list[dict[str, Any]], parse_time: Any) -> dict[str, SectorExport]:
    """Check and build the sector exports read from a file (ValueError on anything malformed)."""
    if len(rows) > MAX_EXPORTS + 1:
        raise ValueError("too many sector exports")
    out: dict[str, SectorExport] = {}
    for r in rows:
        role = r["role"]
        if role not in ROLES:
            raise ValueError("a sector export has an unknown role")
        selection = check_selection(json.loads(_json_text(r["selection"], "a sector selection")))
        base = _blob(r["base"], "a sector base")
        assert base is not None
        out[_text(r["id"], "a sector export id")] = SectorExport(
            id=r["id"],
            label=_text(r["label"], "a sector label"),
            selection=selection,
            exported_at=_time(parse_time, r["exported_at"], "an export time"),
            exported_by=_text(r["exported_by"], "a user name"),
            base=base,
            operation_id=_text(r["operation_id"], "an operation id"),
            operation_name=_text(r["operation_name"], "an operation name"),
            role=role,
        )
    if sum(e.role == "origin" for e in out.values()) > 1:
        raise ValueError("a file is a sector of more than one export")
    return out


def merges_from_rows(rows: list[dict[str, Any]], parse_time: Any) -> list[SectorMerge]:
    if len(rows) > MAX_MERGES:
        raise ValueError("too many sector merges")
    out = []
    for r in rows:
        number = r["number"]
        if not isinstance(number, int) or isinstance(number, bool) or number < 1:
            raise ValueError("a sector merge number is malformed")
        summary = json.loads(_json_text(r["summary"], "a merge summary"))
        if not isinstance(summary, dict):
            raise ValueError("a merge summary is malformed")
        out.append(
            SectorMerge(
                number=number,
                export_id=_text(r["export_id"], "a sector export id"),
                merged_at=_time(parse_time, r["merged_at"], "a merge time"),
                merged_by=_text(r["merged_by"], "a user name"),
                file=_text(r["file"], "a file name"),
                summary=summary,
                merged=_blob(r["merged"], "a merged sector", optional=True),
            )
        )
    return out


def origin_of(plan: Any) -> SectorExport | None:
    """The export this operation file is a sector of, or None for a master (or a plain) operation."""
    return next((e for e in plan.sector_exports.values() if e.role == "origin"), None)


def exports_of(plan: Any) -> list[SectorExport]:
    """The sector files written from this operation, oldest first."""
    return sorted((e for e in plan.sector_exports.values() if e.role == "export"), key=lambda e: e.exported_at)


def merges_of(plan: Any, export_id: str) -> list[SectorMerge]:
    return [m for m in plan.sector_merges if m.export_id == export_id]
