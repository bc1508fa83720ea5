"""Shapes computed once, as neutral paths that both Qt and reportlab draw.

A path is a list of segments in map coordinates:
    ("M", x, y)                      move to
    ("L", x, y)                      line to
    ("C", x1, y1, x2, y2, x, y)      cubic Bézier to (x, y)
    ("Z",)                           close
The screen and the print draw the same lists, so the print looks like the screen.
"""

from __future__ import annotations

import math
from functools import lru_cache

Segment = tuple
Path = list[Segment]
Point = tuple[float, float]

PERSON_RADIUS = 16.0
"""Radius of the round symbol of a person on the canvas (map units)."""


def _superellipse_point(a: float, b: float, t: float, n: float = 4.0) -> Point:
    c, s = math.cos(t), math.sin(t)
    return (a * math.copysign(abs(c) ** (2 / n), c), b * math.copysign(abs(s) ** (2 / n), s))


def _depth(width: float, height: float) -> float:
    """How far a cloud's bumps stand out from its base line."""
    return max(4.0, min(16.0, width * 0.05, height * 0.07))


@lru_cache(maxsize=512)
def _cloud_unit(width: float, height: float, bump: float) -> tuple[Segment, ...]:
    depth = _depth(width, height)
    a, b = max(1.0, width / 2 - depth), max(1.0, height / 2 - depth)  # (a tiny cloud is not a point)
    samples = 720
    pts = [_superellipse_point(a, b, 2 * math.pi * i / samples, 3.2) for i in range(samples + 1)]
    return tuple(_bumpy(pts, bump, depth))


def _bumpy(pts: list[Point], bump: float, depth: float) -> Path:
    """Bumps of about `bump` length standing out by `depth` along a densely sampled closed
    curve (`pts`, first point repeated at the end), as cubics: a cloud's edge."""
    cumulative = [0.0]
    for p, q in zip(pts, pts[1:]):
        cumulative.append(cumulative[-1] + math.hypot(q[0] - p[0], q[1] - p[1]))
    perimeter = cumulative[-1]
    if not perimeter > 1e-9:  # all points in one place: nothing to walk along
        return [("M", *pts[0]), ("Z",)]
    count = max(7, round(perimeter / bump)) if bump > 0 else 7  # (bumps scaled to nothing on a huge map)
    chosen: list[Point] = []
    normals: list[Point] = []
    j = 0
    for k in range(count):
        target = perimeter * k / count
        while cumulative[j + 1] < target:
            j += 1
        p, q = pts[j], pts[j + 1]
        span = cumulative[j + 1] - cumulative[j] or 1.0
        f = (target - cumulative[j]) / span
        x, y = p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f
        # The tangent over a short stretch either side, so a kink in the samples does not
        # tip a bump over.
        reach = min(bump * 0.15, perimeter / 8)
        a = _along(pts, cumulative, (target - reach) % perimeter)
        c = _along(pts, cumulative, (target + reach) % perimeter)
        tx, ty = c[0] - a[0], c[1] - a[1]
        length = math.hypot(tx, ty) or 1.0
        chosen.append((x, y))
        normals.append((ty / length, -tx / length))
    # Outward whatever the walking direction: for a clockwise walk (in y-down coordinates
    # a positive signed area) the normals above point inwards.
    if _signed_area(pts) < 0:
        normals = [(-nx, -ny) for nx, ny in normals]
    lift = depth / 0.75  # a cubic whose controls are lifted by h bulges by 0.75 h
    segments: Path = [("M", *chosen[0])]
    for k in range(count):
        p0, p1 = chosen[k], chosen[(k + 1) % count]
        n0, n1 = normals[k], normals[(k + 1) % count]
        dx, dy = p1[0] - p0[0], p1[1] - p0[1]
        c1 = (p0[0] + n0[0] * lift + dx * 0.05, p0[1] + n0[1] * lift + dy * 0.05)
        c2 = (p1[0] + n1[0] * lift - dx * 0.05, p1[1] + n1[1] * lift - dy * 0.05)
        segments.append(("C", *c1, *c2, *p1))
    segments.append(("Z",))
    return segments


def _along(pts: list[Point], cumulative: list[float], target: float) -> Point:
    lo, hi = 0, len(cumulative) - 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if cumulative[mid] <= target:
            lo = mid
        else:
            hi = mid
    p, q = pts[lo], pts[hi]
    span = cumulative[hi] - cumulative[lo] or 1.0
    f = (target - cumulative[lo]) / span
    return p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f


