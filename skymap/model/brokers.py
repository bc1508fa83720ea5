"""Broker findings: the people all coordination between two clouds passes through.

A broker is a cut vertex of the professionals' coordination graph (metrics.py): without
them, their group falls apart. Said of each broker alone ("X is the only link between School
and Children and family"), a chain School – Lise – Karin – Jonas – Children and family gives
three sentences that each call someone "the only link" between the same two clouds. So the
findings are made per pair of clouds instead: a pair is cut by a broker when, without them,
no one left in the one cloud is connected to anyone left in the other (and the two were
connected before). Pairs cut by exactly the same people are said in one sentence:
one person → "X is the only link between A and B", several → "All coordination between A
and B goes through X, Y and Z: if any one of them drops out, the connection is lost." Both
are true of every person named, so no two findings contradict each other.

A broker who cuts no pair of clouds (a chain inside one cloud, or people without a cloud)
is said with the people on either side instead, brokers with the same two sides together.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import combinations
from typing import Any, cast

from .lone_brokers import lone_sentence
from .messages import message
from .metrics import Metrics
from .quotes import in_quotes

Pair = tuple[str, str]


def broker_findings(metrics: Metrics, domain_of: dict[str, str | None], make: Callable[..., Any]) -> list:
    """The broker findings, each made by `make(key, params, ids, severity)`, in the order of
    their first broker."""
    rank = {d: i for i, d in enumerate(metrics.domain_labels)}
    known = {a: d for a, d in domain_of.items() if d in rank}
    group_of, joined = _pairs_per_group(metrics, known, rank)
    times_joined: dict[Pair, int] = {}
    for pairs in joined:
        for p in pairs:
            times_joined[p] = times_joined.get(p, 0) + 1
    cut_by: dict[Pair, list[str]] = {}
    lone: list[str] = []  # brokers who cut no pair of clouds
    counts: dict[int, Counter[str]] = {}  # per group, its people per cloud
    for broker in metrics.brokers:
        i = group_of[broker]
        here = joined[i]
        if i not in counts:
            counts[i] = Counter(known[n] for n in metrics.components[i] if n in known)
        clouds = _clouds_apart(metrics.broker_groups[broker], broker, counts[i], known)
        pairs = {p for p in _pairs_cut(clouds, rank)
                 if times_joined.get(p, 0) == (1 if p in here else 0)}  # not joined in another group too
        for pair in pairs:
            cut_by.setdefault(pair, []).append(broker)
        if not pairs:
            lone.append(broker)
    first = {b: i for i, b in enumerate(metrics.brokers)}
    # (in the order of their first broker; findings with the same first broker - several
    # sides or sets of people - by their people, then their clouds, not by the order a set
    # of pairs happened to give, which changed from one run of the program to the next)
    out: list[tuple[tuple, Any]] = []
    for people, sides in _by_people(cut_by, rank):
        first_side = {a for a, d in known.items() if d in sides[0]}
        ordered = _along_the_chain(people, first_side, metrics)
        labels = [[metrics.domain_labels[d] for d in side] for side in sides]
        places = sorted(first[b] for b in people)
        out.append(((places[0], places, [[rank[d] for d in side] for side in sides]),
                    _sentence(make, metrics, ordered, labels)))
    for chain, ends in _lone_brokers(lone, metrics).items():
        out.append(((min(first[b] for b in chain), [], []), lone_sentence(make, metrics, list(chain), ends, known)))
    out.sort(key=lambda item: item[0])
    return [finding for _, finding in out]


def quoted(labels: list[str], lang: str) -> list[str]:
    """`labels` (clouds) as a sentence names them: each in the language's quotation marks
    (quotes.py), so "mellem »Sundhed og omsorg« og »Hospital og psykiatri«" reads as two
    clouds, and every sentence names clouds the same way."""
    return [in_quotes(label, lang) for label in labels]


def _sentence(make, metrics: Metrics, people: list[str], sides: list[list[str]]):
    """ "X is the only link between A, B and C" (each side one cloud), or "... between A on
    one side and B and C on the other" (two sides); several people: "All coordination
    between ... goes through X, Y and Z: ..."."""
    from .findings import _joiner, join_names  # noqa: PLC0415 - findings.py imports this module

    every = [label for side in sides for label in side]
    if all(len(side) == 1 for side in sides):

        def groups(lang: str) -> str:
            return join_names(quoted(every, lang), lang)
    else:
        one, other = sides

        def groups(lang: str) -> str:
            return message("f_sides", lang, one=join_names(quoted(one, lang), lang),
                           other=join_names(quoted(other, lang), lang))

    if len(people) == 1:
        return make("f_broker", {"name": metrics.names[people[0]], "groups": groups}, tuple(people), "warning")
    params = {"names": _joiner([metrics.names[p] for p in people]), "groups": groups}
    return make("f_brokers", params, tuple(people), "warning")


