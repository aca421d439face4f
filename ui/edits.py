"""The planner's edits made from the window's menus and panels: people and posts (add, edit,
delete, assign by keyboard), the site-plan image, title and rings, and the plan document
(JSON) import (read, checked and merged into a copy off the GUI thread) and export.

`WorkspaceEdits` is one part of `MainWindow`. Each edit asks through the window's `Prompts` when
it must, then pushes undo commands (`ui.commands`) on the workspace's stack; views follow the
plan's change notifications. The methods keep the names and bodies they had in `MainWindow`
(dialogs take the window as their parent); the window parts they use are reached through the
properties and forwards below.
"""

from __future__ import annotations

from desktop.files import write_atomically
from desktop.model import Plan, PlanError, RingOutline, SitePlan
from ui.background import run_in_background
from ui.commands import (
    PlanSnapshotCommand,
    PutPersonCommand,
    PutPostCommand,
    PutRingOutlineCommand,
    RemovePersonCommand,
    RemovePostCommand,
    SetSitePlanCommand,
)
from ui.dialogs import PersonDialog, PostChooser, PostDialog
from ui.file_safety import failure_text
from ui.roles import KEY_ROLE
from ui.window_part import WindowPart

JSON_FILTER = "JSON (*.json)"
IMAGE_FILTER = "PNG / JPEG (*.png *.jpg *.jpeg)"


