"""A tie drawn on a routed map is routed alone (routes.Routes.extended): every route is what
working them all out again gives; anything else changed, and they are all worked out again."""

from __future__ import annotations

import random

from bench.maps import big_map
from skymap.model.document import MapDocument
from skymap.model.objects import FAMILY_ID
from skymap.model.routes import Routes, tie_routes
from skymap.model.ties import tie_between
from tests.helpers import example


def _new_tie(doc: MapDocument, rnd: random.Random) -> bool:
    ends = [a.id for a in doc.map.actors] + [f.id for f in doc.map.family] + [FAMILY_ID]
    for _ in range(200):
        a, b = rnd.sample(ends, 2)
        actors, members = {x.id for x in doc.map.actors}, {f.id for f in doc.map.family}
        tie = tie_between(a, b, actors, members) if doc.find_link(a, b) is None else None
        if tie is not None:
            kind, source, target = tie
            doc.add_link(kind, source, target)
            return True
    return False


def test_ties_drawn_one_by_one_are_routed_as_all_at_once():
    rnd = random.Random(8)
    for skymap in (example(), big_map(30, 60), big_map(60, 150)):
        doc = MapDocument(skymap)
        routes = Routes(doc.map)
        for _ in range(15):
            assert _new_tie(doc, rnd)
            assert routes.extended(doc.map)
            assert routes.routes == tie_routes(doc.map)


def test_anything_else_changed_routes_them_all_again():
    rnd = random.Random(9)
    doc = MapDocument(big_map(30, 60))
    routes = Routes(doc.map)
    person = doc.map.actors[3]
    doc.update("actors", person.id, x=person.x + 40)  # someone moved
    assert not routes.extended(doc.map)
    routes = Routes(doc.map)
    doc.remove("links", doc.map.links[5].id)  # a tie taken away
    assert not routes.extended(doc.map)
    routes = Routes(doc.map)
    doc.update("links", doc.map.links[0].id, note="Ringer hver uge")  # a tie changed
    assert not routes.extended(doc.map)
    routes = Routes(doc.map)
    assert _new_tie(doc, rnd) and routes.extended(doc.map)
    assert routes.routes == tie_routes(doc.map)
