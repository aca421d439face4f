"""Renpam's log: a rotating file in the per-user data folder that a planner can send when
something goes wrong.

It records what was opened, saved, imported, exported and printed, each refused write with its
reason, and every unexpected exception with its traceback (the command line's top level and the
window's `sys.excepthook` call `log_unexpected`). Core modules only log to `logging.getLogger
("renpam.<module>")`; `setup_logging()`, called once by each entry point, decides where that
goes. The log holds file names, never plan contents; the folder and file are the user's alone.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path
from types import TracebackType

LOG_NAME = "renpam.log"
MAX_BYTES = 1024 * 1024  # per file; with the backups at most about 4 MB on disk
BACKUP_COUNT = 3  # renpam.log.1 .. renpam.log.3

log = logging.getLogger("renpam")
_handler: logging.Handler | None = None


def log_dir() -> Path:
    from desktop.storage.recovery import data_dir

    return data_dir() / "logs"


def log_path() -> Path:
    """Where the log is written (README: "Where Renpam writes its log")."""
    return log_dir() / LOG_NAME


def setup_logging() -> Path | None:
    """Send Renpam's log records to the rotating log file; returns its path, None if it cannot
    be written (logging never stops the program). Calling it again changes nothing."""
    global _handler
    path = log_path()
    if _handler is not None and getattr(_handler, "baseFilename", None) == os.path.abspath(path):
        return path
    try:
        from desktop.storage.recovery import private_folder

        private_folder(path.parent)
        if not path.exists():  # created private: the log names the user's files
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600))
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
    _handler = handler
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def log_unexpected(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path | None:
    """Write an unexpected exception with its traceback to the log; returns the log's path."""
    path = setup_logging()
    log.error(
        "unexpected error (Renpam %s, Python %s)", _version(), sys.version.split()[0], exc_info=(exc_type, exc, tb)
    )
    return path


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("renpam")
    except Exception:  # not installed as a distribution (running from the source tree)
        return "source"


__all__ = ["log_path", "log_unexpected", "setup_logging"]
