"""The facts of a vote's security pattern per kecamatan: the "Rekap pola pengamanan TPS".

Per Polsek and kecamatan (in the reading order of `desktop.planning.sectors`): TPS per
vulnerability category, and the police and Linmas the pattern in force requires and the plan
assigns, with the shortfall. The pattern's numbers come from the same function the pattern
rule uses (`desktop.planning.rules.pattern_need`), cluster by cluster, so the printed rekap and
validation agree on what a cluster needs:

- a TPS cluster (`Post.cluster`; a TPS without one is its own cluster) belongs to the kecamatan
  of its first TPS in reading order;
- required: `pattern_need` over the cluster's TPS whose category the pattern has a row for;
- assigned: the distinct police (Polri) and Linmas people at any TPS of the cluster, in any
  shift (a TPS duty is one duty);
- shortfall: per cluster, required minus assigned when positive, summed (a surplus at one
  cluster does not cover another).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.model import Plan, Post
from desktop.planning.rules import active_pattern, cluster_of, pattern_need
from desktop.planning.sectors import Sectors

TPS_KIND = "tps"


@dataclass(slots=True)
class RekapRow:
    """One kecamatan (or the whole Polres): TPS per category and the pattern's people."""

    unit: str | None  # the Polsek responsible (None: no Polsek, or the total)
    district: str  # the kecamatan ("" for the total)
    tps: dict[str, int] = field(default_factory=dict)  # category ("" = none) -> TPS
    clusters: int = 0
    police_need: int = 0
    police: int = 0
    police_short: int = 0
    linmas_need: int = 0
    linmas: int = 0
    linmas_short: int = 0

    @property
    def tps_total(self) -> int:
        return sum(self.tps.values())

    def add(self, other: RekapRow) -> None:
        for category, n in other.tps.items():
            self.tps[category] = self.tps.get(category, 0) + n
        self.clusters += other.clusters
        for name in ("police_need", "police", "police_short", "linmas_need", "linmas", "linmas_short"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(slots=True)
class Rekap:
    """`rows` per kecamatan in reading order, `total` for the whole Polres, and the pattern."""

    rows: list[RekapRow]
    total: RekapRow
    pattern: str | None  # the name of the pattern in force (None: no pattern, nothing required)


def rekap(plan: Plan) -> Rekap:
    """The rekap of `plan` (see the module's rules)."""
    sectors = Sectors(plan)
    pattern = active_pattern(plan)
    tps = sectors.ordered(p for p in plan.posts.values() if p.kind == TPS_KIND)
    rows: dict[tuple[str | None, str], RekapRow] = {}
    clusters: dict[str, list[Post]] = {}
    for post in tps:
        unit = sectors.home_unit(post)
        district = (post.district or post.sector).strip()
        row = rows.setdefault((unit, district.casefold()), RekapRow(unit, district))
        row.tps[post.category or ""] = row.tps.get(post.category or "", 0) + 1
        clusters.setdefault(cluster_of(post), []).append(post)
    for posts in clusters.values():
        first = posts[0]
        row = rows[(sectors.home_unit(first), (first.district or first.sector).strip().casefold())]
        row.clusters += 1
        police: set[str] = set()
        linmas: set[str] = set()
        codes = {p.code for p in posts}
        for code in codes:
            for shift in plan.shifts:
                for a in plan.assignments_at(code, shift, ordered=False):
                    person = plan.personnel.get(a.person)
                    agency = plan.agency_of(person) if person else "OTHER"
                    if agency == "POLRI":
                        police.add(a.person)
                    elif agency == "LINMAS":
                        linmas.add(a.person)
        under = [p for p in posts if pattern is not None and p.category in pattern.rows]
        need_p, need_l = pattern_need(pattern, under)[:2] if pattern is not None and under else (0, 0)
        row.police_need += need_p
        row.linmas_need += need_l
        row.police += len(police)
        row.linmas += len(linmas)
        row.police_short += max(0, need_p - len(police))
        row.linmas_short += max(0, need_l - len(linmas))
    total = RekapRow(None, "")
    for row in rows.values():
        total.add(row)
    return Rekap(list(rows.values()), total, pattern.name if pattern is not None else None)
