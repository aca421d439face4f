"""Every question the window asks the planner (message boxes, file dialogs) goes through here.

Tests replace `MainWindow.prompts` with an object answering the same methods; nothing else in
the window opens a QMessageBox or QFileDialog directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ui.file_dialogs import open_file_name, save_file_name

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
EXTERNAL_OVERWRITE, EXTERNAL_SAVE_AS, EXTERNAL_RELOAD = "overwrite", "save_as", "reload"


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
        path = open_file_name(self.parent_widget, title, "", filters)
        return Path(path) if path else None

    def save_path(self, title: str, filters: str, suggested: str = "") -> Path | None:
        path = save_file_name(self.parent_widget, title, suggested, filters)
        return Path(path) if path else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self.parent_widget,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def error(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, self.parent_widget)
        if details:
            box.setDetailedText(details)
        box.exec()

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent_widget, title, text)

    def warning(self, title: str, text: str, details: str = "") -> None:
        """A warning that does not block: the planner reads it while working and closes it."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setObjectName("openWarning")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        if details:
            box.setDetailedText(details)
        self.last_warning = box
        box.show()

    def offer_take_over(self, name: str, holder: str) -> bool:
        """True when the planner opens anyway a file that a lock from another computer holds."""
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("File in use on another computer"))
        box.setText(self.tr("%1 is marked as open by %2.").replace("%1", name).replace("%2", holder))
        box.setInformativeText(
            self.tr(
                "If that person is still working on it, opening it anyway lets you both save over each "
                "other and they may lose their changes. Open anyway only if you are sure the file is no "
                "longer open there (for example, that computer crashed or was switched off)."
            )
        )
        anyway = box.addButton(self.tr("Open anyway"), QMessageBox.ButtonRole.DestructiveRole)
        read_only = box.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(read_only)
        box.setEscapeButton(read_only)
        box.exec()
        return box.clickedButton() is anyway

    def ask_external_change(self, name: str) -> str:
        """EXTERNAL_OVERWRITE, EXTERNAL_SAVE_AS, EXTERNAL_RELOAD or CANCEL: the file changed on disk."""
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("File changed on disk"))
        box.setText(self.tr("%1 was changed by another program since you opened it.").replace("%1", name))
        box.setInformativeText(
            self.tr(
                "Overwrite replaces those changes with yours. Save As keeps both files. Reload drops your "
                "unsaved changes and shows the file as it is now."
            )
        )
        overwrite = box.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        save_as = box.addButton(self.tr("Save As..."), QMessageBox.ButtonRole.AcceptRole)
        reload = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.ResetRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save_as)
        box.setEscapeButton(cancel)
        box.exec()
        answers = {overwrite: EXTERNAL_OVERWRITE, save_as: EXTERNAL_SAVE_AS, reload: EXTERNAL_RELOAD}
        return answers.get(box.clickedButton(), CANCEL)

    def choose(self, title: str, label: str, items: list[str]) -> int | None:
        """Index of the chosen item, or None."""
        if not items:
            return None
        item, ok = QInputDialog.getItem(self.parent_widget, title, label, items, 0, False)
        return items.index(item) if ok else None
