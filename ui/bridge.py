"""The Qt side of plan notifications: one QObject that re-emits the core's Change events."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.model import Change, Plan


class PlanBridge(QObject):
    """Turns `Plan.subscribe` callbacks into a Qt signal; models, scene and panels connect here."""

    # Fires synchronously after every plan edit, with the core's Change (kind, action, key).
    changed = Signal(object)

    def __init__(self, plan: Plan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        plan.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)

    def close(self) -> None:
        self.plan.unsubscribe(self._on_change)
