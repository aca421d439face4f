"""Plan > Site Plan Title and Scale: the caption a printed site plan carries.

The title ("Denah Pengamanan Kantor KPU ...") and the scale note ("1 kotak grid = 10 m") are part
of `Plan.site_plan`; changing them is one undo step and they are saved with the operation. The
image (or the blank grid) is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.model import Plan, SitePlan
from ui.commands import SetSitePlanCommand


class SitePlanDetailsDialog(QDialog):
    """Edit the site plan's title and scale note."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Site plan title and scale"))
        current = plan.site_plan or SitePlan()
        self.title = QLineEdit(current.title)
        self.title.setPlaceholderText(self.tr("e.g. Security plan of the KPU office"))
        self.scale_note = QLineEdit(current.scale_note)
        self.scale_note.setPlaceholderText(self.tr("e.g. Approx. 1 : 1,000 (one grid square = 10 m)"))
        for edit in (self.title, self.scale_note):
            edit.setMinimumWidth(420)
        hint = QLabel(self.tr("Both are printed with the site plan in the briefing packet."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Scale note:"), self.scale_note)
        form.addRow(hint)
        form.addRow(buttons)

    def values(self) -> tuple[str, str]:
        return " ".join(self.title.text().split()), " ".join(self.scale_note.text().split())


def apply_site_plan_details(plan: Plan, stack: QUndoStack, title: str, scale_note: str) -> bool:
    """Push one undo step setting the title and scale note; False when nothing changes."""
    current = plan.site_plan or SitePlan()
    if (current.title, current.scale_note) == (title, scale_note):
        return False
    command = SetSitePlanCommand(plan, replace(current, title=title, scale_note=scale_note))
    command.setText(QCoreApplication.translate("SitePlanDetailsDialog", "Change site plan title and scale"))
    stack.push(command)
    return True
