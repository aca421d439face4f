"""Import a roster, a post list or a TPS category list from a spreadsheet into a plan, all or nothing.

Every row is checked first; problems name the row as the spreadsheet shows it (the header is
row 1 when it is the top row) and the column ("C (NRP)"). With any error nothing changes,
unless the caller asks for the valid rows only. People already in the plan are updated by NRP
(by name and unit for those without one), posts by code; cells left empty keep what the plan
has. The plan changes in one step (`Plan.load`), so the GUI can undo the import as one edit.

A post list may be the KPU's polling-station list (Kecamatan, Kelurahan/Desa, No TPS, Alamat, DPT,
and maybe Latitude/Longitude, "Lat"/"Lon", "Lintang"/"Bujur"): without a code column each TPS
gets a stable code from its kecamatan, village and number ("TPS 7" and "7" under a "No TPS"
header are both "TPS 007"), so importing the list again updates the same posts. A category list
(No TPS, maybe Kelurahan/Desa and Kecamatan, Kategori) sets the category of the TPS already in
the plan; a row naming no TPS, or several, is refused with its row number.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop import fields, limits
from desktop.messages import Message, Words, counted
from desktop.model import AGENCIES, Person, Plan, Post, Unit, new_person_id
from desktop.planning.sectors import tps_number
from desktop.ranks import parse_rank
from desktop.spreadsheets.columns import FIELD_LABELS, ColumnMap, find_header, header_key, map_columns
from desktop.spreadsheets.reading import Sheet, read_sheet
from desktop.spreadsheets.unit_codes import short_unit_code

MAX_PROBLEMS_PER_RUN = 10_000


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One problem of one row (or of the file when `row` is the header row and `code` starts 'file_')."""

    row: int
    column: str  # "C (NRP)", or "" for the row or file as a whole
    code: str  # missing_name, unknown_rank, bad_nrp, duplicate_nrp, bad_phone, ...
    text: Message  # an "import.*" message: what is wrong, rendered by desktop.messages

    def message(self, lang: str = "id") -> str:
        return self.text.render(lang)

    @property
    def text_id(self) -> str:
        return self.text.render("id")

    @property
    def text_en(self) -> str:
        return self.text.render("en")

    def describe(self, lang: str = "id") -> str:
        where = (
            Message("import.at_row_column", row=self.row, column=self.column)
            if self.column
            else Message("import.at_row", row=self.row)
        )
        return f"{where.render(lang)}: {self.message(lang)}"

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "code": self.code,
            "message": self.text_id,
            "message_en": self.text_en,
            "text": self.text.to_json(),
        }


@dataclass(slots=True)
class ImportResult:
    kind: str
    source: str
    sheet: str | None
    header_row: int
    rows: int = 0  # data rows read
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0  # rows with at least one problem
    units_created: list[str] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    applied: bool = False  # the plan was changed
    dry_run: bool = False

    @property
    def file_problem(self) -> bool:
        return any(p.code.startswith("file_") for p in self.problems)

    @property
    def changed(self) -> int:
        return self.added + self.updated + len(self.units_created)

    def summary(self, lang: str = "id") -> str:
        if lang == "en":
            text = f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged"
            if self.units_created:
                text += f", {counted(len(self.units_created), 'unit', 'units')} created"
            if self.rejected:
                text += f", {counted(self.rejected, 'row', 'rows')} rejected"
            return text
        text = f"{self.added} ditambah, {self.updated} diperbarui, {self.unchanged} tidak berubah"
        if self.units_created:
            text += f", {len(self.units_created)} satuan baru"
        if self.rejected:
            text += f", {self.rejected} baris ditolak"
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "source": self.source,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "rows": self.rows,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "units_created": self.units_created,
            "unknown_columns": self.unknown_columns,
            "applied": self.applied,
            "dry_run": self.dry_run,
            "problems": [p.to_json() for p in self.problems],
        }


