"""Printed documents read back from real PDFs: people, posts, classification, page numbers, stamps."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from desktop.briefing import BriefingOptions, Cancelled, generate
from desktop.briefing.content import Selection, attendance_parts
from desktop.briefing.render import Renderer
from desktop.model import DEFAULT_TZ, Operation, Person, Plan, Post, Shift, Unit
from desktop.ranks import rank_level

MADE = datetime(2024, 12, 3, 16, 45, tzinfo=DEFAULT_TZ)


def pages_text(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def build(plan: Plan, **kw) -> tuple[bytes, object]:
    buf = io.BytesIO()
    result = generate(plan, buf, BriefingOptions(generated_at=MADE, **kw))
    return buf.getvalue(), result


def long_plan() -> Plan:
    """An operation with very long names and texts, accents, placeholders and a BKO unit."""
    plan = Plan()
    start = datetime(2025, 3, 1, 6, 0, tzinfo=DEFAULT_TZ)
    long_text = (
        "Pengamanan berlapis dengan koordinasi lintas satuan, termasuk pengaturan arus kendaraan, "
        "pemeriksaan badan dan barang, serta pemantauan media sosial secara terus-menerus. "
    ) * 12
    units = [
        Unit(
            "SAMAPTA",
            "Satuan Samapta Kepolisian Resor Kota Besar dengan Nama Satuan yang Sangat Panjang "
            "Sekali untuk Menguji Pembungkusan Teks",
            "POLRI",
        ),
        Unit("BKO-BRIMOB", "Detasemen Gegana Satuan Brimob Polda Jawa Barat (BKO) — Kompi Pengendalian Massa", "POLRI"),
        Unit("LINMAS", "Perlindungan Masyarakat Kecamatan Bojongsoang", "LINMAS"),
    ]
    shifts = [
        Shift(
            "PAGI",
            "Shift pagi: persiapan, pengamanan pembukaan acara dan pengaturan lalu lintas",
            start,
            start + timedelta(hours=8),
        ),
        Shift("MALAM", "Shift malam", start + timedelta(hours=8), start + timedelta(hours=20)),
    ]
    posts = [
        Post(
            code=f"POS-{i:02d}",
            name=f"Pos Pengamanan Gerbang Tenggara Kompleks Stadion Gelora Bandung Lautan "
            f"Api Nomor {i} (Pemeriksaan Badan, Barang Bawaan dan Tiket Penonton Tribun Selatan)",
            ring=("I", "II", "III")[i % 3],
            kind="gerbang",
            x=0.1 + i * 0.15,
            y=0.2 + i * 0.1,
            min_staff=2,
            tasks=long_text,
            equipment="HT, metal detector, tali pembatas, " * 10,
            radio_channel=f"Kanal {i} Pengamanan Stadion",
        )
        for i in range(1, 6)
    ]
    ranks = [
        "Kombes Pol",
        "AKBP",
        "Kompol",
        "AKP",
        "Iptu",
        "Ipda",
        "Aiptu",
        "Aipda",
        "Bripka",
        "Brigpol",
        "Briptu",
        "Bripda",
        "Bharada",
    ]
    people = []
    for i in range(26):
        unit = "LINMAS" if i >= 22 else ("BKO-BRIMOB" if i % 4 == 3 else "SAMAPTA")
        rank = "Anggota Linmas" if unit == "LINMAS" else ranks[i % len(ranks)]
        people.append(
            Person(
                id=f"x{i:02d}",
                name=f"Raden Muhammad Ŝéñõr Abdurrahman Wahid Prawiranegara Sastroamidjojo {i:02d}",
                nrp="" if unit == "LINMAS" else f"8{i:01d}0{i % 9}{1000 + i}"[:8],
                rank=rank,
                unit=unit,
                position="Kepala Sub Bagian Perencanaan dan Pengendalian Operasi Kepolisian Resor Kota Besar",
                phone=f"0812-0000-{i:04d}",
                callsign=f"Garuda-{i}",
            )
        )
    op = Operation(
        name="Operasi Pengamanan Pertandingan Final Liga Sepak Bola Nasional antara Persib Bandung "
        "dan Persija Jakarta di Stadion Gelora Bandung Lautan Api, Kabupaten Bandung, dengan "
        "Pengamanan Terpadu TNI-Polri dan Pemerintah Daerah",
        kind="event",
        venue="Stadion Gelora Bandung Lautan Api (GBLA), Kecamatan Gedebage, Kota Bandung",
        address="Jl. Rancanumpang, Gedebage, Kota Bandung, Jawa Barat 40295",
        start=start,
        end=start + timedelta(hours=20),
        classification="RAHASIA",
        situation=long_text,
        mission=long_text,
        execution=long_text,
        rules=long_text,
        contingency=long_text,
        logistics=long_text,
        communications=long_text,
        commander="x00",
        field_commander="x01",
    )
    plan.load(operation=op, units=units, personnel=people, shifts=shifts, posts=posts)
    k = 2
    for shift in ("PAGI", "MALAM"):
        for post in posts:
            for j in range(2):
                plan.assign(
                    people[k % 24 + 2].id if k % 24 + 2 < 26 else people[2].id,
                    post.code,
                    shift,
                    "danpos" if j == 0 else "anggota",
                )
                k += 1
    plan.add_placeholders("POS-01", "PAGI", "LINMAS", 2)
    return plan


def assigned_names(plan: Plan) -> set[str]:
    return {plan.personnel[a.person].name for a in plan.assignments.values()}


@pytest.mark.parametrize("lang,page_word", [("id", "Halaman {n} dari {t}"), ("en", "Page {n} of {t}")])
def test_demo_packet_lists_everyone_on_numbered_classified_pages(demo_plan, lang, page_word):
    """The demo packet names every assigned person and every post, with classification and page X of Y on each page."""
    data, result = build(demo_plan, lang=lang)
    texts = pages_text(data)
    assert len(texts) == result.pages > 40
    whole = squash(" ".join(texts))
    for name in assigned_names(demo_plan):
        assert squash(name) in whole
    for post in demo_plan.posts.values():
        assert squash(post.name) in whole and post.code in whole
    for n, text in enumerate(texts, start=1):
        assert text.count("TERBATAS") >= 2, f"page {n}"
        assert page_word.format(n=n, t=len(texts)) in text, f"page {n}"
    cover = texts[0]
    assert "AJUN KOMISARIS BESAR POLISI NRP" in cover and "ARIEF BUDIMAN" in cover
    expected = (
        ("RENCANA PENGAMANAN", "PLOTTING PERSONEL", "DAFTAR HADIR APEL")
        if lang == "id"
        else ("SECURITY PLAN", "DEPLOYMENT TABLE", "ROLL-CALL ATTENDANCE SHEET")
    )
    for word in expected:
        assert word in " ".join(texts)


@pytest.mark.parametrize("doc", ["posts", "slips", "attendance", "roster"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_document_of_the_long_plan_is_complete(doc, lang):
    """Every document of an operation with very long names and texts keeps every person, marking and page number."""
    plan = long_plan()
    data, result = build(plan, documents=(doc,), lang=lang)
    texts = pages_text(data)
    assert len(texts) == result.pages >= 1
    whole = squash(" ".join(texts))
    names = assigned_names(plan) if doc in ("posts", "slips") else {p.name for p in plan.personnel.values()}
    for name in names:
        assert squash(name) in whole, name
    if doc == "posts":
        for post in plan.posts.values():
            assert squash(post.name) in whole
        assert squash(plan.posts["POS-01"].tasks.strip()) in whole  # long tasks wrap, nothing cut off
    word = "Halaman {n} dari {t}" if lang == "id" else "Page {n} of {t}"
    for n, text in enumerate(texts, start=1):
        assert text.count("RAHASIA") >= 2
        assert word.format(n=n, t=len(texts)) in text
        assert "Operasi Pengamanan Pertandingan Final" in text  # operation name in every header


def test_long_plan_packet_keeps_placeholders_and_orders_text():
    """The long plan's packet prints the 'name to follow' places and every word of the long order sections."""
    plan = long_plan()
    data, _ = build(plan)
    whole = " ".join(pages_text(data))
    assert "(nama menyusul)" in whole
    assert squash(plan.operation.execution.strip()) in squash(whole)
    for post in plan.posts.values():
        assert squash(post.name) in squash(whole)


