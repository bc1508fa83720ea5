"""The family view (F11) and back leaves every dock as large as it was. A user at 1366x768
saw the inspector under the overview shrink on every round trip (192 -> 131 -> 94 px): the
docks were shown again while the window was still full screen, and shared out the column
anew each time the window shrank back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from skymap.storage.mapfile import load_map
from skymap.ui.main_window import MainWindow
from tests.ui.conftest import EXAMPLE

from .test_focus_view import by_name, view_menu


@pytest.fixture
def laptop_window(qtbot):
    """The example map in a 1366x768 window (a laptop's screen), shown and active."""
    window = MainWindow(load_map(EXAMPLE), None, "en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.wait(100)
    yield window
    window.undo_stack.setClean()


def docks_on_screen(window) -> dict[str, tuple[int, int]]:
    """Width and height of each dock the user sees (docked, shown, the front one of the tabs)."""
    return {
        dock.objectName(): (dock.width(), dock.height())
        for dock in (
            window.palette_dock,
            window.overview_dock,
            window.inspector_dock,
            window.statuses_dock,
            window.plan_dock,
            window.changes_dock,
        )
        if dock.isVisible() and window.rect().intersects(dock.geometry())
    }


def family_view_and_back(window, qtbot, how: str, settle: bool) -> None:
    """F11 on the window (or View ▸ Family View), and the same again; `settle`: wait until the
    window has settled after leaving full screen, as a user who looks at it would."""
    for on in (True, False):
        if how == "key":
            window.view.setFocus()
            QTest.keyClick(window, Qt.Key.Key_F11)
        else:
            view_menu(window, "Family View").trigger()
        qtbot.waitUntil(lambda on=on: window.isFullScreen() == on, timeout=2000)
        qtbot.wait(150)
    if settle:
        qtbot.waitUntil(lambda: not window.dock_sizes.pending, timeout=5000)


def assert_same_docks(before, after) -> None:
    assert after.keys() == before.keys(), (before, after)
    for name, (width, height) in before.items():
        assert abs(after[name][0] - width) <= 2 and abs(after[name][1] - height) <= 2, (name, before, after)


@pytest.mark.parametrize(("front", "how"), [("inspector_dock", "key"), ("statuses_dock", "key"), ("plan_dock", "menu")])
def test_three_times_f11_and_back_keeps_every_dock_size(laptop_window, qtbot, front, how):
    window = laptop_window
    getattr(window, front).raise_()
    qtbot.wait(100)
    before = docks_on_screen(window)
    assert before[getattr(window, front).objectName()][1] > 100  # (the tab is in front, with room)
    for _ in range(3):
        family_view_and_back(window, qtbot, how, settle=False)
    qtbot.waitUntil(lambda: not window.dock_sizes.pending, timeout=5000)
    assert not window.isFullScreen() and not window.family_view
    assert_same_docks(before, docks_on_screen(window))


def test_after_f11_round_trips_the_childs_view_and_the_family_view_still_work(laptop_window, qtbot):
    window = laptop_window
    toolbar_icons = window.toolbar.iconSize()
    before = docks_on_screen(window)
    for _ in range(3):
        family_view_and_back(window, qtbot, "key", settle=True)
        assert_same_docks(before, docks_on_screen(window))
    assert window.toolbar.iconSize() == toolbar_icons  # (they grew by half at each round trip)
    # a child's own view, and F11 while it is shown
    window.scene.select_only(by_name(window.doc, "Emil Nørgaard").id)
    view_menu(window, "Show Only the Selected Member's Network").trigger()
    qtbot.wait(100)
    assert window.focus_view is not None
    window.view.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    assert window.family_view and not window.overview_dock.isVisible()
    QTest.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    qtbot.waitUntil(lambda: not window.dock_sizes.pending, timeout=5000)
    assert not window.family_view and window.focus_view is not None
    view_menu(window, "Show the Whole Map").trigger()
    assert window.focus_view is None
    assert_same_docks(before, docks_on_screen(window))
    # the user's own sizes afterwards are the ones the next round trip keeps
    window.resizeDocks([window.overview_dock, window.inspector_dock], [300, 300], Qt.Orientation.Vertical)
    qtbot.wait(100)
    mine = docks_on_screen(window)
    assert mine != before
    family_view_and_back(window, qtbot, "key", settle=True)
    assert_same_docks(mine, docks_on_screen(window))