def _clouds_apart(groups: list[set[str]], broker: str, whole: Counter[str], known: dict[str, str]) -> list[set[str]]:
    """The clouds of each group that falls apart without `broker`; `whole`: the people per
    cloud of the broker's group before. The largest group's (often nearly everyone) are what
    the others and the broker leave of `whole`."""
    largest = max(range(len(groups)), key=lambda i: len(groups[i]))
    left = whole.copy()
    if broker in known:
        left[known[broker]] -= 1
    out: list[set[str]] = []
    for i, group in enumerate(groups):
        if i != largest:
            left.subtract(d for d in map(known.get, group) if d is not None)
            out.append(_clouds(group, known))
        else:
            out.append(set())
    out[largest] = {d for d, n in left.items() if n > 0}
    return out


def _pairs_cut(per_group: list[set[str]], rank: dict[str, int]) -> set[Pair]:
    """The pairs of clouds with people left in different groups (`per_group`: their
    clouds) and in no group together."""
    widest = max(per_group, key=len)
    if all(clouds <= widest for clouds in per_group):
        return set()  # (every two clouds apart are also together in the widest group: mostly so)
    together: set[Pair] = set()
    for domains in per_group:
        together.update(_pairs(domains, rank))
    apart: set[Pair] = set()
    for one, other in combinations(per_group, 2):
        for a in one:
            ra = rank[a]
            for b in other:
                if a != b:
                    apart.add((a, b) if ra < rank[b] else (b, a))
    return apart - together


def _clouds(people: set[str] | list[str], known: dict[str, str]) -> set[str]:
    """The clouds of `people` (those in a known cloud)."""
    clouds = set(map(known.get, people))  # (one pass in C: a group may be the whole network)
    clouds.discard(None)  # (someone in no known cloud)
    return cast(set[str], clouds)


def _pairs_per_group(metrics: Metrics, known: dict[str, str], rank: dict[str, int]):
    """Which group (component) each person is in, and the pairs of clouds each group joins."""
    group_of = {n: i for i, comp in enumerate(metrics.components) for n in comp}
    joined = [_pairs(_clouds(comp, known), rank) for comp in metrics.components]
    return group_of, joined


def _pairs(domains: set[str], rank: dict[str, int]) -> set[Pair]:
    return set(combinations(sorted(domains, key=rank.__getitem__), 2))  # (each pair in rank order: `_pair`)


def _pair(a: str, b: str, rank: dict[str, int]) -> Pair:
    return (a, b) if rank[a] < rank[b] else (b, a)


def _by_people(cut_by: dict[Pair, list[str]], rank: dict[str, int]) -> list[tuple[list[str], list[list[str]]]]:
    """Pairs cut by the same people, joined into sets of clouds of which every two are cut
    by them (so "between A, B and C" is true of each two). A pair that only adds up two
    others with fewer people (A–C through exactly the people of A–B and of B–C) is left out:
    the chain is told by its links."""
    people_of = {p: frozenset(b) for p, b in cut_by.items()}
    domains = sorted({d for p in people_of for d in p}, key=rank.__getitem__)

    def composed(a: str, c: str) -> bool:
        whole = people_of[(a, c)]
        for b in domains:
            one, two = _pair(a, b, rank), _pair(b, c, rank)
            if b in (a, c) or one not in people_of or two not in people_of:
                continue
            if people_of[one] < whole and people_of[two] < whole and people_of[one] | people_of[two] == whole:
                return True
        return False

    kept: dict[frozenset, set[Pair]] = {}  # by the people who cut them
    for p in people_of:
        if not composed(*p):
            kept.setdefault(people_of[p], set()).add(p)
    out = []
    for pairs in kept.values():
        for sides in _sides(pairs, rank):
            out.append((list(cut_by[next(iter(pairs))]), sides))
    return out


