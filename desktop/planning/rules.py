"""The planning rules: what an experienced operations officer checks in a plan.

Every rule yields `Finding`s: a named rule, a severity (error or warning), a message (a
catalogue code and its values, rendered in Indonesian or English by `desktop.messages`) that says
what, where and why it matters, and the post/person/shift it concerns. Rules are grouped by what
they look at, so that one edit re-checks only what it can have changed (`Validator`):

- person rules look at one person's duties (double booking, operation window, hours, rest,
  commanders tied to a post);
- place rules look at one post in one shift (staffing, danpos, skills, Ring I, other agencies,
  placeholders in an unmanned shift);
- cluster rules look at one TPS cluster in one shift (police at every cluster, staffing patterns,
  pola); a polling station without a cluster is a cluster of its own;
- plan rules look at the whole plan (data integrity, commander and field commander named).

Settings of the operation (`Plan.settings`): `max_hours` (hours of work in any 24 hours,
default 12), `min_rest_hours` (rest between two separate duties, default 8; back-to-back shifts
are one duty), `duty_model` and `tps_duty_hours` (a vote's polling-station duty is one duty; all
computed by `desktop.planning.duty`), `ring1_skills` (skills of which Ring I personnel must hold at least one; the rule
is off while the list is empty), `staffing_pattern` (the name of the pattern in force; the only
pattern when there is just one).

A warning can be accepted with a note (`Plan.accept_finding(finding.key, note)`); accepted
findings stay in the list, marked accepted. Errors cannot be accepted: `Plan.accept_finding`
refuses them (`is_error_key`). Staffing counts and states come from `desktop.planning.staffing`.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache, partial

from desktop import vocabulary
from desktop.integrity import structural_problems
from desktop.messages import Message
from desktop.messages.catalogue import TEXTS
from desktop.model import Assignment, Change, Person, Placeholder, Plan, Post, StaffingPattern
from desktop.planning.duty import DEFAULT_MAX_HOURS, DEFAULT_MIN_REST_HOURS, DutyLoad, assess, limits  # noqa: F401
from desktop.planning.staffing import classify
from desktop.planning.vote import active_pattern, is_tps, reserve_share, reserve_shortfalls
from desktop.ranks import rank_level

ERROR = "error"
WARNING = "warning"

# Rules whose findings are always errors; `post_understaffed` is one only when nobody is there.
ERROR_RULES = frozenset({"integrity", "double_booking", "outside_window", "several_danpos", "tps_without_police"})

# Skills with their own "skill_reason.*" text: why the skill matters at a post.
SKILL_REASONS = ("polwan", "negosiator", "dalmas", "lantas", "medis", "intel", "sopir")


def skill_reason(skill: str) -> Message:
    return Message(f"skill_reason.{skill if skill in SKILL_REASONS else 'other'}")


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: str  # "error" or "warning"
    text: Message  # a "finding.*" code and its values
    post: str | None = None
    person: str | None = None
    shift: str | None = None
    accepted: bool = False  # a warning the planner accepted (see `note`)
    note: str = ""
    detail: str = ""  # tells apart findings of one rule at one place (the missing skill)

    def __post_init__(self) -> None:
        if not isinstance(self.text, Message):  # e.g. the two sentences of the old signature
            raise TypeError(
                f"Finding {self.rule!r}: text must be a desktop.messages.Message, not {type(self.text).__name__}"
            )

    @property
    def key(self) -> str:
        """Stable identity of the finding: what `Plan.accept_finding` stores."""
        base = f"{self.rule}|{self.post or ''}|{self.person or ''}|{self.shift or ''}"
        return f"{base}|{self.detail}" if self.detail else base

    def message(self, lang: str = "id") -> str:
        return self.text.render(lang)

    @property
    def message_id(self) -> str:
        return self.text.render("id")

    @property
    def message_en(self) -> str:
        return self.text.render("en")

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message_id": self.message_id,
            "message_en": self.message_en,
            "post": self.post,
            "person": self.person,
            "shift": self.shift,
            "detail": self.detail or None,
            "key": self.key,
            "accepted": self.accepted,
            "note": self.note,
            "message": self.text.to_json(),
        }


def sort_key(f: Finding) -> tuple[object, ...]:
    return (
        f.severity != ERROR,
        f.accepted,
        f.rule,
        f.post or "",
        f.person or "",
        f.shift or "",
        f.detail,
        _text_key(f.text),
    )


def _raw_key(f: Finding) -> tuple[object, ...]:
    """`sort_key` without acceptance (findings are stored unaccepted; acceptance is applied last)."""
    return (f.severity != ERROR, f.rule, f.post or "", f.person or "", f.shift or "", f.detail, _text_key(f.text))


def _text_key(text: Message) -> tuple[str, str]:
    """Orders findings alike in every place by their message's code and values (not rendering them)."""
    return (text.code, repr(text.params))


