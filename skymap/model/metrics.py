"""Network measures of a map with networkx, computed with and without the family.

Without the family: the professionals' coordination network (active professionals, and
coordination ties between two of them) — isolates, brokers (articulation points) and
components there show where coordination is missing. With the family: every active person
and family member, contacts and coordination, the family members joined through the
household — comparing the two shows when the family is the only bridge between its
professionals. Only active actors count; ended ones are history.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

from .graph import Graph, connected_components, cut_vertices
from .objects import FAMILY_ID, Actor, Domain, FamilyMember, Link, Settings
from .vocabulary import ActorKind, LinkKind, Quality

HOUSEHOLD = "\x00household"
"""The node that joins the family members in the with-family network."""

QUALITY_STRENGTH = {
    Quality.STRONG: 4.0,
    Quality.MODERATE: 3.0,
    Quality.WEAK: 2.0,
    Quality.STRAINED: 1.5,
    Quality.BROKEN: 1.0,
    Quality.NOT_ASSESSED: 3.0,  # no claim either way: counted as a middling tie
}


class MapLike(Protocol):
    family: list[FamilyMember]
    domains: list[Domain]
    actors: list[Actor]
    links: list[Link]


def tie_strength(link: Link) -> float:
    """A tie's strength 1-5: its relational-coordination mean if scored, else by quality."""
    if link.rc is not None:
        score = link.rc.mean()
        if score is not None:
            return score
    return QUALITY_STRENGTH[link.quality]


def rc_band(score: float, settings: Settings) -> Quality:
    """Band a relational-coordination score by the map's settings: weak, moderate or strong."""
    if score < settings.rc_weak_below:
        return Quality.WEAK
    if score >= settings.rc_strong_from:
        return Quality.STRONG
    return Quality.MODERATE


def unique_names(items: list[tuple[str, str]]) -> dict[str, str]:
    """id -> display name, with " (2)", " (3)" … added where names repeat."""
    seen: Counter[str] = Counter()
    out = {}
    for obj_id, name in items:
        seen[name] += 1
        out[obj_id] = name if seen[name] == 1 else f"{name} ({seen[name]})"
    return out


@dataclass
class Metrics:
    """Everything measured on one map. Ids where the views need them; names in `as_dict`."""

    family_ids: list[str]
    professional_ids: list[str]
    private_ids: list[str]
    ended_ids: list[str]
    per_domain: dict[str, int]
    per_member: dict[str, list[str]]
    contact_links: int
    coordination_links: int
    isolated: list[str]
    coordinators: list[str]
    core_team: list[str]
    brokers: list[str]
    components: list[list[str]]
    brokers_with_family: list[str]
    components_with_family: int
    family_bridges: int
    betweenness: dict[str, float]
    strained_or_broken: list[str]
    names: dict[str, str] = field(repr=False)
    domain_labels: dict[str, str] = field(repr=False)
    broker_groups: dict[str, list[set[str]]] = field(default_factory=dict, repr=False)
    """Per broker, the groups (sets of ids) that fall apart without them."""

    def as_dict(self) -> dict[str, Any]:
        """The stats as `skymap stats --json` prints them (names, not ids)."""
        n = self.names
        return {
            "family_members": len(self.family_ids),
            "professionals": len(self.professional_ids),
            "private_network": len(self.private_ids),
            "ended": len(self.ended_ids),
            "per_domain": {self.domain_labels[d]: c for d, c in self.per_domain.items()},
            "per_member": {n[m]: len(actors) for m, actors in self.per_member.items()},
            "contact_links": self.contact_links,
            "coordination_links": self.coordination_links,
            "isolated": [n[i] for i in self.isolated],
            "coordinators": [n[i] for i in self.coordinators],
            "core_team": [n[i] for i in self.core_team],
            "brokers": [n[i] for i in self.brokers],
            "components": len(self.components),
            "brokers_with_family": [n[i] for i in self.brokers_with_family],
            "components_with_family": self.components_with_family,
            "family_bridges": self.family_bridges,
            "betweenness": {n[i]: round(v, 4) for i, v in self.betweenness.items()},
            "strained_or_broken_ties": len(self.strained_or_broken),
        }


