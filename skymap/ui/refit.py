"""The fitted map stays fitted while it is built.

A map is built one person at a time with the whole map in view (the window opens fitted).
Without this, the view kept the zoom of the first fit: people added outside it were cut
off, and a map that Tidy Up made more compact stayed small in the middle of the screen
(names about 11 px high at 1366x768) until the caseworker pressed Fit.

So after each edit (a burst of changes, DocumentSignals.settled), a view that is still
fitted — the user has not zoomed or scrolled by hand since the last fit (MapView.auto_fit)
— fits the map again when the edit put something outside the visible area, or when the
map would now be shown noticeably larger. A view the user zoomed or scrolled keeps their
zoom and place. Edits never land during a drag (a drag is one step, pushed on release), so
the view never moves under the mouse.

The fit is done at once, inside the edit's notice: the in-place form that opens on a
newcomer right after the addition is placed on the view as it will stay.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF

GROW = 1.05
"""Refit when the whole map would be shown this much larger (or more): small changes (a
name a little longer) leave the view alone instead of nudging it at every edit."""
MARGIN = 16.0
"""The margin MapView.fit leaves round the map (scene units)."""


class RefitAfterEdits(QObject):
    """Keeps `view` fitted across the edits `signals` announce (see the module)."""

    def __init__(self, view, signals, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        signals.settled.connect(self._settled)

    def _settled(self, _changes) -> None:
        view = self.view
        if not view.auto_fit or not view.isVisible():
            return
        scene = view.scene()
        if scene is None:
            return
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        if _stays_in_view(scene, _changes, visible):
            return  # (no walk over every item after a rename at 300 people)
        bounds = view.fitted_area()  # (while a child's own view is shown: their network)
        if bounds.isEmpty():
            return
        if needs_refit(bounds, visible, view.zoom(),
                       view.viewport().width(), view.viewport().height()):
            view.fit()


PLACE = frozenset({"x", "y", "width", "height", "domain", "outline"})
"""Fields whose change can move or resize an object on the map."""


def _stays_in_view(scene, changes, visible: QRectF) -> bool:
    """True when the burst only changed objects in place (a name, a colour, consent ...)
    or ties (added, removed, changed: they lie between people), and each changed object is
    still wholly in view: then the map's bounds can only have grown inside the view, and
    nothing needs measuring."""
    if not changes:
        return False
    items = []
    for change in changes:
        if change.collection == "links":
            continue  # a tie lies between people already on the map: it moves no bound
        if change.action != "updated" or change.id is None or PLACE & set(change.fields):
            return False
        if change.collection in ("domains", "family", "actors", "annotations"):
            item = scene.items_by_id.get(change.id) if hasattr(scene, "items_by_id") else None
            if item is None:
                return False
            items.append(item)
        else:
            return False
    return all(visible.contains(item.sceneBoundingRect()) for item in items)


def needs_refit(bounds: QRectF, visible: QRectF, zoom: float, width: int, height: int) -> bool:
    """True when the map's `bounds` reach outside the `visible` part of the scene, or when a
    fit would show them `GROW` times larger than the current `zoom` in a viewport of
    `width` x `height` pixels."""
    if not visible.contains(bounds):
        return True
    fitted = bounds.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    best = min(width / max(fitted.width(), 1.0), height / max(fitted.height(), 1.0))
    return best > zoom * GROW
