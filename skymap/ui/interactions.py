"""Drawing tools: each is one interaction object with start, end and cancel.

The scene hands its mouse and key events to the current interaction. `SelectInteraction`
(select and move) is the default; a Shift-drag from a person starts a connection from it
without changing tools; Esc cancels whatever is under way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsView

from skymap.ui.items.cloud_item import CloudItem
from skymap.ui.items.family_item import FamilyItem
from skymap.ui.items.note_item import NoteItem
from skymap.ui.items.person_item import ActorItem, MemberItem, PersonItem
from skymap.ui.items.resize_handle import ResizeHandle
from skymap.ui.painting import SELECTION

MOVABLE = (CloudItem, ActorItem, MemberItem, NoteItem)


class Interaction:
    """A tool. Handlers return True when they used the event."""

    name = "base"

    def __init__(self, scene) -> None:
        self.scene = scene

    def start(self) -> None: ...

    def end(self) -> None: ...

    def cancel(self) -> None:
        self.end()

    def mouse_press(self, event) -> bool:
        return False

    def mouse_move(self, event) -> bool:
        return False

    def mouse_release(self, event) -> bool:
        return False

    def key_press(self, event) -> bool:
        if event.key() == Qt.Key_Escape:
            self.cancel()
            return True
        return False


class SelectInteraction(Interaction):
    """Select (click, rubber band) and move; a dragged cloud carries its people."""

    name = "select"

    def __init__(self, scene) -> None:
        super().__init__(scene)
        self.drag_start: dict[str, QPointF] = {}
        self.dragging = False
        self.connect: ConnectInteraction | None = None

    def mouse_press(self, event) -> bool:
        if event.button() == Qt.LeftButton and event.modifiers() & Qt.ShiftModifier:
            endpoint = self.scene.endpoint_at(event.scenePos())
            if endpoint is not None:
                self.connect = ConnectInteraction(self.scene, one_shot=True)
                self.connect.begin_at(endpoint, event.scenePos())
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
        if self.drag_start and event.buttons() & Qt.LeftButton and not self.dragging:
            self.dragging = True
            self.scene.begin_drag(set(self.drag_start))
        QGraphicsScene.mouseMoveEvent(self.scene, event)
        if not self.drag_start or not event.buttons() & Qt.LeftButton:
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
            domain = self.scene.domain_at(grabbed.scenePos())
            if domain != self.scene.doc.actor(grabbed.obj_id).domain:
                target = domain
        self.scene.show_drop_target(target)

    def mouse_release(self, event) -> bool:
        if self.connect is not None:
            self.connect.mouse_release(event)
            self.connect = None
            return True
        QGraphicsScene.mouseReleaseEvent(self.scene, event)
        self.dragging = False
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


class ConnectInteraction(Interaction):
    """Draw a tie: press on a person, family member or the family, release on another."""

    name = "connect"

    def __init__(self, scene, one_shot: bool = False) -> None:
        super().__init__(scene)
        self.one_shot = one_shot
        self.source: str | None = None
        self.line: QGraphicsLineItem | None = None

    def begin_at(self, obj_id: str, pos: QPointF) -> None:
        self.source = obj_id
        origin = self.scene.anchor_of(obj_id)
        self.line = QGraphicsLineItem(QLineF(origin, pos))
        pen = QPen(SELECTION, 2.5, Qt.DashLine)
        self.line.setPen(pen)
        self.line.setZValue(100)
        self.scene.addItem(self.line)

    def mouse_press(self, event) -> bool:
        if event.button() != Qt.LeftButton:
            return True
        endpoint = self.scene.endpoint_at(event.scenePos())
        if endpoint is not None:
            self.begin_at(endpoint, event.scenePos())
        return True

    def mouse_move(self, event) -> bool:
        if self.line is not None:
            line = self.line.line()
            line.setP2(event.scenePos())
            self.line.setLine(line)
        return True

    def mouse_release(self, event) -> bool:
        if self.source is None:
            return True
        target = self.scene.endpoint_at(event.scenePos())
        source = self.source
        self._clear()
        if target is not None and target != source:
            link = self.scene.editor.connect(source, target)
            if link is None:
                self.scene.message.emit(QCoreApplication.translate(
                    "MapScene",
                    "No tie drawn: a tie joins someone outside the family with a family member or with "
                    "another person outside the family, and each pair only once."))
            if link is not None:
                self.scene.clearSelection()
                item = self.scene.items_by_id.get(link.id)
                if item is not None:
                    item.setSelected(True)
        return True

    def _clear(self) -> None:
        if self.line is not None:
            self.scene.removeItem(self.line)
        self.line = None
        self.source = None

    def cancel(self) -> None:
        self._clear()

    def end(self) -> None:
        self._clear()


class PanInteraction(Interaction):
    """Drag the canvas with the hand."""

    name = "pan"

    def start(self) -> None:
        for view in self.scene.views():
            view.setDragMode(QGraphicsView.ScrollHandDrag)
            view.setInteractive(False)

    def end(self) -> None:
        for view in self.scene.views():
            view.setDragMode(QGraphicsView.RubberBandDrag)
            view.setInteractive(True)


class NoteInteraction(Interaction):
    """Click anywhere to place a note there."""

    name = "note"

    def mouse_press(self, event) -> bool:
        if event.button() == Qt.LeftButton:
            pos = event.scenePos()
            note = self.scene.editor.add_note(pos.x(), pos.y())
            self.scene.select_only(note.id)
            self.scene.inline_edit_requested.emit(note.id)
            self.scene.tool_finished.emit()
        return True


def is_endpoint(item) -> bool:
    return isinstance(item, (PersonItem, FamilyItem))
