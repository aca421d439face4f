"""What the printed documents of a vote show (an operation of kind `pemilu`), as plain data.

A district vote is read Polsek by Polsek: every Polsek receives its own part of the packet at
the apel pergeseran. So for a vote the post sheets, plotting, slips and attendance follow the
order of `desktop.planning.sectors` (Polsek, kecamatan, cluster, TPS number), each Polsek's part
starts on a new page and carries its name in the page header (`Part.section`). The plotting has
one row per TPS cluster (the pair of officers and the Linmas with them), the command chart one
box per Polsek, the Sprin's name list each person's TPS numbers, and the TPS post sheet its
category, pattern, cluster, DPT, escort route and the Polsek's command post.

`VotePrint` gathers, once per print, every fact these documents share (home Polsek of each
post, clusters, escorts, command posts, each person's TPS): a district packet has thousands of
pages, and no page may scan the whole plan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from desktop.model import TPS_CATEGORIES, Person, Plan, Post, Shift
from desktop.planning.rules import cluster_of, pattern_need
from desktop.planning.sectors import Sectors, covered, tps_number
from desktop.planning.vote import Counts, active_pattern, is_tps, rekap
from desktop.ranks import rank_level

if TYPE_CHECKING:
    from desktop.briefing.content import Part, Selection

VOTE_KIND = "pemilu"
ESCORT_KIND = "pengawalan"
_TPS_MENTION = re.compile(r"TPS\s*((?:\d+\s*(?:[-\u2013]\s*\d+)?\s*(?:,|&|dan|and)?\s*)+)", re.IGNORECASE)
_RANGE = re.compile(r"(\d+)\s*(?:[-\u2013]\s*(\d+))?")


def is_vote(plan: Plan) -> bool:
    """True when the plan is an election operation, printed Polsek by Polsek."""
    return plan.operation.kind == VOTE_KIND


def tps_label(post: Post) -> str:
    """'001' for "TPS 001 Sukamaju" (three digits, as the KPU numbers them), else the post code."""
    number = tps_number(post)
    return f"{number:03d}" if number is not None else post.code


def tps_text(posts: Iterable[Post]) -> str:
    """'TPS 001, 002 Desa Sukamaju; TPS 014 Desa Cibening': numbers by village, in the order given."""
    villages: dict[str, list[str]] = {}
    for post in posts:
        villages.setdefault(post.village, []).append(tps_label(post))
    return "; ".join(
        f"TPS {', '.join(numbers)}" + (f" {village}" if village else "") for village, numbers in villages.items()
    )


def mentioned_numbers(route: str) -> set[int]:
    """The TPS numbers a route names: "TPS 001-012 -> PPK" gives 1..12, "TPS 3, 5 dan 7" 3, 5, 7."""
    numbers: set[int] = set()
    for mention in _TPS_MENTION.finditer(route):
        for low, high in _RANGE.findall(mention.group(1)):
            a = int(low)
            b = int(high) if high else a
            if b - a <= 1000:  # a route is a line of text, not a list of thousands
                numbers.update(range(min(a, b), max(a, b) + 1))
    return numbers


class VotePrint:
    """The facts of one vote print, computed once for all its parts."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.sectors = Sectors(plan)
        self.pattern = active_pattern(plan)
        self.home: dict[str, str | None] = {code: self.sectors.home_unit(p) for code, p in plan.posts.items()}
        tps = self.sectors.ordered(p for p in plan.posts.values() if is_tps(p))
        self.cluster: dict[str, list[Post]] = {}
        for post in tps:
            self.cluster.setdefault(cluster_of(post), []).append(post)
        self.command_post: dict[str | None, Post] = {}
        for post in plan.posts.values():
            if post.kind == "pos_komando":
                self.command_post.setdefault(self.home[post.code], post)
        self.commander: dict[str, str] = {}  # Polsek -> its commander: its group's, else its "Kapolsek ..."
        for group in plan.groups.values():
            if group.role != "polsek" or not group.commander or group.commander not in plan.personnel:
                continue
            unit = plan.personnel[group.commander].unit
            if unit not in plan.units or not plan.units[unit].sector:
                unit = next((self.home[c] for c in group.posts if self.home.get(c)), None)
            if unit:
                self.commander.setdefault(unit, group.commander)
        for person in plan.personnel.values():  # else the Polsek's own Kapolsek by position
            own = plan.units.get(person.unit or "")
            if own is not None and own.sector and person.position.casefold().startswith("kapolsek"):
                self.commander.setdefault(own.code, person.id)
        self.escorts = self._escorts(tps)
        self._unit_home: dict[str | None, str | None] = {}
        self._reserve_home: dict[str, str | None] = {}
        self._unit_order = {code: i for i, code in enumerate(plan.units)}
        self.tps_of: dict[str, list[Post]] = {}  # person -> the TPS they secure, in reading order
        order = {p.code: i for i, p in enumerate(tps)}
        for a in plan.assignments.values():
            if a.post in order:
                mine = self.tps_of.setdefault(a.person, [])
                if plan.posts[a.post] not in mine:
                    mine.append(plan.posts[a.post])
        for posts in self.tps_of.values():
            posts.sort(key=lambda p: order[p.code])

    def _escorts(self, tps: list[Post]) -> dict[str, list[Post]]:
        """TPS code -> the escort posts (kind `pengawalan`, or any post with a route) covering it:
        routes naming its code or number (within the escort's own Polsek and kecamatan), an escort
        of its cluster, or, when an escort names no particular TPS ("TPS Kec. Plered -> PPK"),
        every TPS of the escort's Polsek and kecamatan."""
        out: dict[str, list[Post]] = {}
        escorts = [p for p in self.plan.posts.values() if p.kind == ESCORT_KIND or (p.route and not is_tps(p))]
        if not escorts:
            return out
        by_home: dict[str | None, list[Post]] = {}
        for post in tps:
            by_home.setdefault(self.home[post.code], []).append(post)
        for escort in escorts:
            words = set(re.split(r"[\s,;>()]+", escort.route.casefold()))
            numbers = mentioned_numbers(escort.route)
            district = (escort.district or escort.sector).strip().casefold()
            home = self.home[escort.code]
            local = [
                p
                for p in by_home.get(home, [])
                if home is not None
                if not district or (p.district or p.sector).strip().casefold() == district
            ]
            if escort.cluster:
                covering = [p for p in tps if p.cluster == escort.cluster or p.code.casefold() in words]
            else:
                covering = [p for p in local if p.code.casefold() in words or tps_number(p) in numbers]
                if not covering and not numbers:
                    covering = local
            for post in covering:
                out.setdefault(post.code, []).append(escort)
        return out

    # ------------------------------------------------------------------ names
    def reserve_home(self, group: str) -> str | None:
        """The Polsek whose own reserve a group is (every person of it from that Polsek), else None."""
        if group not in self._reserve_home:
            g = self.plan.groups[group]
            home = None
            if g.reserve or g.role == "cadangan":
                people = ([g.commander] if g.commander else []) + g.members
                units = {self.plan.personnel[pid].unit for pid in people if pid in self.plan.personnel}
                if len(units) == 1:
                    unit = units.pop()
                    u = self.plan.units.get(unit or "")
                    home = unit if u is not None and u.agency == "POLRI" and u.sector else None
            self._reserve_home[group] = home
        return self._reserve_home[group]

    def unit_name(self, code: str | None) -> str:
        unit = self.plan.units.get(code or "")
        return (unit.name or unit.code) if unit else ""

    def section(self, post: Post) -> str:
        """The page header's name of the post's Polsek ('' when it has none)."""
        return self.unit_name(self.home.get(post.code))

    def unit_home(self, unit: str | None) -> str | None:
        """The Polsek a unit's people stand under: the unit itself when it covers a sector, else
        the first Polsek covering one of its sectors (a Linmas contingent), else none (Polres
        staff)."""
        if unit not in self._unit_home:
            u = self.plan.units.get(unit or "")
            home = None
            if u is not None and u.sector:
                if u.agency == "POLRI":
                    home = u.code
                else:
                    names = covered(u.sector)
                    home = next(
                        (p.code for p in self.plan.units.values() if p.agency == "POLRI" and names & covered(p.sector)),
                        None,
                    )
            self._unit_home[unit] = home
        return self._unit_home[unit]

    def unit_rank(self, unit: str | None) -> int:
        """Position of a unit's Polsek in the planner's order (no Polsek: last)."""
        home = self.unit_home(unit)
        return self._unit_order.get(home, len(self._unit_order)) if home else len(self._unit_order)

    # ------------------------------------------------------------------ per person
    def person_tps(self, person: str) -> str:
        """The TPS a person secures, as the Sprin lists them ('' when none)."""
        posts = self.tps_of.get(person)
        if not posts:
            return ""
        districts = {p.district or p.sector for p in posts}
        text = tps_text(posts)
        return text + (f", Kec. {districts.pop()}" if len(districts) == 1 and "" not in districts else "")

    def agency(self, person: Person | None) -> str:
        return self.plan.agency_of(person) if person else "OTHER"


