"""The site plan's caption and scale from the command line.

    renpam siteplan FILE [--title TEXT] [--scale-note TEXT] [--width-m METRES] [--json]

`--width-m` is the ground the picture spans from its left to its right edge (0 clears it); with
it, the printed site plan carries a true scale bar and its own scale (`desktop.siteplan`), and a
ratio written in the scale note is printed as that one. Without options, shows what is set.
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from desktop import limits, siteplan
from desktop.cli import EXIT_OK, EXIT_USAGE, CliExit, load_plan, open_for_edit, print_json, save_document
from desktop.model import Plan, PlanError, SitePlan


def _width(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of metres") from None
    if not 0 <= value <= limits.MAX_SITEPLAN_WIDTH_M:  # also refuses nan
        raise argparse.ArgumentTypeError(f"{text} is not from 0 to {limits.MAX_SITEPLAN_WIDTH_M:g} metres")
    return value


def summary(plan: Plan) -> dict[str, object]:
    sp = plan.site_plan or SitePlan()
    written = siteplan.written_ratio(sp.scale_note)
    return {
        "title": sp.title,
        "scale_note": sp.scale_note,
        "image": bool(sp.image_png),
        "width_m": siteplan.ground_width(plan),
        "written_ratio": written,
        "bar_m": siteplan.bar_metres(siteplan.ground_width(plan) or 0) if siteplan.ground_width(plan) else None,
    }


def cmd_siteplan(args: argparse.Namespace) -> int:
    for what in ("title", "scale_note"):
        value = getattr(args, what)
        bound = limits.SITE_PLAN_FIELDS[what]
        if value is not None and len(value) > bound:
            raise CliExit(EXIT_USAGE, f"renpam siteplan: --{what.replace('_', '-')} is longer than {bound} characters")
    if args.title is None and args.scale_note is None and args.width_m is None:
        plan = load_plan(args.file)
    else:
        doc = open_for_edit(args.file)
        try:
            plan = doc.plan
            current = plan.site_plan or SitePlan()
            changed = replace(
                current,
                title=" ".join(args.title.split()) if args.title is not None else current.title,
                scale_note=" ".join(args.scale_note.split()) if args.scale_note is not None else current.scale_note,
            )
            try:
                if changed != current:
                    plan.set_site_plan(changed)
                if args.width_m is not None:
                    plan.set_setting(siteplan.WIDTH_SETTING, args.width_m)
            except PlanError as exc:
                raise CliExit(EXIT_USAGE, f"renpam siteplan: {exc}.") from None
            save_document(doc)
        finally:
            doc.close()
    info = summary(plan)
    if args.json:
        print_json(info)
        return EXIT_OK
    print(f"Title:      {info['title'] or '-'}")
    print(f"Scale note: {info['scale_note'] or '-'}")
    width = info["width_m"]
    print(f"Width:      {f'{width:g} m (printed with a {info["bar_m"]:g} m scale bar)' if width else '-'}")
    if info["written_ratio"] and not width:
        print(
            f"Warning: the note writes 1:{info['written_ratio']}, which cannot be checked without the width "
            "(renpam validate: siteplan_scale)."
        )
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("siteplan", help="show or set the site plan's title, scale note and the width it spans")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--title", help="the site plan's title")
    p.add_argument("--scale-note", help="the note printed under it (e.g. '1 kotak grid = 10 m')")
    p.add_argument(
        "--width-m",
        type=_width,
        metavar="METRES",
        help="metres of ground the picture spans left to right (0 clears); the print derives its scale from it",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_siteplan)
