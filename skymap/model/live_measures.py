"""The live overview's measures and findings, brought up to date from one edit to the next.

The overview shows `metrics.compute` and `findings.findings` of the map after every burst of
edits. Measured anew that is ~5 ms at 300 people (every tie looked at several times, the
networks built again, every finding worded again) inside an edit whose whole budget is 16 ms;
an edit changes a tie or a person or two. `LiveMeasures` keeps what each tie contributes (to
the counts, the coordination network, the family's bridges) and, at each call, looks only at
what changed since the last one, found by comparing the map's objects with those it saw last:
the document replaces an object it edits, so an object still there is unchanged (and the
document never reorders what it keeps: it adds, removes and replaces in place, and undo puts
a removed object back where it was).

What depends on people (lists of ids, names, clouds' counts) is taken anew whenever a person
changed (a few hundred people: cheap). A tie whose end changed kind, became ended or active,
or a family member who came or went while ties to them remain, makes every tie counted anew
(rare edits). The coordination network is searched (`graph.cut_vertices`) only when its ties or
its people changed; findings of the consent, the relational coordination and the brokers are
worded again only when what they read changed.

Results equal `compute(m, with_betweenness=False, with_family_brokers=False)` and
`findings(m)` (tests/model/test_live_measures.py checks it after every one of many random
edits); the overview shows neither betweenness nor the brokers with the family.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from operator import attrgetter, is_
from typing import Any, cast

from .findings import Finding, findings
from .graph import Graph, connected_components, cut_vertices
from .metrics import MapLike, Metrics, unique_names
from .objects import FAMILY_ID, Link
from .vocabulary import ActorKind, Consent, LinkKind, Quality

_STRAINED = (Quality.STRAINED, Quality.BROKEN)
_ROLE = attrgetter("id", "active", "kind", "coordinator", "core_team", "consent", "consent_date", "protected")
"""What of a person `LiveMeasures._people_edited` needs unchanged: all that `_people` reads
but the name and the cloud (and what the consent and protection findings read)."""


def _same(now: Sequence, before: Sequence) -> bool:
    """The same objects in the same order."""
    return len(now) == len(before) and all(map(is_, now, before))


class _Tie:
    """What one tie contributes, as counted when it came (the state of its ends then)."""

    __slots__ = ("contact", "coord", "edge", "link", "strained", "touch")

    def __init__(self, link: Link, active: set[str], pros: set[str], members: set[str], family: bool) -> None:
        a, b = link.source, link.target
        self.link = link
        self.contact = link.kind is LinkKind.CONTACT and a in pros  # a contact with the family
        self.coord = link.kind is LinkKind.COORDINATION and a in pros and b in pros  # coordination
        self.edge = self.coord and a != b  # a tie of the coordination network
        # A professional tied to the family (member or the whole family): their group joins
        # the others tied to it in the network with the family.
        # (A contact joins someone with the family, never two people: model/ties.py.)
        self.touch = self.contact and (b in members or (b == FAMILY_ID and family))
        self.strained = link.quality in _STRAINED and a in active and (b in active or link.kind is LinkKind.CONTACT)


class _WithoutTies:
    """A map as `consent_findings` reads it when nobody's consent is withdrawn: its ties
    are counted only for such a person (every other thing read is the map's)."""

    def __init__(self, m: MapLike) -> None:
        self._map = m
        self.links: list = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._map, name)