def test_revision_stamp_is_stable_and_follows_the_content(demo_plan):
    """Same plan gives the same stamps; editing one post's tasks changes only that post's sheet."""
    stamps = lambda data: [re.search(r"Revisi: (\w{8})", t).group(1) for t in pages_text(data)]  # noqa: E731
    first, _ = build(demo_plan, documents=("posts",))
    again, _ = build(demo_plan.clone(), documents=("posts",))
    assert stamps(first) == stamps(again)
    edited = demo_plan.clone()
    post = edited.posts["P05"]
    post.tasks += " Tambahan: awasi drone."
    edited.put_post(post)
    changed, _ = build(edited, documents=("posts",))
    texts = pages_text(changed)
    before, after = stamps(first), stamps(changed)
    diffs = [i for i, (a, b) in enumerate(zip(before, after)) if a != b]
    assert diffs and all("P05" in texts[i] for i in diffs)
    assert len(diffs) == 1  # one sheet for the post: its people do not change between phases


def test_filters_limit_the_post_sheets(demo_plan):
    """--shift/--post filters print only those post sheets."""
    data, result = build(demo_plan, documents=("posts",), shifts=("LAKS",), posts=("P03", "P06"))
    texts = pages_text(data)
    assert result.parts == 2
    assert "LEMBAR POS P03" in " ".join(texts) and "LEMBAR POS P06" in " ".join(texts)
    assert "LEMBAR POS P01" not in " ".join(texts)
    with pytest.raises(ValueError):
        build(demo_plan, shifts=("NOPE",))


