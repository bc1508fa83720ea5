"""Network measures and findings on small maps whose numbers are worked out by hand."""

from __future__ import annotations

import pytest

from skymap.model.findings import Finding, findings, join_names, summary_lines
from skymap.model.metrics import compute, rc_band, stats, tie_strength
from skymap.model.objects import FAMILY_ID, Actor, Domain, FamilyMember, Link, RCScores, Settings, SkyMap
from skymap.model.vocabulary import ActorKind, FamilyRole, LinkKind, Quality

C, K = LinkKind.CONTACT, LinkKind.COORDINATION


def contact(lid, src, tgt, **kw):
    return Link(id=lid, kind=C, source=src, target=tgt, **kw)


def coord(lid, src, tgt, **kw):
    return Link(id=lid, kind=K, source=src, target=tgt, **kw)


def pro(aid, name, domain=None, **kw):
    return Actor(id=aid, name=name, domain=domain, **kw)


def basic_map() -> SkyMap:
    """Two family members, three clouds, five active professionals, one private, one ended.

    coordination among active professionals:  laerer - ppr - psykiater - sygepl ;  laege alone
    """
    return SkyMap(
        family=[
            FamilyMember(id="m-mor", name="Sofie", role=FamilyRole.MOTHER),
            FamilyMember(id="m-emil", name="Emil", role=FamilyRole.CHILD),
        ],
        domains=[
            Domain(id="d-skole", label="Skole og dagtilbud"),
            Domain(id="d-psyk", label="Hospital og psykiatri"),
            Domain(id="d-privat", label="Privat netværk"),
        ],
        actors=[
            pro("a-laerer", "Hanne", "d-skole"),
            pro("a-ppr", "Karin", "d-skole"),
            pro("a-psykiater", "Rikke", "d-psyk"),
            pro("a-sygepl", "Ole", "d-psyk"),
            pro("a-laege", "Anders"),
            pro("a-mormor", "Inger", "d-privat", kind=ActorKind.PRIVATE),
            pro("a-gammel", "Gamle Gert", "d-skole", active=False),
        ],
        links=[
            contact("l-1", "a-laerer", "m-emil"),
            contact("l-2", "a-laerer", "m-mor"),
            contact("l-3", "a-psykiater", FAMILY_ID),  # counts for Sofie and Emil
            contact("l-4", "a-sygepl", "m-mor"),
            contact("l-5", "a-mormor", "m-mor"),  # private: not a professional contact
            contact("l-6", "a-gammel", "m-mor"),  # ended: history only
            coord("l-7", "a-laerer", "a-ppr"),
            coord("l-8", "a-ppr", "a-psykiater"),
            coord("l-9", "a-psykiater", "a-sygepl"),
            coord("l-10", "a-mormor", "a-laerer"),  # a private person: not professional coordination
            coord("l-11", "a-gammel", "a-laege"),  # ended: Anders stays isolated
        ],
    )


def test_counts_of_people():
    m = compute(basic_map())
    # Active professionals: Hanne, Karin, Rikke, Ole, Anders = 5 (Gert has ended).
    assert m.professional_ids == ["a-laerer", "a-ppr", "a-psykiater", "a-sygepl", "a-laege"]
    assert m.private_ids == ["a-mormor"]
    assert m.ended_ids == ["a-gammel"]
    assert m.family_ids == ["m-mor", "m-emil"]
    # Per cloud, active people of both kinds: skole Hanne+Karin (not Gert) = 2, psyk 2, privat Inger 1.
    assert m.per_domain == {"d-skole": 2, "d-psyk": 2, "d-privat": 1}


def test_per_member_counts_family_contacts_for_every_member():
    m = compute(basic_map())
    # Sofie: Hanne (l-2), Rikke (l-3 family), Ole (l-4) = 3; Inger is private, Gert has ended.
    # Emil: Hanne (l-1), Rikke (l-3 family) = 2.
    assert {k: sorted(v) for k, v in m.per_member.items()} == {
        "m-mor": ["a-laerer", "a-psykiater", "a-sygepl"],
        "m-emil": ["a-laerer", "a-psykiater"],
    }
    # Professional contact ties: l-1, l-2, l-3, l-4 = 4.
    assert m.contact_links == 4


def test_coordination_network_of_active_professionals():
    m = compute(basic_map())
    # Only l-7, l-8, l-9 join two active professionals (l-10 has a private end, l-11 an ended one).
    assert m.coordination_links == 3
    assert m.isolated == ["a-laege"]
    # Path Hanne - Karin - Rikke - Ole: the two middle ones are articulation points.
    assert m.brokers == ["a-ppr", "a-psykiater"]
    # The path and Anders alone: 2 components (an isolated professional is a component).
    assert m.components == [["a-laerer", "a-ppr", "a-psykiater", "a-sygepl"], ["a-laege"]]


