"""Undo commands: every edit the window makes to the plan is one of these on the QUndoStack.

Each command's redo/undo calls Plan methods only (never widgets or scene items); views follow
because the plan notifies them. Bulk edits are macros (`undo_stack.beginMacro` / `endMacro`)
of these commands, or one `PlanSnapshotCommand`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.model import Assignment, DeletedUnit, Person, Plan, Post, RingOutline, Shift, SitePlan, Unit


class AssignCommand(QUndoCommand):
    """Assign a person to a post in a shift (or change the role of an existing assignment)."""

    def __init__(self, plan: Plan, person: str, post: str, shift: str, role: str = "anggota") -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Assign %1 to %2")
            .replace("%1", plan.personnel[person].name)
            .replace("%2", post)
        )
        self.plan, self.key, self.role = plan, (person, post, shift), role
        old = plan.assignments.get(self.key)
        self.old: Assignment | None = replace(old) if old else None

    def redo(self) -> None:
        self.plan.assign(*self.key, role=self.role)

    def undo(self) -> None:
        if self.old is None:
            self.plan.unassign(*self.key)
        else:
            self.plan.assign(*self.key, role=self.old.role, locked=self.old.locked)


class UnassignCommand(QUndoCommand):
    """Take a person off a post in a shift."""

    def __init__(self, plan: Plan, person: str, post: str, shift: str) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Remove %1 from %2")
            .replace("%1", plan.personnel[person].name)
            .replace("%2", post)
        )
        self.plan = plan
        self.old = replace(plan.assignments[(person, post, shift)])

    def redo(self) -> None:
        self.plan.unassign(self.old.person, self.old.post, self.old.shift)

    def undo(self) -> None:
        self.plan.assign(self.old.person, self.old.post, self.old.shift, self.old.role, self.old.locked)


class SetDanposCommand(QUndoCommand):
    """Make one person the post commander of a post in a shift; undo restores every role."""

    def __init__(self, plan: Plan, post: str, shift: str, person: str | None) -> None:
        name = plan.personnel[person].name if person in plan.personnel else "-"
        super().__init__(
            QCoreApplication.translate("Commands", "Make %1 danpos of %2").replace("%1", name).replace("%2", post)
        )
        self.plan, self.post, self.shift, self.person = plan, post, shift, person
        self.roles = {a.person: a.role for a in plan.assignments_at(post, shift)}

    def redo(self) -> None:
        self.plan.set_danpos(self.post, self.shift, self.person)

    def undo(self) -> None:
        for person, role in self.roles.items():
            if self.plan.assignments[(person, self.post, self.shift)].role != role:
                self.plan.assign(person, self.post, self.shift, role)


class MovePostCommand(QUndoCommand):
    """Move a post's marker on the site plan (x, y in 0..1)."""

    def __init__(self, plan: Plan, code: str, new: tuple[float, float], old: tuple[float, float] | None = None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Move post %1").replace("%1", code))
        post = plan.posts[code]
        self.plan, self.code, self.new = plan, code, new
        self.old = old if old is not None else (post.x, post.y)

    def redo(self) -> None:
        self.plan.move_post(self.code, *self.new)

    def undo(self) -> None:
        self.plan.move_post(self.code, *self.old)


class PutPostCommand(QUndoCommand):
    """Add a new post or replace an existing one's fields."""

    def __init__(self, plan: Plan, post: Post) -> None:
        old = plan.posts.get(post.code)
        super().__init__(
            (
                QCoreApplication.translate("Commands", "Edit post %1")
                if old
                else QCoreApplication.translate("Commands", "Add post %1")
            ).replace("%1", post.code)
        )
        self.plan, self.new = plan, replace(post)
        self.old = replace(old) if old else None

    def redo(self) -> None:
        self.plan.put_post(replace(self.new))

    def undo(self) -> None:
        if self.old is None:
            self.plan.remove_post(self.new.code)
        else:
            self.plan.put_post(replace(self.old))


class RemovePostCommand(QUndoCommand):
    """Delete a post with its assignments; undo brings both back."""

    def __init__(self, plan: Plan, code: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete post %1").replace("%1", code))
        self.plan, self.old = plan, replace(plan.posts[code])
        self.removed: list[Assignment] = []
        self.order = list(plan.posts).index(code)
        self.groups = _groups_holding(plan, post=code)

    def redo(self) -> None:
        self.removed = [replace(a) for a in self.plan.remove_post(self.old.code)]

    def undo(self) -> None:
        self.plan.put_post(replace(self.old))
        self.plan.reorder("post", self.old.code, self.order)
        for a in self.removed:
            self.plan.assign(a.person, a.post, a.shift, a.role, a.locked)
        _restore_groups(self.plan, self.groups)


class PutPersonCommand(QUndoCommand):
    """Add a person to the roster or replace an existing person's fields."""

    def __init__(self, plan: Plan, person: Person) -> None:
        old = plan.personnel.get(person.id)
        super().__init__(
            (
                QCoreApplication.translate("Commands", "Edit %1")
                if old
                else QCoreApplication.translate("Commands", "Add %1")
            ).replace("%1", person.name)
        )
        plan.check_person(person)  # refused here (PlanError), before the stack would run redo
        self.plan, self.new = plan, replace(person, skills=list(person.skills))
        self.old = replace(old, skills=list(old.skills)) if old else None

    def redo(self) -> None:
        self.plan.put_person(replace(self.new, skills=list(self.new.skills)))

    def undo(self) -> None:
        if self.old is None:
            self.plan.remove_person(self.new.id)
        else:  # exactly as it was, even a number an older file kept that today's rule refuses
            self.plan.put_person(replace(self.old, skills=list(self.old.skills)), check_fields=False)


class RemovePersonCommand(QUndoCommand):
    """Delete a person with their assignments (and commander posts); undo restores all of it."""

    def __init__(self, plan: Plan, person_id: str) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Delete %1").replace("%1", plan.personnel[person_id].name)
        )
        self.plan = plan
        self.old = replace(plan.personnel[person_id], skills=list(plan.personnel[person_id].skills))
        self.order = list(plan.personnel).index(person_id)
        self.commander = plan.operation.commander
        self.field_commander = plan.operation.field_commander
        self.removed: list[Assignment] = []
        self.groups = _groups_holding(plan, person=person_id)

    def redo(self) -> None:
        self.removed = [replace(a) for a in self.plan.remove_person(self.old.id)]

    def undo(self) -> None:
        self.plan.put_person(replace(self.old, skills=list(self.old.skills)), check_fields=False)
        self.plan.reorder("person", self.old.id, self.order)
        for a in self.removed:
            self.plan.assign(a.person, a.post, a.shift, a.role, a.locked)
        values = {}
        if self.commander == self.old.id:
            values["commander"] = self.old.id
        if self.field_commander == self.old.id:
            values["field_commander"] = self.old.id
        if values:
            self.plan.set_operation(**values)
        _restore_groups(self.plan, self.groups)


class PutShiftCommand(QUndoCommand):
    """Add a shift or change one."""

    def __init__(self, plan: Plan, shift: Shift) -> None:
        old = plan.shifts.get(shift.code)
        super().__init__(
            (
                QCoreApplication.translate("Commands", "Edit shift %1")
                if old
                else QCoreApplication.translate("Commands", "Add shift %1")
            ).replace("%1", shift.code)
        )
        self.plan, self.new, self.old = plan, replace(shift), replace(old) if old else None

    def redo(self) -> None:
        self.plan.put_shift(replace(self.new))

    def undo(self) -> None:
        if self.old is None:
            self.plan.remove_shift(self.new.code)
        else:
            self.plan.put_shift(replace(self.old))


class PutUnitCommand(QUndoCommand):
    """Add a unit or change one."""

    def __init__(self, plan: Plan, unit: Unit) -> None:
        old = plan.units.get(unit.code)
        super().__init__(
            (
                QCoreApplication.translate("Commands", "Edit unit %1")
                if old
                else QCoreApplication.translate("Commands", "Add unit %1")
            ).replace("%1", unit.code)
        )
        self.plan, self.new, self.old = plan, replace(unit), replace(old) if old else None

    def redo(self) -> None:
        self.plan.put_unit(replace(self.new))

    def undo(self) -> None:
        if self.old is None:
            self.plan.remove_unit(self.new.code)
        else:
            self.plan.put_unit(replace(self.old))


class FillPlaceholderCommand(QUndoCommand):
    """Swap a place waiting for a name ("nama menyusul") for a real person, keeping its role."""

    def __init__(self, plan: Plan, key: tuple[str, str, str, int], person: str) -> None:
        super().__init__(
            QCoreApplication.translate("Commands", "Fill a place at %1 with %2")
            .replace("%1", key[0])
            .replace("%2", plan.personnel[person].name)
        )
        self.plan, self.person = plan, person
        self.old = replace(plan.placeholders[key])
        self.order = list(plan.placeholders).index(key)

    def redo(self) -> None:
        self.plan.fill_placeholder(self.old.key, self.person)

    def undo(self) -> None:
        self.plan.unassign(self.person, self.old.post, self.old.shift)
        self.plan.put_placeholder(replace(self.old))
        self.plan.reorder("placeholder", self.old.key, self.order)


class RemovePlaceholderCommand(QUndoCommand):
    """Take away a place waiting for a name; undo puts it back in its place."""

    def __init__(self, plan: Plan, key: tuple[str, str, str, int]) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Remove a place at %1").replace("%1", key[0]))
        self.plan = plan
        self.old = replace(plan.placeholders[key])
        self.order = list(plan.placeholders).index(key)

    def redo(self) -> None:
        self.plan.remove_placeholder(self.old.key)

    def undo(self) -> None:
        self.plan.put_placeholder(replace(self.old))
        self.plan.reorder("placeholder", self.old.key, self.order)


class DeleteUnitCommand(QUndoCommand):
    """Delete a unit (`Plan.delete_unit`): its people stay in the roster without a unit and its
    placeholders go. Undo (`Plan.restore_unit`) puts the unit back at its place, gives the people
    their unit again and restores the placeholders ("nama menyusul" places) the unit held.
    """

    def __init__(self, plan: Plan, code: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Delete unit %1").replace("%1", code))
        self.plan, self.code = plan, code
        self.deleted: DeletedUnit | None = None

    def redo(self) -> None:
        self.deleted = self.plan.delete_unit(self.code)

    def undo(self) -> None:
        if self.deleted is not None:
            self.plan.restore_unit(self.deleted)


class SetOperationCommand(QUndoCommand):
    """Change fields of the operation (name, times, texts, commanders ...)."""

    def __init__(self, plan: Plan, **values: object) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit operation"))
        self.plan, self.new = plan, values
        self.old = {name: getattr(plan.operation, name) for name in values}

    def redo(self) -> None:
        self.plan.set_operation(**self.new)

    def undo(self) -> None:
        self.plan.set_operation(**self.old)


class SetSitePlanCommand(QUndoCommand):
    """Replace the site plan (image, title, scale note) or remove it (blank grid)."""

    def __init__(self, plan: Plan, site_plan: SitePlan | None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Change site plan"))
        self.plan, self.new, self.old = plan, site_plan, plan.site_plan

    def redo(self) -> None:
        self.plan.set_site_plan(self.new)

    def undo(self) -> None:
        self.plan.set_site_plan(self.old)


class PutRingOutlineCommand(QUndoCommand):
    """Draw (or redraw) the outline of a ring on the site plan."""

    def __init__(self, plan: Plan, outline: RingOutline) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Draw outline of ring %1").replace("%1", outline.ring))
        self.plan, self.new = plan, replace(outline, points=list(outline.points))
        old = plan.ring_outlines.get(outline.ring)
        self.old = replace(old, points=list(old.points)) if old else None

    def redo(self) -> None:
        self.plan.put_ring_outline(replace(self.new, points=list(self.new.points)))

    def undo(self) -> None:
        if self.old is None:
            self.plan.remove_ring_outline(self.new.ring)
        else:
            self.plan.put_ring_outline(replace(self.old, points=list(self.old.points)))


class PlanSnapshotCommand(QUndoCommand):
    """One undo step for a bulk change, by restoring whole plan states.

    Use it when an edit touches too much to express as small commands (an import, an
    auto-assignment, a generated plotting). Take a snapshot before, make the change, take one
    after, and push the command; pushing re-applies the "after" state, which is harmless:

        before = plan.clone()
        summary = import_document(plan, doc)        # or any other Plan edits
        undo_stack.push(PlanSnapshotCommand(plan, before, plan.clone(), "Import roster"))

    or let `apply_as_snapshot(undo_stack, plan, text, fn)` do those steps around `fn(plan)`.
    `before`/`after` may be `Plan` objects (from `Plan.clone()`) or plan JSON documents (dicts
    from `desktop.plan_json.export_document`). Restoring goes through `Plan.load`, which sends
    one 'reset' change, so views rebuild once rather than per item.
    """

    def __init__(self, plan: Plan, before: Plan | dict, after: Plan | dict, text: str, *, owned: bool = False) -> None:
        super().__init__(text)
        self.plan = plan
        # owned=True: the caller hands over `before`/`after` (Plans nobody else keeps), so they
        # are kept as they are instead of copied (a copy of a district plan takes ~0.2 s).
        self.before = before if owned and isinstance(before, Plan) else _as_plan(before)
        self.after = after if owned and isinstance(after, Plan) else _as_plan(after)

    def redo(self) -> None:
        _load_into(self.plan, self.after)

    def undo(self) -> None:
        _load_into(self.plan, self.before)


def apply_as_snapshot(stack: QUndoStack, plan: Plan, text: str, fn: Callable[[Plan], object]) -> object:
    """Run `fn(plan)` and record what it changed as one undo step; returns what `fn` returned.

    If `fn` raises, the plan is put back as it was and nothing is pushed.
    """
    before = plan.clone()
    try:
        result = fn(plan)
    except BaseException:
        _load_into(plan, before)
        raise
    stack.push(PlanSnapshotCommand(plan, before, plan.clone(), text))
    return result


def _as_plan(state: Plan | dict) -> Plan:
    if isinstance(state, Plan):
        return state.clone()
    from desktop.plan_json import plan_from_document

    return plan_from_document(state)


def _load_into(plan: Plan, state: Plan) -> None:
    plan.replace_with(state.clone())


def _groups_holding(plan: Plan, post: str | None = None, person: str | None = None) -> list:
    """Copies of the command groups a removal will change (they lose the post or the person)."""
    return [
        replace(g, posts=list(g.posts), members=list(g.members))
        for g in plan.groups.values()
        if (post is not None and post in g.posts)
        or (person is not None and (g.commander == person or person in g.members))
    ]


def _restore_groups(plan: Plan, groups: list) -> None:
    for group in groups:
        if group.code in plan.groups:
            plan.put_group(replace(group, posts=list(group.posts), members=list(group.members)))
