"""The "Sectors" dock: per sector exported from the open operation, when it went out, when it came
back, its posts, open places and findings (the core's `desktop.sectorplans.rollup`), so the Kabag
Ops sees which Polsek has not sent its plan back. A sector file says whose sector it is."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop import palette
from desktop.sectorplans import origin_of, rollup

REFRESH_DELAY_MS = 500
KINDS = ("sector_export", "sector_merge", "reset", "assignment", "post", "placeholder")


class SectorsPanel(QWidget):
    """The roll-up of the workspace's plan; `findings` gives the problems pane's findings (or None)."""

    def __init__(self, workspace, parent: QWidget | None = None, findings=None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.findings = findings or (lambda: None)
        self.heading = QLabel()  # one or two short lines; not wrapped, so a hidden dock's width never cuts them
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(8)
        self.tree.header().setStretchLastSection(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.heading)
        lay.addWidget(self.tree, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.ws.plan_changed.connect(self._changed)
        self.ws.document_changed.connect(self.refresh)
        self.retranslate()

    def _changed(self, change) -> None:
        if getattr(change, "kind", None) in KINDS:
            self._timer.start()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [
                self.tr("Sector"),
                self.tr("Exported"),
                self.tr("By"),
                self.tr("Merged"),
                self.tr("Posts"),
                self.tr("Open places"),
                self.tr("Errors"),
                self.tr("Warnings"),
            ]
        )
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        plan = self.ws.plan
        self.tree.clear()
        origin = origin_of(plan)
        statuses = rollup(plan, self.findings()) if plan.sector_exports else []
        lines = []
        if origin is not None:
            lines.append(
                self.tr("This file is sector %1 of the operation %2, exported %3 by %4.")
                .replace("%1", origin.label)
                .replace("%2", origin.operation_name)
                .replace("%3", origin.exported_at.strftime("%d-%m-%Y %H:%M"))
                .replace("%4", origin.exported_by or "-")
            )
        if statuses:
            waiting = sum(1 for s in statuses if not s.merges)
            lines.append(
                self.tr("%1 of %2 sectors not sent back yet.")
                .replace("%1", str(waiting))
                .replace("%2", str(len(statuses)))
            )
        elif origin is None:
            lines.append(self.tr("No sector has been exported. File > Export > Sector Plan writes one per Polsek."))
        self.heading.setText("\n".join(lines))
        waiting_brush = QBrush(QColor(palette.ALERT))
        for s in statuses:
            merged = s.merged_at.strftime("%d-%m-%Y %H:%M") if s.merged_at else self.tr("not yet")
            item = QTreeWidgetItem(
                [
                    s.export.label,
                    s.export.exported_at.strftime("%d-%m-%Y %H:%M"),
                    s.export.exported_by,
                    merged,
                    str(s.posts),
                    str(s.open_places),
                    str(s.errors),
                    str(s.warnings),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, s.export.id)
            for col in (4, 5, 6, 7):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not s.merges:
                item.setForeground(3, waiting_brush)
            self.tree.addTopLevelItem(item)
        for col in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(col)
