"""Stable names for printed parts, so two prints of a plan can be compared part by part.

A part is named by what it shows: "post:P03:LAKS", "attendance:SAMAPTA:LAKS", "cover"; parts
without a natural name (slip pages, the roster) by their order within their document
("slips#3"). The same name printed twice in one print (the packet's post sheet and the post
sheets document) is told apart by the document it belongs to.
"""

from __future__ import annotations

from desktop.briefing.content import Part

PACKET_KINDS = ("cover", "orders")


def part_doc(part: Part) -> str:
    """The document a part belongs to: the packet's parts carry an annex letter or open it."""
    if part.annex or part.kind in PACKET_KINDS:
        return "packet"
    if part.kind == "post":
        return "posts"
    return part.kind


def part_name(part: Part) -> str:
    d = part.data
    if part.kind == "post":
        return f"post:{d['post']['code']}:{d['shift']['code']}"
    if part.kind == "attendance":
        return f"attendance:{d['unit']}:{d['shift']['code']}"
    if part.kind == "plotting" and d.get("vote"):  # a vote's plotting comes one Polsek at a time
        return f"plotting:{d['unit']}"
    return part.kind


class Namer:
    """Gives each part of one print its key: "doc/name", numbered when a name repeats."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def key(self, part: Part) -> tuple[str, str]:
        doc = part_doc(part)
        base = f"{doc}/{part_name(part)}"
        n = self._seen.get(base, 0) + 1
        self._seen[base] = n
        return (base if n == 1 else f"{base}#{n}"), doc
