"""Spreadsheets in and out: roster and post lists from .xlsx/.csv, the deployment table back out.

No Qt here: the GUI wizard (`ui/import_wizard.py`) and the command line (`desktop.spreadsheets.cli`)
both call these functions.
"""

from desktop.spreadsheets.columns import FIELD_LABELS, IGNORE, KINDS, ColumnMap, column_letter, map_columns
from desktop.spreadsheets.importing import (
    ImportResult,
    Prepared,
    RowProblem,
    import_file,
    import_prepared,
    prepare,
    prepare_sheet,
)
from desktop.spreadsheets.reading import Sheet, SpreadsheetError, read_sheet, sheet_names

__all__ = [
    "FIELD_LABELS",
    "IGNORE",
    "KINDS",
    "ColumnMap",
    "ImportResult",
    "Prepared",
    "RowProblem",
    "Sheet",
    "SpreadsheetError",
    "column_letter",
    "import_file",
    "import_prepared",
    "map_columns",
    "prepare",
    "prepare_sheet",
    "read_sheet",
    "sheet_names",
]
