"""The printouts of a vote (operation kind "pemilu"), read back from real PDFs: the packet Polsek
by Polsek, the Rekap pola pengamanan TPS, the TPS post sheet, the chart's Polsek boxes and the
Sprin's name list with TPS numbers."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from fractions import Fraction

import pytest
from pypdf import PdfReader

from desktop.briefing import BriefingOptions, generate
from desktop.briefing.strength import on_duty
from desktop.cli import main
from desktop.generator import generate_large_plan
from desktop.model import TPS_CATEGORIES, Group, PatternRow, Person, Plan, Post, StaffingPattern
from desktop.planning.sectors import Sectors
from desktop.storage import save_plan

PATTERN = StaffingPattern(
    "Pola Pilkada 2024",
    {"kurang_rawan": PatternRow(2, 4, 8), "rawan": PatternRow(2, 2, 4), "sangat_rawan": PatternRow(2, 1, 2)},
)
HEADER = re.compile(r"(Polsek \w+) · (?:Lampiran|Annex) (\w)")


def vote_plan() -> Plan:
    """A small generated vote with what a real one holds: a pattern in force, TPS clusters of
    four per kecamatan with their DPT, an escort with its route, a Polsek command post and a
    Polsek commander."""
    plan = generate_large_plan(300, 120, 2, assign=True, seed=5)
    if not plan.patterns:
        plan.put_pattern(PATTERN)
    plan.set_setting("staffing_pattern", next(iter(plan.patterns)))
    tps = [p for p in plan.posts.values() if p.kind == "tps"]
    if not any(p.cluster for p in tps):
        by_district: dict[str, list[Post]] = {}
        for post in tps:
            by_district.setdefault(post.district, []).append(post)
        for district, posts in by_district.items():
            for i, post in enumerate(sorted(posts, key=lambda p: p.code)):
                plan.put_post(replace(post, cluster=f"K-{district[:4].upper()}-{i // 4 + 1}", voters=250 + i))
    first = min(
        (p for p in plan.posts.values() if p.kind == "tps" and p.district == "Bungursari"), key=lambda p: p.code
    )
    plan.put_post(
        Post(
            code="KWL-BUNGUR",
            name="Pengawalan kotak suara Bungursari",
            kind="patroli",
            sector="Bungursari",
            district="Bungursari",
            route="TPS 001-004 -> PPK Kec. Bungursari -> KPU",
        )
    )
    plan.put_post(
        Post(
            code="POSKO-BUNGUR",
            name="Posko Polsek Bungursari",
            kind="pos_komando",
            sector="Bungursari",
            district="Bungursari",
            radio_channel="Ch 9",
        )
    )
    plan.put_post(
        Post(
            code="KWL-CAMPAK",
            name="Pengawalan kotak suara Campaka",
            kind="patroli",
            sector="Campaka",
            district="Campaka",
            route="TPS Kec. Campaka -> PPK Kec. Campaka -> KPU",
        )
    )
    kapolsek = next(p for p in plan.personnel.values() if p.unit == "PS-CAMPAK")
    plan.put_person(replace(kapolsek, position="Kapolsek Campaka"))
    kapolsek = next(p for p in plan.personnel.values() if p.unit == "PS-BUNGUR")
    plan.put_group(Group("G-BUNGUR", "Polsek Bungursari", role="polsek", commander=kapolsek.id, posts=[first.code]))
    for i, name in enumerate(("Asep Cadangan", "Dedi Cadangan")):
        plan.put_person(Person(f"cad{i}", name, nrp=f"9001000{i}", rank="Bripda", unit="PS-BUNGUR"))
    plan.put_group(
        Group("CAD-BUNGUR", "Cadangan Polsek Bungursari", role="cadangan", reserve=True, members=["cad0", "cad1"])
    )
    return plan


@pytest.fixture(scope="module")
def plan() -> Plan:
    return vote_plan()


@pytest.fixture(scope="module")
def packet(plan, tmp_path_factory) -> list[str]:
    out = tmp_path_factory.mktemp("vote") / "packet.pdf"
    generate(plan, out, BriefingOptions(documents=("packet",)))
    return [page.extract_text() for page in PdfReader(out).pages]


def pages_of(plan: Plan, tmp_path, docs: tuple[str, ...], lang: str = "id") -> list[str]:
    out = tmp_path / f"{'-'.join(docs)}-{lang}.pdf"
    generate(plan, out, BriefingOptions(documents=docs, lang=lang))
    return [page.extract_text() for page in PdfReader(out).pages]


def categories_printed(plan: Plan) -> list[str]:
    """The rekap's category columns: those of the plan's TPS or of the pattern, in order."""
    pattern = plan.patterns[plan.settings["staffing_pattern"]]
    present = {p.category for p in plan.posts.values() if p.kind == "tps"}
    return [c for c in TPS_CATEGORIES if c in present or c in pattern.rows]


def reserve_of(plan: Plan, unit: str | None = None) -> int:
    """People in reserve groups (commander, members, people at the group's posts), of `unit` or all."""
    people: set[str] = set()
    for g in plan.groups.values():
        if g.reserve or g.role == "cadangan":
            people.update(([g.commander] if g.commander else []) + g.members)
            people.update(a.person for a in plan.assignments.values() if a.post in g.posts)
    return sum(1 for pid in people if unit is None or plan.personnel[pid].unit == unit)


def expected_rekap(plan: Plan) -> list[int]:
    """The rekap's Polres row computed straight from the plan: TPS per category and in all,
    clusters, police and Linmas required (per kecamatan and category, TPS x the pattern's
    police (Linmas) per TPS rounded up, summed), assigned (the people at any TPS, once) and
    short, the reserve held and the 10 % of the police required."""
    pattern = plan.patterns[plan.settings["staffing_pattern"]]
    agency = {u.code: u.agency for u in plan.units.values()}
    tps = [p for p in plan.posts.values() if p.kind == "tps"]
    lines: dict[tuple[str, str], int] = {}
    for post in tps:
        lines[(post.district, post.category)] = lines.get((post.district, post.category), 0) + 1
    need_p = need_l = 0
    for (_, category), n in lines.items():
        row = pattern.rows[category]
        need_p += math.ceil(Fraction(n * row.police, row.tps))
        need_l += math.ceil(Fraction(n * row.linmas, row.tps))
    codes = {p.code for p in tps}
    people = {a.person for a in plan.assignments.values() if a.post in codes}
    police = sum(1 for pid in people if agency.get(plan.personnel[pid].unit) == "POLRI")
    linmas = sum(1 for pid in people if agency.get(plan.personnel[pid].unit) == "LINMAS")
    return (
        [sum(1 for p in tps if p.category == c) for c in categories_printed(plan)]
        + [len(tps), len({p.cluster or p.code for p in tps})]
        + [need_p, police, max(0, need_p - police), need_l, linmas, max(0, need_l - linmas)]
        + [reserve_of(plan), math.ceil(Fraction(need_p, 10))]  # 10 %: reserve_share's default
    )


def test_rekap_totals_equal_the_plans(plan, tmp_path):
    """`--doc rekap` prints one page whose Polres row holds the TPS per category, the police and
    Linmas required by the pattern, assigned and short, as computed from the plan itself."""
    pages = pages_of(plan, tmp_path, ("rekap",))
    assert len(pages) == 1
    text = pages[0]
    flat = " ".join(text.split())
    assert "REKAP POLA PENGAMANAN TPS" in text
    pattern = plan.patterns[plan.settings["staffing_pattern"]]
    for category in pattern.rows:
        assert f"{category.replace('_', ' ')} {pattern.written(category)}" in flat
    numbers = [int(x) for x in re.search(r"JUMLAH POLRES\s+([\d\s]+)", text).group(1).split()]
    assert numbers == expected_rekap(plan)
    columns = len(categories_printed(plan)) + 8
    assert re.search(rf"Polsek Bungursari Bungursari( \d+){{{columns}}} {reserve_of(plan, 'PS-BUNGUR')} \d+", flat)
    districts = {p.district for p in plan.posts.values() if p.kind == "tps"}
    assert all(d in text for d in districts)


def test_rekap_from_the_command_line_in_english(plan, tmp_path, capsys):
    """`renpam print FILE --doc rekap --lang en` writes the summary in English."""
    path = tmp_path / "vote.renpam"
    save_plan(plan, path)
    out = tmp_path / "rekap.pdf"
    assert main(["print", str(path), "-o", str(out), "--doc", "rekap", "--lang", "en"]) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "TPS SECURITY PATTERN SUMMARY" in text and "POLRES TOTAL" in text
    pattern = plan.patterns[plan.settings["staffing_pattern"]]
    assert f"less vulnerable {pattern.written('kurang_rawan')}" in " ".join(text.split()) and "JUMLAH" not in text


def test_packet_pages_are_grouped_by_polsek(plan, packet):
    """Within each annex that runs per Polsek (plotting, post sheets, attendance), the Polsek in
    the page header never goes back in the planner's order of units, and every Polsek with
    posts has its own pages."""
    order = {u.name: i for i, u in enumerate(plan.units.values())}
    seen: dict[str, list[int]] = {}
    for text in packet:
        found = HEADER.findall(text)
        if found:
            name, annex = found[-1]
            seen.setdefault(annex, []).append(order[name])
    assert set(seen) >= {"D", "F", "G"}  # plotting, post sheets, attendance
    for annex, ranks in seen.items():
        assert ranks == sorted(ranks), annex
    polsek = {u.name for u in plan.units.values() if u.code.startswith("PS-")}
    names = {name for text in packet for name, annex in HEADER.findall(text) if annex == "D"}
    assert names == polsek
    for text in packet:  # a Polsek's plotting never shares a page with another's
        flat = " ".join(text.split())
        if "PLOTTING PERSONEL" in flat:
            body = re.search(r"PLOTTING PERSONEL (Polsek \w+) ·", flat).group(1)
            assert HEADER.findall(text)[-1][0] == body
    linmas = 0
    for text in packet:  # a Linmas contingent's attendance sits under the Polsek of its kecamatan
        found = re.search(r"Linmas Kec\. (\w+) ·", text)
        if found and HEADER.findall(text)[-1][1] == "G":
            linmas += 1
            assert HEADER.findall(text)[-1][0] == f"Polsek {found.group(1)}"
    assert linmas >= len(polsek)


def test_vote_plotting_has_one_row_per_cluster(plan, packet):
    """The vote's plotting columns, with each cluster's TPS numbers and its pattern as written."""
    plotting = [t for t in packet if "PLOTTING PERSONEL" in t]
    text = "\n".join(plotting)
    for column in ("NAMA", "PANGKAT/NRP", "KESATUAN", "TPS", "KATEGORI", "POLA", "LINMAS", "KET"):
        assert column in text
    clusters = {p.cluster for p in plan.posts.values() if p.kind == "tps"}
    assert all(f"klaster {c}" in text.replace("\n", " ") for c in clusters)
    pattern = plan.patterns[plan.settings["staffing_pattern"]]
    assert pattern.written("kurang_rawan") in text


def test_tps_sheet_shows_cluster_route_and_polsek(plan, tmp_path):
    """A TPS post sheet names its category, pattern, the other TPS of its cluster, its DPT, the
    escort route covering it and the Polsek's command post, and has no ring line."""
    tps = min((p for p in plan.posts.values() if p.kind == "tps" and p.district == "Bungursari"), key=lambda p: p.code)
    out = tmp_path / "sheet.pdf"
    generate(plan, out, BriefingOptions(documents=("posts",), posts=(tps.code,)))
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    others = [p for p in plan.posts.values() if p.cluster == tps.cluster and p.code != tps.code]
    assert others and all(f"{int(p.name.split()[1]):03d}" in text for p in others)
    assert "TPS se-klaster" in text and f"Klaster {tps.cluster}" in text
    assert "TPS 001-004 -> PPK Kec. Bungursari -> KPU" in text
    sectors = Sectors(plan)
    posko = next(p for p in plan.posts.values() if p.kind == "pos_komando" and sectors.home_unit(p) == "PS-BUNGUR")
    assert f"{posko.code} {posko.name}" in text
    assert f"DPT {tps.voters} pemilih" in text
    assert "Ring" not in text and "luar ring" not in text
    assert "Polsek Bungursari · Lembar pos" in text


def test_an_escort_naming_no_tps_covers_its_kecamatan(plan, tmp_path):
    """An escort whose route names no particular TPS ("TPS Kec. Campaka -> PPK") is printed on
    the sheet of every TPS of its kecamatan, and of no other."""
    campaka = [p.code for p in plan.posts.values() if p.kind == "tps" and p.district == "Campaka"][:2]
    cibatu = next(p.code for p in plan.posts.values() if p.kind == "tps" and p.district == "Cibatu")
    pages = [
        " ".join(t.split()) for t in pages_of(plan, tmp_path, ("posts",)) if any(c in t for c in campaka + [cibatu])
    ]
    sheets = {c: next(t for t in pages if f"LEMBAR POS {c}" in t) for c in campaka + [cibatu]}
    for code in campaka:
        assert "TPS Kec. Campaka -> PPK Kec. Campaka -> KPU" in sheets[code]
    assert "Kec. Campaka -> KPU" not in sheets[cibatu]


def test_orgchart_has_one_box_per_polsek(plan, packet):
    """The command chart groups TPS under their Polsek (count, clusters, commander) instead of a
    box per TPS."""
    chart = " ".join(" ".join(t for t in packet if "Lampiran A · Struktur organisasi" in t).split())
    polsek = [u for u in plan.units.values() if u.code.startswith("PS-")]
    for unit in polsek:
        n = sum(1 for p in plan.posts.values() if p.kind == "tps" and p.sector == unit.sector)
        assert unit.name in chart
        assert re.search(rf"{unit.name} Kapolsek: .{{1,60}}? {n} TPS, \d+ klaster", chart)
    assert not any(p.code in chart for p in plan.posts.values() if p.kind == "tps")
    kapolsek = next(
        plan.personnel[g.commander]
        for g in plan.groups.values()
        if g.role == "polsek" and g.commander and plan.personnel[g.commander].unit == "PS-BUNGUR"
    )
    assert f"Kapolsek: {kapolsek.rank} {kapolsek.name}" in chart
    assert "Cadangan: Cadangan Polsek Bungursari, 2 orang, disiagakan di" not in chart  # held nowhere named
    assert "Cadangan: Cadangan Polsek Bungursari, 2 orang" in chart  # a Polsek's reserve sits in its box
    assert "Cadangan Polsek Bungursari (CADANGAN)" not in chart
    campaka = next(p for p in plan.personnel.values() if p.position == "Kapolsek Campaka")
    assert f"Polsek Campaka Kapolsek: {campaka.rank} {campaka.name}" in chart  # by position, with no group


def test_sprin_list_holds_everyone_once_with_tps_numbers(plan, tmp_path):
    """The Sprin's name list lists every person on duty once; each officer at a TPS with the
    TPS numbers and village instead of a line per TPS."""
    pages = pages_of(plan, tmp_path, ("sprin",))
    text = "\n".join(pages)
    total = int(re.search(r"JUMLAH\s*:?\s*(\d+)", text.upper()).group(1))
    assert total == len(on_duty(plan))
    tps_people = {a.person for a in plan.assignments.values() if plan.posts[a.post].kind == "tps"}
    officers = [plan.personnel[pid] for pid in tps_people if plan.personnel[pid].nrp]
    assert officers
    for person in officers:
        assert text.count(person.nrp) == 1
        row = text[text.index(person.nrp) :].split("\n", 6)
        assert any(line.startswith("TPS ") for line in row), row
    assert not any(f"{p.code} {p.name}" in text for p in plan.posts.values() if p.kind == "tps")


def test_vote_packet_in_english_is_complete(plan, tmp_path):
    """The English packet of a vote has no Indonesian headings of the new pages."""
    pages = pages_of(plan, tmp_path, ("rekap", "posts"), lang="en")
    text = "\n".join(pages)
    assert "TPS SECURITY PATTERN SUMMARY" in text and "Cluster TPS" in text and "Escort" in text
    for word in ("REKAP POLA", "TPS se-klaster", "Pengawalan:", "pemilih", "Kapolsek:", "tanpa kategori"):
        assert word not in text


def test_a_venue_prints_as_before(demo_plan, tmp_path):
    """An operation that is not a vote has no Polsek sections and no rekap in its packet."""
    pages = pages_of(demo_plan, tmp_path, ("packet",))
    assert not any(HEADER.search(t) for t in pages)
    assert not any("REKAP POLA PENGAMANAN TPS" in t for t in pages)


def test_print_dialog_generates_the_rekap(qtbot, plan, tmp_path):
    """The print dialog offers the rekap; ticking it alone previews its one page."""
    from desktop.storage import OperationDocument
    from ui.print_dialog import PrintDialog

    dialog = PrintDialog(OperationDocument(plan.clone()))
    qtbot.addWidget(dialog)
    dialog.set_checked(dialog.doc_list, {"rekap"})
    assert dialog.options().documents == ("rekap",)
    with qtbot.waitSignal(dialog.preview_ready, timeout=30000) as blocker:
        dialog.start_generation()
    assert blocker.args == [1]
    dialog.ask_save_path = lambda: str(tmp_path / "rekap")
    text = PdfReader(dialog.save_pdf()).pages[0].extract_text()
    assert "REKAP POLA PENGAMANAN TPS" in text
    dialog.done(0)
