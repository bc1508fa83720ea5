"""The scene is a projection of the model: items for what exists, then it follows notices.

It keeps a two-way lookup item <-> model id and hands mouse and key events to the current
interaction (tool). Gestures end in calls to the `Editor`, which pushes undo commands; the
scene never writes to the model.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem, QGraphicsScene, QStyleOptionGraphicsItem

from skymap.model.document import Change, Collection, MapDocument
from skymap.model.live_routes import LiveRoutes
from skymap.model.messages import message
from skymap.model.objects import FAMILY_ID, Actor, FamilyMember, Link
from skymap.model.routes import ROUTED_UP_TO
from skymap.model.vocabulary import ActorKind, DomainKind
from skymap.ui import still_layer
from skymap.ui.drag_preview import DragPreview
from skymap.ui.editor import Editor
from skymap.ui.interactions import (
    ConnectInteraction,
    DrawCloudInteraction,
    Interaction,
    NoteInteraction,
    PanInteraction,
    SelectInteraction,
    is_endpoint,
)
from skymap.ui.items.base import MapItem
from skymap.ui.items.cloud_item import CloudItem
from skymap.ui.items.family_item import FamilyItem
from skymap.ui.items.link_item import LinkItem
from skymap.ui.items.note_item import NoteItem
from skymap.ui.items.person_item import ActorItem, MemberItem, PersonItem
from skymap.ui.painting import CANVAS, Appearance
from skymap.ui.signals import DocumentSignals

BSP_DEPTH = 10
"""The most levels of Qt's index of the items by place (Qt's own choice grows with the number of
items: 13 at 8,000); finding what is under the pointer costs the same at 10 (measured on the
2,000-person map), building the index far less."""

TOOLS = {"select": SelectInteraction, "connect": ConnectInteraction, "pan": PanInteraction, "note": NoteInteraction,
         "draw_cloud": DrawCloudInteraction}


REROUTE = QEvent.Type(QEvent.registerEventType())
"""Work the ties' bends out now (posted by _on_settled)."""


