"""What each printed document shows, as plain data, and its revision stamp.

The documents are built in two steps: this module turns a `Plan` plus the print options into
`Part`s (plain dicts of strings, one per self-contained piece: the cover, one post sheet, one
unit's attendance sheet, ...), and `render.py` lays them out. The revision stamp of a part is a
hash of exactly that data, so the same plan gives the same stamp and any change to what a page
shows changes it; labels and the language are not part of it (an Indonesian and an English copy
of the same plan carry the same stamp).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from desktop import limits, siteplan
from desktop.briefing import paperwork, vote
from desktop.briefing.strength import on_duty, strength_table
from desktop.briefing.vote import VotePrint, is_vote
from desktop.errors import Cancelled as Cancelled  # re-exported: what generate() raises when asked to stop
from desktop.model import Person, Plan, Post, Shift
from desktop.ranks import parse_rank, rank_full_name, rank_level
from desktop.validation import RULES, validate

# "sprin": the Surat Perintah with its name list; "notes": the planner's notes (accepted
# warnings), kept out of the documents the commander signs.
# "rekap": a vote's "Rekap pola pengamanan TPS" (TPS per category, police and Linmas the pattern
# wants and has, per kecamatan and for the Polres).
DOCUMENTS = ("packet", "sprin", "posts", "slips", "attendance", "roster", "notes", "rekap")
SLIPS_PER_PAGE = 8


@dataclass(slots=True)
class BriefingOptions:
    """What to print. Empty filters mean everything.

    `shifts` and `posts` restrict the post sheets, plotting, slips and attendance; `units`
    restricts the person lists (slips, attendance, roster). `paper` is A4, F4 or Letter;
    `copies` > 1 repeats everything as numbered copies. `generated_at` is printed on every
    page (now, when not given).
    """

    documents: tuple[str, ...] = ("packet",)
    shifts: tuple[str, ...] = ()
    posts: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    lang: str = "id"
    generated_at: datetime | None = None
    paper: str = "A4"  # A4, F4 (folio 215 x 330 mm) or Letter
    copies: int = 1  # numbered copies in one PDF ("Salinan ke-i dari N"); page numbers restart per copy


@dataclass(slots=True)
class Part:
    kind: str  # cover, orders, orgchart, siteplan, plotting, contacts, post, slips, attendance, roster, accepted,
    # sprin, sprin_list, rekap
    data: dict
    landscape: bool = False
    annex: str | None = None  # annex letter within the packet ("A", "B", ...); "" = the Sprin's one annex
    section: str = ""  # a vote's Polsek, named in the page header (its part starts a new page)
    stamp: str = field(default="")

    def __post_init__(self) -> None:
        if not self.stamp:
            self.stamp = stamp_of(self.data)


def stamp_of(data: object) -> str:
    """Eight hex digits of the SHA-256 of the data's canonical JSON."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8].upper()


# ---------------------------------------------------------------------------- selection
class Selection:
    """The plan seen through the options' filters, with the lookups every document needs."""

    def __init__(self, plan: Plan, options: BriefingOptions) -> None:
        self.plan = plan
        self.options = options
        for what, codes, known in (
            ("shift", options.shifts, plan.shifts),
            ("post", options.posts, plan.posts),
            ("unit", options.units, plan.units),
        ):
            unknown = [c for c in codes if c not in known]
            if unknown:
                raise ValueError(f"unknown {what} {'code' if len(unknown) == 1 else 'codes'}: {', '.join(unknown)}")
        self.shifts: list[Shift] = [s for s in plan.shifts.values() if not options.shifts or s.code in options.shifts]
        self.posts: list[Post] = [p for p in plan.posts.values() if not options.posts or p.code in options.posts]
        self.unit_codes: list[str | None] = [u for u in plan.units if not options.units or u in options.units]
        if not options.units and any(p.unit is None for p in plan.personnel.values()):
            self.unit_codes.append(None)
        self.vote: VotePrint | None = None
        if is_vote(plan):  # a vote reads Polsek by Polsek: kecamatan, cluster, TPS number
            self.vote = VotePrint(plan)
            self.posts = self.vote.sectors.ordered(self.posts)
            self.unit_codes.sort(key=self.vote.unit_rank)

    def slots(self) -> Iterator[tuple[Post, Shift]]:
        """Every selected (post, shift) the post is manned in, post by post."""
        for post in self.posts:
            for shift in self.shifts:
                if post.manned_in(shift.code):
                    yield post, shift

    def person(self, pid: str | None) -> Person | None:
        return self.plan.personnel.get(pid) if pid else None

    def unit_name(self, code: str | None) -> str:
        unit = self.plan.units.get(code or "")
        return unit.name or unit.code if unit else ""