def _sides(pairs: set[Pair], rank: dict[str, int]) -> list[list[list[str]]]:
    """The pairs cut by the same people as sides of clouds: a cloud on one side and one on
    another are cut apart, two on the same side are not. All sides of one cloud each:
    "between A, B and C"; two sides: "between A on one side and B and C on the other"; more
    sides, one side against the rest, then the rest. Pairs that do not fall into sides like
    this are told as sets of clouds of which every two are cut."""
    clouds = sorted({d for p in pairs for d in p}, key=rank.__getitem__)
    same: dict[str, set[str]] = {d: {e for e in clouds if e != d and _pair(d, e, rank) not in pairs} for d in clouds}
    parts: list[list[str]] = []
    seen: set[str] = set()
    for d in clouds:
        if d not in seen:
            part = [d] + sorted(same[d], key=rank.__getitem__)
            if any(same[e] | {e} != set(part) for e in part):
                return _cliques(pairs, rank)  # not sides
            seen.update(part)
            parts.append(part)
    if all(len(part) == 1 for part in parts):
        return [list(parts)]
    out = []
    parts.sort(key=lambda part: (len(part), rank[part[0]]))
    while len(parts) > 1:
        out.append([parts[0], sorted((d for part in parts[1:] for d in part), key=rank.__getitem__)])
        parts = parts[1:]
        if all(len(part) == 1 for part in parts) and len(parts) > 1:
            out.append(list(parts))
            break
    return out


def _cliques(pairs: set[Pair], rank: dict[str, int]) -> list[list[list[str]]]:
    left = sorted(pairs, key=lambda p: (rank[p[0]], rank[p[1]]))
    clouds_all = sorted({d for p in pairs for d in p}, key=rank.__getitem__)
    out = []
    while left:
        a, b = left.pop(0)
        clouds = [a, b]
        for d in clouds_all:
            if d in clouds:
                continue
            joined = [_pair(d, e, rank) for e in clouds]
            if all(p in left for p in joined):
                for p in joined:
                    left.remove(p)
                clouds.append(d)
        clouds.sort(key=rank.__getitem__)
        out.append([[d] for d in clouds])
    return out


def _lone_brokers(lone: list[str], metrics: Metrics) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Brokers inside one cloud: each group they hold together named by its first person
    (alphabetically) who is no broker (every group has one: the far end of a chain), so that
    the brokers of one chain name the same two ends and are told together."""
    names = metrics.names
    brokers = set(metrics.brokers)
    alphabetical = {n: i for i, n in enumerate(sorted(names, key=lambda n: (names[n], n)))}

    first = [n for n in alphabetical if n not in brokers]

    def end(group: set[str]) -> str:
        if len(group) > 32:  # (a large group: its first alphabetically is soon met)
            return next((n for n in first if n in group), None) or min(group, key=alphabetical.__getitem__)
        return min(group - brokers or group, key=alphabetical.__getitem__)

    by_ends: dict[tuple[str, ...], list[str]] = {}
    for broker in lone:
        ends = tuple(sorted(map(end, metrics.broker_groups[broker]), key=alphabetical.__getitem__))
        by_ends.setdefault(ends, []).append(broker)
    return {tuple(people): ends for ends, people in by_ends.items()}


def _along_the_chain(people: list[str], side: set[str], metrics: Metrics) -> list[str]:
    """The brokers in the order met going from `side` (people of the first cloud) to the
    other: the fewer of the others between a broker and that side, the earlier."""
    if len(people) == 1:
        return list(people)

    def before(p: str) -> int:
        near = set().union(*(g for g in metrics.broker_groups[p] if g & side))
        return len(near.intersection(people))

    return sorted(people, key=lambda p: (before(p), metrics.brokers.index(p)))
