"""File > Import > Roster / Posts: a wizard over `desktop.spreadsheets`.

Pages: choose the file (and the sheet of a workbook), preview its first rows, map its columns,
see the problems and what would change, import. The import is one undo step (a plan snapshot).
Columns the user maps by hand are remembered per kind in the settings and offered again next
time. File > Export uses `export_deployment_table` at the bottom.

Why this file is longer than 500 lines: the wizard's four pages share its state (the file, the
column map, the check result) and are read in order; each page is a short class of its own.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop import palette
from desktop.messages import render_error
from desktop.model import Plan
from desktop.spreadsheets import (
    FIELD_LABELS,
    IGNORE,
    ImportResult,
    Prepared,
    SpreadsheetError,
    column_letter,
    import_prepared,
    prepare,
    prepare_sheet,
    sheet_names,
)
from desktop.spreadsheets.columns import field_for, header_key
from desktop.spreadsheets.export import ExportError, export_table
from desktop.spreadsheets.reading import CSV_SUFFIXES, XLSX_SUFFIXES
from ui import i18n
from ui import settings as ui_settings
from ui.background import run_in_background
from ui.commands import PlanSnapshotCommand
from ui.file_dialogs import open_file_name, save_file_name
from ui.roles import CODE_ROLE

T = TypeVar("T")
PREVIEW_ROWS = 20
MAPPING_KEY = "import/mapping_{kind}"  # JSON object: header text -> field ("" = ignore)
LAST_FOLDER_KEY = "import/last_folder"


def remembered_mapping(kind: str) -> dict[str, str]:
    """The columns the user mapped by hand last time for this kind of list."""
    raw = ui_settings.settings().value(MAPPING_KEY.format(kind=kind), "")
    try:
        value = json.loads(raw) if raw else {}
    except (TypeError, ValueError):
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def remember_mapping(kind: str, mapping: dict[str, str]) -> None:
    """Keep hand-made choices; a header mapped as its synonyms say needs no memory."""
    kept = remembered_mapping(kind)
    for header, fld in mapping.items():
        if field_for(kind, header) == (fld or None):
            kept.pop(header, None)
        else:
            kept[header] = fld
    ui_settings.settings().setValue(MAPPING_KEY.format(kind=kind), json.dumps(kept, ensure_ascii=False))


def _field_label(kind: str, fld: str, lang: str) -> str:
    label_id, label_en = FIELD_LABELS[kind][fld]
    return label_en if lang == "en" else label_id


# ---------------------------------------------------------------------------- pages
class FilePage(QWizardPage):
    """Choose the spreadsheet and, for a workbook, the sheet."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(
            self.tr("Choose the personnel list")
            if wizard.kind == "roster"
            else self.tr("Choose the TPS category list")
            if wizard.kind == "categories"
            else self.tr("Choose the post list")
        )
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx) or a CSV file (UTF-8 or Windows-1252; comma, semicolon or tab separated)."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("File of the list"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.clicked.connect(self._browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setEnabled(False)
        self.info = QLabel()
        self.info.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("&File:"), buddy=self.path_edit))
        layout.addLayout(row)
        sheet_label = QLabel(self.tr("&Sheet:"), buddy=self.sheet_combo)
        layout.addWidget(sheet_label)
        layout.addWidget(self.sheet_combo)
        layout.addWidget(self.info)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self._path_changed)

    def _browse(self) -> None:
        folder = ui_settings.settings().value(LAST_FOLDER_KEY, "") or ""
        path = self.w.choose_file(self, folder)
        if path:
            self.path_edit.setText(path)

    def _path_changed(self, text: str) -> None:
        self.sheet_combo.clear()
        self.sheet_combo.setEnabled(False)
        self.info.setText("")
        path = Path(text.strip())
        if path.suffix.lower() in XLSX_SUFFIXES and path.is_file():
            try:  # opening a big workbook takes a moment: off the GUI thread too
                names = self.w.in_background(
                    self.tr("Reading %1...").replace("%1", path.name), lambda: sheet_names(path)
                )
            except SpreadsheetError as exc:
                self.info.setText(render_error(exc, self.w.lang))
            else:
                self.sheet_combo.addItems(names)
                self.sheet_combo.setEnabled(len(names) > 1)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        path = Path(self.path_edit.text().strip())
        return path.is_file() and path.suffix.lower() in XLSX_SUFFIXES + CSV_SUFFIXES

    def validatePage(self) -> bool:
        path = Path(self.path_edit.text().strip())
        sheet = self.sheet_combo.currentText() or None
        try:
            self.w.load(path, sheet)
        except SpreadsheetError as exc:  # raised by the reader thread, re-raised here
            self.info.setText(render_error(exc, self.w.lang))
            return False
        ui_settings.settings().setValue(LAST_FOLDER_KEY, str(path.parent))
        return True


