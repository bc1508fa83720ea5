"""The search behind compact.arrange: which way round the family is the best.

A way round the family is a rotation of the ring of clouds (which cloud starts the top
row), a split (how many clouds go to the top row, the right column, the bottom row and
the left column) and a set of shapes (2, 3 or 4 people side by side). Each is scored by how
large the map shows on the laptop's canvases (its zoom) times how little the clouds turn
from where they stood (`kept`) and how little narrowness it costs. arrange tunes the
clouds' shapes of the SHAPED best ways and keeps the best of those.

With nine clouds there are about 3,000 ways; scoring every one of them took most of the
time of an addition. They are now taken best-`kept` first, and the search stops as soon as
no way left can reach the SHAPED best scores found so far. What a way can reach is kept x
narrowness x the most its zoom can be: the map is at least as wide as the family with the
narrowest columns of its split's lengths beside it, and as the narrowest rows of its
lengths, at least as high as the lowest of those together, and its box holds the clouds'
area (each cloud with the gap kept round it). A way is scored in full only when that
leaves it a chance. The ways chosen, their order and every float are exactly those of
scoring every way and taking heapq.nsmallest(SHAPED, ..., key=-score) (stable: the first
of equal scores); tests/model/test_placement_golden.py holds placement to that.

The tuning of the shapes (`shape`) measures a trial only when it can make the map
narrower where its width limits it, or lower where its height does; others cannot show
it larger and would be refused.
"""

from __future__ import annotations

import heapq
import math
from functools import lru_cache
from operator import add, itemgetter

Size = tuple[float, float]
Split = tuple[int, int, int, int]
Way = tuple[float, int, Split, int]
"""(penalty, rotation, split, which size set) of one way round the family."""


@lru_cache(maxsize=64)
def splits(n: int) -> tuple[Split, ...]:
    """Every way to share n clouds out as (top, right, bottom, left), sides at most 3."""
    out = []
    for right in range(min(3, n) + 1):
        for left in range(min(3, n - right) + 1):
            rest = n - right - left
            for top in range(rest + 1):
                out.append((top, right, rest - top, left))
    return tuple(out)


@lru_cache(maxsize=1024)
def _targets(side: int, count: int) -> tuple[float, ...]:
    """Where the `count` clouds of a side would stand round the family (angles)."""
    return tuple(math.pi / 2 * (side - 0.5 + (j + 0.5) / count) for j in range(count))


@lru_cache(maxsize=64)
def _turn_terms(n: int) -> tuple[itemgetter, tuple[float, ...], list[list[tuple[int, int]]]]:
    """How the turns of n clouds are summed: which angle (of the ring twice round) and
    which target each term takes, and for each side the stretch of terms of each
    (start, count) — count 0 ... n for the rows, 0 ... 3 for the columns — in that order."""
    angle_of: list[int] = []
    targets: list[float] = []
    stretches: list[list[tuple[int, int]]] = []
    for side in range(4):
        most = n if side % 2 == 0 else min(3, n)
        stretch = []
        for start in range(n):
            for count in range(most + 1):
                lo = len(targets)
                angle_of += range(start, start + count)
                targets += _targets(side, count)
                stretch.append((lo, len(targets)))
        stretches.append(stretch)
    return itemgetter(*angle_of), tuple(targets), stretches


@lru_cache(maxsize=4)
def _shifts(angles: tuple[float, ...]) -> tuple[list[float], list[int]]:
    """How far the clouds turn in all (the sum of each side's turns, in arrange's order of
    addition) for each (rotation, split), and those indices least turned first. (Kept for
    the next call: the family in one row and in two is mostly centred on the same point.)"""
    n = len(angles)
    pick_angles, targets, stretches = _turn_terms(n)
    pi, tau = math.pi, 2 * math.pi
    # how far each cloud would turn to each place (wrapped to -pi ... pi), then summed for
    # each side, start and count as they always were (sum() of each, in order; 0 for none)
    terms = [abs((a - t + pi) % tau - pi) for a, t in zip(pick_angles(angles + angles), targets)]
    t0, t1, t2, t3 = (pick([sum(terms[lo:hi]) for lo, hi in stretch]) for pick, stretch in zip(_picks(n), stretches))
    shift = list(map(add, map(add, map(add, t0, t1), t2), t3))
    return shift, sorted(range(len(shift)), key=shift.__getitem__)


