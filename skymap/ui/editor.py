"""The edits a user can make, each pushed as one undo command on the window's stack.

Tools, the inspector, the palette and the menus call these; none of them builds a command
or touches the model by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from skymap.model import clipboard, drop, layout, new_person, placement
from skymap.model import edits as planned
from skymap.model.cpr import find_cpr, remove_cpr
from skymap.model.document import Collection, MapDocument, MapObject
from skymap.model.freehand import DrawnCloud
from skymap.model.objects import Actor, Annotation, Domain, FamilyMember, Link, without_controls
from skymap.model.template import custom_colour
from skymap.model.vocabulary import ActorKind, FamilyRole, LinkKind
from skymap.ui.commands import AddCommand, MetaCommand, RemoveCommand, UpdateCommand

SNAP = 10.0
TEXT_FIELDS = {"name", "role", "organisation", "notes", "note", "text", "label", "title", "family_name", "caseworker"}


class Editor(QObject):
    def __init__(self, doc: MapDocument, stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.stack = stack
        self.snapping = True
        self.read_only = False
        self.last_added: tuple[int, str] | None = None
        """(stack index, id) of the person, cloud or note the last step added: the form the
        adding opens joins that step (and Esc there takes it back: form_cancel.py)."""
        self.cpr_guard: Callable[[list[str]], bool] | None = None
        """Called with the CPR-like numbers found in typed text; returns True to remove them."""

    # ----- the one way onto the undo stack ----------------------------------------------
    def _push(self, command) -> None:
        if self.read_only:
            return
        self.stack.push(command)

    def _begin(self, text: str) -> None:
        if not self.read_only:
            self.stack.beginMacro(text)

    def _end(self) -> None:
        if not self.read_only:
            self.stack.endMacro()

    def _screen_cpr(self, fields: dict[str, Any]) -> dict[str, Any]:
        """A national ID number typed into a text is caught: the user is warned and offered
        to remove it. Control characters (a pasted tab or line break) become spaces."""
        fields = {k: without_controls(k, v) if k in TEXT_FIELDS and isinstance(v, str) else v
                  for k, v in fields.items()}
        found = [n for k, v in fields.items() if k in TEXT_FIELDS and isinstance(v, str) for n in find_cpr(v)]
        if found and self.cpr_guard is not None and self.cpr_guard(found):
            return {k: remove_cpr(v) if k in TEXT_FIELDS and isinstance(v, str) else v for k, v in fields.items()}
        return fields

    # ----- generic ---------------------------------------------------------------------
    def update(self, text: str, edits: list[tuple[Collection, str, dict[str, Any]]]) -> None:
        """Push one step that changes fields; nothing is pushed if nothing would change."""
        real = []
        for collection, obj_id, fields in edits:
            changed = planned.changes(self.doc, collection, obj_id, self._screen_cpr(fields))
            if changed:
                real.append((collection, obj_id, changed))
        if real:
            self._push(UpdateCommand(self.doc, text, real))

    def update_meta(self, **fields: Any) -> None:
        meta = self.doc.map.meta
        fields = self._screen_cpr(fields)
        changed = {k: v for k, v in fields.items() if getattr(meta, k) != v}
        if changed:
            self._push(MetaCommand(self.doc, self.tr("Edit map details"), changed))

    def update_one(self, collection: Collection, obj_id: str, **fields: Any) -> None:
        if collection == "actors" and set(fields) == {"domain"}:
            self.move_to_domain(obj_id, fields["domain"])
            return
        self.update(self.undo_text(set(fields)), [(collection, obj_id, fields)])

    def undo_text(self, fields: set[str]) -> str:
        """A name for the undo step that says what changed ("Undo Rename", not "Undo Edit")."""
        texts = {
            "name": self.tr("Rename"),
            "label": self.tr("Rename"),
            "role": self.tr("Change role"),
            "organisation": self.tr("Change organisation"),
            "kind": self.tr("Change kind"),
            "coordinator": self.tr("Family coordinator"),
            "core_team": self.tr("Core team"),
            "active": self.tr("Active or ended"),
            "notes": self.tr("Edit notes"),
            "note": self.tr("Edit notes"),
            "text": self.tr("Edit note"),
            "quality": self.tr("Change quality"),
            "direction": self.tr("Change flow of help"),
            "frequency": self.tr("Change frequency"),
            "rc": self.tr("Change coordination scores"),
            "color": self.tr("Change colour"),
            "birth_year": self.tr("Change birth year"),
            "consent": self.tr("Change consent"),
            "consent_date": self.tr("Change consent"),
            "consent_scope": self.tr("Change consent"),
            "protected": self.tr("Protected"),
            "protected_reason": self.tr("Why protected"),
        }
        named = [texts[f] for f in fields if f in texts]
        return named[0] if len(set(named)) == 1 else self.tr("Edit")

    def snap(self, value: float) -> float:
        return round(value / SNAP) * SNAP if self.snapping else round(value, 1)

    def move(self, edits: list[tuple[Collection, str, dict[str, Any]]]) -> None:
        """One step for a whole drag (positions, and clouds people were dropped into); a
        person let go over someone else stands in the free place nearest (model/drop.py)."""
        moved_domain = any("domain" in f for _, _, f in edits)
        edits = drop.land(self.doc.map, edits)
        self.update(self.tr("Move to another cloud") if moved_domain else self.tr("Move"), edits)

    def delete(self, targets: list[tuple[Collection, str]]) -> None:
        # Ties first is not needed: removing a person removes their ties with them.
        if targets:
            self._push(RemoveCommand(self.doc, self.tr("Delete"), targets))

    # ----- adding ----------------------------------------------------------------------
    def add_actor(self, x: float, y: float, kind: ActorKind, domain: str | None = None, name: str = "") -> Actor:
        if domain is not None and not name and planned.joins_rows(self.doc, domain):
            return self.add_actor_in(domain, kind)  # into a cloud kept in rows: the next place there
        if not name:
            name = self.tr("New professional") if kind is ActorKind.PROFESSIONAL else self.tr("New person")
        actor = Actor(
            id=self.doc.new_id("actors"), name=name, kind=kind, domain=domain, x=self.snap(x), y=self.snap(y)
        )
        # a macro, so that the person's form can join its name and ties to this step
        self._begin(self.tr("Add person"))
        try:
            self._push(AddCommand(self.doc, self.tr("Add person"), [("actors", actor)]))
        finally:
            self._end()
        self.last_added = (self.stack.index(), actor.id)
        return actor

    def add_actor_in(self, domain_id: str, kind: ActorKind = ActorKind.PROFESSIONAL) -> Actor:
        """A new person in a free place of a cloud; the cloud grows (and its neighbours make
        room) if it is full. One undo step."""
        edits, [(x, y)] = planned.place_in_cloud(self.doc, domain_id)
        name = self.tr("New professional") if kind is ActorKind.PROFESSIONAL else self.tr("New person")
        actor = Actor(id=self.doc.new_id("actors"), name=name, kind=kind, domain=domain_id, x=x, y=y)
        self._begin(self.tr("Add person"))
        try:
            if edits:
                self.update(self.tr("Resize cloud"), edits)
            self._push(AddCommand(self.doc, self.tr("Add person"), [("actors", actor)]))
        finally:
            self._end()
        self.last_added = (self.stack.index(), actor.id)
        return actor

    def add_actor_where_it_belongs(self, kind: ActorKind, selected: str | None,
                                   centre: tuple[float, float]) -> Actor:
        """A person added from the palette (a click, or its menu key): into the cloud the
        model says (model/new_person.py) - a private person into the private network, made
        first if the map has none (one undo step with her) - else beside `centre`."""
        cloud = new_person.cloud_for_new_person(self.doc.map, kind, selected, centre)
        if cloud is None or (cloud == new_person.NEW_PRIVATE_CLOUD and self.read_only):
            return self.add_actor_free(kind, centre)
        if cloud != new_person.NEW_PRIVATE_CLOUD:
            return self.add_actor_in(cloud, kind)
        domain = new_person.private_network_cloud(self.doc.map, self.doc.new_id("domains"))
        self._begin(self.tr("Add person"))
        try:
            self._push(AddCommand(self.doc, self.tr("Add cloud"), [("domains", domain)]))
            actor = self.add_actor_in(domain.id, kind)
        finally:
            self._end()
        self.last_added = (self.stack.index(), actor.id)
        return actor

    def move_to_domain(self, actor_id: str, domain_id: str | None) -> None:
        """Put a person into another cloud (or none), in a free place there."""
        self.update(self.tr("Move to another cloud"), planned.move_to_cloud(self.doc, actor_id, domain_id))

    def add_actor_free(self, kind: ActorKind, near: tuple[float, float]) -> Actor:
        """A new person in the free place nearest to `near`, outside every cloud."""
        x, y = placement.free_point(self.doc.map, near, (layout.PERSON_W, layout.PERSON_H))
        return self.add_actor(x, y, kind, None)

    def add_member(self, x: float | None = None, y: float | None = None, name: str = "") -> FamilyMember:
        """A new family member at (x, y), or next to the others when no place is given."""
        room = None
        if x is None or y is None:
            # the family in its rows, the clouds packed round it (model/keep_compact.py)
            room, (x, y) = planned.place_member(self.doc)
        else:
            # at the point, unless that covers someone: the family's rows or the free place nearest
            room, (x, y) = planned.place_member_at(self.doc, (self.snap(x), self.snap(y)))
        member = FamilyMember(
            id=self.doc.new_id("family"), name=name or self.tr("Family member"), role=FamilyRole.OTHER, x=x, y=y,
        )
        self._begin(self.tr("Add family member"))
        try:
            self._push(AddCommand(self.doc, self.tr("Add family member"), [("family", member)]))
            room = planned.room_for_family(self.doc) if room is None else room
            if room:
                self.update(self.tr("Add family member"), room)
        finally:
            self._end()
        self.last_added = (self.stack.index(), member.id)
        return member

    def add_domain_free(self, label: str = "") -> Domain:
        """A new cloud in a free place around the family."""
        x, y = placement.free_cloud_position(self.doc.map)
        return self.add_domain(x, y, label)

    def add_domain(self, x: float, y: float, label: str = "") -> Domain:
        customs = sum(1 for d in self.doc.map.domains if d.kind.value == "custom")
        domain = Domain(
            id=self.doc.new_id("domains"), label=label or self.tr("New cloud"), color=custom_colour(customs),
            x=self.snap(x), y=self.snap(y), width=layout.CLOUD_W, height=layout.CLOUD_H,
        )
        self._add_fresh(self.tr("Add cloud"), "domains", domain)
        return domain

    def add_drawn_domain(self, drawn: DrawnCloud, label: str = "") -> Domain | None:
        """A new cloud drawn by hand: its box and outline as drawn (not snapped). People in
        no cloud whom the loop went round join it, where they stand. One step."""
        if self.read_only:
            return None
        customs = sum(1 for d in self.doc.map.domains if d.kind.value == "custom")
        domain = Domain(
            id=self.doc.new_id("domains"), label=label or self.tr("New cloud"), color=custom_colour(customs),
            x=drawn.x, y=drawn.y, width=drawn.width, height=drawn.height, outline=drawn.outline,
        )
        circled = placement.loose_people_inside(self.doc.map, domain)
        self._begin(self.tr("Draw cloud"))
        try:
            self._push(AddCommand(self.doc, self.tr("Draw cloud"), [("domains", domain)]))
            if circled:
                self._push(UpdateCommand(self.doc, self.tr("Draw cloud"),
                                         [("actors", a, {"domain": domain.id}) for a in circled]))
        finally:
            self._end()
        self.last_added = (self.stack.index(), domain.id)
        return domain

    def add_note(self, x: float, y: float, text: str = "") -> Annotation:
        note = Annotation(id=self.doc.new_id("annotations"), text=text or self.tr("Note"),
                          x=self.snap(x), y=self.snap(y))
        self._add_fresh(self.tr("Add note"), "annotations", note)
        return note

    def _add_fresh(self, text: str, collection: Collection, obj: MapObject) -> None:
        """Add `obj` as a step of its own that the form the adding opens can join (its label
        or text) or take back (Esc): a macro, remembered as `last_added`."""
        self._begin(text)
        try:
            self._push(AddCommand(self.doc, text, [(collection, obj)]))
        finally:
            self._end()
        self.last_added = (self.stack.index(), obj.id)

    def add_tie(self, a: str, b: str) -> Link | None:
        """Draw a tie between a and b: a contact when one is in the family, else coordination.
        Returns None when no tie can be drawn (two family members, the same person, one exists)."""
        tie = planned.new_tie(self.doc, a, b)
        if tie is None:
            return None
        kind, source, target = tie
        link = Link(id=self.doc.new_id("links"), kind=kind, source=source, target=target)
        text = self.tr("Add contact") if kind is LinkKind.CONTACT else self.tr("Add coordination")
        self._push(AddCommand(self.doc, text, [("links", link)]))
        return link

    # ----- whole-selection edits ------------------------------------------------------------
    def add_objects(self, text: str, objects: list[tuple[Collection, MapObject]]) -> None:
        """Add ready-made objects as one step (a status, pasted people ...)."""
        self._push(AddCommand(self.doc, text, objects))

    def paste(self, payload: str, dx: float = 30.0, dy: float = 30.0) -> list[str]:
        """Paste people copied with `clipboard.copy_people`; returns the new ids."""
        objects = clipboard.paste_people(self.doc, payload, dx, dy)
        if not objects:
            return []
        # pasted into a cloud, people join it like any newcomer: not on top of the originals
        edits, places = planned.place_pasted(self.doc, [o for _c, o in objects if isinstance(o, Actor)])
        placed: list[tuple[Collection, MapObject]] = [
            (c, o.model_copy(update=dict(zip(("x", "y"), places[o.id]))) if c == "actors" else o) for c, o in objects
        ]
        self._begin(self.tr("Paste"))
        try:
            if edits:
                self.update(self.tr("Paste"), edits)
            self._push(AddCommand(self.doc, self.tr("Paste"), placed))
        finally:
            self._end()
        return [obj.id for collection, obj in objects if collection == "actors"]  # (placing keeps the ids)

    def tidy(self, domain_ids: list[str] | None = None) -> None:
        """Arrange the people in each cloud (or the given ones) in rows, without overlaps;
        the whole map: also the clouds, compact around the family (model/compact.py)."""
        self.update(self.tr("Tidy up"), planned.tidy(self.doc, domain_ids))
