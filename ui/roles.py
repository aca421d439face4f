"""The item-data roles of the window's models and item widgets, defined once.

A view or delegate that reads a row's key asks for the role named here, never for a bare
`Qt.ItemDataRole.UserRole + n`, so two modules cannot disagree about what a number means.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

# The code of the row in a QListWidget/QTableWidget of plain items (shift, unit, post, sheet row).
CODE_ROLE = Qt.ItemDataRole.UserRole
# The key of a model row: a person id (roster, post detail, candidates), a post code (posts), the
# Finding of a row in the problems list.
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# The value that sorts a column the way a planner expects (rank ladder, natural codes).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# The key (post, shift, unit, number) of a placeholder row ("nama menyusul") in the post detail.
PLACEHOLDER_ROLE = Qt.ItemDataRole.UserRole + 7

# What ProblemsModel returns for a row under KEY_ROLE (the Finding), by its own name.
FINDING_ROLE = KEY_ROLE
# What CandidatesPanel rows carry under KEY_ROLE (the person id), by its own name.
PERSON_ROLE = KEY_ROLE
