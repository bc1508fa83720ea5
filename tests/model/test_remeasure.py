"""The overview measures a map again only as far as an edit can have changed it
(metrics.stale_measures): which kind of change makes which measures stale. (That measuring
only what went stale gives what measuring anew gives: tests/model/test_live_measures.py.)"""

from __future__ import annotations

from skymap.model.document import Change, MapDocument
from skymap.model.metrics import stale_measures
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
