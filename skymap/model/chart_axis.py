"""The value axis of the key figures' chart, on screen and on paper: round steps and a top
tick above the largest value (a user trial saw 34 drawn above a top tick of 30)."""

from __future__ import annotations


def nice_step(top: float, most: int = 6) -> int:
    """The smallest of 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, … that reaches `top` in at
    most `most` steps."""
    scale = 1
    while True:
        for base in (1, 2, 2.5, 5):
            step = base * scale
            if step == int(step) and top / step <= most:
                return int(step)
        scale *= 10


def value_axis(peak: float) -> tuple[int, int]:
    """(top tick, step) of an axis from 0 that holds `peak`: the first multiple of a round step
    above it, at least two steps (the window's chart, ui/figures_chart.py, and the PDF's)."""
    step = nice_step(peak + 1)
    return max(step * 2, int((peak + step) // step) * step), step
