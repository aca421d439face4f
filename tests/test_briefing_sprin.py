"""The Surat Perintah and the naskah dinas marks, read back from real PDFs: the name list holds
every person on duty once with rank and NRP, kop and annex headers sit on the right pages, the
strength figures agree across cover, kekuatan table and name list, no page is blank, and both
languages are complete."""

from __future__ import annotations

import io
import re
from datetime import datetime

import pytest
from pypdf import PdfReader

from desktop.briefing import BriefingOptions, generate
from desktop.briefing.strength import on_duty
from desktop.cli import main
from desktop.model import DEFAULT_TZ, Person, Plan
from desktop.storage import open_operation_file, save_plan

MADE = datetime(2024, 11, 26, 16, 45, tzinfo=DEFAULT_TZ)


def pages_text(data: bytes | str) -> list[str]:
    reader = PdfReader(io.BytesIO(data) if isinstance(data, bytes) else data)
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def build(plan: Plan, **kw) -> list[str]:
    buf = io.BytesIO()
    generate(plan, buf, BriefingOptions(generated_at=MADE, **kw))
    return pages_text(buf.getvalue())


def signed(plan: Plan) -> Plan:
    """The demo with its kop, place and day of signing and the Sprin's number filled in."""
    plan.set_setting("kop", ["Kepolisian Negara Republik Indonesia", "Daerah Jawa Barat", "Resor Purwakarta"])
    plan.set_setting("place", "Purwakarta")
    plan.set_setting("signed_on", "2024-11-26")
    plan.set_setting("letter_numbers", {"sprin": {"serial": "1234", "code": "OPS.1.1"}})
    return plan


def furniture_free(text: str, plan: Plan) -> str:
    """A page's text without what every page carries (classification, header, footer)."""
    text = text.replace(plan.operation.name, "")
    text = re.sub(r"(Dicetak|Printed): \S+ \S+ \S+", "", text)
    text = re.sub(r"(Revisi|Revision): \w+", "", text)
    text = re.sub(r"(Halaman|Page) \d+ (dari|of) \d+", "", text)
    return text.replace(plan.operation.classification.replace("_", " "), "").strip()


def test_sprin_name_list_holds_everyone_on_duty_once_with_rank_and_nrp(demo_plan, tmp_path):
    """`renpam print --doc sprin` lists every assigned person, both commanders and the groups' people exactly once,
    with rank and NRP; somebody on the roster without a duty is not on it."""
    demo_plan.put_person(Person("off", "Tidak Bertugas", nrp="90010001", rank="Bripda", unit="SAMAPTA"))
    demo_file = tmp_path / "demo.renpam"
    save_plan(demo_plan, demo_file)
    out = tmp_path / "sprin.pdf"
    assert main(["print", str(demo_file), "-o", str(out), "--doc", "sprin"]) == 0
    pages = pages_text(str(out))
    plan = open_operation_file(demo_file).plan
    annex = [t for t in pages if "DAFTAR NAMA PERSONEL" in t or "PANGKAT/NRP" in t]
    assert annex and pages[0] not in annex
    text = " ".join(annex)
    assert f"Jumlah: {len(on_duty(plan))}" in text
    text = text[: text.index("Jumlah:")]  # the list, without the signature block under it
    assert (
        text.index("ARIEF BUDIMAN") < text.index("DEDI SUPRIATNA") < text.index("RUDI HARTAWAN")
    )  # units by seniority
    people = {a.person for a in plan.assignments.values()} | {plan.operation.commander, plan.operation.field_commander}
    for group in plan.groups.values():  # group commanders and reserves off the posts are on duty too
        people |= {group.commander, *group.members}
    assert set(on_duty(plan)) == people
    for pid in people:
        person = plan.personnel[pid]
        assert text.count(person.name.upper()) == 1, person.name
        if person.nrp:
            assert text.count(person.nrp) == 1, person.name
            assert re.search(rf"{re.escape(person.name.upper())} {re.escape(person.rank)} {person.nrp}", text), (
                person.name
            )
    unposted = set(plan.personnel) - people
    assert unposted and not any(plan.personnel[pid].name.upper() in text for pid in unposted)