def person_data(person: Person, plan: Plan, role: str = "") -> dict:
    return {
        "rank": person.rank,
        "name": person.name,
        "nrp": person.nrp,
        "unit": person.unit or "",
        "unit_name": (plan.units[person.unit].name if person.unit in plan.units else "") or (person.unit or ""),
        "phone": person.phone,
        "callsign": person.callsign,
        "position": person.position,
        "role": role,
    }


def placeholder_data(unit: str, number: int, role: str, plan: Plan) -> dict:
    unit_obj = plan.units.get(unit)
    return {
        "rank": "",
        "name": "",
        "nrp": "",
        "unit": unit,
        "unit_name": unit_obj.name if unit_obj else unit,
        "phone": "",
        "callsign": "",
        "position": "",
        "role": role,
        "placeholder": number,
    }


def signature_data(person: Person | None) -> dict | None:
    """Name, the rank spelled out (upper case) and NRP for a signature block."""
    if person is None:
        return None
    polri = parse_rank(person.rank) is not None
    return {
        "position": person.position,
        "name": person.name,
        "rank": person.rank,
        "rank_full": rank_full_name(person.rank).upper() if polri else person.rank.upper(),
        "nrp": person.nrp,
    }


def people_at(sel: Selection, post: Post, shift: Shift) -> list[dict]:
    plan = sel.plan
    rows = [
        person_data(plan.personnel[a.person], plan, a.role)
        for a in plan.assignments_at(post.code, shift.code)
        if a.person in plan.personnel
    ]
    rows += [placeholder_data(ph.unit, ph.number, ph.role, plan) for ph in plan.placeholders_at(post.code, shift.code)]
    rows.sort(key=lambda r: 0 if r["role"] == "danpos" else 1)
    return rows


def _shift_data(shift: Shift) -> dict:
    return {"code": shift.code, "name": shift.name, "start": shift.start, "end": shift.end}


def _post_data(post: Post) -> dict:
    return {
        "code": post.code,
        "name": post.name,
        "ring": post.ring or "",
        "kind": post.kind,
        "channel": post.radio_channel,
        "category": post.category or "",
        "x": post.x,
        "y": post.y,
        "village": post.village,
        "district": post.district,
        "address": post.address,
    }


def _image_digest(plan: Plan) -> str:
    sp = plan.site_plan
    return hashlib.sha256(sp.image_png).hexdigest()[:16] if sp and sp.image_png else ""


def _rings(plan: Plan) -> list[dict]:
    return [
        {"ring": o.ring, "label": o.label, "points": [list(p) for p in o.points]} for o in plan.ring_outlines.values()
    ]


def _command_post(plan: Plan) -> Post | None:
    return next((p for p in plan.posts.values() if p.kind == "pos_komando"), None)


def report_to(sel: Selection, post: Post, shift: Shift) -> dict:
    """Whom a post reports to: the field commander (the commander for the command post itself)
    and, for other posts, the command post with its channel."""
    plan = sel.plan
    op = plan.operation
    cp = _command_post(plan)
    if post.kind == "pos_komando" or cp is None:
        chief = sel.person(op.commander) or sel.person(op.field_commander)
    else:
        chief = sel.person(op.field_commander) or sel.person(op.commander)
    return report_data(plan, chief, cp if cp is not None and cp.code != post.code else None, shift)


def report_data(plan: Plan, chief: Person | None, cp: Post | None, shift: Shift) -> dict:
    """Whom to report to as printed: the person, and the command post with its channel and the
    call sign of its danpos in `shift` (either may be None)."""
    data: dict = {"person": person_data(chief, plan) if chief else None, "command_post": None}
    if cp is not None:
        danpos = plan.danpos(cp.code, shift.code)
        data["command_post"] = {
            "code": cp.code,
            "name": cp.name,
            "channel": cp.radio_channel,
            "callsign": danpos.callsign if danpos else "",
        }
    return data


# ---------------------------------------------------------------------------- parts
def header_data(plan: Plan) -> dict:
    """What every page and every annex header needs: the classification as printed ("SANGAT
    RAHASIA"), the kop lines, the documents' numbers, the issuer and the place and day of signing."""
    op = plan.operation
    signed = paperwork.signed_on(plan)
    header = {
        "name": op.name,
        "classification": (op.classification or "BIASA").replace("_", " "),
        "start": op.start,
        "issuer": str(plan.settings.get("issuer", "") or ""),
        "number": paperwork.letter_number(plan, "packet"),
        "sprin_number": paperwork.letter_number(plan, "sprin"),
        "issuer_title": paperwork.issuer_title(plan),
        "place": str(plan.settings.get("place", "") or ""),
        "signed_on": signed.isoformat() if signed else "",
    }
    return shorten_texts(header, limits.PRINT_HEADER_CHARS)[0]  # type: ignore[return-value]