@lru_cache(maxsize=64)
def _picks(n: int) -> tuple[itemgetter, ...]:
    """For each side, what picks its turn for every (rotation, split) out of the flattened
    table of _turns (rows of n + 1 counts for the rows, of 4 for the columns)."""
    top_w, side_w = n + 1, min(3, n) + 1
    picks: list[list[int]] = [[], [], [], []]
    for rotation in range(n):
        for top, right, bottom, left, tr, trb in _spread(n):
            picks[0].append(rotation * top_w + top)
            picks[1].append((rotation + top) % n * side_w + right)
            picks[2].append((rotation + tr) % n * top_w + bottom)
            picks[3].append((rotation + trb) % n * side_w + left)
    return tuple(itemgetter(*p) for p in picks)


@lru_cache(maxsize=64)
def _spread(n: int) -> tuple[tuple[int, int, int, int, int, int], ...]:
    """splits(n), each with top + right and top + right + bottom."""
    return tuple((t, r, b, le, t + r, t + r + b) for t, r, b, le in splits(n))


@lru_cache(maxsize=16)
def _runs(sizes: tuple[Size, ...], gap: float) -> tuple[list[list[Size]], list[list[Size]],
                                                       tuple[list[float], ...]]:
    """For the ring's clouds `sizes`, twice round: the run of `length` clouds from
    ring[start] side by side (row[start][length]: width, height + gap) and one above the
    other (column[start][length], length up to 3: width + gap, height); summed in the order
    compact's rows and columns are; (0.0, 0.0) for none. And the least width and height of
    a row of each length, and of a column (with their gaps, as above)."""
    n = len(sizes)
    rows, columns = [], []
    for start in range(n):
        row = [(0.0, 0.0)]
        w, h = 0.0, 0.0
        for length in range(1, n + 1):
            sw, sh = sizes[(start + length - 1) % n]
            w, h = w + sw + (gap if length > 1 else 0.0), max(h, sh)
            row.append((w, h + gap))
        column = [(0.0, 0.0)]
        w, h = 0.0, 0.0
        for length in range(1, min(3, n) + 1):
            sw, sh = sizes[(start + length - 1) % n]
            w, h = max(w, sw), h + sh + (gap if length > 1 else 0.0)
            column.append((w + gap, h))
        rows.append(row)
        columns.append(column)
    low = [min(row[length][0] for row in rows) for length in range(n + 1)], \
        [min(row[length][1] for row in rows) for length in range(n + 1)], \
        [min(column[length][0] for column in columns) for length in range(len(columns[0]))], \
        [min(column[length][1] for column in columns) for length in range(len(columns[0]))]
    return rows * 2, columns * 2, low


