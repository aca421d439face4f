"""The plan interchange format: lossless round trip, partial documents, all-or-nothing import."""

from __future__ import annotations

import json

import jsonschema
import pytest

from desktop import plan_json
from desktop.model import Plan
from desktop.resources import resource_path


def test_shipped_schema_is_a_valid_json_schema():
    """resources/schema/renpam-plan.schema.json is itself valid and accepts an exported plan."""
    schema = json.loads(resource_path("schema", "renpam-plan.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)


def test_export_import_export_is_identical(demo_plan):
    """Export, import into a new plan, export again: the same document, image included."""
    first = plan_json.export_document(demo_plan)
    assert plan_json.schema_problems(first) == []
    text = json.dumps(first)
    again = plan_json.export_document(plan_json.plan_from_document(json.loads(text)))
    assert again == first
    assert first["site_plan"]["image_png_base64"]


def test_document_shape_matches_the_specification(demo_plan):
    """Keys, enum spellings and references are those the format promises."""
    doc = plan_json.export_document(demo_plan)
    assert doc["format"] == "renpam-plan" and doc["version"] == 1
    assert {
        "name",
        "kind",
        "venue",
        "address",
        "start",
        "end",
        "classification",
        "commander",
        "field_commander",
        "situation",
        "mission",
        "execution",
        "rules",
        "contingency",
        "logistics",
        "communications",
    } <= set(doc["operation"])
    assert doc["operation"]["start"].endswith("+07:00")
    commander = doc["operation"]["commander"]
    assert any(p["id"] == commander and p["rank"] == "AKBP" for p in doc["personnel"])
    assert {"id", "nrp", "name", "rank", "unit", "position", "gender", "phone", "callsign", "skills"} <= set(
        doc["personnel"][0]
    )
    assert {
        "code",
        "name",
        "ring",
        "kind",
        "x",
        "y",
        "min_staff",
        "max_staff",
        "required_skills",
        "commander_min_rank",
        "tasks",
        "equipment",
        "radio_channel",
        "shifts",
    } <= set(doc["posts"][0])
    assert {a["role"] for a in doc["assignments"]} == {"danpos", "anggota"}
    assert {p["kind"] for p in doc["posts"]} >= {"ruang", "gerbang", "lalu_lintas", "kesehatan", "pos_komando"}


def test_a_document_with_only_assignments_merges(demo_plan):
    """A partial document (only assignments) updates roles and adds assignments by key."""
    a = next(iter(demo_plan.assignments.values()))
    doc = {
        "format": "renpam-plan",
        "version": 1,
        "assignments": [
            {
                "person": a.person,
                "post": a.post,
                "shift": a.shift,
                "role": "anggota" if a.role == "danpos" else "danpos",
            },
            {"person": "p001", "post": "P00", "shift": "KONS"},
        ],
    }
    summary = plan_json.import_document(demo_plan, doc)
    assert summary.updated["assignments"] == 1 and summary.added["assignments"] == 1
    assert demo_plan.assignments[("p001", "P00", "KONS")].role == "anggota"


def test_merge_updates_only_given_fields(demo_plan):
    """Updating a person by id with one field keeps every other field."""
    before = demo_plan.personnel["p005"]
    plan_json.import_document(
        demo_plan,
        {
            "format": "renpam-plan",
            "version": 1,
            "personnel": [{"id": "p005", "phone": "0813-0000-1111", "rank": "BRIPKA"}],
        },
    )
    after = demo_plan.personnel["p005"]
    assert after.phone == "0813-0000-1111" and after.rank == "Bripka"
    assert (after.name, after.unit, after.nrp) == (before.name, before.unit, before.nrp)


def test_invalid_document_lists_every_problem_and_changes_nothing(demo_plan):
    """Several bad entries are all reported with entry and field; the plan stays as it was."""
    before = plan_json.export_document(demo_plan)
    revision = demo_plan.revision
    doc = {
        "format": "renpam-plan",
        "version": 1,
        "personnel": [{"id": "new1", "name": "Baru", "unit": "NOPE"}, {"id": "new2", "gender": "X"}],
        "posts": [{"code": "P99", "ring": "IV", "x": 3}],
        "assignments": [{"person": "ghost", "post": "P01", "shift": "LAKS"}],
    }
    with pytest.raises(plan_json.PlanDocumentError) as info:
        plan_json.import_document(demo_plan, doc)
    text = "\n".join(info.value.problems)
    assert "personnel[2] (id new2), field gender" in text
    assert "posts[1] (code P99), field ring" in text and "posts[1] (code P99), field x" in text
    assert plan_json.export_document(demo_plan) == before and demo_plan.revision == revision


def test_semantic_problems_are_listed_after_the_shape_is_right(demo_plan):
    """Unknown references and a new person without a name are reported together."""
    doc = {
        "format": "renpam-plan",
        "version": 1,
        "personnel": [{"id": "new1", "name": "Baru", "unit": "NOPE"}, {"id": "new2"}],
        "assignments": [{"person": "ghost", "post": "P01", "shift": "LAKS"}],
    }
    with pytest.raises(plan_json.PlanDocumentError) as info:
        plan_json.import_document(demo_plan, doc)
    text = "\n".join(info.value.problems)
    assert "new person needs a name" in text
    assert "unknown unit 'NOPE'" in text
    assert "unknown person" in text


def test_wrong_format_and_bad_json_are_refused():
    """A document of another format, or broken JSON, is refused with a located message."""
    with pytest.raises(plan_json.PlanDocumentError):
        plan_json.import_document(Plan(), {"format": "something", "version": 1})
    with pytest.raises(plan_json.PlanDocumentError, match="line 1"):
        plan_json.loads('{"format": ')


@pytest.mark.parametrize(
    "bad",
    [
        {"format": "renpam-plan"},
        {"format": "renpam-plan", "version": 2},
        {"format": "renpam-plan", "version": 1, "extra": 1},
        {"format": "renpam-plan", "version": 1, "units": [{"name": "no code"}]},
        {"format": "renpam-plan", "version": 1, "personnel": [{"id": "a", "gender": "X"}]},
        {"format": "renpam-plan", "version": 1, "personnel": [{"id": "a", "skills": "dalmas"}]},
        {"format": "renpam-plan", "version": 1, "posts": [{"code": "P", "ring": "IV"}]},
        {"format": "renpam-plan", "version": 1, "posts": [{"code": "P", "x": -0.1}]},
        {"format": "renpam-plan", "version": 1, "posts": [{"code": "P", "required_skills": {"polwan": 0}}]},
        {"format": "renpam-plan", "version": 1, "posts": [{"code": "P", "min_staff": 1.5}]},
        {"format": "renpam-plan", "version": 1, "assignments": [{"person": "a", "post": "P"}]},
        {"format": "renpam-plan", "version": 1, "site_plan": {"title": 3}},
        {"format": "renpam-plan", "version": 1, "rings": [{"ring": "I", "points": [[0, 0], [1, 1]]}]},
        {"format": "renpam-plan", "version": 1, "operation": {"classification": "SECRET"}},
    ],
)
def test_fast_schema_check_rejects_what_the_full_check_rejects(bad):
    """The compiled fast check and jsonschema agree: an invalid document is never let through."""
    import fastjsonschema

    assert plan_json.schema_problems(bad)  # listed by jsonschema
    with pytest.raises(fastjsonschema.JsonSchemaException):
        plan_json._fast_check()(bad)
