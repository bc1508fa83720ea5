"""A compact map: the clouds in close around the family, about as wide as a screen.

A map is read from across a table only if it is small enough to be shown large: every
empty stretch between the family and its clouds costs the names pixels. Tidy and the
import arrange the clouds in a band: a row above the family, a row below it, and a
column on either side, each cloud as near the family as it can be, in the order they
stood around the family (clockwise from the top). Among the ways to share the clouds
out between the rows and columns (and to shape each cloud: how many people side by
side), the one is chosen whose map shows largest on a laptop screen.
"""

from __future__ import annotations

import math
from collections.abc import Set
from functools import lru_cache
from typing import NamedTuple, cast

from .geometry import _depth, _superellipse_point, point_in_polygon
from .layout import LABEL_H, PERSON_H, PERSON_W, slots
from .objects import Domain
from .ways_round import best_ways, shape

GAP = 26.0
"""Room kept between two clouds, and between a cloud and the family."""
VIEWS = ((830.0, 670.0, 12.0 / 20.0), (1136.0, 681.0, 20.0 / 29.0))
"""The canvases the map is made to fill, in pixels, each with the zoom its names need: a
1366x768 laptop's canvas between the panels (names of 20 map units at 12 px) and the same
laptop's family view (names of 29 map units at 20 px)."""
MARGIN = 30.0

Size = tuple[float, float]
Box = tuple[float, float, float, float]  # centre x, centre y, width, height


def _overlap(a: Box, b: Box, gap: float) -> bool:
    return abs(a[0] - b[0]) < (a[2] + b[2]) / 2 + gap and abs(a[1] - b[1]) < (a[3] + b[3]) / 2 + gap


@lru_cache(maxsize=4096)
def cloud_size(count: int, columns: int, min_w: float = 2 * PERSON_W, label_w: float = 0.0) -> Size:
    """A standard cloud's size for `count` people, at most `columns` side by side."""
    cols = max(1, min(columns, count))
    rows = math.ceil(count / cols) if count else 1
    width = max(min_w, cols * PERSON_W + 40, label_w + 60)
    height = LABEL_H + rows * PERSON_H + 24
    # a cloud's corners are round: a tall one (three rows or more) is made a little taller,
    # so that the names in its bottom corners stay inside it
    while height < LABEL_H + rows * PERSON_H + 200 and not corners_fit(count, width, height):
        height += 10
    return width, height


NAME_BELOW = (26.0, 80.0)
"""The middle of a person's name, half its width and how far below their point it reaches
(a name on two lines and a role): what must be inside their cloud."""


