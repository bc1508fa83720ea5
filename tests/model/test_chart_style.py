"""The chart's lines differ without colour, and their end labels never overlap."""

from skymap.model.chart_style import CHART_STYLES, dodge, series_colour, series_style, spread


def test_every_line_has_its_own_dash_and_marker():
    assert len(set(CHART_STYLES)) == len(CHART_STYLES) == 12
    assert len({(dash, marker) for dash, marker, _ in CHART_STYLES}) == 12
    assert len({(marker, filled) for _dash, marker, filled in CHART_STYLES}) == 12  # the markers alone differ


def test_every_line_has_its_own_colour_and_look_however_many_there_are():
    colours = [series_colour(i) for i in range(40)]
    assert len(set(colours)) == 40 and all(len(c) == 7 and c.startswith("#") for c in colours)
    assert len({(series_colour(i), series_style(i)) for i in range(40)}) == 40


def test_markers_of_lines_that_meet_stand_side_by_side():
    beside = dodge([[9, 7, 7], [7, 5, 5], [9, 7, 7], [2, 2, 2], [3, 2, 2]])
    assert beside[0] == [-0.5, -0.5, -0.5] and beside[2] == [0.5, 0.5, 0.5]  # the same all along
    assert beside[1] == [0.0, 0.0, 0.0]  # alone: where its value is
    assert beside[3] == [0.0, -0.5, -0.5] and beside[4] == [0.0, 0.5, 0.5]  # apart at first, then together
    assert dodge([[1], [1], [1]]) == [[-1.0], [0.0], [1.0]]


def test_labels_are_pushed_apart_and_stay_inside():
    ys = spread([50, 50, 51, 90, 10], gap=12, low=0, high=100)
    ordered = sorted(ys)
    assert all(b - a >= 12 - 1e-9 for a, b in zip(ordered, ordered[1:]))
    assert all(0 <= y <= 100 for y in ys)
    assert ys[4] == 10  # a label with room stays where its line ends
    assert spread([99, 100], gap=10, low=0, high=100) == [90, 100]  # pushed back up at the bottom
