"""The live overview's measures and findings (model/live_measures.py), brought up to date from
one edit to the next, are what measuring the map anew gives: after every one of many random
edits (ties made and removed, people added, deleted, moved to another cloud, renamed, ended,
made private, their consent withdrawn, family members added and removed, scores, settings,
undo and redo), on the example map and on generated ones, and with an earlier status or a
child's own view measured in between."""

from __future__ import annotations

import random
from datetime import date

import pytest

from bench.maps import big_map
from skymap.model.document import MapDocument
from skymap.model.findings import findings
from skymap.model.focus import shown_map
from skymap.model.live_measures import LiveMeasures
from skymap.model.metrics import compute
from skymap.model.objects import FAMILY_ID, Actor, RCScores
from skymap.model.vocabulary import ActorKind, AgreementStatus, Consent, LinkKind, Quality
from tests.helpers import example


def _said(found) -> list:
    return [(f.key, f.ids, f.severity, f.text("da"), f.text("en")) for f in found]


def _check(live: LiveMeasures, m) -> None:
    measured = live.measure(m)
    # the reference: everything measured anew (the overview shows neither betweenness nor
    # the brokers of the network with the family; its findings read neither)
    assert measured == compute(m, with_betweenness=False, with_family_brokers=False)
    assert _said(live.findings(m, measured)) == _said(findings(m, compute(m)))


class Edits:
    """Random edits made through the document's one mutation API, each with its inverse
    (what the undo commands do)."""

    def __init__(self, doc: MapDocument, rnd: random.Random) -> None:
        self.doc, self.rnd = doc, rnd
        self.undo: list = []
        self.redo: list = []
        self.n = 0

    def _do(self, do, undo) -> None:
        do_result = do()
        self.undo.append((do, undo, do_result))
        self.redo.clear()

    def step(self) -> str:
        doc, rnd = self.doc, self.rnd
        m = doc.map
        actors, family, domains = m.actors, m.family, m.domains
        self.n += 1
        kinds = ["coordination", "contact", "contact family", "remove tie", "add person", "delete person",
                 "move", "rename", "rename member", "rename cloud", "end", "kind", "quality", "rc", "consent",
                 "coordinator", "core team", "protected", "add member", "remove member", "settings",
                 "agreement", "undo", "undo", "redo", "burst"]
        kind = rnd.choice(kinds)
        if kind == "coordination" and len(actors) > 1:
            a, b = rnd.sample(actors, 2)
            self._add_link(LinkKind.COORDINATION, a.id, b.id)
        elif kind == "contact" and actors and family:
            self._add_link(LinkKind.CONTACT, rnd.choice(actors).id, rnd.choice(family).id)
        elif kind == "contact family" and actors:
            self._add_link(LinkKind.CONTACT, rnd.choice(actors).id, FAMILY_ID)
        elif kind == "remove tie" and m.links:
            self._remove("links", rnd.choice(m.links).id)
        elif kind == "add person" and domains:
            self.n += 1
            person_kind = rnd.choice([ActorKind.PROFESSIONAL, ActorKind.PROFESSIONAL, ActorKind.PRIVATE])
            index = rnd.randrange(len(actors) + 1)  # (somewhere in the list, as a paste may put them)
            name, domain = rnd.choice([f"Ny {self.n}", "Kim Hansen"]), rnd.choice(domains).id
            self._do(lambda: doc.add("actors", Actor(id=f"new-{self.n}", name=name, kind=person_kind,
                                                     domain=domain), index), None)
        elif kind == "delete person" and actors:
            self._remove("actors", rnd.choice(actors).id)
        elif kind == "move" and actors and len(domains) > 1:
            a = rnd.choice(actors)
            self._update("actors", a.id, domain=rnd.choice([d.id for d in domains if d.id != a.domain]))
        elif kind == "rename" and actors:
            self._update("actors", rnd.choice(actors).id, name=rnd.choice(["Kim Hansen", f"Omdøbt {self.n}",
                                                                           actors[0].name]))
        elif kind == "rename member" and family:
            self._update("family", rnd.choice(family).id, name=rnd.choice(["Kim Hansen", f"Barn {self.n}"]))
        elif kind == "rename cloud" and domains:
            self._update("domains", rnd.choice(domains).id, label=rnd.choice(["Skole og SFO", f"Sky {self.n}",
                                                                              domains[0].label]))
        elif kind == "end" and actors:
            a = rnd.choice(actors)
            self._update("actors", a.id, active=not a.active)
        elif kind == "kind" and actors:
            a = rnd.choice(actors)
            other = ActorKind.PRIVATE if a.kind is ActorKind.PROFESSIONAL else ActorKind.PROFESSIONAL
            self._update("actors", a.id, kind=other)
        elif kind == "quality" and m.links:
            self._update("links", rnd.choice(m.links).id, quality=rnd.choice(list(Quality)))
        elif kind == "rc" and m.links:
            scores = RCScores(**{f: rnd.choice([None, 1, 2, 3, 4, 5]) for f in RCScores.model_fields})
            self._update("links", rnd.choice(m.links).id, rc=rnd.choice([scores, None]))
        elif kind == "consent" and actors:
            self._update("actors", rnd.choice(actors).id, consent=rnd.choice([None, *Consent]),
                         consent_date=rnd.choice([None, date(2026, 3, 1)]))
        elif kind in ("coordinator", "core team", "protected") and actors:
            a = rnd.choice(actors)
            field = {"core team": "core_team"}.get(kind, kind)
            self._update("actors", a.id, **{field: not getattr(a, field)})
        elif kind == "add member":
            self.n += 1
            self._do(lambda n=self.n: doc.add_member(rnd.choice([f"Barn {n}", "Kim Hansen"]), id=f"member-{n}"),
                     None)
        elif kind == "remove member" and family:
            self._remove("family", rnd.choice(family).id)
        elif kind == "settings":
            low = rnd.choice([2.0, 3.0, 3.5])
            old = doc.map.settings
            self._do(lambda: doc.update_settings(rc_weak_below=low, rc_strong_from=max(low, 4.0)),
                     lambda _r: doc.update_settings(rc_weak_below=old.rc_weak_below,
                                                    rc_strong_from=old.rc_strong_from))
        elif kind == "agreement" and actors:
            self.n += 1
            owner = rnd.choice(actors).id
            self._do(lambda n=self.n: doc.add_agreement(f"Aftale {n}", id=f"agreement-{n}", owner=owner,
                                                        status=rnd.choice(list(AgreementStatus))), None)
        elif kind == "undo" and self.undo:
            do, undo, result = self.undo.pop()
            self._inverse(undo, result)
            self.redo.append((do, undo))
        elif kind == "redo" and self.redo:
            do, undo = self.redo.pop()
            self.undo.append((do, undo, do()))
        elif kind == "burst":  # several edits before the overview looks (a paste, a tidy)
            with doc.hold():
                for _ in range(3):
                    self.step()
        return kind

    def _inverse(self, undo, result) -> None:
        if undo is not None:
            undo(result)
        else:  # (an object added: it goes again)
            collection = self.doc.collection_of(result.id)
            if collection is not None:
                self.doc.remove(collection, result.id)

    def _add_link(self, kind: LinkKind, a: str, b: str) -> None:
        doc = self.doc
        if doc.find_link(a, b) is not None or a == b:
            return
        self.n += 1
        quality = self.rnd.choice(list(Quality))
        self._do(lambda n=self.n: doc.add_link(kind, a, b, id=f"tie-{n}", quality=quality), None)

    def _remove(self, collection: str, obj_id: str) -> None:
        self._do(lambda: self.doc.remove(collection, obj_id), lambda removal: self.doc.restore(removal))

    def _update(self, collection: str, obj_id: str, **fields) -> None:
        self._do(lambda: self.doc.update(collection, obj_id, **fields),
                 lambda old: self.doc.update(collection, obj_id, **old) if old else None)


