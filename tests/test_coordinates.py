"""Where posts and units are on the ground (migration 6): kept in the operation file and the plan
document, checked wherever they come in, and an escort post's route with them."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest

from desktop import plan_json
from desktop.model import Plan, PlanError, Post, Unit
from desktop.storage import open_operation_file, save_plan
from desktop.storage.schema import SCHEMA_VERSION, migrate


def located_plan() -> Plan:
    plan = Plan()
    plan.put_unit(Unit("PS-IND", "Polsek Indihiang", sector="Indihiang", latitude=-7.3051, longitude=108.1963))
    plan.put_post(
        Post(
            "TPS-001",
            "TPS 001 Sukamaju",
            kind="tps",
            sector="Indihiang",
            latitude=-7.3102,
            longitude=108.2011,
            voters=287,
        )
    )
    plan.put_post(Post("KAWAL-1", "Pengawalan kotak suara", route="TPS 001-012 -> PPK Indihiang -> KPU Kota"))
    return plan


def test_coordinates_and_route_survive_the_file_and_the_plan_document(tmp_path):
    plan = located_plan()
    path = tmp_path / "vote.renpam"
    save_plan(plan, path)
    again = open_operation_file(path).plan
    assert again.units["PS-IND"].latitude == pytest.approx(-7.3051)
    assert (again.posts["TPS-001"].latitude, again.posts["TPS-001"].longitude) == (-7.3102, 108.2011)
    assert again.posts["TPS-001"].voters == 287 and again.posts["KAWAL-1"].voters is None
    assert again.posts["KAWAL-1"].route == "TPS 001-012 -> PPK Indihiang -> KPU Kota"
    assert again.posts["KAWAL-1"].latitude is None and again.posts["KAWAL-1"].longitude is None
    doc = json.loads(plan_json.dumps(again))
    assert doc["posts"][0]["latitude"] == -7.3102 and doc["units"][0]["longitude"] == 108.1963
    back = plan_json.plan_from_document(doc)
    assert back.posts == again.posts and back.units == again.units


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [(-7.3, None), (None, 108.2), (91.0, 108.2), (-7.3, 181.0), (float("nan"), 108.2), (-7.3, float("inf"))],
)
def test_a_place_off_the_earth_is_refused_by_the_plan(latitude, longitude):
    plan = located_plan()
    with pytest.raises(PlanError):
        plan.put_post(replace(plan.posts["TPS-001"], latitude=latitude, longitude=longitude))
    with pytest.raises(PlanError):
        plan.put_unit(replace(plan.units["PS-IND"], latitude=latitude, longitude=longitude))
    assert plan.posts["TPS-001"].latitude == -7.3102  # unchanged


def test_a_plan_document_with_bad_coordinates_is_refused_whole():
    doc = json.loads(plan_json.dumps(located_plan()))
    doc["posts"][0]["latitude"] = 95
    target = Plan()
    with pytest.raises(plan_json.PlanDocumentError):
        plan_json.import_document(target, doc)
    assert not target.posts
    doc["posts"][0]["latitude"] = -7.31
    doc["posts"][0]["longitude"] = None  # half a place
    with pytest.raises(plan_json.PlanDocumentError):
        plan_json.import_document(target, doc)
    assert not target.posts


def test_a_version_five_file_opens_without_coordinates(tmp_path):
    path = tmp_path / "v5.renpam"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, 5)
    conn.execute("INSERT INTO operation (id, name) VALUES (1, 'Operasi Lama')")
    conn.execute("INSERT INTO units (code, seq, name) VALUES ('PS', 0, 'Polsek')")
    conn.execute("INSERT INTO posts (code, seq, name, kind) VALUES ('TPS-1', 0, 'TPS 1', 'tps')")
    conn.close()
    opened = open_operation_file(path)
    assert opened.file_version == 5
    post, unit = opened.plan.posts["TPS-1"], opened.plan.units["PS"]
    assert (post.latitude, post.longitude, post.route, unit.latitude, unit.longitude) == (None, None, "", None, None)
    save_plan(opened.plan, path)
    assert open_operation_file(path).file_version == SCHEMA_VERSION >= 6


def test_registered_voters_are_bounded():
    plan = located_plan()
    for bad in (-1, 100_001):
        with pytest.raises(PlanError):
            plan.put_post(replace(plan.posts["TPS-001"], voters=bad))
    assert plan.posts["TPS-001"].voters == 287
