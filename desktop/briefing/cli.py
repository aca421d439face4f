"""`renpam print FILE -o OUT.pdf [--doc ...] [--shift CODE] [--post CODE] [--unit CODE] [--lang id|en]
[--paper A4|F4|Letter] [--copies N] [--jobs N] [--changed [--since REV]]`.

Every print is recorded in FILE as a print revision (`renpam revisions`); when another Renpam
holds FILE the PDF is still written and a warning says the print was not recorded."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.briefing.content import DOCUMENTS, BriefingOptions
from desktop.briefing.parallel import MAX_PROCESSES
from desktop.briefing.render import MAX_COPIES
from desktop.cli import EXIT_OK, EXIT_USAGE, CliExit, load_plan, open_for_edit, print_json, save_document
from desktop.files import WriteError, check_target, printable_name


def cmd_print(args: argparse.Namespace) -> int:
    from desktop.briefing.render import generate

    if not 1 <= args.copies <= MAX_COPIES:
        raise CliExit(EXIT_USAGE, f"renpam print: --copies must be from 1 to {MAX_COPIES}")
    if args.jobs is not None and not 1 <= args.jobs <= MAX_PROCESSES:
        raise CliExit(EXIT_USAGE, f"renpam print: --jobs must be from 1 to {MAX_PROCESSES}")
    out = Path(args.output)
    if out.suffix.lower() != ".pdf":
        raise CliExit(EXIT_USAGE, f"renpam print: {out.name} must end in .pdf")
    try:
        check_target(out)  # before minutes of layout, not after
    except WriteError as exc:
        raise CliExit(3, exc.message("en")) from None
    from desktop.revisions.cli import open_to_record, record_print

    plan, doc = open_to_record(args.file)
    try:
        return _print(args, out, plan, doc, generate, record_print)
    finally:
        if doc is not None:
            doc.close()


def _print(args: argparse.Namespace, out: Path, plan, doc, generate, record_print) -> int:
    if args.changed or args.since is not None:
        from desktop.briefing.changed import print_changed

        return print_changed(args, out, plan, doc)
    options = BriefingOptions(
        documents=tuple(args.doc or ["packet"]),
        shifts=tuple(args.shift or ()),
        posts=tuple(args.post or ()),
        units=tuple(args.unit or ()),
        lang=args.lang,
        paper=args.paper,
        copies=args.copies,
    )
    try:
        result = generate(plan, out, options, workers=args.jobs)
    except ValueError as exc:  # unknown shift/post/unit code, copies out of range
        raise CliExit(EXIT_USAGE, f"renpam print: {exc}") from None
    except WriteError as exc:
        raise CliExit(3, exc.message("en")) from None
    except OSError as exc:
        raise CliExit(3, f"Cannot write {out}: {exc}.") from None
    number = record_print(doc, options, result)
    copies = f", {options.copies} numbered copies" if options.copies > 1 else ""
    recorded = f"; recorded as print revision {number}" if number is not None else ""
    print(f"Wrote {printable_name(str(out))} ({result.pages} pages: {', '.join(options.documents)}{copies}{recorded})")
    return EXIT_OK


def _number_arg(text: str) -> tuple[str, str, str]:
    """'sprin:serial=1234' -> ('sprin', 'serial', '1234')."""
    doc, sep, rest = text.partition(":")
    part, eq, value = rest.partition("=")
    if not sep or not eq:
        raise argparse.ArgumentTypeError(f"{text!r} is not DOC:PART=VALUE (e.g. sprin:serial=1234)")
    return doc.strip(), part.strip(), value


def cmd_paperwork(args: argparse.Namespace) -> int:
    """Show or set the kop, the place and day of signing, the letter numbers and the Sprin's texts."""
    from desktop.briefing.paperwork import PaperworkError, paperwork_changes, summary

    numbers: dict[str, dict[str, str]] = {}
    for doc, part, value in args.number or ():
        numbers.setdefault(doc, {})[part] = value
    sprin: dict[str, object] = {}
    if args.considering is not None:
        sprin["considering"] = args.considering
    for key in ("basis", "task", "copy_to"):
        values = getattr(args, key)
        if values is not None:
            sprin[{"task": "tasks", "copy_to": "copies_to"}.get(key, key)] = [] if values == [""] else values
    contacts = None if args.contact is None else ([] if args.contact == [""] else args.contact)
    changing = any(x is not None for x in (args.kop, args.place, args.signed_on, contacts)) or numbers or sprin
    if not changing:
        plan = load_plan(args.file)
    else:
        doc = open_for_edit(args.file)
        try:
            plan = doc.plan
            try:
                changes = paperwork_changes(
                    plan,
                    kop=args.kop,
                    place=args.place,
                    signed_on_text=args.signed_on,
                    numbers=numbers,
                    sprin=sprin,
                    contacts=contacts,
                )
            except PaperworkError as exc:
                raise CliExit(EXIT_USAGE, f"renpam paperwork: {exc}.") from None
            for key, value in changes.items():
                plan.set_setting(key, value)
            save_document(doc)
        finally:
            doc.close()
    info = summary(plan)
    if args.json:
        print_json(info)
    else:
        print("Kop:        " + " / ".join(info["kop"]))  # type: ignore[arg-type]
        print(f"Signed at:  {info['place'] or '-'}, {info['signed_on'] or '-'}")
        for doc_name, number in info["numbers"].items():  # type: ignore[attr-defined]
            print(f"Number {doc_name + ':':7} {number}")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "paperwork", help="show or set the kop, letter numbers, place/date of signing and the Sprin's texts"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--kop", action="append", metavar="LINE", help="a letterhead line (repeat, up to 3)")
    p.add_argument("--place", help="where the documents are signed (e.g. Purwakarta)")
    p.add_argument("--signed-on", metavar="YYYY-MM-DD", help="the day the documents are signed")
    p.add_argument(
        "--number",
        action="append",
        type=_number_arg,
        metavar="DOC:PART=VALUE",
        help="a part of a letter number: DOC packet|sprin, PART letter|type|serial|month|code|year",
    )
    p.add_argument("--considering", metavar="TEXT", help="the Sprin's Pertimbangan")
    p.add_argument("--basis", action="append", metavar="TEXT", help="an item of Dasar (repeat; replaces the list)")
    p.add_argument("--task", action="append", metavar="TEXT", help="an item of Untuk (repeat; replaces the list)")
    p.add_argument("--copy-to", action="append", metavar="TEXT", help="an item of Tembusan (repeat; replaces the list)")
    p.add_argument(
        "--contact",
        action="append",
        metavar="PARTY;NAME;PHONE;NOTE",
        help="an outside party for the contacts annex (repeat; replaces the list; '' clears)",
    )
    p.add_argument("--json", action="store_true", help="print the paperwork as JSON")
    p.set_defaults(run=cmd_paperwork)

    p = sub.add_parser("print", help="write the briefing packet or other printed documents as PDF")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p.add_argument("--doc", action="append", choices=DOCUMENTS, help="document to print (repeatable; default: packet)")
    p.add_argument("--shift", action="append", metavar="CODE", help="only this shift (repeatable)")
    p.add_argument("--post", action="append", metavar="CODE", help="only this post (repeatable)")
    p.add_argument("--unit", action="append", metavar="CODE", help="only people of this unit (repeatable)")
    p.add_argument("--lang", choices=("id", "en"), default="id", help="language of the documents")
    p.add_argument("--paper", choices=("A4", "F4", "Letter"), default="A4", help="paper size (default A4)")
    p.add_argument(
        "--copies",
        type=int,
        default=1,
        metavar="N",
        help=f"N numbered copies in one PDF, each marked 'Salinan ke-i dari N' (1..{MAX_COPIES})",
    )
    p.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help=f"lay the documents out on N processes (1..{MAX_PROCESSES}; default: every core for a large print)",
    )
    p.add_argument(
        "--changed",
        action="store_true",
        help="only what changed since the last print: a change sheet, then the stale pages",
    )
    p.add_argument("--since", type=int, metavar="REV", help="with --changed: since this print revision")
    p.set_defaults(run=cmd_print)
