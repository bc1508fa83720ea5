"""Figures over time with nothing compared yet: no empty white box without a word (issue 21)."""

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def danish():
    from skymap.ui import i18n

    i18n.install(QApplication.instance(), "da")
    yield
    i18n.install(QApplication.instance(), "en")


def test_figures_over_time_without_statuses_explains_itself(open_example, qtbot):
    window = open_example("da")
    window.statuses_panel.figures_button.click()
    qtbot.waitUntil(window.changes_dock.isVisible)
    panel = window.statuses_panel.changes_panel
    assert panel.title.isVisible() and "Sammenlign med nu" in panel.title.text()
    assert not window.what_changed_dock.isVisible()  # no empty list of changes as a blank box
    assert panel.chart.isVisible()
    assert panel.chart.width() > panel.width() * 0.8  # the chart (with its hint) has the room
    image = panel.chart.grab().toImage()
    dark = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y).lightness() < 200)
    assert dark > 20  # the hint's text is drawn


def test_a_comparison_shows_its_list_of_changes(open_example, qtbot, monkeypatch):
    from datetime import date

    from skymap.ui import modal

    window = open_example("da")
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 1)))
    window.statuses_panel.save_button.click()
    window.statuses_panel.list.item(0).setSelected(True)
    window.statuses_panel.compare_button.click()
    qtbot.waitUntil(window.what_changed_dock.isVisible)  # beside the map (changes_list.py)
    assert window.statuses_panel.changes.isVisible()
    assert not window.changes_dock.isVisible()  # the figures under the map only when asked for