# Texts that flow as paragraphs (and so break across pages) are printed whole; any other text
# sits in a table cell, a box or a page header, which cannot grow past one page.
FLOWING_TEXTS = frozenset({"sections", "tasks", "equipment"})
ELLIPSIS = "\u2026"


def shorten_texts(data: object, limit: int = 0, key: str = "") -> tuple[object, bool]:
    """`data` with every text that would sit in a cell cut to `limit` characters and an ellipsis.

    Returns (data, whether anything was cut). Texts under `FLOWING_TEXTS` keys are kept whole;
    notes get a longer limit. The data is copied, never changed in place.
    """
    limit = limit or limits.PRINT_CELL_CHARS
    if key in FLOWING_TEXTS:
        return data, False
    if isinstance(data, str):
        bound = limits.PRINT_NOTE_CHARS if key in ("note", "message") else limit
        if len(data) > bound:
            return data[: bound - 1].rstrip() + ELLIPSIS, True
        return data, False
    if isinstance(data, dict):
        cut = False
        out = {}
        for k, v in data.items():
            out[k], c = shorten_texts(v, limit, k if isinstance(k, str) else key)
            cut = cut or c
        return out, cut
    if isinstance(data, (list, tuple)):
        cut = False
        items = []
        for v in data:
            item, c = shorten_texts(v, limit, key)
            items.append(item)
            cut = cut or c
        return (items if isinstance(data, list) else tuple(items)), cut
    return data, False


def cover_part(sel: Selection) -> Part:
    plan, op = sel.plan, sel.plan.operation
    data = {
        "name": op.name,
        "venue": op.venue,
        "address": op.address,
        "start": op.start,
        "end": op.end,
        "classification": op.classification,
        "kind": op.kind,
        "commander": signature_data(sel.person(op.commander)),
        "field_commander": signature_data(sel.person(op.field_commander)),
        "people": len(on_duty(plan)),
        "posts": len(plan.posts),
        "shifts": [_shift_data(s) for s in plan.shifts.values()],
    }
    deputy = sel.person(plan.deputy())
    if deputy is not None:  # only then: a plan without a deputy keeps its cover's stamp
        data["deputy"] = signature_data(deputy)
    return Part("cover", data)


def orders_part(sel: Selection) -> Part:
    plan, op = sel.plan, sel.plan.operation
    counts: dict[str, int] = {}
    for a in plan.assignments.values():
        counts[a.shift] = counts.get(a.shift, 0) + 1
    for ph in plan.placeholders.values():
        counts[ph.shift] = counts.get(ph.shift, 0) + 1
    extra = plan.settings.get("orders")
    extra = extra if isinstance(extra, dict) else {}
    sections = {
        name: getattr(op, name)
        for name in ("situation", "mission", "execution", "rules", "contingency", "logistics", "communications")
    }
    # Sections the operation has no field for live in the `orders` setting (text per key).
    for name in ORDER_EXTRA_SECTIONS:
        value = extra.get(name)
        sections[name] = str(value) if isinstance(value, str) else ""
    data = {
        "sections": sections,
        "basis": paperwork.sprin_texts(plan, "id")["basis"],  # legal titles, Indonesian in both languages
        "strength": strength_table(plan),
        "ladder": dalmas_ladder(plan),
        "functions": [
            {
                "name": g.name,
                "commander": signature_data(sel.person(g.commander)),
                "posts": [
                    {"code": c, "name": plan.posts[c].name, "tasks": _first_sentence(plan.posts[c].tasks)}
                    for c in g.posts
                    if c in plan.posts
                ],
                "reserve": g.reserve,
                "held_at": g.held_at,
                "trigger": g.trigger,
            }
            for g in plan.groups.values()
        ],
        "shifts": [dict(_shift_data(s), count=counts.get(s.code, 0)) for s in plan.shifts.values()],
        "commander": signature_data(sel.person(op.commander)),
        "place": str(plan.settings.get("place", "") or ""),
        "date": op.start,
    }
    return Part("orders", data)


ORDER_EXTRA_SECTIONS = ("general", "purpose", "scope", "functions", "coordination")

# The Dalmas ladder (Perkap 16/2006): per situation, who acts and who commands.
LADDER = (
    ("green", ("negosiator", "dalmas_awal"), "Kapolsek"),
    ("yellow", ("dalmas_lanjut",), "Kapolres"),
    ("red", ("phh_brimob",), "Kapolda"),
)


def _first_sentence(text: str) -> str:
    """The first sentence of a post's tasks (the post sheet carries the rest)."""
    text = " ".join(text.split())
    end = re.search(r"(?<=[a-z]{4})\.(\s|$)|;(\s|$)", text)  # not after "Jl." or "No."
    return text[: end.start() + 1] if end else text