def test_roster_is_sorted_by_rank_ladder(demo_plan):
    """Within a unit the roster lists the highest rank first, following the Polri ladder."""
    data, _ = build(demo_plan, documents=("roster",), units=("SAMAPTA",))
    text = " ".join(pages_text(data))
    people = [p for p in demo_plan.personnel.values() if p.unit == "SAMAPTA"]
    positions = sorted(people, key=lambda p: text.index(p.name))
    levels = [rank_level(p.rank) for p in positions]
    assert levels == sorted(levels, reverse=True)
    assert "%d orang" % len(people) in text


def first_attendance_table(plan):
    """The first attendance list's table as laid out, with its part."""
    sel = Selection(plan, BriefingOptions(documents=("attendance",)))
    part = next(attendance_parts(sel))
    renderer = Renderer(sel, "id")
    renderer._image_size = (0, 0)
    return next(f for f in renderer.render(part) if type(f).__name__ == "LongTable"), part


def test_attendance_rows_leave_room_to_sign(demo_plan):
    """Every name row of the attendance sheet is at least 12 mm high."""
    table, part = first_attendance_table(demo_plan)
    table.wrap(175 * mm, 250 * mm)
    assert len(table._rowHeights) == len(part.data["rows"]) + 1
    assert min(table._rowHeights[1:]) >= 12 * mm


def test_pages_are_landscape_where_tables_are_wide_and_fonts_are_bundled(demo_plan, tmp_path):
    """The plotting table and site plan are landscape; only the bundled DejaVu fonts are embedded."""
    out = tmp_path / "packet.pdf"
    generate(demo_plan, out, BriefingOptions(generated_at=MADE))
    reader = PdfReader(out)
    orientation = {}
    used = set()
    for page in reader.pages:
        text = page.extract_text()
        box = page.mediabox
        if "PLOTTING PERSONEL" in text:
            orientation["plotting"] = box.width > box.height
        if "LEMBAR POS" in text:
            orientation["post"] = box.width > box.height
        content = page.get_contents().get_data().decode("latin-1")
        for key, font in page["/Resources"]["/Font"].items():
            if re.search(re.escape(key) + r"\s+[\d.]+\s+Tf", content):
                used.add(str(font.get_object()["/BaseFont"]))
    assert orientation == {"plotting": True, "post": False}
    # ReportLab lists Helvetica as a resource of every page, but no text is set in it.
    assert used and all("DejaVuSans" in f for f in used)


