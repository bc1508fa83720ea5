"""The one mutation API of a map: every change goes through `MapDocument`.

Each method changes the map and announces what changed to the listeners — and only when
something really changed (an update with equal values announces nothing). Removals return
a `Removal` record and updates return the old values, so an undo command can restore the
map exactly (`restore`, or `update_*` with the old values).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from .errors import EditError
from .objects import (
    FAMILY_ID,
    Actor,
    Agreement,
    Annotation,
    Domain,
    FamilyMember,
    Link,
    Metadata,
    Name,
    Settings,
    SkyMap,
    Snapshot,
    now_utc,
)
from .ties import end_of, tie_kind
from .title import title_for_family
from .vocabulary import LinkKind

Collection = Literal["family", "domains", "actors", "links", "annotations", "agreements", "snapshots"]
COLLECTIONS: tuple[Collection, ...] = ("family", "domains", "actors", "links", "annotations", "agreements",
                                       "snapshots")
_TYPES: dict[str, type[BaseModel]] = {
    "family": FamilyMember,
    "domains": Domain,
    "actors": Actor,
    "links": Link,
    "annotations": Annotation,
    "agreements": Agreement,
    "snapshots": Snapshot,
}
_PREFIX = {"family": "m", "domains": "d", "actors": "a", "links": "l", "annotations": "n", "agreements": "g",
           "snapshots": "s"}
_GOAL = TypeAdapter(Name)


@dataclass(frozen=True)
class Change:
    """One announced change. `collection` is a collection name, or "meta"/"settings"."""

    action: Literal["added", "updated", "removed"]
    collection: str
    id: str | None
    old: Any = None
    new: Any = None
    fields: tuple[str, ...] = ()


class _Identified(Protocol):
    id: str


_M = TypeVar("_M", bound=_Identified)  # a map object: FamilyMember, Domain, Actor, Link, ...
MapObject = FamilyMember | Domain | Actor | Link | Annotation | Agreement | Snapshot
"""What a collection holds (see `_TYPES`)."""


@dataclass
class Removal:
    """What a removal took away, enough to put it back exactly with `restore`."""

    removed: list[tuple[Collection, Any, int]] = field(default_factory=list)  # (a map object)
    updated: list[tuple[Collection, str, dict[str, Any]]] = field(default_factory=list)


Listener = Callable[[Change], None]
BurstListener = Callable[[list[Change]], None]


class MapDocument:
    """A map being edited, with listeners. `doc.map` is the `SkyMap`; read it, never write it."""

    def __init__(self, skymap: SkyMap | None = None) -> None:
        self.map = skymap if skymap is not None else SkyMap()
        self._listeners: list[Listener] = []
        self._burst_listeners: list[BurstListener] = []
        self._positions: dict[str, dict[str, int]] = {}
        self._held: list[Change] | None = None

    # ----- listening -------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """`listener(change)` for every change, as it is announced."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def subscribe_bursts(self, listener: BurstListener) -> None:
        """`listener(changes)` once after each announcement is over: all the changes of a
        `hold()` block (a step of hundreds of moves, a paste), or a single change made
        outside one. Who needs the map as it is after a whole edit (ties between people
        who both moved, counts, measures) works once per burst instead of once per change."""
        self._burst_listeners.append(listener)

    def unsubscribe_bursts(self, listener: BurstListener) -> None:
        self._burst_listeners.remove(listener)

    def _emit(self, change: Change) -> None:
        if self._held is not None:
            self._held.append(change)
            return
        self._announce([change])

    def _announce(self, changes: list[Change]) -> None:
        for change in changes:
            for listener in list(self._listeners):
                listener(change)
        if changes:
            for burst_listener in list(self._burst_listeners):
                burst_listener(changes)

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Collect the changes made inside the block and announce them when it ends (one
        burst: see `subscribe_bursts`)."""
        if self._held is not None:
            yield
            return
        self._held = []
        try:
            yield
        finally:
            held, self._held = self._held, None
            self._announce(held)

    # ----- lookup ----------------------------------------------------------------------
    def _index(self, collection: str) -> dict[str, int]:
        pos = self._positions.get(collection)
        if pos is None:
            pos = {obj.id: i for i, obj in enumerate(getattr(self.map, collection))}
            self._positions[collection] = pos
        return pos

    def _invalidate(self, collection: str) -> None:
        self._positions.pop(collection, None)

    def get(self, collection: Collection, obj_id: str) -> Any:
        """The object with `obj_id` in `collection`, or None."""
        i = self._index(collection).get(obj_id)
        return None if i is None else getattr(self.map, collection)[i]

    def member(self, obj_id: str) -> FamilyMember | None:
        return self.get("family", obj_id)

    def domain(self, obj_id: str) -> Domain | None:
        return self.get("domains", obj_id)

    def actor(self, obj_id: str) -> Actor | None:
        return self.get("actors", obj_id)

    def link(self, obj_id: str) -> Link | None:
        return self.get("links", obj_id)

    def annotation(self, obj_id: str) -> Annotation | None:
        return self.get("annotations", obj_id)

    def collection_of(self, obj_id: str) -> Collection | None:
        for collection in COLLECTIONS:
            if obj_id in self._index(collection):
                return collection
        return None

    def new_id(self, collection: Collection) -> str:
        """A fresh id, unique in the whole map."""
        while True:
            candidate = f"{_PREFIX[collection]}-{secrets.token_hex(4)}"
            if candidate != FAMILY_ID and self.collection_of(candidate) is None:
                return candidate

    def links_of(self, obj_id: str) -> list[Link]:
        """Every tie that touches `obj_id` (actor, family member or FAMILY_ID)."""
        return [ln for ln in self.map.links if ln.source == obj_id or ln.target == obj_id]

    def actors_in(self, domain_id: str | None) -> list[Actor]:
        return [a for a in self.map.actors if a.domain == domain_id]

    # ----- checks ----------------------------------------------------------------------
    def _check(self, collection: str, obj: Any) -> None:  # (obj: the type _TYPES[collection] names)
        if collection == "actors" and obj.domain is not None and self.domain(obj.domain) is None:
            raise EditError("dangling_domain", owner=obj.id, ref=obj.domain)
        if collection == "agreements" and obj.owner is not None and obj.owner != FAMILY_ID \
                and self.actor(obj.owner) is None and self.member(obj.owner) is None:
            raise EditError("dangling_owner", owner=obj.id, ref=obj.owner)
        if collection == "links":
            ends = []
            for end in (obj.source, obj.target):
                ends.append(end_of(end, self._index("actors"), self._index("family")))
                if ends[-1] is None:
                    raise EditError("dangling_end", owner=obj.id, ref=end)
            if obj.source == obj.target:
                raise EditError("self_link", id=obj.id)
            if tie_kind(*ends) is not obj.kind:
                raise EditError("bad_coordination" if obj.kind is LinkKind.COORDINATION else "bad_contact", id=obj.id)

    # ----- generic add / update / remove ------------------------------------------------
    def add(self, collection: Collection, obj: _M, index: int | None = None) -> _M:
        """Add `obj` (at `index`, default the end). Its id must be new to the map."""
        if not isinstance(obj, _TYPES[collection]):
            raise TypeError(f"{collection} holds {_TYPES[collection].__name__}, not {type(obj).__name__}")
        if obj.id == FAMILY_ID or self.collection_of(obj.id) is not None:
            raise EditError("duplicate_id", id=obj.id)
        self._check(collection, obj)
        items = getattr(self.map, collection)
        if index is None or index >= len(items):
            self._index(collection)[obj.id] = len(items)
            items.append(obj)
        else:
            items.insert(index, obj)
            self._invalidate(collection)
        self._emit(Change("added", collection, obj.id, None, obj))
        return obj

    def update(self, collection: Collection, obj_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of one object; returns the old values of what changed ({} if nothing)."""
        items = getattr(self.map, collection)
        i = self._index(collection).get(obj_id)
        if i is None:
            raise KeyError(obj_id)
        old = items[i]
        if "id" in changes and changes["id"] != obj_id:
            raise EditError("duplicate_id", id=changes["id"])
        new = type(old).model_validate({**old.model_dump(), **changes})
        changed = tuple(k for k in changes if getattr(new, k) != getattr(old, k))
        if not changed:
            return {}
        self._check(collection, new)
        items[i] = new
        self._emit(Change("updated", collection, obj_id, old, new, changed))
        return {k: getattr(old, k) for k in changed}

    def remove(self, collection: Collection, obj_id: str) -> Removal:
        """Remove one object and what depends on it (an actor's or member's ties). The
        agreements a removed person owned stay in the plan with no owner; `restore` gives
        them back to the person."""
        if self.get(collection, obj_id) is None:
            raise KeyError(obj_id)
        removal = Removal()
        with self.hold():
            if collection in ("actors", "family"):
                for link in self.links_of(obj_id):
                    self._remove_one("links", link.id, removal)
                for agreement in self.agreements_of(obj_id):
                    removal.updated.append(
                        ("agreements", agreement.id, self.update("agreements", agreement.id, owner=None)))
            elif collection == "domains":
                for actor in self.actors_in(obj_id):
                    removal.updated.append(("actors", actor.id, self.update("actors", actor.id, domain=None)))
            self._remove_one(collection, obj_id, removal)
        return removal

    def _remove_one(self, collection: Collection, obj_id: str, removal: Removal) -> None:
        items = getattr(self.map, collection)
        i = self._index(collection).get(obj_id)
        if i is None:
            raise KeyError(obj_id)
        obj = items.pop(i)
        self._invalidate(collection)
        removal.removed.append((collection, obj, i))
        self._emit(Change("removed", collection, obj_id, obj, None))

    def restore(self, removal: Removal) -> None:
        """Undo a removal exactly: objects back at their places, updated fields reset."""
        order = {c: n for n, c in enumerate(COLLECTIONS)}
        with self.hold():
            # Parents before dependants; within a collection, reverse order of removal so
            # every object returns to its original index.
            for collection, obj, index in sorted(  # noqa: C414 - sorted() is stable: reversed() matters
                reversed(removal.removed), key=lambda r: order[r[0]]
            ):
                self.add(collection, obj, index)
            for collection, obj_id, old in reversed(removal.updated):
                self.update(collection, obj_id, **old)

    # ----- named conveniences ----------------------------------------------------------
    def add_member(self, name: str, **fields: Any) -> FamilyMember:
        return self.add("family", FamilyMember(id=fields.pop("id", None) or self.new_id("family"), name=name, **fields))

    def add_domain(self, label: str, **fields: Any) -> Domain:
        return self.add("domains", Domain(id=fields.pop("id", None) or self.new_id("domains"), label=label, **fields))

    def add_actor(self, name: str, **fields: Any) -> Actor:
        return self.add("actors", Actor(id=fields.pop("id", None) or self.new_id("actors"), name=name, **fields))

    def add_link(self, kind: LinkKind, source: str, target: str, **fields: Any) -> Link:
        link_id = fields.pop("id", None) or self.new_id("links")
        link = Link(id=link_id, kind=kind, source=source, target=target, **fields)
        return self.add("links", link)

    def add_annotation(self, text: str, **fields: Any) -> Annotation:
        return self.add(
            "annotations", Annotation(id=fields.pop("id", None) or self.new_id("annotations"), text=text, **fields)
        )

    def add_agreement(self, text: str, **fields: Any) -> Agreement:
        """Add an agreement to the joint plan (owner: a person's id, FAMILY_ID or None)."""
        agreement = Agreement(id=fields.pop("id", None) or self.new_id("agreements"), text=text, **fields)
        return self.add("agreements", agreement)

    def agreements_of(self, owner: str) -> list[Agreement]:
        """The agreements `owner` (a person's id or FAMILY_ID) has taken on."""
        return [ag for ag in self.map.agreements if ag.owner == owner]

    # ----- the family's goals (an ordered list of texts, announced as one "goals" change) ----
    def set_goals(self, goals: list[str]) -> list[str]:
        """Replace the goals; returns the old list (announces nothing if nothing changed)."""
        new = [self._goal_text(text) for text in goals]
        old = list(self.map.goals)
        if new == old:
            return old
        self.map.goals = new
        self._emit(Change("updated", "goals", None, old, list(new), ("goals",)))
        return old

    @staticmethod
    def _goal_text(text: str) -> str:
        text = " ".join(str(text).split())
        if not text:
            raise EditError("goal_empty")
        try:
            return _GOAL.validate_python(text)
        except ValidationError:
            raise EditError("goal_too_long", limit=200) from None

    def add_goal(self, text: str, index: int | None = None) -> int:
        """Add a goal (at `index`, default the end); returns where it went."""
        goals = list(self.map.goals)
        index = len(goals) if index is None else max(0, min(index, len(goals)))
        goals.insert(index, text)
        self.set_goals(goals)
        return index

    def edit_goal(self, index: int, text: str) -> str:
        """Reword goal `index`; returns its old text."""
        goals = list(self.map.goals)
        old = goals[self._goal_index(index)]
        goals[index] = text
        self.set_goals(goals)
        return old

    def remove_goal(self, index: int) -> str:
        """Remove goal `index`; returns its text."""
        goals = list(self.map.goals)
        old = goals.pop(self._goal_index(index))
        self.set_goals(goals)
        return old

    def move_goal(self, index: int, new_index: int) -> None:
        """Move goal `index` to `new_index` (the family's order of importance)."""
        goals = list(self.map.goals)
        text = goals.pop(self._goal_index(index))
        goals.insert(max(0, min(new_index, len(goals))), text)
        self.set_goals(goals)

    def _goal_index(self, index: int) -> int:
        if not 0 <= index < len(self.map.goals):
            raise EditError("goal_no_such", number=index + 1, count=len(self.map.goals))
        return index

    def find_link(self, a: str, b: str, kind: LinkKind | None = None) -> Link | None:
        """The tie between a and b in either direction (of `kind`, if given), or None."""
        for link in self.map.links:
            if {link.source, link.target} == {a, b} and (kind is None or link.kind is kind):
                return link
        return None

    def move(self, positions: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
        """Move several objects at once; returns their old positions (only of those that moved)."""
        old_positions: dict[str, tuple[float, float]] = {}
        with self.hold():
            for obj_id, (x, y) in positions.items():
                collection = self.collection_of(obj_id)
                if collection is None:
                    raise KeyError(obj_id)
                before = self.get(collection, obj_id)
                if self.update(collection, obj_id, x=x, y=y):
                    old_positions[obj_id] = (before.x, before.y)
        return old_positions

    def update_meta(self, **changes: Any) -> dict[str, Any]:
        """Change the map's details. A title never typed follows the family name (title.py):
        changed in the same step, so the old values returned put both back."""
        if "family_name" in changes and "title" not in changes:
            title = title_for_family(self.map.meta, changes["family_name"])
            if title is not None:
                changes["title"] = title
        return self._update_single("meta", Metadata, **changes)

    def update_settings(self, **changes: Any) -> dict[str, Any]:
        return self._update_single("settings", Settings, **changes)

    def _update_single(self, attr: str, model: type[BaseModel], **changes: Any) -> dict[str, Any]:
        old = getattr(self.map, attr)
        current = old.model_dump()
        new = model.model_validate({**current, **changes})
        changed = tuple(k for k in changes if getattr(new, k) != getattr(old, k))
        if not changed:
            return {}
        setattr(self.map, attr, new)
        self._emit(Change("updated", attr, None, old, new, changed))
        return {k: getattr(old, k) for k in changed}

    def touch(self) -> None:
        """Set the modified time to now (called when saving)."""
        self.update_meta(modified=now_utc())
