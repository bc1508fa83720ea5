"""What the family view (F11, the screen at the kitchen table) leaves out, and the room its
large names keep between neighbours (ui/name_room.py).

The family view shows what the family's own copy shows: the people and ties the copy leaves
out (model/family_copy.left_out: every protected person (skærmet), everyone no longer
involved, and their ties) are hidden, not faded, and no consent mark is drawn (the items ask
`Appearance.family_view` for their badges, as model/style.person_badges' `caseworker`).
Leaving the family view shows them again. Like the child's own view (ui/focus_view.py) the
scene's items are hidden; both can last at once, so an item is visible when neither hides it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from skymap.model.family_copy import left_out
from skymap.ui import name_room, text_room
from skymap.ui.items.person_item import PersonItem


def hidden_ids(docview) -> frozenset[str]:
    """The ids the family view hides on `docview`'s map (none outside the family view)."""
    appearance = docview.scene.appearance
    if not getattr(appearance, "family_view", False):
        return frozenset()
    return left_out(docview.doc.map)


def apply(docview) -> None:
    """Every item of `docview` visible unless the family view or the child's view hides it."""
    from skymap.ui.focus_view import FocusView  # noqa: PLC0415 (focus_view calls this module)

    hidden = hidden_ids(docview)
    focus = [f for f in docview.scene.findChildren(FocusView) if not f.stopped]
    shown = focus[-1].shown_ids() if focus else None
    for obj_id, item in list(docview.scene.items_by_id.items()):
        item.setVisible(obj_id not in hidden and (shown is None or obj_id in shown))
    # the large names of the family view keep a gap between neighbours (only those on screen count)
    people = [item for item in docview.scene.items_by_id.values() if isinstance(item, PersonItem)]
    name_room.fit([p for p in people if p.isVisible()], bool(getattr(docview.scene.appearance, "family_view", False)))
    # at a larger text size, each person's text keeps off the others' symbols (text_room.py)
    appearance = docview.scene.appearance
    text_room.fit([p for p in people if p.isVisible()], float(getattr(appearance, "text_scale", 1.0)),
                  bool(getattr(appearance, "family_view", False)))
    # each cloud's count: the people of it on screen (everyone involved, as the scene counts, otherwise)
    counts: dict[str, int] = {}
    for a in docview.doc.map.actors:
        if a.active and a.domain is not None and a.id not in hidden and (shown is None or a.id in shown):
            counts[a.domain] = counts.get(a.domain, 0) + 1
    for d in docview.doc.map.domains:
        item = docview.scene.items_by_id.get(d.id)
        if item is not None:
            item.set_count(counts.get(d.id, 0))


class FamilyScreen(QObject):
    """Keeps the family view's hiding while the map changes (a child of the docview's scene;
    made with every DocumentView, and applied again when the family view is switched)."""

    def __init__(self, docview) -> None:
        super().__init__(docview.scene)
        self.docview = docview
        self._again = QTimer(self)
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(self._apply)
        docview.signals.changed.connect(self._on_change)
        if docview.scene.appearance.family_view:
            apply(docview)

    def _apply(self) -> None:
        try:
            apply(self.docview)
        except RuntimeError:  # the scene is being torn down
            pass

    def _on_change(self, change) -> None:
        appearance = self.docview.scene.appearance
        if change.collection in ("family", "actors", "links") and (
            appearance.family_view or getattr(appearance, "text_scale", 1.0) > 1.0
        ):
            self._again.start()
