"""Lay out what a vote's documents add (`desktop.briefing.vote`): the Rekap pola pengamanan TPS,
the plotting per TPS cluster, the TPS post sheet's facts, the command chart's Polsek boxes and
the TPS numbers of the Sprin's name list. Functions of the `Renderer` (its words, styles and
tables), kept apart so that `render.py` stays the documents' driver."""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from desktop import vocabulary
from desktop.briefing import strings as S
from desktop.briefing.layout import CELL_PADDING, FONT, FONT_BOLD, HEAD_BG, PX, OrgBox, OrgRow, P, fit_lines

if TYPE_CHECKING:
    from desktop.briefing.content import Part
    from desktop.briefing.render import Renderer

MAX_CLUSTERS_LISTED = 24  # a Polsek box names this many clusters, then counts the rest
MAX_POSTS_LISTED = 8


def category_name(r: Renderer, category: str) -> str:
    if not category:
        return r.t("no_category")
    return vocabulary.label(vocabulary.TPS_CATEGORY, category, r.lang)


def notation(r: Renderer, text: str) -> str:
    """'police-tps-linmas' as 'Polri-TPS-Linmas'."""
    names = vocabulary.notation_words(text)
    return names.id if r.lang == "id" else names.en


def short_category(r: Renderer, category: str) -> str:
    """A category as a narrow column's heading ("very vuln."); the pattern line spells it out."""
    key = f"rekap_{category}"
    return r.t(key) if S.has(key) else category_name(r, category)


def pattern_line(r: Renderer, pattern: dict | None) -> str:
    """'Pola yang berlaku: Pola 2024, ditulis Polri-TPS-Linmas: kurang rawan 2-4-8 · rawan 2-2-4'."""
    if pattern is None:
        return r.t("rekap_no_pattern")
    line = r.t("rekap_pattern", name=pattern["name"], notation=notation(r, pattern["notation"]))
    rows = " · ".join(f"{category_name(r, c)} {written}" for c, written in pattern["rows"])
    return f"{line}: {rows}" if rows else line


# ---------------------------------------------------------------------------- rekap
def rekap(r: Renderer, part: Part) -> list:
    """Annex C of a vote: per kecamatan under its Polsek (with the Polsek's sum when it covers
    several) and for the Polres: TPS per category, clusters, the police and Linmas the pattern
    requires, has and lacks, and the reserve held against the share required; one landscape page,
    note included, for up to about twenty rows (a district of seventeen kecamatan, one Polsek
    each), then it goes on over the next pages with its headings."""
    d, st = part.data, r.st
    w = r.fw(True)
    out = r.annex_head(part) + r.title(r.t("rekap"), d["operation"])
    out += [P(pattern_line(r, d["pattern"]), st["body"]), Spacer(1, 2 * mm)]
    if not d["polsek"]:
        return out + [P(r.t("rekap_no_tps"), st["body"])]
    cats = d["categories"]
    n = len(cats)
    # Each heading word whole on a line ("Kurang", "KLASTER", "CLUSTERS" in bold), "Polsek Babakancikao" on one
    # line; the categories share what is left (four of them about 15 mm each).
    fixed = [8 * mm, 34 * mm, 24 * mm]
    tail = [13 * mm, 20 * mm] + [12.5 * mm, 12.5 * mm, 14.5 * mm] * 2 + [12 * mm] * 2
    cat_w = (w - sum(fixed) - sum(tail)) / max(n, 1)
    widths = fixed + [cat_w] * n + tail
    top = ["NO", r.t("col_polsek"), r.t("col_district"), r.t("col_tps")] + [""] * n
    top += [r.t("col_clusters"), r.t("col_police"), "", "", r.t("col_linmas"), "", "", r.t("col_reserve_upper"), ""]
    sub = ["", "", ""] + [P(short_category(r, c), r.st["head"]) for c in cats] + [r.t("col_tps_total"), ""]
    sub += [r.t("col_need"), r.t("col_have"), r.t("col_short")] * 2 + [r.t("col_have"), r.t("col_need")]

    def figures(c: dict) -> list[str]:
        return (
            [str(x) for x in c["tps"]]
            + [str(c["tps_total"]), str(c["clusters"])]
            + [str(x) for x in c["police"] + c["linmas"]]
        )

    rows: list[list] = [sub]
    sums: list[int] = []  # rows of a Polsek's sum over its kecamatan
    i = 0
    for polsek in d["polsek"]:
        name = polsek["name"] or r.t("no_polsek")
        held, need = polsek["reserve"]
        for k, district in enumerate(polsek["districts"]):
            i += 1
            last = k == len(polsek["districts"]) - 1 and len(polsek["districts"]) == 1
            reserve = [str(held), str(need)] if last else ["", ""]
            rows.append([str(i), name if k == 0 else "", district["district"] or "-"] + figures(district) + reserve)
        if len(polsek["districts"]) > 1:
            sums.append(len(rows) + 1)  # the table's row: its first is the header
            rows.append(
                ["", r.t("rekap_polsek_total", name=name), ""] + figures(polsek["total"]) + [str(held), str(need)]
            )
    held, need = d["reserve"]
    rows.append(["", r.t("rekap_total"), ""] + figures(d["total"]) + [str(held), str(need)])
    c0 = 3 + n  # the column after the categories: total TPS
    spans = [
        ("SPAN", (0, 0), (0, 1)),
        ("SPAN", (1, 0), (1, 1)),
        ("SPAN", (2, 0), (2, 1)),
        ("SPAN", (3, 0), (c0, 0)),
        ("SPAN", (c0 + 1, 0), (c0 + 1, 1)),
        ("SPAN", (c0 + 2, 0), (c0 + 4, 0)),
        ("SPAN", (c0 + 5, 0), (c0 + 7, 0)),
        ("SPAN", (c0 + 8, 0), (c0 + 9, 0)),
        ("SPAN", (1, -1), (2, -1)),
        ("BACKGROUND", (0, 1), (-1, 1), HEAD_BG),
        ("FONT", (0, 1), (-1, 1), FONT_BOLD, 8),
        ("ALIGN", (3, 0), (-1, 1), "CENTER"),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("BACKGROUND", (0, -1), (-1, -1), HEAD_BG),
        ("FONT", (0, -1), (-1, -1), FONT_BOLD, 8),
        ("FONT", (c0 + 4, 2), (c0 + 4, -1), FONT_BOLD, 8),
        ("FONT", (c0 + 7, 2), (c0 + 7, -1), FONT_BOLD, 8),
        ("TOPPADDING", (0, 2), (-1, -1), 1.5),  # figures on one line: compact rows, more on the page
        ("BOTTOMPADDING", (0, 2), (-1, -1), 2),
    ]
    for at in sums:
        spans += [("SPAN", (1, at), (2, at)), ("FONT", (0, at), (-1, at), FONT_BOLD, 8)]
    center = tuple([0] + list(range(3, c0 + 10)))
    out.append(r.table(top, rows, widths, spans, repeat=2, center=center))
    note = r.t("rekap_note", share=f"{d['reserve_share']:g}")
    out += [Spacer(1, 1.5 * mm), P(note, st["small"])]
    return out