@lru_cache(maxsize=4096)
def corners_fit(count: int, width: float, height: float) -> bool:
    """False when, in a standard cloud of this size with `count` people in its rows (three
    rows or more: a tall cloud; or four people or more side by side: a wide one), a name in
    a bottom corner hangs over the round edge."""
    columns = max(1, int((width - 20) // PERSON_W))
    return (math.ceil(count / columns) < 3 and columns < 4) or _corners_inside(count, width, height)


def _corners_inside(count: int, width: float, height: float) -> bool:
    if not count or height > 20 * PERSON_H:
        return True  # (a cloud of dozens of rows is read zoomed in)
    spots = slots(cast(Domain, _Box(0.0, 0.0, width, height)), count)
    last = max(y for _x, y in spots)
    polygon = standard_polygon(width, height)
    half, below = NAME_BELOW
    return all(point_in_polygon(x + dx, y + below, polygon) for x, y in spots if y == last for dx in (-half, half))


class _Box(NamedTuple):
    """What layout.slots reads of a cloud (a Domain costs more to make, and sizes are tried
    by the hundred while people are added)."""

    x: float
    y: float
    width: float
    height: float


def standard_polygon(width: float, height: float) -> list[tuple[float, float]]:
    """geometry.cloud_polygon(width, height, None), the same points, with the superellipse's
    powers taken once for every size (sizes are tried by the hundred while people are added;
    tests/model/test_placement_golden.py checks it against cloud_polygon)."""
    depth = _depth(width, height)
    a, b = width / 2 - depth, height / 2 - depth
    return [(a * cu, b * su) for cu, su in _unit_polygon()]


@lru_cache(maxsize=1)
def _unit_polygon() -> tuple[tuple[float, float], ...]:
    return tuple(_superellipse_point(1.0, 1.0, 2 * math.pi * i / 72, 3.2) for i in range(72))


def _row(sizes: list[Size]) -> Size:
    return sum(w for w, _ in sizes) + GAP * max(0, len(sizes) - 1), max((h for _, h in sizes), default=0.0)


def _column(sizes: list[Size]) -> Size:
    return max((w for w, _ in sizes), default=0.0), sum(h for _, h in sizes) + GAP * max(0, len(sizes) - 1)


def _splits(n: int):
    """Every way to share n clouds out as (top, right, bottom, left), sides at most 3."""
    for right in range(min(3, n) + 1):
        for left in range(min(3, n - right) + 1):
            rest = n - right - left
            for top in range(rest + 1):
                yield top, right, rest - top, left


def arrange(domains: list[Domain], counts: dict[str, int], family: tuple[float, float, float, float],
            label_widths: dict[str, float] | None = None,
            fixed: Set[str] = frozenset()) -> dict[str, tuple[float, float, float, float]]:
    return arrange_scored(domains, counts, family, label_widths, fixed)[1]


def arrange_scored(domains: list[Domain], counts: dict[str, int], family: tuple[float, float, float, float],
                   label_widths: dict[str, float] | None = None, fixed: Set[str] = frozenset(),
                   stay: float = 0.03) -> tuple[float, dict[str, tuple[float, float, float, float]]]:
    """For each of `domains` (standard clouds; `counts` people in each) a new
    (x, y, width, height) around the family's box (left, top, width, height). The clouds
    in `fixed` keep their size."""
    if not domains:
        return 1.0, {}
    label_widths = label_widths or {}
    fl, ft, fw, fh = family
    fx, fy = fl + fw / 2, ft + fh / 2
    angles = {d.id: math.atan2(d.x - fx, -(d.y - fy)) % (2 * math.pi) for d in domains}
    ring = sorted(domains, key=lambda d: angles[d.id])
    size_sets = [(columns, {d.id: (d.width, d.height) if d.id in fixed else
                            cloud_size(counts.get(d.id, 0), columns, 2 * PERSON_W, label_widths.get(d.id, 0.0))
                            for d in domains}) for columns in (2, 3, 4)]
    # the most promising ways round the family (model/ways_round.py), each with every cloud's
    # own shape tuned (one more or one fewer person side by side where that lets the map show
    # larger: a tall cloud above the family made wider, say); the best of them is taken
    ways = best_ways([angles[d.id] for d in ring],
                     [(1 - 0.01 * columns, [sizes[d.id] for d in ring]) for columns, sizes in size_sets],
                     fw, fh, stay, VIEWS, SHAPED, GAP, MARGIN)
    # (each cloud that may be reshaped, in the map's order, with its sizes for 1 ... 5 side by side)
    options = [(d.id, [cloud_size(counts[d.id], c, 2 * PERSON_W, label_widths.get(d.id, 0.0)) for c in range(1, 6)])
               for d in domains if d.id not in fixed and counts.get(d.id, 0) >= 2]
    best: tuple[float, float, tuple, dict] | None = None
    for penalty, rotation, (top, right, bottom, _left), which in ways:
        seq = ring[rotation:] + ring[:rotation]
        parts = (seq[:top], seq[top:top + right], seq[top + right:top + right + bottom][::-1],
                 seq[top + right + bottom:][::-1])
        current, sizes = shape(tuple([d.id for d in part] for part in parts), size_sets[which][1], options,
                               fw, fh, VIEWS, GAP, MARGIN)
        if best is None or current * penalty > best[0] * best[1]:
            best = (current, penalty, parts, sizes)
    assert best is not None
    current, _penalty, parts, sizes = best
    return current, _place(parts, sizes, family)


SHAPED = 6
"""How many of the best ways round the family get their clouds' shapes tuned."""


def _wrap(a: float) -> float:
    return (a + math.pi) % (2 * math.pi) - math.pi


def _extent(parts, sizes: dict[str, Size], fw: float, fh: float) -> Size:
    top, right, bottom, left = parts
    sides = [_row([sizes[d.id] for d in top]), _column([sizes[d.id] for d in right]),
             _row([sizes[d.id] for d in bottom]), _column([sizes[d.id] for d in left])]
    return _extent_of(sides, (bool(top), bool(right), bool(bottom), bool(left)), fw, fh)


def _extent_of(sides: list[Size], filled: tuple[bool, ...], fw: float, fh: float) -> Size:
    """The map's extent from the (width, height) of its top row, right column, bottom row
    and left column (`filled`: which of them hold a cloud) round the family's fw x fh."""
    (tw, th), (rw, rh), (bw, bh), (lw, lh) = sides
    top, right, bottom, left = filled
    band_h = max(fh, lh, rh)
    # the band is centred on the family: its widest side counts twice
    band_w = fw + 2 * max(lw + GAP if left else 0.0, rw + GAP if right else 0.0)
    return max(band_w, tw, bw), band_h + (th + GAP if top else 0.0) + (bh + GAP if bottom else 0.0)


LOOSE = "d-people-in-no-cloud"
"""The people in no cloud are arranged as if they were one more cloud."""


def tidy_map(m) -> tuple[dict[str, tuple[float, float, float, float]], dict[str, tuple[float, float]],
                         dict[str, tuple[float, float]]]:
    """The whole map tidied and compact: (cloud id -> x, y, width, height; person id -> x, y;
    family member id -> x, y). The family in the middle, each standard cloud shaped for its
    people and arranged around the family (see `arrange`); a drawn cloud keeps its shape and
    its people are placed inside it; people in no cloud stand together beside the family."""
    from .layout import family_oval, family_positions, slots  # noqa: PLC0415
    from .placement import tidy as tidy_cloud  # noqa: PLC0415

    family_at = family_positions(len(m.family))
    people: dict[str, list] = {}
    for a in m.actors:
        people.setdefault(a.domain if a.domain is not None else LOOSE, []).append(a)
    shapes: dict[str, Domain] = {}
    for d in m.domains:
        if d.outline:
            (w, h), _ = tidy_cloud(d, people.get(d.id, []))
            shapes[d.id] = d.model_copy(update={"width": w, "height": h})
        else:
            shapes[d.id] = d
    if people.get(LOOSE):
        loose = people[LOOSE]
        cx = sum(a.x for a in loose) / len(loose)
        cy = sum(a.y for a in loose) / len(loose)
        shapes[LOOSE] = Domain(id=LOOSE, label="", x=cx, y=cy, width=2 * PERSON_W, height=PERSON_H)
    counts = {i: len(people.get(i, [])) for i in shapes}
    fixed = {i for i, d in shapes.items() if d.outline}
    # the family in one row or in two, whichever lets the whole map show larger
    best: tuple[float, list, dict] | None = None
    names = [f.name for f in m.family]
    for rows in (1, 2):
        at = _family_rows(len(m.family), rows) if rows == 2 else family_at
        score, boxes = arrange_scored(list(shapes.values()), counts, family_oval(at, names), fixed=fixed,
                                      label_widths={i: 9.0 * len(d.label) for i, d in shapes.items()})
        if best is None or score > best[0] + 1e-9:
            best = (score, at, boxes)
    assert best is not None  # (the loop ran twice)
    _score, family_at, boxes = best
    members = {f.id: p for f, p in zip(m.family, family_at)}
    clouds: dict[str, tuple[float, float, float, float]] = {}
    actors: dict[str, tuple[float, float]] = {}
    for i, (x, y, w, h) in boxes.items():
        placed = shapes[i].model_copy(update={"x": x, "y": y, "width": w, "height": h})
        group = people.get(i, [])
        if i == LOOSE:
            placed = placed.model_copy(update={"height": h + LABEL_H, "y": y - LABEL_H / 2})
            ordered = sorted(group, key=lambda a: (round(a.y / PERSON_H), a.x))
            actors.update({a.id: (round(px, 1), round(py, 1))
                           for a, (px, py) in zip(ordered, slots(placed, len(ordered)))})
            continue
        clouds[i] = (x, y, w, h)
        if group:
            _size, spots = tidy_cloud(placed, group)
            actors.update({a: (round(px, 1), round(py, 1)) for a, (px, py) in spots.items()})
    return clouds, actors, {i: (round(x, 1), round(y, 1)) for i, (x, y) in members.items()}


def _family_rows(count: int, rows: int, row_h: float | None = None) -> list[tuple[float, float]]:
    """Family members side by side in `rows` rows (the first row the longer), `row_h` apart
    (default layout.FAMILY_ROW_H)."""
    from .layout import FAMILY_ROW_H, FAMILY_SPACING  # noqa: PLC0415

    row_h = FAMILY_ROW_H if row_h is None else row_h
    per_row = max(1, math.ceil(count / rows))
    out = []
    for i in range(count):
        row, col = divmod(i, per_row)
        in_row = min(per_row, count - row * per_row)
        out.append(((col - (in_row - 1) / 2) * FAMILY_SPACING, row * row_h - row_h / 2 * (rows - 1)))
    return out


def repack(domains: list[Domain], family: tuple[float, float, float, float]) -> dict[str, tuple[float, float]]:
    """New centres for clouds that a growing cloud (or family) would now overlap: every cloud
    keeps its side of the family (above, below, left or right) and its order there, and the
    clouds of each side are packed again, as close to the family as they fit. So a cloud
    that grows pushes its neighbours along, not out into the distance, and the map stays
    compact while people are added one by one. Returns only the clouds that moved; nothing
    moves when nothing overlaps."""
    boxes = {d.id: (d.x, d.y, d.width, d.height) for d in domains}
    fl, ft, fw, fh = family
    fam = (fl + fw / 2, ft + fh / 2, fw, fh)
    everything = list(boxes.values()) + [fam]
    if not any(_overlap(a, b, GAP - 4) for i, a in enumerate(everything) for b in everything[i + 1:]):
        return {}
    fx, _fy = fam[0], fam[1]
    sides: dict[str, list[Domain]] = {"top": [], "right": [], "bottom": [], "left": []}
    for d in domains:
        if d.y + d.height / 2 <= ft + 1:
            sides["top"].append(d)
        elif d.y - d.height / 2 >= ft + fh - 1:
            sides["bottom"].append(d)
        else:
            sides["right" if d.x >= fx else "left"].append(d)
    sides["top"].sort(key=lambda d: d.x)
    sides["bottom"].sort(key=lambda d: -d.x)
    sides["right"].sort(key=lambda d: d.y)
    sides["left"].sort(key=lambda d: -d.y)
    sizes = {d.id: (d.width, d.height) for d in domains}
    parts = (sides["top"], sides["right"], sides["bottom"][::-1], sides["left"][::-1])
    placed = _place(parts, sizes, family)
    return {i: (x, y) for i, (x, y, _w, _h) in placed.items() if (x, y) != (boxes[i][0], boxes[i][1])}


def _place(parts, sizes: dict[str, Size], family) -> dict[str, tuple[float, float, float, float]]:
    """Boxes for the clouds of each side (top left to right, right top to bottom, bottom
    left to right, left top to bottom) packed around the family's box."""
    top, right, bottom, left = parts
    fl, ft, fw, fh = family
    fx, fy = fl + fw / 2, ft + fh / 2
    out: dict[str, tuple[float, float, float, float]] = {}
    _, lh = _column([sizes[d.id] for d in left])
    _, rh = _column([sizes[d.id] for d in right])
    band_h = max(fh, lh, rh)
    band_top = fy - band_h / 2
    for side, sign in ((left, -1), (right, 1)):
        _, sh = _column([sizes[d.id] for d in side])
        y = fy - sh / 2
        for d in side:
            w, h = sizes[d.id]
            edge = fl - GAP if sign < 0 else fl + fw + GAP
            out[d.id] = (edge + sign * w / 2, y + h / 2, w, h)
            y += h + GAP
    for row, sign in ((top, -1), (bottom, 1)):
        rw_, _ = _row([sizes[d.id] for d in row])
        x = fx - rw_ / 2
        for d in row:
            w, h = sizes[d.id]
            y = band_top - GAP - h / 2 if sign < 0 else band_top + band_h + GAP + h / 2
            out[d.id] = (x + w / 2, y, w, h)
            x += w + GAP
    return {i: (round(x, 1), round(y, 1), round(w, 1), round(h, 1)) for i, (x, y, w, h) in out.items()}