def dalmas_ladder(plan: Plan) -> list[dict]:
    """For a crowd (audience, demonstration): situation green / yellow / red, the groups that act
    (negotiators and Dalmas awal, then Dalmas lanjut, then Brimob PHH) and who takes command;
    empty for other kinds of operation."""
    if plan.operation.kind not in ("audiensi", "unjuk_rasa"):
        return []
    rows = []
    for level, roles, command in LADDER:
        groups = []
        for g in plan.groups.values():
            if g.role in roles:
                cmd = plan.personnel.get(g.commander or "")
                groups.append(
                    {
                        "name": g.name,
                        "commander": f"{cmd.rank} {cmd.name}".strip() if cmd else "",
                        "reserve": g.reserve,
                        "held_at": g.held_at,
                    }
                )
        rows.append({"level": level, "roles": list(roles), "groups": groups, "command": command})
    return rows


def _org_post(plan: Plan, sel: Selection, post: Post) -> dict:
    seen: list[tuple[str, str]] = []
    for shift in sel.shifts:
        if not post.manned_in(shift.code):
            continue
        d = plan.danpos(post.code, shift.code)
        label = f"{d.rank} {d.name}".strip() if d else ""
        seen.append((shift.code, label))
    labels = {label for _, label in seen}
    danpos = [["", seen[0][1]]] if len(labels) == 1 and seen else [list(x) for x in seen]
    return {
        "code": post.code,
        "name": post.name,
        "ring": post.ring or "",
        "channel": post.radio_channel,
        "danpos": danpos,
    }


def orgchart_part(sel: Selection) -> Part:
    """Annex A, built by command: commander, the deputy (a "wakil" group), the command post's group,
    the field commander, then
    each group with its commander and its posts (reserves with where they are held and what
    commits them); posts under no group follow by ring."""
    plan, op = sel.plan, sel.plan.operation
    selected = {p.code for p in sel.posts}
    groups = []
    grouped: set[str] = set()
    for g in plan.groups.values():
        grouped.update(g.posts)
        cmd = sel.person(g.commander)
        groups.append(
            {
                "code": g.code,
                "name": g.name,
                "role": g.role,
                "reserve": g.reserve,
                "held_at": g.held_at,
                "trigger": g.trigger,
                "commander": person_data(cmd, plan) if cmd else None,
                "members": len(g.members),
                "posts": [_org_post(plan, sel, plan.posts[c]) for c in g.posts if c in selected],
            }
        )
    polsek: list[dict] = []
    if sel.vote is not None:  # a vote: one box per Polsek with its TPS, not hundreds of loose boxes
        polsek, held = vote.polsek_boxes(sel, grouped)
        grouped |= held
        groups = [kept for g in groups if (kept := vote.without_tps(sel, g)) is not None]
    posts = [_org_post(plan, sel, post) for post in sel.posts if post.code not in grouped]
    cmd, fc = sel.person(op.commander), sel.person(op.field_commander)
    data = {
        "commander": person_data(cmd, plan) if cmd else None,
        "field_commander": person_data(fc, plan) if fc else None,
        "posts": posts,
        "groups": groups,
    }
    if polsek:
        data["polsek"] = polsek
    return Part("orgchart", data)


def siteplan_part(sel: Selection) -> Part:
    plan = sel.plan
    sp = plan.site_plan
    # Markers carry the post codes, as the plotting and the post sheets do; numbers only when
    # there are so many posts (or codes so long) that codes would not fit in a marker.
    short_codes = len(sel.posts) <= 24 and all(len(p.code) <= 5 for p in sel.posts)
    data: dict[str, object] = {
        "title": sp.title if sp else "",
        "scale": sp.scale_note if sp else "",
        "image": _image_digest(plan),
        "rings": _rings(plan),
        "markers": [
            dict(_post_data(p), n=i, label=p.code if short_codes else str(i)) for i, p in enumerate(sel.posts, start=1)
        ],
    }
    width = siteplan.ground_width(plan)
    if width is not None:  # only then: a plan without it keeps its annex's stamp
        data["width_m"] = width
    return Part("siteplan", data, landscape=True)


def _slot_signature(plan: Plan, post: str, shift: str) -> tuple:
    """Who stands at a post in a shift and in which role (cheap: ids, not printed rows)."""
    people = tuple(sorted((a.person, a.role) for a in plan.assignments_at(post, shift)))
    held = tuple((ph.unit, ph.number, ph.role) for ph in plan.placeholders_at(post, shift)) if plan.placeholders else ()
    return people, held


def merged_slot_keys(sel: Selection) -> Iterator[tuple[Post, list[Shift]]]:
    """Per post, its selected shifts: all of them together when the same people stand there in
    the same roles in every one, else one shift at a time (so a person is listed once per post
    with their phases whenever nothing changes between phases)."""
    by_post: dict[str, list[Shift]] = {}
    posts: dict[str, Post] = {}
    for post, shift in sel.slots():
        posts[post.code] = post
        by_post.setdefault(post.code, []).append(shift)
    for code, shifts in by_post.items():
        if len(shifts) > 1 and len({_slot_signature(sel.plan, code, s.code) for s in shifts}) == 1:
            yield posts[code], shifts
        else:
            for shift in shifts:
                yield posts[code], [shift]


