"""The candidates panel: ranked free people for the selected post (or empty place) in a shift.

Each row is a person with the reasons for their rank (skill, rank for danpos, same unit or
sector, rest, hours so far), from `desktop.planning.candidates`. Double-click or Enter assigns
the person through the undo stack; a place held for a unit (nama menyusul) is swapped for them.
The list follows the plan: after any edit it is worked out again (a moment later, once).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.planning.candidates import Candidate, place_slot, rank_candidates
from desktop.storage.document import OperationDocument
from ui.bridge import PlanBridge
from ui.commands import AssignCommand, FillPlaceholderCommand, SetDanposCommand
from ui.roles import PERSON_ROLE


class CandidatesPanel(QWidget):
    """Ranked candidates for one place; assigning goes through the undo stack."""

    # Fires after a candidate was assigned: (person id, post code, shift code).
    assigned = Signal(str, str, str)

    def __init__(
        self,
        document: OperationDocument,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        lang: str = "id",
        limit: int = 30,
    ) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.lang = lang
        self.limit = limit
        self.post: str | None = None
        self.shift: str | None = None
        self.role: str | None = None
        self.placeholder: tuple[str, str, str, int] | None = None
        self.candidates: list[Candidate] = []
        self._selected: str | None = None  # the one current post the panel follows
        self._ws = None
        self._language: Callable[[], str] = lambda: self.lang

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)  # the reasons wrap in a narrow dock instead of running off-screen
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)  # double-click or Enter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(30)
        self._refresh_timer.timeout.connect(self.refresh)
        self.bridge: PlanBridge | None = None
        self.set_document(document)
        self.retranslate()

    def retranslate(self) -> None:
        """Headers, title and reasons in the interface language (called on a language switch)."""
        self.tree.setHeaderLabels([self.tr("Person"), self.tr("Unit"), self.tr("Why")])
        self.lang = self._language()
        self.refresh()

    def follow(self, ws, posts, scene, language: Callable[[], str]) -> None:
        """Show the candidates for the one post selected in `posts` or on `scene` (or the
        "(nama menyusul)" place chosen in the post detail) in the workspace's current shift.

        Posts made current by the window itself (the chooser, a clicked problem, a new post) reach
        `show_posts` through the window's selection sync."""
        self._ws, self._language = ws, language

        def show_place(key) -> None:  # a "(nama menyusul)" row chosen in the post detail, or None
            self.lang = language()
            if key is not None:
                self.set_place(key[0], key[1], placeholder=tuple(key))
            else:
                self.set_place(self._selected, ws.current_shift)

        posts.posts_selected.connect(self.show_posts)
        scene.posts_selected.connect(self.show_posts)
        posts.detail.place_chosen.connect(show_place)
        ws.shift_changed.connect(lambda code: self.set_place(self._selected, code or None))
        ws.document_changed.connect(lambda: self.set_document(ws.document))

    def show_posts(self, codes: list[str]) -> None:
        """The current posts changed: show candidates for the one post, or none for several."""
        if self._ws is None:
            return
        self._selected = codes[0] if len(codes) == 1 else None
        self.lang = self._language()
        self.set_place(self._selected, self._ws.current_shift)

    def set_document(self, document: OperationDocument) -> None:
        if self.bridge is not None:
            self.bridge.changed.disconnect(self._plan_changed)
            self.bridge.close()
        self.document = document
        self.bridge = PlanBridge(document.plan, self)
        self.bridge.changed.connect(self._plan_changed)
        self.set_place(None, None)

    def set_place(
        self,
        post: str | None,
        shift: str | None,
        *,
        role: str | None = None,
        placeholder: tuple[str, str, str, int] | None = None,
    ) -> None:
        """Show candidates for `post` in `shift` (None clears); `role` 'danpos' asks for a commander."""
        self.post, self.shift, self.role, self.placeholder = post, shift, role, placeholder
        self.refresh()

    def _plan_changed(self, _change: object) -> None:
        if self.post is not None:
            self._refresh_timer.start()

    def refresh(self) -> None:
        plan = self.document.plan
        self.tree.clear()
        self.candidates = []
        if self.post not in plan.posts or self.shift not in plan.shifts:
            self.title.setText(self.tr("Select a post to see who fits it."))
            return
        slot = place_slot(plan, self.post, self.shift, role=self.role, placeholder=self.placeholder)
        what = {
            "danpos": self.tr("post commander (danpos)"),
            "skill": self.tr("a place needing %1").replace("%1", slot.want),
            "unit": self.tr("a place held for %1").replace("%1", slot.want),
            "police": self.tr("a police place of the TPS pattern"),
            "linmas": self.tr("a Linmas place of the TPS pattern"),
        }.get(slot.kind, self.tr("a member's place"))
        self.title.setText(
            self.tr("Candidates for %1 in shift %2: %3")
            .replace("%1", self.post)
            .replace("%2", self.shift)
            .replace("%3", what)
        )
        self.candidates = rank_candidates(
            plan, self.post, self.shift, role=self.role, placeholder=self.placeholder, limit=self.limit
        )
        for c in self.candidates:
            item = QTreeWidgetItem([c.name, c.unit, "; ".join(c.reasons(self.lang))])
            item.setData(0, PERSON_ROLE, c.person)
            item.setToolTip(2, "\n".join(c.reasons(self.lang)))
            self.tree.addTopLevelItem(item)
        if self.candidates:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.assign(item.data(0, PERSON_ROLE))

    def assign(self, person: str) -> None:
        """Put `person` on the shown place as one undo step."""
        plan = self.document.plan
        post, shift = self.post, self.shift
        if self.document.read_only or post is None or shift is None or person not in plan.personnel:
            return
        slot = place_slot(plan, post, shift, role=self.role, placeholder=self.placeholder)
        name = plan.personnel[person].name
        if self.placeholder is not None and self.placeholder in plan.placeholders:
            key = self.placeholder
            # A small command, not a plan snapshot: cheap to undo in a district-size plan.
            self.undo_stack.push(FillPlaceholderCommand(plan, key, person))
            self.placeholder = None
        elif slot.kind == "danpos":
            self.undo_stack.beginMacro(self.tr("Make %1 danpos of %2").replace("%1", name).replace("%2", post))
            self.undo_stack.push(AssignCommand(plan, person, post, shift))
            self.undo_stack.push(SetDanposCommand(plan, post, shift, person))
            self.undo_stack.endMacro()
        else:
            self.undo_stack.push(AssignCommand(plan, person, post, shift))
        self.assigned.emit(person, post, shift)
        self.refresh()