def _order_accepted(findings: list[Finding]) -> list[Finding]:
    """Marked findings in `_raw_key` order -> `sort_key` order (accepted warnings after open ones)."""
    if not any(f.accepted for f in findings):
        return findings
    errors = [f for f in findings if f.severity == ERROR]
    open_ = [f for f in findings if f.severity != ERROR and not f.accepted]
    return errors + open_ + [f for f in findings if f.accepted]


# ---------------------------------------------------------------------------- context
class Context:
    """Lookups the rules share, built once per validation (or refreshed on a change)."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        s = plan.settings
        self.limits = limits(plan)  # settings read safely (desktop.limits.setting_number)
        self.max_hours = self.limits.max_hours
        self.min_rest = self.limits.min_rest
        ring1 = s.get("ring1_skills") or []
        self.ring1_skills: tuple[str, ...] = tuple(ring1) if isinstance(ring1, list) else ()
        self.agency_of_unit = {code: u.agency for code, u in plan.units.items()}
        self.shift_order = {code: i for i, code in enumerate(plan.shifts)}
        self.pattern = active_pattern(plan)
        op = plan.operation
        self.outside = {
            c
            for c, sh in plan.shifts.items()
            if op.start and op.end and sh.start and sh.end and (sh.start < op.start or sh.end > op.end)
        }
        self.duty_issues: dict[frozenset[str], DutyLoad] = {}
        self.index_placeholders()
        # Who holds a post in a shift, a person's duties: the plan's queries, in any order.
        self.at: Callable[[str, str], list[Assignment]] = partial(plan.assignments_at, ordered=False)
        self.of: Callable[[str], list[Assignment]] = partial(plan.assignments_of, ordered=False)

    def index_placeholders(self) -> None:
        self.placeholders: dict[tuple[str, str], list[Placeholder]] = {}
        for ph in self.plan.placeholders.values():
            self.placeholders.setdefault((ph.post, ph.shift), []).append(ph)

    def agency(self, person: Person | None) -> str:
        if person is None or person.unit is None:
            return "OTHER"
        return self.agency_of_unit.get(person.unit, "OTHER")


def cluster_of(post: Post) -> str:
    return post.cluster or post.code


def label(plan: Plan, pid: str) -> str:
    p = plan.personnel.get(pid)
    return f"{p.rank} {p.name}".strip() if p else pid


def post_label(post: Post) -> str:
    return f"{post.code} ({post.name})" if post.name else post.code


@lru_cache(maxsize=256)
def _hours(h: float) -> str:
    return f"{h:.1f}".rstrip("0").rstrip(".")


# ---------------------------------------------------------------------------- person rules
def person_findings(ctx: Context, pid: str) -> list[Finding]:
    """Double booking, operation window, hours in 24 h, rest, and commanders tied to a post."""
    plan = ctx.plan
    duties = ctx.of(pid)
    if not duties:
        return []
    out: list[Finding] = []
    shifts = plan.shifts
    order = ctx.shift_order
    codes_key = frozenset(a.shift for a in duties)
    load = ctx.duty_issues.get(codes_key)
    if load is None:
        load = ctx.duty_issues[codes_key] = assess(plan.shifts, codes_key, ctx.limits)
    worst, worst_at, rests = load.worst, load.worst_at, load.rests
    op = plan.operation
    if (
        len(duties) == 1
        and not worst_at
        and duties[0].shift not in ctx.outside
        and pid != op.commander
        and pid != op.field_commander
    ):
        return out  # the common case: one duty, within limits
    who = label(plan, pid)
    if len(duties) > 1:
        duties.sort(key=lambda a: (order.get(a.shift, 0), a.post))
        for i, a in enumerate(duties):
            for b in duties[i + 1 :]:
                sa, sb = shifts.get(a.shift), shifts.get(b.shift)
                if sa is None or sb is None or not (a.shift == b.shift or sa.overlaps(sb)):
                    continue
                when = a.shift if a.shift == b.shift else f"{a.shift}/{b.shift}"
                out.append(
                    Finding(
                        "double_booking",
                        ERROR,
                        Message("finding.double_booking", who=who, post_a=a.post, post_b=b.post, when=when),
                        post=b.post,
                        person=pid,
                        shift=b.shift,
                    )
                )

    if op.start and op.end:
        for a in duties:
            s = shifts.get(a.shift)
            if s and s.start and s.end and (s.start < op.start or s.end > op.end):
                out.append(
                    Finding(
                        "outside_window",
                        ERROR,
                        Message(
                            "finding.outside_window",
                            who=who,
                            post=a.post,
                            shift=a.shift,
                            shift_span=_span(s.start, s.end),
                            operation_span=_span(op.start, op.end),
                        ),
                        post=a.post,
                        person=pid,
                        shift=a.shift,
                    )
                )

    # Hours and rest depend only on which shifts a person works: worked out once per set of shifts.
    if worst_at:
        codes = "+".join(worst_at)
        out.append(
            Finding(
                "max_hours",
                WARNING,
                Message(
                    "finding.tps_duty_hours" if load.continuous else "finding.max_hours",
                    who=who,
                    hours=_hours(worst),
                    shifts=codes,
                    limit=_hours(ctx.limits.tps_duty_hours if load.continuous else ctx.max_hours),
                ),
                person=pid,
                shift=worst_at[0],
            )
        )
    for rest, before, after, shift_code in rests:
        out.append(
            Finding(
                "min_rest",
                WARNING,
                Message(
                    "finding.min_rest",
                    who=who,
                    hours=_hours(rest),
                    before=before,
                    after=after,
                    limit=_hours(ctx.min_rest),
                ),
                person=pid,
                shift=shift_code,
            )
        )

    for attr in ("commander", "field_commander"):
        if getattr(op, attr) != pid:
            continue
        for a in duties:
            post = plan.posts.get(a.post)
            if post is None or post.kind == "pos_komando":
                continue  # commanding from the command post is where a commander belongs
            out.append(
                Finding(
                    f"{attr}_on_post",
                    WARNING,
                    Message(
                        "finding.commander_on_post" if attr == "commander" else "finding.field_commander_on_post",
                        who=who,
                        where=post_label(post),
                        shift=a.shift,
                    ),
                    post=a.post,
                    person=pid,
                    shift=a.shift,
                )
            )
    return out


def _span(start: datetime, end: datetime) -> str:
    if start.date() == end.date():
        return f"{start:%d-%m-%Y %H.%M}-{end:%H.%M}"
    return f"{start:%d-%m-%Y %H.%M} - {end:%d-%m-%Y %H.%M}"


# ---------------------------------------------------------------------------- place rules
def place_findings(ctx: Context, post_code: str, shift: str) -> list[Finding]:
    """Staffing, danpos, required skills, Ring I skills and other agencies at one post in one shift."""
    plan = ctx.plan
    post = plan.posts.get(post_code)
    if post is None or shift not in plan.shifts:
        return []
    people = ctx.at(post_code, shift)
    holders = ctx.placeholders.get((post_code, shift), ())
    where = post_label(post)
    out: list[Finding] = []
    if not post.manned_in(shift):
        for a in people:
            out.append(
                Finding(
                    "post_not_manned",
                    WARNING,
                    Message("finding.post_not_manned", who=label(plan, a.person), where=where, shift=shift),
                    post=post_code,
                    person=a.person,
                    shift=shift,
                )
            )
        if holders:
            out.append(
                Finding(
                    "post_not_manned",
                    WARNING,
                    Message("finding.post_not_manned_places", where=where, count=len(holders), shift=shift),
                    post=post_code,
                    shift=shift,
                )
            )
        return out

    n = len(people) + len(holders)  # the staffing count, people plus held places (Plan.count_at)
    state = classify(post, shift, n)  # the one staffing classification (markers, rows, auto-assign)
    if state == "short":
        out.append(
            Finding(
                "post_understaffed",
                ERROR if n == 0 else WARNING,
                Message("finding.post_understaffed", where=where, shift=shift, count=n, minimum=post.min_staff),
                post=post_code,
                shift=shift,
            )
        )
    if state == "over":
        out.append(
            Finding(
                "post_overstaffed",
                WARNING,
                Message("finding.post_overstaffed", where=where, shift=shift, count=n, maximum=post.max_staff),
                post=post_code,
                shift=shift,
            )
        )
    if not n:
        return out

    persons = plan.personnel
    danpos = [a for a in people if a.role == "danpos"]
    danpos_holders = [ph for ph in holders if ph.role == "danpos"]
    # A polling station in a cluster is commanded by its cluster's police: the cluster rules ask
    # for one danpos in the cluster, not one at each of its TPS.
    if not danpos and not danpos_holders and not (post.cluster and is_tps(post)):
        out.append(
            Finding(
                "missing_danpos",
                WARNING,
                Message("finding.missing_danpos", where=where, shift=shift),
                post=post_code,
                shift=shift,
            )
        )
    if len(danpos) + len(danpos_holders) > 1:
        out.append(
            Finding(
                "several_danpos",
                ERROR,
                Message("finding.several_danpos", where=where, count=len(danpos) + len(danpos_holders), shift=shift),
                post=post_code,
                shift=shift,
            )
        )
    polri_present = any(ctx.agency(persons.get(a.person)) == "POLRI" for a in people) or any(
        ctx.agency_of_unit.get(ph.unit) == "POLRI" for ph in holders
    )
    min_level = rank_level(post.commander_min_rank)
    for d in danpos:
        dp = persons.get(d.person)
        if dp is None:
            continue
        level = rank_level(dp.rank)
        who = label(plan, d.person)
        if min_level and level < min_level:
            out.append(
                Finding(
                    "danpos_rank",
                    WARNING,
                    Message("finding.danpos_rank", where=where, shift=shift, who=who, minimum=post.commander_min_rank),
                    post=post_code,
                    person=d.person,
                    shift=shift,
                )
            )
        senior = [
            a
            for a in people
            if a.role != "danpos" and (m := persons.get(a.person)) is not None and rank_level(m.rank) > level
        ]
        if senior:
            s = max(senior, key=lambda a: rank_level(persons[a.person].rank))
            out.append(
                Finding(
                    "danpos_outranked",
                    WARNING,
                    Message(
                        "finding.danpos_outranked", where=where, shift=shift, who=who, senior=label(plan, s.person)
                    ),
                    post=post_code,
                    person=d.person,
                    shift=shift,
                )
            )
        agency = ctx.agency(dp)
        # At a polling station a Linmas (or other agency's) danpos is a warning even when no police
        # officer is there (that police are missing is the error `tps_without_police`).
        if agency != "POLRI" and (polri_present or post.commander_min_rank or is_tps(post)):
            out.append(
                Finding(
                    "other_agency_danpos",
                    WARNING,
                    Message(
                        "finding.other_agency_danpos",
                        where=where,
                        shift=shift,
                        who=who,
                        agency=vocabulary.words(vocabulary.AGENCY, agency),
                    ),
                    post=post_code,
                    person=d.person,
                    shift=shift,
                )
            )

    for skill, count in post.required_skills.items():
        have = sum(1 for a in people if (m := persons.get(a.person)) is not None and skill in m.skills)
        if have < count:
            out.append(
                Finding(
                    "skill_missing",
                    WARNING,
                    Message(
                        "finding.skill_missing",
                        where=where,
                        shift=shift,
                        count=count,
                        skill=vocabulary.words(vocabulary.SKILL, skill),
                        have=have,
                        why=skill_reason(skill),
                    ),
                    post=post_code,
                    shift=shift,
                    detail=skill,
                )
            )

    if post.ring == "I" and ctx.ring1_skills:
        wanted = set(ctx.ring1_skills)
        for a in people:
            m = persons.get(a.person)
            if m is not None and not wanted.intersection(m.skills):
                out.append(
                    Finding(
                        "ring1_skill",
                        WARNING,
                        Message(
                            "finding.ring1_skill",
                            who=label(plan, a.person),
                            where=where,
                            shift=shift,
                            skills=", ".join(ctx.ring1_skills),
                        ),
                        post=post_code,
                        person=a.person,
                        shift=shift,
                    )
                )
    return out


# ---------------------------------------------------------------------------- cluster rules
def in_clusters(post: Post | None, pattern: StaffingPattern | None) -> bool:
    """Whether the cluster rules look at `post`: every polling station, and any post the pattern
    in force has a category row for."""
    return post is not None and (is_tps(post) or (pattern is not None and post.category in pattern.rows))


def cluster_members(plan: Plan, pattern: StaffingPattern | None) -> dict[str, list[Post]]:
    """Polling stations (and posts under the pattern), grouped by cluster (a post without a
    cluster is its own)."""
    groups: dict[str, list[Post]] = {}
    for post in plan.posts.values():
        if in_clusters(post, pattern):
            groups.setdefault(cluster_of(post), []).append(post)
    return groups


def pattern_need(pattern: StaffingPattern, posts: Iterable[Post]) -> tuple[int, int, int]:
    """(police, linmas, tps) a cluster of these posts needs under the pattern (a TPS of a category
    the pattern has no row for, or of none, asks for nothing: `cluster_members` holds every TPS)."""
    police = linmas = 0.0
    n = 0
    for post in posts:
        row = pattern.rows.get(post.category)  # type: ignore[arg-type]
        if row is None:
            continue
        police += row.police / row.tps
        linmas += row.linmas / row.tps
        n += 1
    return math.ceil(police - 1e-9), math.ceil(linmas - 1e-9), n


def cluster_findings(ctx: Context, cluster: str, posts: list[Post], shift: str) -> list[Finding]:
    """One TPS cluster in one shift: police present at all (`tps_without_police`, an error
    whatever the Linmas count), then against the staffing pattern in force."""
    manned_all = [p for p in posts if p.manned_in(shift)]
    if not manned_all:
        return []
    plan = ctx.plan
    pattern = ctx.pattern
    police: set[str] = set()
    linmas: set[str] = set()
    anyone = commanded = False
    for post in manned_all:
        for a in ctx.at(post.code, shift):
            anyone = True
            commanded = commanded or a.role == "danpos"
            agency = ctx.agency(plan.personnel.get(a.person))
            if agency == "POLRI":
                police.add(a.person)
            elif agency == "LINMAS":
                linmas.add(a.person)
        for ph in ctx.placeholders.get((post.code, shift), ()):
            anyone = True
            commanded = commanded or ph.role == "danpos"
            agency = ctx.agency_of_unit.get(ph.unit)  # type: ignore[assignment]
            if agency == "POLRI":
                police.add(repr(ph.key))
            elif agency == "LINMAS":
                linmas.add(repr(ph.key))
    out: list[Finding] = []
    tps = [p for p in manned_all if is_tps(p)]
    if tps and not police:
        out.append(
            Finding(
                "tps_without_police",
                ERROR,
                Message(
                    "finding.tps_without_police",
                    name=_cluster_name(cluster, tps),
                    count=len(tps),
                    codes=_codes(tps),
                    shift=shift,
                    linmas=len(linmas),
                ),
                post=tps[0].code,
                shift=shift,
            )
        )
    clustered = [p for p in tps if p.cluster]
    if clustered and anyone and not commanded:
        out.append(
            Finding(
                "missing_danpos",
                WARNING,
                Message(
                    "finding.cluster_missing_danpos",
                    name=_cluster_name(cluster, clustered),
                    codes=_codes(clustered),
                    shift=shift,
                ),
                post=clustered[0].code,
                shift=shift,
            )
        )
    manned = [p for p in manned_all if pattern is not None and p.category in pattern.rows]
    if pattern is None or not manned:
        return out
    police_need, linmas_need, n = pattern_need(pattern, manned)
    short_p = police_need - len(police)
    short_l = linmas_need - len(linmas)
    if short_p <= 0 and short_l <= 0:
        return out
    cats = sorted({p.category for p in manned})  # type: ignore[type-var]
    written = tuple(
        Message(
            "finding.pattern_row",
            category=vocabulary.words(vocabulary.TPS_CATEGORY, c),
            numbers=pattern.written(c),  # type: ignore[arg-type]
            notation=vocabulary.notation_words(pattern.notation),
        )
        for c in cats
    )
    name = _cluster_name(cluster, manned)
    parts = []
    if short_p > 0:
        parts.append(Message("finding.police_short", short=short_p, have=len(police), need=police_need))
    if short_l > 0:
        parts.append(Message("finding.linmas_short", short=short_l, have=len(linmas), need=linmas_need))
    out.append(
        Finding(
            "pattern_shortfall",
            WARNING,
            Message(
                "finding.pattern_shortfall",
                name=name,
                count=n,
                shift=shift,
                pattern=pattern.name,
                written=written,
                shortfalls=tuple(parts),
            ),
            post=manned[0].code,
            shift=shift,
        )
    )
    return out


def _codes(posts: list[Post], shown: int = 5) -> str:
    """The codes of a cluster's TPS as a finding names them: the first few, then "…"."""
    return ", ".join(p.code for p in posts[:shown]) + (", …" if len(posts) > shown else "")


