"""Plan > Site Plan Title and Scale: the caption a printed site plan carries.

The title ("Denah Pengamanan Kantor KPU ...") and the scale note ("1 kotak grid = 10 m") are part
of `Plan.site_plan`; the ground the picture spans (metres, the setting `siteplan_width_m`) lets the
printout draw a true scale bar and state its own scale (`desktop.siteplan`). Changing them is one
undo step and they are saved with the operation. The image (or the blank grid) is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop import limits, siteplan
from desktop.model import Plan, SitePlan


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
        self.width_m = QDoubleSpinBox()
        self.width_m.setRange(0.0, limits.MAX_SITEPLAN_WIDTH_M)
        self.width_m.setDecimals(0)
        self.width_m.setSingleStep(10)
        self.width_m.setSuffix(" m")
        self.width_m.setSpecialValueText(self.tr("not given"))
        self.width_m.setValue(siteplan.ground_width(plan) or 0.0)
        self.width_m.setToolTip(
            self.tr(
                "The ground the picture spans from its left edge to its right edge, e.g. measured along "
                "the scale bar drawn in it. Renpam then prints a true scale bar and the scale of each printout."
            )
        )
        hint = QLabel(
            self.tr(
                "All are printed with the site plan in the briefing packet. A scale written as 1:N is only "
                "true at one print size: with the width given, the printout states its own."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Scale note:"), self.scale_note)
        form.addRow(self.tr("&Width covered:"), self.width_m)
        form.addRow(hint)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, float]:
        return " ".join(self.title.text().split()), " ".join(self.scale_note.text().split()), self.width_m.value()


class SetSitePlanDetailsCommand(QUndoCommand):
    """The site plan's title and scale note, and the ground width it spans, as one undo step."""

    def __init__(self, plan: Plan, site_plan: SitePlan, width_m: float) -> None:
        super().__init__(QCoreApplication.translate("SitePlanDetailsDialog", "Change site plan title and scale"))
        self.plan, self.new, self.old = plan, site_plan, plan.site_plan
        self.new_width, self.old_width = width_m, siteplan.ground_width(plan) or 0.0

    def redo(self) -> None:
        self.plan.set_site_plan(self.new)
        if self.new_width != self.old_width:
            self.plan.set_setting(siteplan.WIDTH_SETTING, self.new_width)

    def undo(self) -> None:
        self.plan.set_site_plan(self.old)
        if self.new_width != self.old_width:
            self.plan.set_setting(siteplan.WIDTH_SETTING, self.old_width)


def apply_site_plan_details(
    plan: Plan, stack: QUndoStack, title: str, scale_note: str, width_m: float | None = None
) -> bool:
    """Push one undo step setting the title, scale note and width; False when nothing changes."""
    current = plan.site_plan or SitePlan()
    width = (siteplan.ground_width(plan) or 0.0) if width_m is None else float(width_m)
    if (current.title, current.scale_note, width) == (title, scale_note, siteplan.ground_width(plan) or 0.0):
        return False
    stack.push(SetSitePlanDetailsCommand(plan, replace(current, title=title, scale_note=scale_note), width))
    return True
