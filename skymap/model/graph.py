"""A small undirected graph for the live measures: groups (connected components) and
brokers (cut vertices) with the groups that fall apart without each of them.

The overview panel recomputes these after every edit, and the window needs them before
its first paint; doing them here, in one depth-first search, keeps start-up free of
networkx's import (about a tenth of a second) and makes a 2,000-person map's brokers
cost one pass instead of one component search per broker. networkx is still used for
betweenness (see metrics.py), imported only when it is asked for. Results match
networkx's (tests/model/test_graph.py compares them on random graphs).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field

Node = Hashable


@dataclass
class Graph:
    """Nodes in insertion order, each with the set of its neighbours; edges carry data."""

    adj: dict[Node, dict[Node, dict]] = field(default_factory=dict)

    def add_node(self, n: Node) -> None:
        self.adj.setdefault(n, {})

    def add_nodes_from(self, nodes: Iterable[Node]) -> None:
        for n in nodes:
            self.adj.setdefault(n, {})

    def add_edge(self, a: Node, b: Node, **data) -> None:
        if a == b:
            self.adj.setdefault(a, {})
            return
        self.adj.setdefault(a, {})[b] = data
        self.adj.setdefault(b, {})[a] = data

    def add_edges_from(self, edges: Iterable[tuple[Node, Node]]) -> None:
        for a, b in edges:
            self.add_edge(a, b)

    def __contains__(self, n: object) -> bool:
        return n in self.adj

    def __iter__(self):
        return iter(self.adj)

    def __len__(self) -> int:
        return len(self.adj)

    def degree(self, n: Node) -> int:
        return len(self.adj[n])

    def neighbors(self, n: Node):
        return iter(self.adj[n])

    def edges(self):
        seen = set()
        for a, nbrs in self.adj.items():
            for b, data in nbrs.items():
                if b not in seen:
                    yield a, b, data
            seen.add(a)

    def subgraph(self, nodes: Iterable[Node]) -> Graph:
        keep = [n for n in nodes if n in self.adj]
        keep_set = set(keep)
        sub = Graph()
        for n in keep:
            sub.adj[n] = {m: d for m, d in self.adj[n].items() if m in keep_set}
        return sub


def connected_components(g: Graph) -> list[set[Node]]:
    """The groups, in the order of each group's first node."""
    seen: set[Node] = set()
    out = []
    for start in g.adj:
        if start in seen:
            continue
        seen.add(start)
        comp = {start}
        stack = [start]
        while stack:
            for m in g.adj[stack.pop()]:
                if m not in seen:
                    seen.add(m)
                    comp.add(m)
                    stack.append(m)
        out.append(comp)
    return out


def cut_vertices(g: Graph) -> dict[Node, list[set[Node]]]:
    """Every cut vertex (articulation point) with the groups of its component that fall
    apart when it is taken away, each group as a set of nodes, in order of their first
    node. One iterative depth-first search (Hopcroft–Tarjan), so deep graphs are fine."""
    order = {n: i for i, n in enumerate(g.adj)}
    disc: dict[Node, int] = {}
    low: dict[Node, int] = {}
    preorder: list[Node] = []  # nodes in discovery order: a subtree is a slice of it
    size: dict[Node, int] = {}
    result: dict[Node, list[set[Node]]] = {}
    for root in g.adj:
        if root in disc:
            continue
        comp_start = len(preorder)
        separated: dict[Node, list[Node]] = {}  # node -> children whose subtree hangs on it alone
        disc[root] = low[root] = len(preorder)
        preorder.append(root)
        root_children: list[Node] = []
        stack: list[tuple[Node, Node | None, Iterator[Node]]] = [(root, None, iter(g.adj[root]))]
        while stack:
            v, parent, it = stack[-1]
            advanced = False
            for w in it:
                if w not in disc:
                    disc[w] = low[w] = len(preorder)
                    preorder.append(w)
                    if v is root:
                        root_children.append(w)
                    stack.append((w, v, iter(g.adj[w])))
                    advanced = True
                    break
                if w != parent and disc[w] < low[v]:  # (low[v] = min(low[v], disc[w]), without a call per edge)
                    low[v] = disc[w]
            if advanced:
                continue
            stack.pop()
            size[v] = len(preorder) - disc[v]
            if parent is not None:
                if low[v] < low[parent]:
                    low[parent] = low[v]
                if parent is not root and low[v] >= disc[parent]:
                    separated.setdefault(parent, []).append(v)
        if len(root_children) > 1:
            separated[root] = root_children
        comp = set(preorder[comp_start:]) if separated else set()
        for v, children in separated.items():
            groups: list[set[Node]] = []
            taken: set[Node] = {v}
            for c in children:
                sub = set(preorder[disc[c]:disc[c] + size[c]])
                taken |= sub
                groups.append(sub)
            groups.sort(key=lambda grp: min(map(order.__getitem__, grp)))
            if v is not root:
                # the rest of the component holds its root, its first node: the first group
                groups.insert(0, comp - taken)
            result[v] = groups
    return {v: result[v] for v in sorted(result, key=order.__getitem__)}


def articulation_points(g: Graph) -> list[Node]:
    return list(cut_vertices(g))
