"""Command groups and BKO origins from the command line.

    renpam groups FILE [--json]
    renpam group FILE CODE [--name N] [--role ROLE] [--commander PERSON] [--post CODE]...
                 [--member PERSON]... [--reserve | --no-reserve] [--held-at TEXT] [--trigger TEXT] [--remove]
    renpam bko FILE PERSON... --origin TEXT      (--origin "" clears it)

Persons are given by id or NRP. A group given with --post or --member gets exactly those
(replacing the lists); options left out keep the group's values.
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from desktop.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CliExit, editing, load_plan, print_json
from desktop.model import GROUP_ROLES, Group, Plan

MAX_TEXT = 2000


def _person(plan: Plan, ref: str) -> str:
    if ref in plan.personnel:
        return ref
    matches = [p.id for p in plan.personnel.values() if p.nrp and p.nrp == ref]
    if len(matches) == 1:
        return matches[0]
    raise CliExit(EXIT_PROBLEMS, f"No person has the id or NRP {ref!r}.")


def group_json(plan: Plan, group: Group) -> dict:
    return {
        "code": group.code,
        "name": group.name,
        "role": group.role,
        "commander": group.commander,
        "posts": list(group.posts),
        "members": list(group.members),
        "reserve": group.reserve,
        "held_at": group.held_at,
        "trigger": group.trigger,
    }


def cmd_groups(args: argparse.Namespace) -> int:
    plan = load_plan(args.file)
    if args.json:
        print_json({"file": args.file, "groups": [group_json(plan, g) for g in plan.groups.values()]})
        return EXIT_OK
    for g in plan.groups.values():
        cmd = plan.personnel.get(g.commander or "")
        who = f"{cmd.rank} {cmd.name}".strip() if cmd else "-"
        kind = " [cadangan]" if g.reserve else ""
        print(
            f"{g.code:10} {g.name}{kind} ({g.role}); {who}; posts: {', '.join(g.posts) or '-'}; "
            f"members: {len(g.members)}"
        )
    if not plan.groups:
        print("No groups.")
    return EXIT_OK


def cmd_group(args: argparse.Namespace) -> int:
    for what in ("name", "held_at", "trigger"):
        value = getattr(args, what)
        if value is not None and len(value) > MAX_TEXT:
            raise CliExit(EXIT_USAGE, f"renpam group: --{what.replace('_', '-')} is longer than {MAX_TEXT} characters")
    if args.remove:
        with editing(args.file) as doc:
            doc.plan.remove_group(args.code)
        print(f"Group {args.code} removed.")
        return EXIT_OK
    with editing(args.file) as doc:
        plan = doc.plan
        old = plan.groups.get(args.code) or Group(args.code, args.name or args.code)
        values: dict[str, object] = {}
        for what in ("name", "role", "held_at", "trigger", "reserve"):
            if getattr(args, what) is not None:
                values[what] = getattr(args, what)
        if args.commander is not None:
            values["commander"] = _person(plan, args.commander) if args.commander else None
        if args.post is not None:
            values["posts"] = [p for p in args.post if p]
        if args.member is not None:
            values["members"] = [_person(plan, m) for m in args.member if m]
        group = replace(old, **values)  # type: ignore[arg-type]
        plan.put_group(group)
    print(f"Group {group.code} {group.name}: {len(group.posts)} posts, {len(group.members)} members.")
    return EXIT_OK


def cmd_bko(args: argparse.Namespace) -> int:
    if len(args.origin) > 200:
        raise CliExit(EXIT_USAGE, "renpam bko: --origin is longer than 200 characters")
    with editing(args.file) as doc:
        plan = doc.plan
        ids = [_person(plan, ref) for ref in args.person]
        for pid in ids:
            plan.put_person(replace(plan.personnel[pid], origin=args.origin.strip()))
    print(f"{len(ids)} people: origin {args.origin.strip() or '(own unit)'}.")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("groups", help="list the command groups (commander, posts, members, reserves)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_groups)

    p = sub.add_parser("group", help="add, change or remove a command group or reserve")
    p.add_argument("file", metavar="FILE")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--name")
    p.add_argument("--role", choices=GROUP_ROLES)
    p.add_argument("--commander", metavar="PERSON", help="id or NRP ('' clears)")
    p.add_argument(
        "--post", action="append", metavar="CODE", help="a post under this group (repeat; replaces the list)"
    )
    p.add_argument(
        "--member", action="append", metavar="PERSON", help="a member not at a post (repeat; replaces the list)"
    )
    p.add_argument("--reserve", action=argparse.BooleanOptionalAction, default=None, help="a reserve (cadangan)")
    p.add_argument("--held-at", metavar="TEXT", help="where a reserve is held")
    p.add_argument("--trigger", metavar="TEXT", help="what commits a reserve")
    p.add_argument("--remove", action="store_true", help="remove the group")
    p.set_defaults(run=cmd_group)

    p = sub.add_parser("bko", help="set the home unit of personnel lent to this operation (BKO)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("person", nargs="+", metavar="PERSON", help="id or NRP")
    p.add_argument("--origin", required=True, help="e.g. 'Sat Brimob Polda Jabar' ('' clears)")
    p.set_defaults(run=cmd_bko)
