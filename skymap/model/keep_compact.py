"""Placement while adding that keeps the map as compact as Tidy Up makes it.

A map is built at the kitchen table one person at a time. If every newcomer only grew
their cloud and pushed the others out, the map would spread until its names are too small
to read across the table, and the caseworker would have to press Tidy Up to mend it. So
each addition (a person from the form, a typed or pasted list, a family member, an import)
is settled the way Tidy Up arranges a map — the family in the middle, each cloud shaped
for its people and packed close around it (model/compact.py) — with what a caseworker
expects to stay put kept put:

- People stand in tidy rows in their cloud as long as nobody there was moved by hand;
  such a cloud may be shaped anew (how many people side by side) and its rows re-dealt,
  newcomers last. A cloud where someone was placed by hand, and a drawn cloud, keep their
  shape: newcomers go into a free place there, the cloud grows if it must, and every
  person stays where they are relative to their cloud.
- The family is re-arranged in rows only while it stands in the rows Skymap gave it;
  a family member placed by hand keeps the family where it is.
- Clouds keep their order around the family; they may slide along, or round a corner,
  to make room as others grow (the arrangement weighs turning from where they stood
  more heavily than Tidy Up does, see STAY).
- Nothing is re-arranged when nothing grew and nothing overlaps: adding someone to a
  cloud with room moves nobody else. People in no cloud are left where they are, unless
  a cloud grew or moved over them: then they step out to the free place nearest them
  (model/loose.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import make_room
from .compact import GAP, _family_rows, _overlap, arrange_scored, corners_fit
from .document import Collection, MapDocument
from .layout import (
    LABEL_H,
    LEGACY_FAMILY_ROW_H,
    PERSON_H,
    family_oval,
    family_positions,
    grid_columns,
    members_oval,
    size_for,
    slots,
)
from .loose import clear_loose
from .objects import Actor, Domain, FamilyMember, SkyMap
from .placement import free_member_point, place_in_domain

Box = tuple[float, float, float, float]
STAY = 0.3
"""How much the arrangement while adding weighs keeping each cloud where it stood round the
family against showing the map larger (Tidy Up: 0.03). Ten times Tidy Up's weight keeps a
cloud from hopping round a corner at one addition (at most about 30 degrees in the
kitchen-table case, against 86) and, in that case, loses nothing in size."""
Edit = tuple[Collection, str, dict[str, Any]]
TOLERANCE = 0.6
"""How near (map units) a person must stand to their tidy place to count as placed by
Skymap rather than by hand (positions are stored rounded to 0.1)."""


@dataclass
class Settled:
    """What an addition changes: clouds' (x, y, width, height), people's and family
    members' (x, y) — only what differs from the map given, newcomers always."""

    clouds: dict[str, Box] = field(default_factory=dict)
    people: dict[str, tuple[float, float]] = field(default_factory=dict)
    family: dict[str, tuple[float, float]] = field(default_factory=dict)

    def edits(self, skip: Iterable[str] = ()) -> list[Edit]:
        """The changes as (collection, id, fields) for one update step; `skip`: ids of
        objects not yet in the map (they are added at their place instead)."""
        skip = set(skip)
        out: list[Edit] = [
            ("domains", i, {"x": x, "y": y, "width": w, "height": h}) for i, (x, y, w, h) in self.clouds.items()]
        out += [("actors", i, {"x": x, "y": y}) for i, (x, y) in self.people.items() if i not in skip]
        out += [("family", i, {"x": x, "y": y}) for i, (x, y) in self.family.items() if i not in skip]
        return out


def _reading(actors: list[Actor]) -> list[Actor]:
    return sorted(actors, key=lambda a: (round(a.y / PERSON_H), a.x))


def in_rows(domain: Domain, actors: list[Actor]) -> bool:
    """True when each of `actors` stands on a place of the rows Skymap deals in `domain`
    (the rows may have gaps where someone left); False when someone there was moved by
    hand, and for a drawn cloud."""
    return _rows_of(domain, actors) is not None


