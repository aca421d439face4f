"""Lists in as the KPU and the Polsek have them: the polling-station list and the category list,
read from real .xlsx and .csv files on disk, through the core and `renpam import-*`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from openpyxl import Workbook

from desktop.cli import main as cli_main
from desktop.model import Operation, Plan, Unit
from desktop.planning.sectors import Sectors
from desktop.spreadsheets import import_file
from desktop.storage import open_operation_file, save_plan

KPU_HEADER = ["NO", "KECAMATAN", "KELURAHAN/DESA", "NO TPS", "ALAMAT", "DPT", "LATITUDE", "LONGITUDE"]
KPU_ROWS = [
    [1, "Cibeureum", "Setiaratu", 1, "Kp. Setiaratu RT 01", 245, -7.3512, 108.2391],
    [2, "Cibeureum", "Setiaratu", 2, "Kp. Setiaratu RT 04", 250, -7.3520, 108.2402],
    [3, "Cibeureum", "Kotabaru", 1, "Jl. Kotabaru 3", 301, -7.3440, 108.2501],
    [4, "Tawang", "Kahuripan", 1, "Jl. Kahuripan 12", 198, -7.3301, 108.2210],
]


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "DPT"
    ws.append(["DAFTAR TPS PILKADA KOTA TASIKMALAYA 2024"])  # a title above the header, as KPU lists have
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8"))
    return path


def polsek_plan() -> Plan:
    plan = Plan()
    plan.load(
        operation=Operation(name="Pilkada", kind="pemilu"),
        units=[
            Unit("PS-CBR", "Polsek Cibeureum", "POLRI", latitude=-7.352, longitude=108.240),
            Unit("PS-TWG", "Polsek Tawang", "POLRI", latitude=-7.330, longitude=108.221),
        ],
    )
    return plan


def test_kpu_list_in_xlsx_becomes_tps_with_stable_codes_and_coordinates():
    plan = polsek_plan()
    result = import_file(plan, write_xlsx(Path(_tmp()) / "kpu.xlsx", [KPU_HEADER, *KPU_ROWS]), "posts")
    assert (result.added, result.rejected, result.problems) == (4, 0, [])
    post = plan.posts["CIBEUREUM-SETIARATU-TPS-002"]
    assert (post.kind, post.name, post.district, post.sector, post.village) == (
        "tps",
        "TPS 002",
        "Cibeureum",
        "Cibeureum",
        "Setiaratu",
    )
    assert (post.voters, post.latitude, post.longitude, post.address) == (250, -7.352, 108.2402, "Kp. Setiaratu RT 04")
    # The Polsek have no sector names: the TPS's own Polsek is the nearest office.
    sectors = Sectors(plan)
    assert sectors.home_unit(post) == "PS-CBR"
    assert sectors.home_unit(plan.posts["TAWANG-KAHURIPAN-TPS-001"]) == "PS-TWG"


def _tmp() -> str:
    import tempfile

    return tempfile.mkdtemp(prefix="renpam-kpu-")


def test_reimporting_the_kpu_list_updates_instead_of_duplicating(tmp_path):
    """The same list again, with a changed DPT and the TPS written "TPS 1": same codes, one update."""
    plan = polsek_plan()
    import_file(plan, write_csv(tmp_path / "kpu.csv", [KPU_HEADER, *KPU_ROWS]), "posts")
    again = [list(r) for r in KPU_ROWS]
    again[0][5] = 260
    again[2][3] = "TPS 1"
    result = import_file(plan, write_csv(tmp_path / "kpu2.csv", [KPU_HEADER, *again]), "posts")
    assert (result.added, result.updated, result.unchanged) == (0, 1, 3)
    assert len(plan.posts) == 4 and plan.posts["CIBEUREUM-SETIARATU-TPS-001"].voters == 260


def test_kpu_list_without_coordinates_and_with_lat_lon_headers(tmp_path):
    header = ["Kecamatan", "Desa", "TPS", "Alamat", "Jumlah DPT"]
    rows = [[r[1], r[2], r[3], r[4], r[5]] for r in KPU_ROWS]
    plan = polsek_plan()
    result = import_file(plan, write_csv(tmp_path / "kpu.csv", [header, *rows]), "posts")
    assert result.added == 4 and all(p.latitude is None and p.voters for p in plan.posts.values())
    short = ["Kec", "Kelurahan", "No TPS", "Lintang", "Bujur"]
    result = import_file(
        plan, write_csv(tmp_path / "coords.csv", [short, *[[r[1], r[2], r[3], r[6], r[7]] for r in KPU_ROWS]]), "posts"
    )
    assert result.updated == 4 and plan.posts["TAWANG-KAHURIPAN-TPS-001"].longitude == 108.221
    lat_lon = ["Kecamatan", "Kelurahan/Desa", "No. TPS", "Lat", "Lon"]
    moved = [["Tawang", "Kahuripan", 1, "-7,3311", "108,2212"]]  # decimal commas, as Indonesian sheets write
    import_file(plan, write_csv(tmp_path / "moved.csv", [lat_lon, *moved]), "posts")
    assert plan.posts["TAWANG-KAHURIPAN-TPS-001"].latitude == -7.3311


def test_a_bad_row_is_refused_with_its_row_number_and_nothing_changes(tmp_path):
    plan = polsek_plan()
    rows = [list(r) for r in KPU_ROWS]
    rows[1][6] = "-97.5"  # latitude out of range
    rows[3][5] = "banyak"  # DPT not a number
    path = write_xlsx(tmp_path / "kpu.xlsx", [KPU_HEADER, *rows])
    before = plan.revision
    result = import_file(plan, path, "posts")
    assert not result.applied and plan.posts == {} and plan.revision == before
    described = [p.describe("en") for p in result.problems]
    assert described[0].startswith("row 4, column G (LATITUDE): Latitude must be a number of degrees from -90 to 90")
    assert described[1].startswith("row 6, column F (DPT): registered voters must be a whole number")
    assert "baris 4" in result.problems[0].describe("id")


def test_half_coordinates_are_refused(tmp_path):
    plan = polsek_plan()
    rows = [["Cibeureum", "Setiaratu", 1, -7.35, ""]]
    result = import_file(
        plan,
        write_csv(tmp_path / "half.csv", [["Kecamatan", "Desa", "No TPS", "Latitude", "Longitude"], *rows]),
        "posts",
    )
    assert result.rejected == 1 and "both or neither" in result.problems[0].describe("en") and not plan.posts


def test_import_posts_command_reads_the_kpu_list(tmp_path, capsys):
    path = tmp_path / "op.renpam"
    save_plan(polsek_plan(), path)
    kpu = write_xlsx(tmp_path / "kpu.xlsx", [KPU_HEADER, *KPU_ROWS])
    assert cli_main(["import-posts", str(path), str(kpu), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 4
    assert cli_main(["import-posts", str(path), str(kpu), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["unchanged"] == 4
    plan = open_operation_file(path).plan
    assert len(plan.posts) == 4 and plan.posts["CIBEUREUM-KOTABARU-TPS-001"].voters == 301


# ---------------------------------------------------------------------------- categories
def kpu_plan(tmp_path: Path) -> Plan:
    plan = polsek_plan()
    import_file(plan, write_csv(tmp_path / "kpu.csv", [KPU_HEADER, *KPU_ROWS]), "posts")
    return plan


def test_category_list_sets_the_category_of_each_tps(tmp_path):
    plan = kpu_plan(tmp_path)
    rows = [
        ["No TPS", "Kelurahan/Desa", "Kecamatan", "Kategori"],
        ["001", "Setiaratu", "Cibeureum", "Rawan"],
        ["2", "Setiaratu", "Cibeureum", "sangat rawan"],
        ["TPS 1", "Kotabaru", "", "kurang rawan"],
        [1, "Kahuripan", "Tawang", "KHUSUS"],
    ]
    result = import_file(plan, write_xlsx(tmp_path / "kat.xlsx", rows), "categories")
    assert (result.updated, result.rejected) == (4, 0)
    assert {c: p.category for c, p in plan.posts.items()} == {
        "CIBEUREUM-SETIARATU-TPS-001": "rawan",
        "CIBEUREUM-SETIARATU-TPS-002": "sangat_rawan",
        "CIBEUREUM-KOTABARU-TPS-001": "kurang_rawan",
        "TAWANG-KAHURIPAN-TPS-001": "khusus",
    }


def test_category_rows_naming_no_tps_or_several_are_refused_whole(tmp_path):
    """TPS 1 alone is in three villages; TPS 9 is nowhere: both rows named, nothing changed."""
    plan = kpu_plan(tmp_path)
    rows = [["TPS", "Kategori"], ["2", "rawan"], ["1", "rawan"], ["9", "rawan"]]
    result = import_file(plan, write_csv(tmp_path / "kat.csv", rows), "categories")
    assert not result.applied and all(p.category is None for p in plan.posts.values())
    first, second = (p.describe("en") for p in result.problems)
    assert first.startswith("row 3, column A (TPS): TPS 001 matches 3 polling stations")
    assert second.startswith("row 4, column A (TPS): there is no TPS 009 in the plan")


def test_import_categories_command_dry_run_and_json(tmp_path, capsys):
    path = tmp_path / "op.renpam"
    save_plan(kpu_plan(tmp_path), path)
    before = path.read_bytes()
    listing = write_csv(
        tmp_path / "kat.csv", [["No TPS", "Desa", "Kategori"], ["1", "Setiaratu", "rawan"], ["1", "Kahuripan", "rawan"]]
    )
    assert cli_main(["import-categories", str(path), str(listing), "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "categories" and data["updated"] == 2 and data["dry_run"]
    assert path.read_bytes() == before
    assert cli_main(["import-categories", str(path), str(listing), "--lang", "en"]) == 0
    assert "2 updated" in capsys.readouterr().out
    assert open_operation_file(path).plan.posts["TAWANG-KAHURIPAN-TPS-001"].category == "rawan"
    bad = write_csv(tmp_path / "bad.csv", [["No TPS", "Kategori"], ["1", "gawat"]])
    assert cli_main(["import-categories", str(path), str(bad)]) == 1
