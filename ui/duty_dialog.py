"""Plan > Duty and Reserve: how duty hours are judged in this operation (the duty model, hours in
any 24 hours, rest, the polling-station duty limit) and the reserve share of a vote.

The same settings as `renpam duty`; checked by `desktop.planning.duty.changes` and written as one
undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QComboBox, QDialog, QDoubleSpinBox, QFormLayout, QLabel, QWidget

from desktop import limits
from desktop.model import Plan
from desktop.planning import duty
from ui import i18n
from ui.dialogs import form_with_error_and_buttons


class SetDutySettingsCommand(QUndoCommand):
    """Write duty settings as one undo step; undo puts back each old value (or the default where
    the setting was not set, which judges alike)."""

    def __init__(self, plan: Plan, values: dict[str, object]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit duty settings"))
        self.plan, self.new = plan, values
        self.old = {k: plan.settings.get(k, duty.DEFAULTS.get(k)) for k in values}

    def redo(self) -> None:
        for key, value in self.new.items():
            self.plan.set_setting(key, value)

    def undo(self) -> None:
        for key, value in self.old.items():
            self.plan.set_setting(key, value)


class DutyDialog(QDialog):
    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Duty and reserve"))
        info = duty.summary(plan)
        form = QFormLayout()
        self.model = QComboBox()
        self.model.addItem(self.tr("By the kind of operation (now: %1)").replace("%1", self._model_name(plan)), "auto")
        self.model.addItem(self.tr("Shifts: hours in any 24 hours"), "shifts")
        self.model.addItem(self.tr("Vote: a TPS or escort phase is one duty"), "vote")
        self.model.setCurrentIndex(max(0, self.model.findData(info["duty_model"] or "auto")))
        self.max_hours = self._spin(float(info["max_hours"]), limits.MAX_HOURS, self.tr(" h"))  # type: ignore[arg-type]
        self.max_hours.setSpecialValueText(self.tr("no limit"))
        self.min_rest = self._spin(float(info["min_rest_hours"]), limits.MAX_REST_HOURS, self.tr(" h"))  # type: ignore[arg-type]
        self.min_rest.setSpecialValueText(self.tr("no minimum"))
        self.tps_hours = self._spin(float(info["tps_duty_hours"]), limits.MAX_TPS_DUTY_HOURS, self.tr(" h"))  # type: ignore[arg-type]
        self.tps_hours.setSpecialValueText(self.tr("no limit"))
        self.reserve = self._spin(float(info["reserve_share"]), 100.0, " %")  # type: ignore[arg-type]
        phases = ", ".join(info["vote_phases"]) or self.tr("none")  # type: ignore[arg-type]
        form.addRow(self.tr("Duty &model"), self.model)
        form.addRow(self.tr("&Hours in any 24 hours"), self.max_hours)
        form.addRow(self.tr("Minimum &rest between duties"), self.min_rest)
        form.addRow(self.tr("Longest &TPS duty"), self.tps_hours)
        form.addRow(QLabel(self.tr("Vote phases (shifts with polling stations or escorts): %1").replace("%1", phases)))
        form.addRow(self.tr("Reserve per &Polsek"), self.reserve)
        self.error = form_with_error_and_buttons(self, form)
        self.values: dict[str, object] | None = None

    def _model_name(self, plan: Plan) -> str:
        """The model an operation of this kind gets when none is set."""
        return self.tr("vote") if plan.operation.kind == "pemilu" else self.tr("shifts")

    @staticmethod
    def _spin(value: float, high: float, suffix: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, high)
        box.setDecimals(1)
        box.setSuffix(suffix)
        box.setValue(value)
        return box

    def accept(self) -> None:
        try:
            wanted = duty.changes(
                {
                    "duty_model": self.model.currentData(),
                    "max_hours": self.max_hours.value(),
                    "min_rest_hours": self.min_rest.value(),
                    "tps_duty_hours": self.tps_hours.value(),
                    "reserve_share": self.reserve.value(),
                }
            )
        except (limits.LimitError, ValueError) as exc:
            self.error.setText(exc.message(i18n.language()) if isinstance(exc, limits.LimitError) else str(exc))
            return
        self.values = {k: v for k, v in wanted.items() if self.plan.settings.get(k, duty.DEFAULTS.get(k)) != v}
        super().accept()
