"""Where each tie is drawn: from the rim of one end to the rim of the other, around the
people in between, and never on top of another tie. The screen and the print draw the
same points (geometry.polyline), so a tie that bends on screen bends on paper.

A tie that passed over a third person looked like a tie to that person, and a click on it
could select the wrong tie; two ties on top of each other looked like one.
"""

from __future__ import annotations

import math

from .geometry import PERSON_RADIUS, CircleGrid, Point, clear, distance_to_segment, route, trim
from .layout import family_oval
from .objects import FAMILY_ID, SkyMap

MEMBER_RADIUS = PERSON_RADIUS + 6
"""A family member's symbol is a little larger than a professional's."""
RIM = 3.0
"""A tie stops this far outside a person's symbol."""
CLEARANCE = 4.0
"""A tie keeps at least this much room from a symbol it passes."""
ROUTED_UP_TO = 80
"""Maps with more people than this draw their ties straight: routing is for a map a family
reads, and a map of that size is read zoomed in anyway (opening it stays fast)."""
PARALLEL_GAP = 6.0
"""Two ties nearer than this, in the same direction, over a stretch, lie on top of each other."""


def people(m: SkyMap) -> dict[str, tuple[float, float, float]]:
    """Every person's symbol as a circle (x, y, radius)."""
    out = {a.id: (a.x, a.y, PERSON_RADIUS) for a in m.actors}
    out.update({f.id: (f.x, f.y, MEMBER_RADIUS) for f in m.family})
    return out


def ellipse_radius(a: float, b: float, dx: float, dy: float) -> float:
    """Distance from an ellipse's centre to its edge in the direction (dx, dy)."""
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    return 1.0 / math.sqrt((ux / a) ** 2 + (uy / b) ** 2)


def tie_routes(m: SkyMap, positions: dict[str, Point] | None = None) -> dict[str, list[Point]]:
    """For every tie, the points it is drawn through (at least its two trimmed ends), or
    no entry for a tie too short to draw. `positions` overrides where people stand (a drag
    in progress)."""
    return Routes(m, positions).routes


class Routes:
    """The ties' routes of a map (see `tie_routes`), worked out tie by tie in the map's order:
    each tie bends around the people and away from the ties before it. A map to which only
    ties were added since (at the end, as a new tie is) is brought up to date by routing the
    new ties alone (`extended`): the routes of the others cannot have changed."""

    def __init__(self, m: SkyMap, positions: dict[str, Point] | None = None) -> None:
        circles = people(m)
        if positions:
            circles.update({k: (x, y, circles[k][2]) for k, (x, y) in positions.items() if k in circles})
        self.circles = circles
        self.members = [(circles[f.id][0], circles[f.id][1]) for f in m.family]
        self.family_ids = [f.id for f in m.family]
        self.family_names = [f.name for f in m.family]
        self.grid = CircleGrid(circles) if len(circles) <= ROUTED_UP_TO else None
        self.segments = _SegmentGrid()
        self.routes: dict[str, list[Point]] = {}
        self.ties: list = []  # the map's ties routed, in order
        self._route(m.links)

    def extended(self, m: SkyMap) -> bool:
        """Route the ties added to `m` at the end since; False (nothing done) when anything
        else changed: people, family or the ties there were."""
        links = m.links
        count = len(self.ties)
        if len(links) < count or links[:count] != self.ties or people(m) != self.circles \
                or [f.id for f in m.family] != self.family_ids \
                or [f.name for f in m.family] != self.family_names:
            return False
        self._route(links[count:])
        return True

    def _route(self, links) -> None:
        circles, grid, segments, out = self.circles, self.grid, self.segments, self.routes
        left, top, w, h = family_oval(self.members, self.family_names)
        oval = (left + w / 2, top + h / 2, w, h)
        family = self.family_ids
        for link in links:
            self.ties.append(link)
            tie = tie_ends(link, circles, oval, family)
            if tie is None:
                continue
            (start, end), skip = tie
            points = [start, end]
            if grid is not None:
                points = route(start, end, grid, skip, CLEARANCE)
                points = _apart(points, segments, grid, skip)
                segments.add(link.id, points)
            out[link.id] = points


