"""Benchmark: the full briefing packet of the generated district vs a bare ReportLab script.

    .venv/bin/python tests/bench/bench_briefing.py [--personnel 5000 --posts 2000 --shifts 3]

In one run, side by side: Renpam's packet as it prints by itself (in pieces on every core,
`desktop.briefing.parallel`), the same packet laid out as one document in one process (how it
printed before), and a bare single-process ReportLab script drawing the same number of simple
table pages (a header row and `--rows` rows of six short columns per page, a page footer, nothing
else). Target: the packet takes at most 1.2x the bare script. Then one Polsek's posts alone, and
the peak memory (RSS, each run in a fresh process, counted from when the plan is built) of the
packet of half of the posts and of all of them (the same plan), in one process and in pieces, to
show how memory grows with the page count: this process's peak, and the largest peak of any
worker. `--double` adds the packet of a plan twice the size (in pieces on every core), whose
longest tables (plotting annex, contact list) are twice as long; memory in pieces should stay
flat across all three. `--memory-only` skips the timing, `--pieces-only` the one-process and
this-process memory runs.

`--same-documents` also times the older baseline: plain platypus drawing the packet's own
documents (cover, orders, org chart, plotting, contacts, post sheets, attendance lists).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from desktop.briefing import BriefingOptions, generate
from desktop.briefing.layout import FONT, FONT_BOLD, register_fonts
from desktop.generator import DISTRICTS, generate_large_plan
from desktop.model import Plan


# ---------------------------------------------------------------------------- the bare script
def bare_pages(pages: int, rows: int, out: io.BytesIO) -> int:
    """`pages` pages of one simple table each, in one process with plain ReportLab."""
    register_fonts()
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8),
            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ]
    )

    def on_page(c, doc):
        c.setFont(FONT, 7.5)
        c.drawRightString(c._pagesize[0] - 15 * mm, 14 * mm, f"Halaman {c.getPageNumber()}")

    doc = BaseDocTemplate(out, pagesize=A4)
    frame = Frame(20 * mm, 22 * mm, A4[0] - 35 * mm, A4[1] - 46 * mm)
    doc.addPageTemplates(PageTemplate(id="p", frames=[frame], onPage=on_page))
    story: list = []
    for i in range(pages):
        data = [["No", "Pangkat", "Nama", "NRP", "Satuan", "Pos"]] + [
            [str(k), "BRIPTU", f"Anggota {i}-{k}", f"9{i:05d}{k:02d}", "Sat Samapta", f"TPS {k:03d}"]
            for k in range(1, rows + 1)
        ]
        widths = [10 * mm, 20 * mm, 50 * mm, 22 * mm, 45 * mm, 25 * mm]
        story += [Table(data, colWidths=widths, style=style, repeatRows=1), PageBreak()]
    doc.build(story[:-1])
    return doc.page


# ---------------------------------------------------------------------------- the older baseline
def baseline(plan: Plan, out: io.BytesIO) -> int:
    """Draw the packet's tables and pages with plain ReportLab; returns the page count."""
    register_fonts()
    body = ParagraphStyle("b", fontName=FONT, fontSize=9.5, leading=12.5)
    cell = ParagraphStyle("c", fontName=FONT, fontSize=8, leading=9.6)
    head = ParagraphStyle("h", fontName=FONT_BOLD, fontSize=8, leading=9.6)
    title = ParagraphStyle("t", fontName=FONT_BOLD, fontSize=12, leading=15)
    style = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ]
    )
    op = plan.operation
    cls = op.classification

    def on_page(c, doc):
        w, h = c._pagesize
        c.setFont(FONT_BOLD, 11)
        c.drawCentredString(w / 2, h - 11 * mm, cls)
        c.drawCentredString(w / 2, 8 * mm, cls)
        c.setFont(FONT, 7.5)
        c.drawString(20 * mm, h - 16 * mm, op.name)
        c.drawRightString(w - 15 * mm, 14 * mm, f"Halaman {c.getPageNumber()}")

    doc = BaseDocTemplate(out, pagesize=A4)
    for name, size in (("p", A4), ("l", landscape(A4))):
        frame = Frame(20 * mm, 22 * mm, size[0] - 35 * mm, size[1] - 46 * mm, id=name)
        doc.addPageTemplates(PageTemplate(id=name, frames=[frame], onPage=on_page, pagesize=size))

    def c(x, w):  # the same rule as Renpam: a plain string when it fits, else a wrapping paragraph
        x = str(x)
        if "<" not in x and all(stringWidth(line, FONT, 8) <= w - 6.5 for line in x.split("\n")):
            return x
        return Paragraph(x, cell)

    def t(rows, widths):
        return LongTable(
            [[Paragraph(str(x), head) for x in rows[0]]] + [[c(x, w) for x, w in zip(r, widths)] for r in rows[1:]],
            colWidths=widths,
            repeatRows=1,
            style=style,
        )

    def person(pid):
        p = plan.personnel[pid]
        return f"{p.rank} {p.name}, NRP {p.nrp}"

    story: list = [
        Paragraph("RENCANA PENGAMANAN", title),
        Paragraph(op.name, title),
        t([["", ""], ["Tempat", op.venue], ["Waktu", str(op.start)]], [40 * mm, 120 * mm]),
        PageBreak(),
    ]
    for key in ("situation", "mission", "execution", "rules", "contingency", "logistics", "communications"):
        story += [Paragraph(key.upper(), title), Paragraph(getattr(op, key) or "-", body)]
    shifts = list(plan.shifts.values())
    posts = list(plan.posts.values())
    boxes = []
    for post in posts:
        lines = [post.code + " " + post.name]
        for s in shifts:
            d = plan.danpos(post.code, s.code)
            if post.manned_in(s.code):
                lines.append(f"{s.code}: {d.rank + ' ' + d.name if d else '-'}")
        boxes.append("<br/>".join(lines))
    story += [
        PageBreak(),
        Paragraph("STRUKTUR ORGANISASI", title),
        t(
            [["", "", "", ""]]
            + [boxes[i : i + 4] + [""] * (4 - len(boxes[i : i + 4])) for i in range(0, len(boxes), 4)],
            [43 * mm] * 4,
        ),
    ]

    class Markers(Flowable):
        def wrap(self, aw, ah):
            return 180 * mm, 120 * mm

        def draw(self):
            self.canv.rect(0, 0, 180 * mm, 120 * mm)
            self.canv.setFont(FONT_BOLD, 4)
            for i, p in enumerate(posts, start=1):
                x, y = p.x * 180 * mm, (1 - p.y) * 120 * mm
                self.canv.circle(x, y, 2.2)
                self.canv.drawCentredString(x, y - 1.4, str(i))

    class MapBox(Flowable):  # the post's place on the plan: a framed grid with one marker
        def wrap(self, aw, ah):
            return 76 * mm, 54 * mm

        def draw(self):
            c = self.canv
            for i in range(21):
                c.line(i * 3.8 * mm, 0, i * 3.8 * mm, 54 * mm)
                c.line(0, i * 2.7 * mm, 76 * mm, i * 2.7 * mm)
            c.rect(0, 0, 76 * mm, 54 * mm)
            c.circle(38 * mm, 27 * mm, 10)

    story += [
        NextPageTemplate("l"),
        PageBreak(),
        Paragraph("SKETSA", title),
        Markers(),
        t(
            [["No", "Kode", "Pos", "Ring"]] + [[i, p.code, p.name, p.ring or "-"] for i, p in enumerate(posts, 1)],
            [10 * mm, 30 * mm, 100 * mm, 15 * mm],
        ),
    ]
    rows = [["No", "Pos", "Ring", "Shift", "Danpos", "Anggota", "Jml"]]
    contacts = [["No", "Nama", "NRP", "Satuan", "Jabatan", "Kanal", "Sandi", "Telepon"]]
    seen = set()
    for post in posts:
        for s in shifts:
            if not post.manned_in(s.code):
                continue
            at = plan.assignments_at(post.code, s.code)
            dan = [a for a in at if a.role == "danpos"]
            mem = [a for a in at if a.role != "danpos"]
            rows.append(
                [
                    len(rows),
                    f"{post.code} {post.name}",
                    post.ring or "-",
                    s.code,
                    person(dan[0].person) if dan else "-",
                    "<br/>".join(f"{k}. {person(a.person)}" for k, a in enumerate(mem, 1)),
                    len(at),
                ]
            )
            if dan and dan[0].person not in seen:
                seen.add(dan[0].person)
                p = plan.personnel[dan[0].person]
                contacts.append(
                    [
                        len(contacts),
                        f"{p.rank} {p.name}",
                        p.nrp,
                        p.unit,
                        f"danpos {post.code}",
                        post.radio_channel,
                        p.callsign,
                        p.phone,
                    ]
                )
    story += [
        PageBreak(),
        Paragraph("PLOTTING PERSONEL", title),
        t(rows, [9 * mm, 52 * mm, 12 * mm, 24 * mm, 56 * mm, 102 * mm, 12 * mm]),
        PageBreak(),
        Paragraph("KONTAK", title),
        t(contacts, [9 * mm, 50 * mm, 22 * mm, 40 * mm, 61 * mm, 28 * mm, 27 * mm, 30 * mm]),
        NextPageTemplate("p"),
    ]
    for post in posts:
        for s in shifts:
            if not post.manned_in(s.code):
                continue
            people = [["No", "Peran", "Pangkat", "Nama", "NRP", "Satuan", "Telepon"]]
            for k, a in enumerate(plan.assignments_at(post.code, s.code), 1):
                p = plan.personnel[a.person]
                people.append([k, a.role, p.rank, p.name, p.nrp, p.unit, p.phone])
            d = plan.danpos(post.code, s.code)
            fc = plan.personnel.get(op.field_commander or "")
            facts = [
                ["", ""],
                ["Ring", post.ring or "-"],
                ["Jenis", post.kind],
                ["Lokasi", post.district],
                ["Kanal", post.radio_channel],
                ["Danpos", f"{d.rank} {d.name}" if d else "-"],
                ["Kekuatan", f"{len(people) - 1} orang"],
                ["Lapor kepada", f"{fc.rank} {fc.name}" if fc else "-"],
            ]
            story += [
                PageBreak(),
                Paragraph("LAMPIRAN E<br/>NOMOR ...<br/>TANGGAL ...", body),
                Paragraph(f"LEMBAR POS {post.code}", title),
                Paragraph(post.name, title),
                Paragraph(f"{s.code} {s.name} {s.start}-{s.end}", body),
                t(facts, [26 * mm, 69 * mm]),
                MapBox(),
                Paragraph("Personel", head),
                t(people, [7 * mm, 15 * mm, 17 * mm, 37 * mm, 19 * mm, 53 * mm, 27 * mm]),
                Paragraph("Tugas dan perintah", head),
                Paragraph(post.tasks or "-", body),
                Paragraph("Peralatan", head),
                Paragraph(post.equipment or "-", body),
            ]
    for unit in plan.units:
        members = plan.people_sorted_by_rank([p for p in plan.personnel.values() if p.unit == unit])
        for s in shifts:
            rows = [["No", "Pangkat", "Nama", "NRP", "Pos", "Tanda tangan", "Ket."]]
            for p in members:
                mine = [a for a in plan.assignments_of(p.id) if a.shift == s.code]
                rows.append(
                    [
                        len(rows),
                        p.rank,
                        p.name,
                        p.nrp,
                        ", ".join(a.post for a in mine) or "-",
                        f"\n\n{len(rows)}. ........",
                        "",
                    ]
                )
            if len(rows) > 1:
                story += [
                    PageBreak(),
                    Paragraph("LAMPIRAN F<br/>NOMOR ...<br/>TANGGAL ...", body),
                    Paragraph(f"DAFTAR HADIR APEL {unit} {s.code}", title),
                    t(rows, [7 * mm, 17 * mm, 48 * mm, 17 * mm, 40 * mm, 34 * mm, 12 * mm]),
                    Paragraph(f"Jumlah personel: {len(rows) - 1}", body),
                    Paragraph("Yang memeriksa<br/><br/><br/>..........", body),
                ]
    doc.build(story)
    return doc.page


