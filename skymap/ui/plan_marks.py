"""A person with open agreements in the joint plan carries a small count on the map.

The scene's people know the number (PersonItem.open_agreements); this follows the map and
sets it, so the items stay thin and the scene needs no knowledge of the plan. The badge
itself is the style's (model/style.agreement_badges), drawn the same in the PDF.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from skymap.model.plan import open_counts
from skymap.ui.items.person_item import PersonItem


class PlanMarks(QObject):
    """Keeps the counts of `scene`'s people up to date with its map (a child of the scene,
    so it goes with it)."""

    def __init__(self, scene, signals) -> None:
        super().__init__(scene)
        self.scene = scene
        signals.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, change) -> None:
        if change.collection == "agreements" or (change.collection in ("actors", "family")
                                                 and change.action == "added"):
            self.refresh()

    def refresh(self) -> None:
        counts = open_counts(self.scene.doc.map)
        for item in list(self.scene.items_by_id.values()):
            if isinstance(item, PersonItem):
                n = counts.get(item.obj_id, 0)
                if item.open_agreements != n:
                    item.open_agreements = n
                    item.update()
