"""The "Changes since the last print" dock speaks the interface language, and follows a switch live."""

from __future__ import annotations

from test_ui_window import make_window

from desktop.cli import main as renpam
from desktop.storage import OperationDocument
from ui import i18n
from ui import settings as cfg

HEADING_ID = "Sejak cetak revisi 1"


def texts(panel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def test_changes_panel_switches_language_live(qtbot, demo_file, tmp_path):
    """After a print and a move, switching to English and back retranslates the heading and every change."""
    assert renpam(["print", str(demo_file), "-o", str(tmp_path / "slips.pdf"), "--doc", "slips"]) == 0
    window = make_window(qtbot, tmp_path, OperationDocument.open(demo_file))
    plan = window.document.plan
    person = next(p for p in plan.personnel.values() if p.name == "Dewi Lestari")
    plan.remove_person(person.id)  # one change: a person removed from the roster and the posts
    panel = window.changes
    try:
        window.set_language("en")  # the window may start in either language: start from English
        window.set_language("id")
        qtbot.waitUntil(lambda: "Dewi Lestari" in " ".join(texts(panel)), timeout=5000)
        heading_id, changes_id = panel.heading.text(), texts(panel)
        assert heading_id.startswith(HEADING_ID) and f": {len(changes_id)} perubahan" in heading_id, heading_id
        assert changes_id and all("removed" not in t for t in changes_id), changes_id

        window.set_language("en")
        qtbot.waitUntil(lambda: panel.heading.text().startswith("Since print revision 1"), timeout=5000)
        changes_en = texts(panel)
        assert len(changes_en) == len(changes_id) and changes_en != changes_id
        assert any("Dewi Lestari" in t for t in changes_en), changes_en

        window.set_language("id")
        qtbot.waitUntil(lambda: panel.heading.text() == heading_id, timeout=5000)
        assert texts(panel) == changes_id
    finally:  # leave the session as it was: no translator, default preference
        i18n.install("en")
        cfg.settings().remove(cfg.LANGUAGE)