def _cluster_name(cluster: str, posts: list[Post]) -> Message:
    if len(posts) > 1 or posts[0].cluster:
        return Message("finding.pattern_cluster", cluster=cluster)
    return Message("finding.pattern_tps", code=posts[0].code)


# ---------------------------------------------------------------------------- plan rules
def plan_findings(ctx: Context) -> list[Finding]:
    plan = ctx.plan
    out = [Finding("integrity", ERROR, Message("finding.integrity", problem=p)) for p in structural_problems(plan)]
    op = plan.operation
    if not op.commander:
        out.append(
            Finding(
                "commander_missing",
                WARNING,
                Message("finding.commander_missing"),
            )
        )
    if not op.field_commander:
        out.append(
            Finding(
                "field_commander_missing",
                WARNING,
                Message("finding.field_commander_missing"),
            )
        )
    out.extend(group_findings(plan))
    out.extend(siteplan_findings(plan))
    return out


def siteplan_findings(plan: Plan) -> list[Finding]:
    """`siteplan_scale`: the site plan's note writes a ratio ("1:1.000") but the ground the picture
    spans is not given, so the ratio cannot be checked against the drawing nor held true at the
    size it prints (`desktop.siteplan`); with the width given, the printout derives its own."""
    from desktop import siteplan

    sp = plan.site_plan
    if sp is None or siteplan.ground_width(plan) is not None:
        return []
    n = siteplan.written_ratio(sp.scale_note)
    if n is None:
        return []
    return [Finding("siteplan_scale", WARNING, Message("finding.siteplan_scale", written=siteplan.ratio_text(n)))]


