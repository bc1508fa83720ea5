"""What a screen reader says about the canvas: one sentence for each item and for the
selection ("Professional: Lene Holm, teacher, in School and day care, 3 ties").

Items on a QGraphicsScene have no accessible interface of their own, so the map view
carries the description of what is selected (see MapView.describe_selection); the same
sentence is the item's tooltip, so nothing is only said on hover.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from skymap.model.metrics import professionals_in_contact
from skymap.model.objects import FAMILY_ID
from skymap.model.vocabulary import Direction, label
from skymap.ui.items.base import MapItem

MAX_NAMES = 5
"""A selection of more things lists this many names, then "…"."""


class Describer(QObject):
    """The sentences, translated (a QObject so that lupdate sees the plural forms)."""

    def __init__(self, scene) -> None:
        super().__init__()
        self.scene = scene
        self.doc = scene.doc
        self.lang = getattr(scene, "lang", None) or scene.doc.map.meta.language

    def _shown(self, obj_id: str) -> bool:
        """On screen: a child's own view hides the rest of the map, and what is hidden is
        neither described nor counted (focus_view.py)."""
        item = self.scene.items_by_id.get(obj_id)
        return item is None or item.isVisible()

    def _ties(self, obj_id: str) -> int:
        return sum(1 for link_id in self.scene.links_at(obj_id) if self._shown(link_id))

    def _name(self, obj_id: str) -> str:
        if obj_id == FAMILY_ID:
            return self.tr("the whole family")
        obj = self.doc.actor(obj_id) or self.doc.member(obj_id)
        return obj.name if obj is not None else obj_id

    def item(self, item) -> str:
        kind = item.kind if isinstance(item, MapItem) else ""
        method = {"actor": self.actor, "member": self.member, "domain": self.cloud, "link": self.tie,
                  "note": self.note, "family": self.family}.get(kind)
        return method(item) if method is not None else ""

    def actor(self, item) -> str:
        a = self.doc.actor(item.obj_id)
        if a is None:
            return ""
        parts = [a.name or self.tr("(no name)"), a.role, a.organisation]
        domain = self.doc.domain(a.domain) if a.domain else None
        if domain is not None:
            parts.append(self.tr("in %1").replace("%1", domain.label))
        if a.coordinator:
            parts.append(self.tr("family coordinator"))
        if a.core_team:
            parts.append(self.tr("core team"))
        if not a.active:
            parts.append(self.tr("no longer involved"))
        parts.append(self.tr("%n tie(s)", "", self._ties(a.id)))
        return f"{label(a.kind, self.lang).capitalize()}: " + ", ".join(p for p in parts if p)

    def member(self, item) -> str:
        m = self.doc.member(item.obj_id)
        if m is None:
            return ""
        # The overview's number ("Professionals per family member"), by the model's one definition,
        # of the professionals on screen: a child's own view counts the child's own network (a
        # contact with the whole family is in it), the family view leaves out whom it hides.
        professionals = sum(1 for p in professionals_in_contact(self.doc.map).get(m.id, ()) if self._shown(p))
        parts = [m.name or self.tr("(no name)"), label(m.role, self.lang),
                 self.tr("in contact with %n professional(s)", "", professionals)]
        head = self.tr("Family member")
        return f"{head}: " + ", ".join(p for p in parts if p)

    def cloud(self, item) -> str:
        d = self.doc.domain(item.obj_id)
        if d is None:
            return ""
        people = sum(1 for a in self.doc.map.actors if a.domain == d.id and a.active and self._shown(a.id))
        head = self.tr("Cloud")
        return f"{head}: {d.label}, " + self.tr("%n person(s)", "", people)

    def tie(self, item) -> str:
        link = self.doc.link(item.obj_id)
        if link is None:
            return ""
        a, b = self._name(link.source), self._name(link.target)
        parts = [f"{a} — {b}", label(link.quality, self.lang)]
        if link.direction is Direction.FORWARD:
            parts.append(self.tr("help flows from %1 to %2").replace("%1", a).replace("%2", b))
        elif link.direction is Direction.BACKWARD:
            parts.append(self.tr("help flows from %1 to %2").replace("%1", b).replace("%2", a))
        elif link.direction is Direction.MUTUAL:
            parts.append(self.tr("help flows both ways"))
        return f"{label(link.kind, self.lang).capitalize()}: " + ", ".join(parts)

    def note(self, item) -> str:
        note = self.doc.get("annotations", item.obj_id)
        head = self.tr("Note")
        return f"{head}: {note.text}" if note is not None else ""

    def family(self, item) -> str:
        members = self.tr("%n family member(s)", "", sum(1 for m in self.doc.map.family if self._shown(m.id)))
        head = self.tr("Whole family")
        return f"{head}: {item.title}, {members}"

    def selection(self) -> str:
        selected = [i for i in self.scene.selectedItems() if isinstance(i, MapItem)]
        if not selected:
            focus = self.scene.focusItem()
            if isinstance(focus, MapItem):
                return self.item(focus)
            return self.tr("Nothing selected. Tab moves from person to person.")
        if len(selected) == 1:
            return self.item(selected[0])
        selected.sort(key=lambda i: (round(i.scenePos().y() / 60), i.scenePos().x()))  # reading order
        names = [self.item(i).split(": ", 1)[-1].split(", ")[0] for i in selected[:MAX_NAMES]]
        more = "…" if len(selected) > MAX_NAMES else ""
        return self.tr("%n selected: %1", "", len(selected)).replace("%1", ", ".join(names) + more)


def describe_item(scene, item) -> str:
    """One sentence about a canvas item (a person, family member, cloud, tie, note, the family)."""
    if scene is None or not hasattr(scene, "doc"):
        return ""
    return Describer(scene).item(item)


def describe_selection(scene) -> str:
    """The sentence for what is selected (or has the keyboard focus)."""
    if scene is None or not hasattr(scene, "doc"):  # no map, or one being torn down
        return ""
    return Describer(scene).selection()
