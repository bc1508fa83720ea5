"""Figures over time (Statuses ▸ Figures over time) with more lines than there were colours:
a family of seven has ten lines, and the ninth and tenth took the first two lines' colour and
marker (two series with one look). Every line has its own colour and marker now, each named
with a sample of its line and marker at its end (the chart's legend), and where lines meet
the markers stand side by side."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from skymap.model.chart_style import series_colour, series_style
from skymap.ui import i18n, modal


@pytest.fixture(params=["da", "en"])
def window(request, open_example, qtbot):
    i18n.install(QApplication.instance(), request.param)
    win = open_example(request.param)
    win.resize(1366, 768)
    yield win
    i18n.install(QApplication.instance(), "en")


def add_member(window, name: str) -> None:
    QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    field = window.docview.inline.fields["name"]
    QTest.keyClicks(field, name)
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_ten_lines_have_ten_colours_and_markers(window, qtbot, monkeypatch):
    answers = iter([("Opstart", date(2026, 1, 10)), ("Statusmøde 1", date(2026, 4, 10))])
    monkeypatch.setattr(modal, "ask_status", lambda *a: next(answers))
    window.statuses_panel.save_button.click()
    add_member(window, "Ida Nørgaard")
    add_member(window, "Bo Nørgaard")
    window.statuses_panel.save_button.click()
    window.statuses_panel.figures_button.click()
    qtbot.waitUntil(window.changes_dock.isVisible)
    chart = window.statuses_panel.changes_panel.chart
    assert len(chart.series) == 10  # 3 figures and 7 family members
    assert len({series_colour(i) for i in range(10)}) == 10
    assert len({series_style(i)[1:] for i in range(10)}) == 10  # marker and fill: no two alike
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    data, line = bytes(image.constBits()), image.bytesPerLine()
    drawn = {data[y * line + x * 3: y * line + x * 3 + 3] for y in range(image.height())
             for x in range(image.width())}  # every colour in the picture
    seen = set()
    for i in range(10):
        colour = QColor(series_colour(i))
        want = (colour.red(), colour.green(), colour.blue())
        if any(max(abs(p - w) for p, w in zip(rgb, want)) <= 16 for rgb in drawn):
            seen.add(i)
    assert seen == set(range(10))  # every line drawn in its own colour (the 9th and 10th too)
    window.undo_stack.setClean()