class MapScene(QGraphicsScene):
    """Draws one MapDocument and turns gestures into edits."""

    inline_edit_requested = Signal(str)  # obj_id
    tool_finished = Signal()  # a one-shot tool is done; the window returns to select
    message = Signal(str)  # a short message for the status bar
    context_menu_requested = Signal(object, QPointF, QPoint)  # obj_id or None, scene pos, screen pos

    def __init__(self, doc: MapDocument, signals: DocumentSignals, editor: Editor, lang: str, parent=None,
                 appearance: Appearance | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.editor = editor
        self.lang = lang
        self.appearance = appearance or Appearance()
        """The text size and family view the items draw with (the window's)."""
        self.setBackgroundBrush(CANVAS)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        m = doc.map
        if len(m.actors) + len(m.family) + len(m.links) + len(m.domains) + len(m.annotations) > 2 ** BSP_DEPTH:
            # Qt's depth for 8,000 items (13) put each long tie into thousands of the tree's
            # cells: building the index took ~0.3 s of a 2,000-person map's first paint.
            self.setBspTreeDepth(BSP_DEPTH)
        self.items_by_id: dict[str, MapItem] = {}
        self._links_by_end: dict[str, set[str]] = defaultdict(set)
        self._reroute_timer = QTimer(self)
        self._reroute_timer.setSingleShot(True)
        self._reroute_timer.setInterval(0)
        self._reroute_timer.timeout.connect(self._reroute)
        self._reroute_posted = False  # a REROUTE event is on its way (_on_settled)
        self._routes: LiveRoutes | None = None  # the ties' routes, kept up to date edit by edit
        self._selected_still: frozenset = frozenset()  # selected clouds, family, ties (ui/still_layer.py)
        self._ties_of_selected: set[str] = set()  # drawn in the selection colour (_selection_changed)
        self._selected_people: set[str] = set()
        self.selectionChanged.connect(self._selection_changed)
        self.family_item = FamilyItem(self._family_title(), self.appearance)
        self.addItem(self.family_item)
        self.interaction: Interaction = SelectInteraction(self)
        self._frozen: tuple[QGraphicsPixmapItem, list[LinkItem]] | None = None
        self.drag_preview: DragPreview | None = None  # a DragPreview while a big map is dragged
        # what a burst of changes leaves to do once it is over (see _on_settled)
        self._ends_moved: set[str] = set()
        self._to_grow: dict[str, MapItem] = {}
        self._counts_stale = False
        self._build()
        signals.changed.connect(self._on_change)
        signals.settled.connect(self._on_settled)
        # grow_scene_rect() for a scene with no rect yet, whose sceneRect() is Qt's bounds of
        # the items: they are walked once, not twice (each walk asks 8,000 Python items at
        # 2,000 people)
        grown = self.itemsBoundingRect()
        if not grown.isNull():
            self.setSceneRect(grown.adjusted(-400, -400, 400, 400))

    # ----- the view's still layer (ui/still_layer.py) follows what is added, removed, selected
    # A person or a note (above the layer) comes and goes without touching it; a cloud or the
    # family is a change where it stands; anything else (a stand-in, a comparison's marks)
    # changes it all.
    def addItem(self, item: QGraphicsItem) -> None:  # noqa: N802 - Qt's name
        self._touched()
        if isinstance(item, LinkItem) and item.zValue() == 0:
            still_layer.appended(self, item)  # stacked above every tie: painted over the kept picture
            super().addItem(item)
        elif isinstance(item, MapItem) and (item.in_still_layer or item.zValue() > 0):
            super().addItem(item)
            if item.in_still_layer:
                still_layer.changed(item)
        else:
            still_layer.changed()
            super().addItem(item)

    def removeItem(self, item: QGraphicsItem) -> None:  # noqa: N802 - Qt's name
        self._touched()
        if isinstance(item, MapItem) and (item.in_still_layer or item.zValue() > 0):
            if item.in_still_layer:
                still_layer.changed(item)  # (where it stood)
        else:
            still_layer.changed()
        super().removeItem(item)

    def _touched(self) -> None:
        for view in self.views():
            if hasattr(view, "_scene_changed"):
                view._scene_changed()  # (a gesture under way ends: its picture is out of date)

    def still_layer_allowed(self) -> bool:
        """Whether a view may keep a picture of what lies below the people now: not while a
        drag shows its own pictures or family members are dragged live over a stand-in."""
        return self.drag_preview is None and self._frozen is None

    SHOW_TIES_OF_UP_TO = 5
    """Selecting up to this many people draws their ties in the selection colour (whom they
    meet stands out); a bigger selection (Ctrl+A) leaves the ties as they are."""

    def _selection_changed(self) -> None:
        chosen = self.selectedItems()
        people = [i.obj_id for i in chosen if isinstance(i, PersonItem)]
        self._selected_people = set(people)
        ties: set[str] = set()
        if len(people) <= self.SHOW_TIES_OF_UP_TO:
            for obj_id in people:
                ties |= self._links_by_end.get(obj_id, set())
        for link_id in self._ties_of_selected - ties:
            item = self.items_by_id.get(link_id)
            if isinstance(item, LinkItem):
                item.set_end_selected(False)
        for link_id in ties - self._ties_of_selected:
            item = self.items_by_id.get(link_id)
            if isinstance(item, LinkItem):
                item.set_end_selected(True)
        self._ties_of_selected = ties
        selected = frozenset(i for i in chosen if getattr(i, "in_still_layer", False))
        if selected != self._selected_still:
            for chosen_item in selected ^ self._selected_still:  # (each drawn anew where it stands)
                still_layer.changed(chosen_item)
            self._selected_still = selected

    def grow_scene_rect(self, items: Sequence[QGraphicsItem] | None = None) -> None:
        """The scrollable area only grows, so the view never jumps when something shrinks
        or is undone. With `items`, only they (and their children) are added to it: all
        else is in it already, so a burst of hundreds of changes (a cloud making room)
        needs no walk over every item per change."""
        if items is None:
            grown = self.itemsBoundingRect()
        else:
            grown = QRectF()
            for item in items:
                grown = grown.united(item.sceneBoundingRect()).united(
                    item.mapRectToScene(item.childrenBoundingRect()))
        if not grown.isNull():
            self.setSceneRect(self.sceneRect().united(grown.adjusted(-400, -400, 400, 400)))

    # ----- building --------------------------------------------------------------------
    def _family_title(self) -> str:
        name = self.doc.map.meta.family_name
        lang = self.doc.map.meta.language
        return message("family_title", lang, name=name) if name else message("s_the_family", lang)

    def _build(self) -> None:
        for d in self.doc.map.domains:
            self._join(self._new_item("domains", d))
        for m in self.doc.map.family:
            self._join(self._new_item("family", m))
        for a in self.doc.map.actors:
            self._join(self._new_item("actors", a))
        for n in self.doc.map.annotations:
            self._join(self._new_item("annotations", n))
        self.refresh_family()  # (first: the ties to the family end at its oval)
        self._refresh_counts()
        self._add_laid_links()
        still_layer.changed()  # a new scene: none of its ties was painted over a kept picture
        self._reroute()

    def _add_laid_links(self) -> None:
        """An item for each of the map's ties, laid between its ends as `_refresh_link` lays
        it, but before it joins the scene (so the scene's index takes each tie in once) and
        with its ends looked up once per person, not per tie: a 2,000-person map has 6,000."""
        m = self.doc.map
        ends: dict[str, tuple[QPointF, float, bool]] = {}  # a person's id -> (centre, trimmed radius, protected)
        people: list[FamilyMember | Actor] = [*m.family, *m.actors]
        for obj in people:
            item = self.items_by_id.get(obj.id)
            if isinstance(item, PersonItem):
                ends[obj.id] = (item.pos(), item.radius + 3, obj.protected)
        family = self.family_item
        centre = family.centre()
        settings = m.settings
        for link in m.links:
            source, target = ends.get(link.source), ends.get(link.target)
            if (source is None and link.source != FAMILY_ID) or (target is None and link.target != FAMILY_ID):
                self._add_link(link)  # (an end that is not a person: as any tie added later)
                self._refresh_link(link.id)
                continue
            item = LinkItem(link, settings)
            if source is None:  # the family to a person
                assert target is not None
                pa, ra = centre, family.radius_towards(target[0].x() - centre.x(), target[0].y() - centre.y())
            else:
                pa, ra = source[0], source[1]
            if target is None:  # a person to the family
                pb, rb = centre, family.radius_towards(pa.x() - centre.x(), pa.y() - centre.y())
            else:
                pb, rb = target[0], target[1]
            item.set_ends(pa, pb, ra, rb)
            item.set_protected_end((source is not None and source[2]) or (target is not None and target[2]))
            self._join(item)
            self._links_by_end[link.source].add(link.id)
            self._links_by_end[link.target].add(link.id)

    def _reroute_soon(self) -> None:
        """Work the ties' bends out again once this burst of changes is over."""
        self._reroute_timer.start()

    def _reroute(self) -> None:
        """Ties bend around the people they would pass over, and apart where they would lie
        on each other (model/routes.py; the print draws the same). A big map's ties stay
        straight, as the scene draws them anyway."""
        m = self.doc.map
        if len(m.actors) + len(m.family) > ROUTED_UP_TO:
            self._routes = None
            return
        # only the ties whose route can have changed are worked out again (model/live_routes.py)
        if self._routes is None:
            self._routes = LiveRoutes(m)
        else:
            self._routes.update(m)
        # every tie is given its route: one whose end moved was drawn straight meanwhile
        # (LinkItem.set_ends), even if it ends up where it was; an unchanged one returns at once
        for link_id, points in self._routes.routes.items():
            item = self.items_by_id.get(link_id)
            if isinstance(item, LinkItem):
                item.set_route(points)

    def _new_item(self, collection: str, obj) -> MapItem:
        """The item that draws `obj` of `collection` (not a tie: see `_add_link`)."""
        if collection == "family":
            return MemberItem(obj, self.lang, self.appearance)
        if collection == "actors":
            return ActorItem(obj, self.lang, self.appearance)
        return {"domains": CloudItem, "annotations": NoteItem}[collection](obj, self.appearance)

    def _add_item(self, item: MapItem) -> None:
        self.items_by_id[item.obj_id] = item
        self.addItem(item)

    def _join(self, item: MapItem) -> None:
        """`_add_item` for an item of the map being opened: no view shows the scene yet, so
        nothing is told of each item as it comes (8,000 at 2,000 people); `_build` tells
        the views' still layer of the new scene once."""
        if self.views():  # (never while building: the views come after the scene)
            self._add_item(item)
            return
        self.items_by_id[item.obj_id] = item
        QGraphicsScene.addItem(self, item)

    def _add_link(self, link: Link) -> None:
        self._add_item(LinkItem(link, self.doc.map.settings))
        self._links_by_end[link.source].add(link.id)
        self._links_by_end[link.target].add(link.id)
        if self._selected_people & {link.source, link.target}:  # a tie of someone selected: drawn as hers
            self._selection_changed()

    def _stack_in_order(self, collection: str, obj_id: str) -> None:
        """An object put back (an undo) at its old place in the map: its new item goes
        below the items of the objects after it, as when the map is opened - where ties
        (translucent) cross, they blend in the same order again."""
        objs = getattr(self.doc.map, collection)
        if not objs or objs[-1].id == obj_id:  # added at the end: stacked last already
            return
        item = self.items_by_id.get(obj_id)
        index = next((i for i, o in enumerate(objs) if o.id == obj_id), None)
        if item is None or index is None:
            return
        for later in objs[index + 1:]:
            other = self.items_by_id.get(later.id)
            if other is not None and other.zValue() == item.zValue():
                item.stackBefore(other)
                return

    def item_for(self, obj_id: str) -> MapItem | None:
        """The item drawing the model object `obj_id` (the family's for FAMILY_ID), or None."""
        if obj_id == FAMILY_ID:
            return self.family_item
        return self.items_by_id.get(obj_id)

    def links_at(self, obj_id: str) -> frozenset[str]:
        """The ids of the ties with an end at `obj_id` (a person, a family member or FAMILY_ID)."""
        return frozenset(self._links_by_end.get(obj_id, ()))

    def map_items(self) -> list[MapItem]:
        """Every item that draws a model object, the family's included."""
        return [self.family_item, *self.items_by_id.values()]

    def select_only(self, obj_id: str) -> None:
        self.clearSelection()
        item = self.item_for(obj_id)
        if item is not None:
            item.setSelected(True)

    def selected_targets(self) -> list[tuple[Collection, str]]:
        """(collection, id) of every selected model object."""
        return [(i.collection, i.obj_id) for i in self.selectedItems()
                if isinstance(i, MapItem) and i.collection is not None]

    # ----- following the model ---------------------------------------------------------
    # Each change is shown on its item at once; what depends on the whole edit — the ties of
    # people who moved (both ends of a tie often move in one step: a cloud making room moves
    # hundreds), the clouds' counts, the scrollable area — is done once the burst of changes
    # is over (_on_settled), each tie laid once.
    def _on_change(self, change: Change) -> None:
        c = change.collection
        if c in ("actors", "family", "links") and (change.action != "updated" or c == "links"
                                                   or {"x", "y"} & set(change.fields)
                                                   or (c == "family" and "name" in change.fields)):
            # someone came, went or moved (a new name changes no line - but a family member's
            # does: the family's oval is as large as its names, model/layout.family_oval)
            self._reroute_soon()
        if change.id is not None and change.id in self._to_grow:  # changed twice in one burst: both places
            self.grow_scene_rect([self._to_grow.pop(change.id)])
        if c == "meta":
            self.refresh_family()
            return
        if c == "settings":  # the bands of relational coordination: scored ties may look different
            for link in self.doc.map.links:
                item = self.items_by_id.get(link.id)
                if isinstance(item, LinkItem):
                    item.set_band_settings(change.new)
            return
        if c not in ("domains", "family", "actors", "links", "annotations"):
            return
        obj_id = change.id
        assert obj_id is not None  # (an object of a collection)
        if change.action == "removed":
            item = self.items_by_id.pop(obj_id, None)
            if item is not None:
                self.removeItem(item)
            if c == "links":
                self._links_by_end[change.old.source].discard(obj_id)
                self._links_by_end[change.old.target].discard(obj_id)
        elif change.action == "added":
            obj = change.new
            if c == "links":
                self._add_link(obj)
            else:
                self._add_item(self._new_item(c, obj))
            self._stack_in_order(c, obj.id)
        else:
            self.items_by_id[obj_id].refresh(change.new)
        if c == "family":
            self.refresh_family()
        if c in ("actors", "domains") and (change.action != "updated" or c == "domains"
                                           or {"domain", "active"} & set(change.fields)):
            self._counts_stale = True  # (a person moved within a cloud changes no count)
        if c == "links":
            if change.action != "removed":
                self._refresh_link(obj_id)
        elif c in ("actors", "family"):
            self._ends_moved.add(obj_id)
        if change.action == "removed":
            return
        if c in ("links", "family"):  # (after the tie is laid: its own extent; the family's oval as it is now)
            self.grow_scene_rect([self.items_by_id[obj_id], *([self.family_item] if c == "family" else [])])
        else:
            self._to_grow[obj_id] = self.items_by_id[obj_id]

    def _on_settled(self, _changes: list[Change]) -> None:
        """A burst of changes is over: lay the ties of whoever moved (each tie once), count
        the clouds' people again if someone came, went or changed cloud, and grow the
        scrollable area by what changed."""
        ends, self._ends_moved = self._ends_moved, set()
        if ends:
            self._refresh_links_of(ends)
        if self._counts_stale:
            self._counts_stale = False
            self._refresh_counts()
        grown, self._to_grow = self._to_grow, {}
        grown_items = [item for item in grown.values() if item.scene() is self]
        if grown_items:
            self.grow_scene_rect(grown_items)
        if self._reroute_timer.isActive() and not self._reroute_posted:
            # The bends once the whole edit is over (an edit of two steps - a cloud making room,
            # then the newcomer - is two bursts) but before its first paint: an event of high
            # priority is delivered before the window's paint request, the timer after it.
            self._reroute_posted = True
            QCoreApplication.postEvent(self, QEvent(REROUTE), Qt.EventPriority.HighEventPriority.value)

    def event(self, event: QEvent) -> bool:
        if event.type() == REROUTE:
            self._reroute_posted = False
            if self._reroute_timer.isActive():
                self._reroute_timer.stop()
                self._reroute()
            return True
        return super().event(event)

    def _member_positions(self, live: bool = False) -> list[tuple[float, float]]:
        if live:
            return [(self.items_by_id[m.id].x(), self.items_by_id[m.id].y()) for m in self.doc.map.family]
        return [(m.x, m.y) for m in self.doc.map.family]

    def refresh_family(self, live: bool = False) -> None:
        """Draw the family's oval around its members again (`live`: where their items are now,
        during a drag), its title and the ties to the family with it."""
        self.family_item.set_members(
            self._member_positions(live), self._family_title(), self.tr("Double-click here to add a family member")
        )
        self._refresh_links_of({FAMILY_ID})

    def _refresh_counts(self) -> None:
        counts: dict[str | None, int] = {}
        for a in self.doc.map.actors:
            if a.active:
                counts[a.domain] = counts.get(a.domain, 0) + 1
        for d in self.doc.map.domains:
            item = self.items_by_id.get(d.id)
            if isinstance(item, CloudItem):
                item.set_count(counts.get(d.id, 0))

    def _refresh_links_of(self, ids: set[str]) -> None:
        link_ids = set()
        for obj_id in ids:
            link_ids |= self._links_by_end.get(obj_id, set())
        for link_id in link_ids:
            self._refresh_link(link_id)

    def anchor_of(self, obj_id: str) -> QPointF:
        item = self.item_for(obj_id)
        assert item is not None  # (a tie's end, which exists)
        return item.centre() if isinstance(item, FamilyItem) else item.pos()

    def _end(self, obj_id: str, towards: QPointF) -> tuple[QPointF, float]:
        item = self.item_for(obj_id)
        if isinstance(item, FamilyItem):
            centre = item.centre()
            return centre, item.radius_towards(towards.x() - centre.x(), towards.y() - centre.y())
        assert isinstance(item, PersonItem)  # (a tie's end: the family or a person)
        return item.pos(), item.radius + 3

    def _refresh_link(self, link_id: str) -> None:
        item = self.items_by_id.get(link_id)
        if not isinstance(item, LinkItem):
            return
        link = item.link
        if link is None or self.item_for(link.source) is None or self.item_for(link.target) is None:
            return
        pa, ra = self._end(link.source, self.anchor_of(link.target))
        pb, rb = self._end(link.target, pa)
        item.set_ends(pa, pb, ra, rb)
        ends = (self.doc.actor(link.source) or self.doc.member(link.source),
                self.doc.actor(link.target) or self.doc.member(link.target))
        item.set_protected_end(any(end is not None and end.protected for end in ends))

    # ----- tools -----------------------------------------------------------------------
    def set_tool(self, name: str) -> None:
        self.interaction.end()
        self.interaction = TOOLS[name](self)
        self.interaction.start()

    def tool_name(self) -> str:
        return self.interaction.name

    # A read-only map (a status shown, a map open elsewhere: see edit_gate.py) only selects:
    # no tool, no drag, no tie drawn with Shift.
    def mousePressEvent(self, event) -> None:
        if self.editor.read_only or not self.interaction.mouse_press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self.editor.read_only:
            if not event.buttons():  # hovering still shows what is under the pointer
                super().mouseMoveEvent(event)
        elif not self.interaction.mouse_move(event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self.editor.read_only or not self.interaction.mouse_release(event):
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if not self.interaction.key_press(event):
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        pos = event.scenePos()
        if self.editor.read_only:  # nothing is added or renamed on a read-only map
            super().mouseDoubleClickEvent(event)
            return
        # The person whose round symbol is under the pointer wins over a neighbour's name
        # label lying over it (in a small cloud the names overlap the symbols).
        hits = [item for item in self.items(pos) if self._hit(item, pos)]
        hits.sort(key=lambda item: not self._on_symbol(item, pos))  # stable: else the topmost
        for item in hits:
            if isinstance(item, (ActorItem, MemberItem, NoteItem, CloudItem)):
                if isinstance(item, CloudItem):
                    # Double-click a cloud: a new person there, ready to be named (in the private
                    # network cloud a private person, elsewhere a professional).
                    domain = self.doc.domain(item.obj_id)
                    kind = (ActorKind.PRIVATE if domain is not None and domain.kind is DomainKind.PRIVATE_NETWORK
                            else ActorKind.PROFESSIONAL)
                    actor = self.editor.add_actor(pos.x(), pos.y(), kind, item.obj_id)
                    self.select_only(actor.id)
                    self.inline_edit_requested.emit(actor.id)
                else:
                    self.select_only(item.obj_id)
                    self.inline_edit_requested.emit(item.obj_id)
                event.accept()
                return
            if isinstance(item, FamilyItem):
                member = self.editor.add_member(pos.x(), pos.y())
                self.select_only(member.id)
                self.inline_edit_requested.emit(member.id)
                event.accept()
                return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:
        self.request_context_menu(event.scenePos(), event.screenPos())
        event.accept()

    def request_context_menu(self, pos: QPointF, screen_pos: QPoint) -> None:
        """The context menu of what is at `pos` (a right click, or a press-and-hold)."""
        target = None
        for item in self.items(pos):
            if isinstance(item, MapItem) and item is not self.family_item and item.hits(pos):
                target = item.obj_id
                break
        target_item = self.item_for(target) if target is not None else None
        if target is not None and target_item is not None and not target_item.isSelected():
            self.select_only(target)
        self.context_menu_requested.emit(target, pos, screen_pos)

    def helpEvent(self, event) -> None:
        """The tooltip of an item is the sentence a screen reader hears (describe.py)."""
        from PySide6.QtWidgets import QToolTip  # noqa: PLC0415

        for item in self.items(event.scenePos()):
            # (a ghost of someone who left, in a comparison, has only its own tooltip)
            text = (item.accessible_text() if isinstance(item, MapItem) else "") or item.toolTip()
            if text and self._hit(item, event.scenePos()):
                QToolTip.showText(event.screenPos(), text, event.widget())
                event.accept()
                return
        QToolTip.hideText()
        event.ignore()

    def clear_highlight(self) -> None:
        for item in self.items_by_id.values():
            if item.highlighted:
                item.set_highlighted(False)

    @staticmethod
    def _hit(item: QGraphicsItem, pos: QPointF) -> bool:
        if isinstance(item, MapItem):
            return item.hits(pos)
        return item.shape().contains(item.mapFromScene(pos))

    # ----- what tools ask of the scene ---------------------------------------------------
    def endpoint_at(self, pos: QPointF, besides: str | None = None) -> str | None:
        """The person, family member or family under a point (a possible end of a tie).
        A person's round symbol wins over another's name label lying over it, and with
        `besides` (the start of a tie being drawn) someone else wins over that one."""
        hits = [item for item in self.items(pos) if is_endpoint(item) and self._hit(item, pos)]
        hits.sort(key=lambda item: (item.obj_id == besides, not self._on_symbol(item, pos)))  # stable
        return hits[0].obj_id if hits else None

    @staticmethod
    def _on_symbol(item: QGraphicsItem, pos: QPointF) -> bool:
        if not isinstance(item, PersonItem):
            return False
        p = item.mapFromScene(pos)
        return p.x() ** 2 + p.y() ** 2 <= (item.radius + 2) ** 2

    def domain_at(self, point: QPointF) -> str | None:
        """The cloud under a point (the topmost), or None."""
        for item in self.items(point):
            if isinstance(item, CloudItem) and self._hit(item, point):
                return item.obj_id
        return None

    # ----- drawing big maps quickly during a drag ----------------------------------------
    FAST_DRAG_LINKS = 150
    """From this many ties on, a drag paints the ties that do not move from a snapshot."""

    def begin_drag(self, moving: set[str]) -> None:
        """A drag starts: ties that do not touch what moves are painted once, into a picture
        that stands in for them until the drag ends; only the moving ties are redrawn."""
        if (self._frozen is not None or self.drag_preview is not None
                or len(self.doc.map.links) < self.FAST_DRAG_LINKS or not self.views()):
            return
        grabber = self.mouseGrabberItem()
        members = any(isinstance(self.items_by_id.get(i), MemberItem) for i in moving)
        if not members and grabber is not None and grabber.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable:
            # The usual big drag (a cloud, people, notes): pictures stand in for it all.
            self.drag_preview = DragPreview(self, self.views()[0], moving)
            return
        # Family members reshape the family oval as they move: they are dragged live, with
        # only the ties that do not move painted from a picture.
        ends = set(moving)
        if any(isinstance(self.items_by_id.get(i), MemberItem) for i in moving):
            ends.add(FAMILY_ID)
        live = set()
        for obj_id in ends:
            live |= self._links_by_end.get(obj_id, set())
        static = [item for obj_id, item in self.items_by_id.items()
                  if isinstance(item, LinkItem) and obj_id not in live and item.isVisible()]
        view = self.views()[0]
        viewport = view.viewport()
        ratio = viewport.devicePixelRatioF()
        picture = QPixmap(int(viewport.width() * ratio), int(viewport.height() * ratio))
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing)
        painter.setTransform(view.viewportTransform())
        option = QStyleOptionGraphicsItem()
        for item in static:
            item.paint(painter, option, None)
        painter.end()
        stand_in = QGraphicsPixmapItem(picture)
        stand_in.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        stand_in.setPos(view.mapToScene(0, 0))
        stand_in.setZValue(0)
        stand_in.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.addItem(stand_in)
        for item in static:
            item.setVisible(False)
        self._frozen = (stand_in, static)

    def end_drag(self) -> None:
        if self.drag_preview is not None:
            self.drag_preview = None
            for view in self.views():
                view.viewport().update()
        if self._frozen is None:
            return
        stand_in, static = self._frozen
        self._frozen = None
        self.removeItem(stand_in)
        for item in static:
            if item.scene() is self:
                item.setVisible(True)

    def show_drop_target(self, domain_id: str | None) -> None:
        if self.drag_preview is not None:
            cloud = self.items_by_id.get(domain_id) if domain_id is not None else None
            if cloud is not self.drag_preview.drop_target:
                self.drag_preview.drop_target = cloud
                for view in self.views():
                    view.viewport().update()
            return
        for d in self.doc.map.domains:
            item = self.items_by_id.get(d.id)
            if isinstance(item, CloudItem):
                item.set_drop_target(d.id == domain_id)

    def follow_live(self, ids: set[str]) -> None:
        """Keep ties and the family oval with items that are being dragged."""
        if any(isinstance(self.items_by_id.get(i), MemberItem) for i in ids):
            self.refresh_family(live=True)
        self._refresh_links_of(ids)

    def finish_drag(self, start: dict[str, QPointF]) -> None:
        """A drag has ended: one edit for everything that moved, people dropped into
        another cloud join its domain."""
        edits: list[tuple[Collection, str, dict[str, Any]]] = []
        # Everything in a drag moves by the same amount; snapping rounds that amount so the
        # item under the pointer lands on the grid and the rest keep their arrangement.
        grabbed = next((i for i in self.selectedItems() if isinstance(i, MapItem) and i.obj_id in start), None)
        delta = None
        if grabbed is not None:
            origin = start[grabbed.obj_id]
            moved = grabbed.pos() - origin
            if moved.manhattanLength() > 0.5:
                target_x = self.editor.snap(origin.x() + moved.x())
                target_y = self.editor.snap(origin.y() + moved.y())
                delta = QPointF(target_x - origin.x(), target_y - origin.y())
        for obj_id, origin in start.items():
            item = self.items_by_id.get(obj_id)
            if item is None:
                continue
            collection = item.collection
            assert collection is not None  # (an item of a model object)
            obj = self.doc.get(collection, obj_id)
            pos = origin + delta if delta is not None else item.pos()
            fields: dict[str, Any] = {}
            if (round(pos.x(), 1), round(pos.y(), 1)) != (obj.x, obj.y):
                fields.update(x=round(pos.x(), 1), y=round(pos.y(), 1))
                item.setPos(pos)
            if isinstance(item, ActorItem) and item.isSelected() and fields:
                domain = self.domain_at(item.scenePos())
                if domain != obj.domain:
                    fields["domain"] = domain
            if fields:
                edits.append((collection, obj_id, fields))
        if edits:
            self.editor.move(edits)
            # Snapping may leave an item where the model is not: show the model's place.
            for collection, obj_id, _ in edits:
                obj = self.doc.get(collection, obj_id)
                self.items_by_id[obj_id].setPos(obj.x, obj.y)
            self.follow_live({obj_id for _, obj_id, _ in edits})

    def request_resize(self, domain_id: str, width: float, height: float, x: float, y: float) -> None:
        self.editor.update(
            self.tr("Resize cloud"),
            [("domains", domain_id, {"width": float(width), "height": float(height), "x": x, "y": y})],
        )
        domain = self.doc.domain(domain_id)
        item = self.items_by_id[domain_id]
        assert isinstance(item, CloudItem) and domain is not None  # (the cloud just resized)
        item.set_domain(domain)
