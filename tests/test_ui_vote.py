"""The window for a vote: the post dialog's escort route and polling-station fields, edited with
qtbot through the window's own edit path (undoable), and the category import through the wizard."""

from __future__ import annotations

from test_ui_window import make_window, with_dialog
from test_vote import T

from desktop.model import Operation, Person, Plan, Post, Shift, Unit
from desktop.storage.document import OperationDocument


def vote_document() -> OperationDocument:
    plan = Plan()
    plan.load(
        operation=Operation(name="Pilkada", kind="pemilu", start=T(26, 6), end=T(28, 12)),
        units=[Unit("PS-CBR", "Polsek Cibeureum", "POLRI", sector="Cibeureum")],
        shifts=[Shift("TPS", "Pengamanan TPS", T(26, 20), T(27, 20)), Shift("KAWAL", "Kawal", T(27, 20), T(28, 4))],
        posts=[
            Post("KWL-1", "Kawal Cibeureum", kind="pengawalan", shifts=["KAWAL"]),
            Post("TPS-001", "TPS 001", kind="tps", shifts=["TPS"], district="Cibeureum"),
        ],
    )
    return OperationDocument(plan)


def test_post_dialog_edits_an_escort_route_and_undo_takes_it_back(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path, vote_document())
    seen = {}

    def fill(d):
        seen["route"] = d.vote.route.isVisibleTo(d)
        seen["category"] = d.vote.category.isVisibleTo(d)
        d.vote.route.setText("TPS 001-012 -> PPK Kec. Cibeureum -> KPU")

    with_dialog(fill)
    w.edits.edit_post("KWL-1")
    assert seen == {"route": True, "category": False}  # an escort shows its route, not the TPS rows
    assert w.plan.posts["KWL-1"].route == "TPS 001-012 -> PPK Kec. Cibeureum -> KPU"
    w.ws.undo_stack.undo()
    assert w.plan.posts["KWL-1"].route == ""


def test_post_dialog_edits_a_polling_stations_category_place_voters_and_coordinates(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path, vote_document())
    seen = {}

    def fill(d):
        seen["route"] = d.vote.route.isVisibleTo(d)
        v = d.vote
        v.category.setCurrentIndex(v.category.findData("sangat_rawan"))
        v.cluster.setText("K-03")
        v.village.setText("Setiaratu")
        v.voters.setValue(245)
        v.latitude.setText("-7,3512")
        v.longitude.setText("108.2391")

    with_dialog(fill)
    w.edits.edit_post("TPS-001")
    post = w.plan.posts["TPS-001"]
    assert seen["route"] is False
    assert (post.category, post.cluster, post.village, post.district, post.voters) == (
        "sangat_rawan",
        "K-03",
        "Setiaratu",
        "Cibeureum",
        245,
    )
    assert (post.latitude, post.longitude) == (-7.3512, 108.2391)


def test_post_dialog_refuses_half_coordinates_in_one_sentence(qtbot, tmp_path):
    from ui.dialogs import PostDialog

    doc = vote_document()
    dialog = PostDialog(doc.plan, doc.plan.posts["TPS-001"])
    qtbot.addWidget(dialog)
    dialog.vote.latitude.setText("-7.35")
    dialog.accept()
    assert dialog.result_post is None and "both or neither" in dialog.error.text()
    dialog.vote.longitude.setText("108.2")
    dialog.accept()
    assert dialog.result_post is not None and dialog.result_post.longitude == 108.2


def test_changing_the_kind_to_escort_shows_the_route(qtbot, tmp_path):
    from ui.dialogs import PostDialog

    doc = vote_document()
    dialog = PostDialog(doc.plan, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.vote.route.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("pengawalan"))
    assert dialog.vote.route.isVisible() and not dialog.vote.category.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("tps"))
    assert dialog.vote.category.isVisible() and not dialog.vote.route.isVisible()


def test_duty_dialog_sets_the_tps_duty_limit_as_one_undo_step(qtbot, tmp_path):
    """Plan > Duty and Reserve: the model and the TPS duty limit, written at once and undone at once."""
    w = make_window(qtbot, tmp_path, vote_document())
    w.plan.put_person(Person("c1", "Cecep", rank="Bripka", unit="PS-CBR"))
    w.plan.assign("c1", "TPS-001", "TPS", "danpos")
    w.plan.assign("c1", "KWL-1", "KAWAL", "danpos")  # 24 h + 8 h: one duty of 32 h

    def fill(d):
        d.tps_hours.setValue(30)

    with_dialog(fill)
    w.actions["duty_settings"].trigger()
    assert w.plan.settings["tps_duty_hours"] == 30.0
    from desktop.validation import validate

    assert [f.person for f in validate(w.plan) if f.rule == "max_hours"] == ["c1"]
    w.ws.undo_stack.undo()
    assert w.plan.settings["tps_duty_hours"] == 36.0
    assert not [f for f in validate(w.plan) if f.rule == "max_hours"]


def test_category_list_through_the_import_wizard(qtbot, tmp_path):
    """The wizard reads a category list and sets the TPS's category; undo takes it back."""
    from PySide6.QtGui import QUndoStack
    from test_vote_lists import write_csv

    from ui.import_wizard import ImportWizard

    doc = vote_document()
    doc.plan.put_post(Post("TPS-002", "TPS 002", kind="tps", shifts=["TPS"], district="Cibeureum"))
    listing = write_csv(tmp_path / "kategori.csv", [["No TPS", "Kategori"], ["1", "rawan"], ["2", "khusus"]])
    stack = QUndoStack()
    wizard = ImportWizard(doc, "categories", stack)
    qtbot.addWidget(wizard)
    wizard.load(listing, None)
    result = wizard.run_import(only_valid=False)
    assert result.applied and result.updated == 2
    assert (doc.plan.posts["TPS-001"].category, doc.plan.posts["TPS-002"].category) == ("rawan", "khusus")
    assert "categories" in wizard.windowTitle().lower() or "kategori" in wizard.windowTitle().lower()
    stack.undo()
    assert doc.plan.posts["TPS-001"].category is None


def test_the_posts_list_shows_a_kpu_lists_long_codes_whole(qtbot, tmp_path):
    """Codes from a KPU list (TPS-BABAKANCIKAO-101) are wider than a venue's; the code column grows
    to the longest of the plan, also when a longer one is added later."""
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.model import Post as P

    w = make_window(qtbot, tmp_path, vote_document())
    view = w.posts.view
    bold = QFont(view.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    assert view.columnWidth(0) >= 56
    w.plan.put_post(P("TPS-BABAKANCIKAO-101", "TPS 101 Babakancikao", kind="tps", shifts=["TPS"]))
    qtbot.waitUntil(lambda: view.columnWidth(0) >= metrics.horizontalAdvance("TPS-BABAKANCIKAO-101") + 8)
