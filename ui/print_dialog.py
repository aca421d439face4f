"""File > Print: choose documents, shifts, posts, units, language, paper size (remembered) and
numbered copies; generate the PDF off the GUI thread with progress and cancel; preview it
(QtPdf); save it or send it to a printer.

The PDF comes from `desktop.briefing.generate`, a pure function run on a snapshot of the plan
(`plan.clone()`) as a `ui.background.Task`, so the planner may keep the window responsive while a
large packet is laid out.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QSizeF, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.briefing import BriefingOptions, generate
from desktop.briefing.layout import PAPERS
from desktop.briefing.render import MAX_COPIES
from desktop.files import write_atomically
from desktop.model import Plan
from desktop.progress import Progress
from desktop.storage import OperationDocument
from ui import settings as prefs
from ui.background import Task
from ui.file_dialogs import save_file_name
from ui.file_safety import failure_text
from ui.post_place_filter import PlaceFilterBar
from ui.roles import CODE_ROLE


def paper_page_size(code: str) -> QPageSize:
    """The printer paper for a briefing paper code (F4 is not a Qt standard size: custom)."""
    if code == "Letter":
        return QPageSize(QPageSize.PageSizeId.Letter)
    if code == "F4":
        return QPageSize(QSizeF(215, 330), QPageSize.Unit.Millimeter, "F4", QPageSize.SizeMatchPolicy.ExactMatch)
    return QPageSize(QPageSize.PageSizeId.A4)


def generation_task(plan: Plan, options: BriefingOptions, changed_since: int | None = None) -> Task:
    """`generate()` on a plan snapshot as a `Task`: succeeds with (PDF bytes, page count, the print
    revision to record when the PDF is saved or printed); `changed_since` prints only what changed."""

    def work(progress: Progress) -> tuple[bytes, int, object]:
        buf = io.BytesIO()
        if changed_since is not None:  # only what changed since that revision (0: the newest)
            from desktop.briefing.changed import generate_changed
            from desktop.revisions.printing import revision_for

            step = progress.step if hasattr(progress, "step") else progress
            changed = generate_changed(
                plan,
                buf,
                changed_since or None,
                lang=options.lang,
                paper=options.paper,
                progress=lambda done, total, note: step(done, total, note),
            )
            revision = revision_for(
                plan, changed.options, changed, changed_since=changed.base.number, parts=changed.parts_after
            )
            return buf.getvalue(), changed.pages, revision
        result = generate(plan, buf, options, progress)
        from desktop.revisions.printing import revision_for  # after the first reports, not before

        return buf.getvalue(), result.pages, revision_for(plan, options, result)

    return Task(work)


class PrintDialog(QDialog):
    """Choose what to print, generate, preview, save or print. `ask_save_path` and
    `ask_printer` are the seams tests replace instead of clicking system dialogs."""

    # Fires when a generated PDF is loaded into the preview, with its page count.
    preview_ready = Signal(int)

    DOCS = ("packet", "sprin", "posts", "slips", "attendance", "roster", "notes", "rekap")

    def __init__(self, document: OperationDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.plan = document.plan
        self.pdf_bytes = b""
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Print documents"))
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(1100, min(760, screen.height() - 40) if screen is not None else 760)

        self.doc_list = self._checklist([(d, self._doc_label(d)) for d in self.DOCS], checked={"packet"})
        self.shift_list = self._checklist([(s.code, f"{s.code}  {s.name}") for s in self.plan.shifts.values()])
        self.post_list = self._checklist([(p.code, f"{p.code}  {p.name}") for p in self.plan.posts.values()])
        self.unit_list = self._checklist([(u.code, f"{u.code}  {u.name}") for u in self.plan.units.values()])
        self.lang_box = QComboBox()
        self.lang_box.addItem("Bahasa Indonesia", "id")
        self.lang_box.addItem("English", "en")
        self.paper_box = QComboBox()
        for code in PAPERS:
            self.paper_box.addItem(self._paper_label(code), code)
        saved = prefs.settings().value(prefs.PRINT_PAPER, "A4")
        self.paper_box.setCurrentIndex(max(self.paper_box.findData(saved if saved in PAPERS else "A4"), 0))
        self.paper_box.currentIndexChanged.connect(self._remember_paper)
        self.copies_box = QSpinBox()
        self.copies_box.setRange(1, MAX_COPIES)
        self.copies_box.setValue(1)
        self.copies_box.setToolTip(
            self.tr('More than one: every copy is marked "Copy i of N" and numbered from page 1')
        )

        choose = QWidget()
        form = QVBoxLayout(choose)
        form.setContentsMargins(0, 0, 0, 0)
        for title, widget in (
            (self.tr("Documents"), self.doc_list),
            (self.tr("Shifts"), self.shift_list),
            (self.tr("Posts"), self.post_list),
            (self.tr("Units"), self.unit_list),
        ):
            box = QGroupBox(title)
            lay = QVBoxLayout(box)
            if widget in (self.post_list, self.unit_list):  # 2,000 posts: type to find them
                search = QLineEdit()
                search.setClearButtonEnabled(True)
                search.setPlaceholderText(self.tr("Filter by code or name"))
                lay.addWidget(search)
                if widget is self.post_list:  # an election: also by Polsek, kecamatan, village, cluster
                    self.post_filter = search
                    self.post_places = PlaceFilterBar(box)
                    self.post_places.set_plan(self.plan)
                    self.post_places.changed.connect(self._filter_posts)
                    search.textChanged.connect(self._filter_posts)
                    lay.addWidget(self.post_places)
                else:
                    search.textChanged.connect(lambda text, w=widget: self._filter(w, text))
            lay.addWidget(widget)
            if widget is not self.doc_list:
                row = QHBoxLayout()
                for text, state in ((self.tr("All"), True), (self.tr("None"), False)):
                    b = QPushButton(text)
                    b.setAutoDefault(False)
                    b.clicked.connect(lambda _=False, w=widget, s=state: self._check_all(w, s))
                    row.addWidget(b)
                row.addStretch(1)
                lay.addLayout(row)
            form.addWidget(box)
        lang_row = QFormLayout()
        lang_row.addRow(self.tr("Language of the documents"), self.lang_box)
        lang_row.addRow(self.tr("Paper size"), self.paper_box)
        lang_row.addRow(self.tr("Numbered copies"), self.copies_box)
        form.addLayout(lang_row)
        self.changed_box = QCheckBox(self.tr("Only what changed since the last print"))
        self.changed_box.setToolTip(
            self.tr("A change sheet, then only the pages to replace, with the choices of the last print")
        )
        self.changed_box.setEnabled(bool(self.plan.print_revisions))
        self.changed_box.toggled.connect(self._changed_only_toggled)
        form.addWidget(self.changed_box)
        self._pending_revision = None  # of the PDF in the preview, until it is saved or printed

        self.generate_button = QPushButton(self.tr("Generate preview"))
        self.generate_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel generation"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setValue(0)
        self.status = QLabel(self.tr("Choose what to print, then generate the preview."))
        self.status.setWordWrap(True)
        gen_row = QHBoxLayout()
        gen_row.addWidget(self.generate_button)
        gen_row.addWidget(self.cancel_button)
        left = QWidget()  # the choices scroll; the generate row, the bar and the status stay in view
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)

        self.pdf = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView()
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        # The choices scroll rather than push the generate button and the progress bar off a
        # 768-pixel screen.
        choices = QScrollArea()
        choices.setWidgetResizable(True)
        choices.setFrameShape(QScrollArea.Shape.NoFrame)
        choices.setWidget(choose)
        choices.setMinimumWidth(choose.minimumSizeHint().width() + 20)
        left_layout.addWidget(choices, 1)
        left_layout.addLayout(gen_row)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 770])

        self.save_button = QPushButton(self.tr("Save PDF..."))
        self.print_button = QPushButton(self.tr("Print..."))
        close = QPushButton(self.tr("Close"))
        for b in (self.save_button, self.print_button, close):
            b.setAutoDefault(False)
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(close)

        root = QVBoxLayout(self)
        root.addWidget(splitter, 1)
        root.addLayout(bottom)

        self.generate_button.clicked.connect(self.start_generation)
        self.cancel_button.clicked.connect(self.cancel_generation)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_pdf)
        close.clicked.connect(self.reject)
        for w in (self.doc_list, self.shift_list, self.post_list, self.unit_list):
            w.itemChanged.connect(self._update_buttons)
        self._update_buttons()

    # ------------------------------------------------------------------ choices
    def _doc_label(self, doc: str) -> str:
        return {
            "packet": self.tr("Briefing packet (complete)"),
            "sprin": self.tr("Order (Surat Perintah) with its name list"),
            "posts": self.tr("Post sheets"),
            "slips": self.tr("Assignment slips"),
            "attendance": self.tr("Attendance sheets (per unit)"),
            "roster": self.tr("Roster by unit"),
            "notes": self.tr("Planner's notes (accepted warnings)"),
            "rekap": self.tr("TPS security pattern summary (vote)"),
        }[doc]

    def _paper_label(self, code: str) -> str:
        return {
            "A4": self.tr("A4 (210 x 297 mm)"),
            "F4": self.tr("F4 / folio (215 x 330 mm)"),
            "Letter": self.tr("Letter (216 x 279 mm)"),
        }[code]

    def _remember_paper(self, *_: object) -> None:
        prefs.settings().setValue(prefs.PRINT_PAPER, self.paper_box.currentData())

    @staticmethod
    def _checklist(items: list[tuple[str, str]], checked: set[str] | None = None) -> QListWidget:
        w = QListWidget()
        for code, label in items:
            item = QListWidgetItem(label)
            item.setData(CODE_ROLE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = checked is None or code in checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            w.addItem(item)
        return w

    @staticmethod
    def _filter(w: QListWidget, text: str) -> None:
        needle = text.strip().lower()
        for i in range(w.count()):
            item = w.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _filter_posts(self) -> None:
        """The post list: in sector order when asked, showing the posts the text box and the
        place filter both let through (All / None then act on those)."""
        w, places = self.post_list, self.post_places
        codes = [w.item(i).data(CODE_ROLE) for i in range(w.count())]
        wanted = sorted(codes, key=places.sort_key()) if places.sector_order.isChecked() else list(self.plan.posts)
        if codes != wanted:
            items = {w.item(i).data(CODE_ROLE): i for i in range(w.count())}
            taken = [w.takeItem(0) for _ in range(w.count())]
            for code in wanted:
                w.addItem(taken[items[code]])
        self._filter(w, self.post_filter.text())
        for i in range(w.count()):
            item = w.item(i)
            if not item.isHidden() and not places.accepts(item.data(CODE_ROLE)):
                item.setHidden(True)

    @staticmethod
    def _check_all(w: QListWidget, state: bool) -> None:
        """All / None: the rows shown (those the filter box lets through)."""
        for i in range(w.count()):
            if not w.item(i).isHidden():
                w.item(i).setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)

    @staticmethod
    def checked(w: QListWidget) -> list[str]:
        return [w.item(i).data(CODE_ROLE) for i in range(w.count()) if w.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, w: QListWidget, codes: set[str]) -> None:
        for i in range(w.count()):
            item = w.item(i)
            on = item.data(CODE_ROLE) in codes
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def options(self) -> BriefingOptions:
        """The print options the checkboxes describe (all checked = no filter)."""

        def filt(w: QListWidget) -> tuple[str, ...]:
            codes = self.checked(w)
            return () if len(codes) == w.count() else tuple(codes)

        return BriefingOptions(
            documents=tuple(self.checked(self.doc_list)),
            shifts=filt(self.shift_list),
            posts=filt(self.post_list),
            units=filt(self.unit_list),
            lang=self.lang_box.currentData(),
            paper=self.paper_box.currentData(),
            copies=self.copies_box.value(),
        )

    def _changed_only_toggled(self, on: bool) -> None:
        """Only what changed reprints with the last print's choices: the lists do not apply."""
        for w in (self.doc_list, self.shift_list, self.post_list, self.unit_list, self.copies_box):
            w.setEnabled(not on)
        self._update_buttons()

    def _missing_choice(self) -> str:
        if not self.checked(self.doc_list):
            return self.tr("Choose at least one document.")
        for w, what in (
            (self.shift_list, self.tr("shift")),
            (self.post_list, self.tr("post")),
            (self.unit_list, self.tr("unit")),
        ):
            if w.count() and not self.checked(w):
                return self.tr("Choose at least one %1.").replace("%1", what)
        return ""

    def _update_buttons(self, *_: object) -> None:
        busy = self.task is not None
        missing = self._missing_choice()
        self.generate_button.setEnabled(not busy and not missing)
        self.cancel_button.setEnabled(busy)
        self.save_button.setEnabled(not busy and bool(self.pdf_bytes))
        self.print_button.setEnabled(not busy and bool(self.pdf_bytes))
        if missing and not busy:
            self.status.setText(missing)

    # ------------------------------------------------------------------ generation
    def start_generation(self) -> None:
        if self.task is not None or self._missing_choice():
            return
        changed = 0 if self.changed_box.isChecked() and self.plan.print_revisions else None
        # Busy at once: copying a district plan for the worker takes a moment on this thread.
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Generating..."))
        self.progress.repaint()
        self.status.repaint()
        task = generation_task(self.plan.clone(), self.options(), changed)
        task.signals.progressed.connect(self._on_progress)
        task.signals.succeeded.connect(self._on_finished)
        task.signals.cancelled.connect(self._on_cancelled)
        task.signals.failed.connect(self._on_failed)
        self.task = task
        self._update_buttons()
        task.start()

    def cancel_generation(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling..."))

    def _on_progress(self, done: int, total: int, _note: str = "") -> None:
        if self.task is None or self.task.progress.cancelled:
            return
        if done <= 0:  # the first part is still being laid out: a moving bar, not a frozen 0 %
            self.progress.setRange(0, 0)
            self.status.setText(self.tr("Generating %n parts...", "", total))
            return
        # Parts, not a percentage: "1 / 2517" moves at once where 0 % would stand for seconds.
        self.progress.setFormat(self.tr("%v / %m parts"))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    def _finish_task(self) -> None:
        self.task = None
        self.progress.setFormat("%p%")
        self.progress.setRange(0, 1)
        self._update_buttons()

    def _on_finished(self, result: tuple[bytes, int, object]) -> None:
        data, pages, self._pending_revision = result
        self.pdf_bytes = data
        self._finish_task()
        self.progress.setValue(1)
        self._load_preview(data)
        self.status.setText(self.tr("%n pages ready.", "", pages))
        self._update_buttons()
        self.preview_ready.emit(self.pdf.pageCount())

    def _on_cancelled(self) -> None:
        self._finish_task()
        self.progress.setValue(0)
        self.status.setText(self.tr("Generation cancelled."))

    def _on_failed(self, error: BaseException) -> None:
        reason = f"{type(error).__name__}: {error}"
        self._finish_task()
        self.status.setText(self.tr("Could not generate the documents: %1").replace("%1", reason))

    def _load_preview(self, data: bytes) -> None:
        self.pdf.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)

    # ------------------------------------------------------------------ save and print
    def ask_save_path(self) -> str:
        base = self.document.path.stem if self.document.path else "renpam"
        return save_file_name(self, self.tr("Save PDF"), f"{base}.pdf", self.tr("PDF (*.pdf)"))

    def ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(paper_page_size(self.paper_box.currentData()))
        dialog = QPrintDialog(printer, self)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def save_pdf(self) -> Path | None:
        if not self.pdf_bytes:
            return None
        chosen = self.ask_save_path()
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            write_atomically(path, self.pdf_bytes)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), failure_text(exc, prefs.language()))
            return None
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)) + self._record_revision())
        return path

    def print_pdf(self) -> bool:
        if not self.pdf_bytes:
            return False
        printer = self.ask_printer()
        if printer is None:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Render every page of the preview document onto `printer`, scaled to its page."""
        count = self.pdf.pageCount()
        if count <= 0:
            return False
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            dpi = min(printer.resolution(), 300)
            for i in range(count):
                size_pt = self.pdf.pagePointSize(i)
                if i:
                    landscape = size_pt.width() > size_pt.height()
                    printer.setPageOrientation(
                        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
                    )
                    printer.newPage()
                image_size = QSize(round(size_pt.width() / 72 * dpi), round(size_pt.height() / 72 * dpi))
                image: QImage = self.pdf.render(i, image_size)
                target = painter.viewport()
                scaled = image_size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
        finally:
            painter.end()
        self.status.setText(self.tr("Sent %n pages to the printer.", "", count) + self._record_revision())
        logging.getLogger("renpam.print").info("sent %d pages to the printer %s", count, printer.printerName())
        return True

    def _record_revision(self) -> str:
        """Record the PDF in the preview as a print revision, once; returns a note for the status."""
        from desktop.revisions import record

        if self._pending_revision is None:
            return ""
        rev = record(self.plan, self._pending_revision)
        self._pending_revision = None
        self.changed_box.setEnabled(True)
        return " " + self.tr("Recorded as print revision %1.").replace("%1", str(rev.number))

    # ------------------------------------------------------------------ closing
    def done(self, result: int) -> None:
        if self.task is not None:
            self.task.cancel()
            QThreadPool.globalInstance().waitForDone(10000)
            self.task = None
        self.pdf.close()
        super().done(result)