# ---------------------------------------------------------------------------- plotting
def _people_of(plan: Plan, posts: list[Post], shifts: list[Shift]) -> tuple[list[Person], list[Person], list[str]]:
    """(police, others, danpos ids) at these posts over the selected shifts, each person once."""
    seen: dict[str, str] = {}
    danpos: list[str] = []
    for post in posts:
        for shift in shifts:
            if not post.manned_in(shift.code):
                continue
            for a in plan.assignments_at(post.code, shift.code):
                if a.person in plan.personnel:
                    seen.setdefault(a.person, a.role)
                    if a.role == "danpos" and a.person not in danpos:
                        danpos.append(a.person)
    people = [plan.personnel[pid] for pid in seen]
    people.sort(key=lambda p: (p.id not in danpos, -rank_level(p.rank), p.name.casefold()))
    police = [p for p in people if plan.agency_of(p) == "POLRI"]
    others = [p for p in people if plan.agency_of(p) != "POLRI"]
    return police, others, danpos


def _person_row(plan: Plan, p: Person, danpos: list[str]) -> dict:
    from desktop.briefing.content import person_data

    return person_data(p, plan, "danpos" if p.id in danpos else "anggota")


def plotting_rows(sel: Selection, posts: list[Post]) -> list[dict]:
    """One row per TPS cluster (and per other post) of these posts, in reading order: the police
    with rank, NRP and unit, the TPS numbers and villages, categories, the pattern as written,
    the Linmas (and others) counted, and what the pattern still wants of the cluster (the
    pattern rule's own `pattern_need`, so KET says what validation's pattern finding says)."""
    plan, vote = sel.plan, sel.vote
    assert vote is not None
    rows: list[dict] = []
    done: set[str] = set()
    selected = {p.code for p in posts}
    for post in posts:
        if post.code in done:
            continue
        if is_tps(post):
            members = [p for p in vote.cluster.get(cluster_of(post), [post]) if p.code in selected] or [post]
        else:
            members = [post]
        done.update(p.code for p in members)
        shifts = [s for s in sel.shifts if any(p.manned_in(s.code) for p in members)]
        police, others, danpos = _people_of(plan, members, shifts)
        linmas = sum(1 for p in others if vote.agency(p) == "LINMAS")
        row: dict = {
            "tps": is_tps(post),
            "cluster": post.cluster if is_tps(post) else "",
            "posts": [p.code for p in members],
            "where": tps_text(members) if is_tps(post) else f"{post.code} {post.name}".strip(),
            "district": post.district or post.sector,
            "kind": post.kind,
            "categories": sorted({p.category for p in members if p.category}),
            "pattern": [],
            "police": [_person_row(plan, p, danpos) for p in police],
            "others": len(others),
            "linmas": linmas,
            "need_police": None,
            "need_linmas": None,
            "shifts": [s.code for s in shifts] if len(shifts) != len(sel.shifts) else [],
        }
        pattern = vote.pattern
        if is_tps(post) and pattern is not None:
            row["pattern"] = [pattern.written(c) for c in row["categories"] if c in pattern.rows]
            under = [p for p in members if p.category in pattern.rows]
            if under:
                need_p, need_l, _ = pattern_need(pattern, under)
                row["need_police"], row["need_linmas"] = need_p, need_l
        rows.append(row)
    return rows