@dataclass(slots=True)
class Prepared:
    """A read sheet with its header found and its columns mapped (what the wizard previews)."""

    kind: str
    source: str
    sheet: Sheet
    columns: ColumnMap
    data: list[tuple[int, list[object]]]  # (spreadsheet row number, cells) below the header

    def cell(self, row: list[object], fld: str) -> object:
        index = self.columns.fields.get(fld)
        if index is None or index >= len(row):
            return None
        return row[index]


def prepare(
    path: str | Path, kind: str, *, sheet: str | None = None, mapping: dict[str, str] | None = None
) -> Prepared:
    """Read the file and map its columns (raises SpreadsheetError when it cannot be read)."""
    return prepare_sheet(read_sheet(path, sheet), kind, Path(path).name, mapping)


def prepare_sheet(sheet: Sheet, kind: str, source: str = "", mapping: dict[str, str] | None = None) -> Prepared:
    if not sheet.rows:
        columns = map_columns(kind, [], 1, mapping)
        return Prepared(kind, source, sheet, columns, [])
    at = find_header(kind, sheet.rows, mapping)
    headers = [_text(c) for c in sheet.rows[at]]
    columns = map_columns(kind, headers, sheet.numbers[at], mapping)
    data = list(zip(sheet.numbers[at + 1 :], sheet.rows[at + 1 :]))
    return Prepared(kind, source, sheet, columns, data)


def import_file(
    plan: Plan,
    path: str | Path,
    kind: str,
    *,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    only_valid: bool = False,
    dry_run: bool = False,
) -> ImportResult:
    """Read `path` and import it into `plan` (see the module docstring for the rules)."""
    return import_prepared(
        plan, prepare(path, kind, sheet=sheet, mapping=mapping), only_valid=only_valid, dry_run=dry_run
    )


def import_prepared(plan: Plan, prepared: Prepared, *, only_valid: bool = False, dry_run: bool = False) -> ImportResult:
    if prepared.kind == "roster":
        importer: _Importer = _RosterImporter(plan, prepared)
    elif prepared.kind == "posts":
        importer = _PostImporter(plan, prepared)
    elif prepared.kind == "categories":
        importer = _CategoryImporter(plan, prepared)
    else:
        raise ValueError(f"unknown import kind {prepared.kind!r}")
    result = importer.run(only_valid=only_valid, dry_run=dry_run)
    if not dry_run:
        logging.getLogger("renpam.import").info("imported the %s list %s", prepared.kind, prepared.source)
    return result


# ---------------------------------------------------------------------------- cell helpers
def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else ""
    if isinstance(value, float):
        return f"{value:g}" if value.is_integer() else str(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())


parse_phone = fields.parse_phone  # the one phone rule (kept under its old name for callers)


_GENDERS = {
    "l": "L",
    "lk": "L",
    "laki": "L",
    "lakilaki": "L",
    "pria": "L",
    "m": "L",
    "male": "L",
    "man": "L",
    "p": "P",
    "pr": "P",
    "perempuan": "P",
    "wanita": "P",
    "f": "P",
    "female": "P",
    "woman": "P",
    "w": "P",
}

_AGENCIES = {
    "polri": "POLRI",
    "polisi": "POLRI",
    "kepolisian": "POLRI",
    "tni": "TNI",
    "tniad": "TNI",
    "tnial": "TNI",
    "tniau": "TNI",
    "satpolpp": "SATPOL_PP",
    "satpol": "SATPOL_PP",
    "dishub": "DISHUB",
    "dinasperhubungan": "DISHUB",
    "linmas": "LINMAS",
    "other": "OTHER",
    "lainnya": "OTHER",
    "lain": "OTHER",
}

# Words in a unit's name that tell which agency a new unit belongs to.
_AGENCY_HINTS = (
    ("LINMAS", ("linmas", "perlindunganmasyarakat")),
    ("SATPOL_PP", ("satpol", "polisipamongpraja")),
    ("DISHUB", ("dishub", "perhubungan")),
    ("TNI", ("tni", "kodim", "koramil", "kodam", "korem", "yonif", "denpom", "lanud", "lanal", "brigif", "batalyon")),
    (
        "POLRI",
        (
            "polri",
            "polres",
            "polresta",
            "polsek",
            "polda",
            "brimob",
            "satsamapta",
            "satlantas",
            "satintelkam",
            "satreskrim",
            "satbinmas",
            "sipropam",
            "bagops",
            "dokkes",
            "humas",
        ),
    ),
)

