"""Where Tab goes in the main window: in reading order (the palette, the map, the panels on
the right, top to bottom), and never into a panel hidden behind another panel's tab.

Qt's own order is the order the widgets were made in, and a dock widget tabbed behind
another stays "visible" (it is only moved out of sight), so plain Tab would reach the map
last and wander through the hidden Statuses panel first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget


def _hidden_behind_a_tab(widget: QWidget, window: QWidget) -> bool:
    parent: QWidget | None = widget
    while parent is not None and parent is not window:
        if isinstance(parent, QDockWidget):
            return parent.visibleRegion().isEmpty()
        parent = parent.parentWidget()
    return False


def _zone(widget: QWidget, zones: list[QWidget]) -> int:
    for index, zone in enumerate(zones):
        if zone is widget or zone.isAncestorOf(widget):
            return index
    return len(zones)


def tab_stops(window, zones: list[QWidget]) -> list[QWidget]:
    """The widgets Tab stops at, in order: by zone, then Qt's order within a zone."""
    stops = []
    widget = window.nextInFocusChain()
    seen = 0
    while widget is not window and seen < 10_000:
        seen += 1
        if (
            widget.window() is window
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and widget.isVisible()
            and widget.isEnabled()
            and not _hidden_behind_a_tab(widget, window)
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return sorted(stops, key=lambda w: _zone(w, zones))  # a stable sort keeps Qt's order within a zone


def next_stop(window, zones: list[QWidget], forward: bool) -> QWidget | None:
    stops = tab_stops(window, zones)
    if not stops:
        return None
    focused = QApplication.focusWidget()
    index = None
    if focused is not None:
        exact = [i for i, w in enumerate(stops) if w is focused]
        around = [i for i, w in enumerate(stops) if w.isAncestorOf(focused)]
        index = exact[0] if exact else (around[-1] if around else None)
    if index is None:
        return stops[0] if forward else stops[-1]
    return stops[(index + (1 if forward else -1)) % len(stops)]
