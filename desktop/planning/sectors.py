"""Which Polsek a post belongs to, and the order of a vote's posts: the one home of sectors.

On election day every polling station (TPS) belongs to a sector: the Polsek responsible for the
sub-districts (kecamatan) it covers. A unit names what it covers in `Unit.sector`, comma- or
semicolon-separated ("Indihiang, Bungursari"); a post names its own in `Post.sector`, or failing
that its kecamatan in `Post.district`. A post belongs to:

1. the first Polri unit (in the planner's order) whose sector covers the post's, else
2. when the post has coordinates, the nearest Polri unit that has coordinates too (a KPU list
   with latitude and longitude and Polsek offices placed on the map), else
3. no unit.

Auto-assignment's "post's own Polsek" preference, the candidates' reasons, the window's
grouping and the printouts' order all ask this module, so they agree.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from desktop.model import Plan, Post, Unit

EARTH_RADIUS_KM = 6371.0
_NUMBER = re.compile(r"\d+")


def covered(unit_sector: str) -> frozenset[str]:
    """The sector names a unit's `sector` text lists, compared without case."""
    return frozenset(s.strip().casefold() for s in unit_sector.replace(";", ",").split(",") if s.strip())


def sector_match(unit_sector: str, post_sector: str) -> bool:
    """True when a unit covering `unit_sector` is responsible for a post in `post_sector`."""
    name = post_sector.strip().casefold()
    return bool(name) and name in covered(unit_sector)


def post_sector(post: Post) -> str:
    """The sector a post names: its own sector, else its kecamatan."""
    return (post.sector or post.district or "").strip()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two WGS 84 points (haversine), in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def natural_key(text: str) -> tuple[object, ...]:
    """Order "TPS 2" before "TPS 10" and "K-9" before "K-10": digit runs compare as numbers."""
    parts: list[object] = []
    for i, piece in enumerate(re.split(r"(\d+)", text.casefold())):
        parts.append((1, int(piece)) if i % 2 else (0, piece))
    return tuple(parts)


def tps_number(post: Post) -> int | None:
    """The polling station's number ("TPS 007 Sukamaju" -> 7), from its name, else its code."""
    for text in (post.name, post.code):
        found = _NUMBER.search(text or "")
        if found:
            return int(found.group())
    return None


class Sectors:
    """The sector facts of one plan, computed once (a district vote has 2,000 posts and 17 Polsek)."""

    def __init__(self, plan: Plan) -> None:
        self._plan = plan
        polri = [u for u in plan.units.values() if u.agency == "POLRI"]
        self._covering: dict[str, str] = {}  # casefolded sector name -> first unit covering it
        for unit in polri:
            for name in covered(unit.sector):
                self._covering.setdefault(name, unit.code)
        self._placed: list[Unit] = [u for u in polri if u.latitude is not None and u.longitude is not None]
        self._order = {code: i for i, code in enumerate(plan.units)}
        self._home: dict[str, str | None] = {}

    def home_unit(self, post: Post) -> str | None:
        """The code of the Polsek responsible for `post` (see the module's rules), or None."""
        if post.code in self._home:
            return self._home[post.code]
        home = self._covering.get(post_sector(post).casefold())
        if home is None and post.latitude is not None and post.longitude is not None and self._placed:
            lat, lon = post.latitude, post.longitude
            nearest = min(
                self._placed,
                key=lambda u: (distance_km(lat, lon, u.latitude or 0.0, u.longitude or 0.0), self._order[u.code]),
            )
            home = nearest.code
        self._home[post.code] = home
        return home

    def is_home(self, unit_code: str | None, post: Post) -> bool:
        """True when `unit_code` is the Polsek responsible for `post`."""
        return unit_code is not None and unit_code == self.home_unit(post)

    def order_key(self, post: Post) -> tuple[object, ...]:
        """Polsek (in the planner's order of units), then kecamatan, cluster, TPS number, code."""
        home = self.home_unit(post)
        number = tps_number(post)
        return (
            self._order.get(home, len(self._order)) if home else len(self._order),
            (post.district or post.sector).strip().casefold(),
            natural_key(post.cluster),
            number if number is not None else math.inf,
            natural_key(post.code),
        )

    def ordered(self, posts: Iterable[Post]) -> list[Post]:
        """`posts` in a vote's reading order: Polsek, kecamatan, cluster, TPS number."""
        return sorted(posts, key=self.order_key)

    def by_unit(self, posts: Iterable[Post]) -> dict[str | None, list[Post]]:
        """`posts` grouped under their Polsek (None: no Polsek), each group in reading order."""
        groups: dict[str | None, list[Post]] = {}
        for post in self.ordered(posts):
            groups.setdefault(self.home_unit(post), []).append(post)
        return groups