_KINDS = {
    "gerbang": "gerbang",
    "gate": "gerbang",
    "pintugerbang": "gerbang",
    "pintu": "pintu",
    "door": "pintu",
    "pintumasuk": "pintu",
    "ruang": "ruang",
    "ruangan": "ruang",
    "room": "ruang",
    "perimeter": "perimeter",
    "lalulintas": "lalu_lintas",
    "lantas": "lalu_lintas",
    "traffic": "lalu_lintas",
    "poslantas": "lalu_lintas",
    "pospantau": "pos_pantau",
    "pantau": "pos_pantau",
    "observation": "pos_pantau",
    "observationpost": "pos_pantau",
    "kesehatan": "kesehatan",
    "poskesehatan": "kesehatan",
    "medis": "kesehatan",
    "health": "kesehatan",
    "poskomando": "pos_komando",
    "posko": "pos_komando",
    "command": "pos_komando",
    "commandpost": "pos_komando",
    "patroli": "patroli",
    "patrol": "patroli",
    "patrolimobile": "patroli",
    "mobile": "patroli",
    "tps": "tps",
    "pollingstation": "tps",
    "pengawalan": "pengawalan",
    "pengawalankotaksuara": "pengawalan",
    "kawal": "pengawalan",
    "escort": "pengawalan",
    "other": "other",
    "lainnya": "other",
    "lain": "other",
}

_CATEGORIES = {
    "kurangrawan": "kurang_rawan",
    "krgrawan": "kurang_rawan",
    "tidakrawan": "kurang_rawan",
    "lessvulnerable": "kurang_rawan",
    "kr": "kurang_rawan",
    "rawan": "rawan",
    "vulnerable": "rawan",
    "r": "rawan",
    "sangatrawan": "sangat_rawan",
    "veryvulnerable": "sangat_rawan",
    "sr": "sangat_rawan",
    "khusus": "khusus",
    "special": "khusus",
}

_RINGS = {"i": "I", "1": "I", "ii": "II", "2": "II", "iii": "III", "3": "III"}


_TPS_NAME = re.compile(r"tps\s*0*(\d{1,5})", re.IGNORECASE)


def _code_from(text: str, limit: int = 24) -> str:
    return "-".join(re.findall(r"[A-Z0-9]+", text.upper()))[:limit].strip("-")


def _number(value: object) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = _text(value).replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


