"""Command-line verbs: `renpam import-roster`, `renpam import-posts` (a post list, or the KPU's
polling-station list), `renpam import-categories` (TPS number -> vulnerability category) (the
`export` verb of desktop/cli.py hands .xlsx/.csv outputs to `desktop.spreadsheets.export`).

Exit codes: 0 every row imported (or would be, with --dry-run); 1 rows were rejected (with
--only-valid the valid rows are still imported); 2 usage; 3 the operation file or the list
cannot be opened. The operation file is saved only when something changed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import (
    EXIT_CANNOT_OPEN,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    CliExit,
    open_for_edit,
    print_json,
    save_document,
)
from desktop.files import printable_name
from desktop.spreadsheets.columns import FIELD_LABELS
from desktop.spreadsheets.importing import import_prepared, prepare
from desktop.spreadsheets.reading import SpreadsheetError

MAX_LISTED = 200


def _mapping(kind: str, pairs: list[str] | None) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs or ():
        header, sep, fld = pair.rpartition("=")
        if not sep or not header.strip():
            raise CliExit(EXIT_USAGE, f"--map {pair!r}: write HEADER=FIELD (FIELD empty to ignore the column)")
        fld = fld.strip()
        if fld and fld not in FIELD_LABELS[kind]:
            raise CliExit(EXIT_USAGE, f"--map {pair!r}: unknown field {fld!r}; fields: {', '.join(FIELD_LABELS[kind])}")
        mapping[header.strip()] = fld
    return mapping


def _run_import(args: argparse.Namespace, kind: str) -> int:
    mapping = _mapping(kind, args.map)
    try:
        prepared = prepare(args.list, kind, sheet=args.sheet, mapping=mapping)
    except SpreadsheetError as exc:
        raise CliExit(EXIT_CANNOT_OPEN, f"Cannot read {printable_name(str(exc))}.") from None
    doc = open_for_edit(args.file)
    try:
        result = import_prepared(doc.plan, prepared, only_valid=args.only_valid, dry_run=args.dry_run)
        if result.applied:
            save_document(doc)
    finally:
        doc.close()
    lang = args.lang
    if args.json:
        print_json(result.to_json())
    else:
        name = printable_name(Path(args.list).name)
        where = f" (sheet {result.sheet})" if result.sheet else ""
        if result.file_problem:
            verb = "Nothing imported from" if lang == "en" else "Tidak ada yang diimpor dari"
        elif args.dry_run:
            verb = "Would import" if lang == "en" else "Simulasi impor"
        elif result.rejected and not args.only_valid:
            verb = "Nothing imported from" if lang == "en" else "Tidak ada yang diimpor dari"
        else:
            verb = "Imported" if lang == "en" else "Diimpor"
        print(f"{verb} {name}{where}: {result.summary(lang)}")
        if result.unknown_columns:
            label = "Ignored columns" if lang == "en" else "Kolom diabaikan"
            print(f"  {label}: {', '.join(result.unknown_columns)}")
        if result.units_created:
            label = "New units" if lang == "en" else "Satuan baru"
            print(f"  {label}: {', '.join(result.units_created)}")
        for problem in result.problems[:MAX_LISTED]:
            print(f"  - {problem.describe(lang)}", file=sys.stderr)
        if len(result.problems) > MAX_LISTED:
            more = len(result.problems) - MAX_LISTED
            print(f"  ... {more} more" if lang == "en" else f"  ... {more} lagi", file=sys.stderr)
        if result.rejected and not args.only_valid and not args.dry_run and not result.file_problem:
            hint = (
                "Fix the rows or add --only-valid to import the valid rows; the file was not changed."
                if lang == "en"
                else "Perbaiki baris tersebut atau tambahkan --only-valid untuk mengimpor baris yang valid; "
                "berkas operasi tidak diubah."
            )
            print(hint, file=sys.stderr)
    return EXIT_PROBLEMS if result.problems else EXIT_OK


def cmd_import_roster(args: argparse.Namespace) -> int:
    return _run_import(args, "roster")


def cmd_import_posts(args: argparse.Namespace) -> int:
    return _run_import(args, "posts")


def cmd_import_categories(args: argparse.Namespace) -> int:
    return _run_import(args, "categories")


def register(sub: argparse._SubParsersAction) -> None:
    for verb, kind, fn, what in (
        ("import-roster", "roster", cmd_import_roster, "personnel"),
        ("import-posts", "posts", cmd_import_posts, "posts (a post list or the KPU's polling-station list)"),
        ("import-categories", "categories", cmd_import_categories, "the TPS categories (No TPS -> kategori)"),
    ):
        p = sub.add_parser(
            verb, help=f"import {what} from a spreadsheet (.xlsx or .csv); exit 1 when rows were rejected"
        )
        p.add_argument("file", metavar="FILE")
        p.add_argument("list", metavar="LIST", help=".xlsx or .csv (UTF-8, UTF-8 with BOM or Windows-1252; , ; or tab)")
        p.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
        p.add_argument("--only-valid", action="store_true", help="import the valid rows even when others are rejected")
        p.add_argument("--sheet", metavar="NAME", help="sheet of an .xlsx (default: the first)")
        p.add_argument(
            "--map",
            action="append",
            metavar="HEADER=FIELD",
            help=f"read column HEADER as FIELD ({', '.join(FIELD_LABELS[kind])}; empty = ignore)",
        )
        p.add_argument("--json", action="store_true", help="print the result as JSON")
        p.add_argument("--lang", choices=("id", "en"), default="id")
        p.set_defaults(run=fn)
