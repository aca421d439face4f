"""The site plan on screen: a QGraphicsView over `ui.siteplan_scene.SitePlanScene` with wheel
zoom, drag to pan, people dropped on markers, right-click to add a post, and ring drawing.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem, QGraphicsView, QMenu

from ui.mime import read_people
from ui.palette import RING_COLOURS
from ui.siteplan_scene import PostMarker, SitePlanScene

__all__ = ["PostMarker", "SitePlanScene", "SitePlanView"]  # the scene is imported from here too


class SitePlanView(QGraphicsView):
    """Zoom with the wheel, pan by dragging the background, drop people on markers."""

    # Fires when the planner asks for a new post at a place; carries x, y in 0..1.
    add_post_requested = Signal(float, float)
    # Fires when the planner asks to delete a post from the marker's menu.
    delete_post_requested = Signal(str)
    # Fires when the planner wants to assign the roster's selected people to a post (menu).
    assign_here_requested = Signal(str)
    # Fires when the planner finished drawing a ring outline: ring code and points in 0..1.
    ring_drawn = Signal(str, list)
    # Fires when ring drawing starts (True) and ends (False): the window shows how to draw meanwhile.
    drawing_changed = Signal(bool)

    def __init__(self, scene: SitePlanScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.plan_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAcceptDrops(True)
        self.setBackgroundBrush(QColor("#eceff1"))
        self._hover: PostMarker | None = None
        self._drawing: str | None = None
        self._draw_points: list[QPointF] = []
        self._draw_item: QGraphicsPolygonItem | None = None
        self._fitted = False
        scene.build_finished.connect(self._first_fit)
        scene.ws.document_changed.connect(self._forget_zoom)

    # ------------------------------------------------------------------ zoom
    def wheelEvent(self, event) -> None:
        factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
        self.zoom(factor)

    def zoom(self, factor: float) -> None:
        # The planner chose a scale: later rebuilds and resizes keep it instead of fitting again.
        self._fitted = True
        scale = self.transform().m11() * factor
        if 0.05 <= scale <= 12:
            self.scale(factor, factor)
        self._update_detail()

    def fit(self) -> None:
        w, h = self.plan_scene.size
        caption = self.plan_scene.caption
        top = caption.boundingRect().height() + 6 if caption is not None else 0
        self.fitInView(QRectF(-20, -20 - top, w + 40, h + 40 + top), Qt.AspectRatioMode.KeepAspectRatio)
        self._update_detail()

    def _update_detail(self) -> None:
        """Labelled discs need room: with many posts on screen, draw dots until the planner zooms in."""
        scene = self.plan_scene
        posts = scene.ws.plan.posts
        if len(posts) <= 250:
            scene.set_compact(False)
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        w, h = scene.size
        on_screen = sum(1 for p in posts.values() if visible.contains(p.x * w, p.y * h))
        scene.set_compact(on_screen > 250)

    def _first_fit(self) -> None:
        if not self._fitted:
            self.fit()
        else:
            self._update_detail()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._fitted:
            self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._fitted:
            self.fit()
        else:
            self._update_detail()

    def _forget_zoom(self) -> None:
        """Another operation was opened: fit its plan until the planner zooms or clicks."""
        self._fitted = False

    def fit_unless_zoomed(self) -> None:
        if not self._fitted:
            self.fit()

    def mousePressEvent(self, event) -> None:
        if self._drawing and event.button() == Qt.MouseButton.LeftButton:
            self._add_draw_point(self.mapToScene(event.position().toPoint()))
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._fitted = True
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        if self._drawing:
            self.finish_ring()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event) -> None:
        if self._drawing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish_ring()
            return
        if self._drawing and event.key() == Qt.Key.Key_Escape:
            self.cancel_ring()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ ring drawing
    def start_ring(self, ring: str) -> None:
        """Enter drawing mode: each click adds a corner; double-click or Enter closes the ring."""
        self.cancel_ring()
        self._drawing = ring
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self._draw_item = QGraphicsPolygonItem()
        pen = QPen(RING_COLOURS.get(ring, RING_COLOURS[None]), 2, Qt.PenStyle.DashDotLine)
        pen.setCosmetic(True)
        self._draw_item.setPen(pen)
        self._draw_item.setZValue(50)
        self.plan_scene.addItem(self._draw_item)
        self.drawing_changed.emit(True)

    def _add_draw_point(self, point: QPointF) -> None:
        self._draw_points.append(point)
        if self._draw_item is not None:
            self._draw_item.setPolygon(QPolygonF(self._draw_points))

    def add_ring_point(self, x: float, y: float) -> None:
        """Add a corner at plan coordinates (keyboard/tests use the same path as clicks)."""
        self._add_draw_point(self.plan_scene.to_scene(x, y))

    def finish_ring(self) -> None:
        ring, points = self._drawing, [self.plan_scene.to_plan(p) for p in self._draw_points]
        self.cancel_ring()
        if ring and len(points) >= 3:
            self.ring_drawn.emit(ring, points)

    def cancel_ring(self) -> None:
        if self._drawing is not None:
            self.drawing_changed.emit(False)
        if self._draw_item is not None:
            self.plan_scene.removeItem(self._draw_item)
        self._draw_item = None
        self._drawing = None
        self._draw_points = []
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.viewport().unsetCursor()

    @property
    def drawing(self) -> str | None:
        return self._drawing

    # ------------------------------------------------------------------ drops
    def _marker_under(self, pos) -> PostMarker | None:
        return self.plan_scene.marker_at(self.mapToScene(pos), self.viewportTransform())

    def _set_hover(self, marker: PostMarker | None) -> None:
        if marker is self._hover:
            return
        for m in (self._hover, marker):
            if m is not None:
                m.highlight = m is marker
                m.update()
        self._hover = marker

    def dragEnterEvent(self, event) -> None:
        if read_people(event.mimeData()) is not None and not self.plan_scene.ws.document.read_only:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        marker = self._marker_under(event.position().toPoint())
        self._set_hover(marker)
        if marker is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._set_hover(None)

    def dropEvent(self, event) -> None:
        marker = self._marker_under(event.position().toPoint())
        self._set_hover(None)
        if marker is not None and self.drop_on_post(event.mimeData(), marker.code):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop_on_post(self, mime, code: str) -> bool:
        """What a drop on a marker does: hand the people to the Workspace's one drop path."""
        return self.plan_scene.ws.drop_people(mime, code)

    # ------------------------------------------------------------------ context menu
    def contextMenuEvent(self, event) -> None:
        if self._drawing:
            return
        marker = self._marker_under(event.pos())
        menu = QMenu(self)
        read_only = self.plan_scene.ws.document.read_only
        if marker is not None:
            code = marker.code
            edit = QAction(self.tr("Edit post %1...").replace("%1", code), menu)
            edit.triggered.connect(lambda: self.plan_scene.edit_requested.emit(code))
            assign = QAction(self.tr("Assign selected people here"), menu)
            assign.triggered.connect(lambda: self.assign_here_requested.emit(code))
            delete = QAction(self.tr("Delete post %1").replace("%1", code), menu)
            delete.triggered.connect(lambda: self.delete_post_requested.emit(code))
            for action in (edit, assign, delete):
                action.setEnabled(not read_only or action is edit)
                menu.addAction(action)
        else:
            x, y = self.plan_scene.to_plan(self.mapToScene(event.pos()))
            add = QAction(self.tr("Add post here..."), menu)
            add.setEnabled(not read_only)
            add.triggered.connect(lambda: self.add_post_requested.emit(x, y))
            menu.addAction(add)
            fit = QAction(self.tr("Fit plan to window"), menu)
            fit.triggered.connect(self.fit)
            menu.addAction(fit)
        menu.exec(event.globalPos())
