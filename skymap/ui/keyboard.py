"""Moving around the map with the keyboard alone: Tab and the arrow keys go from person
to person, and the selection follows (with the view) so it is always visible."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt

from skymap.ui.items.cloud_item import CloudItem
from skymap.ui.items.person_item import PersonItem

ARROWS = {Qt.Key_Left: (-1, 0), Qt.Key_Right: (1, 0), Qt.Key_Up: (0, -1), Qt.Key_Down: (0, 1)}


def people_in_reading_order(scene) -> list:
    items = [i for i in scene.items_by_id.values() if isinstance(i, (PersonItem, CloudItem))]
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
        if not isinstance(item, PersonItem) or item is current:
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


def handle_key(scene, event) -> bool:
    """Tab / Shift+Tab / arrows move the selection; returns True when used."""
    key = event.key()
    current = next((i for i in scene.selectedItems() if isinstance(i, (PersonItem, CloudItem))), None)
    target = None
    if key in (Qt.Key_Tab, Qt.Key_Backtab):
        target = next_by_tab(scene, current, backwards=key == Qt.Key_Backtab or bool(event.modifiers() & Qt.ShiftModifier))
    elif key in ARROWS and current is not None and not event.modifiers() & Qt.ControlModifier:
        if isinstance(current, PersonItem):
            target = next_by_arrow(scene, current, key)
        else:
            return False
    if target is None:
        return False
    scene.clearSelection()
    target.setSelected(True)
    target.setFocus()
    for view in scene.views():
        view.ensureVisible(target, 80, 80)
    return True
