"""`renpam revisions`, `renpam changes` and `renpam attendance`; the recording half of `renpam print`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli import EXIT_CANNOT_OPEN, EXIT_OK, EXIT_USAGE, CliExit, load_plan, print_json, save_document
from desktop.revisions import RevisionError


def revision_error_text(exc: RevisionError, lang: str = "en") -> str:
    """One sentence for an expected revision or roll-call failure, from the message catalogue."""
    from desktop.messages import render_error

    return render_error(exc, lang)


# ---------------------------------------------------------------------------- print recording
def open_to_record(path: str) -> tuple[Any, Any]:
    """Open FILE for a print that records a revision: (plan, document), or (plan, None) with a
    warning when another instance holds the file (the PDF is still written, nothing recorded)."""
    from desktop.storage import OperationDocument, OperationFileError

    try:
        doc = OperationDocument.open(path)
    except OperationFileError as exc:
        raise CliExit(EXIT_CANNOT_OPEN, str(exc)) from None
    if doc.read_only:
        owner = doc.locked_by.describe() if doc.locked_by else "another program"
        print(
            f"{Path(path).name} is open in Renpam by {owner}: the print is not recorded as a revision.", file=sys.stderr
        )
        plan = doc.plan
        doc.close()
        return plan, None
    return doc.plan, doc


def record_print(
    doc: Any, options: Any, result: Any, *, changed_since: int | None = None, parts: Any = None
) -> int | None:
    """Add the print's revision to the open document and save it; returns its number."""
    from desktop.revisions import record
    from desktop.revisions.printing import revision_for

    if doc is None:
        return None
    rev = record(doc.plan, revision_for(doc.plan, options, result, changed_since=changed_since, parts=parts))
    try:
        save_document(doc)
    except CliExit as exc:  # the PDF is written; only its record is missing: say so, don't fail the print
        print(f"{exc.message} The print is not recorded as a revision.", file=sys.stderr)
        return None
    return rev.number


# ---------------------------------------------------------------------------- verbs
def cmd_revisions(args: argparse.Namespace) -> int:
    plan = load_plan(args.file)
    revs = plan.print_revisions
    if args.json:
        print_json({"file": str(args.file), "revisions": [r.to_json() for r in revs]})
        return EXIT_OK
    if not revs:
        print("Belum pernah dicetak." if args.lang == "id" else "Never printed.")
        return EXIT_OK
    for r in revs:
        docs = ", ".join(r.documents)
        since = r.options.get("changed_since")
        what = (
            (f" (perubahan sejak revisi {since})" if args.lang == "id" else f" (changes since revision {since})")
            if since is not None
            else ""
        )
        pages = "halaman" if args.lang == "id" else "pages"
        print(f"REVISI {r.number}  {r.printed_at:%Y-%m-%d %H:%M}  {docs}{what}  {r.pages} {pages}")
    return EXIT_OK


