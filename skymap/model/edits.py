"""Planning an edit: the rules about where things go, as plain functions of the map.

Each function reads a `MapDocument` and returns the edits to make, as plain data — a list
of `(collection, id, fields)` like `[("domains", "d-school", {"width": 340.0}),
("actors", "a-1", {"x": 12.0, "y": 30.0})]`, positions, or the ends of a tie — and changes
nothing. The interface turns them into one undo step (ui/editor.py, ui/fast_entry.py);
tests check them with no Qt at all.

Where a newcomer goes inside a cloud is `placement`'s business, how the clouds are packed
around the family is `compact`'s; this module puts those together into whole edits: the
cloud grown, its neighbours (with their people) moved out of its way, the newcomer placed.
"""

from __future__ import annotations

from collections.abc import Set
from typing import Any

from . import compact, keep_compact, layout, placement
from .document import Collection, MapDocument
from .loose import with_loose_cleared
from .objects import Actor, Domain, Link
from .ties import end_of, ends_in, tie_between, tie_kind
from .vocabulary import LinkKind

Edit = tuple[Collection, str, dict[str, Any]]
"""One object's new field values: (collection, id, {field: value})."""


def changes(doc: MapDocument, collection: Collection, obj_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Those of `fields` that would really change the object, compared as the document
    will store them (an edit that changes nothing is no undo step); {} when the object is
    not on the map. A value the model refuses raises its ValidationError."""
    obj = doc.get(collection, obj_id)
    if obj is None:
        return {}
    new = type(obj).model_validate({**obj.model_dump(), **fields})
    return {k: v for k, v in fields.items() if getattr(obj, k) != getattr(new, k)}


# ----- a cloud that grows ------------------------------------------------------------------
def growth(doc: MapDocument, grown: Domain) -> tuple[list[Edit], float, float]:
    """The edits that give a cloud its grown size (`grown`: the cloud with its new width,
    height and y) and make room for it: the clouds on its side of the family are packed
    again, each moved with its people. Also how far the grown cloud itself moved (dx, dy),
    so that a newcomer planned inside it can be shifted along."""
    domains = [grown if d.id == grown.id else d for d in doc.map.domains]
    family = layout.members_oval(doc.map.family)
    # the map stays compact, readable from across the table, while people are added one by one
    moves = compact.repack(domains, family)
    edits: list[Edit] = []
    for d in domains:
        fields: dict[str, Any] = {}
        if d.id == grown.id:
            fields.update(width=d.width, height=d.height, y=d.y)
        if d.id in moves:
            fields.update(x=moves[d.id][0], y=moves[d.id][1])
            dx, dy = moves[d.id][0] - d.x, moves[d.id][1] - d.y
            edits += [("actors", a.id, {"x": round(a.x + dx, 1), "y": round(a.y + dy, 1)})
                      for a in doc.actors_in(d.id)]
        if fields:
            edits.insert(0, ("domains", d.id, fields))
    dx, dy = (moves[grown.id][0] - grown.x, moves[grown.id][1] - grown.y) if grown.id in moves else (0.0, 0.0)
    return with_loose_cleared(doc.map, edits), dx, dy


def place_in_cloud(doc: MapDocument, domain_id: str, count: int = 1) -> tuple[list[Edit], list[tuple[float, float]]]:
    """Where `count` newcomers go in a cloud, and the edits that keep the map as compact
    as Tidy Up makes it while it grows (model/keep_compact.py): in a cloud kept in rows
    the newcomers join the rows; in one arranged by hand they take free places and nobody
    there moves, except with the cloud."""
    return keep_compact.place_in_cloud(doc.map, domain_id, count)


def place_pasted(doc: MapDocument, actors: list[Actor]) -> tuple[list[Edit], dict[str, tuple[float, float]]]:
    """Where pasted people stand: those in a cloud join it like any newcomer (not on top of
    the people they were copied from), the others where they were pasted; and the edits
    that keep the map compact around them (model/keep_compact.py)."""
    return keep_compact.place_newcomers(doc.map, actors)


def joins_rows(doc: MapDocument, domain_id: str) -> bool:
    """True when someone added at a point inside this cloud (double-clicked or dropped
    there) takes the next place in its rows instead: the cloud is kept in rows by Skymap
    (model/keep_compact.py)."""
    return keep_compact.joins_rows(doc.map, domain_id)


def move_to_cloud(doc: MapDocument, actor_id: str, domain_id: str | None) -> list[Edit]:
    """A person put into another cloud, in a free place there (the cloud grows if full);
    with no cloud, in the free place on the open canvas nearest to where they stand.
    Nothing when they are already there (or not on the map)."""
    actor = doc.actor(actor_id)
    if actor is None or actor.domain == domain_id:
        return []
    if domain_id is None:
        x, y = placement.free_point(doc.map, (actor.x, actor.y), (layout.PERSON_W, layout.PERSON_H))
        return [("actors", actor_id, {"domain": None, "x": x, "y": y})]
    edits, [(x, y)] = place_in_cloud(doc, domain_id)
    edits.append(("actors", actor_id, {"domain": domain_id, "x": x, "y": y}))
    return edits


# ----- the family ----------------------------------------------------------------------------
def place_member(doc: MapDocument) -> tuple[list[Edit], tuple[float, float]]:
    """Where a new family member stands when no place is given, and the edits (to apply
    once they are added) that keep the map compact round the growing family
    (model/keep_compact.py)."""
    return keep_compact.place_member(doc.map)


def place_member_at(doc: MapDocument, at: tuple[float, float]) -> tuple[list[Edit] | None, tuple[float, float]]:
    """Where a new family member added at a point stands, on nobody (keep_compact)."""
    return keep_compact.place_member_at(doc.map, at)


def room_for_family(doc: MapDocument) -> list[Edit]:
    """Clouds the family's oval now reaches move out of its way, with their people, so
    that a new family member never stands on a cloud's people or their names."""
    family = layout.members_oval(doc.map.family)
    moves = compact.repack(doc.map.domains, family)
    edits: list[Edit] = []
    for domain_id, (x, y) in moves.items():
        d = doc.domain(domain_id)
        if d is None:  # (the moves are of the map's own clouds)
            continue
        edits.append(("domains", domain_id, {"x": x, "y": y}))
        edits += [("actors", a.id, {"x": round(a.x + x - d.x, 1), "y": round(a.y + y - d.y, 1)})
                  for a in doc.actors_in(domain_id)]
    return with_loose_cleared(doc.map, edits)


# ----- tidy up -----------------------------------------------------------------------------
def tidy(doc: MapDocument, domain_ids: list[str] | None = None) -> list[Edit]:
    """Tidy Up. The whole map (no `domain_ids`): the clouds compact around the family, the
    people of each cloud in rows, the family in its rows (compact.tidy_map). Given clouds:
    their people in rows without overlaps, each cloud grown as needed and its neighbours
    (with their people) moved out of its way."""
    if domain_ids is None:
        clouds, actors, members = compact.tidy_map(doc.map)
        edits: list[Edit] = [("domains", i, {"x": x, "y": y, "width": w, "height": h})
                             for i, (x, y, w, h) in clouds.items()]
        edits += [("actors", i, {"x": x, "y": y}) for i, (x, y) in actors.items()]
        edits += [("family", i, {"x": x, "y": y}) for i, (x, y) in members.items()]
        # (also whoever stood under a cloud already, as a map saved before model/loose.py may have it)
        return with_loose_cleared(doc.map, edits, clouds=[d.id for d in doc.map.domains])
    sizes: dict[str, tuple[float, float]] = {}
    people: dict[str, dict[str, tuple[float, float]]] = {}
    for d in doc.map.domains:
        if d.id not in domain_ids:
            continue
        in_cloud = doc.actors_in(d.id)
        if in_cloud:
            sizes[d.id], people[d.id] = placement.tidy(d, in_cloud)
    # Clouds that grew must not cover their neighbours or the family: make room.
    grown = [d.model_copy(update=dict(zip(("width", "height"), sizes[d.id]))) if d.id in sizes else d
             for d in doc.map.domains]
    moves = compact.repack(grown, layout.members_oval(doc.map.family))
    edits = []
    for d in grown:
        dx, dy = (moves[d.id][0] - d.x, moves[d.id][1] - d.y) if d.id in moves else (0.0, 0.0)
        fields: dict[str, Any] = {}
        if d.id in sizes:
            fields.update(width=d.width, height=d.height)
        if d.id in moves:
            fields.update(x=moves[d.id][0], y=moves[d.id][1])
        if fields:
            edits.append(("domains", d.id, fields))
        positions = people.get(d.id) or ({a.id: (a.x, a.y) for a in doc.actors_in(d.id)} if d.id in moves else {})
        edits += [("actors", a, {"x": round(x + dx, 1), "y": round(y + dy, 1)}) for a, (x, y) in positions.items()]
    return with_loose_cleared(doc.map, edits, clouds=[i for i in domain_ids if doc.domain(i) is not None])


def crowded(actors: list[Actor]) -> bool:
    """True when two of these people stand on each other (symbol or name)."""
    return any(abs(a.x - b.x) < layout.PERSON_W - 2 and abs(a.y - b.y) < layout.PERSON_H - 2
               for i, a in enumerate(actors) for b in actors[i + 1:])


def tidy_if_crowded(doc: MapDocument, domain_id: str | None) -> list[Edit]:
    """A cloud's people in tidy rows, the cloud grown and its neighbours moved as needed —
    only when someone there stands on someone else (after a person form added people);
    else nothing."""
    domain = doc.domain(domain_id) if domain_id else None
    actors = doc.actors_in(domain_id) if domain is not None else []
    if domain is None or not crowded(actors):
        return []
    (width, height), spots = placement.tidy(domain, actors)
    grown = domain.model_copy(update={"width": width, "height": height})
    edits, dx, dy = growth(doc, grown) if grown != domain else ([], 0.0, 0.0)
    edits += [("actors", i, {"x": round(x + dx, 1), "y": round(y + dy, 1)}) for i, (x, y) in spots.items()]
    return edits


# ----- ties ------------------------------------------------------------------------------------
def new_tie(doc: MapDocument, a: str, b: str) -> tuple[LinkKind, str, str] | None:
    """The tie a user draws between `a` and `b` (model/ties.py says which kind, and which
    end comes first); None when none can be drawn: the same person, two family members,
    someone not on the map, or the two are already joined by a tie of that kind."""
    tie = tie_between(a, b, *ends_in(doc))
    if tie is None or doc.find_link(tie[1], tie[2], tie[0]) is not None:
        return None
    return tie


def partners_of(doc: MapDocument, actor_id: str) -> list[Actor]:
    """The people `actor_id` works with: the other end of each coordination tie, either
    direction, in the map's order (the person form shows them)."""
    ids = {ln.target if ln.source == actor_id else ln.source for ln in doc.links_of(actor_id)
           if ln.kind is LinkKind.COORDINATION}
    return [a for a in doc.map.actors if a.id in ids and a.id != actor_id]


def tie_changes(doc: MapDocument, actor_ids: list[str], meets: set[str] | None, partners: list[str],
                known: Set[str] = frozenset(), dropped: Set[str] = frozenset(),
                ) -> tuple[list[Link], list[tuple[Collection, str]]]:
    """The ties to add and remove so that each person in `actor_ids` meets exactly `meets`
    in the family (None: leave contacts as they are) and works with `partners` (the person
    form and fast entry), and no longer with `dropped` (names taken out of the form's list).
    `known` are people being added in the same step (not yet in the document)."""
    actors, members = ends_in(doc, known)
    add: list[Link] = []
    remove: list[tuple[Collection, str]] = []
    for actor_id in actor_ids:
        if meets is not None:
            have = {ln.target: ln for ln in doc.links_of(actor_id)
                    if ln.kind is LinkKind.CONTACT and ln.source == actor_id}
            for target in sorted(meets - set(have)):
                if tie_kind("actor", end_of(target, actors, members)) is LinkKind.CONTACT:
                    add.append(Link(id=doc.new_id("links"), kind=LinkKind.CONTACT, source=actor_id, target=target))
            remove += [("links", ln.id) for target, ln in have.items() if target not in meets]
        for partner in partners:
            exists = actor_id not in known and doc.find_link(actor_id, partner, LinkKind.COORDINATION)
            if partner != actor_id and not exists \
                    and tie_kind("actor", end_of(partner, actors, members)) is LinkKind.COORDINATION:
                add.append(Link(id=doc.new_id("links"), kind=LinkKind.COORDINATION, source=actor_id, target=partner))
        for partner in sorted(dropped - set(partners)):
            link = doc.find_link(actor_id, partner, LinkKind.COORDINATION)
            if link is not None and ("links", link.id) not in remove:
                remove.append(("links", link.id))
    return add, remove
