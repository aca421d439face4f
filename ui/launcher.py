"""The `renpam` entry point: verbs go to the headless command line before Qt is imported;
anything else (no argument, or a file name) opens the planning window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from desktop.cli import main as cli_main, verb_names

    if args and (args[0] in verb_names() or args[0] in ("-h", "--help")):
        return cli_main(args)
    from ui.app import run  # Qt is imported only here

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