def _signed_area(pts: list[Point]) -> float:
    """Shoelace area; in y-down coordinates positive for a clockwise-looking walk."""
    return sum(p[0] * q[1] - q[0] * p[1] for p, q in zip(pts, pts[1:] + pts[:1])) / 2


def smooth_closed(points: list[Point], per_segment: int = 12) -> list[Point]:
    """A smooth closed curve through `points` (a closed Catmull-Rom spline, centripetal so
    that it neither loops nor overshoots at uneven spacing), sampled densely; the first
    point is repeated at the end."""
    n = len(points)
    out: list[Point] = []
    for i in range(n):
        p0, p1, p2, p3 = points[i - 1], points[i], points[(i + 1) % n], points[(i + 2) % n]
        t0 = 0.0
        t1 = t0 + max(1e-6, math.hypot(p1[0] - p0[0], p1[1] - p0[1]) ** 0.5)
        t2 = t1 + max(1e-6, math.hypot(p2[0] - p1[0], p2[1] - p1[1]) ** 0.5)
        t3 = t2 + max(1e-6, math.hypot(p3[0] - p2[0], p3[1] - p2[1]) ** 0.5)
        for k in range(per_segment):
            t = t1 + (t2 - t1) * k / per_segment
            a1 = _lerp(p0, p1, (t - t0) / (t1 - t0))
            a2 = _lerp(p1, p2, (t - t1) / (t2 - t1))
            a3 = _lerp(p2, p3, (t - t2) / (t3 - t2))
            b1 = _lerp(a1, a2, (t - t0) / (t2 - t0))
            b2 = _lerp(a2, a3, (t - t1) / (t3 - t1))
            out.append(_lerp(b1, b2, (t - t1) / (t2 - t1)))
    out.append(out[0])
    return out


def _lerp(p: Point, q: Point, f: float) -> Point:
    return p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f


def _fit(pts: list[Point], width: float, height: float) -> list[Point]:
    """`pts` stretched to fill the box of width x height centred at the origin."""
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    sx, sy = width / ((x1 - x0) or 1.0), height / ((y1 - y0) or 1.0)
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    return [((x - mx) * sx, (y - my) * sy) for x, y in pts]


Outline = tuple[tuple[float, float], ...]

MIN_OUTLINE_AREA = 1e-3
"""The least area (as a fraction of the cloud's box) a drawn outline must enclose to be a
shape: points on one spot or on one line draw the standard cloud instead."""


def usable_outline(outline: Outline | None) -> Outline | None:
    """`outline` if it encloses a shape (three different points, some area), else None."""
    if not outline:
        return None
    points = tuple((float(x), float(y)) for x, y in outline)
    if len(set(points)) < 3 or abs(_signed_area(list(points))) < MIN_OUTLINE_AREA:
        return None
    return points


@lru_cache(maxsize=256)
def _drawn_curve(width: float, height: float, outline: Outline) -> tuple[Point, ...]:
    """The smooth base line of a drawn cloud, filling a box of width x height less the bumps."""
    depth = _depth(width, height)
    base = smooth_closed([(x * width, y * height) for x, y in outline], 10)
    return tuple(_fit(base, width - 2 * depth, height - 2 * depth))


@lru_cache(maxsize=256)
def _drawn_unit(width: float, height: float, outline: Outline, bump: float) -> tuple[Segment, ...]:
    curve = list(_drawn_curve(width, height, outline))
    return tuple(_bumpy(curve, bump, _depth(width, height)))


def cloud_path(
    cx: float, cy: float, width: float, height: float, bump: float = 70.0, outline: Outline | None = None
) -> Path:
    """A soft cloud outline that fills the box of `width` x `height` centred at (cx, cy):
    the standard rounded shape, or with `outline` (a drawn cloud, points as fractions of
    the box) a smooth bumpy edge following the drawn shape."""
    outline = usable_outline(outline)
    if outline:
        # Bumps are scaled with the cloud so that the print, drawn smaller, looks the same.
        unit = _drawn_unit(round(width, 1), round(height, 1), tuple(map(tuple, outline)), round(bump, 2))
    else:
        unit = _cloud_unit(round(width, 1), round(height, 1), bump)
    return [translate_segment(s, cx, cy) for s in unit]


def cloud_polygon(width: float, height: float, outline: Outline | None) -> list[Point]:
    """The inside of a cloud as a polygon around its centre (the base line of its bumps):
    what people are placed in and the label is fitted to."""
    outline = usable_outline(outline)
    if outline:
        return list(_drawn_curve(round(width, 1), round(height, 1), tuple(map(tuple, outline))))[:-1]
    depth = _depth(width, height)
    return [_superellipse_point(width / 2 - depth, height / 2 - depth, 2 * math.pi * i / 72, 3.2) for i in range(72)]


