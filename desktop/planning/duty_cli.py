"""`renpam duty FILE`: show or set how duty hours are judged (the duty model, the hours limits,
the polling-station duty limit) and the reserve share of a vote.

Exit codes: 0 shown (or set); 2 usage (a value out of its bound, an unknown model); 3 the
operation file cannot be opened or saved. The file is saved only when a value is given.
"""

from __future__ import annotations

import argparse

from desktop import limits
from desktop.cli import EXIT_OK, EXIT_USAGE, CliExit, load_plan, open_for_edit, print_json, save_document
from desktop.planning import duty


def cmd_duty(args: argparse.Namespace) -> int:
    values = {
        "duty_model": args.model,
        "max_hours": args.max_hours,
        "min_rest_hours": args.min_rest,
        "tps_duty_hours": args.tps_duty_hours,
        "reserve_share": args.reserve_share,
    }
    try:
        wanted = duty.changes(values)
    except limits.LimitError as exc:
        raise CliExit(EXIT_USAGE, f"renpam duty: {exc.message(args.lang)}") from None
    except ValueError as exc:
        raise CliExit(EXIT_USAGE, f"renpam duty: {exc}.") from None
    if wanted:
        doc = open_for_edit(args.file)
        try:
            for key, value in wanted.items():
                doc.plan.set_setting(key, value)
            save_document(doc)
            info = duty.summary(doc.plan)
        finally:
            doc.close()
    else:
        info = duty.summary(load_plan(args.file))
    if args.json:
        print_json(info)
        return EXIT_OK
    en = args.lang == "en"
    model = str(info["duty_model_in_force"])
    how = (
        ("set" if en else "ditetapkan")
        if info["duty_model"]
        else ("by the kind of operation" if en else "menurut jenis operasi")
    )
    phases = ", ".join(info["vote_phases"]) or "-"  # type: ignore[arg-type]
    if en:
        print(f"Duty model:        {model} ({how})")
        print(f"Hours in 24 h:     {info['max_hours']:g} (0 = no limit)")
        print(f"Rest between:      {info['min_rest_hours']:g} h (0 = no minimum)")
        print(f"TPS duty at most:  {info['tps_duty_hours']:g} h in one duty; vote phases: {phases}")
        print(f"Reserve share:     {info['reserve_share']:g} % of the police the pattern asks")
    else:
        print(f"Model jam tugas:   {model} ({how})")
        print(f"Jam dalam 24 jam:  {info['max_hours']:g} (0 = tanpa batas)")
        print(f"Istirahat antara:  {info['min_rest_hours']:g} jam (0 = tanpa minimum)")
        print(f"Tugas TPS paling lama: {info['tps_duty_hours']:g} jam satu kali tugas; tahap pemungutan: {phases}")
        print(f"Cadangan:          {info['reserve_share']:g} % dari polisi yang diminta pola")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "duty",
        help="show or set the duty model (shifts / vote), hours and rest limits, the TPS duty limit and the reserve share",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--model",
        choices=("auto", "shifts", "vote"),
        help="what one duty is: auto (vote for an election, else shifts), shifts (hours in any 24 h), "
        "vote (a TPS or escort phase is one duty)",
    )
    p.add_argument("--max-hours", type=float, metavar="H", help="hours of work in any 24 hours (0 = no limit)")
    p.add_argument("--min-rest", type=float, metavar="H", help="rest between separate duties (0 = no minimum)")
    p.add_argument(
        "--tps-duty-hours", type=float, metavar="H", help="longest duty holding a TPS or escort phase (vote model)"
    )
    p.add_argument(
        "--reserve-share", type=float, metavar="PERCENT", help="reserve per Polsek, %% of the pattern's police"
    )
    p.add_argument("--json", action="store_true", help="print the settings as JSON")
    p.add_argument("--lang", choices=("id", "en"), default="id")
    p.set_defaults(run=cmd_duty)