def test_sprin_order_reads_like_a_surat_perintah(demo_plan):
    """Kop, title, number builder, Pertimbangan, Dasar, DIPERINTAHKAN, Kepada, Untuk ending with the report, Selesai, Tembusan."""
    first = build(demo_plan, documents=("sprin",))[0]
    assert re.search(r"Nomor: B/Sprin/\.+/XI/\.+/2024", first)  # blanks with dots until filled
    for word in (
        "SURAT PERINTAH",
        "Pertimbangan",
        "Dasar",
        "Undang-Undang Nomor 2 Tahun 2002",
        "Nomor 9 Tahun 1998",
        "Nomor 16 Tahun 2006",
        "DIPERINTAHKAN",
        "Kepada",
        "Personel sebagaimana tercantum dalam lampiran",
        "Untuk",
        "Selesai.",
        "Dikeluarkan di",
        "pada tanggal",
        "Tembusan",
    ):
        assert word in first, word
    untuk = first[first.index("Untuk") : first.index("Selesai.")]
    assert untuk.rstrip().endswith("melaporkan hasilnya kepada pejabat yang memberi perintah.")
    pages = build(signed(demo_plan), documents=("sprin",))
    assert "KEPOLISIAN NEGARA REPUBLIK INDONESIA DAERAH JAWA BARAT RESOR PURWAKARTA" in pages[0]
    assert "Nomor: B/Sprin/1234/XI/OPS.1.1/2024" in pages[0]
    assert (
        "Purwakarta 26 November 2024" in pages[0].replace(":", "").replace("  ", " ")
        or "Dikeluarkan di : Purwakarta pada tanggal : 26 November 2024" in pages[0]
    )
    annex = next(t for t in pages if "DAFTAR NAMA PERSONEL" in t)
    assert "RESOR PURWAKARTA" in annex
    assert (
        "LAMPIRAN SURAT PERINTAH KAPOLRES PURWAKARTA NOMOR : B/Sprin/1234/XI/OPS.1.1/2024 TANGGAL : 26 NOVEMBER 2024"
        in annex
    )
    assert "Purwakarta, 26 November 2024 KAPOLRES PURWAKARTA" in pages[-1]  # place and date before the signature


def test_planner_edits_to_basis_and_tasks_are_printed_and_the_report_stays_last(demo_plan):
    """A planner's own Dasar and Untuk replace the defaults; the report on completion is added when missing."""
    demo_plan.set_setting(
        "sprin",
        {"basis": ["Renops Mantap Praja Lodaya 2024."], "tasks": ["Berjaga di pos."], "copies_to": ["Kapolda Jabar"]},
    )
    first = build(demo_plan, documents=("sprin",))[0]
    assert "Renops Mantap Praja Lodaya 2024." in first and "Undang-Undang Nomor 9" not in first
    assert re.search(r"1\. Berjaga di pos\. 2\. Setelah selesai melaksanakan tugas", first)
    assert "Kapolda Jabar" in first and "Karoops" not in first


def test_packet_kop_annex_headers_and_printed_mark(demo_plan):
    """The kop is on the cover, the order's first page and each annex; annex headers are in capitals; the footer says Dicetak."""
    pages = build(signed(demo_plan), posts=("P00", "P01"))
    kop = "KEPOLISIAN NEGARA REPUBLIK INDONESIA DAERAH JAWA BARAT RESOR PURWAKARTA"
    assert kop in pages[0] and kop in pages[1]
    for letter, title in (
        ("A", "STRUKTUR ORGANISASI"),
        ("B", "SKETSA"),
        ("C", "PLOTTING"),
        ("D", "DAFTAR KONTAK"),
        ("E", "LEMBAR POS"),
        ("F", "DAFTAR HADIR"),
    ):
        first = next(t for t in pages if f'LAMPIRAN "{letter}"' in t)
        assert title in first and kop in first
        assert f'LAMPIRAN "{letter}" RENCANA PENGAMANAN KAPOLRES PURWAKARTA' in first
        assert "TANGGAL : 26 NOVEMBER 2024" in first
    assert all("Dicetak: 26-11-2024 16.45 WIB" in t and "Dibuat" not in t for t in pages)
    assert sum("Purwakarta, 26 November 2024 KAPOLRES PURWAKARTA" in t for t in pages) >= 2  # cover and closing


def test_strength_agrees_across_cover_kekuatan_table_and_sprin_list(demo_plan):
    """People are counted once: the cover, the kekuatan total and the name list give the same number; per phase says so."""
    n = len(on_duty(demo_plan))
    person_phase = len(demo_plan.assignments)
    assert person_phase > n
    pages = build(demo_plan, posts=("P00",), documents=("packet", "sprin"))
    whole = " ".join(pages)
    assert f"{n} personel, 14 pos" in pages[0]
    kekuatan = next(t for t in pages if "b. Kekuatan" in t)
    assert re.search(rf"Jumlah \d+ \d+ \d+ \d+ {n} \d+ \d+", kekuatan)
    assert "Personel per tahap" in kekuatan
    assert f"Jumlah: {n}" in whole  # the Sprin's list
    assert f"lampiran Surat Perintah ini ({n} orang)" in whole


