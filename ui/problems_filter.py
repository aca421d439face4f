"""Filters of the problems pane, for a district plan with thousands of findings: errors only, this
shift only, one rule (the rule list shows how many findings each has), and a text box matching the
post, person, unit or words of the finding; and the switch that groups the list by rule
(`ui/problems_tree.py`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from desktop.messages import text_of
from desktop.model import Plan
from ui.roles import KEY_ROLE


class ProblemsFilter(QSortFilterProxyModel):
    """Rows of `ProblemsModel` that pass every filter set."""

    def __init__(self, plan: Callable[[], Plan], parent=None) -> None:
        super().__init__(parent)
        self._plan = plan
        self.errors_only = False
        self.shift: str | None = None  # only findings of this shift (and those of no shift)
        self.rule: str | None = None
        self.text = ""

    def set_filters(self, *, errors_only: bool, shift: str | None, rule: str | None, text: str) -> None:
        self.beginFilterChange()
        self.errors_only, self.shift, self.rule, self.text = errors_only, shift, rule, text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        finding = self.sourceModel().index(row, 0, parent).data(KEY_ROLE)
        if finding is None:
            return True
        if self.errors_only and finding.severity != "error":
            return False
        if self.shift is not None and finding.shift not in (None, self.shift):
            return False
        if self.rule is not None and finding.rule != self.rule:
            return False
        if self.text:
            plan = self._plan()
            person = plan.personnel.get(finding.person) if finding.person else None
            post = plan.posts.get(finding.post) if finding.post else None
            hay = " ".join(
                x
                for x in (
                    finding.post,
                    finding.shift,
                    post.name if post else "",
                    post.unit if post and getattr(post, "unit", None) else "",
                    person.name if person else "",
                    person.nrp if person else "",
                    person.unit if person and person.unit else "",
                    self.sourceModel().index(row, 1, parent).data(),
                )
                if x
            ).lower()
            if self.text not in hay:
                return False
        return True


class ProblemsFilterBar(QWidget):
    """The filter row above the problems list."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.errors = QCheckBox()
        self.this_shift = QCheckBox()
        self.grouped = QCheckBox()  # show the list as a tree: rule -> findings, with counts
        self.rule = QComboBox()
        self.rule.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule.setMinimumContentsLength(18)
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.errors, self.this_shift, self.grouped, self.rule):
            layout.addWidget(widget)
        layout.addWidget(self.text, 1)
        self.errors.toggled.connect(self.changed)
        self.this_shift.toggled.connect(self.changed)
        self.grouped.toggled.connect(self.changed)
        self.rule.activated.connect(lambda _i: self.changed.emit())
        self.text.textChanged.connect(self.changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.errors.setText(self.tr("Errors only"))
        self.this_shift.setText(self.tr("This shift"))
        self.this_shift.setToolTip(self.tr("Only problems of the shift chosen in the toolbar"))
        self.grouped.setText(self.tr("By rule"))
        self.grouped.setToolTip(self.tr("Group the problems by rule, with the count of each"))
        self.text.setPlaceholderText(self.tr("Filter by post, unit or person"))

    def fill_rules(self, findings: list, lang: str) -> None:
        """The rule list: every rule with findings, most findings first, with its count."""
        current = self.rule.currentData()
        counts = Counter(f.rule for f in findings)
        self.rule.blockSignals(True)
        self.rule.clear()
        self.rule.addItem(self.tr("All rules (%1)").replace("%1", str(len(findings))), None)
        for rule, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            self.rule.addItem(f"{text_of(f'rule.{rule}', lang) or rule} ({count})", rule)
        self.rule.setCurrentIndex(max(0, self.rule.findData(current)))
        self.rule.blockSignals(False)

    def reset(self) -> None:
        for box in (self.errors, self.this_shift):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.rule.setCurrentIndex(0)
        self.changed.emit()