def test_betweenness_on_a_path():
    # 5 nodes (path of 4 + Anders). Karin lies on the shortest paths Hanne-Rikke and Hanne-Ole:
    # 2 pairs; normalised by the (n-1)(n-2)/2 = 6 pairs not involving her -> 2/6 = 1/3.
    # Rikke likewise (Hanne-Ole, Karin-Ole). The ends of the path and Anders: 0, left out.
    m = compute(basic_map())
    assert m.betweenness == pytest.approx({"a-ppr": 1 / 3, "a-psykiater": 1 / 3})


def test_betweenness_treats_strong_ties_as_short():
    # Triangle x-y broken (distance 1/1), x-z and z-y strong (1/4 each: 0.5 via z).
    # The best-working path from x to y goes through z, so z is the broker: 1 of 1 pair -> 1.0.
    m = compute(
        SkyMap(
            actors=[pro("x", "X"), pro("y", "Y"), pro("z", "Z")],
            links=[
                coord("l-xy", "x", "y", quality=Quality.BROKEN),
                coord("l-xz", "x", "z", quality=Quality.STRONG),
                coord("l-zy", "z", "y", quality=Quality.STRONG),
            ],
        )
    )
    assert m.betweenness == pytest.approx({"z": 1.0})
    assert m.brokers == []  # a triangle has no single point of failure


def test_tie_strength_uses_the_relational_coordination_mean_when_scored():
    assert tie_strength(coord("l", "a", "b", quality=Quality.WEAK)) == 2.0
    scored = coord("l", "a", "b", quality=Quality.WEAK, rc=RCScores(frequent=5, timely=4, accurate=3))
    assert tie_strength(scored) == pytest.approx(4.0)  # (5 + 4 + 3) / 3
    settings = Settings(rc_weak_below=2.5, rc_strong_from=4.5)
    assert rc_band(2.4, settings) is Quality.WEAK
    assert rc_band(4.0, settings) is Quality.MODERATE
    assert rc_band(4.5, settings) is Quality.STRONG


def bridge_map(extra_links=()) -> SkyMap:
    """School: s1 - s2 coordinate. Hospital: h1 alone. s1 and h1 each talk to the mother.

    Without the family: {s1, s2} and {h1} = 2 groups. With the family the mother joins them:
    1 group, so the family is the only bridge (family_bridges = 2 - 1 = 1).
    """
    return SkyMap(
        family=[FamilyMember(id="m-mor", name="Sofie", role=FamilyRole.MOTHER)],
        domains=[Domain(id="d-skole", label="Skole"), Domain(id="d-hosp", label="Hospital")],
        actors=[pro("s1", "Skolelærer", "d-skole"), pro("s2", "PPR", "d-skole"), pro("h1", "Psykiater", "d-hosp")],
        links=[contact("c1", "s1", "m-mor"), contact("c2", "h1", "m-mor"), coord("k1", "s1", "s2"), *extra_links],
    )


def test_family_as_the_only_bridge_between_professionals():
    m = compute(bridge_map())
    assert len(m.components) == 2
    assert m.components_with_family == 1
    assert m.family_bridges == 1
    # With the family: removing the mother separates h1; removing s1 separates s2.
    assert m.brokers_with_family == ["m-mor", "s1"]
    f = [x for x in findings(bridge_map()) if x.key == "f_family_bridge"]
    assert len(f) == 1 and f[0].ids == ("m-mor",) and f[0].severity == "warning"
    assert f[0].text("en").startswith("Only the family connects 2 separate groups of professionals")
    assert f[0].text("da").startswith("Kun familien forbinder 2 adskilte grupper af fagpersoner")


def test_no_family_bridge_when_the_professionals_coordinate():
    m = compute(bridge_map([coord("k2", "s2", "h1")]))
    assert (len(m.components), m.components_with_family, m.family_bridges) == (1, 1, 0)
    assert not [x for x in findings(bridge_map([coord("k2", "s2", "h1")])) if x.key == "f_family_bridge"]


def test_no_family_bridge_when_one_group_has_no_contact_with_the_family():
    skymap = bridge_map()
    skymap.links = [ln for ln in skymap.links if ln.id != "c2"]  # h1 no longer talks to the mother
    m = compute(skymap)
    assert (len(m.components), m.components_with_family, m.family_bridges) == (2, 2, 0)


