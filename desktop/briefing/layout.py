"""Page furniture, styles, fonts and the small custom flowables of the printed documents.

Every page carries the classification top and bottom, the operation name, "Halaman X dari Y",
the time the document was made, the revision stamp of the part it shows and the Renpam version.
The total page count is a PDF form drawn once at the end and referenced by every page, so a
document is built in one pass and pages are not kept in memory to be numbered.
"""

from __future__ import annotations

import functools
import io
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from desktop import palette
from desktop.resources import resource_path
from desktop.version import version

FONT = "RenpamSans"
FONT_BOLD = "RenpamSans-Bold"
_font_lock = threading.Lock()

PORTRAIT = A4
LANDSCAPE = landscape(A4)
# Paper sizes, portrait: A4, F4 (folio, 215 x 330 mm, common in Indonesian offices), US Letter.
PAPERS = {"A4": A4, "F4": (215 * mm, 330 * mm), "Letter": (215.9 * mm, 279.4 * mm)}
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 20 * mm, 15 * mm, 24 * mm, 22 * mm
GRID = colors.HexColor("#555555")
HEAD_BG = colors.HexColor("#E4E4E4")
RING_COLORS = {code: colors.HexColor(hex_) for code, hex_ in palette.RING.items()}  # the screen's, desktop/palette.py
TOTAL_FORM = "renpamPageTotal"
PAGE_FORM = "renpamPageNo"  # "Halaman X dari ", one per page (see RenpamCanvas.save)
PLACEHOLDER = "0000000"  # the page number a piece laid out apart leaves for the joiner (pdfjoin)
IMAGE_FORM = "renpamSitePlan"


def register_fonts() -> None:
    """Register the bundled DejaVu Sans (regular, bold) once; never a system font."""
    with _font_lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=3)
    s = {
        "body": base,
        "just": ParagraphStyle("just", base, alignment=4),
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, spaceAfter=0),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=9.6, spaceAfter=0),
        "cell7": ParagraphStyle("cell7", base, fontSize=7.5, leading=9, spaceAfter=0),
        "cell7b": ParagraphStyle("cell7b", base, fontName=FONT_BOLD, fontSize=7.5, leading=9, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", base, fontName=FONT_BOLD, fontSize=8, leading=9.6, spaceAfter=0),
        "cellc": ParagraphStyle("cellc", base, fontSize=8, leading=9.6, spaceAfter=0, alignment=TA_CENTER),
        "head": ParagraphStyle("head", base, fontName=FONT_BOLD, fontSize=8, leading=9.6, spaceAfter=0),
        "title": ParagraphStyle(
            "title", base, fontName=FONT_BOLD, fontSize=12, leading=15, alignment=TA_CENTER, spaceAfter=2
        ),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=9.5, leading=12, alignment=TA_CENTER, spaceAfter=8),
        "h1": ParagraphStyle("h1", base, fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", base, fontName=FONT_BOLD, fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=3),
        "annex": ParagraphStyle("annex", base, fontSize=8.5, leading=11, spaceAfter=0),
        "center": ParagraphStyle("center", base, alignment=TA_CENTER),
        "right": ParagraphStyle("right", base, alignment=TA_RIGHT),
        "cover_title": ParagraphStyle(
            "cover_title", base, fontName=FONT_BOLD, fontSize=17, leading=22, alignment=TA_CENTER, spaceAfter=6
        ),
        "cover_name": ParagraphStyle(
            "cover_name", base, fontName=FONT_BOLD, fontSize=13.5, leading=18, alignment=TA_CENTER, spaceAfter=4
        ),
        "kop": ParagraphStyle(
            "kop", base, fontName=FONT_BOLD, fontSize=9, leading=11, alignment=TA_CENTER, spaceAfter=0
        ),
    }
    return s


def P(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; newlines kept)."""
    return PX(escape(text or "").replace("\n", "<br/>"), style)


def PX(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of already-escaped markup. The same markup in the same style is parsed once:
    a packet repeats its headings, role names and letterheads on thousands of pages, and parsing
    is the dearest step of a paragraph (ReportLab only reads the fragments it is given)."""
    frags = _fragments(markup, style)
    return Paragraph(markup, style, frags=list(frags)) if frags else Paragraph(markup, style)