def merged_slots(sel: Selection) -> Iterator[tuple[Post, list[Shift], list[dict]]]:
    """`merged_slot_keys` with the people at each entry."""
    for post, shifts in merged_slot_keys(sel):
        yield post, shifts, people_at(sel, post, shifts[0])


def phases_data(shifts: list[Shift]) -> dict:
    """One shift's data, or several phases as one ("PERS, LAKS, KONS", first start to last end)."""
    if len(shifts) == 1:
        return _shift_data(shifts[0])
    return {
        "code": ", ".join(s.code for s in shifts),
        "name": " / ".join(s.name for s in shifts if s.name),
        "start": shifts[0].start,
        "end": shifts[-1].end,
        "phases": [s.code for s in shifts],
    }


def _person_key(p: dict) -> tuple:
    return ("ph", p["unit"], p["placeholder"]) if p.get("placeholder") else ("p", p["name"], p["nrp"], p["unit"])


def plotting_part(sel: Selection) -> Part:
    rows = []
    people: set[tuple] = set()
    all_shifts = [s.code for s in sel.shifts]
    for post, shifts, here in merged_slots(sel):
        danpos = [p for p in here if p["role"] == "danpos"]
        people.update(_person_key(p) if not p.get("placeholder") else _person_key(p) + (post.code,) for p in here)
        manned = [s.code for s in shifts]
        rows.append(
            {
                "post": post.code,
                "post_name": post.name,
                "ring": post.ring or "",
                "shift": ", ".join(manned),
                "shifts": manned,
                "all": len(shifts) > 1 and manned == [s for s in all_shifts if post.manned_in(s)],
                "shift_span": [shifts[0].start, shifts[-1].end],
                "danpos": danpos[0] if danpos else None,
                "members": [p for p in here if p["role"] != "danpos"],
                "total": len(here),
            }
        )
    return Part("plotting", {"rows": rows, "people": len(people)}, landscape=True)


def contacts_part(sel: Selection) -> Part:
    plan, op = sel.plan, sel.plan.operation
    rows: list[dict] = []
    seen: set[str] = set()
    leaders = ((op.commander, "commander"), (plan.deputy(), "deputy"), (op.field_commander, "field_commander"))
    for pid, role in leaders:
        p = sel.person(pid)
        if p and p.id not in seen:
            seen.add(p.id)
            rows.append(dict(person_data(p, plan), duty=role, channel=""))
    nets: dict[str, list[str]] = {}
    for post, shift in sel.slots():
        if post.radio_channel:
            codes = nets.setdefault(post.radio_channel, [])
            if post.code not in codes:
                codes.append(post.code)
        d = plan.danpos(post.code, shift.code)
        if d and d.id not in seen:
            seen.add(d.id)
            rows.append(
                dict(person_data(d, plan), duty=f"danpos {post.code}", post_name=post.name, channel=post.radio_channel)
            )
    for group in plan.groups.values():  # group commanders who hold no post of their own
        p = sel.person(group.commander)
        if p and p.id not in seen:
            seen.add(p.id)
            rows.append(dict(person_data(p, plan), duty=f"group {group.code}", post_name=group.name, channel=""))
    outside_rows = paperwork.outside_contacts(plan)
    return Part(
        "contacts",
        {"rows": rows, "nets": [[k, nets[k]] for k in sorted(nets, key=natural_key)], "outside": outside_rows},
        landscape=True,
    )


def natural_key(text: str) -> tuple:
    """'Ch 2' before 'Ch 10': digits compare as numbers (radio nets, codes)."""
    return tuple(int(t) if t.isdigit() else t.casefold() for t in re.split(r"(\d+)", text))


def post_part(sel: Selection, post: Post, shift: Shift | list[Shift]) -> Part:
    """A post sheet for one shift, or for several phases when the same people serve in all."""
    plan = sel.plan
    shifts = shift if isinstance(shift, list) else [shift]
    shift = shifts[0]
    data = {
        "post": dict(
            _post_data(post),
            tasks=post.tasks,
            equipment=post.equipment,
            min_staff=post.min_staff,
            max_staff=post.max_staff,
        ),
        "shift": phases_data(shifts),
        "people": people_at(sel, post, shift),
        "report_to": report_to(sel, post, shift),
        "image": _image_digest(plan),
        "rings": _rings(plan),
    }
    if sel.vote is None:
        return Part("post", data)
    tps = vote.tps_sheet(sel, post, shift)
    if tps is not None:  # a TPS: category, pattern, cluster, DPT, escort; reports to its Polsek
        data["tps"] = tps
        data["report_to"] = vote.tps_report_to(sel, post, shift) or data["report_to"]
    return Part("post", data, section=sel.vote.section(post))


