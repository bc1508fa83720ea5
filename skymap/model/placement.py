"""Finding a place: for a newcomer in a cloud, for a new cloud, for a person or note on
the open canvas — never on top of something that is already there."""

from __future__ import annotations

import math
from collections.abc import Callable

from .geometry import cloud_polygon, label_spot, point_in_polygon
from .layout import CLOUD_H, CLOUD_W, LABEL_H, PERSON_H, PERSON_TOP, PERSON_W, clamp, members_oval, slots
from .layout import tidy as tidy_grid
from .objects import COORD_LIMIT, EXTENT_LIMIT, Actor, Domain, SkyMap

Rect = tuple[float, float, float, float]  # centre x, centre y, width, height


def _clear(x: float, y: float, occupied: list[tuple[float, float]]) -> bool:
    return all(abs(x - ox) >= PERSON_W - 2 or abs(y - oy) >= PERSON_H - 2 for ox, oy in occupied)


def _inside(domain: Domain, x: float, y: float) -> bool:
    if domain.outline:
        return _inside_drawn(domain, x, y)
    if not (abs(x - domain.x) <= domain.width / 2 - PERSON_W / 2 + 4
            and domain.y - domain.height / 2 + LABEL_H <= y - PERSON_TOP + 8
            and y + PERSON_H - PERSON_TOP <= domain.y + domain.height / 2 + 4):
        return False
    # the cloud's corners are round: the name below the symbol stays inside them too
    polygon = cloud_polygon(domain.width, domain.height, None)
    lx, ly = x - domain.x, y - domain.y
    half_w, down = PERSON_W * 0.3, PERSON_H - PERSON_TOP + 6
    return all(point_in_polygon(px, py, polygon) for px, py in ((lx - half_w, ly + down), (lx + half_w, ly + down)))


LABEL_ROOM = (150.0, 26.0)
"""About the room a cloud's label and count take (the model does not measure text)."""


def _inside_drawn(domain: Domain, x: float, y: float) -> bool:
    """A person fits in a drawn cloud when their symbol and name stay inside the drawn shape
    and clear of the label."""
    polygon = cloud_polygon(domain.width, domain.height, domain.outline)
    lx, ly = x - domain.x, y - domain.y
    half_w, up, down = PERSON_W * 0.42, PERSON_H * 0.32, PERSON_H * 0.5
    probes = [(lx, ly), (lx - half_w, ly - up), (lx + half_w, ly - up), (lx - half_w, ly + down),
              (lx + half_w, ly + down), (lx, ly - up), (lx, ly + down)]
    if not all(point_in_polygon(px, py, polygon) for px, py in probes):
        return False
    label_w = min(domain.width - 40, 9.0 * len(domain.label) + 40)
    cx, top = label_spot(domain.width, domain.height, domain.outline, label_w, LABEL_ROOM[1])
    clear_x = abs(lx - cx) >= label_w / 2 + half_w
    return clear_x or ly - up >= top + LABEL_ROOM[1] + 6 or ly + down <= top - 6


