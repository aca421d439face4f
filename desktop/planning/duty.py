"""Duty load: hours and rest of one person, worked out from the shifts they work.

One computation for the rules (`max_hours`, `min_rest` findings) and for auto-assignment and
candidates (would one more duty break the hours limit or leave too little rest?). Back-to-back
or overlapping shifts are one duty; hours are counted in any 24 hours from the start of a duty.
Settings of the operation: `max_hours` (default 12; 0 = no limit) and `min_rest_hours`
(default 8; 0 = no minimum).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop import limits as bounds  # (this module's `limits` is the operation's duty limits)
from desktop.model import Plan, Shift

DEFAULT_MAX_HOURS = 12.0
DEFAULT_MIN_REST_HOURS = 8.0

_HOUR = timedelta(hours=1)
_EPS = 1e-9


@dataclass(frozen=True, slots=True)
class Limits:
    max_hours: float  # hours of work in any 24 hours; 0 = no limit
    min_rest: float  # hours of rest between separate duties; 0 = no minimum


def limits(plan: Plan) -> Limits:
    """The operation's limits from its settings, defaults where unset (and where an older file
    holds something that is not a number, e.g. "abc": checks never crash on it)."""
    s = plan.settings
    return Limits(
        bounds.setting_number(s, "max_hours", DEFAULT_MAX_HOURS),
        bounds.setting_number(s, "min_rest_hours", DEFAULT_MIN_REST_HOURS),
    )


@dataclass(frozen=True, slots=True)
class DutyLoad:
    """What a set of shifts means for the person working them.

    `worst` the most hours in any 24 hours and `worst_at` the shifts of that duty when it is over
    the limit (() within it); `rests` every rest below the minimum as (hours, shifts before,
    shifts after, first shift after); `hours` the hours of all the shifts, rounded.
    """

    worst: float
    worst_at: tuple[str, ...]
    rests: tuple[tuple[float, str, str, str], ...]
    hours: int

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


def assess(shifts: Mapping[str, Shift], codes: Iterable[str], lim: Limits) -> DutyLoad:
    """The duty load of working the shifts `codes` under the limits `lim`."""
    codes = list(codes)
    merged = duties(shifts, codes)
    worst: float = 0.0
    worst_at: tuple[str, ...] = ()
    if lim.max_hours > 0:
        best_codes: list[str] = []
        for start, _end, group in merged:
            window_end = start + timedelta(hours=24)
            total = sum(max(0.0, (min(e, window_end) - max(b, start)) / _HOUR) for b, e, _c in merged)
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
    return DutyLoad(worst, worst_at, tuple(rests), hours)
