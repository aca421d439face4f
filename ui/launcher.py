"""The `renpam` entry point: everything is decided before Qt is imported.

Verbs, `--help` and `--version` go to the headless command line; no argument or an existing
file opens the planning window, once a display is known to be there. Anything else is a usage
error (exit 2) in one line, with the nearest verb when there is one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

EXIT_USAGE = 2
EXIT_CANNOT_OPEN = 3
CLI_OPTIONS = ("-h", "--help", "--version")

NO_DISPLAY = (
    "renpam: the planning window needs a display ({reason}); the headless verbs "
    "(renpam demo, info, validate, print, ...) work without one, see renpam --help."
)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from desktop.cli import main as cli_main
    from desktop.cli import verb_names

    verbs = verb_names()
    if args and (args[0] in verbs or args[0] in CLI_OPTIONS):
        return cli_main(args)
    problem = window_usage_problem(args, verbs)
    if problem:
        code, message = problem
        print(message, file=sys.stderr)
        return code
    reason = missing_display()
    if reason:
        print(NO_DISPLAY.format(reason=reason), file=sys.stderr)
        return EXIT_USAGE
    from ui.app import run  # Qt is imported only here

    return run(args)


def window_usage_problem(args: list[str], verbs: set[str]) -> tuple[int, str] | None:
    """(exit code, one line) when `args` is not `renpam [FILE]`; None when the window may open."""
    if not args:
        return None
    first = args[0]
    if first.startswith("-"):
        return EXIT_USAGE, f"renpam: unknown option {first}; see renpam --help."
    if not Path(first).exists():
        from desktop.cli import unknown_verb_message

        if message := unknown_verb_message(first, verbs):
            return EXIT_USAGE, message
        if Path(first).suffix or os.sep in first or "/" in first:  # meant as a file: the open-file code
            return EXIT_CANNOT_OPEN, f"renpam: file not found: {first}"
        return EXIT_USAGE, f"renpam: unknown command {first!r} (neither a verb nor a file); see renpam --help."
    if len(args) > 1:
        return EXIT_USAGE, f"renpam: {args[1]!r} is not expected after the file name; usage: renpam [FILE]."
    return None


def missing_display() -> str | None:
    """Why the window cannot be shown here, or None when it can (or when it cannot be told).

    Only Linux and the other X11/Wayland systems are checked, and only when no Qt platform is
    forced: without this, Qt aborts the process (SIGABRT) with a misleading message about xcb.
    """
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    display = os.environ.get("DISPLAY")
    if not display:
        return "neither DISPLAY nor WAYLAND_DISPLAY is set"
    if not _x_display_answers():
        return f"the X display {display} does not answer"
    return None


def _x_display_answers() -> bool:
    """True when libX11 can open $DISPLAY (or when libX11 is not there to ask: let Qt decide)."""
    import ctypes

    try:
        xlib = ctypes.CDLL("libX11.so.6")
    except OSError:
        return True
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    handle = xlib.XOpenDisplay(None)
    if not handle:
        return False
    xlib.XCloseDisplay(handle)
    return True


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the frozen renpam started as a print worker runs the worker, not the window
    sys.exit(main())
