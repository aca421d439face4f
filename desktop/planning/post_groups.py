"""Where a post sits in the district, for filtering and ordering lists: its Polsek, kecamatan,
village, cluster and TPS number, as levels a list can be filtered by.

Which Polsek a post belongs to, its TPS number and a vote's reading order (Polsek, kecamatan,
cluster, TPS number) are `desktop/planning/sectors.py`'s; this module only names the levels and
lists their values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.model import Plan
from desktop.planning.sectors import Sectors, natural_key, tps_number

LEVELS = ("polsek", "district", "village", "cluster")  # what a list can be filtered by


@dataclass(frozen=True, slots=True)
class PostPlace:
    """A post's place: Polsek unit code, kecamatan, village, cluster ("" where unknown), TPS number."""

    polsek: str
    district: str
    village: str
    cluster: str
    tps: int | None

    def value(self, level: str) -> str:
        """The place at one of `LEVELS`."""
        return str(getattr(self, level))


def places(plan: Plan) -> dict[str, PostPlace]:
    """Every post's place, by post code."""
    sectors = Sectors(plan)
    return {
        code: PostPlace(
            sectors.home_unit(post) or "",
            (post.district or post.sector).strip(),
            post.village.strip(),
            post.cluster.strip(),
            tps_number(post) if post.kind == "tps" else None,
        )
        for code, post in plan.posts.items()
    }


def has_places(plan: Plan, found: dict[str, PostPlace] | None = None) -> bool:
    """True when the posts spread over two or more Polsek, kecamatan, villages or clusters (a
    vote across a district, not a venue whose posts share one address)."""
    found = found if found is not None else places(plan)
    return any(len({place.value(level) for place in found.values()} - {""}) > 1 for level in LEVELS)


def sector_key(plan: Plan):
    """A sort key for post codes in a vote's reading order (`Sectors.order_key`)."""
    sectors = Sectors(plan)
    return lambda code: sectors.order_key(plan.posts[code])


def sector_order(plan: Plan, codes: Iterable[str] | None = None) -> list[str]:
    """Post codes (all, or `codes`) in a vote's reading order."""
    return sorted(plan.posts if codes is None else codes, key=sector_key(plan))


def choices(plan: Plan, level: str, found: dict[str, PostPlace] | None = None) -> list[tuple[str, str]]:
    """The values of one level present in the plan, as (value, label), in natural order of names;
    a Polsek is labelled with its unit's name ("Polsek Bungursari (PS-BGS)")."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; one of {', '.join(LEVELS)}")
    found = found if found is not None else places(plan)
    values = {place.value(level) for place in found.values()} - {""}
    if level == "polsek":
        labelled = [(code, f"{plan.units[code].name or code} ({code})") for code in values if code in plan.units]
    else:
        labelled = [(value, value) for value in values]
    return sorted(labelled, key=lambda pair: natural_key(pair[1]))


def matching(plan: Plan, level: str, value: str, found: dict[str, PostPlace] | None = None) -> list[str]:
    """Codes of the posts whose place at `level` is `value` (case-insensitive), in the plan's order."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; one of {', '.join(LEVELS)}")
    found = found if found is not None else places(plan)
    wanted = value.strip().casefold()
    return [code for code, place in found.items() if place.value(level).casefold() == wanted]
