"""Print only what changed since a print revision: a change sheet, then exactly the stale pages.

The parts of the earlier print are compared with the plan's parts now by name and revision
stamp (`desktop.briefing.identity`, `content.stamp_of`): a part whose stamp changed, or that is
new, is stale. Only stale parts are laid out, so the cost follows the number of stale pages,
not the size of the packet (the data of every part is still computed; it is cheap beside the
layout). Each reprinted page carries "REVISI n" in its header and the number of the page it
replaces ("Halaman 14 dari 76"; a part grown longer continues as 14a, 14b; a new part says
"Halaman tambahan"). The change sheet lists the changes in planner's words, the pages to
replace, to add and to withdraw, and a block the planner signs.
"""

from __future__ import annotations

import argparse
import io
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from desktop.briefing import strings as S
from desktop.briefing.content import BriefingOptions, Cancelled, Selection, iter_parts, stamp_of
from desktop.briefing.identity import Namer
from desktop.briefing.layout import (
    FONT,
    PX,
    BriefingDocTemplate,
    LazyStory,
    P,
    PageContext,
    PartMarker,
    RenpamCanvas,
    image_reader,
    register_fonts,
)
from desktop.briefing.render import Renderer
from desktop.messages import counted
from desktop.model import now_jakarta
from desktop.revisions import PrintedPart, PrintRevision, RevisionError, find_revision, next_number

_T = {
    "sheet": ("LEMBAR PERUBAHAN", "CHANGE SHEET"),
    "sheet_sub": (
        "Perubahan sejak cetak revisi {base} ({when}); cetak ini: REVISI {n}",
        "Changes since print revision {base} ({when}); this print: REVISION {n}",
    ),
    "sheet_label": ("REVISI {n} · Lembar perubahan", "REVISION {n} · Change sheet"),
    "sheet_page": ("Lembar perubahan {i}", "Change sheet {i}"),
    "changes": ("Perubahan", "Changes"),
    "no": ("No", "No"),
    "change": ("Perubahan", "Change"),
    "no_changes": ("Tidak ada perubahan isi rencana.", "The plan's content did not change."),
    "no_snapshot": (
        "Isi revisi {base} tidak tersimpan lagi; daftar perubahan tidak tersedia.",
        "Revision {base}'s content is no longer kept; the list of changes is not available.",
    ),
    "pages": ("Halaman yang diganti", "Pages to replace"),
    "page": ("Halaman lama", "Old page"),
    "page_new": ("Halaman baru", "New page"),
    "part": ("Bagian", "Part"),
    "added": ("Halaman tambahan (sisipkan)", "Pages to add"),
    "withdrawn": ("Halaman yang dicabut (tidak berlaku lagi)", "Pages to withdraw (no longer valid)"),
    "none": ("Tidak ada.", "None."),
    "nothing_stale": ("Tidak ada halaman yang perlu dicetak ulang.", "No page needs reprinting."),
    "prepared": ("Dibuat oleh perencana", "Prepared by the planner"),
    "sign_rows": ("Nama|Pangkat / NRP|Tanda tangan|Tanggal / jam", "Name|Rank / service no.|Signature|Date / time"),
    "revision_of": ("REVISI {n} · {label}", "REVISION {n} · {label}"),
    "page_of": ("Halaman {p} dari {total}", "Page {p} of {total}"),
    "page_added": ("Halaman tambahan", "Added page"),
    "lines": ("baris yang berubah: {names}", "lines changed: {names}"),
    "more": ("dan {n} lainnya", "and {n} more"),
}

ONE_PAGE_KINDS = frozenset({"slips"})  # parts laid out as exactly one page (desktop.briefing.layout.SlipSheet)
MAX_LINE_NAMES = 30  # names of changed Sprin lines on the change sheet; the rest are counted


def t(key: str, lang: str, **kw: object) -> str:
    text = _T[key][1 if lang == "en" else 0]
    return text.format(**kw) if kw else text


