"""The post dialog's election fields: a polling station's category, cluster, place and voters, and
an escort's route.

They are rows of the post dialog's form, shown for the kinds they belong to: the TPS rows for a
polling station (`tps`) or a post that already has a category, the route for an escort of the
ballot boxes (`pengawalan`). Coordinates are read as decimal degrees ("-6,5561" or "-6.5561"),
both or neither, checked against `desktop.limits.coordinate_problem` before the dialog closes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox

from desktop import limits
from desktop import vocabulary as vocab
from desktop.model import Post
from ui import labels

TPS_KINDS = ("tps",)
ESCORT_KINDS = ("pengawalan",)


def _degrees(text: str) -> float | None:
    """A coordinate typed by a planner ("-6,5561"), None when empty; ValueError when unreadable."""
    text = text.strip().replace(",", ".")
    return float(text) if text else None


class VoteFields(QObject):
    """The election rows of a post form; `values()` gives the Post fields they edit."""

    def __init__(self, form: QFormLayout, post: Post, kind: QComboBox) -> None:
        super().__init__(kind)
        self.form = form
        self.kind = kind
        self.category = QComboBox()
        self.category.addItem(self.tr("(none)"), None)
        for code, text in labels.choices(vocab.TPS_CATEGORY):
            self.category.addItem(text, code)
        self.category.setCurrentIndex(max(0, self.category.findData(post.category)))
        self.cluster = QLineEdit(post.cluster)
        self.cluster.setPlaceholderText("K-01")
        self.village = QLineEdit(post.village)
        self.district = QLineEdit(post.district)
        self.sector = QLineEdit(post.sector)
        self.sector.setPlaceholderText(self.tr("as the kecamatan"))
        self.voters = QSpinBox()
        self.voters.setRange(-1, limits.MAX_VOTERS)
        self.voters.setSpecialValueText(self.tr("unknown"))
        self.voters.setValue(-1 if post.voters is None else post.voters)
        self.latitude = QLineEdit("" if post.latitude is None else f"{post.latitude:g}")
        self.latitude.setPlaceholderText("-6.5561")
        self.longitude = QLineEdit("" if post.longitude is None else f"{post.longitude:g}")
        self.longitude.setPlaceholderText("107.4432")
        where = QHBoxLayout()
        where.addWidget(QLabel(self.tr("lat")))
        where.addWidget(self.latitude)
        where.addWidget(QLabel(self.tr("lon")))
        where.addWidget(self.longitude)
        self.route = QLineEdit(post.route)
        self.route.setPlaceholderText(self.tr("TPS 001-012 -> PPK Kec. Cibeureum -> KPU"))
        self.had_category = post.category is not None
        self.tps_rows = [
            (self.tr("Cate&gory"), self.category),
            (self.tr("Cl&uster"), self.cluster),
            (self.tr("&Village"), self.village),
            (self.tr("Kecamatan"), self.district),
            (self.tr("Sector"), self.sector),
            (self.tr("Registered voters (DPT)"), self.voters),
            (self.tr("Coordinates"), where),
        ]
        for text, widget in self.tps_rows:
            form.addRow(text, widget)
        form.addRow(self.tr("Escort &route"), self.route)
        kind.currentIndexChanged.connect(self.show_rows)
        self.show_rows()

    def show_rows(self) -> None:
        kind = self.kind.currentData()
        tps = kind in TPS_KINDS or self.had_category
        for _text, widget in self.tps_rows:
            self.form.setRowVisible(widget, tps)
        self.form.setRowVisible(self.route, kind in ESCORT_KINDS or bool(self.route.text()))

    def labels(self) -> dict[str, str]:
        """Field -> caption, for the dialog's bound messages."""
        return {
            "cluster": self.tr("Cl&uster"),
            "village": self.tr("&Village"),
            "district": self.tr("Kecamatan"),
            "sector": self.tr("Sector"),
            "route": self.tr("Escort &route"),
        }

    def coordinates(self) -> tuple[float | None, float | None] | None:
        """(latitude, longitude) as typed, or None when they cannot be read."""
        try:
            return _degrees(self.latitude.text()), _degrees(self.longitude.text())
        except ValueError:
            return None

    def problem(self) -> str:
        """What keeps the fields from being saved, in the interface language ("" when nothing)."""
        where = self.coordinates()
        if where is None or limits.coordinate_problem(*where):
            return self.tr(
                "Coordinates: give latitude (-90 to 90) and longitude (-180 to 180) in degrees, both or neither."
            )
        return ""

    def values(self) -> dict[str, object]:
        where = self.coordinates() or (None, None)
        return {
            "category": self.category.currentData(),
            "cluster": self.cluster.text().strip(),
            "village": self.village.text().strip(),
            "district": self.district.text().strip(),
            "sector": self.sector.text().strip(),
            "voters": None if self.voters.value() < 0 else self.voters.value(),
            "latitude": where[0],
            "longitude": where[1],
            "route": self.route.text().strip(),
        }
