"""Print revisions and roll calls: what was printed when, and who stood at each apel.

Every print (window or command line) records a `PrintRevision`: its number, when, the print
options (documents and selections), the page count, which part of which document stood on
which pages with which revision stamp, and a compact snapshot of the plan content the pages
showed (the plan document as zlib-compressed JSON, the site-plan image replaced by its digest).
`desktop.revisions.changes` compares two snapshots; `desktop.briefing.changed` reprints only
the parts whose stamp changed.

A `RollCall` is the attendance taken at the apel of one shift: when, and who was absent with
which reason, at which places they stood, and who replaced them. Everyone else with a duty in
that shift was present.

The file keeps both (schema version 4, tables `print_revisions`, `roll_calls`, `absences`);
the `Plan` holds them in `print_revisions` and `roll_calls`.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.errors import RenpamError

# Bounds (every input has one). A plan printed more often keeps the metadata of every print but
# the plan snapshot only of the newest KEEP_SNAPSHOTS, so the file does not grow without end.
MAX_REVISIONS = 1000
KEEP_SNAPSHOTS = 30
MAX_SNAPSHOT_BYTES = 32 * 1024 * 1024  # compressed; a district plan takes well under 1 MB
MAX_SNAPSHOT_TEXT = 256 * 1024 * 1024  # uncompressed, checked while inflating (zip-bomb guard)
MAX_PARTS = 200_000

REASONS = ("sakit", "izin", "tanpa_keterangan", "terlambat")
REASON_LABELS = {
    "sakit": ("sakit", "sick"),
    "izin": ("izin", "on leave"),
    "tanpa_keterangan": ("tanpa keterangan", "without notice"),
    "terlambat": ("terlambat", "late"),
}


class RevisionError(RenpamError):
    """An unknown revision number, a revision without a snapshot, a bad reason or person."""

    code = "revision_error"


def reason_code(text: str) -> str:
    """'tanpa keterangan', 'Tanpa-Keterangan', 'sick' ... -> the stored reason code."""
    key = "_".join(text.strip().casefold().replace("-", " ").split())
    for code, (label_id, label_en) in REASON_LABELS.items():
        if key in (code, label_id.replace(" ", "_"), label_en.replace(" ", "_")):
            return code
    raise RevisionError(f"unknown reason {text!r}", code="unknown_reason", reason=text)


def reason_label(code: str, lang: str = "id") -> str:
    labels = REASON_LABELS.get(code, (code, code))
    return labels[1] if lang == "en" else labels[0]


# ---------------------------------------------------------------------------- print revisions
@dataclass(frozen=True, slots=True)
class PrintedPart:
    """One part of a print: `key` names it stably ("post:P03:LAKS", "slips#2"), `doc` is the
    document it belongs to, `first_page` its first page in the PDF (copy 1), `pages` how many."""

    key: str
    doc: str
    kind: str
    label: str
    stamp: str
    first_page: int
    pages: int


@dataclass(frozen=True, slots=True)
class PrintRevision:
    number: int
    printed_at: datetime
    options: dict[str, Any]  # documents, shifts, posts, units, lang, paper, copies (+ changed_since)
    pages: int
    parts: tuple[PrintedPart, ...] = ()
    snapshot: bytes | None = None  # compressed plan content; None once pruned

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(self.options.get("documents", ()))

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "printed_at": self.printed_at.isoformat(),
            "documents": list(self.documents),
            "options": self.options,
            "pages": self.pages,
            "parts": len(self.parts),
            "changed_only": self.options.get("changed_since") is not None,
            "has_snapshot": self.snapshot is not None,
        }


def snapshot_document(plan: Any) -> dict[str, Any]:
    """The plan content a print shows, as the plan document with the image as its digest."""
    from desktop.plan_json import export_document

    doc = export_document(plan)
    sp = doc.get("site_plan")
    if sp and sp.get("image_png_base64"):
        image = plan.site_plan.image_png if plan.site_plan else b""
        sp["image_png_base64"] = None
        sp["image_digest"] = hashlib.sha256(image).hexdigest()[:16]
    doc.pop("accepted", None)  # accepting a warning changes no plan content a planner re-reads
    return doc


def compress_snapshot(doc: dict[str, Any]) -> bytes:
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return zlib.compress(text.encode("utf-8"), 6)


def snapshot_of(plan: Any) -> bytes:
    return compress_snapshot(snapshot_document(plan))


def read_snapshot(data: bytes) -> dict[str, Any]:
    """Inflate a stored snapshot, refusing one that inflates beyond MAX_SNAPSHOT_TEXT."""
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(data, MAX_SNAPSHOT_TEXT)
        if inflater.unconsumed_tail:
            raise RevisionError("snapshot too large", code="snapshot_damaged")
        doc = json.loads(text.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError, RecursionError):
        raise RevisionError("snapshot damaged", code="snapshot_damaged") from None
    if not _snapshot_shape_ok(doc):
        raise RevisionError("snapshot is not a plan document", code="snapshot_damaged")
    return doc


# What identifies an entry of each list of a snapshot, and the type each key field must have.
_SNAPSHOT_KEYS: dict[str, tuple[tuple[str, type], ...]] = {
    "units": (("code", str),),
    "personnel": (("id", str),),
    "shifts": (("code", str),),
    "posts": (("code", str),),
    "assignments": (("person", str), ("post", str), ("shift", str)),
    "placeholders": (("post", str), ("shift", str), ("unit", str), ("number", int)),
    "rings": (("ring", str),),
    "patterns": (("name", str),),
}


def _snapshot_shape_ok(doc: object) -> bool:
    """A stored snapshot has the plan document's shape: the change engine may trust its keys."""
    if not isinstance(doc, dict):
        return False
    for name in ("operation", "settings"):
        if not isinstance(doc.get(name, {}), dict):
            return False
    if doc.get("site_plan") is not None and not isinstance(doc["site_plan"], dict):
        return False
    for section, keys in _SNAPSHOT_KEYS.items():
        items = doc.get(section, [])
        if not isinstance(items, list):
            return False
        for item in items:
            if not isinstance(item, dict) or not all(
                isinstance(item.get(k), t) and not isinstance(item.get(k), bool) for k, t in keys
            ):
                return False
    return True


