"""Dialogs for one person, one post, one shift; the post chooser; the settings dialog."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import fields, limits, palette
from desktop.model import KNOWN_SKILLS, Person, Plan, Post, Shift, new_person_id
from desktop.ranks import RANKS, normalize_rank
from ui import i18n, labels
from ui.post_models import PostsFilter, PostsModel
from ui.post_vote_fields import VoteFields
from ui.roles import KEY_ROLE
from ui.time_edit import DATETIME_FORMAT, PLAN_ZONE, PlanTimeEdit, from_qdatetime, to_qdatetime, tomorrow_morning  # noqa: F401 (re-exported)


def _combo(pairs: list[tuple[object, str]], current: object) -> QComboBox:
    box = QComboBox()
    for code, text in pairs:
        box.addItem(text, code)
    index = box.findData(current)
    box.setCurrentIndex(max(0, index))
    return box


def datetime_edit(value: datetime | None = None, suggested: datetime | None = None) -> PlanTimeEdit:
    return PlanTimeEdit(value, suggested)


def form_with_error_and_buttons(dialog: QDialog, form: QFormLayout) -> QLabel:
    """Lay out an edit dialog: the form, a red line for what is wrong, OK / Cancel.

    Returns the error label; the dialog's accept() writes to it instead of closing.
    """
    error = QLabel()
    error.setStyleSheet(f"color: {palette.ALERT}")
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(_buttons(dialog))
    return error


def limit_error(problems: list[limits.Problem], field_labels: dict[str, str]) -> str:
    """The first value beyond Renpam's bounds as one line: 'Name: 1.500 karakter, paling banyak 200'.

    `field_labels` maps a field to the caption the dialog shows for it ('&Name' -> 'Name').
    """
    if not problems:
        return ""
    problem = problems[0]
    label = field_labels.get(problem.field, problem.field).replace("&", "")
    return f"{label}: {problem.message(i18n.language())}"


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class PersonDialog(QDialog):
    """Add or edit one person of the roster."""

    def __init__(self, plan: Plan, person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.original = person
        p = person or Person(id=new_person_id(), name="")
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add person"))
        form = QFormLayout()
        self.name = QLineEdit(p.name)
        self.rank = QComboBox()
        self.rank.setEditable(True)
        for r in reversed(RANKS):
            self.rank.addItem(f"{r.abbr} — {r.name}", r.abbr)
        self.rank.setCurrentText(p.rank)
        if p.rank:
            idx = self.rank.findData(normalize_rank(p.rank))
            if idx >= 0:
                self.rank.setCurrentIndex(idx)
        else:
            self.rank.setCurrentIndex(-1)
        self.nrp = QLineEdit(p.nrp)
        self.nrp.setPlaceholderText(self.tr("8 digits for Polri officers; 18 (NIP) for civil staff"))
        self.unit = _combo(
            [(None, self.tr("(no unit)"))] + [(u.code, f"{u.code} — {u.name}") for u in plan.units.values()], p.unit
        )
        self.position = QLineEdit(p.position)
        self.gender = _combo(labels.choices(labels.GENDERS), p.gender)
        self.phone = QLineEdit(p.phone)
        self.callsign = QLineEdit(p.callsign)
        self.skills = QLineEdit(", ".join(p.skills))
        self.skills.setPlaceholderText(", ".join(KNOWN_SKILLS))
        self.origin = QLineEdit(p.origin)
        self.origin.setMaxLength(limits.NAME_CHARS)
        self.origin.setPlaceholderText(self.tr("lending unit, for BKO personnel (e.g. Sat Brimob Polda Jabar)"))
        self.field_labels: dict[str, str] = {}
        for label, widget, fld in (
            (self.tr("&Name"), self.name, "name"),
            (self.tr("&Rank"), self.rank, "rank"),
            (self.tr("NR&P"), self.nrp, "nrp"),
            (self.tr("&Unit"), self.unit, "unit"),
            (self.tr("P&osition"), self.position, "position"),
            (self.tr("&Gender"), self.gender, "gender"),
            (self.tr("P&hone"), self.phone, "phone"),
            (self.tr("&Call sign"), self.callsign, "callsign"),
            (self.tr("&Skills"), self.skills, "skills"),
            (self.tr("BKO &from"), self.origin, "origin"),
        ):
            form.addRow(label, widget)
            self.field_labels[fld] = label
        self.error = form_with_error_and_buttons(self, form)
        self.result_person: Person | None = None
        self._id = p.id

    def person(self) -> Person:
        rank_text = (
            self.rank.currentData()
            if self.rank.currentIndex() >= 0 and self.rank.currentText() == self.rank.itemText(self.rank.currentIndex())
            else self.rank.currentText()
        )
        skills = list(dict.fromkeys(s.strip().lower() for s in self.skills.text().split(",") if s.strip()))
        return Person(
            id=self._id,
            name=self.name.text().strip(),
            nrp=self.nrp.text().strip(),
            rank=normalize_rank(rank_text or ""),
            unit=self.unit.currentData(),
            position=self.position.text().strip(),
            gender=self.gender.currentData(),
            phone=self.phone.text().strip(),
            callsign=self.callsign.text().strip(),
            skills=skills,
            origin=self.origin.text().strip(),
        )

    def accept(self) -> None:
        person = self.person()
        if not person.name:
            self.error.setText(self.tr("A person needs a name."))
            return
        problems = fields.person_problems(person, self.plan.agency_of(person))
        if problems:  # the one rule for NRP and phone (desktop.fields), in the interface language
            self.error.setText(problems[0].message(i18n.language()))
            return
        problem = limit_error(limits.person_problems(person), self.field_labels)
        if problem:
            self.error.setText(problem)
            return
        self.result_person = person
        super().accept()


class PostDialog(QDialog):
    """Add or edit one post: where, what, how many, which shifts."""

    def __init__(
        self, plan: Plan, post: Post | None = None, at: tuple[float, float] = (0.5, 0.5), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.original = post
        p = post or Post(code=self._next_code(plan), x=at[0], y=at[1])
        self.setWindowTitle(self.tr("Edit post %1").replace("%1", p.code) if post else self.tr("Add post"))
        self.base = p
        form = QFormLayout()
        self.code = QLineEdit(p.code)
        self.code.setReadOnly(post is not None)
        self.name = QLineEdit(p.name)
        self.ring = _combo(labels.choices(labels.RINGS), p.ring)
        self.kind = _combo(labels.choices(labels.POST_KINDS), p.kind)
        self.min_staff = QSpinBox()
        self.min_staff.setRange(0, 999)
        self.min_staff.setValue(p.min_staff)
        self.max_staff = QSpinBox()
        self.max_staff.setRange(0, 999)
        self.max_staff.setSpecialValueText(self.tr("no limit"))
        self.max_staff.setValue(p.max_staff or 0)
        staff = QHBoxLayout()
        staff.addWidget(QLabel(self.tr("min")))
        staff.addWidget(self.min_staff)
        staff.addWidget(QLabel(self.tr("max")))
        staff.addWidget(self.max_staff)
        self.skills = QLineEdit(", ".join(f"{k}:{v}" for k, v in p.required_skills.items()))
        self.skills.setPlaceholderText("polwan:1, negosiator:1")
        self.min_rank = QComboBox()
        self.min_rank.addItem(self.tr("(any rank)"), None)
        for r in reversed(RANKS):
            self.min_rank.addItem(r.abbr, r.abbr)
        self.min_rank.setCurrentIndex(max(0, self.min_rank.findData(p.commander_min_rank)))
        self.channel = QLineEdit(p.radio_channel)
        self.shift_boxes: dict[str, QCheckBox] = {}
        shifts_row = QHBoxLayout()
        for code, shift in plan.shifts.items():
            box = QCheckBox(f"{code}")
            box.setToolTip(shift.name)
            box.setChecked(p.manned_in(code))
            self.shift_boxes[code] = box
            shifts_row.addWidget(box)
        shifts_row.addStretch(1)
        self.tasks = QPlainTextEdit(p.tasks)
        self.tasks.setTabChangesFocus(True)
        self.tasks.setFixedHeight(70)
        self.equipment = QPlainTextEdit(p.equipment)
        self.equipment.setTabChangesFocus(True)
        self.equipment.setFixedHeight(50)
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Ring"), self.ring)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("Staff"), staff)
        form.addRow(self.tr("Required s&kills"), self.skills)
        form.addRow(self.tr("Danpos at least"), self.min_rank)
        form.addRow(self.tr("Radio c&hannel"), self.channel)
        form.addRow(self.tr("Manned in shifts"), shifts_row)
        form.addRow(self.tr("&Tasks"), self.tasks)
        form.addRow(self.tr("&Equipment"), self.equipment)
        self.vote = VoteFields(form, p, self.kind)  # a polling station's rows, an escort's route
        self.error = form_with_error_and_buttons(self, form)
        self.result_post: Post | None = None
        self.resize(540, 0)

    @staticmethod
    def _next_code(plan: Plan) -> str:
        n = len(plan.posts) + 1
        while f"P{n:02d}" in plan.posts:
            n += 1
        return f"P{n:02d}"

    def post(self) -> Post:
        skills: dict[str, int] = {}
        for part in self.skills.text().split(","):
            if not part.strip():
                continue
            name, _, count = part.partition(":")
            skills[name.strip().lower()] = int(count) if count.strip().isdigit() else 1
        shifts = [c for c, box in self.shift_boxes.items() if box.isChecked()]
        if len(shifts) == len(self.shift_boxes):
            shifts = []
        return replace(
            self.base,
            code=self.code.text().strip(),
            name=self.name.text().strip(),
            ring=self.ring.currentData(),
            kind=self.kind.currentData(),
            min_staff=self.min_staff.value(),
            max_staff=self.max_staff.value() or None,
            required_skills=skills,
            commander_min_rank=self.min_rank.currentData(),
            radio_channel=self.channel.text().strip(),
            shifts=shifts,
            tasks=self.tasks.toPlainText().strip(),
            equipment=self.equipment.toPlainText().strip(),
            **self.vote.values(),  # type: ignore[arg-type]
        )

    def accept(self) -> None:
        post = self.post()
        if not post.code:
            self.error.setText(self.tr("A post needs a code."))
            return
        if self.original is None and post.code in self.plan.posts:
            self.error.setText(self.tr("There is already a post %1.").replace("%1", post.code))
            return
        if post.max_staff is not None and post.max_staff < post.min_staff:
            self.error.setText(self.tr("The maximum is below the minimum."))
            return
        if self.vote.problem():
            self.error.setText(self.vote.problem())
            return
        problem = limit_error(
            limits.post_problems(post),
            {
                "code": self.tr("&Code"),
                "name": self.tr("&Name"),
                "required_skills": self.tr("Required s&kills"),
                "radio_channel": self.tr("Radio c&hannel"),
                "tasks": self.tr("&Tasks"),
                "equipment": self.tr("&Equipment"),
                "min_staff": self.tr("Staff"),
                "max_staff": self.tr("Staff"),
                **self.vote.labels(),
            },
        )
        if problem:
            self.error.setText(problem)
            return
        self.result_post = post
        super().accept()


class ShiftDialog(QDialog):
    """Add or edit one shift (phase) with its times."""

    def __init__(self, plan: Plan, shift: Shift | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan, self.original = plan, shift
        s = shift or Shift(code="", start=plan.operation.start, end=plan.operation.end)
        self.setWindowTitle(self.tr("Edit shift") if shift else self.tr("Add shift"))
        form = QFormLayout()
        self.code = QLineEdit(s.code)
        self.code.setReadOnly(shift is not None)
        self.name = QLineEdit(s.name)
        now = tomorrow_morning()
        self.start = datetime_edit(s.start or now)
        self.end = datetime_edit(s.end or now + timedelta(hours=8))
        form.addRow(self.tr("&Code"), self.code)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow(self.tr("&End"), self.end)
        self.error = form_with_error_and_buttons(self, form)
        self.result_shift: Shift | None = None

    def accept(self) -> None:
        shift = Shift(
            self.code.text().strip(),
            self.name.text().strip(),
            from_qdatetime(self.start.dateTime()),
            from_qdatetime(self.end.dateTime()),
        )
        if not shift.code:
            self.error.setText(self.tr("A shift needs a code."))
            return
        if self.original is None and shift.code in self.plan.shifts:
            self.error.setText(self.tr("There is already a shift %1.").replace("%1", shift.code))
            return
        if fields.span_problem(shift.start, shift.end):
            self.error.setText(self.tr("The shift ends before it starts."))
            return
        problem = limit_error(limits.shift_problems(shift), {"code": self.tr("&Code"), "name": self.tr("&Name")})
        if problem:
            self.error.setText(problem)
            return
        self.result_shift = shift
        super().accept()


class PostChooser(QDialog):
    """'Assign to post...': type to search, arrows to pick, Enter to assign."""

    def __init__(
        self,
        posts_model: PostsModel,
        count: int,
        parent: QWidget | None = None,
        *,
        current: str | None = None,
        shift: str = "",
    ) -> None:
        super().__init__(parent)
        self._current = current
        self.setWindowTitle(
            self.tr("Assign to post in shift %1").replace("%1", shift) if shift else self.tr("Assign to post")
        )
        self.proxy = PostsFilter(self)
        self.proxy.setSourceModel(posts_model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search post by code, name, kind..."))
        self.search.setClearButtonEnabled(True)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self.accept)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        if not shift:
            text = self.tr("%n people selected.", "", count)
        elif count == 1:
            text = self.tr("The selected person goes to the post chosen below, in shift %1.").replace("%1", shift)
        else:
            text = (
                self.tr("%1 selected people go to the post chosen below, in shift %2.")
                .replace("%1", str(count))
                .replace("%2", shift)
            )
        info = QLabel(text)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addWidget(_buttons(self))
        self.resize(620, 420)
        self._select_first()

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._select_first()

    def _select_first(self) -> None:
        """Start on the current post (the one the planner is looking at), else the first row."""
        if not self.proxy.rowCount():
            return
        if self._current is not None and not self.search.text():
            for row in range(self.proxy.rowCount()):
                if self.proxy.index(row, 0).data(KEY_ROLE) == self._current:
                    self.view.selectRow(row)
                    self.view.scrollTo(self.proxy.index(row, 0))
                    return
        self.view.selectRow(0)

    def eventFilter(self, obj, event) -> bool:
        from PySide6.QtCore import QEvent

        if (
            obj is self.search
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            self.view.setFocus()
            self.view.keyPressEvent(event)
            return True
        return super().eventFilter(obj, event)

    def chosen(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(KEY_ROLE)


class SettingsDialog(QDialog):
    """Preferences: interface language and the backup copy on saving (applied at once)."""

    def __init__(self, language: str, parent: QWidget | None = None, *, keep_backup: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        form.addRow(self.tr("Interface &language"), self.language)
        self.keep_backup = QCheckBox(self.tr("&Keep the previous version as NAME.renpam.bak"))
        self.keep_backup.setChecked(keep_backup)
        self.keep_backup.setToolTip(
            self.tr(
                "Each save first keeps the file as it was before, beside it, "
                "so a wrong save can be undone by opening the .bak copy."
            )
        )
        form.addRow(self.tr("Saving"), self.keep_backup)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def chosen_language(self) -> str:
        return self.language.currentData()

    def chosen_keep_backup(self) -> bool:
        return self.keep_backup.isChecked()


__all__ = [
    "PersonDialog",
    "PostChooser",
    "PostDialog",
    "SettingsDialog",
    "ShiftDialog",
    "datetime_edit",
    "from_qdatetime",
    "to_qdatetime",
]
