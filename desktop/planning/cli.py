"""Command-line verbs of planning: auto-assign, candidates, accept, lock, placeholders.

```
renpam auto-assign FILE [--shift CODE]... [--fill-to-max] [--dry-run] [--json] [--lang id|en]
renpam candidates FILE POST SHIFT [--danpos] [--limit N] [--json] [--lang id|en]
renpam accept FILE KEY --note TEXT        accept a warning (KEY from `validate --json`)
renpam accept FILE KEY --remove           withdraw the acceptance
renpam lock FILE PERSON POST SHIFT [--unlock]
renpam placeholders FILE POST SHIFT UNIT COUNT   hold COUNT places for UNIT (nama menyusul)
renpam delete-unit FILE CODE [--json]     delete a unit as the window does (`Plan.delete_unit`)
```
Exit codes as everywhere: 0 done; 1 problems (unfilled places, an error that cannot be accepted,
an unknown post/person/key); 2 usage; 3 the file cannot be opened.
"""

from __future__ import annotations

import argparse
import sys

from desktop.cli import EXIT_OK, EXIT_PROBLEMS, CliExit, editing, load_plan, open_for_edit, print_json, save_document
from desktop.limits import LimitError
from desktop.messages import counted
from desktop.model import FindingNotAcceptable, PlanError


def cmd_auto_assign(args: argparse.Namespace) -> int:
    from desktop.planning.autoassign import auto_assign
    from desktop.planning.rules import ERROR, validate

    doc = None
    if args.dry_run:
        plan = load_plan(args.file)
    else:
        doc = open_for_edit(args.file)
        plan = doc.plan
    try:
        unknown = [c for c in args.shift or [] if c not in plan.shifts]
        if unknown:
            raise CliExit(
                EXIT_PROBLEMS, f"No shift {', '.join(unknown)} in {args.file}; shifts: {', '.join(plan.shifts)}."
            )
        try:
            result = auto_assign(plan, args.shift or None, fill_to_max=args.fill_to_max)
        except LimitError as exc:  # a post of an older file asks for 10^12 people
            raise CliExit(EXIT_PROBLEMS, f"Cannot auto-assign: {exc.message(args.lang)}.") from None
        target = plan.clone() if args.dry_run else plan
        result.apply(target)
        if doc is not None and result.added:
            save_document(doc)
    finally:
        if doc is not None:
            doc.close()
    findings = validate(target)
    errors = sum(f.severity == ERROR for f in findings)
    unfilled = result.unfilled
    if args.json:
        data = {
            "file": str(args.file),
            "dry_run": bool(args.dry_run),
            **result.to_json(),
            "unfilled": unfilled,
            "errors_after": errors,
            "warnings_after": sum(f.severity != ERROR and not f.accepted for f in findings),
        }
        print_json(data)
    else:
        lang = args.lang
        verb = (
            ("Would fill" if args.dry_run else "Filled")
            if lang == "en"
            else ("Akan mengisi" if args.dry_run else "Mengisi")
        )
        if lang == "en":
            print(
                f"{verb} {result.filled - result.extra_filled} of {result.open_places} open places "
                f"(shifts {', '.join(result.shifts)}); {counted(len(result.promoted), 'member', 'members')} made danpos."
            )
        else:
            print(
                f"{verb} {result.filled - result.extra_filled} dari {result.open_places} tempat kosong "
                f"(sif {', '.join(result.shifts)}); {len(result.promoted)} anggota dijadikan danpos."
            )
        if result.fill_to_max:
            print(
                f"Up to maximum: {result.extra_filled} of "
                f"{counted(result.extra_places, 'further place', 'further places')} filled."
                if lang == "en"
                else f"Sampai maksimum: {result.extra_filled} dari {result.extra_places} tempat tambahan terisi."
            )
        for s in result.shortfalls:
            print(f"  - {s.message(lang)}")
        print(("Objective, in order: " if lang == "en" else "Sasaran, berurutan: ") + result.components.summary(lang))
        print(
            f"{counted(errors, 'error remains', 'errors remain')} in the plan"
            if lang == "en"
            else f"{errors} kesalahan tersisa dalam rencana"
        )
    return EXIT_PROBLEMS if unfilled else EXIT_OK


def cmd_candidates(args: argparse.Namespace) -> int:
    from desktop.planning.candidates import rank_candidates

    plan = load_plan(args.file)
    if args.post not in plan.posts:
        raise CliExit(EXIT_PROBLEMS, f"No post {args.post} in {args.file}.")
    if args.shift not in plan.shifts:
        raise CliExit(EXIT_PROBLEMS, f"No shift {args.shift} in {args.file}.")
    found = rank_candidates(plan, args.post, args.shift, role="danpos" if args.danpos else None, limit=args.limit)
    if args.json:
        print_json(
            {"file": str(args.file), "post": args.post, "shift": args.shift, "candidates": [c.to_json() for c in found]}
        )
        return EXIT_OK
    for i, c in enumerate(found, start=1):
        print(f"{i:3}. {c.name} ({c.unit}) - {'; '.join(c.reasons(args.lang))}")
    if not found:
        print(
            "No free person for this place." if args.lang == "en" else "Tidak ada personel yang bebas untuk tempat ini."
        )
    return EXIT_OK


