"""Property-based tests: random edit sequences survive save and reopen, undo and redo, and JSON.

Hypothesis draws sequences of plan edits (units, people, shifts, posts, assignments, danpos,
locks, placeholders, patterns, accepted warnings, ring outlines, settings, site plan, operation
fields) with text that includes SQL quotes, control characters, NUL and non-Latin scripts.
Examples are kept few so that the suite stays fast; raise HYPOTHESIS_EXAMPLES to search harder.
"""

from __future__ import annotations

import copy
import io
import json
import os
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from desktop.integrity import structural_problems
from desktop.model import (
    AGENCIES,
    CLASSIFICATIONS,
    DEFAULT_TZ,
    KNOWN_SKILLS,
    OPERATION_KINDS,
    POST_KINDS,
    RINGS,
    TPS_CATEGORIES,
    PatternRow,
    Person,
    Plan,
    PlanError,
    Post,
    RingOutline,
    Shift,
    SitePlan,
    StaffingPattern,
    Unit,
)
from desktop.plan_json import dumps, export_document, loads, plan_from_document
from desktop.ranks import RANKS
from desktop.storage import open_operation_file, save_plan

EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "30"))
FAST = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)

# Any Unicode except surrogates (not encodable): quotes, NUL, control characters, bidi marks, emoji.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=24)
NAME = TEXT.filter(lambda s: s.strip())
# NRP and phone as the field rules take them (desktop/fields.py): any text stays possible for the
# NRP of another agency's member, and is refused for Polri people like the planner's would be.
NRP = st.just("") | st.from_regex(r"[0-9]{8}", fullmatch=True) | TEXT
PHONE = st.just("") | st.from_regex(r"\+?0?8[0-9]{2}[ -]?[0-9]{4}[ -]?[0-9]{2,5}", fullmatch=True)
CODE = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=8).filter(lambda s: s.strip())
# Skills as Renpam keeps them: lower-case words (plan JSON import lower-cases, trims and
# de-duplicates skills on purpose, so other spellings do not round-trip letter for letter).
SKILL = st.sampled_from(KNOWN_SKILLS) | st.from_regex(r"[a-z][a-z0-9_]{0,9}", fullmatch=True)
# Ranks as Renpam writes them (official abbreviations); plan JSON import normalises other
# spellings ("BRIPDA" becomes "Bripda") on purpose, so those do not round-trip letter for letter.
POLRI_RANKS = [rank.abbr for rank in RANKS]
MOMENT = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2026, 12, 31)).map(
    lambda d: d.replace(tzinfo=DEFAULT_TZ)
)
JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | TEXT | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=6,
)


Edit = tuple[str, tuple, dict]  # (Plan method name, args, kwargs)


def edit(method: str, /, *args, **kwargs) -> Edit:
    return (method, args, kwargs)


def tiny_png(shade: int) -> bytes:
    buf = io.BytesIO()
    Image.new("L", (8, 6), shade).save(buf, "PNG")
    return buf.getvalue()


def canonical(plan: Plan) -> dict:
    """The plan as plan JSON, with what the file keeps as a set in one order.

    A post's shifts are a set (the file lists them in the plan's shift order) and ring outlines
    are keyed by ring (the file lists them I, II, III); everything else must match exactly.
    """
    doc = export_document(plan)
    order = {code: i for i, code in enumerate(plan.shifts)}
    for post in doc["posts"]:
        post["shifts"] = sorted(post["shifts"], key=lambda c: order.get(c, len(order)))
    doc["rings"] = sorted(doc["rings"], key=lambda r: r["ring"])
    return json.loads(json.dumps(doc))  # tuples -> lists, as after any round trip


def pick(data, options, label):
    options = list(options)
    return data.draw(st.sampled_from(options), label=label) if options else None


