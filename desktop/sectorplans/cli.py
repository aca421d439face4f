"""Command-line verbs: `renpam merge`, `renpam sectors`; `renpam export --sector ... -o S.renpam`
(the `export` verb of desktop/cli.py hands a selection with a .renpam output to `run_export`).

Exit codes: 0 done (or nothing to do); 1 conflicts without a choice (nothing applied); 2 usage
(an unknown unit or post, a selection without posts, an output that is not .renpam); 3 a file
cannot be opened or written, or the sector file is not a sector of this operation.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli import (
    EXIT_CANNOT_OPEN,
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    CliExit,
    load_plan,
    open_for_edit,
    print_json,
    save_document,
)
from desktop.files import WriteError, printable_name
from desktop.messages import counted, render, render_error
from desktop.sectorplans.export import SectorError, build_sector, record_export
from desktop.sectorplans.merge import apply_merge, prepare_merge
from desktop.sectorplans.records import origin_of
from desktop.sectorplans.rollup import rollup
from desktop.storage import OperationFileError, open_operation_file, save_plan

MAX_LISTED = 500
USAGE_CODES = ("sector.unknown_unit", "sector.unknown_post", "sector.no_posts", "sector.nothing_selected")


def selection_of(args: argparse.Namespace) -> dict[str, list[str]]:
    return {
        "sectors": list(args.sector or ()),
        "posts": list(args.post or ()),
        "units": list(args.unit or ()),
        "kecamatan": list(args.kecamatan or ()),
    }


def has_selection(args: argparse.Namespace) -> bool:
    return any(selection_of(args).values())


def run_export(args: argparse.Namespace) -> int:
    """`renpam export FILE --sector CODE ... -o SECTOR.renpam`."""
    out = Path(args.output)
    if out.suffix.lower() != ".renpam":
        raise CliExit(
            EXIT_USAGE, f"renpam export: a sector is written to an operation file; {out.name} must end in .renpam"
        )
    if out.exists() and not getattr(args, "force", False):
        raise CliExit(EXIT_USAGE, f"{printable_name(str(out))} exists; add --force to replace it.")
    if out.exists() and out.resolve() == Path(args.file).resolve():
        raise CliExit(EXIT_USAGE, "renpam export: the sector file cannot be the operation file itself.")
    doc = open_for_edit(args.file)
    try:
        try:
            sector, record = build_sector(doc.plan, selection_of(args))
        except SectorError as exc:
            raise CliExit(
                EXIT_USAGE if exc.code in USAGE_CODES else EXIT_CANNOT_OPEN, render_error(exc, "en")
            ) from None
        try:
            save_plan(sector, out)
        except WriteError as exc:
            raise CliExit(EXIT_CANNOT_OPEN, exc.message("en")) from None
        record_export(doc.plan, record)
        save_document(doc)
    finally:
        doc.close()
    print(
        render(
            "sector.exported",
            {
                "label": record.label,
                "file": printable_name(str(out)),
                "posts": len(sector.posts),
                "people": len(sector.personnel),
            },
            "en",
        )
    )
    return EXIT_OK


def _open_sector(path: str) -> Any:
    try:
        return open_operation_file(path).plan
    except OperationFileError as exc:
        raise CliExit(EXIT_CANNOT_OPEN, str(exc)) from None


def cmd_merge(args: argparse.Namespace) -> int:
    lang = args.lang
    if Path(args.sector_file).resolve() == Path(args.file).resolve():
        raise CliExit(EXIT_USAGE, "renpam merge: the sector file cannot be the operation file itself.")
    sector = _open_sector(args.sector_file)
    doc = None
    if args.dry_run:
        master = load_plan(args.file)
    else:
        doc = open_for_edit(args.file)
        master = doc.plan
    try:
        try:
            outcome = prepare_merge(
                master, sector, file=Path(args.sector_file).name, choices=_choices(args.choose), take=args.take
            )
        except SectorError as exc:
            raise CliExit(
                EXIT_CANNOT_OPEN, f"{printable_name(Path(args.sector_file).name)}: {render_error(exc, lang)}"
            ) from None
        applied = False
        if not outcome.unresolved and not args.dry_run:
            applied = apply_merge(master, outcome)
            if applied and doc is not None:
                save_document(doc)
    finally:
        if doc is not None:
            doc.close()
    code = EXIT_PROBLEMS if outcome.unresolved else EXIT_OK
    if args.json:
        print_json(
            {
                "file": str(args.file),
                "sector_file": str(args.sector_file),
                "dry_run": bool(args.dry_run),
                "take": args.take,
                "applied": applied,
                **outcome.to_json(),
            }
        )
        return code
    label = printable_name(outcome.export.label)
    file_name = printable_name(Path(args.sector_file).name)
    _section(
        lang,
        "Perubahan dari sektor" if lang != "en" else "Changes from the sector",
        [c.message(lang) for c in outcome.changes] + [m.render(lang) for m in outcome.group_changes],
    )
    _section(lang, "Konflik" if lang != "en" else "Conflicts", [_conflict_line(c, lang) for c in outcome.conflicts])
    _section(lang, "Tidak diterapkan" if lang != "en" else "Not applied", [m.render(lang) for m in outcome.not_applied])
    if outcome.unresolved:
        print(render("sector.unresolved", {"count": len(outcome.unresolved)}, lang), file=sys.stderr)
    elif args.dry_run:
        print(
            f"Simulasi: {len(outcome.changes) + len(outcome.group_changes)} perubahan akan diterapkan; tidak ada yang diubah."
            if lang != "en"
            else f"Dry run: {counted(len(outcome.changes) + len(outcome.group_changes), 'change', 'changes')} would be applied;"
            " nothing was changed."
        )
    elif applied:
        print(
            render(
                "sector.merged",
                {
                    "label": label,
                    "file": file_name,
                    "applied": len(outcome.changes) + len(outcome.group_changes),
                    "not_applied": len(outcome.not_applied),
                },
                lang,
            )
        )
    else:
        print(render("sector.nothing_to_merge", {"label": label, "file": file_name}, lang))
    return code


def _choices(pairs: list[str] | None) -> dict[str, Any]:
    """--choose ID=mine|theirs and --choose ID#FIELD=mine|theirs as the merge's choices."""
    choices: dict[str, Any] = {}
    for pair in pairs or ():
        target, sep, side = pair.rpartition("=")
        if not sep or side not in ("mine", "theirs") or not target:
            raise CliExit(EXIT_USAGE, f"--choose {pair!r}: write CONFLICT=mine|theirs or CONFLICT#FIELD=mine|theirs")
        conflict, hash_sign, field = target.rpartition("#")
        if hash_sign and conflict and field:
            existing = choices.get(conflict)
            choices[conflict] = {**(existing if isinstance(existing, dict) else {}), field: side}
        else:
            choices[target] = side
    return choices


