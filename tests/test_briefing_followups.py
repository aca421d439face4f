"""Briefing follow-ups read back from real PDFs: the planner's notes (accepted warnings), the site-plan legend
header, numbered copies (library, `renpam print --copies`) and the print dialog's paper and copies."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import datetime

import pytest
from pypdf import PdfReader

from desktop.briefing import BriefingOptions, generate
from desktop.cli import main
from desktop.model import DEFAULT_TZ, Plan
from desktop.validation import validate

MADE = datetime(2024, 12, 3, 16, 45, tzinfo=DEFAULT_TZ)
ACCEPTED_AT = datetime(2024, 12, 2, 9, 30, tzinfo=DEFAULT_TZ)
NOTE = "Dua Linmas saja, sudah disepakati dengan kepala desa"


def pages_text(data: bytes | str) -> list[str]:
    reader = PdfReader(io.BytesIO(data) if isinstance(data, bytes) else data)
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def build(plan: Plan, **kw) -> list[str]:
    buf = io.BytesIO()
    generate(plan, buf, BriefingOptions(generated_at=MADE, **kw))
    return pages_text(buf.getvalue())


def with_accepted_warnings(plan: Plan) -> Plan:
    """The demo with P00 over its maximum in every shift and no field commander, all accepted."""
    plan.put_post(replace(plan.posts["P00"], min_staff=2, max_staff=2))
    plan.set_operation(field_commander=None)
    for f in validate(plan):
        if f.severity == "warning":
            plan.accept_finding(f.key, NOTE if f.post else "Wakapolres berhalangan, Kabag Ops memimpin", ACCEPTED_AT)
    return plan


def annex_pages(pages: list[str], title: str) -> list[str]:
    return [t for t in pages if title in t]


def test_accepted_warnings_print_as_planners_notes_in_both_languages(demo_plan):
    """`--doc notes` lists every accepted warning with its rule, message, where, note and time, in Indonesian and English."""
    plan = with_accepted_warnings(demo_plan)
    accepted = [f for f in validate(plan) if f.accepted]
    assert len(accepted) == 4
    pages = build(plan, documents=("notes",))
    assert "CATATAN PERENCANA" in pages[0] and "CATATAN PENERIMAAN PERINGATAN" in pages[0]
    assert not any("LAMPIRAN" in t for t in pages)
    text = " ".join(pages)
    assert "Pos kelebihan personel" in text and "Komandan lapangan belum ditetapkan" in text
    assert "Pos P00 Posko Pengamanan" in text and "Sif LAKS" in text and "Seluruh operasi" in text
    assert "kepala desa" in text and "Kabag Ops memimpin" in text and "02-12-2024 09.30 WIB" in text
    assert "Jumlah peringatan yang diterima: 4" in text
    assert all("kelebihan" in text and f.message_id.split(":")[0][:30] in text for f in accepted if f.post)
    en = " ".join(build(plan, lang="en", documents=("notes",)))
    assert "PLANNER'S NOTES" in en and "Post above maximum staff" in en and "Accepted warnings: 4" in en
    assert "Whole operation" in en and "kepala desa" in en


def test_the_signed_packet_carries_no_accepted_warnings(demo_plan):
    """Accepted warnings never reach the packet the commander signs; the notes say so when there are none."""
    plan = with_accepted_warnings(demo_plan)
    pages = build(plan, posts=("P00",))
    assert 'LAMPIRAN "F"' in pages[-1] and not annex_pages(pages, "CATATAN PENERIMAAN PERINGATAN")
    assert not any("kepala desa" in t for t in pages)
    plan.accepted.clear()
    notes = build(plan, documents=("notes",))
    assert len(notes) == 1 and "Tidak ada peringatan yang diterima." in notes[0]


def test_annex_stamp_follows_its_content_not_the_language(demo_plan):
    """The annex's revision stamp is the same in both languages and changes when a note changes."""
    plan = with_accepted_warnings(demo_plan)

    def stamp(pages: list[str], title: str) -> str:
        return re.search(r"(?:Revisi|Revision): (\w{8})", annex_pages(pages, title)[0]).group(1)

    few = ("P00",)
    notes = ("notes",)
    id_stamp = stamp(build(plan, posts=few, documents=notes), "CATATAN PENERIMAAN")
    assert id_stamp == stamp(build(plan, lang="en", posts=few, documents=notes), "ACCEPTED WARNINGS")
    key = next(iter(plan.accepted))
    plan.accept_finding(key, "Catatan lain", ACCEPTED_AT)
    assert stamp(build(plan, posts=few, documents=notes), "CATATAN PENERIMAAN") != id_stamp


def test_annex_follows_the_shift_filter(demo_plan):
    """Printing one shift lists only that shift's accepted warnings (and the operation-wide one)."""
    plan = with_accepted_warnings(demo_plan)
    text = " ".join(
        annex_pages(build(plan, shifts=("LAKS",), posts=("P00",), documents=("notes",)), "CATATAN PENERIMAAN")
    )
    assert "Sif LAKS" in text and "Sif KONS" not in text and "Sif PERS" not in text
    assert "Jumlah peringatan yang diterima: 2" in text


