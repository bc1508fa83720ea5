"""An empty map opens readable.

A new map (File ▸ New, Close Map, the first start) holds the nine clouds of the template
spread round the family and nobody yet. Fitted whole into a laptop's window (1366x768) it
was drawn so small that the family's hint "Double-click here to add a family member" was
about 6 px high and its title 8 px - the first thing a new user sees, unreadable from across
the table.

So while a map holds nobody (no family member, no one outside the family, no note), what the
view fits (MapView.fit_area, as a child's own view uses it) is the family in the middle at a
zoom where the hint is READABLE_PX high, with the inner parts of the clouds round it; when
the whole map is readable at its fit anyway (a large screen, a large text size), the whole
map. View ▸ Fit to Window (the toolbar's Fit, Ctrl+0) asked for by the user shows the whole
map, small as it is, and so does every fit of that map from then on. Once someone is on the
map, a fit shows the whole map again (ui/refit.py refits at that edit, so the newcomer's
in-place form opens on the view as it will stay).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontInfo

READABLE_PX = 13.2
"""The height on screen (pixels) of the family's hint on an empty map, as names on the
example map are at 1366x768 (tests/ui/test_legibility.py)."""
HINT_POINTS = 9
"""The point size the family's hint is drawn with at the normal text size (items/family_item.py)."""
FIT_MARGIN = 16.0
"""The margin MapView.fit adds round what it fits (scene units)."""
VIEW_MARGIN = 2
"""The pixels QGraphicsView.fitInView leaves inside the viewport on each side."""


def is_empty(skymap) -> bool:
    return not (skymap.family or skymap.actors or skymap.annotations)


class EmptyFit:
    """What one map's view fits (MapView.fit_area): see the module."""

    def __init__(self, view, scene) -> None:
        self.view = view
        self.scene = scene
        self.whole = False  # the user asked for the whole map (View > Fit to Window)

    def area(self) -> QRectF:
        view, scene = self.view, self.scene
        whole = scene.itemsBoundingRect()
        family = getattr(scene, "family_item", None)
        viewport = view.viewport()
        if (self.whole or family is None or not is_empty(scene.doc.map)
                or viewport.width() <= 0 or viewport.height() <= 0):
            return whole
        hint_px = QFontInfo(scene.appearance.font(HINT_POINTS)).pixelSize()
        zoom = READABLE_PX / max(1, hint_px)
        width = (viewport.width() - 2 * VIEW_MARGIN) / zoom - 2 * FIT_MARGIN
        height = (viewport.height() - 2 * VIEW_MARGIN) / zoom - 2 * FIT_MARGIN
        if width >= whole.width() and height >= whole.height():
            return whole  # the whole map is readable at its fit
        centre = family.sceneBoundingRect().center()
        area = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
        return area if area.contains(family.sceneBoundingRect()) else whole


def follow(view, scene) -> None:
    """Fit `view` (showing `scene`) by this rule from now on."""
    view.fit_area = EmptyFit(view, scene).area


def fit_whole(view) -> None:
    """View > Fit to Window: the whole map, also an empty one (see the module)."""
    owner = getattr(view.fit_area, "__self__", None)
    if isinstance(owner, EmptyFit):
        owner.whole = True
    view.fit()
