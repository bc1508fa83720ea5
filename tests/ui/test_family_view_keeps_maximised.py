"""The family view (F11, or its toolbar button) and back leaves a maximised window maximised: on a 1366x768
laptop (where the window opens maximised) it came back as a normal window a title bar lower,
its status bar below the screen's edge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from skymap.storage.mapfile import load_map
from skymap.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLE


def family_view_button(window):
    """The toolbar's Family View button (F11 does the same)."""
    return window.toolbar.widgetForAction(window.act_family_view)


def test_f11_twice_gives_back_a_maximised_window(qtbot):
    window = MainWindow(load_map(EXAMPLE), None, "en")
    qtbot.addWidget(window)
    window.showMaximized()
    qtbot.waitExposed(window)
    assert window.isMaximized()
    QTest.mouseClick(family_view_button(window), Qt.LeftButton)
    assert window.family_view and window.isFullScreen()
    QTest.mouseClick(family_view_button(window), Qt.LeftButton)
    assert not window.family_view and not window.isFullScreen()
    assert window.isMaximized()
    window.undo_stack.setClean()


def test_f11_twice_gives_back_a_normal_window_normal(qtbot):
    window = MainWindow(load_map(EXAMPLE), None, "en")
    qtbot.addWidget(window)
    window.showNormal()
    qtbot.waitExposed(window)
    QTest.mouseClick(family_view_button(window), Qt.LeftButton)
    QTest.mouseClick(family_view_button(window), Qt.LeftButton)
    assert not window.isMaximized() and not window.isFullScreen()
    window.undo_stack.setClean()
