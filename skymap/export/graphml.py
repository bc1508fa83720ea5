"""The network as GraphML (for Gephi, yEd, networkx) with every attribute of the map."""

from __future__ import annotations

import io
import os

import networkx as nx

from skymap.model.objects import FAMILY_ID, SkyMap
from skymap.model.vocabulary import RCDimension
from skymap.storage.mapfile import write_atomic

FAMILY_NODE = FAMILY_ID
"""The node for contacts with the family as a whole."""


def to_graph(m: SkyMap) -> nx.Graph:
    """An undirected graph: one node per family member, actor and (if used) the whole
    family; one edge per tie. Direction of help is an edge attribute ("forward" = from
    the edge's `from_id` attribute to its `to_id`)."""
    g = nx.Graph(title=m.meta.title, family_name=m.meta.family_name, language=m.meta.language)
    domains = {d.id: d.label for d in m.domains}
    for f in m.family:
        g.add_node(f.id, type="family_member", name=f.name, role=f.role.value, birth_year=f.birth_year or 0,
                   x=f.x, y=f.y)
    for a in m.actors:
        g.add_node(a.id, type=a.kind.value, name=a.name, role=a.role, organisation=a.organisation,
                   domain=domains.get(a.domain, ""), domain_id=a.domain or "", coordinator=a.coordinator,
                   core_team=a.core_team, active=a.active, notes=a.notes, x=a.x, y=a.y)
    if any(ln.target == FAMILY_ID for ln in m.links):
        g.add_node(FAMILY_NODE, type="family", name=m.meta.family_name or "family", x=0.0, y=0.0)
    for ln in m.links:
        attrs = dict(id=ln.id, kind=ln.kind.value, quality=ln.quality.value, from_id=ln.source, to_id=ln.target,
                     direction=ln.direction.value if ln.direction else "",
                     frequency=ln.frequency.value if ln.frequency else "", note=ln.note)
        if ln.rc is not None:
            for dim in RCDimension:
                value = getattr(ln.rc, dim.value)
                attrs[f"rc_{dim.value}"] = value if value is not None else 0
            attrs["rc_score"] = round(ln.rc.mean() or 0.0, 3)
        g.add_edge(ln.source, ln.target, **attrs)
    return g


def graphml_text(m: SkyMap) -> str:
    buffer = io.BytesIO()
    nx.write_graphml(to_graph(m), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue().decode("utf-8")


def write_graphml(m: SkyMap, out: str | os.PathLike) -> None:
    write_atomic(out, graphml_text(m))
