"""compact.arrange_scored as it was before placement was made faster: every way round the
family scored, the SHAPED best by heapq.nsmallest, each cloud's shape tuned on a copy of
the sizes per trial. Kept here (only for tests/model/test_placement_golden.py) as the
reference the bounded search of model/ways_round.py must equal exactly."""

from __future__ import annotations

import heapq
import math
from collections.abc import Set

from skymap.model.compact import GAP, MARGIN, SHAPED, VIEWS, _column, _extent_of, _place, _row, cloud_size
from skymap.model.objects import Domain

Size = tuple[float, float]


def _splits(n: int):
    for right in range(min(3, n) + 1):
        for left in range(min(3, n - right) + 1):
            rest = n - right - left
            for top in range(rest + 1):
                yield top, right, rest - top, left


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
    n = len(domains)

    angles = {d.id: math.atan2(d.x - fx, -(d.y - fy)) % (2 * math.pi) for d in domains}

    def angle(d: Domain) -> float:
        return angles[d.id]

    ring = sorted(domains, key=angle)
    turns: dict[tuple[int, int, int], float] = {}

    def turn(side: int, start: int, count: int) -> float:
        """How far the `count` clouds from ring[start] turn when they make up that side."""
        key = (side, start % n, count)
        if key not in turns:
            turns[key] = sum(abs(_wrap(angle(ring[(start + j) % n]) - math.pi / 2 * (side - 0.5 + (j + 0.5) / count)))
                             for j in range(count))
        return turns[key]

    size_sets = [(columns, {d.id: (d.width, d.height) if d.id in fixed else
                            cloud_size(counts.get(d.id, 0), columns, label_w=label_widths.get(d.id, 0.0))
                            for d in domains}) for columns in (2, 3, 4)]
    (aw, ah, a_need), (bw_, bh_, b_need) = VIEWS
    splits = list(_splits(n))
    # (score, penalty, rotation, split, which size set) of every way round the family; the
    # clouds of each side are sliced out only for the few that are shaped below
    candidates: list[tuple[float, float, int, tuple[int, int, int, int], int]] = []
    # how far the clouds turn when `count` of them from ring[start] make up a side: table[side][start][count]
    table = [[[turn(side, start, count) for count in range(n + 1)] for start in range(n)] for side in range(4)]
    for rotation in range(n):
        seq = ring[rotation:] + ring[:rotation]
        spans = [(1 - 0.01 * columns, *_spans([sizes[d.id] for d in seq])) for columns, sizes in size_sets]
        for split in splits:
            top, right, bottom, left = split
            tr, trb = top + right, top + right + bottom
            # how far the clouds would turn from where they stood around the family
            shift = (table[0][rotation][top] + table[1][(rotation + top) % n][right]
                     + table[2][(rotation + tr) % n][bottom] + table[3][(rotation + trb) % n][left])
            kept = 1 - stay * shift / n
            for which, (narrow, row, column) in enumerate(spans):
                # (the same sums as _extent, from the spans of this ring; max() and min()
                # written out — the same numbers, without a call each for thousands of candidates)
                tw, th = row[0][top]
                rw, rh = column[top][tr]
                bw, bh = row[tr][trb]
                lw, lh = column[trb][n]
                x = lw + GAP if left else 0.0
                y = rw + GAP if right else 0.0
                band_w = fw + 2 * (y if y > x else x)
                w = band_w
                if tw > w:
                    w = tw
                if bw > w:
                    w = bw
                w = w + 2 * MARGIN
                h = fh
                if lh > h:
                    h = lh
                if rh > h:
                    h = rh
                h = h + (th + GAP if top else 0.0) + (bh + GAP if bottom else 0.0) + 2 * MARGIN
                # min(min(vw / w, vh / h) / need for vw, vh, need in VIEWS)
                x, y = aw / w, ah / h
                zoom = (y if y < x else x) / a_need
                x, y = bw_ / w, bh_ / h
                other = (y if y < x else x) / b_need
                if other < zoom:
                    zoom = other
                penalty = kept * narrow
                candidates.append((zoom * penalty, penalty, rotation, split, which))
    # the most promising ways round the family, each with every cloud's own shape tuned
    # (one more or one fewer person side by side where that lets the map show larger: a
    # tall cloud above the family made wider, say); the best of them is taken
    best: tuple[float, float, tuple, dict] | None = None
    for _score, penalty, rotation, (top, right, bottom, _left), which in heapq.nsmallest(
            SHAPED, candidates, key=lambda c: -c[0]):  # (= sorted(...)[:SHAPED]: stable, the first of equals)
        seq = ring[rotation:] + ring[:rotation]
        parts = (seq[:top], seq[top:top + right], seq[top + right:top + right + bottom][::-1],
                 seq[top + right + bottom:][::-1])
        current, sizes = _shape(parts, size_sets[which][1], domains, counts, fw, fh, label_widths, fixed)
        if best is None or current * penalty > best[0] * best[1]:
            best = (current, penalty, parts, sizes)
    assert best is not None
    current, _penalty, parts, sizes = best
    return current, _place(parts, sizes, family)


def _shape(parts, sizes: dict[str, Size], domains: list[Domain], counts: dict[str, int], fw: float, fh: float,
           label_widths: dict[str, float], fixed) -> tuple[float, dict[str, Size]]:
    # A trial reshapes one cloud: only its side of the family is measured again.
    side_of = {d.id: i for i, part in enumerate(parts) for d in part}
    filled = tuple(bool(part) for part in parts)

    def side(i: int, sizes: dict[str, Size]) -> Size:
        return (_column if i % 2 else _row)([sizes[d.id] for d in parts[i]])

    def fit(sides: list[Size]) -> float:
        w, h = _extent_of(sides, filled, fw, fh)
        return min(min(vw / (w + 2 * MARGIN), vh / (h + 2 * MARGIN)) / need for vw, vh, need in VIEWS)

    sides = [side(i, sizes) for i in range(4)]
    current = fit(sides)
    for _round in range(3):
        better = False
        for d in domains:
            if d.id in fixed or counts.get(d.id, 0) < 2:
                continue
            for columns in range(1, 6):
                reshaped = cloud_size(counts[d.id], columns, label_w=label_widths.get(d.id, 0.0))
                if reshaped != sizes[d.id]:
                    trial = dict(sizes)
                    trial[d.id] = reshaped
                    trial_sides = list(sides)
                    trial_sides[side_of[d.id]] = side(side_of[d.id], trial)
                    score = fit(trial_sides)
                    if score > current + 1e-6:
                        sizes, current, better, sides = trial, score, True, trial_sides
        if not better:
            break
    return current, sizes


def _spans(sizes: list[Size]) -> tuple[list[list[Size]], list[list[Size]]]:
    """For the clouds `sizes` in a row round the family: the (width, height) of each run
    sizes[a:b] side by side (row[a][b]) and one above the other (column[a][b])."""
    n = len(sizes)
    row = [[(0.0, 0.0)] * (n + 1) for _ in range(n + 1)]
    column = [[(0.0, 0.0)] * (n + 1) for _ in range(n + 1)]
    for a in range(n):
        for b in range(a + 1, n + 1):
            sw, sh = sizes[b - 1]
            row[a][b] = (row[a][b - 1][0] + sw + (GAP if b > a + 1 else 0.0), max(row[a][b - 1][1], sh))
            column[a][b] = (max(column[a][b - 1][0], sw), column[a][b - 1][1] + sh + (GAP if b > a + 1 else 0.0))
    return row, column


def _wrap(a: float) -> float:
    return (a + math.pi) % (2 * math.pi) - math.pi
