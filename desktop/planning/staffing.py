"""Staffing of a post in a shift: how many hold it, and whether that is short, full or over.

The count is `Plan.count_at` (people plus places held for a unit, "nama menyusul"); this module
turns it into the state the rules report, auto-assignment fills and the window colours (marker
edge, post row): 'off' (not manned in that shift and nobody there), 'short' (below the
minimum), 'full', 'over' (above the maximum, or anyone at all in a shift the post is not
manned).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.model import Assignment, Placeholder, Plan, Post

STATES = ("off", "short", "full", "over")


def classify(post: Post, shift: str | None, count: int) -> str:
    """The state of `post` in `shift` with `count` people and placeholders."""
    if shift is None:
        return "off"
    if not post.manned_in(shift):
        return "over" if count else "off"
    if count < post.min_staff:
        return "short"
    if post.max_staff is not None and count > post.max_staff:
        return "over"
    return "full"


def staffing_state(plan: Plan, code: str, shift: str | None) -> tuple[str, int]:
    """('off'|'short'|'full'|'over', count) of a post in a shift, placeholders counted."""
    if shift is None:
        return "off", 0
    count = plan.count_at(code, shift)
    return classify(plan.posts[code], shift, count), count


class PlaceStaff:
    """Who holds a post in a shift, people and placeholders, with the figures auto-assignment
    reads (built from `Plan.assignments_at` / `placeholders_at`; a plain slotted class, made per
    post for every shift auto-assignment fills)."""

    __slots__ = ("count", "people", "placeholders", "post", "shift")

    def __init__(self, post: Post, shift: str, people: list[Assignment], placeholders: Sequence[Placeholder]) -> None:
        self.post = post
        self.shift = shift
        self.people = people
        self.placeholders = placeholders
        self.count = len(people) + len(placeholders)  # the staffing count: people plus held places

    @property
    def state(self) -> str:
        return classify(self.post, self.shift, self.count)

    @property
    def short(self) -> int:
        """Places below the minimum (0 when at or above it)."""
        return max(0, self.post.min_staff - self.count)

    @property
    def excess(self) -> int:
        """People and placeholders above the maximum (0 without a maximum)."""
        return 0 if self.post.max_staff is None else max(0, self.count - self.post.max_staff)

    @property
    def room(self) -> int:
        """Places left up to the maximum (a large number without a maximum)."""
        return (self.post.max_staff if self.post.max_staff is not None else 10**6) - self.count

    @property
    def has_danpos(self) -> bool:
        return any(a.role == "danpos" for a in self.people) or any(ph.role == "danpos" for ph in self.placeholders)


def place_staff(plan: Plan, code: str, shift: str, *, ordered: bool = False) -> PlaceStaff:
    """Who holds post `code` in `shift` (people in the plan's order when `ordered`)."""
    holders = plan.placeholders_at(code, shift) if plan.placeholders else []
    return PlaceStaff(plan.posts[code], shift, plan.assignments_at(code, shift, ordered=ordered), holders)


def figure(post: Post, count: int) -> str:
    """The staffing figure shown on screen: "3 / 2–3" (count / minimum–maximum), "3 / 2" without a maximum."""
    high = "" if post.max_staff is None or post.max_staff == post.min_staff else f"–{post.max_staff}"
    return f"{count} / {post.min_staff}{high}"
