"""How the lines of the figures-over-time chart are told apart, in the window and in the
PDF alike: each series has its own colour, its own marker shape (with its fill) and dash
pattern, and names stand at the lines' ends, pushed apart. Where two lines meet at a state
their markers stand side by side (`dodge`), so neither hides the other."""

from __future__ import annotations

import colorsys

# Distinct in hue and lightness, also to protanopes and deuteranopes, and 3:1 on white
# (checked in a test). A map with a joint plan and a family of five has ten lines, and a big
# family more: past these, `series_colour` makes further colours.
CHART_COLOURS = ("#1565c0", "#00897b", "#e65100", "#6a1b9a", "#c62828", "#000000", "#4e342e", "#d81b60",
                 "#2e7d32", "#880e4f", "#0288d1", "#795548")

# (dash pattern in line widths, or None for solid; marker; filled): no two alike, and no
# two with the same marker and fill.
CHART_STYLES: tuple[tuple[tuple[float, ...] | None, str, bool], ...] = (
    (None, "circle", True),
    ((6, 3), "square", True),
    ((1, 2.5), "triangle", True),
    ((5, 2, 1, 2), "diamond", False),
    ((8, 3), "circle", False),
    ((3, 2), "square", False),
    ((5, 2, 1, 2, 1, 2), "cross", False),
    ((1, 1.5), "plus", False),
    ((2, 2, 6, 2), "triangle", False),
    ((4, 1.5), "diamond", True),
    ((6, 2, 2, 2), "star", True),
    ((2, 1), "hexagon", False),
)


def series_colour(i: int) -> str:
    """Series i's colour: one of CHART_COLOURS, then (a thirteenth line and on) a colour of
    its own, its hue turned by the golden angle from the one before: no two lines alike."""
    if i < len(CHART_COLOURS):
        return CHART_COLOURS[i]
    hue = ((i - len(CHART_COLOURS)) * 0.381966 + 0.05) % 1.0
    r, g, b = colorsys.hsv_to_rgb(hue, 0.85, 0.55)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def series_style(i: int) -> tuple[tuple[float, ...] | None, str, bool]:
    """Series i's dash pattern, marker and fill (with its colour, no two series alike)."""
    return CHART_STYLES[i % len(CHART_STYLES)]


def dodge(series: list[list[float]]) -> list[list[float]]:
    """For each series and state, where its marker stands beside the others that have the
    same value there, in marker widths from the state's line: 0 alone, -0.5 and +0.5 for
    two, -1, 0 and +1 for three ... (lines that meet or run together: every marker seen)."""
    out = [[0.0] * len(values) for values in series]
    for k in range(max((len(v) for v in series), default=0)):
        together: dict[float, list[int]] = {}
        for i, values in enumerate(series):
            if k < len(values):
                together.setdefault(values[k], []).append(i)
        for members in together.values():
            for j, i in enumerate(members):
                out[i][k] = j - (len(members) - 1) / 2
    return out


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
