"""A print laid out in pieces on several processes and joined is the same document as one laid
out in one piece: real plans, real PDFs read back with pypdf."""

from __future__ import annotations

import re
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.briefing import BriefingOptions, Cancelled, generate
from desktop.cli import main
from desktop.files import WriteError, write_atomically
from desktop.generator import generate_large_plan
from desktop.model import DEFAULT_TZ
from desktop.progress import Progress
from desktop.storage import open_operation_file, save_plan

MADE = datetime(2024, 11, 26, 9, 30, tzinfo=DEFAULT_TZ)


def texts(path) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(path).pages]


@pytest.fixture(scope="module")
def district():
    """A small district vote: 20 posts, three shifts, every post sheet and attendance list."""
    return generate_large_plan(personnel=80, posts=20, shifts=3, assign=True, seed=5)


@pytest.fixture
def private_temp(tmp_path, monkeypatch):
    """The system's temporary folder for this test alone (to see what a print leaves there)."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_two_processes_print_the_same_district_packet_as_one(district, tmp_path, private_temp):
    """The packet of a generated district, laid out in pieces on two worker processes and joined,
    has the same pages with the same text (page numbers "Halaman X dari Y" included) as the
    packet laid out in one piece, and records the same first page for every part."""
    options = BriefingOptions(generated_at=MADE)
    one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
    serial = generate(district, one, options, workers=1)
    parallel = generate(district, two, options, workers=2)
    assert parallel.pages == serial.pages > 30
    assert parallel.parts == serial.parts
    assert parallel.printed == serial.printed
    assert texts(two) == texts(one)
    pages = texts(two)
    assert all(f"Halaman {n} dari {len(pages)}" in re.sub(r"\s+", " ", t) for n, t in enumerate(pages, start=1))
    assert list(private_temp.iterdir()) == []  # the pieces are gone


def test_pieces_in_this_process_print_the_same_demo_packet(demo_plan, tmp_path):
    """Where no process can be started the pieces are laid out here: the demo packet is the same."""
    options = BriefingOptions(generated_at=MADE, lang="en")
    one, here = tmp_path / "one.pdf", tmp_path / "here.pdf"
    serial = generate(demo_plan, one, options, workers=1)
    pieces = generate(demo_plan, here, options, workers=0)
    assert pieces.pages == serial.pages and pieces.printed == serial.printed
    assert texts(here) == texts(one)
    assert "Page 3 of" in texts(here)[2]


def test_numbered_copies_in_pieces_count_their_pages_from_one(district, tmp_path):
    """Two numbered copies of the Sprin and the roster laid out in pieces: each copy is numbered
    from page 1 with its own total, as in one piece."""
    options = BriefingOptions(documents=("sprin", "roster", "posts"), copies=2, generated_at=MADE)
    one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
    serial = generate(district, one, options, workers=1)
    parallel = generate(district, two, options, workers=2)
    assert parallel.pages == serial.pages
    pages = [re.sub(r"\s+", " ", t) for t in texts(two)]
    assert pages == [re.sub(r"\s+", " ", t) for t in texts(one)]
    per_copy = len(pages) // 2
    assert f"Halaman 1 dari {per_copy}" in pages[per_copy] and "Salinan ke-2 dari 2" in pages[per_copy]
    assert f"Halaman {per_copy} dari {per_copy}" in pages[-1]


@pytest.mark.parametrize("workers", [2, 0])
def test_cancel_stops_the_workers_and_leaves_nothing_behind(district, tmp_path, private_temp, workers):
    """Cancelling while the workers (or this process) lay out the packet raises Cancelled, writes
    no PDF and leaves no temporary file, in the output's folder or the temporary one."""
    reports: list[tuple[int, int]] = []

    def on_step(done: int, total: int, note: str) -> None:
        reports.append((done, total))
        if len(reports) == 3:
            progress.cancel()

    progress = Progress(on_step)
    out = tmp_path / "packet.pdf"
    with pytest.raises(Cancelled):
        generate(district, out, BriefingOptions(), progress, workers=workers)
    assert list(tmp_path.glob("*.pdf")) == [] and [p.name for p in tmp_path.iterdir()] == ["temp"]
    assert list(private_temp.iterdir()) == []
    assert reports[0][0] == 0 and reports[0][1] > 0  # the total is known at once