def group_findings(plan: Plan) -> list[Finding]:
    """`group_commander_outranked`: a group's commander ranks below one of its people (its
    members or anyone at its posts), so command and rank disagree."""
    out = []
    for group in plan.groups.values():
        commander = plan.personnel.get(group.commander or "")
        if commander is None:
            continue
        people = set(group.members)
        for post_code in group.posts:
            for shift in plan.shifts:
                people.update(a.person for a in plan.assignments_at(post_code, shift))
        own = rank_level(commander.rank)
        senior = max(
            (plan.personnel[pid] for pid in people if pid in plan.personnel and pid != commander.id),
            key=lambda p: rank_level(p.rank),
            default=None,
        )
        if senior is None or rank_level(senior.rank) <= own:
            continue
        out.append(
            Finding(
                "group_commander_outranked",
                WARNING,
                Message(
                    "finding.group_commander_outranked",
                    group=group.name,
                    who=label(plan, commander.id),
                    senior=label(plan, senior.id),
                ),
                person=commander.id,
                detail=group.code,
            )
        )
    for group in plan.groups.values():
        if group.role != "dalmas_awal":
            continue
        for code in group.posts:
            post = plan.posts.get(code)
            kit = _RIOT_KIT.search(post.equipment) if post else None
            if kit:
                out.append(
                    Finding(
                        "dalmas_awal_kit",
                        WARNING,
                        Message("finding.dalmas_awal_kit", where=post_label(post), group=group.name, kit=kit.group(0)),  # type: ignore[arg-type]
                        post=code,
                        detail=group.code,
                    )
                )
    for unit, held, required, police in reserve_shortfalls(plan):
        out.append(
            Finding(
                "reserve_short",
                WARNING,
                Message(
                    "finding.reserve_short",
                    unit=plan.units[unit].name or unit,
                    held=held,
                    required=required,
                    share=_hours(reserve_share(plan)),
                    police=police,
                ),
                detail=unit,
            )
        )
    if _RESERVE_WORDS.search(plan.operation.contingency) and not any(
        g.reserve and (g.commander or g.members) for g in plan.groups.values()
    ):
        out.append(
            Finding(
                "reserve_not_planned",
                WARNING,
                Message("finding.reserve_not_planned"),
            )
        )
    return out