def coordination_graph(m: MapLike) -> Graph:
    """Active professionals and the coordination ties between two of them.

    Edge attribute `distance` = 1 / strength: strong ties are short, so betweenness finds
    the brokers along the best-working paths.
    """
    pros = {a.id for a in m.actors if a.active and a.kind is ActorKind.PROFESSIONAL}
    g = Graph()
    adj = g.adj  # (Graph.add_edge written out: the overview builds this after every edit)
    for a in m.actors:
        if a.id in pros:
            adj.setdefault(a.id, {})
    for link in m.links:
        if link.kind is LinkKind.COORDINATION and link.source in pros and link.target in pros:
            if link.source == link.target:
                continue
            data = {"distance": 1.0 / tie_strength(link), "link": link.id}
            adj[link.source][link.target] = data
            adj[link.target][link.source] = data
    return g


def network_graph(m: MapLike) -> Graph:
    """Everyone: active actors, family members (joined by the household node), all ties."""
    active = {a.id for a in m.actors if a.active}
    members = [f.id for f in m.family]
    g = Graph()
    g.add_nodes_from(a.id for a in m.actors if a.id in active)
    g.add_nodes_from(members)
    if members:
        g.add_node(HOUSEHOLD)
        g.add_edges_from((HOUSEHOLD, mid) for mid in members)
    adj = g.adj  # (Graph.add_edge written out: the overview builds this after every edit)
    for link in m.links:
        a, b = link.source, link.target
        if a not in active:
            continue
        if link.kind is LinkKind.COORDINATION:
            if b not in active:
                continue
        elif b == FAMILY_ID:
            if not members:
                continue
            b = HOUSEHOLD
        elif b not in adj:
            continue
        if a != b:
            adj[a][b] = adj[b][a] = {}
    return g


def professionals_in_contact(m: MapLike, pro_ids: set[str] | None = None) -> dict[str, list[str]]:
    """For each family member, the professionals still involved who are in contact with
    them, directly or through a contact with the whole family, each once.

    The one definition of "in contact with N professionals": the overview, the PDF, the
    comparison of statuses and what a screen reader hears about a family member all use it.
    `pro_ids` (the active professionals) may be passed when already known."""
    if pro_ids is None:
        pro_ids = {a.id for a in m.actors if a.active and a.kind is ActorKind.PROFESSIONAL}
    per_member: dict[str, list[str]] = {f.id: [] for f in m.family}
    counted: set[tuple[str, str]] = set()
    for link in m.links:
        if link.kind is not LinkKind.CONTACT or link.source not in pro_ids:
            continue
        targets = list(per_member) if link.target == FAMILY_ID else [link.target]
        for t in targets:
            if t in per_member and (t, link.source) not in counted:
                counted.add((t, link.source))
                per_member[t].append(link.source)
    return per_member


