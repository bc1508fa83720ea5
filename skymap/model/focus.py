"""A child's own view (barnets kort): one family member and the people they meet.

Children must be heard on their own (Barnets lov § 5): the view of the map from one family
member shows that member, the people in contact with them, and the ties among those people
(their contacts with the member and the coordination between them) - nothing else: no other
family member, nobody the member does not meet, no clouds left empty, no canvas notes. The
window hides the rest of the scene; the export prints a map cut down to it.

Someone in contact with the whole family (a tie to FAMILY_ID, "hele familien") meets the
member too, as the counts say (metrics.professionals_in_contact): they and that tie are in
the view; the tie is drawn to the family's oval round the member. A protected person is
still left out wherever protected people are (the family view, the family's copy), which
hide on top of this view.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import SkymapError
from .messages import message
from .objects import FAMILY_ID, MapContent, SkyMap
from .vocabulary import LinkKind


@dataclass(frozen=True)
class Focus:
    """What a member's view shows, by id."""

    member: str
    people: frozenset[str]  # the member and the actors they meet
    links: frozenset[str]
    domains: frozenset[str]

    @property
    def shown(self) -> frozenset[str]:
        return self.people | self.links | self.domains


def focus_of(content: MapContent | SkyMap, member_id: str) -> Focus:
    """The member `member_id`, the actors with a contact tie to them or to the whole family,
    those contacts and the coordination ties among those actors, and the clouds those actors
    are in."""
    ends = {member_id, FAMILY_ID}
    met = {ln.source for ln in content.links if ln.kind is LinkKind.CONTACT and ln.target in ends}
    people = frozenset({member_id, *met})
    links = frozenset(
        ln.id for ln in content.links
        if (ln.kind is LinkKind.CONTACT and ln.target in ends and ln.source in met)
        or (ln.kind is LinkKind.COORDINATION and ln.source in met and ln.target in met)
    )
    domains = frozenset(a.domain for a in content.actors if a.id in met and a.domain is not None)
    return Focus(member_id, people, links, domains)


def find_member(m: SkyMap, name: str) -> str:
    """The id of the family member called `name` (case and spacing do not matter)."""
    wanted = " ".join(name.split()).casefold()
    for member in m.family:
        if " ".join(member.name.split()).casefold() == wanted:
            return member.id
    raise SkymapError("focus_unknown", name=name, known=", ".join(f.name for f in m.family) or "-")


def network_title(name: str, lang: str, whole: bool = False) -> str:
    """ "Emils netværk" / "Emil's network" (from the member's first name; `whole`: from all
    of `name`, a pseudonym such as "E. N." -> "E. N.s netværk" / "E. N.'s network")."""
    first = name.strip() if whole else (name.split()[0] if name.split() else name)
    if lang == "da":
        return message("focus_title", lang, name=first + ("'" if first[-1:].lower() in "sxz" else "s"))
    return message("focus_title", lang, name=first + "'s")


def _cut(content: MapContent | SkyMap, focus: Focus) -> dict:
    """The parts of `content` that `focus` keeps (the plan: the goals, and the agreements of
    the people shown or of the family as a whole)."""
    owners = focus.people | {FAMILY_ID}
    return {
        "family": [f for f in content.family if f.id == focus.member],
        "domains": [d for d in content.domains if d.id in focus.domains],
        "actors": [a for a in content.actors if a.id in focus.people],
        "links": [ln for ln in content.links if ln.id in focus.links],
        "annotations": [],
        "goals": list(content.goals),
        "agreements": [ag for ag in content.agreements if ag.owner in owners],
    }


def focus_map(m: SkyMap, name: str, lang: str | None = None) -> SkyMap:
    """A copy of the map that shows only the network of the family member called `name`,
    titled "<name>s netværk" / "<name>'s network"; each status is cut the same way (by the
    member's id), so the changes since a status are the member's changes too."""
    return member_map(m, find_member(m, name), lang)


def member_map(m: SkyMap, member_id: str, lang: str | None = None) -> SkyMap:
    """`focus_map` of the family member with the id `member_id` (the window's child's view,
    which knows the member by id: two members may share a name)."""
    member = next(f for f in m.family if f.id == member_id)
    lang = lang or m.meta.language
    snapshots = []
    for snap in m.snapshots:
        if any(f.id == member_id for f in snap.content.family):
            content = MapContent.model_validate(
                {k: [o if isinstance(o, str) else o.model_dump() for o in v]
                 for k, v in _cut(snap.content, focus_of(snap.content, member_id)).items()})
            snapshots.append(snap.model_copy(update={"content": content}))
    title = network_title(member.name, lang)
    return m.model_copy(update={**_cut(m, focus_of(m, member_id)), "snapshots": snapshots,
                                "meta": m.meta.model_copy(update={"title": title})})


def shown_map(m: SkyMap, member_id: str | None) -> SkyMap:
    """What a window showing `m` counts in its overview: the whole map, or while the own view
    of the family member `member_id` is shown, that view - the people, ties and clouds of
    `focus_of`, as `member_map` cuts them, without its statuses (a member no longer on the
    map: the whole map)."""
    if member_id is None or not any(f.id == member_id for f in m.family):
        return m
    return m.model_copy(update={**_cut(m, focus_of(m, member_id)), "snapshots": []})


def focused_member(m: MapContent | SkyMap, title: str) -> str | None:
    """The id of the family member whose own view `title` names (a map cut by focus_map:
    its one member, titled "Emils netværk" or "Emil's network"), else None."""
    if len(m.family) != 1:
        return None
    member = m.family[0]
    return member.id if title in (network_title(member.name, "da"), network_title(member.name, "en")) else None
