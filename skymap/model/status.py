"""Statuses (snapshots) over time and what changed between two of them.

A status is a named, dated, read-only copy of the working map kept inside the same file
("Opstart", "Statusmøde 1" ...). Identity across time is by id: a renamed person is a
change, not one who left and one who came.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from . import chart_style
from .brokers import quoted
from .consent import ConsentChange, consent_changes, protection_changes, protection_sentence
from .document import MapDocument
from .errors import SkymapError
from .findings import join_names
from .messages import message
from .metrics import compute
from .objects import FAMILY_ID, Link, MapContent, SkyMap, Snapshot, now_utc
from .plan import PlanDiff, plan_diff, plan_sentences
from .quotes import in_quotes
from .vocabulary import AgreementStatus, LinkKind, label

COUNT_KEYS = ("family_members", "professionals", "private_network", "contact_links", "coordination_links",
              "isolated", "components")


def find_status(m: SkyMap, name: str) -> Snapshot:
    """The status with this label (case and spacing do not matter)."""
    wanted = " ".join(name.split()).casefold()
    for snap in m.snapshots:
        if " ".join(snap.label.split()).casefold() == wanted:
            return snap
    raise SkymapError("status_not_found", label=name, known=", ".join(s.label for s in m.snapshots) or "-")


def add_status(doc: MapDocument, name: str, when: date | None = None) -> Snapshot:
    """Keep the working map as a status with this label and date (default today)."""
    return doc.add("snapshots", new_status(doc, name, when))


def new_status(doc: MapDocument, name: str, when: date | None = None) -> Snapshot:
    """The working map as a status with this label and date (default today), not yet added
    to the map (an undo step adds it). A label missing or already taken is refused."""
    name = name.strip()
    if not name:
        raise SkymapError("status_no_label")
    try:
        find_status(doc.map, name)
    except SkymapError:
        pass
    else:
        raise SkymapError("status_exists", label=name)
    return Snapshot(id=doc.new_id("snapshots"), label=name, date=when or date.today(), taken=now_utc(),
                    content=doc.map.content())


def content_of(m: SkyMap, name: str | None) -> MapContent:
    """A status's content, or the working map's when `name` is None."""
    return m.content() if name is None else find_status(m, name).content


def counts(content: MapContent | SkyMap) -> dict[str, int]:
    """The key figures of one state: the numbers of `stats`, and contacts per family member."""
    metrics = compute(content, with_betweenness=False)
    data = metrics.as_dict()
    out = {k: (len(data[k]) if isinstance(data[k], list) else data[k]) for k in COUNT_KEYS}
    for member_id, actors in metrics.per_member.items():
        out[f"contacts:{metrics.names[member_id]}"] = len(actors)
    return out


@dataclass
class TieChange:
    a: str
    b: str
    kind: LinkKind
    before: str
    after: str
    link_id: str = ""


@dataclass
class Diff:
    """What changed from state A to state B (ids decide who is the same person)."""

    added: list[str] = field(default_factory=list)  # actor ids (in B)
    removed: list[str] = field(default_factory=list)  # actor ids (in A)
    renamed: list[tuple[str, str, str]] = field(default_factory=list)  # (id, old name, new name)
    moved: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (id, old domain, new)
    ended: list[str] = field(default_factory=list)  # actor ids: active in A, no longer active in B
    resumed: list[str] = field(default_factory=list)  # actor ids: not active in A, active again in B
    new_ties: list[Link] = field(default_factory=list)
    lost_ties: list[Link] = field(default_factory=list)
    changed_ties: list[TieChange] = field(default_factory=list)
    coordinators_before: list[str] = field(default_factory=list)
    coordinators_after: list[str] = field(default_factory=list)
    counts: dict[str, list[int]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    domain_labels: dict[str, str] = field(default_factory=dict)
    new_domain_pairs: list[tuple[str, str]] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)  # actor id -> role (the newest)
    domains: dict[str, str | None] = field(default_factory=dict)  # actor id -> domain id (the newest)
    consent: list[ConsentChange] = field(default_factory=list)  # professionals in both states
    protection: list[tuple[str, bool]] = field(default_factory=list)  # (person id, now protected?)
    plan: PlanDiff = field(default_factory=PlanDiff)  # the joint plan: agreements added, done, dropped, overdue
    later: MapContent | None = None  # state B (to name the owners of agreements)

    def name(self, obj_id: str) -> str:
        return self.names.get(obj_id, obj_id)

    def who(self, actor_id: str) -> str:
        """ "Karen Holm (PPR-psykolog, Skole og dagtilbud)": the name with the role and the
        cloud, so a meeting hears who stopped, not only a name."""
        domain = self.domains.get(actor_id)
        about = [x for x in (self.roles.get(actor_id, ""), self.domain_labels.get(domain, "") if domain else "") if x]
        return f"{self.name(actor_id)} ({', '.join(about)})" if about else self.name(actor_id)

    def as_dict(self) -> dict:
        """The JSON of `skymap diff --json`."""
        return {
            "added": [self.name(i) for i in self.added],
            "removed": [self.name(i) for i in self.removed],
            "ended": [self.name(i) for i in self.ended],
            "resumed": [self.name(i) for i in self.resumed],
            "renamed": [{"from": old, "to": new} for _, old, new in self.renamed],
            "moved": [
                {"name": self.name(i), "from": self.domain_labels.get(a) if a else None,
                 "to": self.domain_labels.get(b) if b else None}
                for i, a, b in self.moved
            ],
            "changed_ties": [
                {"a": c.a, "b": c.b, "kind": c.kind.value, "from": c.before, "to": c.after} for c in self.changed_ties
            ],
            "new_ties": [_tie_json(self, ln) for ln in self.new_ties],
            "lost_ties": [_tie_json(self, ln) for ln in self.lost_ties],
            "coordinators": {"from": [self.name(i) for i in self.coordinators_before],
                             "to": [self.name(i) for i in self.coordinators_after]},
            "counts": self.counts,
            "consent_changes": [c.as_dict(self.name(c.id)) for c in self.consent],
            "protection_changes": [{"name": self.name(i), "protected": now} for i, now in self.protection],
            "agreements": self.plan.as_dict(),
        }


def _tie_json(d: Diff, link: Link) -> dict:
    return {"a": d.name(link.source), "b": d.name(link.target), "kind": link.kind.value, "quality": link.quality.value}


def _pair(link: Link) -> tuple:
    ends = (link.source, link.target)
    return (link.kind, frozenset(ends) if link.kind is LinkKind.COORDINATION else ends)


def diff(a: MapContent, b: MapContent, on: date | None = None) -> Diff:
    """Compare two states of a map. `on`: the later state's date (a status's date; default
    today), on which an open agreement past its due date is overdue."""
    d = Diff(plan=plan_diff(a, b, on), later=b)
    for content in (a, b):  # the newest name wins for display
        d.names.update({f.id: f.name for f in content.family})
        d.names.update({x.id: x.name for x in content.actors})
        d.roles.update({x.id: x.role for x in content.actors})
        d.domains.update({x.id: x.domain for x in content.actors})
        d.domain_labels.update({x.id: x.label for x in content.domains})
    d.names[FAMILY_ID] = "family"
    actors_a = {x.id: x for x in a.actors}
    actors_b = {x.id: x for x in b.actors}
    d.added = [i for i in actors_b if i not in actors_a]
    d.removed = [i for i in actors_a if i not in actors_b]
    for i in actors_a.keys() & actors_b.keys():
        old, new = actors_a[i], actors_b[i]
        if old.name != new.name:
            d.renamed.append((i, old.name, new.name))
        if old.domain != new.domain:
            d.moved.append((i, old.domain, new.domain))
        if old.active and not new.active:
            d.ended.append(i)
        if not old.active and new.active:
            d.resumed.append(i)
    order = {x.id: n for n, x in enumerate([*a.actors, *b.actors])}
    for lst in (d.renamed, d.moved):
        lst.sort(key=lambda t: order.get(t[0], 0))
    for ids in (d.ended, d.resumed):  # in the map's order, not the order of a set
        ids.sort(key=lambda i: order.get(i, 0))
    links_a = {_pair(ln): ln for ln in a.links}
    links_b = {_pair(ln): ln for ln in b.links}
    d.new_ties = [ln for key, ln in links_b.items() if key not in links_a]
    d.lost_ties = [ln for key, ln in links_a.items() if key not in links_b]
    for key in links_a.keys() & links_b.keys():
        tie_a, tie_b = links_a[key], links_b[key]
        if tie_a.quality is not tie_b.quality:
            d.changed_ties.append(TieChange(d.name(tie_b.source), d.name(tie_b.target), tie_b.kind,
                                            tie_a.quality.value, tie_b.quality.value, tie_b.id))
    d.coordinators_before = [x.id for x in a.actors if x.coordinator and x.active]
    d.coordinators_after = [x.id for x in b.actors if x.coordinator and x.active]
    ca, cb = counts(a), counts(b)
    d.counts = {k: [ca.get(k, 0), cb.get(k, 0)] for k in dict.fromkeys([*ca, *cb])}
    d.new_domain_pairs = _new_domain_pairs(a, b)
    d.consent = consent_changes(a, b)
    d.protection = protection_changes(a, b)
    return d


def _domain_pairs(content: MapContent) -> set[frozenset]:
    domain_of = {x.id: x.domain for x in content.actors if x.active}
    pairs = set()
    for ln in content.links:
        if ln.kind is LinkKind.COORDINATION:
            da, db = domain_of.get(ln.source), domain_of.get(ln.target)
            if da and db and da != db:
                pairs.add(frozenset((da, db)))
    return pairs


def _new_domain_pairs(a: MapContent, b: MapContent) -> list[tuple[str, str]]:
    """Clouds that now coordinate and did not before."""
    new = _domain_pairs(b) - _domain_pairs(a)
    return sorted(tuple(sorted(p)) for p in new)


def sentences(d: Diff, lang: str, states: tuple[str, str] | None = None, plan: bool = True) -> list[str]:
    """The change in plain sentences, most telling first. `states`: the names of the two
    statuses compared when the later one is a status too (the counts then say "at <name>",
    not "now"). `plan`: also what changed in the joint plan."""
    out: list[str] = []
    pros_before, pros_after = d.counts.get("professionals", [0, 0])
    if pros_before != pros_after:
        out.append(message("d_professionals", lang, before=pros_before, after=pros_after))
    if d.removed:
        left = join_names([d.name(i) for i in d.removed], lang)
        out.append(message("d_left", lang, count=len(d.removed), names=left))
    if d.added:
        out.append(message("d_came", lang, count=len(d.added), names=join_names([d.name(i) for i in d.added], lang)))
    out.extend(protection_sentence(d.name(i), now, lang) for i, now in d.protection)
    for i in d.ended:
        out.append(message("d_ended", lang, who=d.who(i)))
    for i in d.resumed:
        out.append(message("d_resumed", lang, who=d.who(i)))
    for a_id, b_id in d.new_domain_pairs:
        # quoted as every sentence names clouds ("»Hospital og psykiatri« og »Skole og dagtilbud«")
        a, b = quoted([d.domain_labels.get(a_id, a_id), d.domain_labels.get(b_id, b_id)], lang)
        out.append(message("d_now_coordinate", lang, a=a, b=b))
    if not d.coordinators_before and d.coordinators_after:
        out.append(message("d_coordinator_chosen", lang, names=join_names(
            [d.name(i) for i in d.coordinators_after], lang)))
    elif d.coordinators_before and not d.coordinators_after:
        out.append(message("d_coordinator_gone", lang))
    elif set(d.coordinators_before) != set(d.coordinators_after):
        out.append(message("d_coordinator_changed", lang, names=join_names(
            [d.name(i) for i in d.coordinators_after], lang)))
    out.extend(c.sentence(d.name(c.id), lang) for c in d.consent)
    for c in d.changed_ties:
        out.append(message("d_tie_changed", lang, a=c.a, b=c.b, before=label(_q(c.before), lang),
                           after=label(_q(c.after), lang)))
    for _i, old_name, new_name in d.renamed:
        out.append(message("d_renamed", lang, old=old_name, new=new_name))
    for i, old, new in d.moved:
        none = message("s_no_domain", lang)
        # (the clouds quoted as in every sentence; "no cloud" is no name)
        came_from = in_quotes(d.domain_labels[old], lang) if old and old in d.domain_labels else none
        went_to = in_quotes(d.domain_labels[new], lang) if new and new in d.domain_labels else none
        out.append(message("d_moved", lang, name=d.name(i), before=came_from, after=went_to))
    coord_before, coord_after = d.counts.get("coordination_links", [0, 0])
    if coord_before != coord_after:
        if states:
            out.append(message("d_coordination_between", lang, before=coord_before, after=coord_after,
                               earlier=states[0], later=states[1]))
        else:
            out.append(message("d_coordination", lang, before=coord_before, after=coord_after))
    iso_before, iso_after = d.counts.get("isolated", [0, 0])
    if iso_before != iso_after:
        if states:
            out.append(message("d_isolated_between", lang, before=iso_before, after=iso_after,
                               earlier=states[0], later=states[1]))
        else:
            out.append(message("d_isolated", lang, before=iso_before, after=iso_after))
    for key, (before, after) in d.counts.items():
        if key.startswith("contacts:") and before != after:
            out.append(message("d_member_contacts", lang, name=key.split(":", 1)[1], before=before, after=after))
    if plan and d.later is not None:
        out += plan_sentences(d.plan, d.later, lang)
    if not out:
        out.append(message("d_nothing", lang))
    return [_one_full_stop(text) for text in out]


def _plan_figures(content: MapContent | SkyMap) -> dict[str, int]:
    """The joint plan's figures over time: open and done agreements."""
    open_ = sum(ag.status is AgreementStatus.OPEN for ag in content.agreements)
    done = sum(ag.status is AgreementStatus.DONE for ag in content.agreements)
    return {"agreements_open": open_, "agreements_done": done}


