"""Which cloud a person added from the palette goes into (model/new_person.py), without Qt.
A new user's "Privatperson" went into whatever cloud was selected (the school, when the
teacher had just been added) or into no cloud, and had to be dragged to the private network."""

from __future__ import annotations

from skymap.model.document import MapDocument
from skymap.model.new_person import NEW_PRIVATE_CLOUD, cloud_for_new_person, private_network_cloud
from skymap.model.template import new_map
from skymap.model.vocabulary import ActorKind, DomainKind

PRIVATE, PROFESSIONAL = ActorKind.PRIVATE, ActorKind.PROFESSIONAL


def standard() -> MapDocument:
    return MapDocument(new_map("standard", family_name="Holm", lang="da"))


def test_a_private_person_goes_into_the_private_network_whatever_standard_cloud_is_selected() -> None:
    m = standard().map
    assert cloud_for_new_person(m, PRIVATE, None) == "d-private_network"
    assert cloud_for_new_person(m, PRIVATE, "d-school") == "d-private_network"
    assert cloud_for_new_person(m, PRIVATE, "d-private_network") == "d-private_network"
    school = next(d for d in m.domains if d.id == "d-school")
    assert cloud_for_new_person(m, PRIVATE, None, (school.x, school.y)) == "d-private_network"


def test_a_private_person_goes_into_a_renamed_private_network_cloud() -> None:
    doc = standard()
    doc.update("domains", "d-private_network", label="Venner og familie")
    assert cloud_for_new_person(doc.map, PRIVATE, "d-gp") == "d-private_network"


def test_a_cloud_of_the_users_own_is_taken_at_their_word_unless_it_holds_professionals_only() -> None:
    doc = standard()
    club = doc.add_domain("Fodboldklubben", x=2000.0, y=0.0).id
    assert doc.domain(club).kind is DomainKind.CUSTOM
    assert cloud_for_new_person(doc.map, PRIVATE, club) == club  # empty: the user made it for her
    doc.add_actor("Træner Bo", kind=PRIVATE, domain=club, x=2000.0, y=0.0)
    assert cloud_for_new_person(doc.map, PRIVATE, club) == club
    shelter = doc.add_domain("Krisecentret", x=-2000.0, y=0.0).id
    doc.add_actor("Rådgiver Ida", kind=PROFESSIONAL, domain=shelter, x=-2000.0, y=0.0)
    assert cloud_for_new_person(doc.map, PRIVATE, shelter) == "d-private_network"


def test_with_several_private_clouds_the_one_in_view_is_taken() -> None:
    doc = standard()
    club = doc.add_domain("Fodboldklubben", x=3000.0, y=0.0, width=400.0, height=300.0).id
    doc.add_actor("Træner Bo", kind=PRIVATE, domain=club, x=3000.0, y=0.0)
    assert cloud_for_new_person(doc.map, PRIVATE, None) == "d-private_network"
    assert cloud_for_new_person(doc.map, PRIVATE, None, (3000.0, 0.0)) == club


def test_a_map_without_a_private_network_needs_the_standard_cloud_made_in_the_maps_language() -> None:
    for lang, words in (("da", "Privat netværk og civilsamfund"), ("en", "Private network and civil society")):
        doc = MapDocument(new_map("empty", family_name="Holm", lang=lang))
        assert cloud_for_new_person(doc.map, PRIVATE, None) == NEW_PRIVATE_CLOUD
        cloud = private_network_cloud(doc.map, doc.new_id("domains"))
        assert (cloud.id, cloud.label, cloud.kind) == ("d-private_network", words, DomainKind.PRIVATE_NETWORK)
        other = doc.add_domain("Skolen", x=cloud.x, y=cloud.y)
        again = private_network_cloud(doc.map, doc.new_id("domains"))
        assert (again.x, again.y) != (other.x, other.y)  # a free place, not over another cloud
    doc = standard()
    doc.remove("domains", "d-private_network")
    assert cloud_for_new_person(doc.map, PRIVATE, "d-school") == NEW_PRIVATE_CLOUD
    assert private_network_cloud(doc.map, "d-9").id == "d-private_network"


def test_a_professional_goes_into_the_selected_cloud_else_the_one_in_view_else_none() -> None:
    m = standard().map
    school = next(d for d in m.domains if d.id == "d-school")
    private = next(d for d in m.domains if d.id == "d-private_network")
    assert cloud_for_new_person(m, PROFESSIONAL, "d-private_network") == "d-private_network"
    assert cloud_for_new_person(m, PROFESSIONAL, "d-gp", (school.x, school.y)) == "d-gp"
    assert cloud_for_new_person(m, PROFESSIONAL, None, (school.x, school.y)) == "d-school"
    assert cloud_for_new_person(m, PROFESSIONAL, None, (0.0, 0.0)) is None  # the family in view
    assert cloud_for_new_person(m, PROFESSIONAL, None, (private.x, private.y)) is None
