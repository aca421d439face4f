"""Filter a posts list by where the posts are (Polsek, kecamatan, village, cluster) and show it in
sector order (Polsek, kecamatan, cluster, TPS number): the posts list and the print dialog's post
list of an election operation. The places come from `desktop.planning.post_groups`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from desktop.model import Plan
from desktop.planning import post_groups


class PlaceFilterBar(QWidget):
    """[where: all / Polsek / Kecamatan / Desa / Klaster] [which one] [sector order]."""

    # Fires when the planner picks another level or value, or switches the sector order.
    changed = Signal()

    def __init__(self, parent=None, *, order_box: bool = True) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.found: dict[str, post_groups.PostPlace] = {}
        self.level = QComboBox()
        self.value = QComboBox()
        self.value.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.value.setMinimumContentsLength(12)
        self.value.setEnabled(False)
        self.sector_order = QCheckBox()
        self.sector_order.setVisible(order_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.level)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.sector_order)
        self.level.activated.connect(self._level_chosen)
        self.value.activated.connect(lambda _i: self.changed.emit())
        self.value.currentTextChanged.connect(self.value.setToolTip)  # the whole name when cut
        self.sector_order.toggled.connect(lambda _on: self.changed.emit())
        self.retranslate()

    def _level_names(self) -> dict[str, str]:
        return {
            "polsek": self.tr("Polsek"),
            "district": self.tr("Kecamatan"),
            "village": self.tr("Village"),
            "cluster": self.tr("Cluster"),
        }

    def retranslate(self) -> None:
        current = self.level.currentData()
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItem(self.tr("All areas"), None)
        for level, name in self._level_names().items():
            self.level.addItem(name, level)
        self.level.setCurrentIndex(max(0, self.level.findData(current)))
        self.level.blockSignals(False)
        self.level.setToolTip(self.tr("Show only the posts of one Polsek, kecamatan, village or cluster"))
        self.sector_order.setText(self.tr("By sector"))
        self.sector_order.setToolTip(self.tr("Order the posts by Polsek, kecamatan, cluster and TPS number"))

    def set_plan(self, plan: Plan) -> None:
        """Read the places of `plan`'s posts again (another operation, or posts changed); the bar
        hides itself for a plan whose posts have no sector, kecamatan, village or cluster."""
        self.plan = plan
        self.found = post_groups.places(plan)
        self.setVisible(post_groups.has_places(plan, self.found))
        self._fill_values(keep=True)

    def reset(self) -> None:
        """Back to every post in the plan's order (another operation was opened)."""
        for box in (self.level, self.sector_order):
            box.blockSignals(True)
        self.level.setCurrentIndex(0)
        self.sector_order.setChecked(False)
        for box in (self.level, self.sector_order):
            box.blockSignals(False)
        self._fill_values(keep=False)

    def _level_chosen(self, _index: int) -> None:
        self._fill_values(keep=False)
        self.changed.emit()

    def _fill_values(self, keep: bool) -> None:
        level = self.level.currentData()
        current = self.value.currentData() if keep else None
        self.value.blockSignals(True)
        self.value.clear()
        if level is not None and self.plan is not None:
            for value, label in post_groups.choices(self.plan, level, self.found):
                self.value.addItem(label, value)
            self.value.setCurrentIndex(max(0, self.value.findData(current)))
        self.value.setEnabled(self.value.count() > 0)
        self.value.blockSignals(False)

    def choose(self, level: str | None, value: str | None = None) -> None:
        """Pick a level and one of its values, as the planner would."""
        self.level.setCurrentIndex(max(0, self.level.findData(level)))
        self._fill_values(keep=False)
        if value is not None:
            self.value.setCurrentIndex(self.value.findData(value))
        self.changed.emit()

    def criterion(self) -> tuple[str, str] | None:
        """(level, value) chosen, or None for every post."""
        level, value = self.level.currentData(), self.value.currentData()
        return (level, value.casefold()) if level is not None and value is not None else None

    def _place(self, code: str) -> post_groups.PostPlace | None:
        if code not in self.found and self.plan is not None and code in self.plan.posts:
            self.found = post_groups.places(self.plan)  # a post added since: read them again
        return self.found.get(code)

    def accepts(self, code: str) -> bool:
        chosen = self.criterion()
        if chosen is None:
            return True
        place = self._place(code)
        return place is not None and place.value(chosen[0]).casefold() == chosen[1]

    def sort_key(self):
        """A sort key for post codes in a vote's reading order (Polsek, kecamatan, cluster, TPS)."""
        assert self.plan is not None
        return post_groups.sector_key(self.plan)
