"""GraphML read by other programs: no invented values, and defaults a reader can fill in.

A missing value (an unknown birth year, an unscored relational-coordination dimension) is
left out of its node or edge, never written as 0; family nodes carry active/coordinator/
core_team; those keys declare a <default>, so igraph reads family members as active.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from skymap.export.graphml import graphml_text
from skymap.model.document import MapDocument
from skymap.model.objects import FAMILY_ID, RCScores
from skymap.model.pseudonym import pseudonymise
from skymap.model.template import new_map
from skymap.model.vocabulary import ActorKind, FamilyRole, LinkKind
from skymap.storage.mapfile import load_map
from tests.helpers import EXAMPLE

NS = "{http://graphml.graphdrawing.org/xmlns}"


def small_map():
    doc = MapDocument(new_map())
    mother = doc.add_member("Eva Hansen", role=FamilyRole.MOTHER, birth_year=1985)
    child = doc.add_member("Ida Hansen", role=FamilyRole.CHILD)  # birth year unknown
    teacher = doc.add_actor("Jens Bo", domain="d-school", kind=ActorKind.PROFESSIONAL)
    nurse = doc.add_actor("Lis Ravn", domain="d-gp", kind=ActorKind.PROFESSIONAL, active=False)
    doc.add_link(LinkKind.CONTACT, teacher.id, child.id)
    doc.add_link(LinkKind.CONTACT, nurse.id, FAMILY_ID)
    tie = doc.add_link(LinkKind.COORDINATION, teacher.id, nurse.id)
    doc.update("links", tie.id, rc=RCScores(frequent=4, timely=2))
    return doc.map, mother, child, teacher, nurse


def read_nx(text: str) -> nx.Graph:
    return nx.read_graphml(io.BytesIO(text.encode("utf-8")))


def test_missing_values_are_left_out_not_zero():
    m, mother, child, teacher, nurse = small_map()
    g = read_nx(graphml_text(m))
    assert g.nodes[mother.id]["birth_year"] == 1985
    assert "birth_year" not in g.nodes[child.id]
    edge = g.edges[teacher.id, nurse.id]
    assert edge["rc_frequent"] == 4 and edge["rc_timely"] == 2
    for dim in ("accurate", "problem_solving", "shared_goals", "shared_knowledge", "mutual_respect"):
        assert f"rc_{dim}" not in edge
    assert edge["rc_score"] == 3.0
    # a tie without scores has no rc attribute at all
    assert not any(k.startswith("rc_") for k in g.edges[teacher.id, child.id])


def test_pseudonymised_family_has_no_birth_year_zero():
    example = load_map(EXAMPLE)
    g = read_nx(graphml_text(pseudonymise(example, "initials")))
    years = [d.get("birth_year") for _, d in g.nodes(data=True) if d["type"] == "family_member"]
    assert years and 0 not in years


def test_family_nodes_carry_active_coordinator_core_team():
    m, mother, child, teacher, nurse = small_map()
    g = read_nx(graphml_text(m))
    for node in (mother.id, child.id, FAMILY_ID):
        assert g.nodes[node]["active"] is True
        assert g.nodes[node]["coordinator"] is False
        assert g.nodes[node]["core_team"] is False
    assert g.nodes[nurse.id]["active"] is False


def test_keys_declare_defaults_and_booleans_are_xsd():
    m, *_ = small_map()
    root = ET.fromstring(graphml_text(m).encode("utf-8"))
    keys = {k.get("attr.name"): k for k in root.iter(f"{NS}key") if k.get("for") == "node"}
    defaults = {name: keys[name].findtext(f"{NS}default") for name in ("active", "coordinator", "core_team")}
    assert defaults == {"active": "true", "coordinator": "false", "core_team": "false"}
    boolean_ids = {k.get("id") for k in root.iter(f"{NS}key") if k.get("attr.type") == "boolean"}
    values = {d.text for d in root.iter(f"{NS}data") if d.get("key") in boolean_ids}
    assert values == {"true", "false"}


def test_igraph_reads_family_members_as_active(tmp_path):
    igraph = pytest.importorskip("igraph")
    m, mother, child, teacher, nurse = small_map()
    text = graphml_text(m)
    out = tmp_path / "net.graphml"
    out.write_text(text, encoding="utf-8")
    g = igraph.Graph.Read_GraphML(str(out))
    by_id = {v["id"]: v for v in g.vs}
    assert by_id[mother.id]["active"] and by_id[child.id]["active"] and by_id[FAMILY_ID]["active"]
    assert not by_id[nurse.id]["active"]
    # a node written without the value at all is read through the key's default
    root = ET.fromstring(text.encode("utf-8"))
    active_key = next(k.get("id") for k in root.iter(f"{NS}key") if k.get("attr.name") == "active")
    for node in root.iter(f"{NS}node"):
        for data in list(node):
            if data.get("key") == active_key and node.get("id") == child.id:
                node.remove(data)
    stripped = tmp_path / "stripped.graphml"
    ET.ElementTree(root).write(stripped, encoding="utf-8", xml_declaration=True)
    g = igraph.Graph.Read_GraphML(str(stripped))
    assert {v["id"]: v for v in g.vs}[child.id]["active"] is True