def next_number(plan: Any) -> int:
    return max((r.number for r in plan.print_revisions), default=0) + 1


def find_revision(plan: Any, number: int | None) -> PrintRevision:
    """Revision `number`, or the newest when None; RevisionError when there is none."""
    if not plan.print_revisions:
        raise RevisionError("the plan was never printed", code="never_printed")
    if number is None:
        return plan.print_revisions[-1]
    for rev in plan.print_revisions:
        if rev.number == number:
            return rev
    raise RevisionError(f"there is no print revision {number}", code="no_revision", number=number)


def record(plan: Any, revision: PrintRevision) -> PrintRevision:
    """Number `revision` after the plan's newest, add it to the plan, prune old snapshots."""
    from dataclasses import replace

    rev = replace(revision, number=next_number(plan))
    plan.record_print(rev)
    with_snapshot = [i for i, r in enumerate(plan.print_revisions) if r.snapshot is not None]
    for i in with_snapshot[:-KEEP_SNAPSHOTS]:
        plan.print_revisions[i] = replace(plan.print_revisions[i], snapshot=None)
    del plan.print_revisions[:-MAX_REVISIONS]
    return rev


# ---------------------------------------------------------------------------- roll calls
@dataclass(slots=True)
class Absence:
    """One person missing at the apel: why, where they stood, who took their places."""

    person: str
    reason: str
    label: str = ""  # "Bripda Dewi Lestari (NRP)": kept, so the report reads even if they are removed
    unit: str = ""
    places: list[tuple[str, str]] = field(default_factory=list)  # (post, role) they stood at
    replaced_by: list[tuple[str, str]] = field(default_factory=list)  # (post, person id)


@dataclass(slots=True)
class RollCall:
    shift: str
    taken_at: datetime
    absences: dict[str, Absence] = field(default_factory=dict)  # by person id


