"""Selection kept in step across the window: a post chosen on the site plan is chosen in the
posts list (and back), a problem clicked selects its post or person, Find focuses the roster.

`SelectionSync` is one part of `MainWindow`, given the views it keeps in step.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QTabWidget

from ui.panels import PostsPanel, RosterPanel
from ui.siteplan_view import SitePlanScene, SitePlanView


class SelectionSync:
    """Selects posts and people in every view that shows them."""

    def __init__(
        self,
        *,
        posts: PostsPanel,
        scene: SitePlanScene,
        plan_view: SitePlanView,
        roster: RosterPanel,
        roster_dock: QDockWidget,
        tabs: QTabWidget,
    ) -> None:
        self.posts, self.scene, self.plan_view = posts, scene, plan_view
        self.roster, self.roster_dock, self.tabs = roster, roster_dock, tabs
        # Called with the codes whenever the window itself makes posts current (chooser, problem, new post).
        self.followers: list = []
        scene.posts_selected.connect(self._posts_selected_on_plan)
        posts.posts_selected.connect(self._posts_selected_in_list)

    def focus_find(self) -> None:
        self.roster_dock.show()
        self.roster_dock.raise_()
        self.roster.search.setFocus()
        self.roster.search.selectAll()

    def select_posts(self, codes: list[str]) -> None:
        self.posts.select_posts(codes)
        self.scene.select_posts(codes)
        if codes and codes[0] in self.scene.markers:
            self.plan_view.ensureVisible(self.scene.markers[codes[0]], 60, 60)
        for follow in self.followers:
            follow(codes)

    def _posts_selected_on_plan(self, codes: list[str]) -> None:
        self.posts.select_posts(codes)

    def _posts_selected_in_list(self, codes: list[str]) -> None:
        self.scene.select_posts(codes)
        if codes and codes[0] in self.scene.markers:
            self.plan_view.ensureVisible(self.scene.markers[codes[0]], 60, 60)

    def select_target(self, kind: str, key: str) -> None:
        if kind == "post":
            self.tabs.setCurrentWidget(self.plan_view)
            self.select_posts([key])
        elif kind == "person":
            self.roster_dock.show()
            self.roster.select_person(key)
