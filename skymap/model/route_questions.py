"""What routing a tie asks, for model/live_routes.py: stand-ins for the people's grid
(`PeopleGrid`) and the ties' grid (`TieGrid`) that give the answers `Routes` gets and write
the questions down, the record of a tie as it was worked out (`Tie`), and the checks of
whether its answers still hold after an edit (`PeopleCheck`, `Delta`); why they are exact
is in live_routes.py's docstring."""

from __future__ import annotations

import inspect
import math
from bisect import bisect_left, bisect_right

from .geometry import CircleGrid, Point, distance_to_segment
from .routes import CLEARANCE, PARALLEL_GAP, _SegmentGrid, on_top

_PAD = inspect.signature(CircleGrid).parameters["pad"].default
"""How far beyond a person's rim the people's grid files them (CircleGrid's default, as
`Routes` builds it)."""
_REACH = PARALLEL_GAP + 1.0
"""How near a segment must come to a-b's box to be one `lying_on(a, b)` can find (its own filter)."""
_STRETCH = inspect.signature(on_top).parameters["stretch"].default
"""How far two segments must run along each other to lie on each other (on_top's)."""
_CELLS = _SegmentGrid()
"""Only for `cells_of`: the cells the ties' grid files a segment in."""

Seg = tuple[Point, Point]
Cut = list[tuple[Seg, "frozenset | None"]]
Circle = tuple[float, float, float]


class Tie:
    """One tie as it was worked out: its ends, its points, its segments with their cells
    (`cut`) and the questions asked: of the people's grid (`asked`, with what `PeopleGrid.seen`
    saw, once it was needed) and of the ties' grid (`asked_ties`: a, b and a-b's cells)."""

    __slots__ = (
        "asked",
        "asked_ties",
        "box",
        "cells",
        "cut",
        "ends",
        "given",
        "long_asked",
        "points",
        "qbox",
        "questions",
        "seen",
    )

    def __init__(self, ends, points: list[Point] | None, cut: Cut, asked: list[Seg],
                 asked_ties: list[tuple[Point, Point, frozenset | None]]) -> None:
        self.ends = ends
        self.points = points
        self.cut = cut
        self.asked = list(dict.fromkeys(asked))
        self.seen: dict[Seg, list] = {}
        # the box of every segment asked about (its diagonal: longer than any of them)
        xs = [p[0] for seg in self.asked for p in seg] or [0.0]
        ys = [p[1] for seg in self.asked for p in seg] or [0.0]
        self.box = (min(xs), min(ys), max(xs), max(ys))
        self.asked_ties = list(dict.fromkeys(asked_ties))
        self.questions: list[tuple] | None = None
        self.qbox = (0.0, 0.0, 0.0, 0.0)
        self.cells = frozenset(c for _a, _b, cells in asked_ties if cells is not None for c in cells)
        self.long_asked = any(cells is None for _a, _b, cells in asked_ties)
        self.given: tuple = ()
        """What its ends are worked out from (see LiveRoutes.update)."""

    def asked_about(self) -> list[tuple]:
        """Its questions of the ties' grid with what `lying_on` works out of a-b first: (a,
        b, cells, u = b - a, |u|, a-b's box made larger by the reach lying_on looks in), and
        the box round them all (`qbox`)."""
        if self.questions is None:
            self.questions = []
            for a, b, cells in self.asked_ties:
                ux, uy = b[0] - a[0], b[1] - a[1]
                length = math.hypot(ux, uy)
                if length < 1:
                    continue  # (on_top finds nothing on a segment this short)
                left, right = (a[0], b[0]) if a[0] <= b[0] else (b[0], a[0])
                low, high = (a[1], b[1]) if a[1] <= b[1] else (b[1], a[1])
                self.questions.append((a, b, cells, ux, uy, length, left - _REACH, right + _REACH, low - _REACH,
                                       high + _REACH))
            if self.questions:
                self.qbox = (min(q[6] for q in self.questions), max(q[7] for q in self.questions),
                             min(q[8] for q in self.questions), max(q[9] for q in self.questions))
        return self.questions


