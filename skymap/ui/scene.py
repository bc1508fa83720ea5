"""The scene is a projection of the model: items for what exists, then it follows notices.

It keeps a two-way lookup item <-> model id. Gestures end in a request (`edit_requested`)
that the window turns into an undo command; the scene never writes to the model.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from skymap.model.document import Change, MapDocument
from skymap.model.messages import message
from skymap.model.objects import FAMILY_ID, Actor, Link
from skymap.ui.items.cloud_item import CloudItem
from skymap.ui.items.family_item import FamilyItem
from skymap.ui.items.link_item import LinkItem
from skymap.ui.items.person_item import ActorItem, MemberItem
from skymap.ui.painting import CANVAS
from skymap.ui.signals import DocumentSignals


class MapScene(QGraphicsScene):
    """Draws one MapDocument."""

    edit_requested = Signal(str, list)  # (undo text, [(collection, id, fields)])

    def __init__(self, doc: MapDocument, signals: DocumentSignals, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.lang = lang
        self.setBackgroundBrush(CANVAS)
        self.items_by_id: dict[str, QGraphicsItem] = {}
        self.family_item = FamilyItem(self._family_title())
        self.addItem(self.family_item)
        self._drag_start: dict[str, QPointF] = {}
        self._build()
        signals.changed.connect(self._on_change)

    # ----- building --------------------------------------------------------------------
    def _family_title(self) -> str:
        name = self.doc.map.meta.family_name
        return message("family_title", self.lang, name=name) if name else message("s_the_family", self.lang)

    def _build(self) -> None:
        for d in self.doc.map.domains:
            self._add_item(CloudItem(d))
        for m in self.doc.map.family:
            self._add_item(MemberItem(m, self.lang))
        for a in self.doc.map.actors:
            self._add_item(ActorItem(a, self.lang))
        for link in self.doc.map.links:
            self._add_item(LinkItem(link))
        self._refresh_family()
        self._refresh_counts()
        for link in self.doc.map.links:
            self._refresh_link(link.id)

    def _add_item(self, item: QGraphicsItem) -> None:
        self.items_by_id[item.obj_id] = item
        self.addItem(item)

    def item_for(self, obj_id: str) -> QGraphicsItem | None:
        if obj_id == FAMILY_ID:
            return self.family_item
        return self.items_by_id.get(obj_id)

    # ----- following the model ---------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        c = change.collection
        if c == "meta":
            self.family_item.set_members(self._member_positions(), self._family_title())
            return
        if c not in ("domains", "family", "actors", "links"):
            return
        if change.action == "removed":
            item = self.items_by_id.pop(change.id, None)
            if item is not None:
                self.removeItem(item)
        elif change.action == "added":
            obj = change.new
            item = {
                "domains": lambda: CloudItem(obj),
                "family": lambda: MemberItem(obj, self.lang),
                "actors": lambda: ActorItem(obj, self.lang),
                "links": lambda: LinkItem(obj),
            }[c]()
            self._add_item(item)
        else:
            item = self.items_by_id[change.id]
            {
                "domains": lambda: item.set_domain(change.new),
                "family": lambda: item.set_member(change.new),
                "actors": lambda: item.set_actor(change.new),
                "links": lambda: item.set_link(change.new),
            }[c]()
        if c == "family":
            self._refresh_family()
        if c in ("actors", "domains"):
            self._refresh_counts()
        obj_id = change.id
        if c == "links":
            if change.action != "removed":
                self._refresh_link(obj_id)
        else:
            self._refresh_links_of({obj_id} | ({FAMILY_ID} if c == "family" else set()))

    def _member_positions(self) -> list[tuple[float, float]]:
        return [(m.x, m.y) for m in self.doc.map.family]

    def _refresh_family(self) -> None:
        self.family_item.set_members(self._member_positions(), self._family_title())
        self._refresh_links_of({FAMILY_ID})

    def _refresh_counts(self) -> None:
        counts: dict[str | None, int] = {}
        for a in self.doc.map.actors:
            if a.active:
                counts[a.domain] = counts.get(a.domain, 0) + 1
        for d in self.doc.map.domains:
            item = self.items_by_id.get(d.id)
            if item is not None:
                item.set_count(counts.get(d.id, 0))

    def _refresh_links_of(self, ids: set[str]) -> None:
        for link in self.doc.map.links:
            if link.source in ids or link.target in ids:
                self._refresh_link(link.id)

    def _end(self, obj_id: str, towards: QPointF) -> tuple[QPointF, float]:
        item = self.item_for(obj_id)
        if item is self.family_item:
            centre = item.centre()
            return centre, item.radius_towards(towards.x() - centre.x(), towards.y() - centre.y())
        return item.pos(), item.radius + 3

    def _refresh_link(self, link_id: str) -> None:
        item: LinkItem | None = self.items_by_id.get(link_id)
        link: Link | None = self.doc.link(link_id)
        if item is None or link is None:
            return
        a = self.item_for(link.source)
        b = self.item_for(link.target)
        if a is None or b is None:
            return
        pa, ra = self._end(link.source, b.pos() if b is not self.family_item else b.centre())
        pb, rb = self._end(link.target, pa)
        item.set_ends(pa, pb, ra, rb)

    # ----- gestures: a drag is one edit, requested on release ---------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self._drag_start = {
            i.obj_id: i.pos() for i in self.selectedItems() if isinstance(i, (CloudItem, ActorItem, MemberItem))
        }
        # A cloud carries its people along.
        for item in list(self.selectedItems()):
            if isinstance(item, CloudItem):
                for a in self.doc.actors_in(item.obj_id):
                    self._drag_start.setdefault(a.id, self.items_by_id[a.id].pos())

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if not self._drag_start:
            return
        moved_clouds = [
            i for i in self.selectedItems() if isinstance(i, CloudItem) and i.obj_id in self._drag_start
        ]
        for cloud in moved_clouds:
            delta = cloud.pos() - self._drag_start[cloud.obj_id]
            for a in self.doc.actors_in(cloud.obj_id):
                item = self.items_by_id[a.id]
                if not item.isSelected():
                    item.setPos(self._drag_start[a.id] + delta)
        self._refresh_live(set(self._drag_start))

    def _refresh_live(self, ids: set[str]) -> None:
        if any(isinstance(self.items_by_id.get(i), MemberItem) for i in ids):
            self.family_item.set_members(
                [(self.items_by_id[m.id].x(), self.items_by_id[m.id].y()) for m in self.doc.map.family],
                self._family_title(),
            )
            ids = ids | {FAMILY_ID}
        self._refresh_links_of(ids)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        start, self._drag_start = self._drag_start, {}
        edits = []
        for obj_id, _ in start.items():
            item = self.items_by_id.get(obj_id)
            if item is None:
                continue
            collection = {"domain": "domains", "actor": "actors", "member": "family"}[item.kind]
            obj = self.doc.get(collection, obj_id)
            x, y = round(item.x(), 1), round(item.y(), 1)
            fields = {}
            if (x, y) != (obj.x, obj.y):
                fields.update(x=x, y=y)
            if isinstance(item, ActorItem) and item.isSelected():
                domain = self.domain_at(item.scenePos(), exclude_actor=obj)
                if domain != obj.domain:
                    fields["domain"] = domain
            if fields:
                edits.append((collection, obj_id, fields))
        if edits:
            key = "move" if all(set(f) <= {"x", "y"} for _, _, f in edits) else "move_to_domain"
            self.edit_requested.emit(key, edits)

    def domain_at(self, point: QPointF, exclude_actor: Actor | None = None) -> str | None:
        """The cloud under a point (the topmost), or None."""
        for item in self.items(point):
            if isinstance(item, CloudItem) and item.shape().contains(item.mapFromScene(point)):
                return item.obj_id
        return None
