"""The deployment table written as .xlsx and .csv, read back with openpyxl and the csv module."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from desktop.model import Plan
from desktop.spreadsheets.export import ExportError, export_table


def test_xlsx_sheets_frozen_header_filter_widths(tmp_path, demo_plan):
    """Each shift gets a sheet with a frozen bold header, an autofilter over the table and sized columns."""
    path = export_table(demo_plan, tmp_path / "plotting.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["PERS Persiapan dan apel", "LAKS Pelaksanaan", "KONS Konsolidasi", "Personel"]
    ws = wb["LAKS Pelaksanaan"]
    header = [c.value for c in ws[1]]
    assert header == ["Kode Pos", "Pos", "Ring", "Shift", "Peran", "Pangkat", "Nama", "NRP", "Satuan", "No HP"]
    assert ws.freeze_panes == "A2" and ws[1][0].font.bold
    expected_rows = sum(len(demo_plan.assignments_at(code, "LAKS")) for code in demo_plan.posts)
    assert ws.max_row == expected_rows + 1
    assert ws.auto_filter.ref == f"A1:J{expected_rows + 1}"
    widths = {col: ws.column_dimensions[col].width for col in "ABGJ"}
    assert widths["B"] > widths["A"] > 6 and widths["G"] >= len("Dedi Supriatna")
    first = [c.value for c in ws[2]]
    assert first == [
        "P00",
        "Posko Pengamanan (Pos Komando)",
        "II",
        "Pelaksanaan",
        "Danpos",
        "Kompol",
        "Dedi Supriatna",
        "80034811",
        "Bag Ops Polres Purwakarta",
        "0812-2470-9190",
    ]
    assert ws["H2"].data_type == "s" and ws["H2"].number_format == "@"  # NRP kept as text


def test_xlsx_rows_per_post_danpos_first(tmp_path, demo_plan):
    """Within a post the post commander comes first, then members by rank, and every assignment appears once."""
    path = export_table(demo_plan, tmp_path / "plotting.xlsx")
    wb = load_workbook(path)
    total = 0
    for code, shift in demo_plan.shifts.items():
        title = f"{code} {shift.name}"
        rows = list(wb[title].iter_rows(min_row=2, values_only=True))
        total += len(rows)
        by_post: dict[str, list[tuple]] = {}
        for row in rows:
            by_post.setdefault(row[0], []).append(row)
        for post_code, post_rows in by_post.items():
            roles = [r[4] for r in post_rows]
            if "Danpos" in roles:
                assert roles[0] == "Danpos" and roles.count("Danpos") == 1, post_code
    assert total == len(demo_plan.assignments)


def test_roster_sheet_lists_everyone_by_rank(tmp_path, demo_plan):
    """The roster sheet lists every person, highest rank first, with filter and frozen header."""
    wb = load_workbook(export_table(demo_plan, tmp_path / "p.xlsx"))
    ws = wb["Personel"]
    assert [c.value for c in ws[1]] == [
        "No",
        "Nama",
        "Pangkat",
        "NRP",
        "Satuan",
        "Jabatan",
        "JK",
        "No HP",
        "Call Sign",
        "Keahlian",
        "Asal BKO",
    ]
    assert ws.max_row == 61 and ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:K61"
    assert ws["C2"].value == "AKBP"


def test_placeholders_and_english(tmp_path, demo_plan):
    """Places held for a unit print as '(nama menyusul) N' with the unit; English headers on request."""
    post = next(iter(demo_plan.posts))
    shift = next(iter(demo_plan.shifts))
    demo_plan.add_placeholders(post, shift, "PS-BGS", 2)
    wb = load_workbook(export_table(demo_plan, tmp_path / "p.xlsx"))
    names = [r[6] for r in wb.worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert "(nama menyusul) 1" in names and "(nama menyusul) 2" in names
    wb_en = load_workbook(export_table(demo_plan, tmp_path / "en.xlsx", lang="en"))
    assert [c.value for c in wb_en.worksheets[0][1]][:5] == ["Post code", "Post", "Ring", "Shift", "Role"]
    assert wb_en.sheetnames[-1] == "Roster"


def test_csv_one_table_with_shift_column(tmp_path, demo_plan):
    """The CSV is UTF-8 with BOM, semicolon-separated, one table whose first column is the shift."""
    path = export_table(demo_plan, tmp_path / "plotting.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Shift", "Kode Pos", "Pos", "Ring", "Peran", "Pangkat", "Nama", "NRP", "Satuan", "No HP"]
    assert len(rows) - 1 == len(demo_plan.assignments)
    assert {r[0] for r in rows[1:]} == {"Persiapan dan apel", "Pelaksanaan", "Konsolidasi"}


def test_empty_plan_and_bad_output(tmp_path):
    """A plan without shifts still gets a header-only plotting sheet; other extensions are refused."""
    plan = Plan()
    wb = load_workbook(export_table(plan, tmp_path / "empty.xlsx"))
    assert wb.sheetnames == ["Plotting", "Personel"] and wb["Plotting"].freeze_panes == "A2"
    with pytest.raises(ExportError):
        export_table(plan, tmp_path / "x.ods")
    with pytest.raises(ExportError):
        export_table(plan, tmp_path / "missing-folder" / "x.xlsx")


def test_text_never_becomes_a_formula(tmp_path, demo_plan):
    """Names starting with '=' stay text in .xlsx; CSV cells starting with = + - @ are guarded and read back."""
    from desktop.spreadsheets import import_file

    person = next(p for p in demo_plan.personnel.values() if demo_plan.assignments_of(p.id))
    person.name = '=HYPERLINK("http://x","klik")'
    person.phone = "+62 812-2470-9190"
    wb = load_workbook(export_table(demo_plan, tmp_path / "p.xlsx"))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value == person.name]
    assert cells and all(c.data_type == "s" for c in cells)
    raw = export_table(demo_plan, tmp_path / "p.csv").read_bytes().decode("utf-8-sig")
    assert "'=HYPERLINK" in raw and "'+62 812-2470-9190" in raw
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "Nama;Pangkat;NRP;Satuan;No HP\n'=Nama Aneh;Bripda;99020111;SAMAPTA;'+62 812 1111 2222\n", encoding="utf-8"
    )
    from desktop.model import Plan, Unit

    plan = Plan()
    plan.put_unit(Unit("SAMAPTA", "Sat Samapta", "POLRI"))
    assert import_file(plan, roster, "roster").problems == []
    (imported,) = plan.personnel.values()
    assert imported.name == "=Nama Aneh" and imported.phone == "+62 812 1111 2222"


def test_generated_roster_round_trip(tmp_path):
    """A generated district roster (Polri and Linmas, namesakes included) exports and re-imports field for field."""
    from desktop.generator import generate_large_plan
    from desktop.model import Plan
    from desktop.spreadsheets import import_file

    source = generate_large_plan(personnel=400, posts=40, shifts=2, seed=7)
    path = export_table(source, tmp_path / "district.xlsx")
    same = import_file(source, path, "roster", sheet="Personel")
    assert same.problems == [] and (same.added, same.updated, same.unchanged) == (0, 0, 400)
    fresh = Plan()
    fresh.load(operation=source.operation, units=source.units.values(), shifts=source.shifts.values())
    result = import_file(fresh, path, "roster", sheet="Personel")
    assert result.problems == [] and result.added == 400 and result.units_created == []

    def key(p):
        return (p.name, p.nrp, p.rank, p.unit, p.position, p.gender, p.phone, p.callsign, tuple(p.skills))

    assert sorted(map(key, fresh.personnel.values())) == sorted(map(key, source.personnel.values()))
