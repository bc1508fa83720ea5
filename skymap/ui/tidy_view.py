"""Edit ▸ Tidy Up (Ctrl+T, and the toolbar's Tidy Up) as the user sees it.

Tidy Up moves people into rows and the clouds close round the family (model/compact.py).
A fitted view follows by itself (refit.py); a view the user zoomed or scrolled keeps their
zoom and place. But when that place shows nothing of the map (zoomed into empty space, or
the clouds that were in view moved away by the tidy), the tidy happened out of sight and the
user saw no sign of it: then the whole map is fitted into view, as View ▸ Fit would. A map
that is tidy already says so on the status bar, so pressing Tidy Up is never silent.

A map opened with people in no cloud standing inside a cloud (saved before model/loose.py
kept them out) is shown as it was saved, not changed behind the user's back; the status bar
names them and says that Tidy Up moves them out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from skymap.model.loose import under_clouds
from skymap.ui.items.link_item import LinkItem

SHOWN_FOR = 5000
"""How long the status bar says the map is tidy already (ms)."""
LOOSE_SHOWN_FOR = 20000
"""How long the status bar names the people standing inside a cloud they are not in (ms)."""
NAMED = 5
"""At most this many of them are named."""


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


def say_loose(window) -> None:
    """On opening a map: name the people in no cloud who stand inside a cloud, and how to
    move them out (nothing is moved: the map stays as it was saved)."""
    if window.read_only:
        return
    doc = window.doc
    found = under_clouds(doc.map)
    if not found:
        return
    names = [doc.actor(i).name or "?" for i in found[:NAMED]]
    text = ", ".join(names) + (" …" if len(found) > NAMED else "")
    window.statusBar().showMessage(QCoreApplication.translate(
        "TidyView", "In no cloud, but standing inside one: %1. Edit ▸ Tidy Up moves them out.").replace("%1", text),
        LOOSE_SHOWN_FOR)
