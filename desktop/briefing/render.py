"""Lay out the parts of `content.py` as ReportLab flowables, and the generation entry point."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    KeepInFrame,
    CondPageBreak,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from desktop.briefing import strings as S
from desktop.briefing.content import (
    BriefingOptions,
    Cancelled,
    Part,
    Selection,
    count_parts,
    header_data,
    iter_parts,
    shorten_texts,
)
from desktop.briefing.identity import Namer
from desktop.briefing.layout import (
    FONT,
    FONT_BOLD,
    GRID,
    HEAD_BG,
    P,
    PX,
    BriefingDocTemplate,
    PAPERS,
    LazyStory,
    OrgBox,
    OrgRow,
    OrgTop,
    PageContext,
    PartMarker,
    PlanFlowable,
    RenpamCanvas,
    RingKey,
    SideBySide,
    SlipSheet,
    frame_height,
    frame_width,
    image_reader,
    register_fonts,
    styles,
)
from desktop.model import now_jakarta
from desktop.progress import Progress as CoreProgress

Progress = Callable[[int, int, str], object]
MAX_COPIES = 200  # numbered copies in one PDF


@dataclass(slots=True)
class GenerationResult:
    pages: int
    parts: int
    # The parts of the first copy as (key, doc, kind, label, stamp, first page), in print order
    # (desktop.briefing.identity names them); a print revision records them.
    printed: list[tuple[str, str, str, str, str, int]] = field(default_factory=list)


def _table_style(extra: list | None = None) -> TableStyle:
    cmds = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    return TableStyle(cmds + (extra or []))


class Renderer:
    def __init__(self, sel: Selection, lang: str, paper: str = "A4") -> None:
        self.sel = sel
        self.lang = lang
        self.paper = paper
        self.st = styles()
        self.header = header_data(sel.plan)

    def fw(self, landscape_page: bool) -> float:
        return frame_width(landscape_page, self.paper)

    def fh(self, landscape_page: bool) -> float:
        return frame_height(landscape_page, self.paper)

    def t(self, key: str, **kw: object) -> str:
        return S.tr(key, self.lang, **kw)

    # ------------------------------------------------------------------ shared pieces
    def person_line(self, p: dict | None, nrp: bool = True) -> str:
        if p is None:
            return "-"
        if p.get("placeholder"):
            return f"{self.t('to_follow')} {p['unit_name'] or p['unit']} {p['placeholder']}"
        text = f"{p['rank']} {p['name']}".strip()
        if nrp and p["nrp"]:
            text += f", NRP {p['nrp']}"
        return text

    def table(self, header: list[str], rows: list[list], widths: list[float], extra: list | None = None,
              repeat: int = 1, cell: str = "cell", center: tuple[int, ...] = (0,)) -> LongTable:
        """A long table repeating its header. String cells that fit their column on one line (per
        line) stay plain strings, drawn fast; longer ones become wrapping paragraphs."""
        style = self.st[cell]
        font, size = style.fontName, style.fontSize
        room = [w - 6.5 for w in widths]
        head = [h if pdfmetrics.stringWidth(h, FONT_BOLD, 8) <= w else P(h, self.st["head"])
                for h, w in zip(header, room)]
        body = []
        for row in rows:
            out = []
            for v, w in zip(row, room):
                if isinstance(v, str) and v and not all(
                        pdfmetrics.stringWidth(line, font, size) <= w for line in v.split("\n")):
                    v = P(v, style)
                out.append(v)
            body.append(out)
        cmds = [("FONT", (0, 0), (-1, 0), FONT_BOLD, 8), ("LEADING", (0, 0), (-1, 0), 9.6),
                ("FONT", (0, 1), (-1, -1), font, size), ("LEADING", (0, 1), (-1, -1), style.leading)]
        cmds += [("ALIGN", (c, 1), (c, -1), "CENTER") for c in center]
        return LongTable([head] + body, colWidths=widths, repeatRows=repeat, style=_table_style(cmds + (extra or [])),
                         splitByRow=1)

    def annex_head(self, part: Part) -> list:
        """'LAMPIRAN C RENCANA PENGAMANAN / NOMOR ... / TANGGAL ...' at the top right."""
        if not part.annex:
            return []
        number = self.header["number"] or ".............................."
        date = S.fmt_date(self.header["start"], self.lang, weekday=False) if self.header["start"] else "........"
        lines = [f"{self.t('annex')} {part.annex} {self.t('annex_of')}",
                 f"{self.t('number')}&nbsp;&nbsp;: {escape(number)}",
                 f"{self.t('date')}&nbsp;: {escape(date)}"]
        w = self.fw(part.landscape)
        box = Table([[None, PX("<br/>".join(lines), self.st["annex"])]], colWidths=[w - 78 * mm, 78 * mm],
                    style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                      ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black)]))
        return [box, Spacer(1, 5 * mm)]

    def signature(self, sig: dict | None, width: float, place_date: str = "") -> Table:
        if sig is None:
            sig = {"position": "", "name": "", "rank_full": "", "nrp": ""}
        pos = (sig["position"] or self.t("commander")).upper()
        lines = []
        if place_date:
            lines.append(escape(place_date))
        lines.append(escape(pos))
        lines.append("<br/><br/><br/><br/>")
        name = escape(sig["name"].upper()) if sig["name"] else "................................"
        lines.append(f"<b><u>{name}</u></b>")
        rank = escape(sig["rank_full"])
        nrp = f" NRP {escape(sig['nrp'])}" if sig["nrp"] else ""
        lines.append(f"{rank}{nrp}")
        block = PX("<br/>".join(lines), self.st["center"])
        return Table([[None, block]], colWidths=[width - 82 * mm, 82 * mm],
                     style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))

    def heading(self, text: str, style: str = "h2") -> list:
        """A heading that never sits alone at the bottom of a page."""
        return [CondPageBreak(28 * mm), P(text, self.st[style])]

    def title(self, text: str, sub: str = "") -> list:
        out = [P(text, self.st["title"])]
        out.append(P(sub, self.st["subtitle"]) if sub else Spacer(1, 4 * mm))
        return out

    def label(self, part: Part) -> str:
        d = part.data
        prefix = f"{self.t('annex').capitalize()} {part.annex} · " if part.annex else ""
        names = {"cover": "security_plan", "orders": "orders_title", "orgchart": "orgchart",
                 "siteplan": "siteplan", "plotting": "plotting", "contacts": "contacts", "slips": "slips",
                 "accepted": "accepted"}
        if part.kind in names:
            return prefix + self.t(names[part.kind]).capitalize()
        if part.kind == "post":
            return f"{prefix}{self.t('post_sheet').capitalize()} {d['post']['code']} · {d['shift']['code']}"
        if part.kind == "attendance":
            return f"{prefix}{self.t('attendance').capitalize()} {d['unit']} · {d['shift']['code']}"
        if part.kind == "roster":
            return f"{prefix}{self.t('roster').capitalize()}"
        return prefix + part.kind

    # ------------------------------------------------------------------ parts
    def render(self, part: Part) -> list:
        return getattr(self, "r_" + part.kind)(part)

    def r_cover(self, part: Part) -> list:
        d, st = part.data, self.st
        w = self.fw(False)
        kop = [self.t("police_hq")]
        if self.header["issuer"]:
            kop.append(self.header["issuer"].upper())
        kop_t = Table([[PX("<br/>".join(escape(k) for k in kop), st["kop"]), None]], colWidths=[85 * mm, w - 85 * mm],
                      style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), ("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        out: list = [kop_t, Spacer(1, 28 * mm), P(self.t("security_plan"), st["cover_title"]),
                     P(self.t("briefing_packet"), st["subtitle"]), Spacer(1, 6 * mm),
                     P(d["name"] or "-", st["cover_name"]), Spacer(1, 10 * mm)]
        rows = [
            (self.t("venue"), d["venue"]), (self.t("address"), d["address"]),
            (self.t("when"), S.fmt_window(d["start"], d["end"], self.lang)),
            (self.t("classification"), d["classification"]),
            (self.t("commander"), self._sig_line(d["commander"])),
            (self.t("field_commander"), self._sig_line(d["field_commander"])),
            (self.t("strength"), self.t("strength_value", people=d["people"], posts=d["posts"],
                                        shifts=len(d["shifts"]))),
        ]
        info = Table([[P(k, st["cellb"]), P(":", st["cell"]), P(v or "-", st["body"])] for k, v in rows],
                     colWidths=[38 * mm, 4 * mm, w - 62 * mm], hAlign="CENTER",
                     style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
        out += [info, Spacer(1, 8 * mm)]
        if d["shifts"]:
            srows = [[P(s["code"], st["cellb"]), P(s["name"], st["cell"]),
                      P(S.fmt_span(s["start"], s["end"]), st["cell"])] for s in d["shifts"]]
            out += [P(self.t("phases"), st["h2"]),
                    self.table([self.t("code"), self.t("name"), self.t("time")], srows, [28 * mm, w - 98 * mm, 50 * mm])]
        out += [Spacer(1, 12 * mm), self.signature(d["commander"], w)]
        # The cover is one page: shrink it when long names and texts would push it over.
        return [KeepInFrame(w, self.fh(False) - 2 * mm, out, mode="shrink")]

    def _sig_line(self, sig: dict | None) -> str:
        if not sig:
            return "-"
        nrp = f", NRP {sig['nrp']}" if sig["nrp"] else ""
        pos = f" ({sig['position']})" if sig["position"] else ""
        return f"{sig['rank']} {sig['name']}{nrp}{pos}".strip()

    def r_orders(self, part: Part) -> list:
        d, st = part.data, self.st
        w = self.fw(False)
        out: list = self.title(self.t("orders_title"), self.sel.plan.operation.name)
        order = ["situation", "mission", "execution", "rules", "contingency", "logistics", "communications"]
        for i, key in enumerate(order, start=1):
            out += self.heading(f"{S.roman(i)}. {self.t('sec_' + key)}", "h1")
            text = d["sections"][key].strip()
            if not text:
                out.append(P(self.t("not_filled"), st["body"]))
            for para in [x for x in text.split("\n") if x.strip()]:
                out.append(P(para.strip(), st["just"]))
            if key == "execution" and d["shifts"]:
                rows = [[P(s["code"], st["cellb"]), P(s["name"], st["cell"]),
                         P(S.fmt_span(s["start"], s["end"]), st["cell"]), P(str(s["count"]), st["cellc"])]
                        for s in d["shifts"]]
                out += [Spacer(1, 2 * mm), self.table([self.t("code"), self.t("phases"), self.t("time"),
                                                       self.t("personnel_count")], rows,
                                                      [24 * mm, w - 94 * mm, 48 * mm, 22 * mm])]
        out += self.heading(f"{S.roman(len(order) + 1)}. {self.t('sec_closing')}", "h1")
        out.append(P(self.t("closing_text"), st["just"]))
        place = d["place"]
        date = S.fmt_date(d["date"], self.lang, weekday=False) if d["date"] else ""
        place_date = ", ".join(x for x in (place, date) if x)
        out += [Spacer(1, 6 * mm), KeepTogether([self.signature(d["commander"], w, place_date)])]
        return out

    def r_orgchart(self, part: Part) -> list:
        d = part.data
        w = self.fw(False)
        out = self.annex_head(part) + self.title(self.t("orgchart"))
        top = []
        for key, role in (("commander", "commander"), ("field_commander", "field_commander")):
            p = d[key]
            if p:
                top.append(OrgBox(p["position"] or self.t(role), [self.person_line(p), p["callsign"]]))
        if top:
            out.append(OrgTop(top, w))
        groups: dict[str, list[dict]] = {}
        for post in d["posts"]:
            groups.setdefault(post["ring"], []).append(post)
        per_row = 4
        for ring in ["I", "II", "III", ""]:
            posts = groups.get(ring, [])
            for i in range(0, len(posts), per_row):
                boxes = []
                for post in posts[i:i + per_row]:
                    lines = []
                    for shift, label in post["danpos"]:
                        lines.append(f"{shift + ': ' if shift else ''}{self.t('danpos')}: {label or '-'}")
                    if not post["danpos"]:
                        lines.append(self.t("no_danpos"))
                    if post["channel"]:
                        lines.append(post["channel"])
                    boxes.append(OrgBox(f"{post['code']} {post['name']}", lines))
                heading = S.ring_name(ring, self.lang) if i == 0 else ""
                out.append(OrgRow(boxes, w, per_row, heading))
        return out

    def r_siteplan(self, part: Part) -> list:
        d, st = part.data, self.st
        ctx_size = self._image_size  # type: ignore[attr-defined]
        w, h = self.fw(True), self.fh(True)
        out = self.annex_head(part) + self.title(self.t("siteplan"), d["title"])
        markers = d["markers"]
        small = len(markers) <= 24
        img_h = h - 52 * mm if not small else h - 42 * mm
        aspect = (ctx_size[0] / ctx_size[1]) if ctx_size[1] else 1.45
        img_w = min(w if not small else w - 86 * mm, img_h * aspect)
        img_h = img_w / aspect
        radius = 6.5 if len(markers) <= 40 else (4 if len(markers) <= 300 else 1.6)
        plan = PlanFlowable(img_w, img_h, (0, 0, 1, 1), d["rings"], markers, radius)
        legend_rows = [[str(m["n"]), P(m["code"], st["cellb"]), m["name"], m["ring"] or "-"] for m in markers]
        head = ["No", self.t("code"), self.t("post"), self.t("ring")]
        # wide enough for the longest code and for the header word itself ("Kode" must not wrap)
        code_w = min(max([pdfmetrics.stringWidth(m["code"], FONT_BOLD, 8) for m in markers]
                         + [pdfmetrics.stringWidth(head[1], FONT_BOLD, 8)]) + 8, 30 * mm)
        if small:
            legend = self.table(head, legend_rows, [8 * mm, code_w, 61 * mm - code_w, 11 * mm], center=(0, 3))
            layout = Table([[plan, legend]], colWidths=[w - 84 * mm, 84 * mm],
                           style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out += [layout, Spacer(1, 2 * mm)]
        else:
            out += [plan, Spacer(1, 2 * mm)]
        if d["rings"]:
            out.append(RingKey(d["rings"], w))
        if d["scale"]:
            out.append(P(d["scale"], st["small"]))
        if not d["image"]:
            out.append(P(self.t("no_image"), st["small"]))
        if not small:
            out += [Spacer(1, 3 * mm)] + self.heading(self.t("legend"))
            half = (w - 4 * mm) / 2
            pairs = []
            for i in range(0, len(legend_rows), 2):
                right = legend_rows[i + 1] if i + 1 < len(legend_rows) else [""] * 4
                pairs.append(legend_rows[i] + [""] + right)
            cw = [11 * mm, code_w, half - 23 * mm - code_w, 12 * mm]
            out.append(self.table(head + [""] + head, pairs, cw + [4 * mm] + cw,
                                  [("GRID", (4, 0), (4, -1), 0, colors.white),
                                   ("BACKGROUND", (4, 0), (4, 0), colors.white)]))
        return out

    def r_plotting(self, part: Part) -> list:
        d, st = part.data, self.st
        w = self.fw(True)
        out = self.annex_head(part) + self.title(self.t("plotting"), self.sel.plan.operation.name)
        rows = []
        total = 0
        for i, r in enumerate(d["rows"], start=1):
            members = "<br/>".join(f"{k}. {escape(self.person_line(m))}" for k, m in enumerate(r["members"], start=1))
            rows.append([str(i), PX(f"<b>{escape(r['post'])}</b> {escape(r['post_name'])}", st["cell"]),
                         r["ring"] or "-", f"{r['shift']}\n{S.fmt_span(*r['shift_span'])}",
                         self.person_line(r["danpos"]) if r["danpos"] else "-",
                         PX(members, st["cell"]) if len(r["members"]) > 1 else (self.person_line(r["members"][0]) if r["members"] else "-"),
                         str(r["total"])])
            total += r["total"]
        if not rows:
            return out + [P(self.t("no_assignments"), st["body"])]
        rows.append(["", P(self.t("grand_total"), st["cellb"]), "", "", "", "", str(total)])
        widths = [11 * mm, 52 * mm, 12 * mm, 24 * mm, 56 * mm, w - 167 * mm, 12 * mm]
        out.append(self.table(["No", self.t("post"), self.t("ring"), self.t("shift"), self.t("danpos"),
                               self.t("members"), self.t("total")], rows, widths,
                              [("BACKGROUND", (0, -1), (-1, -1), HEAD_BG)], center=(0, 2, 6)))
        return out

    def r_contacts(self, part: Part) -> list:
        d, st = part.data, self.st
        w = self.fw(True)
        out = self.annex_head(part) + self.title(self.t("contacts"))
        if d["nets"]:
            out += self.heading(self.t("radio_net"))
            rows = [[P(ch, st["cellb"]), ", ".join(codes)] for ch, codes in d["nets"]]
            out += [self.table([self.t("channel"), self.t("posts")], rows, [40 * mm, w - 40 * mm], center=()),
                    Spacer(1, 4 * mm)]
        rows = []
        for i, r in enumerate(d["rows"], start=1):
            duty = r["duty"]
            if duty in ("commander", "field_commander"):
                duty_text = f"{self.t(duty)}: {r['position']}"
            else:
                duty_text = f"{self.t('danpos')} {duty.split(' ', 1)[1]} {r.get('post_name', '')}"
            rows.append([str(i), f"{r['rank']} {r['name']}".strip(), r["nrp"] or "-", r["unit_name"] or "-", duty_text,
                         r["channel"] or "-", P(r["callsign"] or "-", st["cellb"]), r["phone"] or "-"])
        out += self.heading(self.t("contacts").capitalize())
        widths = [11 * mm, 50 * mm, 22 * mm, 40 * mm, w - 208 * mm, 28 * mm, 27 * mm, 30 * mm]
        out.append(self.table(["No", self.t("name"), self.t("nrp"), self.t("unit"), self.t("position"),
                               self.t("channel"), self.t("callsign"), self.t("phone")], rows, widths))
        return out

    def r_post(self, part: Part) -> list:
        d, st = part.data, self.st
        post, shift = d["post"], d["shift"]
        w = self.fw(False)
        out = self.annex_head(part)
        out.append(P(f"{self.t('post_sheet')} {post['code']}", st["title"]))
        out.append(P(post["name"], st["cover_name"]))
        out.append(P(f"{shift['code']} · {shift['name']} · {S.fmt_window(shift['start'], shift['end'], self.lang)}",
                     st["subtitle"]))
        rt = d["report_to"]
        report = []
        if rt["person"]:
            p = rt["person"]
            report.append(f"{self.person_line(p, nrp=False)} ({p['position'] or '-'}), "
                          f"{self.t('callsign').lower()} {p['callsign'] or '-'}, {p['phone'] or '-'}")
        if rt["command_post"]:
            cp = rt["command_post"]
            report.append(f"{self.t('command_post')} {cp['code']} {cp['name']}, {cp['channel'] or '-'}"
                          + (f", {cp['callsign']}" if cp["callsign"] else ""))
        danpos = next((p for p in d["people"] if p["role"] == "danpos"), None)
        staffed = len(d["people"])
        where = ", ".join(x for x in (post["address"], post["village"], post["district"]) if x)
        facts = [
            (self.t("ring"), S.ring_name(post["ring"], self.lang)),
            (self.t("kind"), S.kind_name(post["kind"], self.lang)),
            (self.t("location"), where or "-"),
            (self.t("channel"), post["channel"] or "-"),
            (self.t("danpos"), (self.person_line(danpos, nrp=False) + (f" ({danpos['callsign']})" if danpos and danpos["callsign"] else "")) if danpos else "-"),
            (self.t("staffing"), self.t("staffing_value", n=staffed, lo=post["min_staff"])),
            (self.t("report_to"), "\n".join(report) or "-"),
        ]
        value_w = w - 80 * mm - 26 * mm - 4
        info = Table([[k, v if "\n" not in v and pdfmetrics.stringWidth(v, FONT, 8) <= value_w else P(v, st["cell"])]
                      for k, v in facts], colWidths=[26 * mm, value_w + 4],
                     style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), ("FONT", (0, 0), (0, -1), FONT_BOLD, 8),
                                       ("LEADING", (0, 0), (-1, -1), 9.6), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                       ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                       ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB"))]))
        map_w, map_h = 76 * mm, 54 * mm  # the facts column is w - 80 mm wide
        span = 0.34
        aspect = (self._image_size[0] / self._image_size[1]) if self._image_size[1] else 1.3  # type: ignore[attr-defined]
        ww, wh = span, span * aspect * map_h / map_w
        x0 = min(max(post["x"] - ww / 2, 0), max(1 - ww, 0))
        y0 = min(max(post["y"] - wh / 2, 0), max(1 - wh, 0))
        marker = dict(post, n=0)
        crop = PlanFlowable(map_w, map_h, (x0, y0, x0 + ww, y0 + wh), d["rings"], [marker], 7, post["code"])
        out.append(SideBySide(info, crop, 4 * mm))
        out += self.heading(self.t("people"))
        rows = []
        for i, p in enumerate(d["people"], start=1):
            name = self.person_line(p, nrp=False) if p.get("placeholder") else p["name"]
            cb = st["cell7b"]
            danpos_row = p["role"] == "danpos"
            rows.append([str(i), P(self.t("role_" + p["role"]), cb) if danpos_row else self.t("role_" + p["role"]),
                         p["rank"] or "-", P(name, cb) if danpos_row else name, p["nrp"] or "-",
                         p["unit_name"] or "-", p["phone"] or "-"])
        if rows:
            out.append(self.table(["No", self.t("role"), self.t("rank"), self.t("name"), self.t("nrp"),
                                   self.t("unit"), self.t("phone")], rows,
                                  [7 * mm, 15 * mm, 17 * mm, w - 138 * mm, 19 * mm, 53 * mm, 27 * mm],
                                  [("TOPPADDING", (0, 1), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)],
                                  cell="cell7"))
        else:
            out.append(P(self.t("no_assignments"), st["body"]))
        for key, text in (("tasks", post["tasks"]), ("equipment", post["equipment"])):
            out += self.heading(self.t(key))
            out.append(P(text or "-", st["just"]))
        return out

    def r_slips(self, part: Part) -> list:
        slips = []
        for s in part.data["slips"]:
            p = s["person"]
            who = self.person_line(p)
            dp = s["danpos"]
            danpos = f"{dp['rank']} {dp['name']}".strip() + (f" ({dp['callsign']})" if dp and dp["callsign"] else "") if dp else "-"
            shift = s["shift"]
            slips.append({
                "title": self.t("slip_title"),
                "operation": s["operation"],
                "rows": [
                    (self.t("name"), self.person_line(p, nrp=False) if not p.get("placeholder")
                     else who + "  ........................", True),
                    (self.t("nrp"), p["nrp"] or "-", False),
                    (self.t("unit"), p["unit_name"] or "-", False),
                    (self.t("where"), f"{s['post']} {s['post_name']}" + (f" (Ring {s['ring']})" if s["ring"] else ""), True),
                    (self.t("when"), f"{shift['code']} {shift['name']}, {S.fmt_window(shift['start'], shift['end'], self.lang)}", False),
                    (self.t("role"), self.t("role_" + p["role"]), False),
                    (self.t("danpos"), danpos, False),
                    (self.t("channel"), s["channel"] or "-", False),
                    (self.t("callsign_short"), p["callsign"] or "-", False),
                ],
                "footer": f"{self.t('revision')} {part.stamp}",
            })
        return [SlipSheet(slips, self.fw(False), self.fh(False) - 1 * mm)]  # type: ignore[arg-type]

    def r_attendance(self, part: Part) -> list:
        d, st = part.data, self.st
        w = self.fw(False)
        out = self.annex_head(part)
        shift = d["shift"]
        out += self.title(self.t("attendance"), f"{d['unit_name'] or d['unit'] or self.t('no_unit')} · {shift['code']} "
                                                f"{shift['name']} · {S.fmt_window(shift['start'], shift['end'], self.lang)}")
        rows = []
        for i, r in enumerate(d["rows"], start=1):
            if r["duty"] in ("commander", "field_commander"):
                where = self.t(r["duty"])
            elif r["duty"] == "unassigned":
                where = self.t("unassigned")
            else:
                where = r["where"] + (f" ({self.t('danpos')})" if r["duty"] == "danpos" else "")
            indent = "" if i % 2 else " " * 14  # signatures alternate left and right, as on paper lists
            sign = f"\n\n{indent}{i}. ..................."
            rows.append([str(i), r["rank"] or "-", r["name"], r["nrp"] or "-", where, sign, ""])
        widths = [9 * mm, 17 * mm, w - 129 * mm, 17 * mm, 40 * mm, 34 * mm, 12 * mm]
        out.append(self.table(["No", self.t("rank"), self.t("name"), self.t("nrp"), self.t("post"),
                               self.t("signature"), self.t("remarks")], rows, widths,
                              [("VALIGN", (0, 1), (-1, -1), "MIDDLE"), ("LEADING", (5, 1), (5, -1), 11.5)]))
        out.append(Spacer(1, 3 * mm))
        out.append(P(self.t("att_totals", n=len(d["rows"])), st["body"]))
        out.append(Spacer(1, 2 * mm))
        checker = Table([[None, PX(f"{escape(self.t('checked_by'))}<br/><br/><br/><br/>................................", st["center"])]],
                        colWidths=[w - 70 * mm, 70 * mm],
                        style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8)]))
        out.append(KeepTogether([checker]))
        return out

    def r_accepted(self, part: Part) -> list:
        """Annex G: accepted warnings with where they apply, the planner's note and when."""
        st = self.st
        w = self.fw(True)
        lang_i = 0 if self.lang == "id" else 1
        out = self.annex_head(part) + self.title(self.t("accepted"), self.sel.plan.operation.name)
        out.append(P(self.t("accepted_intro"), st["body"]))
        out.append(Spacer(1, 2 * mm))
        rows = []
        for i, r in enumerate(part.data["rows"], start=1):
            where = []
            if r["post"]:
                where.append(f"{self.t('post')} {r['post']['code']} {r['post']['name']}".strip())
            if r["person"]:
                p = r["person"]
                who = f"{p['rank']} {p['name']}".strip() + (f", NRP {p['nrp']}" if p["nrp"] else "")
                where.append(f"{self.t('person')}: {who}")
            if r["shift"]:
                where.append(f"{self.t('shift')} {r['shift']['code']} {r['shift']['name']}".strip())
            when = S.fmt_stamp_time(r["accepted_at"]) if r["accepted_at"] else "-"
            rows.append([str(i), P(r["title"][lang_i], st["cellb"]), r["message"][lang_i], "\n".join(where) or self.t("whole_operation"),
                         r["note"] or "-", when])
        widths = [9 * mm, 38 * mm, w - 183 * mm, 58 * mm, 52 * mm, 26 * mm]
        out.append(self.table(["No", self.t("rule"), self.t("finding"), self.t("concerns"), self.t("note"),
                               self.t("accepted_at")], rows, widths))
        out.append(Spacer(1, 3 * mm))
        out.append(P(self.t("accepted_total", n=len(rows)), st["cellb"]))
        return out

    def r_roster(self, part: Part) -> list:
        st = self.st
        w = self.fw(False)
        out = self.title(self.t("roster"), self.sel.plan.operation.name)
        total = 0
        for unit in part.data["units"]:
            rows = []
            for i, r in enumerate(unit["rows"], start=1):
                rows.append([str(i), r["rank"] or "-", r["name"], r["nrp"] or "-", r["position"] or "-",
                             r["duty"] or "-", r["phone"] or "-"])
            total += len(rows)
            out += self.heading(f"{unit['unit_name'] or self.t('no_unit')} ({unit['unit'] or '-'}) · "
                                f"{self.t('unit_total', n=len(rows))}")
            out.append(self.table(["No", self.t("rank"), self.t("name"), self.t("nrp"), self.t("position"),
                                   self.t("assignments"), self.t("phone")], rows,
                                  [10 * mm, 22 * mm, 42 * mm, 19 * mm, w - 154 * mm, 34 * mm, 27 * mm]))
        out.append(Spacer(1, 3 * mm))
        out.append(P(self.t("grand_total") + f": {total}", st["cellb"]))
        return out


