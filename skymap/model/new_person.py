"""Which cloud a person added from the palette (a click on its button, or its menu key)
goes into.

A private person - a grandmother, a neighbour, a coach - belongs in the private network
(DESIGN.md's vocabulary: an actor of kind private *is* "privat netværk"), so she goes into
the map's private-network cloud whatever else is selected: a caseworker who just added the
class teacher and then clicks "Private person" for the grandmother does not mean the
school. Only a cloud of the user's own (kind custom) that they selected is taken at their
word, unless it holds professionals only. A map with no private-network cloud gets the
standard one, as the template would have made it (`private_network_cloud`).

A professional goes into the selected cloud (or the cloud of the selected person); with
nothing selected, into the cloud in the middle of the view (the one the user is looking
at), and otherwise in no cloud, beside where the user is looking, to be put into one
from the form.

A person dropped from the palette, or added with "Add ... here", stays where she was put:
that is a place the user chose (ui/window_edits.py `drop_from_palette`).
"""

from __future__ import annotations

from .geometry import cloud_polygon, point_in_polygon
from .layout import CLOUD_H, CLOUD_W
from .objects import Domain, SkyMap
from .placement import free_cloud_position
from .template import DOMAIN_COLOURS, STANDARD_IDS
from .vocabulary import ActorKind, DomainKind, label

NEW_PRIVATE_CLOUD = "<new private network>"
"""`cloud_for_new_person`'s answer when the private person needs a private-network cloud
the map does not have yet (`private_network_cloud` makes it)."""


def _people_kinds(m: SkyMap, domain_id: str) -> set[ActorKind]:
    return {a.kind for a in m.actors if a.domain == domain_id}


def takes_private(m: SkyMap, d: Domain) -> bool:
    """True when a private person added with `d` selected goes into `d`: a private-network
    cloud, or a cloud of the user's own that does not hold professionals only."""
    if d.kind is DomainKind.PRIVATE_NETWORK:
        return True
    return d.kind is DomainKind.CUSTOM and _people_kinds(m, d.id) != {ActorKind.PROFESSIONAL}


def private_clouds(m: SkyMap) -> list[Domain]:
    """The clouds of the map's private network, in the map's order: those of the standard
    kind first, then the user's own clouds that hold private persons only."""
    standard = [d for d in m.domains if d.kind is DomainKind.PRIVATE_NETWORK]
    own = [d for d in m.domains if d.kind is DomainKind.CUSTOM and _people_kinds(m, d.id) == {ActorKind.PRIVATE}]
    return standard + own


def cloud_at(m: SkyMap, point: tuple[float, float]) -> Domain | None:
    """The cloud whose outline holds `point` (the one drawn on top: the last), or None."""
    x, y = point
    for d in reversed(m.domains):
        if abs(x - d.x) <= d.width / 2 and abs(y - d.y) <= d.height / 2 \
                and point_in_polygon(x - d.x, y - d.y, cloud_polygon(d.width, d.height, d.outline)):
            return d
    return None


def cloud_for_new_person(m: SkyMap, kind: ActorKind, selected: str | None,
                         centre: tuple[float, float] | None = None) -> str | None:
    """The id of the cloud a person of `kind` added from the palette goes into, with the
    cloud `selected` (the selected cloud, or the selected person's cloud; None) and the
    middle of the view at `centre`; None for no cloud; NEW_PRIVATE_CLOUD when a private
    person needs the private-network cloud the map does not have."""
    chosen = next((d for d in m.domains if d.id == selected), None) if selected else None
    looked_at = cloud_at(m, centre) if centre is not None else None
    if kind is ActorKind.PRIVATE:
        if chosen is not None and takes_private(m, chosen):
            return chosen.id
        homes = private_clouds(m)
        if not homes:
            return NEW_PRIVATE_CLOUD
        if looked_at is not None and any(d.id == looked_at.id for d in homes):
            return looked_at.id  # of several, the one on screen
        return homes[0].id
    if chosen is not None:
        return chosen.id
    if looked_at is not None and looked_at.kind is not DomainKind.PRIVATE_NETWORK:
        return looked_at.id
    return None


def private_network_cloud(m: SkyMap, new_id: str) -> Domain:
    """The standard private-network cloud for a map that has none: labelled in the map's
    language, in the template's colour and size, in a free place around the family. Its id
    is the template's when free, else `new_id`."""
    kind = DomainKind.PRIVATE_NETWORK
    used = {d.id for d in m.domains}
    x, y = free_cloud_position(m)
    return Domain(
        id=STANDARD_IDS[kind] if STANDARD_IDS[kind] not in used else new_id,
        label=label(kind, m.meta.language), kind=kind, color=DOMAIN_COLOURS[kind],
        x=x, y=y, width=CLOUD_W, height=CLOUD_H,
    )
