"""Recording a print: what the pages showed becomes a `PrintRevision` of the plan."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from desktop.model import Plan, now_jakarta
from desktop.revisions import PrintedPart, PrintRevision, snapshot_of


def options_record(options: Any, changed_since: int | None = None) -> dict[str, Any]:
    """The print options as stored with a revision (enough to print the same selection again)."""
    data = asdict(options)
    data.pop("generated_at", None)
    out = {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}
    if changed_since is not None:
        out["changed_since"] = changed_since
    return out


def printed_parts(printed: list[tuple], pages: int) -> tuple[PrintedPart, ...]:
    """Turn `GenerationResult.printed` (first pages) into parts with their page counts."""
    parts = []
    for i, (key, doc, kind, label, stamp, first) in enumerate(printed):
        following = printed[i + 1][5] if i + 1 < len(printed) else pages + 1
        parts.append(PrintedPart(key, doc, kind, label, stamp, first, max(1, following - first)))
    return tuple(parts)


def revision_for(
    plan: Plan,
    options: Any,
    result: Any,
    *,
    changed_since: int | None = None,
    copy_pages: int | None = None,
    parts: tuple[PrintedPart, ...] | None = None,
) -> PrintRevision:
    """The revision a finished print makes (number 0: `desktop.revisions.record` numbers it).

    `plan` is the plan that was printed (a clone, when the print ran in the background).
    `copy_pages` is the page count of one copy (the whole PDF for a single copy). A print of
    the changed pages passes `parts`: the earlier print's parts with the replaced ones updated,
    so the next comparison starts from what the planner's packet holds now.
    """
    copies = max(1, int(getattr(options, "copies", 1) or 1))
    per_copy = copy_pages if copy_pages is not None else result.pages // copies
    if parts is None:
        parts = printed_parts(result.printed, per_copy)
    record = options_record(options, changed_since)
    if changed_since is not None:  # a print of changed pages keeps the packet's numbering (briefing.changed)
        packet = getattr(result, "packet_pages", 0)
        if packet:
            record["packet_pages"] = packet
        held = getattr(result, "held", None)
        if held:
            record["held"] = dict(held)
    return PrintRevision(0, now_jakarta(), record, result.pages, parts, snapshot_of(plan))
