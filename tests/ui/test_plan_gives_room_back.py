"""The joint plan's tab takes most of the right column when it comes to the front (issue 15);
a user at 1366x768 then raised the inspector again and found the overview above it squeezed
to two lines for good. The overview gets its height back when another tab comes to the front,
unless the user dragged the split meanwhile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar

from tests.ui.test_family_view_keeps_dock_sizes import laptop_window  # noqa: F401,F811 (a fixture)


def click_tab(window, qtbot, title: str, dock) -> None:
    bar = next(b for b in window.findChildren(QTabBar) if title in [b.tabText(i) for i in range(b.count())])
    tab = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tab).center())
    qtbot.waitUntil(dock.isVisible)
    qtbot.wait(50)
    QApplication.processEvents()


def test_the_overview_gets_its_height_back_when_the_inspector_is_raised_after_the_plan(laptop_window, qtbot):  # noqa: F811
    win = laptop_window
    before = win.overview_dock.height()
    inspector = win.inspector_dock.height()
    click_tab(win, qtbot, "Joint plan", win.plan_dock)
    assert win.overview_dock.height() < before * 0.6  # the plan took most of the column (issue 15)
    click_tab(win, qtbot, "Inspector", win.inspector_dock)
    # (was the plan's squeeze for good: 136 px of 464, two lines of the overview)
    qtbot.waitUntil(lambda: abs(win.overview_dock.height() - before) <= 2, timeout=1000)
    assert abs(win.inspector_dock.height() - inspector) <= 2
    # and the Statuses tab after the plan the same
    click_tab(win, qtbot, "Joint plan", win.plan_dock)
    assert win.overview_dock.height() < before * 0.6
    click_tab(win, qtbot, "Statuses", win.statuses_dock)
    qtbot.waitUntil(lambda: abs(win.overview_dock.height() - before) <= 2, timeout=1000)


def test_a_split_the_user_dragged_while_the_plan_was_in_front_is_kept(laptop_window, qtbot):  # noqa: F811
    win = laptop_window
    click_tab(win, qtbot, "Joint plan", win.plan_dock)
    squeezed = win.overview_dock.height()
    total = squeezed + win.plan_dock.height()
    win.resizeDocks([win.overview_dock, win.plan_dock], [squeezed + 60, total - squeezed - 60], Qt.Orientation.Vertical)
    QApplication.processEvents()
    dragged = win.overview_dock.height()
    assert dragged > squeezed + 30
    click_tab(win, qtbot, "Inspector", win.inspector_dock)
    qtbot.wait(300)
    assert abs(win.overview_dock.height() - dragged) <= 2
