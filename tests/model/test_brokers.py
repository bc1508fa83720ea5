"""Broker findings (model/brokers.py): people all coordination between two clouds passes
through. A chain of several brokers between the same two clouds is one finding naming them
all; a single one is "the only link" as before; on random maps every broker sentence is true
of each person it names and no pair of clouds is told twice."""

from __future__ import annotations

import random
import re

import networkx as nx
import pytest

from skymap.model.findings import findings, summary_lines
from skymap.model.objects import Actor, Domain, Link, SkyMap
from skymap.model.vocabulary import LinkKind

SCHOOL, SOCIAL = "Skole og dagtilbud", "Børn og familie"


def a_map(people: list[tuple[str, str, str | None]], ties: list[tuple[str, str]], domains=None) -> SkyMap:
    domains = domains or [("d-skole", SCHOOL), ("d-bof", SOCIAL), ("d-sund", "Sundhed og omsorg")]
    return SkyMap(
        domains=[Domain(id=i, label=label) for i, label in domains],
        actors=[Actor(id=i, name=name, domain=d) for i, name, d in people],
        links=[Link(id=f"l-{a}-{b}", kind=LinkKind.COORDINATION, source=a, target=b) for a, b in ties],
    )


def chain_of_three() -> SkyMap:
    """Anne (school) – Lise (school) – Karin (no cloud) – Jonas (social) – Bo (social): the
    trial's map. Without any one of Lise, Karin and Jonas, school and social services part."""
    return a_map(
        [("anne", "Anne", "d-skole"), ("lise", "Lise", "d-skole"), ("karin", "Karin", None),
         ("jonas", "Jonas", "d-bof"), ("bo", "Bo", "d-bof")],
        [("anne", "lise"), ("lise", "karin"), ("karin", "jonas"), ("jonas", "bo")],
    )


def brokers(m: SkyMap):
    return [f for f in findings(m) if f.key in ("f_broker", "f_brokers")]


def test_three_people_between_the_same_two_clouds_are_one_finding():
    (f,) = brokers(chain_of_three())
    assert f.key == "f_brokers" and f.severity == "warning"
    assert f.ids == ("lise", "karin", "jonas")  # in the order met from the school to social services
    assert f.text("da") == (
        "Alt samarbejde mellem »Skole og dagtilbud« og »Børn og familie« går gennem Lise, Karin og Jonas: "
        "falder én af dem fra, er forbindelsen brudt."
    )
    assert f.text("en") == (
        "All coordination between “Skole og dagtilbud” and “Børn og familie” goes through Lise, Karin and Jonas: "
        "if any one of them drops out, the connection is lost."
    )
    for lang in ("da", "en"):
        text = "\n".join(summary_lines(chain_of_three(), lang))
        assert "eneste bindeled" not in text and "only link" not in text


def test_one_person_between_two_clouds_is_the_only_link():
    m = a_map(
        [("anne", "Anne", "d-skole"), ("lise", "Lise", "d-skole"), ("bo", "Bo", "d-bof")],
        [("anne", "lise"), ("lise", "bo")],
    )
    (f,) = brokers(m)
    assert (f.key, f.ids) == ("f_broker", ("lise",))
    assert f.text("da") == "Lise er det eneste bindeled mellem »Skole og dagtilbud« og »Børn og familie«."
    assert f.text("en") == "Lise is the only link between “Skole og dagtilbud” and “Børn og familie”."


def test_a_hub_of_three_clouds_is_the_only_link_between_all_three():
    m = a_map(
        [("hub", "Lise", "d-skole"), ("s", "Anne", "d-skole"), ("b", "Bo", "d-bof"), ("h", "Hans", "d-sund")],
        [("hub", "s"), ("hub", "b"), ("hub", "h")],
    )
    (f,) = brokers(m)
    assert f.text("en") == "Lise is the only link between “Skole og dagtilbud”, “Børn og familie” and “Sundhed og omsorg”."


def test_one_cloud_against_three_others_is_told_as_two_sides():
    """Ole (health) is all that joins health to a school, a social worker and the police, who
    work together among themselves: one sentence with two sides, not three "only link"s."""
    four = [("s1", "Sif", "d-skole"), ("s2", "Sten", "d-skole"), ("b", "Bo", "d-bof"), ("p", "Per", "d-pol")]
    m = a_map(
        [("ole", "Ole", "d-sund"), ("h", "Hans", "d-sund"), *four],
        [("h", "ole"), ("ole", "s1"), ("ole", "s2")]
        + [(a[0], b[0]) for i, a in enumerate(four) for b in four[i + 1:]],
        domains=[("d-skole", SCHOOL), ("d-bof", SOCIAL), ("d-sund", "Sundhed og omsorg"), ("d-pol", "Politi og SSP")],
    )
    (f,) = brokers(m)
    assert f.text("en") == (
        "Ole is the only link between “Sundhed og omsorg” on one side and “Skole og dagtilbud”, “Børn og familie” "
        "and “Politi og SSP” on the other."
    )
    assert f.text("da") == (
        "Ole er det eneste bindeled mellem »Sundhed og omsorg« på den ene side og »Skole og dagtilbud«, "
        "»Børn og familie« og »Politi og SSP« på den anden."
    )


