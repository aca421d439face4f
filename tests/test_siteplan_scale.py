"""The site plan's scale cannot contradict its drawing: with the ground width the picture spans,
the printout draws its own scale bar and states its own scale (a ratio written in the note is
printed as that one); a ratio written without the width is a finding. Command line, window, PDF."""

from __future__ import annotations

import re
from dataclasses import replace

from pypdf import PdfReader

from desktop.cli import main
from desktop.model import SitePlan
from desktop.storage import open_operation_file, save_plan
from desktop.validation import validate

CAPTION = re.compile(r"Skala pada cetakan ini ± 1:([\d.]+)")


def annex_b(path) -> str:
    pages = [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(str(path)).pages]
    return next(t for t in pages if 'LAMPIRAN "B"' in t)


def ratio(text: str) -> int:
    return int(CAPTION.search(text).group(1).replace(".", ""))


def with_note(demo_plan, tmp_path, note: str, width: float | None):
    demo_plan.set_site_plan(replace(demo_plan.site_plan, scale_note=note))
    if width is None:
        del demo_plan.settings["siteplan_width_m"]
    else:
        demo_plan.set_setting("siteplan_width_m", width)
    path = tmp_path / "demo.renpam"
    save_plan(demo_plan, path)
    return path


def test_written_ratio_without_width_is_a_finding_until_the_width_is_given(demo_plan, tmp_path, capsys):
    """'Skala 1:1.000' with no width warns (siteplan_scale, both languages); `renpam siteplan --width-m` clears it."""
    path = with_note(demo_plan, tmp_path, "Skala 1:1.000, 1 kotak grid = 10 m", None)
    [finding] = [f for f in validate(open_operation_file(path).plan) if f.rule == "siteplan_scale"]
    assert "1:1.000" in finding.message_id and "1:1.000" in finding.message_en
    assert "width" in finding.message_en and "lebar" in finding.message_id
    assert main(["validate", str(path)]) == 0  # a warning: exit 1 is for errors
    assert "[siteplan_scale]" in capsys.readouterr().out
    assert main(["siteplan", str(path), "--width-m", "320"]) == 0
    plan = open_operation_file(path).plan
    assert plan.settings["siteplan_width_m"] == 320.0
    assert not [f for f in validate(plan) if f.rule == "siteplan_scale"]


def test_no_finding_for_a_note_without_a_ratio(demo_plan):
    """The demo's note names its bar, not a ratio: nothing to check, nothing reported, with or without the width."""
    del demo_plan.settings["siteplan_width_m"]
    assert not [f for f in validate(demo_plan) if f.rule == "siteplan_scale"]


def test_printed_scale_is_derived_and_replaces_the_written_ratio(demo_plan, tmp_path):
    """With the width, annex B states the printout's ratio and prints the note's '1:1.000' as that same ratio;
    it differs between A4 and F4 (the picture prints at another size) and doubles with the width."""
    path = with_note(demo_plan, tmp_path, "Skala 1:1.000, 1 kotak grid = 10 m", 320)
    a4, f4 = tmp_path / "a4.pdf", tmp_path / "f4.pdf"
    assert main(["print", str(path), "-o", str(a4)]) == 0
    assert main(["print", str(path), "-o", str(f4), "--paper", "F4"]) == 0
    page = annex_b(a4)
    n = ratio(page)
    assert "1:1.000" not in page and f"Skala ± 1:{n:,}".replace(",", ".") in page
    assert "50 m" in page  # the bar: a round length about a quarter of the 320 m
    assert 1500 <= n <= 3000  # 320 m printed about 15 cm wide
    assert ratio(annex_b(f4)) != n
    assert main(["siteplan", str(path), "--width-m", "640"]) == 0
    double = tmp_path / "double.pdf"
    assert main(["print", str(path), "-o", str(double)]) == 0
    assert abs(ratio(annex_b(double)) - 2 * n) <= 0.06 * n
    en = tmp_path / "en.pdf"
    assert main(["print", str(path), "-o", str(en), "--lang", "en"]) == 0
    pages = [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(str(en)).pages]
    assert any(re.search(r"Scale of this printout ± 1:[\d,]+", t) for t in pages)


def test_without_width_the_note_prints_as_written(demo_plan, tmp_path):
    """No width: no scale bar of Renpam's and the note as the planner wrote it."""
    path = with_note(demo_plan, tmp_path, "Skala 1:1.000", None)
    out = tmp_path / "p.pdf"
    assert main(["print", str(path), "-o", str(out)]) == 0
    page = annex_b(out)
    assert "Skala 1:1.000" in page and not CAPTION.search(page)


def test_siteplan_verb_refuses_bad_widths_and_changes_nothing(demo_file, capsys):
    """A width that is not a number or beyond 100 km exits 2 with one line; the file is unchanged."""
    before = demo_file.read_bytes()
    for bad in ("abc", "-5", "1e9", "nan"):
        try:
            code = main(["siteplan", str(demo_file), "--width-m", bad])
        except SystemExit as exc:  # argparse's usage error
            code = exc.code
        assert code == 2, bad
        err = capsys.readouterr().err.strip().splitlines()[-1]
        assert "--width-m" in err and "Traceback" not in err
    assert demo_file.read_bytes() == before


def test_window_dialog_sets_the_width_in_one_undo_step(qtbot, tmp_path, demo_plan):
    """Plan > Site Plan Title and Scale: the width field changes the setting with the note in one undo step."""
    from test_ui_window import make_window, with_dialog

    from desktop.storage import OperationDocument
    from ui.site_plan_dialog import SitePlanDetailsDialog

    demo_plan.site_plan = SitePlan(demo_plan.site_plan.title, demo_plan.site_plan.image_png, "Skala 1:1.000")
    del demo_plan.settings["siteplan_width_m"]
    w = make_window(qtbot, tmp_path, OperationDocument(demo_plan))

    def fill(d):
        assert isinstance(d, SitePlanDetailsDialog) and d.width_m.value() == 0
        d.width_m.setValue(320)
        d.grab().save(str(tmp_path / "site_plan_dialog.png"))

    with_dialog(fill)
    w.actions["site_plan_details"].trigger()
    assert w.plan.settings["siteplan_width_m"] == 320 and w.ws.undo_stack.count() == 1
    assert not [f for f in validate(w.plan) if f.rule == "siteplan_scale"]
    w.ws.undo_stack.undo()
    assert not w.plan.settings.get("siteplan_width_m")
    assert [f for f in validate(w.plan) if f.rule == "siteplan_scale"]