def _maps():
    yield "example", example()
    yield "30 people", big_map(30, 60, seed=3)
    yield "60 people, few ties", big_map(60, 40, seed=4)


@pytest.mark.parametrize("seed", range(4))
def test_measures_and_findings_after_each_random_edit_equal_measuring_anew(seed):
    for _name, skymap in _maps():
        doc = MapDocument(skymap)
        rnd = random.Random(seed)
        live = LiveMeasures()
        edits = Edits(doc, rnd)
        _check(live, doc.map)
        for _ in range(120):
            edits.step()
            _check(live, doc.map)


def test_a_status_or_a_childs_view_measured_in_between_changes_nothing():
    """The same LiveMeasures asked about another map (an earlier status, a child's own view),
    then about the map again, still measures each exactly."""
    doc = MapDocument(example())
    rnd = random.Random(11)
    edits = Edits(doc, rnd)
    live = LiveMeasures()
    for step in range(150):
        edits.step()
        if step % 5 == 0 and doc.map.snapshots:
            _check(live, rnd.choice(doc.map.snapshots).content)
        if step % 7 == 0 and doc.map.family:
            _check(live, shown_map(doc.map, rnd.choice(doc.map.family).id))
        _check(live, doc.map)


def test_a_tie_between_two_professionals_searches_the_network_once_and_a_move_not_at_all():
    doc = MapDocument(big_map(30, 60, seed=2))
    live = LiveMeasures()
    live.measure(doc.map)
    searched = live.searches
    a, b = next((a, b) for a in doc.map.actors for b in doc.map.actors
                if a.id < b.id and a.kind is b.kind is ActorKind.PROFESSIONAL and doc.find_link(a.id, b.id) is None)
    doc.add_link(LinkKind.COORDINATION, a.id, b.id)
    live.measure(doc.map)
    assert live.searches == searched + 1
    other = next(d.id for d in doc.map.domains if d.id != a.domain)
    doc.update("actors", a.id, domain=other, name="Et andet navn")
    doc.move({b.id: (1.0, 2.0)})
    assert live.measure(doc.map) == compute(doc.map, with_betweenness=False, with_family_brokers=False)
    assert live.searches == searched + 1
