"""The one palette: ring and status colours, shared by the screen (ui/) and the printouts.

Colours are "#rrggbb" strings so that the core stays free of Qt and ReportLab alike: the window
wraps them in `QColor` (ui/palette.py), the briefing in `reportlab.lib.colors.HexColor`
(desktop/briefing/layout.py). A post of Ring II is the same orange on the site plan in the window
and on annex B of the printed packet.
"""

from __future__ import annotations

# Rings: I the protected object (red), II the compound (orange), III the surroundings (blue).
RING: dict[str, str] = {"I": "#c62828", "II": "#ef6c00", "III": "#1565c0"}
NO_RING = "#546e7a"  # a post outside the rings, and an outline of a ring Renpam does not know

# Staffing of a post in a shift: the edge of its marker, the colour of its count.
STAFFING: dict[str, str] = {
    "full": "#2e7d32",  # within minimum and maximum
    "short": "#c62828",  # below the minimum
    "over": "#6a1b9a",  # above the maximum
    "off": "#9e9e9e",  # not manned in this shift
}

# Findings and the state of the whole plan.
SEVERITY: dict[str, str] = {"error": "#c62828", "warning": "#e65100"}
ALL_CLEAR = "#2e7d32"  # no error, no warning
ACCEPTED = "#9e9e9e"  # an accepted warning
OPEN_WARNING = "#f9a825"  # the dot of a warning still to deal with

# People in the roster.
ON_DUTY = "#2e7d32"  # has a post in the current shift
OFF_DUTY = "#cfd8dc"
POSTED = "#1b5e20"  # the text of the post a person holds

MUTED = "#546e7a"  # secondary text (counts, hints)
ALERT = "#c62828"  # text of a refused input, a lock held by someone else


def ring(code: str | None) -> str:
    """The colour of ring `code` ("I", "II", "III"; anything else: `NO_RING`)."""
    return RING.get(code or "", NO_RING)


def severity(code: str, accepted: bool = False) -> str:
    return ACCEPTED if accepted else SEVERITY.get(code, SEVERITY["warning"])


def plan_state(errors: int, warnings: int) -> str:
    """Colour of a summary of the findings: red with errors, orange with warnings, else green."""
    return SEVERITY["error"] if errors else (SEVERITY["warning"] if warnings else ALL_CLEAR)


__all__ = [
    "ACCEPTED",
    "ALERT",
    "ALL_CLEAR",
    "MUTED",
    "NO_RING",
    "OFF_DUTY",
    "ON_DUTY",
    "OPEN_WARNING",
    "POSTED",
    "RING",
    "SEVERITY",
    "STAFFING",
    "plan_state",
    "ring",
    "severity",
]