# ---------------------------------------------------------------------------- plotting
PEOPLE_WIDTHS = (48 * mm, 31 * mm, 38 * mm)  # the plotting's NAMA, PANGKAT/NRP and KESATUAN columns


def side_by_side(people: list[tuple[str, ...]], widths: tuple[float, ...]) -> list[str]:
    """Each person's texts (name, rank/NRP, unit) as one cell per column, the lines of one person
    starting on the same line in every column: a text broken over two lines (a long unit name)
    pushes the next person down in all of them, so a name is read beside its own unit."""
    columns: list[list[str]] = [[] for _ in widths]
    for texts in people:
        broken = [fit_lines(t, FONT, 8, w - CELL_PADDING) for t, w in zip(texts, widths)]
        height = max(len(lines) for lines in broken)
        for column, lines in zip(columns, broken):
            column += lines + [""] * (height - len(lines))
    return ["\n".join(column) or "-" for column in columns]


def remarks(r: Renderer, row: dict) -> str:
    notes = []
    if row["tps"] and not row["police"]:
        notes.append(r.t("plot_no_police"))
    if row["need_police"] is not None and row["need_police"] > len(row["police"]) and row["police"]:
        notes.append(r.t("plot_short_police", n=row["need_police"] - len(row["police"])))
    if row["need_linmas"] is not None and row["need_linmas"] > row["linmas"]:
        notes.append(r.t("plot_short_linmas", n=row["need_linmas"] - row["linmas"]))
    if row["others"] > row["linmas"]:
        notes.append(r.t("plot_others", n=row["others"] - row["linmas"]))
    if row["shifts"] and not row["tps"]:  # a TPS duty is its phase; other posts say when they are manned
        notes.append(r.t("plot_shifts", shifts=", ".join(row["shifts"])))
    return "\n".join(notes)


