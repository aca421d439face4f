"""The problems pane grouped by rule: a tree of rules with their counts, the findings below, every
filter still applying, a click on a finding still leading to its post or person."""

from __future__ import annotations

from collections import Counter

from test_ui_window import make_window

from desktop.generator import generate_large_plan
from desktop.messages import text_of
from desktop.storage.document import OperationDocument
from ui.roles import KEY_ROLE


def _tree_counts(pane) -> dict[str, int]:
    """Rule -> count as the tree shows it, checked against the children under each rule row."""
    model = pane.tree_model
    counts = {}
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        rule = group.data(256)  # Qt.UserRole: the rule code
        shown = group.data()
        children = model.rowCount(group)
        assert shown.endswith(f"({children})"), shown
        for child in range(children):
            assert model.index(child, 0, group).data(KEY_ROLE).rule == rule
        counts[rule] = children
    return counts


def test_grouping_by_rule_shows_each_rule_with_its_count_and_keeps_the_filters(qtbot, tmp_path):
    """ "By rule" turns the list into rule rows (most findings first, labelled with the count) whose
    children are that rule's findings; errors only, this shift and the text box apply to the tree."""
    plan = generate_large_plan(personnel=300, posts=120, shifts=2, assign=True)
    w = make_window(qtbot, tmp_path, OperationDocument(plan))
    pane = w.problems
    pane.refresh()
    findings = pane.model.findings
    assert len({f.rule for f in findings}) >= 2
    assert pane.lists.currentWidget() is pane.view
    pane.filters.grouped.setChecked(True)
    assert pane.lists.currentWidget() is pane.tree
    everything = Counter(f.rule for f in findings)
    assert _tree_counts(pane) == dict(everything)
    order = [pane.tree_model.index(r, 0).data(256) for r in range(pane.tree_model.rowCount())]
    assert [everything[r] for r in order] == sorted(everything.values(), reverse=True)
    first = pane.tree_model.index(0, 0)
    assert first.data().startswith(text_of(f"rule.{order[0]}", pane.model.lang))
    assert pane.tree.isFirstColumnSpanned(0, first.parent())
    # Filters apply with grouping on.
    pane.filters.errors.setChecked(True)
    assert _tree_counts(pane) == dict(Counter(f.rule for f in findings if f.severity == "error"))
    pane.filters.errors.setChecked(False)
    pane.filters.this_shift.setChecked(True)
    shift = w.ws.current_shift
    assert _tree_counts(pane) == dict(Counter(f.rule for f in findings if f.shift in (None, shift)))
    pane.filters.this_shift.setChecked(False)
    rule = pane.filters.rule.itemData(1)
    pane.filters.rule.setCurrentIndex(1)
    pane.filters.rule.activated.emit(1)
    assert _tree_counts(pane) == {rule: everything[rule]}
    assert pane.tree.isExpanded(pane.tree_model.index(0, 0))  # the only rule left is opened
    pane.filters.rule.setCurrentIndex(0)
    pane.filters.rule.activated.emit(0)
    post = next(f.post for f in findings if f.post)
    pane.filters.text.setText(post)
    assert sum(_tree_counts(pane).values()) == pane.shown() < len(findings)
    pane.filters.text.clear()
    # Grouping off: the flat list again, with everything.
    pane.filters.grouped.setChecked(False)
    assert pane.lists.currentWidget() is pane.view and pane.shown() == len(findings)


def test_clicking_a_grouped_finding_selects_its_post_and_a_rule_row_does_nothing(qtbot, tmp_path):
    """A click on a finding in the tree leads to its post like the flat list; on a rule row, nowhere."""
    plan = generate_large_plan(personnel=300, posts=120, shifts=2, assign=True)
    w = make_window(qtbot, tmp_path, OperationDocument(plan))
    pane = w.problems
    pane.refresh()
    pane.filters.grouped.setChecked(True)
    clicked: list[tuple[str, str]] = []
    pane.target_clicked.connect(lambda kind, key: clicked.append((kind, key)))
    model = pane.tree_model
    group = next(
        model.index(r, 0) for r in range(model.rowCount()) if model.index(0, 0, model.index(r, 0)).data(KEY_ROLE).post
    )
    pane.tree.clicked.emit(group)
    assert clicked == []
    finding_index = model.index(0, 1, group)
    finding = finding_index.data(KEY_ROLE)
    assert finding_index.data() == finding.message(pane.model.lang)
    pane.tree.clicked.emit(finding_index)
    assert ("post", finding.post) in clicked


def test_grouped_tree_follows_a_new_check_and_expanded_rules_stay_open(qtbot, tmp_path):
    """After an edit and a new check the tree is rebuilt from the new findings; a rule the planner
    opened stays open."""
    plan = generate_large_plan(personnel=300, posts=120, shifts=2, assign=True)
    w = make_window(qtbot, tmp_path, OperationDocument(plan))
    pane = w.problems
    pane.refresh()
    pane.filters.grouped.setChecked(True)
    model = pane.tree_model
    opened = model.index(model.rowCount() - 1, 0)
    rule = opened.data(256)
    pane.tree.setExpanded(opened, True)
    person = next(iter(w.plan.personnel))
    w.plan.remove_person(person)
    pane.refresh()
    assert _tree_counts(pane) == dict(Counter(f.rule for f in pane.model.findings))
    again = next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(256) == rule)
    assert pane.tree.isExpanded(again)
