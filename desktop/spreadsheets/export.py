"""The deployment table (plotting personel) as a spreadsheet for superiors.

.xlsx: one sheet per shift (post, ring, shift, role, rank, name, NRP, unit, phone) with a frozen
header, sized columns and an autofilter, then a roster sheet whose headers the roster import
reads back. .csv: one table with a shift column, separated by semicolons and written as UTF-8
with a byte-order mark, which is what Excel set to Indonesian opens correctly on a double click.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from desktop.errors import RenpamError
from desktop.files import WriteError, write_atomically
from desktop.model import Plan

PLACEHOLDER_NAME = {"id": "(nama menyusul)", "en": "(name to follow)"}

DEPLOYMENT_HEADERS = {
    "id": ["Kode Pos", "Pos", "Ring", "Shift", "Peran", "Pangkat", "Nama", "NRP", "Satuan", "No HP"],
    "en": ["Post code", "Post", "Ring", "Shift", "Role", "Rank", "Name", "NRP", "Unit", "Phone"],
}
ROSTER_HEADERS = {
    "id": ["No", "Nama", "Pangkat", "NRP", "Satuan", "Jabatan", "JK", "No HP", "Call Sign", "Keahlian", "Asal BKO"],
    "en": ["No", "Name", "Rank", "NRP", "Unit", "Position", "Gender", "Phone", "Callsign", "Skills", "BKO origin"],
}
ROLE_LABELS = {
    "id": {"danpos": "Danpos", "anggota": "Anggota"},
    "en": {"danpos": "Post commander", "anggota": "Member"},
}
ROSTER_SHEET = {"id": "Personel", "en": "Roster"}
TEXT_COLUMNS = ("NRP", "No HP", "Phone")  # kept as text so Excel keeps leading zeros


class ExportError(RenpamError):
    """The table cannot be made for that output (unknown extension); a failed write is a
    `TableWriteError`."""


class TableWriteError(WriteError, ExportError):
    """The table could not be written (full disk, read-only or missing folder, ...); nothing changed."""


@dataclass(frozen=True, slots=True)
class DeploymentRow:
    shift: str  # shift code
    post_code: str
    post: str
    ring: str
    role: str
    rank: str
    name: str
    nrp: str
    unit: str
    phone: str

    def cells(self, lang: str, shift_label: str) -> list[str]:
        return [
            self.post_code,
            self.post,
            self.ring,
            shift_label,
            ROLE_LABELS[lang].get(self.role, self.role),
            self.rank,
            self.name,
            self.nrp,
            self.unit,
            self.phone,
        ]


def _shift_label(plan: Plan, code: str) -> str:
    shift = plan.shifts.get(code)
    return shift.name or code if shift else code


def deployment_rows(plan: Plan, lang: str = "id") -> dict[str, list[DeploymentRow]]:
    """Rows per shift code in plan order: each post's people (post commander first, then by rank),
    then its places held for units whose names follow."""
    out: dict[str, list[DeploymentRow]] = {}
    for shift_code in plan.shifts:
        rows: list[DeploymentRow] = []
        for post in plan.posts.values():
            if not post.manned_in(shift_code):
                continue
            ring = post.ring or ""
            for a in plan.assignments_at(post.code, shift_code):
                person = plan.personnel.get(a.person)
                if person is None:
                    continue
                unit = plan.units.get(person.unit or "")
                rows.append(
                    DeploymentRow(
                        shift_code,
                        post.code,
                        post.name,
                        ring,
                        a.role,
                        person.rank,
                        person.name,
                        person.nrp,
                        unit.name or unit.code if unit else "",
                        person.phone,
                    )
                )
            for ph in plan.placeholders_at(post.code, shift_code):
                unit = plan.units.get(ph.unit)
                rows.append(
                    DeploymentRow(
                        shift_code,
                        post.code,
                        post.name,
                        ring,
                        ph.role,
                        "",
                        f"{PLACEHOLDER_NAME[lang]} {ph.number}",
                        "",
                        unit.name or unit.code if unit else ph.unit,
                        "",
                    )
                )
        out[shift_code] = rows
    return out


def roster_rows(plan: Plan) -> list[list[object]]:
    rows: list[list[object]] = []
    for i, person in enumerate(plan.people_sorted_by_rank(), start=1):
        unit = plan.units.get(person.unit or "")
        rows.append(
            [
                i,
                person.name,
                person.rank,
                person.nrp,
                unit.name or unit.code if unit else "",
                person.position,
                person.gender,
                person.phone,
                person.callsign,
                ", ".join(person.skills),
                person.origin,
            ]
        )
    return rows


def export_table(plan: Plan, path: str | Path, lang: str = "id") -> Path:
    """Write the deployment table to `path` (.xlsx or .csv), atomically; returns the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        data = _xlsx_bytes(plan, lang)
    elif suffix == ".csv":
        data = _csv_bytes(plan, lang)
    else:
        raise ExportError(f"{path.name}: the table is written as .xlsx or .csv")
    try:
        write_atomically(path, data)
    except WriteError as exc:
        raise TableWriteError(exc.path, exc.reason, exc.detail) from None
    return path


