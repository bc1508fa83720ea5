"""The window's figures chart (Statuses ▸ Figures over time) and the PDF's changes page take
their value axis from one rule (model/chart_axis.py): the same top tick and step for any
figure. The window had its own copy, which agreed only up to 600 and then made steps such as
140 (a top tick of 840 for 700 contacts) where the PDF had 200 and 800."""

from __future__ import annotations

import pytest

from skymap.model.chart_axis import value_axis
from skymap.ui.figures_chart import FiguresChart


@pytest.mark.parametrize("peak", [0, 5, 19, 34, 99, 600, 700, 1800, 2400])
def test_the_window_chart_has_the_pdf_charts_axis(qtbot, peak):
    chart = FiguresChart()
    qtbot.addWidget(chart)
    chart.resize(640, 360)
    chart.set_data(["Opstart", "Nu"], [("Kontakter", [max(0, peak - 3), peak])])
    _area, (_xs, _y_of, ceiling, step), _rects = chart._layout()
    assert (ceiling, step) == value_axis(peak)
    assert ceiling > peak and ceiling % step == 0 and ceiling // step <= 7