@dataclass(slots=True)
class ChangedPrint:
    """What a print of the changed pages holds, and the revision to record for it."""

    base: PrintRevision
    number: int  # the revision this print becomes
    pages: int = 0
    replaced: list[tuple[str, str]] = field(default_factory=list)  # (old pages, "14, 14a", label) per stale part
    replaced_pages: list[int] = field(default_factory=list)  # every old numbered page reprinted
    added: list[str] = field(default_factory=list)  # labels of new parts
    inserted: list[tuple[str, str]] = field(default_factory=list)  # (pages, label): a part grown longer
    withdrawn: list[tuple[str, str]] = field(default_factory=list)  # (old pages, label): gone or shrunk
    packet_pages: int = 0  # "dari Y": the numbered pages of the packet this print amends
    held: dict[str, int] = field(default_factory=dict)  # part key -> pages held, where not its numbered pages
    parts_after: tuple[PrintedPart, ...] = ()  # the earlier print's parts, updated by this one
    changes: list[Any] | None = field(default_factory=list)  # None: the earlier content is not known
    options: BriefingOptions | None = None
    printed: list[tuple] = field(default_factory=list)  # for GenerationResult compatibility


def _options_from(rev: PrintRevision, plan: Any, lang: str | None, paper: str | None) -> BriefingOptions:
    o = rev.options
    known = lambda codes, table: tuple(c for c in codes or () if c in table)  # noqa: E731  removed codes drop out
    return BriefingOptions(
        documents=tuple(o.get("documents") or ("packet",)),
        shifts=known(o.get("shifts"), plan.shifts),
        posts=known(o.get("posts"), plan.posts),
        units=known(o.get("units"), plan.units),
        lang=lang or o.get("lang", "id"),
        paper=paper or o.get("paper", "A4"),
        copies=1,
    )


