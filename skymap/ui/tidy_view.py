"""Edit ▸ Tidy Up (Ctrl+T, and the toolbar's Tidy Up) as the user sees it.

Tidy Up moves people into rows and the clouds close round the family (model/compact.py).
A fitted view follows by itself (refit.py); a view the user zoomed or scrolled keeps their
zoom and place. But when that place shows nothing of the map (zoomed into empty space, or
the clouds that were in view moved away by the tidy), the tidy happened out of sight and the
user saw no sign of it: then the whole map is fitted into view, as View ▸ Fit would. A map
that is tidy already says so on the status bar, so pressing Tidy Up is never silent.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from skymap.ui.items.link_item import LinkItem

SHOWN_FOR = 5000
"""How long the status bar says the map is tidy already (ms)."""


def tidy_map(window) -> None:
    """Tidy the whole map as one undo step, then make sure the user sees the map."""
    stack = window.undo_stack
    before = stack.index()
    window.editor.tidy()
    view = window.view
    if not map_in_view(view):
        view.fit()
    if stack.index() == before:
        window.statusBar().showMessage(
            QCoreApplication.translate("TidyView", "The map is tidy already."), SHOWN_FOR)


def map_in_view(view) -> bool:
    """Whether any person, family member, cloud or note shows in the view (a tie crossing
    it alone does not count: it says nothing of where the map is)."""
    scene = view.scene()
    if scene is None or not hasattr(scene, "map_items"):
        return True
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    return any(item.isVisible() and not isinstance(item, LinkItem) and visible.intersects(item.sceneBoundingRect())
               for item in scene.map_items())