def point_in_polygon(x: float, y: float, polygon: list[Point]) -> bool:
    """Even-odd rule."""
    inside = False
    n = len(polygon)
    for i in range(n):
        (x0, y0), (x1, y1) = polygon[i - 1], polygon[i]
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


def _row_spans(polygon: list[Point], y: float) -> list[tuple[float, float]]:
    """The stretches of the horizontal line at y that lie inside the polygon."""
    xs = []
    n = len(polygon)
    for i in range(n):
        (x0, y0), (x1, y1) = polygon[i - 1], polygon[i]
        if (y0 > y) != (y1 > y):
            xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
    xs.sort()
    return list(zip(xs[0::2], xs[1::2]))


def label_spot(width: float, height: float, outline: Outline | None, label_w: float, label_h: float,
               margin: float = 14.0) -> tuple[float, float]:
    """Where a cloud's label goes: (x of its centre, y of its top) relative to the cloud's
    centre. The standard cloud has it at the top in the middle; a drawn cloud has it as
    high as it fits inside the drawn shape, as near the middle as it can."""
    outline = usable_outline(outline)
    if not outline:
        return 0.0, -height / 2 + margin
    # Painting asks on every repaint; the answer depends on nothing else.
    return _drawn_label_spot(round(width, 1), round(height, 1), tuple(map(tuple, outline)), round(label_w, 1),
                             round(label_h, 1), round(margin, 1))


@lru_cache(maxsize=512)
def _drawn_label_spot(width: float, height: float, outline: Outline, label_w: float, label_h: float,
                      margin: float) -> tuple[float, float]:
    polygon = cloud_polygon(width, height, outline)
    top = min(p[1] for p in polygon)
    bottom = max(p[1] for p in polygon)
    pad = margin * 0.6
    best: tuple[float, float, float] | None = None  # (room, x, y)
    step = max(2.0, height / 80)
    y = top + pad
    while y + label_h <= bottom - pad:
        spans = None
        for probe in (y, y + label_h / 2, y + label_h):
            row = _row_spans(polygon, probe)
            spans = row if spans is None else [
                (max(a0, b0), min(a1, b1)) for a0, a1 in spans for b0, b1 in row if min(a1, b1) > max(a0, b0)
            ]
        for x0, x1 in spans or []:
            room = x1 - x0 - 2 * pad
            x = min(max(0.0, x0 + pad + label_w / 2), x1 - pad - label_w / 2) if room >= label_w else (x0 + x1) / 2
            if room >= label_w:
                return x, y
            if best is None or room > best[0]:
                best = (room, x, y)
        y += step
    if best is None:
        return 0.0, -height / 2 + margin
    return best[1], best[2]


def translate_segment(seg: Segment, dx: float, dy: float) -> Segment:
    if seg[0] == "Z":
        return seg
    coords = seg[1:]
    return (seg[0], *[c + (dx if i % 2 == 0 else dy) for i, c in enumerate(coords)])


def path_bounds(path: Path) -> tuple[float, float, float, float]:
    """(min_x, min_y, max_x, max_y) of all points, control points included."""
    xs = [c for s in path if s[0] != "Z" for i, c in enumerate(s[1:]) if i % 2 == 0]
    ys = [c for s in path if s[0] != "Z" for i, c in enumerate(s[1:]) if i % 2 == 1]
    return min(xs), min(ys), max(xs), max(ys)


def person_path(cx: float, cy: float, r: float = PERSON_RADIUS) -> Path:
    """A person symbol (head and shoulders) inside a circle of radius r at (cx, cy)."""
    k = 0.5523  # circle by four cubics
    head_r = r * 0.34
    hx, hy = cx, cy - r * 0.22
    head = _circle(hx, hy, head_r, k)
    sw, top, bottom = r * 0.62, cy + r * 0.2, cy + r * 0.72
    shoulders: Path = [
        ("M", cx - sw, bottom),
        ("C", cx - sw, top - r * 0.05, cx - sw * 0.45, top - r * 0.12, cx, top - r * 0.12),
        ("C", cx + sw * 0.45, top - r * 0.12, cx + sw, top - r * 0.05, cx + sw, bottom),
        ("Z",),
    ]
    return head + shoulders


def circle_path(cx: float, cy: float, r: float) -> Path:
    return ellipse_path(cx, cy, r, r)