def test_order_body_numbers_only_written_sections(demo_plan):
    """I PENDAHULUAN ... VII PENUTUP; a section the planner has not written is left out, not printed empty."""
    text = " ".join(build(demo_plan, posts=("P00",))[1:5])
    for heading in (
        "I. PENDAHULUAN",
        "II. SITUASI",
        "III. TUGAS POKOK",
        "IV. PELAKSANAAN",
        "V. ADMINISTRASI DAN LOGISTIK",
        "VI. KOMANDO DAN PENGENDALIAN",
        "VII. PENUTUP",
    ):
        assert heading in text, heading
    assert "(belum diisi)" not in text
    demo_plan.set_operation(logistics="", situation="")
    text = " ".join(build(demo_plan, posts=("P00",))[1:5])
    assert "SITUASI" not in text and "ADMINISTRASI" not in text
    assert "II. TUGAS POKOK" in text and "V. PENUTUP" in text


def test_sangat_rahasia_prints_on_every_page_and_survives_the_file(tmp_path, demo_plan):
    """The fourth classification level is stored, exported and printed top and bottom as 'SANGAT RAHASIA'."""
    demo_plan.set_operation(classification="SANGAT_RAHASIA")
    path = tmp_path / "sr.renpam"
    save_plan(demo_plan, path)
    assert open_operation_file(path).plan.operation.classification == "SANGAT_RAHASIA"
    assert main(["export", str(path), "-o", str(tmp_path / "sr.json")]) == 0
    assert main(["new", str(tmp_path / "again.renpam"), "--from", str(tmp_path / "sr.json")]) == 0
    pages = build(demo_plan, documents=("sprin",))
    assert all(t.count("SANGAT RAHASIA") >= 2 for t in pages)
    assert "R/Sprin/" in pages[0]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_page_is_blank(demo_plan, lang):
    """Every page of the Sprin, the notes and a landscape-first document carries more than its furniture."""
    for docs in (("sprin",), ("notes",), ("sprin", "notes")):
        pages = build(demo_plan, documents=docs, lang=lang)
        assert all(len(furniture_free(t, demo_plan)) > 30 for t in pages), docs


def test_english_sprin_is_complete(demo_plan):
    """The English Sprin has every part in English, with the legal basis kept in its Indonesian titles."""
    pages = build(signed(demo_plan), documents=("sprin",), lang="en")
    first = pages[0]
    for word in (
        "ORDER (SURAT PERINTAH)",
        "Number: B/Sprin/1234",
        "Considering",
        "Basis",
        "IT IS ORDERED",
        "To",
        "The personnel listed in the annex",
        "For",
        "Report the result to the issuing officer",
        "End of order.",
        "Issued at",
        "Copies to",
    ):
        assert word in first, word
    for word in ("Pertimbangan", "DIPERINTAHKAN", "Tembusan", "Dikeluarkan"):
        assert word not in first, word
    annex = " ".join(pages[1:])
    assert "ANNEX TO THE ORDER OF KAPOLRES PURWAKARTA" in annex and "NAME LIST" in annex and "RANK/NRP" in annex
    assert "all phases" in annex and "semua tahap" not in annex and "Printed:" in annex