def cmd_accept(args: argparse.Namespace) -> int:
    from desktop.planning.rules import validate

    doc = open_for_edit(args.file)
    try:
        plan = doc.plan
        if args.remove:
            try:
                plan.unaccept_finding(args.key)
            except PlanError as exc:
                raise CliExit(EXIT_PROBLEMS, str(exc)) from None
            save_document(doc)
            print(f"Acceptance of {args.key} withdrawn.")
            return EXIT_OK
        if not args.note or not args.note.strip():
            raise CliExit(EXIT_PROBLEMS, "Accepting a warning needs --note saying why.")
        finding = next((f for f in validate(plan) if f.key == args.key), None)
        if finding is None:
            raise CliExit(EXIT_PROBLEMS, f"No current finding has the key {args.key!r} (see `renpam validate --json`).")
        try:
            plan.accept_finding(args.key, args.note)
        except FindingNotAcceptable as exc:  # errors cannot be accepted, only fixed
            raise CliExit(EXIT_PROBLEMS, str(exc)) from None
        except PlanError as exc:  # a note beyond the bounds (desktop.limits)
            raise CliExit(EXIT_PROBLEMS, f"Cannot accept {args.key}: {exc}.") from None
        save_document(doc)
    finally:
        doc.close()
    print(f"Accepted: {finding.message_en}  Note: {args.note.strip()}")
    return EXIT_OK


def cmd_lock(args: argparse.Namespace) -> int:
    with editing(args.file) as doc:
        doc.plan.set_locked(args.person, args.post, args.shift, not args.unlock)
    print(("Unlocked" if args.unlock else "Locked") + f" {args.person} at {args.post} in {args.shift}.")
    return EXIT_OK


def cmd_placeholders(args: argparse.Namespace) -> int:
    from desktop.planning.autoassign import placeholder_label

    doc = open_for_edit(args.file)
    try:
        try:
            added = doc.plan.add_placeholders(args.post, args.shift, args.unit, args.count)
        except PlanError as exc:
            raise CliExit(EXIT_PROBLEMS, str(exc)) from None
        save_document(doc)
        labels = [placeholder_label(doc.plan, ph) for ph in added]
    finally:
        doc.close()
    print(f"Held {counted(len(added), 'place', 'places')} at {args.post} in {args.shift}: " + ", ".join(labels))
    return EXIT_OK


def cmd_delete_unit(args: argparse.Namespace) -> int:
    doc = open_for_edit(args.file)
    try:
        try:
            deleted = doc.plan.delete_unit(args.code)
        except PlanError:
            raise CliExit(
                EXIT_PROBLEMS, f"No unit {args.code} in {args.file}; units: {', '.join(doc.plan.units) or '(none)'}."
            ) from None
        save_document(doc)
    finally:
        doc.close()
    if args.json:
        print_json(
            {
                "file": str(args.file),
                "unit": args.code,
                "people": list(deleted.people),
                "placeholders": [
                    {"post": ph.post, "shift": ph.shift, "unit": ph.unit, "number": ph.number}
                    for _i, ph in deleted.placeholders
                ],
            }
        )
    else:
        print(
            f"Deleted unit {args.code}: {counted(len(deleted.people), 'person stays', 'people stay')} in the roster and at their posts "
            f"without a unit; {counted(len(deleted.placeholders), 'place', 'places')} waiting for names removed."
        )
    return EXIT_OK


def _bounded_limit(text: str) -> int:
    """--limit N: a whole number from 0 to the most personnel a plan holds (checked before any work)."""
    from desktop.limits import MAX_PERSONNEL

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= MAX_PERSONNEL:
        raise argparse.ArgumentTypeError(f"{value} is not from 0 to {MAX_PERSONNEL}")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("auto-assign", help="fill open places without breaking an error rule")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--shift", action="append", metavar="CODE", help="only this shift (repeatable)")
    p.add_argument(
        "--fill-to-max",
        action="store_true",
        help="after the required places, fill posts up to their maximum with the people left "
        "(posts without a maximum get only what they need)",
    )
    p.add_argument("--dry-run", action="store_true", help="show what would be done, change nothing")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("id", "en"), default="id")
    p.set_defaults(run=cmd_auto_assign)

    p = sub.add_parser("candidates", help="ranked free people for a post in a shift, with reasons")
    p.add_argument("file", metavar="FILE")
    p.add_argument("post", metavar="POST")
    p.add_argument("shift", metavar="SHIFT")
    p.add_argument("--danpos", action="store_true", help="rank for the post commander's place")
    p.add_argument("--limit", type=_bounded_limit, default=15, help="at most this many (0 to 50,000)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("id", "en"), default="id")
    p.set_defaults(run=cmd_candidates)

    p = sub.add_parser("accept", help="accept a warning with a note (errors cannot be accepted)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("key", metavar="KEY", help="the finding's key from `renpam validate --json`")
    p.add_argument("--note", help="why it is acceptable")
    p.add_argument("--remove", action="store_true", help="withdraw the acceptance")
    p.set_defaults(run=cmd_accept)

    p = sub.add_parser("lock", help="fix an assignment so auto-assignment leaves it alone")
    p.add_argument("file", metavar="FILE")
    p.add_argument("person", metavar="PERSON")
    p.add_argument("post", metavar="POST")
    p.add_argument("shift", metavar="SHIFT")
    p.add_argument("--unlock", action="store_true")
    p.set_defaults(run=cmd_lock)

    p = sub.add_parser("placeholders", help="hold numbered places for a unit whose names follow")
    p.add_argument("file", metavar="FILE")
    p.add_argument("post", metavar="POST")
    p.add_argument("shift", metavar="SHIFT")
    p.add_argument("unit", metavar="UNIT")
    p.add_argument("count", type=int, metavar="COUNT")
    p.set_defaults(run=cmd_placeholders)

    p = sub.add_parser("delete-unit", help="delete a unit; its people stay without a unit, its held places go")
    p.add_argument("file", metavar="FILE")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_delete_unit)


if __name__ == "__main__":  # pragma: no cover
    from desktop.cli import main

    sys.exit(main())