@functools.lru_cache(maxsize=512)
def _fragments(markup: str, style: ParagraphStyle) -> tuple | None:
    return tuple(Paragraph(markup, style).frags) if len(markup) < 400 else None


CELL_PADDING = 6.5  # a table cell's left and right padding (3 + 3) and half a point to spare
_BREAKS = re.compile(r"[ \t\r]+")


def fit_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Plain text broken into lines no wider than `width`, the way a paragraph breaks it: at
    spaces and tabs (not at a no-break space), a word longer than the line after a hyphen or slash
    (else at characters), given line breaks kept. A table draws such lines as plain strings,
    several times cheaper than a paragraph in a cell (a paragraph is wrapped again each time its
    table is measured, split and drawn)."""
    width_of = pdfmetrics.stringWidth
    space = width_of(" ", font, size)
    out: list[str] = []
    for given in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in _BREAKS.split(given):  # a no-break space holds its words together
            if not word:
                continue
            w = width_of(word, font, size)
            if line and used + space + w <= width:
                line.append(word)
                used += space + w
                continue
            if line:
                out.append(" ".join(line))
            while w > width and len(word) > 1:  # a word longer than the line: cut after a hyphen
                cut, run, soft = 0, 0.0, 0  # or a slash that fits (TPS codes), else at characters
                for ch in word:
                    step = width_of(ch, font, size)
                    if cut and run + step > width:
                        break
                    cut, run = cut + 1, run + step
                    if ch in "-/" and cut < len(word):
                        soft = cut
                cut = soft or cut
                out.append(word[:cut])
                word = word[cut:]
                w = width_of(word, font, size)
            line, used = [word], w
        out.append(" ".join(line))
    return out


def fitted(text: str, font: str, size: float, width: float) -> str:
    """`text` as it stands when every line fits `width`, else broken by `fit_lines`."""
    if all(pdfmetrics.stringWidth(line, font, size) <= width for line in text.split("\n")):
        return text
    return "\n".join(fit_lines(text, font, size, width))


# ---------------------------------------------------------------------------- canvas and pages
class RenpamCanvas(rl_canvas.Canvas):
    """Counts pages and, when saved, defines the forms every footer refers to: the page total
    and "Halaman X dari " of each page. A piece of a document laid out apart (`ctx.number_later`)
    leaves placeholders in both for `pdfjoin` to fill in."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["initialFontName"] = FONT  # else every page starts in Helvetica
        kwargs["initialFontSize"] = 9
        super().__init__(*args, **kwargs)
        self.pages_done = 0
        self.ctx: PageContext | None = None  # set by the caller; gives the per-copy page counts
        self.page_numbers: list[tuple[int, int]] = []  # (copy, page in copy) per page with a page form

    def showPage(self) -> None:
        self.pages_done += 1
        super().showPage()

    def save(self) -> None:
        ctx: PageContext | None = self.ctx
        later = ctx is not None and ctx.number_later
        for page, (_copy, n) in enumerate(self.page_numbers, start=1):
            self.beginForm(page_form(page), -300, -10, 10, 20)  # the text ends at the origin
            self.setFont(FONT, 7.5)
            self.drawRightString(0, 0, ctx.labels["page_of"].format(n=PLACEHOLDER if later else n))  # type: ignore[union-attr]
            self.endForm()
        # One page-total form per numbered copy (page numbers restart with each copy).
        counts = dict(ctx.copy_pages) if ctx is not None and ctx.copy_pages else {1: self.pages_done}
        for copy, count in counts.items():
            self.beginForm(total_form(copy))
            self.setFont(FONT, 7.5)
            self.drawString(0, 0, str(count))
            self.endForm()
        super().save()


def total_form(copy: int) -> str:
    return f"{TOTAL_FORM}{copy}"


def page_form(page: int) -> str:
    return f"{PAGE_FORM}{page}"


