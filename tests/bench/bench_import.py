"""Benchmark: importing a 5,000-row roster (.xlsx and .csv) and a 2,000-row post list (prints seconds).

Run: .venv/bin/python tests/bench/bench_import.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from desktop.generator import generate_large_plan
from desktop.model import Plan
from desktop.spreadsheets import import_file
from desktop.spreadsheets.export import export_table


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<48} {time.perf_counter() - start:7.2f} s")
    return result


def write_posts_csv(plan: Plan, path: Path) -> None:
    lines = ["Kode;Nama;Jenis;Kategori;Min;Maks;Desa;Kecamatan"]
    for p in plan.posts.values():
        lines.append(
            f"{p.code};{p.name};{p.kind};{p.category or ''};{p.min_staff};{p.max_staff or ''};{p.village};{p.district}"
        )
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")


def fresh(source: Plan) -> Plan:
    """The source plan's units and shifts, nobody and no post yet."""
    plan = Plan()
    plan.load(operation=source.operation, units=source.units.values(), shifts=source.shifts.values())
    return plan


def main() -> None:
    source = generate_large_plan(personnel=5000, posts=2000, shifts=3, seed=1)
    with tempfile.TemporaryDirectory() as folder:
        xlsx = Path(folder) / "roster.xlsx"
        csv_path = Path(folder) / "roster.csv"
        posts_csv = Path(folder) / "posts.csv"
        timed("export 5,000 people (deployment + roster .xlsx)", lambda: export_table(source, xlsx))
        from openpyxl import load_workbook

        wb = load_workbook(xlsx, read_only=True)
        rows = [list(r) for r in wb["Personel"].iter_rows(values_only=True)]
        wb.close()
        csv_path.write_text(
            "\r\n".join(";".join("" if v is None else str(v) for v in r) for r in rows) + "\r\n", encoding="utf-8-sig"
        )
        write_posts_csv(source, posts_csv)

        plan = fresh(source)
        result = timed(
            "import roster .xlsx, 5,000 rows (new plan)", lambda: import_file(plan, xlsx, "roster", sheet="Personel")
        )
        print(f"  {result.summary('en')}; problems {len(result.problems)}")
        result = timed(
            "re-import the same .xlsx (all unchanged)", lambda: import_file(plan, xlsx, "roster", sheet="Personel")
        )
        print(f"  {result.summary('en')}")
        plan = fresh(source)
        result = timed("import roster .csv, 5,000 rows (new plan)", lambda: import_file(plan, csv_path, "roster"))
        print(f"  {result.summary('en')}; problems {len(result.problems)}")
        result = timed("import posts .csv, 2,000 rows", lambda: import_file(plan, posts_csv, "posts"))
        print(f"  {result.summary('en')}; problems {len(result.problems)}")


if __name__ == "__main__":
    main()
