"""Lay out the parts of `content.py` as ReportLab flowables, and the generation entry point."""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    CondPageBreak,
    Indenter,
    KeepInFrame,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from desktop import siteplan, vocabulary
from desktop.briefing import paperwork, streamed, vote_render
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
    CELL_PADDING,
    FONT,
    FONT_BOLD,
    GRID,
    HEAD_BG,
    PAPERS,
    PX,
    BriefingDocTemplate,
    LazyStory,
    OrgBox,
    OrgRow,
    OrgTop,
    P,
    PageContext,
    PartMarker,
    PlanFlowable,
    RenpamCanvas,
    RingKey,
    ScaleBar,
    SideBySide,
    SlipSheet,
    fitted,
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


NET_CODES_PER_ROW = 60  # post codes in one row of the radio-net table


class CellFit:
    """Where a table's string cells are broken, read from the table's own commands: a cell's
    room is its column's width, or its span's from the cell a SPAN starts at; its face and size
    are those of the last FONT command covering it."""

    def __init__(self, widths: list[float], commands: list[tuple], n_rows: int) -> None:
        n_cols = len(widths)
        self.room = [w - CELL_PADDING for w in widths]
        self.spans: dict[tuple[int, int], float] = {}
        self.fonts: list[tuple[int, int, int, int, str, float]] = []
        for name, (c0, r0), (c1, r1), *args in commands:
            c0, c1, r0, r1 = c0 % n_cols, c1 % n_cols, r0 % n_rows, r1 % n_rows
            if name == "SPAN":
                self.spans[(r0, c0)] = sum(widths[c0 : c1 + 1]) - CELL_PADDING
            elif name == "FONT":
                self.fonts.append((r0, r1, c0, c1, args[0], args[1]))

    def cell(self, row: int, col: int) -> tuple[str, float, float]:
        """(face, size, room) of the cell at (row, col)."""
        font, size = FONT, 8.0
        for r0, r1, c0, c1, f, s in self.fonts:
            if r0 <= row <= r1 and c0 <= col <= c1:
                font, size = f, s
        return font, size, self.spans.get((row, col), self.room[col])


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

    def table(
        self,
        header: list[str],
        rows: list[list],
        widths: list[float],
        extra: list | None = None,
        repeat: int = 1,
        cell: str = "cell",
        center: tuple[int, ...] = (0,),
    ) -> LongTable | streamed.StreamedTable:
        """A long table repeating its header. String cells stay plain strings, broken into lines
        that fit their column (`fitted`): a table draws plain lines several times faster than
        wrapping paragraphs, and a packet has tens of thousands of such cells (each measured in
        the face and span the table's commands give it, `CellFit`)."""
        style = self.st[cell]
        cmds = [
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
            ("LEADING", (0, 0), (-1, 0), 9.6),
            ("FONT", (0, 1), (-1, -1), style.fontName, style.fontSize),
            ("LEADING", (0, 1), (-1, -1), style.leading),
        ]
        cmds += [("ALIGN", (c, 1), (c, -1), "CENTER") for c in center]
        cmds += extra or []
        fit = CellFit(widths, cmds, 1 + len(rows))

        def convert(row: list, at: int) -> list:
            out = []
            for c, v in enumerate(row):
                if isinstance(v, partial):  # a paragraph made when its row is laid out
                    v = v()
                elif isinstance(v, str) and v:
                    v = fitted(v, *fit.cell(at, c))
                out.append(v)
            return out

        head = convert(header, 0)
        if repeat == 1 and len(rows) > streamed.STREAM_ROWS:  # held a window of rows at a time
            commands = _table_style(cmds).getCommands()
            return streamed.StreamedTable(streamed.RowSource([head], rows, convert, widths, commands))
        body = [convert(row, at) for at, row in enumerate(rows, start=1)]
        return LongTable([head] + body, colWidths=widths, repeatRows=repeat, style=_table_style(cmds), splitByRow=1)

    def annex_head(self, part: Part) -> list:
        """The kop at the top left and 'LAMPIRAN "C" RENCANA PENGAMANAN KAPOLRES PURWAKARTA /
        NOMOR : ... / TANGGAL : ...' at the top right, in capitals (the Sprin's annex names the
        Sprin and its number)."""
        if part.annex is None:
            return []
        hdr = self.header
        sprin = part.kind == "sprin_list"
        number = (hdr["sprin_number"] if sprin else hdr["number"]) or ".............................."
        date = self.signing_date().upper() or "........"
        issuer = f" {hdr['issuer_title']}" if hdr["issuer_title"] else ""
        letter = f' "{part.annex}"' if part.annex else ""
        of = self.t("annex_of_sprin") if sprin else self.t("annex_of")
        if not issuer and of.endswith(" OF"):
            of = of[:-3]  # "TO THE ORDER" when nobody is named as the issuer
        lines = [
            escape(f"{self.t('annex')}{letter} {of}{issuer}"),
            f"{self.t('number')}&nbsp;&nbsp;: {escape(number)}",
            f"{self.t('date')}&nbsp;: {escape(date)}",
        ]
        w = self.fw(part.landscape)
        kop = PX("<br/>".join(escape(k) for k in self.kop_lines()), self.st["kop"])
        box = Table(
            [[kop, None, PX("<br/>".join(lines), self.st["annex"])]],
            colWidths=[85 * mm, w - 85 * mm - 82 * mm, 82 * mm],
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 8),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black),
                    ("LINEBELOW", (2, 0), (2, 0), 0.6, colors.black),
                ]
            ),
        )
        return [box, Spacer(1, 5 * mm)]

    def kop_lines(self) -> list[str]:
        return paperwork.kop_lines(self.sel.plan, self.t("police_hq"))

    def kop(self, width: float) -> list:
        """The letterhead: up to three lines at the top left with the closing rule under them."""
        kop_t = Table(
            [[PX("<br/>".join(escape(k) for k in self.kop_lines()), self.st["kop"]), None]],
            colWidths=[85 * mm, width - 85 * mm],
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 8),
                    ("LINEBELOW", (0, 0), (0, 0), 0.8, colors.black),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        )
        return [kop_t]

    def signing_date(self) -> str:
        day = self.header["signed_on"]
        if not day:
            return ""
        return S.fmt_date(datetime.fromisoformat(day), self.lang, weekday=False)

    def place_date(self) -> str:
        """'Purwakarta, 26 November 2024' (dots where the place or day is still unknown)."""
        place = self.header["place"] or "................"
        return f"{place}, {self.signing_date() or '................'}"

    def signature(self, sig: dict | None, width: float, place_date: str | None = None) -> Table:
        """The signature block, preceded by the place-and-date line ('Purwakarta, 26 November 2024')."""
        if place_date is None:
            place_date = self.place_date()
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
        return Table(
            [[None, block]],
            colWidths=[width - 82 * mm, 82 * mm],
            style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8), ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
        )

    def heading(self, text: str, style: str = "h2") -> list:
        """A heading that never sits alone at the bottom of a page."""
        return [CondPageBreak(28 * mm), P(text, self.st[style])]

    def title(self, text: str, sub: str = "") -> list:
        out = [P(text, self.st["title"])]
        out.append(P(sub, self.st["subtitle"]) if sub else Spacer(1, 4 * mm))
        return out

    def label(self, part: Part) -> str:
        """The page header's name of the part; a vote's Polsek first ("Polsek Bungursari · ...")."""
        return f"{part.section} · {self.part_label(part)}" if part.section else self.part_label(part)

    def part_label(self, part: Part) -> str:
        d = part.data
        prefix = f"{self.t('annex').capitalize()} {part.annex} · " if part.annex else ""
        if part.kind == "sprin_list":
            prefix = f"{self.t('annex').capitalize()} {self.t('sprin_title').capitalize()} · "
        names = {
            "cover": "security_plan",
            "orders": "orders_title",
            "orgchart": "orgchart",
            "siteplan": "siteplan",
            "plotting": "plotting",
            "contacts": "contacts",
            "slips": "slips",
            "accepted": "notes_title",
            "sprin": "sprin_title",
            "sprin_list": "sprin_list",
        }
        if part.kind == "rekap":  # "TPS" stays in capitals
            return prefix + self.t("rekap_label")
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
        out: list = self.kop(w) + [
            Spacer(1, 28 * mm),
            P(self.t("security_plan"), st["cover_title"]),
            P(self.t("briefing_packet"), st["subtitle"]),
            Spacer(1, 6 * mm),
            P(d["name"] or "-", st["cover_name"]),
            Spacer(1, 10 * mm),
        ]
        rows = [
            (self.t("venue"), d["venue"]),
            (self.t("address"), d["address"]),
            (self.t("when"), S.fmt_window(d["start"], d["end"], self.lang)),
            (self.t("classification"), (d["classification"] or "").replace("_", " ")),
            (self.t("commander"), self._sig_line(d["commander"])),
            *([(self.t("deputy"), self._sig_line(d["deputy"]))] if d.get("deputy") else []),
            (self.t("field_commander"), self._sig_line(d["field_commander"])),
            (
                self.t("strength"),
                self.t("strength_value", people=d["people"], posts=d["posts"], shifts=len(d["shifts"])),
            ),
        ]
        info = Table(
            [[P(k, st["cellb"]), P(":", st["cell"]), P(v or "-", st["body"])] for k, v in rows],
            colWidths=[38 * mm, 4 * mm, w - 62 * mm],
            hAlign="CENTER",
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 8),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ]
            ),
        )
        out += [info, Spacer(1, 8 * mm)]
        if d["shifts"]:
            srows = [
                [P(s["code"], st["cellb"]), P(s["name"], st["cell"]), P(S.fmt_span(s["start"], s["end"]), st["cell"])]
                for s in d["shifts"]
            ]
            out += [
                P(self.t("phases"), st["h2"]),
                self.table([self.t("code"), self.t("name"), self.t("time")], srows, [28 * mm, w - 98 * mm, 50 * mm]),
            ]
        out += [Spacer(1, 12 * mm), self.signature(d["commander"], w)]
        # The cover is one page: shrink it when long names and texts would push it over.
        return [KeepInFrame(w, self.fh(False) - 2 * mm, out, mode="shrink")]

    def _sig_line(self, sig: dict | None) -> str:
        if not sig:
            return "-"
        nrp = f", NRP {sig['nrp']}" if sig["nrp"] else ""
        pos = f" ({sig['position']})" if sig["position"] else ""
        return f"{sig['rank']} {sig['name']}{nrp}{pos}".strip()

    def paragraphs(self, text: str) -> list:
        return [P(para.strip(), self.st["just"]) for para in text.split("\n") if para.strip()]

    def numbered(self, items: list[str], style: str = "just") -> Table:
        """A numbered list ('1.  text') with hanging indent."""
        rows = [[f"{i}.", P(item, self.st[style])] for i, item in enumerate(items, start=1)]
        return Table(
            rows,
            colWidths=[8 * mm, None],
            hAlign="LEFT",
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 9.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            ),
        )

    def strength_table(self, strength: dict, width: float) -> list:
        """The generated kekuatan table: per unit Pa / Ba / PNS / other / total, BKO, reserve."""
        rows = []
        for i, r in enumerate(strength["rows"], start=1):
            rows.append(
                [str(i), r["unit_name"] or self.t("no_unit")]
                + [str(r[k]) for k in ("pa", "ba", "pns", "other", "total", "bko", "reserve")]
            )
        t = strength["total"]
        rows.append(
            ["", self.t("grand_total")] + [str(t[k]) for k in ("pa", "ba", "pns", "other", "total", "bko", "reserve")]
        )
        nums = [12 * mm, 17 * mm, 12 * mm, 19 * mm, 16 * mm, 12 * mm, 20 * mm]  # Pa .. Cadangan, each fits its header
        widths = [8 * mm, width - 8 * mm - sum(nums)] + nums
        head = ["No", self.t("unit")] + [
            self.t(k) for k in ("col_pa", "col_ba", "col_pns", "col_other", "col_total", "col_bko", "col_reserve")
        ]
        return [
            self.table(
                head,
                rows,
                widths,
                [("FONT", (0, -1), (-1, -1), FONT_BOLD, 8), ("FONT", (6, 1), (6, -1), FONT_BOLD, 8)],
                center=(0, 2, 3, 4, 5, 6, 7, 8),
            ),
            Spacer(1, 1.5 * mm),
            P(self.t("strength_note"), self.st["small"]),
        ]

    def functions_table(self, functions: list[dict], width: float) -> LongTable | streamed.StreamedTable:
        """Tasks per function, generated from the groups: commander, posts with their first task."""
        rows = []
        for i, g in enumerate(functions, start=1):
            cmd = g["commander"]
            who = f"{cmd['rank']} {cmd['name']}".strip() if cmd else "-"
            lines = [f"{p['code']} {p['name']}: {p['tasks']}".rstrip(": ") for p in g["posts"]]
            if g["reserve"]:
                lines += [f"{self.t('held_at')}: {g['held_at'] or '-'}", f"{self.t('trigger')}: {g['trigger'] or '-'}"]
            rows.append([str(i), P(g["name"], self.st["cellb"]), who, P("\n".join(lines) or "-", self.st["cell"])])
        return self.table(
            ["No", self.t("groups"), self.t("group_cdr_col"), self.t("tasks")],
            rows,
            [8 * mm, 45 * mm, 40 * mm, width - 93 * mm],
        )

    def ladder_table(self, ladder: list[dict], width: float) -> LongTable | streamed.StreamedTable:
        """Situation green / yellow / red: who acts (the plan's groups, or the role when no group
        holds it) and who commands."""
        rows = []
        for r in ladder:
            acting = [
                f"{g['name']}"
                + (f" ({g['commander']})" if g["commander"] else "")
                + (f", {self.t('reserve')}: {g['held_at']}" if g["reserve"] and g["held_at"] else "")
                for g in r["groups"]
            ]
            roles = " → ".join(vocabulary.label(vocabulary.GROUP_ROLE, role, self.lang) for role in r["roles"])
            rows.append(
                [
                    P(self.t("sit_" + r["level"]), self.st["cellb"]),
                    P(self.t("sit_" + r["level"] + "_text"), self.st["cell"]),
                    P("\n".join([roles] + acting), self.st["cell"]),
                    r["command"],
                ]
            )
        return self.table(
            [self.t("situation_col"), self.t("crowd_col"), self.t("acting_col"), self.t("command_col")],
            rows,
            [22 * mm, 48 * mm, width - 100 * mm, 30 * mm],
            center=(),
        )

    def r_orders(self, part: Part) -> list:
        """The order's body, I PENDAHULUAN to VII PENUTUP, numbering only the sections that have
        something to say (a section the planner has not written is left out, not printed empty);
        the kekuatan table is generated."""
        d, st = part.data, self.st
        w = self.fw(False)
        sec = d["sections"]
        out: list = self.kop(w) + [Spacer(1, 4 * mm)]
        out += self.title(self.t("orders_title"), self.sel.plan.operation.name)
        chapters: list[tuple[str, list[tuple[str, list]]]] = []

        def sub(key: str, text: str) -> tuple[str, list] | None:
            return (self.t(key), self.paragraphs(text)) if text.strip() else None

        intro = [
            sub("sec_general", sec["general"]),
            (self.t("sec_basis"), [self.numbered(d["basis"])]) if d["basis"] else None,
            sub("sec_purpose", sec["purpose"]),
            sub("sec_scope", sec["scope"]),
        ]
        chapters.append(("sec_introduction", [x for x in intro if x]))
        chapters.append(
            ("sec_situation", [("", self.paragraphs(sec["situation"]))] if sec["situation"].strip() else [])
        )
        chapters.append(("sec_mission", [("", self.paragraphs(sec["mission"]))] if sec["mission"].strip() else []))
        phases = []
        if d["shifts"]:
            rows = [
                [
                    P(s["code"], st["cellb"]),
                    P(s["name"], st["cell"]),
                    P(S.fmt_span(s["start"], s["end"]), st["cell"]),
                    P(str(s["count"]), st["cellc"]),
                ]
                for s in d["shifts"]
            ]
            phases = [
                Spacer(1, 2 * mm),
                self.table(
                    [self.t("code"), self.t("phases"), self.t("time"), self.t("per_phase")],
                    rows,
                    [24 * mm, w - 104 * mm, 48 * mm, 32 * mm],
                ),
            ]
        course = []
        if d.get("ladder"):
            course += [
                PX(f"<b>{escape(self.t('ladder_title'))}</b>", st["body"]),
                self.ladder_table(d["ladder"], w - 8 * mm),
                Spacer(1, 2 * mm),
            ]
        for key, text in (("sec_rules_sub", sec["rules"]), ("sec_contingency_sub", sec["contingency"])):
            if text.strip():
                course += [PX(f"<b>{escape(self.t(key))}</b>", st["body"])] + self.paragraphs(text)
        execution = [
            sub("sec_concept", sec["execution"]),
            (self.t("sec_strength"), self.strength_table(d["strength"], w - 8 * mm) + phases),
            sub("sec_functions", sec["functions"])
            or (
                (self.t("sec_functions"), [self.functions_table(d["functions"], w - 8 * mm)])
                if d.get("functions")
                else None
            ),
            (self.t("sec_course"), course) if course else None,
            sub("sec_coordination", sec["coordination"]),
        ]
        chapters.append(("sec_execution", [x for x in execution if x]))
        chapters.append(
            ("sec_logistics", [("", self.paragraphs(sec["logistics"]))] if sec["logistics"].strip() else [])
        )
        chapters.append(
            ("sec_command", [("", self.paragraphs(sec["communications"]))] if sec["communications"].strip() else [])
        )
        n = 0
        for key, subs in chapters:
            if not subs:
                continue
            n += 1
            out += self.heading(f"{S.roman(n)}. {self.t(key)}", "h1")
            letters = "abcdefghij"
            lettered = [x for x in subs if x[0]]
            i = 0
            for title, flows in subs:
                if title:
                    out += self.heading(f"{letters[i] if len(lettered) > 0 else ''}. {title}", "h2")
                    i += 1
                out += [Indenter(6 * mm)] + flows + [Indenter(-6 * mm)] if title else flows
        out += self.heading(f"{S.roman(n + 1)}. {self.t('sec_closing')}", "h1")
        out.append(P(self.t("closing_text"), st["just"]))
        out += [Spacer(1, 6 * mm), KeepTogether([self.signature(d["commander"], w)])]
        return out

    def _post_lines(self, post: dict) -> list[str]:
        lines = []
        for shift, label in post["danpos"]:
            lines.append(f"{shift + ': ' if shift else ''}{self.t('danpos')}: {label or '-'}")
        if not post["danpos"]:
            lines.append(self.t("no_danpos"))
        if post["channel"]:
            lines.append(post["channel"])
        return lines

    def _group_box(self, g: dict) -> OrgBox:
        lines = [f"{self.t('group_cdr')}: {self.person_line(g['commander'], nrp=False) if g['commander'] else '-'}"]
        for post in g["posts"]:
            danpos = next((label for _, label in post["danpos"] if label), "")
            lines.append(f"{post['code']} {post['name']}" + (f" ({danpos})" if danpos else ""))
        if g["members"]:
            lines.append(self.t("group_members", n=g["members"]))
        if g["reserve"]:
            if g["held_at"]:
                lines.append(f"{self.t('held_at')}: {g['held_at']}")
            if g["trigger"]:
                lines.append(f"{self.t('trigger')}: {g['trigger']}")
        title = g["name"] + (f" ({self.t('reserve').upper()})" if g["reserve"] else "")
        return OrgBox(title, lines)

    def _deputy_box(self, g: dict) -> OrgBox:
        """The deputy (Wakapolres) as the commander is drawn: position, name and call sign; the
        group's own posts and members under them, if it has any."""
        p = g["commander"]
        title = (p["position"] if p else "") or g["name"] or self.t("deputy")
        lines = [f"{self.t('deputy')}: {self.person_line(p) if p else '-'}"]
        if p and p["callsign"]:
            lines.append(p["callsign"])
        lines += self._group_box(g).lines[1:]
        return OrgBox(title, lines)

    def r_orgchart(self, part: Part) -> list:
        d = part.data
        w = self.fw(False)
        out = self.annex_head(part) + self.title(self.t("orgchart"))
        groups = d.get("groups", [])
        top = []
        p = d["commander"]
        if p:
            top.append(OrgBox(p["position"] or self.t("commander"), [self.person_line(p), p["callsign"]]))
        for g in groups:  # the deputy, then the command post's group, between commander and field commander
            if g["role"] == "wakil":
                top.append(self._deputy_box(g))
        for g in groups:
            if g["role"] == "komando":
                top.append(self._group_box(g))
        p = d["field_commander"]
        if p:
            top.append(OrgBox(p["position"] or self.t("field_commander"), [self.person_line(p), p["callsign"]]))
        if top:
            out.append(OrgTop(top, w))
        per_row = 4
        rest = [g for g in groups if g["role"] not in ("komando", "wakil")]
        rest.sort(key=lambda g: g["reserve"])  # reserves last
        for i in range(0, len(rest), per_row):
            boxes = [self._group_box(g) for g in rest[i : i + per_row]]
            out.append(OrgRow(boxes, w, per_row, self.t("groups") if i == 0 else ""))
        rings: dict[str, list[dict]] = {}
        for post in d["posts"]:
            rings.setdefault(post["ring"], []).append(post)
        for ring in ["I", "II", "III", ""]:
            posts = rings.get(ring, [])
            for i in range(0, len(posts), per_row):
                boxes = [
                    OrgBox(f"{post['code']} {post['name']}", self._post_lines(post)) for post in posts[i : i + per_row]
                ]
                heading = S.ring_name(ring, self.lang) if i == 0 else ""
                if groups and i == 0:
                    heading = f"{self.t('no_group')} · {heading}"
                out.append(OrgRow(boxes, w, per_row, heading))
        if d.get("polsek"):
            out += vote_render.polsek_rows(self, d["polsek"], w)
        return out

    def r_siteplan(self, part: Part) -> list:
        """Annex B: the plan with rings and markers labelled with the post codes (numbers when
        there are too many posts for codes to fit), the legend, the ring key and the scale line,
        sized so that the drawing and its notes share one page on every paper size."""
        d, st = part.data, self.st
        ctx_size = self._image_size  # type: ignore[attr-defined]
        w, h = self.fw(True), self.fh(True)
        out = self.annex_head(part) + self.title(self.t("siteplan"), d["title"])
        markers = d["markers"]
        small = len(markers) <= 24
        by_code = small and all(m.get("label") == m["code"] for m in markers)
        tail: list = []
        if d["rings"]:
            tail.append(RingKey(d["rings"], w))
        bar = None
        if d.get("width_m"):  # the scale is derived from the printed size (desktop.siteplan)
            bar = ScaleBar(d["width_m"], siteplan.bar_metres(d["width_m"]), "", w)
            tail.append(bar)
        note_at = len(tail)
        if d["scale"]:
            tail.append(P(d["scale"], st["small"]))
        if not d["image"]:
            tail.append(P(self.t("no_image"), st["small"]))
        used = sum(f.wrap(w, h)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in out + tail)
        room = h - used - 4 * mm - (2 * mm if small else 40 * mm)  # the big legend starts on this page too
        img_h = min(h - 52 * mm if not small else h - 42 * mm, room)
        aspect = (ctx_size[0] / ctx_size[1]) if ctx_size[1] else 1.45
        img_w = min(w if not small else w - 86 * mm, img_h * aspect)
        img_h = img_w / aspect
        if bar is not None:
            ratio = siteplan.printed_ratio(d["width_m"], img_w)
            bar.image_width = img_w
            bar.caption = self.t("printed_scale", ratio=siteplan.ratio_text(ratio, self.lang))
            if d["scale"]:  # a ratio written in the note is printed as this printout's own
                tail[note_at] = P(siteplan.note_for_print(d["scale"], ratio, self.lang), st["small"])
        radius = (8 if by_code else 6.5) if len(markers) <= 40 else (4 if len(markers) <= 300 else 1.6)
        plan = PlanFlowable(img_w, img_h, (0, 0, 1, 1), d["rings"], markers, radius)
        if by_code:
            legend_rows = [[m["code"], m["name"], m["ring"] or "-"] for m in markers]
            head = [self.t("code"), self.t("post"), self.t("ring")]
        else:
            legend_rows = [[str(m["n"]), m["code"], m["name"], m["ring"] or "-"] for m in markers]
            head = ["No", self.t("code"), self.t("post"), self.t("ring")]
        code_col = 0 if by_code else 1

        def bold_codes(*cols: int) -> list:  # codes in bold: a font for the column, not a paragraph per cell
            return [("FONT", (c, 1), (c, -1), FONT_BOLD, 8) for c in cols]

        # wide enough for the longest code and for the header word itself ("Kode" must not wrap)
        code_w = min(
            max(
                [pdfmetrics.stringWidth(m["code"], FONT_BOLD, 8) for m in markers]
                + [pdfmetrics.stringWidth(self.t("code"), FONT_BOLD, 8)]
            )
            + 8,
            40 * mm,  # a district's TPS codes (TPS-PURWAK-101) are 28 mm in bold
        )
        if small:
            widths = [code_w, 69 * mm - code_w, 11 * mm] if by_code else [8 * mm, code_w, 61 * mm - code_w, 11 * mm]
            legend = self.table(head, legend_rows, widths, bold_codes(code_col), center=(2,) if by_code else (0, 3))
            layout = Table(
                [[plan, legend]],
                colWidths=[w - 84 * mm, 84 * mm],
                style=TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), FONT, 8),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ]
                ),
            )
            out += [layout, Spacer(1, 2 * mm)]
        else:
            out += [plan, Spacer(1, 2 * mm)]
        out += tail
        if not small:
            out += [Spacer(1, 3 * mm)] + self.heading(self.t("legend"))
            half = (w - 4 * mm) / 2
            pairs = []
            for i in range(0, len(legend_rows), 2):
                right = legend_rows[i + 1] if i + 1 < len(legend_rows) else [""] * 4
                pairs.append(legend_rows[i] + [""] + right)
            cw = [11 * mm, code_w, half - 23 * mm - code_w, 12 * mm]
            out.append(
                self.table(
                    head + [""] + head,
                    pairs,
                    cw + [4 * mm] + cw,
                    [("GRID", (4, 0), (4, -1), 0, colors.white), ("BACKGROUND", (4, 0), (4, 0), colors.white)]
                    + bold_codes(code_col, code_col + 5),
                    center=(0, 5),  # the numbers of both halves
                )
            )
        return out

    def r_rekap(self, part: Part) -> list:
        return vote_render.rekap(self, part)

    def r_plotting(self, part: Part) -> list:
        if part.data.get("vote"):
            return vote_render.plotting(self, part)
        d, st = part.data, self.st
        w = self.fw(True)
        out = self.annex_head(part) + self.title(self.t("plotting"), self.sel.plan.operation.name)
        rows = []
        total = 0
        for i, r in enumerate(d["rows"], start=1):
            members = "<br/>".join(f"{k}. {escape(self.person_line(m))}" for k, m in enumerate(r["members"], start=1))
            rows.append(
                [
                    str(i),
                    partial(PX, f"<b>{escape(r['post'])}</b> {escape(r['post_name'])}", st["cell"]),
                    r["ring"] or "-",
                    f"{r['shift']}\n{S.fmt_span(*r['shift_span'])}"
                    if len(r.get("shifts", [1])) < 3
                    else f"{r['shift']}\n({self.t('all_phases') if r.get('all') else self.t('phases_n', n=len(r['shifts']))})",
                    self.person_line(r["danpos"]) if r["danpos"] else "-",
                    partial(PX, members, st["cell"])
                    if len(r["members"]) > 1
                    else (self.person_line(r["members"][0]) if r["members"] else "-"),
                    str(r["total"]),
                ]
            )
            total += r["total"]
        if not rows:
            return out + [P(self.t("no_assignments"), st["body"])]
        people = d.get("people", total)
        rows.append(["", P(self.t("people_total"), st["cellb"]), "", "", "", "", str(people)])
        widths = [11 * mm, 52 * mm, 12 * mm, 24 * mm, 56 * mm, w - 167 * mm, 12 * mm]
        out.append(
            self.table(
                [
                    "No",
                    self.t("post"),
                    self.t("ring"),
                    self.t("shift"),
                    self.t("danpos"),
                    self.t("members"),
                    self.t("total"),
                ],
                rows,
                widths,
                [("BACKGROUND", (0, -1), (-1, -1), HEAD_BG)],
                center=(0, 2, 6),
            )
        )
        return out

    def r_contacts(self, part: Part) -> list:
        d, st = part.data, self.st
        w = self.fw(True)
        out = self.annex_head(part) + self.title(self.t("contacts"))
        if d["nets"]:
            out += self.heading(self.t("radio_net"))
            # A net's posts go over several rows so that no cell outgrows a page (a district net
            # of a thousand TPS); the channel is named on its first row.
            rows = [
                [P(ch, st["cellb"]) if i == 0 else "", ", ".join(codes[i : i + NET_CODES_PER_ROW])]
                for ch, codes in d["nets"]
                for i in range(0, max(len(codes), 1), NET_CODES_PER_ROW)
            ]
            out += [
                self.table([self.t("channel"), self.t("posts")], rows, [40 * mm, w - 40 * mm], center=()),
                Spacer(1, 4 * mm),
            ]
        rows = []
        for i, r in enumerate(d["rows"], start=1):
            duty = r["duty"]
            if duty in ("commander", "deputy", "field_commander"):
                duty_text = f"{self.t(duty)}: {r['position']}"
            elif duty.startswith("group "):
                duty_text = f"{self.t('group_cdr')} {r.get('post_name', '')}"
            else:
                duty_text = f"{self.t('danpos')} {duty.split(' ', 1)[1]} {r.get('post_name', '')}"
            rows.append(
                [
                    str(i),
                    f"{r['rank']} {r['name']}".strip(),
                    r["nrp"] or "-",
                    r["unit_name"] or "-",
                    duty_text,
                    r["channel"] or "-",
                    partial(P, r["callsign"] or "-", st["cellb"]),
                    r["phone"] or "-",
                ]
            )
        out += self.heading(self.t("contacts").capitalize())
        widths = [11 * mm, 50 * mm, 22 * mm, 40 * mm, w - 208 * mm, 28 * mm, 27 * mm, 30 * mm]
        out.append(
            self.table(
                [
                    "No",
                    self.t("name"),
                    self.t("nrp"),
                    self.t("unit"),
                    self.t("position"),
                    self.t("channel"),
                    self.t("callsign"),
                    self.t("phone"),
                ],
                rows,
                widths,
            )
        )
        if d.get("outside"):
            out += self.heading(self.t("outside_parties"))
            rows = [
                [str(i), P(c["party"], st["cellb"]), c["name"] or "-", c["phone"] or "-", c["note"] or "-"]
                for i, c in enumerate(d["outside"], start=1)
            ]
            out.append(
                self.table(
                    ["No", self.t("party"), self.t("contact_person"), self.t("phone"), self.t("remarks")],
                    rows,
                    [11 * mm, 70 * mm, 80 * mm, 35 * mm, w - 196 * mm],
                )
            )
        return out

    def r_post(self, part: Part) -> list:
        d, st = part.data, self.st
        post, shift = d["post"], d["shift"]
        w = self.fw(False)
        out = self.annex_head(part)
        out.append(P(f"{self.t('post_sheet')} {post['code']}", st["title"]))
        out.append(P(post["name"], st["cover_name"]))
        out.append(
            P(
                " · ".join(
                    x
                    for x in (shift["code"], shift["name"], S.fmt_window(shift["start"], shift["end"], self.lang))
                    if x
                ),
                st["subtitle"],
            )
        )
        rt = d["report_to"]
        report = []
        if rt["person"]:
            p = rt["person"]
            report.append(
                f"{self.person_line(p, nrp=False)} ({p['position'] or '-'}), "
                f"{self.t('callsign').lower()} {p['callsign'] or '-'}, {p['phone'] or '-'}"
            )
        if rt["command_post"]:
            cp = rt["command_post"]
            report.append(
                f"{self.t('command_post')} {cp['code']} {cp['name']}, {cp['channel'] or '-'}"
                + (f", {cp['callsign']}" if cp["callsign"] else "")
            )
        danpos = next((p for p in d["people"] if p["role"] == "danpos"), None)
        staffed = len(d["people"])
        where = ", ".join(x for x in (post["address"], post["village"], post["district"]) if x)
        facts = [
            (self.t("ring"), S.ring_name(post["ring"], self.lang)),
            (self.t("kind"), S.kind_name(post["kind"], self.lang)),
            (self.t("location"), where or "-"),
            (self.t("channel"), post["channel"] or "-"),
            (
                self.t("danpos"),
                (
                    self.person_line(danpos, nrp=False)
                    + (f" ({danpos['callsign']})" if danpos and danpos["callsign"] else "")
                )
                if danpos
                else "-",
            ),
            (self.t("staffing"), self.t("staffing_value", n=staffed, lo=post["min_staff"])),
            (self.t("report_to"), "\n".join(report) or "-"),
        ]
        if "tps" in d:
            facts = vote_render.tps_facts(self, d["tps"], facts)
        value_w = w - 80 * mm - 26 * mm - 4
        info = Table(
            [[k, fitted(v, FONT, 8, value_w)] for k, v in facts],
            colWidths=[26 * mm, value_w + 4],
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 8),
                    ("FONT", (0, 0), (0, -1), FONT_BOLD, 8),
                    ("LEADING", (0, 0), (-1, -1), 9.6),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")),
                ]
            ),
        )
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
            rows.append(
                [
                    str(i),
                    P(self.t("role_" + p["role"]), cb) if danpos_row else self.t("role_" + p["role"]),
                    p["rank"] or "-",
                    P(name, cb) if danpos_row else name,
                    p["nrp"] or "-",
                    p["unit_name"] or "-",
                    p["phone"] or "-",
                ]
            )
        if rows:
            out.append(
                self.table(
                    [
                        "No",
                        self.t("role"),
                        self.t("rank"),
                        self.t("name"),
                        self.t("nrp"),
                        self.t("unit"),
                        self.t("phone"),
                    ],
                    rows,
                    [7 * mm, 15 * mm, 17 * mm, w - 138 * mm, 19 * mm, 53 * mm, 27 * mm],
                    [
                        ("TOPPADDING", (0, 1), (-1, -1), 1.5),
                        ("BOTTOMPADDING", (0, 1), (-1, -1), 2),
                        ("LEFTPADDING", (0, 0), (-1, -1), 2),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ],
                    cell="cell7",
                )
            )
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
            danpos = (
                f"{dp['rank']} {dp['name']}".strip() + (f" ({dp['callsign']})" if dp and dp["callsign"] else "")
                if dp
                else "-"
            )
            shift = s["shift"]
            slips.append(
                {
                    "title": self.t("slip_title"),
                    "operation": s["operation"],
                    "rows": [
                        (
                            self.t("name"),
                            self.person_line(p, nrp=False)
                            if not p.get("placeholder")
                            else who + "  ........................",
                            True,
                        ),
                        (self.t("nrp"), p["nrp"] or "-", False),
                        (self.t("unit"), p["unit_name"] or "-", False),
                        (
                            self.t("where"),
                            f"{s['post']} {s['post_name']}" + (f" (Ring {s['ring']})" if s["ring"] else ""),
                            True,
                        ),
                        (
                            self.t("when"),
                            f"{shift['code']}{'' if 'phases' in shift else ' ' + shift['name']}, "
                            f"{S.fmt_window(shift['start'], shift['end'], self.lang)}",
                            False,
                        ),
                        (self.t("role"), self.t("role_" + p["role"]), False),
                        (self.t("danpos"), danpos, False),
                        (self.t("channel"), s["channel"] or "-", False),
                        (self.t("callsign_short"), p["callsign"] or "-", False),
                    ],
                    "footer": f"{self.t('revision')} {part.stamp}",
                }
            )
        return [SlipSheet(slips, self.fw(False), self.fh(False) - 1 * mm)]  # type: ignore[arg-type]

    def r_attendance(self, part: Part) -> list:
        d, st = part.data, self.st
        w = self.fw(False)
        out = self.annex_head(part)
        shift = d["shift"]
        out += self.title(
            self.t("attendance"),
            f"{d['unit_name'] or d['unit'] or self.t('no_unit')} · {shift['code']} "
            f"{shift['name']} · {S.fmt_window(shift['start'], shift['end'], self.lang)}",
        )
        rows = []
        sign_room, space = 34 * mm - CELL_PADDING, pdfmetrics.stringWidth(" ", FONT, 8)  # the signature column
        for i, r in enumerate(d["rows"], start=1):
            if r["duty"] in ("commander", "deputy", "field_commander"):
                where = self.t(r["duty"])
            elif r["duty"] == "unassigned":
                where = self.t("unassigned")
            elif r["duty"] == "reserve":
                where = f"{r['where']} ({self.t('reserve')})"
            elif r["duty"] == "group":
                where = r["where"]
            else:
                where = r["where"] + (f" ({self.t('danpos')})" if r["duty"] == "danpos" else "")
            sign = f"{i}. ..................."
            if not i % 2:  # signatures alternate left and right, as on paper lists
                sign = " " * min(14, int((sign_room - pdfmetrics.stringWidth(sign, FONT, 8)) / space)) + sign
            sign = "\n\n" + sign
            rows.append([str(i), r["rank"] or "-", r["name"], r["nrp"] or "-", where, sign, ""])
        widths = [9 * mm, 17 * mm, w - 129 * mm, 17 * mm, 40 * mm, 34 * mm, 12 * mm]
        out.append(
            self.table(
                [
                    "No",
                    self.t("rank"),
                    self.t("name"),
                    self.t("nrp"),
                    self.t("post"),
                    self.t("signature"),
                    self.t("remarks"),
                ],
                rows,
                widths,
                [("VALIGN", (0, 1), (-1, -1), "MIDDLE"), ("LEADING", (5, 1), (5, -1), 11.5)],
            )
        )
        out.append(Spacer(1, 3 * mm))
        out.append(P(self.t("att_totals", n=len(d["rows"])), st["body"]))
        out.append(Spacer(1, 2 * mm))
        checker = Table(
            [
                [
                    None,
                    PX(
                        f"{escape(self.t('checked_by'))}<br/><br/><br/><br/>................................",
                        st["center"],
                    ),
                ]
            ],
            colWidths=[w - 70 * mm, 70 * mm],
            style=TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8)]),
        )
        out.append(KeepTogether([checker]))
        return out

    def r_sprin(self, part: Part) -> list:
        """The Surat Perintah: kop, title and number, Pertimbangan, Dasar, DIPERINTAHKAN, Kepada,
        Untuk (ending with the report on completion), Selesai, issued at/on, signature, Tembusan."""
        d, st = part.data, self.st
        w = self.fw(False)
        texts = d["texts"][self.lang]
        out: list = self.kop(w) + [
            Spacer(1, 5 * mm),
            PX(f"<u>{escape(self.t('sprin_title'))}</u>", st["title"]),
            P(f"{self.t('number_line')}: {escape(d['number'])}", st["subtitle"]),
            Spacer(1, 3 * mm),
        ]
        label_w = 30 * mm

        def clause(label: str, flows: list) -> Table:
            return Table(
                [[P(label, st["body"]), P(":", st["body"]), flows]],
                colWidths=[label_w, 5 * mm, w - label_w - 5 * mm],
                hAlign="LEFT",
                style=TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ]
                ),
            )

        out.append(clause(self.t("considering"), [P(texts["considering"], st["just"])]))
        out.append(clause(self.t("basis"), [self.numbered(texts["basis"])]))
        out += [Spacer(1, 2 * mm), PX(f"<b>{escape(self.t('ordered'))}</b>", st["center"]), Spacer(1, 2 * mm)]
        out.append(clause(self.t("to"), [P(self.t("to_text", n=d["people"]), st["just"])]))
        tasks = paperwork.tasks_end_with_report(list(texts["tasks"]), self.lang)
        out.append(clause(self.t("for"), [self.numbered(tasks)]))
        out += [P(self.t("done"), st["body"]), Spacer(1, 4 * mm)]
        date = self.signing_date() or "................"
        issued = [
            [self.t("issued_at"), ":", self.header["place"] or "................"],
            [self.t("on_date"), ":", date],
        ]
        issued_t = Table(
            issued,
            colWidths=[28 * mm, 4 * mm, 50 * mm],
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 9),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (0, 1), (-1, 1), 0.6, colors.black),
                ]
            ),
        )
        out.append(
            Table(
                [[None, issued_t]],
                colWidths=[w - 82 * mm, 82 * mm],
                style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]),
            )
        )
        out.append(KeepTogether([self.signature(d["commander"], w, place_date="")]))
        copies = texts["copies_to"]
        if copies:
            out += [
                Spacer(1, 4 * mm),
                PX(f"<u>{escape(self.t('copies_to'))}</u>:", st["body"]),
                self.numbered(copies, "body"),
            ]
        return out

    def task_text(self, r: dict) -> str:
        """'P03 Gerbang Utama (danpos; PERS, LAKS)', the command role, or the group and reserve."""
        duty = r["duty"]
        out = []
        if duty["command"]:
            out.append(self.t(duty["command"]))
        if duty.get("tps"):
            out.append(vote_render.tps_task(self, duty))
        for post in duty["posts"]:
            phases = ", ".join(post["phases"]) if post["phases"] else self.t("all_phases")
            role = f"{self.t('danpos').lower()}; " if post["danpos"] else ""
            out.append(f"{post['code']} {post['name']} ({role}{phases})")
        for group in duty.get("leads", []):
            out.append(self.t("group_leader", group=group))
        for group in duty["groups"]:
            if group != duty["reserve"]:
                out.append(self.t("group_member", group=group))
        if duty["reserve"]:
            out.append(self.t("in_reserve", group=duty["reserve"]))
        return "\n".join(out) or "-"

    LIST_SLICE = 80  # rows per table of the Sprin's name list

    def r_sprin_list(self, part: Part) -> list:
        """The Sprin's annex: every person once, grouped by unit in rank order, signed at the end."""
        d, st = part.data, self.st
        w = self.fw(True)
        out = self.annex_head(part) + self.title(self.t("sprin_list"), self.sel.plan.operation.name)
        widths = [9 * mm, 48 * mm, 27 * mm, 44 * mm, 42 * mm, w - 200 * mm, 30 * mm]
        head = [
            "NO",
            self.t("name").upper(),
            self.t("col_rank_nrp"),
            self.t("col_position"),
            self.t("col_unit"),
            self.t("col_task"),
            self.t("col_remarks"),
        ]
        n = 0
        rows: list[list] = []
        unit_rows: set[int] = set()
        for unit in d["units"]:
            unit_rows.add(len(rows))
            title = f"{unit['unit_name'] or self.t('no_unit')} ({len(unit['rows'])})"
            rows.append(["", PX(f"<b>{escape(title)}</b>", self.st["cell"]), "", "", "", "", ""])
            for r in unit["rows"]:
                n += 1
                remarks = []
                if r["origin"]:
                    remarks.append(self.t("bko_from", origin=r["origin"]))
                if r["duty"]["reserve"]:
                    remarks.append(self.t("reserve"))
                rows.append(
                    [
                        str(n),
                        r["name"].upper(),
                        f"{r['rank'] or '-'}\n{r['nrp'] or '-'}",
                        r["position"] or "-",
                        r["unit_name"] or "-",
                        self.task_text(r),
                        "\n".join(remarks),
                    ]
                )
        # in slices: ReportLab splits many shorter tables far faster than one very long one
        for start in range(0, len(rows), self.LIST_SLICE):
            extra = []
            for i in range(start, min(start + self.LIST_SLICE, len(rows))):
                if i in unit_rows:
                    at = i - start + 1
                    extra += [
                        ("SPAN", (1, at), (-1, at)),
                        ("BACKGROUND", (0, at), (-1, at), colors.HexColor("#F2F2F2")),
                        ("FONT", (0, at), (-1, at), FONT_BOLD, 8),
                    ]
            # made when its turn comes: the list holds one slice's cells at a time
            out.append(
                streamed.Deferred(partial(self.table, head, rows[start : start + self.LIST_SLICE], widths, extra))
            )
        out += [Spacer(1, 2 * mm), PX(f"<b>{escape(self.t('grand_total'))}: {n}</b>", st["body"]), Spacer(1, 4 * mm)]
        out.append(KeepTogether([self.signature(d["commander"], w)]))
        return out

    def r_accepted(self, part: Part) -> list:
        """Annex G: accepted warnings with where they apply, the planner's note and when."""
        st = self.st
        w = self.fw(True)
        lang_i = 0 if self.lang == "id" else 1
        out = self.title(self.t("notes_title"), part.data["operation"])  # as shortened for print
        out.append(P(self.t("accepted_sub"), st["subtitle"]))
        out += self.heading(self.t("accepted"))
        if not part.data["rows"]:
            out.append(P(self.t("notes_none"), st["body"]))
            return out
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
            rows.append(
                [
                    str(i),
                    P(r["title"][lang_i], st["cellb"]),
                    r["message"][lang_i],
                    "\n".join(where) or self.t("whole_operation"),
                    r["note"] or "-",
                    when,
                ]
            )
        widths = [9 * mm, 38 * mm, w - 183 * mm, 58 * mm, 52 * mm, 26 * mm]
        out.append(
            self.table(
                ["No", self.t("rule"), self.t("finding"), self.t("concerns"), self.t("note"), self.t("accepted_at")],
                rows,
                widths,
            )
        )
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
                duty = r["duty"] or (f"{r['reserve']} ({self.t('reserve')})" if r.get("reserve") else "-")
                rows.append(
                    [
                        str(i),
                        r["rank"] or "-",
                        r["name"],
                        r["nrp"] or "-",
                        r["position"] or "-",
                        duty,
                        r["phone"] or "-",
                    ]
                )
            total += len(rows)
            out += self.heading(
                f"{unit['unit_name'] or self.t('no_unit')} ({unit['unit'] or '-'}) · "
                f"{self.t('unit_total', n=len(rows))}"
            )
            out.append(
                self.table(
                    [
                        "No",
                        self.t("rank"),
                        self.t("name"),
                        self.t("nrp"),
                        self.t("position"),
                        self.t("assignments"),
                        self.t("phone"),
                    ],
                    rows,
                    [10 * mm, 22 * mm, 42 * mm, 19 * mm, w - 154 * mm, 34 * mm, 27 * mm],
                )
            )
        out.append(Spacer(1, 3 * mm))
        out.append(P(self.t("grand_total") + f": {total}", st["cellb"]))
        return out