def _in_units(sel: Selection, unit: str | None) -> bool:
    return not sel.options.units or unit in sel.options.units


def slip_parts(sel: Selection) -> Iterator[Part]:
    """Assignment slips, one per person (or open place) per post with the phases served (per shift
    when the people change between phases), SLIPS_PER_PAGE to a part/page, in shift order."""
    plan = sel.plan
    op = plan.operation
    order = {s.code: i for i, s in enumerate(sel.shifts)}
    entries = sorted(merged_slot_keys(sel), key=lambda e: order[e[1][0].code])
    if sel.vote is not None:  # a vote: in reading order, each Polsek's slips from a new page
        entries = list(merged_slot_keys(sel))
    batch: list[dict] = []
    section = ""
    for post, shifts in entries:
        people = [p for p in people_at(sel, post, shifts[0]) if _in_units(sel, p["unit"] or None)]
        if not people:
            continue
        here = sel.vote.section(post) if sel.vote is not None else ""
        if batch and here != section:
            yield Part("slips", {"slips": batch}, section=section)
            batch = []
        section = here
        d = plan.danpos(post.code, shifts[0].code)
        danpos = {"rank": d.rank, "name": d.name, "callsign": d.callsign, "phone": d.phone} if d else None
        for person in people:
            batch.append(
                {
                    "person": person,
                    "post": post.code,
                    "post_name": post.name,
                    "ring": post.ring or "",
                    "channel": post.radio_channel,
                    "shift": phases_data(shifts),
                    "danpos": danpos,
                    "operation": op.name,
                }
            )
            if len(batch) == SLIPS_PER_PAGE:
                yield Part("slips", {"slips": batch}, section=section)
                batch = []
    if batch:
        yield Part("slips", {"slips": batch}, section=section)


def attendance_parts(sel: Selection) -> Iterator[Part]:
    """One roll-call sheet per unit and shift: who of the unit stands at the apel of that shift."""
    plan, op = sel.plan, sel.plan.operation
    post_names = {p.code: p.name for p in plan.posts.values()}
    selected_posts = {p.code for p in sel.posts}
    by_unit: dict[str | None, list[Person]] = {}
    for person in plan.personnel.values():
        by_unit.setdefault(person.unit, []).append(person)
    roles = {op.commander: "commander", op.field_commander: "field_commander"}
    deputy = plan.deputy()
    if deputy and deputy not in roles:
        roles[deputy] = "deputy"
    in_group: dict[str, tuple[str, bool]] = {}  # person -> (group name, reserve) for people held off the posts
    for group in plan.groups.values():
        for pid in ([group.commander] if group.commander else []) + group.members:
            if pid not in in_group or group.reserve:
                in_group[pid] = (group.name, group.reserve)
    for unit in sel.unit_codes:
        members = plan.people_sorted_by_rank(by_unit.get(unit, []))
        if not members:
            continue
        for shift in sel.shifts:
            rows = []
            for person in members:
                mine = [a for a in plan.assignments_of(person.id) if a.shift == shift.code]
                if mine:
                    if not any(a.post in selected_posts for a in mine):
                        continue
                    where = ", ".join(f"{a.post} {post_names.get(a.post, '')}".strip() for a in mine)
                    duty = "danpos" if any(a.role == "danpos" for a in mine) else "anggota"
                elif sel.options.posts:
                    continue
                elif person.id in roles:
                    where, duty = "", roles[person.id]
                elif person.id in in_group:
                    name, reserve = in_group[person.id]
                    where, duty = name, "reserve" if reserve else "group"
                else:
                    where, duty = "", "unassigned"
                rows.append(dict(person_data(person, plan), where=where, duty=duty))
            if rows:
                yield Part(
                    "attendance",
                    {"unit": unit or "", "unit_name": sel.unit_name(unit), "shift": _shift_data(shift), "rows": rows},
                    section=sel.vote.unit_name(sel.vote.unit_home(unit)) if sel.vote is not None else "",
                )


def roster_parts(sel: Selection) -> Iterator[Part]:
    """The roster: every selected unit in turn, its people sorted by the rank ladder (one part,
    so small units share pages)."""
    plan = sel.plan
    shift_order = {code: i for i, code in enumerate(plan.shifts)}
    by_unit: dict[str | None, list[Person]] = {}
    for person in plan.personnel.values():
        by_unit.setdefault(person.unit, []).append(person)
    reserves = {
        pid: g.name
        for g in plan.groups.values()
        if g.reserve
        for pid in ([g.commander] if g.commander else []) + g.members
    }
    units = []
    for unit in sel.unit_codes:
        members = by_unit.get(unit, [])
        if not members:
            continue
        members.sort(key=lambda p: (-rank_level(p.rank), p.rank.casefold(), p.name.casefold()))
        rows = []
        for person in members:
            per_post: dict[str, list[str]] = {}
            for a in sorted(plan.assignments_of(person.id), key=lambda a: shift_order.get(a.shift, 0)):
                per_post.setdefault(a.post, []).append(a.shift)
            duty = "; ".join(f"{post} ({', '.join(shifts)})" for post, shifts in per_post.items())
            # a reserve is a duty, not "no post"
            rows.append(dict(person_data(person, plan), duty=duty, reserve=reserves.get(person.id, "")))
        units.append({"unit": unit or "", "unit_name": sel.unit_name(unit), "rows": rows})
    if units:
        yield Part("roster", {"units": units})


