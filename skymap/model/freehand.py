"""A cloud drawn by hand: from the points of a pen or finger stroke to a cloud's box and
outline.

A stroke is a list of (x, y) points in map coordinates, as the pointer went. It becomes a
cloud when it is a loop: its ends meet (or nearly, relative to its size) and it encloses a
fair share of its box. A stroke that runs past its start is cut where it came back
closest to it. The loop is simplified (Ramer-Douglas-Peucker) and resampled to a few dozen
evenly spaced points, which the cloud keeps as fractions of its box (`Domain.outline`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .objects import MAX_OUTLINE_POINTS

Point = tuple[float, float]

MIN_POINTS, MAX_POINTS = 24, 48
"""A drawn outline is resampled to this many points (more for a longer, wigglier loop)."""
MIN_CLOUD_W, MIN_CLOUD_H = 220.0, 160.0
"""A drawn cloud is at least this big, so that its label and one person fit."""

assert MAX_POINTS <= MAX_OUTLINE_POINTS


@dataclass(frozen=True)
class DrawnCloud:
    """What a loop becomes: a cloud's centre, size and outline (fractions of the box)."""

    x: float
    y: float
    width: float
    height: float
    outline: tuple[tuple[float, float], ...]


def polygon_area(points: list[Point]) -> float:
    """The area a closed polygon encloses (the shoelace formula, unsigned)."""
    return abs(sum(p[0] * q[1] - q[0] * p[1] for p, q in zip(points, points[1:] + points[:1]))) / 2


def length(points: list[Point], closed: bool = False) -> float:
    pairs = zip(points, points[1:] + (points[:1] if closed else []))
    return sum(math.hypot(q[0] - p[0], q[1] - p[1]) for p, q in pairs)


def _distance_to_segment(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    span = dx * dx + dy * dy
    if span == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / span))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def simplify(points: list[Point], tolerance: float) -> list[Point]:
    """Ramer-Douglas-Peucker: the fewest points that stay within `tolerance` of the line."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            d = _distance_to_segment(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if index >= 0 and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def resample_closed(points: list[Point], count: int) -> list[Point]:
    """`count` points evenly spaced along the closed polygon through `points`."""
    ring = points + points[:1]
    cumulative = [0.0]
    for p, q in zip(ring, ring[1:]):
        cumulative.append(cumulative[-1] + math.hypot(q[0] - p[0], q[1] - p[1]))
    total = cumulative[-1]
    out: list[Point] = []
    j = 0
    for k in range(count):
        target = total * k / count
        while j < len(cumulative) - 2 and cumulative[j + 1] < target:
            j += 1
        p, q = ring[j], ring[j + 1]
        span = cumulative[j + 1] - cumulative[j] or 1.0
        f = (target - cumulative[j]) / span
        out.append((p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f))
    return out


def _deduplicate(points: list[Point]) -> list[Point]:
    out: list[Point] = []
    for p in points:
        if not (math.isfinite(p[0]) and math.isfinite(p[1])):
            continue
        if not out or math.hypot(p[0] - out[-1][0], p[1] - out[-1][1]) > 0.5:
            out.append((float(p[0]), float(p[1])))
    return out


def close_loop(points: list[Point]) -> list[Point]:
    """The stroke up to where it came back nearest its start, once it had gone at least
    half its way round: a pen that overshoots its start does not leave a tail."""
    total = length(points)
    travelled, best, cut = 0.0, math.inf, len(points)
    start = points[0]
    for i in range(1, len(points)):
        travelled += math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1])
        if travelled < total * 0.5:
            continue
        d = math.hypot(points[i][0] - start[0], points[i][1] - start[1])
        if d < best:
            best, cut = d, i + 1
    return points[:cut]


def loop_problem(points: list[Point]) -> str | None:
    """Why a stroke is not a loop ("too_short", "not_closed", "too_thin"), or None if it is."""
    points = _deduplicate(points)
    if len(points) < 8:
        return "too_short"
    loop = close_loop(points)
    xs, ys = [p[0] for p in loop], [p[1] for p in loop]
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    size = max(w, h)
    if size < 1e-6:
        return "too_short"
    gap = math.hypot(loop[-1][0] - loop[0][0], loop[-1][1] - loop[0][1])
    if gap > max(0.35 * size, 0.15 * length(loop)):
        return "not_closed"
    if polygon_area(loop) < 0.25 * w * h or min(w, h) < 0.12 * size:
        return "too_thin"
    return None


def cloud_from_stroke(points: list[Point],
                      min_size: tuple[float, float] = (MIN_CLOUD_W, MIN_CLOUD_H)) -> DrawnCloud | None:
    """The cloud a drawn stroke makes, or None when the stroke is not a loop."""
    if loop_problem(points) is not None:
        return None
    loop = close_loop(_deduplicate(points))
    xs, ys = [p[0] for p in loop], [p[1] for p in loop]
    size = max(max(xs) - min(xs), max(ys) - min(ys))
    simple = simplify(loop + loop[:1], size * 0.012)[:-1]
    if len(simple) < 3 or polygon_area(simple) <= 0:
        return None
    # About a point per twelfth of the loop's size: a round loop gets ~38, a wiggly one more.
    count = max(MIN_POINTS, min(MAX_POINTS, round(12 * length(simple, closed=True) / size)))
    ring = resample_closed(simple, count)
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    w, h = x1 - x0, y1 - y0
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    outline = tuple(
        (round(max(-0.5, min(0.5, (x - cx) / w)), 4), round(max(-0.5, min(0.5, (y - cy) / h)), 4)) for x, y in ring
    )
    return DrawnCloud(
        x=round(cx, 1), y=round(cy, 1), width=round(max(w, min_size[0]), 1), height=round(max(h, min_size[1]), 1),
        outline=outline,
    )