def _one_full_stop(sentence: str) -> str:
    """A sentence that ends in a name ending in "." (initials "E.K.") ends with one full stop."""
    if sentence.endswith("..") and not sentence.endswith("..."):
        return sentence[:-1]
    return sentence


def _q(value: str):
    from .vocabulary import Quality  # noqa: PLC0415

    return Quality(value)


class StatusFigures:
    """The key figures of each status (`counts` and the plan's), measured once: a status is
    the map as it was, and nothing changes it (a relabelled status keeps its content). The
    statuses panel asks for them after every burst of edits, when only "now" can differ."""

    def __init__(self) -> None:
        self._kept: dict[str, tuple[MapContent, dict[str, int]]] = {}

    def of(self, snap: Snapshot) -> dict[str, int]:
        kept = self._kept.get(snap.id)
        if kept is None or kept[0] is not snap.content:
            kept = (snap.content, figures(snap.content))
            self._kept[snap.id] = kept
        return kept[1]

    def keep_only(self, m: SkyMap) -> None:
        """Forget the figures of statuses no longer in `m`."""
        ids = {s.id for s in m.snapshots}
        self._kept = {i: kept for i, kept in self._kept.items() if i in ids}


def figures(content: MapContent | SkyMap) -> dict[str, int]:
    """The chart's figures of one state: `counts` and the joint plan's."""
    return {**counts(content), **_plan_figures(content)}


