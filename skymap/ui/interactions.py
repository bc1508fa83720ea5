"""Drawing tools: each is one interaction object with start, end and cancel.

The scene hands its mouse and key events to the current interaction. `SelectInteraction`
(select and move) is the default; a Shift-drag from a person starts a connection from it
without changing tools; Esc cancels whatever is under way, and with nothing under way leaves
any other tool for select and move. The Connect tool is in ui/connect_tool.py, the base of
every tool in ui/interaction_base.py.
"""

from __future__ import annotations

import math
from typing import TypeGuard

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsView

from skymap.model import freehand
from skymap.ui.connect_tool import ConnectInteraction
from skymap.ui.interaction_base import Interaction
from skymap.ui.items.cloud_item import CloudItem
from skymap.ui.items.family_item import FamilyItem
from skymap.ui.items.note_item import NoteItem
from skymap.ui.items.person_item import ActorItem, MemberItem, PersonItem
from skymap.ui.items.resize_handle import ResizeHandle
from skymap.ui.painting import SELECTION

MOVABLE = (CloudItem, ActorItem, MemberItem, NoteItem)


class SelectInteraction(Interaction):
    """Select (click, rubber band) and move; a dragged cloud carries its people."""

    name = "select"

    def __init__(self, scene) -> None:
        super().__init__(scene)
        self.drag_start: dict[str, QPointF] = {}
        self.dragging = False
        self.connect: ConnectInteraction | None = None
        self.abandoned = False  # Esc during a drag: the rest of it, until release, is ignored

    def end(self) -> None:
        """Another tool was chosen: a drag under way is put back, and the item Qt had
        grabbed for it lets the mouse go (else the next tool's clicks would go to it)."""
        if self.drag_start or self.connect is not None:
            self.cancel()
        self.abandoned = False
        grabber = self.scene.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()

    def busy(self) -> bool:
        return self.connect is not None

    def mouse_press(self, event) -> bool:
        self.abandoned = False
        if self.connect is not None:  # the last release never came (a menu took it)
            self.connect.cancel()
            self.connect = None
        if event.button() == Qt.MouseButton.LeftButton and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            endpoint = self.scene.endpoint_at(event.scenePos())
            if endpoint is not None:
                self.connect = ConnectInteraction(self.scene, one_shot=True)
                self.connect.begin_at(endpoint, event.scenePos())
                # Taken: else the view would also start a rubber band that selects whatever
                # the line passes over.
                event.accept()
                return True
        QGraphicsScene.mousePressEvent(self.scene, event)
        if isinstance(self.scene.mouseGrabberItem(), ResizeHandle):
            self.drag_start = {}  # the handle resizes; nothing is being moved
            return True
        self.drag_start = {i.obj_id: i.pos() for i in self.scene.selectedItems() if isinstance(i, MOVABLE)}
        for item in self.scene.selectedItems():
            if isinstance(item, CloudItem):
                for a in self.scene.doc.actors_in(item.obj_id):
                    self.drag_start.setdefault(a.id, self.scene.items_by_id[a.id].pos())
        return True

    def mouse_move(self, event) -> bool:
        if self.connect is not None:
            return self.connect.mouse_move(event)
        if self.abandoned and event.buttons() & Qt.MouseButton.LeftButton:
            return True  # cancelled with Esc: the grabbed item must not go on moving alone
        if self.drag_start and event.buttons() & Qt.MouseButton.LeftButton and not self.dragging:
            self.dragging = True
            self.scene.begin_drag(set(self.drag_start))
        preview = self.scene.drag_preview
        if preview is not None and event.buttons() & Qt.MouseButton.LeftButton:
            # A big map: pictures move, the items move once when the drag ends.
            preview.set_delta(event.scenePos() - event.buttonDownScenePos(Qt.MouseButton.LeftButton))
            self._show_drop_target()
            return True
        QGraphicsScene.mouseMoveEvent(self.scene, event)
        if not self.drag_start or not event.buttons() & Qt.MouseButton.LeftButton:
            return True
        for cloud in self.scene.selectedItems():
            if isinstance(cloud, CloudItem) and cloud.obj_id in self.drag_start:
                delta = cloud.pos() - self.drag_start[cloud.obj_id]
                for a in self.scene.doc.actors_in(cloud.obj_id):
                    item = self.scene.items_by_id[a.id]
                    if not item.isSelected():
                        item.setPos(self.drag_start[a.id] + delta)
        self.scene.follow_live(set(self.drag_start))
        self._show_drop_target()
        return True

    def _show_drop_target(self) -> None:
        grabbed = self.scene.mouseGrabberItem()
        target = None
        if isinstance(grabbed, ActorItem):
            preview = self.scene.drag_preview
            where = preview.position(grabbed.obj_id) if preview is not None else grabbed.scenePos()
            domain = self.scene.domain_at(where)
            if domain != self.scene.doc.actor(grabbed.obj_id).domain:
                target = domain
        self.scene.show_drop_target(target)

    def mouse_release(self, event) -> bool:
        if self.connect is not None:
            self.connect.mouse_release(event)
            self.connect = None
            return True
        QGraphicsScene.mouseReleaseEvent(self.scene, event)
        if self.abandoned:
            self.abandoned = False
            return True
        self.dragging = False
        preview = self.scene.drag_preview
        if preview is not None:  # the items go where their pictures were
            for obj_id, pos in self.drag_start.items():
                item = self.scene.items_by_id.get(obj_id)
                if item is not None:
                    item.setPos(pos + preview.delta)
        self.scene.end_drag()
        self.scene.show_drop_target(None)
        start, self.drag_start = self.drag_start, {}
        self.scene.finish_drag(start)
        return True

    def cancel(self) -> None:
        if self.connect is not None:
            self.connect.cancel()
            self.connect = None
            return
        if self.drag_start:  # put everything back where it was
            self.abandoned = True  # until the button is let go
            self.dragging = False
            self.scene.end_drag()
            start, self.drag_start = self.drag_start, {}
            for obj_id, pos in start.items():
                item = self.scene.items_by_id.get(obj_id)
                if item is not None:
                    item.setPos(pos)
            self.scene.follow_live(set(start))
        else:
            self.scene.clearSelection()
            self.scene.clear_highlight()