def test_family_bridge_across_three_groups_via_the_whole_family():
    # Three lone professionals, each with a contact to a different member or the whole family:
    # 3 groups without the family, 1 with it -> 2 bridges; the sentence says 3 groups.
    skymap = SkyMap(
        family=[FamilyMember(id="m-a", name="A"), FamilyMember(id="m-b", name="B")],
        actors=[pro("p1", "P1"), pro("p2", "P2"), pro("p3", "P3")],
        links=[contact("c1", "p1", "m-a"), contact("c2", "p2", "m-b"), contact("c3", "p3", FAMILY_ID)],
    )
    m = compute(skymap)
    assert (len(m.components), m.components_with_family, m.family_bridges) == (3, 1, 2)
    assert "3 separate groups" in findings(skymap)[0].text("en")


def test_a_private_person_joining_two_professionals_is_not_a_family_bridge():
    skymap = SkyMap(
        actors=[pro("a", "A"), pro("b", "B"), pro("p", "Mormor", kind=ActorKind.PRIVATE)],
        links=[coord("l1", "p", "a"), coord("l2", "p", "b")],
    )
    m = compute(skymap)
    assert m.family_bridges == 0
    assert not [f for f in findings(skymap) if f.key == "f_family_bridge"]


def test_stats_dict_uses_names_and_labels():
    s = stats(basic_map())
    assert s["family_members"] == 2
    assert s["professionals"] == 5
    assert s["private_network"] == 1
    assert s["ended"] == 1
    assert s["per_domain"] == {"Skole og dagtilbud": 2, "Hospital og psykiatri": 2, "Privat netværk": 1}
    assert s["per_member"] == {"Sofie": 3, "Emil": 2}
    assert s["coordination_links"] == 3
    assert s["isolated"] == ["Anders"]
    assert s["brokers"] == ["Karin", "Rikke"]
    assert s["components"] == 2


def test_repeated_names_are_told_apart():
    skymap = SkyMap(actors=[pro("a1", "Anne"), pro("a2", "Anne")])
    assert stats(skymap)["isolated"] == ["Anne", "Anne (2)"]


def test_empty_map_has_no_findings_and_zero_counts():
    assert findings(SkyMap()) == []
    s = stats(SkyMap())
    assert (s["professionals"], s["components"], s["coordination_links"], s["brokers"]) == (0, 0, 0, [])


# ----- findings ----------------------------------------------------------------------------

def _by_key(found: list[Finding], key: str) -> list[Finding]:
    return [f for f in found if f.key == key]


def test_member_contact_sentences_in_both_languages():
    found = findings(basic_map())
    mor = [f for f in found if f.key.startswith("f_member_contacts") and f.ids[0] == "m-mor"][0]
    assert mor.text("en") == "Sofie (mother) is in contact with 3 professionals."
    assert mor.text("da") == "Sofie (mor) er i kontakt med 3 fagpersoner."
    assert set(mor.ids) == {"m-mor", "a-laerer", "a-psykiater", "a-sygepl"}
    emil = [f for f in found if f.key.startswith("f_member_contacts") and f.ids[0] == "m-emil"][0]
    assert emil.text("en") == "Emil (child) is in contact with 2 professionals."
    assert emil.text("da") == "Emil (barn) er i kontakt med 2 fagpersoner."


def test_one_contact_is_singular():
    skymap = bridge_map()
    # Sofie talks to s1 and h1 here: 2; take h1's contact away and she has 1.
    assert _by_key(findings(skymap), "f_member_contacts_n")[0].text("en").endswith("with 2 professionals.")
    skymap.links = [ln for ln in skymap.links if ln.id != "c2"]
    one = _by_key(findings(skymap), "f_member_contacts_1")[0]
    assert one.text("en") == "Sofie (mother) is in contact with 1 professional."
    assert one.text("da") == "Sofie (mor) er i kontakt med 1 fagperson."
    assert one.ids == ("m-mor", "s1")


def test_no_coordinator_sentence():
    found = _by_key(findings(basic_map()), "f_no_coordinator")
    assert len(found) == 1
    assert found[0].text("en") == "No family coordinator has been chosen."
    assert found[0].text("da") == "Der er ikke valgt en familiekoordinator."


