"""While an earlier status or a comparison is shown, the map itself says it is read-only
and offers the way back to now (issue 21)."""

from datetime import date

import pytest
from PySide6.QtWidgets import QPushButton

from skymap.ui import modal


@pytest.fixture(autouse=True)
def danish():
    from PySide6.QtWidgets import QApplication

    from skymap.ui import i18n

    i18n.install(QApplication.instance(), "da")
    yield
    i18n.install(QApplication.instance(), "en")


def _with_status(open_example, monkeypatch, qtbot):
    window = open_example("da")
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Opstart", date(2026, 9, 1)))
    window.statuses_panel.save_button.click()
    window.statuses_panel.list.item(0).setSelected(True)
    return window


def _banner(window):
    bar = window.file_guard.bar
    return bar, bar.text("status")


def test_showing_a_status_says_so_above_the_map_with_a_way_back(open_example, monkeypatch, qtbot):
    window = _with_status(open_example, monkeypatch, qtbot)
    window.statuses_panel.view_button.click()
    bar, text = _banner(window)
    assert bar.isVisible()
    assert text == "Du ser status »Opstart« (1. september 2026) \u2014 kortet kan ikke ændres her."
    # the bar sits above the map, in the same column
    assert bar.mapTo(window, bar.rect().bottomLeft()).y() <= window.status_view.view.mapTo(window, window.status_view.view.rect().topLeft()).y()
    back = next(b for b in bar.notices["status"].findChildren(QPushButton) if b.text() == "Tilbage til nu")
    back.click()
    assert window.status_view is None
    assert "status" not in bar.notices


def test_a_comparison_says_so_above_the_map(open_example, monkeypatch, qtbot):
    window = _with_status(open_example, monkeypatch, qtbot)
    window.statuses_panel.compare_button.click()
    bar, text = _banner(window)
    assert bar.isVisible()
    assert text == "Du sammenligner status »Opstart« med nu \u2014 kortet kan ikke ændres her."
    window.statuses_panel.now_button.click()
    assert not bar.isVisible()
