"""The network as GraphML (for Gephi, yEd, networkx) with every attribute of the map."""

from __future__ import annotations

import io
import os

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

from skymap.model.objects import FAMILY_ID, SkyMap
from skymap.model.vocabulary import RCDimension
from skymap.storage.mapfile import write_atomic

FAMILY_NODE = FAMILY_ID
"""The node for contacts with the family as a whole."""

NODE_DEFAULTS = {"active": True, "coordinator": False, "core_team": False}
"""Declared as each key's <default>, so a reader that fills in missing values (igraph does)
reads a node without them as an active person outside the core team."""


def to_graph(m: SkyMap) -> nx.Graph:
    """An undirected graph: one node per family member, actor and (if used) the whole
    family; one edge per tie. Direction of help is an edge attribute ("forward" = from
    the edge's `from_id` attribute to its `to_id`)."""
    g = nx.Graph(title=m.meta.title, family_name=m.meta.family_name, language=m.meta.language,
                 node_default=dict(NODE_DEFAULTS))
    domains: dict[str | None, str] = {d.id: d.label for d in m.domains}
    for f in m.family:
        # An unknown birth year is left out (GraphML's way of saying "no value"), never 0.
        known = {"birth_year": f.birth_year} if f.birth_year is not None else {}
        g.add_node(f.id, type="family_member", name=f.name, role=f.role.value, **known,
                   coordinator=False, core_team=False, active=True, x=f.x, y=f.y)
    for a in m.actors:
        g.add_node(a.id, type=a.kind.value, name=a.name, role=a.role, organisation=a.organisation,
                   domain=domains.get(a.domain, ""), domain_id=a.domain or "", coordinator=a.coordinator,
                   core_team=a.core_team, active=a.active, notes=a.notes, x=a.x, y=a.y)
    if any(ln.target == FAMILY_ID for ln in m.links):
        g.add_node(FAMILY_NODE, type="family", name=m.meta.family_name or "family",
                   coordinator=False, core_team=False, active=True, x=0.0, y=0.0)
    for ln in m.links:
        attrs: dict[str, object] = dict(
            id=ln.id, kind=ln.kind.value, quality=ln.quality.value, from_id=ln.source, to_id=ln.target,
            direction=ln.direction.value if ln.direction else "",
            frequency=ln.frequency.value if ln.frequency else "", note=ln.note)
        if ln.rc is not None:
            # An unscored dimension is left out: 0 would be a score outside the 1-5 scale.
            for dim in RCDimension:
                value = getattr(ln.rc, dim.value)
                if value is not None:
                    attrs[f"rc_{dim.value}"] = value
            mean = ln.rc.mean()
            if mean is not None:
                attrs["rc_score"] = round(mean, 3)
        g.add_edge(ln.source, ln.target, **attrs)
    return g


def graphml_text(m: SkyMap) -> str:
    writer = GraphMLWriter(graph=to_graph(m), encoding="utf-8", prettyprint=True)
    _spell_booleans_as_xsd(writer.xml)
    buffer = io.BytesIO()
    writer.dump(buffer)
    return buffer.getvalue().decode("utf-8")


def _spell_booleans_as_xsd(root) -> None:
    """networkx writes Python's True/False; GraphML's boolean is XML Schema's true/false.
    (The writer's elements carry no namespace in their tags; the xmlns is an attribute.)"""
    boolean_keys = {k.get("id") for k in root.iter("key") if k.get("attr.type") == "boolean"}
    for key in root.iter("key"):
        if key.get("id") in boolean_keys:
            for default in key.iter("default"):
                default.text = default.text.lower()
    for data in root.iter("data"):
        if data.get("key") in boolean_keys and data.text:
            data.text = data.text.lower()


def write_graphml(m: SkyMap, out: str | os.PathLike) -> None:
    write_atomic(out, graphml_text(m))
