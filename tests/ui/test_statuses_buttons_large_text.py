"""The statuses' buttons at a larger text size on a 1366x768 laptop (a user trial): two columns
of buttons were wider than the panel, which scrolled sideways and cut "Vis", "Tilbage til nu"
and "Nøgletal over tid" at its edge. Now they stand one under another where two do not fit
side by side, every one whole; at the normal size they stay two by two. The Statuses tab is
clicked with the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QScrollArea, QTabBar

from tests.ui.test_overview_large_text import laptop, normal_text_size_after  # noqa: F401 - a fixture


def global_rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def open_statuses(win, qtbot):
    title = win.statuses_dock.windowTitle()
    bar, index = next((b, i) for b in win.findChildren(QTabBar) if b.isVisible()
                      for i in range(b.count()) if b.tabText(i) == title)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(win.statuses_panel.isVisible)
    qtbot.wait(50)


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_every_statuses_button_is_whole_in_the_panel(qtbot, scale, lang):
    win = laptop(qtbot, scale, lang, kept=True)
    open_statuses(win, qtbot)
    panel = win.statuses_panel
    area = next(a for a in win.findChildren(QScrollArea) if a.widget() is panel)
    shown = global_rect(area.viewport())
    assert panel.width() <= area.viewport().width()  # no sideways scrolling
    for button in panel.findChildren(QPushButton):
        rect = global_rect(button)
        assert shown.left() <= rect.left() and rect.right() <= shown.right(), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()  # its words whole
    # back at the normal size: two by two again, and the panel does not scroll
    dialog = win.open_settings()
    dialog.text_size.setCurrentIndex(dialog.text_size.findData(1.0))
    dialog.text_size.activated.emit(dialog.text_size.currentIndex())
    dialog.close()
    qtbot.wait(100)
    assert global_rect(panel.save_button).top() == global_rect(panel.view_button).top()
    assert panel.height() <= area.viewport().height()
    win.undo_stack.setClean()