def test_progress_reaches_the_total_from_the_workers(district, tmp_path):
    """Progress counts the parts laid out by the workers, never goes back, and ends at the total."""
    reports: list[tuple[int, int]] = []
    generate(
        district,
        tmp_path / "packet.pdf",
        BriefingOptions(documents=("posts",)),
        lambda done, total, note: reports.append((done, total)),
        workers=2,
    )
    done = [d for d, _ in reports]
    total = reports[-1][1]
    assert done == sorted(done) and done[-1] == total and len(reports) >= 3


def test_cli_prints_a_large_packet_in_pieces(district, tmp_path, capsys):
    """`renpam print` of a district with hundreds of parts lays it out in pieces by itself (on
    every core) and records the print with the first page of every part."""
    path = tmp_path / "district.renpam"
    save_plan(district, path)
    out = tmp_path / "packet.pdf"
    assert main(["print", str(path), "-o", str(out), "--jobs", "9"]) == 2
    assert "--jobs must be from 1 to 8" in capsys.readouterr().err and not out.exists()
    assert main(["print", str(path), "-o", str(out)]) == 0
    pages = texts(out)
    assert f"({len(pages)} pages" in capsys.readouterr().out
    revision = open_operation_file(path).plan.print_revisions[-1]
    assert revision.pages == len(pages)
    firsts = [p.first_page for p in revision.parts]
    assert firsts == sorted(firsts) and firsts[0] == 1
    post = next(p for p in revision.parts if p.kind == "post")
    assert post.label.split(" · ")[1] in " ".join(pages[post.first_page - 1].split())


def test_a_written_stream_that_fails_leaves_the_old_file(tmp_path):
    """write_atomically given pieces as they come: a failure midway leaves the old file whole."""
    target = tmp_path / "packet.pdf"
    target.write_bytes(b"old")

    def pieces():
        yield b"%PDF-1.4\n"
        raise Cancelled()

    with pytest.raises(Cancelled):
        write_atomically(target, pieces())
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["packet.pdf"]
    stamp = write_atomically(target, iter([b"new ", b"bytes"]))
    assert target.read_bytes() == b"new bytes" and stamp.size == 9
    with pytest.raises(WriteError):
        write_atomically(Path(tmp_path / "missing" / "x.pdf"), iter([b"x"]))


def test_print_dialog_lays_a_district_packet_out_in_pieces(qtbot, district, private_temp):
    """File > Print of a district packet: the total shows before any page is laid out, the
    preview holds every page of the packet laid out in pieces, and nothing is left in the
    temporary folder; a second run cancelled at once stops and leaves nothing either."""
    from desktop.storage import OperationDocument
    from ui.print_dialog import PrintDialog

    dialog = PrintDialog(OperationDocument(district))
    qtbot.addWidget(dialog)
    reports: list[tuple[int, int]] = []
    dialog.start_generation()
    assert dialog.task is not None
    dialog.task.signals.progressed.connect(lambda done, total, note: reports.append((done, total)))
    with qtbot.waitSignal(dialog.preview_ready, timeout=120000) as ready:
        pass
    expected = generate(district, private_temp.parent / "one.pdf", dialog.options(), workers=1)  # paper as remembered
    assert ready.args == [expected.pages] and dialog.pdf.pageCount() == expected.pages
    assert reports and reports[-1][0] == reports[-1][1]
    assert list(private_temp.iterdir()) == []
    dialog.start_generation()
    task = dialog.task
    with qtbot.waitSignal(task.signals.cancelled, timeout=60000):
        dialog.cancel_generation()
    qtbot.waitUntil(lambda: dialog.task is None)
    assert list(private_temp.iterdir()) == []
    dialog.done(0)