def generate_changed(
    plan: Any,
    out: str | Path | BinaryIO,
    since: int | None = None,
    *,
    lang: str | None = None,
    paper: str | None = None,
    progress: Any = None,
) -> ChangedPrint:
    """Write the change sheet and the stale pages since revision `since` (the newest when None).

    Pure like `render.generate`: reads the plan, writes only `out`. The caller records the
    revision (`ChangedPrint.parts_after`) on the live plan.
    """
    from desktop.revisions.changes import changes_since

    base = find_revision(plan, since)
    options = _options_from(base, plan, lang, paper)
    lang = S.check_lang(options.lang)
    register_fonts()
    sel = Selection(plan, options)
    try:  # the pages come from the stamps; a snapshot pruned or damaged only leaves out the list
        report = changes_since(plan, base.number) if base.snapshot is not None else None
    except RevisionError:
        report = None
    result = ChangedPrint(
        base=base, number=next_number(plan), options=options, changes=report.changes if report else None
    )
    result.packet_pages = packet_pages(base)
    held = held_pages(base)
    old = {p.key: p for p in base.parts}
    namer = Namer()
    renderer = Renderer(sel, lang, options.paper)
    stale: list[tuple[str, Any, str, PrintedPart | None]] = []  # key, part, label, old part
    seen: set[str] = set()
    after: list[PrintedPart] = []
    for part in iter_parts(sel):
        key, doc = namer.key(part)
        seen.add(key)
        before = old.get(key)
        label = renderer.label(part)
        if before is not None and before.stamp == part.stamp:
            after.append(before)
            continue
        stale.append((key, part, label, before))
        if before is None:
            after.append(PrintedPart(key, doc, part.kind, label, part.stamp, 0, 0))
        else:
            after.append(replace(before, stamp=part.stamp, label=label))
    for p in base.parts:
        if p.key not in seen:
            pages = _page_names(p, range(held.get(p.key, p.pages)))
            result.withdrawn.append((_pages_text(pages), p.label))
    result.parts_after = tuple(after)
    result.held = {k: n for k, n in held.items() if k in seen}

    made = now_jakarta()

    def context() -> PageContext:
        ctx = PageContext(
            classification=renderer.header["classification"],
            operation=renderer.header["name"] or "-",
            made=S.fmt_stamp_time(made),
            lang=lang,
            labels={
                "made": S.tr("made", lang),
                "revision": S.tr("revision", lang),
                "page_of": S.tr("page_of", lang),
                "copy_of": S.tr("copy_of", lang),
            },
        )
        ctx.image, size = image_reader(sp.image_png if sp else b"")
        renderer._image_size = size  # type: ignore[attr-defined]
        return ctx

    sp = plan.site_plan
    total = len(stale) + 1

    def part_chunks(items: list[tuple[int, Any, str]], orientation: str = "portrait"):
        """(marker index, part, label) laid out each from a new page (the first from the first page
        when its index is 0)."""
        for i, part, label in items:
            want = "landscape" if part.landscape else "portrait"
            chunk: list = []
            if want != orientation:
                chunk.append(NextPageTemplate(want))
            if i:
                chunk.append(PageBreak())
            orientation = want
            chunk.append(PartMarker(i, part.stamp, t("revision_of", lang, n=result.number, label=label)))
            chunk += renderer.render(part)
            yield chunk

    # Pass 1: how many pages each stale part takes now, so that the change sheet (printed first)
    # can say which old pages are replaced, which are added and which are withdrawn.
    # A page of slips is one page whatever it holds: it needs no counting.
    counts = [1 if part.kind in ONE_PAGE_KINDS else 0 for _key, part, _label, _before in stale]
    measure = [(i, stale[i][1], stale[i][2]) for i, n in enumerate(counts) if not n]
    if measure:
        ctx = context()
        starts: dict[int, int] = {}

        def count_part(index: int) -> None:
            starts[index] = ctx.copy_pages.get(1, 0) + 1
            if progress is not None and progress(len(starts), 2 * total, "") is False:
                raise Cancelled()

        ctx.on_part = count_part
        ctx.page_text = lambda page: ""
        landscape = bool(measure[0][1].landscape)  # the first page has the first part's orientation
        orientation = "landscape" if landscape else "portrait"
        pages_done = _build(
            # marker k: the k-th part measured (the first, k = 0, on the first page)
            part_chunks([(k, part, label) for k, (_i, part, label) in enumerate(measure)], orientation),
            ctx,
            io.BytesIO(),
            options.paper,
            renderer,
            first_landscape=landscape,
        )
        firsts = [starts[k] for k in range(len(measure))] + [pages_done + 1]
        for (i, _part, _label), a, b in zip(measure, firsts, firsts[1:]):
            counts[i] = max(1, b - a)
    # page names ("14", "14a", "Halaman tambahan") of each reprinted page, and the sheet's lists
    names: list[list[str]] = []
    for (key, _part, label, before), n in zip(stale, counts):
        if before is None or not before.first_page:  # a part the packet did not hold at a numbered place
            names.append([t("page_added", lang)] * n)
            if before is None:
                result.added.append(label)
            else:
                result.replaced.append(("-", label))
            result.held[key] = n
            continue
        shown = label + (_line_note(plan, result.changes, lang) if _part.kind == "sprin_list" else "")
        had = held.get(key, before.pages)
        mine = _page_names(before, range(max(n, had)))
        names.append([t("page_of", lang, p=name, total=result.packet_pages) for name in mine[:n]])
        if min(n, had):
            result.replaced.append((_pages_text(mine[: min(n, had)]), shown))
            result.replaced_pages.extend(range(before.first_page, before.first_page + min(n, had, before.pages)))
        if n > had:
            result.inserted.append((_pages_text(mine[had:n]), label))
        if n < had:
            result.withdrawn.append((_pages_text(mine[n:had]), label))
        if n != before.pages:
            result.held[key] = n
        else:
            result.held.pop(key, None)

    # Pass 2: the change sheet, then the stale parts numbered as the pages they replace.
    ctx = context()
    numbering: dict[int, int] = {}  # part index -> its first page in this PDF
    state = {"index": 0}

    def on_part(index: int) -> None:
        state["index"] = index
        numbering[index] = ctx.copy_pages.get(1, 0) + 1
        if progress is not None and progress(len(stale) + index, 2 * total, "") is False:
            raise Cancelled()

    def page_text(page: int) -> str:
        index = state["index"]
        if index == 0:
            return t("sheet_page", lang, i=page)
        mine = names[index - 1]
        return mine[min(page - numbering.get(index, page), len(mine) - 1)]

    ctx.on_part = on_part
    ctx.page_text = page_text

    def chunks():
        sheet_stamp = stamp_of([c.to_json() for c in result.changes or ()])
        yield [PartMarker(0, sheet_stamp, t("sheet_label", lang, n=result.number))] + _change_sheet(
            renderer, result, lang
        )
        yield from part_chunks([(i, part, label) for i, (_key, part, label, _before) in enumerate(stale, start=1)])

    path = Path(out) if isinstance(out, (str, Path)) else None
    target: Any = io.BytesIO() if path is not None else out
    result.pages = _build(chunks(), ctx, target, options.paper, renderer, subject=t("sheet", lang))
    if path is not None:
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(target.getvalue())
        tmp.replace(path)
    return result


