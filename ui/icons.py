"""Icons from resources/icons (SVG, so they stay sharp on high-DPI screens)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from desktop.resources import resource_path


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
