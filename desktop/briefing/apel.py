"""The apel report: attendance per unit and in total, the absent with reasons, who replaced whom."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop.briefing import strings as S
from desktop.briefing.content import BriefingOptions, Selection, stamp_of
from desktop.briefing.layout import BriefingDocTemplate, P, PageContext, PartMarker, RenpamCanvas, register_fonts
from desktop.briefing.render import Renderer
from desktop.model import now_jakarta
from desktop.revisions.rollcall import apel_report

_T = {
    "title": ("LAPORAN APEL", "ROLL CALL REPORT"),
    "sub": ("Tahap {shift} · diambil {when}", "Shift {shift} · taken {when}"),
    "label": ("Laporan apel {shift}", "Roll call {shift}"),
    "head": ("No|Satuan|Jumlah|Kurang|Hadir|Keterangan", "No|Unit|Strength|Absent|Present|Remarks"),
    "total": ("Jumlah", "Total"),
    "replaced": ("Pengganti", "Replacements"),
    "rhead": ("No|Pos|Tidak hadir|Diganti oleh", "No|Post|Absent|Replaced by"),
    "open": ("Tempat yang masih kosong", "Places still open"),
    "none": ("Tidak ada.", "None."),
}


def t(key: str, lang: str, **kw: object) -> str:
    text = _T[key][1 if lang == "en" else 0]
    return text.format(**kw) if kw else text


def generate_apel_report(plan: Any, shift: str, out: str | Path | BinaryIO, lang: str = "id", paper: str = "A4") -> int:
    """Write the apel report of `shift`; returns the page count."""
    lang = S.check_lang(lang)
    register_fonts()
    data = apel_report(plan, shift, lang)
    renderer = Renderer(Selection(plan, BriefingOptions(lang=lang, paper=paper)), lang, paper)
    st, w = renderer.st, renderer.fw(False)
    ctx = PageContext(
        classification=renderer.header["classification"],
        operation=renderer.header["name"] or "-",
        made=S.fmt_stamp_time(now_jakarta()),
        lang=lang,
        labels={
            "made": S.tr("made", lang),
            "revision": S.tr("revision", lang),
            "page_of": S.tr("page_of", lang),
            "copy_of": S.tr("copy_of", lang),
        },
    )
    when = (data["taken_at"] or "-")[:16].replace("T", " ")
    story: list = [
        PartMarker(0, stamp_of(data), t("label", lang, shift=shift)),
        P(t("title", lang), st["title"]),
        P(t("sub", lang, shift=f"{shift} {data['shift_name']}".strip(), when=when), st["subtitle"]),
    ]
    rows = []
    for i, r in enumerate(data["units"], start=1):
        notes = "; ".join(f"{k['name']}: {k['reason_text']}" for k in r["keterangan"])
        rows.append(
            [
                str(i),
                P(r["unit_name"] or r["unit"] or "-", st["cell"]),
                str(r["jumlah"]),
                str(r["kurang"]),
                str(r["hadir"]),
                P(notes or "-", st["cell"]),
            ]
        )
    tot = data["total"]
    rows.append(["", P(t("total", lang), st["cellb"]), str(tot["jumlah"]), str(tot["kurang"]), str(tot["hadir"]), ""])
    story.append(
        renderer.table(
            t("head", lang).split("|"),
            rows,
            [10 * mm, 45 * mm, 17 * mm, 17 * mm, 17 * mm, w - 106 * mm],
            center=(0, 2, 3, 4),
        )
    )
    story += [Spacer(1, 5 * mm), P(t("replaced", lang), st["h2"])]
    if data["replaced"]:
        story.append(
            renderer.table(
                t("rhead", lang).split("|"),
                [
                    [str(i), r["post"], P(r["absent_name"], st["cell"]), P(r["replacement_name"], st["cell"])]
                    for i, r in enumerate(data["replaced"], start=1)
                ],
                [10 * mm, 20 * mm, (w - 30 * mm) / 2, (w - 30 * mm) / 2],
            )
        )
    else:
        story.append(P(t("none", lang), st["body"]))
    if data["open_places"]:
        story += [
            P(t("open", lang), st["h2"]),
            P("; ".join(f"{p['post']} ({p['absent_name']})" for p in data["open_places"]), st["body"]),
        ]
    path = Path(out) if isinstance(out, (str, Path)) else None
    target: Any = io.BytesIO() if path is not None else out
    doc = BriefingDocTemplate(target, ctx, paper, title=t("title", lang), author="Renpam", creator="Renpam")
    canvases: list[RenpamCanvas] = []

    def make_canvas(*args, **kw) -> RenpamCanvas:
        c = RenpamCanvas(*args, **kw)
        c.ctx = ctx
        canvases.append(c)
        return c

    doc.build(story, canvasmaker=make_canvas)
    if path is not None:
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(target.getvalue())
        tmp.replace(path)
    return canvases[-1].pages_done if canvases else 0
