"""What the window tells the planner about a file it opens: who holds it, and foreign locks.

Opening errors and warnings are messages with a code (`desktop.messages`), rendered in the
interface language by the core's catalogue; nothing here reads English sentences.
"""

from __future__ import annotations

import socket
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from desktop.messages import Message
from desktop.storage.document import OperationDocument
from desktop.storage.lock import LockOwner
from ui import i18n


def open_warning_text(warning: Message) -> str:
    """One of `OperationDocument.open_warnings` in the interface language, from its code and values."""
    return warning.render(i18n.language())


def holder_text(holder: LockOwner) -> str:
    """Who holds a file, in the interface language: user, computer, since when."""
    when = holder.since
    try:
        when = datetime.fromisoformat(holder.since).strftime("%d-%m-%Y %H:%M")
    except ValueError:
        pass
    return (
        QCoreApplication.translate("FileTrust", "%1 on computer %2 since %3")
        .replace("%1", holder.user)
        .replace("%2", holder.host)
        .replace("%3", when)
    )


def held_on_another_machine(document: OperationDocument) -> bool:
    """Read-only because a lock written on another computer holds the file (it may be stale)."""
    holder = document.locked_by
    return bool(
        document.read_only
        and holder is not None
        and holder.host not in ("", "unknown")
        and holder.host != socket.gethostname()
    )


__all__ = ["held_on_another_machine", "holder_text", "open_warning_text"]
