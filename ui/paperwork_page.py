"""The Paperwork page: the naskah dinas marks of the printed documents, per operation.

Kop (three lines), place and day of signing, the parts of each document's letter number, and the
Surat Perintah's Pertimbangan, Dasar, Untuk and Tembusan. Each change is checked against its
bounds by the core (`desktop.briefing.paperwork.paperwork_changes`) and applied as one undo step.
The kop is also remembered as the planner's default: a new operation starts with it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.briefing import paperwork
from desktop.messages import render_error
from desktop.model import Plan
from ui import i18n
from ui import settings as app_settings
from ui.pages import SectionEdit
from ui.workspace import Workspace

KOP_DEFAULT = "paperwork/kop"  # QSettings: the planner's usual letterhead, one line per entry


def default_kop() -> list[str]:
    value = app_settings.settings().value(KOP_DEFAULT, [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or []) if str(v).strip()][: paperwork.KOP_LINES]


def remember_kop(lines: list[str]) -> None:
    app_settings.settings().setValue(KOP_DEFAULT, list(lines))


def apply_default_kop(plan: Plan) -> None:
    """Give a new operation the planner's usual kop (no undo step: it is how the plan starts)."""
    lines = default_kop()
    if lines and not plan.settings.get("kop"):
        plan.settings["kop"] = lines


