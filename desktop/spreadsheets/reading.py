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
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop import limits
from desktop.errors import RenpamError
from desktop.limits import number_words

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
    _check_file_size(path)
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path, sheet)
    if suffix in CSV_SUFFIXES:
        return _read_csv(path)
    if suffix == ".xls":
        raise SpreadsheetError(
            f"{path.name}: old Excel 97-2003 format; save it as .xlsx or .csv first",
            code="sheet.old_excel",
            name=path.name,
        )
    raise SpreadsheetError(
        f"{path.name}: not a spreadsheet (.xlsx or .csv expected)", code="sheet.not_spreadsheet", name=path.name
    )


# ---------------------------------------------------------------------------- xlsx
def _check_file_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SpreadsheetError(
            f"{path.name}: {exc.strerror or exc}",
            code="sheet.unreadable",
            name=path.name,
            detail=str(exc.strerror or exc),
        ) from None
    if size > limits.MAX_SPREADSHEET_BYTES:
        raise SpreadsheetError(
            f"{path.name}: the file is too large ({size // (1024 * 1024)} MB, "
            f"at most {limits.MAX_SPREADSHEET_BYTES // (1024 * 1024)} MB)",
            code="sheet.too_large",
            name=path.name,
            size=number_words(size // (1024 * 1024)),
            limit=limits.MAX_SPREADSHEET_BYTES // (1024 * 1024),
        )


def _check_archive(path: Path) -> None:
    """Refuse an .xlsx whose zip would inflate beyond the caps, before anything is inflated.

    The sizes a zip declares bind: Python's zipfile stops at the declared size and checks the
    CRC, so a member cannot inflate past what is checked here.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise SpreadsheetError(
            f"{path.name}: cannot be read as an Excel workbook ({_reason(exc)})",
            code="sheet.bad_workbook",
            name=path.name,
            detail=_reason(exc),
        ) from None
    if len(members) > limits.MAX_XLSX_MEMBERS:
        raise SpreadsheetError(
            f"{path.name}: the workbook holds {len(members):,} parts, "
            f"more than a roster needs ({limits.MAX_XLSX_MEMBERS:,})",
            code="sheet.too_many_parts",
            name=path.name,
            count=number_words(len(members)),
            limit=number_words(limits.MAX_XLSX_MEMBERS),
        )
    mb = 1024 * 1024
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > limits.MAX_XLSX_MEMBER_BYTES:
            raise SpreadsheetError(
                f"{path.name}: {member.filename} unpacks to {member.file_size // mb:,} MB, more than a "
                f"roster needs ({limits.MAX_XLSX_MEMBER_BYTES // mb} MB)",
                code="sheet.part_too_large",
                name=path.name,
                part=member.filename,
                size=number_words(member.file_size // mb),
                limit=limits.MAX_XLSX_MEMBER_BYTES // mb,
            )
    if total > limits.MAX_XLSX_UNCOMPRESSED_BYTES:
        raise SpreadsheetError(
            f"{path.name}: the workbook unpacks to {total // mb:,} MB, more than a roster "
            f"needs ({limits.MAX_XLSX_UNCOMPRESSED_BYTES // mb} MB)",
            code="sheet.unpacks_too_large",
            name=path.name,
            size=number_words(total // mb),
            limit=limits.MAX_XLSX_UNCOMPRESSED_BYTES // mb,
        )


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:160]


def _open_workbook(path: Path):
    from openpyxl import load_workbook

    _check_file_size(path)
    _check_archive(path)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError, InvalidFileException, ParseError ...
        reason = _reason(exc)
    _collect_parsers()
    raise SpreadsheetError(
        f"{path.name}: cannot be read as an Excel workbook ({reason})",
        code="sheet.bad_workbook",
        name=path.name,
        detail=reason,
    )


def _collect_parsers() -> None:
    """Free the XML parsers a failed read left in reference cycles, now.

    openpyxl's worksheet and workbook refer to each other, so the generators and XML parser of a
    failed read live on in a cycle. Python 3.12.1 crashes (segfault) when such a parser is only
    collected at interpreter exit (CPython gh-113583), so a damaged sheet ended the command line
    with a crash after its message. The error is raised outside the `except` block, so it does
    not keep the parser's traceback alive, and a collection runs before it.
    """
    import gc

    gc.collect()


def _read_xlsx(path: Path, sheet: str | None) -> Sheet:
    wb = _open_workbook(path)
    try:
        names = list(wb.sheetnames)
        if sheet is None:
            if not names:
                raise SpreadsheetError(f"{path.name}: the workbook has no sheet", code="sheet.no_sheet", name=path.name)
            sheet = names[0]
        elif sheet not in names:
            raise SpreadsheetError(
                f"{path.name}: no sheet {sheet!r} (sheets: {', '.join(names)})",
                code="sheet.unknown_sheet",
                name=path.name,
                sheet=repr(sheet),
                sheets=", ".join(names),
            )
        ws = wb[sheet]
        rows: list[list[Cell]] = []
        numbers: list[int] = []
        # One row past the cap is read, so that a sheet reaching beyond it is noticed; the sheet's
        # declared dimension is not trusted (it may claim a million rows), and openpyxl fills rows
        # up to the cap only when the sheet really has a row past it. Rows are as wide as the
        # dimension says (checked above) or, without one, as their last cell.
        declared = ws.max_column  # from the sheet's dimension, when it has one
        if declared is not None and declared > limits.MAX_SHEET_COLUMNS:
            raise SpreadsheetError(
                f"{path.name}: the sheet has {declared:,} columns, more than {limits.MAX_SHEET_COLUMNS}",
                code="sheet.too_many_columns",
                name=path.name,
                count=number_words(declared),
                limit=limits.MAX_SHEET_COLUMNS,
            )
        try:
            for number, values in enumerate(ws.iter_rows(max_row=limits.MAX_SHEET_ROWS + 1, values_only=True), start=1):
                if number > limits.MAX_SHEET_ROWS:  # the sheet holds a row past the cap, empty or not
                    raise SpreadsheetError(
                        f"{path.name}: the sheet has more than {limits.MAX_SHEET_ROWS:,} rows",
                        code="sheet.too_many_rows",
                        name=path.name,
                        limit=number_words(limits.MAX_SHEET_ROWS),
                    )
                cells = [_clean(v) for v in values]
                while cells and cells[-1] is None:
                    cells.pop()
                if not cells:
                    continue
                _keep_row(path, number, cells, rows, numbers)
        except SpreadsheetError:
            raise
        except Exception as exc:  # a damaged sheet: ParseError, zlib or CRC errors, bad values
            failure = (sheet, _reason(exc))
        else:
            return Sheet(rows, numbers, sheet, names)
    finally:
        wb.close()
    del wb, ws
    _collect_parsers()
    raise SpreadsheetError(
        f"{path.name}: the sheet {failure[0]!r} is damaged ({failure[1]})",
        code="sheet.damaged",
        name=path.name,
        sheet=repr(failure[0]),
        detail=failure[1],
    )


def _keep_row(path: Path, number: int, cells: list[Cell], rows: list[list[Cell]], numbers: list[int]) -> None:
    """Keep a non-empty row of a sheet or list with its spreadsheet row number, once it is within
    the column bound and its cells are checked (both readers, .xlsx and .csv, end a row here)."""
    if len(cells) > limits.MAX_SHEET_COLUMNS:
        raise SpreadsheetError(
            f"{path.name}: row {number} has more than {limits.MAX_SHEET_COLUMNS} columns",
            code="sheet.row_too_wide",
            name=path.name,
            row=number,
            limit=limits.MAX_SHEET_COLUMNS,
        )
    _check_cells(path, number, cells)
    rows.append(cells)
    numbers.append(number)


def _check_cells(path: Path, number: int, cells: list[Cell]) -> None:
    for index, value in enumerate(cells):
        if isinstance(value, str) and len(value) > limits.MAX_CELL_CHARS:
            from desktop.spreadsheets.columns import column_letter

            raise SpreadsheetError(
                f"{path.name}: row {number}, column {column_letter(index)} holds {len(value):,} characters; "
                f"a spreadsheet cell holds at most {limits.MAX_CELL_CHARS:,}",
                code="sheet.cell_too_long",
                name=path.name,
                row=number,
                column=column_letter(index),
                length=number_words(len(value)),
                limit=number_words(limits.MAX_CELL_CHARS),
            )


def _clean(value: object) -> Cell:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


# ---------------------------------------------------------------------------- csv
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe", "utf-16", "utf-16-le"),  # Excel's "Unicode text" and many web exports
    (b"\xfe\xff", "utf-16", "utf-16-be"),
)


def decode(data: bytes, name: str = "the file") -> tuple[str, str]:
    """The text of `data` and the encoding it was in.

    A byte-order mark names the encoding (UTF-8, UTF-16 little- or big-endian); without one the
    text is UTF-8, else Windows-1252 (older Excel on Windows). Bytes that are none of these are
    refused naming the row they are in, never turned silently into other characters.
    """
    for bom, label, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return body.decode(codec), label
            except UnicodeDecodeError as exc:
                raise _undecodable(name, body, exc, label) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise _undecodable(name, data, exc, "UTF-8 or Windows-1252") from None


def _undecodable(name: str, data: bytes, exc: UnicodeDecodeError, encoding: str) -> SpreadsheetError:
    newline = b"\n\x00" if encoding == "utf-16" and data[1:2] == b"\x00" else b"\n"
    row = data[: exc.start].count(newline) + 1
    bad = data[exc.start : exc.start + 1].hex().upper()
    return SpreadsheetError(
        f"{name}: row {row} cannot be read as text (byte 0x{bad} is not {encoding}); "
        f"save the list as UTF-8 CSV or as .xlsx",
        code="sheet.undecodable",
        name=name,
        row=row,
        byte=f"0x{bad}",
        encoding=encoding,
    )


def detect_delimiter(text: str) -> str:
    """Semicolon, comma or tab: whichever splits the first lines into the most, evenest columns.

    A title line above the header ("DAFTAR PERSONEL") has one cell whatever the separator, so
    lines are scored by the most common column count among those that split at all.
    """
    # The first lines, each cut short: detection needs a few cells, and a hostile 50 MB line would
    # otherwise overflow the csv module's field limit here.
    lines = [line[:4096] for line in text[:1_000_000].splitlines() if line.strip()][:30]
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
    return text[1:] if len(text) > 1 and text[0] == "'" and text[1] in "=+-@\t\r" else text


def _read_csv(path: Path) -> Sheet:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SpreadsheetError(
            f"{path.name}: {exc.strerror or exc}",
            code="sheet.unreadable",
            name=path.name,
            detail=str(exc.strerror or exc),
        ) from None
    if data.startswith(b"PK\x03\x04"):
        raise SpreadsheetError(
            f"{path.name}: this is an Excel workbook; name it .xlsx", code="sheet.excel_named_csv", name=path.name
        )
    text, encoding = decode(data, path.name)
    hint = re.match(r"sep=(.)\r?\n", text)
    if hint:  # Excel's "sep=;" first line names the separator and is not shown as a row
        delimiter, text = hint.group(1), text[hint.end() :]
    else:
        delimiter = detect_delimiter(text)
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            cells: list[Cell] = [_unguard(c.strip()) or None for c in record]
            while cells and cells[-1] is None:
                cells.pop()
            if not cells:
                continue
            if number > limits.MAX_SHEET_ROWS:
                raise SpreadsheetError(
                    f"{path.name}: the list has more than {limits.MAX_SHEET_ROWS:,} rows",
                    code="sheet.list_too_many_rows",
                    name=path.name,
                    limit=number_words(limits.MAX_SHEET_ROWS),
                )
            _keep_row(path, number, cells, rows, numbers)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):  # a cell of more than 131,072 characters
            raise SpreadsheetError(
                f"{path.name}: row {number + 1} holds a cell longer than {limits.MAX_CELL_CHARS:,} characters",
                code="sheet.csv_cell_too_long",
                name=path.name,
                row=number + 1,
                limit=number_words(limits.MAX_CELL_CHARS),
            ) from None
        raise SpreadsheetError(
            f"{path.name}: row {reader.line_num}: {exc}",
            code="sheet.bad_csv_row",
            name=path.name,
            row=reader.line_num,
            detail=str(exc),
        ) from None
    return Sheet(rows, numbers, None, [], encoding, delimiter)