_RIOT_KIT = re.compile(r"\b(tameng|perisai|helm|gas air mata|shields?|helmets?|tear gas)\b", re.IGNORECASE)
_RESERVE_WORDS = re.compile(r"\b(cadangan|reserves?)\b", re.IGNORECASE)


# ---------------------------------------------------------------------------- all together
def _places(plan: Plan) -> Iterator[tuple[str, str]]:
    shift_codes = list(plan.shifts)
    in_use = plan.staffed_places()  # held by people, or by places waiting for names
    in_use.update((ph.post, ph.shift) for ph in plan.placeholders.values())
    for code, post in plan.posts.items():
        for s in shift_codes:
            if post.manned_in(s) or (code, s) in in_use:
                yield code, s


def mark_accepted(plan: Plan, findings: Iterable[Finding]) -> list[Finding]:
    accepted = plan.accepted
    if not accepted:
        return list(findings)
    out = []
    for f in findings:
        item = accepted.get(f.key) if f.severity == WARNING else None
        out.append(replace(f, accepted=True, note=item.note) if item is not None else f)
    return out


def validate(plan: Plan) -> list[Finding]:
    """Every finding of every rule, errors first, accepted warnings marked."""
    ctx = Context(plan)
    findings = plan_findings(ctx)
    for pid in plan.people_on_duty():
        findings.extend(person_findings(ctx, pid))
    for code, shift in _places(plan):
        findings.extend(place_findings(ctx, code, shift))
    for cluster, posts in cluster_members(plan, ctx.pattern).items():
        for shift in plan.shifts:
            findings.extend(cluster_findings(ctx, cluster, posts, shift))
    findings.sort(key=_raw_key)
    return _order_accepted(mark_accepted(plan, findings))