def page_context(renderer: Renderer, made: str, copies: int = 1) -> PageContext:
    """The page furniture's data for a print by `renderer` made at `made` (as printed)."""
    hdr, lang = renderer.header, renderer.lang
    ctx = PageContext(
        classification=hdr["classification"],
        operation=hdr["name"] or "-",
        made=made,
        lang=lang,
        labels={
            "made": S.tr("made", lang),
            "revision": S.tr("revision", lang),
            "page_of": S.tr("page_of", lang),
            "copy_of": S.tr("copy_of", lang),
        },
        copies=copies,
    )
    sp = renderer.sel.plan.site_plan
    ctx.image, size = image_reader(sp.image_png if sp else b"")
    renderer._image_size = size  # type: ignore[attr-defined]
    return ctx


def lay_out(
    renderer: Renderer,
    ctx: PageContext,
    parts: Iterable[tuple[int, int, Part]],
    target: BinaryIO,
    *,
    on_part: Callable[[int, int], object] | None = None,
    empty: str = "",
    split_pages: int = 0,
    split: Callable[[RenpamCanvas], BinaryIO] | None = None,
) -> RenpamCanvas | None:
    """Lay out `parts` as (index, numbered copy, part), each from a fresh page, as one PDF into
    `target`; returns the canvas (its page count and page numbers), None when nothing was drawn.

    `on_part(index, page)` is called as each part starts on its page (it may raise `Cancelled`);
    `ctx.on_page` after every page. With no parts at all, the one page says `empty`.

    `split_pages`: a new page that would be the canvas's `split_pages + 1`-th goes into a fresh
    canvas instead, whose PDF `split(full canvas)` returns the target of (after taking the full
    one's): a long part (a district's plotting annex, hundreds of pages) is then held a bounded
    number of pages at a time, and the PDFs joined are the one document. `on_part`'s page is
    within the canvas the part starts in, which is the one returned last.
    """
    lang, options = renderer.lang, renderer.sel.options
    parts_iter = iter(parts)
    head = next(parts_iter, None)
    first_landscape = head is not None and head[2].landscape

    def all_parts() -> Iterator[tuple[int, int, Part]]:
        if head is not None:
            yield head
            yield from parts_iter

    def chunks() -> Iterator[list]:
        orientation = "landscape" if first_landscape else "portrait"
        first = True
        for index, copy, part in all_parts():
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
            chunk.append(PartMarker(index, part.stamp, renderer.label(part), copy))
            shown, shortened = shorten_texts(part.data)  # the stamp stays that of the full data
            chunk += renderer.render(replace(part, data=shown) if shortened else part)  # type: ignore[arg-type]
            if shortened:
                chunk.append(P(S.tr("shortened", lang), renderer.st["small"]))
            yield chunk
        if first:
            ctx.stamp = ""
            yield [PartMarker(0, "-", ""), P(empty, renderer.st["body"])]

    doc = BriefingDocTemplate(
        target,
        ctx,
        options.paper,
        first_landscape=first_landscape,
        title=renderer.header["name"],
        author="Renpam",
        creator="Renpam",
        subject=S.tr("security_plan", lang),
    )
    canvases: list[RenpamCanvas] = []

    def make_canvas(*args, **kw) -> RenpamCanvas:
        c = RenpamCanvas(*args, **kw)
        c.ctx = ctx
        canvases.append(c)
        return c

    if on_part is not None:
        ctx.on_part = lambda index: on_part(index, canvases[-1].getPageNumber())
    if split is not None and split_pages > 0:
        doc.split_pages, doc.split = split_pages, split
    doc.build(LazyStory(chunks()), canvasmaker=make_canvas)
    return canvases[-1] if canvases else None