def series(m: SkyMap, lang: str = "da", now: str | None = None, known: StatusFigures | None = None
           ) -> tuple[list[str], dict[str, list[int]]]:
    """The chart's data: labels of the statuses in date order plus "now" (or `now`, the
    label of the status `m` is the content of), and for each key figure its values across them
    (`known`: the statuses' figures measured before)."""
    snaps = sorted(m.snapshots, key=lambda s: (s.date, s.taken))
    states = [(s.label, s.content) for s in snaps] + [(now or message("d_now", lang), m)]  # the map itself
    per_state = [known.of(s) if known is not None else figures(s.content) for s in snaps] + [figures(m)]
    keys = list(dict.fromkeys(k for c in per_state for k in c))
    return [name for name, _ in states], {k: [c.get(k, 0) for c in per_state] for k in keys}


# The chart's line colours, in the window and the PDF alike (chart_style.py; named here too).
CHART_COLOURS = chart_style.CHART_COLOURS


def chart_series(m: SkyMap, lang: str, now: str | None = None, known: StatusFigures | None = None
                 ) -> tuple[list[str], list[tuple[str, list[int]]]]:
    """(state labels, [(series name, values)]) for the chart: professionals, coordination
    ties, isolated professionals and the contacts of each family member. `now`, `known`: see
    `series`."""
    labels, values = series(m, lang, now, known)
    named = [
        (message("pdf_count_pros", lang), values["professionals"]),
        (message("pdf_count_coordination", lang), values["coordination_links"]),
        (message("pdf_count_isolated", lang), values["isolated"]),
    ]
    for key, vals in values.items():
        if key.startswith("contacts:"):
            named.append((message("pdf_count_member", lang, name=key.split(":", 1)[1]), vals))
    if any(values["agreements_open"]) or any(values["agreements_done"]):  # a map with a joint plan
        named.append((message("plan_count_open", lang), values["agreements_open"]))
        named.append((message("plan_count_done", lang), values["agreements_done"]))
    return labels, named
