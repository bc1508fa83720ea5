"""The Connect tool: a tie drawn from a person, a family member or the family to another.

Two gestures end in the same undo command (Editor.add_tie, which decides the tie's kind):
- a drag: press on one, let go on the other (also a Shift-drag in the select tool);
- a click, then a click: at a kitchen table with a touch screen or a pen, and for many
  users, this is the expected way. The first click marks the person (a ring round them),
  a line follows the pointer from them, and the status bar says what to do next; a click
  on another person draws the tie. Esc, a click on the empty canvas or on the marked
  person again lets go of them (the tool stays chosen).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsPathItem, QMainWindow, QStatusBar

from skymap.model.objects import FAMILY_ID
from skymap.ui.interaction_base import Interaction
from skymap.ui.items.family_item import FamilyItem
from skymap.ui.items.person_item import PersonItem
from skymap.ui.painting import SELECTION

CLICK_SLOP = 12
"""A press and release this close on the screen (pixels) are a click even when the release
slid off the person (a finger, a pen)."""


class ConnectInteraction(Interaction):
    """Draw a tie: press on a person, family member or the family and release on another,
    or click one and then the other."""

    name = "connect"

    def __init__(self, scene, one_shot: bool = False) -> None:
        super().__init__(scene)
        self.one_shot = one_shot  # a Shift-drag in the select tool: a drag only
        self.source: str | None = None
        self.line: QGraphicsLineItem | None = None
        self.ring: QGraphicsPathItem | None = None
        self.waiting = False  # the first person was clicked: the next click chooses the other
        self.again = False  # the press was on the person already marked
        self._hint = ""  # what the status bar says while waiting

    def start(self) -> None:
        # Between the two clicks the line follows the pointer: the map must hear the moves
        # of a mouse with no button down (Qt turns this on only for items that hover).
        for view in self.scene.views():
            view.viewport().setMouseTracking(True)

    def busy(self) -> bool:
        return self.source is not None

    def begin_at(self, obj_id: str, pos: QPointF) -> None:
        self._clear()  # a line whose release never came goes first
        self.source = obj_id
        origin = self.scene.anchor_of(obj_id)
        self.line = QGraphicsLineItem(QLineF(origin, pos))
        pen = QPen(SELECTION, 3, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)  # seen from across the table at any zoom
        self.line.setPen(pen)
        self.line.setZValue(100)
        self.scene.addItem(self.line)

    def mouse_press(self, event) -> bool:
        event.accept()  # this tool draws ties; the view must not start a rubber band as well
        if event.button() != Qt.MouseButton.LeftButton:
            return True
        pos = event.scenePos()
        if self.waiting and self.source is not None and self.scene.item_for(self.source) is not None:
            source = self.source
            target = self.scene.endpoint_at(pos, besides=source)
            if target is None:  # the empty canvas: let go of the first person
                self._clear()
                self.scene.message.emit(QCoreApplication.translate("MapScene", "Cancelled: no tie drawn."))
            elif target == source:  # the marked person again: a drag may follow, a click lets go
                self.waiting, self.again = False, True
            else:
                self._finish(source, target)
            return True
        self._clear()
        endpoint = self.scene.endpoint_at(pos)
        if endpoint is not None:
            self.begin_at(endpoint, pos)
        return True

    def mouse_move(self, event) -> bool:
        if self.line is not None and self.source is not None:
            if self.scene.item_for(self.source) is None:  # undone while waiting: gone
                self._clear()
                return True
            origin = self.scene.anchor_of(self.source)  # (an undo may have moved the person)
            self.line.setLine(QLineF(origin, event.scenePos()))
            if self.ring is not None:
                self.ring.setPath(self._ring_path(self.source))
        return True

    def mouse_release(self, event) -> bool:
        if self.source is None or self.waiting or event.button() != Qt.MouseButton.LeftButton:
            return True
        source = self.source
        pos = event.scenePos()
        # A click first: a family member clicked lies on the family's oval, which is not a
        # second end chosen. (A Shift-drag is a drag only, however short.)
        slid = (event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)).manhattanLength()
        short = slid <= CLICK_SLOP and not self.one_shot
        target = None if short else self.scene.endpoint_at(pos, besides=source)
        if target is not None and target != source:  # a drag from one to the other
            self._finish(source, target)
            return True
        clicked = slid <= CLICK_SLOP or target == source
        if clicked and not self.one_shot and not self.again:
            self._wait_for_second(source, pos)
            return True
        again = self.again
        self._clear()
        if again:
            self.scene.message.emit(QCoreApplication.translate("MapScene", "Cancelled: no tie drawn."))
        return True

    def _wait_for_second(self, source: str, pos: QPointF) -> None:
        """The first person was clicked: mark them and say what comes next."""
        self.waiting = True
        self.ring = QGraphicsPathItem(self._ring_path(source))
        pen = QPen(SELECTION, 4)
        pen.setCosmetic(True)  # as thick on screen at any zoom
        self.ring.setPen(pen)
        halo = QColor(SELECTION)
        halo.setAlpha(45)
        self.ring.setBrush(halo)
        self.ring.setZValue(99)
        self.scene.addItem(self.ring)
        self._show_hint(self._hint_text(source))

    def _ring_path(self, obj_id: str) -> QPainterPath:
        path = QPainterPath()
        item = self.scene.item_for(obj_id)
        if isinstance(item, FamilyItem):
            path.addEllipse(item.rect.adjusted(-6, -6, 6, 6))
        elif isinstance(item, PersonItem):
            r = item.radius + 7
            path.addEllipse(item.pos(), r, r)
        return path

    def _hint_text(self, source: str) -> str:
        if source == FAMILY_ID:
            name = QCoreApplication.translate("MapScene", "the family")
        else:
            person = self.scene.doc.actor(source) or self.scene.doc.member(source)
            name = person.name.strip() if person is not None else ""
        if not name:
            return QCoreApplication.translate(
                "MapScene", "Now click the person to tie this one to. Esc or a click on an empty spot cancels.")
        text = QCoreApplication.translate(
            "MapScene", "Now click the person to tie %1 to. Esc or a click on an empty spot cancels.")
        return text.replace("%1", name)

    def _finish(self, source: str, target: str) -> None:
        self._clear()
        link = self.scene.editor.add_tie(source, target)
        if link is None:
            self.scene.message.emit(QCoreApplication.translate(
                "MapScene",
                "No tie drawn: a tie joins someone outside the family with a family member or with "
                "another person outside the family, and each pair only once."))
            return
        self.scene.clearSelection()
        item = self.scene.items_by_id.get(link.id)
        if item is not None:
            item.setSelected(True)

    # ----- the status bar while waiting for the second click -------------------------------
    def _status_bar(self) -> QStatusBar | None:
        for view in self.scene.views():
            window = view.window()
            if isinstance(window, QMainWindow):
                return window.statusBar()
        return None

    def _show_hint(self, text: str) -> None:
        bar = self._status_bar()
        if bar is not None:
            self._hint = text
            bar.showMessage(text)  # until the second click, Esc or another tool

    def _drop_hint(self) -> None:
        bar = self._status_bar() if self._hint else None
        if bar is not None and bar.currentMessage() == self._hint:
            bar.clearMessage()
        self._hint = ""

    def _clear(self) -> None:
        for item in (self.line, self.ring):
            if item is not None and item.scene() is self.scene:
                self.scene.removeItem(item)
        self.line = self.ring = None
        self.source = None
        self.waiting = self.again = False
        self._drop_hint()

    def cancel(self) -> None:
        if self.source is None and not self.one_shot:  # nothing being drawn: back to select
            self.scene.tool_finished.emit()
        self._clear()

    def end(self) -> None:
        self._clear()
