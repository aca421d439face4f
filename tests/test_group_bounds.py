"""A command group's post and member lists, and the number of groups, are bounded (desktop.limits)
at every entry: plan edits, the plan document reader and the operation file opener."""

from __future__ import annotations

import sqlite3

import pytest

from desktop import limits
from desktop.model import Group, Plan, PlanError, Post
from desktop.plan_json import PlanDocumentError, export_document, import_document
from desktop.storage import OperationFileError, open_operation_file, save_plan


def small_plan() -> Plan:
    plan = Plan()
    plan.put_post(Post("P01", "Gerbang"))
    plan.put_group(Group("G1", "Pam Ring I", "pam_ring", posts=["P01"]))
    return plan


@pytest.mark.parametrize(("field", "bound"), [("posts", limits.MAX_GROUP_POSTS), ("members", limits.MAX_GROUP_MEMBERS)])
def test_plan_refuses_a_group_list_beyond_its_bound(field, bound):
    """A group listing one post or member more than its bound is refused in one sentence; the plan is unchanged."""
    plan = small_plan()
    before = plan.revision
    group = Group("G2", "Polsek", "polsek", **{field: [f"x{i}" for i in range(bound + 1)]})
    with pytest.raises(PlanError) as info:
        plan.put_group(group)
    assert info.value.code == "limit"
    from desktop.messages import render_error

    for lang in ("id", "en"):  # what the window and the command line say
        text = render_error(info.value, lang)
        assert "G2" in text and (f"{bound:,}" in text or f"{bound:_}".replace("_", ".") in text), text
    assert set(plan.groups) == {"G1"} and plan.revision == before


def test_plan_refuses_one_group_more_than_the_bound():
    """Adding a group beyond MAX_GROUPS is refused; changing an existing group is still allowed."""
    plan = Plan()
    for i in range(limits.MAX_GROUPS):
        plan.put_group(Group(f"G{i}", f"Kelompok {i}"))
    with pytest.raises(PlanError) as info:
        plan.put_group(Group("ONE-MORE", "Satu lagi"))
    assert info.value.code == "limit" and "ONE-MORE" not in plan.groups
    plan.put_group(Group("G0", "Kelompok nol"))  # an update, not an addition
    assert plan.groups["G0"].name == "Kelompok nol" and len(plan.groups) == limits.MAX_GROUPS


@pytest.mark.parametrize(("field", "bound"), [("posts", limits.MAX_GROUP_POSTS), ("members", limits.MAX_GROUP_MEMBERS)])
def test_plan_document_with_a_long_group_list_is_refused(field, bound):
    """A plan document whose group lists one entry more than the bound is refused with the place named; nothing merged."""
    source = small_plan()
    doc = export_document(source)
    doc["groups"][0][field] = [f"x{i}" for i in range(bound + 1)]
    target = Plan()
    with pytest.raises(PlanDocumentError) as info:
        import_document(target, doc)
    problems = " ".join(info.value.problems)
    assert "groups" in problems and field in problems
    assert f"{bound:,}" in problems or str(bound) in problems
    assert target.groups == {} and target.posts == {}


def test_plan_document_with_too_many_groups_is_refused():
    """More groups than MAX_GROUPS in a plan document is one problem, found without walking the entries."""
    doc = export_document(small_plan())
    doc["groups"] = [{"code": f"G{i}", "name": "x"} for i in range(limits.MAX_GROUPS + 1)]
    with pytest.raises(PlanDocumentError) as info:
        import_document(Plan(), doc)
    assert len(info.value.problems) == 1 and f"{limits.MAX_GROUPS:,}" in info.value.problems[0]


@pytest.mark.parametrize(
    ("table", "column", "bound"),
    [("group_posts", "post", limits.MAX_GROUP_POSTS), ("group_members", "person", limits.MAX_GROUP_MEMBERS)],
)
def test_file_with_a_long_group_list_is_refused_on_open(tmp_path, table, column, bound):
    """An operation file whose group lists more entries than the bound (written by hand) does not open: one sentence."""
    path = tmp_path / "op.renpam"
    save_plan(small_plan(), path)
    with sqlite3.connect(path) as conn:
        conn.execute(f"DELETE FROM {table}")
        conn.executemany(
            f"INSERT INTO {table} (grp, {column}, seq) VALUES ('G1', ?, ?)", [(f"x{i}", i) for i in range(bound + 1)]
        )
    conn.close()
    with pytest.raises(OperationFileError) as info:
        open_operation_file(path)
    text = str(info.value)
    assert "G1" in text and f"{bound:,}" in text
    assert "\n" not in text.strip()


def test_file_at_the_bounds_opens(tmp_path):
    """A group holding exactly as many posts as allowed is saved and opens again."""
    plan = Plan()
    for i in range(limits.MAX_GROUP_POSTS):
        plan.put_post(Post(f"T{i:04d}", f"TPS {i}", kind="tps"))
    plan.put_group(Group("PS", "Polsek", "polsek", posts=list(plan.posts)))
    path = tmp_path / "op.renpam"
    save_plan(plan, path)
    assert len(open_operation_file(path).plan.groups["PS"].posts) == limits.MAX_GROUP_POSTS


def test_schema_states_the_group_bounds():
    """The plan JSON Schema's group maxima are desktop.limits' bounds."""
    import json

    from desktop.resources import resource_path

    schema = json.loads(resource_path("schema", "renpam-plan.schema.json").read_text(encoding="utf-8"))
    groups = schema["properties"]["groups"]
    assert groups["maxItems"] == limits.MAX_GROUPS
    assert groups["items"]["properties"]["posts"]["maxItems"] == limits.MAX_GROUP_POSTS
    assert groups["items"]["properties"]["members"]["maxItems"] == limits.MAX_GROUP_MEMBERS