class SetSettingsCommand(QUndoCommand):
    """Change per-operation settings (key -> value) as one undo step."""

    def __init__(self, plan: Plan, values: dict[str, object]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit paperwork"))
        self.plan, self.new = plan, values
        self.old = {k: plan.settings.get(k) for k in values}

    def redo(self) -> None:
        for key, value in self.new.items():
            self.plan.set_setting(key, value)

    def undo(self) -> None:
        for key, value in self.old.items():
            self.plan.set_setting(key, value)


class PaperworkPage(QWidget):
    """Kop, signing place and day, letter numbers and the Sprin's texts."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self._loading = False
        self._shown: dict[str, object] = {}
        self.kop = [QLineEdit() for _ in range(paperwork.KOP_LINES)]
        self.place = QLineEdit()
        self.signed_on = QDateEdit()
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setDisplayFormat("dd-MM-yyyy")
        self.parts: dict[str, dict[str, QLineEdit]] = {}
        self.previews: dict[str, QLabel] = {}
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020")
        self.error.setWordWrap(True)
        for edit in self.kop + [self.place]:
            edit.setMaxLength(paperwork.MAX_LINE)
            edit.editingFinished.connect(self._commit_marks)
        self.signed_on.editingFinished.connect(self._commit_marks)
        self.contacts = SectionEdit()
        self.contacts.setMinimumHeight(90)
        self.contacts.editing_finished.connect(self._commit_contacts)
        self.considering = SectionEdit()
        self.lists = {key: SectionEdit() for key in paperwork.SPRIN_LISTS}
        for edit in [self.considering, *self.lists.values()]:
            edit.editing_finished.connect(self._commit_sprin)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.marks_box = QGroupBox()
        self.marks_form = QFormLayout(self.marks_box)
        self.kop_labels = [QLabel() for _ in self.kop]
        for label, edit in zip(self.kop_labels, self.kop):
            self.marks_form.addRow(label, edit)
        self.place_label, self.date_label = QLabel(), QLabel()
        self.marks_form.addRow(self.place_label, self.place)
        self.marks_form.addRow(self.date_label, self.signed_on)
        layout.addWidget(self.marks_box)
        self.numbers_box = QGroupBox()
        grid = QGridLayout(self.numbers_box)
        self.part_labels = [QLabel() for _ in paperwork.LETTER_PARTS]
        for col, label in enumerate(self.part_labels, start=1):
            grid.addWidget(label, 0, col)
        self.doc_labels: dict[str, QLabel] = {}
        for row, doc in enumerate(paperwork.DOC_TYPES, start=1):
            self.doc_labels[doc] = QLabel()
            grid.addWidget(self.doc_labels[doc], row * 2 - 1, 0)
            self.parts[doc] = {}
            for col, part in enumerate(paperwork.LETTER_PARTS, start=1):
                edit = QLineEdit()
                edit.setMaxLength(paperwork.MAX_LINE)
                edit.editingFinished.connect(self._commit_marks)
                grid.addWidget(edit, row * 2 - 1, col)
                self.parts[doc][part] = edit
            self.previews[doc] = QLabel()
            grid.addWidget(self.previews[doc], row * 2, 1, 1, len(paperwork.LETTER_PARTS))
        layout.addWidget(self.numbers_box)
        self.sprin_box = QGroupBox()
        self.sprin_form = QFormLayout(self.sprin_box)
        self.considering_label = QLabel()
        self.sprin_form.addRow(self.considering_label, self.considering)
        self.list_labels = {key: QLabel() for key in paperwork.SPRIN_LISTS}
        for key, edit in self.lists.items():
            edit.setMinimumHeight(90)
            self.sprin_form.addRow(self.list_labels[key], edit)
        layout.addWidget(self.sprin_box)
        self.contacts_box = QGroupBox()
        contacts_layout = QVBoxLayout(self.contacts_box)
        contacts_layout.addWidget(self.contacts)
        layout.addWidget(self.contacts_box)
        layout.addWidget(self.error)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        workspace.plan_changed.connect(self._on_change)
        workspace.document_changed.connect(self.load)
        self.retranslate()

    def _on_change(self, change) -> None:
        if change.kind in ("settings", "reset", "operation") and not self._loading:
            self.load()

    def retranslate(self) -> None:
        self.marks_box.setTitle(self.tr("Letterhead (kop) and signing"))
        for i, label in enumerate(self.kop_labels, start=1):
            label.setText(self.tr("Kop line %1").replace("%1", str(i)))
        self.place_label.setText(self.tr("Signed at (place)"))
        self.date_label.setText(self.tr("Signed on"))
        self.numbers_box.setTitle(self.tr("Letter numbers (empty parts print as dots)"))
        names = [
            self.tr("Letter"),
            self.tr("Type"),
            self.tr("Serial"),
            self.tr("Month"),
            self.tr("Archive code"),
            self.tr("Year"),
        ]
        for label, name in zip(self.part_labels, names):
            label.setText(name)
        self.doc_labels["packet"].setText(self.tr("Security plan"))
        self.doc_labels["sprin"].setText(self.tr("Order (Sprin)"))
        self.sprin_box.setTitle(self.tr("Order (Surat Perintah): one item per line"))
        self.considering_label.setText(self.tr("Considering"))
        self.list_labels["basis"].setText(self.tr("Basis (Dasar)"))
        self.list_labels["tasks"].setText(self.tr("Tasks (Untuk)"))
        self.list_labels["copies_to"].setText(self.tr("Copies to (Tembusan)"))
        self.contacts_box.setTitle(
            self.tr("Outside parties for the contacts annex: party; name; phone; note (one per line)")
        )
        self.load()

    def load(self) -> None:
        self._loading = True
        try:
            plan = self.ws.plan
            info = paperwork.summary(plan)
            raw = plan.settings.get("kop")
            lines = list(info["kop"]) if raw else []
            for i, edit in enumerate(self.kop):
                edit.setText(lines[i] if i < len(lines) else "")
            self.place.setText(str(info["place"]))
            day = paperwork.signed_on(plan)
            self.signed_on.setDate(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
            given = plan.settings.get("letter_numbers")
            given = given if isinstance(given, dict) else {}
            for doc, edits in self.parts.items():
                parts = info["number_parts"][doc]
                mine = given.get(doc, {}) if isinstance(given.get(doc), dict) else {}
                for part, edit in edits.items():
                    edit.setText(str(mine.get(part, "")))
                    edit.setPlaceholderText(parts[part])
                self.previews[doc].setText(info["numbers"][doc])
            self.contacts.setPlainText("\n".join(paperwork.contact_line(c) for c in paperwork.outside_contacts(plan)))
            texts = paperwork.sprin_texts(plan, "id")
            self.considering.setPlainText(str(texts["considering"]))
            for key, edit in self.lists.items():
                edit.setPlainText("\n".join(texts[key]))
            self._shown = self._marks()
            read_only = self.ws.document.read_only
            for w in self.findChildren(QLineEdit) + [
                self.signed_on,
                self.considering,
                self.contacts,
                *self.lists.values(),
            ]:
                w.setEnabled(not read_only)
        finally:
            self._loading = False

    def _push(self, **kw) -> None:
        if self._loading or self.ws.document.read_only:
            return
        try:
            changes = paperwork.paperwork_changes(self.ws.plan, **kw)
        except paperwork.PaperworkError as exc:
            self.error.setText(self._message(exc))
            return
        self.error.clear()
        changes = {k: v for k, v in changes.items() if self.ws.plan.settings.get(k) != v}
        if not changes:
            return
        if "kop" in changes:
            remember_kop(list(changes["kop"]))  # type: ignore[arg-type]
        self.ws.undo_stack.push(SetSettingsCommand(self.ws.plan, changes))

    def _message(self, exc: paperwork.PaperworkError) -> str:
        return render_error(exc, i18n.language())

    def _marks(self) -> dict[str, object]:
        day = self.signed_on.date()
        return {
            "kop": [e.text().strip() for e in self.kop],
            "place": self.place.text().strip(),
            "signed_on_text": f"{day.year():04d}-{day.month():02d}-{day.day():02d}",
            "numbers": {
                doc: {part: edit.text().strip() for part, edit in edits.items()} for doc, edits in self.parts.items()
            },
        }

    def _commit_marks(self) -> None:
        """Apply what the planner changed since the page was loaded (nothing else)."""
        now = self._marks()
        changed = {k: v for k, v in now.items() if v != self._shown.get(k)}
        if changed:
            self._push(**changed)

    def _commit_contacts(self) -> None:
        lines = [line for line in self.contacts.toPlainText().split("\n") if line.strip()]
        if lines != [paperwork.contact_line(c) for c in paperwork.outside_contacts(self.ws.plan)]:
            self._push(contacts=lines)

    def _commit_sprin(self) -> None:
        sprin: dict[str, object] = {"considering": self.considering.toPlainText().strip()}
        for key, edit in self.lists.items():
            sprin[key] = [line.strip() for line in edit.toPlainText().split("\n") if line.strip()]
        current = paperwork.sprin_texts(self.ws.plan, "id")
        if all(current[k] == v for k, v in sprin.items()):
            return  # nothing typed: keep following the defaults of the operation's kind
        self._push(sprin=sprin)