def _circle(cx: float, cy: float, r: float, k: float) -> Path:
    return ellipse_path(cx, cy, r, r, k)


def ellipse_path(cx: float, cy: float, rx: float, ry: float, k: float = 0.5523) -> Path:
    """An ellipse by four cubics (k = 0.5523 makes them round)."""
    return [
        ("M", cx + rx, cy),
        ("C", cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry),
        ("C", cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy),
        ("C", cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry),
        ("C", cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy),
        ("Z",),
    ]


def trim(p0: Point, p1: Point, r0: float, r1: float) -> tuple[Point, Point] | None:
    """The segment p0-p1 shortened by r0 at the start and r1 at the end (None if too short)."""
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    length = math.hypot(dx, dy)
    if length <= r0 + r1 + 1:
        return None
    ux, uy = dx / length, dy / length
    return (p0[0] + ux * r0, p0[1] + uy * r0), (p1[0] - ux * r1, p1[1] - uy * r1)


def zigzag(p0: Point, p1: Point, amplitude: float = 5.0, wavelength: float = 14.0) -> Path:
    """A jagged line from p0 to p1 (a strained tie), straight for its first and last bit."""
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    length = math.hypot(dx, dy)
    if length < 3 * wavelength:
        return [("M", *p0), ("L", *p1)]
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    path: Path = [("M", *p0)]
    lead = wavelength
    steps = int((length - 2 * lead) / (wavelength / 2))
    step = (length - 2 * lead) / steps
    path.append(("L", p0[0] + ux * lead, p0[1] + uy * lead))
    for i in range(1, steps):
        d = lead + i * step
        side = amplitude if i % 2 else -amplitude
        path.append(("L", p0[0] + ux * d + nx * side, p0[1] + uy * d + ny * side))
    path.append(("L", p0[0] + ux * (length - lead), p0[1] + uy * (length - lead)))
    path.append(("L", *p1))
    return path


def cross_marks(p0: Point, p1: Point, size: float = 9.0, gap: float = 6.0) -> Path:
    """Two short strokes across the middle of p0-p1 (a broken tie: "//")."""
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    mx, my = (p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2
    path: Path = []
    for off in (-gap / 2, gap / 2):
        cx, cy = mx + ux * off, my + uy * off
        # slanted strokes, like the "//" of a broken tie in an eco-map
        path.append(("M", cx - nx * size + ux * size * 0.4, cy - ny * size + uy * size * 0.4))
        path.append(("L", cx + nx * size - ux * size * 0.4, cy + ny * size - uy * size * 0.4))
    return path


def arrow_head(tail: Point, tip: Point, size: float = 12.0) -> Path:
    """A closed arrow head at `tip`, pointing away from `tail`."""
    dx, dy = tip[0] - tail[0], tip[1] - tail[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    bx, by = tip[0] - ux * size, tip[1] - uy * size
    return [
        ("M", *tip),
        ("L", bx + nx * size * 0.45, by + ny * size * 0.45),
        ("L", bx - nx * size * 0.45, by - ny * size * 0.45),
        ("Z",),
    ]


# ----- ties that go around people ---------------------------------------------------------
Circle = tuple[float, float, float]  # centre x, centre y, radius


class CircleGrid:
    """Circles (people's symbols) sorted into square cells, so that what lies near a line is
    found without looking at everyone: a tie is checked against the few people it passes."""

    def __init__(self, circles: dict[str, Circle], cell: float = 160.0, pad: float = 24.0) -> None:
        self.cell = cell
        self.circles = circles
        self.cells: dict[tuple[int, int], list[str]] = {}
        for key, (x, y, r) in circles.items():
            reach = r + pad  # a line passing near enough to matter is in one of these cells
            for i in range(math.floor((x - reach) / cell), math.floor((x + reach) / cell) + 1):
                for j in range(math.floor((y - reach) / cell), math.floor((y + reach) / cell) + 1):
                    self.cells.setdefault((i, j), []).append(key)

    def along(self, p0: Point, p1: Point) -> set[str]:
        """The circles that may lie near the segment p0-p1."""
        cell = self.cell
        length = math.hypot(p1[0] - p0[0], p1[1] - p0[1])
        steps = max(1, math.ceil(length / (cell / 4)))
        if steps > len(self.cells):
            # A tie across a far-flung map (a person a million units away) passes more cells
            # than there are people: look at the cells with people in them instead.
            near = cell * 0.75  # (a cell's centre to its corner is 0.71 cells)
            found_far: set[str] = set()
            for (i, j), keys_here in self.cells.items():
                if distance_to_segment(((i + 0.5) * cell, (j + 0.5) * cell), p0, p1)[0] <= near:
                    found_far.update(keys_here)
            return found_far
        keys = {(math.floor((p0[0] + (p1[0] - p0[0]) * k / steps) / cell),
                 math.floor((p0[1] + (p1[1] - p0[1]) * k / steps) / cell)) for k in range(steps + 1)}
        found: set[str] = set()
        for key in keys:
            found.update(self.cells.get(key, ()))
        return found


def distance_to_segment(c: Point, p0: Point, p1: Point) -> tuple[float, float]:
    """(distance from c to the segment p0-p1, where along it the nearest point is, 0..1)."""
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((c[0] - p0[0]) * dx + (c[1] - p0[1]) * dy) / length2))
    return math.hypot(c[0] - (p0[0] + dx * t), c[1] - (p0[1] + dy * t)), t