def compute(m: MapLike, with_betweenness: bool = True, with_family_brokers: bool = True) -> Metrics:
    """Measure a map (a SkyMap or a status's MapContent).

    Betweenness is the one costly measure (a shortest-path search from every professional);
    the live overview, which shows neither it nor the brokers of the network with the family,
    leaves both out (live_measures.py: `brokers_with_family` is then empty)."""
    active = [a for a in m.actors if a.active]
    pros = [a for a in active if a.kind is ActorKind.PROFESSIONAL]
    pro_ids = {a.id for a in pros}
    names = unique_names([(f.id, f.name) for f in m.family] + [(a.id, a.name) for a in m.actors])
    domain_labels = unique_names([(d.id, d.label) for d in m.domains])

    per_domain = {d.id: 0 for d in m.domains}
    for a in active:
        if a.domain in per_domain:
            per_domain[a.domain] += 1

    per_member = professionals_in_contact(m, pro_ids)
    contact_links = sum(1 for link in m.links if link.kind is LinkKind.CONTACT and link.source in pro_ids)

    g = coordination_graph(m)
    order = {a.id: i for i, a in enumerate(m.actors)}
    isolated = sorted((n for n in g if g.degree(n) == 0), key=order.__getitem__)
    # (the nodes of these graphs are ids: str)
    cuts = cast(dict[str, list[set[str]]], cut_vertices(g))
    brokers = list(cuts)
    components = sorted(
        (sorted(cast(set[str], c), key=order.__getitem__) for c in connected_components(g)),
        key=lambda c: order[c[0]],
    )
    betweenness = betweenness_centrality(g) if with_betweenness and len(g) > 2 else {}
    betweenness = {k: v for k, v in sorted(betweenness.items(), key=lambda kv: -kv[1]) if v > 0}

    full = network_graph(m)
    member_order = {f.id: -len(m.family) + i for i, f in enumerate(m.family)}
    all_order = {**member_order, **order}
    brokers_with_family = sorted(
        (cast(str, n) for n in cut_vertices(full) if n != HOUSEHOLD), key=lambda n: all_order.get(n, 0)
    ) if with_family_brokers else []
    # Would the professionals' groups join up through the family alone? (Private persons
    # are left out here: a grandmother linking two professionals is not the family.)
    bridge = full.subgraph(pro_ids | {f.id for f in m.family} | ({HOUSEHOLD} if m.family else set()))
    with_family_groups = {frozenset(c & pro_ids) for c in connected_components(bridge) if c & pro_ids}
    components_with_family = len(with_family_groups)

    coordination_links = sum(
        1
        for ln in m.links
        if ln.kind is LinkKind.COORDINATION and ln.source in pro_ids and ln.target in pro_ids
    )
    active_ids = {a.id for a in active}
    strained = [
        ln.id
        for ln in m.links
        if ln.quality in (Quality.STRAINED, Quality.BROKEN)
        and ln.source in active_ids
        and (ln.target in active_ids or ln.kind is LinkKind.CONTACT)
    ]
    return Metrics(
        family_ids=[f.id for f in m.family],
        professional_ids=[a.id for a in pros],
        private_ids=[a.id for a in active if a.kind is ActorKind.PRIVATE],
        ended_ids=[a.id for a in m.actors if not a.active],
        per_domain=per_domain,
        per_member=per_member,
        contact_links=contact_links,
        coordination_links=coordination_links,
        isolated=isolated,
        coordinators=[a.id for a in active if a.coordinator],
        core_team=[a.id for a in active if a.core_team],
        brokers=brokers,
        broker_groups=cuts,
        components=components,
        brokers_with_family=brokers_with_family,
        components_with_family=components_with_family,
        family_bridges=max(0, len(components) - components_with_family),
        betweenness=betweenness,
        strained_or_broken=strained,
        names=names,
        domain_labels=domain_labels,
    )


GEOMETRY = frozenset({"x", "y", "width", "height", "outline"})
"""Fields that say where something stands and how large it is: no measure reads them."""


class ChangeLike(Protocol):
    # read-only (properties): a frozen model.document.Change, whose action is a Literal, matches
    @property
    def action(self) -> str: ...
    @property
    def collection(self) -> str: ...
    @property
    def fields(self) -> tuple[str, ...]: ...


def stale_measures(changes: Iterable[ChangeLike]) -> set[str]:
    """What of a map's `Metrics` a burst of changes (model.document.Change) makes stale:
    nothing (people and clouds moved or resized, notes edited), "names" (someone or a cloud
    renamed: `names`, `domain_labels`), "per_domain" (someone changed cloud), or "all"
    (anything else: someone came or went, a tie, a kind, an ended person ...). The findings
    read the map as well as the measures: they are stale whenever this is not empty."""
    stale: set[str] = set()
    for change in changes:
        if change.collection == "annotations":
            continue
        if change.action != "updated" or change.collection not in ("actors", "family", "domains"):
            return {"all"}
        for name in set(change.fields) - GEOMETRY:
            if name == ("label" if change.collection == "domains" else "name"):
                stale.add("names")
            elif name == "domain" and change.collection == "actors":
                stale.add("per_domain")
            else:
                return {"all"}
    return stale


def betweenness_centrality(g: Graph) -> dict[str, float]:
    """Normalised betweenness over the `distance` of the ties (networkx, imported here:
    only the PDF's and `skymap stats`' callers that ask for it pay for the import)."""
    import networkx as nx  # noqa: PLC0415

    ng = nx.Graph()
    ng.add_nodes_from(g)
    ng.add_edges_from((a, b, data) for a, b, data in g.edges())
    return nx.betweenness_centrality(ng, weight="distance", normalized=True)


def stats(m: MapLike) -> dict[str, Any]:
    """The counts of `skymap stats --json`, with who has given consent and who is protected."""
    from .consent import consent_stats  # noqa: PLC0415 - consent.py builds on this module

    metrics = compute(m)
    return {**metrics.as_dict(), **consent_stats(m, metrics.names)}
