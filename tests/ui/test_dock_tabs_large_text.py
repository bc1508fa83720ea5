"""The tabs under the right column (Inspector, Statuses, Joint plan) at a larger text size on
a 1366x768 laptop read "Egens… | Stat… | Fælle…" (a user trial): their names are whole now,
in a font no smaller than the normal text size, in Danish and English; the text size chosen
in Edit ▸ Settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar

from skymap.ui.settings_dialog import base_point_size
from tests.ui.test_overview_large_text import laptop, normal_text_size_after  # noqa: F401 - a fixture


def dock_tab_bars(win) -> list[QTabBar]:
    return [b for b in win.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if b.isVisible() and b.count()]


def names_whole(bar: QTabBar) -> bool:
    return all(bar.tabRect(i).width() >= bar.tabSizeHint(i).width() - 1 for i in range(bar.count()))


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_the_docks_tab_names_are_whole_at_a_larger_text_size(qtbot, scale, lang):
    win = laptop(qtbot, scale, lang, kept=True)  # (the size kept from the last run)
    qtbot.wait(50)
    bars = dock_tab_bars(win)
    assert bars
    for bar in bars:
        titles = {win.inspector_dock.windowTitle(), win.statuses_dock.windowTitle(), win.plan_dock.windowTitle()}
        assert {bar.tabText(i) for i in range(bar.count())} == titles
        assert names_whole(bar), [(bar.tabText(i), bar.tabRect(i).width(), bar.tabSizeHint(i).width())
                                  for i in range(bar.count())]
        assert bar.font().pointSizeF() >= base_point_size() - 0.01  # never smaller than at 100 %
        # a click on a whole name brings its panel to the front
        plan = next(i for i in range(bar.count()) if bar.tabText(i) == win.plan_dock.windowTitle())
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(plan).center())
        qtbot.waitUntil(win.plan_panel.isVisible)
    # back to the normal text size: the tabs take the application's font again
    dialog = win.open_settings()
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(1.0))
    dialog.text_size.activated.emit(dialog.text_size.currentIndex())
    dialog.close()
    qtbot.wait(50)
    QApplication.processEvents()
    for bar in dock_tab_bars(win):
        assert bar.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF())
        assert names_whole(bar)
    win.undo_stack.setClean()