# ---------------------------------------------------------------------------- measurements
def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def status(field: str) -> int:
    """A figure of this process's memory from /proc (Linux), in kB: VmRSS now, VmHWM its peak."""
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(field + ":"))


def child(personnel: int, posts: int, shifts: int, workers: int | None, share: int) -> None:
    """One packet (of the first 1/share of the posts) in this fresh process; prints pages,
    seconds and peak memory as JSON."""
    plan = generate_large_plan(personnel=personnel, posts=posts, shifts=shifts, assign=True)
    codes = list(plan.posts)
    options = BriefingOptions(posts=tuple(codes[: len(codes) // share]) if share > 1 else ())
    register_fonts()
    before = status("VmRSS")
    with open("/proc/self/clear_refs", "w") as f:  # the peak from here on, not the plan's generation
        f.write("5")
    out = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-briefing-{os.getpid()}.pdf"
    result, seconds = timed(lambda: generate(plan, out, options, workers=workers))
    out.unlink()
    peak = status("VmHWM")
    workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        json.dumps({"pages": result.pages, "seconds": seconds, "before": before, "peak": peak, "workers": workers_peak})
    )


def measure(personnel: int, posts: int, shifts: int, workers: int | None, share: int) -> dict:
    argv = [sys.executable, __file__, "--child", "--personnel", str(personnel), "--posts", str(posts)]
    argv += ["--share", str(share)]
    argv += ["--shifts", str(shifts)] + (["--workers", str(workers)] if workers is not None else [])
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--personnel", type=int, default=5000)
    parser.add_argument("--posts", type=int, default=2000)
    parser.add_argument("--shifts", type=int, default=3)
    parser.add_argument("--rows", type=int, default=30, help="table rows on a page of the bare script")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory runs")
    parser.add_argument("--memory-only", action="store_true", help="only the memory runs")
    parser.add_argument("--pieces-only", action="store_true", help="memory runs in pieces on every core only")
    parser.add_argument("--double", action="store_true", help="also the memory of a plan twice the size")
    parser.add_argument("--no-serial", action="store_true", help="skip the one-process packet")
    parser.add_argument("--same-documents", action="store_true", help="also time the older same-documents baseline")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--share", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.personnel, args.posts, args.shifts, args.workers, args.share)
        return

    if not args.memory_only:
        timing(args)
    if not args.no_memory:
        memory(args)


def timing(args: argparse.Namespace) -> None:
    plan, seconds = timed(
        lambda: generate_large_plan(personnel=args.personnel, posts=args.posts, shifts=args.shifts, assign=True)
    )
    print(
        f"plan: {len(plan.personnel)} people, {len(plan.posts)} posts, {len(plan.shifts)} shifts, "
        f"{len(plan.assignments)} assignments (built in {seconds:.1f} s); {os.cpu_count()} cores"
    )
    register_fonts()

    ours_buf = io.BytesIO()
    result, ours = timed(lambda: generate(plan, ours_buf, BriefingOptions()))
    print(
        f"renpam packet (every core): {result.pages:6d} pages  {ours:7.1f} s  {len(ours_buf.getvalue()) / 1e6:6.1f} MB"
    )
    ours_buf = io.BytesIO()
    base_pages, base = timed(lambda: bare_pages(result.pages, args.rows, ours_buf))
    print(f"bare ReportLab script:      {base_pages:6d} pages  {base:7.1f} s  {len(ours_buf.getvalue()) / 1e6:6.1f} MB")
    if not args.no_serial:
        one_buf = io.BytesIO()
        one, serial = timed(lambda: generate(plan, one_buf, BriefingOptions(), workers=1))
        print(
            f"renpam packet (one process):{one.pages:6d} pages  {serial:7.1f} s  {len(one_buf.getvalue()) / 1e6:6.1f} MB"
        )
        print(f"ratio one process / bare: {serial / base:.2f}x (one core)")
    ratio = ours / base
    print(f"ratio every core / bare: {ratio:.2f}x (target <= 1.2x) -> {'OK' if ratio <= 1.2 else 'OVER TARGET'}")

    polsek = tuple(p.code for p in plan.posts.values() if p.district == DISTRICTS[0])
    part, seconds = timed(lambda: generate(plan, io.BytesIO(), BriefingOptions(posts=polsek)))
    print(f"one Polsek ({DISTRICTS[0]}, {len(polsek)} posts): {part.pages} pages in {seconds:.1f} s")
    if args.same_documents:
        same_pages, same = timed(lambda: baseline(plan, io.BytesIO()))
        print(f"older same-documents baseline: {same_pages} pages {same:.1f} s")


def memory(args: argparse.Namespace) -> None:
    print("peak memory (RSS, fresh process each, the same plan) vs pages: half of the posts, then all:")
    modes = ((1, "one process"), (0, "pieces, this process"), (None, "pieces, every core"))
    for workers, name in modes[2:] if args.pieces_only else modes:
        sizes = [(args.personnel, args.posts, 2), (args.personnel, args.posts, 1)]
        if args.double and workers is None:
            sizes.append((2 * args.personnel, 2 * args.posts, 1))
        for personnel, posts, share in sizes:
            m = measure(personnel, posts, args.shifts, workers, share)
            grown = m["peak"] - m["before"]
            print(
                f"  {name:22s} {m['pages']:6d} pages  {m['seconds']:6.1f} s  main peak {m['peak'] / 1e3:6.0f} MB "
                f"(+{grown / 1e3:5.0f} MB while printing, {grown / max(m['pages'], 1):5.1f} kB/page)  "
                f"worker peak {m['workers'] / 1e3:5.0f} MB"
            )


if __name__ == "__main__":
    main()
