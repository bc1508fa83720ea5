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
    assert f.people == {"m-emil", "a-karen", "a-ole"}
    assert f.links == {"l-karen-emil", "l-ole-emil", "l-karen-ole"}
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
    assert {a.name for a in m.actors} == {"Karen", "Ole"}
    assert {ln.id for ln in m.links} == {"l-karen-emil", "l-ole-emil", "l-karen-ole"}
    assert [d.label for d in m.domains] == ["Skole"] and m.annotations == []
    assert [ag.text for ag in m.agreements] == ["Skolemøde", "Familiemøde"] and m.goals == ["Emil i skole"]
    assert {a.name for a in m.snapshots[0].content.actors} == {"Karen", "Ole"}
    assert m.meta.title == "Emils netværk"
    assert focus_map(doc.map, "Emil Holm", "en").meta.title == "Emil's network"
    assert doc.map.meta.title != "Emils netværk" and len(doc.map.actors) == 4  # the map itself is unchanged
    assert network_title("Lars Berg", "da") == "Lars' netværk"


def test_an_unknown_member_is_refused_with_the_names_there_are():
    with pytest.raises(SkymapError) as err:
        focus_map(small_family().map, "Emil Hansen")
    assert err.value.message("en") == 'No one in the family is called "Emil Hansen" (the family: Emil Holm, Anne Holm).'
    assert "Ingen i familien hedder" in err.value.message("da")
