"""Importing roster and post lists from real .csv and .xlsx files written to disk."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.model import Person, Plan, Post, Unit
from desktop.spreadsheets import SpreadsheetError, import_file, prepare, read_sheet, sheet_names

ROSTER_HEADER = ["No", "Nama", "Pangkat", "NRP", "Satuan", "Jabatan", "JK", "No HP", "Keahlian"]
ROSTER_ROWS = [
    [
        "1",
        "Novian Yuga Prama",
        "AKP",
        "86110233",
        "Sat Samapta",
        "Kasat Samapta",
        "L",
        "0812-2233-4455",
        "dalmas; negosiator",
    ],
    [
        "2",
        "Siti Aminah Lestari",
        "Brigadir Polisi Dua",
        "99010123",
        "Polsek Bungursari",
        "Ba Polsek",
        "P",
        "0813 1111 2222",
        "polwan, negosiator",
    ],
    ["3", "Ujang Saepul", "Anggota Linmas", "", "Linmas Desa Cibening", "Anggota", "L", "", ""],
]


def write_csv(path: Path, rows: list[list[str]], *, delimiter: str = ";", encoding: str = "utf-8") -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def plan() -> Plan:
    """A small plan: three Polri units, one post, nobody yet."""
    plan = Plan()
    plan.put_unit(Unit("SAMAPTA", "Sat Samapta Polres Purwakarta", "POLRI"))
    plan.put_unit(Unit("PS-BGS", "Polsek Bungursari", "POLRI", sector="Bungursari"))
    plan.put_unit(Unit("LANTAS", "Sat Lantas Polres Purwakarta", "POLRI"))
    plan.put_post(Post("P01", "Gerbang Utama", ring="II", kind="gerbang"))
    return plan


def person_by_nrp(plan: Plan, nrp: str) -> Person:
    return next(p for p in plan.personnel.values() if p.nrp == nrp)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_each_encoding_and_delimiter(tmp_path, plan, encoding, delimiter):
    """A roster with accented names imports the same from every encoding and separator Excel writes."""
    rows = [ROSTER_HEADER] + [list(r) for r in ROSTER_ROWS]
    rows[2][1] = "Siti Aminah Lestarí"  # an accent that only decodes right with the right encoding
    path = write_csv(tmp_path / "roster.csv", rows, delimiter=delimiter, encoding=encoding)
    sheet = read_sheet(path)
    assert sheet.delimiter == delimiter
    assert sheet.encoding == encoding
    result = import_file(plan, path, "roster")
    assert result.problems == [] and result.added == 3 and result.applied
    siti = person_by_nrp(plan, "99010123")
    assert siti.name == "Siti Aminah Lestarí" and siti.rank == "Bripda" and siti.unit == "PS-BGS"
    assert siti.gender == "P" and siti.skills == ["polwan", "negosiator"]
    novian = person_by_nrp(plan, "86110233")
    assert novian.unit == "SAMAPTA" and novian.skills == ["dalmas", "negosiator"]
    assert novian.phone == "0812-2233-4455" and novian.position == "Kasat Samapta"


def test_xlsx_first_or_chosen_sheet_with_title_rows(tmp_path, plan):
    """An .xlsx is read from its first sheet by default or from a named one; a title above the header is skipped."""
    path = write_xlsx(
        tmp_path / "roster.xlsx",
        {
            "Rekap": [["Rekap jumlah"], ["Satuan", "Jumlah"], ["Samapta", 1]],
            "Personel": [
                ["DAFTAR PERSONEL PENGAMANAN"],
                [],
                ROSTER_HEADER,
                [1, "Novian Yuga Prama", "AKP", 86110233, "SAMAPTA", "Kasat", "L", 81222334455, "dalmas"],
            ],
        },
    )
    assert sheet_names(path) == ["Rekap", "Personel"]
    first = import_file(plan, path, "roster", dry_run=True)
    assert first.file_problem and not first.applied
    result = import_file(plan, path, "roster", sheet="Personel")
    assert result.problems == [] and result.added == 1 and result.header_row == 3
    person = person_by_nrp(plan, "86110233")
    # Excel stores both numbers as numbers; the NRP stays 8 digits and the phone gets its 0 back.
    assert person.phone == "081222334455" and person.unit == "SAMAPTA"
    with pytest.raises(SpreadsheetError, match="no sheet"):
        import_file(plan, path, "roster", sheet="Tidak Ada")


@pytest.mark.parametrize(
    "header",
    [
        ["Nama", "Pangkat", "NRP", "Satuan", "Jabatan", "JK", "No HP", "Call Sign", "Keahlian"],
        ["NAME", "RANK", "NRP/NIP", "UNIT", "POSITION", "GENDER", "PHONE", "CALLSIGN", "SKILLS"],
        ["  nama ", "pangkat", "NRP-NIP", "Kesatuan", "jabatan", "Jenis Kelamin", "Telepon", "Sandi", "keahlian"],
        ["Nama Lengkap", "Pangkat", "NIP", "kesatuan", "Jabatan", "jenis  kelamin", "HP", "call sign", "Skills"],
    ],
)
def test_roster_header_synonyms(tmp_path, plan, header):
    """Roster headers are recognised in Indonesian and English whatever their case and spacing."""
    row = ["Dedi Supriatna", "Kompol", "80034811", "Sat Samapta", "Kabag Ops", "L", "0812-1", "Garuda 2", "negosiator"]
    row[6] = "081224709190"
    path = write_csv(tmp_path / "r.csv", [header, row])
    result = import_file(plan, path, "roster")
    assert result.problems == [] and result.unknown_columns == []
    person = person_by_nrp(plan, "80034811")
    assert (person.name, person.rank, person.unit, person.position, person.phone, person.callsign, person.skills) == (
        "Dedi Supriatna",
        "Kompol",
        "SAMAPTA",
        "Kabag Ops",
        "081224709190",
        "Garuda 2",
        ["negosiator"],
    )


@pytest.mark.parametrize(
    "written, abbr",
    [
        ("BRIPDA", "Bripda"),
        ("Brigadir Polisi Dua", "Bripda"),
        ("Bripda.", "Bripda"),
        ("AKBP", "AKBP"),
        ("ajun komisaris besar polisi", "AKBP"),
        ("Brigadir", "Brigpol"),
        ("BRIG. POL.", "Brigpol"),
        ("Kombes Pol.", "Kombes Pol"),
        ("KOMBESPOL", "Kombes Pol"),
        ("IPTU POL", "Iptu"),
        ("A.K.P.", "AKP"),
    ],
)
def test_rank_spellings(tmp_path, plan, written, abbr):
    """Ranks in their usual written forms become the official abbreviation."""
    path = write_csv(
        tmp_path / "r.csv", [["Nama", "Pangkat", "NRP", "Satuan"], ["Asep", written, "86085190", "SAMAPTA"]]
    )
    result = import_file(plan, path, "roster")
    assert result.problems == []
    assert person_by_nrp(plan, "86085190").rank == abbr


def test_pangkat_nrp_in_one_column(tmp_path, plan):
    """A Sprin-style 'Pangkat/NRP' column ("AKP / 86110233") is split into rank and NRP."""
    path = write_csv(
        tmp_path / "r.csv",
        [
            ["Nama", "Pangkat/NRP", "Satuan"],
            ["Novian", "AKP / 86110233", "SAMAPTA"],
            ["Asep", "BRIPKA NRP 86085190", "SAMAPTA"],
        ],
    )
    result = import_file(plan, path, "roster")
    assert result.problems == []
    assert person_by_nrp(plan, "86110233").rank == "AKP" and person_by_nrp(plan, "86085190").rank == "Bripka"


def test_units_matched_by_code_or_name_or_created(tmp_path, plan):
    """Units are found by code or name; unknown ones are created with an agency read from their name."""
    path = write_csv(
        tmp_path / "r.csv",
        [
            ["Nama", "Pangkat", "NRP", "Satuan"],
            ["A", "Bripda", "99010001", "lantas"],
            ["B", "Bripda", "99010002", "Polsek Bungursari"],
            ["C", "Bripda", "99010003", "Polsek Babakancikao"],
            ["D", "Serda", "", "Koramil 0619/Purwakarta"],
            ["E", "", "", "Linmas Desa Cibening"],
            ["F", "", "", "Linmas Desa Cibening"],
        ],
    )
    result = import_file(plan, path, "roster")
    assert result.problems == [], [p.describe() for p in result.problems]
    assert result.units_created == ["PS-BBK", "RAMIL-0619", "LM-CBN"]
    assert plan.units["PS-BBK"].agency == "POLRI"
    assert plan.units["RAMIL-0619"].agency == "TNI"
    assert plan.units["LM-CBN"].agency == "LINMAS"
    assert plan.units["LM-CBN"].name == "Linmas Desa Cibening"
    units = {p.name: p.unit for p in plan.personnel.values()}
    assert units["A"] == "LANTAS" and units["B"] == "PS-BGS" and units["F"] == "LM-CBN"


def test_created_units_get_short_unique_codes(tmp_path):
    """Units an import creates get short codes (PS-BGS for Polsek Bungursari), unique in the plan
    and the same on every import of the same list."""
    rows = [
        ["Nama", "Pangkat", "NRP", "Satuan"],
        ["A", "Bripda", "99010001", "POLSEK BUNGURSARI"],
        ["B", "Bripda", "99010002", "Polsek Bungursari"],
        ["C", "Bripda", "99010003", "Polsek Bungur Sari Timur"],
        ["D", "Bripda", "99010004", "Polsek Bangunsari"],
        ["E", "", "", "Relawan Kampus Ceria"],
    ]
    path = write_csv(tmp_path / "r.csv", rows)
    codes = []
    for _ in range(2):
        fresh = Plan()
        result = import_file(fresh, path, "roster")
        assert result.problems == []
        codes.append(result.units_created)
        assert all(len(code) <= 8 for code in result.units_created)
        assert len(set(result.units_created)) == len(result.units_created)
    assert codes[0] == codes[1] == ["PS-BGS", "PS-BGU", "PS-BGS-2", "RKC"]
    assert fresh.units["PS-BGS"].name == "POLSEK BUNGURSARI"
    assert {p.name: p.unit for p in fresh.personnel.values()}["B"] == "PS-BGS"


def test_every_roster_row_error_with_row_and_column(tmp_path, plan):
    """Each kind of row problem is reported with the spreadsheet row (header = row 1) and its column."""
    path = write_csv(
        tmp_path / "r.csv",
        [
            ["Nama", "Pangkat", "NRP", "Satuan", "No HP", "Catatan"],
            ["Baik Sekali", "Bripda", "99010001", "SAMAPTA", "0812-1111-2222", "ok"],  # row 2: fine
            ["", "Bripda", "99010002", "SAMAPTA", "", ""],  # row 3: missing name
            ["Salah Pangkat", "Bribda", "99010003", "SAMAPTA", "", ""],  # row 4: unknown rank
            ["NRP Pendek", "Bripda", "990100", "SAMAPTA", "", ""],  # row 5: NRP not 8 digits
            ["NRP Ganda", "Briptu", "99010001", "SAMAPTA", "", ""],  # row 6: duplicate NRP of row 2
            ["HP Aneh", "Briptu", "99010007", "SAMAPTA", "nomor saya", ""],  # row 7: phone unparsable
            ["Linmas Tanpa NRP", "Anggota Linmas", "", "Linmas Desa Cibening", "", ""],  # row 8: fine
        ],
    )
    result = import_file(plan, path, "roster")
    found = {(p.row, p.column, p.code) for p in result.problems}
    assert found == {
        (3, "A (Nama)", "missing_name"),
        (4, "B (Pangkat)", "unknown_rank"),
        (5, "C (NRP)", "bad_nrp"),
        (6, "C (NRP)", "duplicate_nrp"),
        (7, "E (No HP)", "bad_phone"),
    }
    assert result.rejected == 5 and result.unknown_columns == ["F (Catatan)"]
    dup = next(p for p in result.problems if p.code == "duplicate_nrp")
    assert "baris 2" in dup.message() and "row 2" in dup.message("en")
    assert dup.describe("en") == "row 6, column C (NRP): NRP 99010001 already appears in row 2"
    # All or nothing: the two good rows were not imported either.
    assert not result.applied and plan.personnel == {} and "LM-CBN" not in plan.units


def test_only_valid_imports_the_good_rows(tmp_path, plan):
    """With only-valid, the valid rows are imported and the rejected ones are still listed."""
    path = write_csv(
        tmp_path / "r.csv",
        [
            ["Nama", "Pangkat", "NRP", "Satuan"],
            ["Baik", "Bripda", "99010001", "SAMAPTA"],
            ["Buruk", "Bripda", "123", "Polsek Baru"],
            ["Linmas", "", "", "Linmas Desa Cibening"],
        ],
    )
    result = import_file(plan, path, "roster", only_valid=True)
    assert result.applied and result.added == 2 and result.rejected == 1
    assert [p.row for p in result.problems] == [3]
    assert {p.name for p in plan.personnel.values()} == {"Baik", "Linmas"}
    assert "POLSEK-BARU" not in plan.units  # only a rejected row used it


def test_reimport_updates_by_nrp(tmp_path, plan):
    """Re-importing an updated list updates people by NRP and counts added, updated and unchanged."""
    first = write_csv(tmp_path / "v1.csv", [ROSTER_HEADER] + ROSTER_ROWS)
    assert import_file(plan, first, "roster").added == 3
    ids = {p.nrp or p.name: p.id for p in plan.personnel.values()}
    rows = [list(r) for r in ROSTER_ROWS]
    rows[0][2] = "Kompol"  # promoted
    rows[1][7] = ""  # empty cell: keeps the phone the plan has
    rows.append(["4", "Asep Saepudin", "Bripka", "86085190", "SAMAPTA", "Ba Samapta", "L", "", ""])
    second = write_csv(tmp_path / "v2.csv", [ROSTER_HEADER] + rows)
    result = import_file(plan, second, "roster")
    assert (result.added, result.updated, result.unchanged) == (1, 1, 2)
    assert len(plan.personnel) == 4
    novian = person_by_nrp(plan, "86110233")
    assert novian.rank == "Kompol" and novian.id == ids["86110233"]
    assert person_by_nrp(plan, "99010123").phone == "0813 1111 2222"
    assert plan.personnel[ids["Ujang Saepul"]].unit == "LM-CBN"  # matched by name and unit
    again = import_file(plan, second, "roster")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4) and not again.applied


def test_explicit_mapping_overrides_headers(tmp_path, plan):
    """A hand-made mapping reads unusual headers and can ignore a recognised column."""
    path = write_csv(
        tmp_path / "r.csv",
        [
            ["Personel", "Gol", "Nomor Pokok", "Satuan", "Jabatan"],
            ["Asep", "Bripka", "86085190", "SAMAPTA", "salah isi"],
        ],
    )
    auto = import_file(plan, path, "roster", dry_run=True)
    assert auto.file_problem  # no name column recognised
    mapping = {"Personel": "name", "Gol": "rank", "Nomor Pokok": "nrp", "Jabatan": ""}
    result = import_file(plan, path, "roster", mapping=mapping)
    assert result.problems == [] and result.unknown_columns == []
    person = person_by_nrp(plan, "86085190")
    assert person.name == "Asep" and person.rank == "Bripka" and person.position == ""


def test_missing_name_column_is_a_file_problem(tmp_path, plan):
    """A list without a name column is refused as a whole, even with only-valid."""
    path = write_csv(tmp_path / "r.csv", [["Pangkat", "NRP"], ["Bripda", "99010001"]])
    result = import_file(plan, path, "roster", only_valid=True)
    assert result.file_problem and not result.applied and plan.personnel == {}
    assert result.problems[0].row == 1 and "Nama" in result.problems[0].message()


def test_unreadable_files(tmp_path):
    """Missing files, old .xls and damaged workbooks give a SpreadsheetError naming the file."""
    with pytest.raises(SpreadsheetError, match="not found"):
        read_sheet(tmp_path / "nothing.csv")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0junk")
    with pytest.raises(SpreadsheetError, match="97-2003"):
        read_sheet(old)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(SpreadsheetError, match="broken.xlsx"):
        read_sheet(broken)


# ---------------------------------------------------------------------------- posts
POST_HEADER = ["Kode", "Nama Pos", "Ring", "Jenis", "Kategori", "Min", "Maks", "Desa", "Kecamatan", "Alamat", "X", "Y"]


def test_posts_import_with_every_field(tmp_path, plan):
    """A post list fills code, name, ring, kind, category, staffing, village, district, address and position."""
    path = write_xlsx(
        tmp_path / "pos.xlsx",
        {
            "Pos": [
                POST_HEADER,
                ["P02", "Pintu Lobi", "Ring 2", "Pintu", "", 2, 4, "", "", "Jl. Ipik Gandamanah", 0.42, "0,55"],
                [
                    "TPS-001",
                    "TPS 001",
                    "",
                    "",
                    "Sangat Rawan",
                    2,
                    6,
                    "Cibening",
                    "Bungursari",
                    "SDN 1 Cibening",
                    "",
                    "",
                ],
            ]
        },
    )
    result = import_file(plan, path, "posts")
    assert result.problems == [] and result.added == 2
    lobby = plan.posts["P02"]
    assert (lobby.ring, lobby.kind, lobby.min_staff, lobby.max_staff, lobby.x, lobby.y) == (
        "II",
        "pintu",
        2,
        4,
        0.42,
        0.55,
    )
    tps = plan.posts["TPS-001"]
    assert (tps.kind, tps.category, tps.village, tps.district, tps.sector, tps.address) == (
        "tps",
        "sangat_rawan",
        "Cibening",
        "Bungursari",
        "Bungursari",
        "SDN 1 Cibening",
    )


@pytest.mark.parametrize(
    "header",
    [
        ["Kode", "Nama", "Ring", "Jenis", "Kategori", "Minimum", "Maximum", "Kelurahan", "Kecamatan", "Address"],
        ["CODE", "NAME", "RING", "KIND", "CATEGORY", "MIN", "MAX", "Kelurahan/Desa", "kecamatan", "alamat"],
        ["kode pos", "Nama Pos", "ring", "jenis", "kategori", "min", "maks", "desa", "KECAMATAN", "ALAMAT"],
    ],
)
def test_post_header_synonyms(tmp_path, plan, header):
    """Post headers are recognised in Indonesian and English whatever their case and spacing."""
    path = write_csv(
        tmp_path / "p.csv",
        [
            header,
            [
                "P05",
                "Pos Pantau Taman",
                "III",
                "pos pantau",
                "",
                "2",
                "3",
                "Nagri Kaler",
                "Purwakarta",
                "Taman Sri Baduga",
            ],
        ],
    )
    result = import_file(plan, path, "posts")
    assert result.problems == [] and result.unknown_columns == []
    post = plan.posts["P05"]
    assert (
        post.name,
        post.ring,
        post.kind,
        post.min_staff,
        post.max_staff,
        post.village,
        post.district,
        post.address,
    ) == ("Pos Pantau Taman", "III", "pos_pantau", 2, 3, "Nagri Kaler", "Purwakarta", "Taman Sri Baduga")


def test_kpu_tps_list_without_codes(tmp_path, plan):
    """A commission TPS list (TPS number, village, district, category) gets stable codes, so a re-import updates."""
    rows = [
        ["No", "Kecamatan", "Desa", "TPS", "Kategori"],
        ["1", "Bungursari", "Cibening", "1", "Rawan"],
        ["2", "Bungursari", "Cibening", "2", "Kurang Rawan"],
    ]
    path = write_csv(tmp_path / "tps.csv", rows, delimiter=",")
    result = import_file(plan, path, "posts")
    assert result.problems == [] and result.added == 2
    post = plan.posts["BUNGURSARI-CIBENING-TPS-001"]
    assert post.name == "TPS 001" and post.kind == "tps" and post.category == "rawan"
    rows[2][4] = "Sangat Rawan"
    result = import_file(plan, write_csv(tmp_path / "tps2.csv", rows, delimiter=","), "posts")
    assert (result.added, result.updated, result.unchanged) == (0, 1, 1)
    assert plan.posts["BUNGURSARI-CIBENING-TPS-002"].category == "sangat_rawan" and len(plan.posts) == 3


def test_every_post_row_error_with_row_and_column(tmp_path, plan):
    """Each kind of post problem is reported with its row and column, and nothing is imported."""
    path = write_csv(
        tmp_path / "p.csv",
        [
            ["Kode", "Nama", "Ring", "Jenis", "Kategori", "Min", "Maks", "X"],
            ["P10", "Baik", "I", "ruang", "", "1", "2", "0.5"],  # 2 fine
            ["", "Tanpa Kode", "", "", "", "", "", ""],  # 3
            ["P12", "", "", "", "", "", "", ""],  # 4 missing name (new post)
            ["P10", "Ganda", "", "", "", "", "", ""],  # 5 duplicate code
            ["P14", "Ring Aneh", "V", "", "", "", "", ""],  # 6
            ["P15", "Jenis Aneh", "", "kantin", "", "", "", ""],  # 7
            ["P16", "Kategori Aneh", "", "", "aman sekali", "", "", ""],  # 8
            ["P17", "Angka Aneh", "", "", "", "dua", "", ""],  # 9
            ["P18", "Batas Terbalik", "", "", "", "4", "2", ""],  # 10
            ["P19", "Di Luar Denah", "", "", "", "", "", "1.5"],  # 11
        ],
    )
    result = import_file(plan, path, "posts")
    found = {(p.row, p.column, p.code) for p in result.problems}
    assert found == {
        (3, "A (Kode)", "missing_code"),
        (4, "B (Nama)", "missing_name"),
        (5, "A (Kode)", "duplicate_code"),
        (6, "C (Ring)", "bad_ring"),
        (7, "D (Jenis)", "bad_kind"),
        (8, "E (Kategori)", "bad_category"),
        (9, "F (Min)", "bad_number"),
        (10, "G (Maks)", "bad_limits"),
        (11, "H (X)", "bad_position"),
    }
    assert not result.applied and list(plan.posts) == ["P01"]


def test_posts_reimport_updates_by_code_and_keeps_empty_cells(tmp_path, plan):
    """Re-importing posts updates them by code; empty cells keep the plan's values."""
    path = write_csv(tmp_path / "p.csv", [["Kode", "Nama", "Ring", "Min"], ["P01", "Gerbang Utama KPU", "", "3"]])
    result = import_file(plan, path, "posts")
    assert (result.added, result.updated, result.unchanged) == (0, 1, 0)
    post = plan.posts["P01"]
    assert post.name == "Gerbang Utama KPU" and post.ring == "II" and post.kind == "gerbang" and post.min_staff == 3


