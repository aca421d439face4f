"""Sector plans in the window: File > Export > Sector plan, File > Merge sector plan, the merge
preview (conflicts resolved per record or per field), and the merge as one undo step.

The work is the core's (`desktop.sectorplans`): `build_sector` and `prepare_merge` / `apply_merge`.
This module only asks what to export or merge, shows the preview and pushes the undo command.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.files import WriteError
from desktop.messages import render, render_error
from desktop.model import Plan
from desktop.planning.sectors import Sectors
from desktop.sectorplans import SectorError, apply_merge, build_sector, origin_of, prepare_merge, record_export
from desktop.sectorplans.merge import Conflict, MergeOutcome, field_words
from desktop.storage import OperationFileError, open_operation_file, save_plan
from ui.background import run_in_background
from ui.commands import PlanSnapshotCommand

RECOMPUTE_DELAY_MS = 250  # choices changed in quick succession are previewed once


def _code_words(text: str) -> str:
    """A file-name part of a selection's label: letters, digits and hyphens."""
    return "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in text)


def _short(value: object) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"


class SectorMergeCommand(PlanSnapshotCommand):
    """The merge of a sector as one undo step: the plan and the merge records together."""

    def __init__(self, plan: Plan, before: Plan, after: Plan, merges_before: list, text: str) -> None:
        super().__init__(plan, before, after, text, owned=True)
        self.merges_before = list(merges_before)
        self.merges_after = list(plan.sector_merges)

    def redo(self) -> None:
        super().redo()
        self.plan.set_sector_merges(self.merges_after)

    def undo(self) -> None:
        super().undo()
        self.plan.set_sector_merges(self.merges_before)


class SectorExportDialog(QDialog):
    """Choose what goes into the sector file: whole Polsek (sectors), sub-districts (kecamatan),
    and the posts selected in the window; the choices add up (as `renpam export`'s options do)."""

    def __init__(self, plan: Plan, parent: QWidget | None = None, selected_posts: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Sector Plan"))
        self.plan = plan
        self.selected_posts = [c for c in selected_posts or () if c in plan.posts]
        self.intro = QLabel(
            self.tr(
                "Choose the sectors (Polsek) to export. The sector file holds their posts, the people "
                "and units that staff them, the order and the settings; merge it back with File > Merge Sector Plan."
            )
        )
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        counts: dict[str, int] = {}
        districts: dict[str, int] = {}
        sectors = Sectors(plan)
        for post in plan.posts.values():
            home = sectors.home_unit(post)
            if home:
                counts[home] = counts.get(home, 0) + 1
            name = (post.district or "").strip()
            if name:
                districts[name] = districts.get(name, 0) + 1
        for code, unit in plan.units.items():
            if code not in counts:
                continue
            self._add(
                self.list,
                code,
                self.tr("%1 · %2 (%3 posts)")
                .replace("%1", code)
                .replace("%2", unit.name)
                .replace("%3", str(counts[code])),
            )
        self.empty = QLabel(
            self.tr("No post belongs to a Polsek: give the Polsek units the sub-districts they cover (Units tab).")
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.list.count() == 0)
        self.district_label = QLabel(self.tr("Or sub-districts (kecamatan), whatever Polsek covers them:"))
        self.districts = QListWidget()
        for name in sorted(districts, key=str.casefold):
            self._add(
                self.districts, name, self.tr("%1 (%2 posts)").replace("%1", name).replace("%2", str(districts[name]))
            )
        self.district_label.setVisible(self.districts.count() > 0)
        self.districts.setVisible(self.districts.count() > 0)
        self.posts_box = QCheckBox(
            self.tr("And the posts selected in the window (%1)").replace("%1", str(len(self.selected_posts)))
        )
        self.posts_box.setVisible(bool(self.selected_posts))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._update)
        self.districts.itemChanged.connect(self._update)
        self.posts_box.toggled.connect(self._update)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.list, 2)
        lay.addWidget(self.empty)
        lay.addWidget(self.district_label)
        lay.addWidget(self.districts, 1)
        lay.addWidget(self.posts_box)
        lay.addWidget(self.buttons)
        self.resize(520, 560)
        self._update()

    @staticmethod
    def _add(widget: QListWidget, key: str, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        widget.addItem(item)

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    @staticmethod
    def _check(widget: QListWidget, keys: list[str]) -> None:
        for i in range(widget.count()):
            item = widget.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        """The Polsek (unit codes) chosen."""
        return self._checked(self.list)

    def set_chosen(self, codes: list[str]) -> None:
        self._check(self.list, codes)

    def set_districts(self, names: list[str]) -> None:
        self._check(self.districts, names)

    def selection(self) -> dict[str, list[str]]:
        """What to export, as `desktop.sectorplans.build_sector` reads it."""
        out = {"sectors": self.chosen(), "kecamatan": self._checked(self.districts)}
        if self.posts_box.isChecked():
            out["posts"] = list(self.selected_posts)
        return {key: values for key, values in out.items() if values}

    def _update(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.selection()))