def _build(
    chunks: Any,
    ctx: PageContext,
    target: Any,
    paper: str,
    renderer: Renderer,
    subject: str = "",
    first_landscape: bool = False,
) -> int:
    """Lay out the chunks into `target`; returns the page count."""
    doc = BriefingDocTemplate(
        target,
        ctx,
        paper,
        first_landscape,
        title=renderer.header["name"],
        author="Renpam",
        creator="Renpam",
        subject=subject,
    )
    canvases: list[RenpamCanvas] = []

    def make_canvas(*args, **kw) -> RenpamCanvas:
        c = RenpamCanvas(*args, **kw)
        c.ctx = ctx
        canvases.append(c)
        return c

    doc.build(LazyStory(chunks), canvasmaker=make_canvas)
    return canvases[-1].pages_done if canvases else 0


# ---------------------------------------------------------------------------- page numbers
def packet_pages(rev: PrintRevision) -> int:
    """The numbered pages of the packet a revision leaves the planner holding ("dari Y"): a full
    print's pages per copy; a print of changed pages keeps the numbering of the print it amends."""
    stored = rev.options.get("packet_pages")
    if isinstance(stored, int) and not isinstance(stored, bool) and stored > 0:
        return stored
    ends = [p.first_page + p.pages - 1 for p in rev.parts if p.first_page > 0]
    return max(ends) if ends else rev.pages


def held_pages(rev: PrintRevision) -> dict[str, int]:
    """Part key -> the pages the planner's packet holds for it, where that is not its numbered
    pages (a part that grew into 14a, 14b, or shrank), as recorded by a print of changed pages."""
    stored = rev.options.get("held")
    if not isinstance(stored, dict):
        return {}
    return {
        k: v
        for k, v in stored.items()
        if isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
    }


