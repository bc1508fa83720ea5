"""Making room for a cloud that grows: its neighbours pushed aside only as far as needed.

A family watches its map being drawn and learns where each cloud is. When a cloud grows
(a person added) or the family grows (a member added), the clouds in the way must make
room - but a cloud that jumps to its neighbour's place, or a whole side that slides along
when one cloud at its end grew, makes the family lose its bearings. So here every cloud
keeps its side of the family (the row above, the column to the right, the row below, the
column to the left, as it stands now) and its order there, and moves only when something
is in its way, and only as far as that needs:

- along its side, the clouds of a side keep GAP between them: where two came closer, they
  are pushed apart by the least movement in all (the sum of the squared distances moved,
  see `_pushed`): a cloud that grew in the middle of a row pushes both neighbours outwards
  by half its growth each, one that grew at the end of a row moves outwards itself and
  pushes its neighbour a little; clouds farther along move only if pushed in turn;
- away from the family, a column keeps GAP from the family, and a row keeps GAP from the
  family and from the column clouds under or over it: a cloud closer than that is moved
  out, one farther away stays where it is (nothing is pulled in).

A cloud that grew keeps the edge that faces the family and its middle along its side (it
grows outwards and to both sides); a cloud drawn or arranged by hand has grown as
placement.place_in_domain grew it.

keep_compact.settle takes this unless the map would then be too small to read from across
the table (it shows below READABLE on the laptop's canvases) and arranged anew, as
compact.arrange_scored arranges it, it shows MUCH_LARGER: then it is arranged anew (clouds
may then slide round a corner, as they did at every addition before). The standard
template's wide ring is such a map: the first addition brings its clouds in close.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from .compact import GAP, MARGIN, VIEWS, cloud_size, corners_fit
from .layout import PERSON_W
from .objects import Domain

Box = tuple[float, float, float, float]  # centre x, centre y, width, height
Oval = tuple[float, float, float, float]  # the family's oval: left, top, width, height
Places = list[tuple[float, float]]  # the family members' places
Sides = tuple[list[str], list[str], list[str], list[str]]
"""The clouds above the family (left to right), to its right (top to bottom), below it
(left to right) and to its left (top to bottom)."""

READABLE = 1.0
"""A map that shows at least this large on the laptop's canvases (`zoom`: names of 12 px in
the normal view, 20 px in the family view) is read from across the table: keep_compact.settle
only pushes its clouds aside."""
MUCH_LARGER = 1.03
"""How much larger a map that would show smaller than READABLE with its clouds pushed aside
must show arranged anew for keep_compact.settle to arrange it anew."""


def sides_of(boxes: Mapping[str, Box], family: Box) -> Sides:
    """The side of the family each cloud stands on, as compact.repack tells it (above: its
    bottom edge above the family's top; below: its top edge below the family's bottom;
    else right or left of the family's middle), each side in order along it."""
    fx, fy, fw, fh = family
    ft = fy - fh / 2
    top: list[str] = []
    right: list[str] = []
    bottom: list[str] = []
    left: list[str] = []
    for i, (x, y, _w, h) in boxes.items():
        if y + h / 2 <= ft + 1:
            top.append(i)
        elif y - h / 2 >= ft + fh - 1:
            bottom.append(i)
        else:
            (right if x >= fx else left).append(i)
    top.sort(key=lambda i: boxes[i][0])
    bottom.sort(key=lambda i: boxes[i][0])
    right.sort(key=lambda i: boxes[i][1])
    left.sort(key=lambda i: boxes[i][1])
    return top, right, bottom, left


def _pushed(at: list[float], sizes: list[float]) -> list[float]:
    """Centres along a side, in order, as near as can be to `at` (the least sum of squared
    moves) with GAP between neighbours (`sizes`: their extents along the side). Unchanged
    where they keep GAP already. (Pool adjacent violators on the centres less the room
    the clouds before each take.)"""
    offsets = [0.0]
    for a, b in zip(sizes, sizes[1:]):
        offsets.append(offsets[-1] + (a + b) / 2 + GAP)
    blocks: list[list[float]] = []  # [mean, count]
    for x, off in zip(at, offsets):
        blocks.append([x - off, 1.0])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            mean, count = blocks.pop()
            prev = blocks[-1]
            prev[0] = (prev[0] * prev[1] + mean * count) / (prev[1] + count)
            prev[1] += count
    out: list[float] = []
    for mean, count in blocks:
        out += [mean] * int(count)
    return [z + off for z, off in zip(out, offsets)]


def _apart(a: float, wa: float, b: float, wb: float) -> bool:
    """True when two extents (centre, size) keep GAP between them."""
    return abs(a - b) >= (wa + wb) / 2 + GAP


def make_room(boxes: Mapping[str, Box], sides: Sides, family: Box) -> dict[str, Box]:
    """New boxes for the clouds (`boxes`: each at its new size where it grew, `sides`: from
    `sides_of` before the change) around the family's box (`family`: centre x, centre y,
    width, height, as it is to be) such that none comes within GAP of another on its side,
    of the family, or (a row) of a column cloud under or over it; each cloud moved as little
    as that needs. Rounded as positions are stored."""
    return _rounded(_made_room(boxes, sides, family))


def _rounded(boxes: Mapping[str, Box]) -> dict[str, Box]:
    return {i: (round(x, 1), round(y, 1), round(w, 1), round(h, 1)) for i, (x, y, w, h) in boxes.items()}


def _made_room(boxes: Mapping[str, Box], sides: Sides, family: Box) -> dict[str, Box]:
    """make_room's boxes, not rounded (the trials of shapes are many; only the one taken is stored)."""
    fx, fy, fw, fh = family
    out = {i: list(b) for i, b in boxes.items()}
    top, right, bottom, left = sides
    # the columns: apart along their side, then out of the family's way
    for column, sign in ((right, 1), (left, -1)):
        ys = _pushed([out[i][1] for i in column], [out[i][3] for i in column])
        for i, y in zip(column, ys):
            box = out[i]
            box[1] = y
            edge = fx + sign * (fw / 2 + GAP + box[2] / 2)  # (where its centre may come nearest)
            if not _apart(box[1], box[3], fy, fh) and sign * (box[0] - edge) < 0:
                box[0] = edge
    columns = [out[i] for i in (*right, *left)]
    # the rows: apart along their side, then out of the way of the family and the columns
    for row, sign in ((top, -1), (bottom, 1)):
        xs = _pushed([out[i][0] for i in row], [out[i][2] for i in row])
        for i, x in zip(row, xs):
            box = out[i]
            box[0] = x
            under = [(cy, ch) for cx, cy, cw, ch in [(fx, fy, fw, fh), *columns]
                     if not _apart(box[0], box[2], cx, cw)]
            for _ in range(len(under)):  # (each clearance moves it outwards: one round per obstacle at most)
                way = [cy + sign * ((ch + box[3]) / 2 + GAP) for cy, ch in under if not _apart(box[1], box[3], cy, ch)]
                if not way:
                    break
                box[1] = min(way) if sign < 0 else max(way)  # (just clear of what is in its way)
    return out  # type: ignore[return-value]  # (lists of four, read as boxes)


def zoom(boxes: Mapping[str, Box] | list[Box], family: Box) -> float:
    """How large a map of these clouds round this family shows on the laptop's canvases
    (compact.VIEWS), relative to what its names need: its bounding box, as compact's
    arrangement is scored."""
    fx, fy, fw, fh = family
    left, right, top, bottom = fx - fw / 2, fx + fw / 2, fy - fh / 2, fy + fh / 2
    for x, y, bw, bh in (boxes.values() if isinstance(boxes, Mapping) else boxes):
        if x - bw / 2 < left:
            left = x - bw / 2
        if x + bw / 2 > right:
            right = x + bw / 2
        if y - bh / 2 < top:
            top = y - bh / 2
        if y + bh / 2 > bottom:
            bottom = y + bh / 2
    w, h = right - left + 2 * MARGIN, bottom - top + 2 * MARGIN
    return min(min(vw / w, vh / h) / need for vw, vh, need in VIEWS)


def _anchored(old: Box, size: tuple[float, float], side: int) -> Box:
    """A cloud of `old` box at its new size, grown outwards from the family (the edge facing
    it kept) and to both sides along its side (its middle there kept); `side`: 0 above,
    1 right, 2 below, 3 left of the family."""
    x, y, w, h = old
    nw, nh = size
    if side == 0:
        y += (h - nh) / 2
    elif side == 2:
        y += (nh - h) / 2
    elif side == 1:
        x += (nw - w) / 2
    else:
        x += (w - nw) / 2
    return x, y, nw, nh


def _moved(placed: Mapping[str, Box], before: Mapping[str, Box], skip: str | None) -> float:
    return sum(abs(b[0] - before[i][0]) + abs(b[1] - before[i][1]) for i, b in placed.items() if i != skip)


def pushed_aside(before: Mapping[str, Box], grown: Mapping[str, Box], rows: Collection[str],
                 options: Mapping[str, list[tuple[float, float]]], family_before: Box, family: Box,
                 ) -> tuple[float, dict[str, Box]]:
    """The clouds (`before`: their boxes now) at their new sizes (`grown`: a cloud in `rows`
    grows outwards from the family and to both sides along it, see `_anchored`; another, drawn
    or arranged by hand, as it grew), each on its side of the family as it stands now
    (`family_before`), pushed aside as `make_room` says round the family's box to be
    (`family`); a cloud with `options` (other sizes that hold its people:
    one that grew and may be shaped anew) takes the one that lets the map show largest
    (`zoom`), of equals the one that moves the others least. And that zoom."""
    sides = sides_of(before, family_before)
    side_of = {i: s for s, ids in enumerate(sides) for i in ids}
    boxes = {i: _anchored(b, grown[i][2:], side_of[i]) if i in rows and grown[i][2:] != b[2:] else grown[i]
             for i, b in before.items()}
    placed = _made_room(boxes, sides, family)
    best = zoom(placed, family)
    for i, shapes in options.items():  # (one cloud after another, each with the best shapes of those before)
        chosen = (best, -_moved(placed, before, i), placed, boxes[i])
        for size in shapes:
            if size == (boxes[i][2], boxes[i][3]):
                continue
            box = _anchored(before[i], size, side_of[i])
            trial = _made_room({**boxes, i: box}, sides, family)
            score = (zoom(trial, family), -_moved(trial, before, i), trial, box)
            if score[0] > chosen[0] + 1e-9 or (score[0] > chosen[0] - 1e-9 and score[1] > chosen[1]):
                chosen = score
        best, _m, placed, boxes[i] = chosen
    placed = _rounded(placed)
    return zoom(placed, family), placed


def steady(m, shapes: Mapping[str, Domain], rows: Collection[str], counts: Mapping[str, int],
           label_widths: Mapping[str, float], families: list[tuple[Places, Oval]], family_before: Oval,
           ) -> tuple[float, Places, dict[str, Box]]:
    """keep_compact.settle's first choice: the clouds of the map `m` at their new `shapes`
    (those in `rows`, kept in rows by Skymap, may be shaped anew where they grew: `counts`
    people, `label_widths`) pushed aside only as far as needed round the family in the best
    of its arrangements (`families`: each member's place and the family's oval (left, top,
    width, height) for each; `family_before`: its oval now). Returns how large the map then
    shows (`zoom`), the family members' places and every cloud's box."""
    before = {d.id: (d.x, d.y, d.width, d.height) for d in m.domains}
    grown = {i: (d.x, d.y, d.width, d.height) for i, d in shapes.items()}
    options: dict[str, list[tuple[float, float]]] = {}
    for i, d in shapes.items():
        if i in rows and (grown[i] != before[i] or not corners_fit(counts[i], d.width, d.height)):
            shaped = list(dict.fromkeys(cloud_size(counts[i], c, 2 * PERSON_W, label_widths.get(i, 0.0))
                                        for c in range(1, 6)))  # (a few people: fewer shapes)
            if not corners_fit(counts[i], d.width, d.height):
                grown[i] = (d.x, d.y, *shaped[min(1, len(shaped) - 1)])  # (rows of two; the others are tried)
            options[i] = shaped
    best: tuple[float, Places, dict[str, Box]] | None = None
    for at, oval in families:
        shown, placed = pushed_aside(before, grown, rows, options, _centred(family_before), _centred(oval))
        if best is None or shown > best[0] + 1e-9:
            best = (shown, at, placed)
    assert best is not None  # (there is always one arrangement of the family)
    return best


def worth_arranging(steady: tuple[float, Places, dict[str, Box]]) -> bool:
    """True when the map with its clouds pushed aside (`steady`'s) shows too small to read:
    the map arranged anew may show it larger (see `choose`)."""
    return steady[0] < READABLE


def choose(steady: tuple[float, Places, dict[str, Box]], anew: tuple[float, Places, dict[str, Box]] | None,
           families: list[tuple[Places, Oval]]) -> tuple[Places, dict[str, Box]]:
    """The family's places and the clouds' boxes keep_compact.settle takes: the clouds pushed
    aside (`steady`), unless the map arranged anew (`anew`: compact.arrange_scored's, asked
    only where `worth_arranging`; None when not asked) shows MUCH_LARGER."""
    if anew is not None:
        _score, at, placed = anew
        oval = next(o for places, o in families if places == at)
        if zoom(placed, _centred(oval)) > steady[0] * MUCH_LARGER:
            return at, placed
    return steady[1], steady[2]


def _centred(oval: Oval) -> Box:
    left, top, w, h = oval
    return left + w / 2, top + h / 2, w, h
