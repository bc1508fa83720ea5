"""The overview measures a map again only as far as an edit can have changed it
(metrics.stale_measures, metrics.remeasured): what it shows is the same as measuring anew."""

from __future__ import annotations

import random

from skymap.model.document import Change, MapDocument
from skymap.model.findings import findings
from skymap.model.metrics import compute, remeasured, stale_measures
from tests.helpers import example


def _burst(doc: MapDocument, edit) -> list[Change]:
    seen: list[list[Change]] = []
    doc.subscribe_bursts(seen.append)
    edit()
    doc.unsubscribe_bursts(seen.append)
    return [c for burst in seen for c in burst]


def test_what_each_kind_of_change_makes_stale():
    doc = MapDocument(example())
    a, b = doc.map.actors[0], doc.map.actors[1]
    other = next(d.id for d in doc.map.domains if d.id != a.domain)
    assert stale_measures(_burst(doc, lambda: doc.move({a.id: (a.x + 50, a.y), doc.map.domains[0].id: (0.0, 0.0)}))) \
        == set()
    assert stale_measures(_burst(doc, lambda: doc.update("domains", other, width=900.0, height=700.0))) == set()
    note = doc.add_annotation("Møde i uge 12").id
    assert stale_measures(_burst(doc, lambda: doc.update("annotations", note, text="Noget andet"))) == set()
    assert stale_measures(_burst(doc, lambda: doc.update("actors", a.id, name="Et andet navn"))) == {"names"}
    assert stale_measures(_burst(doc, lambda: doc.update("domains", other, label="Andet"))) == {"names"}
    assert stale_measures(_burst(doc, lambda: doc.update("actors", a.id, domain=other, x=1.0))) == {"per_domain"}
    assert stale_measures(_burst(doc, lambda: doc.update("actors", a.id, role="Ny rolle"))) == {"all"}
    assert stale_measures(_burst(doc, lambda: doc.update("actors", b.id, active=not b.active))) == {"all"}
    assert stale_measures(_burst(doc, lambda: doc.add_actor("Ny", domain=other))) == {"all"}
    assert stale_measures(_burst(doc, lambda: doc.remove("actors", a.id))) == {"all"}
    member = doc.map.family[0].id
    assert stale_measures(_burst(doc, lambda: doc.update("family", member, name="Mor"))) == {"names"}
    assert stale_measures(_burst(doc, lambda: doc.update_meta(title="Ny titel"))) == {"all"}


def test_measuring_only_what_went_stale_gives_what_measuring_anew_gives():
    rnd = random.Random(5)
    doc = MapDocument(example())
    measured = compute(doc.map, with_betweenness=False)
    for step in range(200):
        actors, domains = doc.map.actors, doc.map.domains
        person, cloud = rnd.choice(actors), rnd.choice(domains)
        names = [person.name, "Kim Hansen", rnd.choice(actors).name]  # (a name given twice is told apart)
        member = rnd.choice(doc.map.family).id
        edits = [
            lambda p=person, n=names: doc.update("actors", p.id, name=rnd.choice(n)),
            lambda p=person, c=cloud, k=step: doc.update("actors", p.id, domain=rnd.choice([c.id, None]), x=float(k)),
            lambda c=cloud: doc.update("domains", c.id, label=rnd.choice(["Skole", c.label, "Skole (2)"])),
            lambda f=member, n=names: doc.update("family", f, name=rnd.choice(n)),
            lambda p=person, k=step: doc.move({p.id: (float(k), 3.0)}),
        ]
        edit = rnd.choice(edits)
        stale = stale_measures(_burst(doc, edit))
        assert "all" not in stale
        measured = remeasured(doc.map, measured, stale)
        fresh = compute(doc.map, with_betweenness=False)
        assert measured == fresh
        assert _said(findings(doc.map, measured)) == _said(findings(doc.map, fresh))


def _said(found) -> list:
    return [(f.key, f.ids, f.severity, f.text("da"), f.text("en")) for f in found]