def random_edit(data, plan: Plan) -> Edit | None:
    """Draw one edit that fits the plan as it is: (Plan method, args, kwargs), or None."""
    kind = data.draw(
        st.sampled_from(
            [
                "unit",
                "person",
                "person",
                "shift",
                "post",
                "post",
                "assign",
                "assign",
                "assign",
                "unassign",
                "danpos",
                "lock",
                "move",
                "remove_person",
                "remove_post",
                "remove_shift",
                "remove_unit",
                "operation",
                "site_plan",
                "ring",
                "remove_ring",
                "setting",
                "placeholders",
                "remove_placeholder",
                "accept",
                "unaccept",
                "pattern",
                "remove_pattern",
            ]
        ),
        label="edit",
    )
    if kind == "unit":
        return edit(
            "put_unit", Unit(data.draw(CODE), data.draw(TEXT), data.draw(st.sampled_from(AGENCIES)), data.draw(TEXT))
        )
    elif kind == "person":
        pid = data.draw(st.sampled_from([*plan.personnel, "new"])) if plan.personnel else "new"
        if pid == "new":
            pid = data.draw(CODE, label="person id")
        return edit(
            "put_person",
            Person(
                pid,
                data.draw(NAME),
                nrp=data.draw(NRP),
                rank=data.draw(st.sampled_from(["", *POLRI_RANKS])),
                unit=pick(data, [None, *plan.units], "unit"),
                position=data.draw(TEXT),
                gender=data.draw(st.sampled_from(["L", "P"])),
                phone=data.draw(PHONE),
                callsign=data.draw(TEXT),
                skills=data.draw(st.lists(SKILL, max_size=3, unique=True)),
            ),
        )
    elif kind == "shift":
        start = data.draw(st.none() | MOMENT)
        end = None if start is None else start + timedelta(minutes=data.draw(st.integers(1, 24 * 60)))
        return edit("put_shift", Shift(data.draw(CODE), data.draw(TEXT), start, end))
    elif kind == "post":
        shifts = data.draw(st.lists(st.sampled_from(list(plan.shifts)), unique=True)) if plan.shifts else []
        low = data.draw(st.integers(0, 6))
        return edit(
            "put_post",
            Post(
                data.draw(CODE),
                data.draw(TEXT),
                ring=data.draw(st.sampled_from([None, *RINGS])),
                kind=data.draw(st.sampled_from(POST_KINDS)),
                x=data.draw(st.floats(0, 1)),
                y=data.draw(st.floats(0, 1)),
                min_staff=low,
                max_staff=data.draw(st.none() | st.integers(low, low + 5)),
                required_skills=data.draw(st.dictionaries(SKILL, st.integers(1, 3), max_size=2)),
                commander_min_rank=data.draw(st.sampled_from([None, *POLRI_RANKS])),
                tasks=data.draw(TEXT),
                equipment=data.draw(TEXT),
                radio_channel=data.draw(TEXT),
                shifts=shifts,
                category=data.draw(st.sampled_from([None, *TPS_CATEGORIES])),
                sector=data.draw(TEXT),
                village=data.draw(TEXT),
                district=data.draw(TEXT),
                address=data.draw(TEXT),
                cluster=data.draw(TEXT),
            ),
        )
    elif kind == "assign":
        person, post, shift = pick(data, plan.personnel, "p"), pick(data, plan.posts, "q"), pick(data, plan.shifts, "s")
        if person and post and shift:
            return edit(
                "assign",
                person,
                post,
                shift,
                data.draw(st.sampled_from(["anggota", "danpos"])),
                data.draw(st.none() | st.booleans()),
            )
    elif kind in ("unassign", "danpos", "lock"):
        key = pick(data, plan.assignments, "assignment")
        if key is None:
            return None
        if kind == "unassign":
            return edit("unassign", *key)
        elif kind == "danpos":
            return edit("set_danpos", key[1], key[2], data.draw(st.sampled_from([key[0], None])))
        else:
            return edit("set_locked", *key, data.draw(st.booleans()))
    elif kind == "move":
        code = pick(data, plan.posts, "post")
        if code is not None:
            return edit("move_post", code, data.draw(st.floats(-0.5, 1.5)), data.draw(st.floats(-0.5, 1.5)))
    elif kind.startswith("remove_") and kind not in ("remove_ring", "remove_placeholder", "remove_pattern"):
        table = {
            "remove_person": plan.personnel,
            "remove_post": plan.posts,
            "remove_shift": plan.shifts,
            "remove_unit": plan.units,
        }[kind]
        key = pick(data, table, kind)
        if key is not None:
            return edit(kind, key)
    elif kind == "operation":
        values = {
            "name": data.draw(TEXT),
            "kind": data.draw(st.sampled_from(OPERATION_KINDS)),
            "venue": data.draw(TEXT),
            "classification": data.draw(st.sampled_from(CLASSIFICATIONS)),
            "situation": data.draw(TEXT),
            "communications": data.draw(TEXT),
            "commander": pick(data, [None, *plan.personnel], "commander"),
        }
        start = data.draw(st.none() | MOMENT)
        values["start"] = start
        values["end"] = None if start is None else start + timedelta(hours=data.draw(st.integers(0, 72)))
        return edit("set_operation", **values)
    elif kind == "site_plan":
        sp = data.draw(st.none() | st.builds(SitePlan, TEXT, st.integers(0, 255).map(tiny_png), TEXT))
        return edit("set_site_plan", sp)
    elif kind == "ring":
        points = data.draw(st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=3, max_size=6))
        return edit("put_ring_outline", RingOutline(data.draw(st.sampled_from(RINGS)), data.draw(TEXT), points))
    elif kind == "remove_ring":
        ring = pick(data, plan.ring_outlines, "ring")
        if ring is not None:
            return edit("remove_ring_outline", ring)
    elif kind == "setting":
        return edit("set_setting", data.draw(TEXT), data.draw(JSON_VALUE))
    elif kind == "placeholders":
        post, shift, unit = pick(data, plan.posts, "q"), pick(data, plan.shifts, "s"), pick(data, plan.units, "u")
        if post and shift and unit:
            return edit(
                "add_placeholders",
                post,
                shift,
                unit,
                data.draw(st.integers(1, 3)),
                data.draw(st.sampled_from(["anggota", "danpos"])),
            )
    elif kind == "remove_placeholder":
        key = pick(data, plan.placeholders, "placeholder")
        if key is not None:
            return edit("remove_placeholder", key)
    elif kind == "accept":
        return edit("accept_finding", data.draw(CODE), data.draw(NAME), data.draw(st.none() | MOMENT))
    elif kind == "unaccept":
        key = pick(data, plan.accepted, "accepted")
        if key is not None:
            return edit("unaccept_finding", key)
    elif kind == "pattern":
        rows = data.draw(
            st.dictionaries(
                st.sampled_from(TPS_CATEGORIES),
                st.builds(PatternRow, st.integers(0, 9), st.integers(1, 9), st.integers(0, 20)),
                max_size=4,
            )
        )
        notation = "-".join(data.draw(st.permutations(["police", "tps", "linmas"])))
        return edit("put_pattern", StaffingPattern(data.draw(NAME), rows, notation, data.draw(TEXT)))
    elif kind == "remove_pattern":
        name = pick(data, plan.patterns, "pattern")
        if name is not None:
            return edit("remove_pattern", name)
    return None