def accepted_part(sel: Selection) -> Part | None:
    """Annex G: the warnings the planner accepted, each with its note and when (None when the plan
    has no accepted warning in the selection). Both languages' messages are in the data, so the
    stamp does not depend on the language."""
    plan = sel.plan
    if not plan.accepted:
        return None
    shifts = {s.code for s in sel.shifts}
    posts = {p.code for p in sel.posts}
    rows = []
    for f in validate(plan):
        if not f.accepted:
            continue
        if (f.shift and f.shift not in shifts) or (f.post and f.post not in posts):
            continue
        item = plan.accepted.get(f.key)
        post = plan.posts.get(f.post or "")
        person = sel.person(f.person)
        shift = plan.shifts.get(f.shift or "")
        rows.append(
            {
                "rule": f.rule,
                "title": list(RULES.get(f.rule, (f.rule, f.rule))),
                "message": [f.message_id, f.message_en],
                "post": {"code": post.code, "name": post.name} if post else None,
                "person": {"rank": person.rank, "name": person.name, "nrp": person.nrp} if person else None,
                "shift": {"code": shift.code, "name": shift.name} if shift else None,
                "note": f.note,
                "accepted_at": item.accepted_at if item else None,
            }
        )
    if not rows:
        return None
    return Part("accepted", {"operation": sel.plan.operation.name, "rows": rows}, landscape=True)


def _phases(post: Post | None, shifts: list[str], plan: Plan) -> list[str]:
    """The shift codes a person serves at a post; empty when that is every shift the post is manned in."""
    if post is None:
        return shifts
    manned = [s.code for s in plan.shifts_of_post(post)]
    return [] if set(manned) <= set(shifts) else shifts


def duty_data(plan: Plan, duty) -> dict:
    """A person's task in the operation as data: command role, posts with their phases (empty
    = all phases), groups and reserve."""
    posts = []
    for code, shifts in duty.posts.items():
        post = plan.posts.get(code)
        danpos = any(a.role == "danpos" for a in plan.assignments_of(duty.person.id) if a.post == code)
        posts.append(
            {"code": code, "name": post.name if post else code, "phases": _phases(post, shifts, plan), "danpos": danpos}
        )
    return {
        "command": duty.command,
        "posts": posts,
        "groups": list(duty.groups),
        "leads": list(duty.leads),
        "reserve": duty.reserve,
    }


def sprin_part(sel: Selection) -> Part:
    """The Surat Perintah itself: kop, number, Pertimbangan, Dasar, Kepada, Untuk, signature, Tembusan."""
    plan, op = sel.plan, sel.plan.operation
    texts = paperwork.sprin_texts(plan, "id")
    texts_en = paperwork.sprin_texts(plan, "en")
    data = {
        "kop": paperwork.kop_lines(plan, "KEPOLISIAN NEGARA REPUBLIK INDONESIA"),
        "number": paperwork.letter_number(plan, "sprin"),
        "texts": {"id": texts, "en": texts_en},
        "people": len(on_duty(plan)),
        "commander": signature_data(sel.person(op.commander)),
        "place": str(plan.settings.get("place", "") or ""),
        "signed_on": header_data(plan)["signed_on"],
    }
    return Part("sprin", data)


def sprin_list_part(sel: Selection) -> Part:
    """The Sprin's annex: every person on duty once, grouped by unit in rank order, with rank and
    NRP, position, unit, task (posts or group, with phases) and remarks (BKO origin, reserve)."""
    plan = sel.plan
    duties = on_duty(plan)
    by_unit: dict[str | None, list] = {}
    for d in duties.values():
        by_unit.setdefault(d.person.unit, []).append(d)
    units = []
    for members in by_unit.values():
        members.sort(key=lambda d: (-rank_level(d.person.rank), d.person.rank.casefold(), d.person.name.casefold()))
    order = {code: i for i, code in enumerate(plan.units)}
    # units by their senior member (Pimpinan before Bag Ops before the Sat), then the plan's order
    ranked = sorted(by_unit, key=lambda u: (-rank_level(by_unit[u][0].person.rank), order.get(u or "", len(order))))
    for unit in ranked:
        members = by_unit[unit]
        rows = [
            dict(person_data(d.person, plan), duty=duty_data(plan, d), origin=getattr(d.person, "origin", "") or "")
            for d in members
        ]
        if sel.vote is not None:  # a vote: each person's TPS numbers instead of a line per TPS
            for row, d in zip(rows, members):
                vote.tps_duty(sel, row["duty"], d.person.id)
        units.append({"unit": unit or "", "unit_name": sel.unit_name(unit), "rows": rows})
    data = {
        "units": units,
        "strength": strength_table(plan, duties),
        "commander": signature_data(sel.person(plan.operation.commander)),
        "place": str(plan.settings.get("place", "") or ""),
        "signed_on": header_data(plan)["signed_on"],
    }
    return Part("sprin_list", data, landscape=True, annex="")


