"""The keyboard path out of a search box: Down or Enter moves into the results, Escape clears.

`install(search, view)` is used by every list with a search box above it (roster, posts).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit


class SearchKeys(QObject):
    """Event filter on a search box that hands the keyboard to its result list."""

    def __init__(self, search: QLineEdit, view: QAbstractItemView) -> None:
        super().__init__(search)
        self.search, self.view = search, view
        search.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is not self.search or event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.enter_results()
            return True
        return False

    def enter_results(self) -> None:
        """Focus the list on its first result (or the one already selected)."""
        model = self.view.model()
        if model is None or not model.rowCount():
            return
        selection = self.view.selectionModel()
        if not selection.selectedRows():
            first = model.index(0, 0)
            selection.select(
                first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.view.setCurrentIndex(first)
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)


def install(search: QLineEdit, view: QAbstractItemView) -> SearchKeys:
    return SearchKeys(search, view)