class PeopleGrid:
    """The people's grid as the routing of one tie asks it (`along`, `circles`; `skip`: whom
    the tie may pass over); `asked` writes down the segments it asks about.

    `_first_in_way` reads of `along(p0, p1)` only the people nearer the segment than radius
    + CLEARANCE whom the tie may not pass over, in the order the grid yields them (`seen`).
    The grid yields everyone that near (tests/model/test_live_routes.py), so they are found
    here by their x in a sorted list instead; only when two or more are near is the grid
    asked, for their order (and `along` answers with the grid's own answer). With one or
    none near, `along` answers with that one or none: `_first_in_way` finds the same.
    Answers are kept for the rest of the update."""

    __slots__ = ("_answers", "_by_x", "_near", "_reach", "_xs", "asked", "circles", "grid", "skip")

    def __init__(self, grid: CircleGrid) -> None:
        self.grid = grid
        self.circles = grid.circles
        self.asked: list[Seg] = []
        self.skip: frozenset = frozenset()
        self._near: dict[Seg, list[tuple[str, float, float, float]]] = {}
        self._answers: dict[Seg, set[str]] = {}
        by_x = sorted((x, y, r, key) for key, (x, y, r) in self.circles.items())
        self._xs = [x for x, _y, _r, _key in by_x]
        self._by_x = by_x
        self._reach = max((r for _x, _y, r in self.circles.values()), default=0.0) + CLEARANCE + 1.0

    def along(self, p0: Point, p1: Point):
        self.asked.append((p0, p1))
        skip = self.skip
        keys = [f[0] for f in self._near_of(p0, p1) if f[0] not in skip]
        return self.answer(p0, p1) if len(keys) >= 2 else keys

    def answer(self, p0: Point, p1: Point) -> set[str]:
        """The grid's own `along(p0, p1)` (the same set each time: the same order)."""
        found = self._answers.get((p0, p1))
        if found is None:
            found = self._answers[(p0, p1)] = self.grid.along(p0, p1)
        return found

    def seen(self, p0: Point, p1: Point, skip: frozenset) -> list[tuple[str, float, float, float]]:
        """What `_first_in_way` can see of the grid's `along(p0, p1)` with any clearance up
        to CLEARANCE, passing over `skip`: the others nearer than radius + CLEARANCE (and
        perhaps a few more: `_near_of`), with their circles, in the grid's order."""
        found = [f for f in self._near_of(p0, p1) if f[0] not in skip]
        if len(found) >= 2:
            rank = {key: n for n, key in enumerate(self.answer(p0, p1))}
            # (`_near_of` finds no one the grid does not yield: tests/model/test_live_routes.py;
            # anyone it did not would be seen by nobody)
            found = sorted((f for f in found if f[0] in rank), key=lambda f: rank[f[0]])
        return found

    def _near_of(self, p0: Point, p1: Point) -> list[tuple[str, float, float, float]]:
        found = self._near.get((p0, p1))
        if found is not None:
            return found
        # Everyone nearer than radius + CLEARANCE and perhaps a few more (nearer the line
        # through p0-p1, within the box): with one or none, `along`'s answer holds whoever
        # `_first_in_way` could find; with more, the grid's own answer is used.
        reach = self._reach
        x0, y0 = p0
        left, right = (x0, p1[0]) if x0 <= p1[0] else (p1[0], x0)
        low, high = (y0, p1[1]) if y0 <= p1[1] else (p1[1], y0)
        low, high = low - reach, high + reach
        ux, uy = p1[0] - x0, p1[1] - y0
        length = math.hypot(ux, uy)
        room = CLEARANCE + 1.0
        found = []
        by_x = self._by_x
        for i in range(bisect_left(self._xs, left - reach), bisect_right(self._xs, right + reach)):
            x, y, r, key = by_x[i]
            if low <= y <= high and abs(ux * (y - y0) - uy * (x - x0)) <= (r + room) * length:
                found.append((key, x, y, r))
        self._near[(p0, p1)] = found
        return found


