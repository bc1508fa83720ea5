"""How the lines of the figures-over-time chart are told apart without colour, in the window
and in the PDF alike: each series has its own dash pattern and marker shape besides its
colour (CHART_COLOURS in status.py), and names stand at the lines' ends, pushed apart."""

from __future__ import annotations

# (dash pattern in line widths, or None for solid; marker; filled): no two alike.
CHART_STYLES: tuple[tuple[tuple[float, ...] | None, str, bool], ...] = (
    (None, "circle", True),
    ((6, 3), "square", True),
    ((1, 2.5), "triangle", True),
    ((5, 2, 1, 2), "diamond", False),
    ((8, 3), "circle", False),
    ((3, 2), "square", False),
    ((5, 2, 1, 2, 1, 2), "cross", False),
    ((1, 1.5), "plus", False),
)


def spread(wanted: list[float], gap: float, low: float, high: float) -> list[float]:
    """Positions as near to `wanted` as possible, at least `gap` apart, within low–high
    (as far as they fit), in the order of `wanted`: the labels at the lines' ends."""
    order = sorted(range(len(wanted)), key=lambda k: wanted[k])
    ys = [wanted[k] for k in order]
    for k in range(1, len(ys)):
        ys[k] = max(ys[k], ys[k - 1] + gap)
    if ys and ys[-1] > high:
        ys[-1] = high
        for k in range(len(ys) - 2, -1, -1):
            ys[k] = min(ys[k], ys[k + 1] - gap)
    if ys and ys[0] < low:
        shift = low - ys[0]
        ys = [y + shift for y in ys]
    out = [0.0] * len(wanted)
    for k, y in zip(order, ys):
        out[k] = y
    return out
