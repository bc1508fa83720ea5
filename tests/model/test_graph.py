"""The small graph module against networkx, on random and on hand-made graphs."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from skymap.model.graph import Graph, articulation_points, connected_components, cut_vertices


def _pair(n: int, p: float, seed: int) -> tuple[Graph, nx.Graph]:
    rnd = random.Random(seed)
    ours, theirs = Graph(), nx.Graph()
    nodes = [f"n{i}" for i in range(n)]
    rnd.shuffle(nodes)
    ours.add_nodes_from(nodes)
    theirs.add_nodes_from(nodes)
    for i, a in enumerate(nodes):
        for b in nodes[i + 1:]:
            if rnd.random() < p:
                ours.add_edge(a, b)
                theirs.add_edge(a, b)
    return ours, theirs


def _their_groups(g: nx.Graph, v) -> list[set]:
    nbrs = set(g.neighbors(v))
    rest = g.subgraph(n for n in g if n != v)
    return [set(c) for c in nx.connected_components(rest) if c & nbrs]


@pytest.mark.parametrize("seed", range(60))
def test_components_and_cut_vertices_match_networkx(seed):
    n = random.Random(seed).randint(1, 40)
    p = random.Random(seed + 1000).choice([0.02, 0.05, 0.08, 0.15, 0.3])
    ours, theirs = _pair(n, p, seed)
    assert sorted(map(sorted, connected_components(ours))) == sorted(map(sorted, nx.connected_components(theirs)))
    cuts = cut_vertices(ours)
    assert set(cuts) == set(nx.articulation_points(theirs))
    for v, groups in cuts.items():
        expected = _their_groups(theirs, v)
        assert sorted(map(sorted, groups)) == sorted(map(sorted, expected))
        assert len(groups) >= 2


def test_a_path_has_its_inner_nodes_as_brokers():
    g = Graph()
    g.add_edges_from([("a", "b"), ("b", "c"), ("c", "d")])
    assert articulation_points(g) == ["b", "c"]
    assert cut_vertices(g)["b"] == [{"a"}, {"c", "d"}]


def test_a_star_falls_apart_into_its_leaves_in_order():
    g = Graph()
    g.add_nodes_from(["hub", "x", "y", "z"])
    g.add_edges_from([("hub", "z"), ("hub", "x"), ("hub", "y")])
    assert cut_vertices(g) == {"hub": [{"x"}, {"y"}, {"z"}]}


def test_a_cycle_has_no_broker_and_a_deep_path_does_not_recurse():
    ring = Graph()
    ring.add_edges_from([(i, (i + 1) % 50) for i in range(50)])
    assert cut_vertices(ring) == {}
    long = Graph()
    long.add_edges_from([(i, i + 1) for i in range(5000)])  # deeper than Python's recursion limit
    assert len(articulation_points(long)) == 4999
    assert len(connected_components(long)) == 1


def test_subgraph_keeps_only_edges_inside():
    g = Graph()
    g.add_edges_from([("a", "b"), ("b", "c")])
    sub = g.subgraph(["a", "b"])
    assert list(sub) == ["a", "b"] and sub.degree("b") == 1 and "c" not in sub