@dataclass
class PageContext:
    """What the page decoration needs: set per part by `PartMarker` as the document is laid out."""

    classification: str
    operation: str
    made: str
    lang: str
    labels: dict[str, str]
    stamp: str = ""
    part_label: str = ""
    on_part: object = None  # callable(part_index) for progress/cancel
    on_page: object = None  # callable() after each page, so a long table can be cancelled mid-way
    image: ImageReader | None = None
    image_size: tuple[int, int] = (0, 0)
    extra: dict = field(default_factory=dict)
    copy: int = 1  # the numbered copy being laid out (set by `PartMarker`)
    copies: int = 1  # how many numbered copies; the mark is printed only when more than one
    copy_pages: dict[int, int] = field(default_factory=dict)  # pages finished per copy
    # When set, callable(page_in_copy) -> the footer's page text instead of "Halaman X dari Y"
    # (a reprint of changed pages keeps the numbers of the pages it replaces).
    page_text: object = None
    number_later: bool = False  # a piece laid out apart: page numbers and totals are the joiner's


def _draw_furniture(canv: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
    ctx: PageContext = doc.ctx
    width, height = canv._pagesize
    left, right = MARGIN_L, width - MARGIN_R
    canv.saveState()
    canv.setFillColor(colors.black)
    # classification, top and bottom
    canv.setFont(FONT_BOLD, 11)
    cls = ctx.classification
    canv.drawCentredString(width / 2, height - 11 * mm, cls)
    canv.drawCentredString(width / 2, 8 * mm, cls)
    canv.setFont(FONT, 6)  # the program that made the page, bottom right under the footer line
    canv.drawRightString(right, 8 * mm, f"Renpam {version()}")
    if ctx.copies > 1:  # numbered copies: "Salinan ke-2 dari 5" at the top right
        canv.setFont(FONT_BOLD, 9)
        canv.drawRightString(right, height - 11 * mm, ctx.labels["copy_of"].format(i=ctx.copy, n=ctx.copies))
    ctx.copy_pages[ctx.copy] = page_in_copy = ctx.copy_pages.get(ctx.copy, 0) + 1
    # header: operation name (wrapped, at most two lines) and the part label
    canv.setFont(FONT, 7.5)
    label_w = min(canv.stringWidth(ctx.part_label, FONT, 7.5), (right - left) * 0.45)
    name_w = right - left - label_w - 8 * mm
    lines = simpleSplit(ctx.operation, FONT, 7.5, name_w)
    if len(lines) > 2:
        lines = lines[:2]
        while lines[1] and canv.stringWidth(lines[1] + " …", FONT, 7.5) > name_w:
            lines[1] = lines[1][:-1]
        lines[1] = lines[1].rstrip() + " …"
    y = height - 16 * mm
    for line in lines:
        canv.drawString(left, y, line)
        y -= 8.5
    label_lines = simpleSplit(ctx.part_label, FONT, 7.5, label_w + 1)
    ly = height - 16 * mm
    for line in label_lines[:2]:
        canv.drawRightString(right, ly, line)
        ly -= 8.5
    canv.setLineWidth(0.6)
    canv.line(
        left,
        height - 16 * mm - 8.5 * max(len(lines), 1, min(len(label_lines), 2)) + 4,
        right,
        height - 16 * mm - 8.5 * max(len(lines), 1, min(len(label_lines), 2)) + 4,
    )
    # footer: made, revision stamp, page X of Y
    fy = 14 * mm
    canv.line(left, fy + 9, right, fy + 9)
    canv.setFont(FONT, 7.5)
    made = f"{ctx.labels['made']}: {ctx.made}"
    canv.drawString(left, fy, made)
    x = left + canv.stringWidth(made, FONT, 7.5) + 5 * mm
    rev = f"{ctx.labels['revision']}: "
    canv.drawString(x, fy, rev)
    x += canv.stringWidth(rev, FONT, 7.5) + 2
    canv.setFont(FONT_BOLD, 8)
    sw = canv.stringWidth(ctx.stamp, FONT_BOLD, 8)
    canv.rect(x - 1.5, fy - 2.5, sw + 3, 10.5, stroke=1, fill=0)
    canv.drawString(x, fy, ctx.stamp)
    canv.setFont(FONT, 7.5)
    if ctx.page_text is not None:
        canv.drawRightString(right, fy, ctx.page_text(page_in_copy))  # type: ignore[operator]
        canv.restoreState()
        if ctx.on_page:
            ctx.on_page()  # type: ignore[operator]
        return
    # "Halaman X dari " ends where the total begins; both are forms, defined when the document
    # is saved or, for a piece laid out apart, when the pieces are joined
    canv.saveState()
    canv.translate(right - canv.stringWidth("0000", FONT, 7.5), fy)
    canv.page_numbers.append((ctx.copy, page_in_copy))
    canv.doForm(page_form(len(canv.page_numbers)))
    canv.doForm(total_form(ctx.copy))
    canv.restoreState()
    canv.restoreState()
    if ctx.on_page:
        ctx.on_page()  # type: ignore[operator]


class BriefingDocTemplate(BaseDocTemplate):
    def __init__(self, target, ctx: PageContext, paper: str = "A4", first_landscape: bool = False, **kw) -> None:
        portrait = PAPERS[paper]
        super().__init__(
            target,
            pagesize=portrait,
            leftMargin=MARGIN_L,
            rightMargin=MARGIN_R,
            topMargin=MARGIN_T,
            bottomMargin=MARGIN_B,
            **kw,
        )
        self.ctx = ctx
        templates = []
        for name, size in (("portrait", portrait), ("landscape", landscape(portrait))):
            frame = Frame(
                MARGIN_L,
                MARGIN_B,
                size[0] - MARGIN_L - MARGIN_R,
                size[1] - MARGIN_T - MARGIN_B,
                id=name,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            templates.append(PageTemplate(id=name, frames=[frame], onPageEnd=_draw_furniture, pagesize=size))
        if first_landscape:  # the first template is the first page's: no blank portrait page before a landscape part
            templates.reverse()
        self.addPageTemplates(templates)
        # A piece laid out apart may be cut into several PDFs at page boundaries (see `lay_out`):
        # `split(canvas) -> target` saves the full canvas and gives the next one's target.
        self.split_pages = 0
        self.split: Callable[[rl_canvas.Canvas], Any] | None = None
        self._canvasmaker: Any = None

    def build(self, flowables, filename=None, canvasmaker=rl_canvas.Canvas) -> None:
        self._canvasmaker = canvasmaker
        super().build(flowables, filename, canvasmaker)

    def handle_pageBegin(self) -> None:
        """A new page; first, when the canvas holds `split_pages` pages, the document goes on in
        a fresh canvas (a fresh PDF): the flowables, the frame and the page furniture go on as
        they were, so the pages are those of one document, cut between two pages."""
        canv: Any = getattr(self, "canv")  # noqa: B009 (ReportLab's attribute, untyped)
        if self.split is not None and self.split_pages and getattr(canv, "pages_done", 0) >= self.split_pages:
            target = self.split(canv)
            seq: Any = getattr(self, "seq")  # noqa: B009
            self.canv = canv = self._makeCanvas(filename=target, canvasmaker=self._canvasmaker)
            self.seq = seq  # the numbering sequences go on
            canv._doctemplate = self
        super().handle_pageBegin()


def frame_width(landscape_page: bool, paper: str = "A4") -> float:
    size = landscape(PAPERS[paper]) if landscape_page else PAPERS[paper]
    return size[0] - MARGIN_L - MARGIN_R


def frame_height(landscape_page: bool, paper: str = "A4") -> float:
    size = landscape(PAPERS[paper]) if landscape_page else PAPERS[paper]
    return size[1] - MARGIN_T - MARGIN_B


class PartMarker(Flowable):
    """Zero-size flowable at the top of a part: switches the page furniture to this part's
    stamp and label, and reports progress (which may cancel the build)."""

    def __init__(self, index: int, stamp: str, label: str, copy: int = 1) -> None:
        super().__init__()
        self.index, self.stamp, self.label, self.copy = index, stamp, label, copy
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        ctx: PageContext = self.canv._doctemplate.ctx
        ctx.stamp, ctx.part_label, ctx.copy = self.stamp, self.label, self.copy
        if ctx.on_part:
            ctx.on_part(self.index)  # type: ignore[operator]


class LazyStory(list):
    """The story as a list that fills itself from a generator of flowable chunks, so the
    document never holds all of a large packet's flowables at once."""

    def __init__(self, chunks) -> None:
        super().__init__()
        self._chunks = iter(chunks)
        self._done = False
        self._fill()

    def _fill(self) -> None:
        while not self._done and list.__len__(self) < 4:
            try:
                self.extend(next(self._chunks))
            except StopIteration:
                self._done = True

    def __len__(self) -> int:
        self._fill()
        return list.__len__(self)


# ---------------------------------------------------------------------------- site plan drawing
def ensure_image_form(canv: rl_canvas.Canvas, ctx: PageContext) -> bool:
    """Define the site-plan image once as a unit-square form; True when there is an image."""
    if ctx.image is None:
        return False
    if not canv.hasForm(IMAGE_FORM):
        canv.beginForm(IMAGE_FORM, 0, 0, 1, 1)
        canv.drawImage(ctx.image, 0, 0, 1, 1)
        canv.endForm()
    return True


def draw_plan(
    canv: rl_canvas.Canvas,
    ctx: PageContext,
    x: float,
    y: float,
    w: float,
    h: float,
    window: tuple[float, float, float, float],
    rings: list[dict],
    markers: list[dict],
    marker_radius: float = 6.5,
    highlight: str | None = None,
) -> None:
    """Draw the plan (or a grid when there is no image) into the box (x, y, w, h), showing the
    plan window (x0, y0, x1, y1) in 0..1 plan coordinates (y down), rings and numbered markers."""
    wx0, wy0, wx1, wy1 = window
    sx, sy = w / (wx1 - wx0), h / (wy1 - wy0)

    def at(px: float, py: float) -> tuple[float, float]:
        return x + (px - wx0) * sx, y + h - (py - wy0) * sy

    canv.saveState()
    path = canv.beginPath()
    path.rect(x, y, w, h)
    canv.clipPath(path, stroke=0, fill=0)
    if ensure_image_form(canv, ctx):
        canv.saveState()
        ox, oy = at(0, 1)
        canv.translate(ox, oy)
        canv.scale(sx, sy)
        canv.doForm(IMAGE_FORM)
        canv.restoreState()
    else:
        canv.setFillColor(colors.HexColor("#F6F4EC"))
        canv.rect(x, y, w, h, stroke=0, fill=1)
        canv.setStrokeColor(colors.HexColor("#D8D4C4"))
        canv.setLineWidth(0.3)
        for i in range(21):
            gx, _ = at(i / 20, 0)
            _, gy = at(0, i / 20)
            canv.line(gx, y, gx, y + h)
            canv.line(x, gy, x + w, gy)
    for ring in rings:
        pts = ring["points"]
        if len(pts) < 3:
            continue
        canv.setStrokeColor(RING_COLORS.get(ring["ring"], colors.black))
        canv.setLineWidth(2.2)
        canv.setDash(7, 3)
        p = canv.beginPath()
        p.moveTo(*at(*pts[0]))
        for pt in pts[1:]:
            p.lineTo(*at(*pt))
        p.close()
        canv.drawPath(p, stroke=1, fill=0)
    canv.setDash()
    for m in markers:
        cx, cy = at(m["x"], m["y"])
        hot = highlight is not None and m["code"] == highlight
        r = marker_radius * (1.6 if hot else 1)
        canv.setLineWidth(1.2 if not hot else 2)
        canv.setStrokeColor(RING_COLORS.get(m["ring"], colors.black))
        canv.setFillColor(colors.HexColor("#FFEB3B") if hot else colors.white)
        canv.circle(cx, cy, r, stroke=1, fill=1)
        canv.setFillColor(colors.black)
        if r < 3 and not hot:  # hundreds of posts: dots only, the legend lists them by code
            continue
        label = (m.get("label") or str(m["n"])) if not hot else m["code"]
        size = max(4.0, min(r * 1.05, 8.5))
        while canv.stringWidth(label, FONT_BOLD, size) > 2 * r - 1.5 and size > 3.5:
            size -= 0.5
        canv.setFont(FONT_BOLD, size)
        canv.drawCentredString(cx, cy - size * 0.35, label)
    canv.restoreState()
    canv.setStrokeColor(colors.black)
    canv.setLineWidth(0.8)
    canv.rect(x, y, w, h, stroke=1, fill=0)


class PlanFlowable(Flowable):
    def __init__(self, width: float, height: float, window, rings, markers, marker_radius=6.5, highlight=None) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.window, self.rings, self.markers = window, rings, markers
        self.marker_radius, self.highlight = marker_radius, highlight

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        ctx = self.canv._doctemplate.ctx
        draw_plan(
            self.canv,
            ctx,
            0,
            0,
            self.width,
            self.height,
            self.window,
            self.rings,
            self.markers,
            self.marker_radius,
            self.highlight,
        )


class SideBySide(Flowable):
    """Two flowables next to each other, tops aligned; the right one keeps its own width.
    (Cheaper than a nested table: each side is wrapped once.)"""

    def __init__(self, left: Flowable, right: Flowable, gap: float) -> None:
        super().__init__()
        self.left, self.right, self.gap = left, right, gap

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.rw, self.rh = self.right.wrap(aw, ah)
        self.lw, self.lh = self.left.wrap(aw - self.rw - self.gap, ah)
        self.width, self.height = aw, max(self.lh, self.rh)
        return self.width, self.height

    def draw(self) -> None:
        self.left.drawOn(self.canv, 0, self.height - self.lh)
        self.right.drawOn(self.canv, self.width - self.rw, self.height - self.rh)


class RingKey(Flowable):
    """A row of ring line samples with their labels."""

    def __init__(self, rings: list[dict], width: float) -> None:
        super().__init__()
        self.rings, self.width, self.height = rings, width, 12

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        x = 0.0
        c.setFont(FONT, 7.5)
        for ring in self.rings:
            c.setStrokeColor(RING_COLORS.get(ring["ring"], colors.black))
            c.setLineWidth(2.2)
            c.setDash(7, 3)
            c.line(x, 4, x + 18, 4)
            c.setDash()
            label = ring["label"] or f"Ring {ring['ring']}"
            c.setFillColor(colors.black)
            c.drawString(x + 22, 1.5, label)
            x += 30 + c.stringWidth(label, FONT, 7.5)
            if x > self.width:
                break


class ScaleBar(Flowable):
    """The printout's own scale bar under the site plan: `metres` of ground drawn at the length
    they print at when `width_m` spans `image_width` points, in four alternating blocks, with
    0 / length labels and the printed ratio beside it. `image_width` is set once the picture's
    printed size is known (`render.r_siteplan`)."""

    def __init__(self, width_m: float, metres: float, caption: str, width: float) -> None:
        super().__init__()
        self.width_m, self.metres, self.caption = width_m, metres, caption
        self.width, self.height = width, 9 * mm
        self.image_width = 0.0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        length = self.metres / self.width_m * self.image_width if self.width_m else 0.0
        y = self.height - 4 * mm
        c.setLineWidth(0.6)
        c.setStrokeColor(colors.black)
        for i in range(4):
            c.setFillColor(colors.black if i % 2 == 0 else colors.white)
            c.rect(i * length / 4, y, length / 4, 2 * mm, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.setFont(FONT, 7)
        c.drawString(0, y - 3.2 * mm, "0")
        metres = f"{self.metres:g} m" if self.metres < 1000 else f"{self.metres / 1000:g} km"
        c.drawRightString(length, y - 3.2 * mm, metres)
        c.setFont(FONT_BOLD, 7.5)
        c.drawString(length + 5 * mm, y, self.caption)


def image_reader(data: bytes) -> tuple[ImageReader | None, tuple[int, int]]:
    if not data:
        return None, (0, 0)
    reader = ImageReader(io.BytesIO(data))
    return reader, reader.getSize()


# ---------------------------------------------------------------------------- org chart
@dataclass
class OrgBox:
    title: str
    lines: list[str]


class OrgRow(Flowable):
    """One row of organisation-chart boxes hanging from a bus line, with the trunk on the left
    continuing from the row above (so a long chart splits across pages cleanly)."""

    def __init__(self, boxes: list[OrgBox], width: float, per_row: int, heading: str = "") -> None:
        super().__init__()
        self.boxes, self.width, self.per_row, self.heading = boxes, width, per_row, heading
        self.gap = 4 * mm
        self.box_w = (width - 8 * mm - self.gap * (per_row - 1)) / per_row
        self._wrapped: list[tuple[list[str], list[str]]] = []
        self.box_h = 0.0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        inner = self.box_w - 6
        self._wrapped = []
        tallest = 0
        for box in self.boxes:
            title = simpleSplit(box.title, FONT_BOLD, 7.5, inner)
            body: list[str] = []
            for line in box.lines:
                body += simpleSplit(line, FONT, 7, inner) or [""]
            self._wrapped.append((title, body))
            tallest = max(tallest, len(title) * 9 + len(body) * 8.5)  # type: ignore[assignment]
        self.box_h = tallest + 8
        top = 12 if self.heading else 0
        self.height = top + 10 + self.box_h + 4
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(0.7)
        c.setStrokeColor(colors.black)
        trunk_x = 2 * mm
        bus_y = self.box_h + 4 + 10 - 5
        c.line(trunk_x, self.height, trunk_x, bus_y)
        if self.heading:
            c.setFont(FONT_BOLD, 8)
            c.drawString(trunk_x + 4, self.height - 9, self.heading)
        x0 = 8 * mm
        last_x = x0 + (len(self.boxes) - 1) * (self.box_w + self.gap) + self.box_w / 2
        c.line(trunk_x, bus_y, last_x, bus_y)
        for i, (_box, (title, body)) in enumerate(zip(self.boxes, self._wrapped)):
            bx = x0 + i * (self.box_w + self.gap)
            by = 4
            c.line(bx + self.box_w / 2, bus_y, bx + self.box_w / 2, by + self.box_h)
            c.setFillColor(colors.white)
            c.rect(bx, by, self.box_w, self.box_h, stroke=1, fill=1)
            c.setFillColor(colors.black)
            ty = by + self.box_h - 10
            c.setFont(FONT_BOLD, 7.5)
            for line in title:
                c.drawString(bx + 3, ty, line)
                ty -= 9
            c.setFont(FONT, 7)
            for line in body:
                c.drawString(bx + 3, ty, line)
                ty -= 8.5


class OrgTop(Flowable):
    """Commander and field commander boxes, centred, joined by a line that runs down to the
    trunk of the post rows."""

    def __init__(self, boxes: list[OrgBox], width: float) -> None:
        super().__init__()
        self.boxes, self.width = boxes, width
        self.box_w = min(80 * mm, width * 0.6)
        self._wrapped: list[tuple[list[str], list[str]]] = []

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._wrapped = []
        for box in self.boxes:
            title = simpleSplit(box.title, FONT_BOLD, 8.5, self.box_w - 8)
            body: list[str] = []
            for line in box.lines:
                body += simpleSplit(line, FONT, 8, self.box_w - 8) or [""]
            self._wrapped.append((title, body))
        self.heights = [len(t) * 10.5 + len(b) * 9.5 + 9 for t, b in self._wrapped]
        self.height = sum(self.heights) + 14 * len(self.boxes) + 6
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(0.7)
        cx = self.width / 2
        y = self.height
        for (title, body), h in zip(self._wrapped, self.heights):
            c.line(cx, y, cx, y - 14) if y != self.height else None
            y -= 14 if y != self.height else 0
            c.rect(cx - self.box_w / 2, y - h, self.box_w, h, stroke=1, fill=0)
            ty = y - 11
            c.setFont(FONT_BOLD, 8.5)
            for line in title:
                c.drawCentredString(cx, ty, line)
                ty -= 10.5
            c.setFont(FONT, 8)
            for line in body:
                c.drawCentredString(cx, ty, line)
                ty -= 9.5
            y -= h
        # down to the trunk of the rows below, at their left edge
        c.line(cx, y, cx, 3)
        c.line(2 * mm, 3, cx, 3)
        c.line(2 * mm, 3, 2 * mm, 0)


# ---------------------------------------------------------------------------- slips
class SlipSheet(Flowable):
    """One page of assignment slips in a 2 x 4 grid with dashed cut lines and corner marks."""

    cols, rows = 2, 4

    def __init__(self, slips: list[list], width: float, height: float) -> None:
        super().__init__()
        self.slips = slips  # each: list of (label, value, bold) lines + title
        self.width, self.height = width, height

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        inset = 7 * mm  # room for the crop marks inside the frame
        c.translate(inset, inset)
        gw, gh = self.width - 2 * inset, self.height - 2 * inset
        cw, ch = gw / self.cols, gh / self.rows
        c.saveState()
        c.setStrokeColor(colors.HexColor("#777777"))
        c.setLineWidth(0.4)
        c.setDash(3, 3)
        for i in range(1, self.cols):
            c.line(i * cw, -4 * mm, i * cw, gh + 4 * mm)
        for j in range(1, self.rows):
            c.line(-5 * mm, j * ch, gw + 5 * mm, j * ch)
        c.setDash()
        c.setStrokeColor(colors.black)
        for i in range(self.cols + 1):  # crop marks outside the grid
            c.line(i * cw, gh + 1.5 * mm, i * cw, gh + 6 * mm)
            c.line(i * cw, -1.5 * mm, i * cw, -6 * mm)
        for j in range(self.rows + 1):
            c.line(-1.5 * mm, j * ch, -6 * mm, j * ch)
            c.line(gw + 1.5 * mm, j * ch, gw + 6 * mm, j * ch)
        c.restoreState()
        for k, slip in enumerate(self.slips):
            col, row = k % self.cols, k // self.cols
            x, y = col * cw + 4 * mm, gh - (row + 1) * ch + 3.5 * mm
            self._draw_slip(slip, x, y, cw - 8 * mm, ch - 7 * mm)  # type: ignore[arg-type]

    def _draw_slip(self, slip: dict, x: float, y: float, w: float, h: float) -> None:
        c = self.canv
        lines: list[tuple[str, str, str, float, float]] = []
        label_w = 0.0
        for size in (8.5, 8, 7.5, 7, 6.5, 6, 5.5, 5):
            lines, label_w = self._layout(slip, w, size)
            if sum(line[4] for line in lines) <= h - 5:
                break
        ty = y + h
        c.setFillColor(colors.black)
        for label, text, font, size, lh in lines:
            ty -= lh
            if ty < y + 2:
                break
            if label:
                c.setFont(FONT, size)
                c.drawString(x, ty, label)
            c.setFont(font, size)
            c.drawString(x + (label_w if label is not None else 0), ty, text)
        c.setFont(FONT, 5.5)
        c.drawRightString(x + w, y - 1, slip["footer"])

    @staticmethod
    def _layout(slip: dict, w: float, size: float) -> tuple[list[tuple], float]:
        """Lines as (label or None, text, font, size, line height); label None = full width."""
        out: list[tuple] = []
        tsize = size + 1.5
        for line in simpleSplit(slip["title"], FONT_BOLD, tsize, w):
            out.append((None, line, FONT_BOLD, tsize, tsize * 1.2))
        small = size - 1
        for line in simpleSplit(slip["operation"], FONT, small, w):
            out.append((None, line, FONT, small, small * 1.2))
        out.append((None, "", FONT, size, 3))
        label_w = max(pdfmetrics.stringWidth(lab + "  ", FONT, size) for lab, _, _ in slip["rows"])
        for label, value, bold in slip["rows"]:
            font = FONT_BOLD if bold else FONT
            first = True
            for line in simpleSplit(value or "-", font, size, w - label_w) or ["-"]:
                out.append((label if first else "", line, font, size, size * 1.25))
                first = False
        return out, label_w