class LiveMeasures:
    """One map's measures and findings, kept up to date across calls (see the module)."""

    def __init__(self) -> None:
        self._metrics: Metrics | None = None
        # What the measures are made of, as last seen (`measure`)
        self.active_ids: set[str] = set()
        self.pros: list[str] = []
        self.pro_ids: set[str] = set()
        self.private_ids: list[str] = []
        self.ended_ids: list[str] = []
        self.coordinators: list[str] = []
        self.core_team: list[str] = []
        self.family_ids: list[str] = []
        self.member_ids: set[str] = set()
        self.order: dict[str, int] = {}
        self.names: dict[str, str] = {}
        self.withdrawn: list[str] = []
        self.domain_of: dict[str, str | None] = {}
        self.per_domain: dict[str, int] = {}
        self.domain_labels: dict[str, str] = {}
        self.isolated: list[str] = []
        self.cuts: dict[str, list[set[str]]] = {}
        self.brokers: list[str] = []
        self.components: list[list[str]] = []
        self.components_with_family = 0
        self.per_member: dict[str, list[str]] = {}
        self.strained_ids: list[str] = []
        self._graph_pros: list[str] = []
        self._state: tuple | None = None
        self._name_counts: Counter[str] = Counter()
        self._roles: list[tuple] = []  # (_ROLE of each person, in order)
        self._actors_left: list = []
        self._actors: list = []
        self._family: list = []
        self._domains: list = []
        self._links: list = []
        self._ties: dict[int, _Tie] = {}  # id(link) -> what it contributes
        self._ends: dict[str, int] = {}  # id -> ties with that end (all ties)
        self._adj: dict[str, dict[str, int]] = {}  # professional -> tied professional -> ties
        self._touch: dict[str, int] = {}  # professional -> contacts with the family
        self._strained: set[int] = set()
        self._contacts = 0
        self._coordination = 0
        # Findings, each part with what it was made from (`findings`)
        # (counts of changes: to the people, their names, their clouds, the clouds)
        self._people_seen = self._names_seen = self._places_seen = self._domains_seen = 0
        self._consent_key: Any = None
        self._agreements: list = []
        self._consent: tuple[list[Finding], list[Finding]] = ([], [])
        self._scored: list[Link] = []  # the ties scored for relational coordination
        self._scored_stale = True
        self._rc_key: Any = None
        self._rc_scored: list[Link] = []
        self._settings: Any = None
        self._rc: list[Finding] = []
        self._brokers_key: Any = None
        self._network: tuple = ()
        self._brokers_people: tuple = ()
        self._brokers_read: list = []
        self._brokers: list = []
        self._contacts_of: list[str] | None = None  # (the family members `per_member` was made for)
        self._contacts_new: list[_Tie] = []
        self._contacts_gone: list[_Tie] = []
        self._pairs: dict[tuple[str, str], int] = {}
        self.searches = 0
        """How many times the coordination network was searched (for tests)."""

    # ----- measures -------------------------------------------------------------------------
    def measure(self, m: MapLike) -> Metrics:
        """`compute(m, with_betweenness=False, with_family_brokers=False)`, from what changed
        since the last call."""
        actors, family, domains, links = m.actors, m.family, m.domains, m.links
        last = self._metrics
        same_actors = last is not None and _same(actors, self._actors)
        same_family = last is not None and _same(family, self._family)
        same_domains = last is not None and _same(domains, self._domains)
        same_links = last is not None and _same(links, self._links)
        if last is not None and same_actors and same_family and same_domains and same_links:
            return last
        if last is None or not same_family or not (same_actors or self._people_edited(actors)):
            self._people(m)
        if last is None or not (same_actors and same_domains):
            per_domain = {d.id: 0 for d in domains}
            for a in actors:
                if a.active and a.domain in per_domain:
                    per_domain[a.domain] += 1
            self.per_domain = per_domain
        if last is None or not same_domains:
            labels = unique_names([(d.id, d.label) for d in domains])
            if list(labels.items()) != list(self.domain_labels.items()):  # (not when a cloud grew)
                self._domains_seen += 1
                self.domain_labels = labels
        touched = self._count_ties(m, same_links) if last is None or not (same_links and same_actors and same_family) \
            else set()

        pros = self.pros
        graph_changed = last is None or "edge" in touched or (pros != self._graph_pros and not self._only_loners())
        if graph_changed:
            self._search(pros)
        if last is None or graph_changed or self._graph_pros is not pros or "touch" in touched or not same_family:
            self._graph_pros = pros
            self.components_with_family = self._groups_with_family(bool(family))
        if "all contacts" in touched or self._contacts_of != self.family_ids or (
                "contact" in touched and not self._contacts_after(links)):
            self._contacts_anew(m)
        if last is None or "strained" in touched:
            strained = self._strained
            self.strained_ids = [ln.id for ln in links if id(ln) in strained]

        self._actors, self._family, self._domains, self._links = list(actors), list(family), list(domains), \
            list(links)
        components = self.components
        self._metrics = Metrics(
            family_ids=self.family_ids,
            professional_ids=pros,
            private_ids=self.private_ids,
            ended_ids=self.ended_ids,
            per_domain=self.per_domain,
            per_member=self.per_member,
            contact_links=self._contacts,
            coordination_links=self._coordination,
            isolated=self.isolated,
            coordinators=self.coordinators,
            core_team=self.core_team,
            brokers=self.brokers,
            broker_groups=self.cuts,
            components=components,
            brokers_with_family=[],
            components_with_family=self.components_with_family,
            family_bridges=max(0, len(components) - self.components_with_family),
            betweenness={},
            strained_or_broken=self.strained_ids,
            names=self.names,
            domain_labels=self.domain_labels,
        )
        return self._metrics

    def _people(self, m: MapLike) -> None:
        """Everything that depends on the people alone."""
        self._people_seen += 1
        self._names_seen += 1
        self._places_seen += 1
        self.family_ids = [f.id for f in m.family]
        self.member_ids = set(self.family_ids)
        self.active_ids, self.pro_ids = set(), set()
        self.pros, self.private_ids, self.ended_ids, self.coordinators, self.core_team, self.withdrawn = \
            [], [], [], [], [], []
        self.order, self.domain_of = {}, {}
        self._more_people(m.actors)
        self._roles = list(map(_ROLE, m.actors))
        everyone = [(f.id, f.name) for f in m.family] + [(a.id, a.name) for a in m.actors]
        self.names = unique_names(everyone)
        self._name_counts = Counter(name for _id, name in everyone)

    def _more_people(self, actors: Sequence) -> None:
        """`_people` of `actors` added after those already counted (in new lists and sets:
        the old ones may still be read, `_count_ties`)."""
        active = [a for a in actors if a.active]
        pros = [a.id for a in active if a.kind is ActorKind.PROFESSIONAL]
        self.active_ids = self.active_ids | {a.id for a in active}
        self.pros = self.pros + pros
        self.pro_ids = self.pro_ids | set(pros)
        self.private_ids = self.private_ids + [a.id for a in active if a.kind is ActorKind.PRIVATE]
        self.ended_ids = self.ended_ids + [a.id for a in actors if not a.active]
        self.coordinators = self.coordinators + [a.id for a in active if a.coordinator]
        self.core_team = self.core_team + [a.id for a in active if a.core_team]
        start = len(self.order)
        self.order = {**self.order, **{a.id: start + i for i, a in enumerate(actors)}}
        self.withdrawn = self.withdrawn + [a.id for a in active if a.consent is Consent.WITHDRAWN]
        self.domain_of = {**self.domain_of, **{a.id: a.domain for a in actors}}

    def _people_edited(self, actors: list) -> bool:
        """When the people are those seen last with only names or clouds changed (a rename,
        a move to another cloud, in place) and maybe more added at the end (a new person, a
        paste), or some taken away (a person deleted): bring what depends on them up to date
        and say True."""
        before = self._actors
        if len(actors) < len(before) and not self._fewer_people(actors):
            return False
        before = self._actors_left if len(actors) < len(self._actors) else before
        at = [i for i, (old, new) in enumerate(zip(before, actors)) if old is not new]
        roles = self._roles
        new_roles = list(map(_ROLE, [actors[i] for i in at]))
        if any(roles[i] != r for i, r in zip(at, new_roles)):
            return False
        edited = [(before[i], actors[i]) for i in at]
        if at:
            roles = self._roles = list(roles)
            for i, r in zip(at, new_roles):
                roles[i] = r
        added = actors[len(before):]
        renamed = any(old.name != new.name for old, new in edited)
        if any(old.domain != new.domain for old, new in edited):
            self._places_seen += 1
            self.domain_of = {**self.domain_of, **{new.id: new.domain for _old, new in edited}}
        if added:
            self._people_seen += 1
            self._places_seen += 1
            self._more_people(added)
            self._roles = self._roles + list(map(_ROLE, added))
        if renamed:
            everyone = [(f.id, f.name) for f in self._family] + [(a.id, a.name) for a in actors]
            self.names = unique_names(everyone)
            self._name_counts = Counter(name for _id, name in everyone)
        elif added:
            # (names given again get " (2)", " (3)" ... in order: those before keep theirs)
            names, counts = dict(self.names), self._name_counts.copy()
            for a in added:
                counts[a.name] += 1
                names[a.id] = a.name if counts[a.name] == 1 else f"{a.name} ({counts[a.name]})"
            self.names, self._name_counts = names, counts
        if renamed or added:
            self._names_seen += 1
        return True

    def _fewer_people(self, actors: list) -> bool:
        """When the people are those seen last less some (the others in the same order):
        take those away from what depends on the people (True; `_actors_left`: the others as
        seen last)."""
        before = self._actors
        now = {a.id for a in actors}
        left = [i for i, a in enumerate(before) if a.id in now]
        if len(left) != len(actors) or any(before[i].id != a.id for i, a in zip(left, actors)):
            return False
        gone = {a.id for a in before} - now
        counts = self._name_counts
        renumbered = any(counts[a.name] > 1 for a in before if a.id in gone)  # (a name given twice)
        self._people_seen += 1
        self._places_seen += 1
        self.active_ids, self.pro_ids = self.active_ids - gone, self.pro_ids - gone
        self.pros, self.private_ids, self.ended_ids, self.coordinators, self.core_team, self.withdrawn = (
            [x for x in ids if x not in gone] for ids in (
                self.pros, self.private_ids, self.ended_ids, self.coordinators, self.core_team, self.withdrawn))
        self.order = {a.id: i for i, a in enumerate(actors)}
        self.domain_of = {x: d for x, d in self.domain_of.items() if x not in gone}
        self._roles = [self._roles[i] for i in left]
        self._actors_left = [before[i] for i in left]
        if renumbered:
            everyone = [(f.id, f.name) for f in self._family] + [(a.id, a.name) for a in self._actors_left]
            self.names = unique_names(everyone)
            self._name_counts = Counter(name for _id, name in everyone)
        else:
            self.names = {x: n for x, n in self.names.items() if x not in gone}
            self._name_counts = counts - Counter(a.name for a in before if a.id in gone)
        self._names_seen += 1
        return True

    def _only_loners(self) -> bool:
        """When the network's people changed only by people tied to nobody coming or going
        (someone added, or deleted with their ties), the others in the same order: its
        brokers are as before, its groups those plus or minus the loners (True)."""
        old, now = self._graph_pros, self.pros
        came, went = set(now).difference(old), set(old).difference(now)
        adj = self._adj
        if any(adj.get(p) for p in came) or any(adj.get(p) for p in went):
            return False
        if [p for p in now if p not in came] != [p for p in old if p not in went]:
            return False
        order = self.order
        self.isolated = [p for p in now if not adj.get(p)]
        self.components = sorted([c for c in self.components if c[0] not in went] + [[p] for p in came],
                                 key=lambda c: order[c[0]])
        return True

    def _contacts_anew(self, m: MapLike) -> None:
        """Per family member the professionals in contact with them (`professionals_in_contact`),
        with how many ties make each pair (for `_contacts_after`)."""
        members = self.family_ids
        per_member: dict[str, list[str]] = {f: [] for f in members}
        pairs: dict[tuple[str, str], int] = {}
        pros = self.pro_ids
        contact = LinkKind.CONTACT
        for link in m.links:
            if link.kind is not contact or link.source not in pros:
                continue
            a = link.source
            for t in members if link.target == FAMILY_ID else (link.target,):
                if t in per_member:
                    n = pairs.get((t, a), 0)
                    if not n:
                        per_member[t].append(a)
                    pairs[(t, a)] = n + 1
        self.per_member, self._pairs, self._contacts_of = per_member, pairs, members

    def _contacts_after(self, links: list) -> bool:
        """`per_member` after the contacts gone and new (`_count_ties`), if they changed it
        only by a pair's last tie going or by ties added at the end of the list (True);
        otherwise (a pair's first tie may have gone, a tie put back in the middle) False."""
        new, gone = self._contacts_new, self._contacts_gone
        if new and not all(map(is_, links[len(links) - len(new):], [t.link for t in new])):
            return False
        members, pairs = self.family_ids, self._pairs
        delta: dict[tuple[str, str], int] = {}
        for tie, step in [(t, -1) for t in gone] + [(t, 1) for t in new]:
            ln = tie.link
            for t in members if ln.target == FAMILY_ID else (ln.target,):
                if t in self.member_ids:
                    delta[(t, ln.source)] = delta.get((t, ln.source), 0) + step
        for key, d in delta.items():
            if d < 0 and pairs.get(key, 0) + d > 0:
                return False  # (the pair's first tie may be another one now)
        per_member = dict(self.per_member)
        for (t, a), d in delta.items():
            n = pairs.get((t, a), 0)
            if n + d <= 0 < n:
                per_member[t] = [x for x in per_member[t] if x != a]
                del pairs[(t, a)]
            elif n + d > 0:
                if not n:
                    per_member[t] = [*per_member[t], a]
                pairs[(t, a)] = n + d
        self.per_member = per_member
        return True

    def _count_ties(self, m: MapLike, same_links: bool) -> set[str]:
        """Take away the ties gone, add the ties new (all ties anew when a tie that stays
        has an end whose state changed); returns what changed ("edge", "contact", ...)."""
        state = (self.active_ids, self.pro_ids, self.member_ids, bool(m.family))
        before, self._state = self._state, state
        ties = self._ties
        before_links, count = self._links, len(m.links)
        if same_links:
            gone: list[int] = []
            new: list[Link] = []
        elif count > len(before_links) and _same(m.links[:len(before_links)], before_links):
            gone, new = [], m.links[len(before_links):]  # (ties added at the end: a new tie, a redo)
        elif count < len(before_links) and _same(m.links, before_links[:count]):
            gone, new = [id(ln) for ln in before_links[count:]], []  # (the last ties gone: an undo)
        else:
            now = set(map(id, m.links))
            gone = [k for k in ties if k not in now]
            new = [ln for ln in m.links if id(ln) not in ties] if len(now) - len(ties) + len(gone) else []
        touched: set[str] = set()
        self._contacts_new, self._contacts_gone = [], []
        for k in gone:
            self._take(ties.pop(k), touched)
        if before is None or self._ends_changed(before, state):
            self._clear()
            touched = {"edge", "contact", "all contacts", "touch", "strained"}
            new = list(m.links)
        for ln in new:
            tie = _Tie(ln, *state)
            ties[id(ln)] = tie
            self._add(tie, touched)
        return touched

    def _ends_changed(self, before: tuple, now: tuple) -> bool:
        """Whether a tie still there has an end that changed state (ended, kind, family)."""
        if before == now:
            return False
        ends = self._ends
        changed = (before[0] ^ now[0]) | (before[1] ^ now[1]) | (before[2] ^ now[2])
        if before[3] != now[3]:
            changed.add(FAMILY_ID)
        return any(ends.get(x) for x in changed)

    def _clear(self) -> None:
        self._ties.clear()
        self._ends.clear()
        self._adj.clear()
        self._touch.clear()
        self._strained.clear()
        self._contacts = self._coordination = 0
        self._scored_stale = True

    def _add(self, tie: _Tie, touched: set[str]) -> None:
        ln = tie.link
        a, b = ln.source, ln.target
        ends = self._ends
        ends[a] = ends.get(a, 0) + 1
        ends[b] = ends.get(b, 0) + 1
        if tie.contact:
            self._contacts += 1
            self._contacts_new.append(tie)
            touched.add("contact")
        if tie.coord:
            self._coordination += 1
        if tie.edge:
            adj = self._adj
            na, nb = adj.setdefault(a, {}), adj.setdefault(b, {})
            na[b] = na.get(b, 0) + 1
            nb[a] = nb.get(a, 0) + 1
            touched.add("edge")
        if tie.touch:
            self._touch[a] = self._touch.get(a, 0) + 1
            touched.add("touch")
        if tie.strained:
            self._strained.add(id(ln))
            touched.add("strained")
        if ln.rc is not None:
            self._scored_stale = True

    def _take(self, tie: _Tie, touched: set[str]) -> None:
        ln = tie.link
        a, b = ln.source, ln.target
        _less(self._ends, a)
        _less(self._ends, b)
        if tie.contact:
            self._contacts -= 1
            self._contacts_gone.append(tie)
            touched.add("contact")
        if tie.coord:
            self._coordination -= 1
        if tie.edge:
            _less(self._adj[a], b)
            _less(self._adj[b], a)
            touched.add("edge")
        if tie.touch:
            _less(self._touch, a)
            touched.add("touch")
        if tie.strained:
            self._strained.discard(id(ln))
            touched.add("strained")
        if ln.rc is not None:
            self._scored_stale = True

    def _search(self, pros: list[str]) -> None:
        """Isolates, brokers and groups of the coordination network (`metrics.compute`'s)."""
        self.searches += 1
        self._graph_pros = pros
        adj = self._adj
        g = Graph()
        g.adj = {p: adj.get(p) or {} for p in pros}  # type: ignore[misc]  # (values: numbers of ties, not data)
        order = self.order
        self.isolated = [p for p in pros if not g.adj[p]]
        self.cuts = cast(dict[str, list[set[str]]], cut_vertices(g))
        self.brokers = list(self.cuts)
        self.components = sorted(
            (sorted(cast(set[str], c), key=order.__getitem__) for c in connected_components(g)),
            key=lambda c: order[c[0]],
        )

    def _groups_with_family(self, family: bool) -> int:
        """The professionals' groups in the network with the family (`compute`'s
        components_with_family): the coordination network's groups, joined where a
        professional is tied to the family (all of whom the household joins) into one."""
        components = self.components
        if not family:
            return len(components)
        group = {p: i for i, c in enumerate(components) for p in c}
        joined = {group[p] for p in self._touch}  # (the groups with someone tied to the family)
        return len(components) - len(joined) + (1 if joined else 0)

    # ----- findings -------------------------------------------------------------------------
    def findings(self, m: MapLike, metrics: Metrics) -> list[Finding]:
        """`findings(m, metrics)` for the metrics `measure(m)` returned last; the consent's,
        the relational coordination's and the brokers' findings worded again only when what
        they read changed."""
        from .brokers import broker_findings  # noqa: PLC0415 - as findings.py does
        from .consent import consent_findings  # noqa: PLC0415
        from .rc import rc_findings  # noqa: PLC0415

        agreements = list(getattr(m, "agreements", ()))
        settings = getattr(m, "settings", None)
        # (the people, and the ties of anyone whose consent is withdrawn)
        key: tuple = (self._people_seen, self._names_seen, [self._ends.get(a, 0) for a in self.withdrawn])
        if key != self._consent_key or not _same(agreements, self._agreements):
            # (the ties are counted only for someone whose consent is withdrawn)
            read = m if self.withdrawn else _WithoutTies(m)
            self._consent = consent_findings(read, metrics.names)
            self._consent_key, self._agreements = key, agreements
        if self._scored_stale:
            self._scored = [ln for ln in m.links if ln.rc is not None]
            self._scored_stale = False
        key = (self._people_seen, self._names_seen, self._places_seen, self._domains_seen)
        if not self._scored:
            self._rc, self._rc_key = [], None  # (no tie scored: none is weak)
        elif key != self._rc_key or settings is not self._settings or not _same(self._scored, self._rc_scored):
            self._rc = rc_findings(m, settings)
            self._rc_key, self._settings, self._rc_scored = key, settings, self._scored
        # The brokers' findings read the network's groups (not its loners), and the names and
        # clouds of the people in them: someone added, renamed or moved outside them changes none.
        groups = [c for c in metrics.components if len(c) > 1]
        network = (metrics.brokers, metrics.broker_groups, groups)
        people = (self._names_seen, self._places_seen)
        if self._domains_seen != self._brokers_key or not (
                (network[1] is self._network[1] and groups == self._network[2]) or network == self._network):
            self._brokers = broker_findings(metrics, self.domain_of, Finding)
            self._brokers_key, self._network = self._domains_seen, network
            self._brokers_read, self._brokers_people = self._read_by_brokers(groups), people
        elif people != self._brokers_people:
            now = self._read_by_brokers(groups)
            if now != self._brokers_read:
                self._brokers = broker_findings(metrics, self.domain_of, Finding)
                self._brokers_read = now
            self._brokers_people = people
        return findings(m, metrics, consent=self._consent, brokers=self._brokers, rc=self._rc)

    def _read_by_brokers(self, groups: list[list[str]]) -> list:
        names, domain_of = self.names, self.domain_of
        return [(names[n], domain_of.get(n)) for group in groups for n in group]


def _less(counts: dict, key: Any) -> None:
    n = counts[key] - 1
    if n:
        counts[key] = n
    else:
        del counts[key]