def best_ways(angles: list[float], size_sets: list[tuple[float, list[Size]]], fw: float, fh: float,
              stay: float, views, shaped: int, gap: float, margin: float) -> list[Way]:
    """The `shaped` best ways round a family of fw x fh, best first. `angles`: each
    cloud's angle round the family, in ring order; `size_sets`: (narrowness factor, each
    ring cloud's size) for each set of shapes; `views`, `gap`, `margin`: compact's."""
    n = len(angles)
    all_splits = _spread(n)
    count = len(all_splits)
    shift_of, order = _shifts(tuple(angles))
    (aw, ah, a_need), (bw_, bh_, b_need) = views
    cw, ch = min(aw / a_need, bw_ / b_need), min(ah / a_need, bh_ / b_need)
    reach = math.sqrt(cw * ch)
    edge = 2 * margin
    slack = 1 + 1e-9
    sets = []
    for narrow, sizes in size_sets:
        area = sum((w + gap) * (h + gap) for w, h in sizes) + (fw + gap) * (fh + gap)
        # min(cw / w, ch / h) <= sqrt(cw * ch / (w * h)), and w * h >= (sqrt(area) + 2 * margin - gap) ** 2
        bound = reach / (math.sqrt(area) + edge - gap) * narrow * slack
        row, column, (row_w, row_h, column_w, column_h) = _runs(tuple(sizes), gap)
        # the map is at least as wide as its band and its top and bottom rows, and as high as
        # they are together: with the narrowest and lowest runs of each length (the band's
        # least width and height for each number of clouds right and left)
        band_w = [[fw + 2 * (wr if wr > wl else wl) for wl in column_w] for wr in column_w]
        band_h = [[max(fh, hr, hl) for hl in column_h] for hr in column_h]
        reached = []
        for top, right, bottom, left in splits(n):
            w = band_w[right][left]
            x = row_w[top]
            if x > w:
                w = x
            x = row_w[bottom]
            if x > w:
                w = x
            x, y = cw / (w + edge), ch / (band_h[right][left] + row_h[top] + row_h[bottom] + edge)
            x = (y if y < x else x) * narrow * slack
            reached.append(bound if bound < x else x)
        sets.append((reached, narrow, row, column))
    reach_of = [max(bounds) for bounds in zip(*(s[0] for s in sets))]  # (a way's best over the shape sets)
    most = max(reach_of)
    # (kept = 1 - stay x shift / n falls as the shift grows; with stay below 0 or kept below 0,
    # which it can be when stay x pi >= 1, no bound holds: every way is scored)
    prune = stay >= 0 and stay * math.pi < 1
    best: list[float] = []  # the `shaped` best scores so far (a heap)
    found: list[tuple[float, int, float]] = []  # (score, index, penalty)
    floor = -math.inf
    for index in order:
        kept = 1 - stay * shift_of[index] / n
        if prune and kept * most < floor:
            break  # (least turned first: no way left can reach the best)
        rotation, s = divmod(index, count)
        if prune and kept * reach_of[s] < floor:
            continue
        top, right, bottom, left, tr, trb = all_splits[s]
        for which, (bounds, narrow, row, column) in enumerate(sets):
            if prune and kept * bounds[s] < floor:
                continue
            tw, th = row[rotation][top]  # (heights with the gap below them, widths as they are)
            bw, bh = row[rotation + tr][bottom]
            rw, rh = column[rotation + top][right]  # (widths with the gap beside them)
            lw, lh = column[rotation + trb][left]
            # (compact's extent: the band centred on the family, its widest side counted twice)
            w = fw + 2 * (rw if rw > lw else lw)
            if tw > w:
                w = tw
            if bw > w:
                w = bw
            w = w + edge
            h = fh
            if lh > h:
                h = lh
            if rh > h:
                h = rh
            h = h + th + bh + edge
            x, y = aw / w, ah / h
            zoom = (y if y < x else x) / a_need
            x, y = bw_ / w, bh_ / h
            other = (y if y < x else x) / b_need
            if other < zoom:
                zoom = other
            penalty = kept * narrow
            score = zoom * penalty
            if score < floor:
                continue
            found.append((score, index * len(sets) + which, penalty))
            if len(best) < shaped:
                heapq.heappush(best, score)
                if len(best) == shaped:
                    floor = best[0]
            elif score > best[0]:
                heapq.heapreplace(best, score)
                floor = best[0]
    found.sort(key=lambda f: (-f[0], f[1]))
    out: list[Way] = []
    for _score, key, penalty in found[:shaped]:
        index, which = divmod(key, len(sets))
        rotation, s = divmod(index, count)
        out.append((penalty, rotation, all_splits[s][:4], which))
    return out


