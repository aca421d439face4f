"""Help > Quick Start, Keyboard Shortcuts and Manual: first steps with the demo, the shortcut list
(generated from the action table, so it cannot drift from the menus) and the README's sections.

The README is the project's manual (English); its sections are read from the copy shipped next to
the resources and shown inside the window, offline.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.resources import resources_root
from ui.actions import ACTIONS, CALL, CONTEXT, ActionRegistry

QUICK, SHORTCUTS, MANUAL = 0, 1, 2


def readme_path() -> Path:
    return resources_root().parent / "README.md"


def readme_sections(path: Path | None = None) -> list[tuple[str, str]]:
    """(title, markdown) of every second-level section of the README; empty when it is absent."""
    path = path or readme_path()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return []
    parts = re.split(r"^## ", text, flags=re.MULTILINE)[1:]
    return [(part.splitlines()[0].strip(), "## " + part) for part in parts]


def shortcut_rows(registry: ActionRegistry) -> list[tuple[str, str]]:
    """(action text, shortcut) for every action of the table that has a key, in menu order."""
    rows = []
    for spec in ACTIONS:
        action = registry[spec.id]
        # Keys a planner can type: chords and Delete, not the platform's media keys ("Open", "F14").
        keys = [
            text
            for seq in action.shortcuts()
            if "+" in (text := seq.toString(QKeySequence.SequenceFormat.NativeText))
            or seq[0].key() == Qt.Key.Key_Delete
        ]
        if not keys:
            continue
        text = QCoreApplication.translate(CONTEXT, spec.text) if spec.kind == CALL else action.text()
        rows.append((text.replace("&", "").rstrip(".").rstrip("."), ", ".join(keys)))
    return rows


class HelpDialog(QDialog):
    """Three tabs: quick start, keyboard shortcuts, manual sections."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Renpam Help"))
        self.tabs = QTabWidget()
        self.quick = QTextBrowser()
        self.quick.setOpenExternalLinks(False)
        self.shortcuts = QTableWidget(0, 2)
        self.shortcuts.verticalHeader().hide()
        self.shortcuts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.shortcuts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.shortcuts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.sections = QListWidget()
        self.section_text = QTextBrowser()
        manual = QSplitter(Qt.Orientation.Horizontal)
        manual.addWidget(self.sections)
        manual.addWidget(self.section_text)
        manual.setStretchFactor(1, 3)
        self.tabs.addTab(self.quick, "")
        self.tabs.addTab(self.shortcuts, "")
        self.tabs.addTab(manual, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._sections = readme_sections()
        for title, _text in self._sections:
            self.sections.addItem(title)
        self.sections.currentRowChanged.connect(self._show_section)
        self._fill(registry)
        if self._sections:
            self.sections.setCurrentRow(0)
        else:
            self.section_text.setPlainText(self.tr("The manual (README.md) is not installed with this copy of Renpam."))
        self.resize(760, 520)

    def _fill(self, registry: ActionRegistry) -> None:
        self.tabs.setTabText(QUICK, self.tr("Quick start"))
        self.tabs.setTabText(SHORTCUTS, self.tr("Keyboard shortcuts"))
        self.tabs.setTabText(MANUAL, self.tr("Manual"))
        self.shortcuts.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.quick.setHtml(
            self.tr(
                "<h3>First steps</h3>"
                "<ol>"
                "<li><b>Look at the demo</b>: write it with <tt>renpam demo demo.renpam</tt> and open it (Ctrl+O) to see a "
                "finished operation: people, posts on the site plan, shifts and the problems list.</li>"
                "<li><b>New operation</b> (Ctrl+N): fill in the <i>Operation</i> tab: name, venue, times (WIB, "
                "typed as 27-11-2024 18.00).</li>"
                "<li><b>Shifts first</b>: add at least one shift in the <i>Shifts</i> tab; posts are manned per "
                "shift.</li>"
                "<li><b>People</b>: File &gt; Import &gt; Roster to read a spreadsheet, or Add Person "
                "(Ctrl+Shift+N).</li>"
                "<li><b>Posts</b>: load the site plan image (Plan menu), then right-click the map to add a post "
                "where it stands; draw the ring outlines by clicking their corners, double-click to close.</li>"
                "<li><b>Assign</b>: drag people onto a marker, or select them, press Ctrl+Enter and choose the "
                "post; the <i>Candidates</i> panel ranks who fits the selected post.</li>"
                "<li><b>Check</b>: the <i>Problems</i> pane lists what is still wrong; click one to go to it.</li>"
                "<li><b>Print</b> (Ctrl+P) the briefing packet for the roll call, and <b>save</b> (Ctrl+S).</li>"
                "</ol>"
            )
        )
        rows = shortcut_rows(registry)
        self.shortcuts.setRowCount(len(rows))
        for row, (text, keys) in enumerate(rows):
            self.shortcuts.setItem(row, 0, QTableWidgetItem(text))
            self.shortcuts.setItem(row, 1, QTableWidgetItem(keys))

    def _show_section(self, row: int) -> None:
        if 0 <= row < len(self._sections):
            self.section_text.setMarkdown(self._sections[row][1])

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
