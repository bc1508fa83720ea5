"""The chart's lines differ without colour, and their end labels never overlap."""

from skymap.model.chart_style import CHART_STYLES, spread


def test_every_line_has_its_own_dash_and_marker():
    assert len(set(CHART_STYLES)) == len(CHART_STYLES) == 8
    assert len({(dash, marker) for dash, marker, _ in CHART_STYLES}) == 8


def test_labels_are_pushed_apart_and_stay_inside():
    ys = spread([50, 50, 51, 90, 10], gap=12, low=0, high=100)
    ordered = sorted(ys)
    assert all(b - a >= 12 - 1e-9 for a, b in zip(ordered, ordered[1:]))
    assert all(0 <= y <= 100 for y in ys)
    assert ys[4] == 10  # a label with room stays where its line ends
    assert spread([99, 100], gap=10, low=0, high=100) == [90, 100]  # pushed back up at the bottom