def test_site_plan_legend_header_does_not_wrap(demo_plan):
    """The legend's code column is wide enough for its header: 'Kode' / 'Code' on one line."""
    for lang, header in (("id", "Kode Pos Ring"), ("en", "Code Post Ring")):  # markers carry the codes
        pages = build(demo_plan, lang=lang, posts=("P00", "P01", "P02"))
        siteplan = next(t for t in pages if ("SKETSA" in t if lang == "id" else "SITE PLAN" in t))
        assert header in siteplan


def page_marks(text: str) -> tuple[int, int, int, int]:
    copy = re.search(r"(?:Salinan ke-|Copy )(\d+) (?:dari|of) (\d+)", text)
    page = re.search(r"(?:Halaman|Page) (\d+) (?:dari|of) (\d+)", text)
    return int(copy.group(1)), int(copy.group(2)), int(page.group(1)), int(page.group(2))


def test_numbered_copies_restart_page_numbers(demo_plan):
    """Three copies make one PDF of three equal runs, each page marked with its copy and its page within it."""
    few = dict(documents=("posts", "roster"), shifts=("LAKS",), posts=("P01", "P02", "P03"))
    single = build(demo_plan, **few)
    assert not any("Salinan ke-" in t for t in single)
    pages = build(demo_plan, copies=3, **few)
    n = len(single)
    assert len(pages) == 3 * n
    for i, text in enumerate(pages):
        assert page_marks(text) == (i // n + 1, 3, i % n + 1, n)
        assert "TERBATAS" in text
    assert [re.sub(r"Salinan ke-\d dari 3 ", "", t) for t in pages[n : 2 * n]] == [
        re.sub(r"Salinan ke-\d dari 3 ", "", t) for t in pages[2 * n :]
    ]
    en = build(demo_plan, documents=("slips",), lang="en", copies=2, shifts=("LAKS",))
    assert page_marks(en[0])[:3] == (1, 2, 1) and page_marks(en[-1])[:3] == (2, 2, len(en) // 2)


def test_copies_out_of_range_are_refused(demo_plan):
    """Zero copies is a ValueError, not an empty PDF."""
    with pytest.raises(ValueError, match="copies"):
        build(demo_plan, copies=0)


def test_cli_copies(demo_file, tmp_path, capsys):
    """`renpam print --copies 2 --paper F4` writes two numbered copies on F4; --copies 0 exits 2."""
    out = tmp_path / "two.pdf"
    assert main(["print", str(demo_file), "-o", str(out), "--doc", "attendance", "--copies", "2", "--paper", "F4"]) == 0
    assert "2 numbered copies" in capsys.readouterr().out
    pages = pages_text(str(out))
    half = len(pages) // 2
    assert len(pages) == 2 * half and page_marks(pages[0]) == (1, 2, 1, half)
    assert page_marks(pages[half]) == (2, 2, 1, half) and page_marks(pages[-1]) == (2, 2, half, half)
    box = PdfReader(str(out)).pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 215 and round(float(box.height) / 72 * 25.4) == 330
    assert main(["print", str(demo_file), "-o", str(tmp_path / "none.pdf"), "--copies", "0"]) == 2
    assert not (tmp_path / "none.pdf").exists()


def test_dialog_paper_is_remembered_and_copies_reach_the_pdf(qtbot, demo_plan, tmp_path):
    """The dialog's paper choice is kept for the next dialog; its copies spin box numbers the preview's copies."""
    from desktop.storage import OperationDocument
    from ui.print_dialog import PrintDialog

    dlg = PrintDialog(OperationDocument(demo_plan))
    qtbot.addWidget(dlg)
    assert dlg.paper_box.currentData() == "A4" and dlg.copies_box.value() == 1
    dlg.paper_box.setCurrentIndex(dlg.paper_box.findData("Letter"))
    dlg.copies_box.setValue(2)
    dlg.set_checked(dlg.doc_list, {"posts"})
    dlg.set_checked(dlg.shift_list, {"LAKS"})
    dlg.set_checked(dlg.post_list, {"P01", "P02"})
    assert dlg.options().paper == "Letter" and dlg.options().copies == 2
    with qtbot.waitSignal(dlg.preview_ready, timeout=30000) as blocker:
        dlg.start_generation()
    assert blocker.args == [4]
    pages = pages_text(dlg.pdf_bytes)
    assert [page_marks(t) for t in pages] == [(1, 2, 1, 2), (1, 2, 2, 2), (2, 2, 1, 2), (2, 2, 2, 2)]
    box = PdfReader(io.BytesIO(dlg.pdf_bytes)).pages[0].mediabox
    assert round(float(box.width)) == 612 and round(float(box.height)) == 792  # US Letter in points
    dlg.grab().save(str(tmp_path / "print_dialog.png"))
    dlg.done(0)

    again = PrintDialog(OperationDocument(demo_plan))
    qtbot.addWidget(again)
    assert again.paper_box.currentData() == "Letter" and again.copies_box.value() == 1
    again.done(0)