def tie_ends(link, circles: dict[str, tuple[float, float, float]], oval: tuple[float, float, float, float],
             family: list[str]) -> tuple[tuple[Point, Point], frozenset] | None:
    """Where a tie starts and ends (trimmed at the rims of its ends; a tie to the family at
    the family's oval: `oval` is its centre x, y, width, height) and whom it may pass over
    (its ends; for a tie to the family every member), or None for a tie not drawn (an end
    missing, or too short)."""
    if link.source not in circles:
        return None
    sx, sy, sr = circles[link.source]
    if link.target == FAMILY_ID:
        cx, cy, w, h = oval
        end, er = (cx, cy), ellipse_radius(w / 2, h / 2, sx - cx, sy - cy)
        skip = frozenset([link.source, *family])
    elif link.target in circles:
        tx, ty, tr = circles[link.target]
        end, er = (tx, ty), tr + RIM
        skip = frozenset([link.source, link.target])
    else:
        return None
    ends = trim((sx, sy), end, sr + RIM, er)
    if ends is None:
        return None
    return ends, skip


class _SegmentGrid:
    """The ties drawn so far, by cell, to find one that a new tie would lie on."""

    LONG = 512
    """A segment crossing more cells than this (a tie across a far-flung map) is kept in a
    list of its own and compared with every other, instead of in thousands of cells."""

    def __init__(self, cell: float = 160.0) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[tuple[Point, Point]]] = {}
        self.long: list[tuple[Point, Point]] = []

    def add(self, _key: str, points: list[Point]) -> None:
        self.add_cut(self.cut(points))

    def cut(self, points: list[Point]) -> list[tuple[tuple[Point, Point], tuple | None]]:
        """The segments of a tie through `points`, each with the cells it is kept in (None:
        a long one, kept in the list of its own)."""
        return [((a, b), self.cells_of(a, b)) for a, b in zip(points, points[1:])]

    def add_cut(self, cut: list[tuple[tuple[Point, Point], tuple | None]]) -> None:
        """Keep the segments of `cut` (see `cut`)."""
        for seg, cells in cut:
            if cells is None:
                self.long.append(seg)
                continue
            for c in cells:
                self.cells.setdefault(c, []).append(seg)

    def cells_of(self, a: Point, b: Point) -> tuple | None:
        """The cells the segment a-b is kept in and looked for in, or None for a long one."""
        return None if self._steps(a, b) > self.LONG else tuple(self._cells(a, b))

    def _steps(self, a: Point, b: Point) -> int:
        return max(1, math.ceil(math.hypot(b[0] - a[0], b[1] - a[1]) / (self.cell / 2)))

    def _cells(self, a: Point, b: Point) -> set[tuple[int, int]]:
        steps = self._steps(a, b)
        return {(math.floor((a[0] + (b[0] - a[0]) * k / steps) / self.cell),
                 math.floor((a[1] + (b[1] - a[1]) * k / steps) / self.cell)) for k in range(steps + 1)}

    def lying_on(self, a: Point, b: Point) -> tuple[Point, Point] | None:
        """A segment drawn before that the segment a-b would lie on, if any."""
        return self.lying_on_in(a, b, self.cells_of(a, b))

    def lying_on_in(self, a: Point, b: Point, cells: tuple | None) -> tuple[Point, Point] | None:
        """`lying_on` with the cells of a-b (`cells_of`) worked out already."""
        if cells is None:
            candidates = [seg for segs in self.cells.values() for seg in segs]
        else:
            candidates = [seg for c in cells for seg in self.cells.get(c, ())]
        # Each segment once (one crossing several cells is listed in each), and only those
        # whose box comes within reach of a-b's: on_top needs points of a-b nearer than its
        # gap to c-d (one more unit of room for rounding), so the rest cannot lie on it.
        reach = PARALLEL_GAP + 1.0
        left, right = (a[0], b[0]) if a[0] <= b[0] else (b[0], a[0])
        low, high = (a[1], b[1]) if a[1] <= b[1] else (b[1], a[1])
        left, right, low, high = left - reach, right + reach, low - reach, high + reach
        seen: set[tuple[Point, Point]] = set()
        for seg in (*candidates, *self.long):
            if seg in seen:
                continue
            seen.add(seg)
            (cx, cy), (dx, dy) = seg
            if (cx < left and dx < left) or (cx > right and dx > right) or (cy < low and dy < low) \
                    or (cy > high and dy > high):
                continue
            if on_top(a, b, *seg):
                return seg
        return None


