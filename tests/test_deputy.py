"""The deputy (Wakapolres) in the command chain: a group of role "wakil" whose commander stands
between the commander and the command post in the chart, and is named on the cover, in the
contacts, the Sprin list and the strength, read back from real PDFs made by the command line."""

from __future__ import annotations

import io
import json
import re

from pypdf import PdfReader

from desktop.briefing import BriefingOptions, generate
from desktop.briefing.strength import on_duty, strength_table
from desktop.cli import main
from desktop.model import Group, Person
from desktop.plan_json import export_document, plan_from_document
from desktop.storage import open_operation_file, save_plan

WAKA = Person(
    "waka", "Bambang Sutrisno", nrp="80030411", rank="Kompol", unit="PIMPINAN", position="Wakapolres Purwakarta"
)


def pages_text(path) -> list[str]:
    reader = PdfReader(str(path)) if not isinstance(path, bytes) else PdfReader(io.BytesIO(path))
    return [re.sub(r"\s+", " ", page.extract_text() or "") for page in reader.pages]


def with_deputy_file(demo_plan, tmp_path):
    """The demo saved with a Wakapolres on the roster, made deputy through `renpam group`."""
    demo_plan.put_person(WAKA)
    path = tmp_path / "demo.renpam"
    save_plan(demo_plan, path)
    args = ["group", str(path), "WAKA", "--name", "Wakil penanggung jawab", "--role", "wakil"]
    assert main([*args, "--commander", WAKA.nrp]) == 0
    return path


def test_deputy_between_commander_and_command_post_in_the_chart(demo_plan, tmp_path):
    """Annex A draws the commander, then the deputy, then the command post, then the field commander;
    the deputy is not drawn again among the groups."""
    path = with_deputy_file(demo_plan, tmp_path)
    out = tmp_path / "packet.pdf"
    assert main(["print", str(path), "-o", str(out), "--doc", "packet"]) == 0
    pages = pages_text(out)
    chart = next(t for t in pages if 'LAMPIRAN "A"' in t)
    i_cmd = chart.index("Kapolres Purwakarta")
    i_waka = chart.index("Wakapolres Purwakarta")
    i_posko = chart.index("Posko (Pos Komando)")
    i_field = chart.index("Kasat Samapta")
    assert i_cmd < i_waka < i_posko < i_field, chart[:600]
    assert chart.count("Bambang Sutrisno") == 1
    assert "Wakil penanggung jawab: Kompol Bambang Sutrisno" in chart
    cover = pages[0]
    assert "Wakil penanggung jawab" in cover and "Kompol Bambang Sutrisno, NRP 80030411" in cover
    contacts = next(t for t in pages if 'LAMPIRAN "D"' in t and "80030411" in t)
    assert "Wakil penanggung jawab: Wakapolres Purwakarta" in contacts


def test_deputy_in_the_sprin_list_and_strength_once(demo_plan, tmp_path):
    """The Sprin list names the deputy once with the task 'Wakil penanggung jawab', and every figure counts them once."""
    path = with_deputy_file(demo_plan, tmp_path)
    plan = open_operation_file(path).plan
    assert plan.deputy() == "waka" and on_duty(plan)["waka"].command == "deputy"
    before = len(on_duty(build_without_deputy(plan)))
    assert len(on_duty(plan)) == before + 1
    assert strength_table(plan)["total"]["total"] == before + 1
    out = tmp_path / "sprin.pdf"
    assert main(["print", str(path), "-o", str(out), "--doc", "sprin"]) == 0
    text = " ".join(t for t in pages_text(out) if "PANGKAT/NRP" in t)
    assert text.count("BAMBANG SUTRISNO") == 1
    assert (
        "BAMBANG SUTRISNO Kompol 80030411 Wakapolres Purwakarta Pimpinan Polres Purwakarta Wakil penanggung jawab"
        in text
    )
    assert f"Jumlah: {before + 1}" in text
    en = tmp_path / "sprin-en.pdf"
    assert main(["print", str(path), "-o", str(en), "--doc", "sprin", "--lang", "en"]) == 0
    assert "Deputy commander" in " ".join(pages_text(en))


def build_without_deputy(plan):
    other = plan.clone()
    other.remove_group("WAKA")
    return other


def test_plan_without_deputy_prints_no_deputy(demo_plan):
    """Where the plan names no deputy, neither the cover nor the chart mentions one."""
    buf = io.BytesIO()
    generate(demo_plan, buf, BriefingOptions(documents=("packet",)))
    text = " ".join(pages_text(buf.getvalue()))
    assert demo_plan.deputy() is None
    assert "Wakil penanggung jawab" not in text


def test_deputy_survives_the_file_and_the_plan_document(demo_plan, tmp_path):
    """The deputy's group role is kept by the operation file and by the plan JSON (version 1), and
    `renpam groups --json` shows it."""
    path = with_deputy_file(demo_plan, tmp_path)
    plan = open_operation_file(path).plan
    assert plan.groups["WAKA"].role == "wakil" and plan.deputy() == "waka"
    again = plan_from_document(json.loads(json.dumps(export_document(plan), default=str)))
    assert again.deputy() == "waka"


def test_deputy_is_never_proposed_at_the_apel(demo_plan):
    """At the roll call, the deputy leads: they are not a replacement for an absent member."""
    from desktop.revisions.rollcall import OpenPlace, candidates_for

    demo_plan.put_person(WAKA)
    demo_plan.put_group(Group("WAKA", "Wakil penanggung jawab", "wakil", commander="waka"))
    a = next(a for a in demo_plan.assignments.values() if a.shift == "LAKS" and a.role == "anggota")
    demo_plan.unassign(a.person, a.post, a.shift)
    place = OpenPlace(a.post, "anggota", a.person)
    proposed = [c.person for c in candidates_for(demo_plan, "LAKS", place, limit=500)]
    assert proposed and "waka" not in proposed
