"""The ties' routes kept up to date edit by edit, for the screen: after an edit only the ties
whose route can have changed are worked out again, and every route is the one `Routes(m)`
(model/routes.py, worked out from scratch, what the print draws) gives for the map as it is.

Why a kept route is exact. `Routes` works the ties out one by one in the map's order, and
what it does for a tie depends on nothing but
  1. the tie's ends, trimmed at the rims, and whom it may pass over (`tie_ends`);
  2. the answers of the people's grid: each `along(p0, p1)` asked while it bends
     (geometry.route, clear) is read by `_first_in_way` only as the people it yields, in the
     order it yields them, that are nearer the segment than their radius plus a clearance
     of at most CLEARANCE, with their circles (route_questions.PeopleGrid.seen);
  3. the answers of the ties' grid: of each `lying_on(a, b)` asked (routes._apart) only
     whether it found a segment of a tie before this one that a-b lies on.
Every such question is written down as the tie is worked out. After an edit a tie is kept
when 1 is the same and every question would get the same answer now: the same steps then run
on the same answers to the same points. Else it is worked out again (questions anew).
Asking every question again would cost what routing costs, so a question is only looked at
where the answer can have changed:
  - 2. The grid files a person in the cells her circle, `_PAD` wider, touches; `along`
    yields the people filed in the cells it looks in, which hold points of the segment (or,
    for a segment of more steps than the grid has cells, those of every cell near it). So
    the people who did not change (kept in their order: checked, else all is worked out
    again) are yielded in the same order unless someone who came, went or moved is filed
    (before or after) in a cell the segment passes, or the segment is that long. Only then
    is the question looked at: its answer can differ if one of them is (was) nearer than
    radius + CLEARANCE, or in its order if two or more are near it (`along` yields
    everyone that near whatever else the grid holds: tests/model/test_live_routes.py);
    then it is asked of the new grid and compared.
  - 3. Δ holds the segments of the ties that came or went before this one, and both the
    old and the new segments of the ties before it whose route changed: all that differs
    among the ties before it (those that stay keep their order: checked, else all is worked
    out again). `lying_on` looks for a segment filed in a-b's cells (or a long one) near
    a-b's box that lies on a-b (`on_top`); its answer can only differ if such a segment of
    Δ lies on a-b.
The questions and the checks are in model/route_questions.py; tests/model/test_live_routes.py
compares with `Routes(m)` after random edits.
"""

from __future__ import annotations

from typing import cast

from .geometry import CircleGrid, Point, route
from .layout import family_oval
from .objects import FAMILY_ID, SkyMap
from .route_questions import Asking, Circle, Delta, PeopleCheck, PeopleGrid, Tie, TieGrid
from .routes import CLEARANCE, ROUTED_UP_TO, Routes, _apart, _SegmentGrid, people, tie_ends

MOST_MOVED = 0.5
"""With more than this share of the people moved (counted before and after), every tie is
worked out again without looking at each first."""


