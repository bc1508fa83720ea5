"""How a broker who cuts no pair of clouds is said: by the groups they hold together.

Such a broker (a chain inside one cloud, people without a cloud) was once said with one
person per group ("Hanne Lund is the only link between Ali Hassan, Sara Nielsen and Søren
Holm", where Ali Hassan stood for twenty people): a user trial read it as three people. Each
group is now said as a caseworker reads it: one person by name, two or three by all their
names, the largest group of a network that is one group as "the rest of the network", any
other larger group as one of its people "and N others" in its cloud(s) ("Bo Sørensen and 4
others in School and day care"). Two sides of which one holds the joining word are said "on
one side ... on the other", as the clouds' sides are (brokers.py); three or more as "3
groups: Søren Holm; Anne Ager and Sara Nielsen; the rest of the network".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .messages import message
from .metrics import Metrics

_NAMED, _LISTED, _COUNTED, _REST = range(4)
"""The kinds of a side, in the order a sentence names them."""


def lone_sentence(make: Callable[..., Any], metrics: Metrics, chain: list[str], ends: tuple[str, ...],
                  known: dict[str, str]):
    """The finding of the brokers `chain`, who hold together the groups of which `ends` are
    the first people (brokers.py `_lone_brokers`); `known`: each person's cloud id."""
    from .brokers import _along_the_chain, quoted  # noqa: PLC0415 - brokers.py imports this module
    from .findings import _joiner, join_names  # noqa: PLC0415 - findings.py imports brokers.py

    names = metrics.names
    sides = [_side(end, chain, metrics) for end in ends]
    one_group = _one_group(metrics.components)
    largest = max(range(len(sides)), key=lambda i: len(sides[i]))
    kinds = []
    for i, group in enumerate(sides):
        if len(group) == 1:
            kinds.append(_NAMED)
        elif i == largest and one_group:
            kinds.append(_REST)
        elif len(group) <= 3:
            kinds.append(_LISTED)
        else:
            kinds.append(_COUNTED)
    order = sorted(range(len(sides)), key=lambda i: (kinds[i], names[ends[i]], ends[i]))
    clouds_of = {i: _clouds_of(sides[i], known, metrics) for i in order if kinds[i] == _COUNTED}
    chain = _along_the_chain(chain, {ends[order[0]]}, metrics)

    def side_text(i: int, lang: str) -> str:
        group, kind = sides[i], kinds[i]
        if kind == _NAMED:
            return names[ends[i]]
        if kind == _REST:
            return message("f_rest_of_network", lang)
        if kind == _LISTED:
            return join_names(sorted((names[n] for n in group), key=str.casefold), lang)
        clouds = clouds_of[i]
        if clouds:
            return message("f_group_in", lang, name=names[ends[i]], count=len(group) - 1,
                           clouds=join_names(quoted(clouds, lang), lang))
        return message("f_group", lang, name=names[ends[i]], count=len(group) - 1)

    compound = any(kinds[i] in (_LISTED, _COUNTED) for i in order)
    if len(order) == 2 and compound:

        def groups(lang: str) -> str:
            return message("f_sides", lang, one=side_text(order[0], lang), other=side_text(order[1], lang))
    elif compound:

        def groups(lang: str) -> str:
            return message("f_groups", lang, count=len(order), groups="; ".join(side_text(i, lang) for i in order))
    else:

        def groups(lang: str) -> str:
            return join_names([side_text(i, lang) for i in order], lang)

    if len(chain) == 1:
        return make("f_broker", {"name": names[chain[0]], "groups": groups}, tuple(chain), "warning")
    return make("f_brokers", {"names": _joiner([names[p] for p in chain]), "groups": groups}, tuple(chain),
                "warning")


def _one_group(components: list[list[str]]) -> bool:
    """Whether the coordination network is one group (people without ties aside)."""
    found = 0
    for comp in components:
        if len(comp) > 1:
            found += 1
            if found > 1:  # (soon known in a network of many groups)
                return False
    return found == 1


def _side(end: str, chain: list[str], metrics: Metrics) -> set[str]:
    """The group of `end` the chain holds together: of the chain's brokers' groups holding
    `end`, the smallest (the one beyond the chain's last broker on that side)."""
    best: set[str] | None = None
    for broker in chain:
        for group in metrics.broker_groups[broker]:
            if end in group and (best is None or len(group) < len(best)):
                best = group
    assert best is not None
    return best


def _clouds_of(group: set[str], known: dict[str, str], metrics: Metrics) -> list[str]:
    """The labels of the clouds of `group` when everyone in it is in one of at most two
    clouds (in the map's order of clouds), else none."""
    clouds: set[str] = set()
    for n in group:  # (a large group is soon found in three clouds or with someone in none)
        cloud = known.get(n)
        if cloud is None:
            return []
        clouds.add(cloud)
        if len(clouds) > 2:
            return []
    return [metrics.domain_labels[d] for d in metrics.domain_labels if d in clouds]
