"""A long table laid out a window of rows at a time (`desktop.briefing.streamed`) prints the same
document as the whole table: real plans, real PDFs read back with pypdf."""

from __future__ import annotations

from datetime import datetime

import pytest
from pypdf import PdfReader

from desktop.briefing import BriefingOptions, generate, streamed
from desktop.generator import generate_large_plan
from desktop.model import DEFAULT_TZ

MADE = datetime(2024, 11, 26, 9, 30, tzinfo=DEFAULT_TZ)


def texts(path) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(path).pages]


@pytest.fixture(scope="module")
def district():
    """A small generated district: 30 posts, three shifts, every document."""
    return generate_large_plan(personnel=120, posts=30, shifts=3, assign=True, seed=7)


@pytest.mark.parametrize("plan_name", ["demo_plan", "district"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_tables_in_small_windows_print_the_same_document(plan_name, lang, request, tmp_path, monkeypatch):
    """Every table of more than three rows (plotting annex, contacts, attendance lists, roster,
    rekap, accepted warnings) streamed in windows of two rows: the same pages, the same text on
    each (repeated headers, totals rows, page numbers and revision stamps included), and the same
    first page recorded for every part as the whole tables."""
    plan = request.getfixturevalue(plan_name)
    options = BriefingOptions(generated_at=MADE, lang=lang)
    whole, windows = tmp_path / "whole.pdf", tmp_path / "windows.pdf"
    expected = generate(plan, whole, options, workers=1)
    monkeypatch.setattr(streamed, "STREAM_ROWS", 3)
    monkeypatch.setattr(streamed, "CHUNK_ROWS", 2)
    made: list[int] = []
    real = streamed.RowSource.__init__

    def counted(self, *args, **kw):
        made.append(1)
        real(self, *args, **kw)

    monkeypatch.setattr(streamed.RowSource, "__init__", counted)
    got = generate(plan, windows, options, workers=1)
    assert made  # some table was streamed
    assert got.pages == expected.pages == len(PdfReader(windows).pages)
    assert got.printed == expected.printed
    assert texts(windows) == texts(whole)


def test_streamed_tables_in_pieces_cut_into_short_pdfs_are_the_same_document(district, tmp_path, monkeypatch):
    """Streamed tables laid out in pieces in this process, two pages per PDF, and joined: the
    same document, the same first pages."""
    from desktop.briefing import parallel

    options = BriefingOptions(documents=("packet", "sprin", "roster", "rekap"), generated_at=MADE)
    whole, windows = tmp_path / "whole.pdf", tmp_path / "windows.pdf"
    expected = generate(district, whole, options, workers=1)
    monkeypatch.setattr(streamed, "STREAM_ROWS", 3)
    monkeypatch.setattr(streamed, "CHUNK_ROWS", 2)
    monkeypatch.setattr(parallel, "SPLIT_PAGES", 2)
    got = generate(district, windows, options, workers=0)
    assert got.pages == expected.pages
    assert got.printed == expected.printed
    assert texts(windows) == texts(whole)