def test_prepare_maps_columns_for_preview(tmp_path):
    """`prepare` finds the header row and lists recognised and unknown columns (what the wizard shows)."""
    path = write_csv(tmp_path / "r.csv", [["Laporan"], ["Nama", "Pangkat", "Hobi"], ["Asep", "Bripka", "catur"]])
    prepared = prepare(path, "roster")
    assert prepared.columns.header_row == 2 and prepared.columns.fields == {"name": 0, "rank": 1}
    assert prepared.columns.unknown == [2] and prepared.data == [(3, ["Asep", "Bripka", "catur"])]


def test_namesakes_without_nrp_stay_apart(tmp_path, plan):
    """Two Linmas guards with the same name in one unit stay two people, on import and on re-import."""
    rows = [
        ["Nama", "Satuan", "No HP"],
        ["Agus Setiawan", "Linmas Desa Cibening", "0812-1"],
        ["Agus Setiawan", "Linmas Desa Cibening", "0812-2"],
    ]
    rows[1][2], rows[2][2] = "081200000001", "081200000002"
    path = write_csv(tmp_path / "linmas.csv", rows)
    assert import_file(plan, path, "roster").added == 2
    again = import_file(plan, path, "roster")
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    assert sorted(p.phone for p in plan.personnel.values()) == ["081200000001", "081200000002"]


def test_excel_sep_hint_line(tmp_path, plan):
    """A CSV starting with Excel's 'sep=,' line uses that separator, and row numbers follow what Excel shows."""
    path = tmp_path / "sep.csv"
    path.write_text(
        "sep=,\r\nNama,Pangkat,NRP,Satuan\r\nAndi; Putra,Bripda,99020111,SAMAPTA\r\n,Bripda,99020112,SAMAPTA\r\n",
        encoding="utf-8",
    )
    result = import_file(plan, path, "roster")
    assert [(p.row, p.code) for p in result.problems] == [(3, "missing_name")]
    result = import_file(plan, path, "roster", only_valid=True)
    assert person_by_nrp(plan, "99020111").name == "Andi; Putra"