class PreviewPage(QWizardPage):
    """The first rows as the file holds them, with the recognised header marked."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Preview"))
        self.model = QStandardItemModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:
        prepared = self.w.prepared
        assert prepared is not None
        sheet = prepared.sheet
        self.model.clear()
        width = max((len(r) for r in sheet.rows[: PREVIEW_ROWS + 5]), default=0)
        self.model.setHorizontalHeaderLabels([column_letter(i) for i in range(width)])
        header_row = prepared.columns.header_row
        shown = 0
        labels = []
        for number, cells in zip(sheet.numbers, sheet.rows):
            if shown >= PREVIEW_ROWS + 1:
                break
            items = []
            for value in cells + [None] * (width - len(cells)):
                item = QStandardItem("" if value is None else str(value))
                if number == header_row:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                items.append(item)
            self.model.appendRow(items)
            labels.append(str(number))
            shown += 1
        self.model.setVerticalHeaderLabels(labels)
        where = []
        if sheet.name:
            where.append(self.tr("sheet %1").replace("%1", sheet.name))
        if sheet.encoding:
            delim = {";": self.tr("semicolon"), ",": self.tr("comma"), "\t": self.tr("tab")}[sheet.delimiter or ","]
            where.append(f"{sheet.encoding}, {delim}")
        self.info.setText(
            self.tr(
                "%1: %2 data rows below the header in row %3 (%4). The first rows are shown as the file holds them."
            )
            .replace("%1", prepared.source)
            .replace("%2", str(len(prepared.data)))
            .replace("%3", str(header_row))
            .replace("%4", "; ".join(where) or "-")
        )


class MappingPage(QWizardPage):
    """One line per column: its header, an example and the field it is read as."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Check what each column means. Columns set to '(ignore)' are not read."))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Header"), self.tr("Example"), self.tr("Read as")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {palette.ALERT};")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        prepared = self.w.prepared
        assert prepared is not None
        kind, lang = self.w.kind, self.w.lang
        cols = prepared.columns
        by_index = {i: f for f, i in cols.fields.items()}
        example_row = prepared.data[0][1] if prepared.data else []
        self.table.setRowCount(len(cols.headers))
        self.combos = []
        for i, header in enumerate(cols.headers):
            self.table.setItem(i, 0, QTableWidgetItem(column_letter(i)))
            self.table.setItem(i, 1, QTableWidgetItem(header))
            example = example_row[i] if i < len(example_row) else None
            self.table.setItem(i, 2, QTableWidgetItem("" if example is None else str(example)))
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), IGNORE)
            for fld in FIELD_LABELS[kind]:
                combo.addItem(_field_label(kind, fld, lang), fld)
            current = by_index.get(i, IGNORE)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.setEnabled(bool(header_key(header)))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(i, 3, combo)
            self.combos.append(combo)
        self._changed()

    def mapping(self) -> dict[str, str]:
        prepared = self.w.prepared
        assert prepared is not None
        # An unknown column left on '(ignore)' stays out, so the check page still reports it.
        return {
            h: c.currentData()
            for h, c in zip(prepared.columns.headers, self.combos)
            if header_key(h) and (c.currentData() or field_for(self.w.kind, h))
        }

    def _problem(self) -> str:
        chosen = [c.currentData() for c in self.combos if c.currentData()]
        twice = sorted({f for f in chosen if chosen.count(f) > 1})
        if twice:
            return self.tr("Each field can be read from one column only: %1.").replace(
                "%1", ", ".join(_field_label(self.w.kind, f, self.w.lang) for f in twice)
            )
        if "name" not in chosen:
            return self.tr("Choose the column that holds the name.")
        return ""

    def _changed(self) -> None:
        self.warning.setText(self._problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._problem()

    def validatePage(self) -> bool:
        self.w.remap(self.mapping())
        return True


class CheckPage(QWizardPage):
    """What the import would do, and every problem by row and column."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Check and import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.only_valid = QCheckBox(self.tr("Import only the &valid rows (the rows listed above are left out)"))
        self.only_valid.toggled.connect(self.completeChanged)
        self.rule = QLabel(
            self.tr("With any problem nothing is imported, unless you choose to import only the valid rows.")
        )
        self.rule.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.rule)
        layout.addWidget(self.only_valid)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.check: ImportResult | None = None

    def initializePage(self) -> None:
        self.check = self.w.dry_run()
        result, lang = self.check, self.w.lang
        self.model.removeRows(0, self.model.rowCount())
        for p in result.problems:
            row = QStandardItem(str(p.row))
            row.setData(p.row, CODE_ROLE)
            self.model.appendRow([row, QStandardItem(p.column), QStandardItem(p.message(lang))])
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)
        lines = [self.tr("%n rows read. Importing gives: %1.", "", result.rows).replace("%1", result.summary(lang))]
        if result.unknown_columns:
            lines.append(self.tr("Ignored columns: %1.").replace("%1", ", ".join(result.unknown_columns)))
        if result.units_created:
            lines.append(self.tr("New units: %1.").replace("%1", ", ".join(result.units_created)))
        if not result.problems:
            lines.append(self.tr("No problems found."))
        self.summary.setText("\n".join(lines))
        blocked = result.file_problem
        self.only_valid.setChecked(False)
        self.only_valid.setEnabled(bool(result.rejected) and not blocked)
        self.only_valid.setVisible(bool(result.rejected))
        self.rule.setVisible(bool(result.rejected))

    def isComplete(self) -> bool:
        result = self.check
        if result is None or result.file_problem:
            return False
        return not result.rejected or self.only_valid.isChecked()

    def validatePage(self) -> bool:
        self.w.run_import(only_valid=self.only_valid.isChecked())
        return True


# ---------------------------------------------------------------------------- wizard
class ImportWizard(QWizard):
    """Import a roster (`kind` "roster") or a post list ("posts") into the document's plan.

    `document` is the open OperationDocument (or a Plan); the import is pushed on `undo_stack`
    as one step. After the wizard finishes, `result` holds what the import did.

    Reading the file, checking the rows and importing run off the GUI thread
    (`ui.background.run_in_background`): the wizard is disabled meanwhile, keeps painting and,
    past a short delay, shows a busy indicator saying what it does. `work_started(label)` and
    `work_finished()` fire around each such step.
    """

    work_started = Signal(str)
    work_finished = Signal()

    def __init__(self, document, kind: str, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if kind not in FIELD_LABELS:
            raise ValueError(f"kind must be 'roster', 'posts' or 'categories', not {kind!r}")
        self.document = document
        self.plan: Plan = document if isinstance(document, Plan) else document.plan
        self.kind = kind
        self.undo_stack = undo_stack
        self.lang = i18n.language()  # the language the interface speaks now
        self.path: Path | None = None
        self.sheet: str | None = None
        self.prepared: Prepared | None = None
        self.result: ImportResult | None = None
        self.mapping: dict[str, str] = {}
        # Seam for tests: a function (parent, folder) -> chosen path or "".
        self.choose_file: Callable[[QWidget, str], str] = _ask_for_file
        self.setWindowTitle(
            self.tr("Import roster")
            if kind == "roster"
            else self.tr("Import TPS categories")
            if kind == "categories"
            else self.tr("Import posts")
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        for page in (self.file_page, self.preview_page, self.mapping_page, self.check_page):
            self.addPage(page)
        self.resize(820, 560)

    def in_background(self, label: str, fn: Callable[[], T]) -> T:
        """Run `fn` off the GUI thread with the wizard disabled and a busy indicator; its result or error."""
        self.setEnabled(False)
        self.work_started.emit(label)
        try:
            return run_in_background(self, label, fn)
        finally:
            self.setEnabled(True)
            self.work_finished.emit()

    def load(self, path: Path, sheet: str | None) -> None:
        """Read the file with the remembered hand-made mapping (raises SpreadsheetError)."""
        self.path, self.sheet = path, sheet
        kind, mapping = self.kind, remembered_mapping(self.kind)
        self.prepared = self.in_background(
            self.tr("Reading %1...").replace("%1", path.name), lambda: prepare(path, kind, sheet=sheet, mapping=mapping)
        )

    def remap(self, mapping: dict[str, str]) -> None:
        prepared = self.prepared
        assert prepared is not None
        self.mapping = mapping
        # The sheet is already in memory: map it again rather than read the file a second time.
        self.prepared = self.in_background(
            self.tr("Reading the columns..."),
            lambda: prepare_sheet(prepared.sheet, self.kind, prepared.source, mapping),
        )

    def dry_run(self) -> ImportResult:
        prepared = self.prepared
        assert prepared is not None
        # Counted as if only the valid rows went in, so the page can say what that choice gives.
        # The dry run only reads the plan; the wizard is modal and disabled meanwhile.
        return self.in_background(
            self.tr("Checking %n rows...", "", len(prepared.data)),
            lambda: import_prepared(self.plan, prepared, dry_run=True, only_valid=True),
        )

    def run_import(self, *, only_valid: bool) -> ImportResult:
        """Import for real as one undo step and remember the column mapping.

        The import runs on a copy of the plan off the GUI thread; the GUI thread then takes the
        copy over through the undo command (one 'reset' for the views).
        """
        prepared, plan = self.prepared, self.plan
        assert prepared is not None and self.path is not None

        def work() -> tuple[Plan, Plan, ImportResult]:
            before = plan.clone()
            after = before.clone()
            return before, after, import_prepared(after, prepared, only_valid=only_valid)

        before, after, result = self.in_background(self.tr("Importing %1...").replace("%1", self.path.name), work)
        if result.applied:
            text = (
                self.tr("Import roster from %1")
                if self.kind == "roster"
                else self.tr("Import TPS categories from %1")
                if self.kind == "categories"
                else self.tr("Import posts from %1")
            ).replace("%1", self.path.name)
            self.undo_stack.push(PlanSnapshotCommand(plan, before, after, text, owned=True))
        remember_mapping(self.kind, self.mapping)
        self.result = result
        return result


def _ask_for_file(parent: QWidget, folder: str) -> str:
    path = open_file_name(
        parent,
        QCoreApplication.translate("ImportWizard", "Choose a list"),
        folder,
        QCoreApplication.translate("ImportWizard", "Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)"),
    )
    return path


def export_deployment_table(
    plan: Plan, parent: QWidget | None = None, path: str | Path | None = None, lang: str | None = None
) -> Path | None:
    """File > Export: ask for a .xlsx/.csv name (unless given) and write the deployment table.

    Returns the written path, or None when the user cancelled or writing failed (after saying why).
    """
    if path is None:
        chosen = save_file_name(
            parent,
            QCoreApplication.translate("ImportWizard", "Export deployment table"),
            "plotting.xlsx",
            QCoreApplication.translate("ImportWizard", "Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)"),
        )
        if not chosen:
            return None
        path = chosen
    try:
        return export_table(plan, path, lang=lang or ui_settings.language())
    except OSError as exc:  # desktop.files.WriteError: full disk, read-only folder, ...
        from ui.file_safety import failure_text

        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ImportWizard", "Export deployment table"),
            failure_text(exc, lang or ui_settings.language()),
        )
        return None
    except ExportError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ImportWizard", "Export deployment table"),
            QCoreApplication.translate("ImportWizard", "Cannot write %1").replace("%1", str(exc)),
        )
        return None
