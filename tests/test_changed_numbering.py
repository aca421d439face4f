"""`print --changed` when a change alters a part's page count: the reprinted pages keep the
packet's numbering ("Halaman 14 dari 40", "Halaman 14a dari 40"), and the change sheet says which
old pages are replaced, which pages are added and which are withdrawn; the numbering survives a
second and a third print of changes."""

from __future__ import annotations

import json
import re
from dataclasses import replace

from pypdf import PdfReader

from desktop.cli import main
from desktop.storage import open_operation_file, save_plan

PAGE = re.compile(r"Halaman (\d+[a-z]?) dari (\d+)")
LONG_TASKS = " ".join(
    f"{i}. Memeriksa setiap orang dan barang yang melintas, mencatat kejadian, dan melapor ke danpos tiap jam."
    for i in range(1, 45)
)


def texts(path) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(str(path)).pages]


def sheet_pages(pages: list[str], post: str) -> list[str]:
    return [t for t in pages if f"Lembar pos {post}" in t and "LEMBAR PERUBAHAN" not in t]


def edit(path, post: str, **values) -> None:
    plan = open_operation_file(path).plan
    plan.put_post(replace(plan.posts[post], **values))
    save_plan(plan, path)


def section(sheet: str, title: str, until: tuple[str, ...]) -> str:
    start = sheet.index(title) + len(title)
    ends = [sheet.index(u, start) for u in until if u in sheet[start:]]
    return sheet[start : min(ends) if ends else len(sheet)]


def test_a_post_sheet_grown_to_two_pages_then_back_keeps_the_numbering(demo_file, tmp_path, capsys):
    """P05's sheet grows from one page to two (long tasks): the reprint numbers them k and ka of the
    full print's total and the sheet lists k to replace and ka to add; shrinking it back replaces k
    and withdraws ka; a later change elsewhere is still numbered against the same total."""
    full = tmp_path / "posts.pdf"
    assert main(["print", str(demo_file), "-o", str(full), "--doc", "posts"]) == 0
    before = texts(full)
    total = len(before)
    [old_sheet] = sheet_pages(before, "P05")
    k = PAGE.search(old_sheet).group(1)

    edit(demo_file, "P05", tasks=LONG_TASKS)
    grown = tmp_path / "grown.pdf"
    assert main(["print", str(demo_file), "--changed", "-o", str(grown)]) == 0
    pages = texts(grown)
    reprinted = sheet_pages(pages, "P05")
    assert [PAGE.search(t).groups() for t in reprinted] == [(k, str(total)), (f"{k}a", str(total))]
    assert all("REVISI 2" in t for t in reprinted) and len(pages) == 3
    sheet = pages[0]
    replaced = section(sheet, "Halaman yang diganti", ("Halaman yang dicabut", "Halaman tambahan"))
    added = section(sheet, "Halaman tambahan (sisipkan)", ("Dibuat oleh",))
    withdrawn = section(sheet, "Halaman yang dicabut (tidak berlaku lagi)", ("Halaman tambahan",))
    assert re.search(rf"\b{k} Lembar pos P05", replaced), replaced
    assert re.search(rf"\b{k}a Lembar pos P05", added), added
    assert "Tidak ada." in withdrawn

    edit(demo_file, "P05", tasks="Menjaga area media.")
    shrunk = tmp_path / "shrunk.pdf"
    assert main(["print", str(demo_file), "--changed", "-o", str(shrunk)]) == 0
    pages = texts(shrunk)
    reprinted = sheet_pages(pages, "P05")
    assert [PAGE.search(t).groups() for t in reprinted] == [(k, str(total))]
    sheet = pages[0]
    replaced = section(sheet, "Halaman yang diganti", ("Halaman yang dicabut",))
    withdrawn = section(sheet, "Halaman yang dicabut (tidak berlaku lagi)", ("Halaman tambahan",))
    assert re.search(rf"\b{k} Lembar pos P05", replaced), replaced
    assert re.search(rf"\b{k}a Lembar pos P05", withdrawn), withdrawn
    assert f"{k}a" not in replaced

    [p12] = sheet_pages(before, "P12")
    edit(demo_file, "P12", equipment="Tandu, kotak P3K, oksigen portabel")
    later = tmp_path / "later.pdf"
    assert main(["print", str(demo_file), "--changed", "-o", str(later)]) == 0
    [again] = sheet_pages(texts(later), "P12")
    assert PAGE.search(again).groups() == PAGE.search(p12).groups()  # same page, same total as the full print
    capsys.readouterr()
    assert main(["revisions", str(demo_file), "--json"]) == 0
    revs = json.loads(capsys.readouterr().out)["revisions"]
    assert [r["number"] for r in revs] == [1, 2, 3, 4]
    assert revs[1]["options"]["packet_pages"] == total


def test_english_numbering_of_a_grown_part(demo_file, tmp_path):
    """In English the grown part's pages read 'Page k of N' and 'Page ka of N', listed under 'Pages to add'."""
    assert main(["print", str(demo_file), "-o", str(tmp_path / "posts.pdf"), "--doc", "posts", "--lang", "en"]) == 0
    edit(demo_file, "P05", tasks=LONG_TASKS)
    out = tmp_path / "grown.pdf"
    assert main(["print", str(demo_file), "--changed", "-o", str(out), "--lang", "en"]) == 0
    pages = texts(out)
    numbers = [re.search(r"Page (\d+[a-z]?) of (\d+)", t).group(1) for t in pages[1:]]
    assert len(numbers) == 2 and numbers[1] == numbers[0] + "a"
    assert "Pages to add" in pages[0] and f"{numbers[1]} Post sheet P05" in pages[0]
