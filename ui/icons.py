"""Icons from resources/icons (SVG, so they stay sharp on high-DPI screens)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desktop.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    """The icon `name`; raises `desktop.resources.ResourceMissing` when its file is not installed."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))
