"""What the window tells the planner about a file it opens: warnings and foreign locks.

The core (desktop/storage) speaks English in `OperationDocument.open_warnings`; the known
sentences are put into the interface language here, unknown ones are shown as written.
"""

from __future__ import annotations

import re
import socket
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.storage.document import OperationDocument
from desktop.storage.lock import LockOwner

_IMAGE_LEFT_OUT = re.compile(r"The site-plan image was left out because (.*); the plan shows a blank grid\.", re.DOTALL)


def image_problem_text(problem: str) -> str:
    """One reason from desktop.siteplan.image_problem() in the interface language."""
    if m := re.fullmatch(r"the image is larger than (\d+) MB", problem):
        return QCoreApplication.translate("FileTrust", "the image is larger than %1 MB").replace("%1", m.group(1))
    if problem == "the image is not a PNG or JPEG":
        return QCoreApplication.translate("FileTrust", "the image is not a PNG or JPEG")
    if problem == "the image has no pixels":
        return QCoreApplication.translate("FileTrust", "the image has no pixels")
    if problem == "the image is too large (a decompression bomb)":
        return QCoreApplication.translate("FileTrust", "the image is too large (a decompression bomb)")
    if m := re.fullmatch(r"the image is too large \((\d+) x (\d+) pixels\)", problem):
        text = QCoreApplication.translate("FileTrust", "the image is too large (%1 x %2 pixels)")
        return text.replace("%1", m.group(1)).replace("%2", m.group(2))
    if m := re.fullmatch(r"the image is damaged \((.*)\)", problem, flags=re.DOTALL):
        return QCoreApplication.translate("FileTrust", "the image is damaged (%1)").replace("%1", m.group(1))
    return problem


def open_warning_text(warning: str) -> str:
    """One of `OperationDocument.open_warnings` in the interface language (unknown: as written)."""
    if m := _IMAGE_LEFT_OUT.fullmatch(warning):
        text = QCoreApplication.translate(
            "FileTrust", "The site-plan image was left out because %1; the plan shows a blank grid.")
        return text.replace("%1", image_problem_text(m.group(1)))
    return warning


def holder_text(holder: LockOwner) -> str:
    """Who holds a file, in the interface language: user, computer, since when."""
    when = holder.since
    try:
        when = datetime.fromisoformat(holder.since).strftime("%d-%m-%Y %H:%M")
    except ValueError:
        pass
    return (QCoreApplication.translate("FileTrust", "%1 on computer %2 since %3")
            .replace("%1", holder.user).replace("%2", holder.host).replace("%3", when))


def held_on_another_machine(document: OperationDocument) -> bool:
    """Read-only because a lock written on another computer holds the file (it may be stale)."""
    holder = document.locked_by
    return bool(document.read_only and holder is not None and holder.host not in ("", "unknown")
                and holder.host != socket.gethostname())


__all__ = ["held_on_another_machine", "holder_text", "image_problem_text", "open_warning_text"]
