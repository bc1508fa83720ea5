"""The comparison at a larger text size (Edit ▸ Settings) on a 1366x768 laptop: the list of
changes and its dock's title follow the text size like the other panels; the map keeps its
names as large as at now."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from skymap.ui import modal
from tests.ui.test_comparison_room import name_px, status_menu_action
from tests.ui.test_overview_large_text import laptop, normal_text_size_after  # noqa: F401 - a fixture


def title_width(dock) -> int:
    """The width in pixels of the dark text in a dock's title bar, as drawn."""
    image = dock.grab().toImage()
    bar = dock.widget().geometry().top()  # (the title bar lies above the dock's widget)
    cols = [x for x in range(image.width() - 40) if any(image.pixelColor(x, y).lightness() < 110 for y in range(bar))]
    return cols[-1] - cols[0] + 1 if cols else 0


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_comparison_follows_a_larger_text_size(qtbot, monkeypatch, lang):
    win = laptop(qtbot, 1.5, lang)
    monkeypatch.setattr(modal, "ask_status", lambda *a: ("Start", date(2026, 9, 14)))
    win.act_save_status.trigger()
    before = name_px(win.view)
    status_menu_action(win, lang).trigger()
    qtbot.waitUntil(lambda: win.status_view is not None and win.what_changed_dock.isVisible())
    qtbot.wait(50)
    app_size = QApplication.font().pointSizeF()
    # its title in the text size chosen, as the other panels' titles (it kept the size it was made with)
    title = win.what_changed_dock.windowTitle()
    assert title_width(win.what_changed_dock) >= 0.9 * QFontMetrics(QApplication.font()).horizontalAdvance(title)
    assert win.statuses_panel.changes.font().pointSizeF() >= app_size - 0.01  # (lists: the style sheet's size)
    after = name_px(win.status_view.view)
    assert min(after[i] / before[i] for i in before.keys() & after.keys()) >= 0.9
    win.undo_stack.setClean()