def on_top(a: Point, b: Point, c: Point, d: Point, gap: float = PARALLEL_GAP, stretch: float = 12.0) -> bool:
    """Whether segments a-b and c-d run along each other (nearly the same direction, nearer
    than `gap`) for more than `stretch`."""
    ux, uy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(ux, uy)
    vx, vy = d[0] - c[0], d[1] - c[1]
    other = math.hypot(vx, vy)
    if length < 1 or other < 1:
        return False
    sin = abs(ux * vy - uy * vx) / (length * other)
    if sin > 0.12:
        return False
    ux, uy = ux / length, uy / length
    # the part of c-d that lies alongside a-b
    t0 = (c[0] - a[0]) * ux + (c[1] - a[1]) * uy
    t1 = (d[0] - a[0]) * ux + (d[1] - a[1]) * uy
    lo, hi = max(0.0, min(t0, t1)), min(length, max(t0, t1))
    if hi - lo <= stretch:
        return False
    for t in (lo, (lo + hi) / 2, hi):
        p = (a[0] + ux * t, a[1] + uy * t)
        if distance_to_segment(p, c, d)[0] >= gap:
            return False
    return True


def _apart(points: list[Point], segments: _SegmentGrid, grid: CircleGrid, skip: frozenset) -> list[Point]:
    """The tie bent a little where it would lie on a tie drawn before."""
    for _ in range(3):
        for k, (a, b) in enumerate(zip(points, points[1:])):
            seg = segments.lying_on(a, b)
            if seg is None:
                continue
            mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
            length = math.hypot(b[0] - a[0], b[1] - a[1]) or 1.0
            nx, ny = -(b[1] - a[1]) / length, (b[0] - a[0]) / length
            for offset in (16.0, -16.0, 30.0, -30.0, 46.0, -46.0):
                via = (mx + nx * offset, my + ny * offset)
                candidate = points[:k + 1] + [via] + points[k + 1:]
                if clear(candidate, grid, skip) and segments.lying_on(a, via) is None \
                        and segments.lying_on(via, b) is None:
                    points = candidate
                    break
            break
        else:
            return points
    return points


def overlaps(m: SkyMap, routes: dict[str, list[Point]] | None = None) -> list[tuple[str, str]]:
    """What a reader would misread: (tie id, person id) for a tie drawn over a person who is
    not one of its ends, and (tie id, tie id) for two ties on top of each other."""
    routes = tie_routes(m) if routes is None else routes
    circles = people(m)
    grid = CircleGrid(circles)
    family = {f.id for f in m.family}
    found: list[tuple[str, str]] = []
    segments = _SegmentGrid()
    owner: dict[tuple[Point, Point], str] = {}
    for link in m.links:
        points = routes.get(link.id)
        if not points:
            continue
        ends = {link.source, link.target} | (family if link.target == FAMILY_ID else set())
        for a, b in zip(points, points[1:]):
            for key in grid.along(a, b):
                x, y, r = circles[key]
                if key not in ends and distance_to_segment((x, y), a, b)[0] < r:
                    found.append((link.id, key))
            seg = segments.lying_on(a, b)
            if seg is not None:
                found.append((link.id, owner[seg]))
        segments.add(link.id, points)
        for a, b in zip(points, points[1:]):
            owner[(a, b)] = link.id
    return sorted(set(found))