def _suffix(k: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[k] if k < 26 else letters[min(k // 26 - 1, 25)] + letters[k % 26]


def _page_names(part: PrintedPart, offsets: Any) -> list[str]:
    """'14', '15', then '15a', '15b' beyond the part's numbered pages."""
    out = []
    for i in offsets:
        if i < part.pages:
            out.append(str(part.first_page + i))
        else:
            out.append(f"{part.first_page + part.pages - 1}{_suffix(i - part.pages)}")
    return out


def _pages_text(names: list[str]) -> str:
    """'2-6', '14, 14a': runs of consecutive numbers joined with a dash."""
    out: list[str] = []
    run: list[int] = []

    def flush() -> None:
        if run:
            out.append(str(run[0]) if len(run) == 1 else f"{run[0]}\u2013{run[-1]}")
            run.clear()

    for name in names:
        if name.isdigit() and (not run or int(name) == run[-1] + 1):
            run.append(int(name))
            continue
        flush()
        if name.isdigit():
            run.append(int(name))
        else:
            out.append(name)
    flush()
    return ", ".join(out)


def _line_note(plan: Any, changes: list[Any] | None, lang: str) -> str:
    """' (lines changed: AKP Rudi Hartawan, ...)': the people whose line of the Sprin's name list
    the changes touch (stale names "sprin_list:<person id>"), in the order the changes list them."""
    names: dict[str, str] = {}
    for change in changes or ():
        for name in change.stale:
            if not name.startswith("sprin_list:"):
                continue
            pid = name.split(":", 1)[1]
            if pid in names:
                continue
            person = plan.personnel.get(pid)
            if person is not None:
                names[pid] = f"{person.rank} {person.name}".strip()
            else:  # removed since: the change still names them
                p = change.params
                names[pid] = str(
                    p.get("who") if p.get("person") == pid else p.get("by") if p.get("by_person") == pid else pid
                )
    if not names:
        return ""
    shown = list(names.values())[:MAX_LINE_NAMES]
    if len(names) > MAX_LINE_NAMES:
        shown.append(t("more", lang, n=len(names) - MAX_LINE_NAMES))
    return f" ({t('lines', lang, names=', '.join(shown))})"


def _change_sheet(r: Renderer, result: ChangedPrint, lang: str) -> list:
    st = r.st
    w = r.fw(False)
    base = result.base
    out: list = [
        P(t("sheet", lang), st["title"]),
        P(
            t("sheet_sub", lang, base=base.number, when=base.printed_at.strftime("%d-%m-%Y %H:%M"), n=result.number),
            st["subtitle"],
        ),
        P(t("changes", lang), st["h2"]),
    ]
    if base.snapshot is None or result.changes is None:
        out.append(P(t("no_snapshot", lang, base=base.number), st["body"]))
    elif not result.changes:
        out.append(P(t("no_changes", lang), st["body"]))
    else:
        rows = [[str(i), P(c.message(lang), st["cell"])] for i, c in enumerate(result.changes, start=1)]
        out.append(r.table([t("no", lang), t("change", lang)], rows, [10 * mm, w - 10 * mm], center=[0]))  # type: ignore[arg-type]
    for title, items in ((t("pages", lang), result.replaced), (t("withdrawn", lang), result.withdrawn)):
        out.append(P(title, st["h2"]))
        if items:
            rows = [[P(pages or "-", st["cell"]), P(label, st["cell"])] for pages, label in items]
            out.append(r.table([t("page", lang), t("part", lang)], rows, [30 * mm, w - 30 * mm], center=[0]))  # type: ignore[arg-type]
        else:
            out.append(P(t("none", lang), st["body"]))
    out.append(P(t("added", lang), st["h2"]))
    added = list(result.inserted) + [(t("page_added", lang), label) for label in result.added]
    if added:
        rows = [[P(pages, st["cell"]), P(label, st["cell"])] for pages, label in added]
        out.append(r.table([t("page_new", lang), t("part", lang)], rows, [30 * mm, w - 30 * mm], center=[0]))  # type: ignore[arg-type]
    else:
        out.append(P(t("none", lang), st["body"]))
    if not result.replaced and not result.added:
        out.append(P(t("nothing_stale", lang), st["body"]))
    out.append(Spacer(1, 6 * mm))
    out.append(P(t("prepared", lang), st["h2"]))
    sign = [[PX(escape(label), st["cell"]), ""] for label in t("sign_rows", lang).split("|")]
    out.append(
        Table(
            sign,
            colWidths=[45 * mm, 90 * mm],
            rowHeights=[9 * mm] * len(sign),
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 8),
                    ("LINEBELOW", (1, 0), (1, -1), 0.5, "black"),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ]
            ),
        )
    )
    return out


# ---------------------------------------------------------------------------- command line
def print_changed(args: argparse.Namespace, out: Path, plan: Any, doc: Any) -> int:
    from desktop.cli import EXIT_CANNOT_OPEN, EXIT_OK, EXIT_USAGE, CliExit
    from desktop.revisions import RevisionError
    from desktop.revisions.cli import record_print, revision_error_text

    try:
        result = generate_changed(plan, out, args.since, lang=args.lang, paper=args.paper)
    except RevisionError as exc:
        code = EXIT_USAGE if exc.code in ("no_revision", "never_printed") else EXIT_CANNOT_OPEN
        raise CliExit(code, "renpam print --changed: " + revision_error_text(exc, args.lang)) from None
    except OSError as exc:
        raise CliExit(EXIT_CANNOT_OPEN, f"Cannot write {out}: {exc}.") from None
    number = record_print(doc, result.options, result, changed_since=result.base.number, parts=result.parts_after)
    recorded = f"; recorded as print revision {number}" if number is not None else ""
    print(
        f"Wrote {out} ({counted(result.pages, 'page', 'pages')}: change sheet and "
        f"{counted(len(result.replaced) + len(result.added), 'changed part', 'changed parts')} since revision {result.base.number}{recorded})"
    )
    return EXIT_OK