class TieGrid:
    """The segments of the ties as they stand in this update, by cell (as the ties' grid
    files them), each with its tie: `lying_on` for the tie at place `here` looks only at
    the ties before it, as `Routes` would with the ties it has drawn so far."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[Seg, str, float, float, float]]] = {}
        self.long: list[tuple[Seg, str, float, float, float]] = []
        self.place: dict[str, int] = {}
        self.here = 0
        self.asked: list[tuple[Point, Point, frozenset | None]] = []
        self.memo: dict[Seg, frozenset | None] = {}

    def add(self, tid: str, cut: Cut) -> None:
        for seg, cells in cut:
            (cx, cy), (dx, dy) = seg
            entry = (seg, tid, dx - cx, dy - cy, math.hypot(dx - cx, dy - cy))
            if cells is None:
                self.long.append(entry)
            else:
                for c in cells:
                    self.cells.setdefault(c, []).append(entry)

    def remove(self, tid: str, cut: Cut) -> None:
        for seg, cells in cut:
            if cells is None:
                self.long[:] = [e for e in self.long if e[1] != tid or e[0] != seg]
            else:
                for c in cells:
                    self.cells[c] = [e for e in self.cells[c] if e[1] != tid or e[0] != seg]

    def lying_on(self, a: Point, b: Point) -> Seg | None:
        """As `_SegmentGrid.lying_on` with the segments of the ties before `here` in it."""
        cells = self.cells_of(a, b)
        self.asked.append((a, b, cells))
        if cells is None:
            candidates = [e for es in self.cells.values() for e in es]
        else:
            candidates = [e for c in cells for e in self.cells.get(c, ())]
        place, here = self.place, self.here
        ux, uy = b[0] - a[0], b[1] - a[1]
        length = math.hypot(ux, uy)
        if length < 1:
            return None  # (on_top finds nothing on a segment this short)
        beside = _REACH * length
        # (the projections below are distances along a-b times its length)
        squared, stretch = length * length, (_STRETCH - 0.1) * length
        a0, a1 = a
        left, right = (a0, b[0]) if a0 <= b[0] else (b[0], a0)
        low, high = (a1, b[1]) if a1 <= b[1] else (b[1], a1)
        left, right, low, high = left - _REACH, right + _REACH, low - _REACH, high + _REACH
        for seg, tid, vx, vy, other in (*candidates, *self.long):
            (cx, cy), (dx, dy) = seg
            if (cx < left and dx < left) or (cx > right and dx > right) or (cy < low and dy < low) \
                    or (cy > high and dy > high) or place[tid] >= here:
                continue
            # (_apart_from, written out here: this loop is the routing's busiest)
            if other < 1 or abs(ux * vy - uy * vx) > 0.125 * length * other:
                continue
            side_c, side_d = ux * (cy - a1) - uy * (cx - a0), ux * (dy - a1) - uy * (dx - a0)
            if (side_c > beside and side_d > beside) or (side_c < -beside and side_d < -beside):
                continue
            # and on_top's second: alongside a-b for no more than its stretch (a little less here)
            t0, t1 = ux * (cx - a0) + uy * (cy - a1), ux * (dx - a0) + uy * (dy - a1)
            if t0 > t1:
                t0, t1 = t1, t0
            if min(squared, t1) - max(0.0, t0) <= stretch:
                continue
            if on_top(a, b, *seg):
                return seg
        return None

    def cells_of(self, a: Point, b: Point) -> frozenset | None:
        """`_SegmentGrid.cells_of` (as a set), each answer kept for the update."""
        key = (a, b)
        if key in self.memo:
            return self.memo[key]
        found = _CELLS.cells_of(a, b)
        cells = self.memo[key] = None if found is None else frozenset(found)
        return cells


class PeopleCheck:
    """Whether the questions a tie asked of the people's grid get the same answers from the
    new grid as from the old (live_routes.py's docstring, 2)."""

    def __init__(self, moved: list[Circle], grid: CircleGrid, old_grid: CircleGrid | None, asking: PeopleGrid,
                 old_asking: PeopleGrid | None) -> None:
        self.moved = moved
        self.unchanged = old_grid is grid
        self.asking, self.old_asking = asking, old_asking
        # the box of the cells each of them is filed in, a unit larger all round for rounding
        cell = grid.cell
        self.boxes = []
        for x, y, r in moved:
            reach = r + _PAD
            self.boxes.append((math.floor((x - reach) / cell) * cell - 1.0, math.floor((y - reach) / cell) * cell - 1.0,
                               (math.floor((x + reach) / cell) + 1) * cell + 1.0,
                               (math.floor((y + reach) / cell) + 1) * cell + 1.0))
        # a segment of more steps than a grid has cells: `along` looks at the whole grid
        self.step = cell / 4
        self.fewest_cells = min(len(grid.cells), len(old_grid.cells)) if old_grid is not None else 0

    def same(self, tie: Tie) -> bool:
        if self.unchanged or not tie.asked:
            return True
        left, top, right, bottom = tie.box
        step, fewest = self.step, self.fewest_cells
        if math.hypot(right - left, bottom - top) / step + 1 < fewest and not any(
                x0 <= right and x1 >= left and y0 <= bottom and y1 >= top for x0, y0, x1, y1 in self.boxes):
            return True
        for p0, p1 in tie.asked:
            everywhere = math.hypot(p1[0] - p0[0], p1[1] - p0[1]) / step + 1 >= fewest
            passed = [c for c, box in zip(self.moved, self.boxes) if _meets(p0, p1, box)]
            if not everywhere and not passed:
                continue
            skip = tie.ends[1]
            seen = tie.seen.get((p0, p1))
            if seen is None:
                assert self.old_asking is not None
                seen = tie.seen[(p0, p1)] = self.old_asking.seen(p0, p1, skip)
            if (len(seen) >= 2 or any(distance_to_segment((x, y), p0, p1)[0] < r + CLEARANCE for x, y, r in passed)) \
                    and self.asking.seen(p0, p1, skip) != seen:
                return False
        return True


class Delta:
    """Δ, the segments that differ among the ties before a tie (live_routes.py's docstring, 3),
    followed the other way round: each segment that joins Δ is looked for at once among the
    questions asked in its cells by the ties after it (`asking`: by cell, kept from update to
    update), and a tie whose answer it may change is marked (`dirty`)."""

    def __init__(self, asking: Asking, ties: dict[str, Tie]) -> None:
        self.asking = asking
        self.ties = ties  # (the ties as they were worked out: those still to come)
        self.dirty: set[str] = set()

    def add(self, cut: Cut, after: dict[str, int], here: int) -> None:
        """The segments of `cut` differ for the ties whose place in `after` is past `here`."""
        asking, dirty, ties = self.asking, self.dirty, self.ties
        for seg, cells in cut:
            if cells is None:
                candidates = set(asking.ties)
            else:
                candidates = set(asking.long)
                for c in cells:
                    candidates.update(asking.at.get(c, ()))
            (cx, cy), (dx, dy) = seg
            seg_left, seg_right = (cx, dx) if cx <= dx else (dx, cx)
            seg_low, seg_high = (cy, dy) if cy <= dy else (dy, cy)
            for tid in candidates:
                if tid in dirty or after.get(tid, -1) <= here:
                    continue
                tie = ties[tid]
                questions = tie.asked_about()
                left, right, low, high = tie.qbox
                if seg_right < left or seg_left > right or seg_high < low or seg_low > high:
                    continue  # (far from every question's box)
                if _lies_on_a_question(seg, cells, questions):
                    dirty.add(tid)


class Asking:
    """Which ties asked the ties' grid about a segment in which cell (a long one: `long`)."""

    def __init__(self) -> None:
        self.at: dict[tuple[int, int], set[str]] = {}
        self.long: set[str] = set()
        self.ties: set[str] = set()

    def add(self, tid: str, tie: Tie) -> None:
        if not tie.asked_ties:
            return
        self.ties.add(tid)
        for c in tie.cells:
            self.at.setdefault(c, set()).add(tid)
        if tie.long_asked:
            self.long.add(tid)

    def remove(self, tid: str, tie: Tie) -> None:
        self.ties.discard(tid)
        for c in tie.cells:
            self.at[c].discard(tid)
        self.long.discard(tid)


def _lies_on_a_question(seg: Seg, cells: frozenset | None, questions: list[tuple]) -> bool:
    """Whether `lying_on(a, b)` could find `seg` for a question a-b of `questions`
    (Tie.asked_about): it is looked for in a-b's cells (or it, or a-b, is long), near a-b's
    box, and lies on a-b."""
    (cx, cy), (dx, dy) = seg
    vx, vy = dx - cx, dy - cy
    other = math.hypot(vx, vy)
    if other < 1:
        return False  # (on_top finds nothing on a segment this short)
    for a, b, asked_cells, ux, uy, length, left, right, low, high in questions:
        # as lying_on: only a segment within reach of a-b's box can lie on it
        if (cx < left and dx < left) or (cx > right and dx > right) or (cy < low and dy < low) \
                or (cy > high and dy > high):
            continue
        if cells is not None and asked_cells is not None and asked_cells.isdisjoint(cells):
            continue
        if _apart_from(a, ux, uy, length, _REACH * length, cx, cy, dx, dy, vx, vy, other):
            continue
        if on_top(a, b, *seg):
            return True
    return False


def _apart_from(a: Point, ux: float, uy: float, length: float, beside: float, cx: float, cy: float, dx: float,
                dy: float, vx: float, vy: float, other: float) -> bool:
    """True when c-d cannot lie on a-b (`on_top` would say no): not near the same direction
    (on_top's first test, a little wider), or all of it farther than the gap from a-b's line,
    on one side. (u = b - a, v = d - c, with their lengths; `beside` = (gap + 1) · length.)"""
    if other < 1 or abs(ux * vy - uy * vx) > 0.125 * length * other:
        return True
    side_c, side_d = ux * (cy - a[1]) - uy * (cx - a[0]), ux * (dy - a[1]) - uy * (dx - a[0])
    return (side_c > beside and side_d > beside) or (side_c < -beside and side_d < -beside)


def _meets(p0: Point, p1: Point, box: tuple[float, float, float, float]) -> bool:
    """Whether the segment p0-p1 passes through the box (left, top, right, bottom)."""
    x0, y0, x1, y1 = box
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, p0[0] - x0), (dx, x1 - p0[0]), (-dy, p0[1] - y0), (dy, y1 - p0[1])):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            if t > hi:
                return False
            lo = max(lo, t)
        else:
            if t < lo:
                return False
            hi = min(hi, t)
    return True
