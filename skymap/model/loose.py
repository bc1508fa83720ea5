"""People in no cloud stay out of the clouds.

Clouds grow, slide and are packed anew as people are added (model/keep_compact.py,
model/edits.py). A person in no cloud is drawn where they stand; if a cloud grew or moved
over them they would look as if they belonged to it while the cloud's count and the
inspector say otherwise. So each such edit also moves every person in no cloud whom a
cloud it changed now covers to the free place nearest to where they stood.

A map saved before this rule (or written by another program) may have a person in no cloud
standing under a cloud already. Opening the map leaves them there: a file opened and not
edited is never changed behind the user's back (no rule of the file format is broken: it is
a matter of layout, as two people on one spot are). Tidy Up takes them out - of the whole
map, or of the cloud tidied - and `under_clouds` finds them (the window says so on open).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .document import Collection
from .layout import PERSON_H, PERSON_W
from .objects import Actor, Domain, SkyMap
from .placement import PERSON_BOX, free_point

Edit = tuple[Collection, str, dict[str, Any]]


def covers(d: Domain, a: Actor) -> bool:
    """True when the cloud `d`'s box reaches the person's drawing (symbol, name, role)."""
    return _covers(d.x, d.y, d.width, d.height, a.x, a.y)


def _covers(x: float, y: float, width: float, height: float, ax: float, ay: float) -> bool:
    top, tall = PERSON_BOX
    return abs(ax - x) < (PERSON_W + width) / 2 and abs(ay + top - y) < (tall + height) / 2


def _anyone_under(m: SkyMap, edits: list[Edit], skip: set[str], changed: set[str]) -> bool:
    """True when, once `edits` are made, a cloud in `changed` covers a person in no cloud
    (not in `skip`): the question clear_loose starts with, answered without copying the
    map (most maps have nobody in no cloud, and most edits move no cloud over them)."""
    if not any(a.domain is None for a in m.actors) and \
            not any("domain" in fields for collection, _i, fields in edits if collection == "actors"):
        return False  # (nobody in no cloud, and no edit takes anyone out of theirs)
    actors: dict[str, dict[str, Any]] = {}
    clouds: dict[str, dict[str, Any]] = {}
    for collection, obj_id, fields in edits:
        if collection == "actors":
            actors.setdefault(obj_id, {}).update(fields)
        elif collection == "domains" and obj_id in changed:
            clouds.setdefault(obj_id, {}).update(fields)
    people = []
    for a in m.actors:
        now = actors.get(a.id)
        if now is None:
            if a.domain is None and a.id not in skip:
                people.append((a.x, a.y))
        elif now.get("domain", a.domain) is None and a.id not in skip:
            people.append((now.get("x", a.x), now.get("y", a.y)))
    if not people:
        return False
    for d in m.domains:
        if d.id in changed:
            f = clouds.get(d.id, {})
            box = (f.get("x", d.x), f.get("y", d.y), f.get("width", d.width), f.get("height", d.height))
            if any(_covers(*box, ax, ay) for ax, ay in people):
                return True
    return False


def _applied(m: SkyMap, edits: Iterable[Edit]) -> SkyMap:
    domains = {d.id: d for d in m.domains}
    actors = {a.id: a for a in m.actors}
    for collection, obj_id, fields in edits:
        if collection == "domains" and obj_id in domains:
            domains[obj_id] = domains[obj_id].model_copy(update=fields)
        elif collection == "actors" and obj_id in actors:
            actors[obj_id] = actors[obj_id].model_copy(update=fields)
    return m.model_copy(update={"domains": list(domains.values()), "actors": list(actors.values())})


def under_clouds(m: SkyMap) -> list[str]:
    """The people in no cloud whom a cloud covers (they look as if they belonged to it)."""
    return [a.id for a in m.actors if a.domain is None and any(covers(d, a) for d in m.domains)]


def clear_loose(m: SkyMap, edits: list[Edit], skip: Iterable[str] = (), clouds: Iterable[str] = ()) -> list[Edit]:
    """The moves (as edits) that take every person in no cloud out from under a cloud that
    `edits` grew or moved over them (or one of `clouds`, changed or not: Tidy Up), each to
    the free place nearest to them; `skip`: ids of people to leave where they are
    (newcomers placed on purpose)."""
    skip = set(skip)
    changed = {i for c, i, _f in edits if c == "domains"} | set(clouds)
    if not changed or not _anyone_under(m, edits, skip, changed):
        return []
    after = _applied(m, edits)
    over = [d for d in after.domains if d.id in changed]
    out: list[Edit] = []
    for a in after.actors:
        if a.domain is not None or a.id in skip or not any(covers(d, a) for d in over):
            continue
        others = after.model_copy(update={"actors": [b for b in after.actors if b.id != a.id]})
        x, y = free_point(others, (a.x, a.y), (PERSON_W, PERSON_H))
        out.append(("actors", a.id, {"x": x, "y": y}))
        after = _applied(after, [out[-1]])
    return out


def with_loose_cleared(m: SkyMap, edits: list[Edit], clouds: Iterable[str] = ()) -> list[Edit]:
    """`edits` and the moves that keep people in no cloud out of the clouds they change
    (and out of `clouds`)."""
    return edits + clear_loose(m, edits, clouds=clouds)