def _first_in_way(p0: Point, p1: Point, grid: CircleGrid, skip: frozenset, clearance: float) -> Circle | None:
    best: tuple[float, Circle] | None = None
    for key in grid.along(p0, p1):
        if key in skip:
            continue
        x, y, r = grid.circles[key]
        d, t = distance_to_segment((x, y), p0, p1)
        if d < r + clearance and (best is None or t < best[0]):
            best = (t, (x, y, r))
    return None if best is None else best[1]


def route(p0: Point, p1: Point, grid: CircleGrid, skip: frozenset = frozenset(), clearance: float = 4.0,
          depth: int = 3) -> list[Point]:
    """The points of a tie from p0 to p1 that passes over no circle in `grid` (other than
    those in `skip`, its own ends): straight where it can be, else bending around the first
    circle in its way, on the side that makes the shorter line; at most `depth` bends deep.
    A circle that cannot be avoided is crossed (the straight line is returned)."""
    hit = _first_in_way(p0, p1, grid, skip, clearance)
    if hit is None:
        return [p0, p1]
    if depth == 0:
        return [p0, p1]
    x, y, r = hit
    d, t = distance_to_segment((x, y), p0, p1)
    qx, qy = p0[0] + (p1[0] - p0[0]) * t, p0[1] + (p1[1] - p0[1]) * t
    if d > 1e-6:
        nx, ny = (qx - x) / d, (qy - y) / d
    else:
        length = math.hypot(p1[0] - p0[0], p1[1] - p0[1]) or 1.0
        nx, ny = -(p1[1] - p0[1]) / length, (p1[0] - p0[0]) / length
    for side in (1.0, -1.0):  # the smaller bend first: away from the centre of who is in the way
        for extra in (2.5, 6.0):
            via = (x + side * nx * (r + clearance * extra), y + side * ny * (r + clearance * extra))
            if _first_in_way(via, via, grid, skip, clearance) is not None:
                continue  # the bend itself would stand on someone
            path = route(p0, via, grid, skip, clearance, depth - 1)[:-1] + route(via, p1, grid, skip, clearance,
                                                                                    depth - 1)
            if clear(path, grid, skip, clearance * 0.5):
                return path
    return [p0, p1]


def clear(points: list[Point], grid: CircleGrid, skip: frozenset = frozenset(), clearance: float = 0.0) -> bool:
    """Whether the polyline through `points` passes over no circle but those in `skip`."""
    return all(_first_in_way(a, b, grid, skip, clearance) is None for a, b in zip(points, points[1:]))


def polyline(points: list[Point]) -> Path:
    """A path through `points`, the corners softly rounded."""
    if len(points) <= 2:
        return [("M", *points[0]), ("L", *points[-1])]
    path: Path = [("M", *points[0])]
    for k in range(1, len(points) - 1):
        a, b, c = points[k - 1], points[k], points[k + 1]
        la, lc = math.hypot(b[0] - a[0], b[1] - a[1]), math.hypot(c[0] - b[0], c[1] - b[1])
        cut = min(18.0, la / 3, lc / 3)
        before = (b[0] + (a[0] - b[0]) * cut / (la or 1), b[1] + (a[1] - b[1]) * cut / (la or 1))
        after = (b[0] + (c[0] - b[0]) * cut / (lc or 1), b[1] + (c[1] - b[1]) * cut / (lc or 1))
        path.append(("L", *before))
        path.append(("C", *_lerp(before, b, 0.55), *_lerp(after, b, 0.55), *after))
    path.append(("L", *points[-1]))
    return path
