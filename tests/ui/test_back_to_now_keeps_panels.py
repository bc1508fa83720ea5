"""Back to now after showing or comparing statuses gives the right-hand panels back at the
width they had: they stayed a sliver (the overview cut to "19 fagp…", the tabs "E…", "S…")
on a 1366x768 laptop until the window was resized by hand."""

import shutil
from datetime import date

import pytest
from PySide6.QtTest import QTest

from skymap.storage.mapfile import load_map
from skymap.ui import main_window as mw
from skymap.ui import modal
from tests.ui.conftest import EXAMPLE


@pytest.mark.parametrize("how", ["two statuses", "with now", "show"])
def test_back_to_now_keeps_the_right_hand_panels_wide(qtbot, monkeypatch, tmp_path, how):
    path = tmp_path / "familien.json"
    shutil.copy(EXAMPLE, path)
    window = mw.MainWindow(load_map(path), path, "en")
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    answers = iter([("Start", date(2026, 9, 1)), ("Status meeting 1", date(2026, 12, 1))])
    monkeypatch.setattr(modal, "ask_status", lambda *a: next(answers))
    tl = window.statuses_panel
    tl.save_button.click()
    tl.save_button.click()
    QTest.qWait(50)
    before = window.overview_dock.width()
    assert before >= 300
    tl.list.item(0).setSelected(True)
    if how == "two statuses":
        tl.list.item(1).setSelected(True)
        tl.compare_button.click()
    elif how == "with now":
        tl.compare_button.click()
    else:
        tl.view_button.click()
    assert window.status_view is not None
    QTest.qWait(50)
    window.act_back_to_now.trigger()  # Status > Back to Now (the banner's button does the same)
    QTest.qWait(50)
    assert window.status_view is None
    assert window.overview_dock.width() >= before - 10, (before, window.overview_dock.width())
    assert window.overview_dock.widget() is window.docview.panels[0]
    window.undo_stack.setClean()
