"""Showing a comparison on the canvas: newcomers marked, leavers as faint ghosts where they
were, ties that changed labelled "svag → stærk"."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from skymap.model.messages import message
from skymap.model.objects import MapContent
from skymap.model.status import Diff
from skymap.model.vocabulary import Quality, label
from skymap.ui.items.person_item import ActorItem

GHOST_OPACITY = 0.33
GHOST = 0  # the data key (QGraphicsItem.setData) that marks the ghost of one who left


def is_ghost(item: QGraphicsItem) -> bool:
    """Whether `item` is the faint ghost of someone who left (not a person on the map)."""
    return bool(item.data(GHOST))


def decorate(scene, d: Diff, earlier: MapContent, lang: str) -> list[QGraphicsItem]:
    """Add the comparison marks to a scene showing the later state; returns what was added."""
    added: list[QGraphicsItem] = []
    for actor_id in d.added:
        item = scene.items_by_id.get(actor_id)
        if item is not None:
            item.set_marker(message("d_new_mark", lang))  # canvas text: in the map's language, as the badges
    before = {a.id: a for a in earlier.actors}
    ghost_pos: dict[str, QPointF] = {}
    for actor_id in d.removed:
        actor = before[actor_id]
        ghost = ActorItem(actor, lang, scene.appearance)
        ghost.setOpacity(GHOST_OPACITY)
        ghost.setData(GHOST, True)  # (found by the list of changes, changes_list.py)
        ghost.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        ghost.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
        ghost.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        ghost.setToolTip(message("d_left_tip", lang, name=actor.name))
        ghost.setZValue(9)
        scene.addItem(ghost)
        added.append(ghost)
        ghost_pos[actor_id] = QPointF(actor.x, actor.y)

    def where(obj_id: str) -> QPointF | None:
        if obj_id in ghost_pos:
            return ghost_pos[obj_id]
        item = scene.item_for(obj_id)
        return scene.anchor_of(obj_id) if item is not None else None

    for link in d.lost_ties:
        a, b = where(link.source), where(link.target)
        if a is None or b is None:
            continue
        line = QGraphicsLineItem(QLineF(a, b))
        pen = QPen(QColor("#9aa5b1"), 2, Qt.PenStyle.DashLine)
        line.setPen(pen)
        line.setOpacity(0.6)
        line.setZValue(-1)
        scene.addItem(line)
        added.append(line)
    for link in d.new_ties:
        item = scene.items_by_id.get(link.id)
        if item is not None:
            item.set_highlighted(True)
    for change in d.changed_ties:
        link = scene.doc.link(change.link_id)
        if link is None:
            continue
        a, b = scene.anchor_of(link.source), scene.anchor_of(link.target)
        text = f"{label(Quality(change.before), lang)} → {label(Quality(change.after), lang)}"
        tag = QGraphicsSimpleTextItem(text)
        tag.setFont(scene.appearance.font(10, bold=True))
        tag.setBrush(QBrush(QColor("#1f2a36")))
        rect = tag.boundingRect()
        mid = (a + b) / 2
        tag.setPos(mid - QPointF(rect.width() / 2, rect.height() / 2))
        back = QGraphicsRectItem(rect.adjusted(-5, -3, 5, 3))
        back.setPos(tag.pos())
        back.setBrush(QBrush(QColor("#fff3e0")))
        back.setPen(QPen(QColor("#e65100"), 1.5))
        back.setZValue(30)
        tag.setZValue(31)
        scene.addItem(back)
        scene.addItem(tag)
        added += [back, tag]
    return added