def notes_part(sel: Selection) -> Part:
    """The planner's notes ("catatan perencana"): the accepted warnings, a working document kept
    apart from what the commander signs; says so when there is none."""
    part = accepted_part(sel)
    return (
        part
        if part is not None
        else Part("accepted", {"operation": sel.plan.operation.name, "rows": []}, landscape=True)
    )


def packet_parts(sel: Selection) -> Iterator[Part]:
    if sel.vote is not None:
        yield from vote_packet_parts(sel)
        return
    yield cover_part(sel)
    yield orders_part(sel)
    # Each annex is built when its turn comes: the cover and the order reach the printer (and the
    # progress bar) before a district's plotting table of thousands of rows is computed.
    annexes = (orgchart_part, siteplan_part, plotting_part, contacts_part)
    for letter, build in zip("ABCD", annexes):
        part = build(sel)
        part.annex = letter
        yield part
    for post, shifts in merged_slot_keys(sel):
        part = post_part(sel, post, shifts)
        part.annex = "E"
        yield part
    for part in attendance_parts(sel):
        part.annex = "F"
        yield part


def vote_packet_parts(sel: Selection) -> Iterator[Part]:
    """A vote's packet: the annexes gain the Rekap pola pengamanan TPS (C), the plotting comes
    one Polsek at a time, and every list follows the reading order of the sectors."""
    yield cover_part(sel)
    yield orders_part(sel)
    for letter, build in zip("ABC", (orgchart_part, siteplan_part, rekap_part)):  # each built in its turn
        part = build(sel)
        part.annex = letter
        yield part
    for part in vote.plotting_parts(sel):
        part.annex = "D"
        yield part
    for letter, parts in (
        ("E", [contacts_part(sel)]),
        ("F", (post_part(sel, post, shifts) for post, shifts in merged_slot_keys(sel))),
        ("G", attendance_parts(sel)),
    ):
        for part in parts:
            part.annex = letter
            yield part


def rekap_part(sel: Selection) -> Part:
    """The Rekap pola pengamanan TPS: see `desktop.briefing.vote.rekap_data`."""
    return Part("rekap", vote.rekap_data(sel.plan), landscape=True)


def iter_parts(sel: Selection) -> Iterator[Part]:
    """The parts of every requested document, in order (lazily: the large packet never holds
    all of its parts at once)."""
    for doc in sel.options.documents:
        if doc == "packet":
            yield from packet_parts(sel)
        elif doc == "sprin":
            yield sprin_part(sel)
            yield sprin_list_part(sel)
        elif doc == "notes":
            yield notes_part(sel)
        elif doc == "posts":
            for post, shifts in merged_slot_keys(sel):
                yield post_part(sel, post, shifts)
        elif doc == "slips":
            yield from slip_parts(sel)
        elif doc == "attendance":
            yield from attendance_parts(sel)
        elif doc == "roster":
            yield from roster_parts(sel)
        elif doc == "rekap":
            yield rekap_part(sel)
        else:
            raise ValueError(f"unknown document {doc!r}; choose from {', '.join(DOCUMENTS)}")


def count_parts(sel: Selection) -> int:
    """How many parts `iter_parts` will yield, cheaply (for the progress bar)."""
    slots = sum(1 for _ in merged_slot_keys(sel))
    total = 0
    for doc in sel.options.documents:
        if doc == "packet":
            total += 6 + slots + len(sel.unit_codes) * len(sel.shifts)
        elif doc == "sprin":
            total += 2
        elif doc == "notes":
            total += 1
        elif doc == "posts":
            total += slots
        elif doc == "slips":
            total += max(1, len(sel.plan.assignments) // SLIPS_PER_PAGE)
        elif doc == "attendance":
            total += len(sel.unit_codes) * len(sel.shifts)
        elif doc in ("roster", "rekap"):
            total += 1
        if doc == "packet" and sel.vote is not None:  # the rekap, and the plotting per Polsek
            total += len({sel.vote.home.get(p.code) for p in sel.posts})
    return max(total, 1)