def by_polsek(sel: Selection, posts: Iterable[Post]) -> Iterator[tuple[str | None, list[Post]]]:
    """The posts under each Polsek, in reading order (Polsek of the planner's order first)."""
    assert sel.vote is not None
    yield from sel.vote.sectors.by_unit(posts).items()


def plotting_parts(sel: Selection) -> Iterator[Part]:
    """The vote's plotting: one part per Polsek (each starts a page with the Polsek's name)."""
    from desktop.briefing.content import Part

    assert sel.vote is not None
    for unit, posts in by_polsek(sel, sel.posts):
        rows = plotting_rows(sel, posts)
        people = len({(r["name"], r["nrp"]) for row in rows for r in row["police"]})
        data = {
            "vote": True,
            "unit": unit or "",
            "unit_name": sel.vote.unit_name(unit),
            "rows": rows,
            "people": people,
        }
        yield Part("plotting", data, landscape=True, section=sel.vote.unit_name(unit))


# ---------------------------------------------------------------------------- post sheet
def tps_sheet(sel: Selection, post: Post, shift: Shift) -> dict | None:
    """What a TPS post sheet adds (None for any other post): category, pattern, the other TPS of
    its cluster, DPT, the escort route and the Polsek's command post and commander."""
    vote = sel.vote
    if vote is None or not is_tps(post):
        return None
    pattern = vote.pattern
    neighbours = [p for p in vote.cluster.get(cluster_of(post), []) if p.code != post.code]
    escorts = vote.escorts.get(post.code, [])
    home = vote.home.get(post.code)
    return {
        "polsek": vote.unit_name(home),
        "category": post.category or "",
        "pattern": pattern.written(post.category) if pattern is not None and post.category in pattern.rows else "",
        "pattern_name": pattern.name if pattern is not None else "",
        "notation": pattern.notation if pattern is not None else "",
        "cluster": post.cluster,
        "neighbours": tps_text(neighbours),
        "voters": post.voters,
        "escorts": [{"code": e.code, "name": e.name, "route": e.route} for e in escorts],
    }


