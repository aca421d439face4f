"""The "Changes since the last print" panel: the change engine's list, kept current as the plan is edited."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.revisions import RevisionError, find_revision, read_snapshot, snapshot_document
from desktop.revisions.changes import compare, roll_call_replacements
from ui import i18n

REFRESH_DELAY_MS = 400  # edits in quick succession are compared once


class ChangesPanel(QWidget):
    """Lists what changed since the newest print revision of the workspace's plan.

    The comparison runs on the GUI thread after a short pause in editing; on the district plan
    it takes a fraction of a second (tests/bench/bench_revisions.py). The heading and the changes
    (core sentences in `lang`) follow the interface language when it is switched.
    """

    def __init__(self, workspace, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.lang = lang or i18n.language()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.heading)
        lay.addWidget(self.list, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._cache: tuple[int, dict] | None = None  # (revision number, its inflated snapshot)
        self.ws.plan_changed.connect(lambda _change: self._timer.start())
        self.ws.document_changed.connect(self.refresh)
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The heading (Qt translation) and the change sentences (the core's) in the language now spoken."""
        self.lang = i18n.language()
        self.refresh()

    def refresh(self) -> None:
        plan = self.ws.plan
        self.list.clear()
        try:
            rev = find_revision(plan, None)
        except RevisionError:
            self.heading.setText(self.tr("The plan has not been printed yet."))
            return
        if rev.snapshot is None:
            self.heading.setText(self.tr("The last print is too old to compare with."))
            return
        if self._cache is None or self._cache[0] != id(rev):
            try:
                self._cache = (id(rev), read_snapshot(rev.snapshot))
            except RevisionError:
                self.heading.setText(self.tr("The last print's stored content is damaged; it cannot be compared."))
                return
        changes = compare(self._cache[1], snapshot_document(plan), roll_call_replacements(plan))
        when = rev.printed_at.strftime("%d-%m-%Y %H:%M")
        self.heading.setText(
            self.tr("Since print revision %1 (%2): %n changes", "", len(changes))
            .replace("%1", str(rev.number))
            .replace("%2", when)
        )
        for change in changes:
            item = QListWidgetItem(change.message(self.lang))
            item.setToolTip(", ".join(change.stale))
            self.list.addItem(item)
