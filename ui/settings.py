"""Every QSettings key of the window, declared once; preferences apart from window state.

Settings live in an INI file in the per-user data folder (RENPAM_DATA_DIR in tests), so tests
never touch the real user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.storage.document import KEEP_BACKUP_DEFAULT
from desktop.storage.recovery import data_dir

# preferences
LANGUAGE = "preferences/language"  # "id" (default) or "en"
RECOVERY_SECONDS = "preferences/recovery_seconds"  # how often the recovery timer looks
PRINT_PAPER = "print/paper"  # paper size of the print dialog: "A4" (default), "F4" or "Letter"
KEEP_BACKUP = "preferences/keep_backup"  # each save keeps the previous file as NAME.renpam.bak
# window state
GEOMETRY = "window/geometry"
STATE = "window/state"  # dock layout and toolbars
RECENT = "files/recent"
MAX_RECENT = 8
DEFAULT_LANGUAGE = "id"


def settings() -> QSettings:
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "renpam.ini"), QSettings.Format.IniFormat)


def language() -> str:
    value = settings().value(LANGUAGE, DEFAULT_LANGUAGE)
    return value if value in ("id", "en") else DEFAULT_LANGUAGE


def set_language(code: str) -> None:
    settings().setValue(LANGUAGE, code)


def keep_backup() -> bool:
    """The "keep the previous version as NAME.renpam.bak" preference (on unless turned off)."""
    value = settings().value(KEEP_BACKUP, KEEP_BACKUP_DEFAULT)
    if isinstance(value, str):  # the INI file stores booleans as text
        return value.strip().lower() not in ("false", "0", "no", "off")
    return bool(value)


def set_keep_backup(on: bool) -> None:
    settings().setValue(KEEP_BACKUP, bool(on))


def recent_files() -> list[str]:
    value = settings().value(RECENT, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or []) if v]


def add_recent(path: Path) -> list[str]:
    text = str(Path(path).resolve())
    items = [text] + [p for p in recent_files() if p != text]
    items = items[:MAX_RECENT]
    settings().setValue(RECENT, items)
    return items


def clear_recent() -> None:
    settings().setValue(RECENT, [])
