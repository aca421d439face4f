"""Structural checks: does a plan hold only valid values and references?

A plan that fails these is not a plan Renpam could have written; opening such a file or
importing such a document is refused. Planning problems (double-booking, short posts) are
findings of `desktop.validation`, which a planner sees and fixes.
"""

from __future__ import annotations

import math
from datetime import datetime

from desktop import limits
from desktop.model import (
    AGENCIES,
    CLASSIFICATIONS,
    GENDERS,
    GROUP_ROLES,
    OPERATION_KINDS,
    POST_KINDS,
    RINGS,
    ROLES,
    TPS_CATEGORIES,
    Plan,
)
from desktop.ranks import parse_rank


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def structural_problems(plan: Plan, limit: int = 50) -> list[str]:
    problems: list[str] = []

    def bad(message: str) -> None:
        if len(problems) < limit:
            problems.append(message)

    op = plan.operation
    for name in (
        "name",
        "venue",
        "address",
        "situation",
        "mission",
        "execution",
        "rules",
        "contingency",
        "logistics",
        "communications",
    ):
        if not _is_text(getattr(op, name)):
            bad(f"operation {name} is not text")
    if op.kind not in OPERATION_KINDS:
        bad(f"operation kind {op.kind!r} is unknown")
    if op.classification not in CLASSIFICATIONS:
        bad(f"classification {op.classification!r} is unknown")
    for name in ("start", "end"):
        value = getattr(op, name)
        if value is not None and not isinstance(value, datetime):
            bad(f"operation {name} is not a time")
    if op.start and op.end and op.end < op.start:
        bad("the operation ends before it starts")
    for name in ("commander", "field_commander"):
        pid = getattr(op, name)
        if pid is not None and pid not in plan.personnel:
            bad(f"operation {name} refers to unknown person {pid!r}")

    for code, unit in plan.units.items():
        if not _is_text(code) or not code or not _is_text(unit.name):
            bad(f"unit {code!r} has an invalid code or name")
        if unit.agency not in AGENCIES:
            bad(f"unit {code!r} has unknown agency {unit.agency!r}")
        where = limits.coordinate_problem(unit.latitude, unit.longitude)
        if where:
            bad(f"unit {code!r}: {where}")

    for pid, p in plan.personnel.items():
        if not _is_text(pid) or not pid:
            bad(f"person id {pid!r} is invalid")
        for name in ("name", "nrp", "rank", "position", "phone", "callsign", "origin"):
            if not _is_text(getattr(p, name)):
                bad(f"person {pid!r}: {name} is not text")
        if _is_text(p.name) and not p.name.strip():
            bad(f"person {pid!r} has no name")
        if p.unit is not None and p.unit not in plan.units:
            bad(f"person {pid!r} refers to unknown unit {p.unit!r}")
        if p.gender not in GENDERS:
            bad(f"person {pid!r} has gender {p.gender!r} (L or P)")
        if not isinstance(p.skills, list) or not all(_is_text(s) for s in p.skills):
            bad(f"person {pid!r}: skills are not a list of words")

    for code, s in plan.shifts.items():
        if not _is_text(code) or not code:
            bad(f"shift code {code!r} is invalid")
        if not isinstance(s.start, (datetime, type(None))) or not isinstance(s.end, (datetime, type(None))):
            bad(f"shift {code!r} has an invalid time")
        elif s.start and s.end and s.end <= s.start:
            bad(f"shift {code!r} ends before it starts")

    for code, post in plan.posts.items():
        if not _is_text(code) or not code:
            bad(f"post code {code!r} is invalid")
        if post.ring is not None and post.ring not in RINGS:
            bad(f"post {code!r} has unknown ring {post.ring!r}")
        if post.kind not in POST_KINDS:
            bad(f"post {code!r} has unknown kind {post.kind!r}")
        if post.category is not None and post.category not in TPS_CATEGORIES:
            bad(f"post {code!r} has unknown category {post.category!r}")
        for axis in ("x", "y"):
            value = getattr(post, axis)
            if (
                not isinstance(value, (int, float))
                or isinstance(value, bool)
                or not math.isfinite(value)
                or not 0 <= value <= 1
            ):
                bad(f"post {code!r}: {axis} must be a number from 0 to 1")
        if not isinstance(post.min_staff, int) or post.min_staff < 0:
            bad(f"post {code!r}: minimum staff must be a whole number")
        elif post.max_staff is not None and (not isinstance(post.max_staff, int) or post.max_staff < post.min_staff):
            bad(f"post {code!r}: maximum staff is below the minimum")
        if not isinstance(post.required_skills, dict) or not all(
            _is_text(k) and isinstance(v, int) and not isinstance(v, bool) and v > 0
            for k, v in post.required_skills.items()
        ):
            bad(f"post {code!r}: required skills must map a skill to a count")
        if post.commander_min_rank is not None and parse_rank(post.commander_min_rank) is None:
            bad(f"post {code!r}: danpos minimum rank {post.commander_min_rank!r} is not a Polri rank")
        for shift in post.shifts:
            if shift not in plan.shifts:
                bad(f"post {code!r} is manned in unknown shift {shift!r}")
        for name in (
            "name",
            "tasks",
            "equipment",
            "radio_channel",
            "sector",
            "village",
            "district",
            "address",
            "route",
        ):
            if not _is_text(getattr(post, name)):
                bad(f"post {code!r}: {name} is not text")
        where = limits.coordinate_problem(post.latitude, post.longitude)
        if where:
            bad(f"post {code!r}: {where}")
        if post.voters is not None and (
            not isinstance(post.voters, int)
            or isinstance(post.voters, bool)
            or not 0 <= post.voters <= limits.MAX_VOTERS
        ):
            bad(f"post {code!r}: registered voters must be a whole number from 0 to {limits.MAX_VOTERS}")

    for (person, post, shift), a in plan.assignments.items():  # type: ignore[assignment]
        where = f"assignment of {person!r} to {post!r} in {shift!r}"
        if person not in plan.personnel:
            bad(f"{where} refers to an unknown person")
        if post not in plan.posts:
            bad(f"{where} refers to an unknown post")
        if shift not in plan.shifts:
            bad(f"{where} refers to an unknown shift")
        if a.role not in ROLES:
            bad(f"{where} has unknown role {a.role!r}")

    for key, ph in plan.placeholders.items():
        if key != ph.key or ph.post not in plan.posts or ph.shift not in plan.shifts or ph.unit not in plan.units:
            bad(f"placeholder {key!r} refers to an unknown post, shift or unit")
        elif ph.role not in ROLES or not isinstance(ph.number, int) or ph.number < 1:
            bad(f"placeholder {key!r} has an invalid role or number")
    for name, pattern in plan.patterns.items():
        if sorted(pattern.notation.split("-")) != ["linmas", "police", "tps"]:
            bad(f"staffing pattern {name!r}: notation {pattern.notation!r} must name police, tps and linmas")
        if not pattern.rows:
            bad(f"staffing pattern {name!r} has no numbers for any TPS category")
        for category, row in pattern.rows.items():
            if category not in TPS_CATEGORIES or row.tps < 1 or row.police < 0 or row.linmas < 0:
                bad(f"staffing pattern {name!r}: row {category!r} is invalid")
    seen_posts: set[str] = set()
    if len(plan.groups) > limits.MAX_GROUPS:
        bad(f"the file holds {len(plan.groups):,} command groups, at most {limits.MAX_GROUPS:,}")
    for code, group in plan.groups.items():
        if len(group.posts) > limits.MAX_GROUP_POSTS or len(group.members) > limits.MAX_GROUP_MEMBERS:
            bad(
                f"group {code!r} lists {len(group.posts):,} posts and {len(group.members):,} members, at most "
                f"{limits.MAX_GROUP_POSTS:,} and {limits.MAX_GROUP_MEMBERS:,}"
            )
        if code != group.code or not _is_text(group.name) or not group.name.strip() or group.role not in GROUP_ROLES:
            bad(f"group {code!r} has no name or an unknown role")
        if group.commander is not None and group.commander not in plan.personnel:
            bad(f"group {code!r}: commander is not in the roster")
        if not all(post in plan.posts for post in group.posts) or not all(
            pid in plan.personnel for pid in group.members
        ):
            bad(f"group {code!r} refers to an unknown post or person")
        if seen_posts & set(group.posts):
            bad(f"group {code!r} holds a post that belongs to another group")
        seen_posts |= set(group.posts)
        if not all(_is_text(x) for x in (group.held_at, group.trigger)):
            bad(f"group {code!r} is damaged")
    for key, item in plan.accepted.items():  # type: ignore[assignment]
        if not _is_text(item.note) or not item.note.strip():
            bad(f"accepted finding {key!r} has no note")

    for ring, outline in plan.ring_outlines.items():
        if ring not in RINGS or outline.ring != ring:
            bad(f"ring outline {ring!r} is not ring I, II or III")
        elif len(outline.points) < 3 or not all(
            isinstance(v, (int, float)) and math.isfinite(v) and 0 <= v <= 1 for pt in outline.points for v in pt
        ):
            bad(f"ring {ring} outline must have at least three points within the plan")

    if plan.site_plan is not None:
        sp = plan.site_plan
        if not _is_text(sp.title) or not _is_text(sp.scale_note) or not isinstance(sp.image_png, bytes):
            bad("the site plan is damaged")
    return problems
