"""Where a post sits in the district, for filtering and ordering lists: its Polsek (the sector
station whose sector covers it), kecamatan, village, cluster and TPS number.

Which Polsek a post belongs to is matched here by name: the post's `sector` (or, failing that,
its `district`) against the sub-districts a Polsek unit lists in `Unit.sector`. When
`desktop/planning/sectors.py` (the one home of that rule) lands, `polsek_of` should call it.

The sector order is the order a Polres reads a vote: Polsek, then kecamatan, then cluster, then
TPS number; posts with no sector come last in the plan's order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.model import Plan, Post

LEVELS = ("polsek", "district", "village", "cluster")  # what a list can be filtered by
_SEPARATORS = re.compile(r"[,;/]| dan ")
_TPS_NUMBER = re.compile(r"\bTPS\W*0*(\d+)", re.IGNORECASE)
_TRAILING_NUMBER = re.compile(r"(\d+)\s*$")
_NO_PLACE = "\uffff"  # sorts after every name


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

    @property
    def known(self) -> bool:
        return bool(self.polsek or self.district or self.village or self.cluster)


def polsek_index(plan: Plan) -> dict[str, str]:
    """Sub-district name (case-folded) -> code of the Polri unit whose sector lists it.

    `Unit.sector` may list several sub-districts ("Bungursari, Cibatu"); the first unit wins."""
    index: dict[str, str] = {}
    for unit in plan.units.values():
        if unit.agency != "POLRI" or not unit.sector:
            continue
        for name in _SEPARATORS.split(unit.sector):
            if name.strip():
                index.setdefault(name.strip().casefold(), unit.code)
    return index


def polsek_of(post: Post, index: dict[str, str]) -> str:
    """The Polsek unit code covering `post` ("" when none does)."""
    for name in (post.sector, post.district):
        code = index.get(name.strip().casefold()) if name else None
        if code:
            return code
    return ""


def tps_number(post: Post) -> int | None:
    """The polling-station number: "TPS 012 ..." in the name, else the code's trailing number
    for a TPS post ("TPS-CIBATU-012")."""
    found = _TPS_NUMBER.search(post.name)
    if found:
        return int(found.group(1))
    if post.kind == "tps":
        found = _TRAILING_NUMBER.search(post.code)
        if found:
            return int(found.group(1))
    return None


def place_of(post: Post, index: dict[str, str]) -> PostPlace:
    return PostPlace(
        polsek_of(post, index),
        (post.district or post.sector).strip(),
        post.village.strip(),
        post.cluster.strip(),
        tps_number(post),
    )


def places(plan: Plan) -> dict[str, PostPlace]:
    """Every post's place, by post code."""
    index = polsek_index(plan)
    return {code: place_of(post, index) for code, post in plan.posts.items()}


def has_places(plan: Plan, found: dict[str, PostPlace] | None = None) -> bool:
    """True when the posts spread over two or more Polsek, kecamatan, villages or clusters (a
    vote across a district, not a venue whose posts share one address)."""
    found = found if found is not None else places(plan)
    return any(len({place.value(level) for place in found.values()} - {""}) > 1 for level in LEVELS)


def _natural(text: str) -> tuple:
    """ "Klaster 10" after "Klaster 9": digits compare as numbers."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text.casefold()))


def sector_key(plan: Plan, found: dict[str, PostPlace] | None = None):
    """A sort key for post codes in sector order: Polsek (by its name), kecamatan, cluster, TPS
    number, then the plan's order."""
    found = found if found is not None else places(plan)
    order = {code: i for i, code in enumerate(plan.posts)}
    polsek_name = {u.code: (u.name or u.code).casefold() for u in plan.units.values()}

    def key(code: str) -> tuple:
        place = found[code]
        return (
            polsek_name.get(place.polsek, _NO_PLACE) if place.polsek else _NO_PLACE,
            _natural(place.district) if place.district else (_NO_PLACE,),
            _natural(place.cluster) if place.cluster else (_NO_PLACE,),
            place.tps if place.tps is not None else 1 << 30,
            order[code],
        )

    return key


def sector_order(plan: Plan, codes: Iterable[str] | None = None) -> list[str]:
    """Post codes (all, or `codes`) in sector order."""
    found = places(plan)
    return sorted(plan.posts if codes is None else codes, key=sector_key(plan, found))


def choices(plan: Plan, level: str, found: dict[str, PostPlace] | None = None) -> list[tuple[str, str]]:
    """The values of one level present in the plan, as (value, label), in sector order of names;
    a Polsek is labelled with its unit's name ("Polsek Bungursari (PS-BGS)")."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; one of {', '.join(LEVELS)}")
    found = found if found is not None else places(plan)
    values = {place.value(level) for place in found.values()} - {""}
    if level == "polsek":
        labelled = [(code, f"{plan.units[code].name or code} ({code})") for code in values if code in plan.units]
    else:
        labelled = [(value, value) for value in values]
    return sorted(labelled, key=lambda pair: _natural(pair[1]))


def matching(plan: Plan, level: str, value: str, found: dict[str, PostPlace] | None = None) -> list[str]:
    """Codes of the posts whose place at `level` is `value` (case-insensitive), in the plan's order."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}; one of {', '.join(LEVELS)}")
    found = found if found is not None else places(plan)
    wanted = value.strip().casefold()
    return [code for code, place in found.items() if place.value(level).casefold() == wanted]
