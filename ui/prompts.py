"""Every question the window asks the planner (message boxes, file dialogs) goes through here.

Tests replace `MainWindow.prompts` with an object answering the same methods; nothing else in
the window opens a QMessageBox or QFileDialog directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class Prompts(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent

    def ask_save_changes(self, name: str) -> str:
        """SAVE, DISCARD or CANCEL for a document with unsaved work."""
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save the changes to %1 before closing?").replace("%1", name))
        box.setInformativeText(self.tr("Your changes are lost if you don't save them."))
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL

    def open_path(self, title: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, title, "", filters)
        return Path(path) if path else None

    def save_path(self, title: str, filters: str, suggested: str = "") -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, title, suggested, filters)
        return Path(path) if path else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent_widget, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def error(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self.parent_widget)
        if details:
            box.setDetailedText(details)
        box.exec()

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent_widget, title, text)

    def choose(self, title: str, label: str, items: list[str]) -> int | None:
        """Index of the chosen item, or None."""
        if not items:
            return None
        item, ok = QInputDialog.getItem(self.parent_widget, title, label, items, 0, False)
        return items.index(item) if ok else None