def is_error_key(plan: Plan, key: str) -> bool:
    """Whether the finding with this key is an error in the plan as it is (`Plan.accept_finding`
    refuses those). Only the place a `post_understaffed` key names is checked again."""
    rule = key.partition("|")[0]
    if rule in ERROR_RULES:
        return True
    if rule != "post_understaffed":
        return False
    parts = key.split("|")
    if len(parts) < 4:
        return False
    return any(f.key == key and f.severity == ERROR for f in place_findings(Context(plan), parts[1], parts[3]))


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)


def open_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Findings still to deal with (accepted warnings left out)."""
    return [f for f in findings if not f.accepted]


RULES_IN_ORDER = (
    "integrity",
    "double_booking",
    "outside_window",
    "max_hours",
    "min_rest",
    "commander_on_post",
    "field_commander_on_post",
    "post_understaffed",
    "post_overstaffed",
    "post_not_manned",
    "missing_danpos",
    "several_danpos",
    "danpos_rank",
    "danpos_outranked",
    "other_agency_danpos",
    "skill_missing",
    "ring1_skill",
    "commander_missing",
    "field_commander_missing",
    "tps_without_police",
    "pattern_shortfall",
    "group_commander_outranked",
    "dalmas_awal_kit",
    "reserve_not_planned",
    "siteplan_scale",
    "reserve_short",
)
# rule name -> (Indonesian title, English title), from the catalogue's "rule.*" texts
RULE_NAMES: dict[str, tuple[str, str]] = {name: TEXTS[f"rule.{name}"] for name in RULES_IN_ORDER}


# ---------------------------------------------------------------------------- incremental
Listener = Callable[[list[Finding]], None]


class Validator:
    """Findings of a plan kept up to date as it changes, re-checking only what an edit touched.

    It subscribes to the plan; after an edit, `findings()` re-runs the person rules of the
    people, the place rules of the posts/shifts and the cluster rules of the clusters the edit
    concerns (the plan rules only when people changed), and merges them into the sorted list it
    keeps instead of sorting everything again. Edits to shifts, units, settings, the operation or
    patterns re-check everything. The result equals `validate(plan)`. Call `close()` to unsubscribe.
    """

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self._full = True
        self._dirty_people: set[str] = set()
        self._dirty_places: set[tuple[str, str]] = set()
        self._dirty_clusters: set[str] = set()
        self._dirty_plan = False
        self._dirty_placeholders = False
        self._regroup = False
        self._by_person: dict[str, list[Finding]] = {}
        self._by_place: dict[tuple[str, str], list[Finding]] = {}
        self._by_cluster: dict[str, list[Finding]] = {}
        self._plan_level: list[Finding] = []
        self._cluster_of_post: dict[str, str] = {}
        self._clusters: dict[str, list[Post]] = {}
        self._group_posts: set[str] = set()  # posts of groups (an edit of groups re-checks everything)
        self._ctx: Context | None = None
        self._sorted: list[Finding] = []  # every unaccepted finding in `_raw_key` order
        self._cache: list[Finding] | None = None
        plan.subscribe(self._on_change)

    def close(self) -> None:
        self.plan.unsubscribe(self._on_change)

    # ---------------------------------------------------------------- changes
    def _on_change(self, change: Change) -> None:
        self._cache = None
        kind, key = change.kind, change.key
        if kind == "assignment":
            person, post, shift = key  # type: ignore[misc]
            self._dirty_people.add(person)  # type: ignore[has-type]
            self._dirty_place(post, shift)  # type: ignore[has-type]
            if post in self._group_posts:  # type: ignore[has-type]  # who stands at a group's posts decides whether its commander is outranked
                self._dirty_plan = True
        elif kind == "placeholder":
            self._dirty_placeholders = True
            self._dirty_place(key[0], key[1])  # type: ignore[index]
        elif kind == "person":
            self._dirty_people.add(key)  # type: ignore[arg-type]
            for a in self.plan.assignments_of(key) if key in self.plan.personnel else ():
                self._dirty_place(a.post, a.shift)
            self._dirty_plan = True
        elif kind == "post":
            was_tps = key in self._cluster_of_post
            self._post_changed(key)  # type: ignore[arg-type]
            ctx = self._ctx
            if ctx is not None and ctx.limits.vote_shifts != limits(self.plan).vote_shifts:
                self._full = True  # the vote phases changed: every duty is judged anew
            post = self.plan.posts.get(key)  # type: ignore[call-overload]
            # A group's post equipment is checked against its Dalmas role; a Polsek's reserve
            # against what its polling stations need.
            if key in self._group_posts or was_tps or (post is not None and is_tps(post)):
                self._dirty_plan = True
        elif kind == "site_plan":
            self._dirty_plan = True  # its written scale is checked (siteplan_findings)
        elif kind in ("accepted", "ring_outline", "print_revision", "roll_call"):
            pass  # acceptance is applied when the list is read; drawings, prints and roll calls do not matter to the rules
        else:  # operation, unit, shift, settings, pattern, reset
            self._full = True

    def _dirty_place(self, post: str, shift: str) -> None:
        self._dirty_places.add((post, shift))
        cluster = self._cluster_of_post.get(post)
        if cluster is not None:
            self._dirty_clusters.add(cluster)

    def _post_changed(self, code: str) -> None:
        """A post was added, edited, moved or removed: its places, and its clusters if they regroup."""
        if self._ctx is None:
            self._full = True
            return
        for shift in self.plan.shifts:
            self._dirty_places.add((code, shift))
        post = self.plan.posts.get(code)
        pattern = self._ctx.pattern
        new = cluster_of(post) if post is not None and in_clusters(post, pattern) else None
        old = self._cluster_of_post.get(code)
        members = self._clusters.get(old or "", [])
        if new != old or (post is not None and new is not None and all(p is not post for p in members)):
            self._regroup = True
        for cluster in (old, new):
            if cluster is not None:
                self._dirty_clusters.add(cluster)

    # ---------------------------------------------------------------- results
    def findings(self) -> list[Finding]:
        if self._cache is not None:
            return self._cache
        if self._full:
            self._recompute_all()
        else:
            self._recompute_dirty()
        self._cache = _order_accepted(mark_accepted(self.plan, self._sorted))
        return self._cache

    def _recompute_all(self) -> None:
        plan = self.plan
        ctx = self._ctx = Context(plan)
        self._group_posts = {code for g in plan.groups.values() for code in g.posts}
        self._plan_level = plan_findings(ctx)
        self._by_person = {}
        for pid in plan.people_on_duty():
            items = person_findings(ctx, pid)
            if items:
                self._by_person[pid] = items
        self._by_place = {}
        for place in _places(plan):
            items = place_findings(ctx, *place)
            if items:
                self._by_place[place] = items
        self._clusters = cluster_members(plan, ctx.pattern)
        self._cluster_of_post = {p.code: c for c, posts in self._clusters.items() for p in posts}
        self._by_cluster = {}
        for cluster in self._clusters:
            items = self._cluster_items(ctx, cluster)
            if items:
                self._by_cluster[cluster] = items
        merged: list[Finding] = list(self._plan_level)
        for group in (self._by_person, self._by_place, self._by_cluster):
            for items in group.values():
                merged.extend(items)
        merged.sort(key=_raw_key)
        self._sorted = merged
        self._full = False
        self._clear_dirty()

    def _cluster_items(self, ctx: Context, cluster: str) -> list[Finding]:
        items: list[Finding] = []
        for shift in self.plan.shifts:
            items.extend(cluster_findings(ctx, cluster, self._clusters[cluster], shift))
        return items

    def _recompute_dirty(self) -> None:
        ctx = self._ctx
        assert ctx is not None
        removed: set[int] = set()
        added: list[Finding] = []

        def swap(group: dict, key: object, items: list[Finding]) -> None:
            old = group.pop(key, None)
            if old:
                removed.update(map(id, old))
            if items:
                group[key] = items
                added.extend(items)

        if self._dirty_placeholders:
            ctx.index_placeholders()
        if self._regroup:
            self._clusters = cluster_members(self.plan, ctx.pattern)
            self._cluster_of_post = {p.code: c for c, posts in self._clusters.items() for p in posts}
            for cluster in [c for c in self._by_cluster if c not in self._clusters]:
                swap(self._by_cluster, cluster, [])
        if self._dirty_plan:
            removed.update(map(id, self._plan_level))
            self._plan_level = plan_findings(ctx)
            added.extend(self._plan_level)
        for pid in self._dirty_people:
            swap(self._by_person, pid, person_findings(ctx, pid) if pid in self.plan.personnel else [])
        for place in self._dirty_places:
            swap(self._by_place, place, place_findings(ctx, *place))
        for cluster in self._dirty_clusters:
            swap(self._by_cluster, cluster, self._cluster_items(ctx, cluster) if cluster in self._clusters else [])
        if removed or added:
            if len(added) > 200:
                kept = [f for f in self._sorted if id(f) not in removed] + added
                kept.sort(key=_raw_key)
            else:
                kept = [f for f in self._sorted if id(f) not in removed] if removed else self._sorted
                for f in added:
                    bisect.insort(kept, f, key=_raw_key)
            self._sorted = kept
        self._clear_dirty()

    def _clear_dirty(self) -> None:
        self._dirty_people.clear()
        self._dirty_places.clear()
        self._dirty_clusters.clear()
        self._dirty_plan = False
        self._dirty_placeholders = False
        self._regroup = False
