"""Read a spreadsheet (.xlsx or .csv) into plain rows, numbered as the spreadsheet shows them.

Lists arrive from units and from the election commission in whatever Excel or a web portal
wrote: .xlsx, or .csv in UTF-8 (with or without the byte-order mark Excel adds) or in
Windows-1252 (older Excel on Windows), separated by commas, by semicolons (Excel's default where
the decimal mark is a comma, as in Indonesia) or by tabs. Nothing here knows what the columns
mean; `desktop.spreadsheets.columns` does that.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.errors import RenpamError

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (";", ",", "\t")

Cell = object  # str, int, float, datetime, bool or None as the file holds it


class SpreadsheetError(RenpamError):
    """The file cannot be read as a spreadsheet (missing, damaged, wrong kind, unknown sheet).

    Raised with a "sheet.*" code and its values; str() is the English sentence.
    """


@dataclass(slots=True)
class Sheet:
    """The cells of one sheet: `rows[i]` is spreadsheet row `numbers[i]` (1-based, as shown)."""

    rows: list[list[Cell]]
    numbers: list[int]
    name: str | None = None  # sheet name (.xlsx) or None (.csv)
    sheet_names: list[str] = field(default_factory=list)
    encoding: str | None = None  # .csv only: utf-8, utf-8-sig or cp1252
    delimiter: str | None = None  # .csv only


def sheet_names(path: str | Path) -> list[str]:
    """The sheet names of an .xlsx file in workbook order; [] for a .csv."""
    path = Path(path)
    if path.suffix.lower() not in XLSX_SUFFIXES:
        return []
    wb = _open_workbook(path)
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def read_sheet(path: str | Path, sheet: str | None = None) -> Sheet:
    """Every non-empty row of the .csv, or of the first (or named) sheet of the .xlsx."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise SpreadsheetError(f"{path.name}: file not found", code="sheet.missing", name=path.name)
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path, sheet)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path)
    if suffix == ".xls":
        raise SpreadsheetError(f"{path.name}: old Excel 97-2003 format; save it as .xlsx or .csv first",
                               code="sheet.old_excel", name=path.name)
    raise SpreadsheetError(f"{path.name}: not a spreadsheet (.xlsx or .csv expected)", code="sheet.not_spreadsheet",
                           name=path.name)


# ---------------------------------------------------------------------------- xlsx
def _open_workbook(path: Path):  # noqa: ANN202 - openpyxl's Workbook
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError, InvalidFileException ...
        raise SpreadsheetError(f"{path.name}: cannot be read as an Excel workbook ({exc})", code="sheet.bad_workbook",
                               name=path.name, detail=str(exc)) from None


def _read_xlsx(path: Path, sheet: str | None) -> Sheet:
    wb = _open_workbook(path)
    try:
        names = list(wb.sheetnames)
        if sheet is None:
            if not names:
                raise SpreadsheetError(f"{path.name}: the workbook has no sheet", code="sheet.no_sheet", name=path.name)
            sheet = names[0]
        elif sheet not in names:
            raise SpreadsheetError(f"{path.name}: no sheet {sheet!r} (sheets: {', '.join(names)})",
                                   code="sheet.unknown_sheet", name=path.name, sheet=repr(sheet), sheets=", ".join(names))
        ws = wb[sheet]
        rows: list[list[Cell]] = []
        numbers: list[int] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = [_clean(v) for v in values]
            while cells and cells[-1] is None:
                cells.pop()
            if cells:
                rows.append(cells)
                numbers.append(number)
        return Sheet(rows, numbers, sheet, names)
    finally:
        wb.close()


def _clean(value: object) -> Cell:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# ---------------------------------------------------------------------------- csv
def decode(data: bytes) -> tuple[str, str]:
    """The text of `data` and the encoding it was in: UTF-8 with BOM, UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Windows-1252 leaves five bytes undefined; a stray one should not lose the whole list.
        return data.decode("cp1252", errors="replace"), "cp1252"


def detect_delimiter(text: str) -> str:
    """Semicolon, comma or tab: whichever splits the first lines into the most, evenest columns.

    A title line above the header ("DAFTAR PERSONEL") has one cell whatever the separator, so
    lines are scored by the most common column count among those that split at all.
    """
    lines = [line for line in text.splitlines() if line.strip()][:30]
    best, best_score = ",", (0, 0)
    for delim in DELIMITERS:
        counts = [n for n in (len(r) for r in csv.reader(lines, delimiter=delim)) if n > 1]
        if not counts:
            continue
        common = max(set(counts), key=lambda n: (counts.count(n), n))
        score = (counts.count(common), common)
        if score > best_score:
            best, best_score = delim, score
    return best


def _unguard(text: str) -> str:
    """Drop the apostrophe that guards a cell like "'=..." or "'+62..." against running as a formula."""
    return text[1:] if len(text) > 1 and text[0] == "'" and text[1] in "=+-@" else text


def _read_csv(path: Path) -> Sheet:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpreadsheetError(f"{path.name}: {exc.strerror or exc}", code="sheet.unreadable", name=path.name,
                               detail=str(exc.strerror or exc)) from None
    if data.startswith(b"PK\x03\x04"):
        raise SpreadsheetError(f"{path.name}: this is an Excel workbook; name it .xlsx", code="sheet.excel_named_csv",
                               name=path.name)
    text, encoding = decode(data)
    hint = re.match(r"sep=(.)\r?\n", text)
    if hint:  # Excel's "sep=;" first line names the separator and is not shown as a row
        delimiter, text = hint.group(1), text[hint.end():]
    else:
        delimiter = detect_delimiter(text)
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, record in enumerate(reader, start=1):
            cells: list[Cell] = [_unguard(c.strip()) or None for c in record]
            while cells and cells[-1] is None:
                cells.pop()
            if cells:
                rows.append(cells)
                numbers.append(number)
    except csv.Error as exc:
        raise SpreadsheetError(f"{path.name}: row {reader.line_num}: {exc}", code="sheet.bad_csv_row", name=path.name,
                               row=reader.line_num, detail=str(exc)) from None
    return Sheet(rows, numbers, None, [], encoding, delimiter)