# ---------------------------------------------------------------------------- the importers
class _Importer:
    kind = ""
    required_fields: tuple[str, ...] = ()

    def __init__(self, plan: Plan, prepared: Prepared) -> None:
        self.plan = plan
        self.prepared = prepared
        self.cols = prepared.columns
        self.result = ImportResult(prepared.kind, prepared.source, prepared.sheet.name, prepared.columns.header_row)
        self.row_problems: list[RowProblem] = []

    # Problems of the row being checked go to `row_problems`; `run` files them.
    def problem(self, row: int, fld: str | None, code: str, text: Message) -> None:
        column = self.cols.field_label(fld) if fld else ""
        self.row_problems.append(RowProblem(row, column, code, text))

    def choice(self, row: int, fld: str, text: str, value: str | None, what: Message, hint: str = "") -> str | None:
        """`value` is what `text` means in a lookup table; None (unknown) is reported as a row problem."""
        if value is None:
            self.problem(
                row,
                fld,
                f"bad_{fld}",
                Message("import.unknown_choice_hint", what=what, text=repr(text), hint=hint)
                if hint
                else Message("import.unknown_choice", what=what, text=repr(text)),
            )
        return value

    def check_limits(self, row: int, cells: list[object], values: dict[str, Any], bounds: dict[str, int]) -> None:
        """Control characters in any mapped cell, and values beyond `desktop.limits`, as row problems.

        Line breaks and tabs inside a cell are fine (they become spaces); other control
        characters cannot be exported to .xlsx or printed, so the row is refused.
        """
        if not "".join(c for c in cells if isinstance(c, str)).isprintable():  # one C-speed test a row
            for fld, index in self.cols.fields.items():
                raw = cells[index] if index < len(cells) else None
                if isinstance(raw, str):
                    found = limits.character_problem(raw, fld, multiline=True)
                    if found:
                        self.limit_problem(row, fld, found)
        for name, value in values.items():
            fld = name if name in self.cols.fields else ("rank_nrp" if name in ("rank", "nrp") else None)  # type: ignore[assignment]
            found = None
            if isinstance(value, str) and name in bounds:
                if len(value) > bounds[name]:  # the characters were checked in the cells above
                    found = limits.Problem(name, "too_long", {"length": len(value), "limit": bounds[name]})
            elif name == "skills" and isinstance(value, list):
                if len(value) > limits.MAX_SKILLS:
                    found = limits.Problem(name, "too_many", {"count": len(value), "limit": limits.MAX_SKILLS})
                else:
                    found = next(
                        (p for p in (limits.text_problem(v, limits.SKILL_CHARS, name) for v in value) if p), None
                    )
            elif name in ("min_staff", "max_staff") and isinstance(value, int) and value > limits.MAX_STAFF:
                found = limits.Problem(name, "out_of_range", {"value": value, "low": 0, "high": limits.MAX_STAFF})
            if found and found.code != "control_character":  # those were reported from the cell
                self.limit_problem(row, fld, found)

    def limit_problem(self, row: int, fld: str | None, found: limits.Problem) -> None:
        self.problem(row, fld, found.code, found.text())

    def file_problem(self, code: str, text: Message) -> None:
        self.result.problems.append(RowProblem(self.cols.header_row, "", "file_" + code, text))

    def run(self, *, only_valid: bool, dry_run: bool) -> ImportResult:
        result = self.result
        result.dry_run = dry_run
        result.unknown_columns = [self.cols.column_label(i) for i in self.cols.unknown]
        if not self.prepared.sheet.rows:
            self.file_problem("empty", Message("import.file_empty"))
            return result
        for fld in self.required_fields:
            if fld not in self.cols.fields:
                self.file_problem(
                    "missing_column", Message("import.file_missing_column", column=Words(*FIELD_LABELS[self.kind][fld]))
                )
        if result.problems:
            return result
        self.work = self.plan.clone()
        accepted: list[tuple[int, Any]] = []
        for number, cells in self.prepared.data:
            self.row_problems = []
            item = self.check_row(number, cells)
            result.rows += 1
            if self.row_problems:
                result.rejected += 1
                if len(result.problems) < MAX_PROBLEMS_PER_RUN:
                    result.problems.extend(self.row_problems)
            else:
                accepted.append((number, item))
        if result.rejected and not only_valid:
            return result
        for _number, item in accepted:
            self.apply(item)
        if result.changed and not dry_run:
            _commit(self.plan, self.work)
            result.applied = True
        return result

    def check_row(self, number: int, cells: list[object]) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def apply(self, item: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def count(self, old: object, new: object) -> None:
        if old is None:
            self.result.added += 1
        elif old == new:
            self.result.unchanged += 1
        else:
            self.result.updated += 1


def _commit(plan: Plan, work: Plan) -> None:
    plan.replace_with(work)


@dataclass(slots=True)
class _RosterRow:
    values: dict[str, Any]  # Person fields read from the row (empty cells left out)
    unit_key: str | None  # key into the unit resolver, or None for no unit
    nrp: str
    name: str


class _RosterImporter(_Importer):
    kind = "roster"
    required_fields = ("name",)

    def __init__(self, plan: Plan, prepared: Prepared) -> None:
        super().__init__(plan, prepared)
        self.seen_nrp: dict[str, int] = {}
        # Resolved units by the key of what the list writes: (code, agency, is_new, name).
        self.units: dict[str, tuple[str, str, bool, str]] = {}
        self.new_codes: set[str] = set()
        self.unit_index: dict[str, str] = {}
        for unit in plan.units.values():
            self.unit_index.setdefault(header_key(unit.code), unit.code)
        for unit in plan.units.values():
            if unit.name:
                self.unit_index.setdefault(header_key(unit.name), unit.code)
        self.by_nrp: dict[str, str] = {}
        self.by_name_unit: dict[tuple[str, str | None], list[str]] = {}
        self.matched: set[str] = set()  # people this import already added or updated
        self.indexed = False

    def _resolve_unit(self, written: str, agency_hint: str | None, rank_is_polri: bool) -> tuple[str, str, bool, str]:
        key = header_key(written)
        if key in self.units:
            return self.units[key]
        code = self.unit_index.get(key)
        if code is None:
            # "Sat Samapta" for "Sat Samapta Polres Purwakarta": one unit whose name starts so.
            starts = {c for k, c in self.unit_index.items() if len(key) >= 4 and k.startswith(key)}
            if len(starts) == 1:
                code = starts.pop()
        if code is not None:
            resolved = (code, self.plan.units[code].agency, False, self.plan.units[code].name)
        else:
            agency = agency_hint or next((a for a, words in _AGENCY_HINTS if any(w in key for w in words)), None)
            if agency is None:
                agency = "POLRI" if rank_is_polri else "OTHER"
            base = short_unit_code(written) or "UNIT"
            code, n = base, 2
            while code in self.plan.units or code in self.new_codes:
                code, n = f"{base}-{n}", n + 1
            self.new_codes.add(code)
            resolved = (code, agency, True, written)
        self.units[key] = resolved
        return resolved

    def check_row(self, number: int, cells: list[object]) -> _RosterRow:
        p = self.prepared
        values: dict[str, Any] = {}
        name = _text(p.cell(cells, "name"))
        if not name:
            self.problem(number, "name", "missing_name", Message("import.missing_name"))
        else:
            values["name"] = name

        rank_cell, nrp_cell = p.cell(cells, "rank"), p.cell(cells, "nrp")
        combined = _text(p.cell(cells, "rank_nrp"))
        rank_field, nrp_field = "rank", "nrp"
        if combined and rank_cell is None and nrp_cell is None:
            m = re.match(r"^(.*?)[\s/,.:]*(?:(?:NRP|NIP)[\s.:]*)?(\d[\d\s]*)$", combined, re.IGNORECASE)
            rank_cell, nrp_cell = (m.group(1), m.group(2)) if m else (combined, None)
            rank_field = nrp_field = "rank_nrp"
        rank_text = _text(rank_cell)
        rank = parse_rank(rank_text) if rank_text else None

        agency_hint = None
        agency_text = _text(p.cell(cells, "agency"))
        if agency_text:
            agency_hint = _AGENCIES.get(header_key(agency_text))
            if agency_hint is None and agency_text.upper() in AGENCIES:
                agency_hint = agency_text.upper()
            if agency_hint is None:
                self.problem(number, "agency", "bad_agency", Message("import.unknown_agency", text=repr(agency_text)))
        unit_text = _text(p.cell(cells, "unit"))
        unit_key = None
        polri = rank is not None
        if unit_text:
            unit_key = header_key(unit_text)
            _code, agency, _new, _name = self._resolve_unit(unit_text, agency_hint, rank is not None)
            polri = agency == "POLRI"
        elif agency_hint:
            polri = agency_hint == "POLRI"

        if rank is not None:
            values["rank"] = rank.abbr
        elif rank_text:
            if polri:
                self.problem(number, rank_field, "unknown_rank", Message("import.unknown_rank", text=repr(rank_text)))
            values["rank"] = rank_text
        elif polri:
            self.problem(number, rank_field, "unknown_rank", Message("import.missing_rank"))

        nrp = ""
        if isinstance(nrp_cell, int) and not isinstance(nrp_cell, bool):
            nrp = str(nrp_cell)
            if 6 <= len(nrp) < 8:  # Excel dropped the leading zeros of an NRP typed as a number
                nrp = nrp.zfill(8)
        else:
            nrp = _text(nrp_cell)
        agency_now = "POLRI" if polri else "OTHER"
        nrp_bad = fields.nrp_problem(nrp, agency_now, rank.abbr if rank else "", required=True)
        if nrp_bad is not None:  # the one NRP rule (desktop.fields), kept under its import code
            self.problem(number, nrp_field, "bad_nrp", nrp_bad.text)
        elif polri:
            nrp = fields.clean_nrp(nrp, agency_now)
        if nrp:
            values["nrp"] = nrp
            first = self.seen_nrp.get(nrp)
            if first is not None:
                self.problem(number, nrp_field, "duplicate_nrp", Message("import.duplicate_nrp", nrp=nrp, first=first))
            else:
                self.seen_nrp[nrp] = number

        for fld in ("position", "callsign", "origin"):
            text = _text(p.cell(cells, fld))
            if text:
                values[fld] = text

        gender_text = _text(p.cell(cells, "gender"))
        if gender_text:
            gender = self.choice(
                number,
                "gender",
                gender_text,
                _GENDERS.get(header_key(gender_text)),
                Message("import.what_gender"),
                "L/P",
            )
            if gender is not None:
                values["gender"] = gender

        phone_cell = p.cell(cells, "phone")
        if phone_cell is not None:
            phone = parse_phone(phone_cell)
            if phone is None:
                self.problem(number, "phone", "bad_phone", Message("import.bad_phone", text=repr(_text(phone_cell))))
            else:
                values["phone"] = phone

        skills_text = _text(p.cell(cells, "skills"))
        if skills_text:
            values["skills"] = list(
                dict.fromkeys(s.strip().lower() for s in re.split(r"[,;\n]", skills_text) if s.strip())
            )
        if unit_text and len(unit_text) > limits.NAME_CHARS:
            self.limit_problem(
                number,
                "unit",
                limits.Problem("unit", "too_long", {"length": len(unit_text), "limit": limits.NAME_CHARS}),
            )
        self.check_limits(number, cells, values, limits.PERSON_FIELDS)
        return _RosterRow(values, unit_key, nrp, name)

    def apply(self, item: _RosterRow) -> None:
        work = self.work
        if not self.indexed:
            # People without an NRP are matched by name and unit, each existing person at most
            # once per import, so that two namesakes in one Linmas list stay two people.
            self.indexed = True
            for person in work.personnel.values():
                if person.nrp:
                    self.by_nrp.setdefault(person.nrp, person.id)
                self.by_name_unit.setdefault((person.name.casefold(), person.unit), []).append(person.id)
        values = dict(item.values)
        if item.unit_key is not None:
            code, agency, is_new, name = self.units[item.unit_key]
            if is_new and code not in work.units:
                work.units[code] = Unit(code, name, agency)
                self.result.units_created.append(code)
            values["unit"] = code
        pid = self.by_nrp.get(item.nrp) if item.nrp else None
        if pid is None:
            namesakes = self.by_name_unit.get((item.name.casefold(), values.get("unit")), [])
            while namesakes and pid is None:
                candidate = namesakes.pop(0)
                if candidate not in self.matched:
                    pid = candidate
        old = work.personnel.get(pid) if pid else None
        if old is None:
            if "gender" not in values and "polwan" in values.get("skills", ()):
                values["gender"] = "P"
            new = Person(id=new_person_id(), **values)
        else:
            new = replace(old, **values)
        self.count(old, new)
        work.personnel[new.id] = new
        self.matched.add(new.id)
        if new.nrp:
            self.by_nrp.setdefault(new.nrp, new.id)


class _PostImporter(_Importer):
    kind = "posts"
    required_fields = ("name",)

    def __init__(self, plan: Plan, prepared: Prepared) -> None:
        super().__init__(plan, prepared)
        self.seen_code: dict[str, int] = {}
        name_index = self.cols.fields.get("name")
        header = self.cols.headers[name_index] if name_index is not None else ""
        self.name_is_tps_number = header_key(header) in ("tps", "notps", "nomortps")

    def check_row(self, number: int, cells: list[object]) -> tuple[str, dict[str, Any]]:
        p = self.prepared
        values: dict[str, Any] = {}
        name = _text(p.cell(cells, "name"))
        if self.name_is_tps_number and re.fullmatch(r"\d+", name):
            name = f"TPS {int(name):03d}"
        elif numbered := _TPS_NAME.fullmatch(name):  # "TPS 7", "tps 007": one name, one stable code
            name = f"TPS {int(numbered.group(1)):03d}"
        for fld in ("village", "district", "sector", "address", "tasks", "radio_channel", "cluster", "route"):
            text = _text(p.cell(cells, fld))
            if text:
                values[fld] = text

        if "code" in self.cols.fields:
            code = _text(p.cell(cells, "code"))
            if not code:
                self.problem(number, "code", "missing_code", Message("import.missing_code"))
        else:  # lists without codes get stable ones, so that a re-import updates the same posts
            code = _code_from(
                "-".join(x for x in (values.get("district", ""), values.get("village", ""), name) if x), limit=48
            )
        if code:
            first = self.seen_code.get(code)
            if first is not None:
                self.problem(
                    number,
                    "code" if "code" in self.cols.fields else "name",
                    "duplicate_code",
                    Message("import.duplicate_code", code=code, first=first),
                )
            else:
                self.seen_code[code] = number
        existing = self.plan.posts.get(code)
        if name:
            values["name"] = name
        elif existing is None:
            self.problem(number, "name", "missing_name", Message("import.missing_post_name"))

        ring_text = _text(p.cell(cells, "ring"))
        if ring_text:
            values["ring"] = self.choice(
                number,
                "ring",
                ring_text,
                _RINGS.get(re.sub(r"^ring", "", header_key(ring_text))),
                Message("import.what_ring"),
                "I, II, III",
            )

        category_text = _text(p.cell(cells, "category"))
        if category_text:
            values["category"] = self.choice(
                number,
                "category",
                category_text,
                _CATEGORIES.get(header_key(category_text)),
                Message("import.what_category"),
                "kurang rawan, rawan, sangat rawan, khusus",
            )

        kind_text = _text(p.cell(cells, "kind"))
        if kind_text:
            kind = self.choice(
                number, "kind", kind_text, _KINDS.get(header_key(kind_text)), Message("import.what_kind")
            )
            if kind is not None:
                values["kind"] = kind
        elif existing is None and (
            values.get("category") or self.name_is_tps_number or re.match(r"tps\b", name, re.IGNORECASE)
        ):
            values["kind"] = "tps"

        for fld, limit in (("min_staff", Words("minimal", "minimum")), ("max_staff", Words("maksimal", "maximum"))):
            cell = p.cell(cells, fld)
            if cell is None:
                continue
            n = _number(cell)
            if n is None or not n.is_integer() or n < 0:
                self.problem(
                    number, fld, "bad_number", Message("import.bad_count", limit=limit, text=repr(_text(cell)))
                )
            else:
                values[fld] = int(n)
        low = values.get("min_staff", existing.min_staff if existing else 1)
        high = values.get("max_staff", existing.max_staff if existing else None)
        if high is not None and high < low and ("min_staff" in values or "max_staff" in values):
            self.problem(
                number,
                "max_staff" if "max_staff" in values else "min_staff",
                "bad_limits",
                Message("import.bad_limits", high=high, low=low),
            )

        for fld in ("x", "y"):
            cell = p.cell(cells, fld)
            if cell is None:
                continue
            n = _number(cell)
            if n is None or not 0.0 <= n <= 1.0:
                self.problem(
                    number,
                    fld,
                    "bad_position",
                    Message("import.bad_position", axis=fld.upper(), text=repr(_text(cell))),
                )
            else:
                values[fld] = n

        cell = p.cell(cells, "voters")
        if cell is not None and _text(cell):
            n = _number(cell)
            if n is None or not n.is_integer() or not 0 <= n <= limits.MAX_VOTERS:
                self.problem(
                    number,
                    "voters",
                    "bad_voters",
                    Message("import.bad_voters", limit=limits.MAX_VOTERS, text=repr(_text(cell))),
                )
            else:
                values["voters"] = int(n)
        for fld, high, axis in (
            ("latitude", 90, Words("Lintang", "Latitude")),
            ("longitude", 180, Words("Bujur", "Longitude")),
        ):
            cell = p.cell(cells, fld)
            if cell is None or not _text(cell):
                continue
            n = _number(cell)
            if n is None or not -high <= n <= high:
                self.problem(
                    number,
                    fld,
                    "bad_coordinate",
                    Message("import.bad_coordinate", axis=axis, low=-high, high=high, text=repr(_text(cell))),
                )
            else:
                values[fld] = n
        lat = values.get("latitude", existing.latitude if existing else None)
        lon = values.get("longitude", existing.longitude if existing else None)
        unread = any(problem.code == "bad_coordinate" for problem in self.row_problems)
        if (lat is None) != (lon is None) and ("latitude" in values or "longitude" in values) and not unread:
            self.problem(
                number,
                "latitude" if "latitude" not in values else "longitude",
                "half_coordinates",
                Message("import.half_coordinates"),
            )

        if existing is None and "sector" not in values and "district" in values:
            values["sector"] = values["district"]
        self.check_limits(number, cells, {"code": code, **values}, limits.POST_FIELDS)
        return code, values

    def apply(self, item: tuple[str, dict[str, Any]]) -> None:
        code, values = item
        old = self.work.posts.get(code)
        new = Post(code=code, **values) if old is None else replace(old, **values)
        self.count(old, new)
        self.work.posts[code] = new


class _CategoryImporter(_Importer):
    """A TPS category list: each row names one polling station of the plan (by its number, and
    its village and kecamatan when the list has them) and its vulnerability category."""

    kind = "categories"
    required_fields = ("tps", "category")

    def __init__(self, plan: Plan, prepared: Prepared) -> None:
        super().__init__(plan, prepared)
        self.seen: dict[str, int] = {}
        self.by_number: dict[int, list[Post]] = {}
        for post in plan.posts.values():
            if post.kind == "tps" or post.category is not None:
                n = tps_number(post)
                if n is not None:
                    self.by_number.setdefault(n, []).append(post)

    def check_row(self, number: int, cells: list[object]) -> tuple[str, str]:
        p = self.prepared
        text = _text(p.cell(cells, "tps"))
        found = re.search(r"\d+", text)
        village = _text(p.cell(cells, "village")).casefold()
        district = _text(p.cell(cells, "district")).casefold()
        category_text = _text(p.cell(cells, "category"))
        category: str | None = None
        if not category_text:
            self.problem(number, "category", "missing_category", Message("import.missing_category"))
        else:
            category = self.choice(
                number,
                "category",
                category_text,
                _CATEGORIES.get(header_key(category_text)),
                Message("import.what_category"),
                "kurang rawan, rawan, sangat rawan, khusus",
            )
        if found is None or len(found.group()) > 6:
            self.problem(number, "tps", "bad_tps_number", Message("import.bad_tps_number", text=repr(text)))
            return "", category or ""
        n = int(found.group())
        matches = [
            post
            for post in self.by_number.get(n, [])
            if (not village or post.village.strip().casefold() == village)
            and (not district or (post.district or post.sector).strip().casefold() == district)
        ]
        place = ", ".join(x for x in (_text(p.cell(cells, "village")), _text(p.cell(cells, "district"))) if x)
        where = Message("import.tps_where", place=place) if place else ""
        if not matches:
            self.problem(number, "tps", "no_such_tps", Message("import.no_such_tps", number=f"{n:03d}", where=where))
            return "", category or ""
        if len(matches) > 1:
            codes = ", ".join(post.code for post in matches[:3]) + (", …" if len(matches) > 3 else "")
            self.problem(
                number,
                "tps",
                "ambiguous_tps",
                Message("import.ambiguous_tps", number=f"{n:03d}", where=where, count=len(matches), codes=codes),
            )
            return "", category or ""
        code = matches[0].code
        first = self.seen.get(code)
        if first is not None:
            self.problem(number, "tps", "duplicate_code", Message("import.duplicate_code", code=code, first=first))
        else:
            self.seen[code] = number
        return code, category or ""

    def apply(self, item: tuple[str, str]) -> None:
        code, category = item
        old = self.work.posts[code]
        new = replace(old, category=category)
        self.count(old, new)
        self.work.posts[code] = new
