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
}


def t(key: str, lang: str, **kw: object) -> str:
    text = _T[key][1 if lang == "en" else 0]
    return text.format(**kw) if kw else text


@dataclass(slots=True)
class ChangedPrint:
    """What a print of the changed pages holds, and the revision to record for it."""

    base: PrintRevision
    number: int  # the revision this print becomes
    pages: int = 0
    replaced: list[tuple[int, str]] = field(default_factory=list)  # (old first page, label) per stale part
    replaced_pages: list[int] = field(default_factory=list)  # every old page number reprinted
    added: list[str] = field(default_factory=list)  # labels of new parts
    withdrawn: list[tuple[int, str]] = field(default_factory=list)  # (old first page, label)
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
            result.added.append(label)
            after.append(PrintedPart(key, doc, part.kind, label, part.stamp, 0, 0))
        else:
            result.replaced.append((before.first_page, label))
            result.replaced_pages.extend(range(before.first_page, before.first_page + before.pages))
            after.append(replace(before, stamp=part.stamp, label=label))
    result.withdrawn = [(p.first_page, p.label) for p in base.parts if p.key not in seen]
    result.parts_after = tuple(after)

    made = now_jakarta()
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
    sp = plan.site_plan
    ctx.image, size = image_reader(sp.image_png if sp else b"")
    renderer._image_size = size  # type: ignore[attr-defined]
    numbering: dict[int, tuple[PrintedPart | None, int]] = {}  # marker index -> (old part, first page here)
    state = {"index": 0}
    total = len(stale) + 1

    def on_part(index: int) -> None:
        state["index"] = index
        numbering[index] = (numbering.get(index, (None, 0))[0], ctx.copy_pages.get(1, 0) + 1)
        if progress is not None and progress(index, total, "") is False:
            raise Cancelled()

    def page_text(page: int) -> str:
        before, first = numbering.get(state["index"], (None, page))
        offset = page - first
        if state["index"] == 0:
            return t("sheet_page", lang, i=page)
        if before is None:
            return t("page_added", lang)
        if offset < before.pages:
            return t("page_of", lang, p=before.first_page + offset, total=base.pages)
        suffix = "abcdefghijklmnopqrstuvwxyz"[min(offset - before.pages, 25)]
        return t("page_of", lang, p=f"{before.first_page + before.pages - 1}{suffix}", total=base.pages)

    ctx.on_part = on_part
    ctx.page_text = page_text

    def chunks():
        sheet_stamp = stamp_of([c.to_json() for c in result.changes or ()])
        yield [PartMarker(0, sheet_stamp, t("sheet_label", lang, n=result.number))] + _change_sheet(
            renderer, result, lang
        )
        orientation = "portrait"
        for i, (_key, part, label, before) in enumerate(stale, start=1):
            numbering[i] = (before, 0)
            want = "landscape" if part.landscape else "portrait"
            chunk: list = []
            if want != orientation:
                chunk.append(NextPageTemplate(want))
            chunk.append(PageBreak())
            orientation = want
            chunk.append(PartMarker(i, part.stamp, t("revision_of", lang, n=result.number, label=label)))
            chunk += renderer.render(part)
            yield chunk

    path = Path(out) if isinstance(out, (str, Path)) else None
    target: Any = io.BytesIO() if path is not None else out
    doc = BriefingDocTemplate(
        target,
        ctx,
        options.paper,
        title=renderer.header["name"],
        author="Renpam",
        creator="Renpam",
        subject=t("sheet", lang),
    )
    canvases: list[RenpamCanvas] = []

    def make_canvas(*args, **kw) -> RenpamCanvas:
        c = RenpamCanvas(*args, **kw)
        c.ctx = ctx
        canvases.append(c)
        return c

    doc.build(LazyStory(chunks()), canvasmaker=make_canvas)
    result.pages = canvases[-1].pages_done if canvases else 0
    if path is not None:
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(target.getvalue())
        tmp.replace(path)
    return result


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
            rows = [[str(page) if page else "-", P(label, st["cell"])] for page, label in items]
            out.append(r.table([t("page", lang), t("part", lang)], rows, [24 * mm, w - 24 * mm], center=[0]))  # type: ignore[arg-type]
        else:
            out.append(P(t("none", lang), st["body"]))
    out.append(P(t("added", lang), st["h2"]))
    out.append(P("; ".join(result.added) if result.added else t("none", lang), st["body"]))
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