class PanInteraction(Interaction):
    """Drag the canvas with the hand."""

    name = "pan"

    def start(self) -> None:
        for view in self.scene.views():
            view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            view.setInteractive(False)

    def end(self) -> None:
        for view in self.scene.views():
            view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            view.setInteractive(True)


class NoteInteraction(Interaction):
    """Click anywhere to place a note there."""

    name = "note"

    def mouse_press(self, event) -> bool:
        if event.button() == Qt.MouseButton.LeftButton:
            pos = event.scenePos()
            note = self.scene.editor.add_note(pos.x(), pos.y())
            self.scene.select_only(note.id)
            self.scene.inline_edit_requested.emit(note.id)
            self.scene.tool_finished.emit()
        return True


class DrawCloudInteraction(Interaction):
    """Draw a cloud by hand: press, draw a loop with the mouse, a pen or one finger (Qt turns
    both into mouse events), let go. A loop becomes a new cloud whose edge follows it, ready
    to be named; a stroke that is not a loop is dropped with a hint. Esc drops the stroke."""

    name = "draw_cloud"
    TAP = 24.0
    """A stroke smaller than this on screen (pixels) was a tap or a slip, not a drawing."""

    def __init__(self, scene) -> None:
        super().__init__(scene)
        self.points: list[tuple[float, float]] = []
        self.stroke: QGraphicsPathItem | None = None
        self._path = QPainterPath()

    def start(self) -> None:
        for view in self.scene.views():
            view.setDragMode(QGraphicsView.DragMode.NoDrag)

    def _zoom(self) -> float:
        views = self.scene.views()
        return max(1e-3, views[0].transform().m11()) if views else 1.0

    def mouse_press(self, event) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return True
        self._clear()
        pos = event.scenePos()
        self.points = [(pos.x(), pos.y())]
        self._path = QPainterPath(pos)
        self.stroke = QGraphicsPathItem()
        pen = QPen(SELECTION, 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        pen.setCosmetic(True)  # the same line on screen at any zoom
        self.stroke.setPen(pen)
        self.stroke.setBrush(QColor(21, 101, 192, 30))  # a hint of the area the loop takes in
        self.stroke.setZValue(100)
        self.scene.addItem(self.stroke)
        return True

    def mouse_move(self, event) -> bool:
        if self.stroke is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return True
        pos = event.scenePos()
        last = self.points[-1]
        if math.hypot(pos.x() - last[0], pos.y() - last[1]) * self._zoom() >= 2.0:
            self.points.append((pos.x(), pos.y()))
            self._path.lineTo(pos)
            self.stroke.setPath(self._path)
        return True

    def mouse_release(self, event) -> bool:
        if self.stroke is None or event.button() != Qt.MouseButton.LeftButton:
            return True
        pos = event.scenePos()
        points = self.points + [(pos.x(), pos.y())]
        self._clear()
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        if max(max(xs) - min(xs), max(ys) - min(ys)) * self._zoom() < self.TAP:
            return True  # a tap, not a drawing
        drawn = freehand.cloud_from_stroke(points)
        if drawn is None:
            self.scene.message.emit(QCoreApplication.translate(
                "MapScene", "No cloud drawn: draw a closed loop, ending near where you started."))
            return True
        domain = self.scene.editor.add_drawn_domain(drawn)
        if domain is None:
            return True
        self.scene.select_only(domain.id)
        self.scene.inline_edit_requested.emit(domain.id)
        self.scene.tool_finished.emit()
        return True

    def _clear(self) -> None:
        if self.stroke is not None:
            self.scene.removeItem(self.stroke)
        self.stroke = None
        self.points = []
        self._path = QPainterPath()

    def cancel(self) -> None:
        if self.stroke is not None:
            self._clear()
            self.scene.message.emit(QCoreApplication.translate("MapScene", "Drawing cancelled."))
        else:  # Esc with nothing drawn: back to selecting
            self.scene.tool_finished.emit()

    def end(self) -> None:
        self._clear()


def is_endpoint(item: object) -> TypeGuard[PersonItem | FamilyItem]:
    return isinstance(item, (PersonItem, FamilyItem))
