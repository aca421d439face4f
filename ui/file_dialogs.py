"""Open and save file dialogs that speak the interface language.

The dialogs are Qt's own (non-native): a native dialog (Windows, GTK portal) shows the operating
system's language, which on a police laptop is usually English, and ignores our Indonesian
translations of Qt's texts ("Look in", "File name", "Save"), shipped in resources/translations/qt_id.ts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

OPTIONS = QFileDialog.Option.DontUseNativeDialog


def open_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """The chosen existing file, or "" when the planner cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters, options=OPTIONS)
    return path


def save_file_name(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """The chosen file name to write (Qt asks before replacing one), or "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters, options=OPTIONS)
    return path
