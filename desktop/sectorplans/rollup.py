"""The roll-up: per sector exported from an operation, when it went out, when it came back, and
how it stands in the master now (open places, findings), so the Kabag Ops sees which Polsek has
not sent its plan back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.model import Plan
from desktop.sectorplans.export import SectorError
from desktop.sectorplans.merge import base_of
from desktop.sectorplans.records import SectorExport, SectorMerge, exports_of, merges_of


@dataclass(frozen=True, slots=True)
class SectorStatus:
    export: SectorExport
    merges: tuple[SectorMerge, ...]
    posts: int  # posts of the sector in the master now
    open_places: int  # places below the minimum at those posts, all shifts
    errors: int
    warnings: int  # open (not accepted) warnings at those posts

    @property
    def merged_at(self) -> Any:
        return self.merges[-1].merged_at if self.merges else None

    def to_json(self) -> dict[str, Any]:
        return {
            **self.export.to_json(),
            "merged_at": self.merged_at.isoformat() if self.merged_at else None,
            "merged_by": self.merges[-1].merged_by if self.merges else None,
            "merges": len(self.merges),
            "posts": self.posts,
            "open_places": self.open_places,
            "errors": self.errors,
            "warnings": self.warnings,
        }


def rollup(plan: Plan, findings: list[Any] | None = None) -> list[SectorStatus]:
    """Every sector exported from `plan`, oldest first; `findings` of `validate(plan)` when known."""
    from desktop.validation import ERROR, validate

    exports = exports_of(plan)
    if not exports:
        return []
    if findings is None:
        findings = validate(plan)
    by_post: dict[str, list[int]] = {}
    for f in findings:
        if f.post and not f.accepted:
            counts = by_post.setdefault(f.post, [0, 0])
            counts[0 if f.severity == ERROR else 1] += 1
    out = []
    for export in exports:
        try:
            codes = [p.get("code") for p in base_of(plan, export).get("posts", [])]
        except SectorError:
            codes = []
        posts = [c for c in codes if c in plan.posts]
        open_places = sum(
            plan.open_places(code, shift.code).missing
            for code in posts
            for shift in plan.shifts_of_post(plan.posts[code])
        )
        out.append(
            SectorStatus(
                export,
                tuple(merges_of(plan, export.id)),
                len(posts),
                open_places,
                sum(by_post.get(c, [0, 0])[0] for c in posts),
                sum(by_post.get(c, [0, 0])[1] for c in posts),
            )
        )
    return out
