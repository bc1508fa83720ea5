"""Where a dragged person lands: never with her symbol or name over someone else's.

A person dragged and let go stands where she was let go: a caseworker arranging a cloud by
hand keeps the place she chose. Unless there her symbol or name would cover someone else's
(or theirs hers: judged as Skymap's own rows keep people apart, `placement._clear`; a
family member's name as `placement.MEMBER_BOX`). A trial let Birgit Juhl go at the edge
of the small "Egen læge" cloud, her name over Anders Kirk's. Then she goes to the free
place nearest to where she was let go, on the drag's grid:

- in a cloud, inside it (`placement._inside`) and clear of everyone; a cloud with no such
  place takes her as it takes a newcomer (model/keep_compact.py: its rows dealt again
  with her last, or a free place with the cloud grown; its neighbours move out of its way);
- on the open canvas, clear of everyone, and not under a cloud unless she was let go under
  one.

People carried along by their dragged cloud keep their places in it. Several people dragged
together are placed one after another, each clear of those placed before. Family members
are left where they are let go (the family's own rules: model/keep_compact.py)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from . import keep_compact
from .document import Collection
from .layout import PERSON_H, PERSON_W
from .loose import _covers
from .objects import Actor, SkyMap
from .placement import MEMBER_BOX, PERSON_BOX, _clear, _inside, free_point

Edit = tuple[Collection, str, dict[str, Any]]
STEP = 10.0
"""The grid a free place is looked for on, around where she was let go (the canvas snaps
a drag to 10)."""
REACH = 700.0
"""How far from where she was let go a free place in her cloud is looked for on that grid;
beyond it the cloud takes her as a newcomer."""
FAR = 4000.0
"""As REACH, on the open canvas (beyond it: placement.free_point)."""


def land(m: SkyMap, edits: list[Edit]) -> list[Edit]:
    """The edits of a drag (`edits`: positions, and the clouds people were dropped into),
    with every person dragged by hand put where she covers nobody, and whatever that
    needs (a cloud grown, its neighbours moved): one list, each object once."""
    moving_clouds = {i for c, i, f in edits if c == "domains" and ("x" in f or "y" in f)}
    before = {a.id: a for a in m.actors}
    after = _applied(m, edits)
    actors = {a.id: a for a in after.actors}
    dropped = [i for c, i, f in edits if c == "actors" and i in actors and actors[i].domain not in moving_clouds
               and (actors[i].domain != before[i].domain or _moved(before[i], actors[i]))]
    if not dropped:
        return edits
    waiting = set(dropped)
    extra: list[Edit] = []
    for actor_id in dropped:
        waiting.discard(actor_id)
        a = next(b for b in after.actors if b.id == actor_id)
        others = [b for b in after.actors if b.id != actor_id and b.id not in waiting]
        more: list[Edit] = []
        if a.domain is None:
            spot = _open_spot(after, a, others)
        else:
            more, spot = _cloud_spot(after, a, others)
        if more or spot != (a.x, a.y):
            step = [*more, ("actors", actor_id, {"x": spot[0], "y": spot[1]})]
            extra += step
            after = _applied(after, step)
    return _merged(edits + extra)


def _moved(was: Actor, now: Actor) -> bool:
    """Moved by more than positions are rounded by (a drag let go where it began, on a
    cloud whose people stood off the 0.1 grid, still writes them: they are not dropped)."""
    return abs(now.x - was.x) > 0.5 or abs(now.y - was.y) > 0.5


def _cloud_spot(m: SkyMap, a: Actor, others: list[Actor]) -> tuple[list[Edit], tuple[float, float]]:
    """Where `a`, let go in her cloud at (a.x, a.y), stands; and the edits a cloud with no
    room for her needs."""
    domain = next((d for d in m.domains if d.id == a.domain), None)
    clear = _clear_of(m, others)
    if domain is None or clear(a.x, a.y):  # (a person's cloud is on the map)
        return [], (a.x, a.y)

    def free(x: float, y: float) -> bool:
        return clear(x, y) and _inside(domain, x, y)

    spot = nearest(free, (a.x, a.y), min(REACH, math.hypot(domain.width, domain.height)))
    if spot is not None:
        return [], spot
    without = m.model_copy(update={"actors": [b for b in m.actors if b.id != a.id]})
    more, [place] = keep_compact.place_in_cloud(without, domain.id)
    return more, place


def _open_spot(m: SkyMap, a: Actor, others: list[Actor]) -> tuple[float, float]:
    """Where `a`, let go on the open canvas at (a.x, a.y), stands."""
    clear = _clear_of(m, others)
    if clear(a.x, a.y):
        return a.x, a.y
    clouds = [(d.x, d.y, d.width, d.height) for d in m.domains]
    under = any(_covers(*c, a.x, a.y) for c in clouds)  # (let go under a cloud: allowed there)

    def free(x: float, y: float) -> bool:
        return clear(x, y) and (under or not any(_covers(*c, x, y) for c in clouds))

    spot = nearest(free, (a.x, a.y), FAR)
    if spot is None:
        without = m.model_copy(update={"actors": others})
        spot = free_point(without, (a.x, a.y), (PERSON_W, PERSON_H))
    return spot


def _clear_of(m: SkyMap, others: list[Actor]) -> Callable[[float, float], bool]:
    """Whether a person at a point covers none of `others` and no family member, nor they
    her. The people are kept in cells of a person's size (a big map: only the cells round a
    point are looked at)."""
    cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
    for b in others:
        cells.setdefault((math.floor(b.x / PERSON_W), math.floor(b.y / PERSON_H)), []).append((b.x, b.y))
    members = [(f.x, f.y) for f in m.family]
    top, tall = PERSON_BOX
    member_top, member_tall = MEMBER_BOX

    def clear(x: float, y: float) -> bool:
        cx, cy = math.floor(x / PERSON_W), math.floor(y / PERSON_H)
        for i in (cx - 1, cx, cx + 1):
            for j in (cy - 1, cy, cy + 1):
                near_by = cells.get((i, j))
                if near_by is not None and not _clear(x, y, near_by):
                    return False
        return all(abs(x - mx) >= PERSON_W - 2 or abs(y + top - my - member_top) >= (tall + member_tall) / 2
                   for mx, my in members)

    return clear


def nearest(free: Callable[[float, float], bool], near: tuple[float, float],
            reach: float) -> tuple[float, float] | None:
    """`near` if `free` says so, else the free point nearest to it on a grid STEP apart
    (rounded as positions are stored), looked for within `reach`; None when there is none.
    The grid is walked in square rings outwards, each ring nearest first, until no nearer
    point can come."""
    best: tuple[float, float, float] | None = None  # (distance, x, y)
    for ring in range(int(reach // STEP) + 1):
        if best is not None and ring * STEP > best[0]:
            break
        for distance, dx, dy in _ring(ring):
            if distance > reach or (best is not None and distance >= best[0]):
                break  # (the ring is nearest first: the rest are farther)
            x, y = near[0] + dx, near[1] + dy
            if free(x, y):
                best = (distance, x, y)
                break
    return None if best is None else (round(best[1], 1), round(best[2], 1))


@lru_cache(maxsize=1024)
def _ring(ring: int) -> list[tuple[float, float, float]]:
    """The grid's offsets `ring` steps out (a square ring), nearest first: (distance, dx, dy)."""
    if ring == 0:
        return [(0.0, 0.0, 0.0)]
    cells = {(i, j) for k in range(-ring, ring + 1)
             for i, j in ((k, -ring), (k, ring), (-ring, k), (ring, k))}
    return sorted((STEP * math.hypot(i, j), i * STEP, j * STEP) for i, j in cells)


def _applied(m: SkyMap, edits: Iterable[Edit]) -> SkyMap:
    """`m` with `edits` made (a draft, not validated)."""
    kinds: dict[str, dict[str, Any]] = {
        "domains": {d.id: d for d in m.domains},
        "actors": {a.id: a for a in m.actors},
        "family": {f.id: f for f in m.family},
    }
    for collection, obj_id, fields in edits:
        objects = kinds.get(collection)
        if objects is not None and obj_id in objects:
            objects[obj_id] = objects[obj_id].model_copy(update=fields)
    return m.model_copy(update={k: list(v.values()) for k, v in kinds.items()})


def _merged(edits: list[Edit]) -> list[Edit]:
    """`edits` with each object once (its fields in the order given, later values winning)."""
    out: dict[tuple[Collection, str], dict[str, Any]] = {}
    for collection, obj_id, fields in edits:
        out.setdefault((collection, obj_id), {}).update(fields)
    return [(collection, obj_id, fields) for (collection, obj_id), fields in out.items()]

