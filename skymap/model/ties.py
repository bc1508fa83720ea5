"""The one rule of legal tie ends: which kind of tie, if any, joins two people.

A contact joins someone outside the family (an actor) with a family member or with the
family as a whole; a coordination joins two actors. Links are stored with the actor first
in a contact. Everything that asks whether a tie may exist — drawing a tie on the canvas,
Ctrl+L, the person form and fast entry, pasting, the document's checks and the file's
validation — asks this module.
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING, Literal

from .vocabulary import LinkKind

if TYPE_CHECKING:
    from .document import MapDocument

FAMILY_ID = "family"
"""The target of a contact with the family as a whole (also `objects.FAMILY_ID`)."""

End = Literal["actor", "family"]
"""What stands at one end of a tie: an actor (professional or private person), or a
family member / the family as a whole."""

ENDS: dict[LinkKind, tuple[End, End]] = {
    LinkKind.COORDINATION: ("actor", "actor"),
    LinkKind.CONTACT: ("actor", "family"),
}
"""Each kind of tie and the ends it joins, in stored order (source, target)."""


def end_of(obj_id: str, actors: Container[str], members: Container[str]) -> End | None:
    """What `obj_id` is as the end of a tie, given the ids of the map's actors and family
    members; None when it is neither (nobody on the map)."""
    if obj_id in actors:
        return "actor"
    if obj_id == FAMILY_ID or obj_id in members:
        return "family"
    return None


def tie_kind(source: End | None, target: End | None) -> LinkKind | None:
    """The kind of a tie stored from `source` to `target`, or None when no tie may join them
    in this order (two family members, a family member first, someone not on the map)."""
    for kind, ends in ENDS.items():
        if ends == (source, target):
            return kind
    return None


def tie_between(a: str, b: str, actors: Container[str], members: Container[str]) -> tuple[LinkKind, str, str] | None:
    """The tie a user draws between `a` and `b` in either order: its kind and its ends as
    stored (the actor first in a contact); None when no tie can join them (the same person,
    two family members, someone not on the map)."""
    if a == b:
        return None
    end_a, end_b = end_of(a, actors, members), end_of(b, actors, members)
    kind = tie_kind(end_a, end_b)
    if kind is not None:
        return kind, a, b
    kind = tie_kind(end_b, end_a)
    if kind is not None:
        return kind, b, a
    return None


class _Present:
    """Ids a lookup finds (or among `extra`), as a container: looked up, not copied."""

    def __init__(self, lookup, extra: Container[str] = ()) -> None:
        self.lookup, self.extra = lookup, extra

    def __contains__(self, obj_id: object) -> bool:
        return self.lookup(obj_id) is not None or obj_id in self.extra


def ends_in(doc: MapDocument, new_actors: Container[str] = ()) -> tuple[Container[str], Container[str]]:
    """The actors and the family members of a map being edited, for `end_of` and
    `tie_between`; `new_actors` are people being added in the same step."""
    return _Present(doc.actor, new_actors), _Present(doc.member)