class SectorMergeDialog(QDialog):
    """The preview of a merge: what the sector changes, the conflicts to decide, what is not applied.

    Every conflict starts as "Keep mine" (the master's version), so Apply never takes a sector's
    version nobody chose; a conflict with several fields can be decided field by field. Apply
    makes the whole merge one step on the undo stack.
    """

    def __init__(
        self,
        plan: Plan,
        sector: Plan,
        file_name: str,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        lang: str = "id",
    ) -> None:
        super().__init__(parent)
        self.plan, self.sector, self.file_name, self.undo_stack, self.lang = plan, sector, file_name, undo_stack, lang
        self.setWindowTitle(self.tr("Merge Sector Plan"))
        self.applied = False
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.changes_list = QListWidget()
        self.changes_list.setWordWrap(True)
        self.conflicts_tree = QTreeWidget()
        self.conflicts_tree.setColumnCount(4)
        self.conflicts_tree.setWordWrap(True)
        self.not_applied_list = QListWidget()
        self.not_applied_list.setWordWrap(True)
        self.tabs.addTab(self.changes_list, "")
        self.tabs.addTab(self.conflicts_tree, "")
        self.tabs.addTab(self.not_applied_list, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.recompute)
        self.choices: dict[str, object] = {}
        self.outcome: MergeOutcome = self._prepare()
        self.conflicts_tree.setHeaderLabels(["", "", "", ""])
        self._fill_conflicts()
        self._show()
        self.resize(900, 560)

    # ------------------------------------------------------------------ choices
    def _combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Keep mine"), "mine")
        combo.addItem(self.tr("Take theirs"), "theirs")
        return combo

    def _fill_conflicts(self) -> None:
        tree = self.conflicts_tree
        tree.clear()
        self.combos: dict[str, QComboBox] = {}
        self.field_combos: dict[str, dict[str, QComboBox]] = {}
        for conflict in self.outcome.conflicts:
            item = QTreeWidgetItem([conflict.message(self.lang), "", "", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, conflict.id)
            item.setToolTip(0, conflict.message(self.lang))
            tree.addTopLevelItem(item)
            combo = self._combo()
            tree.setItemWidget(item, 1, combo)
            self.combos[conflict.id] = combo
            combo.currentIndexChanged.connect(lambda _i, c=conflict.id: self._record_choice(c))
            if len(conflict.fields) > 1:
                self.field_combos[conflict.id] = {}
                for name, (_b, mine, theirs) in conflict.fields.items():
                    label = field_words([name])
                    child = QTreeWidgetItem(
                        [label.en if self.lang == "en" else label.id, "", _short(mine), _short(theirs)]
                    )
                    child.setToolTip(2, str(mine))
                    child.setToolTip(3, str(theirs))
                    item.addChild(child)
                    f_combo = self._combo()
                    tree.setItemWidget(child, 1, f_combo)
                    self.field_combos[conflict.id][name] = f_combo
                    f_combo.currentIndexChanged.connect(lambda _i, c=conflict.id: self._record_field_choice(c))
                item.setExpanded(True)
            elif conflict.fields:
                name, (_b, mine, theirs) = next(iter(conflict.fields.items()))
                item.setText(2, _short(mine))
                item.setText(3, _short(theirs))
        tree.setColumnWidth(0, 380)
        tree.setColumnWidth(1, 170)
        tree.setColumnWidth(2, 150)

    def choose(self, conflict_id: str, side: str, field: str | None = None) -> None:
        """Choose a side for a conflict (or one of its fields), as the combo boxes do."""
        combo = self.field_combos[conflict_id][field] if field else self.combos[conflict_id]
        combo.setCurrentIndex(combo.findData(side))

    def _record_choice(self, conflict_id: str) -> None:
        side = self.combos[conflict_id].currentData()
        self.choices[conflict_id] = side
        for f_combo in self.field_combos.get(conflict_id, {}).values():
            f_combo.blockSignals(True)
            f_combo.setCurrentIndex(f_combo.findData(side))
            f_combo.blockSignals(False)
        self._timer.start()

    def _record_field_choice(self, conflict_id: str) -> None:
        self.choices[conflict_id] = {name: c.currentData() for name, c in self.field_combos[conflict_id].items()}
        self._timer.start()

    def _prepare(self) -> MergeOutcome:
        """The merge worked out off the GUI thread (seconds on a district plan); the window is
        modal meanwhile, so the plan it reads does not change."""
        return run_in_background(
            self.parent() or self,
            self.tr("Comparing the sector plan..."),
            lambda: prepare_merge(self.plan, self.sector, file=self.file_name, choices=self.choices, take="mine"),
        )

    def recompute(self) -> None:
        """Work the preview out again with the choices made (the conflicts stay as they are)."""
        self._timer.stop()
        self.outcome = self._prepare()
        self._show()

    # ------------------------------------------------------------------ showing
    def _show(self) -> None:
        o = self.outcome
        self.changes_list.clear()
        for change in o.changes:
            self.changes_list.addItem(change.message(self.lang))
        for message in o.group_changes:
            self.changes_list.addItem(message.render(self.lang))
        self.not_applied_list.clear()
        for message in o.not_applied:
            self.not_applied_list.addItem(message.render(self.lang))
        applied = len(o.changes) + len(o.group_changes)
        self.tabs.setTabText(0, self.tr("Changes from the sector (%1)").replace("%1", str(applied)))
        self.tabs.setTabText(1, self.tr("Conflicts (%1)").replace("%1", str(len(o.conflicts))))
        self.tabs.setTabText(2, self.tr("Not applied (%1)").replace("%1", str(len(o.not_applied))))
        self.conflicts_tree.setHeaderLabels(
            [self.tr("Conflict"), self.tr("Decision"), self.tr("Mine (master)"), self.tr("Theirs (sector)")]
        )
        when = o.export.exported_at.strftime("%d-%m-%Y %H:%M")
        self.summary.setText(
            self.tr(
                "Sector %1 from %2, exported %3. Changes since then: by the sector %4, by the master to "
                "the same part %5. Changes to apply, in one undo step: %6."
            )
            .replace("%1", o.export.label)
            .replace("%2", self.file_name)
            .replace("%3", when)
            .replace("%4", str(o.sector_changes))
            .replace("%5", str(o.master_changes))
            .replace("%6", str(applied))
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setEnabled(o.changes_anything or o.new_content)

    def conflict(self, conflict_id: str) -> Conflict:
        return next(c for c in self.outcome.conflicts if c.id == conflict_id)

    # ------------------------------------------------------------------ applying
    def apply(self) -> None:
        if self._timer.isActive():
            self.recompute()
        plan = self.plan
        before = plan.clone()
        merges_before = list(plan.sector_merges)
        try:
            done = apply_merge(plan, self.outcome)
        except SectorError as exc:
            self.summary.setText(render_error(exc, self.lang))
            return
        if done:
            text = self.tr("Merge sector %1").replace("%1", self.outcome.export.label)
            self.undo_stack.push(SectorMergeCommand(plan, before, plan.clone(), merges_before, text))
        self.applied = done
        self.accept()


class SectorPlans(QObject):
    """The window's sector-plan commands (rows of ui/actions.py call these)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    @property
    def lang(self) -> str:
        return self.window.language

    def title_suffix(self) -> str:
        """' — Sektor X dari operasi Y' when the open file is a sector of a larger operation."""
        origin = origin_of(self.window.plan)
        if origin is None:
            return ""
        return " — " + self.tr("Sector %1 of %2").replace("%1", origin.label).replace("%2", origin.operation_name)

    def export_sector(
        self, codes: list[str] | None = None, path: str | None = None, selection: dict[str, list[str]] | None = None
    ) -> Path | None:
        """File > Export > Sector Plan: choose Polsek, sub-districts or the selected posts, a file,
        write it, record the export. `codes` (Polsek) or `selection` skip the dialog."""
        window = self.window
        if selection is None and codes is not None:
            selection = {"sectors": codes}
        if selection is None:
            dialog = SectorExportDialog(window.plan, window, window.posts.selected_codes())
            if not dialog.exec():
                return None
            selection = dialog.selection()
        if path is None:
            label = "-".join(v for values in selection.values() for v in values)
            suggested = f"sektor-{_code_words(label)[:60]}.renpam"
            chosen = window.prompts.save_path(
                self.tr("Export Sector Plan"), self.tr("Renpam operation (*.renpam)"), suggested
            )
            if not chosen:
                return None
            path = str(chosen)
        target = Path(path)
        if target.suffix.lower() != ".renpam":
            target = target.with_name(target.name + ".renpam")
        if window.document.path is not None and target.resolve() == Path(window.document.path).resolve():
            window.prompts.error(
                self.tr("Export Sector Plan"), self.tr("The sector file cannot be the open operation file itself.")
            )
            return None
        try:
            sector, record = build_sector(window.plan, selection)
            save_plan(sector, target)
        except SectorError as exc:
            window.prompts.error(self.tr("Export Sector Plan"), render_error(exc, self.lang))
            return None
        except WriteError as exc:
            window.prompts.error(self.tr("Export Sector Plan"), exc.message(self.lang))
            return None
        record_export(window.plan, record)
        window.files.mark_unsaved()
        window.statusBar().showMessage(
            render(
                "sector.exported",
                {
                    "label": record.label,
                    "file": target.name,
                    "posts": len(sector.posts),
                    "people": len(sector.personnel),
                },
                self.lang,
            ),
            15000,
        )
        return target

    def merge_sector(self, path: str | None = None, *, exec_dialog: bool = True) -> SectorMergeDialog | None:
        """File > Merge Sector Plan: open the sector file, refuse a foreign one, show the preview."""
        window = self.window
        if path is None:
            chosen = window.prompts.open_path(self.tr("Merge Sector Plan"), self.tr("Renpam operation (*.renpam)"))
            if not chosen:
                return None
            path = str(chosen)
        title = self.tr("Merge Sector Plan")
        try:
            sector = open_operation_file(path).plan
        except OperationFileError as exc:
            window.prompts.error(title, exc.message(self.lang))
            return None
        try:
            dialog = SectorMergeDialog(
                window.plan, sector, Path(path).name, window.ws.undo_stack, window, lang=self.lang
            )
        except SectorError as exc:
            window.prompts.error(title, render_error(exc, self.lang))
            return None
        if not exec_dialog:
            return dialog
        if dialog.exec() and dialog.applied:
            o = dialog.outcome
            window.statusBar().showMessage(
                render(
                    "sector.merged",
                    {
                        "label": o.export.label,
                        "file": Path(path).name,
                        "applied": len(o.changes) + len(o.group_changes),
                        "not_applied": len(o.not_applied),
                    },
                    self.lang,
                ),
                15000,
            )
        return dialog