def plotting(r: Renderer, part: Part) -> list:
    """A vote's plotting for one Polsek: one row per TPS cluster (the police pair, the TPS with
    their villages, categories, the pattern as written, the Linmas) and per other post."""
    d, st = part.data, r.st
    w = r.fw(True)
    out = r.annex_head(part) + r.title(
        r.t("plotting"), f"{d['unit_name'] or r.t('no_polsek')} · {r.sel.plan.operation.name}"
    )
    if not d["rows"]:
        return out + [P(r.t("no_assignments"), st["body"])]
    rows = []
    short: set[int] = set()
    police = linmas = tps = 0
    for i, row in enumerate(d["rows"], start=1):
        people = row["police"]
        where = row["where"]
        if row["cluster"]:
            where += "\n" + r.t("plot_cluster", cluster=row["cluster"])
        if row["tps"]:
            kind = ", ".join(category_name(r, c) for c in row["categories"]) or r.t("no_category")
            tps += len(row["posts"])
        else:
            kind = vocabulary.label(vocabulary.POST_KIND, row["kind"], r.lang)
        note = remarks(r, row)
        if row["tps"] and not people:
            short.add(i)
        names, ranks, units = side_by_side(
            [
                (
                    p["name"].upper() + (" *" if p["role"] == "danpos" else ""),
                    f"{p['rank'] or '-'} / {p['nrp'] or '-'}",
                    p["unit_name"] or "-",
                )
                for p in people
            ],
            PEOPLE_WIDTHS,
        )
        rows.append(
            [
                str(i),
                names,
                ranks,
                units,
                where,
                kind,
                "\n".join(row["pattern"]) or "-",
                str(row["linmas"]) + (f" / {row['need_linmas']}" if row["need_linmas"] is not None else ""),
                note,
            ]
        )
        police += len(people)
        linmas += row["linmas"]
    widths = [9 * mm, *PEOPLE_WIDTHS, w - 217 * mm, 24 * mm, 18 * mm, 15 * mm, 34 * mm]
    head = [
        "NO",
        r.t("col_name"),
        r.t("col_rank_nrp"),
        r.t("col_unit"),
        r.t("col_tps"),
        r.t("col_category"),
        r.t("col_pattern"),
        r.t("col_linmas"),
        r.t("col_remarks"),
    ]
    extra = [("TEXTCOLOR", (8, i), (8, i), colors.HexColor("#B00020")) for i in sorted(short)]
    out += [  # the totals and the key to "*" above the table: after it they could stand alone on a page
        PX(f"<b>{escape(r.t('plot_total', police=police, linmas=linmas, tps=tps))}</b>", st["body"]),
        P(f"* {r.t('danpos').lower()}", st["small"]),
        Spacer(1, 2 * mm),
        r.table(head, rows, widths, extra, center=(0, 6, 7)),
    ]
    return out


# ---------------------------------------------------------------------------- TPS post sheet
def tps_facts(r: Renderer, tps: dict, facts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The TPS post sheet's facts: no ring line; Polsek, category, pattern, cluster with its other
    TPS, DPT and the escort route after the post's kind."""
    ring = r.t("ring")
    out = [f for f in facts if f[0] != ring]
    kind_at = next((i for i, f in enumerate(out) if f[0] == r.t("kind")), 0) + 1
    pattern = tps["pattern"]
    if pattern and tps["notation"]:
        pattern += f" ({notation(r, tps['notation'])}; {tps['pattern_name']})"
    cluster = tps["cluster"] or "-"
    routes = "\n".join(f"{e['code']} {e['name']}: {e['route'] or '-'}".strip() for e in tps["escorts"])
    voters = tps["voters"]
    added = [
        (r.t("polsek"), tps["polsek"] or r.t("no_polsek")),
        (r.t("tps_category"), category_name(r, tps["category"])),
        (r.t("tps_pattern"), pattern or "-"),
        (r.t("tps_cluster"), cluster),
        (r.t("tps_neighbours"), tps["neighbours"] or "-"),
        (r.t("tps_voters"), r.t("tps_voters_value", n=voters) if voters is not None else "-"),
        (r.t("escort_route"), routes or "-"),
    ]
    return out[:kind_at] + added + out[kind_at:]


# ---------------------------------------------------------------------------- command chart
def polsek_rows(r: Renderer, boxes: list[dict], width: float) -> list:
    """The chart's Polsek: one box each (commander, TPS and clusters, other posts), four a row."""
    per_row = 4
    out = []
    for i in range(0, len(boxes), per_row):
        row = []
        for b in boxes[i : i + per_row]:
            cdr = b["commander"]
            lines = [f"{r.t('polsek_cdr')}: {r.person_line(cdr, nrp=False) if cdr else '-'}"]
            if b["tps"]:
                lines.append(r.t("polsek_tps", n=b["tps"], c=len(b["clusters"])))
                lines.append(" · ".join(f"{category_name(r, c)} {n}" for c, n in b["categories"]))
            if b["clusters"]:
                shown = b["clusters"][:MAX_CLUSTERS_LISTED]
                more = len(b["clusters"]) - len(shown)
                lines.append(r.t("polsek_clusters", clusters=", ".join(shown) + (f" (+{more})" if more else "")))
            for name, n, held_at in b.get("reserves", []):
                lines.append(
                    r.t("polsek_reserve", name=name, n=n) + (f", {r.t('held_at').lower()} {held_at}" if held_at else "")
                )
            if b["posts"]:
                shown = [f"{code} {name}".strip() for code, name in b["posts"][:MAX_POSTS_LISTED]]
                more = len(b["posts"]) - len(shown)
                lines.append(r.t("polsek_posts", posts="; ".join(shown) + (f" (+{more})" if more else "")))
            row.append(OrgBox(b["name"] or r.t("no_polsek"), lines))
        out.append(OrgRow(row, width, per_row, r.t("polsek_heading") if i == 0 else ""))
    return out


# ---------------------------------------------------------------------------- Sprin
def tps_task(r: Renderer, duty: dict) -> str:
    """'TPS 001, 002 Desa Sukamaju, Kec. Bungursari (danpos)'."""
    return duty["tps"] + (f" ({r.t('danpos').lower()})" if duty.get("tps_danpos") else "")
