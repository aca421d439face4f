"""The BKO origin (the home unit that lends a person) in roster spreadsheets, in and out."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop import limits
from desktop.model import Person, Plan, Unit
from desktop.spreadsheets import import_file
from desktop.spreadsheets.export import export_table


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8"))
    return path


@pytest.fixture
def plan() -> Plan:
    plan = Plan()
    plan.put_unit(Unit("SAMAPTA", "Sat Samapta Polres Purwakarta", "POLRI"))
    plan.put_unit(Unit("BRIMOB", "Sat Brimob Polda Jabar", "POLRI"))
    return plan


@pytest.mark.parametrize("header", ["Asal BKO", "BKO", "BKO dari", "Origin", "BKO origin", "home unit"])
def test_origin_column_is_read_under_its_names(tmp_path, plan, header):
    """An origin column, Indonesian or English, fills each person's BKO origin; an empty cell is no origin."""
    path = write_csv(
        tmp_path / "r.csv",
        [
            ["Nama", "Pangkat", "NRP", "Satuan", header],
            ["Andi Brimob", "Bripda", "99010001", "BRIMOB", "Sat Brimob Polda Jabar"],
            ["Budi Samapta", "Briptu", "98010002", "SAMAPTA", ""],
        ],
    )
    result = import_file(plan, path, "roster")
    assert result.applied and result.added == 2 and not result.problems and not result.unknown_columns
    origins = {p.name: p.origin for p in plan.personnel.values()}
    assert origins == {"Andi Brimob": "Sat Brimob Polda Jabar", "Budi Samapta": ""}


def test_origin_longer_than_its_bound_is_a_row_problem(tmp_path, plan):
    """An origin beyond the name bound of desktop.limits rejects its row, with row and column, and imports nothing."""
    too_long = "Polda " + "X" * limits.NAME_CHARS
    path = write_csv(
        tmp_path / "r.csv",
        [
            ["Nama", "Pangkat", "NRP", "Satuan", "Asal BKO"],
            ["Andi Brimob", "Bripda", "99010001", "BRIMOB", "Sat Brimob"],
            ["Cici Panjang", "Bripda", "99010003", "BRIMOB", too_long],
        ],
    )
    result = import_file(plan, path, "roster")
    assert [(p.row, p.column) for p in result.problems] == [(3, "E (Asal BKO)")]
    assert "origin" in result.problems[0].describe("en").lower() or str(limits.NAME_CHARS) in (
        result.problems[0].describe("en")
    )
    assert not result.applied and plan.personnel == {}


def test_reimport_sets_and_keeps_origin(tmp_path, plan):
    """Re-importing a list with an origin updates the person found by NRP; an empty cell keeps the origin."""
    first = write_csv(
        tmp_path / "v1.csv",
        [
            ["Nama", "Pangkat", "NRP", "Satuan", "Asal BKO"],
            ["Andi Brimob", "Bripda", "99010001", "BRIMOB", "Polda Jabar"],
        ],
    )
    import_file(plan, first, "roster")
    second = write_csv(
        tmp_path / "v2.csv",
        [["Nama", "Pangkat", "NRP", "Satuan", "Asal BKO"], ["Andi Brimob", "Bripda", "99010001", "BRIMOB", ""]],
    )
    result = import_file(plan, second, "roster")
    assert (result.added, result.updated, result.unchanged) == (0, 0, 1)
    assert next(iter(plan.personnel.values())).origin == "Polda Jabar"


@pytest.mark.parametrize(("suffix", "lang", "header"), [(".xlsx", "id", "Asal BKO"), (".xlsx", "en", "BKO origin")])
def test_roster_export_writes_origin_and_reads_back(tmp_path, plan, suffix, lang, header):
    """The exported roster has an origin column, and importing that roster into an empty plan restores the origins."""
    plan.put_person(Person("p-1", "Andi Brimob", "99010001", "Bripda", "BRIMOB", origin="Sat Brimob Polda Jabar"))
    plan.put_person(Person("p-2", "Budi Samapta", "98010002", "Briptu", "SAMAPTA"))
    path = export_table(plan, tmp_path / f"plan{suffix}", lang=lang)
    wb = load_workbook(path)
    ws = wb.worksheets[-1]
    head = [c.value for c in ws[1]]
    assert head[-1] == header
    values = {row[1]: row[-1] for row in ws.iter_rows(min_row=2, values_only=True)}
    assert values == {"Andi Brimob": "Sat Brimob Polda Jabar", "Budi Samapta": None}
    # the roster sheet is a roster list: read it back into a fresh plan
    fresh = Plan()
    fresh.put_unit(Unit("SAMAPTA", "Sat Samapta Polres Purwakarta", "POLRI"))
    fresh.put_unit(Unit("BRIMOB", "Sat Brimob Polda Jabar", "POLRI"))
    result = import_file(fresh, path, "roster", sheet=ws.title)
    assert result.applied and not result.problems, [p.describe("en") for p in result.problems]
    assert {p.name: p.origin for p in fresh.personnel.values()} == {
        "Andi Brimob": "Sat Brimob Polda Jabar",
        "Budi Samapta": "",
    }