def tps_report_to(sel: Selection, post: Post, shift: Shift) -> dict | None:
    """A TPS reports to its Polsek: the Polsek's command post (with its channel and the call sign
    of its danpos) and the Polsek's commander; None when the Polsek has neither."""
    from desktop.briefing.content import report_data

    vote = sel.vote
    if vote is None or not is_tps(post):
        return None
    plan = sel.plan
    home = vote.home.get(post.code)
    cp = vote.command_post.get(home) if home else None
    chief = plan.personnel.get(vote.commander.get(home or "", ""))
    if cp is None and chief is None:
        return None
    return report_data(plan, chief, cp, shift)


# ---------------------------------------------------------------------------- command chart
def polsek_boxes(sel: Selection, grouped: set[str]) -> tuple[list[dict], set[str]]:
    """One box per Polsek: its commander, TPS per category, clusters and its other posts (those
    no command group shows, `grouped`); and the codes of the posts the boxes hold (left out of
    the chart's loose posts)."""
    from desktop.briefing.content import person_data

    vote = sel.vote
    assert vote is not None
    plan = sel.plan
    boxes = []
    held: set[str] = set()
    reserves: dict[str, list[list]] = {}  # Polsek -> its own reserves, shown in its box
    folded: set[str] = set()  # posts of those reserves
    for g in plan.groups.values():
        home = vote.reserve_home(g.code)
        if home is not None:
            people = {pid for pid in ([g.commander] if g.commander else []) + g.members}
            reserves.setdefault(home, []).append([g.name or g.code, len(people), g.held_at])
            folded.update(g.posts)
    for unit, posts in by_polsek(sel, sel.posts):
        tps = [p for p in posts if is_tps(p)]
        if unit is None and not tps:
            continue  # posts of no Polsek and no TPS stay loose, by ring
        categories: dict[str, int] = {c: 0 for c in TPS_CATEGORIES}
        for p in tps:
            categories[p.category or ""] = categories.get(p.category or "", 0) + 1
        clusters: list[str] = []
        for p in tps:
            if p.cluster and p.cluster not in clusters:
                clusters.append(p.cluster)
        others = [p for p in posts if not is_tps(p) and (p.code not in grouped or p.code in folded)]
        held.update(p.code for p in posts)
        chief = plan.personnel.get(vote.commander.get(unit or "", ""))
        boxes.append(
            {
                "unit": unit or "",
                "name": vote.unit_name(unit),
                "commander": person_data(chief, plan) if chief else None,
                "tps": len(tps),
                "categories": [[c, n] for c, n in categories.items() if n],
                "clusters": clusters,
                "reserves": reserves.get(unit or "", []),
                "posts": [[p.code, p.name] for p in others],
            }
        )
    return boxes, held


