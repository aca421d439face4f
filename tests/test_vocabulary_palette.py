"""One vocabulary and one palette: the window, the printouts and the command line name codes and
colour rings alike.

The core vocabulary names every stored code in Indonesian and English; the window shows it in the
interface language; the printed post sheet in the print job's language. The site plan on screen
and annex B on paper draw each ring in the same colour, the palette's.
"""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage, QPainter

from desktop import palette, vocabulary
from desktop.briefing import BriefingOptions, generate
from desktop.briefing.layout import RING_COLORS
from desktop.model import KNOWN_SKILLS
from desktop.storage import OperationDocument
from ui import labels
from ui import palette as ui_palette


def test_every_code_of_the_model_is_named_in_both_languages():
    for name, (table, codes) in vocabulary.TABLES.items():
        assert list(table) == list(codes), name
        for code, (text_id, text_en) in table.items():
            assert text_id.strip() and text_en.strip(), (name, code)
    assert vocabulary.label(vocabulary.POST_KIND, "pos_pantau", "id") == "Pos pantau"
    assert vocabulary.label(vocabulary.POST_KIND, "pos_pantau", "en") == "Observation post"
    assert vocabulary.label(vocabulary.RANK_GROUP, "pama", "id") == "Perwira pertama (Pama)"
    assert vocabulary.label(vocabulary.RANK_GROUP, "pama", "en") == "Junior officer (Pama)"
    assert vocabulary.label(vocabulary.RING, None, "id") == "Di luar ring"
    assert vocabulary.label(vocabulary.SKILL, "tembak", "id") == "tembak"  # a skill Renpam does not know
    assert vocabulary.choices(vocabulary.GENDER, "en") == [("L", "Male"), ("P", "Female")]


def test_window_labels_follow_the_interface_language(qapp, indonesian_ui):
    assert labels.post_kind("pos_pantau") == "Pos pantau"
    assert labels.staffing("short") == "Kurang dari minimal"
    assert labels.choices(labels.ROLES) == [("danpos", "Komandan pos (danpos)"), ("anggota", "Anggota")]


def test_window_labels_in_english_without_a_translator(qapp):
    from ui import i18n

    i18n.uninstall()
    assert labels.post_kind("pos_pantau") == "Observation post"
    assert labels.severity("error") == "Error"


def test_person_dialog_offers_the_known_skills(qtbot, demo_plan):
    from ui.dialogs import PersonDialog

    assert list(vocabulary.SKILL) == list(KNOWN_SKILLS)
    dialog = PersonDialog(demo_plan)
    qtbot.addWidget(dialog)
    assert dialog.skills.placeholderText() == ", ".join(KNOWN_SKILLS)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_post_sheet_names_kind_and_ring_from_the_vocabulary(demo_plan, lang):
    post = next(p for p in demo_plan.posts.values() if p.ring == "II")
    buf = io.BytesIO()
    generate(demo_plan, buf, BriefingOptions(documents=("posts",), posts=(post.code,), lang=lang))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(buf.getvalue())).pages))
    assert vocabulary.label(vocabulary.POST_KIND, post.kind, lang) in text
    assert "Ring II" in text


def _pdf_stroke_colours(data: bytes) -> set[str]:
    """Every "r g b RG" stroke colour set in the PDF's page contents, as "#rrggbb"."""
    found = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        content = page.get_contents()
        raw = content.get_data() if content is not None else b""
        for r, g, b in re.findall(rb"([\d.]+) ([\d.]+) ([\d.]+) RG", raw):
            found.add(QColor.fromRgbF(float(r), float(g), float(b)).name())
    return found


def test_screen_and_print_draw_the_rings_in_the_same_colours(qtbot, demo_plan):
    from ui.siteplan_scene import MARKER_R, SitePlanScene
    from ui.workspace import Workspace

    # one palette, wrapped for Qt and for ReportLab
    for ring, hex_ in palette.RING.items():
        assert ui_palette.RING_COLOURS[ring].name() == hex_
        assert "#" + RING_COLORS[ring].hexval()[2:].lower() == hex_

    # the screen: ring outlines and post markers of the demo's site plan
    document = OperationDocument(demo_plan)
    ws = Workspace(document)
    scene = SitePlanScene(ws)
    qtbot.waitUntil(lambda: len(scene.markers) == len(demo_plan.posts))
    outline_colours = {item.pen().color().name() for item in scene.ring_items if hasattr(item, "polygon")}
    assert outline_colours == {palette.RING[o.ring] for o in demo_plan.ring_outlines.values()}
    for code, marker in scene.markers.items():
        image = QImage(80, 80, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        painter.translate(40, 40)
        marker.paint(painter, None)
        painter.end()
        inside = image.pixelColor(40, int(40 - MARKER_R + 6)).name()  # in the disc, above the label
        assert inside == palette.ring(demo_plan.posts[code].ring), code

    # the paper: annex B (site plan) strokes each ring outline and marker in the palette's colour
    buf = io.BytesIO()
    generate(demo_plan, buf, BriefingOptions(documents=("packet",)))
    printed = _pdf_stroke_colours(buf.getvalue())
    used = {palette.ring(p.ring) for p in demo_plan.posts.values() if p.ring} | outline_colours
    assert used <= printed
    assert "#2e7d32" not in printed  # the old green of Ring III on paper is gone
