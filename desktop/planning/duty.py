"""Duty load: hours and rest of one person, worked out from the shifts they work.

One computation for the rules (`max_hours`, `min_rest` findings) and for auto-assignment and
candidates (would one more duty break the hours limit or leave too little rest?). Back-to-back
or overlapping shifts are one duty; hours are counted in any 24 hours from the start of a duty.
Settings of the operation: `max_hours` (default 12; 0 = no limit) and `min_rest_hours`
(default 8; 0 = no minimum).

The duty model (setting `duty_model`) says what one duty is:
- "shifts" (the default of every kind of operation but a vote): hours are counted in any 24
  hours against `max_hours`;
- "vote" (the default of an election operation, `Operation.kind == "pemilu"`): a polling
  station (TPS) is manned for one continuous duty, from the night before through the counting,
  often followed by the escort of the ballot boxes (`pengawalan`) to the PPK. A phase in which
  polling stations or escorts are manned (a shift a post of kind `tps` or `pengawalan`, or with a
  TPS category, lists) is a "vote phase"; a duty (back-to-back or overlapping shifts) that holds a
  vote phase is one duty, judged by its whole length against `tps_duty_hours` (default 36; 0 =
  no limit) instead of the 24-hour count; so is a duty closer to it than the minimum rest (the
  apel pergeseran just before the TPS duty: nobody rests in between). Other duties keep the
  24-hour count, rest between separate duties is checked alike, and two posts at once stay a
  double booking (`desktop.planning.rules`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop import limits as bounds  # (this module's `limits` is the operation's duty limits)
from desktop.model import Plan, Post, Shift

DEFAULT_MAX_HOURS = 12.0
DEFAULT_MIN_REST_HOURS = 8.0
DEFAULT_TPS_DUTY_HOURS = 36.0  # the night before, voting, counting, and the escort to the PPK
DUTY_MODELS = ("shifts", "vote")
VOTE_POST_KINDS = ("tps", "pengawalan")

_HOUR = timedelta(hours=1)
_EPS = 1e-9


@dataclass(frozen=True, slots=True)
class Limits:
    max_hours: float  # hours of work in any 24 hours; 0 = no limit
    min_rest: float  # hours of rest between separate duties; 0 = no minimum
    vote_shifts: frozenset[str] = frozenset()  # vote phases (duty model "vote"; empty otherwise)
    tps_duty_hours: float = DEFAULT_TPS_DUTY_HOURS  # longest duty holding a vote phase; 0 = no limit


def duty_model(plan: Plan) -> str:
    """The setting `duty_model` when it names a model, else "vote" for an election, "shifts" otherwise."""
    value = plan.settings.get("duty_model")
    if value in DUTY_MODELS:
        return str(value)
    return "vote" if plan.operation.kind == "pemilu" else "shifts"


def is_vote_post(post: Post) -> bool:
    return post.kind in VOTE_POST_KINDS or post.category is not None


def vote_shifts(plan: Plan) -> frozenset[str]:
    """The vote phases: shifts in which a polling station or an escort is manned."""
    codes: set[str] = set()
    for post in plan.posts.values():
        if is_vote_post(post):
            if not post.shifts:
                return frozenset(plan.shifts)
            codes.update(post.shifts)
    return frozenset(codes)


def limits(plan: Plan) -> Limits:
    """The operation's limits from its settings, defaults where unset (and where an older file
    holds something that is not a number, e.g. "abc": checks never crash on it)."""
    s = plan.settings
    vote = duty_model(plan) == "vote"
    return Limits(
        bounds.setting_number(s, "max_hours", DEFAULT_MAX_HOURS),
        bounds.setting_number(s, "min_rest_hours", DEFAULT_MIN_REST_HOURS),
        vote_shifts(plan) if vote else frozenset(),
        bounds.setting_number(s, "tps_duty_hours", DEFAULT_TPS_DUTY_HOURS),
    )


@dataclass(frozen=True, slots=True)
class DutyLoad:
    """What a set of shifts means for the person working them.

    `worst` the most hours in any 24 hours and `worst_at` the shifts of that duty when it is over
    the limit (() within it); `rests` every rest below the minimum as (hours, shifts before,
    shifts after, first shift after); `hours` the hours of all the shifts, rounded. When
    `continuous`, `worst` is the length of one duty holding a vote phase, over `tps_duty_hours`.
    """

    worst: float
    worst_at: tuple[str, ...]
    rests: tuple[tuple[float, str, str, str], ...]
    hours: int
    continuous: bool = False

    @property
    def over(self) -> bool:
        return bool(self.worst_at)

    @property
    def short_rest(self) -> bool:
        return bool(self.rests)


def duties(shifts: Mapping[str, Shift], codes: Iterable[str]) -> list[tuple[datetime, datetime, list[str]]]:
    """The separate duties the shifts `codes` make (timed shifts only), in time order."""
    spans = sorted((s.start, s.end, s.code) for c in codes if (s := shifts.get(c)) is not None and s.start and s.end)
    merged: list[list] = []  # [start, end, [shift codes]]
    for start, end, code in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
            merged[-1][2].append(code)
        else:
            merged.append([start, end, [code]])
    return [(a, b, c) for a, b, c in merged]


def _join_vote_duties(
    merged: list[tuple[datetime, datetime, list[str]]], lim: Limits
) -> list[tuple[datetime, datetime, list[str]]]:
    """Under the vote model a duty holding a vote phase takes in what comes closer to it than the
    minimum rest (the apel pergeseran that sends the troops out to the TPS, an escort after the
    count): nobody rests in between, so it is one duty, judged by its whole length."""
    joined: list[tuple[datetime, datetime, list[str]]] = []
    for start, end, group in merged:
        if joined:
            b, e, g = joined[-1]
            vote = not lim.vote_shifts.isdisjoint(g) or not lim.vote_shifts.isdisjoint(group)
            if vote and (start - e) / _HOUR < lim.min_rest - _EPS:
                joined[-1] = (b, max(e, end), g + group)
                continue
        joined.append((start, end, list(group)))
    return joined


def assess(shifts: Mapping[str, Shift], codes: Iterable[str], lim: Limits) -> DutyLoad:
    """The duty load of working the shifts `codes` under the limits `lim`."""
    codes = list(codes)
    merged = duties(shifts, codes)
    if lim.vote_shifts and lim.min_rest > 0:
        merged = _join_vote_duties(merged, lim)
    worst: float = 0.0
    worst_at: tuple[str, ...] = ()
    continuous = False
    counted = merged
    if lim.vote_shifts:
        vote = [d for d in merged if not lim.vote_shifts.isdisjoint(d[2])]
        counted = [d for d in merged if lim.vote_shifts.isdisjoint(d[2])]
        if vote and lim.tps_duty_hours > 0:
            start, end, group = max(vote, key=lambda d: d[1] - d[0])
            length = (end - start) / _HOUR
            if length > lim.tps_duty_hours + _EPS:
                worst, worst_at, continuous = length, tuple(group), True
    if lim.max_hours > 0 and not continuous:
        best_codes: list[str] = []
        for start, _end, group in counted:
            window_end = start + timedelta(hours=24)
            total = sum(max(0.0, (min(e, window_end) - max(b, start)) / _HOUR) for b, e, _c in counted)
            if total > worst:
                worst, best_codes = total, group
        if worst > lim.max_hours + _EPS:
            worst_at = tuple(best_codes)
    rests = []
    if lim.min_rest > 0:
        for prev, nxt in zip(merged, merged[1:]):
            rest = (nxt[0] - prev[1]) / _HOUR
            if rest < lim.min_rest - _EPS:
                rests.append((rest, "+".join(prev[2]), "+".join(nxt[2]), nxt[2][0]))
    hours = round(sum(shifts[c].hours for c in set(codes) if c in shifts))
    return DutyLoad(worst, worst_at, tuple(rests), hours, continuous)


# ---------------------------------------------------------------------------- the settings, shown and set
DUTY_SETTINGS = ("duty_model", "max_hours", "min_rest_hours", "tps_duty_hours", "reserve_share")
DEFAULTS: dict[str, float] = {
    "max_hours": DEFAULT_MAX_HOURS,
    "min_rest_hours": DEFAULT_MIN_REST_HOURS,
    "tps_duty_hours": DEFAULT_TPS_DUTY_HOURS,
    "reserve_share": 10.0,  # desktop.planning.vote.DEFAULT_RESERVE_SHARE
}


def summary(plan: Plan) -> dict[str, object]:
    """The duty settings in force: `duty_model` as set ("" = by the kind of operation) and as it
    applies, the hours and the reserve share (defaults where unset), and the vote phases."""
    lim = limits(plan)
    model = plan.settings.get("duty_model")
    return {
        "duty_model": model if model in DUTY_MODELS else "",
        "duty_model_in_force": duty_model(plan),
        "max_hours": lim.max_hours,
        "min_rest_hours": lim.min_rest,
        "tps_duty_hours": lim.tps_duty_hours,
        "reserve_share": bounds.setting_number(plan.settings, "reserve_share", DEFAULTS["reserve_share"]),
        "vote_phases": [code for code in plan.shifts if code in lim.vote_shifts],
    }


def changes(values: Mapping[str, object]) -> dict[str, object]:
    """Checked settings to write (None values left out; duty_model "" or "auto" clears it): raises
    `desktop.limits.LimitError` for a number out of its bound, ValueError for an unknown model."""
    out: dict[str, object] = {}
    for key, value in values.items():
        if value is None:
            continue
        if key == "duty_model":
            if value in ("", "auto"):
                out[key] = None
            elif value in DUTY_MODELS:
                out[key] = value
            else:
                raise ValueError(f"duty model must be one of auto, {', '.join(DUTY_MODELS)}")
        else:
            out[key] = float(value)  # type: ignore[arg-type]
    problems = bounds.setting_problems({k: v for k, v in out.items() if v is not None})
    if problems:
        raise bounds.LimitError(problems)
    return out
