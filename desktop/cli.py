"""The headless command line: `renpam VERB ...` (also `python -m desktop VERB ...`).

Exit codes: 0 success; 1 the input or the plan has problems (listed); 2 usage; 3 the file
cannot be opened (reason in one line). `--json` output shapes are documented in README.md and
kept stable.

Verbs live in small modules; each has `register(subparsers)` adding its parser with
`set_defaults(run=function)`. A verb function takes the parsed arguments and returns the exit
code. Add a module to `VERB_MODULES` to add verbs.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from desktop.errors import RenpamError
from desktop.files import WriteError, printable_name, write_atomically
from desktop.messages import counted
from desktop.model import Plan, PlanError
from desktop.resources import ResourceMissing
from desktop.storage import OperationDocument, OperationFileError, ReadOnlyError, open_operation_file, save_plan
from desktop.storage.document import ExternalChangeError
from desktop.version import version

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_CANNOT_OPEN = 3

VERB_MODULES: list[str] = [
    "desktop.cli",
    "desktop.planning.cli",
    "desktop.briefing.cli",
    "desktop.spreadsheets.cli",
    "desktop.revisions.cli",
    "desktop.groups_cli",
    "desktop.planning.posts_cli",
    "desktop.sectorplans.cli",
    "desktop.siteplan_cli",
    "desktop.planning.duty_cli",
]


log = logging.getLogger("renpam.cli")


class CliExit(RenpamError):
    """Leave the command with an exit code after printing `message` to stderr.

    `exit_code` (also `code`, as before) is the process exit code, not a message code.
    """

    def __init__(self, code: int, message: str = "") -> None:
        super().__init__(message, code="cli_exit")
        self.exit_code = code
        self.code = code  # type: ignore[assignment]
        self.message = message


def load_plan(path: str | Path) -> Plan:
    """Open an operation file for reading, or exit 3 with the reason in one line."""
    try:
        return open_operation_file(path).plan
    except OperationFileError as exc:
        raise CliExit(EXIT_CANNOT_OPEN, str(exc)) from None


def open_for_edit(path: str | Path) -> OperationDocument:
    """Open an operation file to change and save it; exit 3 if it cannot be opened or is held."""
    try:
        doc = OperationDocument.open(path)
    except OperationFileError as exc:
        raise CliExit(EXIT_CANNOT_OPEN, str(exc)) from None
    if doc.read_only and doc.lock_problem is not None:
        doc.close()
        raise CliExit(EXIT_CANNOT_OPEN, doc.lock_problem.refusal(Path(path).name))
    if doc.read_only:
        owner = doc.locked_by.describe() if doc.locked_by else "another program"
        doc.close()
        raise CliExit(EXIT_CANNOT_OPEN, f"Cannot open {Path(path).name}: it is open in Renpam by {owner}.")
    return doc


@contextmanager
def editing(path: str | Path) -> Iterator[OperationDocument]:
    """Open an operation file, let the body change `doc.plan`, then save it and close it.

    A `PlanError` the body raises (an edit the plan refuses) exits 1 with its sentence, and the
    file is left unchanged; opening and saving fail as `open_for_edit` and `save_document` do.
    """
    doc = open_for_edit(path)
    try:
        try:
            yield doc
        except PlanError as exc:
            raise CliExit(EXIT_PROBLEMS, f"{str(exc).rstrip('.')}.") from None
        save_document(doc)
    finally:
        doc.close()


def save_document(doc: OperationDocument) -> None:
    """Save an edited operation, or exit 3 with one line; the file is then unchanged."""
    from desktop.limits import LimitError

    try:
        doc.save()
    except (WriteError, ExternalChangeError) as exc:
        raise CliExit(EXIT_CANNOT_OPEN, exc.message("en")) from None
    except (OSError, ReadOnlyError) as exc:
        raise CliExit(EXIT_CANNOT_OPEN, f"Cannot save {doc.display_name}: {exc}.") from None
    except LimitError as exc:
        raise CliExit(
            EXIT_CANNOT_OPEN, f"Cannot save {doc.display_name}: {printable_name(exc.message('en'))}."
        ) from None


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def refuse_overwrite(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise CliExit(EXIT_USAGE, f"{path} exists; add --force to replace it.")


# ---------------------------------------------------------------------------- core verbs
def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo import build_demo_plan

    out = Path(args.out)
    refuse_overwrite(out, args.force)
    save_plan(build_demo_plan(), out)
    print(f"Wrote the demo operation to {printable_name(str(out))}")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from desktop import plan_json

    if not args.name and not args.from_plan:
        raise CliExit(EXIT_USAGE, "renpam new: give --name NAME or --from PLAN.json (or both).")
    out = Path(args.out)
    refuse_overwrite(out, args.force)
    plan = Plan()
    if args.from_plan:
        doc = _read_plan_document(args.from_plan)
        try:
            plan_json.import_document(plan, doc)
        except plan_json.PlanDocumentError as exc:
            return _report_document_problems(args.from_plan, exc)
    if args.name:
        try:
            plan.set_operation(name=args.name)
        except PlanError as exc:  # a name beyond the bounds (desktop.limits)
            raise CliExit(EXIT_USAGE, f"renpam new: --name: {exc}") from None
    save_plan(plan, out)
    print(f"Created {printable_name(str(out))}")
    return EXIT_OK


def _read_plan_document(path: str) -> object:
    from desktop import plan_json

    name = printable_name(Path(path).name)
    try:
        return plan_json.read_document(path)  # its size and nesting are checked before parsing
    except OSError as exc:
        raise CliExit(EXIT_CANNOT_OPEN, f"Cannot read {name}: {exc.strerror or exc}.") from None
    except plan_json.PlanDocumentError as exc:
        if exc.kind == "unreadable":
            raise CliExit(EXIT_CANNOT_OPEN, f"Cannot read {name}: {exc.problems[0]}.") from None
        if exc.kind == "syntax":
            raise CliExit(EXIT_PROBLEMS, f"{name} is not valid JSON: {exc.problems[0]}.") from None
        raise CliExit(EXIT_PROBLEMS, f"{name}: {exc.problems[0]}; nothing was changed.") from None


def _report_document_problems(path: str, exc: Any) -> int:
    print(
        f"{printable_name(Path(path).name)}: {counted(len(exc.problems), 'problem', 'problems')}; nothing was changed.",
        file=sys.stderr,
    )
    for problem in exc.problems:
        print(f"  - {printable_name(problem)}", file=sys.stderr)
    return EXIT_PROBLEMS


def cmd_info(args: argparse.Namespace) -> int:
    from desktop.storage.schema import SCHEMA_VERSION

    try:
        opened = open_operation_file(args.file)
    except OperationFileError as exc:
        raise CliExit(EXIT_CANNOT_OPEN, str(exc)) from None
    plan = opened.plan
    op = plan.operation
    info = {
        "file": str(args.file),
        "schema_version": opened.file_version,
        "current_schema_version": SCHEMA_VERSION,
        "name": op.name,
        "kind": op.kind,
        "venue": op.venue,
        "classification": op.classification,
        "start": op.start.isoformat() if op.start else None,
        "end": op.end.isoformat() if op.end else None,
        "counts": {
            "units": len(plan.units),
            "personnel": len(plan.personnel),
            "shifts": len(plan.shifts),
            "posts": len(plan.posts),
            "assignments": len(plan.assignments),
            "groups": len(plan.groups),
        },
        "site_plan": plan.site_plan is not None and bool(plan.site_plan.image_png),
        "warnings": [w.render("en") for w in opened.warnings],
        "sector_of": _sector_of(plan),
    }
    for warning in opened.warnings:
        print(warning.render("en"), file=sys.stderr)
    if args.json:
        print_json(info)
        return EXIT_OK
    c = info["counts"]
    print(f"{printable_name(op.name) or '(no name)'}  [{op.classification}]")
    print(f"  venue:       {printable_name(op.venue)}")
    print(f"  time:        {info['start'] or '-'}  ..  {info['end'] or '-'}")
    print(
        f"  units {c['units']}, personnel {c['personnel']}, shifts {c['shifts']}, "  # type: ignore[index]
        f"posts {c['posts']}, assignments {c['assignments']}"  # type: ignore[index]
    )
    print(f"  file format: {opened.file_version} (this Renpam writes {SCHEMA_VERSION})")
    if info["sector_of"]:
        from desktop.sectorplans.cli import origin_line

        print(f"  {printable_name(origin_line(plan, 'id') or '')}")
        print(f"  {printable_name(origin_line(plan, 'en') or '')}")
    return EXIT_OK


def _sector_of(plan: Plan) -> dict[str, Any] | None:
    """The export this file is a sector of (desktop.sectorplans), for `info`."""
    from desktop.sectorplans.records import origin_of

    origin = origin_of(plan)
    return origin.to_json() if origin else None


def cmd_import(args: argparse.Namespace) -> int:
    from desktop import plan_json

    data = _read_plan_document(args.plan)
    doc = open_for_edit(args.file)
    try:
        try:
            summary = plan_json.import_document(doc.plan, data, dry_run=args.dry_run)
        except plan_json.PlanDocumentError as exc:
            return _report_document_problems(args.plan, exc)
        if not args.dry_run and summary.changed():  # an import that changes nothing leaves the file as it is
            save_document(doc)
    finally:
        doc.close()
    verb = "Would import" if args.dry_run else "Imported"
    print(
        f"{verb} {printable_name(Path(args.plan).name)} into {printable_name(Path(args.file).name)}: "
        f"{summary.describe()}"
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from desktop import plan_json
    from desktop.sectorplans import cli as sector_cli

    if sector_cli.has_selection(args):  # a sector plan (desktop.sectorplans)
        return sector_cli.run_export(args)
    plan = load_plan(args.file)
    out = Path(args.output)
    if out.suffix.lower() == ".renpam":
        raise CliExit(
            EXIT_USAGE, "renpam export: choose what goes into the sector: --sector, --post, --unit or --kecamatan"
        )
    if out.suffix.lower() in (".xlsx", ".csv"):  # the deployment table (desktop.spreadsheets)
        from desktop.spreadsheets.export import ExportError, export_table

        try:
            export_table(plan, out)
        except WriteError as exc:
            raise CliExit(EXIT_CANNOT_OPEN, exc.message("en")) from None
        except ExportError as exc:
            raise CliExit(EXIT_CANNOT_OPEN, f"Cannot write {exc}.") from None
        print(f"Exported the deployment table of {printable_name(Path(args.file).name)} to {printable_name(str(out))}")
        return EXIT_OK
    if out.suffix.lower() != ".json":
        raise CliExit(EXIT_USAGE, f"renpam export: {out.name} must end in .json, .xlsx or .csv")
    write_atomically(out, plan_json.dumps(plan))
    print(f"Exported {printable_name(Path(args.file).name)} to {printable_name(str(out))}")
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    from desktop.validation import ERROR, validate

    plan = load_plan(args.file)
    findings = validate(plan)
    errors = sum(f.severity == ERROR for f in findings)
    accepted = sum(f.accepted for f in findings)
    if args.json:
        print_json(
            {
                "file": str(args.file),
                "errors": errors,
                "warnings": len(findings) - errors - accepted,
                "accepted": accepted,
                "findings": [f.to_json() for f in findings],
            }
        )
    else:
        lang = args.lang
        for f in findings:
            tag = "ERROR  " if f.severity == ERROR else ("ACCEPTED" if f.accepted else "WARNING")
            note = (
                f"  (diterima: {f.note})"
                if f.accepted and lang != "en"
                else (f"  (accepted: {f.note})" if f.accepted else "")
            )
            print(f"{tag} [{f.rule}] {f.message(lang)}{note}")
        warnings = len(findings) - errors - accepted
        if lang == "en":
            print(
                f"{counted(errors, 'error', 'errors')}, {counted(warnings, 'warning', 'warnings')}, {accepted} accepted"
            )
        else:
            print(f"{errors} kesalahan, {warnings} peringatan, {accepted} diterima")
    return EXIT_PROBLEMS if errors else EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="write the demo operation")
    p.add_argument("out", metavar="OUT.renpam")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser("new", help="create an operation file")
    p.add_argument("out", metavar="OUT.renpam")
    p.add_argument("--name", help="operation name")
    p.add_argument("--from", dest="from_plan", metavar="PLAN.json", help="start from a plan document")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.set_defaults(run=cmd_new)

    p = sub.add_parser("info", help="counts, dates and schema version of an operation file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_info)

    p = sub.add_parser("import", help="merge a plan document (JSON) into an operation file")
    p.add_argument("file", metavar="FILE")
    p.add_argument("plan", metavar="PLAN.json")
    p.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    p.set_defaults(run=cmd_import)

    p = sub.add_parser(
        "export",
        help="write the plan document (JSON), the deployment table (.xlsx/.csv) or a sector plan (.renpam)",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", required=True, metavar="OUT.json|OUT.xlsx|OUT.csv|SECTOR.renpam")
    p.add_argument("--sector", action="append", metavar="CODE", help="a Polsek's posts (unit code); repeatable")
    p.add_argument("--post", action="append", metavar="CODE", help="a post; repeatable")
    p.add_argument("--unit", action="append", metavar="CODE", help="the posts a unit's people stand at; repeatable")
    p.add_argument("--kecamatan", action="append", metavar="NAME", help="a sub-district's posts; repeatable")
    p.add_argument("--force", action="store_true", help="replace an existing SECTOR.renpam")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("validate", help="list planning problems; exit 1 when there is an error")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("id", "en"), default="id")
    p.set_defaults(run=cmd_validate)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # exit 2 with one line, as argparse does, but ours
        self.print_usage(sys.stderr)
        raise CliExit(EXIT_USAGE, f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="renpam",
        usage="renpam [FILE]\n       renpam VERB [OPTIONS] ...",
        description="Renpam: security deployment planning. `renpam` opens the planning window, "
        "`renpam FILE` opens the operation FILE (.renpam) in it; `renpam VERB ...` runs "
        "a headless verb, without a display.",
    )
    parser.add_argument("--version", action="version", version=f"renpam {version()}")
    sub = parser.add_subparsers(dest="verb", metavar="VERB", parser_class=_Parser, prog="renpam")
    for name in VERB_MODULES:
        module = importlib.import_module(name)
        module.register(sub)
    return parser


def verb_names(parser: argparse.ArgumentParser | None = None) -> set[str]:
    parser = parser or build_parser()
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def unknown_verb_message(word: str, verbs: set[str]) -> str | None:
    """'unknown command ...; did you mean VERB?' when `word` is close to a verb, else None."""
    close = difflib.get_close_matches(word, sorted(verbs), n=1, cutoff=0.6)
    return f"renpam: unknown command {word!r}; did you mean {close[0]}?" if close else None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one verb; every expected failure is one line on stderr, never a traceback."""
    from desktop.logs import log_unexpected, setup_logging

    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        if argv and not argv[0].startswith("-"):
            verbs = verb_names(parser)
            if argv[0] not in verbs and (message := unknown_verb_message(argv[0], verbs)):
                raise CliExit(EXIT_USAGE, message)
        args = parser.parse_args(argv)
        if not getattr(args, "run", None):
            parser.print_help()
            return EXIT_USAGE
        setup_logging()
        log.info("renpam %s", printable_name(" ".join(argv)))  # one line: names may hold newlines
        code = int(args.run(args))
        sys.stdout.flush()  # a closed pipe is noticed here, not at exit with a traceback
        return code
    except CliExit as exc:
        if exc.message:  # one line, whatever file names or codes it quotes
            print(printable_name(exc.message), file=sys.stderr)
        return exc.exit_code
    except ResourceMissing as exc:  # a broken installation: one sentence, nothing changed
        print(str(exc), file=sys.stderr)
        return EXIT_CANNOT_OPEN
    except RenpamError as exc:  # an expected failure no verb turned into its own sentence
        log.warning("%s", exc)
        print(printable_name(str(exc)), file=sys.stderr)
        return EXIT_CANNOT_OPEN
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _pipe_closed()
    except Exception as exc:  # a bug: the traceback goes to the log, one line to the planner
        where = log_unexpected(type(exc), exc, exc.__traceback__)
        detail = f"; the details are in {where}" if where else ""
        print(f"Renpam stopped on an unexpected error ({type(exc).__name__}){detail}.", file=sys.stderr)
        return EXIT_CANNOT_OPEN


EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE: what a Unix tool reports when its reader went away


def _pipe_closed() -> int:
    """The reader of our output went away (`renpam info x | head -1`): stop quietly, as Unix tools do.

    Standard output is pointed at the null device, so that flushing what is left at exit does
    not raise again.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return EXIT_PIPE_CLOSED


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