def _rows_of(domain: Domain, actors: list[Actor]) -> list[Actor] | None:
    """`actors` in reading order when they stand in `domain`'s rows (see in_rows), else None."""
    if domain.outline:
        return None
    if not actors:
        return []
    if size_for(len(actors), domain) != (domain.width, domain.height):
        return None
    reading = _reading(actors)
    box = (domain.x, domain.y, domain.width, domain.height, len(actors))
    # (people dealt by Skymap stand on their places as stored: within TOLERANCE of them)
    if [(a.x, a.y) for a in reading] == _places_at(*box) or \
            all(abs(a.x - x) <= TOLERANCE and abs(a.y - y) <= TOLERANCE
                for a, (x, y) in zip(reading, _slots_at(*box))):
        return reading
    room = grid_columns(domain) * max(1, int((domain.height - LABEL_H - 24) // PERSON_H))
    if room > 40:
        return None  # (a cloud that large is not searched for gaps)
    places = {(x, y) for count in range(len(actors), room + 1) for x, y in slots(domain, count)}
    return reading if _on_places([(a.x, a.y) for a in actors], places) else None


@lru_cache(maxsize=256)
def _slots_at(x: float, y: float, width: float, height: float, count: int) -> list[tuple[float, float]]:
    """layout.slots of a standard cloud with this box (kept: the rows are looked at when
    a cloud is tested and again when its people are dealt; not to be changed)."""
    return slots(Domain.model_construct(id="-", label="-", x=x, y=y, width=width, height=height), count)


def _on_places(points: list[tuple[float, float]], places: set[tuple[float, float]]) -> bool:
    """True when every point stands on one of `places`, no two on the same."""
    free = set(places)
    for px, py in points:
        hit = next((q for q in free if abs(px - q[0]) <= TOLERANCE and abs(py - q[1]) <= TOLERANCE), None)
        if hit is None:
            return False
        free.discard(hit)
    return True


def joins_rows(m: SkyMap, domain_id: str) -> bool:
    """True when someone added at a point inside this cloud (double-clicked or dropped
    there) joins its rows instead: the cloud is kept in rows by Skymap. In a cloud arranged
    by hand, or a drawn one, they stand where they were put."""
    domain = next((d for d in m.domains if d.id == domain_id), None)
    return domain is not None and in_rows(domain, [a for a in m.actors if a.domain == domain_id])


@lru_cache(maxsize=64)
def _family_layouts(count: int) -> list[list[tuple[float, float]]]:
    """The arrangements Skymap gives a family of `count`: one row or two (kept: not to be
    changed)."""
    out = [family_positions(count), _family_rows(count, 1), _family_rows(count, 2)]
    unique: list[list[tuple[float, float]]] = []
    for layout in out:
        if layout not in unique:
            unique.append(layout)
    return unique


def _family_in_rows(positions: list[tuple[float, float]]) -> bool:
    """True when the family stands in the rows Skymap gives it (with gaps where someone
    left): nobody placed by hand."""
    if not positions:
        return True
    places = {p for count in range(len(positions), len(positions) + 3)
              for layout in (*_family_layouts(count), *_legacy_family_layouts(count)) for p in layout}
    return _on_places(positions, places)


@lru_cache(maxsize=64)
def _legacy_family_layouts(count: int) -> list[list[tuple[float, float]]]:
    """The rows Skymap gave a family before layout.FAMILY_ROW_H (a map saved then): still
    Skymap's rows, re-laid in today's when the family changes."""
    return [family_positions(count, LEGACY_FAMILY_ROW_H), _family_rows(count, 2, LEGACY_FAMILY_ROW_H)]


def settle(m: SkyMap, newcomers: Iterable[str] = ()) -> Settled:
    """Places for `newcomers` (ids of people or family members already in `m`, wherever
    they stand) and the moves that keep the map compact around them (see the module)."""
    new = set(newcomers)
    people: dict[str, list[Actor]] = {}
    for a in m.actors:
        if a.domain is not None:
            people.setdefault(a.domain, []).append(a)
    shapes: dict[str, Domain] = {}
    order: dict[str, list[Actor]] = {}  # clouds in rows: their people in the order dealt
    spots: dict[str, tuple[float, float]] = {}  # newcomers in clouds that keep their shape
    fixed: set[str] = set()
    grew = False
    for d in m.domains:
        group = people.get(d.id, [])
        old = [a for a in group if a.id not in new]
        fresh = [a for a in group if a.id in new]
        reading = _rows_of(d, old)
        if reading is not None:
            order[d.id] = reading + fresh
            size = size_for(len(group), d)
            # (a tall cloud whose last row fills up is shaped anew: no name on a round corner)
            grew |= size != (d.width, d.height) or not corners_fit(len(group), *size)
            shapes[d.id] = d.model_copy(update={"width": size[0], "height": size[1]})
            continue
        grown, occupied = d, [(a.x, a.y) for a in old]
        for a in fresh:
            grown, spot = place_in_domain(grown, occupied)
            occupied.append(spot)
            spots[a.id] = spot
        grew |= (grown.width, grown.height) != (d.width, d.height)
        shapes[d.id] = grown
        fixed.add(d.id)

    # the family
    old_members = [f for f in m.family if f.id not in new]
    fresh_members = [f for f in m.family if f.id in new]
    family_free = _family_in_rows([(f.x, f.y) for f in old_members])
    if family_free:
        layouts = _family_layouts(len(m.family))
    else:
        at = [(f.x, f.y) for f in old_members]
        last = max(old_members, key=lambda f: (f.y, f.x))
        from .layout import FAMILY_SPACING  # noqa: PLC0415

        others = m.model_copy(update={"actors": [a for a in m.actors if a.id not in new]})
        for _f in fresh_members:  # beside the last one, or the free place nearest: on nobody
            at.append(free_member_point(others, (last.x + FAMILY_SPACING, last.y), at))
        layouts = [at]
    members = old_members + fresh_members
    current = [(f.x, f.y) for f in members]
    names = [f.name for f in members]

    # is there anything to make room for?
    boxes: dict[str, Box] = {i: (d.x, d.y, d.width, d.height) for i, d in shapes.items()}
    first = family_oval(layouts[0] if fresh_members or not family_free else current, names)
    fam_box = (first[0] + first[2] / 2, first[1] + first[3] / 2, first[2], first[3])
    everything = [*boxes.values(), fam_box]
    crowded = any(_overlap(a, b, GAP - 4) for i, a in enumerate(everything) for b in everything[i + 1:])
    family_changed = bool(fresh_members)
    out = Settled()
    if not (grew or crowded or family_changed):
        _deal(m, shapes, order, spots, {}, out, new)
        _clear_loose(m, out, new)
        return out

    counts = {i: len(people.get(i, [])) for i in shapes}
    widths = {i: 9.0 * len(d.label) for i, d in shapes.items()}
    # the clouds pushed aside only as far as needed (model/make_room.py); arranged anew only
    # where that would leave the map too small to read and arranged anew it shows much larger
    families = [(at, family_oval(at, names)) for at in layouts]
    # (a person added leaves the family where it stands; a family member added: its rows are chosen)
    kept = families if fresh_members else [(current, family_oval(current, names))]
    steady = make_room.steady(m, shapes, order, counts, widths, kept, members_oval(old_members))
    best: tuple[float, list[tuple[float, float]], dict[str, Box]] | None = None
    for at in layouts if make_room.worth_arranging(steady) else ():
        score, placed = arrange_scored(list(shapes.values()), counts, family_oval(at, names), widths, fixed=fixed,
                                       stay=STAY)
        if best is None or score > best[0] + 1e-9:
            best = (score, at, placed)
    at, placed = make_room.choose(steady, best, families)
    out.family = {f.id: (round(x, 1), round(y, 1)) for f, (x, y) in zip(members, at)
                  if f.id in new or (round(x, 1), round(y, 1)) != (f.x, f.y)}
    _deal(m, shapes, order, spots, placed, out, new)
    _clear_loose(m, out, new)
    return out


def _clear_loose(m: SkyMap, out: Settled, new: set[str]) -> None:
    """People in no cloud whom a cloud grew or moved over step out of it (model/loose.py)."""
    if not out.clouds or all(a.domain is not None or a.id in new for a in m.actors):
        return  # (no cloud changed, or nobody stands in no cloud: nobody to move)
    for _c, actor_id, fields in clear_loose(m, out.edits(), skip=new):
        out.people[actor_id] = (fields["x"], fields["y"])


def _deal(m: SkyMap, shapes: dict[str, Domain], order: dict[str, list[Actor]],
          spots: dict[str, tuple[float, float]], placed: dict[str, Box], out: Settled, new: set[str]) -> None:
    """Clouds to their new boxes, people to their rows (or along with their cloud)."""
    moved = out.people
    for d in m.domains:
        shape = shapes[d.id]
        x, y, w, h = placed.get(d.id, (shape.x, shape.y, shape.width, shape.height))
        if (x, y, w, h) != (d.x, d.y, d.width, d.height):
            out.clouds[d.id] = (x, y, w, h)
        if d.id in order:
            people = order[d.id]
            places = _places_at(x, y, w, h, len(people))
            # (newcomers come last in the order dealt: with none, everybody may already stand
            # where they would be dealt)
            if (not people or people[-1].id not in new) and [(a.x, a.y) for a in people] == places:
                continue
            for a, at in zip(people, places):
                if a.id in new or at != (a.x, a.y):
                    moved[a.id] = at
            continue
        dx, dy = x - shape.x, y - shape.y
        for a in m.actors:
            if a.domain == d.id:
                px, py = spots.get(a.id, (a.x, a.y))
                _put(out, a, (px + dx, py + dy), a.id in new)


@lru_cache(maxsize=256)
def _places_at(x: float, y: float, width: float, height: float, count: int) -> list[tuple[float, float]]:
    """_slots_at rounded as positions are stored (most clouds keep their box while one grows)."""
    return [(round(px, 1), round(py, 1)) for px, py in _slots_at(x, y, width, height, count)]


def _put(out: Settled, a: Actor, at: tuple[float, float], always: bool) -> None:
    x, y = round(at[0], 1), round(at[1], 1)
    if always or (x, y) != (a.x, a.y):
        out.people[a.id] = (x, y)


def with_newcomers(m: SkyMap, actors: Sequence[Actor] = (), members: Sequence[FamilyMember] = ()) -> SkyMap:
    """`m` as it would be with these people added (not validated: a draft to settle)."""
    return m.model_copy(update={"actors": [*m.actors, *actors], "family": [*m.family, *members]})


def settle_in(doc: MapDocument, newcomers: Iterable[str]) -> None:
    """Settle `newcomers` already in the document `doc` (people or family members added
    by an update from a contact list), as `settle` says, as ordinary edits."""
    done = settle(doc.map, newcomers)
    for i, (x, y, w, h) in done.clouds.items():
        doc.update("domains", i, x=x, y=y, width=w, height=h)
    if done.people or done.family:
        doc.move({**done.people, **done.family})


_DRAFT = "draft-newcomer-"


def place_in_cloud(m: SkyMap, domain_id: str, count: int = 1) -> tuple[list[Edit], list[tuple[float, float]]]:
    """Places for `count` newcomers in a cloud, and the edits (clouds reshaped or moved,
    people re-dealt or moved along, the family re-arranged) that keep the map compact."""
    drafts = [Actor(id=f"{_DRAFT}{i}", name="-", domain=domain_id, x=0.0, y=0.0) for i in range(count)]
    edits, places = place_newcomers(m, drafts)
    return edits, [places[a.id] for a in drafts]


def place_newcomers(m: SkyMap, actors: Sequence[Actor]) -> tuple[list[Edit], dict[str, tuple[float, float]]]:
    """Places for people about to be added (pasted, say): those in a cloud are settled
    there like any newcomer, the others keep the place they come with; and the edits that
    keep the map compact around them."""
    clouds = {d.id for d in m.domains}
    settling = [a.id for a in actors if a.domain in clouds]
    done = settle(with_newcomers(m, actors), settling)
    return done.edits(skip=[a.id for a in actors]), {a.id: done.people.get(a.id, (a.x, a.y)) for a in actors}


def place_member(m: SkyMap) -> tuple[list[Edit], tuple[float, float]]:
    """A place for a new family member (none given by the user), and the edits that keep
    the map compact around the family as it grows."""
    draft = FamilyMember(id=f"{_DRAFT}member", name="-", x=0.0, y=0.0)
    done = settle(with_newcomers(m, members=[draft]), [draft.id])
    return done.edits(skip=[draft.id]), done.family[draft.id]


def place_member_at(m: SkyMap, at: tuple[float, float]) -> tuple[list[Edit] | None, tuple[float, float]]:
    """A place for a new family member added at a point (double-clicked in the family's
    oval, dropped from the palette, "Add family member here"), and the edits that keep the
    map compact (None: the family only needs room, see edits.room_for_family). Inside the
    oval of a family that stands in Skymap's rows, they join the rows, as a person
    double-clicked into a cloud kept in rows does. Elsewhere, or in a family arranged by
    hand, they stand at the free place nearest the point: their symbol and name cover
    nobody's and nobody's covers theirs."""
    left, top, w, h = members_oval(m.family)
    cx, cy = left + w / 2, top + h / 2
    inside = ((at[0] - cx) / (w / 2)) ** 2 + ((at[1] - cy) / (h / 2)) ** 2 <= 1.0
    if inside and _family_in_rows([(f.x, f.y) for f in m.family]):
        return place_member(m)
    return None, free_member_point(m, at, [(f.x, f.y) for f in m.family])
