"""`renpam print` through desktop.cli.main: real operation files in, real PDFs out."""

from __future__ import annotations

import re

from pypdf import PdfReader

from desktop.cli import main


def texts(path) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(path).pages]


def test_print_packet_writes_a_numbered_pdf(demo_file, tmp_path, capsys):
    """`renpam print FILE -o OUT.pdf` writes the packet with every page numbered."""
    out = tmp_path / "packet.pdf"
    assert main(["print", str(demo_file), "-o", str(out)]) == 0
    pages = texts(out)
    assert f"({len(pages)} pages" in capsys.readouterr().out
    assert all(f"Halaman {n} dari {len(pages)}" in t for n, t in enumerate(pages, start=1))


def test_print_slips_in_english_for_one_shift_and_unit(demo_file, demo_plan, tmp_path):
    """--doc slips --shift --unit --lang en prints English slips for just that unit and shift."""
    out = tmp_path / "slips.pdf"
    code = main(
        [
            "print",
            str(demo_file),
            "-o",
            str(out),
            "--doc",
            "slips",
            "--shift",
            "LAKS",
            "--unit",
            "LANTAS",
            "--lang",
            "en",
        ]
    )
    assert code == 0
    whole = " ".join(texts(out))
    assert "ASSIGNMENT SLIP" in whole and "Page 1 of" in whole
    lantas = {
        demo_plan.personnel[a.person].name
        for a in demo_plan.assignments.values()
        if a.shift == "LAKS" and demo_plan.personnel[a.person].unit == "LANTAS"
    }
    others = {p.name for p in demo_plan.personnel.values() if p.unit != "LANTAS"}
    assert lantas and all(n in whole for n in lantas)
    assert not any(n in whole for n in others)


def test_print_post_sheet_and_roster_together(demo_file, tmp_path):
    """Two --doc options go into one PDF, in the order given."""
    out = tmp_path / "two.pdf"
    assert (
        main(
            [
                "print",
                str(demo_file),
                "-o",
                str(out),
                "--doc",
                "posts",
                "--post",
                "P01",
                "--shift",
                "PERS",
                "--doc",
                "roster",
            ]
        )
        == 0
    )
    pages = texts(out)
    assert "LEMBAR POS P01" in pages[0]
    assert "DAFTAR PERSONEL PER SATUAN" in pages[1] and "Daftar personel per satuan" in pages[-1]


def test_print_refuses_bad_input(demo_file, tmp_path, capsys):
    """Unknown codes and a non-PDF output exit 2; a missing file exits 3; nothing is written."""
    assert main(["print", str(demo_file), "-o", str(tmp_path / "a.pdf"), "--post", "P99"]) == 2
    assert "P99" in capsys.readouterr().err
    assert main(["print", str(demo_file), "-o", str(tmp_path / "a.txt")]) == 2
    assert main(["print", str(tmp_path / "missing.renpam"), "-o", str(tmp_path / "b.pdf")]) == 3
    assert not list(tmp_path.glob("*.pdf"))
