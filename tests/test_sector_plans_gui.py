"""Sector plans in the window, driven with qtbot on real files: File > Export > Sector Plan writes
the sector and records it, File > Merge Sector Plan previews the merge with its conflicts, applies
it as one undo step (undo puts plan and merge record back), refuses a foreign file in one sentence;
the Sectors dock rolls up; a sector file's title says whose sector it is."""

from __future__ import annotations

from dataclasses import replace

from test_sector_plans import SECTOR, district
from test_ui_window import make_window

from desktop.sectorplans import exports_of
from desktop.storage import OperationDocument, open_operation_file, save_plan


def open_master(tmp_path):
    path = tmp_path / "master.renpam"
    save_plan(district(), path)
    return OperationDocument.open(path)


def test_export_edit_merge_preview_and_one_step_undo(qtbot, tmp_path):
    """Export from the window, edit both sides, merge with a conflict taken from the sector: one
    undo step restores the plan and forgets the merge; redo brings both back."""
    window = make_window(qtbot, tmp_path, open_master(tmp_path))
    plan = window.plan
    out = window.sector_plans.export_sector([SECTOR], str(tmp_path / "sektor.renpam"))
    assert out is not None and out.exists() and window.is_dirty()
    assert [e.label for e in exports_of(plan)] == [SECTOR]
    window.sectors_panel.refresh()
    assert window.sectors_panel.tree.topLevelItemCount() == 1
    assert window.sectors_panel.tree.topLevelItem(0).text(3) in ("not yet", "belum")

    sector = open_operation_file(out).plan
    first, second = list(sector.posts)[:2]
    sector.put_post(replace(sector.posts[first], tasks="versi Polsek", equipment="HT Polsek"))
    sector.put_post(replace(sector.posts[second], radio_channel="CH-7"))
    save_plan(sector, out)
    plan.put_post(replace(plan.posts[first], tasks="versi Polres", equipment="HT Polres"))
    before_tasks = plan.posts[first].tasks

    dialog = window.sector_plans.merge_sector(str(out), exec_dialog=False)
    qtbot.addWidget(dialog)
    assert len(dialog.outcome.conflicts) == 1 and dialog.conflicts_tree.topLevelItemCount() == 1
    conflict_id = dialog.outcome.conflicts[0].id
    assert dialog.changes_list.count() == 1  # the radio channel of the second post
    assert dialog.not_applied_list.count() == 1  # the conflict, kept as the master's until decided
    dialog.choose(conflict_id, "theirs", "tasks")  # per field: the sector's tasks, the master's equipment
    dialog.recompute()
    assert dialog.not_applied_list.count() == 1 and dialog.changes_list.count() == 2
    steps = window.ws.undo_stack.count()
    dialog.apply()
    assert dialog.applied and window.ws.undo_stack.count() == steps + 1
    assert plan.posts[first].tasks == "versi Polsek" and plan.posts[first].equipment == "HT Polres"
    assert plan.posts[second].radio_channel == "CH-7" and len(plan.sector_merges) == 1
    window.sectors_panel.refresh()
    assert window.sectors_panel.tree.topLevelItem(0).text(3) not in ("not yet", "belum")

    window.ws.undo_stack.undo()
    assert plan.posts[first].tasks == before_tasks and plan.posts[second].radio_channel != "CH-7"
    assert plan.sector_merges == []
    window.ws.undo_stack.redo()
    assert plan.posts[first].tasks == "versi Polsek" and len(plan.sector_merges) == 1


def test_a_foreign_file_is_refused_in_one_sentence_and_nothing_changes(qtbot, tmp_path, demo_file):
    window = make_window(qtbot, tmp_path, open_master(tmp_path))
    revision = window.plan.revision
    assert window.sector_plans.merge_sector(str(demo_file)) is None
    ((_title, text),) = window.prompts.errors
    assert "\n" not in text and ("bukan rencana sektor" in text or "not a sector plan" in text)
    bad = tmp_path / "bad.renpam"
    bad.write_bytes(b"\x00" * 100)
    assert window.sector_plans.merge_sector(str(bad)) is None
    assert len(window.prompts.errors) == 2 and window.plan.revision == revision


def test_a_sector_file_says_whose_sector_it_is(qtbot, tmp_path):
    """Opened in the window, a sector file's title and Sectors dock say "Sector … of …"."""
    master = open_master(tmp_path)
    window = make_window(qtbot, tmp_path, master)
    out = window.sector_plans.export_sector([SECTOR], str(tmp_path / "sektor.renpam"))
    other = make_window(qtbot, tmp_path / "b", OperationDocument.open(out))
    assert SECTOR in other.windowTitle() and "Operasi Mantap Praja" in other.windowTitle()
    other.sectors_panel.refresh()
    assert SECTOR in other.sectors_panel.heading.text()


def test_export_dialog_lists_the_polsek_with_their_posts(qtbot, tmp_path):
    from ui.sector_plans import SectorExportDialog

    window = make_window(qtbot, tmp_path, open_master(tmp_path))
    dialog = SectorExportDialog(window.plan, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 17
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.set_chosen([SECTOR])
    assert dialog.chosen() == [SECTOR] and ok.isEnabled()


def test_export_dialog_takes_sub_districts_and_the_selected_posts(qtbot, tmp_path):
    """As `renpam export --kecamatan ... --post ...`: a sub-district's posts whatever Polsek covers
    them, plus the posts selected in the window; the choices add up and go into the sector file."""
    from ui.sector_plans import SectorExportDialog

    window = make_window(qtbot, tmp_path, open_master(tmp_path))
    plan = window.plan
    extra = next(p.code for p in plan.posts.values() if p.district != "Campaka")
    dialog = SectorExportDialog(plan, window, [extra, "NO-SUCH-POST"])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    names = [dialog.districts.item(i).data(0x0100) for i in range(dialog.districts.count())]
    assert "Campaka" in names and names == sorted(names, key=str.casefold)
    assert dialog.posts_box.isVisibleTo(dialog) and "1" in dialog.posts_box.text()
    assert not ok.isEnabled()
    dialog.set_districts(["Campaka"])
    assert ok.isEnabled() and dialog.selection() == {"kecamatan": ["Campaka"]}
    dialog.posts_box.setChecked(True)
    selection = dialog.selection()
    assert selection == {"kecamatan": ["Campaka"], "posts": [extra]}

    out = window.sector_plans.export_sector(path=str(tmp_path / "campaka.renpam"), selection=selection)
    assert out is not None and out.exists()
    campaka = {p.code for p in plan.posts.values() if p.district == "Campaka"}
    assert set(open_operation_file(out).plan.posts) == campaka | {extra}
    assert "Campaka" in exports_of(plan)[-1].label
