"""The Statuses panel on a 1366x768 laptop (issue 21): every button in sight while two
statuses are compared, and two selected statuses are two visible rows, not one blue block."""

import shutil
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from skymap.storage.mapfile import load_map
from skymap.ui import main_window as mw
from skymap.ui import modal
from tests.ui.conftest import EXAMPLE


@pytest.fixture(autouse=True)
def danish():
    from skymap.ui import i18n

    i18n.install(QApplication.instance(), "da")
    yield
    i18n.install(QApplication.instance(), "en")


def test_statuses_panel_at_1366x768_keeps_its_buttons_and_rows_apart(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "familien.json"
    shutil.copy(EXAMPLE, path)
    window = mw.MainWindow(load_map(path), path, "da")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    answers = iter([("Opstart", date(2026, 9, 1)), ("Statusmøde 1", date(2026, 12, 1))])
    monkeypatch.setattr(modal, "ask_status", lambda *a: next(answers))
    tl = window.statuses_panel
    window.statuses_dock.raise_()
    tl.save_button.click()
    tl.save_button.click()
    tl.list.item(0).setSelected(True)
    tl.list.item(1).setSelected(True)
    tl.compare_button.click()
    QApplication.processEvents()
    area = window.statuses_dock.widget()  # the panel's scroll area
    for button in (tl.save_button, tl.view_button, tl.compare_button, tl.now_button, tl.remove_button,
                   tl.figures_button):
        top_left = button.mapTo(area.viewport(), button.rect().topLeft())
        bottom = button.mapTo(area.viewport(), button.rect().bottomRight())
        assert area.viewport().rect().contains(top_left) and area.viewport().rect().contains(bottom), button.text()
    first, second = (tl.list.visualItemRect(tl.list.item(i)) for i in (0, 1))
    assert second.top() - first.bottom() >= 3  # a gap between the two selected rows
    window.undo_stack.setClean()