def without_tps(sel: Selection, group: dict) -> dict | None:
    """A command group's box in a vote's chart: its TPS counted, not listed (the Polsek boxes
    list them); None for a Polsek's own group, which its Polsek box already shows."""
    vote = sel.vote
    assert vote is not None
    commander = sel.plan.groups[group["code"]].commander
    if group["role"] == "polsek" and (commander is None or commander in vote.commander.values()):
        return None
    if vote.reserve_home(group["code"]) is not None:
        return None  # a Polsek's own reserve: a line of its Polsek box
    posts = [p for p in group["posts"] if not is_tps(sel.plan.posts[p["code"]])]
    tps = len(group["posts"]) - len(posts)
    return dict(group, posts=posts, tps=tps)


def tps_duty(sel: Selection, duty: dict, person: str) -> None:
    """A person's task in the Sprin's name list, for a vote: the TPS they secure as numbers by
    village ("TPS 001, 002 Desa Sukamaju, Kec. Bungursari") in place of one line per TPS."""
    vote = sel.vote
    assert vote is not None
    text = vote.person_tps(person)
    if not text:
        return
    tps = [p for p in duty["posts"] if p["code"] in sel.plan.posts and is_tps(sel.plan.posts[p["code"]])]
    duty["posts"] = [p for p in duty["posts"] if p not in tps]
    duty["tps"] = text
    duty["tps_danpos"] = any(p["danpos"] for p in tps)


# ---------------------------------------------------------------------------- rekap
def rekap_data(plan: Plan) -> dict:
    """The Rekap pola pengamanan TPS as print data, from `desktop.planning.vote.rekap` (the one
    computation the vote rules share): the pattern in force as written, the categories present,
    per Polsek its kecamatan lines (TPS per category, clusters, police and Linmas required,
    assigned, short) and its reserve held and required, and the Polres total."""
    facts = rekap(plan)
    pattern = plan.patterns.get(facts.pattern) if facts.pattern else None
    present = {line.category for line in facts.total.lines}
    categories = [c for c in TPS_CATEGORIES if c in present or (pattern is not None and c in pattern.rows)]
    categories += [c for c in (line.category for line in facts.total.lines) if c not in categories]
    clusters_of = {p.code: cluster_of(p) for p in plan.posts.values()}

    def counts_data(counts: Counts, posts: Iterable[str]) -> dict:
        return {
            "tps": [line.tps if (line := counts.line(c)) is not None else 0 for c in categories],
            "tps_total": counts.tps,
            "clusters": len({clusters_of[code] for code in posts}),
            "police": [counts.police_need, counts.police, counts.police_short],
            "linmas": [counts.linmas_need, counts.linmas, counts.linmas_short],
        }

    polsek = []
    for item in facts.polsek:
        posts = [code for d in item.districts for code in d.posts]
        polsek.append(
            {
                "unit": item.unit or "",
                "name": item.name,
                "districts": [dict(counts_data(d.counts, d.posts), district=d.district) for d in item.districts],
                "total": counts_data(item.counts, posts),
                "reserve": [item.reserve, item.reserve_need],
            }
        )
    everything = [code for item in facts.polsek for d in item.districts for code in d.posts]
    return {
        "operation": plan.operation.name,
        "pattern": {
            "name": pattern.name,
            "notation": pattern.notation,
            "rows": [[c, pattern.written(c)] for c in categories if c in pattern.rows],
        }
        if pattern is not None
        else None,
        "categories": categories,
        "polsek": polsek,
        "total": counts_data(facts.total, everything),
        "reserve": [facts.reserve, facts.reserve_need],
        "reserve_share": facts.reserve_share,
    }