# ---------------------------------------------------------------------------- csv
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_safe(value: str) -> str:
    """A cell Excel will not run as a formula: a leading = + - @ TAB or CR gets an apostrophe
    (OWASP's advice against CSV injection; the roster import drops that apostrophe again)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _csv_bytes(plan: Plan, lang: str) -> bytes:
    headers = DEPLOYMENT_HEADERS[lang]
    # The shift column leads: one table for all shifts, filtered by shift in Excel.
    order = [3, 0, 1, 2, 4, 5, 6, 7, 8, 9]
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([headers[i] for i in order])
    for shift_code, rows in deployment_rows(plan, lang).items():
        label = _shift_label(plan, shift_code)
        for row in rows:
            cells = row.cells(lang, label)
            writer.writerow([_csv_safe(cells[i]) for i in order])
    return buffer.getvalue().encode("utf-8-sig")


# ---------------------------------------------------------------------------- xlsx
def _sheet_title(text: str, taken: set[str]) -> str:
    clean = "".join(" " if c in "[]:*?/\\" or not c.isprintable() else c for c in text).strip()[:31] or "Sheet"
    title, n = clean, 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title, n = clean[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.casefold())
    return title


def _write_table(ws, headers: list[str], rows: list[list[object]]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws.append(headers)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="D9E1F2")
    for cell in ws[1]:
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="center")
    text_cols = [i for i, h in enumerate(headers, start=1) if h in TEXT_COLUMNS]
    for row_number, row in enumerate(rows, start=2):
        ws.append([None if v == "" else _xlsx_safe(v) for v in row])
        for column, value in enumerate(row, start=1):
            if isinstance(value, str) and value.startswith("="):
                # text typed by a planner is never a formula (ws.max_row would be O(n) per row)
                ws.cell(row=row_number, column=column).data_type = "s"
    for col in text_cols:
        for (cell,) in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            cell.number_format = "@"
    widths = [len(h) for h in headers]
    for row in rows:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], len(str(value)) if value is not None else 0)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(60, max(6, width + 2))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(rows) + 1)}"
    ws.print_title_rows = "1:1"


def _xlsx_safe(value: object) -> object:
    """Text without the control characters an .xlsx cannot hold.

    Every entry point refuses them (`desktop.limits`); a file saved before that rule may still
    hold some, and its export shows each as U+FFFD instead of failing.
    """
    if isinstance(value, str) and not value.isprintable():
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value


def _xlsx_bytes(plan: Plan, lang: str) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    per_shift = deployment_rows(plan, lang)
    headers = DEPLOYMENT_HEADERS[lang]
    for shift_code, rows in per_shift.items():
        label = _shift_label(plan, shift_code)
        ws = wb.create_sheet(_sheet_title(label if label == shift_code else f"{shift_code} {label}", taken))
        _write_table(ws, headers, [r.cells(lang, label) for r in rows])  # type: ignore[misc]
    if not per_shift:
        ws = wb.create_sheet(_sheet_title("Plotting", taken))
        _write_table(ws, headers, [])
    ws = wb.create_sheet(_sheet_title(ROSTER_SHEET[lang], taken))
    _write_table(ws, ROSTER_HEADERS[lang], roster_rows(plan))
    wb.properties.title = _xlsx_safe(plan.operation.name) or "Plotting personel"
    wb.properties.creator = "Renpam"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
