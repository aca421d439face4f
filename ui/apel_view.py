"""The apel (roll call) view: mark who is missing fast by keyboard, then fill their places.

Type an NRP or a name and press Enter: the person is marked absent with the chosen reason and
their places open at once. "Replace" fills each open place with its best candidate; a place
chosen in the list takes the candidate selected beside it (Enter). Every action is one undo step
that restores the plan and the roll call together.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.model import Plan
from desktop.revisions import REASONS, RevisionError, reason_label
from desktop.revisions import rollcall as rc


class ApelCommand(QUndoCommand):
    """One undo step of the apel: the plan and every roll call, before and after."""

    def __init__(self, plan: Plan, before: tuple[Plan, dict], after: tuple[Plan, dict], text: str) -> None:
        super().__init__(text)
        self.plan, self.before, self.after = plan, before, after
        self._first = True

    def _restore(self, state: tuple[Plan, dict]) -> None:
        snapshot, calls = state
        self.plan.replace_with(snapshot.clone())
        for shift in list(self.plan.roll_calls):
            if shift not in calls:
                self.plan.set_roll_call(shift, None)
        for shift, call in calls.items():
            if shift in self.plan.shifts:
                self.plan.set_roll_call(shift, copy.deepcopy(call))

    def redo(self) -> None:
        if self._first:  # the edit was made before the push
            self._first = False
            return
        self._restore(self.after)

    def undo(self) -> None:
        self._restore(self.before)


def apel_step(stack: QUndoStack, plan: Plan, text: str, fn) -> object:
    """Run `fn(plan)` and push it as one ApelCommand; nothing is pushed when it raises."""
    before = (plan.clone(), copy.deepcopy(plan.roll_calls))
    try:
        result = fn(plan)
    except BaseException:
        ApelCommand(plan, before, before, text)._restore(before)
        raise
    stack.push(ApelCommand(plan, before, (plan.clone(), copy.deepcopy(plan.roll_calls)), text))
    return result


class ApelView(QDialog):
    """The roll call of one shift: absent people with reasons, open places, replacements."""

    def __init__(self, document, undo_stack: QUndoStack, parent: QWidget | None = None, lang: str = "id") -> None:
        super().__init__(parent)
        self.document = document
        self.plan = document.plan
        self.stack = undo_stack
        self.lang = lang
        self.setWindowTitle(self.tr("Roll call (apel)"))
        self.resize(900, 600)
        self.shift_box = QComboBox()
        for s in self.plan.shifts.values():
            self.shift_box.addItem(f"{s.code}  {s.name}", s.code)
        self.reason_box = QComboBox()
        for code in REASONS:
            self.reason_box.addItem(reason_label(code, lang), code)
        self.unit_box = QComboBox()
        self.unit_box.addItem(self.tr("All units"), None)
        for u in self.plan.units.values():
            self.unit_box.addItem(u.name or u.code, u.code)
        self.duty_list = QListWidget()  # people on duty in the shift, of the chosen unit; Enter marks absent
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(self.tr("NRP or name, then Enter"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.summary = QLabel()
        self.absent_list = QListWidget()
        self.present_button = QPushButton(self.tr("Mark present"))
        self.places_list = QListWidget()
        self.candidates_list = QListWidget()
        self.replace_button = QPushButton(self.tr("Replace all"))
        self.report_button = QPushButton(self.tr("Apel report (PDF)..."))
        self.fill_button = QPushButton(self.tr("Fill place"))
        close = QPushButton(self.tr("Close"))
        for b in (self.present_button, self.replace_button, self.fill_button, self.report_button, close):
            b.setAutoDefault(False)

        form = QFormLayout()
        form.addRow(self.tr("Shift"), self.shift_box)
        form.addRow(self.tr("Reason"), self.reason_box)
        form.addRow(self.tr("Absent"), self.entry)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.message)
        left.addWidget(self.summary)
        units = QFormLayout()
        units.addRow(self.tr("On duty, by unit"), self.unit_box)
        left.addLayout(units)
        left.addWidget(self.duty_list, 2)
        left.addWidget(QLabel(self.tr("Absent")))
        left.addWidget(self.absent_list, 1)
        left.addWidget(self.present_button)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Open places")))
        right.addWidget(self.places_list, 1)
        right.addWidget(QLabel(self.tr("Candidates")))
        right.addWidget(self.candidates_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.fill_button)
        row.addWidget(self.replace_button)
        right.addLayout(row)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        root = QVBoxLayout(self)
        root.addLayout(body, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.report_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        root.addLayout(bottom)

        self.entry.returnPressed.connect(self.mark_entry_absent)
        self.shift_box.currentIndexChanged.connect(self.refresh)
        self.present_button.clicked.connect(self.mark_selected_present)
        self.unit_box.currentIndexChanged.connect(self.refresh)
        self.duty_list.itemActivated.connect(lambda _item: self.mark_selected_absent())
        self.absent_list.itemActivated.connect(lambda _item: self.mark_selected_present())
        self.report_button.clicked.connect(self.save_report)
        self.places_list.currentRowChanged.connect(self._show_candidates)
        self.candidates_list.itemActivated.connect(lambda _item: self.fill_selected())
        self.fill_button.clicked.connect(self.fill_selected)
        self.replace_button.clicked.connect(self.replace_all)
        close.clicked.connect(self.accept)
        self.refresh()

    @property
    def shift(self) -> str:
        return self.shift_box.currentData() or ""

    # ------------------------------------------------------------------ actions
    def mark_entry_absent(self) -> bool:
        text = self.entry.text().strip()
        if not text or not self.shift:
            return False
        try:
            pid = rc.find_person(self.plan, self.shift, text)
        except RevisionError as exc:
            self.message.setText(self._error(exc))
            return False
        reason = self.reason_box.currentData()
        name = self.plan.personnel[pid].name
        apel_step(
            self.stack,
            self.plan,
            self.tr("Absent at the apel: %1").replace("%1", name),
            lambda plan: rc.mark_absent(plan, self.shift, [pid], reason),
        )
        self.entry.clear()
        self.message.setText(self.tr("%1 marked absent.").replace("%1", name))
        self.refresh()
        return True

    def mark_selected_absent(self) -> bool:
        item = self.duty_list.currentItem()
        if item is None:
            return False
        pid = item.data(Qt.ItemDataRole.UserRole)
        reason = self.reason_box.currentData()
        name = self.plan.personnel[pid].name
        apel_step(
            self.stack,
            self.plan,
            self.tr("Absent at the apel: %1").replace("%1", name),
            lambda plan: rc.mark_absent(plan, self.shift, [pid], reason),
        )
        self.message.setText(self.tr("%1 marked absent.").replace("%1", name))
        row = self.duty_list.currentRow()
        self.refresh()
        self.duty_list.setCurrentRow(min(row, self.duty_list.count() - 1))
        return True

    def ask_report_path(self) -> str:
        """The seam tests replace instead of the file dialog."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Apel report (PDF)..."), f"apel-{self.shift}.pdf", self.tr("PDF (*.pdf)")
        )
        return path

    def save_report(self) -> str | None:
        """Write the apel report of the shift (jumlah / kurang / hadir / keterangan, replacements)."""
        from pathlib import Path

        from desktop.briefing.apel import generate_apel_report

        chosen = self.ask_report_path()
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            generate_apel_report(self.plan, self.shift, path, self.lang)
        except OSError as exc:
            self.message.setText(
                self.tr("Cannot write %1: %2").replace("%1", path.name).replace("%2", exc.strerror or str(exc))
            )
            return None
        self.message.setText(self.tr("Saved %1").replace("%1", str(path)))
        return str(path)

    def mark_selected_present(self) -> None:
        item = self.absent_list.currentItem()
        if item is None:
            return
        pid = item.data(Qt.ItemDataRole.UserRole)
        apel_step(
            self.stack, self.plan, self.tr("Present at the apel"), lambda plan: rc.mark_present(plan, self.shift, [pid])
        )
        self.refresh()

    def replace_all(self) -> int:
        done = apel_step(
            self.stack, self.plan, self.tr("Replace the absent"), lambda plan: rc.replace_all(plan, self.shift)
        )
        self.message.setText(self.tr("%n places filled.", "", len(done)))
        self.refresh()
        return len(done)

    def fill_selected(self) -> bool:
        row = self.places_list.currentRow()
        places = rc.open_places(self.plan, self.shift)
        cand = self.candidates_list.currentItem() or self.candidates_list.item(0)
        if not 0 <= row < len(places) or cand is None:
            return False
        place, person = places[row], cand.data(Qt.ItemDataRole.UserRole)
        apel_step(
            self.stack,
            self.plan,
            self.tr("Replace the absent"),
            lambda plan: rc.fill_place(plan, self.shift, place, person),
        )
        self.refresh()
        return True

    # ------------------------------------------------------------------ display
    def _error(self, exc: RevisionError) -> str:
        from desktop.revisions.cli import revision_error_text

        return revision_error_text(exc, self.lang)

    def refresh(self) -> None:
        if not self.shift:
            return
        report = rc.apel_report(self.plan, self.shift, self.lang)
        t = report["total"]
        self.summary.setText(
            self.tr("Strength %1, absent %2, present %3")
            .replace("%1", str(t["jumlah"]))
            .replace("%2", str(t["kurang"]))
            .replace("%3", str(t["hadir"]))
        )
        call = self.plan.roll_calls.get(self.shift)
        unit = self.unit_box.currentData()
        self.duty_list.clear()
        absent = set(call.absences) if call else set()
        for pid in rc.on_duty(self.plan, self.shift):
            person = self.plan.personnel.get(pid)
            if person is None or pid in absent or (unit is not None and person.unit != unit):
                continue
            posts = ", ".join(a.post for a in self.plan.assignments_of(pid) if a.shift == self.shift)
            item = QListWidgetItem(f"{person.rank} {person.name} · {person.nrp or '-'} · {posts}")
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.duty_list.addItem(item)
        self.absent_list.clear()
        for a in call.absences.values() if call else ():
            item = QListWidgetItem(f"{a.label} · {reason_label(a.reason, self.lang)}")
            item.setData(Qt.ItemDataRole.UserRole, a.person)
            self.absent_list.addItem(item)
        self.places_list.clear()
        for p in rc.open_places(self.plan, self.shift):
            who = call.absences[p.absent].label if call else p.absent
            self.places_list.addItem(f"{p.post} ({p.role}) · {who}")
        if self.places_list.count():
            self.places_list.setCurrentRow(0)
        else:
            self.candidates_list.clear()

    def _show_candidates(self, row: int) -> None:
        self.candidates_list.clear()
        places = rc.open_places(self.plan, self.shift)
        if not 0 <= row < len(places):
            return
        for c in rc.candidates_for(self.plan, self.shift, places[row]):
            item = QListWidgetItem(f"{c.name} · {c.unit}")
            item.setData(Qt.ItemDataRole.UserRole, c.person)
            self.candidates_list.addItem(item)
        if self.candidates_list.count():
            self.candidates_list.setCurrentRow(0)