def test_progress_can_cancel_and_nothing_is_written(demo_plan, tmp_path):
    """A progress callback returning False stops generation with Cancelled and leaves no file."""
    seen = []

    def progress(done, total, message):
        seen.append((done, total))
        return done < 5

    out = tmp_path / "x.pdf"
    with pytest.raises(Cancelled):
        generate(demo_plan, out, BriefingOptions(), progress)
    assert not out.exists() and not list(tmp_path.iterdir())
    assert seen[-1][0] == 5 and all(t >= d for d, t in seen)


def test_empty_plan_still_prints_a_marked_page():
    """A plan with nothing in it prints pages that still carry the classification and page numbers."""
    plan = Plan()
    plan.set_operation(name="Operasi Kosong")
    data, result = build(plan, documents=("slips",))
    texts = pages_text(data)
    assert result.pages == 1 and "TERBATAS" in texts[0] and "Halaman 1 dari 1" in texts[0]


@pytest.mark.parametrize("paper,size_mm", [("F4", (215, 330)), ("Letter", (215.9, 279.4))])
def test_other_paper_sizes_keep_everything(paper, size_mm):
    """On F4 and Letter paper the long plan's packet keeps every person, post and page number."""
    plan = long_plan()
    data, _result = build(plan, paper=paper)
    reader = PdfReader(io.BytesIO(data))
    sizes = {
        tuple(sorted((round(float(p.mediabox.width) / 72 * 25.4, 1), round(float(p.mediabox.height) / 72 * 25.4, 1))))
        for p in reader.pages
    }
    assert sizes == {tuple(sorted(size_mm))}
    texts = pages_text(data)
    whole = squash(" ".join(texts))
    for name in assigned_names(plan):
        assert squash(name) in whole
    for post in plan.posts.values():
        assert squash(post.name) in whole
    assert all(f"Halaman {n} dari {len(texts)}" in t for n, t in enumerate(texts, start=1))
    with pytest.raises(ValueError):
        build(plan, paper="B5")


def test_progress_reports_the_total_before_the_first_part_is_laid_out(demo_plan, tmp_path):
    """The first report comes before any layout work, so a long packet shows progress at once."""
    seen = []

    def progress(done, total, message):
        seen.append((done, total))
        return False  # stop at the first report

    with pytest.raises(Cancelled):
        generate(demo_plan, tmp_path / "x.pdf", BriefingOptions(), progress)
    assert len(seen) == 1 and seen[0][0] == 0 and seen[0][1] > 1


def test_a_radio_net_of_a_thousand_posts_spreads_over_rows_instead_of_outgrowing_a_page():
    """A district's one TPS net lists every post: its codes go over several rows of the contact
    list, so the packet prints (ReportLab refused a cell taller than a page)."""
    from desktop.model import Plan, Post, Shift

    plan = Plan()
    plan.put_shift(Shift("S1", "Pengamanan TPS"))
    for i in range(1, 401):  # long codes: a single cell of them would be twice a page's height
        plan.put_post(Post(f"TPS-KECAMATAN-PURWAKARTA-{i:04d}", f"TPS {i:03d}", kind="tps", radio_channel="TPS 1"))
    buf = io.BytesIO()
    generate(plan, buf, BriefingOptions(), workers=1)
    text = " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(buf.getvalue())).pages)
    assert "TPS-KECAMATAN-PURWAKARTA-0001," in text and "TPS-KECAMATAN-PURWAKARTA-0400" in text
