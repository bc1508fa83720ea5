"""The joint plan's room in the right column: it takes most of the column when its tab comes
to the front (PLAN_SHARE, issue 15), and gives the overview its height back when another tab
(the inspector, the statuses) comes to the front again.

Before, the squeeze stayed: after one look at the plan the overview was two lines high under
the inspector for good (a user trial at 1366x768). A split the user dragged while the plan
was in front is theirs and is kept. The family view's own keeping of dock sizes
(ui/dock_sizes.py) is left alone: nothing happens here while it is on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer

PLAN_SHARE = 0.8
"""When the plan's tab comes to the front it gets this share of the right column's height
(the overview above it keeps the rest, and the user's own drag when it gave the plan more)."""
DRAGGED = 12
"""Pixels the overview's height may differ from the squeeze asked for and still count as not
dragged (the layout gives it a few pixels more or less than asked: 136 for 131)."""


def _in_front(window, dock) -> bool:
    """Whether `dock` is the tab in front (Qt keeps the tabs behind it "visible", moved out of
    the window)."""
    return dock.isVisible() and not dock.isFloating() and window.rect().intersects(dock.geometry())


class PlanRoom(QObject):
    """Makes room for the plan's tab, and gives it back (a child of the window)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.overview_before: int | None = None  # the overview's height before the squeeze
        self.squeezed_to: int | None = None  # the overview's height the squeeze left

    def _quiet(self) -> bool:
        w = self.window
        return w.family_view or not w.overview_dock.isVisible()

    def plan_shown(self, visible: bool) -> None:
        """The plan's tab came to the front."""
        if visible:
            self._make_room()

    def other_shown(self, dock, visible: bool) -> None:
        """`dock` (the inspector, the statuses) came to the front of the tabs."""
        if visible and self.overview_before is not None:
            # (after the tab now in front has its place in the layout)
            QTimer.singleShot(0, self, lambda: self._give_back(dock))

    def _make_room(self) -> None:
        # The goals and the agreements need more height than the inspector's form.
        w = self.window
        self.overview_before = self.squeezed_to = None
        if self._quiet():
            return
        overview = w.overview_dock.height()
        total = overview + w.plan_dock.height()
        plan = round(total * PLAN_SHARE)
        if w.plan_dock.height() < plan:  # (a plan the user made taller keeps its height)
            w.resizeDocks([w.overview_dock, w.plan_dock], [total - plan, plan], Qt.Orientation.Vertical)
            self.overview_before, self.squeezed_to = overview, total - plan  # (laid out later)

    def _give_back(self, front) -> None:
        w = self.window
        before, squeezed = self.overview_before, self.squeezed_to
        self.overview_before = self.squeezed_to = None
        if before is None or squeezed is None or self._quiet() or not _in_front(w, front):
            return
        if abs(w.overview_dock.height() - squeezed) > DRAGGED:
            return  # the user dragged the split: theirs
        self._put(front, before, 0)

    def _put(self, front, height: int, tries: int) -> None:
        # (resizeDocks right after a tab switch is taken only in part, or not at all, while the
        # layout still settles: put again until the overview has its height, a few times at most)
        w = self.window
        if self._quiet() or not _in_front(w, front) or abs(w.overview_dock.height() - height) <= 1 or tries >= 10:
            return
        from skymap.ui.dock_sizes import _extent  # noqa: PLC0415 (with the tab bar, as resizeDocks counts it)

        total = w.overview_dock.height() + _extent(w, front, Qt.Orientation.Vertical)
        w.resizeDocks([w.overview_dock, front], [height, total - height], Qt.Orientation.Vertical)
        QTimer.singleShot(10, self, lambda: self._put(front, height, tries + 1))
