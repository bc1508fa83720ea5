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

PERSON_RADIUS = 22.0
"""Radius of the round symbol of a person on the canvas (map units)."""


def _superellipse_point(a: float, b: float, t: float, n: float = 4.0) -> Point:
    c, s = math.cos(t), math.sin(t)
    return (a * math.copysign(abs(c) ** (2 / n), c), b * math.copysign(abs(s) ** (2 / n), s))


@lru_cache(maxsize=512)
def _cloud_unit(width: float, height: float, bump: float) -> tuple[Segment, ...]:
    depth = max(4.0, min(16.0, width * 0.05, height * 0.07))
    a, b = width / 2 - depth, height / 2 - depth
    samples = 720
    pts = [_superellipse_point(a, b, 2 * math.pi * i / samples, 3.2) for i in range(samples + 1)]
    cumulative = [0.0]
    for p, q in zip(pts, pts[1:]):
        cumulative.append(cumulative[-1] + math.hypot(q[0] - p[0], q[1] - p[1]))
    perimeter = cumulative[-1]
    count = max(7, round(perimeter / bump))
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
        tx, ty = q[0] - p[0], q[1] - p[1]
        length = math.hypot(tx, ty) or 1.0
        chosen.append((x, y))
        normals.append((ty / length, -tx / length))  # outward for a counter-clockwise walk
    # Make sure the normals point away from the centre whatever the walking direction.
    if normals[0][0] * chosen[0][0] + normals[0][1] * chosen[0][1] < 0:
        normals = [(-nx, -ny) for nx, ny in normals]
    lift = depth / 0.75  # a cubic whose controls are lifted by h bulges by 0.75 h
    segments: list[Segment] = [("M", *chosen[0])]
    for k in range(count):
        p0, p1 = chosen[k], chosen[(k + 1) % count]
        n0, n1 = normals[k], normals[(k + 1) % count]
        dx, dy = p1[0] - p0[0], p1[1] - p0[1]
        c1 = (p0[0] + n0[0] * lift + dx * 0.05, p0[1] + n0[1] * lift + dy * 0.05)
        c2 = (p1[0] + n1[0] * lift - dx * 0.05, p1[1] + n1[1] * lift - dy * 0.05)
        segments.append(("C", *c1, *c2, *p1))
    segments.append(("Z",))
    return tuple(segments)


def cloud_path(cx: float, cy: float, width: float, height: float, bump: float = 70.0) -> Path:
    """A soft cloud outline that fills the box of `width` x `height` centred at (cx, cy)."""
    unit = _cloud_unit(round(width, 1), round(height, 1), bump)
    return [translate_segment(s, cx, cy) for s in unit]


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