def _conflict_line(conflict: Any, lang: str) -> str:
    if conflict.choice is None:
        tag = "belum diputuskan" if lang != "en" else "unresolved"
    elif conflict.choice == "theirs":
        tag = "ambil sektor" if lang != "en" else "take theirs"
    else:
        tag = "pertahankan induk" if lang != "en" else "keep mine"
    return f"[{tag}] {conflict.message(lang)}  ({conflict.id})"


def _section(lang: str, title: str, lines: list[str]) -> None:
    if not lines:
        return
    print(f"{title} ({len(lines)}):")
    for line in lines[:MAX_LISTED]:
        print(f"  - {printable_name(line)}")
    if len(lines) > MAX_LISTED:
        more = len(lines) - MAX_LISTED
        print(f"  ... {more} more" if lang == "en" else f"  ... {more} lagi")


def origin_line(plan: Any, lang: str = "id") -> str | None:
    """'Sektor X dari operasi Y (diekspor ... oleh ...)' for a sector file, else None."""
    origin = origin_of(plan)
    if origin is None:
        return None
    return render(
        "sector.is_sector",
        {
            "label": origin.label,
            "operation": origin.operation_name,
            "exported_at": origin.exported_at.strftime("%Y-%m-%d %H:%M"),
            "by": origin.exported_by or "-",
        },
        lang,
    )


def cmd_sectors(args: argparse.Namespace) -> int:
    plan = load_plan(args.file)
    statuses = rollup(plan)
    origin = origin_of(plan)
    if args.json:
        print_json(
            {
                "file": str(args.file),
                "operation_id": plan.settings.get("operation_id") or None,
                "origin": origin.to_json() if origin else None,
                "sectors": [s.to_json() for s in statuses],
            }
        )
        return EXIT_OK
    lang = args.lang
    line = origin_line(plan, lang)
    if line:
        print(printable_name(line))
    if not statuses:
        print("Belum ada sektor yang diekspor." if lang != "en" else "No sector has been exported.")
        return EXIT_OK
    head = (
        ("SEKTOR", "DIEKSPOR", "DIGABUNG", "POS", "KURANG", "GALAT", "PERINGATAN")
        if lang != "en"
        else ("SECTOR", "EXPORTED", "MERGED", "POSTS", "OPEN", "ERRORS", "WARNINGS")
    )
    rows = [
        (
            printable_name(s.export.label),
            s.export.exported_at.strftime("%Y-%m-%d %H:%M"),
            s.merged_at.strftime("%Y-%m-%d %H:%M") if s.merged_at else "-",
            str(s.posts),
            str(s.open_places),
            str(s.errors),
            str(s.warnings),
        )
        for s in statuses
    ]
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    for r in [head, *rows]:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())
    waiting = sum(1 for s in statuses if not s.merges)
    print(
        f"{waiting} dari {len(statuses)} sektor belum dikirim kembali."
        if lang != "en"
        else f"{waiting} of {len(statuses)} sectors not sent back yet."
    )
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "merge",
        help="merge a sector plan back into its operation; exit 1 when conflicts are left without a choice",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("sector_file", metavar="SECTOR.renpam")
    p.add_argument("--dry-run", action="store_true", help="show what the merge would do, change nothing")
    p.add_argument(
        "--take",
        choices=("mine", "theirs"),
        help="resolve every conflict: keep the master's version (mine) or take the sector's (theirs)",
    )
    p.add_argument(
        "--choose",
        action="append",
        metavar="CONFLICT[#FIELD]=mine|theirs",
        help="resolve one conflict (its id as listed), or one field of it; repeatable; --take decides the rest",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("id", "en"), default="id")
    p.set_defaults(run=cmd_merge)

    p = sub.add_parser(
        "sectors", help="the sectors exported from an operation: exported, merged, open places, findings"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("id", "en"), default="id")
    p.set_defaults(run=cmd_sectors)