def generate(
    plan,
    out: str | Path | BinaryIO,
    options: BriefingOptions | None = None,
    progress: Progress | None = None,
    *,
    workers: int | None = None,
) -> GenerationResult:
    """Write the requested documents for `plan` as one PDF to a path or a binary file object.

    Pure: reads the plan, touches nothing else, safe in a worker thread (give it `plan.clone()`
    when the GUI may edit the plan meanwhile). `progress(done, total, message)` is called as parts
    are laid out; returning False (or raising `Cancelled`) stops the build with `Cancelled`, and
    nothing is written to a path. A `desktop.progress.Progress` may be given instead of a callback.

    `workers`: None decides by itself: a small print is laid out here as one document, a large
    one in pieces on every core and joined (`desktop.briefing.parallel`); 1 always lays out one
    document in this process; 2 or more lay out pieces on that many processes; 0 lays out the
    pieces in this process (one core, memory flat in the page count). The document is the same.
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

    def on_part(index: int) -> None:
        if progress is not None:
            keep = progress(index, max(total, index + 1), "")
            if keep is False:
                raise Cancelled()

    on_part(0)  # report the total at once: the first part of a district packet takes seconds to lay out

    def numbered_parts() -> Iterator[tuple[int, int, Part]]:
        index = 0
        for copy in range(1, copies + 1):  # each copy lays the parts out afresh (lazily)
            for part in iter_parts(sel):
                yield index, copy, part
                index += 1

    from desktop.briefing import parallel

    processes = parallel.processes_for(total, workers)
    if processes is not None:
        return parallel.generate_pieces(
            plan, renderer, numbered_parts(), out, S.fmt_stamp_time(made), total, progress, processes
        )
    ctx = page_context(renderer, S.fmt_stamp_time(made), copies)
    state = {"parts": 0, "current": 0}
    namer = Namer()
    printed: list[list] = []  # [key, doc, kind, label, stamp, first page] of copy 1

    def on_page() -> None:
        if progress is not None and progress(state["current"], max(total, state["current"] + 1), "") is False:
            raise Cancelled()

    def on_part_tracked(index: int, page: int) -> None:
        state["current"] = index
        if index < len(printed):
            printed[index][5] = page
        on_part(index)

    def recorded() -> Iterator[tuple[int, int, Part]]:
        for index, copy, part in numbered_parts():
            state["parts"] += 1
            if copy == 1:
                printed.append([*namer.key(part), part.kind, renderer.label(part), part.stamp, 0])
            yield index, copy, part

    ctx.on_page = on_page
    path = Path(out) if isinstance(out, (str, Path)) else None
    buffer = io.BytesIO()
    target: BinaryIO = buffer if isinstance(out, (str, Path)) else out
    canvas = lay_out(renderer, ctx, recorded(), target, on_part=on_part_tracked, empty=S.tr("nothing", lang))
    pages = canvas.pages_done if canvas is not None else 0
    if path is not None:
        from desktop.files import write_atomically

        write_atomically(path, buffer.getvalue())
        logging.getLogger("renpam.print").info("printed %s to %s: %d pages", ", ".join(options.documents), path, pages)
    if progress is not None:
        progress(total, total, "")
    return GenerationResult(pages=pages, parts=state["parts"], printed=[tuple(p) for p in printed])


__all__ = ["GenerationResult", "Progress", "generate", "lay_out", "page_context"]
