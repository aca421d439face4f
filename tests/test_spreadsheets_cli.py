"""`renpam import-roster`, `renpam import-posts` and `renpam export` to .xlsx/.csv, run as a user runs them."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from desktop.cli import main
from desktop.spreadsheets import import_file
from desktop.storage import open_operation_file

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess:
    """Run `python -m desktop ARGS` as a user would run `renpam ARGS`."""
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, cwd=ROOT)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


GOOD = """Nama;Pangkat;NRP;Satuan;No HP
Andi Pratama;Bripda;99020111;Sat Samapta;0812-9000-1111
Wawan Setiawan;Brigadir Polisi Satu;97030222;Polsek Bungursari;0812-9000-2222
"""
BAD = GOOD + "Tanpa NRP;Bripda;;Sat Samapta;\n"


def test_rejected_import_leaves_the_file_byte_identical(tmp_path, demo_file):
    """A list with an error exits 1, names the row and column, and the operation file stays byte-identical."""
    before = sha(demo_file)
    result = run("import-roster", str(demo_file), str(write(tmp_path / "bad.csv", BAD)))
    assert result.returncode == 1
    assert "baris 4, kolom C (NRP)" in result.stderr and "--only-valid" in result.stderr
    assert sha(demo_file) == before
    assert len(open_operation_file(demo_file).plan.personnel) == 60


def test_dry_run_changes_nothing(tmp_path, demo_file, capsys):
    """--dry-run reports what would be imported and leaves the file byte-identical."""
    before = sha(demo_file)
    assert (
        main(["import-roster", str(demo_file), str(write(tmp_path / "good.csv", GOOD)), "--dry-run", "--lang", "en"])
        == 0
    )
    assert "Would import good.csv: 2 added, 0 updated" in capsys.readouterr().out
    assert sha(demo_file) == before


def test_only_valid_saves_valid_rows_and_exits_1(tmp_path, demo_file, capsys):
    """--only-valid imports the good rows, saves, and still exits 1 because a row was rejected."""
    assert main(["import-roster", str(demo_file), str(write(tmp_path / "bad.csv", BAD)), "--only-valid"]) == 1
    out = capsys.readouterr()
    assert "2 ditambah" in out.out and "1 baris ditolak" in out.out and "baris 4" in out.err
    plan = open_operation_file(demo_file).plan
    assert len(plan.personnel) == 62
    wawan = next(p for p in plan.personnel.values() if p.nrp == "97030222")
    assert wawan.rank == "Briptu" and wawan.unit == "PS-BGS"


def test_import_then_reimport_json_counts(tmp_path, demo_file, capsys):
    """A clean import exits 0 and saves; importing the same list again reports all unchanged and does not save."""
    good = write(tmp_path / "good.csv", GOOD, encoding="cp1252")
    assert main(["import-roster", str(demo_file), str(good), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert (first["added"], first["applied"], first["problems"]) == (2, True, [])
    saved = sha(demo_file)
    assert main(["import-roster", str(demo_file), str(good), "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert (second["added"], second["updated"], second["unchanged"], second["applied"]) == (0, 0, 2, False)
    assert sha(demo_file) == saved


def test_import_posts_from_chosen_sheet(tmp_path, demo_file, capsys):
    """import-posts reads the named sheet of a workbook and adds the posts."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Catatan"
    wb.active.append(["Daftar ini dari KPU"])
    ws = wb.create_sheet("TPS")
    ws.append(["Kode", "Nama", "Kategori", "Kecamatan", "Desa"])
    ws.append(["TPS-BGS-001", "TPS 001", "rawan", "Bungursari", "Cibening"])
    ws.append(["TPS-BGS-002", "TPS 002", "khusus", "Bungursari", "Cibening"])
    path = tmp_path / "tps.xlsx"
    wb.save(path)
    assert main(["import-posts", str(demo_file), str(path), "--sheet", "TPS"]) == 0
    plan = open_operation_file(demo_file).plan
    assert plan.posts["TPS-BGS-002"].category == "khusus" and plan.posts["TPS-BGS-001"].kind == "tps"
    assert main(["import-posts", str(demo_file), str(path), "--sheet", "Nope"]) == 3
    assert "no sheet 'Nope'" in capsys.readouterr().err


def test_map_option_and_bad_map(tmp_path, demo_file, capsys):
    """--map HEADER=FIELD reads an unusual header; a field that does not exist is a usage error."""
    path = write(tmp_path / "odd.csv", "Personel;Gol;Nomor Pokok\nAndi;Bripda;99020111\n")
    assert (
        main(
            [
                "import-roster",
                str(demo_file),
                str(path),
                "--map",
                "Personel=name",
                "--map",
                "Gol=rank",
                "--map",
                "Nomor Pokok=nrp",
            ]
        )
        == 0
    )
    assert any(p.nrp == "99020111" for p in open_operation_file(demo_file).plan.personnel.values())
    assert main(["import-roster", str(demo_file), str(path), "--map", "Personel=nama"]) == 2


def test_export_xlsx_and_csv(tmp_path, demo_file):
    """`export -o X.xlsx` writes one sheet per shift plus the roster; `-o X.csv` writes the semicolon table."""
    xlsx = tmp_path / "plotting.xlsx"
    result = run("export", str(demo_file), "-o", str(xlsx))
    assert result.returncode == 0, result.stderr
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["PERS Persiapan dan apel", "LAKS Pelaksanaan", "KONS Konsolidasi", "Personel"]
    csv_path = tmp_path / "plotting.csv"
    assert main(["export", str(demo_file), "-o", str(csv_path)]) == 0
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.decode("utf-8-sig").splitlines()[0] == "Shift;Kode Pos;Pos;Ring;Peran;Pangkat;Nama;NRP;Satuan;No HP"
    assert main(["export", str(demo_file), "-o", str(tmp_path / "x.pdf")]) == 2


def test_exported_roster_sheet_reimports_unchanged(tmp_path, demo_file, demo_plan):
    """The roster sheet of an export imports back into the same plan with every person unchanged."""
    xlsx = tmp_path / "plotting.xlsx"
    assert main(["export", str(demo_file), "-o", str(xlsx)]) == 0
    result = import_file(demo_plan, xlsx, "roster", sheet="Personel")
    assert result.problems == [] and (result.added, result.updated, result.unchanged) == (0, 0, 60)
