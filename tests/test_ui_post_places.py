"""The posts list and the print dialog's post list of an election operation filter by Polsek,
kecamatan, village or cluster and run in sector order (Polsek, kecamatan, cluster, TPS number)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_post_groups import vote_plan
from test_ui_window import make_window

from desktop.model import Post
from desktop.planning import post_groups
from desktop.storage.document import OperationDocument
from ui.print_dialog import PrintDialog
from ui.roles import CODE_ROLE, KEY_ROLE


def _shown(panel) -> list[str]:
    return [panel.proxy.index(r, 0).data(KEY_ROLE) for r in range(panel.proxy.rowCount())]


def test_posts_list_filters_by_polsek_kecamatan_village_and_cluster(qtbot, tmp_path):
    """Choosing a level and a value shows only those posts; the text box narrows further; "All
    areas" shows every post again; a venue plan has no such bar."""
    plan = vote_plan()
    w = make_window(qtbot, tmp_path, OperationDocument(plan))
    panel = w.posts
    bar = panel.places
    assert not bar.isHidden()
    assert [bar.level.itemData(i) for i in range(bar.level.count())] == [None, *post_groups.LEVELS]
    bar.choose("polsek", "PS-BUNGUR")
    shown = _shown(panel)
    tip = panel.proxy.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    post = plan.posts[shown[0]]
    assert tip.splitlines()[-1] == " · ".join(x for x in ("PS-BUNGUR", "Bungursari", post.village, post.cluster) if x)
    assert shown and set(shown) == set(post_groups.matching(plan, "polsek", "PS-BUNGUR"))
    assert bar.value.currentText() == "Polsek Bungursari (PS-BUNGUR)"
    bar.choose("cluster", "K3")
    assert set(_shown(panel)) == {c for c, p in plan.posts.items() if p.cluster == "K3"} and len(_shown(panel)) > 10
    village = next(p.village for p in plan.posts.values() if p.village)
    bar.choose("village", village)
    assert {plan.posts[c].village for c in _shown(panel)} == {village}
    bar.choose("district", "Cibatu")
    panel.search.setText("TPS")
    assert _shown(panel) and all(plan.posts[c].district == "Cibatu" and c.startswith("TPS") for c in _shown(panel))
    panel.search.clear()
    bar.choose(None)
    assert len(_shown(panel)) == len(plan.posts) and not bar.value.isEnabled()
    # Another operation, without sectors: no bar, every post.
    from desktop.demo import build_demo_plan

    w.ws.set_document(OperationDocument(build_demo_plan()))
    assert bar.isHidden() and len(_shown(panel)) == len(w.plan.posts)


def test_posts_list_in_sector_order_and_back_to_the_plans_order(qtbot, tmp_path):
    """ "By sector" runs the list by Polsek, kecamatan, cluster, TPS number; a new post takes its
    place in that order; a header click or unticking returns to a column's or the plan's order."""
    plan = vote_plan()
    w = make_window(qtbot, tmp_path, OperationDocument(plan))
    panel = w.posts
    plan_order = _shown(panel)
    assert plan_order == list(plan.posts)
    panel.places.sector_order.setChecked(True)
    assert _shown(panel) == post_groups.sector_order(plan)
    assert panel.places.isVisible() or not w.isVisible()
    # A TPS added to Bungursari's first cluster sorts in with its fellows.
    plan.put_post(
        Post("TPS-NEW-000", "TPS 000 Bungursari", kind="tps", sector="Bungursari", district="Bungursari", cluster="K1")
    )
    qtbot.waitUntil(lambda: "TPS-NEW-000" in _shown(panel), timeout=3000)
    qtbot.waitUntil(lambda: _shown(panel) == post_groups.sector_order(plan), timeout=3000)
    panel.places.sector_order.setChecked(False)
    assert _shown(panel) == list(plan.posts)
    panel.places.sector_order.setChecked(True)
    panel.view.sortByColumn(1, panel.view.horizontalHeader().sortIndicatorOrder())
    assert not panel.places.sector_order.isChecked()


def test_print_dialog_post_list_by_polsek_in_sector_order(qtbot, tmp_path):
    """The print dialog's posts: sector order, one Polsek's posts by the place filter, and All/None
    acting on those only, so one Polsek's sheets can be printed."""
    plan = vote_plan()
    dialog = PrintDialog(OperationDocument(plan))
    qtbot.addWidget(dialog)
    places = dialog.post_places
    assert not places.isHidden()

    def rows(shown_only: bool = False) -> list[str]:
        w = dialog.post_list
        return [w.item(i).data(CODE_ROLE) for i in range(w.count()) if not (shown_only and w.item(i).isHidden())]

    assert rows() == list(plan.posts)
    places.sector_order.setChecked(True)
    assert rows() == post_groups.sector_order(plan)
    places.choose("polsek", "PS-CIBATU")
    wanted = post_groups.matching(plan, "polsek", "PS-CIBATU")
    assert rows(shown_only=True) == post_groups.sector_order(plan, wanted)
    dialog._check_all(dialog.post_list, False)
    places.choose(None)
    assert rows(shown_only=True) == rows()
    assert set(dialog.checked(dialog.post_list)) == set(plan.posts) - set(wanted)  # None took only Cibatu's
    dialog._check_all(dialog.post_list, False)
    places.choose("polsek", "PS-CIBATU")
    dialog._check_all(dialog.post_list, True)
    assert set(dialog.options().posts) == set(wanted)
    dialog.post_filter.setText("TPS-CIBATU-00")
    assert rows(shown_only=True) and all(c.startswith("TPS-CIBATU-00") for c in rows(shown_only=True))
    dialog.done(0)
