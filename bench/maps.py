"""Generated maps for benchmarks and stress tests: many people in the standard clouds."""

from __future__ import annotations

import random

from skymap.model import layout
from skymap.model.document import MapDocument
from skymap.model.objects import SkyMap
from skymap.model.template import new_map
from skymap.model.vocabulary import LinkKind, Quality


def big_map(people: int, ties: int, seed: int = 1, crowded: int = 0) -> SkyMap:
    """`people` actors spread over the nine standard clouds, four family members, `ties`
    random contacts and coordination ties; clouds sized and spaced so nothing overlaps.
    With `crowded`, the first cloud holds that many of the people and the rest share
    the others."""
    rnd = random.Random(seed)
    doc = MapDocument(new_map(family_name="Stor", lang="da"))
    members = [doc.add_member(f"Barn {i}").id for i in range(4)]
    doc.move(dict(zip(members, layout.family_positions(4))))
    domains = [d.id for d in doc.map.domains]
    if crowded:
        home = [domains[0]] * crowded + [domains[1 + i % (len(domains) - 1)] for i in range(people - crowded)]
    else:
        home = [domains[i % len(domains)] for i in range(people)]
    for d in domains:
        w, h = layout.size_for(max(1, home.count(d)), doc.domain(d))
        doc.update("domains", d, width=w, height=h)
    radius = max(700.0, 0.6 * max(doc.domain(d).width for d in domains) * len(domains) / 3.2)
    for d, (x, y) in zip(domains, layout.ring_positions(len(domains), radius * 1.3, radius)):
        doc.update("domains", d, x=x, y=y)
    moves = layout.spread_clouds(doc.map.domains, layout.family_oval([(m.x, m.y) for m in doc.map.family]))
    for d, (x, y) in moves.items():
        doc.update("domains", d, x=x, y=y)
    for i in range(people):
        doc.add_actor(f"Person {i}", domain=home[i])
    for d in domains:
        actors = doc.actors_in(d)
        doc.move(dict(zip([a.id for a in actors], layout.slots(doc.domain(d), len(actors)))))
    ids = [a.id for a in doc.map.actors]
    seen: set[frozenset] = set()
    while len(seen) < ties:
        a = rnd.choice(ids)
        if rnd.random() < 0.4:
            b, kind = rnd.choice(members), LinkKind.CONTACT
        else:
            b, kind = rnd.choice(ids), LinkKind.COORDINATION
        key = frozenset((a, b))
        if a == b or key in seen:
            continue
        seen.add(key)
        doc.add_link(kind, a, b, quality=rnd.choice(list(Quality)))
    return doc.map
