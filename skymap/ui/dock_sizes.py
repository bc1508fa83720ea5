"""The docks keep their sizes through the family view (F11): measured as it begins, put back
as it ends.

The family view hides the docks and makes the window full screen with a taller toolbar. Shown
again while the window is still full screen, the docks are laid out in a column of another
height, one after another, and then the window shrinks back: each step shares the height out
anew, and the inspector under the overview lost a third of its height on every round trip
(192 -> 131 -> 94 px at 1366x768). Putting the sizes back at once does not help: the window
leaves full screen later (on a real screen the window manager answers when it likes, in one
resize or several), and the toolbar takes back its normal height after that. So the sizes are
put back on every resize and relayout of the window until it has settled: the heights of the
docks one above the other in their proportions, and, once the window has its earlier size
again, every dock's width and height as they were. The tab in front of the inspector, the
statuses and the plan comes to the front again too (shown again one after another, the first
of them did).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar

SETTLED_MS = 1000
"""How long after the window's last resize it counts as back from full screen."""
MOST_PUTS = 30
"""At most this many times the sizes are put back per return (a layout that cannot take them
never loops)."""

_ACROSS_SIDES = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)


@dataclass(frozen=True)
class _Kept:
    dock: QDockWidget
    area: Qt.DockWidgetArea
    column: int  # docks of one area with the same column lie one above the other (beside, at the top/bottom)
    width: int
    height: int


def _extent(window: QMainWindow, dock: QDockWidget, o: Qt.Orientation) -> int:
    """The room `dock` takes in the layout along `o`: its height (width), and the tab bar of
    its tabbed docks when that lies below or above it (beside it). (QMainWindow.resizeDocks
    sizes a group of tabbed docks with its tab bar: the inspector, the statuses and the plan.)"""
    g = dock.geometry()
    vertical = o == Qt.Orientation.Vertical
    size = g.height() if vertical else g.width()
    for bar in window.findChildren(QTabBar):
        b = bar.geometry()
        if bar.parent() is not window or not bar.isVisible():
            continue
        if (
            vertical
            and b.left() < g.right()
            and g.left() < b.right()
            and (abs(b.top() - g.bottom() - 1) <= 1 or abs(g.top() - b.bottom() - 1) <= 1)
        ):
            size += b.height()
        elif (
            not vertical
            and b.top() < g.bottom()
            and g.top() < b.bottom()
            and (abs(b.left() - g.right() - 1) <= 1 or abs(g.left() - b.right() - 1) <= 1)
        ):
            size += b.width()
    return size


def _on_screen(window: QMainWindow) -> list[QDockWidget]:
    """The docks the user sees: docked, shown, and the front one of tabbed docks (Qt moves
    the others out of the window)."""
    return [
        dock
        for dock in window.findChildren(QDockWidget)
        if dock.parent() is window
        and dock.isVisible()
        and not dock.isFloating()
        and window.rect().intersects(dock.geometry())
    ]


class DockSizes(QObject):
    """The sizes of the window's docks, kept over the family view (a child of the window)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.kept: list[_Kept] = []
        self.window_size = QSize()  # the window's size then
        self.pending = False  # putting the sizes back until the window has settled
        self.puts = 0
        self.keep_widths = True  # False once the text size changed meanwhile: it sizes the columns
        self._settled = QTimer(self)
        self._settled.setSingleShot(True)
        self._settled.setInterval(SETTLED_MS)
        self._settled.timeout.connect(self._finish)

    def measure(self) -> None:
        """Remember the sizes of the docks on screen now (as the family view begins). Still
        putting back the sizes of the last return: those stay the ones to keep."""
        if self.pending:
            self._settled.stop()
            self.pending = False
            self.window.removeEventFilter(self)
            return
        window = self.window
        self.window_size = window.size()
        self.keep_widths = True
        self.kept = []
        for dock in _on_screen(window):
            area = window.dockWidgetArea(dock)
            geometry = dock.geometry()
            column = geometry.x() if area in _ACROSS_SIDES else geometry.y()
            width = _extent(window, dock, Qt.Orientation.Horizontal)
            self.kept.append(_Kept(dock, area, column, width, _extent(window, dock, Qt.Orientation.Vertical)))

    def put_back(self) -> None:
        """The family view has ended: put the sizes back now and on every resize and relayout
        of the window until it has settled."""
        if not self.kept:
            return
        # the tab in front again (shown again one after another, the first of the tabs came to the front)
        for k in self.kept:
            if k.dock.isVisible() and self.window.tabifiedDockWidgets(k.dock):
                k.dock.raise_()
        self.pending = True
        self.puts = 0
        self.window.installEventFilter(self)
        self._settled.start()
        QTimer.singleShot(0, self, self._apply)

    def eventFilter(self, obj, event) -> bool:
        # (the window's layout has already handled the event: the docks have their new geometry)
        if obj is self.window and self.pending:
            if event.type() == QEvent.Type.Resize:
                self._settled.start()
                self._apply()
            elif event.type() == QEvent.Type.LayoutRequest:
                self._apply()
        return False

    def _finish(self) -> None:
        self._apply()
        self.pending = False
        self.window.removeEventFilter(self)

    def _apply(self) -> None:
        window = self.window
        if not self.pending or window.isFullScreen() or self.puts >= MOST_PUTS:
            return
        shown = set(_on_screen(window))
        kept = [k for k in self.kept if k.dock in shown and window.dockWidgetArea(k.dock) == k.area]
        docks: list[QDockWidget] = []
        sizes: list[int] = []
        orientations: list[Qt.Orientation] = []
        groups: dict[tuple, list[_Kept]] = {}
        for k in kept:
            groups.setdefault((k.area, k.column), []).append(k)
        for (area, _column), group in groups.items():
            along = Qt.Orientation.Vertical if area in _ACROSS_SIDES else Qt.Orientation.Horizontal

            def length(k: _Kept, along=along) -> int:
                return k.height if along == Qt.Orientation.Vertical else k.width

            # the heights (widths) in their proportions, in the room the column has now
            room, then = sum(_extent(window, k.dock, along) for k in group), sum(length(k) for k in group)
            if len(group) < 2 or then <= 0:
                continue
            wanted = [round(length(k) * room / then) for k in group]
            wanted[-1] += room - sum(wanted)
            for k, size in zip(group, wanted, strict=True):
                docks.append(k.dock)
                sizes.append(size)
                orientations.append(along)
        if self.keep_widths and window.size() == self.window_size:  # the earlier size: the columns' widths too
            for k in kept:
                across = Qt.Orientation.Horizontal if k.area in _ACROSS_SIDES else Qt.Orientation.Vertical
                docks.append(k.dock)
                sizes.append(k.width if across == Qt.Orientation.Horizontal else k.height)
                orientations.append(across)
        if all(_extent(window, d, o) == size for d, size, o in zip(docks, sizes, orientations, strict=True)):
            return
        self.puts += 1
        for o in (Qt.Orientation.Horizontal, Qt.Orientation.Vertical):
            chosen = [(d, s) for d, s, oo in zip(docks, sizes, orientations, strict=True) if oo == o]
            if chosen:
                window.resizeDocks([d for d, _ in chosen], [max(1, s) for _, s in chosen], o)