def cmd_changes(args: argparse.Namespace) -> int:
    from desktop.revisions.changes import changes_since

    plan = load_plan(args.file)
    try:
        report = changes_since(plan, args.since)
    except RevisionError as exc:
        raise CliExit(
            EXIT_USAGE if exc.code == "no_revision" else EXIT_CANNOT_OPEN, revision_error_text(exc, args.lang)
        ) from None
    if args.json:
        print_json(dict(report.to_json(), file=str(args.file)))
        return EXIT_OK
    head = (
        f"Perubahan sejak revisi {report.since} ({report.printed_at[:16].replace('T', ' ')}): {len(report.changes)}"
        if args.lang == "id"
        else f"Changes since revision {report.since} ({report.printed_at[:16].replace('T', ' ')}): {len(report.changes)}"
    )
    print(head)
    for ch in report.changes:
        print(f"  - {ch.message(args.lang)}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("revisions", help="list the print revisions recorded in an operation file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("id", "en"), default="id")
    p.set_defaults(run=cmd_revisions)

    p = sub.add_parser("changes", help="what changed since a print revision (default: the last)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--since", type=int, metavar="REV", help="print revision number (default: the newest)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("id", "en"), default="id")
    p.set_defaults(run=cmd_changes)

    register_attendance(sub)


def cmd_attendance(args: argparse.Namespace) -> int:
    from desktop.cli import open_for_edit
    from desktop.revisions import reason_code
    from desktop.revisions import rollcall as rcall

    lang = args.lang
    names = list(args.absent or []) + list(args.present or [])
    if len(names) > rcall.MAX_NAMES_PER_CALL:
        raise CliExit(EXIT_USAGE, f"renpam attendance: at most {rcall.MAX_NAMES_PER_CALL} names in one call")
    if args.output and Path(args.output).suffix.lower() != ".pdf":
        raise CliExit(EXIT_USAGE, f"renpam attendance: {Path(args.output).name} must end in .pdf")
    try:
        reason = reason_code(" ".join(args.reason)) if args.reason else "tanpa_keterangan"
    except RevisionError as exc:
        raise CliExit(EXIT_USAGE, "renpam attendance: " + revision_error_text(exc, lang)) from None
    doc = open_for_edit(args.file)
    try:
        plan = doc.plan
        try:
            rcall.roll_call(plan, args.apel)
            absent = [rcall.find_person(plan, args.apel, n) for n in args.absent or []]
            present = [rcall.find_person(plan, args.apel, n) for n in args.present or []]
        except RevisionError as exc:
            raise CliExit(EXIT_USAGE, "renpam attendance: " + revision_error_text(exc, lang)) from None
        if present:
            rcall.mark_present(plan, args.apel, present)
        if absent:
            rcall.mark_absent(plan, args.apel, absent, reason)
        if not absent and not present and args.apel not in plan.roll_calls:
            rcall.take_roll_call(plan, args.apel)
        filled = rcall.replace_all(plan, args.apel) if args.replace else []
        proposals = [
            {
                "post": p.post,
                "role": p.role,
                "absent": p.absent,
                "candidates": [c.to_json() for c in rcall.candidates_for(plan, args.apel, p, limit=args.limit)],
            }
            for p in rcall.open_places(plan, args.apel)
        ]
        if doc.is_modified:
            save_document(doc)
        report = rcall.apel_report(plan, args.apel, lang)
        if args.output:
            from desktop.briefing.apel import generate_apel_report

            try:
                generate_apel_report(plan, args.apel, args.output, lang)
            except OSError as exc:
                raise CliExit(EXIT_CANNOT_OPEN, f"Cannot write {args.output}: {exc}.") from None
    finally:
        doc.close()
    if args.json:
        print_json(
            dict(
                report,
                file=str(args.file),
                filled=[{"post": p.post, "absent": p.absent, "replacement": pid} for p, pid in filled],
                proposals=proposals,
            )
        )
        return EXIT_OK
    head = "Apel" if lang == "id" else "Roll call"
    tot = report["total"]
    cols = ("jumlah", "kurang", "hadir") if lang == "id" else ("strength", "absent", "present")
    print(f"{head} {args.apel}: {cols[0]} {tot['jumlah']}, {cols[1]} {tot['kurang']}, {cols[2]} {tot['hadir']}")
    for row in report["units"]:
        notes = "; ".join(f"{k['name']}: {k['reason_text']}" for k in row["keterangan"])
        print(
            f"  {row['unit_name'] or row['unit'] or '-'}: {row['jumlah']} / {row['kurang']} / {row['hadir']}"
            + (f"  ({notes})" if notes else "")
        )
    for r in report["replaced"]:
        word = "diganti oleh" if lang == "id" else "replaced by"
        print(f"  {r['post']}: {r['absent_name']} {word} {r['replacement_name']}")
    for p in proposals:
        best = ", ".join(c["name"] for c in p["candidates"][:3]) or "-"
        word = "kosong, calon" if lang == "id" else "open, candidates"
        print(f"  {p['post']} {word}: {best}")
    return EXIT_OK


def register_attendance(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("attendance", help="the roll call (apel) of a shift: absences, replacements, report")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--apel", required=True, metavar="SHIFT", help="the shift whose apel this is")
    p.add_argument("--absent", action="append", metavar="PERSON", help="NRP or name of someone absent (repeatable)")
    p.add_argument("--present", action="append", metavar="PERSON", help="take someone off the absent list")
    p.add_argument(
        "--reason",
        nargs="+",
        metavar="REASON",
        help="sakit, izin, tanpa keterangan or terlambat (default: tanpa keterangan)",
    )
    p.add_argument("--replace", action="store_true", help="fill each open place with its best candidate")
    p.add_argument(
        "--limit",
        type=int,
        default=5,
        choices=range(1, 31),
        metavar="N",
        help="candidates listed per open place (1..30)",
    )
    p.add_argument("-o", "--output", metavar="REPORT.pdf", help="write the apel report")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("id", "en"), default="id")
    p.set_defaults(run=cmd_attendance)
