"""`renpam posts`: the posts of an operation, filtered by Polsek, kecamatan, village or cluster and
listed in sector order (Polsek, kecamatan, cluster, TPS number): the window's posts filter,
headless."""

from __future__ import annotations

import argparse

from desktop.cli import EXIT_OK, EXIT_PROBLEMS, CliExit, load_plan, print_json
from desktop.limits import NAME_CHARS
from desktop.planning import post_groups

_HEADINGS = {
    "id": ("KODE", "POS", "POLSEK", "KECAMATAN", "DESA", "KLASTER", "TPS"),
    "en": ("CODE", "POST", "POLSEK", "KECAMATAN", "VILLAGE", "CLUSTER", "TPS"),
}


def _bounded(text: str) -> str:
    if len(text) > NAME_CHARS:
        raise argparse.ArgumentTypeError(f"at most {NAME_CHARS} characters")
    return text


def cmd_posts(args: argparse.Namespace) -> int:
    plan = load_plan(args.file)
    found = post_groups.places(plan)
    codes = list(plan.posts)
    for level in post_groups.LEVELS:
        wanted = getattr(args, level)
        if wanted is not None:
            keep = set(post_groups.matching(plan, level, wanted, found))
            codes = [c for c in codes if c in keep]
    if args.order == "sector":
        codes.sort(key=post_groups.sector_key(plan))
    if args.json:
        print_json(
            {
                "file": str(args.file),
                "posts": [
                    {
                        "code": code,
                        "name": plan.posts[code].name,
                        "polsek": found[code].polsek,
                        "district": found[code].district,
                        "village": found[code].village,
                        "cluster": found[code].cluster,
                        "tps": found[code].tps,
                    }
                    for code in codes
                ],
            }
        )
        return EXIT_OK if codes else EXIT_PROBLEMS
    if not codes:
        raise CliExit(EXIT_PROBLEMS, "Tidak ada pos yang cocok." if args.lang == "id" else "No post matches.")
    print("\t".join(_HEADINGS[args.lang]))
    for code in codes:
        place = found[code]
        row = (code, plan.posts[code].name, place.polsek, place.district, place.village, place.cluster)
        print("\t".join((*row, "" if place.tps is None else str(place.tps))))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("posts", help="list posts by Polsek, kecamatan, village or cluster, in sector order")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--polsek", type=_bounded, metavar="UNIT", help="only posts of this Polsek (unit code)")
    p.add_argument("--district", type=_bounded, metavar="NAME", help="only this kecamatan")
    p.add_argument("--village", type=_bounded, metavar="NAME", help="only this village (desa/kelurahan)")
    p.add_argument("--cluster", type=_bounded, metavar="NAME", help="only this TPS cluster")
    p.add_argument(
        "--order",
        choices=("sector", "plan"),
        default="sector",
        help="sector: Polsek, kecamatan, cluster, TPS number (default); plan: the plan's order",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--lang", choices=("id", "en"), default="id")
    p.set_defaults(run=cmd_posts)
