"""Table cells in the printed documents are plain lines broken to fit their column (not one
wrapping paragraph per cell): every word is kept, no line is wider than its column, and what
the lines look like on the page is unchanged where it matters (codes whole, signatures alternating)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from test_briefing_documents import first_attendance_table

from desktop.briefing import BriefingOptions, generate
from desktop.briefing.layout import FONT, FONT_BOLD, fit_lines, fitted, register_fonts
from desktop.generator import generate_large_plan

register_fonts()

WORDS = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-./()éŋ", min_size=1, max_size=40
)
TEXT = st.lists(st.lists(WORDS, max_size=12).map(" ".join), min_size=1, max_size=4).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from([FONT, FONT_BOLD]), st.sampled_from([7.5, 8.0]), st.floats(8, 300))
def test_lines_fit_their_column_and_keep_every_word(text, font, size, width):
    lines = fit_lines(text, font, size, width)
    for line in lines:  # a single character wider than the column is all that may overflow
        assert stringWidth(line, font, size) <= width or len(line) == 1
    assert "".join("".join(line.split()) for line in lines) == "".join(text.split())
    assert len(lines) >= text.count("\n") + 1  # the given line breaks are kept
    joined = fitted(text, font, size, width)
    assert joined == text or joined == "\n".join(lines)


def test_a_line_that_fits_is_left_as_given():
    assert fitted("  2. .......", FONT, 8, 200) == "  2. ......."
    assert fit_lines("Polsek Purwakarta Kecamatan Purwakarta", FONT, 8, 80) == [
        "Polsek Purwakarta",
        "Kecamatan",
        "Purwakarta",
    ]
    assert fit_lines("TPS-PURWAK-101", FONT_BOLD, 8, 48) == ["TPS-", "PURWAK-", "101"]  # after a hyphen
    assert fit_lines("PURWAKARTA-NAGRI-KALER-TPS-001", FONT_BOLD, 8, 110) == ["PURWAKARTA-NAGRI-", "KALER-TPS-001"]
    first = fit_lines("ABCDEFGHIJKLMNOP", FONT, 8, 40)[0]  # no hyphen: at the last character that fits
    assert stringWidth(first, FONT, 8) <= 40 < stringWidth("ABCDEFGHIJKLMNOP"[: len(first) + 1], FONT, 8)


def test_site_plan_legend_prints_every_code_whole(tmp_path):
    """A district's TPS codes are the widest in the legend; none is broken over two lines."""
    plan = generate_large_plan(300, 120, 2, assign=True, seed=5)
    out = tmp_path / "packet.pdf"
    generate(plan, out, BriefingOptions(documents=("packet",)))
    legend = [text for page in PdfReader(out).pages if "Sketsa / denah" in (text := page.extract_text())]
    assert legend
    assert set(plan.posts) <= set(" ".join(legend).split())


def test_attendance_signatures_alternate_left_and_right(demo_plan):
    """Even rows sign at the right of the column, odd rows at the left, every line inside it."""
    table, _part = first_attendance_table(demo_plan)
    signs = [row[5] for row in table._cellvalues[1:]]
    assert len(signs) >= 3
    for i, sign in enumerate(signs, start=1):
        last = sign.split("\n")[-1]
        assert last.strip() == f"{i}. ..................."
        assert last.startswith(" ") == (i % 2 == 0)
        assert stringWidth(last, FONT, 8) <= 34 * mm - 6.5


def test_the_district_rekap_fits_its_page_with_every_heading_word_whole(tmp_path):
    """The packet's Annex C for a district of seventeen kecamatan: one landscape page, the note
    under the table included, and no heading or Polsek name broken inside a word (a spanned
    heading such as LINMAS is fitted to its span, a bold one measured in bold)."""
    plan = generate_large_plan(personnel=5000, posts=2000, shifts=3, assign=True)
    expected = {
        "id": ("LINMAS", "CADANGAN", "KLASTER", "Kurang", "kurang", "sangat", "khusus", "Babakancikao", "Kebutuhan"),
        "en": ("LINMAS", "RESERVE", "CLUSTERS", "Short", "less", "very", "special", "Babakancikao", "Police"),
    }
    for lang, heading_words in expected.items():
        out = tmp_path / f"packet-{lang}.pdf"
        options = BriefingOptions(documents=("packet",), posts=tuple(list(plan.posts)[:30]), lang=lang)
        result = generate(plan, out, options)
        starts = [(entry[2], entry[-1]) for entry in result.printed]
        at = next(i for i, (kind, _page) in enumerate(starts) if kind == "rekap")
        assert starts[at + 1][1] - starts[at][1] == 1, lang  # one page
        words = PdfReader(out).pages[starts[at][1] - 1].extract_text().split()
        for word in heading_words:  # the last one opens the note under the table
            assert word in words, (lang, word)


def test_a_plotting_row_keeps_each_name_beside_its_own_unit():
    """In a vote's plotting row of two officers, the first one's long unit name takes two lines:
    the second officer's name, rank and unit all start on the third line."""
    from desktop.briefing.vote_render import PEOPLE_WIDTHS, side_by_side

    names, ranks, units = side_by_side(
        [
            ("LUKMAN RAHMAWATI *", "Bripda / 79120376", "Satuan Samapta Polres Purwakarta Kabupaten"),
            ("RUDI SUDRAJAT", "Bripda / 96060400", "Polsek Babakancikao"),
        ],
        PEOPLE_WIDTHS,
    )
    unit_lines = units.split("\n")
    assert len(unit_lines) == 3 and unit_lines[2] == "Polsek Babakancikao"
    assert names.split("\n") == ["LUKMAN RAHMAWATI *", "", "RUDI SUDRAJAT"]
    assert ranks.split("\n") == ["Bripda / 79120376", "", "Bripda / 96060400"]
    assert side_by_side([], PEOPLE_WIDTHS) == ["-", "-", "-"]


def test_a_no_break_space_holds_its_words_together_and_a_tab_breaks():
    lines = fit_lines("Kapolres\u00a0Purwakarta memimpin\tapel", FONT, 8, 100)
    assert "Kapolres\u00a0Purwakarta" in lines and "apel" in lines[-1]
    assert all("\t" not in line for line in lines)