class WorkspaceEdits(WindowPart):
    """Edits of the open plan started from the window (menus, context menus, double-clicks)."""

    # The window's views the edits read the selection from (as when these methods were the window's).
    @property
    def roster(self):
        return self.window.roster

    @property
    def posts(self):
        return self.window.posts

    @property
    def units_page(self):
        return self.window.units_page

    def focusWidget(self):
        return self.window.focusWidget()

    def select_posts(self, codes: list[str]) -> None:
        self.window.selection.select_posts(codes)

    def push(self, command) -> bool:
        try:
            self.ws.undo_stack.push(command)
        except PlanError as exc:
            self.prompts.error(self.tr("Cannot change the plan"), str(exc))
            return False
        return True

    def add_person(self) -> None:
        dialog = PersonDialog(self.plan, None, self.window)
        if dialog.exec() and dialog.result_person is not None:
            self.push(PutPersonCommand(self.plan, dialog.result_person))
            self.roster.select_person(dialog.result_person.id)

    def edit_person(self, pid: str | None = None) -> None:
        ids = [pid] if pid else self.roster.selected_ids()
        if not ids:
            return
        dialog = PersonDialog(self.plan, self.plan.personnel[ids[0]], self.window)
        if dialog.exec() and dialog.result_person is not None and not self.document.read_only:
            if dialog.result_person != self.plan.personnel[ids[0]]:
                self.push(PutPersonCommand(self.plan, dialog.result_person))

    def delete_people(self, ids: list[str]) -> None:
        if not ids or self.document.read_only:
            return
        assigned = [pid for pid in ids if self.plan.assignments_of(pid)]
        if assigned:
            names = ", ".join(self.plan.personnel[p].name for p in assigned[:5]) + (" ..." if len(assigned) > 5 else "")
            if len(assigned) == 1:
                question = self.tr("%1 has duties. Delete this person and the duties?").replace("%1", names)
            else:
                question = (
                    self.tr("%1 of the selected people have duties (%2). Delete them and their duties?")
                    .replace("%1", str(len(assigned)))
                    .replace("%2", names)
                )
            if not self.prompts.confirm(self.tr("Delete people"), question):
                return
        stack = self.ws.undo_stack
        stack.beginMacro(self.tr("Delete %n people", "", len(ids)))
        for pid in ids:
            stack.push(RemovePersonCommand(self.plan, pid))
        stack.endMacro()

    def assign_to_post(self) -> None:
        """The keyboard path for every drag: selected people -> 'Assign to post...' chooser."""
        ids = self.roster.selected_ids()
        if not ids and self.roster.proxy.rowCount() == 1:  # one match of the search: that one
            ids = [self.roster.proxy.index(0, 0).data(KEY_ROLE)]
        if not ids or self.document.read_only:
            self.statusBar().showMessage(self.tr("Select people in the roster first."), 4000)
            return
        current = self.posts.selected_codes()
        shift = self.ws.current_shift or ""
        chooser = PostChooser(
            self.posts.model, len(ids), self.window, current=current[0] if current else None, shift=shift
        )
        if chooser.exec():
            code = chooser.chosen()
            if code:
                self.ws.assign_people(ids, code)
                self.select_posts([code])

    def add_post_at(self, x: float, y: float) -> None:
        if self.document.read_only:
            return
        dialog = PostDialog(self.plan, None, (x, y), self.window)
        if dialog.exec() and dialog.result_post is not None:
            if self.push(PutPostCommand(self.plan, dialog.result_post)):
                self.select_posts([dialog.result_post.code])
                if not self.plan.shifts:
                    self.statusBar().showMessage(
                        self.tr(
                            "Post added. Add a shift first (tab Shifts): people are assigned to a post in a shift."
                        ),
                        10000,
                    )

    def edit_post(self, code: str | None) -> None:
        if not code or code not in self.plan.posts:
            return
        dialog = PostDialog(self.plan, self.plan.posts[code], parent=self.window)
        if dialog.exec() and dialog.result_post is not None and not self.document.read_only:
            if dialog.result_post != self.plan.posts[code]:
                self.push(PutPostCommand(self.plan, dialog.result_post))

    def edit_selected_post(self) -> None:
        codes = self.posts.selected_codes()
        if codes:
            self.edit_post(codes[0])

    def delete_post(self, code: str) -> None:
        self.delete_posts([code])

    def delete_posts(self, codes: list[str]) -> None:
        if not codes or self.document.read_only:
            return
        in_use = self.plan.staffed_places()
        staffed = [c for c in codes if any((c, s) in in_use for s in self.plan.shifts)]
        if staffed and not self.prompts.confirm(
            self.tr("Delete posts"), self.tr("Delete %1 and the duties at it?").replace("%1", ", ".join(codes))
        ):
            return
        stack = self.ws.undo_stack
        stack.beginMacro(self.tr("Delete %n posts", "", len(codes)))
        for code in codes:
            stack.push(RemovePostCommand(self.plan, code))
        stack.endMacro()

    def delete_selection(self) -> None:
        focus = self.focusWidget()
        if focus is self.posts.detail.view or (focus and self.posts.detail.isAncestorOf(focus)):
            self.posts.detail.remove_selected()
        elif focus is self.roster.view or (focus and self.roster.isAncestorOf(focus)):
            self.delete_people(self.roster.selected_ids())
        elif focus is self.posts.view or focus is self.plan_view or (focus and self.plan_view.isAncestorOf(focus)):
            self.delete_posts(self.posts.selected_codes())
        elif focus is self.units_page.table:
            self.units_page.delete_unit()

    def load_site_image(self) -> None:
        from desktop.siteplan import image_problem

        path = self.prompts.open_path(self.tr("Load site plan image"), IMAGE_FILTER)
        if path is None:
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.prompts.error(self.tr("Cannot load image"), str(exc))
            return
        problem = image_problem(data)
        if problem:
            self.prompts.error(self.tr("Cannot load image"), f"{path.name}: {problem.render(self.language)}")
            return
        old = self.plan.site_plan
        # The file's name ("IMG_2031") is no title for a printed annex: the title stays the planner's.
        self.push(
            SetSitePlanCommand(
                self.plan,
                SitePlan(title=old.title if old else "", image_png=data, scale_note=old.scale_note if old else ""),
            )
        )
        if not (old and old.title):
            self.statusBar().showMessage(
                self.tr("Site plan loaded. Give it a title and scale: Plan > Site Plan Title and Scale."), 10000
            )

    def edit_site_plan_details(self) -> None:
        from ui.site_plan_dialog import SitePlanDetailsDialog, apply_site_plan_details

        dialog = SitePlanDetailsDialog(self.plan, self.window)
        if dialog.exec():
            apply_site_plan_details(self.plan, self.ws.undo_stack, *dialog.values())

    def clear_site_image(self) -> None:
        old = self.plan.site_plan
        if old is not None and old.image_png:
            self.push(SetSitePlanCommand(self.plan, SitePlan(old.title, b"", old.scale_note)))

    def _ring_drawn(self, ring: str, points: list) -> None:
        from ui import labels

        old = self.plan.ring_outlines.get(ring)
        self.push(
            PutRingOutlineCommand(
                self.plan, RingOutline(ring, old.label if old else labels.ring(ring), [tuple(p) for p in points])
            )
        )

    def import_plan(self) -> None:
        from desktop.plan_json import PlanDocumentError, import_document, read_document

        path = self.prompts.open_path(self.tr("Import plan document"), JSON_FILTER)
        if path is None:
            return
        plan = self.plan

        def work() -> tuple[Plan, Plan, object]:  # off the GUI thread: read, check, merge into a copy
            doc = read_document(path)  # size and nesting checked before parsing
            before = plan.clone()
            after = before.clone()
            return before, after, import_document(after, doc)

        try:
            before, after, summary = run_in_background(
                self.window, self.tr("Importing %1...").replace("%1", path.name), work
            )
        except PlanDocumentError as exc:
            self.prompts.error(
                self.tr("Cannot import %1").replace("%1", path.name),
                self.tr("The plan document has %n problems; nothing was changed.", "", len(exc.problems)),
                "\n".join(m.render(self.language) for m in exc.messages),
            )
            return
        except (OSError, UnicodeDecodeError) as exc:
            self.prompts.error(self.tr("Cannot import %1").replace("%1", path.name), str(exc))
            return
        self.ws.undo_stack.push(
            PlanSnapshotCommand(plan, before, after, self.tr("Import %1").replace("%1", path.name), owned=True)
        )
        self.statusBar().showMessage(
            self.tr("Imported %n entries from %1", "", summary.total()).replace("%1", path.name), 6000
        )

    def export_plan(self) -> None:
        from desktop.plan_json import dumps

        suggested = (self.document.path.stem if self.document.path else "rencana") + ".json"
        path = self.prompts.save_path(self.tr("Export plan document"), JSON_FILTER, suggested)
        if path is None:
            return
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        try:
            write_atomically(path, dumps(self.plan))
        except OSError as exc:
            self.prompts.error(self.tr("Cannot export"), failure_text(exc, self.language))
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path.name), 5000)
