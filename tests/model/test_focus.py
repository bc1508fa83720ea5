"""A child's own view: one family member, the people they meet, the ties among those people."""

from __future__ import annotations

from datetime import date

import pytest

from skymap.model.document import MapDocument
from skymap.model.errors import SkymapError
from skymap.model.focus import focus_map, focus_of, network_title
from skymap.model.objects import FAMILY_ID
from skymap.model.status import add_status
from skymap.model.vocabulary import LinkKind


def small_family() -> MapDocument:
    doc = MapDocument()
    school = doc.add_domain("Skole", id="d-school")
    doc.add_domain("Jobcenter", id="d-job")
    doc.add_member("Emil Holm", id="m-emil")
    doc.add_member("Anne Holm", id="m-anne")
    doc.add_actor("Karen", id="a-karen", domain=school.id)
    doc.add_actor("Ole", id="a-ole", domain=school.id)
    doc.add_actor("Jens", id="a-jens", domain="d-job")
    doc.add_actor("Bo", id="a-bo")
    doc.add_link(LinkKind.CONTACT, "a-karen", "m-emil", id="l-karen-emil")
    doc.add_link(LinkKind.CONTACT, "a-ole", "m-emil", id="l-ole-emil")
    doc.add_link(LinkKind.CONTACT, "a-karen", "m-anne", id="l-karen-anne")  # Karen meets Anne too: not Emil's tie
    doc.add_link(LinkKind.CONTACT, "a-jens", "m-anne", id="l-jens-anne")
    doc.add_link(LinkKind.CONTACT, "a-bo", FAMILY_ID, id="l-bo-family")
    doc.add_link(LinkKind.COORDINATION, "a-karen", "a-ole", id="l-karen-ole")
    doc.add_link(LinkKind.COORDINATION, "a-karen", "a-jens", id="l-karen-jens")  # Jens is not Emil's
    doc.add_annotation("Husk mødet", id="n-1")
    return doc


def test_the_focus_holds_the_member_their_people_and_the_ties_among_them():
    f = focus_of(small_family().map, "m-emil")
    # Bo is in contact with the whole family: he meets Emil too
    assert f.people == {"m-emil", "a-karen", "a-ole", "a-bo"}
    assert f.links == {"l-karen-emil", "l-ole-emil", "l-karen-ole", "l-bo-family"}
    assert f.domains == {"d-school"}


def test_a_focused_map_holds_nothing_else_and_is_titled_for_the_member():
    doc = small_family()
    doc.add_goal("Emil i skole")
    doc.add_agreement("Skolemøde", owner="a-karen")
    doc.add_agreement("Jobsamtale", owner="a-jens")
    doc.add_agreement("Familiemøde", owner=FAMILY_ID)
    add_status(doc, "Opstart", date(2026, 1, 5))
    m = focus_map(doc.map, " emil  HOLM", "da")
    assert [f.name for f in m.family] == ["Emil Holm"]
    assert {a.name for a in m.actors} == {"Karen", "Ole", "Bo"}
    assert {ln.id for ln in m.links} == {"l-karen-emil", "l-ole-emil", "l-karen-ole", "l-bo-family"}
    assert [d.label for d in m.domains] == ["Skole"] and m.annotations == []
    assert [ag.text for ag in m.agreements] == ["Skolemøde", "Familiemøde"] and m.goals == ["Emil i skole"]
    assert {a.name for a in m.snapshots[0].content.actors} == {"Karen", "Ole", "Bo"}
    assert m.meta.title == "Emils netværk"
    assert focus_map(doc.map, "Emil Holm", "en").meta.title == "Emil's network"
    assert doc.map.meta.title != "Emils netværk" and len(doc.map.actors) == 4  # the map itself is unchanged
    assert network_title("Lars Berg", "da") == "Lars' netværk"


def test_an_unknown_member_is_refused_with_the_names_there_are():
    with pytest.raises(SkymapError) as err:
        focus_map(small_family().map, "Emil Hansen")
    assert err.value.message("en") == 'No one in the family is called "Emil Hansen" (the family: Emil Holm, Anne Holm).'
    assert "Ingen i familien hedder" in err.value.message("da")


def test_whoever_meets_the_whole_family_meets_each_member_with_their_coordination():
    doc = small_family()
    doc.add_actor("Mette", id="a-mette", domain="d-job")
    doc.add_link(LinkKind.CONTACT, "a-mette", FAMILY_ID, id="l-mette-family")
    doc.add_link(LinkKind.COORDINATION, "a-mette", "a-karen", id="l-mette-karen")
    doc.add_link(LinkKind.COORDINATION, "a-mette", "a-jens", id="l-mette-jens")  # Jens is Anne's, not Emil's
    emil = focus_of(doc.map, "m-emil")
    assert {"a-mette", "a-bo"} <= emil.people and "a-jens" not in emil.people
    assert {"l-mette-family", "l-mette-karen"} <= emil.links and "l-mette-jens" not in emil.links
    assert emil.domains == {"d-school", "d-job"}  # Mette's cloud comes with her
    anne = focus_of(doc.map, "m-anne")
    assert {"a-mette", "a-bo", "a-jens", "a-karen"} <= anne.people and "l-mette-jens" in anne.links
    m = focus_map(doc.map, "Emil Holm", "da")
    MapDocument(m)  # a valid map: the tie to the whole family ends at the family of one
    tie = next(ln for ln in m.links if ln.id == "l-mette-family")
    assert tie.target == FAMILY_ID and [f.id for f in m.family] == ["m-emil"]


def test_a_protected_person_meeting_the_whole_family_stays_out_of_the_familys_copy():
    from skymap.model.family_copy import family_copy, left_out

    doc = small_family()
    doc.update("actors", "a-bo", protected=True, protected_reason="Adresse skjult")
    m = focus_map(doc.map, "Emil Holm", "da")
    assert "a-bo" in {a.id for a in m.actors}  # the caseworker's own view of Emil's network
    assert {"a-bo", "l-bo-family"} <= left_out(m)  # hidden in the family view
    copy = family_copy(m)
    assert "a-bo" not in {a.id for a in copy.actors} and "l-bo-family" not in {ln.id for ln in copy.links}