def apply(plan: Plan, e: Edit) -> bool:
    """Apply an edit through the Plan API; False when the model refuses it (as it would the planner)."""
    name, args, kwargs = copy.deepcopy(e)
    try:
        getattr(plan, name)(*args, **kwargs)
    except PlanError:
        return False
    return True


def edited_plan(data, steps: int) -> Plan:
    plan = Plan()
    for _ in range(steps):
        e = random_edit(data, plan)
        if e is not None:
            apply(plan, e)
    return plan


@FAST
@given(st.data(), st.integers(1, 30))
def test_random_edits_survive_save_and_reopen(data, steps):
    """Whatever sequence of edits the model accepts, saving and reopening gives the same plan."""
    plan = edited_plan(data, steps)
    assert structural_problems(plan) == []  # the model never lets a plan become unopenable
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "op.renpam"
        save_plan(plan, path)
        reopened = open_operation_file(path)
        assert reopened.warnings == ()
        assert canonical(reopened.plan) == canonical(plan)
        save_plan(reopened.plan, path, keep_backup=True)  # and again: saving is idempotent
        assert canonical(open_operation_file(path).plan) == canonical(plan)


@FAST
@given(st.data(), st.integers(1, 30))
def test_json_export_then_import_round_trips_any_valid_plan(data, steps):
    """Plan JSON export followed by import into an empty plan reproduces the plan exactly."""
    plan = edited_plan(data, steps)
    again = plan_from_document(loads(dumps(plan)))
    assert canonical(again) == canonical(plan)


def command_for(plan: Plan, e: Edit):
    """The window's undo command for an edit, or None where the window records a snapshot."""
    from ui import commands as c

    name, args, kwargs = copy.deepcopy(e)
    simple = {
        "put_unit": c.PutUnitCommand,
        "put_person": c.PutPersonCommand,
        "put_shift": c.PutShiftCommand,
        "put_post": c.PutPostCommand,
        "unassign": c.UnassignCommand,
        "set_danpos": c.SetDanposCommand,
        "remove_post": c.RemovePostCommand,
        "remove_person": c.RemovePersonCommand,
        "set_site_plan": c.SetSitePlanCommand,
        "put_ring_outline": c.PutRingOutlineCommand,
    }
    if name in simple:
        return simple[name](plan, *args, **kwargs)
    if name == "assign" and len(args) < 5:
        return c.AssignCommand(plan, *args[:4])
    if name == "move_post":
        code, x, y = args
        return c.MovePostCommand(plan, code, (x, y))
    if name == "set_operation":
        return c.SetOperationCommand(plan, **kwargs)
    return None


@FAST
@given(st.data(), st.integers(1, 25))
def test_undo_and_redo_of_any_edit_sequence_restore_each_state(qapp, data, steps):
    """Edits made as the window's undo commands: any walk of undo and redo shows the recorded state."""
    from PySide6.QtGui import QUndoStack

    from ui.commands import apply_as_snapshot

    plan = Plan()
    stack = QUndoStack()
    states = [canonical(plan)]
    for _ in range(steps):
        e = random_edit(data, plan)
        probe = plan.clone()
        if e is None or not apply(probe, e) or canonical(probe) == states[-1]:
            continue  # refused or no change: the window pushes nothing
        command = command_for(plan, e)
        if command is not None:
            stack.push(command)
        else:
            apply_as_snapshot(stack, plan, "edit", lambda p, e=e: apply(p, e))
        assert canonical(plan) == canonical(probe), e[0]
        states.append(canonical(plan))
    walk = data.draw(st.lists(st.sampled_from(["undo", "redo"]), max_size=30), label="walk")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "op.renpam"
        for i, move in enumerate(walk):
            getattr(stack, move)()
            assert canonical(plan) == states[stack.index()], f"after {walk[: i + 1]}"
            if i % 10 == 9:
                save_plan(plan, path)
                assert canonical(open_operation_file(path).plan) == states[stack.index()]
        while stack.canUndo():
            stack.undo()
        assert canonical(plan) == states[0]
        while stack.canRedo():
            stack.redo()
        assert canonical(plan) == states[-1]
        save_plan(plan, path)
        assert canonical(open_operation_file(path).plan) == states[-1]
