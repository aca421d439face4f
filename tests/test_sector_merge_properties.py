"""The three-way merge of a sector plan, by property (hypothesis): random edits on both sides that
do not conflict give, merged, exactly the plan both edit sets applied to the master would give;
and merging the same sector again changes nothing. Raise HYPOTHESIS_EXAMPLES to search harder."""

from __future__ import annotations

import os
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.generator import generate_large_plan
from desktop.model import Plan
from desktop.plan_json import export_document
from desktop.revisions.changes import normalize
from desktop.sectorplans import apply_merge, build_sector, prepare_merge, record_export

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "25"))
SECTOR = "PS-BUNGUR"

_MASTER = generate_large_plan(personnel=240, posts=50, assign=True)
_SECTOR, _RECORD = build_sector(_MASTER, {"sectors": [SECTOR]})
record_export(_MASTER, _RECORD)
SECTOR_POSTS = sorted(_SECTOR.posts)
SECTOR_PEOPLE = sorted(_SECTOR.personnel)
OTHER_POSTS = sorted(p for p in _MASTER.posts if p not in _SECTOR.posts)
OTHER_PEOPLE = sorted(p for p in _MASTER.personnel if p not in _SECTOR.personnel)
SHIFTS = sorted(_MASTER.shifts)

# An edit: (kind, index, index, index, text). Sector edits touch the sector's posts (tasks,
# places) and people (phone); master edits touch the rest, and the sector posts' equipment only,
# so no field is changed on both sides.
edit = st.tuples(
    st.sampled_from(["field", "phone", "unassign", "assign", "shared"]),
    st.integers(0, 10_000),
    st.integers(0, 10_000),
    st.integers(0, 10_000),
    st.text("abcdefgh XYZ", min_size=1, max_size=12),
)


def apply(plan: Plan, side: str, e: tuple, guard: Plan | None = None) -> bool:
    """Apply one edit (True when it applied); `guard` is a plan whose duties an assignment must
    also leave free (the master, for a sector placing its people)."""
    kind, i, j, k, text = e
    posts = SECTOR_POSTS if side == "sector" else OTHER_POSTS
    people = SECTOR_PEOPLE if side == "sector" else OTHER_PEOPLE
    if kind == "field":
        code = posts[i % len(posts)]
        field = "tasks" if side == "sector" else "radio_channel"
        plan.put_post(replace(plan.posts[code], **{field: text.strip() or "x"}))
        return True
    if kind == "shared":  # both sides edit the sector's posts, in different fields
        code = SECTOR_POSTS[i % len(SECTOR_POSTS)]
        field = "address" if side == "sector" else "equipment"
        plan.put_post(replace(plan.posts[code], **{field: text.strip() or "x"}))
        return True
    if kind == "phone":
        pid = people[i % len(people)]
        plan.put_person(replace(plan.personnel[pid], phone=f"0812{i % 10_000:04d}{j % 10_000:04d}"))
        return True
    if kind == "unassign":
        keys = sorted(a.key for a in plan.assignments.values() if a.post in posts and a.person in people)
        if not keys:
            return False
        plan.unassign(*keys[i % len(keys)])
        return True
    pid, post, shift = people[i % len(people)], posts[j % len(posts)], SHIFTS[k % len(SHIFTS)]
    if plan.on_duty(pid, shift) or (guard is not None and guard.on_duty(pid, shift)):
        return False
    plan.assign(pid, post, shift)
    return True


def content(plan: Plan) -> dict:
    doc = export_document(plan)
    state = normalize(doc)
    state["groups"] = doc["groups"]
    return state


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(edit, max_size=8), st.lists(edit, max_size=8))
def test_edits_on_both_sides_without_conflict_merge_to_both_edit_sets(master_edits, sector_edits):
    """Merged master == master with both edit sets applied; a second merge changes nothing."""
    master, sector = _MASTER.clone(), _SECTOR.clone()
    expected = master.clone()
    for e in master_edits:
        if apply(master, "master", e):
            assert apply(expected, "master", e)
    for e in sector_edits:
        if apply(sector, "sector", e, guard=master):
            assert apply(expected, "sector", e)
    outcome = prepare_merge(master, sector)
    assert outcome.conflicts == [] and outcome.not_applied == []
    apply_merge(master, outcome)
    assert content(master) == content(expected)
    again = prepare_merge(master, sector)
    assert again.changes == [] and again.conflicts == [] and not apply_merge(master, again)