def generate(plan, out: str | Path | BinaryIO, options: BriefingOptions | None = None,
             progress: Progress | None = None) -> GenerationResult:
    """Write the requested documents for `plan` as one PDF to a path or a binary file object.

    Pure: reads the plan, touches nothing else, safe in a worker thread (give it `plan.clone()`
    when the GUI may edit the plan meanwhile). `progress(done, total, message)` is called as parts
    are laid out; returning False (or raising `Cancelled`) stops the build with `Cancelled`, and
    nothing is written to a path. A `desktop.progress.Progress` may be given instead of a callback.
    """
    if isinstance(progress, CoreProgress):
        progress = progress.step
    options = options or BriefingOptions()
    lang = S.check_lang(options.lang)
    register_fonts()
    sel = Selection(plan, options)
    copies = options.copies
    if not isinstance(copies, int) or not 1 <= copies <= MAX_COPIES:
        raise ValueError(f"copies must be a whole number from 1 to {MAX_COPIES}, not {copies!r}")
    total = count_parts(sel) * copies
    made = options.generated_at or now_jakarta()
    if options.paper not in PAPERS:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}, not {options.paper!r}")
    renderer = Renderer(sel, lang, options.paper)
    hdr = renderer.header
    ctx = PageContext(classification=hdr["classification"], operation=hdr["name"] or "-",
                      made=S.fmt_stamp_time(made), lang=lang,
                      labels={"made": S.tr("made", lang), "revision": S.tr("revision", lang),
                              "page_of": S.tr("page_of", lang), "copy_of": S.tr("copy_of", lang)},
                      copies=copies)
    sp = plan.site_plan
    ctx.image, size = image_reader(sp.image_png if sp else b"")
    renderer._image_size = size  # type: ignore[attr-defined]
    state = {"parts": 0, "current": 0}
    namer = Namer()
    printed: list[list] = []  # [key, doc, kind, label, stamp, first page] of copy 1

    def on_part(index: int) -> None:
        if progress is not None:
            keep = progress(index, max(total, index + 1), "")
            if keep is False:
                raise Cancelled()

    def on_page() -> None:
        if progress is not None and progress(state["current"], max(total, state["current"] + 1), "") is False:
            raise Cancelled()

    def on_part_tracked(index: int) -> None:
        state["current"] = index
        if index < len(printed) and canvases:
            printed[index][5] = canvases[-1].getPageNumber()
        on_part(index)

    ctx.on_part = on_part_tracked
    ctx.on_page = on_page
    on_part(0)  # report the total at once: the first part of a district packet takes seconds to lay out

    def numbered_parts() -> Iterator[tuple[int, int, Part]]:
        index = 0
        for copy in range(1, copies + 1):  # each copy lays the parts out afresh (lazily)
            for part in iter_parts(sel):
                yield index, copy, part
                index += 1

    def chunks() -> Iterator[list]:
        orientation = "portrait"
        first = True
        for index, copy, part in numbered_parts():
            state["parts"] += 1
            want = "landscape" if part.landscape else "portrait"
            chunk: list = []
            if first:
                if want != orientation:
                    chunk += [NextPageTemplate(want), PageBreak()]  # first page is portrait; switch
                first = False
            else:
                if want != orientation:
                    chunk.append(NextPageTemplate(want))
                chunk.append(PageBreak())
            orientation = want
            label = renderer.label(part)
            if copy == 1:
                printed.append([*namer.key(part), part.kind, label, part.stamp, 0])
            chunk.append(PartMarker(index, part.stamp, label, copy))
            shown, shortened = shorten_texts(part.data)  # the stamp stays that of the full data
            chunk += renderer.render(replace(part, data=shown) if shortened else part)  # type: ignore[arg-type]
            if shortened:
                chunk.append(P(S.tr("shortened", lang), renderer.st["small"]))
            yield chunk
        if first:
            ctx.stamp = ""
            yield [PartMarker(0, "-", ""), P(S.tr("nothing", lang), renderer.st["body"])]

    target: io.BytesIO | BinaryIO
    path = None
    if isinstance(out, (str, Path)):
        path = Path(out)
        target = io.BytesIO()
    else:
        target = out
    doc = BriefingDocTemplate(target, ctx, options.paper, title=hdr["name"], author="Renpam", creator="Renpam",
                              subject=S.tr("security_plan", lang))
    canvases: list[RenpamCanvas] = []

    def make_canvas(*args, **kw) -> RenpamCanvas:
        c = RenpamCanvas(*args, **kw)
        c.ctx = ctx
        canvases.append(c)
        return c

    doc.build(LazyStory(chunks()), canvasmaker=make_canvas)
    pages = canvases[-1].pages_done if canvases else 0
    if path is not None:
        from desktop.files import write_atomically

        write_atomically(path, target.getvalue())  # type: ignore[attr-defined]
        logging.getLogger("renpam.print").info("printed %s to %s: %d pages", ", ".join(options.documents), path, pages)
    if progress is not None:
        progress(total, total, "")
    return GenerationResult(pages=pages, parts=state["parts"], printed=[tuple(p) for p in printed])


__all__ = ["generate", "GenerationResult", "Progress"]