def test_a_second_path_elsewhere_means_no_one_links_the_clouds_alone():
    """School and social services also work together in another group: the chain is told by
    the people at its ends, not as the clouds' only link."""
    m = chain_of_three()
    m.actors += [Actor(id="x", name="Xenia", domain="d-skole"), Actor(id="y", name="Yrsa", domain="d-bof")]
    m.links.append(Link(id="l-xy", kind=LinkKind.COORDINATION, source="x", target="y"))
    (f,) = brokers(m)
    assert f.text("en").startswith("All coordination between Anne and Bo goes through Lise, Karin and Jonas:")


def test_a_chain_inside_one_cloud_names_the_people_at_its_ends():
    m = a_map(
        [(i, n, "d-skole") for i, n in (("a", "Anne"), ("l", "Lise"), ("k", "Karin"), ("z", "Zenia"))],
        [("a", "l"), ("l", "k"), ("k", "z")],
    )
    (f,) = brokers(m)
    assert f.text("en").startswith("All coordination between Anne and Zenia goes through Lise and Karin:")


def test_the_example_map_tells_its_chain_once_per_link(capsys):
    from skymap.cli import main  # noqa: PLC0415
    from tests.cli.test_cli import EXAMPLE  # noqa: PLC0415

    assert main(["stats", str(EXAMPLE), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.count("goes through") == 2 and "only link" not in out
    assert ("  - All coordination between “Skole og dagtilbud” and “Børn og familie” goes through Hanne Lund and "
            "Mette Skov: if any one of them drops out, the connection is lost.") in out.splitlines()


def _pairs_told(text: str) -> list[tuple[str, str]]:
    """The pairs of clouds a broker sentence says are cut: every two of "between A, B and C",
    or each of one side with each of the other in "between A on one side and B and C on the other"."""
    between = re.search(r"between (.*?)(?: goes through|\.$)", text).group(1)
    if " others in " in between:  # groups of people (lone_brokers.py), not clouds
        return []
    if " on one side and " in between:
        one, other = (re.findall(r"D\d", side) for side in between.split(" on one side and "))
        return [(a, b) for a in one for b in other]
    found = re.findall(r"D\d", between)
    return [(a, b) for i, a in enumerate(found) for b in found[i + 1:]]


@pytest.mark.parametrize("seed", range(80))
def test_on_random_maps_every_broker_sentence_is_true_and_no_pair_is_told_twice(seed):
    rng = random.Random(seed)
    n = rng.randint(4, 14)
    g = nx.gnm_random_graph(n, rng.randint(n - 3, n + 3), seed=seed)
    clouds = [f"D{i}" for i in range(rng.randint(2, 6))]
    cloud_of = {i: rng.choice([*clouds, None]) for i in g}
    m = a_map(
        [(f"p{i}", f"P{i}", cloud_of[i] and f"d{cloud_of[i]}") for i in g],
        [(f"p{a}", f"p{b}") for a, b in g.edges],
        domains=[(f"d{c}", c) for c in clouds],
    )

    def joined(graph, c1, c2) -> bool:
        return any(
            any(cloud_of[x] == c1 for x in comp) and any(cloud_of[x] == c2 for x in comp)
            for comp in nx.connected_components(graph)
        )

    def stays(v, c1, c2) -> bool:
        """Both clouds keep someone beside v in v's group (else v is an end, not a link)."""
        near = nx.node_connected_component(g, v) - {v}
        return any(cloud_of[x] == c1 for x in near) and any(cloud_of[x] == c2 for x in near)

    told: set[frozenset] = set()
    for f in brokers(m):
        text = f.text("en")
        pairs = _pairs_told(text)
        if not pairs:  # a chain inside one cloud, told by the people at its ends
            continue
        people = {int(i[1:]) for i in f.ids}
        assert (f.key == "f_broker") == (len(people) == 1)
        for c1, c2 in pairs:
            assert frozenset((c1, c2)) not in told
            told.add(frozenset((c1, c2)))
            assert joined(g, c1, c2)
            cutters = {v for v in g if not joined(nx.restricted_view(g, [v], []), c1, c2) and stays(v, c1, c2)}
            assert cutters == people, text  # exactly the people whose loss parts the two clouds


def test_clouds_are_always_quoted_one_way_per_language():
    """ "mellem Sundhed og omsorg og Hospital og psykiatri" reads as four clouds: a user trial
    could not tell. Then only names holding the sentence's own "og"/"and" were quoted, and a
    later trial found »Egen læge« quoted in one finding and not in the next: every cloud a
    sentence names is quoted now (»…« in Danish, “…” in English)."""
    from skymap.model.brokers import quoted

    assert quoted(["Sundhed og omsorg", "Jobcenter"], "da") == ["»Sundhed og omsorg«", "»Jobcenter«"]
    assert quoted(["Health and care"], "en") == ["“Health and care”"]
    assert quoted(["Sundhed og omsorg"], "en") == ["“Sundhed og omsorg”"]
    assert quoted(["Jobcenter", "Egen læge"], "da") == ["»Jobcenter«", "»Egen læge«"]