class LiveRoutes:
    """The ties' routes of a map (`routes`, as `Routes(m).routes`), brought up to date after
    each edit by `update`, which works out again only the ties whose route can have changed
    (see the module's docstring)."""

    def __init__(self, m: SkyMap) -> None:
        self.routes: dict[str, list[Point]] = {}
        self._ties: dict[str, Tie] = {}
        self._order: list[str] = []
        self._circles: dict[str, Circle] = {}
        self._grid: CircleGrid | None = None
        self._segments = TieGrid()
        self._asking = Asking()
        self._people_grid: PeopleGrid | None = None
        self._oval: tuple[float, float, float, float] | None = None
        self.worked_out = 0
        """How many ties the last `update` worked out again (the rest were kept)."""
        self.update(m)

    def update(self, m: SkyMap) -> set[str]:
        """Bring the routes up to date with `m`; returns the ids of the ties whose route
        changed, came or went."""
        circles = people(m)
        if len(circles) > ROUTED_UP_TO:  # straight ties, each on its own: worked out at once
            before, self.routes = self.routes, Routes(m).routes
            self._ties, self._order, self._grid, self._circles = {}, [], None, {}
            self.worked_out = len(m.links)
            return {t for t in {*before, *self.routes} if before.get(t) != self.routes.get(t)}
        family = [f.id for f in m.family]
        left, top, w, h = family_oval([(circles[f][0], circles[f][1]) for f in family], [f.name for f in m.family])
        oval = (left + w / 2, top + h / 2, w, h)
        ties, old_grid = self._ties, self._grid
        # (the oval is as large as the members' names: a family member renamed changes it with
        # nobody moved - every tie is worked out again, as rarely as a name changes)
        everything = old_grid is None or oval != self._oval
        self._oval = oval
        grid: CircleGrid
        moved: list[Circle] | None
        if old_grid is not None and circles == self._circles and list(circles) == list(self._circles):
            grid, moved = old_grid, []
        else:
            grid = CircleGrid(circles)
            moved = self._moved(self._circles, circles)
            # (when a good part of the map moved, as when the clouds make room, most ties are
            # worked out again anyway: then all are, without looking at each first)
            everything = everything or moved is None or len(moved) > len(circles) * MOST_MOVED
        links = m.links
        order = [link.id for link in links]
        present = set(order)
        if not everything:
            everything = [t for t in order if t in ties] != [t for t in self._order if t in present]
        # (the grid as asked last time keeps its answers: asked again, as a check, for free)
        last = self._people_grid if self._people_grid is not None and self._people_grid.grid is old_grid else None
        asking = last if last is not None and grid is old_grid else PeopleGrid(grid)
        old_asking = (last or PeopleGrid(old_grid)) if old_grid is not None and old_grid is not grid else None
        people_check = PeopleCheck(moved or [], grid, old_grid, asking, old_asking)
        segments, asked = self._segments, self._asking
        if everything:
            segments, asked = self._segments, self._asking = TieGrid(), Asking()
        segments.place = place = {t: i for i, t in enumerate(order)}
        segments.memo = {}
        # Δ for the ties still to come: the segments of the ties taken away (for those after
        # them: their old places keep their order), and then of those that change
        delta = Delta(asked, ties)
        if not everything:
            old_place = {t: i for i, t in enumerate(self._order)}
            for t in self._order:
                if t not in present:
                    segments.remove(t, ties[t].cut)
                    asked.remove(t, ties[t])
            for t in self._order:
                if t not in present:
                    delta.add(ties[t].cut, old_place, old_place[t])
        out: dict[str, list[Point]] = {}
        new_ties: dict[str, Tie] = {}
        changed: set[str] = set()
        worked = 0
        the_family = (oval, tuple(family))
        first = 0
        kept = len(self._order)
        if not everything and grid is old_grid and order[:kept] == self._order and all(
                (link.source, link.target) == ties[link.id].given[:2] for link in links[:kept]):
            # only ties drawn at the end since (and nobody moved): the others are as they were
            first, out, new_ties = kept, dict(self.routes), dict(ties)
        for index in range(first, len(links)):
            link = links[index]
            tid = link.id
            source, target = link.source, link.target
            # all that tie_ends reads: the ends' circles (None: not there), for a tie to the
            # family its oval and members
            given = (source, target, circles.get(source),
                     the_family if target == FAMILY_ID else circles.get(target))
            old = ties.get(tid)
            ends = old.ends if old is not None and old.given == given else tie_ends(link, circles, oval, family)
            if old is not None and not everything and old.ends == ends and (
                    ends is None or (tid not in delta.dirty and people_check.same(old))):
                tie = old
            else:
                worked += 1
                if ends is None:
                    tie = Tie(None, None, [], [], [])
                else:
                    (start, end), skip = ends
                    asking.asked, asking.skip, segments.asked, segments.here = [], skip, [], index
                    # (asking and segments stand in for the grids Routes uses: the same answers;
                    # a straight tie with nobody and no tie in its way, as most are, is seen to be
                    # so by the first question route and _apart ask, and they are not called)
                    if asking.along(start, end):
                        points = route(start, end, cast(CircleGrid, asking), skip, CLEARANCE)
                    else:
                        points = [start, end]
                    if len(points) > 2 or segments.lying_on(start, end) is not None:
                        points = _apart(points, cast(_SegmentGrid, segments), cast(CircleGrid, asking), skip)
                    tie = Tie(ends, points, [((a, b), segments.cells_of(a, b)) for a, b in zip(points, points[1:])],
                               asking.asked, segments.asked)
                if old is not None and not everything:
                    asked.remove(tid, old)
                asked.add(tid, tie)
                if everything:  # (the ties' grid is filled anew)
                    segments.add(tid, tie.cut)
                    changed.add(tid)
                elif old is None or tie.points != old.points:
                    changed.add(tid)
                    if old is not None:
                        segments.remove(tid, old.cut)
                        delta.add(old.cut, place, index)
                    segments.add(tid, tie.cut)
                    delta.add(tie.cut, place, index)
            tie.given = given
            new_ties[tid] = tie
            if tie.points is not None:
                out[tid] = tie.points
        before = self.routes  # (a tie kept has the same points; one that went is in no route now)
        changed = {t for t in changed if before.get(t) != out.get(t)} | {t for t in before if t not in out}
        self._ties, self._order, self.routes = new_ties, order, out
        self._grid, self._circles, self._people_grid = grid, circles, asking
        self.worked_out = worked
        return changed

    @staticmethod
    def _moved(old: dict[str, Circle], new: dict[str, Circle]) -> list[Circle] | None:
        """The circles (before and after) of the people who came, went or moved; None when
        those who stayed are in another order (the grid's cells may list them so)."""
        if [k for k in old if k in new] != [k for k in new if k in old]:
            return None
        out = [c for k, c in old.items() if new.get(k) != c]
        out += [c for k, c in new.items() if old.get(k) != c]
        return out
