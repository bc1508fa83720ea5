"""The names on the tabs of the docks beside each other (Inspector, Statuses, Joint plan) stay
whole at a larger text size.

At 150 % and 200 % on a 1366x768 laptop the right column is ~350 px wide and the three tabs
under it read "Egens… | Stat… | Fælle…" (a user trial). The tab bars are made by the main
window's layout, so their font is fitted here: the application's font (the chosen text size)
where the names fit the column, a step smaller until they do, never smaller than the normal
text size. Where even that does not fit, the tab is shortened by Qt and its whole name is its
tooltip. Fitted again whenever the text size, the language, the docks or their widths change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTabBar

STEP = 0.94
"""Each step down: this share of the font's size before."""

_WATCHED = (QEvent.Type.LayoutRequest, QEvent.Type.Resize, QEvent.Type.FontChange,
            QEvent.Type.ApplicationFontChange, QEvent.Type.LanguageChange, QEvent.Type.ChildAdded)


def smallest_point_size() -> float:
    from skymap.ui.settings_dialog import base_point_size  # noqa: PLC0415

    return base_point_size()


def room_for(window: QMainWindow, bar: QTabBar) -> int:
    """The width of the column of docks `bar` switches between (the bar itself is only as wide
    as its tabs when they fit)."""
    g = bar.geometry()
    widths = [d.width() for d in window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
              if d.isVisible() and not d.isFloating()
              and abs(d.geometry().left() - g.left()) <= 6]
    return max([g.width(), *widths])


def fit_bar(bar: QTabBar, room: int) -> None:
    """`bar`'s font: the application's, or smaller until its tabs fit `room` (see the module)."""
    natural = QFont(QApplication.font())
    least = min(natural.pointSizeF(), smallest_point_size())
    font = QFont(natural)
    size = natural.pointSizeF()
    while True:
        font.setPointSizeF(size)
        if bar.font() != font:
            bar.setFont(font)
        needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
        if needed <= room or size <= least:
            break
        size = max(least, size * STEP)
    for i in range(bar.count()):
        if bar.tabToolTip(i) != bar.tabText(i):
            bar.setTabToolTip(i, bar.tabText(i))  # the whole name, where even the least size cuts it


class DockTabs(QObject):
    """Watches `window` and fits the font of its docks' tab bars (see the module)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._bars: set[int] = set()
        self._due = False
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _WATCHED and not self._due:
            self._due = True
            QTimer.singleShot(0, self, self.fit)
        return False

    def fit(self) -> None:
        self._due = False
        for bar in self.window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if id(bar) not in self._bars:
                self._bars.add(id(bar))
                bar.installEventFilter(self)  # (its own resizes and new names)
            if bar.isVisible() and bar.count():
                fit_bar(bar, room_for(self.window, bar))
        self._due = False  # (the fonts just set asked again: nothing more to fit)
