"""The ties of someone no longer involved (ophørt) are faded on screen, as the person is.

The PDF the core-team meeting reads draws those ties grey and says so in its legend; the
screen drew them at full strength while it faded the person, so the two told different
stories. Which ties they are is the style's rule (model/style.ended_ties: an ended person
at either end), the fading the screen's own: the person's `SCREEN.faded_opacity`. This
follows the map and sets each tie item's opacity (items/base.py announces it to the still
layer), so the items and the scene need no knowledge of it, as plan_marks.py does for the
agreement counts.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from skymap.model import style
from skymap.ui.items.link_item import LinkItem


class EndedTies(QObject):
    """Keeps the ties of `scene` faded while an end of theirs has ended (a child of the
    scene, so it goes with it). Measured once per burst of changes (`signals.settled`)."""

    def __init__(self, scene, signals) -> None:
        super().__init__(scene)
        self.scene = scene
        signals.settled.connect(self._on_settled)
        self.refresh()

    def _on_settled(self, changes) -> None:
        if any(c.collection == "links" or (c.collection == "actors" and (c.action != "updated"
                                                                         or "active" in c.fields))
               for c in changes):
            self.refresh()

    def refresh(self) -> None:
        ended = style.ended_ties(self.scene.doc.map)
        faded = style.SCREEN.faded_opacity
        for link in self.scene.doc.map.links:
            item = self.scene.items_by_id.get(link.id)
            if isinstance(item, LinkItem):
                opacity = faded if link.id in ended else 1.0
                if item.opacity() != opacity:
                    item.setOpacity(opacity)