def test_the_page_number_is_drawn_on_the_page(demo_plan, tmp_path, qapp):
    """ "Halaman X dari" is a form per page drawn left of its origin: a strict renderer (poppler's
    pdftoppm, which clips a form to its box as printers do) shows it at the bottom right, left of
    the total, in a packet laid out in pieces as in one laid out in one piece."""
    from PySide6.QtGui import QImage

    for workers in (1, 2):
        out = tmp_path / f"packet{workers}.pdf"
        generate(demo_plan, out, BriefingOptions(), workers=workers)
        subprocess.run(
            ["pdftoppm", "-r", "144", "-f", "2", "-l", "2", "-png", str(out), str(tmp_path / f"p{workers}")], check=True
        )
        image = QImage(str(next(tmp_path.glob(f"p{workers}*.png"))))
        assert image.width() == 1191 or image.width() == 1190
        mm = 2 * 72 / 25.4
        right, base = image.width() - 15 * mm, image.height() - 14 * mm  # the footer's right end and baseline
        dark = sum(
            1
            for x in range(int(right - 110), int(right - 45))
            for y in range(int(base - 14), int(base + 4))
            if image.pixelColor(x, y).lightness() < 128
        )
        assert dark > 80, f"no page number drawn (workers={workers})"
    # the site plan every post sheet crops is in the file once, however many pieces drew it
    images = [len(re.findall(rb"/Subtype /Image", (tmp_path / f"packet{w}.pdf").read_bytes())) for w in (1, 2)]
    assert images[0] == images[1] >= 1


def test_a_worker_killed_midway_leaves_the_rest_to_this_process(district, tmp_path, private_temp):
    """A worker that dies (killed, out of memory) does not lose the print: the pieces it and the
    others still held are laid out in this process, and the document is the same."""
    import multiprocessing

    options = BriefingOptions(generated_at=MADE)
    killed: list[int] = []

    def kill_one(done: int, total: int, note: str) -> None:
        workers = multiprocessing.active_children()
        if not killed and workers:
            killed.append(workers[0].pid or 0)
            workers[0].kill()

    out = tmp_path / "packet.pdf"
    result = generate(district, out, options, kill_one, workers=2)
    serial = generate(district, tmp_path / "one.pdf", options, workers=1)
    assert killed and result.pages == serial.pages and result.printed == serial.printed
    assert texts(out) == texts(tmp_path / "one.pdf")
    assert list(private_temp.iterdir()) == []


@pytest.mark.parametrize("plan_name", ["demo_plan", "district"])
def test_long_parts_cut_into_short_pdfs_print_the_same_document(plan_name, request, tmp_path, monkeypatch):
    """Every long part (plotting annex, contact list, Sprin name list, attendance lists, roster,
    rekap) laid out a few pages per PDF and joined is the same document as one laid out whole:
    the same pages with the same text (page numbers, repeated table headers, running totals and
    revision stamps included) and the same first page recorded for every part (what
    `print --changed` reprints from)."""
    from desktop.briefing import parallel

    plan = request.getfixturevalue(plan_name)
    monkeypatch.setattr(parallel, "SPLIT_PAGES", 2)
    cut: list[int] = []
    real = parallel._lay_out

    def counted(piece, here=None):
        done = real(piece, here)
        cut.append(len(done.files))
        return done

    monkeypatch.setattr(parallel, "_lay_out", counted)
    options = BriefingOptions(generated_at=MADE)
    one, cut_pdf = tmp_path / "one.pdf", tmp_path / "cut.pdf"
    serial = generate(plan, one, options, workers=1)
    pieces = generate(plan, cut_pdf, options, workers=0)
    assert max(cut) > 2  # some piece was cut into several PDFs
    assert pieces.pages == serial.pages == len(PdfReader(cut_pdf).pages)
    assert pieces.printed == serial.printed
    assert texts(cut_pdf) == texts(one)