# ---------------------------------------------------------------------------- file rows
def revision_rows(plan: Any) -> list[dict[str, Any]]:
    return [
        {
            "number": r.number,
            "printed_at": r.printed_at.isoformat(),
            "options": json.dumps(r.options, ensure_ascii=False, sort_keys=True),
            "pages": r.pages,
            "parts": json.dumps(
                [[p.key, p.doc, p.kind, p.label, p.stamp, p.first_page, p.pages] for p in r.parts],
                ensure_ascii=False,
                separators=(",", ":"),
            ),
            "snapshot": r.snapshot,
        }
        for r in plan.print_revisions
    ]


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} is not text")
    return value


def _int(value: object, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{what} is not a whole number")
    return value


def revisions_from_rows(rows: list[dict[str, Any]], parse_time: Any) -> list[PrintRevision]:
    """Check and build the revisions read from a file (ValueError on anything malformed)."""
    if len(rows) > MAX_REVISIONS:
        raise ValueError("too many print revisions")
    out: list[PrintRevision] = []
    for r in rows:
        number = _int(r["number"], "print revision number")
        printed_at = parse_time(_text(r["printed_at"], "print time"))
        options = json.loads(_text(r["options"], "print options"))
        if not isinstance(options, dict):
            raise ValueError("print options are not an object")
        parts_raw = json.loads(_text(r["parts"], "printed parts"))
        if not isinstance(parts_raw, list) or len(parts_raw) > MAX_PARTS:
            raise ValueError("printed parts are not a list")
        parts = []
        for item in parts_raw:
            if not isinstance(item, list) or len(item) != 7:
                raise ValueError("a printed part is malformed")
            key, doc, kind, label, stamp = (_text(v, "printed part") for v in item[:5])
            parts.append(PrintedPart(key, doc, kind, label, stamp, _int(item[5], "page"), _int(item[6], "pages")))
        snapshot = r["snapshot"]
        if snapshot is not None and (not isinstance(snapshot, bytes) or len(snapshot) > MAX_SNAPSHOT_BYTES):
            raise ValueError("a print snapshot is malformed")
        out.append(PrintRevision(number, printed_at, options, _int(r["pages"], "page count"), tuple(parts), snapshot))
    return out


def roll_call_rows(plan: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    calls, absences = [], []
    for shift, rc in plan.roll_calls.items():
        calls.append({"shift": shift, "taken_at": rc.taken_at.isoformat()})
        for a in rc.absences.values():
            absences.append(
                {
                    "shift": shift,
                    "person": a.person,
                    "reason": a.reason,
                    "label": a.label,
                    "unit": a.unit,
                    "places": json.dumps([list(p) for p in a.places]),
                    "replaced_by": json.dumps([list(p) for p in a.replaced_by]),
                }
            )
    return calls, absences


def _pairs(text: object, what: str) -> list[tuple[str, str]]:
    items = json.loads(_text(text, what))
    if not isinstance(items, list) or not all(
        isinstance(i, list) and len(i) == 2 and all(isinstance(v, str) for v in i) for i in items
    ):
        raise ValueError(f"{what} is malformed")
    return [(i[0], i[1]) for i in items]


def roll_calls_from_rows(
    calls: list[dict[str, Any]], absences: list[dict[str, Any]], parse_time: Any
) -> dict[str, RollCall]:
    out: dict[str, RollCall] = {}
    for r in calls:
        shift = _text(r["shift"], "roll-call shift")
        out[shift] = RollCall(shift, parse_time(_text(r["taken_at"], "roll-call time")))
    for r in absences:
        shift = _text(r["shift"], "absence shift")
        if shift not in out:
            raise ValueError(f"an absence refers to shift {shift!r} without a roll call")
        reason = _text(r["reason"], "absence reason")
        if reason not in REASONS:
            raise ValueError(f"unknown absence reason {reason!r}")
        person = _text(r["person"], "absent person")
        out[shift].absences[person] = Absence(
            person,
            reason,
            _text(r["label"], "absent person's name"),
            _text(r["unit"], "absent person's unit"),
            _pairs(r["places"], "absence places"),
            _pairs(r["replaced_by"], "replacements"),
        )
    return out
