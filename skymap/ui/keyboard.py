"""Moving around the map with the keyboard alone: Tab and the arrow keys go from person
to person, and the selection follows (with the view) so it is always visible; Shift+arrow
adds the next person to the selection (two people selected: Ctrl+L draws their tie).
Only what is on screen is reached: in a child's own view (focus_view.py) the people hidden
are skipped."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt

from skymap.ui.items.cloud_item import CloudItem
from skymap.ui.items.person_item import PersonItem

ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


def people_in_reading_order(scene) -> list:
    items = [i for i in scene.items_by_id.values() if isinstance(i, (PersonItem, CloudItem)) and i.isVisible()]
    return sorted(items, key=lambda i: (round(i.y() / 60), i.x()))


def next_by_tab(scene, current, backwards: bool = False):
    order = people_in_reading_order(scene)
    if not order:
        return None
    if current not in order:
        return order[-1] if backwards else order[0]
    index = order.index(current) + (-1 if backwards else 1)
    return order[index % len(order)]


def next_by_arrow(scene, current, key) -> object | None:
    """The nearest person in the arrow's direction (within a 45° cone either side)."""
    dx, dy = ARROWS[key]
    best, best_score = None, math.inf
    for item in scene.items_by_id.values():
        if not isinstance(item, PersonItem) or item is current or not item.isVisible():
            continue
        vx, vy = item.x() - current.x(), item.y() - current.y()
        along = vx * dx + vy * dy
        across = abs(vx * dy - vy * dx)
        if along <= 0 or across > along:
            continue
        score = along + 2 * across
        if score < best_score:
            best, best_score = item, score
    return best


def _current(scene):
    """The item the keyboard moves from: the focused one if selected (the last one reached),
    else the first selected person or cloud."""
    focused = scene.focusItem()
    if isinstance(focused, (PersonItem, CloudItem)) and focused.isSelected():
        return focused
    return next((i for i in scene.selectedItems() if isinstance(i, (PersonItem, CloudItem))), None)


def handle_key(scene, event) -> bool:
    """Tab / Shift+Tab / arrows move the selection, Shift+arrows add the next person to it;
    returns True when used. Ctrl+Tab is left alone: it takes the focus out of the map."""
    key = event.key()
    modifiers = event.modifiers()
    current = _current(scene)
    target = None
    extend = False
    if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            return False
        target = next_by_tab(
            scene, current, backwards=key == Qt.Key.Key_Backtab or bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        )
    elif key in ARROWS and current is not None and not modifiers & Qt.KeyboardModifier.ControlModifier:
        if isinstance(current, PersonItem):
            target = next_by_arrow(scene, current, key)
            extend = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        else:
            return False
    if target is None:
        return False
    if not extend:
        scene.clearSelection()
    target.setSelected(True)
    target.setFocus()
    for view in scene.views():
        view.reveal(target, 80)
    return True