def test_one_and_many_coordinators():
    skymap = basic_map()
    skymap.actors = [a.model_copy(update={"coordinator": a.id == "a-psykiater"}) for a in skymap.actors]
    one = _by_key(findings(skymap), "f_coordinator")[0]
    assert one.text("en") == "Rikke is the family coordinator."
    assert one.text("da") == "Rikke er familiekoordinator."
    assert one.ids == ("a-psykiater",)
    skymap.actors = [a.model_copy(update={"coordinator": a.id in ("a-psykiater", "a-laege")}) for a in skymap.actors]
    many = _by_key(findings(skymap), "f_many_coordinators")[0]
    assert many.text("en") == "2 people are marked as family coordinator: Rikke and Anders. There should be one."
    assert many.text("da") == "2 personer er markeret som familiekoordinator: Rikke og Anders. Der bør være én."
    assert not _by_key(findings(skymap), "f_no_coordinator")


def test_an_ended_coordinator_does_not_count():
    skymap = basic_map()
    skymap.actors = [a.model_copy(update={"coordinator": a.id == "a-gammel"}) for a in skymap.actors]
    assert _by_key(findings(skymap), "f_no_coordinator")


def test_isolated_sentence_names_the_professionals():
    f = _by_key(findings(basic_map()), "f_isolated_1")[0]
    assert f.text("en") == "1 professional works with no other professional: Anders."
    assert f.text("da") == "1 fagperson samarbejder ikke med nogen anden fagperson: Anders."
    assert f.ids == ("a-laege",)
    many = _by_key(findings(bridge_map()), "f_isolated_1")  # h1 alone in bridge_map
    assert many[0].ids == ("h1",)


def test_broker_sentence_names_the_domains_it_joins():
    found = [f for f in findings(basic_map()) if f.key in ("f_broker", "f_brokers")]
    # Karin (skole) and Rikke (psyk) both stand between Hanne (skole) and Ole (psyk): one
    # finding naming both, not two that each call someone "the only link".
    assert [(f.key, f.ids) for f in found] == [("f_brokers", ("a-ppr", "a-psykiater"))]
    (both,) = found
    en, da = both.text("en"), both.text("da")
    assert en.startswith("All coordination between “Skole og dagtilbud” and “Hospital og psykiatri” goes through Karin and Rikke")
    assert da.startswith("Alt samarbejde mellem »Skole og dagtilbud« og »Hospital og psykiatri« går gennem Karin og Rikke")
    assert both.severity == "warning"


def test_strained_ties_are_counted():
    skymap = basic_map()
    skymap.links = [
        ln.model_copy(update={"quality": Quality.STRAINED}) if ln.id in ("l-2", "l-9") else ln for ln in skymap.links
    ]
    f = _by_key(findings(skymap), "f_strained")[0]
    assert f.text("en") == "2 ties are strained or broken."
    assert f.text("da") == "2 forbindelser er belastede eller brudte."


def test_join_names_in_both_languages():
    assert join_names(["A", "B", "C"], "en") == "A, B and C"
    assert join_names(["A", "B", "C"], "da") == "A, B og C"
    assert join_names(["A"], "da") == "A"
    assert join_names([f"P{i}" for i in range(8)], "en") == "P0, P1, P2, P3, P4, P5 and 2 more"
    assert join_names([f"P{i}" for i in range(8)], "da") == "P0, P1, P2, P3, P4, P5 og 2 andre"


def test_summary_lines_in_danish_and_english():
    da = summary_lines(basic_map(), "da", "Sørensen")
    en = summary_lines(basic_map(), "en", "Sørensen")
    assert da[0] == "Familien Sørensen har 2 familiemedlemmer, 5 fagpersoner og 1 person fra det private netværk omkring sig."
    assert en[0] == "The Sørensen family has 2 family members, 5 professionals and 1 person from the private network around it."
    assert "Fagpersonerne har 4 kontakter med familien." in da
    assert "The professionals have 3 coordination ties among themselves, in 2 separate groups." in en
    assert any("ikke længere aktiv" in ln for ln in da)
    assert "  Skole og dagtilbud: 2" in da and "  Privat netværk: 1" in en
    assert "  - Der er ikke valgt en familiekoordinator." in da
    assert "  - No family coordinator has been chosen." in en
    assert "Fund:" in da and "Findings:" in en
    # Without a family name the sentence still reads.
    assert summary_lines(SkyMap(), "en")[0].startswith("The family has 0 family members")


def test_ended_people_sentence_plural():
    skymap = basic_map()
    skymap.actors = [a.model_copy(update={"active": a.id not in ("a-gammel", "a-laege")}) for a in skymap.actors]
    assert "2 personer er ikke længere aktive." in summary_lines(skymap, "da")


def test_ended_people_sentence_singular_is_grammatical():
    assert "1 person er ikke længere aktiv." in summary_lines(basic_map(), "da")