def test_paperwork_verb_sets_kop_numbers_and_refuses_out_of_bounds(demo_file, tmp_path, capsys):
    """`renpam paperwork` stores the kop, place, day and number parts in the file; a bad value exits 2 and changes nothing."""
    args = [
        "paperwork",
        str(demo_file),
        "--kop",
        "Kepolisian Negara Republik Indonesia",
        "--kop",
        "Daerah Jawa Barat",
        "--kop",
        "Resor Purwakarta",
        "--place",
        "Purwakarta",
        "--signed-on",
        "2024-11-26",
        "--number",
        "sprin:serial=1234",
        "--number",
        "sprin:code=OPS.1.1",
        "--task",
        "Berjaga.",
        "--json",
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert '"sprin": "B/Sprin/1234/XI/OPS.1.1/2024"' in out and '"signed_on": "2024-11-26"' in out
    before = demo_file.read_bytes()
    for bad in (
        ["--number", "sprin:serial=12/3"],
        ["--signed-on", "26-11-2024"],
        ["--kop", "a", "--kop", "b", "--kop", "c", "--kop", "d"],
        ["--place", "x" * 500],
        ["--number", "memo:serial=1"],
    ):
        assert main(["paperwork", str(demo_file), *bad]) == 2, bad
        assert "renpam paperwork:" in capsys.readouterr().err
    assert demo_file.read_bytes() == before
    out_pdf = tmp_path / "s.pdf"
    assert main(["print", str(demo_file), "-o", str(out_pdf), "--doc", "sprin"]) == 0
    first = pages_text(str(out_pdf))[0]
    assert "RESOR PURWAKARTA" in first and "B/Sprin/1234/XI/OPS.1.1/2024" in first
    assert "1. Berjaga. 2. Setelah selesai" in first
    assert main(["paperwork", str(demo_file), "--contact", "Polres Subang; Kabag Ops; 0260-1234"]) == 0
    assert main(["paperwork", str(demo_file), "--contact", "a;b;c;d;e"]) == 2
    assert main(["print", str(demo_file), "-o", str(out_pdf), "--post", "P00"]) == 0
    contacts = " ".join(t for t in pages_text(str(out_pdf)) if "Lampiran D" in t)
    assert "Polres Subang Kabag Ops 0260-1234" in contacts and "RSUD Bayu Asih" not in contacts


def test_post_sheets_plotting_and_slips_list_a_person_once_per_post_with_phases(demo_plan):
    """When nobody changes between phases a post has one sheet, one plotting row and one slip per person,
    naming the phases; a change in one phase splits that post back into per-phase sheets."""
    sheets = build(demo_plan, documents=("posts",))
    p03 = [t for t in sheets if "LEMBAR POS P03" in t]
    assert len(p03) == 1 and "PERS, LAKS, KONS" in p03[0]
    posted = {(a.person, a.post) for a in demo_plan.assignments.values()}
    slips = " ".join(build(demo_plan, documents=("slips",)))
    assert slips.count("KARTU PENUGASAN") == len(posted) < len(demo_plan.assignments)
    plotting = " ".join(t for t in build(demo_plan, posts=("P03",)) if "PLOTTING" in t or "Plotting" in t)
    assert plotting.count("Wawan Hermawan") == 1
    demo_plan.unassign(
        next(a.person for a in demo_plan.assignments_at("P03", "KONS") if a.role == "anggota"), "P03", "KONS"
    )
    p03 = [t for t in build(demo_plan, documents=("posts",), posts=("P03",))]
    assert len(p03) == 3 and all("PERS, LAKS" not in t for t in p03)


def test_order_sets_out_the_dalmas_ladder_with_the_plans_groups(demo_plan):
    """For an audience or demonstration, 'Cara bertindak' lists green / yellow / red with the groups that act
    and who takes command (Kapolsek, Kapolres, Kapolda), in both languages."""
    text = " ".join(build(demo_plan, posts=("P00",))[1:5])
    ladder = text[text.index("Cara bertindak menurut situasi") :]
    assert ladder.index("Hijau") < ladder.index("Kuning") < ladder.index("Merah")
    assert (
        "Dalmas awal dan negosiator (Iptu Tatang Sudrajat)" in ladder and "Cadangan Dalmas lanjut (Aipda Jaka" in ladder
    )
    assert "Kapolsek" in ladder and "Kapolres" in ladder and "Kapolda" in ladder
    en = " ".join(build(demo_plan, posts=("P00",), lang="en")[1:5])
    assert "Course of action by situation" in en and "Disorderly: Dalmas lanjut takes over in place" in en
    demo_plan.set_operation(kind="pemilu")
    assert "Cara bertindak menurut situasi" not in " ".join(build(demo_plan, posts=("P00",))[1:5])


@pytest.mark.parametrize("paper,lang", [("A4", "id"), ("F4", "id"), ("Letter", "en")])
def test_whole_demo_output_has_no_blank_page_on_any_paper(demo_plan, paper, lang):
    """Packet, Sprin, notes, slips and roster together: every page carries content beyond its furniture
    (the site plan's scale line stays with the drawing on F4)."""
    pages = build(demo_plan, documents=("packet", "sprin", "notes", "slips", "roster"), lang=lang, paper=paper)
    thin = [i for i, t in enumerate(pages, start=1) if len(furniture_free(t, demo_plan)) < 40]
    assert not thin
    siteplan = next(t for t in pages if "SKETSA" in t or "SITE PLAN" in t)
    assert "batang skala 50 m" in siteplan


def test_every_printed_word_exists_in_both_languages_with_the_same_placeholders():
    """The documents' word table has an Indonesian and an English text for every key, filling the same values."""
    from string import Formatter

    from desktop.briefing import strings

    for key, (id_text, en_text) in strings._T.items():
        assert id_text.strip() and en_text.strip(), key
        fields = lambda t: sorted(f for _, f, _, _ in Formatter().parse(t) if f)  # noqa: E731
        assert fields(id_text) == fields(en_text), key