def shape(parts: tuple[list[str], ...], sizes: dict[str, Size], options: list[tuple[str, list[Size]]],
          fw: float, fh: float, views, gap: float, margin: float) -> tuple[float, dict[str, Size]]:
    """The clouds of one way round the family (`parts`: the ids of the top row, right
    column, bottom row and left column) each given the shape among `options` (id, its
    sizes for 1 ... 5 people side by side; clouds that may be reshaped, in the map's order)
    that lets the map show largest, one cloud at a time, up to three rounds; and how large
    the map then shows. A trial reshapes one cloud: only its side is measured again (the
    sums and maxima as compact's rows and columns, the extent as compact's)."""
    (aw, ah, a_need), (bw_, bh_, b_need) = views
    edge = 2 * margin
    widths = [[sizes[i][0] for i in part] for part in parts]
    heights = [[sizes[i][1] for i in part] for part in parts]
    where = {i: (s, k) for s, part in enumerate(parts) for k, i in enumerate(part)}
    # each side as (width, height), with the gap the extent adds where the side holds a cloud:
    # rows' heights and columns' widths (0.0 for an empty side)
    sides: list[Size] = []
    for s, (ws, hs) in enumerate(zip(widths, heights)):
        if not ws:
            sides.append((0.0, 0.0))
        elif s % 2:
            sides.append((max(ws) + gap, sum(hs) + gap * (len(hs) - 1)))
        else:
            sides.append((sum(ws) + gap * (len(ws) - 1), max(hs) + gap))

    def fit(sides: list[Size]) -> tuple[float, float]:
        """How large the map shows as far as its width allows, and as its height allows
        (the smaller of the two is how large it shows: compact's min over the views)."""
        (tw, th), (rw, rh), (bw, bh), (lw, lh) = sides
        h = fh
        if lh > h:
            h = lh
        if rh > h:
            h = rh
        w = fw + 2 * (rw if rw > lw else lw)
        if tw > w:
            w = tw
        if bw > w:
            w = bw
        w, h = w + edge, h + th + bh + edge
        a, b = aw / w / a_need, bw_ / w / b_need
        c, d = ah / h / a_need, bh_ / h / b_need
        return (a if a < b else b), (c if c < d else d)

    def stuck(sides: list[Size]) -> tuple[list[bool], list[bool]]:
        """For each side: True when no reshaping of its clouds can make the map narrower
        (first list), or lower (second list; for a row: see the trial)."""
        (tw, _th), (rw, rh), (bw, _bh), (lw, lh) = sides
        band_w = fw + 2 * (rw if rw > lw else lw)
        # (the widest of the band and the two rows sets the width, the band through its wider
        # column; the band's height is the family's or its higher column's)
        band_wider = band_w > tw and band_w > bw
        return ([tw <= band_w or tw <= bw, not (band_wider and rw > lw), bw <= band_w or bw <= tw,
                 not (band_wider and lw > rw)],
                [False, rh <= fh or rh <= lh, False, lh <= fh or lh <= rh])

    by_width, by_height = fit(sides)
    current = by_width if by_width < by_height else by_height
    no_narrower, no_lower = stuck(sides)
    sizes = dict(sizes)
    for _round in range(3):
        better = False
        for i, shapes in options:
            s, k = where[i]
            column = s % 2
            # (no shape of this cloud can make the map narrower, or lower, where that limits it)
            if (by_width == current and no_narrower[s]) or \
                    (by_height == current and (no_lower[s] or (not column and sizes[i][1] < max(heights[s])))):
                continue
            for reshaped in shapes:
                old = sizes[i]
                if reshaped != old:
                    # (a trial that cannot make the map narrower where its width limits it, or
                    # lower where its height does, cannot show it larger: not measured; in a
                    # row, only its highest cloud can make it lower)
                    if by_width == current and (reshaped[0] >= old[0] or no_narrower[s]):
                        continue
                    if by_height == current and (reshaped[1] >= old[1] or no_lower[s]
                                                 or (not column and old[1] < max(heights[s]))):
                        continue
                    ws, hs = list(widths[s]), list(heights[s])
                    ws[k], hs[k] = reshaped
                    trial = list(sides)
                    if column:
                        trial[s] = (max(ws) + gap, sum(hs) + gap * (len(hs) - 1))
                    else:
                        trial[s] = (sum(ws) + gap * (len(ws) - 1), max(hs) + gap)
                    trial_w, trial_h = fit(trial)
                    score = trial_w if trial_w < trial_h else trial_h
                    if score > current + 1e-6:
                        sizes[i], current, better, sides = reshaped, score, True, trial
                        widths[s], heights[s] = ws, hs
                        by_width, by_height = trial_w, trial_h
                        no_narrower, no_lower = stuck(sides)
        if not better:
            break
    return current, sizes