def place_in_domain(domain: Domain, occupied: list[tuple[float, float]]) -> tuple[Domain, tuple[float, float]]:
    """Where a newcomer goes in `domain` (whose people stand at `occupied`), and the domain
    grown if it had to be: wider first, then taller downwards; nobody already there moves."""
    for _ in range(60):
        count = len(occupied)
        for extra in range(1, 4):
            for x, y in slots(domain, count + extra):
                if _clear(x, y, occupied) and _inside(domain, x, y):
                    return domain, (round(x, 1), round(y, 1))
        # Scan the free area row by row, from the middle out, on a fine step.
        top = domain.y - domain.height / 2 + LABEL_H + PERSON_TOP
        y = top
        while y + PERSON_H - PERSON_TOP <= domain.y + domain.height / 2 + 4:
            for k in range(int(domain.width / 10)):
                x = domain.x + (k // 2 + 1) * 10 * (1 if k % 2 else -1) if k else domain.x
                if _inside(domain, x, y) and _clear(x, y, occupied):
                    return domain, (round(x, 1), round(y, 1))
            y += 10
        wider, taller = domain.width + PERSON_W <= EXTENT_LIMIT, domain.height + PERSON_H <= EXTENT_LIMIT
        if wider and (domain.width <= domain.height * 1.8 or not taller):
            domain = domain.model_copy(update={"width": domain.width + PERSON_W})
        elif taller and abs(domain.y + PERSON_H / 2) <= COORD_LIMIT - domain.height:
            domain = domain.model_copy(
                update={"height": domain.height + PERSON_H, "y": domain.y + PERSON_H / 2}
            )
        else:
            break  # as large as a cloud may be: the newcomer stands in its middle
    return domain, (domain.x, domain.y)


def loose_people_inside(m: SkyMap, domain: Domain) -> list[str]:
    """The people in no cloud who stand inside `domain`'s shape: circled with a drawn cloud,
    they join it."""
    polygon = cloud_polygon(domain.width, domain.height, domain.outline)
    return [a.id for a in m.actors
            if a.domain is None and point_in_polygon(a.x - domain.x, a.y - domain.y, polygon)]


def tidy(domain: Domain, actors: list[Actor]) -> tuple[tuple[float, float], dict[str, tuple[float, float]]]:
    """A tidy arrangement of `actors` in `domain`: its (width, height) and each one's new
    centre. Rows in a standard cloud; in a drawn cloud one by one, in reading order, each in
    the first free place inside the drawn shape."""
    if not domain.outline:
        return tidy_grid(domain, actors)
    ordered = sorted(actors, key=lambda a: (round(a.y / PERSON_H), a.x))
    grown = domain
    placed: dict[str, tuple[float, float]] = {}
    for a in ordered:
        grown, at = place_in_domain(grown, list(placed.values()))
        placed[a.id] = at
    # The cloud grows downwards while places are sought; it is resized about its centre.
    dy = domain.y - grown.y
    return (grown.width, grown.height), {i: (x, round(y + dy, 1)) for i, (x, y) in placed.items()}


def obstacles(m: SkyMap) -> list[Rect]:
    """What a new thing on the open canvas must not cover: clouds, the family, people, notes."""
    out: list[Rect] = [(d.x, d.y, d.width, d.height) for d in m.domains]
    left, top, w, h = members_oval(m.family)
    out.append((left + w / 2, top + h / 2, w, h))
    out += [(a.x, a.y + PERSON_BOX[0], PERSON_W, PERSON_BOX[1]) for a in m.actors]
    out += [(n.x, n.y, 200.0, 80.0) for n in m.annotations]
    return out


PERSON_BOX = (28.0, 120.0)
"""A person's drawing as a box: its centre this far below the person's point, this tall
(badges above the symbol, two lines of name and the role below it)."""


def free_point(m: SkyMap, near: tuple[float, float], size: tuple[float, float],
               gap: float = 16.0) -> tuple[float, float]:
    """The free place nearest to `near` (on a spiral) for something of `size`; a person
    (`size` of PERSON_W x PERSON_H) is measured with their name and role below them, so
    that nobody is placed over another's name."""
    rects = obstacles(m)
    w, h = size
    dy = 0.0
    if size == (PERSON_W, PERSON_H):
        dy, h = PERSON_BOX

    def free(x: float, y: float) -> bool:
        y += dy
        return all(abs(x - rx) >= (w + rw) / 2 + gap or abs(y - ry) >= (h + rh) / 2 + gap for rx, ry, rw, rh in rects)

    return nearest_free(near, free, 20.0)


def nearest_free(near: tuple[float, float], free: Callable[[float, float], bool],
                 step: float) -> tuple[float, float]:
    """`near` if `free` says so, else the first free point on widening rings `step` apart
    around it (rounded, clamped); far below as a last resort."""
    if free(*near):
        return round(clamp(near[0]), 1), round(clamp(near[1]), 1)
    for ring in range(1, 400):
        radius = ring * step
        count = max(8, int(2 * math.pi * radius / step))
        for i in range(count):
            angle = 2 * math.pi * i / count
            x, y = near[0] + radius * math.cos(angle), near[1] + radius * math.sin(angle)
            if free(x, y):
                return round(clamp(x), 1), round(clamp(y), 1)
    return round(clamp(near[0]), 1), round(clamp(near[1] + 4000), 1)


MEMBER_BOX = (37.5, 115.0)
"""A family member's drawing as a box (as PERSON_BOX): the symbol with its badges, two lines
of name and the role; the family's rows (115 apart, 165 side by side) keep such boxes apart."""


def free_member_point(m: SkyMap, near: tuple[float, float],
                      members: list[tuple[float, float]]) -> tuple[float, float]:
    """The free place nearest to `near` (on a spiral) for a new family member: their symbol
    and name cover none of `members` (the others, as they will stand), no person, cloud or
    note. Inside the family's oval, which grows round them."""
    rects: list[Rect] = [(x, y + MEMBER_BOX[0], PERSON_W, MEMBER_BOX[1]) for x, y in members]
    rects += [(d.x, d.y, d.width, d.height) for d in m.domains]
    rects += [(a.x, a.y + PERSON_BOX[0], PERSON_W, PERSON_BOX[1]) for a in m.actors]
    rects += [(n.x, n.y, 200.0, 80.0) for n in m.annotations]
    dy, h = MEMBER_BOX

    def free(x: float, y: float) -> bool:
        y += dy
        return all(abs(x - rx) >= (PERSON_W + rw) / 2 + 16 - 0.05 or abs(y - ry) >= (h + rh) / 2 - 0.05
                   for rx, ry, rw, rh in rects)

    return nearest_free(near, free, 15.0)


def free_cloud_position(m: SkyMap) -> tuple[float, float]:
    """A place for a new cloud: on widening rings around the family, clear of the others."""
    for ring in range(1, 6):
        rx, ry = 700.0 + 420 * (ring - 1), 440.0 + 300 * (ring - 1)
        count = 9 + 4 * (ring - 1)
        for i in range(count):
            angle = 2 * math.pi * (i + 0.5 * (ring % 2 == 0)) / count
            x, y = rx * math.sin(angle), -ry * math.cos(angle)
            if all(
                abs(x - d.x) > (d.width + CLOUD_W) / 2 + 20 or abs(y - d.y) > (d.height + CLOUD_H) / 2 + 20
                for d in m.domains
            ):
                return round(x, 1), round(y, 1)
    return free_point(m, (0.0, -1000.0), (CLOUD_W, CLOUD_H))
