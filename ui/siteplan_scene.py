"""The site plan: a QGraphicsScene that projects the plan's posts, rings and image.

The scene never edits the plan itself: a marker dragged to a new place asks the Workspace's undo
stack for a MovePostCommand, and the marker follows when the plan says the post moved. Markers
are built in batches on the event loop for large plans (2,000 posts) so the window stays live.
The view that shows it (zoom, pan, drawing rings, drops) is `ui.siteplan_view.SitePlanView`.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from desktop import palette
from desktop.model import Change
from desktop.planning.staffing import figure as staffing_figure
from ui import labels
from ui.commands import MovePostCommand
from ui.palette import RING_COLOURS, STAFFING_COLOURS
from ui.workspace import Workspace, staffing_state

BLANK_SIZE = (1600.0, 1100.0)
MARKER_R = 15.0
BATCH = 120  # markers added per event-loop turn while building a large scene


class PostMarker(QGraphicsItem):
    """One post on the plan: a disc in its ring's colour, edged by its staffing state."""

    def __init__(self, code: str, scene: SitePlanScene) -> None:
        super().__init__()
        self.code = code
        self._scene = scene
        self.ring: str | None = None
        self.state = "off"
        self.count = 0
        self.label = code
        self.highlight = False
        self._press_pos: QPointF | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(10)

    def boundingRect(self) -> QRectF:
        r = MARKER_R + 4
        half = max(r + 14, self._label_half())
        return QRectF(-half, -r - 14, 2 * half, 2 * r + 30)  # room above for a long code's label

    def _label_half(self) -> float:
        return 3.2 * len(self.code) + 6

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), MARKER_R + 2, MARKER_R + 2)
        return path

    def refresh(self) -> None:
        ws = self._scene.ws
        post = ws.plan.posts[self.code]
        self.ring = post.ring
        self.state, self.count = staffing_state(ws.plan, self.code, ws.current_shift)
        self.update()

    def hoverEnterEvent(self, event) -> None:
        post = self._scene.ws.plan.posts.get(self.code)
        if post is not None:  # built on demand: 2,000 tooltips are not worth building up front
            self.setToolTip(
                f"{post.code} · {post.name}\n{labels.ring(post.ring)} · {labels.post_kind(post.kind)}\n"
                f"{labels.staffing(self.state)} ({staffing_figure(post, self.count)})"
            )
        super().hoverEnterEvent(event)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        fill = RING_COLOURS.get(self.ring, RING_COLOURS[None])
        edge = STAFFING_COLOURS[self.state]
        if self._scene.compact and not (self.isSelected() or self.highlight):
            # Zoomed out over hundreds of posts: a small dot in the ring's colour, edged by staffing.
            painter.setPen(QPen(edge, 2))
            painter.setBrush(fill)
            painter.drawEllipse(QPointF(0, 0), 5, 5)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isSelected() or self.highlight:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 214, 0, 170))
            painter.drawEllipse(QPointF(0, 0), MARKER_R + 6, MARKER_R + 6)
        painter.setPen(QPen(edge, 4))
        painter.setBrush(fill)
        painter.drawEllipse(QPointF(0, 0), MARKER_R, MARKER_R)
        font = QFont()
        font.setPixelSize(10 if len(self.code) <= 3 else 8)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.white)
        if len(self.code) <= 4:
            painter.drawText(
                QRectF(-MARKER_R, -MARKER_R, 2 * MARKER_R, 2 * MARKER_R), Qt.AlignmentFlag.AlignCenter, self.code
            )
        else:  # "POS-0069" does not fit in the disc: a dark label above it, whole
            font.setPixelSize(9)
            painter.setFont(font)
            half = self._label_half()
            label = QRectF(-half, -MARKER_R - 14, 2 * half, 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(33, 33, 33, 200))
            painter.drawRoundedRect(label, 4, 4)
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, self.code)
        problems = self._scene.problems.get(self.code)
        if problems is not None:  # the post's open problems, top right of the disc
            n, error = problems
            flag = QRectF(MARKER_R - 6, -MARKER_R - 2, 14, 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(palette.SEVERITY["error"] if error else palette.OPEN_WARNING))
            painter.drawRoundedRect(flag, 5, 5)
            small = QFont(font)
            small.setPixelSize(8)
            painter.setFont(small)
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(flag, Qt.AlignmentFlag.AlignCenter, str(n) if n < 100 else "99+")
            painter.setFont(font)
        # staffing badge under the disc
        if self.state != "off" or self.count:
            post = self._scene.ws.plan.posts.get(self.code)
            text = staffing_figure(post, self.count) if post else str(self.count)
            font.setPixelSize(9)
            painter.setFont(font)
            half = max(16, 3 * len(text) + 4)  # "3 / 2–3" needs more room than "3/2"
            rect = QRectF(-half, MARKER_R + 1, 2 * half, 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(edge)
            painter.drawRoundedRect(rect, 5, 5)
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def mousePressEvent(self, event) -> None:
        self._press_pos = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        start, self._press_pos = self._press_pos, None
        if start is not None and (self.pos() - start).manhattanLength() > 0.5:
            self._scene.markers_dropped()

    def mouseDoubleClickEvent(self, event) -> None:
        self._scene.edit_requested.emit(self.code)


class SitePlanScene(QGraphicsScene):
    """Projection of the plan onto a canvas of the site plan's size (or a blank grid)."""

    # Fires when the planner double-clicks a marker; carries the post code.
    edit_requested = Signal(str)
    # Fires when the set of selected markers changed through the scene; carries the codes.
    posts_selected = Signal(list)
    # Fires when the last batch of markers has been placed.
    build_finished = Signal()

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.markers: dict[str, PostMarker] = {}
        self.compact = False  # small dots instead of labelled discs (zoomed out over many posts)
        self.problems: dict[str, tuple[int, bool]] = {}  # post -> (open findings, any error)
        self.size = BLANK_SIZE
        self.background: QGraphicsItem | None = None
        self.caption: QGraphicsSimpleTextItem | None = None
        self.ring_items: list[QGraphicsItem] = []
        self._queue: list[str] = []
        self._dirty: set[str] = set()
        self._syncing = False
        self._build_timer = QTimer(self)
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_batch)
        self._dirty_timer = QTimer(self)
        self._dirty_timer.setSingleShot(True)
        self._dirty_timer.setInterval(0)
        self._dirty_timer.timeout.connect(self._flush_dirty)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        workspace.plan_changed.connect(self._on_change)
        workspace.document_changed.connect(self.rebuild)
        workspace.shift_changed.connect(lambda _c: self._mark_all())
        self.selectionChanged.connect(self._selection_changed)
        self.rebuild()

    # ------------------------------------------------------------------ building
    @property
    def building(self) -> bool:
        return bool(self._queue)

    def rebuild(self) -> None:
        self._build_timer.stop()
        self._queue = []
        self._syncing = True
        self.clear()
        self._syncing = False
        self.markers = {}
        self.ring_items = []
        self._build_background()
        self._build_rings()
        self._queue = list(self.ws.plan.posts)
        self.hint = None
        site_plan = self.ws.plan.site_plan
        if not self._queue and (site_plan is None or not site_plan.image_png):
            self._add_hint()
        if len(self._queue) <= BATCH:
            self._build_batch()
        else:
            self._build_timer.start()

    def _build_batch(self) -> None:
        batch, self._queue = self._queue[:BATCH], self._queue[BATCH:]
        for code in batch:
            if code in self.ws.plan.posts and code not in self.markers:
                self._add_marker(code)
        if not self._queue:
            self._build_timer.stop()
            self.build_finished.emit()

    def finish_building(self) -> None:
        """Place every queued marker now (tests, printing a snapshot)."""
        while self._queue:
            self._build_batch()

    def _build_background(self) -> None:
        sp = self.ws.plan.site_plan
        pixmap = QPixmap()
        if sp is not None and sp.image_png:
            pixmap.loadFromData(sp.image_png)
        if not pixmap.isNull():
            self.size = (float(pixmap.width()), float(pixmap.height()))
            item = QGraphicsPixmapItem(pixmap)
            item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        else:
            self.size = BLANK_SIZE
            w, h = self.size
            path = QPainterPath()
            for x in range(0, int(w) + 1, 50):
                path.moveTo(x, 0)
                path.lineTo(x, h)
            for y in range(0, int(h) + 1, 50):
                path.moveTo(0, y)
                path.lineTo(w, y)
            item = QGraphicsPathItem(path)
            item.setPen(QPen(QColor("#dfe6ec"), 1))
            self.addRect(QRectF(0, 0, w, h), QPen(QColor("#90a4ae"), 2), QBrush(QColor("#fafcfd"))).setZValue(-2)
        item.setZValue(-1)
        self.addItem(item)
        self.background = item
        w, h = self.size
        self.caption = self._build_caption(sp.title if sp else "", sp.scale_note if sp else "")
        top = self.caption.boundingRect().height() + 8 if self.caption else 0
        self.setSceneRect(QRectF(-40, -40 - top, w + 80, h + 80 + top))

    def _build_caption(self, title: str, scale_note: str) -> QGraphicsSimpleTextItem | None:
        """The site plan's title and scale note on one line above the drawing (as printed)."""
        text = " — ".join(t for t in (title.strip(), scale_note.strip()) if t)
        if not text:
            return None
        item = QGraphicsSimpleTextItem(text)
        font = QFont()
        font.setPixelSize(max(12, int(self.size[0] / 70)))  # readable when the whole plan is fitted
        font.setBold(True)
        item.setFont(font)
        item.setBrush(QBrush(QColor("#37474f")))
        item.setPos(0, -item.boundingRect().height() - 6)
        item.setZValue(-1)
        self.addItem(item)
        return item

    def _build_rings(self) -> None:
        for item in self.ring_items:
            self.removeItem(item)
        self.ring_items = []
        w, h = self.size
        for outline in self.ws.plan.ring_outlines.values():
            colour = RING_COLOURS.get(outline.ring, RING_COLOURS[None])
            poly = QPolygonF([QPointF(x * w, y * h) for x, y in outline.points])
            item = QGraphicsPolygonItem(poly)
            pen = QPen(colour, 3, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            item.setPen(pen)
            fill = QColor(colour)
            fill.setAlpha(18)
            item.setBrush(fill)
            item.setZValue(1)
            self.addItem(item)
            text = QGraphicsSimpleTextItem(outline.label or labels.ring(outline.ring))
            font = QFont()
            font.setPointSize(11)
            font.setBold(True)
            text.setFont(font)
            text.setBrush(colour)
            top_left = min(poly, key=lambda p: (p.y(), p.x()))
            text.setPos(top_left + QPointF(8, 4))
            text.setZValue(2)
            self.addItem(text)
            self.ring_items += [item, text]

    def _add_hint(self) -> None:
        """A first-steps note on an empty plan; it goes away with the first post."""
        text = self.tr(
            "Right-click to add a post here.\nPlan > Load Site Plan Image to use a drawing of the venue.\n"
            "Then drag people from the roster onto the posts."
        )
        self.hint = QGraphicsSimpleTextItem(text)
        font = QFont()
        font.setPixelSize(max(12, int(self.size[0] / 42)))  # readable once the plan is fitted
        self.hint.setFont(font)
        self.hint.setBrush(QColor("#78909c"))
        rect = self.hint.boundingRect()
        w, h = self.size
        self.hint.setPos((w - rect.width()) / 2, (h - rect.height()) / 2)
        self.hint.setZValue(0)
        self.addItem(self.hint)

    def _add_marker(self, code: str) -> None:
        if getattr(self, "hint", None) is not None:
            self.removeItem(self.hint)
            self.hint = None
        marker = PostMarker(code, self)
        post = self.ws.plan.posts[code]
        marker.setPos(self.to_scene(post.x, post.y))
        marker.refresh()
        self.addItem(marker)
        self.markers[code] = marker

    # ------------------------------------------------------------------ coordinates
    def to_scene(self, x: float, y: float) -> QPointF:
        w, h = self.size
        return QPointF(x * w, y * h)

    def to_plan(self, point: QPointF) -> tuple[float, float]:
        w, h = self.size
        return (round(min(1.0, max(0.0, point.x() / w)), 4), round(min(1.0, max(0.0, point.y() / h)), 4))

    # ------------------------------------------------------------------ plan changes
    def _on_change(self, change: Change) -> None:
        kind, action, key = change.kind, change.action, change.key
        if kind == "post":
            if action == "added":
                self._add_marker(key)
            elif action == "removed":
                marker = self.markers.pop(key, None)
                if marker is not None:
                    self.removeItem(marker)
            else:
                marker = self.markers.get(key)
                if marker is not None:
                    post = self.ws.plan.posts[key]
                    marker.setPos(self.to_scene(post.x, post.y))
                    self._dirty.add(key)
                    self._dirty_timer.start()
        elif kind == "assignment":
            self._dirty.add(key[1])
            self._dirty_timer.start()
        elif kind == "placeholder":
            self._dirty.add(key[0])
            self._dirty_timer.start()
        elif kind in ("reset", "site_plan"):
            self.rebuild()
        elif kind == "ring_outline":
            self._build_rings()
        elif kind == "shift":
            self._mark_all()

    def set_problems(self, findings: list) -> None:
        """Flag each marker with how many open problems its post has (red when one is an error)."""
        counts: dict[str, tuple[int, bool]] = {}
        for f in findings:
            if f.post and not f.accepted:
                n, error = counts.get(f.post, (0, False))
                counts[f.post] = (n + 1, error or f.severity == "error")
        changed = set(counts) ^ set(self.problems) | {c for c in counts if counts[c] != self.problems.get(c)}
        self.problems = counts
        for code in changed:
            marker = self.markers.get(code)
            if marker is not None:
                marker.update()

    def set_compact(self, on: bool) -> None:
        if on != self.compact:
            self.compact = on
            self.update()

    def _mark_all(self) -> None:
        self._dirty.update(self.markers)
        self._dirty_timer.start()

    def _flush_dirty(self) -> None:
        for code in self._dirty:
            marker = self.markers.get(code)
            if marker is not None and code in self.ws.plan.posts:
                marker.refresh()
        self._dirty.clear()

    # ------------------------------------------------------------------ selection and moves
    def markers_dropped(self) -> None:
        """Markers were dragged: one undoable move per marker, one step for the lot."""
        moves = []
        for marker in self.markers.values():
            post = self.ws.plan.posts.get(marker.code)
            if post is None:
                continue
            new = self.to_plan(marker.pos())
            if abs(new[0] - post.x) > 1e-4 or abs(new[1] - post.y) > 1e-4:
                moves.append((marker.code, new, (post.x, post.y)))
        if not moves:
            return
        if self.ws.document.read_only:
            for code, _new, old in moves:
                self.markers[code].setPos(self.to_scene(*old))
            return
        stack = self.ws.undo_stack
        if len(moves) > 1:
            stack.beginMacro(self.tr("Move %n posts", "", len(moves)))
        for code, new, old in moves:
            stack.push(MovePostCommand(self.ws.plan, code, new, old))
        if len(moves) > 1:
            stack.endMacro()

    def _selection_changed(self) -> None:
        if self._syncing:
            return
        codes = [item.code for item in self.selectedItems() if isinstance(item, PostMarker)]
        self.posts_selected.emit(codes)

    def select_posts(self, codes: list[str]) -> None:
        self._syncing = True
        try:
            wanted = set(codes)
            for item in self.selectedItems():
                if isinstance(item, PostMarker) and item.code not in wanted:
                    item.setSelected(False)
            for code in codes:
                marker = self.markers.get(code)
                if marker is not None:
                    marker.setSelected(True)
        finally:
            self._syncing = False

    def marker_at(self, scene_pos: QPointF, transform) -> PostMarker | None:
        for item in self.items(
            scene_pos, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder, transform
        ):
            if isinstance(item, PostMarker):
                return item
        return None
