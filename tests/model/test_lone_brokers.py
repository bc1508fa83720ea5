"""A broker who cuts no pair of clouds is said by the groups they hold together, as
`skymap stats` prints it (model/lone_brokers.py). A user trial read "Hanne Lund er det
eneste bindeled mellem Ali Hassan, Sara Nielsen og Søren Holm" as three people, when Ali
Hassan stood for the twenty others: a group is never stood for by one arbitrary person."""

from __future__ import annotations

from skymap.cli import main
from skymap.model.objects import Actor, Domain, Link, SkyMap
from skymap.model.vocabulary import LinkKind
from skymap.storage.mapfile import save_map

SCHOOL, HOSPITAL = "Skole og dagtilbud", "Hospital og psykiatri"


def _map(people, ties) -> SkyMap:
    return SkyMap(
        domains=[Domain(id="d-skole", label=SCHOOL), Domain(id="d-hosp", label=HOSPITAL)],
        actors=[Actor(id=i, name=name, domain=d) for i, name, d in people],
        links=[Link(id=f"l-{a}-{b}", kind=LinkKind.COORDINATION, source=a, target=b) for a, b in ties],
    )


def _ring(ids: list[str]) -> list[tuple[str, str]]:
    return [(a, ids[(i + 1) % len(ids)]) for i, a in enumerate(ids)]


def _stats(tmp_path, m: SkyMap, lang: str, capsys) -> list[str]:
    path = tmp_path / "kort.json"
    save_map(m, path)
    assert main(["stats", str(path), "--lang", lang]) == 0
    return [line.strip()[2:] for line in capsys.readouterr().out.splitlines()
            if "bindeled" in line or "only link" in line or "går gennem" in line or "goes through" in line]


def the_trial() -> SkyMap:
    """Hanne Lund (hospital) joins Sara Nielsen and Søren Holm (hospital) to the rest, five
    people of both clouds who work together all round (Ali Hassan first among them)."""
    rest = [("ali", "Ali Hassan", "d-skole"), ("bo", "Bo Sørensen", "d-skole"), ("eva", "Eva Holt", "d-hosp"),
            ("ida", "Ida Krogh", "d-skole"), ("per", "Per Bak", "d-hosp")]
    people = [("hanne", "Hanne Lund", "d-hosp"), ("sara", "Sara Nielsen", "d-hosp"),
              ("soren", "Søren Holm", "d-hosp"), *rest]
    ids = [p[0] for p in rest]
    return _map(people, [("hanne", "sara"), ("hanne", "soren"), ("hanne", "eva"), ("hanne", "per"), *_ring(ids), ("ali", "eva")])


def test_the_largest_group_of_the_network_is_the_rest_of_the_network(tmp_path, capsys):
    assert _stats(tmp_path, the_trial(), "da", capsys) == [
        "Hanne Lund er det eneste bindeled mellem Sara Nielsen, Søren Holm og resten af netværket."]
    assert _stats(tmp_path, the_trial(), "en", capsys) == [
        "Hanne Lund is the only link between Sara Nielsen, Søren Holm and the rest of the network."]


def test_three_groups_with_two_people_in_one_are_told_apart_by_semicolons(tmp_path, capsys):
    """Anne Ager hangs on Sara Nielsen: Hanne Lund holds together Søren Holm, Sara and Anne,
    and the rest; "mellem Søren Holm, Anne Ager og Sara Nielsen og resten" would read as four."""
    m = the_trial()
    m.actors.append(Actor(id="zz", name="Anne Ager", domain="d-hosp"))
    m.links.append(Link(id="l-zz", kind=LinkKind.COORDINATION, source="zz", target="sara"))
    assert _stats(tmp_path, m, "da", capsys) == [
        "Hanne Lund er det eneste bindeled mellem 3 grupper: Søren Holm; Anne Ager og Sara Nielsen; "
        "resten af netværket.",
        "Sara Nielsen er det eneste bindeled mellem Anne Ager og resten af netværket."]
    assert _stats(tmp_path, m, "en", capsys) == [
        "Hanne Lund is the only link between 3 groups: Søren Holm; Anne Ager and Sara Nielsen; "
        "the rest of the network.",
        "Sara Nielsen is the only link between Anne Ager and the rest of the network."]


def test_a_chain_to_the_rest_of_the_network_is_told_once_with_its_far_end(tmp_path, capsys):
    m = _map([("a", "Anne Ager", "d-skole"), ("l", "Lise Lund", "d-skole"), ("k", "Karin Krog", "d-skole"),
              *[(f"r{i}", f"R{i}", "d-skole") for i in range(4)]],
             [("a", "l"), ("l", "k"), ("k", "r0"), ("k", "r1"), *_ring([f"r{i}" for i in range(4)])])
    assert _stats(tmp_path, m, "da", capsys) == [
        "Alt samarbejde mellem Anne Ager og resten af netværket går gennem Lise Lund og Karin Krog: "
        "falder én af dem fra, er forbindelsen brudt."]


def test_groups_of_a_network_in_two_parts_are_listed_or_counted_in_their_cloud(tmp_path, capsys):
    """Two groups of the network (the network has another part, so neither is "the rest"):
    two people are both named, five are one of them and the 4 others in their cloud, and the
    two sides are told 'on one side ... on the other', the cloud's name quoted where it holds
    the joining word."""
    five = [("a", "Anne Ager", "d-skole"), ("b", "Bent Bo", "d-skole"), ("c", "Carl Ceder", "d-skole"),
            ("d", "Dorte Dam", "d-skole"), ("e", "Erik Eg", "d-skole")]
    people = [("hanne", "Hanne Lund", "d-skole"), ("sara", "Sara Nielsen", "d-skole"),
              ("soren", "Søren Holm", "d-skole"), *five, ("x", "Xenia", "d-hosp"), ("y", "Yrsa", "d-hosp")]
    m = _map(people, [("hanne", "sara"), ("sara", "soren"), ("soren", "hanne"), ("hanne", "a"), ("hanne", "b"),
                      *_ring([p[0] for p in five]), ("x", "y")])
    assert _stats(tmp_path, m, "da", capsys) == [
        "Hanne Lund er det eneste bindeled mellem Sara Nielsen og Søren Holm på den ene side og "
        "Anne Ager og 4 andre i »Skole og dagtilbud« på den anden."]
    assert _stats(tmp_path, m, "en", capsys) == [
        "Hanne Lund is the only link between Sara Nielsen and Søren Holm on one side and "
        "Anne Ager and 4 others in “Skole og dagtilbud” on the other."]
